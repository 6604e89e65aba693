//! `marsad ingest PATH... [--db FILE] [--jobs N] [--published-from META|DATE]`:
//! reads articles (text, JSONL, HTML, RSS/Atom, WARC — files or
//! directories), extracts their `marsad/1` records on all cores and stores
//! them, then regroups the store's events into cross-article clusters.
//!
//! One writer thread owns the store and receives prepared documents from
//! the extraction pool over a bounded channel; it commits every `--batch`
//! documents in one transaction. Killed at any moment, an ingest loses at
//! most its open batch; run again, it skips what is stored (same content
//! hash, before extracting) and stores the rest once.
//!
//! A malformed input is reported in the summary with its reason and the
//! batch goes on. Exit code: 0, or 1 when any input failed.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use marsad_core::{Extractor, Meta};
use marsad_ingest::{Item, RawDocument, ReadOptions};
use marsad_store::{ClusterCounts, ClusterParams, ContentHash, InputInfo, Inserted, Prepared, SearchText, Store};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read (.txt, .jsonl, .html, RSS/Atom feeds, .warc/.warc.gz).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The store (a SQLite file; created if missing).
    #[arg(long, default_value = "marsad.db")]
    pub db: PathBuf,
    /// Extraction threads (default: all cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Publication dates: META takes each input's own (HTML meta, feed item,
    /// WARC date, JSONL field); a date (YYYY-MM-DD) is used for every article.
    #[arg(long, default_value = "META", value_name = "META|DATE")]
    pub published_from: String,
    /// Documents per transaction.
    #[arg(long, default_value_t = 200)]
    pub batch: usize,
    /// Clustering: largest gap in days between two reports of one event.
    #[arg(long, default_value_t = 1)]
    pub window_days: u32,
    /// Clustering: two places closer than this many km are one place.
    #[arg(long, default_value_t = 25.0)]
    pub radius_km: f64,
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input.
    #[arg(long)]
    pub lossy: bool,
    /// Keep HTML pages, feed items and WARC records that are not Arabic
    /// (skipped by default; text and JSONL inputs are always taken as given).
    #[arg(long)]
    pub all_languages: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long)]
    pub max_bytes: Option<u64>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

/// An input that was skipped or failed, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub input: String,
    pub reason: String,
}

/// What an ingest did.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub store: String,
    /// Input files found under the paths given.
    pub inputs: usize,
    /// Articles read from them.
    pub read: u64,
    /// Stored now.
    pub new: u64,
    /// Already stored (same id or same content).
    pub duplicate: u64,
    pub skipped: Vec<Problem>,
    pub failed: Vec<Problem>,
    /// Events in the newly stored articles.
    pub events: u64,
    pub seconds: f64,
    pub articles_per_second: f64,
    /// Time the writer spent storing (the rest it waited for extraction).
    pub store_seconds: f64,
    /// Documents in the store at the end.
    pub documents_in_store: u64,
    pub clusters: Option<ClusterCounts>,
}

enum Msg {
    Doc(Box<Prepared>),
    /// Content already stored: not extracted again.
    Known,
    Skipped(Problem),
    Failed(Problem),
}

