//! Readers that turn the formats news arrives in into plain documents.
//!
//! Marsad's extractor takes `&str` and a little metadata; this crate is
//! what stands between it and the files an analyst actually has: plain
//! text, JSONL dumps (optionally gzipped), saved HTML pages in whatever
//! charset the site used, RSS/Atom feeds, and WARC archives such as
//! Common Crawl's CC-NEWS. Every reader yields [`Item`]s — one per
//! document, or one per problem — so that a bad line, page or record is
//! reported with where it was and what to do, and the batch goes on.
//!
//! ```no_run
//! use marsad_ingest::{read_path, Item, ReadOptions};
//! for item in read_path("examples/corpus".as_ref(), &ReadOptions::default()) {
//!     match item {
//!         Item::Doc(doc) => println!("{} {:?}", doc.origin, doc.title),
//!         Item::Skipped { origin, reason } => eprintln!("skipped {origin}: {reason}"),
//!         Item::Failed { origin, reason } => eprintln!("failed {origin}: {reason}"),
//!     }
//! }
//! ```
//!
//! # Formats
//!
//! | Input | Detected by | One document per | Through |
//! |---|---|---|---|
//! | text | `.txt` | file | — |
//! | JSONL | `.jsonl`, `.ndjson` (+`.gz`), or a JSON object on the first line | line | `serde_json`, `flate2` |
//! | HTML | `.html`, `.htm`, `.xhtml`, or `<html`/`<!DOCTYPE html` | page (main text only) | `encoding_rs` + `chardetng`, `dom_smoothie` |
//! | RSS/Atom | `.xml`, `.rss`, `.atom`, or `<rss`/`<feed`/`<?xml` | item | `feed-rs` |
//! | WARC | `.warc` (+`.gz`, one gzip member per record or one for all), or `WARC/1.` | HTTP 200 HTML `response` record | `warc` (header parser), `flate2` |
//!
//! Gzip is recognised by its magic bytes whatever the extension says, and
//! the content inside is sniffed like any file of unknown extension.
//!
//! # Limits and what is skipped
//!
//! - [`ReadOptions::max_bytes`] bounds what is held in memory at once: a
//!   whole text, HTML or feed file (after decompression), one JSONL line,
//!   or one WARC record's HTTP body. JSONL and WARC files themselves are
//!   streamed and may be any size.
//! - Within one file, a document whose id or text repeats an earlier one is
//!   [`Item::Skipped`] as a duplicate.
//! - With [`ReadOptions::arabic_only`], HTML pages, feed items and WARC
//!   records whose main text is not Arabic (by `whatlang`) are skipped.
//!   Text and JSONL inputs are taken as given.
//! - Directory walks skip hidden files and documentation that lives next
//!   to corpora (`README*`, `LICENSE*`/`LICENCE*`, `PROVENANCE*`,
//!   `CHANGELOG*`, `COPYING*`); name such a file directly to read it.

mod date;
mod detect;
mod feed;
mod html;
mod input;
mod jsonl;
mod lang;
mod text;
mod warc;

#[cfg(any(test, feature = "testutil"))]
pub mod testutil;

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// One article read from an input, before extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawDocument {
    /// Given by the input (JSONL `id`, feed guid, WARC-Record-ID), if any.
    pub id: Option<String>,
    /// The article body as plain text. Readers of structured input (HTML,
    /// feeds, WARC) separate paragraphs with `"\n\n"`; text and JSONL bodies
    /// keep their own line breaks (CRLF turned into LF, ends trimmed).
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// ISO date `YYYY-MM-DD` when the input's metadata gives one. A date
    /// with a time keeps the calendar day *as written* (the outlet's local
    /// day), not the UTC one.
    pub published: Option<String>,
    /// Site name / outlet.
    pub outlet: Option<String>,
    /// What else the input said: unknown JSONL fields, the HTML charset
    /// used, WARC headers of interest, a date that could not be read…
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// Names the input for messages: `path`, `path#line:12`, `path#item:3`
    /// or `path#record:7` (all counted from 1).
    pub origin: String,
    pub format: Format,
}

/// The kind of input a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Jsonl,
    Html,
    Feed,
    Warc,
}

/// What reading yields, one per document or per problem; a bad input never
/// stops the batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Doc(RawDocument),
    /// Nothing wrong with the input, but nothing to extract either: an
    /// empty file, a non-Arabic page, a non-HTML WARC response, a duplicate.
    Skipped {
        origin: String,
        reason: String,
    },
    /// Malformed input; `reason` says what is wrong and what to do.
    Failed {
        origin: String,
        reason: String,
    },
}

impl Item {
    /// The input this item names (`path`, `path#line:N`, …).
    pub fn origin(&self) -> &str {
        match self {
            Item::Doc(d) => &d.origin,
            Item::Skipped { origin, .. } | Item::Failed { origin, .. } => origin,
        }
    }

    /// The document, if this item is one.
    pub fn doc(&self) -> Option<&RawDocument> {
        match self {
            Item::Doc(d) => Some(d),
            _ => None,
        }
    }

