//! `marsad eval …`

use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Eval {
    /// Entity-level P/R/F1 of the NER tagger on a CoNLL file (conlleval).
    Ner(crate::eval_ner::Args),
    /// Sentence-level ASSAULT/PROTEST detection (P/R/F1) and argument overlap on arabic_event_gsr files.
    Gsr(crate::eval_gsr::Args),
    /// One article against its gold record, with score.py's measures.
    Doc(crate::eval_doc::Args),
    /// Place detection and geocoding against IDRISI-D location mentions (OpenStreetMap).
    Geo(crate::eval_geo::Args),
}

pub fn run(e: Eval) -> anyhow::Result<ExitCode> {
    match e {
        Eval::Ner(a) => crate::eval_ner::run(a),
        Eval::Gsr(a) => crate::eval_gsr::run(a),
        Eval::Doc(a) => crate::eval_doc::run(a),
        Eval::Geo(a) => crate::eval_geo::run(a),
    }
}