struct Ctx<'a> {
    extractor: &'a Extractor,
    known: &'a HashSet<ContentHash>,
    forced: Option<String>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let forced = published_from(&a.published_from)?;
    anyhow::ensure!(a.batch > 0, "--batch must be at least 1");
    let jobs = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let started = Instant::now();

    let store = marsad_store::open(&a.db, true)?;
    let known = store.known_hashes()?;
    let extractor = Extractor::new().context("loading the extractor's resources")?;
    let mut opts = ReadOptions {
        lossy_utf8: a.lossy,
        ..ReadOptions::default()
    };
    if a.all_languages {
        opts.arabic_only = false;
    }
    if let Some(m) = a.max_bytes {
        opts.max_bytes = m;
    }

    let mut files = Vec::new();
    let mut missing = Vec::new();
    for p in &a.paths {
        if !p.exists() {
            missing.push(Problem {
                input: p.display().to_string(),
                reason: "no such file or directory; check the path".into(),
            });
            continue;
        }
        files.extend(marsad_ingest::list_inputs(p));
    }

    let bar = if a.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} docs ({per_sec}) · {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("starting the extraction threads")?;
    let (tx, rx) = sync_channel::<Msg>(a.batch * 2);
    let ctx = Ctx {
        extractor: &extractor,
        known: &known,
        forced,
    };
    let (mut store, mut summary, write_error) = std::thread::scope(|s| {
        let writer = s.spawn(|| write_all(store, rx, a.batch, &bar));
        pool.install(|| produce(&files, &opts, &ctx, jobs, tx));
        writer.join().unwrap_or_else(|_| {
            (
                marsad_store::open(&a.db, true).ok(),
                Summary::default(),
                Some(anyhow::anyhow!("the writer thread panicked")),
            )
        })
    });
    bar.finish_and_clear();

    summary.inputs = files.len() + missing.len();
    summary.failed.extend(missing);
    summary.skipped.sort();
    summary.failed.sort();
    summary.seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second = summary.read as f64 / summary.seconds.max(1e-9);
    if let Some(store) = store.as_mut() {
        summary.store = store.describe();
        if write_error.is_none() {
            let params = ClusterParams {
                window_days: a.window_days,
                radius_km: a.radius_km,
                country_level: false,
            };
            summary.clusters = Some(store.rebuild_clusters(&params)?);
        }
        summary.documents_in_store = store.document_count()?;
    }
    print_summary(&summary, a.json)?;
    if let Some(e) = write_error {
        return Err(e.context("storing stopped; what was committed before is kept — run the same ingest again"));
    }
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `META` → `None`; a date → that date for every article.
fn published_from(v: &str) -> anyhow::Result<Option<String>> {
    if v.eq_ignore_ascii_case("meta") {
        return Ok(None);
    }
    match chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d") {
        Ok(d) => Ok(Some(d.format("%Y-%m-%d").to_string())),
        Err(_) => anyhow::bail!("--published-from takes META or a date YYYY-MM-DD (e.g. 2024-05-01), not {v:?}"),
    }
}

/// Reads every input and extracts its articles on the pool's threads,
/// sending the results to the writer. Many files: one file per task; few
/// files (a big JSONL or WARC): one article per task.
fn produce(files: &[PathBuf], opts: &ReadOptions, ctx: &Ctx, jobs: usize, tx: SyncSender<Msg>) {
    let send = |tx: &mut SyncSender<Msg>, item: Item| tx.send(process(item, ctx)).map_err(|_| ());
    if files.len() >= 2 * jobs {
        let _ = files
            .par_iter()
            .flat_map_iter(|f| marsad_ingest::read_path(f, opts))
            .try_for_each_with(tx, send);
    } else {
        let items = files.iter().flat_map(|f| marsad_ingest::read_path(f, opts));
        let _ = items.par_bridge().try_for_each_with(tx, send);
    }
}

fn process(item: Item, ctx: &Ctx) -> Msg {
    match item {
        Item::Doc(raw) => prepare(raw, ctx),
        Item::Skipped { origin, reason } => Msg::Skipped(Problem { input: origin, reason }),
        Item::Failed { origin, reason } => Msg::Failed(Problem { input: origin, reason }),
    }
}

fn prepare(raw: RawDocument, ctx: &Ctx) -> Msg {
    let search = SearchText::of(&raw.text);
    if ctx.known.contains(&search.hash) {
        return Msg::Known;
    }
    let mut meta_json = raw.meta;
    let mut meta = Meta {
        id: raw.id,
        title: raw.title,
        outlet: raw.outlet,
        url: raw.url,
        published: ctx.forced.clone().or(raw.published),
    };
    let extract = |meta: &Meta| catch_unwind(AssertUnwindSafe(|| ctx.extractor.extract(&raw.text, meta)));
    let mut result = extract(&meta);
    if let Ok(Err(marsad_core::Error::BadPublished(bad))) = &result {
        // A date in the input's metadata we cannot read: keep the article,
        // without the anchor, and say so in its metadata.
        meta_json.insert("published_unreadable".into(), serde_json::Value::String(bad.clone()));
        meta.published = None;
        result = extract(&meta);
    }
    let failed = |reason: String| {
        Msg::Failed(Problem {
            input: raw.origin.clone(),
            reason,
        })
    };
    let doc = match result {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return failed(format!("extraction failed: {e}")),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            return failed(format!(
                "the extractor panicked ({what}); this is a bug: please report it with this input"
            ));
        }
    };
    let format = format!("{:?}", raw.format).to_lowercase();
    let input = InputInfo {
        origin: raw.origin.clone(),
        format,
        meta: meta_json,
    };
    match Prepared::new(doc, raw.text, search, input) {
        Ok(p) => Msg::Doc(Box::new(p)),
        Err(e) => failed(format!("cannot prepare the record: {e}")),
    }
}

