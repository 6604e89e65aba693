//! Plain text: one article per file, UTF-8.

use crate::input::{Input, clean_text, looks_binary, utf8_error_offset};
use crate::{Format, Item, RawDocument, ReadOptions};

pub(crate) fn read(input: Input, origin: String, opts: &ReadOptions) -> Item {
    if looks_binary(&input.head) {
        return Item::failed(
            origin,
            "binary file (NUL bytes or mostly control characters); not a text article",
        );
    }
    let bytes = match input.read_all(opts.max_bytes) {
        Ok(b) => b,
        Err(e) => return Item::failed(origin, e),
    };
    let mut meta = serde_json::Map::new();
    let text = match decode_utf8(bytes, opts.lossy_utf8) {
        Ok((s, replaced)) => {
            if replaced {
                meta.insert("invalid_utf8".into(), "replaced with U+FFFD".into());
            }
            s
        }
        Err(e) => return Item::failed(origin, e),
    };
    let text = clean_text(&text);
    if text.is_empty() {
        return Item::skipped(origin, "empty file (only whitespace)");
    }
    Item::Doc(RawDocument {
        id: None,
        text,
        title: None,
        url: None,
        published: None,
        outlet: None,
        meta,
        origin,
        format: Format::Text,
    })
}

/// UTF-8 text from bytes: refused with the offset of the first bad byte
/// (and a guess at the real encoding), or repaired when `lossy`.
/// Returns the text and whether anything was replaced.
pub(crate) fn decode_utf8(bytes: Vec<u8>, lossy: bool) -> Result<(String, bool), String> {
    // UTF-16 with a byte-order mark is unambiguous: decode it.
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(&bytes)
        && enc != encoding_rs::UTF_8
    {
        let (s, had_errors) = enc.decode_with_bom_removal(&bytes);
        if had_errors && !lossy {
            return Err(format!(
                "invalid {} text; or pass --lossy to replace invalid bytes",
                enc.name()
            ));
        }
        return Ok((s.into_owned(), had_errors));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, false)),
        Err(e) => {
            let bytes = e.into_bytes();
            if lossy {
                return Ok((String::from_utf8_lossy(&bytes).into_owned(), true));
            }
            let offset = utf8_error_offset(&bytes).unwrap_or(0);
            Err(invalid_utf8_reason(&bytes, offset, "the file"))
        }
    }
}

pub(crate) fn invalid_utf8_reason(bytes: &[u8], offset: usize, of: &str) -> String {
    // A guess from a handful of bytes would be noise.
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(None, chardetng::Utf8Detection::Deny);
    let hint = if guess == encoding_rs::UTF_8 || non_ascii < 16 {
        String::new()
    } else {
        format!(
            " (it looks like {} text: convert it, e.g. iconv -f {} -t UTF-8)",
            guess.name(),
            guess.name()
        )
    };
    format!("invalid UTF-8 at byte offset {offset} of {of}{hint}; or pass --lossy to replace invalid bytes with U+FFFD")
}
