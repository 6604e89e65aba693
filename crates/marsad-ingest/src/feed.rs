//! RSS/Atom (and JSON Feed) files: one document per item, via `feed-rs`.
//!
//! An item's text is its full content when the feed carries it
//! (`content:encoded`, Atom `<content>`), else its summary/description;
//! HTML in it is reduced to text, one paragraph per block. The date is
//! the item's published date, else its updated date, as written (the
//! feed's own offset, not UTC). The outlet is the feed's title.

use crate::input::{Input, looks_binary, paragraphs};
use crate::{Dedup, Format, Item, RawDocument, ReadOptions, date, lang};
use serde_json::{Map, Value};

pub(crate) fn read(input: Input, origin: String, opts: &ReadOptions) -> Vec<Item> {
    if looks_binary(&input.head) {
        return vec![Item::failed(
            origin,
            "binary file (NUL bytes or mostly control characters); not a feed",
        )];
    }
    let bytes = match input.read_all(opts.max_bytes) {
        Ok(b) => b,
        Err(e) => return vec![Item::failed(origin, e)],
    };
    let parser = feed_rs::parser::Builder::new()
        // Keep the calendar day as written: the "UTC" value returned is the
        // local time; only its date is used.
        .timestamp_parser(|s| date::local_datetime(s).map(|dt| dt.and_utc()))
        // Items without a guid get no id (feed-rs would invent one).
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = match parser.parse(bytes.as_slice()) {
        Ok(f) => f,
        Err(e) => {
            return vec![Item::failed(
                origin,
                format!(
                    "not an RSS/Atom feed ({e}); check that the file is the feed's XML, not an HTML page or an error message"
                ),
            )];
        }
    };
    if feed.entries.is_empty() {
        return vec![Item::skipped(origin, "the feed has no items")];
    }
    let outlet = feed.title.as_ref().map(|t| plain(&t.content)).filter(|t| !t.is_empty());
    let at = |i: usize| format!("{origin}#item:{i}");
    let mut dedup = Dedup::default();
    let mut out = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let n = i + 1;
        let item_origin = at(n);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.as_str()));
        let text = body.map(to_text).unwrap_or_default();
        if text.is_empty() {
            out.push(Item::skipped(item_origin, "the item has no content or summary text"));
            continue;
        }
        if opts.arabic_only
            && let Some(code) = lang::non_arabic(&text)
        {
            out.push(Item::skipped(item_origin, format!("not Arabic (detected {code})")));
            continue;
        }
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.trim().to_string());
        let mut meta = Map::new();
        let categories: Vec<Value> = entry
            .categories
            .iter()
            .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()).into())
            .collect();
        if !categories.is_empty() {
            meta.insert("categories".into(), Value::Array(categories));
        }
        let authors: Vec<Value> = entry
            .authors
            .iter()
            .filter_map(|a| a.name.as_deref())
            .map(|n| n.trim().to_string().into())
            .collect();
        if !authors.is_empty() {
            meta.insert("authors".into(), Value::Array(authors));
        }
        let doc = RawDocument {
            id: Some(entry.id.trim().to_string()).filter(|s| !s.is_empty()),
            text,
            title: entry
                .title
                .as_ref()
                .map(|t| plain(&t.content))
                .filter(|t| !t.is_empty()),
            url,
            published: entry
                .published
                .or(entry.updated)
                .map(|d| d.format("%Y-%m-%d").to_string()),
            outlet: outlet.clone(),
            meta,
            origin: item_origin,
            format: Format::Feed,
        };
        match dedup.check(&doc, n, at) {
            Some(reason) => out.push(Item::skipped(doc.origin, reason)),
            None => out.push(Item::Doc(doc)),
        }
    }
    out
}

/// Text of an item body that may be HTML: one paragraph per block.
pub(crate) fn to_text(body: &str) -> String {
    if body.contains('<') {
        paragraphs(&dom_query::Document::fragment(body).formatted_text())
    } else {
        paragraphs(body)
    }
}

/// A title: tags dropped, whitespace collapsed to single spaces.
fn plain(s: &str) -> String {
    to_text(s).replace("\n\n", " ")
}
