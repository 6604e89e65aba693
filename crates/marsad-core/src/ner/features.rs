//! Feature templates for the NER tagger, and the name lexicon they consult.
//!
//! Every feature is a string (`w=بغداد`, `s2=ية`, `lx-1=TTL` …) that the CRF
//! weighs per label. Training and tagging both go through
//! [`sentence_features`], so a model always sees at tagging time the
//! features it was trained on.
//!
//! The templates, for token `i` (keys are [`match_key`]s):
//! - the key, the *main stem* (the key without و/ف/ب/ل/ك and ال when a
//!   clitic reading says so) and every other clitic stem, the proclitic
//!   and the enclitics that were cut;
//! - prefixes and suffixes of 1–4 letters of the key, 2–3 of the stem;
//! - shape (Arabic, Latin, digits, punctuation), length, first/last
//!   position in the sentence;
//! - lexicon hits of the key or a stem (title, place, country, organisation,
//!   person, given name `GVN`, Wikidata given name and surname `WGV`/`WSN`,
//!   foreign given name and surname `FGV`/`FSN`,
//!   words seen inside names of other training
//!   documents `TPE`/`TOR`/`TLO`/`TMI`), multi-word lexicon matches
//!   (`gz=PLC-B`, `gz=PLC-I`), and nisba adjectives built on a known place
//!   (العراقي، السورية);
//! - word classes learnt from unlabelled text (`k0=`…, of the token and its
//!   neighbours), when the lexicon has any (see [`super::clusters`]; the
//!   committed model has none: they did not help on held-out data);
//! - in a ±2 window: the neighbours' keys, stems and lexicon hits (a title
//!   two words before a name is the strongest sign of a person), the
//!   neighbours' suffixes, and key bigrams.

use crate::text::clitic::{Analysis, analyses_into};
use crate::text::normalize::match_key;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's): fast for the short keys of the lexicon; no
/// HashDoS concern for a table built from our own data.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// Kinds of lexicon entries. A name may have several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub enum LexKind {
    /// A person title or trigger word (الرئيس، العميد، الشيخ).
    Title = 0,
    /// A title whose complement is an organisation (المتحدث باسم).
    OrgTitle = 1,
    /// A place name from the gazetteer.
    Place = 2,
    /// A country name.
    Country = 3,
    /// An organisation or armed group alias.
    Org = 4,
    /// A person's name (an actor that is a person).
    Person = 5,
    /// A frequent word of the training text (added by [`super::train`]):
    /// its absence marks a rare word, which in a name's context is most
    /// likely a name never seen in training.
    Frequent = 6,
    /// A given name (محمد، جورج): from `data/names/given_names.txt` and
    /// the first words of person names in the name lists.
    Given = 7,
    /// A word seen inside person names of *other* training documents
    /// (added by [`super::train`], jackknifed so that training sees the
    /// coverage tagging will).
    PersonWord = 8,
    /// A word seen inside organisation names of other training documents.
    OrgWord = 9,
    /// A word seen inside place names of other training documents.
    LocWord = 10,
    /// A word seen inside MISC names of other training documents.
    MiscWord = 11,
    /// A given name from a large list mined from Wikidata person labels
    /// (`data/names/wikidata_given.txt`): wider but noisier than `GVN`,
    /// so weighed apart.
    WikiGiven = 12,
    /// A surname from the same source (`data/names/wikidata_surnames.txt`).
    WikiSurname = 13,
    /// A foreign (non-Arab) given name as Arabic news spells it (جيمس،
    /// فرانسوا، يوشكا): `data/names/foreign_given.txt`. The Wikidata lists
    /// cover the Arab world and its neighbours only.
    ForeignGiven = 14,
    /// A foreign surname (ميركل، زيناوي، كويزومي):
    /// `data/names/foreign_surnames.txt`.
    ForeignSurname = 15,
}

