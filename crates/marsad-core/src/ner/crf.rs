//! The linear-chain tagger: training with `crfs` (averaged perceptron by
//! default, or CRF by L-BFGS; both give a CRFsuite model of the same
//! form), and a loader that turns it into flat arrays for fast tagging.
//!
//! # Model file
//!
//! `crfs` trains and writes a CRFsuite model; [`train`] then reads it into
//! a [`CrfTagger`] and stores that in a small container:
//!
//! ```text
//! MARSAD-NER 1\n
//! weights <n>\n<n bytes>
//! lexicon <m>\n<m bytes: NerLexicon::to_text, UTF-8>
//! ```
//!
//! `weights` holds the labels, the transition matrix and, for every
//! attribute sorted by the 64-bit hash of its string, its state weights
//! (label byte + f32). Loading is a linear read with no string table to
//! walk, well under the 100 ms budget. The lexicon is the one the model was
//! trained with, so tagging computes the same lexicon features as training
//! did even after the project's name lists change (retrain to pick up new
//! names). A bare CRFsuite file (`lCRF…`, e.g. from C CRFsuite) is accepted
//! too and tags without lexicon features.
//!
//! # Why not tag with `crfs::Tagger`
//!
//! `crfs::Model` borrows its bytes and looks every attribute string up in
//! a CQDB. [`CrfTagger`] owns a hash table (attribute hash → its label
//! weights) and hashes the features straight out of the feature writer's
//! buffer: no per-feature allocation.
//!
//! # Training cost and the choice of trainer
//!
//! The `crfs` trainers touch every feature weight once per training
//! sequence (they clear and add full-length vectors). With the ~10^6
//! features of a rich template set and ANERcorp's ~4,000 sentences that is
//! most of the training time. For L-BFGS, [`train`] therefore packs
//! consecutive sentences into longer sequences
//! ([`TrainParams::group_tokens`]); ANERcorp sentences end with a full stop
//! tagged `O`, so a packed sequence looks like running text. Measured on a
//! held-out tenth of ANERcorp train, the averaged perceptron (10 epochs,
//! ~1.5 min) scored 1–3 F1 points above L-BFGS (150–200 iterations, 3–11
//! min), so it is the default; see `data/models/PROVENANCE.md`.

use super::features::{LexKind, NerLexicon, sentence_features};
use super::{Label, Sentence, Tagger};
use crate::Error;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The training algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// CRF by L-BFGS (OWL-QN when `c1 > 0`).
    Lbfgs,
    /// Averaged structured perceptron: faster, and better on ANERcorp's
    /// held-out data.
    AveragedPerceptron,
}

/// Training settings. [`TrainParams::default`] is what the committed model
/// was trained with: averaged perceptron, 10 epochs, one sentence per
/// sequence, name words jackknifed over 5 folds, entity bias 8 (tuned on
/// the last 10 % of ANERcorp train: the perceptron's weights are large,
/// and its precision was 15 points above its recall). For L-BFGS use e.g. 150 iterations, `group_tokens: 1000`
/// and no bias.
#[derive(Debug, Clone)]
pub struct TrainParams {
    pub algorithm: Algorithm,
    /// L-BFGS iterations or perceptron epochs.
    pub iterations: usize,
    /// L1 regularisation (L-BFGS): also prunes the model.
    pub c1: f64,
    /// L2 regularisation (L-BFGS).
    pub c2: f64,
    /// Shuffle seed (perceptron); L-BFGS is deterministic anyway.
    pub seed: u64,
    /// Consecutive sentences are packed into one training sequence of at
    /// least this many tokens (1: one sentence per sequence). Speeds up
    /// L-BFGS; the perceptron updates once per sequence, so keep it at 1
    /// there.
    pub group_tokens: usize,
    /// Features seen fewer times than this are dropped before training.
    pub min_freq: f64,
    /// Words seen at least this often in the training text are marked
    /// frequent (lexicon kind `FRQ`); the others get a `rare` feature.
    /// 0: off.
    pub frequent_min: usize,
    /// Jackknifed name words: the training sentences are cut into this many
    /// contiguous folds; the words inside PERS/ORG/LOC/MISC spans of the
    /// other folds become lexicon entries (`TPE`, `TOR`, `TLO`, `TMI`) for
    /// the sentences of each fold, so the model learns how far "seen in a
    /// name elsewhere" carries to unseen text; the frozen lexicon gets the
    /// words of all folds. 0 or 1: off.
    pub name_folds: usize,
    /// Score added to every entity label at decoding, stored in the model
    /// (see [`CrfTagger::set_entity_bias`]).
    pub entity_bias: f64,
    /// Print the trainer's progress to stdout.
    pub verbose: bool,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            algorithm: Algorithm::AveragedPerceptron,
            iterations: 10,
            c1: 0.1,
            c2: 0.01,
            seed: 20240125,
            group_tokens: 1,
            min_freq: 0.0,
            frequent_min: 3,
            name_folds: 5,
            entity_bias: 8.0,
            verbose: false,
        }
    }
}

