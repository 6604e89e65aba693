//! The default store: one SQLite file (bundled SQLite, WAL).
//!
//! - WAL with `synchronous=NORMAL`: a committed batch survives the process
//!   being killed; readers (search, export) never block the writer.
//! - Schema migrations are SQL files embedded in the binary
//!   (`migrations/NNNN_*.sql`), applied in order in one transaction each,
//!   and recorded in `schema_version`.
//! - Documents are inserted with `ON CONFLICT DO NOTHING` on their id and
//!   on their content hash: the same article is stored once however often
//!   it is ingested.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params, params_from_iter};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Duration;

use crate::cluster::{self, Item, Level, Place, Reported};
use crate::error::{Context, Error, Result};
use crate::{
    ClusterCounts, ClusterParams, ContentHash, Count, Duplicate, EventRow, Filter, Inserted, Member, Prepared,
    SearchHit, SearchResults, Stats, Store,
};
use marsad_core::text::normalize::match_key;

/// The migrations, in order: (version, what it does, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "marsad/1 documents and layers, Arabic search, events, clusters",
    include_str!("../migrations/0001_init.sql"),
)];

/// The schema version this code writes.
pub const SCHEMA_VERSION: i64 = 1;

/// A store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
    name: String,
}

impl SqliteStore {
    /// Opens the store at `path`, creating it (and applying migrations) if needed.
    pub fn open(path: &Path) -> Result<Self> {
        let name = path.display().to_string();
        let conn = Connection::open(path).ctx(&format!("opening the store {name}"))?;
        Self::init(conn, name)
    }

    /// Opens an existing store; [`Error::Missing`] when there is none.
    pub fn open_existing(path: &Path) -> Result<Self> {
        if !path.is_file() {
            return Err(Error::Missing(path.display().to_string()));
        }
        Self::open(path)
    }

    /// A store in memory (tests, examples).
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory().ctx("opening an in-memory store")?;
        Self::init(conn, ":memory:".into())
    }

    fn init(mut conn: Connection, name: String) -> Result<Self> {
        let what = format!("setting up the store {name}");
        conn.busy_timeout(Duration::from_secs(30)).ctx(&what)?;
        let _mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .ctx(&what)?;
        conn.pragma_update(None, "synchronous", "NORMAL").ctx(&what)?;
        conn.pragma_update(None, "foreign_keys", "ON").ctx(&what)?;
        conn.pragma_update(None, "temp_store", "MEMORY").ctx(&what)?;
        conn.set_prepared_statement_cache_capacity(64);
        migrate(&mut conn, &name)?;
        conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS fts_stage (
                 id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, stems TEXT NOT NULL)",
        )
        .ctx(&what)?;
        Ok(SqliteStore { conn, name })
    }

    /// The underlying connection, for read-only SQL (tests, tools).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], |r| r.get(0))
            .ctx("reading the schema version")
    }
}

fn migrate(conn: &mut Connection, name: &str) -> Result<()> {
    let what = format!("migrating the store {name}");
    let has_versions = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            [],
            |_| Ok(()),
        )
        .optional()
        .ctx(&what)?
        .is_some();
    if !has_versions {
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_version (
             version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL)",
        )
        .ctx(&what)?;
    }
    let current: i64 = conn
        .query_row("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], |r| r.get(0))
        .ctx(&what)?;
    if current > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            path: name.to_string(),
            found: current,
            known: SCHEMA_VERSION,
        });
    }
    if current == SCHEMA_VERSION {
        // Up to date: no write lock needed (a reader can open the store
        // while an ingest is writing).
        return Ok(());
    }
    for &(version, description, sql) in MIGRATIONS {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(&what)?;
        let current: i64 = tx
            .query_row("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], |r| r.get(0))
            .ctx(&what)?;
        if current > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                path: name.to_string(),
                found: current,
                known: SCHEMA_VERSION,
            });
        }
        if current >= version {
            continue;
        }
        tx.execute_batch(sql).ctx(&format!("{what} to version {version}"))?;
        tx.execute(
            "INSERT INTO schema_version (version, description, applied) VALUES (?1, ?2, datetime('now'))",
            params![version, description],
        )
        .ctx(&what)?;
        tx.commit().ctx(&what)?;
    }
    Ok(())
}

