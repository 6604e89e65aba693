//! `marsad stats`: what the store holds — documents, events and the real
//! events (clusters) they group into, by type, country and month.

use marsad_store::Count;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store (a SQLite file).
    #[arg(long, default_value = "marsad.db")]
    pub db: PathBuf,
    /// Print the counts as one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let store = marsad_store::open(&a.db, false)?;
    let s = store.stats()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if a.json {
        serde_json::to_writer_pretty(&mut out, &s)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", store.describe())?;
    writeln!(out, "documents  {}", s.documents)?;
    writeln!(out, "events     {} (reports)", s.events)?;
    writeln!(
        out,
        "clusters   {} (real events; {} reported by 2+ sources, {} where sources give different figures)",
        s.clusters, s.multi_source_clusters, s.disagreeing_clusters
    )?;
    table(&mut out, "by type", &s.by_type)?;
    table(&mut out, "by country", &s.by_country)?;
    table(&mut out, "by month (event date)", &s.by_month)?;
    pairs(&mut out, "documents by month (published)", &s.documents_by_month)?;
    pairs(&mut out, "documents by source", &s.documents_by_source)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn table(out: &mut impl Write, title: &str, rows: &[Count]) -> std::io::Result<()> {
    writeln!(out, "\n{title}")?;
    if rows.is_empty() {
        return writeln!(out, "  (no events)");
    }
    let w = rows.iter().map(|r| r.key.chars().count()).max().unwrap_or(0).max(8);
    writeln!(out, "  {:<w$}  {:>8}  {:>8}", "", "events", "clusters")?;
    for r in rows {
        writeln!(out, "  {:<w$}  {:>8}  {:>8}", r.key, r.events, r.clusters)?;
    }
    Ok(())
}

fn pairs(out: &mut impl Write, title: &str, rows: &[(String, u64)]) -> std::io::Result<()> {
    writeln!(out, "\n{title}")?;
    if rows.is_empty() {
        return writeln!(out, "  (none)");
    }
    let w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0).max(8);
    for (k, n) in rows {
        writeln!(out, "  {k:<w$}  {n:>8}")?;
    }
    Ok(())
}
