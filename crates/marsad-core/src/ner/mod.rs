//! Statistical named-entity recognition: PERS / LOC / ORG / MISC in BIO tags.
//!
//! The lexicon matcher ([`crate::entity`]) finds the actors and places the
//! project knows by name; this module finds the names it has never seen —
//! ANERcorp's test persons are mostly absent from its training part — from
//! their context and shape: a title before them (الرئيس، العميد), a speech
//! verb after, a clitic analysis that leaves a known place, a nisba
//! adjective, affixes typical of names.
//!
//! The pieces:
//! - [`Label`] and [`EntityType`]: one BIO label per token;
//! - [`Tagger`]: anything that labels one sentence of original token
//!   strings. [`CrfTagger`] is the linear-chain CRF used today; a neural
//!   tagger can implement the same trait later;
//! - [`features`]: the feature templates, the single function both training
//!   and tagging call, so they cannot drift apart;
//! - [`NerLexicon`]: name lists (titles, places, countries, actors) turned
//!   into *features*, so the model learns how far to trust them. The
//!   lexicon a model was trained with is frozen into the model file;
//! - [`train`]: trains a model with `crfs` (L-BFGS or averaged perceptron),
//!   deterministically;
//! - [`read_conll`], [`spans`] and [`evaluate`]: CoNLL input and the
//!   conlleval entity-level scores (exact span and type).
//!
//! The library reads no files: the CLI (`marsad train ner`, `marsad eval
//! ner`) reads CoNLL and lexicon files and hands their contents over. The
//! one exception is [`train`], whose trainer (`crfs`) can only write its
//! model to a path: it writes to a temporary file and returns the bytes.

mod clusters;
mod crf;
mod features;

pub use clusters::exchange_clusters;
pub use crf::{Algorithm, CrfTagger, TrainParams, cross_validate, embedded, embedded_bytes, train};
pub use features::{LexKind, NerLexicon, features};

use std::fmt;

/// The four ANERcorp entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Pers,
    Loc,
    Org,
    Misc,
}

impl EntityType {
    /// All types, in the order reports list them.
    pub const ALL: [EntityType; 4] = [EntityType::Pers, EntityType::Loc, EntityType::Org, EntityType::Misc];

    /// The CoNLL name: `PERS`, `LOC`, `ORG`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Pers => "PERS",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }

    /// Reads a type name as ANERcorp and Wojood write it. Wojood's `GPE`
    /// and `FAC` are places for us, `PER` is `PERS`; other Wojood types
    /// (`NORP`, `OCC`, `DATE` …) have no counterpart and give `None`.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "PERS" | "PER" | "PERSON" => Some(EntityType::Pers),
            "LOC" | "GPE" | "FAC" => Some(EntityType::Loc),
            "ORG" => Some(EntityType::Org),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The BIO label of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    O,
    /// First token of an entity.
    B(EntityType),
    /// A later token of an entity.
    I(EntityType),
}

impl Label {
    /// All nine labels, `O` first.
    pub const ALL: [Label; 9] = [
        Label::O,
        Label::B(EntityType::Pers),
        Label::I(EntityType::Pers),
        Label::B(EntityType::Loc),
        Label::I(EntityType::Loc),
        Label::B(EntityType::Org),
        Label::I(EntityType::Org),
        Label::B(EntityType::Misc),
        Label::I(EntityType::Misc),
    ];