impl LexKind {
    const ALL: [LexKind; 16] = [
        LexKind::Title,
        LexKind::OrgTitle,
        LexKind::Place,
        LexKind::Country,
        LexKind::Org,
        LexKind::Person,
        LexKind::Frequent,
        LexKind::Given,
        LexKind::PersonWord,
        LexKind::OrgWord,
        LexKind::LocWord,
        LexKind::MiscWord,
        LexKind::WikiGiven,
        LexKind::WikiSurname,
        LexKind::ForeignGiven,
        LexKind::ForeignSurname,
    ];

    /// The short code used in feature strings and in the frozen lexicon.
    pub fn code(self) -> &'static str {
        match self {
            LexKind::Title => "TTL",
            LexKind::OrgTitle => "TTO",
            LexKind::Place => "PLC",
            LexKind::Country => "CTY",
            LexKind::Org => "ORG",
            LexKind::Person => "PER",
            LexKind::Frequent => "FRQ",
            LexKind::Given => "GVN",
            LexKind::PersonWord => "TPE",
            LexKind::OrgWord => "TOR",
            LexKind::LocWord => "TLO",
            LexKind::MiscWord => "TMI",
            LexKind::WikiGiven => "WGV",
            LexKind::WikiSurname => "WSN",
            LexKind::ForeignGiven => "FGV",
            LexKind::ForeignSurname => "FSN",
        }
    }

    fn from_code(s: &str) -> Option<LexKind> {
        LexKind::ALL.into_iter().find(|k| k.code() == s)
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// Person titles and trigger words used when no titles file is given (and
/// merged with it when one is): the words that most often stand right
/// before a name in news text.
const BUILTIN_TITLES: &[&str] = &[
    "الرئيس",
    "رئيس",
    "الرئيسة",
    "الوزير",
    "وزير",
    "الوزيرة",
    "وزيرة",
    "المتحدث",
    "الناطق",
    "الشيخ",
    "العميد",
    "اللواء",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الملازم",
    "الفريق",
    "المشير",
    "الجنرال",
    "الدكتور",
    "د",
    "السيد",
    "السيدة",
    "الملك",
    "الامير",
    "الاميرة",
    "النائب",
    "السفير",
    "المستشار",
    "المبعوث",
    "المندوب",
    "القائد",
    "الزعيم",
    "المرشد",
    "الامام",
    "الحاج",
    "المطران",
    "البطريرك",
    "البابا",
    "الاستاذ",
    "القاضي",
    "المحامي",
    "المدير",
    "المدرب",
    "اللاعب",
    "الكاتب",
    "الصحفي",
    "الصحافي",
    "المراسل",
    "الفنان",
    "الفنانة",
    "المطرب",
    "المخرج",
    "الممثل",
    "الشاعر",
    "الروائي",
    "المفكر",
    "الباحث",
    "المحلل",
    "السناتور",
    "المستشارة",
    "نائب",
    "مساعد",
    "وكيل",
    "زعيم",
    "قائد",
];
const BUILTIN_ORG_TITLES: &[&str] = &["المتحدث باسم", "الناطق باسم", "المتحدثة باسم", "الناطقة باسم"];

/// Name lists for lexicon features. Built from the contents of the
/// project's data files (the library reads no files); a trained model
/// carries the lexicon it was trained with, see [`NerLexicon::to_text`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NerLexicon {
    /// Single-word keys (with and without ال) → kind bits.
    single: FxMap<String, u16>,
    /// Multi-word keys, words joined by one space → kind bits.
    multi: FxMap<String, u16>,
    /// First words of multi-word entries (with and without ال).
    multi_first: FxSet<String>,
    /// Longest multi-word entry, in words.
    max_words: usize,
    /// Word key → its class at each cluster granularity (see
    /// [`super::clusters`]).
    clusters: FxMap<String, Vec<u16>>,
}

/// Longest multi-word name matched.
const MAX_WORDS: usize = 5;

impl NerLexicon {
    /// An empty lexicon: no lexicon features at all.
    pub fn empty() -> NerLexicon {
        NerLexicon::default()
    }