fn day(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn refs(ps: &[crate::flat::Party]) -> String {
    ps.iter()
        .filter_map(|p| p.ref_id.as_deref())
        .collect::<Vec<_>>()
        .join(" ")
}

fn insert_one(tx: &rusqlite::Transaction, d: &Prepared) -> Result<Inserted> {
    let m = &d.record.doc;
    let what = |x: &str| format!("storing document {} ({}): {x}", m.id, d.input.origin);
    let id: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO documents (doc_id, content_hash, title, outlet, url, source, published, lang, chars,
                                    origin, format, input_meta, text, record, n_events)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .and_then(|mut s| {
            s.query_row(
                params![
                    m.id,
                    d.hash.hex(),
                    m.title,
                    m.outlet,
                    m.url,
                    d.source,
                    m.published,
                    m.lang,
                    m.chars as i64,
                    d.input.origin,
                    d.input.format,
                    d.input_meta_json,
                    d.text,
                    d.record_json,
                    d.events.len() as i64
                ],
                |r| r.get(0),
            )
            .optional()
        })
        .ctx(&what("documents"))?;
    let Some(doc) = id else {
        let same_id: bool = tx
            .query_row("SELECT 1 FROM documents WHERE doc_id = ?1", [&m.id], |_| Ok(()))
            .optional()
            .ctx(&what("duplicate check"))?
            .is_some();
        if same_id {
            return Ok(Inserted::Duplicate(Duplicate::Id(m.id.clone())));
        }
        let other: String = tx
            .query_row(
                "SELECT doc_id FROM documents WHERE content_hash = ?1",
                [d.hash.hex()],
                |r| r.get(0),
            )
            .optional()
            .ctx(&what("duplicate check"))?
            .unwrap_or_default();
        return Ok(Inserted::Duplicate(Duplicate::Content(other)));
    };

    // Staged, and indexed for the whole batch in one statement (see `insert_batch`).
    tx.prepare_cached("INSERT INTO temp.fts_stage (id, title, body, stems) VALUES (?1, ?2, ?3, ?4)")
        .and_then(|mut s| s.execute(params![doc, d.search_title, d.search_body, d.search_stems]))
        .ctx(&what("search index"))?;

    let r = &d.record;
    for e in &r.entities {
        let kind = serde_json::to_value(e.kind)?.as_str().unwrap_or_default().to_string();
        let rf = e.reference.as_ref();
        tx.prepare_cached(
            "INSERT OR IGNORE INTO entities (doc, eid, kind, name, name_key, ref_id, label_en, category, ref_country,
                                             role, nationality, affiliation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .and_then(|mut s| {
            s.execute(params![
                doc,
                e.id,
                kind,
                e.name,
                match_key(&e.name),
                rf.map(|x| &x.id),
                rf.and_then(|x| x.label_en.as_ref()),
                rf.and_then(|x| x.category.as_ref()),
                rf.and_then(|x| x.country.as_ref()),
                e.attributes.role,
                e.attributes.nationality,
                e.attributes.affiliation
            ])
        })
        .ctx(&what("entities"))?;
        for mention in &e.mentions {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO mentions (doc, eid, span_start, span_end, text) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    doc,
                    e.id,
                    mention.start as i64,
                    mention.end as i64,
                    mention.text
                ])
            })
            .ctx(&what("mentions"))?;
        }
        if let Some(g) = &e.geo {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO places (doc, eid, latitude, longitude, country, admin1, admin2, feature, precision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .and_then(|mut s| {
                s.execute(params![doc, e.id, g.lat, g.lon, g.country, g.admin1, g.admin2, g.feature, g.precision])
            })
            .ctx(&what("places"))?;
        }
    }
    for t in &r.times {
        let kind = serde_json::to_value(t.kind)?.as_str().unwrap_or_default().to_string();
        tx.prepare_cached(
            "INSERT OR IGNORE INTO times (doc, tid, span_start, span_end, text, type, expr, value, anchor, calendar)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )
        .and_then(|mut s| {
            s.execute(params![
                doc,
                t.id,
                t.start as i64,
                t.end as i64,
                t.text,
                kind,
                t.expr,
                t.value,
                t.anchor,
                t.calendar
            ])
        })
        .ctx(&what("times"))?;
    }
    for q in &r.quantities {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO quantities (doc, qid, span_start, span_end, text, value, approx, unit, of_eid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .and_then(|mut s| {
            s.execute(params![
                doc,
                q.id,
                q.start as i64,
                q.end as i64,
                q.text,
                q.value,
                q.approx,
                q.unit,
                q.of
            ])
        })
        .ctx(&what("quantities"))?;
    }
    for q in &r.quotes {
        let kind = serde_json::to_value(q.kind)?.as_str().unwrap_or_default().to_string();
        tx.prepare_cached(
            "INSERT OR IGNORE INTO quotes (doc, sid, speaker, speaker_text, affiliation, cue_start, cue_end, cue_text,
                                           kind, stance, content_start, content_end, content_text, addressee)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )
        .and_then(|mut s| {
            s.execute(params![
                doc,
                q.id,
                q.speaker,
                q.speaker_text,
                q.affiliation,
                q.cue.start as i64,
                q.cue.end as i64,
                q.cue.text,
                kind,
                q.stance,
                q.content.start as i64,
                q.content.end as i64,
                q.content.text,
                q.addressee
            ])
        })
        .ctx(&what("quotes"))?;
    }
    for e in &d.events {
        let place = e.place.as_ref();
        let inserted = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO events (
                    doc, vid, ord, plover_type, plover_mode, cameo, event_type, sub_event_type,
                    trigger_start, trigger_end, trigger_text, location_eid, time_tid,
                    event_date, date_from, date_to, time_precision, actor1, actor2, actor_refs, target_refs,
                    country, admin1, admin2, location, latitude, longitude, geo_precision,
                    place_ref, place_level, place_key, dead, injured, size, duration, factuality,
                    source_quote, mentions, confidence, notes, evidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                         ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38,
                         ?39, ?40, ?41)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    doc,
                    e.vid,
                    e.ord as i64,
                    e.plover_type,
                    e.plover_mode,
                    e.cameo,
                    e.event_type,
                    e.sub_event_type,
                    e.trigger.start as i64,
                    e.trigger.end as i64,
                    e.trigger.text,
                    e.location_eid,
                    e.time_tid,
                    e.date.map(|x| day(x.date)),
                    e.date.map(|x| day(x.from)),
                    e.date.map(|x| day(x.to)),
                    e.date.map(|x| i64::from(x.precision)),
                    e.actor1,
                    e.actor2,
                    refs(&e.actors),
                    refs(&e.targets),
                    place.and_then(|p| p.country.as_ref()),
                    place.and_then(|p| p.admin1.as_ref()),
                    place.and_then(|p| p.admin2.as_ref()),
                    e.location,
                    place.and_then(|p| p.lat),
                    place.and_then(|p| p.lon),
                    e.geo_precision.map(i64::from),
                    place.and_then(|p| p.ref_id.as_ref()),
                    place.map(|p| p.level as i64),
                    place.map(|p| &p.name_key),
                    e.dead,
                    e.injured,
                    e.size,
                    e.duration,
                    e.factuality,
                    e.source_quote,
                    e.mentions as i64,
                    e.confidence,
                    e.notes,
                    e.evidence
                ])
            });
        inserted.ctx(&what("events"))?;
        if tx.changes() != 1 {
            continue;
        }
        let event = tx.last_insert_rowid();
        for (role, parties) in [("actor", &e.actors), ("target", &e.targets)] {
            for (pos, p) in parties.iter().enumerate() {
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO event_args (event, role, pos, eid, ref_id, name, name_key, label_en)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .and_then(|mut s| {
                    s.execute(params![
                        event,
                        role,
                        pos as i64,
                        p.eid,
                        p.ref_id,
                        p.name,
                        match_key(&p.name),
                        p.label_en
                    ])
                })
                .ctx(&what("event arguments"))?;
            }
        }
    }
    Ok(Inserted::New { events: d.events.len() })
}

