//! JSONL (optionally gzipped): one article object per line, read line by
//! line.
//!
//! Fields: `id` (string or number), `text` or `body` or `content` (the
//! article), `title`, `url` (or `link`), `published` (or `date`,
//! `published_at`, `pubDate`: ISO date or datetime, RFC 2822, or a Unix
//! timestamp), `outlet` (or `source`, `site`, `source.name`). Every other
//! field is kept in `meta`; a date that cannot be read is kept there as
//! `published_unreadable`.

use crate::input::{Input, clean_text, looks_binary, read_error};
use crate::text::invalid_utf8_reason;
use crate::{Dedup, Format, Item, RawDocument, ReadOptions, date};
use serde_json::{Map, Value};
use std::io::BufRead;

const TEXT_KEYS: [&str; 3] = ["text", "body", "content"];
const URL_KEYS: [&str; 2] = ["url", "link"];
const DATE_KEYS: [&str; 4] = ["published", "date", "published_at", "pubDate"];
const OUTLET_KEYS: [&str; 3] = ["outlet", "source", "site"];

pub(crate) struct Reader {
    input: Option<Input>,
    origin: String,
    opts: ReadOptions,
    line_no: usize,
    dedup: Dedup,
    line: Vec<u8>,
}

impl Reader {
    pub(crate) fn new(input: Input, origin: String, opts: ReadOptions) -> Reader {
        Reader {
            input: Some(input),
            origin,
            opts,
            line_no: 0,
            dedup: Dedup::default(),
            line: Vec::new(),
        }
    }

    fn at(&self, n: usize) -> String {
        format!("{}#line:{n}", self.origin)
    }