fn train_error(message: impl std::fmt::Display) -> Error {
    Error::Resource {
        file: "NER training".into(),
        line: 0,
        message: message.to_string(),
    }
}

/// K-fold cross-validation: the sentences are cut into `folds` contiguous
/// folds, a model trained (with `params`) on the others tags each fold,
/// and the out-of-fold predictions of all sentences are scored together.
/// Steadier than one held-out part for comparing settings: every labelled
/// sentence is scored once. Costs `folds` trainings.
pub fn cross_validate(
    sentences: &[Sentence],
    lex: &NerLexicon,
    params: &TrainParams,
    folds: usize,
) -> Result<super::Evaluation, Error> {
    if folds < 2 {
        return Err(train_error("cross-validation needs at least 2 folds"));
    }
    let fold_of = |s: usize| s * folds / sentences.len().max(1);
    let mut gold: Vec<Vec<Label>> = Vec::new();
    let mut pred: Vec<Vec<Label>> = Vec::new();
    for f in 0..folds {
        let held: Vec<&Sentence> = (0..sentences.len())
            .filter(|&s| fold_of(s) == f)
            .map(|s| &sentences[s])
            .collect();
        let rest: Vec<Sentence> = (0..sentences.len())
            .filter(|&s| fold_of(s) != f)
            .map(|s| sentences[s].clone())
            .collect();
        if held.is_empty() || rest.is_empty() {
            continue;
        }
        let tagger = CrfTagger::from_bytes(&train(&rest, lex, params)?)?;
        for (words, labels) in held {
            let n = words.len().min(labels.len());
            let refs: Vec<&str> = words[..n].iter().map(String::as_str).collect();
            pred.push(tagger.tag(&refs));
            gold.push(labels[..n].to_vec());
        }
    }
    Ok(super::evaluate(&gold, &pred))
}