/// SQL conditions on events (alias `e`) for a filter, with their values.
fn event_conditions(f: &Filter) -> Result<(Vec<String>, Vec<Value>)> {
    let mut conds = Vec::new();
    let mut vals: Vec<Value> = Vec::new();
    if let Some(s) = &f.since {
        conds.push("e.event_date >= ?".to_string());
        vals.push(Value::Text(crate::date_bound(s, false)?));
    }
    if let Some(u) = &f.until {
        conds.push("e.event_date <= ?".to_string());
        vals.push(Value::Text(crate::date_bound(u, true)?));
    }
    if let Some(k) = &f.kind {
        conds.push(
            "(upper(e.plover_type) = upper(?) OR lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))"
                .to_string(),
        );
        vals.extend(std::iter::repeat_n(Value::Text(k.trim().to_string()), 3));
    }
    if let Some(c) = &f.country {
        conds.push("upper(e.country) = upper(?)".to_string());
        vals.push(Value::Text(c.trim().to_string()));
    }
    if let Some(a) = &f.actor {
        let key = match_key(a);
        if key.is_empty() {
            return Err(Error::BadFilter(format!(
                "--actor {a:?} has no letters; give a ref id (actor:sdf) or part of a name"
            )));
        }
        conds.push(
            "EXISTS (SELECT 1 FROM event_args a WHERE a.event = e.id AND (a.ref_id = ? OR instr(a.name_key, ?) > 0 \
             OR instr(lower(COALESCE(a.label_en, '')), lower(?)) > 0))"
                .to_string(),
        );
        vals.push(Value::Text(a.trim().to_string()));
        vals.push(Value::Text(key));
        vals.push(Value::Text(a.trim().to_string()));
    }
    if let Some(q) = &f.query {
        conds.push("e.doc IN (SELECT rowid FROM doc_search WHERE doc_search MATCH ?)".to_string());
        vals.push(Value::Text(crate::fts::query(q)?.fts));
    }
    Ok((conds, vals))
}