    /// The CoNLL tag: `O`, `B-PERS`, `I-LOC` …
    pub fn as_str(self) -> &'static str {
        match self {
            Label::O => "O",
            Label::B(EntityType::Pers) => "B-PERS",
            Label::I(EntityType::Pers) => "I-PERS",
            Label::B(EntityType::Loc) => "B-LOC",
            Label::I(EntityType::Loc) => "I-LOC",
            Label::B(EntityType::Org) => "B-ORG",
            Label::I(EntityType::Org) => "I-ORG",
            Label::B(EntityType::Misc) => "B-MISC",
            Label::I(EntityType::Misc) => "I-MISC",
        }
    }

    /// Reads a CoNLL tag. Unknown types and anything that is not `B-`/`I-`
    /// (`O`, `E-`, `S-`, garbage) read as `O`.
    pub fn parse(tag: &str) -> Label {
        Self::parse_known(tag).unwrap_or(Label::O)
    }

    /// Like [`Label::parse`], but `None` for a `B-`/`I-` tag whose type we
    /// do not know (so a multi-column file can look at the next column).
    fn parse_known(tag: &str) -> Option<Label> {
        let (bio, ty) = match tag.split_once('-') {
            Some(x) => x,
            None => {
                return if tag.eq_ignore_ascii_case("o") {
                    Some(Label::O)
                } else {
                    None
                };
            }
        };
        let ty = EntityType::parse(&ty.to_ascii_uppercase())?;
        match bio {
            "B" | "b" => Some(Label::B(ty)),
            "I" | "i" => Some(Label::I(ty)),
            _ => None,
        }
    }

    /// The entity type, `None` for `O`.
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Label::O => None,
            Label::B(t) | Label::I(t) => Some(t),
        }
    }

    /// Dense index into [`Label::ALL`].
    pub fn index(self) -> usize {
        match self {
            Label::O => 0,
            Label::B(t) => 1 + 2 * t as usize,
            Label::I(t) => 2 + 2 * t as usize,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Labels one sentence. `words` are the original token strings; the result
/// has one label per word.
pub trait Tagger: Send + Sync {
    fn tag(&self, words: &[&str]) -> Vec<Label>;

    /// Tags the sentences of one document (an article), each on its own,
    /// then makes repeated names consistent with [`propagate`].
    fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        let mut out: Vec<Vec<Label>> = sentences.iter().map(|s| self.tag(s)).collect();
        propagate(sentences, &mut out);
        out
    }
}

/// The entities in a label sequence as token ranges `[start, end)` with
/// their type, by the conlleval chunking rules: an entity starts at every
/// `B-`, and at an `I-X` that follows `O` or a token of another type; it
/// ends before the next token that does not continue it.
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let continues = matches!((open, l), (Some((_, t)), Label::I(u)) if t == u);
        if continues {
            continue;
        }
        if let Some((s, t)) = open.take() {
            out.push((s, i, t));
        }
        if let Some(t) = l.entity_type() {
            open = Some((i, t));
        }
    }
    if let Some((s, t)) = open {
        out.push((s, labels.len(), t));
    }
    out
}

/// One CoNLL sentence: its words and their gold labels.
pub type Sentence = (Vec<String>, Vec<Label>);

/// Reads CoNLL text: one token per line, `word<TAB>tag` (ANERcorp) or
/// `word tag [tag …]` separated by spaces (Wojood, whose nested columns go
/// from the outermost entity inwards), a blank line between sentences.
/// For each token the first tag column whose type we know is used, so
/// Wojood's `B-OCC` over a nested `B-GPE` gives `B-LOC`; tags of unknown
/// types read as `O` (see [`EntityType::parse`]). Lines starting with
/// `-DOCSTART-` and lines without a tag are skipped. Never fails.
pub fn read_conll(s: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut labels = Vec::new();
    for line in s.lines() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if !words.is_empty() {
                out.push((std::mem::take(&mut words), std::mem::take(&mut labels)));
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            continue;
        }
        let mut cols: Vec<&str> = if line.contains('\t') {
            line.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect()
        } else {
            line.split_whitespace().collect()
        };
        if cols.len() < 2 {
            continue;
        }
        let word = cols.remove(0);
        let label = cols
            .iter()
            .find_map(|c| Label::parse_known(c).filter(|l| *l != Label::O))
            .unwrap_or(Label::O);
        words.push(word.to_string());
        labels.push(label);
    }
    if !words.is_empty() {
        out.push((words, labels));
    }
    out
}

/// Precision, recall and F1 of one type or of all (micro).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Predicted entities with the gold span and type.
    pub correct: usize,
}

impl Scores {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> Scores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(correct, predicted);
        let recall = ratio(correct, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            precision,
            recall,
            f1,
            gold,
            predicted,
            correct,
        }
    }
}

/// Entity-level scores, as conlleval computes them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Evaluation {
    pub micro: Scores,
    /// One entry per type that occurs in gold or prediction, in
    /// [`EntityType::ALL`] order.
    pub per_type: Vec<(EntityType, Scores)>,
    /// Token accuracy (all labels, `O` included).
    pub token_accuracy: f64,
}

