//! `marsad train …`

use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Train {
    /// Train the named-entity tagger on a CoNLL file.
    Ner(crate::train_ner::Args),
}

pub fn run(t: Train) -> anyhow::Result<ExitCode> {
    match t {
        Train::Ner(a) => crate::train_ner::run(a),
    }
}