/// The writer: batches documents into transactions, counts everything,
/// and keeps the progress bar current. Returns the store, the counts, and
/// the error that stopped it, if any.
fn write_all(
    mut store: Box<dyn Store>,
    rx: Receiver<Msg>,
    batch: usize,
    bar: &ProgressBar,
) -> (Option<Box<dyn Store>>, Summary, Option<anyhow::Error>) {
    let mut sum = Summary::default();
    let mut pending: Vec<Prepared> = Vec::with_capacity(batch);
    let started = Instant::now();
    let mut last_draw = Instant::now();
    let flush = |store: &mut Box<dyn Store>, pending: &mut Vec<Prepared>, sum: &mut Summary| -> anyhow::Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let t = Instant::now();
        let results = store.insert_batch(pending)?;
        sum.store_seconds += t.elapsed().as_secs_f64();
        for r in results {
            match r {
                Inserted::New { events } => {
                    sum.new += 1;
                    sum.events += events as u64;
                }
                Inserted::Duplicate(_) => sum.duplicate += 1,
            }
        }
        pending.clear();
        Ok(())
    };
    for msg in rx {
        match msg {
            Msg::Doc(p) => {
                sum.read += 1;
                pending.push(*p);
            }
            Msg::Known => {
                sum.read += 1;
                sum.duplicate += 1;
            }
            Msg::Skipped(p) => sum.skipped.push(p),
            Msg::Failed(p) => sum.failed.push(p),
        }
        if pending.len() >= batch
            && let Err(e) = flush(&mut store, &mut pending, &mut sum)
        {
            return (Some(store), sum, Some(e));
        }
        if last_draw.elapsed() >= Duration::from_millis(100) {
            last_draw = Instant::now();
            draw(bar, &sum, pending.len(), started);
        }
    }
    let err = flush(&mut store, &mut pending, &mut sum).err();
    draw(bar, &sum, 0, started);
    (Some(store), sum, err)
}

fn draw(bar: &ProgressBar, s: &Summary, pending: usize, started: Instant) {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    let errors = s.failed.len() as u64;
    bar.set_position(s.read);
    bar.set_message(format!(
        "{} stored, {} duplicate, {} pending · {} events ({:.0}/s) · {} errors ({:.1}/s), {} skipped",
        s.new,
        s.duplicate,
        pending,
        s.events,
        s.events as f64 / secs,
        errors,
        errors as f64 / secs,
        s.skipped.len()
    ));
}

/// At most this many skipped/failed inputs are listed in the text summary.
const LIST_MAX: usize = 100;

fn print_summary(s: &Summary, json: bool) -> anyhow::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut out, s)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    writeln!(
        out,
        "marsad ingest: {} read, {} new, {} duplicate, {} skipped, {} failed — {} inputs in {:.1} s ({:.0} articles/s)",
        s.read,
        s.new,
        s.duplicate,
        s.skipped.len(),
        s.failed.len(),
        s.inputs,
        s.seconds,
        s.articles_per_second
    )?;
    writeln!(
        out,
        "store: {}, {} documents; {} events stored now",
        s.store, s.documents_in_store, s.events
    )?;
    if let Some(c) = &s.clusters {
        writeln!(
            out,
            "clusters: {} from {} events ({} reported by 2+ sources, {} where sources give different figures)",
            c.clusters, c.events, c.multi_source, c.disagreeing
        )?;
    }
    for (title, list) in [("skipped", &s.skipped), ("failed", &s.failed)] {
        if list.is_empty() {
            continue;
        }
        writeln!(out, "{title} ({}):", list.len())?;
        for p in list.iter().take(LIST_MAX) {
            writeln!(out, "  {}: {}", p.input, p.reason)?;
        }
        if list.len() > LIST_MAX {
            writeln!(out, "  … and {} more (--json lists them all)", list.len() - LIST_MAX)?;
        }
    }
    out.flush()?;
    Ok(())
}