    /// The built-in person titles only (see `BUILTIN_TITLES`).
    pub fn new() -> NerLexicon {
        let mut lex = NerLexicon::default();
        for t in BUILTIN_TITLES {
            lex.add(LexKind::Title, t);
        }
        for t in BUILTIN_ORG_TITLES {
            lex.add(LexKind::OrgTitle, t);
        }
        lex
    }

    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.single.len() + self.multi.len() + self.clusters.len()
    }

    /// Adds word classes: `key<TAB>class<TAB>class…` per line (one class per
    /// granularity, coarse to fine), `#` comments skipped, as written by
    /// `marsad train ner --clusters-out`. Returns how many words were read.
    pub fn add_clusters_tsv(&mut self, tsv: &str) -> usize {
        let mut n = 0;
        for line in tsv.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(word) = cols.next().filter(|w| !w.is_empty()) else {
                continue;
            };
            let classes: Vec<u16> = cols.filter_map(|c| c.trim().parse().ok()).collect();
            if classes.is_empty() {
                continue;
            }
            self.clusters.insert(match_key(word), classes);
            n += 1;
        }
        n
    }

    /// True when the lexicon has no entry.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds one name (any spelling: it is keyed by [`match_key`]).
    pub fn add(&mut self, kind: LexKind, name: &str) {
        let key = match_key(name);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words.len() > MAX_WORDS {
            return;
        }
        // Names that are not words (digits, one letter) only add noise.
        if words.len() == 1 && words[0].chars().count() < 2 {
            return;
        }
        let bit = kind.bit();
        if words.len() == 1 {
            *self.single.entry(words[0].to_string()).or_default() |= bit;
            if let Some(bare) = strip_article(words[0]) {
                *self.single.entry(bare.to_string()).or_default() |= bit;
            }
        } else {
            let joined = words.join(" ");
            *self.multi.entry(joined.clone()).or_default() |= bit;
            self.multi_first.insert(words[0].to_string());
            if let Some(bare) = strip_article(words[0]) {
                let rest = &joined[words[0].len()..];
                *self.multi.entry(format!("{bare}{rest}")).or_default() |= bit;
                self.multi_first.insert(bare.to_string());
            }
            self.max_words = self.max_words.max(words.len());
        }
    }

    /// Adds `data/entities/titles.tsv`: column `form` (the title), and
    /// `takes_org` (`true`/`yes`/`1` when an organisation follows, as
    /// in المتحدث باسم). Returns how many titles were read.
    pub fn add_titles_tsv(&mut self, tsv: &str) -> Result<usize, crate::Error> {
        let table = Table::parse(tsv, "titles.tsv")?;
        let form = table.column(&["form", "title", "name_ar"])?;
        let takes_org = table.column(&["takes_org"]).ok();
        let mut n = 0;
        for row in &table.rows {
            let Some(f) = row.get(form).filter(|f| !f.is_empty()) else {
                continue;
            };
            let org = takes_org.and_then(|c| row.get(c)).is_some_and(|v| is_true(v));
            self.add(if org { LexKind::OrgTitle } else { LexKind::Title }, f);
            n += 1;
        }
        Ok(n)
    }

    /// Adds a gazetteer table (`data/gazetteer/places.tsv`,
    /// `countries.tsv`): every `|`-separated name of the `names_ar` (or
    /// `name_ar`, `aliases_ar`) column, as `kind`. Returns how many names
    /// were read.
    pub fn add_places_tsv(&mut self, tsv: &str, kind: LexKind) -> Result<usize, crate::Error> {
        let table = Table::parse(tsv, "places")?;
        let cols: Vec<usize> = ["names_ar", "name_ar", "aliases_ar", "names_ar_alt"]
            .iter()
            .filter_map(|c| table.column(&[c]).ok())
            .collect();
        if cols.is_empty() {
            return Err(table.missing("names_ar"));
        }
        let mut n = 0;
        for row in &table.rows {
            for &c in &cols {
                for name in row.get(c).into_iter().flat_map(|v| v.split('|')) {
                    if !name.trim().is_empty() {
                        self.add(kind, name.trim());
                        n += 1;
                    }
                }
            }
        }
        Ok(n)
    }

    /// Adds `data/actors/actors.tsv`: every `|`-separated alias of the
    /// `aliases_ar` column (and `name_ar` if present). A row whose `type`,
    /// `kind` or `category` says person gives person names, any other an
    /// organisation. Returns how many names were read.
    pub fn add_actors_tsv(&mut self, tsv: &str) -> Result<usize, crate::Error> {
        let table = Table::parse(tsv, "actors.tsv")?;
        let aliases = table.column(&["aliases_ar"])?;
        let name = table.column(&["name_ar"]).ok();
        let kind = table.column(&["type", "kind", "category", "actor_type"]).ok();
        let mut n = 0;
        for row in &table.rows {
            let person = kind.and_then(|c| row.get(c)).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                v.contains("person") || v.contains("individual") || v == "per" || v == "pers"
            });
            let k = if person { LexKind::Person } else { LexKind::Org };
            let names = row.get(aliases).into_iter().chain(name.and_then(|c| row.get(c)));
            for a in names.flat_map(|v| v.split('|')) {
                if !a.trim().is_empty() {
                    self.add(k, a.trim());
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// Adds a plain name list (`data/names/given_names.txt`): one name per
    /// line, `#` comments and blank lines skipped. Returns how many names
    /// were read.
    pub fn add_list(&mut self, text: &str, kind: LexKind) -> usize {
        let mut n = 0;
        for line in text.lines() {
            let name = line.trim();
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            self.add(kind, name);
            n += 1;
        }
        n
    }

    /// The kinds of a single-word key, as bits of [`LexKind`].
    fn bits(&self, key: &str) -> u16 {
        self.single.get(key).copied().unwrap_or(0)
    }

    /// Whether a single-word key is listed as one of `kinds`.
    pub fn is_any(&self, key: &str, kinds: &[LexKind]) -> bool {
        let bits = self.bits(key);
        kinds.iter().any(|&k| bits & k.bit() != 0)
    }

    /// The lexicon as text, `CODE<TAB>key` per line, sorted: what a model
    /// file stores so tagging sees the lexicon training saw.
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = Vec::with_capacity(self.len());
        for map in [&self.single, &self.multi] {
            for (k, &bits) in map {
                for kind in LexKind::ALL {
                    if bits & kind.bit() != 0 {
                        lines.push(format!("{}\t{k}", kind.code()));
                    }
                }
            }
        }
        for (k, c) in &self.clusters {
            let c: Vec<String> = c.iter().map(u16::to_string).collect();
            lines.push(format!("CL\t{k}\t{}", c.join(" ")));
        }
        lines.sort_unstable();
        let mut s = lines.join("\n");
        s.push('\n');
        s
    }

    /// Reads [`NerLexicon::to_text`] back. Lines that do not parse are
    /// skipped.
    pub fn from_text(s: &str) -> NerLexicon {
        let mut lex = NerLexicon::default();
        let lines = s.lines().count();
        lex.single.reserve(lines);
        lex.multi.reserve(lines / 2);
        for line in s.lines() {
            let Some((code, key)) = line.split_once('\t') else {
                continue;
            };
            if code == "CL" {
                if let Some((k, c)) = key.split_once('\t') {
                    let c: Vec<u16> = c.split(' ').filter_map(|x| x.parse().ok()).collect();
                    lex.clusters.insert(k.to_string(), c);
                }
                continue;
            }
            let Some(kind) = LexKind::from_code(code) else { continue };
            let bit = kind.bit();
            let words = key.split(' ').count();
            if words == 1 {
                if let Some(b) = lex.single.get_mut(key) {
                    *b |= bit;
                } else {
                    lex.single.insert(key.to_string(), bit);
                }
            } else if words <= MAX_WORDS {
                if let Some(b) = lex.multi.get_mut(key) {
                    *b |= bit;
                } else {
                    lex.multi.insert(key.to_string(), bit);
                }
                let first = key.split(' ').next().unwrap_or(key);
                if !lex.multi_first.contains(first) {
                    lex.multi_first.insert(first.to_string());
                }
                lex.max_words = lex.max_words.max(words);
            }
        }
        lex
    }
}

