//! `marsad serve --db FILE --addr HOST:PORT [--ingest PATH…]`: the read-only HTTP API and the
//! web UI over a store (see the marsad-server crate). Prints the address it
//! listens on, then serves until Ctrl-C.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store (a SQLite file made by `marsad ingest`); opened read-only.
    #[arg(long, default_value = "marsad.db")]
    pub db: PathBuf,
    /// Where to listen (HOST:PORT; port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Longest time one request may take, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Largest request body (POST /api/extract), in bytes.
    #[arg(long, default_value_t = 2 * 1024 * 1024)]
    pub max_body: usize,
    /// Ingest these files or directories into the store first (as `marsad
    /// ingest PATH… --db FILE` with its defaults), then serve.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub ingest: Vec<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if !a.ingest.is_empty() {
        // A failed input is reported in the summary; the store is served all the same.
        crate::ingest::run(crate::ingest::Args {
            paths: a.ingest.clone(),
            db: a.db.clone(),
            jobs: None,
            published_from: "META".into(),
            batch: 200,
            window_days: 1,
            radius_km: 25.0,
            lossy: false,
            all_languages: false,
            max_bytes: None,
            json: false,
            quiet: true,
        })?;
    }
    let limits = marsad_server::Limits {
        body_bytes: a.max_body,
        request_time: std::time::Duration::from_secs(a.timeout.max(1)),
        ..marsad_server::Limits::default()
    };
    let config = marsad_server::Config {
        db: a.db,
        addr: a.addr,
        limits,
    };
    let db = config.db.display().to_string();
    marsad_server::run(config, |addr| {
        println!("marsad serve: {db} at http://{addr}/ (API: http://{addr}/api/openapi.json); Ctrl-C stops");
    })?;
    Ok(ExitCode::SUCCESS)
}
