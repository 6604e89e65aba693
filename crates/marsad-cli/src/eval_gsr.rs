//! `marsad eval gsr --dir DIR [--json]`: sentence-level event detection
//! against the Arabic gold-standard records (openeventdata's
//! arabic_event_gsr format), and argument overlap against their spans.
//!
//! Every `*_gsr.csv` in DIR holds sentences (`id,event_type,label,…,text`)
//! labelled "yes" (positive), "easy no" or "difficult no" (negative), or
//! "ambiguous" (left out). Each sentence is extracted as a document of its
//! own; it is detected when an event of the row's type is extracted that
//! the text reports as happening (factuality actual or attempted) with a
//! confidence of at least `--min-confidence` (0.25, the operating point the
//! event layer documents). The text report adds the same scores at other
//! thresholds: the precision/recall trade-off of the confidence.
//! Precision, recall and F1 per type.
//!
//! Every `*_spans.json` holds sentences with the coders' consensus source
//! and target tokens (`source_gold`, `target_gold`). For the events of the
//! record's type we count how often an extracted actor (target) has a
//! mention whose words overlap the gold source (target) tokens.

use anyhow::{Context, bail};
use marsad_core::event::score::{norm, variants};
use marsad_core::{Document, Extractor, Meta};
use rayon::prelude::*;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder with `*_gsr.csv` and `*_spans.json` files.
    #[arg(long)]
    pub dir: PathBuf,
    /// Print `{"ASSAULT": {…}, "PROTEST": {…}, "spans": {…}}` as JSON.
    #[arg(long)]
    pub json: bool,
    /// List the misclassified sentences (false positives and negatives) on stderr.
    #[arg(long)]
    pub errors: bool,
    /// An event counts as detected from this confidence on.
    #[arg(long, default_value_t = marsad_core::event::MIN_CONFIDENCE)]
    pub min_confidence: f64,
    /// Write each sentence's label and its events' confidence signals as
    /// JSON lines to FILE (the input of scripts/fit_event_confidence.py).
    #[arg(long, value_name = "FILE")]
    pub signals: Option<PathBuf>,
}

/// One labelled sentence.
#[derive(Debug, Clone)]
struct Row {
    id: String,
    kind: String,
    label: String,
    text: String,
}

#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
    fp_difficult: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (csvs, spans) = list_files(&a.dir)?;
    if csvs.is_empty() && spans.is_empty() {
        bail!("{} holds no *_gsr.csv or *_spans.json files", a.dir.display());
    }
    let ex = Extractor::new().context("loading the extractor's resources")?;
    let mut rows = Vec::new();
    for f in &csvs {
        rows.extend(read_gsr(f)?);
    }
    rows.retain(|r| matches!(r.label.as_str(), "yes" | "easy no" | "difficult no"));
    let docs: Vec<Document> = rows
        .par_iter()
        .map(|r| extract(&ex, &r.id, &r.text))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if let Some(path) = &a.signals {
        let mut out = String::new();
        for (r, d) in rows.iter().zip(&docs) {
            let events: Vec<Value> = d
                .events
                .iter()
                .map(|e| json!({"type": e.kind, "factuality": e.factuality, "signals": e.signals}))
                .collect();
            let line = json!({"id": r.id, "type": r.kind, "label": r.label, "events": events});
            out.push_str(&line.to_string());
            out.push('\n');
        }
        std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    for (r, d) in rows.iter().zip(&docs) {
        let found = detects(d, &r.kind, a.min_confidence);
        let c = by_type.entry(r.kind.clone()).or_default();
        let positive = r.label == "yes";
        match (positive, found) {
            (true, true) => c.tp += 1,
            (true, false) => c.fn_ += 1,
            (false, true) => {
                c.fp += 1;
                if r.label == "difficult no" {
                    c.fp_difficult += 1;
                }
            }
            (false, false) => c.tn += 1,
        }
        if a.errors && positive != found {
            let what = if found { "FP" } else { "FN" };
            let evs: Vec<String> = d
                .events
                .iter()
                .map(|e| format!("{}:{}:{}:{}", e.kind, e.trigger.text, e.factuality, e.confidence))
                .collect();
            eprintln!(
                "{what} {} {} [{}] {} || {}",
                r.kind,
                r.id,
                r.label,
                r.text,
                evs.join(" ")
            );
        }
    }
    let mut spans_out = BTreeMap::new();
    for f in &spans {
        for (kind, s) in score_spans(&ex, f)? {
            let e: &mut SpanCounts = spans_out.entry(kind).or_default();
            e.add(&s);
        }
    }

    let mut out = serde_json::Map::new();
    for (k, c) in &by_type {
        let (p, r, f) = prf(c.tp, c.fp, c.fn_);
        out.insert(
            k.clone(),
            json!({"precision": round3(p), "recall": round3(r), "f1": round3(f), "tp": c.tp, "fp": c.fp, "fn": c.fn_}),
        );
    }
    let spans_json: serde_json::Map<String, Value> = spans_out.iter().map(|(k, s)| (k.clone(), s.to_json())).collect();
    out.insert("spans".into(), Value::Object(spans_json));
    if a.json {
        println!("{}", serde_json::to_string_pretty(&Value::Object(out))?);
    } else {
        println!("detection (\"yes\" positive; \"easy no\", \"difficult no\" negative; \"ambiguous\" left out)");
        for (k, c) in &by_type {
            let (p, r, f) = prf(c.tp, c.fp, c.fn_);
            println!(
                "{k:10} P={p:.3} R={r:.3} F1={f:.3}  tp={} fp={} (difficult no {}) fn={} tn={}",
                c.tp, c.fp, c.fp_difficult, c.fn_, c.tn
            );
        }
        println!("by threshold (P/R/F1 at each minimum confidence)");
        for k in by_type.keys() {
            let mut line = format!("{k:10}");
            for t in [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7] {
                let (mut tp, mut fp, mut fn_) = (0, 0, 0);
                for (r, d) in rows.iter().zip(&docs).filter(|(r, _)| &r.kind == k) {
                    match (r.label == "yes", detects(d, k, t)) {
                        (true, true) => tp += 1,
                        (true, false) => fn_ += 1,
                        (false, true) => fp += 1,
                        _ => {}
                    }
                }
                let (p, r, f) = prf(tp, fp, fn_);
                line.push_str(&format!("  ≥{t:.2} {p:.2}/{r:.2}/{f:.2}"));
            }
            println!("{line}");
        }
        println!("arguments (consensus source/target tokens of the span files)");
        for (k, s) in &spans_out {
            println!("{k:10} {}", s.line());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list_files(dir: &Path) -> anyhow::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut csvs = Vec::new();
    let mut spans = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))? {
        let p = e?.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with("_gsr.csv") {
            csvs.push(p);
        } else if name.ends_with("_spans.json") {
            spans.push(p);
        }
    }
    csvs.sort();
    spans.sort();
    Ok((csvs, spans))
}