/// Trains a model on labelled sentences and returns the model file's bytes
/// (see the module docs for the format). Deterministic: the same
/// sentences, lexicon and parameters give byte-identical output.
pub fn train(sentences: &[Sentence], lex: &NerLexicon, params: &TrainParams) -> Result<Vec<u8>, Error> {
    use crfs::Attribute;
    use crfs::train::Trainer;

    if sentences.iter().all(|(w, _)| w.is_empty()) {
        return Err(train_error("no training sentences"));
    }
    if params.iterations == 0 {
        return Err(train_error("iterations must be at least 1"));
    }
    // Frequent words of the training text become lexicon entries, so
    // that "rare word" is a feature (frozen into the model with the rest).
    let mut lex = lex.clone();
    if params.frequent_min > 0 {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (words, _) in sentences {
            for w in words {
                *counts.entry(crate::text::normalize::match_key(w)).or_default() += 1;
            }
        }
        let mut frequent: Vec<&String> = counts
            .iter()
            .filter(|(_, n)| **n >= params.frequent_min)
            .map(|(k, _)| k)
            .collect();
        frequent.sort_unstable();
        for k in frequent {
            if k.chars().all(crate::text::clitic::is_arabic_letter) {
                lex.add(LexKind::Frequent, k);
            }
        }
    }
    // Jackknifed name words: one lexicon per fold, and the full one.
    let folds = params.name_folds.max(1);
    let fold_of = |s: usize| s * folds / sentences.len().max(1);
    let fold_lex: Vec<NerLexicon> = if folds > 1 {
        let mut words: Vec<std::collections::BTreeSet<(LexKind, String)>> = vec![Default::default(); folds];
        for (s, (w, l)) in sentences.iter().enumerate() {
            for (a, b, t) in super::spans(&l[..l.len().min(w.len())]) {
                let kind = match t {
                    super::EntityType::Pers => LexKind::PersonWord,
                    super::EntityType::Org => LexKind::OrgWord,
                    super::EntityType::Loc => LexKind::LocWord,
                    super::EntityType::Misc => LexKind::MiscWord,
                };
                for x in &w[a..b] {
                    let k = crate::text::normalize::match_key(x);
                    if k.chars().count() >= 2 && k.chars().all(crate::text::clitic::is_arabic_letter) {
                        words[fold_of(s)].insert((kind, k));
                    }
                }
            }
        }
        let per_fold = (0..folds)
            .map(|f| {
                let mut l = lex.clone();
                for (g, set) in words.iter().enumerate() {
                    if g != f {
                        for (kind, k) in set {
                            l.add(*kind, k);
                        }
                    }
                }
                l
            })
            .collect();
        for set in &words {
            for (kind, k) in set {
                lex.add(*kind, k);
            }
        }
        per_fold
    } else {
        Vec::new()
    };
    let lex = &lex;
    // Features of every sentence, packed into sequences.
    let mut groups: Vec<(Vec<Vec<Attribute>>, Vec<&'static str>)> = Vec::new();
    let mut xs: Vec<Vec<Attribute>> = Vec::new();
    let mut ys: Vec<&'static str> = Vec::new();
    for (s, (words, labels)) in sentences.iter().enumerate() {
        let n = words.len().min(labels.len());
        if n == 0 {
            continue;
        }
        let refs: Vec<&str> = words[..n].iter().map(String::as_str).collect();
        let base = xs.len();
        xs.extend((0..n).map(|_| Vec::with_capacity(80)));
        let slex = fold_lex.get(fold_of(s)).unwrap_or(lex);
        sentence_features(&refs, slex, |i, f| xs[base + i].push(Attribute::new(f, 1.0)));
        ys.extend(labels[..n].iter().map(|l| l.as_str()));
        if xs.len() >= params.group_tokens.max(1) {
            groups.push((std::mem::take(&mut xs), std::mem::take(&mut ys)));
        }
    }
    if !xs.is_empty() {
        groups.push((xs, ys));
    }

    let path = temp_model_path();
    let result = match params.algorithm {
        Algorithm::Lbfgs => {
            let mut t = Trainer::lbfgs();
            t.verbose(params.verbose);
            t.set_feature_minfreq(params.min_freq).map_err(train_error)?;
            let p = t.params_mut();
            p.set_c1(params.c1).map_err(train_error)?;
            p.set_c2(params.c2).map_err(train_error)?;
            p.set_max_iterations(params.iterations).map_err(train_error)?;
            for (x, y) in &groups {
                t.append(x, y).map_err(train_error)?;
            }
            drop(groups);
            t.train(&path)
        }
        Algorithm::AveragedPerceptron => {
            let mut t = Trainer::averaged_perceptron();
            t.verbose(params.verbose);
            t.set_feature_minfreq(params.min_freq).map_err(train_error)?;
            let p = t.params_mut();
            p.set_max_iterations(params.iterations).map_err(train_error)?;
            p.set_shuffle_seed(Some(params.seed));
            for (x, y) in &groups {
                t.append(x, y).map_err(train_error)?;
            }
            drop(groups);
            t.train(&path)
        }
    };
    let bytes = result.and_then(|()| std::fs::read(&path));
    let _ = std::fs::remove_file(&path);
    let crf = bytes.map_err(|e| train_error(format!("training failed: {e}")))?;
    let mut tagger = CrfTagger::from_crfsuite(&crf, NerLexicon::empty())?;
    tagger.set_entity_bias(params.entity_bias);
    Ok(container(&tagger.weights_bytes(), &lex.to_text()))
}

/// A fresh temporary path for the trainer's output.
fn temp_model_path() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("marsad-ner-{}-{nanos}-{n}.crfsuite", std::process::id()))
}

