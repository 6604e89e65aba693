//! Exports for analysts: JSONL (`marsad/1` records, or clusters), CSV with
//! ACLED-shaped columns (pandas, R), and GeoJSON points (QGIS, web maps).
//!
//! Deterministic: rows come in a fixed order (date, document id, position)
//! and numbers and keys are written the same way every time, so the same
//! store exports the same bytes. Exports stream: nothing is held in memory
//! beyond one row or cluster.
//!
//! CSV columns for events (output-format.md, "Flat exports"):
//! `event_date, time_precision, event_type, sub_event_type, actor1, actor2,
//! country, admin1, admin2, location, latitude, longitude, geo_precision,
//! fatalities, source, notes, plover_type, plover_mode, factuality, doc_id,
//! evidence`, then `event_id` and `cluster_id` to join with the clusters
//! export. Unknown values are empty cells (not 0): pandas reads them as NaN.

use serde_json::{Value, json};
use std::io::Write;

use crate::cluster::number;
use crate::error::Result;
use crate::{Cluster, EventRow, Filter, Store};

/// The event CSV header.
pub const EVENT_COLUMNS: &[&str] = &[
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "source",
    "notes",
    "plover_type",
    "plover_mode",
    "factuality",
    "doc_id",
    "evidence",
    "event_id",
    "cluster_id",
];

/// The cluster CSV header. `fatalities` is the lowest figure any source
/// gives (ACLED's conservative rule); `fatalities_max` the highest.
pub const CLUSTER_COLUMNS: &[&str] = &[
    "cluster_id",
    "event_date",
    "date_to",
    "event_type",
    "sub_event_type",
    "plover_type",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "fatalities_max",
    "injured_min",
    "injured_max",
    "size_min",
    "size_max",
    "members",
    "documents",
    "sources",
    "disagreement",
    "events",
];

/// Serialises an optional figure as an integer when it is whole.
pub fn opt_whole<S: serde::Serializer>(v: &Option<f64>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn fig(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
}

fn figure_json(v: Option<f64>) -> Value {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => json!(x as i64),
        Some(x) => json!(x),
        None => Value::Null,
    }
}

