//! `marsad eval ner --gold FILE.conll [--json] [--model PATH]`: entity-level
//! precision, recall and F1 of the NER tagger, per type and micro overall,
//! by the conlleval definition (an entity counts when its span and type
//! both match exactly).

use anyhow::Context;
use marsad_core::ner::{self, CrfTagger, EntityType, Evaluation, Label, Sentence, Tagger};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL file: `word<TAB>tag` (ANERcorp) or `word tag [tag …]` (Wojood).
    #[arg(long)]
    pub gold: PathBuf,
    /// Model file; default: the model compiled into this binary.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score this CoNLL file of predicted tags (same tokens as --gold)
    /// instead of running a model.
    #[arg(long, conflicts_with = "model")]
    pub pred: Option<PathBuf>,
    /// Print `{"micro": {…}, "per_type": {…}}` as JSON.
    #[arg(long)]
    pub json: bool,
    /// Score only these types (comma-separated, e.g. `PERS,LOC,ORG` for
    /// Wojood, which has no MISC); the others are ignored in gold and
    /// prediction alike.
    #[arg(long, value_delimiter = ',')]
    pub types: Vec<String>,
    /// Document-level consistency: treat every run of this many consecutive
    /// sentences as one document and give repeated names the type the
    /// tagger gave them elsewhere in it (0: off; sentence-level scores).
    #[arg(long, default_value_t = 0)]
    pub document: usize,
    /// Replace the model's entity bias (a score added to every B-/I- label;
    /// higher trades precision for recall). For tuning on held-out data.
    #[arg(long)]
    pub entity_bias: Option<f64>,
    /// Set the bias of single labels after --entity-bias, e.g.
    /// `B-PERS=10,I-PERS=6` (for tuning on held-out data).
    #[arg(long, value_delimiter = ',')]
    pub label_bias: Vec<String>,
    /// Write the predictions as CoNLL (`word gold predicted`) to this file.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold = read_conll_file(&a.gold)?;
    let keep: Option<Vec<EntityType>> = if a.types.is_empty() {
        None
    } else {
        Some(
            a.types
                .iter()
                .map(|t| {
                    EntityType::parse(&t.trim().to_ascii_uppercase())
                        .with_context(|| format!("unknown entity type {t:?}: use PERS, LOC, ORG or MISC"))
                })
                .collect::<anyhow::Result<_>>()?,
        )
    };
    let mut timing = None;
    let mut pred = match &a.pred {
        Some(p) => {
            let pred = read_conll_file(p)?;
            let same = pred.len() == gold.len() && pred.iter().zip(&gold).all(|(p, g)| p.0.len() == g.0.len());
            anyhow::ensure!(
                same,
                "{} does not have the sentences and tokens of {}",
                p.display(),
                a.gold.display()
            );
            pred.into_iter().map(|s| s.1).collect()
        }
        None => {
            let t0 = Instant::now();
            let mut tagger = load_model(a.model.as_deref())?;
            if let Some(b) = a.entity_bias {
                tagger.set_entity_bias(b);
            }
            for lb in &a.label_bias {
                let (l, v) = lb
                    .split_once('=')
                    .with_context(|| format!("--label-bias wants LABEL=VALUE, got {lb:?}"))?;
                let label = Label::parse(l.trim());
                anyhow::ensure!(label != Label::O || l.trim() == "O", "unknown label {l:?}");
                let v: f64 = v.trim().parse().with_context(|| format!("bad bias value in {lb:?}"))?;
                tagger.set_label_bias(label, v);
            }
            let load = t0.elapsed().as_secs_f64();
            let (pred, secs) = tag_all(&tagger, &gold);
            timing = Some((load, secs));
            pred
        }
    };
    if a.document > 0 {
        let mut added = 0;
        for (chunk, labels) in gold.chunks(a.document).zip(pred.chunks_mut(a.document)) {
            let words: Vec<Vec<&str>> = chunk.iter().map(|s| s.0.iter().map(String::as_str).collect()).collect();
            added += ner::propagate(&words, labels);
        }
        eprintln!("document consistency: {added} names added");
    }
    let mut gold_labels: Vec<Vec<Label>> = gold.iter().map(|s| s.1.clone()).collect();
    if let Some(keep) = &keep {
        for seq in gold_labels.iter_mut().chain(pred.iter_mut()) {
            for l in seq.iter_mut() {
                if l.entity_type().is_some_and(|t| !keep.contains(&t)) {
                    *l = Label::O;
                }
            }
        }
    }
    if let Some(out) = &a.output {
        let mut s = String::new();
        for ((words, _), (g, p)) in gold.iter().zip(gold_labels.iter().zip(&pred)) {
            for ((w, g), p) in words.iter().zip(g).zip(p) {
                s.push_str(&format!("{w} {g} {p}\n"));
            }
            s.push('\n');
        }
        std::fs::write(out, s).with_context(|| format!("cannot write {}", out.display()))?;
    }
    let e = ner::evaluate(&gold_labels, &pred);
    let tokens: usize = gold.iter().map(|s| s.0.len()).sum();
    if a.json {
        println!("{}", serde_json::to_string_pretty(&to_json(&e))?);
    } else {
        print_report(&e);
        if let Some((load, secs)) = timing {
            println!(
                "{} sentences, {tokens} tokens tagged in {:.2} s ({:.0} tokens/s, one thread); model loaded in {:.1} ms",
                gold.len(),
                secs,
                tokens as f64 / secs.max(1e-9),
                load * 1000.0
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads a model file, or the embedded model.
pub fn load_model(path: Option<&Path>) -> anyhow::Result<CrfTagger> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read model {}", p.display()))?;
            CrfTagger::from_bytes(&bytes).with_context(|| format!("cannot load model {}", p.display()))
        }
        None => ner::embedded().context("cannot load the embedded NER model; pass --model PATH"),
    }
}

