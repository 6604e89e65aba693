//! `marsad eval doc --gold GOLD.json TEXT [--json]`: extracts the record of
//! one article and scores it against its gold annotation with the same
//! measures as `shared/tools/score.py` (entities, times, quantities,
//! quotes with speaker accuracy, events with strict F1 and argument
//! accuracies, offset problems). score.py stays the reference; the test
//! suite keeps the two equal.

use anyhow::Context;
use marsad_core::event::score;
use marsad_core::{Extractor, Meta};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold annotation (JSON, score.py's format).
    #[arg(long)]
    pub gold: PathBuf,
    /// The article's text (UTF-8).
    pub text: PathBuf,
    /// Publication date (YYYY-MM-DD); default: the gold file's `published`.
    #[arg(long)]
    pub published: Option<String>,
    /// Print score.py's `--json` report.
    #[arg(long)]
    pub json: bool,
    /// Also write the extracted record to this file.
    #[arg(long)]
    pub record: Option<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold_text =
        std::fs::read_to_string(&a.gold).with_context(|| format!("cannot read gold file {}", a.gold.display()))?;
    let gold: serde_json::Value =
        serde_json::from_str(&gold_text).with_context(|| format!("{} is not JSON", a.gold.display()))?;
    let text =
        std::fs::read_to_string(&a.text).with_context(|| format!("cannot read {} as UTF-8 text", a.text.display()))?;
    let published = a
        .published
        .clone()
        .or_else(|| gold.get("published").and_then(|v| v.as_str()).map(str::to_string));
    let id = gold.get("doc").and_then(|v| v.as_str()).map(str::to_string);
    let ex = Extractor::new().context("loading the extractor's resources")?;
    let doc = ex
        .extract(
            &text,
            &Meta {
                id,
                published,
                ..Meta::default()
            },
        )
        .with_context(|| format!("extracting {}", a.text.display()))?;
    let pred = serde_json::to_value(&doc)?;
    if let Some(path) = &a.record {
        std::fs::write(path, serde_json::to_vec(&pred)?).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let s = score::score(&gold, &pred, &text).with_context(|| format!("gold file {}", a.gold.display()))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s.to_json())?);
    } else {
        print!("{}", s.to_text());
    }
    Ok(ExitCode::SUCCESS)
}