fn is_true(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "yes" | "1" | "y" | "t")
}

/// The key without a leading ال when at least two letters remain.
fn strip_article(key: &str) -> Option<&str> {
    key.strip_prefix("ال").filter(|r| r.chars().count() >= 2)
}

/// A TSV file with a header row.
struct Table<'a> {
    name: &'static str,
    header: Vec<&'a str>,
    rows: Vec<Vec<&'a str>>,
}

impl<'a> Table<'a> {
    fn parse(s: &'a str, name: &'static str) -> Result<Table<'a>, crate::Error> {
        let mut lines = s.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let header: Vec<&str> = match lines.next() {
            Some(h) => h.split('\t').map(|c| c.trim().trim_start_matches('\u{feff}')).collect(),
            None => {
                return Err(crate::Error::Resource {
                    file: name.into(),
                    line: 1,
                    message: "empty file: expected a header row".into(),
                });
            }
        };
        let rows = lines
            .map(|l| l.split('\t').map(|c| c.trim().trim_matches('"')).collect())
            .collect();
        Ok(Table { name, header, rows })
    }

    fn column(&self, names: &[&str]) -> Result<usize, crate::Error> {
        names
            .iter()
            .find_map(|n| self.header.iter().position(|h| h.eq_ignore_ascii_case(n)))
            .ok_or_else(|| self.missing(names[0]))
    }

    fn missing(&self, col: &str) -> crate::Error {
        crate::Error::Resource {
            file: self.name.into(),
            line: 1,
            message: format!("no column {col:?} in the header ({})", self.header.join(", ")),
        }
    }
}

