//! `marsad eval …`

use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Eval {
    /// Entity-level P/R/F1 of the NER tagger on a CoNLL file (conlleval).
    Ner(crate::eval_ner::Args),
}

pub fn run(e: Eval) -> anyhow::Result<ExitCode> {
    match e {
        Eval::Ner(a) => crate::eval_ner::run(a),
    }
}
