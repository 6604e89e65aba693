//! `marsad`: the command line over the Marsad libraries.
//!
//! Each subcommand lives in its own module with its clap `Args` and a
//! `run` function; this file only dispatches.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod eval;
mod eval_doc;
mod eval_gsr;
mod extract;
mod train;
mod train_ner;
mod eval_ner;

#[derive(Parser)]
#[command(name = "marsad", version, about = "Arabic news → conflict event data (marsad/1 records)")]
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Train(t) => train::run(t),
        Command::Eval(e) => eval::run(e),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: {e:#}");
            ExitCode::from(2)
        }
    }
}