fn where_clause(conds: &[String]) -> String {
    if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    }
}

/// The columns [`event_row`] reads, in order.
const EVENT_SELECT: &str = "SELECT e.event_date, e.time_precision, e.event_type, e.sub_event_type, e.actor1, e.actor2,
        e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.dead, d.source,
        e.notes, e.plover_type, e.plover_mode, e.factuality, d.doc_id, e.evidence, e.vid, m.cluster, e.injured,
        e.size, d.title, d.url, d.published
   FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN cluster_members m ON m.event = e.id";

fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        event_date: r.get(0)?,
        time_precision: r.get(1)?,
        event_type: r.get(2)?,
        sub_event_type: r.get(3)?,
        actor1: r.get(4)?,
        actor2: r.get(5)?,
        country: r.get(6)?,
        admin1: r.get(7)?,
        admin2: r.get(8)?,
        location: r.get(9)?,
        latitude: r.get(10)?,
        longitude: r.get(11)?,
        geo_precision: r.get(12)?,
        fatalities: r.get(13)?,
        source: r.get(14)?,
        notes: r.get(15)?,
        plover_type: r.get(16)?,
        plover_mode: r.get(17)?,
        factuality: r.get(18)?,
        doc_id: r.get(19)?,
        evidence: r.get(20)?,
        event_id: r.get(21)?,
        cluster_id: r.get(22)?,
        injured: r.get(23)?,
        size: r.get(24)?,
        title: r.get(25)?,
        url: r.get(26)?,
        published: r.get(27)?,
    })
}

/// An event as loaded for clustering, with what the cluster summary needs.
struct Loaded {
    id: i64,
    item: Item,
    event_type: Option<String>,
    sub_event_type: Option<String>,
    location: Option<String>,
    reported: Reported,
}

fn parse_date(s: Option<String>) -> Option<chrono::NaiveDate> {
    s.as_deref().and_then(crate::flat::parse_day)
}

fn load_for_clustering(conn: &Connection) -> Result<Vec<Loaded>> {
    let what = "loading events for clustering";
    let mut stmt = conn
        .prepare(
            "SELECT e.id, d.doc_id, e.vid, e.plover_type, e.factuality, e.date_from, e.date_to, e.place_ref,
                    e.place_level, e.country, e.admin1, e.admin2, e.latitude, e.longitude, e.place_key,
                    e.actor_refs, e.target_refs, e.event_type, e.sub_event_type, e.location, d.source,
                    e.dead, e.injured, e.size
               FROM events e JOIN documents d ON d.id = e.doc",
        )
        .ctx(what)?;
    let rows = stmt
        .query_map([], |r| {
            let split = |s: String| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            let level: Option<i64> = r.get(8)?;
            let place = level.map(|l| -> rusqlite::Result<Place> {
                Ok(Place {
                    ref_id: r.get(7)?,
                    level: Level::from_code(l),
                    country: r.get(9)?,
                    admin1: r.get(10)?,
                    admin2: r.get(11)?,
                    lat: r.get(12)?,
                    lon: r.get(13)?,
                    name_key: r.get::<_, Option<String>>(14)?.unwrap_or_default(),
                })
            });
            let dates = match (parse_date(r.get(5)?), parse_date(r.get(6)?)) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            };
            Ok(Loaded {
                id: r.get(0)?,
                item: Item {
                    doc: r.get(1)?,
                    vid: r.get(2)?,
                    kind: r.get(3)?,
                    factuality: r.get(4)?,
                    dates,
                    place: place.transpose()?,
                    actors: split(r.get(15)?),
                    targets: split(r.get(16)?),
                },
                event_type: r.get(17)?,
                sub_event_type: r.get(18)?,
                location: r.get(19)?,
                reported: Reported {
                    source: r.get(20)?,
                    dead: r.get(21)?,
                    injured: r.get(22)?,
                    size: r.get(23)?,
                },
            })
        })
        .ctx(what)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().ctx(what)
}