/// Reads a CoNLL file; an empty result is an error.
pub fn read_conll_file(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{} is not UTF-8 (invalid byte at {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    let s = ner::read_conll(&text);
    if s.is_empty() {
        anyhow::bail!(
            "{} has no CoNLL sentences (expected `word<TAB>tag` lines, a blank line between sentences)",
            path.display()
        );
    }
    Ok(s)
}

/// Tags every sentence on one thread; returns the labels and the seconds spent.
pub fn tag_all(tagger: &dyn Tagger, sentences: &[Sentence]) -> (Vec<Vec<Label>>, f64) {
    let t = Instant::now();
    let pred = sentences
        .iter()
        .map(|(w, _)| {
            let refs: Vec<&str> = w.iter().map(String::as_str).collect();
            tagger.tag(&refs)
        })
        .collect();
    (pred, t.elapsed().as_secs_f64())
}

fn scores_json(s: &ner::Scores) -> serde_json::Value {
    serde_json::json!({
        "precision": round4(s.precision),
        "recall": round4(s.recall),
        "f1": round4(s.f1),
        "gold": s.gold,
        "predicted": s.predicted,
        "correct": s.correct,
    })
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// `{"micro": {…}, "per_type": {"PERS": {…}, …}}`.
pub fn to_json(e: &Evaluation) -> serde_json::Value {
    let mut per = serde_json::Map::new();
    for (t, s) in &e.per_type {
        per.insert(t.as_str().to_string(), scores_json(s));
    }
    serde_json::json!({ "micro": scores_json(&e.micro), "per_type": per })
}

/// A conlleval-like table.
pub fn print_report(e: &Evaluation) {
    println!(
        "{:<6} {:>9} {:>9} {:>9} {:>6} {:>6} {:>6}",
        "type", "precision", "recall", "F1", "gold", "pred", "ok"
    );
    for (t, s) in &e.per_type {
        println!(
            "{:<6} {:>9.2} {:>9.2} {:>9.2} {:>6} {:>6} {:>6}",
            t.as_str(),
            100.0 * s.precision,
            100.0 * s.recall,
            100.0 * s.f1,
            s.gold,
            s.predicted,
            s.correct
        );
    }
    let m = &e.micro;
    println!(
        "{:<6} {:>9.2} {:>9.2} {:>9.2} {:>6} {:>6} {:>6}",
        "micro",
        100.0 * m.precision,
        100.0 * m.recall,
        100.0 * m.f1,
        m.gold,
        m.predicted,
        m.correct
    );
    println!("token accuracy {:.2}%", 100.0 * e.token_accuracy);
}