const MAGIC: &[u8] = b"MARSAD-NER 1\n";

fn container(weights: &[u8], lexicon: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(weights.len() + lexicon.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(format!("weights {}\n", weights.len()).as_bytes());
    out.extend_from_slice(weights);
    out.extend_from_slice(format!("lexicon {}\n", lexicon.len()).as_bytes());
    out.extend_from_slice(lexicon.as_bytes());
    out
}

fn model_error(message: impl std::fmt::Display) -> Error {
    Error::Resource {
        file: "NER model".into(),
        line: 0,
        message: message.to_string(),
    }
}

/// Reads one `name <len>\n<bytes>` section.
fn section<'a>(buf: &'a [u8], name: &str) -> Result<(&'a [u8], &'a [u8]), Error> {
    let nl = buf
        .iter()
        .position(|&b| b == b'\n')
        .ok_or_else(|| model_error(format!("no {name} section")))?;
    let head = std::str::from_utf8(&buf[..nl]).map_err(|_| model_error(format!("bad {name} section header")))?;
    let len: usize = head
        .strip_prefix(name)
        .and_then(|r| r.trim().parse().ok())
        .ok_or_else(|| model_error(format!("bad {name} section header {head:?}")))?;
    let rest = &buf[nl + 1..];
    if rest.len() < len {
        return Err(model_error(format!("{name} section is truncated")));
    }
    Ok((&rest[..len], &rest[len..]))
}

