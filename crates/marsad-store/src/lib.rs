//! # marsad-store — the observatory's memory
//!
//! Stores `marsad/1` records, searches them in Arabic, groups the events
//! that many outlets report into clusters, and exports it all for analysts.
//!
//! - [`Store`] is the interface every caller uses; [`SqliteStore`] (one
//!   file, WAL) is the default implementation, and a PostgreSQL one can
//!   follow behind the same trait. [`open`] picks the back end from `--db`.
//! - Writing is idempotent: a document is stored once by its id and by the
//!   hash of its normalised content ([`ContentHash`]); each
//!   [`Store::insert_batch`] is one transaction, so an ingest killed at any
//!   moment loses only its uncommitted batch and a re-run stores the rest.
//! - [`Prepared`] holds everything computed before writing (record JSON,
//!   search text, flat events), so that work runs on all cores and the one
//!   writer only writes.
//! - [`fts`]: full-text search over the normaliser's search key plus the
//!   clitic-stripped stems of each word.
//! - [`flat`]: events as ACLED-shaped rows; [`cluster`]: one real event
//!   across articles, with the figures each source gives; [`export`]: JSONL,
//!   CSV and GeoJSON, deterministic (the same store gives the same bytes).
//!
//! ```
//! use marsad_store::{Filter, Store, SqliteStore};
//! let store = SqliteStore::open_in_memory().unwrap();
//! assert_eq!(store.document_count().unwrap(), 0);
//! let mut out = Vec::new();
//! marsad_store::export::events_csv(&store, &Filter::default(), &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().starts_with("event_date,time_precision,event_type"));
//! ```

use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

pub mod cluster;
pub mod error;
pub mod export;
pub mod flat;
pub mod fts;
pub mod prepare;
pub mod sqlite;

pub use cluster::{Figure, Params as ClusterParams};
pub use error::{Error, Result};
pub use prepare::{ContentHash, InputInfo, Prepared, SearchText};
pub use sqlite::SqliteStore;

/// What happened to one document given to [`Store::insert_batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inserted {
    /// Stored, with this many events.
    New { events: usize },
    /// Already stored: nothing written.
    Duplicate(Duplicate),
}

/// Why a document was already stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    /// A document with the same id is stored.
    Id(String),
    /// A document with the same normalised content is stored (under this id).
    Content(String),
}

/// Which events, documents or clusters a query or export covers. Every
/// field is optional; given fields must all hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// First event date, `YYYY-MM-DD` (see [`date_bound`] for shorter forms).
    pub since: Option<String>,
    /// Last event date, `YYYY-MM-DD`.
    pub until: Option<String>,
    /// PLOVER type (`ASSAULT`), ACLED event type (`Battles`) or sub-event
    /// type (`Armed clash`), any case.
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country of the event's place.
    pub country: Option<String>,
    /// An actor or target: a ref id (`actor:sdf`), part of a name as written
    /// (normalised), or part of an English label.
    pub actor: Option<String>,
    /// Full-text query the event's document must match.
    pub query: Option<String>,
    /// Clusters only: at least this many distinct sources.
    pub min_sources: usize,
}

impl Filter {
    /// True when a filter on events (not only on text) is given.
    pub fn has_event_filter(&self) -> bool {
        self.since.is_some()
            || self.until.is_some()
            || self.kind.is_some()
            || self.country.is_some()
            || self.actor.is_some()
    }
}

/// A `--since`/`--until` value as a day: `2022`, `2022-01` or `2022-01-25`;
/// the start of the period for `since`, its end for `until` (`end`).
pub fn date_bound(s: &str, end: bool) -> Result<String> {
    let s = s.trim();
    let bad = || {
        Error::BadFilter(format!(
            "date {s:?} is not YYYY-MM-DD, YYYY-MM or YYYY; give e.g. 2022-01-25"
        ))
    };
    if let Some(d) = flat::parse_day(s) {
        return Ok(d.format("%Y-%m-%d").to_string());
    }
    let (from, to, _) = flat::parse_time_value(s)
        .filter(|_| !s.contains('W') && !s.contains('T'))
        .ok_or_else(bad)?;
    Ok(if end { to } else { from }.format("%Y-%m-%d").to_string())
}

/// One event as a flat row (see [`flat`] and output-format.md, "Flat exports").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub event_date: Option<String>,
    pub time_precision: Option<i64>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub actor1: String,
    pub actor2: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub location: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: Option<i64>,
    #[serde(serialize_with = "export::opt_whole")]
    pub fatalities: Option<f64>,
    pub source: String,
    pub notes: String,
    pub plover_type: String,
    pub plover_mode: Option<String>,
    pub factuality: String,
    pub doc_id: String,
    pub evidence: String,
    /// The event's id in its record (`V1`).
    pub event_id: String,
    /// The cluster it belongs to.
    pub cluster_id: Option<i64>,
    #[serde(serialize_with = "export::opt_whole")]
    pub injured: Option<f64>,
    #[serde(serialize_with = "export::opt_whole")]
    pub size: Option<f64>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// One real event, as the outlets in it report it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    pub id: i64,
    pub plover_type: String,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub location: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Distinct documents and distinct sources among the members.
    pub documents: usize,
    pub sources: usize,
    pub members: Vec<Member>,
    /// Each figure with every value reported and who reports it.
    pub figures: Vec<Figure>,
    /// `dead: 11 (outlet A), 13 (outlet B)`, or `None` when sources agree.
    pub disagreement: Option<String>,
}