fn extract(ex: &Extractor, id: &str, text: &str) -> anyhow::Result<Document> {
    Ok(ex.extract(
        text,
        &Meta {
            published: published_from_id(id),
            ..Meta::default()
        },
    )?)
}

#[cfg(test)]
#[test]
fn gigaword_ids_give_the_date() {
    assert_eq!(
        published_from_id("AAW_ARB_20070905.0015-4").as_deref(),
        Some("2007-09-05")
    );
    assert_eq!(published_from_id("AAW_ARB_20071345.0015-4"), None);
    assert_eq!(published_from_id("e6874d82b9c4_32"), None);
}

/// Arabic Gigaword ids carry the article's date (AAW_ARB_20070905.0015-4 →
/// 2007-09-05): the publication date every real input has.
fn published_from_id(id: &str) -> Option<String> {
    let digits = id.split('_').nth(2)?.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let s = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]);
    marsad_core::time::parse_iso_date(&s).map(|_| s)
}

/// The sentence reports an event of `kind` as happening, with at least
/// `min` confidence.
fn detects(d: &Document, kind: &str, min: f64) -> bool {
    d.events
        .iter()
        .any(|e| e.kind == kind && e.confidence >= min && matches!(e.factuality.as_str(), "actual" | "attempted"))
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// Reads a GSR CSV (RFC 4180: quoted fields, "" escapes, line breaks in quotes).
fn read_gsr(path: &Path) -> anyhow::Result<Vec<Row>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {} as UTF-8", path.display()))?;
    let records = parse_csv(&text);
    let Some(header) = records.first() else {
        return Ok(Vec::new());
    };
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let (Some(id), Some(kind), Some(label), Some(t)) = (col("id"), col("event_type"), col("label"), col("text")) else {
        bail!("{}: expected columns id, event_type, label, text", path.display());
    };
    let mut out = Vec::new();
    for (n, r) in records.iter().enumerate().skip(1) {
        if r.len() == 1 && r[0].trim().is_empty() {
            continue;
        }
        let get = |i: usize| r.get(i).map(|s| s.trim().to_string());
        let (Some(id), Some(kind), Some(label), Some(text)) = (get(id), get(kind), get(label), get(t)) else {
            bail!("{}: record {} has too few fields", path.display(), n + 1);
        };
        out.push(Row {
            id,
            kind: kind.to_uppercase(),
            label: label.to_lowercase(),
            text,
        });
    }
    Ok(out)
}