    pub(crate) fn skipped(origin: impl Into<String>, reason: impl Into<String>) -> Item {
        Item::Skipped {
            origin: origin.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn failed(origin: impl Into<String>, reason: impl Into<String>) -> Item {
        Item::Failed {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Largest amount read into memory at once (default 20 MB): a whole
    /// text/HTML/feed file, one JSONL line, one WARC record's HTTP body.
    pub max_bytes: u64,
    /// Replace invalid UTF-8 in text and JSONL inputs with U+FFFD instead of
    /// failing (the document's `meta.invalid_utf8` then says so).
    pub lossy_utf8: bool,
    /// Skip HTML pages, feed items and WARC records whose text is not
    /// Arabic (default true).
    pub arabic_only: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 20 * 1024 * 1024,
            lossy_utf8: false,
            arabic_only: true,
        }
    }
}

/// Reads a file or a directory (recursively, in sorted path order),
/// detecting each file's format by extension and, when the extension is
/// unknown, by sniffing its content.
pub fn read_path(path: &Path, opts: &ReadOptions) -> Box<dyn Iterator<Item = Item> + Send> {
    let opts = *opts;
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Box::new(walk(path).into_iter().flat_map(move |entry| match entry {
            Ok(file) => read_one(&file, &opts),
            Err(item) => Box::new(std::iter::once(item)),
        })),
        _ => read_one(path, &opts),
    }
}

/// Lists the input files under a path (for progress bars and for
/// spreading files over threads): the path itself if it is not a
/// directory, else the files below it, sorted and recursive. A directory
/// that cannot be read is listed too, so that [`read_path`] on it reports
/// why.
pub fn list_inputs(path: &Path) -> Vec<PathBuf> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => walk(path)
            .into_iter()
            .map(|e| match e {
                Ok(p) => p,
                Err(item) => PathBuf::from(item.origin()),
            })
            .collect(),
        Ok(_) => vec![path.to_path_buf()],
        Err(_) => Vec::new(),
    }
}

/// Reads one file (as [`read_path`] does for a file; given a directory, it
/// reads the directory).
pub fn read_file(path: &Path, opts: &ReadOptions) -> Box<dyn Iterator<Item = Item> + Send> {
    read_path(path, opts)
}

fn read_one(path: &Path, opts: &ReadOptions) -> Box<dyn Iterator<Item = Item> + Send> {
    let origin = path.display().to_string();
    let one = |item: Item| -> Box<dyn Iterator<Item = Item> + Send> { Box::new(std::iter::once(item)) };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return one(Item::failed(
                origin,
                format!("cannot read: {e}; check the path and its permissions"),
            ));
        }
    };
    if meta.is_dir() {
        return read_path(path, opts);
    }
    if !meta.is_file() {
        return one(Item::skipped(origin, "not a regular file (device, socket or pipe)"));
    }
    if meta.len() == 0 {
        return one(Item::skipped(origin, "empty file"));
    }
    let input = match input::Input::open(path, meta.len()) {
        Ok(i) => i,
        Err(e) => return one(Item::failed(origin, e)),
    };
    match detect::detect(path, &input) {
        Ok(detect::Kind::Text) => one(text::read(input, origin, opts)),
        Ok(detect::Kind::Html) => one(html::read_file(input, origin, opts)),
        Ok(detect::Kind::Feed) => Box::new(feed::read(input, origin, opts).into_iter()),
        Ok(detect::Kind::Jsonl) => Box::new(jsonl::Reader::new(input, origin, *opts)),
        Ok(detect::Kind::Warc) => Box::new(warc::Reader::new(input, origin, *opts)),
        Err(item) => one(item.with_origin(origin)),
    }
}

impl Item {
    fn with_origin(self, origin: String) -> Item {
        match self {
            Item::Skipped { reason, .. } => Item::Skipped { origin, reason },
            Item::Failed { reason, .. } => Item::Failed { origin, reason },
            doc => doc,
        }
    }
}

/// File names that document a corpus rather than belong to it.
fn is_documentation(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ["README", "LICENSE", "LICENCE", "PROVENANCE", "CHANGELOG", "COPYING"]
        .iter()
        .any(|p| upper.starts_with(p))
}

/// The files under `dir`, sorted, recursively; unreadable directories as
/// `Failed` items. Symbolic links to directories are not followed (no
/// loops); links to files are.
fn walk(dir: &Path) -> Vec<Result<PathBuf, Item>> {
    let mut out = Vec::new();
    let mut entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>(),
        Err(e) => {
            out.push(Err(Item::failed(
                dir.display().to_string(),
                format!("cannot read directory: {e}; check its permissions"),
            )));
            return out;
        }
    };
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || is_documentation(&name) {
            continue;
        }
        let is_link_dir = std::fs::symlink_metadata(&p)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false)
            && std::fs::metadata(&p).map(|m| m.is_dir()).unwrap_or(false);
        if is_link_dir {
            continue;
        }
        if std::fs::metadata(&p).map(|m| m.is_dir()).unwrap_or(false) {
            out.extend(walk(&p));
        } else {
            out.push(Ok(p));
        }
    }
    out
}

/// Within one file, remembers the ids and texts seen so far.
#[derive(Default)]
pub(crate) struct Dedup {
    seen: std::collections::HashMap<u64, usize>,
}

impl Dedup {
    /// `Some(reason)` if `doc` repeats an earlier document (numbered `n`,
    /// named by `name(n)`) by id or by text; else remembers it as `n`.
    pub(crate) fn check(&mut self, doc: &RawDocument, n: usize, name: impl Fn(usize) -> String) -> Option<String> {
        use std::hash::{Hash, Hasher};
        let key = |tag: u8, s: &str| {
            let mut h = std::hash::DefaultHasher::new();
            tag.hash(&mut h);
            s.hash(&mut h);
            h.finish()
        };
        let id_key = doc.id.as_deref().map(|id| key(0, id));
        let text_key = key(1, &doc.text);
        if let Some(k) = id_key
            && let Some(&first) = self.seen.get(&k)
        {
            return Some(format!("duplicate of {} (same id)", name(first)));
        }
        if let Some(&first) = self.seen.get(&text_key) {
            return Some(format!("duplicate of {} (same text)", name(first)));
        }
        if let Some(k) = id_key {
            self.seen.insert(k, n);
        }
        self.seen.insert(text_key, n);
        None
    }
}