/// A hasher for keys that are already 64-bit hashes.
#[derive(Default)]
struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// 64-bit hash of a feature string (8 bytes at a time, then a final mix).
#[inline]
fn hash_str(s: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let b = s.as_bytes();
    let mut h: u64 = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // fmix64 (MurmurHash3).
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The CRF tagger: attribute weights in flat arrays, Viterbi decoding.
#[derive(Debug, Clone)]
pub struct CrfTagger {
    /// Attribute hash → its state features in `feats`, packed as
    /// `start << 8 | count` (one table probe, then one read of `feats`).
    index: HashMap<u64, u64, BuildHasherDefault<PassHasher>>,
    feats: Vec<(u8, f32)>,
    /// Transition weights `trans[from * n + to]` over the model's labels.
    trans: Vec<f64>,
    /// The model's labels.
    labels: Vec<Label>,
    /// A score added to each label at every token (see
    /// [`CrfTagger::set_entity_bias`]).
    bias: Vec<f64>,
    lex: NerLexicon,
}

impl CrfTagger {
    /// Loads a model file (a Marsad NER container or a bare CRFsuite
    /// model). Fails with a message, never panics, on bad bytes.
    pub fn from_bytes(model: &[u8]) -> Result<CrfTagger, Error> {
        if let Some(rest) = model.strip_prefix(MAGIC) {
            let (weights, rest) = section(rest, "weights")?;
            let (lex, _) = section(rest, "lexicon")?;
            let lex = std::str::from_utf8(lex).map_err(|_| model_error("lexicon section is not UTF-8"))?;
            return Self::from_weights(weights, NerLexicon::from_text(lex));
        }
        Self::from_crfsuite(model, NerLexicon::empty())
    }

    /// The lexicon the model was trained with.
    pub fn lexicon(&self) -> &NerLexicon {
        &self.lex
    }

    /// Adds `delta` to the score of every entity label (`B-`/`I-`) at every
    /// token, replacing any bias set before: a positive value trades
    /// precision for recall. The perceptron's models are conservative
    /// (precision well above recall), so [`train`] stores the bias tuned on
    /// held-out data in the model ([`TrainParams::entity_bias`]).
    pub fn set_entity_bias(&mut self, delta: f64) {
        for (b, l) in self.bias.iter_mut().zip(&self.labels) {
            *b = if *l == Label::O { 0.0 } else { delta };
        }
    }

    /// Sets the bias of one label (see [`CrfTagger::set_entity_bias`]);
    /// a label the model does not have is ignored. Separate biases let
    /// decoding favour starting a name (`B-`) more than extending one
    /// (`I-`), or one type more than another.
    pub fn set_label_bias(&mut self, label: Label, delta: f64) {
        for (b, l) in self.bias.iter_mut().zip(&self.labels) {
            if *l == label {
                *b = delta;
            }
        }
    }

    /// The bias of each label, in [`Label::ALL`] order (0 for a label the
    /// model does not have).
    pub fn label_biases(&self) -> [f64; 9] {
        let mut out = [0.0; 9];
        for (b, l) in self.bias.iter().zip(&self.labels) {
            out[l.index()] = *b;
        }
        out
    }

    /// Number of attributes (feature strings) with a weight.
    pub fn num_attributes(&self) -> usize {
        self.index.len()
    }

    /// The `weights` section: see the module docs.
    fn weights_bytes(&self) -> Vec<u8> {
        let nl = self.labels.len();
        let mut out = Vec::with_capacity(16 + nl * nl * 4 + self.index.len() * 9 + self.feats.len() * 5);
        out.extend_from_slice(&(nl as u32).to_le_bytes());
        for l in &self.labels {
            let s = l.as_str().as_bytes();
            out.push(s.len() as u8);
            out.extend_from_slice(s);
        }
        for w in &self.trans {
            out.extend_from_slice(&(*w as f32).to_le_bytes());
        }
        let mut attrs: Vec<(u64, u64)> = self.index.iter().map(|(h, a)| (*h, *a)).collect();
        attrs.sort_unstable();
        out.extend_from_slice(&(attrs.len() as u32).to_le_bytes());
        for &(h, a) in &attrs {
            out.extend_from_slice(&h.to_le_bytes());
            out.push((a & 0xff) as u8);
        }
        for &(_, a) in &attrs {
            let (s, n) = ((a >> 8) as usize, (a & 0xff) as usize);
            for &(l, w) in &self.feats[s..s + n] {
                out.push(l);
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        for b in &self.bias {
            out.extend_from_slice(&(*b as f32).to_le_bytes());
        }
        out
    }

    fn from_weights(buf: &[u8], lex: NerLexicon) -> Result<CrfTagger, Error> {
        let bad = || model_error("weights section is truncated or corrupt");
        let mut pos = 0usize;
        let mut take = |n: usize| -> Result<&[u8], Error> {
            let s = buf.get(pos..pos.checked_add(n).ok_or_else(bad)?).ok_or_else(bad)?;
            pos += n;
            Ok(s)
        };
        let u32_of = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let nl = u32_of(take(4)?) as usize;
        if nl == 0 || nl > 64 {
            return Err(bad());
        }
        let mut labels = Vec::with_capacity(nl);
        for _ in 0..nl {
            let n = take(1)?[0] as usize;
            let s = std::str::from_utf8(take(n)?).map_err(|_| bad())?;
            labels.push(Label::parse(s));
        }
        let trans: Vec<f64> = take(nl * nl * 4)?
            .chunks_exact(4)
            .map(|c| f64::from(f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect();
        let na = u32_of(take(4)?) as usize;
        let table = take(na.checked_mul(9).ok_or_else(bad)?)?;
        let mut index = HashMap::with_capacity_and_hasher(na, BuildHasherDefault::default());
        let mut total = 0usize;
        for c in table.chunks_exact(9) {
            let h = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            index.insert(h, ((total as u64) << 8) | u64::from(c[8]));
            total += c[8] as usize;
        }
        let fb = take(total.checked_mul(5).ok_or_else(bad)?)?;
        let feats: Vec<(u8, f32)> = fb
            .chunks_exact(5)
            .map(|c| (c[0], f32::from_le_bytes([c[1], c[2], c[3], c[4]])))
            .collect();
        if feats.iter().any(|&(l, _)| l as usize >= nl) {
            return Err(bad());
        }
        // Optional trailer: one f32 bias per label.
        let bias: Vec<f64> = match take(nl * 4) {
            Ok(b) => b
                .chunks_exact(4)
                .map(|c| f64::from(f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
                .collect(),
            Err(_) => vec![0.0; nl],
        };
        Ok(CrfTagger {
            index,
            feats,
            trans,
            labels,
            bias,
            lex,
        })
    }

    fn from_crfsuite(buf: &[u8], lex: NerLexicon) -> Result<CrfTagger, Error> {
        // Header: magic, size, type, version, num_features, num_labels,
        // num_attrs, off_features, off_labels, off_attrs, off_label_refs,
        // off_attr_refs (u32 LE each after the 4-byte magic / type).
        let u32_at = |i: usize| -> Result<u32, Error> {
            buf.get(i..i + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(|| model_error("model file is truncated"))
        };
        if buf.len() < 48 || &buf[..4] != b"lCRF" {
            return Err(model_error("not a CRFsuite model (magic lCRF missing)"));
        }
        let num_features = u32_at(16)? as usize;
        let num_labels = u32_at(20)? as usize;
        let num_attrs = u32_at(24)? as usize;
        let off_features = u32_at(28)? as usize;
        let off_labels = u32_at(32)? as usize;
        let off_attrs = u32_at(36)? as usize;
        if off_labels >= buf.len() || off_attrs >= buf.len() || off_features > buf.len() {
            return Err(model_error("model offsets point outside the file"));
        }
        if num_labels == 0 || num_labels > 64 {
            return Err(model_error(format!("model has {num_labels} labels")));
        }
        // Features: 12-byte chunk header, then 20 bytes each.
        const FEATURE_SIZE: usize = 20;
        let fstart = off_features + 12;
        let fend = num_features
            .checked_mul(FEATURE_SIZE)
            .and_then(|n| n.checked_add(fstart));
        if fend.is_none_or(|e| e > buf.len()) {
            return Err(model_error("feature table is truncated"));
        }
        // crfs panics on some corrupt CQDB tables; keep that from reaching
        // the caller.
        let strings = std::panic::catch_unwind(|| -> Result<(Vec<Label>, Vec<u64>), Error> {
            let model = crfs::Model::new(buf).map_err(model_error)?;
            if model.num_labels() as usize != num_labels || model.num_attrs() as usize != num_attrs {
                return Err(model_error("model header is inconsistent"));
            }
            let labels = (0..num_labels as u32)
                .map(|l| {
                    model
                        .to_label(l)
                        .map(Label::parse)
                        .ok_or_else(|| model_error("label table is corrupt"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let hashes = (0..num_attrs as u32)
                .map(|a| {
                    model
                        .to_attr(a)
                        .map(hash_str)
                        .ok_or_else(|| model_error("attribute table is corrupt"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((labels, hashes))
        })
        .map_err(|_| model_error("model string tables are corrupt"))??;
        let (labels, hashes) = strings;

        let mut trans = vec![0.0; num_labels * num_labels];
        let mut counts = vec![0u32; num_attrs + 1];
        let feature = |k: usize| -> (u32, usize, usize, f64) {
            let i = fstart + k * FEATURE_SIZE;
            let u = |j: usize| u32::from_le_bytes([buf[j], buf[j + 1], buf[j + 2], buf[j + 3]]);
            let mut w = [0u8; 8];
            w.copy_from_slice(&buf[i + 12..i + 20]);
            (u(i), u(i + 4) as usize, u(i + 8) as usize, f64::from_le_bytes(w))
        };
        for k in 0..num_features {
            let (ty, src, dst, _) = feature(k);
            if dst >= num_labels {
                return Err(model_error("feature points at an unknown label"));
            }
            match ty {
                0 if src < num_attrs => counts[src + 1] += 1,
                1 if src < num_labels => {}
                _ => return Err(model_error("feature table is corrupt")),
            }
        }
        for a in 0..num_attrs {
            counts[a + 1] += counts[a];
        }
        let starts = counts;
        let mut fill = starts.clone();
        let mut feats = vec![(0u8, 0f32); num_features];
        for k in 0..num_features {
            let (ty, src, dst, w) = feature(k);
            if ty == 0 {
                feats[fill[src] as usize] = (dst as u8, w as f32);
                fill[src] += 1;
            } else {
                trans[src * num_labels + dst] = w;
            }
        }
        feats.truncate(starts[num_attrs] as usize);
        let mut index = HashMap::with_capacity_and_hasher(num_attrs, BuildHasherDefault::default());
        for (a, h) in hashes.into_iter().enumerate() {
            let n = u64::from(starts[a + 1] - starts[a]);
            if n > 0 {
                index.insert(h, (u64::from(starts[a]) << 8) | n.min(255));
            }
        }
        let bias = vec![0.0; labels.len()];
        Ok(CrfTagger {
            index,
            feats,
            trans,
            labels,
            bias,
            lex,
        })
    }

    /// State scores of a sentence, `n × labels`.
    fn scores(&self, words: &[&str]) -> Vec<f64> {
        let nl = self.labels.len();
        let mut scores: Vec<f64> = Vec::with_capacity(words.len() * nl);
        for _ in 0..words.len() {
            scores.extend_from_slice(&self.bias);
        }
        sentence_features(words, &self.lex, |i, f| {
            if let Some(&a) = self.index.get(&hash_str(f)) {
                let (s, n) = ((a >> 8) as usize, (a & 0xff) as usize);
                let row = &mut scores[i * nl..(i + 1) * nl];
                for &(l, w) in self.feats.get(s..s + n).unwrap_or(&[]) {
                    row[l as usize] += f64::from(w);
                }
            }
        });
        scores
    }

    fn viterbi(&self, scores: &[f64], n: usize) -> Vec<Label> {
        let nl = self.labels.len();
        if n == 0 {
            return Vec::new();
        }
        let mut delta = scores[..nl].to_vec();
        let mut next = vec![0.0; nl];
        let mut back = vec![0u8; n * nl];
        for t in 1..n {
            for j in 0..nl {
                let mut best = f64::NEG_INFINITY;
                let mut arg = 0;
                for (i, d) in delta.iter().enumerate() {
                    let s = d + self.trans[i * nl + j];
                    if s > best {
                        best = s;
                        arg = i;
                    }
                }
                next[j] = best + scores[t * nl + j];
                back[t * nl + j] = arg as u8;
            }
            std::mem::swap(&mut delta, &mut next);
        }
        let mut last = 0;
        for j in 1..nl {
            if delta[j] > delta[last] {
                last = j;
            }
        }
        let mut path = vec![Label::O; n];
        for t in (0..n).rev() {
            path[t] = self.labels[last];
            last = back[t * nl + last] as usize;
        }
        path
    }
}

impl Tagger for CrfTagger {
    fn tag(&self, words: &[&str]) -> Vec<Label> {
        if words.is_empty() {
            return Vec::new();
        }
        let scores = self.scores(words);
        self.viterbi(&scores, words.len())
    }
}

/// The committed model file (`data/models/ner.model`, see its
/// `PROVENANCE.md`), compiled into the binary.
pub fn embedded_bytes() -> &'static [u8] {
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/models/ner.model"))
}

/// The committed model, loaded from the bytes compiled into the binary
/// (tens of milliseconds). Call once and keep the tagger.
pub fn embedded() -> Result<CrfTagger, Error> {
    CrfTagger::from_bytes(embedded_bytes())
}
