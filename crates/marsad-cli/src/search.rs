//! `marsad search TEXT`: full-text search over the stored articles, in
//! Arabic as people type it. The query goes through the same normaliser as
//! the index, so `الحسكة` finds `بالحسكة`, `الحسكه` and `الحَسَكة`. Words
//! must all occur; `"…"` is a phrase, `word*` a prefix.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// What to look for (several words: all must occur).
    #[arg(required = true)]
    pub text: Vec<String>,
    /// The store (a SQLite file).
    #[arg(long, default_value = "marsad.db")]
    pub db: PathBuf,
    /// Show at most this many documents, best first.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// Print the hits as JSON Lines.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let store = marsad_store::open(&a.db, false)?;
    let query = a.text.join(" ");
    let res = store.search(&query, a.limit)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let dash = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "-".into());
    for h in &res.hits {
        if a.json {
            serde_json::to_writer(&mut out, h)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                h.doc_id,
                dash(&h.published),
                dash(&h.outlet),
                dash(&h.title)
            )?;
            writeln!(out, "    {}", h.snippet)?;
        }
    }
    out.flush()?;
    eprintln!("marsad search: {} documents match, {} shown", res.total, res.hits.len());
    Ok(if res.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