/// One report of a clustered event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub doc_id: String,
    pub event_id: String,
    pub source: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    pub time_precision: Option<i64>,
    pub location: Option<String>,
    #[serde(serialize_with = "export::opt_whole")]
    pub dead: Option<f64>,
    #[serde(serialize_with = "export::opt_whole")]
    pub injured: Option<f64>,
    #[serde(serialize_with = "export::opt_whole")]
    pub size: Option<f64>,
    pub factuality: String,
    pub trigger: String,
    pub actor1: String,
    pub actor2: String,
}

/// What [`Store::rebuild_clusters`] made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ClusterCounts {
    pub events: u64,
    pub clusters: u64,
    /// Clusters reported by two or more sources.
    pub multi_source: u64,
    /// Clusters whose sources give different figures.
    pub disagreeing: u64,
}

/// A document found by [`Store::search`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// The text around the first match, the match in [brackets].
    pub snippet: String,
}

/// Search results: the best `hits` and how many documents match in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: u64,
    pub hits: Vec<SearchHit>,
}

/// Counts for one value of a breakdown: events (reports) and the clusters
/// (real events) they fall in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub key: String,
    pub events: u64,
    pub clusters: u64,
}

/// What a store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub documents: u64,
    pub events: u64,
    pub clusters: u64,
    pub multi_source_clusters: u64,
    pub disagreeing_clusters: u64,
    pub by_type: Vec<Count>,
    pub by_country: Vec<Count>,
    /// By event month (`YYYY-MM`), `(undated)` last.
    pub by_month: Vec<Count>,
    /// Documents by publication month.
    pub documents_by_month: Vec<(String, u64)>,
    /// Documents by source, most first.
    pub documents_by_source: Vec<(String, u64)>,
}

/// The store every caller uses. Implementations: [`SqliteStore`]; a
/// PostgreSQL one can follow without touching callers.
///
/// Iteration is by callback so that exports stream: a callback's error
/// stops the iteration and is returned.
pub trait Store: Send {
    /// Where the store is, for messages (`SQLite marsad.db`).
    fn describe(&self) -> String;

    /// Stores a batch in one transaction: either all of its new documents
    /// are stored or none. Documents already stored (same id or same
    /// content hash) are left as they are.
    fn insert_batch(&mut self, docs: &[Prepared]) -> Result<Vec<Inserted>>;

    /// The content hashes of all stored documents (to skip known articles
    /// before extracting them again).
    fn known_hashes(&self) -> Result<HashSet<ContentHash>>;

    fn document_count(&self) -> Result<u64>;

    /// Regroups all events into clusters with `params`, replacing the old
    /// clusters in one transaction.
    fn rebuild_clusters(&mut self, params: &ClusterParams) -> Result<ClusterCounts>;

    /// The `marsad/1` JSON of every selected document, by publication date
    /// then id. With event filters, a document is selected when one of its
    /// events matches them all; a document without events, when only dates
    /// are given and its publication date is within them.
    fn for_each_record(&self, filter: &Filter, each: &mut dyn FnMut(&str) -> Result<()>) -> Result<u64>;

    /// Every selected event, by date, document id and order in the document.
    fn for_each_event(&self, filter: &Filter, each: &mut dyn FnMut(&EventRow) -> Result<()>) -> Result<u64>;

    /// Every cluster with a member that matches the filter, by id (date order).
    fn for_each_cluster(&self, filter: &Filter, each: &mut dyn FnMut(&Cluster) -> Result<()>) -> Result<u64>;

    /// Full-text search (see [`fts`]): the best `limit` documents.
    fn search(&self, query: &str, limit: usize) -> Result<SearchResults>;

    fn stats(&self) -> Result<Stats>;
}

/// Opens the store named by `--db`: a SQLite file path (created when
/// `create` and missing). `postgres://…` is reserved for the PostgreSQL
/// back end, which is not built yet.
pub fn open(db: &Path, create: bool) -> Result<Box<dyn Store>> {
    let name = db.to_string_lossy();
    if name.starts_with("postgres://") || name.starts_with("postgresql://") {
        return Err(Error::Unsupported(
            "PostgreSQL stores are not available yet; give --db a SQLite file path (e.g. marsad.db)".into(),
        ));
    }
    let store = if create {
        SqliteStore::open(db)?
    } else {
        SqliteStore::open_existing(db)?
    };
    Ok(Box::new(store))
}