/// The coarse shape of a token.
fn shape(key: &str) -> &'static str {
    let mut arabic = false;
    let mut latin = false;
    let mut digit = false;
    let mut other = false;
    for c in key.chars() {
        if c.is_ascii_digit() {
            digit = true;
        } else if c.is_ascii_alphabetic() {
            latin = true;
        } else if crate::text::clitic::is_arabic_letter(c) {
            arabic = true;
        } else if !matches!(c, '.' | ',' | '-' | '/' | ':') {
            other = true;
        }
    }
    match (arabic, latin, digit, other) {
        (false, false, false, _) => "punct",
        (true, false, false, false) => "ar",
        (false, true, false, false) => "lat",
        (false, false, true, false) => "num",
        (_, _, true, _) => "hasnum",
        _ => "mix",
    }
}

/// What the templates need to know about one token, computed once per
/// sentence.
pub(crate) struct TokInfo {
    key: String,
    /// Byte ends of the first 1..=4 characters of the key, and byte starts
    /// of the last 1..=4.
    pre: [usize; 4],
    suf: [usize; 4],
    nchars: usize,
    /// Byte range of the main stem in `key`.
    main: (usize, usize),
    /// Byte ranges of the other stems.
    stems: Vec<(usize, usize)>,
    /// Byte starts of enclitics cut by some reading.
    enclitics: Vec<usize>,
    /// Lexicon kinds of the key or any stem.
    lex: u16,
    /// Multi-word lexicon matches starting here / continuing here.
    gz_b: u16,
    gz_i: u16,
    /// A nisba adjective on a known place.
    nisba: bool,
    shape: &'static str,
    /// Word classes of the key (or, for a word not clustered, of its main
    /// stem), one per granularity.
    cl: [u16; 4],
    ncl: usize,
}

impl TokInfo {
    fn main(&self) -> &str {
        &self.key[self.main.0..self.main.1]
    }
}

/// Char boundaries helper: the byte ends of the first `n` chars and the
/// byte starts of the last `n` chars (clamped to the word).
fn affix_bounds(s: &str) -> ([usize; 4], [usize; 4], usize) {
    let mut pre = [s.len(); 4];
    let mut suf = [0usize; 4];
    let mut n = 0;
    for (k, (b, _)) in s.char_indices().skip(1).take(4).enumerate() {
        pre[k] = b;
    }
    for (k, (b, _)) in s.char_indices().rev().take(4).enumerate() {
        suf[k] = b;
    }
    for _ in s.chars() {
        n += 1;
    }
    (pre, suf, n)
}