/// `marsad/1` records, one JSON object a line, exactly as stored.
pub fn records_jsonl(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<u64> {
    store.for_each_record(filter, &mut |rec| {
        out.write_all(rec.as_bytes())?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

/// Events as CSV with ACLED-shaped columns.
pub fn events_csv(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<u64> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(EVENT_COLUMNS)?;
    let n = store.for_each_event(filter, &mut |e: &EventRow| {
        w.write_record([
            opt(&e.event_date),
            opt(&e.time_precision),
            opt(&e.event_type),
            opt(&e.sub_event_type),
            e.actor1.clone(),
            e.actor2.clone(),
            opt(&e.country),
            opt(&e.admin1),
            opt(&e.admin2),
            opt(&e.location),
            opt(&e.latitude),
            opt(&e.longitude),
            opt(&e.geo_precision),
            fig(e.fatalities),
            e.source.clone(),
            e.notes.clone(),
            e.plover_type.clone(),
            opt(&e.plover_mode),
            e.factuality.clone(),
            e.doc_id.clone(),
            e.evidence.clone(),
            e.event_id.clone(),
            opt(&e.cluster_id),
        ])?;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}

/// What a GeoJSON export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeoCounts {
    /// Points written.
    pub features: u64,
    /// Rows left out because their place has no coordinates.
    pub without_coordinates: u64,
}

fn point(lat: f64, lon: f64, properties: Value) -> Value {
    json!({
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    })
}

/// Streams a FeatureCollection: `features` yields one feature at a time.
fn feature_collection(
    out: &mut dyn Write,
    run: impl FnOnce(&mut dyn FnMut(Value) -> Result<()>) -> Result<()>,
) -> Result<u64> {
    out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
    let mut n = 0u64;
    run(&mut |f: Value| {
        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &f)?;
        n += 1;
        Ok(())
    })?;
    out.write_all(b"\n]}\n")?;
    Ok(n)
}

/// Events with coordinates as GeoJSON points (`[lon, lat]`), their flat
/// columns as properties.
pub fn events_geojson(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<GeoCounts> {
    let mut skipped = 0u64;
    let features = feature_collection(out, |emit| {
        store.for_each_event(filter, &mut |e: &EventRow| {
            let (Some(lat), Some(lon)) = (e.latitude, e.longitude) else {
                skipped += 1;
                return Ok(());
            };
            let mut props = serde_json::to_value(e)?;
            if let Value::Object(m) = &mut props {
                m.remove("latitude");
                m.remove("longitude");
            }
            emit(point(lat, lon, props))
        })?;
        Ok(())
    })?;
    Ok(GeoCounts {
        features,
        without_coordinates: skipped,
    })
}

/// Clusters, one JSON object a line: the cluster, every member with its
/// source and figures, the figures side by side, and the disagreement.
pub fn clusters_jsonl(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<u64> {
    store.for_each_cluster(filter, &mut |c: &Cluster| {
        serde_json::to_writer(&mut *out, c)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

/// Member references of a cluster: `doc_id#V1 doc_id#V2`.
fn member_refs(c: &Cluster) -> String {
    c.members
        .iter()
        .map(|m| format!("{}#{}", m.doc_id, m.event_id))
        .collect::<Vec<_>>()
        .join(" ")
}

fn source_list(c: &Cluster) -> String {
    let mut s: Vec<&str> = c.members.iter().map(|m| m.source.as_str()).collect();
    s.sort();
    s.dedup();
    s.join("; ")
}

/// Clusters as CSV, one row per cluster (see [`CLUSTER_COLUMNS`]).
pub fn clusters_csv(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<u64> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CLUSTER_COLUMNS)?;
    let n = store.for_each_cluster(filter, &mut |c: &Cluster| {
        let f = |name: &str| c.figures.iter().find(|f| f.figure == name);
        w.write_record([
            c.id.to_string(),
            opt(&c.date_from),
            opt(&c.date_to),
            opt(&c.event_type),
            opt(&c.sub_event_type),
            c.plover_type.clone(),
            opt(&c.country),
            opt(&c.admin1),
            opt(&c.admin2),
            opt(&c.location),
            opt(&c.latitude),
            opt(&c.longitude),
            fig(f("dead").and_then(|f| f.min())),
            fig(f("dead").and_then(|f| f.max())),
            fig(f("injured").and_then(|f| f.min())),
            fig(f("injured").and_then(|f| f.max())),
            fig(f("size").and_then(|f| f.min())),
            fig(f("size").and_then(|f| f.max())),
            c.members.len().to_string(),
            c.documents.to_string(),
            source_list(c),
            opt(&c.disagreement),
            member_refs(c),
        ])?;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}

/// Clusters with coordinates as GeoJSON points.
pub fn clusters_geojson(store: &dyn Store, filter: &Filter, out: &mut dyn Write) -> Result<GeoCounts> {
    let mut skipped = 0u64;
    let features = feature_collection(out, |emit| {
        store.for_each_cluster(filter, &mut |c: &Cluster| {
            let (Some(lat), Some(lon)) = (c.latitude, c.longitude) else {
                skipped += 1;
                return Ok(());
            };
            let f = |name: &str| c.figures.iter().find(|f| f.figure == name);
            let props = json!({
                "cluster_id": c.id,
                "event_date": c.date_from,
                "date_to": c.date_to,
                "event_type": c.event_type,
                "sub_event_type": c.sub_event_type,
                "plover_type": c.plover_type,
                "country": c.country,
                "admin1": c.admin1,
                "admin2": c.admin2,
                "location": c.location,
                "fatalities": figure_json(f("dead").and_then(|f| f.min())),
                "fatalities_max": figure_json(f("dead").and_then(|f| f.max())),
                "members": c.members.len(),
                "documents": c.documents,
                "sources": source_list(c),
                "disagreement": c.disagreement,
                "events": member_refs(c),
            });
            emit(point(lat, lon, props))
        })?;
        Ok(())
    })?;
    Ok(GeoCounts {
        features,
        without_coordinates: skipped,
    })
}
