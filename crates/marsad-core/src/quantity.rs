//! Numbers → quantities.

use crate::doc::{Quantity, Range};
use crate::lexicon::Resources;
use crate::text::TextLayer;

/// All quantities outside boilerplate.
pub fn extract(_layer: &TextLayer, _r: &Resources, _skip: &[Range]) -> Vec<Quantity> {
    Vec::new()
}
