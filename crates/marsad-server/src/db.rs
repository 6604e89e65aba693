//! The store from async handlers: a small pool of read-only connections,
//! each call on tokio's blocking pool, at most [`crate::Limits::connections`]
//! at once. When a request is dropped (its time ran out, or the client went
//! away) its SQLite query is interrupted rather than left running.
//!
//! Also the few look-ups by id the [`Store`](marsad_store::Store) trait has
//! no method for (a document's record and text, a cluster's type and dates,
//! the cluster of one event): read-only SQL on the store's schema
//! (`crates/marsad-store/migrations`).

use rusqlite::{InterruptHandle, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

use crate::error::ApiError;
use marsad_store::SqliteStore;

/// Read-only connections to one store.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<SqliteStore>>,
    permits: Arc<Semaphore>,
    size: usize,
}

/// Opens the store at `path` for reading only: SQLite's `query_only`
/// refuses any write on the connection.
fn open_read_only(path: &Path) -> marsad_store::Result<SqliteStore> {
    let store = SqliteStore::open_existing(path)?;
    store
        .connection()
        .pragma_update(None, "query_only", true)
        .map_err(|source| marsad_store::Error::Sqlite {
            what: format!("opening {} read-only", path.display()),
            source,
        })?;
    Ok(store)
}

/// Interrupts the query of a request that was dropped before it finished.
struct InterruptOnDrop {
    handle: Arc<Mutex<Option<InterruptHandle>>>,
    done: Arc<AtomicBool>,
}

impl Drop for InterruptOnDrop {
    fn drop(&mut self) {
        if !self.done.load(Ordering::SeqCst)
            && let Ok(h) = self.handle.lock()
            && let Some(h) = h.as_ref()
        {
            h.interrupt();
        }
    }
}

impl Pool {
    /// Opens one connection now (so that a missing or unreadable store is
    /// reported at start-up); more are opened as requests need them.
    pub fn open(path: &Path, size: usize) -> marsad_store::Result<Pool> {
        let first = open_read_only(path)?;
        let size = size.max(1);
        Ok(Pool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
            permits: Arc::new(Semaphore::new(size)),
            size,
        })
    }

    /// Runs `f` with a connection on the blocking pool.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("the store is closed"))?;
        let handle: Arc<Mutex<Option<InterruptHandle>>> = Arc::new(Mutex::new(None));
        let done = Arc::new(AtomicBool::new(false));
        let guard = InterruptOnDrop {
            handle: handle.clone(),
            done: done.clone(),
        };
        let pool = self.clone();
        let task = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let store = match pool.checkout() {
                Ok(s) => s,
                Err(e) => return Err(ApiError::from(e)),
            };
            if let Ok(mut h) = handle.lock() {
                *h = Some(store.connection().get_interrupt_handle());
            }
            let out = f(&store);
            if let Ok(mut h) = handle.lock() {
                *h = None;
            }
            pool.checkin(store);
            out
        });
        let out = task.await;
        done.store(true, Ordering::SeqCst);
        drop(guard);
        match out {
            Ok(r) => r,
            Err(e) if e.is_panic() => Err(ApiError::internal(
                "the request failed inside the server (a bug: please report it with the request)",
            )),
            Err(_) => Err(ApiError::internal("the request was cancelled")),
        }
    }

    fn checkout(&self) -> marsad_store::Result<SqliteStore> {
        let idle = self.idle.lock().ok().and_then(|mut v| v.pop());
        match idle {
            Some(s) => Ok(s),
            None => open_read_only(&self.path),
        }
    }

    fn checkin(&self, store: SqliteStore) {
        if let Ok(mut v) = self.idle.lock()
            && v.len() < self.size
        {
            v.push(store);
        }
    }
}

fn sql_err(what: &str) -> impl Fn(rusqlite::Error) -> ApiError + '_ {
    move |source| {
        ApiError::from(marsad_store::Error::Sqlite {
            what: what.to_string(),
            source,
        })
    }
}

/// A stored document: its `marsad/1` record (JSON as stored) and its text.
pub struct StoredDocument {
    pub record: String,
    pub text: String,
    pub source: String,
}

/// The document `doc_id`, if stored.
pub fn document(store: &SqliteStore, doc_id: &str) -> Result<Option<StoredDocument>, ApiError> {
    store
        .connection()
        .query_row(
            "SELECT record, text, source FROM documents WHERE doc_id = ?1",
            [doc_id],
            |r| {
                Ok(StoredDocument {
                    record: r.get(0)?,
                    text: r.get(1)?,
                    source: r.get(2)?,
                })
            },
        )
        .optional()
        .map_err(sql_err("reading a document"))
}

/// What narrows the search for one cluster: its type and first and last day.
pub struct ClusterHead {
    pub plover_type: String,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
}

/// The type and dates of cluster `id`, if there is one.
pub fn cluster_head(store: &SqliteStore, id: i64) -> Result<Option<ClusterHead>, ApiError> {
    store
        .connection()
        .query_row(
            "SELECT plover_type, date_from, date_to FROM clusters WHERE id = ?1",
            [id],
            |r| {
                Ok(ClusterHead {
                    plover_type: r.get(0)?,
                    date_from: r.get(1)?,
                    date_to: r.get(2)?,
                })
            },
        )
        .optional()
        .map_err(sql_err("reading a cluster"))
}

/// The cluster the event `vid` of document `doc_id` belongs to.
pub fn cluster_of_event(store: &SqliteStore, doc_id: &str, vid: &str) -> Result<Option<i64>, ApiError> {
    store
        .connection()
        .query_row(
            "SELECT m.cluster FROM cluster_members m JOIN events e ON e.id = m.event
               JOIN documents d ON d.id = e.doc
              WHERE d.doc_id = ?1 AND e.vid = ?2",
            params![doc_id, vid],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql_err("reading an event's cluster"))
}
