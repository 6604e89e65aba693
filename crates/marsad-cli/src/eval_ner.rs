//! `marsad eval ner` (stub until the NER issue lands).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_a: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("marsad eval ner is not built yet")
}