/// The most frequent value among `xs` (first seen wins a tie).
fn most_common<'a>(xs: impl Iterator<Item = &'a Option<String>>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for x in xs.flatten() {
        match counts.iter_mut().find(|(k, _)| *k == x.as_str()) {
            Some((_, n)) => *n += 1,
            None => counts.push((x.as_str(), 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (k, n) in counts {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k.to_string())
}

impl Store for SqliteStore {
    fn describe(&self) -> String {
        format!("SQLite {}", self.name)
    }

    fn insert_batch(&mut self, docs: &[Prepared]) -> Result<Vec<Inserted>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(&format!("starting a write transaction on {}", self.name))?;
        let mut out = Vec::with_capacity(docs.len());
        for d in docs {
            out.push(insert_one(&tx, d)?);
        }
        // FTS5 flushes its pending terms to a new index segment at every
        // statement savepoint, i.e. at nearly every INSERT inside a
        // transaction; writing the batch's search rows in one statement
        // makes one segment per batch instead of one per document.
        tx.execute_batch(
            "INSERT INTO doc_search (rowid, title, body, stems)
                 SELECT id, title, body, stems FROM temp.fts_stage ORDER BY id;
             DELETE FROM temp.fts_stage;",
        )
        .ctx(&format!("indexing a batch for search in {}", self.name))?;
        tx.commit().ctx(&format!(
            "committing a batch of {} documents to {}",
            docs.len(),
            self.name
        ))?;
        Ok(out)
    }

    fn known_hashes(&self) -> Result<HashSet<ContentHash>> {
        let what = "reading the stored content hashes";
        let mut stmt = self.conn.prepare("SELECT content_hash FROM documents").ctx(what)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).ctx(what)?;
        let mut out = HashSet::new();
        for h in rows {
            if let Some(h) = ContentHash::from_hex(&h.ctx(what)?) {
                out.insert(h);
            }
        }
        Ok(out)
    }

    fn document_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .ctx("counting documents")
    }

    fn rebuild_clusters(&mut self, params: &ClusterParams) -> Result<ClusterCounts> {
        let what = "rebuilding event clusters";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(what)?;
        let loaded = load_for_clustering(&tx)?;
        let items: Vec<Item> = loaded.iter().map(|l| l.item.clone()).collect();
        let groups = cluster::cluster(&items, params);
        tx.execute_batch("DELETE FROM cluster_members; DELETE FROM clusters;")
            .ctx(what)?;
        let mut counts = ClusterCounts {
            events: loaded.len() as u64,
            ..ClusterCounts::default()
        };
        for (k, g) in groups.iter().enumerate() {
            let cid = k as i64 + 1;
            let ms: Vec<&Loaded> = g.iter().map(|&i| &loaded[i]).collect();
            let first = ms[0];
            let date_from = ms.iter().filter_map(|m| m.item.dates.map(|d| d.0)).min();
            let date_to = ms.iter().filter_map(|m| m.item.dates.map(|d| d.1)).max();
            // The most specific place, one with coordinates first.
            let place_of = ms
                .iter()
                .filter(|m| m.item.place.is_some())
                .max_by_key(|m| {
                    let p = m.item.place.as_ref();
                    (
                        p.map(|p| p.level),
                        p.is_some_and(|p| p.lat.is_some()),
                        std::cmp::Reverse(m.item.dates),
                    )
                })
                .copied();
            let place = place_of.and_then(|m| m.item.place.as_ref());
            let reported: Vec<Reported> = ms.iter().map(|m| m.reported.clone()).collect();
            let figs = cluster::figures(&reported);
            let fig = |name: &str| figs.iter().find(|f| f.figure == name);
            let disagreement = cluster::disagreement(&figs);
            let docs: HashSet<&str> = ms.iter().map(|m| m.item.doc.as_str()).collect();
            let sources: HashSet<&str> = ms.iter().map(|m| m.reported.source.as_str()).collect();
            tx.prepare_cached(
                "INSERT INTO clusters (id, plover_type, event_type, sub_event_type, date_from, date_to, country,
                                       admin1, admin2, location, latitude, longitude, members, documents, sources,
                                       dead_min, dead_max, injured_min, injured_max, size_min, size_max, disagreement)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                         ?21, ?22)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    cid,
                    first.item.kind,
                    most_common(ms.iter().map(|m| &m.event_type)),
                    most_common(ms.iter().map(|m| &m.sub_event_type)),
                    date_from.map(day),
                    date_to.map(day),
                    place.and_then(|p| p.country.as_ref()),
                    place.and_then(|p| p.admin1.as_ref()),
                    place.and_then(|p| p.admin2.as_ref()),
                    place_of.and_then(|m| m.location.as_ref()),
                    place.and_then(|p| p.lat),
                    place.and_then(|p| p.lon),
                    ms.len() as i64,
                    docs.len() as i64,
                    sources.len() as i64,
                    fig("dead").and_then(|f| f.min()),
                    fig("dead").and_then(|f| f.max()),
                    fig("injured").and_then(|f| f.min()),
                    fig("injured").and_then(|f| f.max()),
                    fig("size").and_then(|f| f.min()),
                    fig("size").and_then(|f| f.max()),
                    disagreement,
                ])
            })
            .ctx(what)?;
            for m in &ms {
                tx.prepare_cached("INSERT INTO cluster_members (cluster, event) VALUES (?1, ?2)")
                    .and_then(|mut s| s.execute(params![cid, m.id]))
                    .ctx(what)?;
            }
            counts.clusters += 1;
            counts.multi_source += u64::from(sources.len() > 1);
            counts.disagreeing += u64::from(disagreement.is_some());
        }
        let settings = serde_json::json!({
            "window_days": params.window_days,
            "radius_km": params.radius_km,
            "country_level": params.country_level,
        });
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('cluster_params', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [settings.to_string()],
        )
        .ctx(what)?;
        tx.commit().ctx(what)?;
        Ok(counts)
    }

    fn for_each_record(&self, filter: &Filter, each: &mut dyn FnMut(&str) -> Result<()>) -> Result<u64> {
        let what = "reading records";
        let mut conds = Vec::new();
        let mut vals: Vec<Value> = Vec::new();
        if let Some(q) = &filter.query {
            conds.push("d.id IN (SELECT rowid FROM doc_search WHERE doc_search MATCH ?)".to_string());
            vals.push(Value::Text(crate::fts::query(q)?.fts));
        }
        if filter.has_event_filter() {
            let ev_filter = Filter {
                query: None,
                ..filter.clone()
            };
            let (ec, ev) = event_conditions(&ev_filter)?;
            let mut alt = format!(
                "EXISTS (SELECT 1 FROM events e WHERE e.doc = d.id AND {})",
                ec.join(" AND ")
            );
            vals.extend(ev);
            if filter.kind.is_none() && filter.country.is_none() && filter.actor.is_none() {
                let mut dc = vec!["d.n_events = 0".to_string()];
                if let Some(s) = &filter.since {
                    dc.push("d.published >= ?".into());
                    vals.push(Value::Text(crate::date_bound(s, false)?));
                }
                if let Some(u) = &filter.until {
                    dc.push("d.published <= ?".into());
                    vals.push(Value::Text(crate::date_bound(u, true)?));
                }
                alt = format!("({alt} OR ({}))", dc.join(" AND "));
            }
            conds.push(alt);
        }
        let sql = format!(
            "SELECT d.record FROM documents d {} ORDER BY d.published IS NULL, d.published, d.doc_id",
            where_clause(&conds)
        );
        let mut stmt = self.conn.prepare(&sql).ctx(what)?;
        let mut rows = stmt.query(params_from_iter(vals)).ctx(what)?;
        let mut n = 0;
        while let Some(r) = rows.next().ctx(what)? {
            let rec: String = r.get(0).ctx(what)?;
            each(&rec)?;
            n += 1;
        }
        Ok(n)
    }

    fn for_each_event(&self, filter: &Filter, each: &mut dyn FnMut(&EventRow) -> Result<()>) -> Result<u64> {
        let what = "reading events";
        let (conds, vals) = event_conditions(filter)?;
        let sql = format!(
            "{EVENT_SELECT} {} ORDER BY e.event_date IS NULL, e.event_date, d.doc_id, e.ord",
            where_clause(&conds)
        );
        let mut stmt = self.conn.prepare(&sql).ctx(what)?;
        let mut rows = stmt.query(params_from_iter(vals)).ctx(what)?;
        let mut n = 0;
        while let Some(r) = rows.next().ctx(what)? {
            each(&event_row(r).ctx(what)?)?;
            n += 1;
        }
        Ok(n)
    }

    fn for_each_cluster(&self, filter: &Filter, each: &mut dyn FnMut(&crate::Cluster) -> Result<()>) -> Result<u64> {
        let what = "reading clusters";
        // One snapshot for the clusters and their members.
        let tx = self.conn.unchecked_transaction().ctx(what)?;
        let (econds, mut vals) = event_conditions(filter)?;
        let mut conds = Vec::new();
        if !econds.is_empty() {
            conds.push(format!(
                "c.id IN (SELECT m.cluster FROM cluster_members m JOIN events e ON e.id = m.event WHERE {})",
                econds.join(" AND ")
            ));
        }
        if filter.min_sources > 1 {
            conds.push("c.sources >= ?".into());
            vals.push(Value::Integer(filter.min_sources as i64));
        }
        let sql = format!(
            "SELECT c.id, c.plover_type, c.event_type, c.sub_event_type, c.date_from, c.date_to, c.country,
                    c.admin1, c.admin2, c.location, c.latitude, c.longitude, c.documents, c.sources, c.disagreement
               FROM clusters c {} ORDER BY c.id",
            where_clause(&conds)
        );
        let mut stmt = tx.prepare(&sql).ctx(what)?;
        let mut rows = stmt.query(params_from_iter(vals)).ctx(what)?;
        let mut members = tx
            .prepare(
                "SELECT d.doc_id, e.vid, d.source, d.outlet, d.title, d.url, d.published, e.event_date,
                        e.time_precision, e.location, e.dead, e.injured, e.size, e.factuality, e.trigger_text,
                        e.actor1, e.actor2
                   FROM cluster_members m JOIN events e ON e.id = m.event JOIN documents d ON d.id = e.doc
                  WHERE m.cluster = ?1
                  ORDER BY e.date_from IS NULL, e.date_from, e.date_to, d.doc_id, e.vid",
            )
            .ctx(what)?;
        let mut n = 0;
        while let Some(r) = rows.next().ctx(what)? {
            let id: i64 = r.get(0).ctx(what)?;
            let ms = members
                .query_map([id], |m| {
                    Ok(Member {
                        doc_id: m.get(0)?,
                        event_id: m.get(1)?,
                        source: m.get(2)?,
                        outlet: m.get(3)?,
                        title: m.get(4)?,
                        url: m.get(5)?,
                        published: m.get(6)?,
                        event_date: m.get(7)?,
                        time_precision: m.get(8)?,
                        location: m.get(9)?,
                        dead: m.get(10)?,
                        injured: m.get(11)?,
                        size: m.get(12)?,
                        factuality: m.get(13)?,
                        trigger: m.get(14)?,
                        actor1: m.get(15)?,
                        actor2: m.get(16)?,
                    })
                })
                .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>())
                .ctx(what)?;
            let reported: Vec<Reported> = ms
                .iter()
                .map(|m| Reported {
                    source: m.source.clone(),
                    dead: m.dead,
                    injured: m.injured,
                    size: m.size,
                })
                .collect();
            let c = crate::Cluster {
                id,
                plover_type: r.get(1).ctx(what)?,
                event_type: r.get(2).ctx(what)?,
                sub_event_type: r.get(3).ctx(what)?,
                date_from: r.get(4).ctx(what)?,
                date_to: r.get(5).ctx(what)?,
                country: r.get(6).ctx(what)?,
                admin1: r.get(7).ctx(what)?,
                admin2: r.get(8).ctx(what)?,
                location: r.get(9).ctx(what)?,
                latitude: r.get(10).ctx(what)?,
                longitude: r.get(11).ctx(what)?,
                documents: r.get::<_, i64>(12).ctx(what)? as usize,
                sources: r.get::<_, i64>(13).ctx(what)? as usize,
                figures: cluster::figures(&reported),
                disagreement: r.get(14).ctx(what)?,
                members: ms,
            };
            each(&c)?;
            n += 1;
        }
        Ok(n)
    }

    fn search(&self, query: &str, limit: usize) -> Result<SearchResults> {
        let what = "searching";
        let q = crate::fts::query(query)?;
        let total: i64 = self
            .conn
            .query_row(
                "SELECT COUNT(*) FROM doc_search WHERE doc_search MATCH ?1",
                [&q.fts],
                |r| r.get(0),
            )
            .ctx(what)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT d.doc_id, d.title, d.outlet, d.published, d.url, d.text
                   FROM (SELECT rowid AS rid, rank FROM doc_search WHERE doc_search MATCH ?1) s
                   JOIN documents d ON d.id = s.rid
                  ORDER BY s.rank, d.doc_id
                  LIMIT ?2",
            )
            .ctx(what)?;
        let hits = stmt
            .query_map(params![q.fts, limit as i64], |r| {
                let text: String = r.get(5)?;
                Ok(SearchHit {
                    doc_id: r.get(0)?,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    url: r.get(4)?,
                    snippet: crate::fts::snippet(&text, &q.needles, 60),
                })
            })
            .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>())
            .ctx(what)?;
        Ok(SearchResults {
            total: total as u64,
            hits,
        })
    }

    fn stats(&self) -> Result<Stats> {
        let what = "counting";
        let tx = self.conn.unchecked_transaction().ctx(what)?;
        let one = |sql: &str| {
            tx.query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .ctx(what)
        };
        let counts = |expr: &str, order: &str| -> Result<Vec<Count>> {
            let sql = format!(
                "SELECT {expr} AS k, COUNT(*), COUNT(DISTINCT m.cluster)
                   FROM events e LEFT JOIN cluster_members m ON m.event = e.id
                  GROUP BY k ORDER BY {order}"
            );
            let mut stmt = tx.prepare(&sql).ctx(what)?;
            stmt.query_map([], |r| {
                Ok(Count {
                    key: r.get(0)?,
                    events: r.get::<_, i64>(1)? as u64,
                    clusters: r.get::<_, i64>(2)? as u64,
                })
            })
            .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>())
            .ctx(what)
        };
        let pairs = |sql: &str| -> Result<Vec<(String, u64)>> {
            let mut stmt = tx.prepare(sql).ctx(what)?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
                .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>())
                .ctx(what)
        };
        Ok(Stats {
            documents: one("SELECT COUNT(*) FROM documents")?,
            events: one("SELECT COUNT(*) FROM events")?,
            clusters: one("SELECT COUNT(*) FROM clusters")?,
            multi_source_clusters: one("SELECT COUNT(*) FROM clusters WHERE sources > 1")?,
            disagreeing_clusters: one("SELECT COUNT(*) FROM clusters WHERE disagreement IS NOT NULL")?,
            by_type: counts("e.plover_type", "2 DESC, 1")?,
            by_country: counts("COALESCE(e.country, '(unknown)')", "2 DESC, 1")?,
            by_month: counts(
                "COALESCE(substr(e.event_date, 1, 7), '(undated)')",
                "k = '(undated)', 1",
            )?,
            documents_by_month: pairs(
                "SELECT COALESCE(substr(published, 1, 7), '(undated)') AS k, COUNT(*) FROM documents
                  GROUP BY k ORDER BY k = '(undated)', k",
            )?,
            documents_by_source: pairs(
                "SELECT CASE WHEN outlet IS NULL AND url IS NULL THEN '(no outlet or URL)' ELSE source END AS k, COUNT(*)
                   FROM documents GROUP BY k ORDER BY 2 DESC, 1 LIMIT 25",
            )?,
        })
    }
}

/// Counts stored rows per table (tests, `marsad stats --tables`).
pub fn table_counts(store: &SqliteStore) -> Result<HashMap<String, u64>> {
    let mut out = HashMap::new();
    for t in [
        "documents",
        "entities",
        "mentions",
        "places",
        "times",
        "quantities",
        "quotes",
        "events",
        "event_args",
        "clusters",
        "cluster_members",
    ] {
        let n: i64 = store
            .conn
            .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
            .ctx(&format!("counting {t}"))?;
        out.insert(t.to_string(), n as u64);
    }
    Ok(out)
}
