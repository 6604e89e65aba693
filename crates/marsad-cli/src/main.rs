//! `marsad`: the command line over the Marsad libraries.
//!
//! Each subcommand lives in its own module with its clap `Args` and a
//! `run` function; this file only dispatches.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod eval;
mod eval_doc;
mod eval_geo;
mod eval_gsr;
mod eval_ner;
mod export;
mod extract;
mod ingest;
mod search;
mod serve;
mod stats;
mod train;
mod train_ner;

#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    about = "Arabic news → conflict event data (marsad/1 records)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract marsad/1 records from text files (or stdin).
    Extract(extract::Args),
    /// Train a model (ner).
    #[command(subcommand)]
    Train(train::Train),
    /// Evaluate against gold data (ner, geo, gsr, doc).
    #[command(subcommand)]
    Eval(eval::Eval),
    /// Read articles (text, JSONL, HTML, RSS/Atom, WARC; files or directories) into the store.
    Ingest(ingest::Args),
    /// Export the store: marsad/1 records (JSONL), events as ACLED-shaped CSV or GeoJSON, or --clusters.
    Export(export::Args),
    /// Full-text search over stored articles (Arabic-aware: الحسكة finds بالحسكة, الحسكه).
    Search(search::Args),
    /// What the store holds: documents, events and clusters by type, country and month.
    Stats(stats::Args),
    /// Serve the store over HTTP: a read-only JSON API and a web UI (map, timeline, documents).
    Serve(serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        stop_quietly_on_closed_pipe();
    }
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Train(t) => train::run(t),
        Command::Eval(e) => eval::run(e),
        Command::Ingest(a) => ingest::run(a),
        Command::Export(a) => export::run(a),
        Command::Search(a) => search::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Serve(a) => serve::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `marsad eval gsr | head` should stop like any Unix filter when the reader
/// goes away, not panic in `println!`. Rust ignores SIGPIPE by default; the
/// server keeps that, since a client hanging up must not kill it.
#[cfg(unix)]
fn stop_quietly_on_closed_pipe() {
    // SAFETY: called once at start-up, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn stop_quietly_on_closed_pipe() {}