/// The per-token information of a sentence.
pub(crate) fn sentence_info(words: &[&str], lex: &NerLexicon) -> Vec<TokInfo> {
    let mut buf: Vec<Analysis> = Vec::with_capacity(8);
    let mut out: Vec<TokInfo> = Vec::with_capacity(words.len());
    let mut scratch = String::with_capacity(32);
    for w in words {
        let key = match_key(w);
        let key = if key.is_empty() { "_".to_string() } else { key };
        analyses_into(&key, &mut buf);
        let (pre, suf, nchars) = affix_bounds(&key);
        let range = |a: &Analysis| -> (usize, usize) {
            let s = a.stem(&key);
            let start = s.as_ptr() as usize - key.as_ptr() as usize;
            (start, start + s.len())
        };
        let mut lexbits = lex.bits(&key);
        let mut stems = Vec::new();
        let mut enclitics = Vec::new();
        let mut lex_stem = None;
        let mut article_stem: Option<((usize, usize), u8)> = None;
        let mut conj_stem = None;
        for a in buf.iter().skip(1) {
            let r = range(a);
            let stem = &key[r.0..r.1];
            let bits = lex.bits(stem);
            lexbits |= bits;
            if bits != 0 && lex_stem.is_none() && a.suffix == 0 {
                lex_stem = Some(r);
            }
            if a.article && a.suffix == 0 && article_stem.is_none_or(|(_, p)| a.prefix > p) {
                article_stem = Some((r, a.prefix));
            }
            if !a.article && a.suffix == 0 && conj_stem.is_none() && nchars >= 5 && matches!(&key[..r.0], "و" | "ف") {
                conj_stem = Some(r);
            }
            if a.suffix > 0 && !enclitics.contains(&r.1) {
                enclitics.push(r.1);
            }
            if !stems.contains(&r) {
                stems.push(r);
            }
        }
        let main = if lex.bits(&key) != 0 {
            (0, key.len())
        } else {
            lex_stem
                .or(article_stem.map(|x| x.0))
                .or(conj_stem)
                .unwrap_or((0, key.len()))
        };
        stems.retain(|r| *r != main);
        // Nisba: العراقي، السورية، الأمريكية on a known place.
        let m = &key[main.0..main.1];
        let base = m.strip_suffix("ية").or_else(|| m.strip_suffix('ي'));
        let place = LexKind::Place.bit() | LexKind::Country.bit();
        let nisba = base.is_some_and(|b| {
            b.chars().count() >= 2
                && ["", "ا", "يا", "ة"].iter().any(|end| {
                    scratch.clear();
                    scratch.push_str(b);
                    scratch.push_str(end);
                    lex.bits(&scratch) & place != 0
                })
        });
        let mut cl = [0u16; 4];
        let mut ncl = 0;
        if let Some(c) = lex
            .clusters
            .get(&key)
            .or_else(|| lex.clusters.get(&key[main.0..main.1]))
        {
            ncl = c.len().min(4);
            cl[..ncl].copy_from_slice(&c[..ncl]);
        }
        out.push(TokInfo {
            cl,
            ncl,
            shape: shape(&key),
            key,
            pre,
            suf,
            nchars,
            main,
            stems,
            enclitics,
            lex: lexbits,
            gz_b: 0,
            gz_i: 0,
            nisba,
        });
    }
    // Multi-word lexicon matches: the first word may carry clitics.
    if lex.max_words >= 2 {
        let mut joined = String::new();
        for j in 0..out.len() {
            let firsts: Vec<(usize, usize)> = std::iter::once((0, out[j].key.len()))
                .chain(out[j].stems.iter().copied())
                .chain([out[j].main])
                .collect();
            for (a, b) in firsts {
                let first = &out[j].key[a..b];
                if !lex.multi_first.contains(first) {
                    continue;
                }
                joined.clear();
                joined.push_str(first);
                for n in 2..=lex.max_words.min(out.len() - j) {
                    joined.push(' ');
                    joined.push_str(&out[j + n - 1].key);
                    if let Some(&bits) = lex.multi.get(joined.as_str()) {
                        out[j].gz_b |= bits;
                        for t in &mut out[j + 1..j + n] {
                            t.gz_i |= bits;
                        }
                    }
                }
            }
        }
    }
    out
}

