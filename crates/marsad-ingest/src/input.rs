//! Opening an input: gzip by magic bytes, a sniffing window, bounded reads.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// How much of the (decompressed) content is kept for sniffing.
pub(crate) const HEAD_LEN: usize = 8 * 1024;

/// An opened input file: its content as a stream (decompressed if it was
/// gzip), and a copy of the first [`HEAD_LEN`] bytes for sniffing.
pub(crate) struct Input {
    pub reader: BufReader<Box<dyn Read + Send>>,
    /// The first bytes of the content (after decompression).
    pub head: Vec<u8>,
    pub gzip: bool,
    /// Size of the file on disk.
    pub file_len: u64,
}

impl Input {
    pub(crate) fn open(path: &Path, file_len: u64) -> Result<Input, String> {
        let file = File::open(path).map_err(|e| format!("cannot open: {e}; check the file's permissions"))?;
        let mut raw = BufReader::with_capacity(64 * 1024, file);
        let magic = raw.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
        let gzip = magic.starts_with(&[0x1f, 0x8b]);
        let mut stream: Box<dyn Read + Send> = if gzip {
            Box::new(flate2::bufread::MultiGzDecoder::new(raw))
        } else {
            Box::new(raw)
        };
        // Keep the head for sniffing, then put it back in front of the rest.
        // A read error here (a gzip file cut short) is kept for the reader
        // to meet after the bytes that could be read.
        let mut head = Vec::with_capacity(HEAD_LEN);
        let pending = (&mut stream).take(HEAD_LEN as u64).read_to_end(&mut head).err();
        let reader: Box<dyn Read + Send> = Box::new(Prefixed {
            prefix: io::Cursor::new(head.clone()),
            pending,
            rest: stream,
        });
        Ok(Input {
            reader: BufReader::with_capacity(64 * 1024, reader),
            head,
            gzip,
            file_len,
        })
    }

    /// Reads the whole content, refusing more than `max` bytes.
    pub(crate) fn read_all(mut self, max: u64) -> Result<Vec<u8>, String> {
        if !self.gzip && self.file_len > max {
            return Err(too_big("the file", self.file_len, max));
        }
        let mut buf = Vec::new();
        (&mut self.reader)
            .take(max + 1)
            .read_to_end(&mut buf)
            .map_err(|e| read_error(&e, self.gzip))?;
        if buf.len() as u64 > max {
            return Err(if self.gzip {
                format!(
                    "the decompressed content is over the {max}-byte limit (the file is {} bytes compressed); raise it with --max-bytes",
                    self.file_len
                )
            } else {
                too_big("the file", buf.len() as u64, max)
            });
        }
        Ok(buf)
    }
}

pub(crate) fn too_big(what: &str, size: u64, max: u64) -> String {
    format!(
        "{what} is {} ({size} bytes), over the {max}-byte limit; raise it with --max-bytes if it is really one article",
        human(size)
    )
}

fn human(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    } else if n >= 1024 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

/// Explains a read error; for gzip input, what a corrupt or cut stream means.
pub(crate) fn read_error(e: &io::Error, gzip: bool) -> String {
    if gzip {
        match e.kind() {
            io::ErrorKind::UnexpectedEof => {
                "the gzip stream ends too early (the file is truncated); re-download or re-compress it".to_string()
            }
            _ => format!("the gzip stream is corrupt ({e}); re-download or re-compress the file"),
        }
    } else {
        format!("read error: {e}")
    }
}

/// `prefix`, then the error met while reading it (once), then `rest`.
struct Prefixed {
    prefix: io::Cursor<Vec<u8>>,
    pending: Option<io::Error>,
    rest: Box<dyn Read + Send>,
}

impl Read for Prefixed {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.prefix.read(buf)?;
        if n > 0 || buf.is_empty() {
            return Ok(n);
        }
        if let Some(e) = self.pending.take() {
            return Err(e);
        }
        self.rest.read(buf)
    }
}

/// True when the bytes look binary: a NUL, or more than one control
/// character in ten (tab, CR, LF, FF and ESC aside).
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return false; // UTF-16 text has NULs; the caller decides what to do with it
    }
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    controls * 10 > head.len()
}

/// Checks UTF-8; on failure says at which byte offset (from `base`).
pub(crate) fn utf8_error_offset(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// Line endings to LF, BOM and surrounding whitespace removed.
pub(crate) fn clean_text(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let s = if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    };
    s.trim().to_string()
}

/// Text from markup: each non-empty line (whitespace runs collapsed)
/// becomes a paragraph; paragraphs are joined with a blank line.
pub(crate) fn paragraphs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let mut first = true;
        for w in words {
            if !first {
                out.push(' ');
            }
            out.push_str(w);
            first = false;
        }
    }
    out
}
