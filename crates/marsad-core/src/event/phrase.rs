//! Phrase sets: lexicon forms (one or more words, written without clitics)
//! compiled into one character-wise Aho-Corasick automaton over the text
//! layer's key stream, with clitic-aware word boundaries.
//!
//! A match is a word, never a piece of one: it starts at a token start or
//! right after a string of proclitics inside the token (وقال، بالهجوم،
//! للهجوم), and ends at a token end, before a pronoun suffix (هجومه،
//! أجهضتها), or — for nouns — before the accusative tanwin alef (هجوما).
//! A form ending in ة also matches its construct form before a suffix
//! (محاولة → محاولته). So قتل never matches inside مقتل, قتلت or قتلى unless
//! the lexicon lists those forms.

use crate::error::Error;
use crate::text::clitic::is_proclitic;
use crate::text::normalize::match_key;
use crate::text::{TextLayer, TokenKind};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// What may follow a form inside its last token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tail {
    /// Nothing: the form ends the token.
    #[default]
    Exact,
    /// A pronoun suffix (ه ها هم هما هن نا كم), or nothing.
    Pronoun,
    /// A pronoun suffix, the tanwin alef, or nothing (nouns).
    Nominal,
}

/// Pronoun suffixes a matched form may carry. ي and ك are left out: on a
/// verb ي is no object pronoun, and both end too many words (ذكرى، قتلى).
const SUFFIXES: &[&str] = &["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه"];

fn suffix_ok(s: &str, tail: Tail) -> bool {
    match tail {
        Tail::Exact => s.is_empty(),
        Tail::Pronoun => s.is_empty() || SUFFIXES.contains(&s),
        Tail::Nominal => s.is_empty() || s == "ا" || SUFFIXES.contains(&s),
    }
}

#[derive(Debug, Clone, Default)]
struct Pattern {
    /// Entries (indices into the owner's table) this pattern stands for.
    entries: Vec<u32>,
    tail: Tail,
    /// The construct form of a word in ة (…ت): it must carry a suffix.
    needs_suffix: bool,
}

/// One match in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Token range, end exclusive.
    pub t0: usize,
    pub t1: usize,
    /// Original code point span of the form (clitics left out).
    pub start: usize,
    pub end: usize,
    /// Index of the pattern; see [`PhraseSet::entries`].
    pub pattern: u32,
    /// Key length of the match, for longest-first choice.
    pub len: u32,
    /// A pronoun suffix follows the form inside its last token.
    pub suffixed: bool,
    /// Proclitics stand before the form inside its first token.
    pub prefixed: bool,
    /// The proclitics include the article (ال, لل).
    pub article: bool,
}

/// Builds a [`PhraseSet`].
#[derive(Debug, Default)]
pub struct PhraseSetBuilder {
    by_key: HashMap<String, u32>,
    patterns: Vec<(String, Pattern)>,
}

impl PhraseSetBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `form` (as written) for entry `entry`.
    pub fn add(&mut self, form: &str, entry: u32, tail: Tail) {
        let key = match_key(form);
        if key.is_empty() {
            return;
        }
        self.insert(key.clone(), entry, tail, false);
        // محاولة → محاولت+ه: the construct form before a suffix.
        if tail != Tail::Exact
            && let Some(stem) = key.strip_suffix('ة')
            && stem.chars().count() >= 2
        {
            self.insert(format!("{stem}ت"), entry, tail, true);
        }
    }

    fn insert(&mut self, key: String, entry: u32, tail: Tail, needs_suffix: bool) {
        let n = self.patterns.len() as u32;
        let idx = *self.by_key.entry(key.clone()).or_insert(n);
        if idx == n {
            self.patterns.push((
                key,
                Pattern {
                    entries: Vec::new(),
                    tail,
                    needs_suffix,
                },
            ));
        }
        let p = &mut self.patterns[idx as usize].1;
        if !p.entries.contains(&entry) {
            p.entries.push(entry);
        }
        // The most permissive tail of its entries; a plain form is never
        // made to need a suffix by its construct twin.
        p.tail = wider(p.tail, tail);
        p.needs_suffix &= needs_suffix;
    }

    /// Compiles the automaton. `file` names the source in errors.
    pub fn build(self, file: &str) -> Result<PhraseSet, Error> {
        if self.patterns.is_empty() {
            return Ok(PhraseSet::default());
        }
        let keys: Vec<(&str, u32)> = self
            .patterns
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.as_str(), i as u32))
            .collect();
        let ac = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(keys)
            .map_err(|e| Error::Resource {
                file: file.into(),
                line: 0,
                message: e.to_string(),
            })?;
        Ok(PhraseSet {
            ac: Some(ac),
            patterns: self.patterns.into_iter().map(|(_, p)| p).collect(),
        })
    }
}

fn wider(a: Tail, b: Tail) -> Tail {
    match (a, b) {
        (Tail::Nominal, _) | (_, Tail::Nominal) => Tail::Nominal,
        (Tail::Pronoun, _) | (_, Tail::Pronoun) => Tail::Pronoun,
        _ => Tail::Exact,
    }
}

/// Phrases compiled for matching over a [`TextLayer`]'s stream.
#[derive(Default)]
pub struct PhraseSet {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    patterns: Vec<Pattern>,
}

impl std::fmt::Debug for PhraseSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhraseSet")
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

impl PhraseSet {
    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The entries a hit's pattern stands for.
    pub fn entries(&self, pattern: u32) -> &[u32] {
        self.patterns
            .get(pattern as usize)
            .map_or(&[], |p| p.entries.as_slice())
    }

