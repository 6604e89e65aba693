//! `marsad export --format jsonl|csv|geojson|parquet [filters] [--clusters]`:
//! the store's records, events or clusters for analysts. Output goes to
//! stdout or `--output FILE`; the same store always gives the same bytes.

use anyhow::Context;
use marsad_store::{Filter, export};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// marsad/1 records, one a line (with --clusters: clusters, one a line).
    Jsonl,
    /// Events with ACLED-shaped columns (with --clusters: one row per cluster).
    Csv,
    /// Events (or clusters) with coordinates as GeoJSON points.
    Geojson,
    /// Needs the `parquet` cargo feature, which this build does not have.
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// The store (a SQLite file).
    #[arg(long, default_value = "marsad.db")]
    pub db: PathBuf,
    /// Write here instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub since: Option<String>,
    /// Events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub until: Option<String>,
    /// PLOVER type (ASSAULT), ACLED event type (Battles) or sub-event type.
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country of the event's place (SY, IQ …).
    #[arg(long)]
    pub country: Option<String>,
    /// An actor or target: ref id (actor:sdf), part of its name, or of its English label.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events (or records) whose article matches this full-text query.
    #[arg(long)]
    pub query: Option<String>,
    /// Export event clusters (one real event across articles) with their
    /// members and where their figures disagree.
    #[arg(long)]
    pub clusters: bool,
    /// With --clusters: only clusters reported by at least this many sources.
    #[arg(long, default_value_t = 1)]
    pub min_sources: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if a.format == Format::Parquet {
        return Err(parquet_unavailable());
    }
    let filter = Filter {
        since: a.since.clone(),
        until: a.until.clone(),
        kind: a.kind.clone(),
        country: a.country.clone(),
        actor: a.actor.clone(),
        query: a.query.clone(),
        min_sources: a.min_sources,
    };
    // Check dates before touching the store, so the error is about them.
    for (flag, v, end) in [("--since", &a.since, false), ("--until", &a.until, true)] {
        if let Some(v) = v {
            marsad_store::date_bound(v, end).context(flag)?;
        }
    }
    let store = marsad_store::open(&a.db, false)?;
    let mut out: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let store = store.as_ref();
    let what = if a.clusters { "clusters" } else { "events" };
    let note = match (a.format, a.clusters) {
        (Format::Jsonl, false) => format!("{} records", export::records_jsonl(store, &filter, &mut out)?),
        (Format::Jsonl, true) => format!("{} clusters", export::clusters_jsonl(store, &filter, &mut out)?),
        (Format::Csv, false) => format!("{} events", export::events_csv(store, &filter, &mut out)?),
        (Format::Csv, true) => format!("{} clusters", export::clusters_csv(store, &filter, &mut out)?),
        (Format::Geojson, c) => {
            let n = if c {
                export::clusters_geojson(store, &filter, &mut out)?
            } else {
                export::events_geojson(store, &filter, &mut out)?
            };
            format!(
                "{} {what} as points ({} left out: no coordinates)",
                n.features, n.without_coordinates
            )
        }
        (Format::Parquet, _) => return Err(parquet_unavailable()),
    };
    out.flush().context("writing the export")?;
    if let Some(p) = &a.output {
        eprintln!("marsad export: {note} → {}", p.display());
    } else {
        eprintln!("marsad export: {note}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Parquet is not in the default build (research note: +60 s cold build).
fn parquet_unavailable() -> anyhow::Error {
    anyhow::anyhow!(
        "--format parquet needs the `parquet` cargo feature, which this build does not include \
         (it adds about a minute to every cold build). Export CSV and convert it instead, e.g. \
         `marsad export --format csv -o events.csv`, then in Python \
         pandas.read_csv(\"events.csv\").to_parquet(\"events.parquet\")"
    )
}
