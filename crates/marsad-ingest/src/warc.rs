//! WARC archives (`.warc`, `.warc.gz`), streamed record by record.
//!
//! Each record's header block is parsed and checked by the `warc` crate
//! (`warc::parser::headers`, then `Record::try_from` for the required
//! WARC-Type, WARC-Record-ID, WARC-Date and Content-Length); the framing
//! around it is done here so that a body is skipped without being read
//! into memory and a broken header costs one record, not the file: the
//! reader reports it and moves on to the next line that starts a record
//! (`WARC/1.`). Gzip — one member per record as Common Crawl ships it, or
//! one for the whole file — is undone with flate2's `MultiGzDecoder`.
//!
//! `response` records with an HTTP 200 HTML payload go through the HTML
//! reader (the HTTP `charset` first). Other record types (`warcinfo`,
//! `request`, `metadata`…) are passed over silently; responses that are
//! not HTML, or not 200, are [`Item::Skipped`] with the reason.

use crate::html::{self, Context};
use crate::input::{Input, read_error};
use crate::{Dedup, Format, Item, ReadOptions, detect};
use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use warc::{EmptyBody, RawRecordHeader, Record, RecordType, WarcHeader};

/// Longest WARC or HTTP header block accepted; longer means lost framing.
const MAX_HEADER: usize = 64 * 1024;

pub(crate) struct Reader {
    input: Option<Input>,
    origin: String,
    opts: ReadOptions,
    record_no: usize,
    dedup: Dedup,
    /// The first line of the next record, found while resynchronising.
    pending_line: Option<Vec<u8>>,
    out: VecDeque<Item>,
}

enum Header {
    Block(Vec<u8>),
    End,
}

impl Reader {
    pub(crate) fn new(input: Input, origin: String, opts: ReadOptions) -> Reader {
        Reader {
            input: Some(input),
            origin,
            opts,
            record_no: 0,
            dedup: Dedup::default(),
            pending_line: None,
            out: VecDeque::new(),
        }
    }

    fn at(&self, n: usize) -> String {
        format!("{}#record:{n}", self.origin)
    }

    fn fail(&mut self, reason: String) {
        let origin = self.at(self.record_no);
        self.out.push_back(Item::failed(origin, reason));
    }

    /// Stops reading the file with a failure.
    fn fail_rest(&mut self, reason: String) {
        self.fail(reason);
        self.input = None;
    }

