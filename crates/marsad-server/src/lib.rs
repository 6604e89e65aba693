//! # marsad-server — the observatory on the web
//!
//! `marsad serve` runs this crate: a read-only JSON API over a Marsad store
//! and a web UI (a map, a timeline, the table of events, each article with
//! its evidence highlighted) served by the same binary from files embedded
//! in it, so it works with no internet.
//!
//! - [`router`] builds the axum [`Router`] (API + UI) over an [`AppState`];
//!   [`serve`] runs it on a listener; [`run`] does both on its own tokio
//!   runtime for the command line.
//! - The API reuses the store's queries: [`marsad_store::Store`] for events,
//!   clusters, search and stats, with the same [`marsad_store::Filter`] as
//!   `marsad export`. Two filters the store does not have (`place`, `bbox`)
//!   and a few look-ups by id are added here (see [`db`]).
//! - Every SQLite call runs on the blocking pool through a small pool of
//!   read-only connections ([`db::Pool`]); a request that times out
//!   interrupts its query.
//! - Limits: request body size, time per request, page size ([`Limits`]).
//!   Nothing writes: there are no writing endpoints.
//! - Errors are JSON, `{"error": "…"}`, with the status that fits.
//! - Article text only ever leaves as JSON; the UI builds DOM nodes with
//!   `textContent` and never parses text as HTML. A Content-Security-Policy
//!   forbids inline scripts as a second line of defence.
//!
//! The routes are described in `openapi.json` (served at
//! `/api/openapi.json`); a test keeps it and [`api_routes`] in step.

use axum::Router;
use marsad_core::Extractor;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub mod api;
pub mod db;
pub mod error;
pub mod ui;

pub use api::api_routes;
pub use error::ApiError;

/// The OpenAPI description of the API, served at `/api/openapi.json`.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// The limits every request lives within.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Largest request body, in bytes (`POST /api/extract`).
    pub body_bytes: usize,
    /// Longest time a request may take before it gets a 503.
    pub request_time: Duration,
    /// Largest `limit` a page of events or clusters may ask for.
    pub max_page: usize,
    /// The `limit` when none is given.
    pub default_page: usize,
    /// SQLite connections used at once.
    pub connections: usize,
    /// Extractions (`POST /api/extract`) run at once.
    pub extractions: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 2 * 1024 * 1024,
            request_time: Duration::from_secs(30),
            max_page: 1000,
            default_page: 100,
            connections: 4,
            extractions: 2,
        }
    }
}

/// What every handler shares: the store's connections, one extractor
/// loaded at start-up, and the limits.
#[derive(Clone)]
pub struct AppState {
    pub pool: Arc<db::Pool>,
    pub extractor: Arc<Extractor>,
    /// Extractions running at once (`POST /api/extract` is CPU work that a
    /// timeout cannot stop, so it is bounded).
    pub extract_slots: Arc<tokio::sync::Semaphore>,
    pub limits: Limits,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] marsad_store::Error),
    #[error("loading the extractor's resources: {0}")]
    Extractor(#[from] marsad_core::Error),
    #[error("cannot listen on {addr} (give another --addr, e.g. 127.0.0.1:8081)")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

impl AppState {
    /// The state over an open pool and a loaded extractor.
    pub fn new(pool: db::Pool, extractor: Arc<Extractor>, limits: Limits) -> Self {
        AppState {
            pool: Arc::new(pool),
            extractor,
            extract_slots: Arc::new(tokio::sync::Semaphore::new(limits.extractions.max(1))),
            limits,
        }
    }

    /// Opens the store at `db` (it must exist) read-only and loads the extractor.
    pub fn open(db: &Path, limits: Limits) -> Result<Self, StartError> {
        let pool = db::Pool::open(db, limits.connections)?;
        let extractor = Extractor::new()?;
        Ok(AppState::new(pool, Arc::new(extractor), limits))
    }
}

/// The whole application: the API under `/api`, the UI at `/`.
pub fn router(state: AppState) -> Router {
    let limits = state.limits.clone();
    api::router()
        .merge(ui::router())
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(limits.body_bytes))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            limits.request_time,
        ))
        // Outermost, so that the limits' and timeout's errors are JSON too.
        .layer(axum::middleware::map_response(error::finish_response))
}

/// Serves `router(state)` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// What `marsad serve` asks for.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub addr: String,
    pub limits: Limits,
}

/// Opens the store, binds `addr`, calls `ready` with the address it
/// listens on, and serves until Ctrl-C. Runs its own tokio runtime.
pub fn run(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), StartError> {
    let state = AppState::open(&config.db, config.limits.clone())?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&config.addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: config.addr.clone(),
                source,
            })?;
        ready(listener.local_addr()?);
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        serve(listener, state, shutdown).await?;
        Ok(())
    })
}
