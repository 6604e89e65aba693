//! Everything a document needs before it is written, computed off the
//! writer thread: the record's JSON, the content hash, the search text and
//! the flat events. Ingest builds [`Prepared`] values on all cores and one
//! writer stores them in batches.

use marsad_core::doc::Document;
use marsad_core::text::normalize::search_key;

use crate::error::Result;
use crate::flat::{FlatEvent, flat_events};
use crate::fts;

/// The identity of a text's content: FNV-1a 128 of its search key (the
/// normaliser's search key, white space folded). Two copies of an article
/// that differ in diacritics, alef forms, ة/ه, digits or spacing have the
/// same hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentHash(pub u128);

impl ContentHash {
    /// The hash of a search key.
    pub fn of_key(key: &str) -> Self {
        let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
        for b in key.bytes() {
            h ^= u128::from(b);
            h = h.wrapping_mul(0x0000000001000000000000000000013B);
        }
        ContentHash(h)
    }

    /// As stored: 32 lowercase hex digits.
    pub fn hex(&self) -> String {
        format!("{:032x}", self.0)
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        u128::from_str_radix(s, 16).ok().map(ContentHash)
    }
}

/// A text's search key and content hash, computed once.
#[derive(Debug, Clone)]
pub struct SearchText {
    pub key: String,
    pub hash: ContentHash,
}

impl SearchText {
    pub fn of(text: &str) -> Self {
        let key = search_key(text);
        let hash = ContentHash::of_key(&key);
        SearchText { key, hash }
    }
}

/// Where a document was read from.
#[derive(Debug, Clone, Default)]
pub struct InputInfo {
    /// The file, `file:line`, WARC record … it came from.
    pub origin: String,
    /// The input format (`text`, `jsonl`, `html`, `feed`, `warc` …).
    pub format: String,
    /// The input's own metadata.
    pub meta: serde_json::Map<String, serde_json::Value>,
}

/// A document ready to store.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub record: Document,
    /// The record's JSON, exactly as the JSONL export will write it.
    pub record_json: String,
    pub text: String,
    pub input: InputInfo,
    pub input_meta_json: String,
    pub hash: ContentHash,
    /// Who reported it: the outlet, else the URL's host, else the document id.
    pub source: String,
    pub search_title: String,
    pub search_body: String,
    pub search_stems: String,
    pub events: Vec<FlatEvent>,
}

impl Prepared {
    /// Prepares `record`, extracted from `text`; `search` is
    /// [`SearchText::of`] the same text (computed earlier to skip known
    /// content before extracting).
    pub fn new(record: Document, text: String, search: SearchText, input: InputInfo) -> Result<Self> {
        let record_json = serde_json::to_string(&record)?;
        let input_meta_json = serde_json::to_string(&input.meta)?;
        let source = source_of(&record);
        let search_title = record
            .doc
            .title
            .as_deref()
            .map(|t| fts::body(&search_key(t)))
            .unwrap_or_default();
        let search_stems = fts::stems(&search.key);
        let events = flat_events(&record, &text);
        Ok(Prepared {
            record,
            record_json,
            text,
            input,
            input_meta_json,
            hash: search.hash,
            source,
            search_title,
            search_body: fts::body(&search.key),
            search_stems,
            events,
        })
    }
}

/// The outlet, else the URL's host, else `doc:<id>`.
pub fn source_of(d: &Document) -> String {
    if let Some(o) = d.doc.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return o.to_string();
    }
    if let Some(host) = d.doc.url.as_deref().and_then(url_host) {
        return host;
    }
    format!("doc:{}", d.doc.id)
}

/// `https://www.example.com/a/b` → `example.com`.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_ignores_spelling_variants() {
        let a = SearchText::of("قُتل 11 جندياً في الحسكة\n\nأمس");
        let b = SearchText::of("قتل ١١ جنديا في الحسكه  أمس ");
        assert_eq!(a.hash, b.hash);
        assert_ne!(a.hash, SearchText::of("قتل 12 جنديا في الحسكة أمس").hash);
        assert_eq!(ContentHash::from_hex(&a.hash.hex()), Some(a.hash));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.Example.com:443/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(url_host("example.org/x").as_deref(), Some("example.org"));
        assert_eq!(url_host("nonsense"), None);
    }
}