/// Scores predicted label sequences against gold ones: an entity counts
/// as correct when its span and type both match exactly (conlleval).
/// Sentences are paired in order; a sentence whose lengths differ is
/// compared over its common prefix.
pub fn evaluate(gold: &[Vec<Label>], pred: &[Vec<Label>]) -> Evaluation {
    let mut counts = [(0usize, 0usize, 0usize); 4];
    let (mut tokens, mut tokens_ok) = (0usize, 0usize);
    for (g, p) in gold.iter().zip(pred) {
        let n = g.len().min(p.len());
        let (g, p) = (&g[..n], &p[..n]);
        tokens += n;
        tokens_ok += g.iter().zip(p).filter(|(a, b)| a == b).count();
        let gs = spans(g);
        let ps = spans(p);
        for s in &gs {
            counts[s.2 as usize].0 += 1;
        }
        for s in &ps {
            counts[s.2 as usize].1 += 1;
            if gs.contains(s) {
                counts[s.2 as usize].2 += 1;
            }
        }
    }
    let mut per_type = Vec::new();
    let (mut g, mut p, mut c) = (0, 0, 0);
    for t in EntityType::ALL {
        let (tg, tp, tc) = counts[t as usize];
        g += tg;
        p += tp;
        c += tc;
        if tg + tp > 0 {
            per_type.push((t, Scores::from_counts(tg, tp, tc)));
        }
    }
    Evaluation {
        micro: Scores::from_counts(g, p, c),
        per_type,
        token_accuracy: if tokens == 0 {
            0.0
        } else {
            tokens_ok as f64 / tokens as f64
        },
    }
}

/// Document-level consistency: a name the tagger found once in an article
/// is usually the same kind of name wherever else it occurs there. For
/// every entity tagged in `labels` (one label sequence per sentence of one
/// document), other occurrences of the same words (by match key, the
/// first word possibly with a و/ف/ب/ل clitic) that the tagger left
/// entirely `O` get the same type. Returns how many were added.
pub fn propagate(sentences: &[Vec<&str>], labels: &mut [Vec<Label>]) -> usize {
    use crate::text::normalize::match_key;
    let keys: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.iter().map(|w| match_key(w)).collect())
        .collect();
    // Entity key sequences → votes per type.
    let mut found: std::collections::HashMap<Vec<&str>, [usize; 4]> = std::collections::HashMap::new();
    for (k, l) in keys.iter().zip(labels.iter()) {
        for (a, b, t) in spans(&l[..l.len().min(k.len())]) {
            let seq: Vec<&str> = k[a..b].iter().map(String::as_str).collect();
            // Skip one-letter and non-letter names: they are noise.
            if seq.len() == 1 && seq[0].chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            found.entry(seq).or_default()[t as usize] += 1;
        }
    }
    // Longest names first, then in a fixed order: the result must not
    // depend on the hash map's order (a one-word name written first would
    // block the longer name it heads).
    let mut found: Vec<(Vec<&str>, [usize; 4])> = found.into_iter().collect();
    found.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    let mut added = 0;
    for (k, l) in keys.iter().zip(labels.iter_mut()) {
        let n = k.len().min(l.len());
        let mut i = 0;
        while i < n {
            let mut matched = 0;
            for (seq, votes) in &found {
                let m = seq.len();
                if i + m > n || l[i..i + m].iter().any(|x| *x != Label::O) || m <= matched {
                    continue;
                }
                let first = &k[i];
                let head_ok = first == seq[0]
                    || ["و", "ف", "ب", "ل"]
                        .iter()
                        .any(|p| first.strip_prefix(p) == Some(seq[0]));
                if !head_ok || k[i + 1..i + m].iter().zip(&seq[1..]).any(|(a, b)| a != b) {
                    continue;
                }
                let Some(best) = (0..4).max_by_key(|&t| (votes[t], std::cmp::Reverse(t))) else {
                    continue;
                };
                let t = EntityType::ALL[best];
                l[i] = Label::B(t);
                for x in &mut l[i + 1..i + m] {
                    *x = Label::I(t);
                }
                matched = m;
            }
            if matched > 0 {
                added += 1;
                i += matched;
            } else {
                i += 1;
            }
        }
    }
    added
}

#[cfg(test)]
mod tests;
