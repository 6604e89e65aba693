//! Errors the store reports. Each says what went wrong and what to do.

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused an operation; `what` says which.
    #[error("{what}: {source}")]
    Sqlite {
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// The database file was written by a newer Marsad.
    #[error(
        "the store {path} has schema version {found}, newer than this marsad knows ({known}); \
         use a newer marsad, or another --db file"
    )]
    NewerSchema { path: String, found: i64, known: i64 },
    /// There is no store where one was expected.
    #[error("no store at {0}: run `marsad ingest PATH --db {0}` first, or pass --db with an existing store")]
    Missing(String),
    /// A search query with nothing to search for.
    #[error("the query {0:?} has no words to search for; give at least one word")]
    EmptyQuery(String),
    /// A filter value that cannot be used.
    #[error("{0}")]
    BadFilter(String),
    /// A feature this build or back end does not have.
    #[error("{0}")]
    Unsupported(String),
    /// A record could not be written or read as JSON.
    #[error("record JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    /// Writing CSV failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Adds what was being done to a rusqlite error.
pub(crate) trait Context<T> {
    fn ctx(self, what: &str) -> Result<T>;
}

impl<T> Context<T> for Result<T, rusqlite::Error> {
    fn ctx(self, what: &str) -> Result<T> {
        self.map_err(|source| Error::Sqlite {
            what: what.to_string(),
            source,
        })
    }
}