/// Writes feature strings into a reused buffer and hands each to a sink.
struct Emitter<'f, F: FnMut(&str)> {
    buf: String,
    sink: &'f mut F,
}

impl<F: FnMut(&str)> Emitter<'_, F> {
    #[inline]
    fn put(&mut self, a: &str, b: &str) {
        self.buf.clear();
        self.buf.push_str(a);
        self.buf.push_str(b);
        (self.sink)(&self.buf);
    }

    #[inline]
    fn put3(&mut self, a: &str, b: &str, c: &str) {
        self.put_all(&[a, b, c]);
    }

    #[inline]
    fn put_all(&mut self, parts: &[&str]) {
        self.buf.clear();
        for p in parts {
            self.buf.push_str(p);
        }
        (self.sink)(&self.buf);
    }

    fn bits(&mut self, prefix: &str, bits: u16, tail: &str) {
        for k in LexKind::ALL {
            if bits & k.bit() != 0 {
                self.put3(prefix, k.code(), tail);
            }
        }
    }
}

/// Cluster feature prefixes: `[granularity][position]`, positions
/// current, previous, next.
const CL: [[&str; 3]; 4] = [
    ["k0=", "k0-1=", "k0+1="],
    ["k1=", "k1-1=", "k1+1="],
    ["k2=", "k2-1=", "k2+1="],
    ["k3=", "k3-1=", "k3+1="],
];