    /// Reads the next line into `self.line` (at most `max_bytes + 1` bytes
    /// of it; the rest of a longer line is skipped). `Ok(false)` at the end.
    fn next_line(&mut self) -> Result<Option<bool>, std::io::Error> {
        let Some(input) = self.input.as_mut() else {
            return Ok(None);
        };
        self.line.clear();
        let limit = self.opts.max_bytes.saturating_add(1);
        let n = std::io::Read::take(&mut input.reader, limit).read_until(b'\n', &mut self.line)?;
        if n == 0 {
            return Ok(None);
        }
        let too_long = self.line.len() as u64 > self.opts.max_bytes && !self.line.ends_with(b"\n");
        if too_long {
            // Skip to the end of this line without keeping it.
            loop {
                let buf = input.reader.fill_buf()?;
                if buf.is_empty() {
                    break;
                }
                match buf.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        input.reader.consume(i + 1);
                        break;
                    }
                    None => {
                        let len = buf.len();
                        input.reader.consume(len);
                    }
                }
            }
        }
        Ok(Some(too_long))
    }

    fn parse_line(&mut self) -> Option<Item> {
        let n = self.line_no;
        let origin = self.at(n);
        let mut bytes: &[u8] = &self.line;
        if n == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let bytes = bytes.trim_ascii();
        if bytes.is_empty() {
            return None; // blank lines are allowed
        }
        let mut meta = Map::new();
        let parsed = match std::str::from_utf8(bytes) {
            Ok(s) => serde_json::from_str::<Value>(s),
            Err(e) if self.opts.lossy_utf8 => {
                let _ = e;
                meta.insert("invalid_utf8".into(), "replaced with U+FFFD".into());
                serde_json::from_str::<Value>(&String::from_utf8_lossy(bytes))
            }
            Err(e) => {
                let lead = bytes.as_ptr() as usize - self.line.as_ptr() as usize;
                return Some(Item::failed(
                    origin,
                    invalid_utf8_reason(bytes, lead + e.valid_up_to(), "the line"),
                ));
            }
        };
        let obj = match parsed {
            Ok(Value::Object(o)) => o,
            Ok(other) => {
                return Some(Item::failed(
                    origin,
                    format!(
                        "the line is JSON but not an object (found {}); each line must be one article object",
                        kind(&other)
                    ),
                ));
            }
            Err(e) => {
                return Some(Item::failed(
                    origin,
                    format!("invalid JSON: {e}; each line must be one complete JSON object"),
                ));
            }
        };
        Some(self.make_item(obj, meta, origin))
    }

    fn make_item(&mut self, mut obj: Map<String, Value>, mut meta: Map<String, Value>, origin: String) -> Item {
        let n = self.line_no;
        let mut text = None;
        for key in TEXT_KEYS {
            match obj.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => {
                    text = Some(clean_text(s));
                    obj.remove(key);
                    break;
                }
                Some(Value::String(_) | Value::Null) | None => {}
                Some(other) => {
                    return Item::failed(origin, format!("\"{key}\" must be a string, found {}", kind(other)));
                }
            }
        }
        let Some(text) = text else {
            return Item::failed(
                origin,
                "no text: the object has no non-empty \"text\" (or \"body\", \"content\") string field",
            );
        };
        let id = match obj.remove("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(num)) => Some(num.to_string()),
            Some(Value::String(_) | Value::Null) | None => None,
            Some(other) => {
                meta.insert("id".into(), other);
                None
            }
        };
        let title = take_string(&mut obj, &["title", "headline"]);
        let url = take_string(&mut obj, &URL_KEYS);
        let mut published = None;
        for key in DATE_KEYS {
            match obj.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => {
                    published = date::normalize(s);
                    if published.is_none() {
                        meta.insert("published_unreadable".into(), s.clone().into());
                    }
                    obj.remove(key);
                    break;
                }
                Some(Value::Number(num)) => {
                    published = num.as_f64().and_then(date::from_unix);
                    if published.is_none() {
                        meta.insert("published_unreadable".into(), num.to_string().into());
                    }
                    obj.remove(key);
                    break;
                }
                _ => {}
            }
        }
        let mut outlet = None;
        for key in OUTLET_KEYS {
            let found = match obj.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
                Some(Value::Object(o)) => o
                    .get("name")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
                _ => None,
            };
            if found.is_some() {
                outlet = found;
                obj.remove(key);
                break;
            }
        }
        for (k, v) in obj {
            meta.entry(k).or_insert(v);
        }
        let doc = RawDocument {
            id,
            text,
            title,
            url,
            published,
            outlet,
            meta,
            origin,
            format: Format::Jsonl,
        };
        let file = &self.origin;
        let dup = self.dedup.check(&doc, n, |i| format!("{file}#line:{i}"));
        match dup {
            Some(reason) => Item::skipped(doc.origin, reason),
            None => Item::Doc(doc),
        }
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let input = self.input.as_ref()?;
            if self.line_no == 0 && looks_binary(&input.head) {
                self.input = None;
                return Some(Item::failed(
                    self.origin.clone(),
                    "binary file (NUL bytes or mostly control characters); not JSONL",
                ));
            }
            let gzip = input.gzip;
            self.line_no += 1;
            match self.next_line() {
                Ok(None) => {
                    self.input = None;
                    return None;
                }
                Ok(Some(true)) => {
                    return Some(Item::failed(
                        self.at(self.line_no),
                        format!(
                            "the line is longer than the {}-byte limit; raise it with --max-bytes if it is really one article",
                            self.opts.max_bytes
                        ),
                    ));
                }
                Ok(Some(false)) => {
                    if let Some(item) = self.parse_line() {
                        return Some(item);
                    }
                }
                Err(e) => {
                    self.input = None;
                    let read = self.line_no - 1;
                    return Some(Item::failed(
                        self.at(self.line_no),
                        format!(
                            "{}; the {read} line(s) before were read, the rest of the file is lost",
                            read_error(&e, gzip)
                        ),
                    ));
                }
            }
        }
    }
}

fn take_string(obj: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    for key in keys {
        if let Some(Value::String(s)) = obj.get(*key)
            && !s.trim().is_empty()
        {
            let s = s.trim().to_string();
            obj.remove(*key);
            return Some(s);
        }
    }
    None
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