/// Splits CSV text into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Argument overlap counts for one event type.
#[derive(Debug, Clone, Copy, Default)]
struct SpanCounts {
    sentences: usize,
    detected: usize,
    source_gold: usize,
    source_extracted: usize,
    source_overlap: usize,
    target_gold: usize,
    target_extracted: usize,
    target_overlap: usize,
}

impl SpanCounts {
    fn add(&mut self, o: &SpanCounts) {
        self.sentences += o.sentences;
        self.detected += o.detected;
        self.source_gold += o.source_gold;
        self.source_extracted += o.source_extracted;
        self.source_overlap += o.source_overlap;
        self.target_gold += o.target_gold;
        self.target_extracted += o.target_extracted;
        self.target_overlap += o.target_overlap;
    }

    fn rate(a: usize, b: usize) -> f64 {
        if b == 0 { 0.0 } else { round3(a as f64 / b as f64) }
    }

    fn to_json(self) -> Value {
        json!({
            "sentences": self.sentences,
            "detected": self.detected,
            "source": {"gold": self.source_gold, "extracted": self.source_extracted, "overlap": self.source_overlap,
                       "recall": Self::rate(self.source_overlap, self.source_gold),
                       "precision": Self::rate(self.source_overlap, self.source_extracted)},
            "target": {"gold": self.target_gold, "extracted": self.target_extracted, "overlap": self.target_overlap,
                       "recall": Self::rate(self.target_overlap, self.target_gold),
                       "precision": Self::rate(self.target_overlap, self.target_extracted)},
        })
    }

    fn line(&self) -> String {
        format!(
            "{} sentences, {} detected; source: {}/{} gold overlapped ({} extracted); target: {}/{} gold overlapped ({} extracted)",
            self.sentences,
            self.detected,
            self.source_overlap,
            self.source_gold,
            self.source_extracted,
            self.target_overlap,
            self.target_gold,
            self.target_extracted
        )
    }
}

/// Normalised word forms (with clitic variants) of a string of words.
fn word_forms(s: &str) -> BTreeSet<String> {
    norm(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .flat_map(variants)
        .collect()
}

fn score_spans(ex: &Extractor, path: &Path) -> anyhow::Result<Vec<(String, SpanCounts)>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let data: Value = serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    let Some(items) = data.as_array() else {
        bail!("{}: expected a JSON array of records", path.display())
    };
    let results: Vec<anyhow::Result<(String, SpanCounts)>> = items
        .par_iter()
        .map(|it| {
            let kind = it
                .get("event_type")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_uppercase();
            let sentence = it.get("text").and_then(Value::as_str).unwrap_or("");
            let id = it.get("source").and_then(Value::as_str).unwrap_or("");
            let doc = extract(ex, id, sentence)?;
            let mut c = SpanCounts {
                sentences: 1,
                ..SpanCounts::default()
            };
            let evs: Vec<_> = doc.events.iter().filter(|e| e.kind == kind).collect();
            c.detected = usize::from(!evs.is_empty());
            let mention_forms = |ids: &mut dyn Iterator<Item = &String>| -> Vec<BTreeSet<String>> {
                ids.filter_map(|id| doc.entities.iter().find(|e| &e.id == id))
                    .map(|e| e.mentions.iter().flat_map(|m| word_forms(&m.text)).collect())
                    .collect()
            };
            let actors = mention_forms(&mut evs.iter().flat_map(|e| e.actors.iter()));
            let targets = mention_forms(&mut evs.iter().flat_map(|e| e.targets.iter()));
            let gold = |k: &str| it.get(k).and_then(Value::as_str).map(word_forms).unwrap_or_default();
            let (gs, gt) = (gold("source_gold"), gold("target_gold"));
            if !gs.is_empty() {
                c.source_gold = 1;
                c.source_extracted = usize::from(!actors.is_empty());
                c.source_overlap = usize::from(actors.iter().any(|f| !f.is_disjoint(&gs)));
            }
            if !gt.is_empty() {
                c.target_gold = 1;
                c.target_extracted = usize::from(!targets.is_empty());
                c.target_overlap = usize::from(targets.iter().any(|f| !f.is_disjoint(&gt)));
            }
            Ok((kind, c))
        })
        .collect();
    results.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_quotes_commas_and_newlines() {
        let r = parse_csv("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n4,5,6");
        assert_eq!(
            r,
            vec![vec!["a", "b", "c"], vec!["1", "x, \"y\"\nz", "3"], vec!["4", "5", "6"]]
        );
    }
}