    /// Reads one record and queues what it yields.
    fn step(&mut self) {
        let gzip = self.input.as_ref().is_some_and(|i| i.gzip);
        let first = self.record_no == 0;
        self.record_no += 1;
        let block = match self.read_header() {
            Ok(Header::End) => {
                self.input = None;
                return;
            }
            Ok(Header::Block(b)) => b,
            Err(HeaderError::Io(e)) => {
                let n = self.record_no - 1;
                return self.fail_rest(format!("{}; the {n} record(s) before were read", read_error(&e, gzip)));
            }
            Err(HeaderError::Eof) => {
                return self.fail_rest("the file ends inside a WARC header (the file is truncated)".into());
            }
            Err(HeaderError::TooLong) => {
                self.fail(format!(
                    "no end to the WARC header within {MAX_HEADER} bytes; skipped to the next record"
                ));
                return self.resync();
            }
        };
        if !block.starts_with(b"WARC/") {
            if first {
                return self.fail_rest("not a WARC file: it does not start with a WARC/1.x header".into());
            }
            self.fail(format!(
                "expected a WARC header, found {:?}; the previous record's Content-Length may be wrong; skipped to the next record",
                first_line(&block)
            ));
            return self.resync();
        }
        let (version, fields, len) = match warc::parser::headers(&block) {
            Ok((rest, parsed)) if rest.trim_ascii().is_empty() => parsed,
            Ok((rest, _)) => {
                self.fail(format!(
                    "malformed WARC header line {:?} (expected `Name: value`); skipped to the next record",
                    first_line(rest)
                ));
                return self.resync();
            }
            Err(_) => {
                self.fail(format!(
                    "malformed WARC version line {:?} (expected `WARC/1.0` or `WARC/1.1`); skipped to the next record",
                    first_line(&block)
                ));
                return self.resync();
            }
        };
        if !fields.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-length")) {
            self.fail(
                "the WARC header has no Content-Length, so the record's end is unknown; skipped to the next record"
                    .into(),
            );
            return self.resync();
        }
        let raw = RawRecordHeader {
            version: version.to_string(),
            headers: fields
                .into_iter()
                .map(|(k, v)| (WarcHeader::from(k), v.to_vec()))
                .collect(),
        };
        let value = |h: WarcHeader| {
            raw.headers
                .get(&h)
                .map(|v| String::from_utf8_lossy(v).trim().to_string())
        };
        let target = value(WarcHeader::TargetURI).map(|u| strip_angles(&u));
        let content_type = value(WarcHeader::ContentType).unwrap_or_default().to_ascii_lowercase();
        let record = Record::<EmptyBody>::try_from(raw);
        let Some(input) = self.input.as_mut() else { return };
        let mut body = (&mut input.reader).take(len as u64);
        let item = match record {
            Err(e) => Some(Err(format!("invalid WARC record: {e}"))),
            Ok(r) if *r.warc_type() == RecordType::Response && content_type.starts_with("application/http") => {
                let ctx = Context {
                    id: Some(strip_angles(r.warc_id())).filter(|s| !s.is_empty()),
                    url: target,
                    fallback_published: Some(r.date().format("%Y-%m-%d").to_string()),
                    meta: {
                        let mut m = Map::new();
                        m.insert("warc_date".into(), Value::String(r.date().to_rfc3339()));
                        m
                    },
                    ..Context::default()
                };
                Some(response(&mut body, len as u64, ctx, &self.opts))
            }
            Ok(_) => None,
        };
        // Whatever was not read of the body is skipped, not stored.
        let drained = io::copy(&mut body, &mut io::sink());
        let left = body.limit();
        if let Err(e) = drained {
            return self.fail_rest(format!("{}; the records before were read", read_error(&e, gzip)));
        }
        if left > 0 {
            // A body cut short is not a page: report the cut only.
            return self.fail_rest(format!(
                "the file ends inside this record's body ({left} of its {len} bytes missing; the file is truncated)"
            ));
        }
        let origin = self.at(self.record_no);
        match item {
            Some(Ok(Payload::Html { bytes, ctx })) => {
                let item = html::page(&bytes, ctx, origin.clone(), Format::Warc, &self.opts);
                let item = match item {
                    Item::Doc(doc) => {
                        let dup = self
                            .dedup
                            .check(&doc, self.record_no, |n| format!("{}#record:{n}", self.origin));
                        match dup {
                            Some(reason) => Item::skipped(origin, reason),
                            None => Item::Doc(doc),
                        }
                    }
                    other => other,
                };
                self.out.push_back(item);
            }
            Some(Ok(Payload::Skip(reason))) => self.out.push_back(Item::skipped(origin, reason)),
            Some(Err(reason)) => self.out.push_back(Item::failed(origin, reason)),
            None => {}
        }
    }

    /// The next header block (up to and including its blank line), after
    /// skipping blank lines between records.
    fn read_header(&mut self) -> Result<Header, HeaderError> {
        let Some(input) = self.input.as_mut() else {
            return Ok(Header::End);
        };
        let mut block = self.pending_line.take().unwrap_or_default();
        loop {
            let start = block.len();
            let n = (&mut input.reader)
                .take((MAX_HEADER + 1) as u64)
                .read_until(b'\n', &mut block)
                .map_err(HeaderError::Io)?;
            if n == 0 {
                return if block.iter().all(|b| b.is_ascii_whitespace()) {
                    Ok(Header::End)
                } else {
                    Err(HeaderError::Eof)
                };
            }
            let line = &block[start..];
            let blank = line == b"\r\n" || line == b"\n";
            if blank && start == 0 {
                block.clear(); // blank lines between records
                continue;
            }
            if blank {
                return Ok(Header::Block(block));
            }
            if block.len() > MAX_HEADER {
                return Err(HeaderError::TooLong);
            }
        }
    }

    /// Skips to the next line that starts a WARC record.
    fn resync(&mut self) {
        let Some(input) = self.input.as_mut() else { return };
        let gzip = input.gzip;
        let mut line = Vec::new();
        loop {
            line.clear();
            match (&mut input.reader).take(MAX_HEADER as u64).read_until(b'\n', &mut line) {
                Ok(0) => {
                    self.input = None;
                    return;
                }
                Ok(_) if line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.") => {
                    self.pending_line = Some(line);
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    return self.fail_rest(format!("{}; the records before were read", read_error(&e, gzip)));
                }
            }
        }
    }
}

enum HeaderError {
    Io(io::Error),
    Eof,
    TooLong,
}

enum Payload {
    Html { bytes: Vec<u8>, ctx: Context },
    Skip(String),
}

