//! Times → TIMEX3 (see output-format.md): absolute dates in every Arabic
//! month-name series, Hijri dates, dates relative to the publication date,
//! clock times, durations.

use crate::doc::{Range, TimeExpr};
use crate::lexicon::Resources;
use crate::text::TextLayer;
use chrono::NaiveDate;

/// Parses `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// All time expressions outside boilerplate.
pub fn extract(_layer: &TextLayer, _r: &Resources, _published: Option<NaiveDate>, _skip: &[Range]) -> Vec<TimeExpr> {
    Vec::new()
}
