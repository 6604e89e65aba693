//! # marsad-core — the extractor
//!
//! Arabic news text in, a [`Document`] (the `marsad/1` record) out. The
//! library is pure: no files, no network, no global state. Lexicons and
//! models are loaded once into [`Resources`]; an [`Extractor`] holding them
//! is `Send + Sync`, so a batch runs on all cores.
//!
//! ```
//! use marsad_core::{Extractor, Meta};
//! let ex = Extractor::new().unwrap();
//! let doc = ex.extract("قتل 11 جنديا أمس.", &Meta { published: Some("2022-01-25".into()), ..Meta::default() }).unwrap();
//! assert_eq!(doc.quantities[0].value, Some(11.0));
//! ```
//!
//! Pipeline (each stage reads earlier layers and adds its own):
//! text layer ([`text`]: normalise, tokenise, clitics, sentences,
//! boilerplate) → quantities ([`quantity`]) → times ([`time`]) →
//! entities → quotes → events.

pub mod doc;
pub mod entity;
pub mod error;
pub mod event;
pub mod extract;
pub mod lexicon;
pub mod ner;
pub mod quantity;
pub mod quote;
pub mod text;
pub mod time;

pub use doc::Document;
pub use error::Error;
pub use extract::{Extractor, Meta};
pub use lexicon::Resources;
