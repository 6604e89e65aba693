//! `marsad extract [FILE ...|-]`: one marsad/1 record per input, JSON for
//! one input and JSON Lines for several. A bad input is reported on stderr
//! (naming it and the problem) and the rest of the batch goes on; the exit
//! code is 1 when any input failed.

use anyhow::Context;
use marsad_core::{Extractor, Meta};
use rayon::prelude::*;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Text files to read (UTF-8); `-` or nothing reads stdin.
    pub files: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD): the anchor for relative dates.
    #[arg(long)]
    pub published: Option<String>,
    /// Document id (one input only); default: the file name without extension, or a hash of the text.
    #[arg(long)]
    pub id: Option<String>,
    /// Indent the JSON (one input only; several are always JSON Lines).
    #[arg(long)]
    pub pretty: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input.
    #[arg(long)]
    pub lossy: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    pub max_bytes: u64,
}

/// Why an input could not be read as text.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    #[error("it is {size} bytes, over the limit of {limit}; raise --max-bytes to read it")]
    TooLarge { size: u64, limit: u64 },
    #[error("it looks binary (NUL or control bytes), not text; give a UTF-8 text file")]
    Binary,
    #[error("invalid UTF-8 at byte {offset}; convert it to UTF-8 or pass --lossy to replace bad bytes")]
    Utf8 { offset: usize },
}

/// Decodes bytes as the extractor's input text.
pub fn decode(bytes: Vec<u8>, lossy: bool, limit: u64) -> Result<String, InputError> {
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    if looks_binary(&bytes) {
        return Err(InputError::Binary);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(InputError::Utf8 {
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}

/// NUL bytes, or many C0 control bytes, in the first 8 KiB.
fn looks_binary(b: &[u8]) -> bool {
    let head = &b[..b.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let ctrl = head
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    ctrl * 10 > head.len().max(1)
}

fn read_input(path: &PathBuf, a: &Args) -> Result<String, InputError> {
    let bytes = if path.as_os_str() == "-" {
        let mut v = Vec::new();
        std::io::stdin().take(a.max_bytes + 1).read_to_end(&mut v)?;
        v
    } else {
        let size = std::fs::metadata(path)?.len();
        if size > a.max_bytes {
            return Err(InputError::TooLarge {
                size,
                limit: a.max_bytes,
            });
        }
        std::fs::read(path)?
    };
    decode(bytes, a.lossy, a.max_bytes)
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut files = a.files.clone();
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    if a.id.is_some() && files.len() > 1 {
        anyhow::bail!("--id names one document; give one input, or drop --id to use the file names");
    }
    // Leaked on purpose: the process ends after this command, and freeing
    // the lexicons' hundreds of thousands of allocations would add tens of
    // milliseconds to every `marsad extract`.
    let extractor: &'static Extractor =
        Box::leak(Box::new(Extractor::new().context("loading the extractor's resources")?));
    let results: Vec<Result<String, String>> = files
        .par_iter()
        .map(|path| {
            let name = path.display().to_string();
            let text = read_input(path, &a).map_err(|e| format!("{name}: {e}"))?;
            let id = a.id.clone().or_else(|| {
                (path.as_os_str() != "-")
                    .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
                    .flatten()
            });
            let meta = Meta {
                id,
                published: a.published.clone(),
                ..Meta::default()
            };
            let doc = extractor.extract(&text, &meta).map_err(|e| format!("{name}: {e}"))?;
            let json = if a.pretty && files.len() == 1 {
                serde_json::to_string_pretty(&doc)
            } else {
                serde_json::to_string(&doc)
            };
            json.map_err(|e| format!("{name}: cannot write the record: {e}"))
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for r in results {
        match r {
            Ok(json) => writeln!(out, "{json}")?,
            Err(msg) => {
                failed += 1;
                eprintln!("marsad extract: {msg}");
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