    /// All matches at word boundaries, overlapping ones included, in
    /// stream order.
    pub fn find_all(&self, layer: &TextLayer) -> Vec<Hit> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let stream = layer.stream.as_str();
        let toks = &layer.tokens;
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(stream) {
            let (a, b) = (m.start(), m.end());
            let Some(p) = self.patterns.get(m.value() as usize) else {
                continue;
            };
            if a >= b || b > stream.len() {
                continue;
            }
            let (ta, tb) = (layer.token_at_stream(a), layer.token_at_stream(b - 1));
            let (Some(tok_a), Some(tok_b)) = (toks.get(ta), toks.get(tb)) else {
                continue;
            };
            if !matches!(tok_a.kind, TokenKind::Arabic | TokenKind::Latin)
                || !matches!(tok_b.kind, TokenKind::Arabic | TokenKind::Latin)
            {
                continue;
            }
            let (ka, kb_end) = (tok_a.key_start as usize, tok_b.key_end as usize);
            if a < ka || b > kb_end || a >= tok_a.key_end as usize {
                continue;
            }
            let (Some(prefix), Some(suffix)) = (stream.get(ka..a), stream.get(b..kb_end)) else {
                continue;
            };
            if (tok_a.kind == TokenKind::Latin && !prefix.is_empty()) || !is_proclitic(prefix) {
                continue;
            }
            if !suffix_ok(suffix, p.tail) || (p.needs_suffix && suffix.is_empty()) {
                continue;
            }
            let (start, end) = layer.stream_to_original(a, b);
            out.push(Hit {
                t0: ta,
                t1: tb + 1,
                start,
                end,
                pattern: m.value(),
                len: (b - a) as u32,
                suffixed: !suffix.is_empty() && suffix != "ا",
                prefixed: !prefix.is_empty(),
                article: prefix.ends_with("ال") || prefix.ends_with("لل"),
            });
        }
        out
    }

    /// Matches with overlaps resolved: longest first, then leftmost; the
    /// result is in text order.
    pub fn find(&self, layer: &TextLayer) -> Vec<Hit> {
        let mut all = self.find_all(layer);
        longest_first(&mut all);
        all
    }
}

/// Keeps the longest of overlapping hits (by token), in text order.
pub fn longest_first(hits: &mut Vec<Hit>) {
    hits.sort_by_key(|h| (std::cmp::Reverse(h.len), h.start));
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        if !kept
            .iter()
            .any(|k| h.t0 < k.t1 && k.t0 < h.t1 && h.start < k.end && k.start < h.end)
        {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    *hits = kept;
}

/// Rows of a TSV file with a header line: `(line number, cells by column)`.
/// Blank lines and lines starting with `#` are skipped; missing required
/// columns are an error naming the file.
pub(crate) fn tsv<'a>(text: &'a str, file: &str, required: &[&str]) -> Result<Vec<(usize, Vec<&'a str>)>, Error> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((_, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    let mut idx = Vec::with_capacity(required.len());
    for r in required {
        match cols.iter().position(|c| c == r) {
            Some(i) => idx.push(i),
            None => {
                return Err(Error::Resource {
                    file: file.into(),
                    line: 1,
                    message: format!("missing column {r:?}"),
                });
            }
        }
    }
    Ok(lines
        .map(|(n, l)| {
            let cells: Vec<&str> = l.split('\t').map(str::trim).collect();
            (
                n + 1,
                idx.iter().map(|&i| cells.get(i).copied().unwrap_or("")).collect(),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(forms: &[(&str, Tail)]) -> PhraseSet {
        let mut b = PhraseSetBuilder::new();
        for (i, (f, t)) in forms.iter().enumerate() {
            b.add(f, i as u32, *t);
        }
        b.build("test").unwrap()
    }

    fn found(s: &PhraseSet, text: &str) -> Vec<String> {
        let l = TextLayer::new(text);
        s.find(&l).iter().map(|h| l.slice(h.start, h.end).to_string()).collect()
    }

    #[test]
    fn word_boundaries_with_clitics() {
        let s = set(&[("قتل", Tail::Pronoun), ("هجوم", Tail::Nominal)]);
        assert_eq!(found(&s, "وقتل مقتل قتلت قتلى وقتلهم"), vec!["قتل", "قتل"]);
        assert_eq!(
            found(&s, "بالهجوم للهجوم هجوما هجومه الهجومي"),
            vec!["هجوم", "هجوم", "هجوم", "هجوم"]
        );
    }

    #[test]
    fn multiword_and_longest() {
        let s = set(&[
            ("القبض", Tail::Exact),
            ("ألقي القبض", Tail::Exact),
            ("حظر التجول", Tail::Exact),
        ]);
        assert_eq!(
            found(&s, "وألقي القبض على 3 وفرض حظر “التجول”"),
            vec!["ألقي القبض", "حظر “التجول"]
        );
    }

    #[test]
    fn teh_marbuta_before_a_suffix() {
        let s = set(&[("محاولة", Tail::Nominal)]);
        assert_eq!(found(&s, "محاولته ومحاولة محاولت"), vec!["محاولت", "محاولة"]);
    }

    #[test]
    fn tsv_columns() {
        let rows = tsv("a\tb\tc\n# x\n1\t2\t3\n\n4\t5\n", "t", &["c", "a"]).unwrap();
        assert_eq!(rows, vec![(3, vec!["3", "1"]), (5, vec!["", "4"])]);
        assert!(tsv("a\n1\n", "t", &["b"]).is_err());
    }
}