/// A class number as text, without allocating.
fn num(n: u16, buf: &mut [u8; 5]) -> &str {
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

const PRE: [&str; 4] = ["p1=", "p2=", "p3=", "p4="];
const SUF: [&str; 4] = ["s1=", "s2=", "s3=", "s4="];
const LEN: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10+"];

/// Window templates: (offset, key prefix, main-stem prefix, lexicon prefix,
/// suffix prefix, shape prefix).
const WINDOW: [(isize, &str, &str, &str, &str, &str); 4] = [
    (-2, "w-2=", "m-2=", "lx-2=", "s2-2=", "sh-2="),
    (-1, "w-1=", "m-1=", "lx-1=", "s2-1=", "sh-1="),
    (1, "w+1=", "m+1=", "lx+1=", "s2+1=", "sh+1="),
    (2, "w+2=", "m+2=", "lx+2=", "s2+2=", "sh+2="),
];

/// Emits the features of token `i`.
fn token_features<F: FnMut(&str)>(info: &[TokInfo], i: usize, e: &mut Emitter<'_, F>) {
    let t = &info[i];
    let key = t.key.as_str();
    e.put("b", "");
    e.put("w=", key);
    let main = t.main();
    if t.main != (0, key.len()) {
        e.put("m=", main);
        e.put("pc=", &key[..t.main.0]);
    }
    for &(a, b) in &t.stems {
        e.put("st=", &key[a..b]);
    }
    for &s in &t.enclitics {
        e.put("en=", &key[s..]);
    }
    let k = t.nchars.min(4);
    for n in 0..k {
        if n + 1 < t.nchars {
            e.put(PRE[n], &key[..t.pre[n]]);
            e.put(SUF[n], &key[t.suf[n]..]);
        }
    }
    if t.main != (0, key.len()) {
        let (pre, suf, n) = affix_bounds(main);
        for k in 1..3.min(n.saturating_sub(1)) {
            e.put(["", "mp2=", "mp3="][k], &main[..pre[k]]);
            e.put(["", "ms2=", "ms3="][k], &main[suf[k]..]);
        }
    }
    // Letter trigrams inside the word: transliterated foreign names
    // (جوزيه، ايبواه) share letter patterns that affixes miss.
    if t.shape == "ar" && t.nchars >= 4 {
        let b: Vec<usize> = key.char_indices().map(|(b, _)| b).chain([key.len()]).collect();
        for k in 0..b.len().saturating_sub(3) {
            e.put("c3=", &key[b[k]..b[k + 3]]);
        }
    }
    e.put("sh=", t.shape);
    e.put("len=", LEN[t.nchars.min(10)]);
    if i == 0 {
        e.put("first", "");
    }
    if i + 1 == info.len() {
        e.put("last", "");
    }
    e.bits("lx=", t.lex, "");
    e.bits("gz=", t.gz_b, "-B");
    e.bits("gz=", t.gz_i, "-I");
    if t.nisba {
        e.put("nisba", "");
    }
    for (d, wp, mp, lp, sp, hp) in WINDOW {
        let j = i as isize + d;
        if j < 0 || j as usize >= info.len() {
            e.put(wp, if j < 0 { "<s>" } else { "</s>" });
            continue;
        }
        let u = &info[j as usize];
        e.put(wp, &u.key);
        if u.main != (0, u.key.len()) {
            e.put(mp, u.main());
        }
        e.bits(lp, u.lex, "");
        if u.nchars > 2 {
            e.put(sp, &u.key[u.suf[1]..]);
        }
        if u.shape != "ar" {
            e.put(hp, u.shape);
        }
        // Verb and preposition morphology of the neighbours (وسيغيب، واعاد).
        if d.abs() == 1 && u.nchars > 2 {
            e.put(if d < 0 { "p2-1=" } else { "p2+1=" }, &u.key[..u.pre[1]]);
        }
    }
    // Word classes of the token and its neighbours.
    let mut nb = [0u8; 5];
    for (pos, j) in [(0usize, Some(i)), (1, i.checked_sub(1)), (2, Some(i + 1))] {
        let Some(u) = j.and_then(|j| info.get(j)) else { continue };
        for (prefixes, &c) in CL.iter().zip(&u.cl[..u.ncl]) {
            e.put(prefixes[pos], num(c, &mut nb));
        }
    }
    if t.shape == "ar" && t.lex & LexKind::Frequent.bit() == 0 {
        e.put("rare", "");
    }
    // A title up to three words back (الرئيس السوداني عمر حسن البشير).
    if info[i.saturating_sub(3)..i]
        .iter()
        .any(|u| u.lex & LexKind::Title.bit() != 0)
    {
        e.put("ttl<=3", "");
    }
    let prev = if i > 0 { info[i - 1].key.as_str() } else { "<s>" };
    let next = info.get(i + 1).map_or("</s>", |u| u.key.as_str());
    e.put_all(&["w-1|w=", prev, "|", key]);
    e.put_all(&["w|w+1=", key, "|", next]);
    e.put_all(&[
        "m-1|m=",
        info.get(i.wrapping_sub(1)).map_or("<s>", |u| u.main()),
        "|",
        main,
    ]);
}

/// Calls `sink(i, feature)` for every feature of every token of the
/// sentence: the one place features are defined.
pub(crate) fn sentence_features(words: &[&str], lex: &NerLexicon, mut sink: impl FnMut(usize, &str)) {
    let info = sentence_info(words, lex);
    let cur = std::cell::Cell::new(0usize);
    let mut f = |s: &str| sink(cur.get(), s);
    let mut e = Emitter {
        buf: String::with_capacity(64),
        sink: &mut f,
    };
    for i in 0..info.len() {
        cur.set(i);
        token_features(&info, i, &mut e);
    }
}

/// The features of token `i` of a sentence (appended to `out`); empty
/// when `i` is out of range. Training and tagging use the same templates.
/// To see exactly what a trained model sees, pass its frozen lexicon
/// ([`super::CrfTagger::lexicon`]): training adds the frequent words of
/// the training text to the lexicon it is given.
pub fn features(words: &[&str], i: usize, lex: &NerLexicon, out: &mut Vec<String>) {
    if i >= words.len() {
        return;
    }
    let info = sentence_info(words, lex);
    let mut f = |s: &str| out.push(s.to_string());
    let mut e = Emitter {
        buf: String::new(),
        sink: &mut f,
    };
    token_features(&info, i, &mut e);
}
