//! Which reader a file goes to: its extension, else its first bytes.

use crate::Item;
use crate::input::{Input, looks_binary};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Jsonl,
    Html,
    Feed,
    Warc,
}

/// The kind of `input`, or why it has none (an item whose origin the
/// caller fills in).
#[allow(clippy::result_large_err)] // the error is the item the caller yields, moved not copied
pub(crate) fn detect(path: &Path, input: &Input) -> Result<Kind, Item> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".gzip"))
        .unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "txt" | "text" => return Ok(Kind::Text),
        "jsonl" | "ndjson" => return Ok(Kind::Jsonl),
        "html" | "htm" | "xhtml" => return Ok(Kind::Html),
        "xml" | "rss" | "atom" => return Ok(Kind::Feed),
        "warc" => return Ok(Kind::Warc),
        _ => {}
    }
    sniff(&input.head).ok_or_else(|| {
        let what = if input.gzip { "gzip-compressed content" } else { "content" };
        Item::skipped(
            "",
            format!(
                "unknown format: the extension is not one Marsad reads and the {what} is not text, JSONL, HTML, a feed or WARC"
            ),
        )
    })
}

/// The kind the first bytes of a content suggest.
pub(crate) fn sniff(head: &[u8]) -> Option<Kind> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let body = &head[start..];
    if body.is_empty() {
        return None;
    }
    if body.starts_with(b"WARC/1.") || body.starts_with(b"WARC/0.") {
        return Some(Kind::Warc);
    }
    let lower: Vec<u8> = body.iter().take(2048).map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if body[0] == b'<' {
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Some(Kind::Feed);
        }
        if has(b"<html") || has(b"<!doctype html") || has(b"<head") || has(b"<body") {
            return Some(Kind::Html);
        }
        if lower.starts_with(b"<?xml") {
            return Some(Kind::Feed);
        }
    }
    if body[0] == b'{' {
        if has(b"jsonfeed.org/version") {
            return Some(Kind::Feed);
        }
        let line_end = body.iter().position(|&b| b == b'\n');
        let first_line = &body[..line_end.unwrap_or(body.len())];
        let is_object = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(first_line).is_ok();
        // A first line longer than the sniffing window cannot be parsed
        // whole; an object opening with a quoted key is taken as JSONL.
        let long_object = line_end.is_none() && body.len() >= 1024 && body[1..].trim_ascii_start().starts_with(b"\"");
        if is_object || long_object {
            return Some(Kind::Jsonl);
        }
        return None;
    }
    if body[0] == b'[' {
        return None; // a JSON array is not one of our formats
    }
    if looks_binary(body) {
        return None;
    }
    // Text if UTF-8 (a character cut at the end of the window is fine).
    match std::str::from_utf8(body) {
        Ok(_) => Some(Kind::Text),
        Err(e) if e.error_len().is_none() => Some(Kind::Text),
        Err(_) => None,
    }
}