/// Reads an HTTP response record's payload: the HTML page, or why not.
fn response(
    body: &mut io::Take<&mut io::BufReader<Box<dyn Read + Send>>>,
    len: u64,
    mut ctx: Context,
    opts: &ReadOptions,
) -> Result<Payload, String> {
    let mut head = Vec::new();
    loop {
        let start = head.len();
        let n = body
            .take((MAX_HEADER + 1) as u64)
            .read_until(b'\n', &mut head)
            .map_err(|e| format!("read error: {e}"))?;
        if n == 0 {
            return Err("the HTTP response ends inside its headers".into());
        }
        let line = &head[start..];
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        if head.len() > MAX_HEADER {
            return Err(format!("the HTTP headers are longer than {MAX_HEADER} bytes"));
        }
    }
    let head_text = String::from_utf8_lossy(&head);
    let mut lines = head_text.lines();
    let status_line = lines.next().unwrap_or_default();
    if !status_line.starts_with("HTTP/") {
        return Err(format!(
            "the response has no HTTP status line (found {:?})",
            truncate(status_line, 60)
        ));
    }
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut content_type = None;
    let mut content_encoding = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "content-encoding" => content_encoding = Some(value.to_ascii_lowercase()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    if status != 200 {
        return Ok(Payload::Skip(format!("HTTP status {status}, not 200")));
    }
    let payload_len = len.saturating_sub(head.len() as u64);
    let mime = content_type
        .as_deref()
        .map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    let html_type = matches!(mime.as_deref(), Some("text/html" | "application/xhtml+xml"));
    if !html_type {
        // No Content-Type: look at the payload itself.
        let sniffed = mime.is_none() && {
            let buf = body.fill_buf().map_err(|e| format!("read error: {e}"))?;
            detect::sniff(buf) == Some(detect::Kind::Html)
        };
        if !sniffed {
            return Ok(Payload::Skip(format!(
                "not HTML ({})",
                mime.as_deref().unwrap_or("no Content-Type")
            )));
        }
    }
    if payload_len > opts.max_bytes {
        return Err(crate::input::too_big("the HTML body", payload_len, opts.max_bytes));
    }
    let mut bytes = Vec::with_capacity(payload_len as usize);
    body.read_to_end(&mut bytes).map_err(|e| format!("read error: {e}"))?;
    if chunked && let Some(joined) = dechunk(&bytes) {
        bytes = joined;
    }
    match content_encoding.as_deref() {
        Some("gzip" | "x-gzip" | "deflate")
            if bytes.starts_with(&[0x1f, 0x8b]) || content_encoding.as_deref() == Some("deflate") =>
        {
            bytes = inflate(&bytes, content_encoding.as_deref() == Some("deflate"), opts.max_bytes)?;
        }
        Some("br" | "zstd") => {
            return Ok(Payload::Skip(format!(
                "the page is {}-compressed, which Marsad does not decode",
                content_encoding.unwrap_or_default()
            )));
        }
        _ => {}
    }
    ctx.http_charset = content_type.as_deref().and_then(html::http_charset);
    ctx.meta
        .insert("http_content_type".into(), content_type.unwrap_or_default().into());
    Ok(Payload::Html { bytes, ctx })
}

fn inflate(bytes: &[u8], deflate: bool, max: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let result = if deflate {
        let r = flate2::read::ZlibDecoder::new(bytes)
            .take(max + 1)
            .read_to_end(&mut out);
        if r.is_err() {
            out.clear();
            flate2::read::DeflateDecoder::new(bytes)
                .take(max + 1)
                .read_to_end(&mut out)
        } else {
            r
        }
    } else {
        flate2::read::MultiGzDecoder::new(bytes)
            .take(max + 1)
            .read_to_end(&mut out)
    };
    result.map_err(|e| format!("cannot decompress the HTTP body ({e})"))?;
    if out.len() as u64 > max {
        return Err(format!(
            "the decompressed HTML body is over the {max}-byte limit; raise it with --max-bytes"
        ));
    }
    Ok(out)
}

/// Joins an HTTP/1.1 chunked body; `None` if it is not one.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = b.iter().position(|&c| c == b'\n')?;
        let size_str = std::str::from_utf8(&b[..eol]).ok()?.trim();
        let size_str = size_str.split(';').next()?.trim();
        let size = usize::from_str_radix(size_str, 16).ok()?;
        b = &b[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = &b[size..];
        b = b.strip_prefix(b"\r\n").or_else(|| b.strip_prefix(b"\n"))?;
    }
}

fn strip_angles(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

fn first_line(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
    truncate(String::from_utf8_lossy(&b[..end]).trim_end(), 80)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.out.pop_front() {
                return Some(item);
            }
            self.input.as_ref()?;
            self.step();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dechunk;

    #[test]
    fn chunked() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(dechunk(b"<html>"), None);
    }
}
