//! The entity lexicon: actors, places, countries, force nouns, titles,
//! place descriptors and anaphors, parsed from `data/` and compiled once.
//!
//! Names that may be matched bare (actors, countries, governorates,
//! cities, towns, camps, prisons, regions …) go into one character-wise
//! double-array Aho-Corasick automaton (daachorse) over match keys; every
//! name is also stored without its article (الحسكة → حسكة) so that
//! للحسكة (ل + ال + حسكة) matches. Villages and names that are common words
//! are matched only after a descriptor (قرية X، بلدة X) via a hash map.

use crate::error::Error;
use crate::text::normalize::match_key;
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// One actor of `data/actors/actors.tsv`.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub label_en: String,
    pub label_ar: String,
    pub category: String,
    pub country: Option<String>,
    pub inter: Option<u8>,
    pub parent: Option<String>,
}

/// One place of the gazetteer (places, extra places, countries).
#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub name_en: String,
    pub name_ar: String,
    pub feature: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub admin1_id: Option<String>,
    pub admin2_id: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
}

impl Place {
    /// Facilities are their own entity kind.
    pub fn is_facility(&self) -> bool {
        matches!(
            self.feature.as_str(),
            "camp" | "prison" | "crossing" | "airport" | "base" | "facility"
        )
    }

    /// Rank for disambiguation: bigger, more administrative places first.
    pub fn rank(&self) -> u32 {
        match self.feature.as_str() {
            "country" => 9,
            // A bare name shared by a city and its governorate is the city
            // more often; "محافظة X" picks the governorate by its feature.
            "city" => 8,
            "governorate" => 7,
            "region" | "river" | "sea" | "lake" => 6,
            "district" => 5,
            "camp" | "prison" | "crossing" | "airport" | "base" | "facility" => 5,
            "town" | "subdistrict" => 4,
            "neighbourhood" => 3,
            _ => 2,
        }
    }
}

/// A force noun (الجيش، القوات، الشرطة …) that makes a state actor with a
/// nationality adjective or a country name.
#[derive(Debug, Clone)]
pub struct ForceNoun {
    pub category: String,
    /// Column `id`: the composed actor's id after the country code
    /// (`actor:ps_civil_defence`); the category when empty.
    pub slug: String,
    pub inter: Option<u8>,
    pub template: String,
    /// Column `bare`: `1` if the noun alone names the state's own force
    /// (الجيش، الشرطة، قوات الأمن), `place` if it does so before a place
    /// name (شرطة عدن); empty otherwise (القوات، الطائرات need a country).
    pub bare: Option<String>,
}

/// An unnamed collective actor (المتظاهرون، مسلحون مجهولون، المستوطنون):
/// who acted or was acted on when the text names no group.
#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub category: String,
    /// `{country}` is the document's clear country, if any.
    pub template: String,
    /// A fixed country (settlers), else the document's.
    pub country: Option<String>,
}

/// A title or role word before a person's name.
#[derive(Debug, Clone)]
pub struct Title {
    pub kind: String,
    pub takes_org: bool,
}

/// A word before a place name saying what it is (مدينة، قرية، حي …), or a
/// direction (جنوب، شمال شرق …).
#[derive(Debug, Clone)]
pub struct Descriptor {
    pub feature: Option<String>,
    pub direction: bool,
    /// A plural or dual (مدن، سجون، قريتي), or a noun marked `known`
    /// (منطقة، مركز، مقر): it introduces only names the gazetteer knows,
    /// never an unknown one.
    pub plural: bool,
    /// Kind `dual` (بلدتي، مدينتي، قريتي): a plural that, before two names
    /// joined by و (بين بلدتي X وY), names both even where the gazetteer
    /// knows neither.
    pub dual: bool,
    /// Kind `capital` (العاصمة): with a nationality adjective it is that
    /// country's capital (العاصمة اللبنانية).
    pub capital: bool,
    /// Kind `territory` (الأراضي، أراضي): with a nationality adjective it
    /// is that country (داخل الأراضي المالية = Mali).
    pub territory: bool,
    /// Kind `foreign` (سفارة، قنصلية): the country named after it owns the
    /// facility and is not where it stands (سفارة المغرب في لبنان).
    pub foreign: bool,
    /// Kind `media` (صحيفة، وكالة، مراسلة): the name after it is a news
    /// outlet's (صحيفة الشرق الأوسط، وكالة الأناضول), not a place.
    pub media: bool,
    /// Kind `transliterated` (منطقة، ولاية، مقاطعة): like `known`, but an
    /// indefinite word that reads as a transliterated name (منطقة بوكوس،
    /// ولاية بلاتو) is a place too; an ordinary word (منطقة عازلة) is not.
    pub transliterated: bool,
}

/// A definite description that refers back to an entity (التنظيم، الباحث).
#[derive(Debug, Clone)]
pub struct Anaphor {
    /// `person`, `organization`, `facility`, `place`.
    pub kind: String,
    /// For persons: a role word the antecedent's role must contain; for
    /// organisations: categories (`|`-separated); for places: features.
    pub requires: Vec<String>,
}

/// A head noun of organisation names (وزارة، جهاز، مجلس …).
#[derive(Debug, Clone, Copy)]
pub struct OrgHead {
    /// The head also takes an international organisation's name (بعثة
    /// الأمم المتحدة): a body of its own, not the organisation.
    pub mission: bool,
    /// With ب glued before it the word still heads a name (بوزارة الصحة);
    /// not so where ب makes an idiom (بقيادة "led by").
    pub after_ba: bool,
    /// The head names a body only with a public sector's noun right after
    /// it (مديرية أمن سبها، ولاية الأمن، دائرة صحة ذي قار); before
    /// anything else it is a place's descriptor (مديرية بني الحارث).
    pub sector: bool,
}

/// What a name in the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Actor(u32),
    Place(u32),
}

/// The data files the entity lexicon is built from, as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntitySources<'a> {
    pub actors: &'a str,
    pub force_nouns: &'a str,
    pub groups: &'a str,
    pub titles: &'a str,
    pub places: &'a str,
    pub places_extra: &'a str,
    pub countries: &'a str,
    pub descriptors: &'a str,
    pub stop_names: &'a str,
    pub anaphors: &'a str,
    pub org_heads: &'a str,
    /// Given-name and surname lists (`data/names/`): a place name that is a
    /// given name before a surname is a person (سليم دراغمة).
    pub given_names: &'a [&'a str],
    pub surnames: &'a [&'a str],
    /// Words that are never part of a person's name (`data/names/non_name_words.tsv`).
    pub non_name_words: &'a str,
    /// Number words (`data/numbers/number_words.tsv`): its ordinals end a
    /// neighbourhood's name (حي المنزه السادس).
    pub number_words: &'a str,
}

/// The compiled entity lexicon.
pub struct EntityLexicon {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// Bare-matchable names: pattern → targets (`values[pattern value]`).
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    values: Vec<Vec<Target>>,
    /// Whether the pattern is a name with its article removed.
    stripped: Vec<bool>,
    /// Every place name (villages too), for descriptor look-ups.
    pub all_places: FxHashMap<String, Vec<u32>>,
    /// Nationality adjective (no article) → country index in `places`.
    pub adjectives: HashMap<String, u32>,
    /// Country code → index in `places`.
    pub countries: HashMap<String, u32>,
    /// Phrases keyed by their first token key.
    pub force_nouns: PhraseMap<ForceNoun>,
    /// Unnamed collective actors: phrase → index in `groups`.
    pub group_phrases: PhraseMap<u32>,
    pub groups: Vec<Group>,
    pub titles: PhraseMap<Title>,
    pub descriptors: PhraseMap<Descriptor>,
    pub anaphors: HashMap<String, Anaphor>,
    /// Organisation head nouns by match key (no article).
    pub org_heads: HashMap<String, OrgHead>,
    /// Nouns of a public sector (أمن، تربية، صحة، شغل), without article:
    /// the genitive of a sector head, or what a body is for behind لل
    /// (الاتحاد الجهوي للشغل), from `org_heads.tsv` kind `domain`.
    pub org_domains: HashSet<String>,
    /// Non-nisba adjectives an organisation name may end in (العام، العليا).
    pub org_adjectives: HashSet<String>,
    /// The last word of a body's name that takes what it defends behind
    /// عن (الدفاع، للدفاع، حماية): `about` rows of org_heads.tsv.
    pub org_about: HashSet<String>,
    /// Ordinals with the article (الأول، السادس), match keys: part of a
    /// neighbourhood's name after it.
    pub ordinals: HashSet<String>,
    /// Heads of military units named by number (فرقة، لواء، كتيبة) and the
    /// branch words after the number (مشاة، مدرعة), match keys without
    /// the article.
    pub unit_heads: HashSet<String>,
    pub unit_branches: HashSet<String>,
    /// Name words that need the next word (ابن، أبو، عبد).
    pub name_linkers: HashSet<String>,
    /// Head nouns of a clan or tribe by match key (عشيرة، قبيلتي، عشائر):
    /// their number, 1, 2 or 3 (plural).
    pub clan_heads: HashMap<String, u8>,
    /// Words that open a clan's name (آل، البو، بني).
    pub clan_markers: HashSet<String>,
    /// Actor id → index.
    pub actor_index: HashMap<String, u32>,
    /// Stop names (match keys): never a place without a descriptor.
    stop: FxHashSet<String>,
    /// Stop names that stop only the form as written (`=X`).
    stop_exact: FxHashSet<String>,
    /// Country index → index of its capital (from `capital_geonames`).
    pub capitals: HashMap<u32, u32>,
    /// Capital's place index → its country's index (the reverse map).
    pub capital_country: HashMap<u32, u32>,
    /// Given names and surnames (match keys).
    pub given_names: FxHashSet<String>,
    pub surnames: FxHashSet<String>,
    /// Words never in a person's name: match key → whether it is an
    /// identity noun (اسمه، هويته) that ends an anonymity formula.
    pub non_name: HashMap<String, bool>,
    /// Given names that are ordinary adjectives (حازم "firm", شاهد
    /// "witness"): alone, never a person (موقف حازم).
    pub adjective_names: std::collections::HashSet<String>,
    /// Prayers (صلاة، أذان): a place name after one is the prayer's time
    /// (صلاة المغرب), not the place.
    pub prayer: std::collections::HashSet<String>,
    /// Heads that name an organisation only with a quoted name after them
    /// (حركة «فتح»، جماعة «X»): match key → whether it is a plural that
    /// introduces a list (المجموعات الإسلامية، وأبرزها «X» و«Y»).
    pub quoted_org_heads: HashMap<String, bool>,
    /// A news outlet's short form, named only where a source stands (a
    /// dateline's credit, a parenthesis): match key → actor index. Read
    /// off the media rows: the name after a media noun (وكالة الأناضول →
    /// الأناضول) and an acronym after the full name (وكالة أنباء الإمارات
    /// وام → وام). A form two outlets share is left out.
    pub source_forms: HashMap<String, u32>,
    /// An actor's name without the head that needs quotes after it (حركة
    /// فتح → فتح): match key → actor index, read only where it stands
    /// alone in quotation marks («فتح»). A form two actors share is left out.
    pub quoted_short: HashMap<String, u32>,
    /// `quoted_force` rows of org_heads.tsv: quoted heads that give no
    /// short forms.
    pub quoted_force_heads: HashSet<String>,
    /// Words that open a dateline's credit naming no outlet (كتب، وكالات،
    /// خاص), from `org_heads.tsv` kind `byline`.
    pub byline_words: HashSet<String>,
    /// Verbs of speech and policy whose subject a capital is as its state
    /// (دمشق تتهم، رفضت طهران), from `org_heads.tsv` kind `state_verb`.
    pub state_verbs: HashSet<String>,
    /// Words of allegiance after which a capital is its state (موالية
    /// لطهران، مدعومة من أنقرة), kind `state_linker`.
    pub state_linkers: HashSet<String>,
    /// Verbs whose object is the party charged or called on (اتهمت الوزارة
    /// موسكو بـ، متهما إسلام آباد بـ، دعت واشنطن إلى), kind `charge_verb`.
    pub charge_verbs: HashSet<String>,
}

impl std::fmt::Debug for EntityLexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntityLexicon")
            .field("actors", &self.actors.len())
            .field("places", &self.places.len())
            .field("patterns", &self.values.len())
            .finish()
    }
}

/// Multi-word phrases looked up by their first token's key.
#[derive(Debug, Clone)]
pub struct PhraseMap<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for PhraseMap<T> {
    fn default() -> Self {
        PhraseMap {
            by_first: HashMap::new(),
        }
    }
}

impl<T> PhraseMap<T> {
    fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<String> = match_key(phrase)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let Some(first) = words.first().cloned() else {
            return;
        };
        let v = self.by_first.entry(first).or_default();
        v.push((words, value));
        // Longest phrase first.
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }

    /// The longest phrase starting with the token keys `keys[0]` (already
    /// stripped of proclitics), `keys[1]`, …: its length in tokens.
    pub fn longest<'s>(&'s self, first: &str, rest: &[&str]) -> Option<(usize, &'s T)> {
        let cands = self.by_first.get(first)?;
        cands.iter().find_map(|(words, v)| {
            let n = words.len();
            (n - 1 <= rest.len() && words[1..].iter().zip(rest).all(|(a, b)| a == b)).then_some((n, v))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// A TSV row: its line number and a map from column name to value.
pub(crate) type Row<'a> = (usize, Fields<'a>);

/// One TSV row's fields by column name. The header is shared by all rows
/// and searched linearly: a dozen columns, faster than hashing each row
/// (the gazetteer has 69,000 rows).
pub(crate) struct Fields<'a> {
    cols: Rc<[&'a str]>,
    vals: Vec<&'a str>,
}

impl<'a> Fields<'a> {
    /// The value of column `name`, if the row has it.
    pub(crate) fn get(&self, name: &str) -> Option<&&'a str> {
        self.cols.iter().position(|c| *c == name).and_then(|i| self.vals.get(i))
    }
}

/// Adds `idx` under `key` without allocating the key when it is there.
fn push_place(map: &mut FxHashMap<String, Vec<u32>>, key: &str, idx: u32) {
    match map.get_mut(key) {
        Some(v) => v.push(idx),
        None => {
            map.insert(key.to_string(), vec![idx]);
        }
    }
}

/// The fields of one TSV line, trimmed of ASCII white space. The tabs are
/// found with `memchr`: splitting the gazetteer (69,000 lines of 13
/// fields) with `str::split` was a quarter of the lexicon's load time.
fn split_tabs(line: &str, cols: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(cols);
    let mut start = 0;
    for i in memchr::memchr_iter(b'\t', line.as_bytes()) {
        out.push(line.get(start..i).unwrap_or("").trim_ascii());
        start = i + 1;
    }
    out.push(line.get(start..).unwrap_or("").trim_ascii());
    out
}

/// The columns of a TSV header, each of `required` among them.
fn header_columns<'a>(header: &'a str, file: &str, required: &[&str]) -> Result<Vec<&'a str>, Error> {
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    match required.iter().find(|r| !cols.contains(r)) {
        Some(r) => Err(Error::Resource {
            file: file.into(),
            line: 1,
            message: format!("missing column {r:?}"),
        }),
        None => Ok(cols),
    }
}

/// Rows of a TSV with a header: a map from column name to value per row,
/// produced as they are read.
pub(crate) fn tsv_rows<'a>(
    text: &'a str,
    file: &str,
    required: &[&str],
) -> Result<impl Iterator<Item = Row<'a>> + 'a, Error> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let cols = match lines.next() {
        Some((_, header)) => header_columns(header, file, required)?,
        None => Vec::new(),
    };
    let cols: Rc<[&str]> = cols.into();
    Ok(lines.map(move |(n, l)| {
        (
            n + 1,
            Fields {
                vals: split_tabs(l, cols.len()),
                cols: cols.clone(),
            },
        )
    }))
}

fn opt(s: Option<&&str>) -> Option<String> {
    s.map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_string)
}

fn list<'a>(s: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    s.copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Features whose names may be matched bare in running text.
fn bare_feature(feature: &str, population: u64) -> bool {
    match feature {
        "village" | "locality" => false,
        "town" => population >= 5_000 || population == 0,
        "neighbourhood" => false,
        _ => true,
    }
}

/// One gazetteer row, parsed: the place, the match keys of its names,
/// and whether they may be matched bare.
struct ParsedPlace {
    place: Place,
    keys: Vec<String>,
    bare: bool,
}

/// The gazetteer columns read, in the order `parse_place_rows` takes them.
const PLACE_COLUMNS: [&str; 12] = [
    "names_ar",
    "id",
    "population",
    "feature",
    "name_en",
    "country",
    "admin1",
    "admin2",
    "admin1_id",
    "admin2_id",
    "lat",
    "lon",
];

/// Splits a TSV text into its header line and the text after it (comment
/// and blank lines before the header are skipped).
fn header_and_body(text: &str) -> (&str, &str) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        let l = line.trim_end_matches(['\n', '\r']);
        if !l.trim().is_empty() && !l.starts_with('#') {
            return (l, text.get(offset..).unwrap_or(""));
        }
    }
    ("", "")
}

/// Splits `body` into at most `n` pieces of whole lines.
fn line_chunks(body: &str, n: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(n);
    let mut rest = body;
    for i in (1..=n).rev() {
        if i == 1 || rest.is_empty() {
            out.push(rest);
            break;
        }
        let cut = rest.len() / i;
        let end = rest
            .as_bytes()
            .get(cut..)
            .and_then(|b| memchr::memchr(b'\n', b))
            .map_or(rest.len(), |j| cut + j + 1);
        let (a, b) = rest.split_at(end);
        out.push(a);
        rest = b;
    }
    out
}

/// Parses the gazetteer rows of `body` (`pos`: positions of
/// [`PLACE_COLUMNS`] in the header).
fn parse_place_rows(
    body: &str,
    pos: &[Option<usize>; 12],
    ncols: usize,
    extra: bool,
    capital_ids: &FxHashMap<String, u32>,
) -> Vec<ParsedPlace> {
    let [
        c_names,
        c_id,
        c_pop,
        c_feature,
        c_en,
        c_country,
        c_a1,
        c_a2,
        c_a1id,
        c_a2id,
        c_lat,
        c_lon,
    ] = *pos;
    let mut out = Vec::new();
    for l in body.lines() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let vals = split_tabs(l, ncols);
        let at = |c: Option<usize>| c.and_then(|i| vals.get(i));
        let names: Vec<&str> = list(at(c_names)).collect();
        let Some(first) = names.first() else {
            continue;
        };
        let id = at(c_id).copied().unwrap_or("");
        let population = at(c_pop).and_then(|s| s.parse().ok()).unwrap_or(0);
        let feature = at(c_feature).copied().unwrap_or("").to_string();
        // A national capital is read bare whatever its feature (East
        // Jerusalem is a neighbourhood row).
        let bare = bare_feature(&feature, population) || extra || capital_ids.contains_key(id);
        out.push(ParsedPlace {
            place: Place {
                id: id.to_string(),
                name_en: at(c_en).copied().unwrap_or("").to_string(),
                name_ar: first.to_string(),
                feature,
                country: opt(at(c_country)),
                admin1: opt(at(c_a1)),
                admin2: opt(at(c_a2)),
                admin1_id: opt(at(c_a1id)),
                admin2_id: opt(at(c_a2id)),
                lat: at(c_lat).and_then(|s| s.parse().ok()),
                lon: at(c_lon).and_then(|s| s.parse().ok()),
                population,
            },
            keys: names.iter().map(|n| match_key(n)).collect(),
            bare,
        });
    }
    out
}

/// Parses a gazetteer file, in as many threads as the machine has (up to
/// four) when it is long.
fn parse_places(text: &str, file: &str, capital_ids: &FxHashMap<String, u32>) -> Result<Vec<ParsedPlace>, Error> {
    let (header, body) = header_and_body(text);
    if header.is_empty() {
        return Ok(Vec::new());
    }
    let cols = header_columns(header, file, &["id", "names_ar", "feature"])?;
    let pos = PLACE_COLUMNS.map(|n| cols.iter().position(|c| *c == n));
    let extra = file.ends_with("extra.tsv");
    let threads = if body.len() < 1 << 16 {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(4)
    };
    let chunks = line_chunks(body, threads);
    if chunks.len() <= 1 {
        return Ok(parse_place_rows(body, &pos, cols.len(), extra, capital_ids));
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|c| s.spawn(|| parse_place_rows(c, &pos, cols.len(), extra, capital_ids)))
            .collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().map_err(|_| Error::Resource {
                file: file.into(),
                line: 0,
                message: "a thread parsing the gazetteer failed".into(),
            })?);
        }
        Ok(out)
    })
}

/// Compiles the bare-name patterns (match key → pattern value).
fn compile(patterns: FxHashMap<String, (u32, bool)>) -> Result<Option<CharwiseDoubleArrayAhoCorasick<u32>>, Error> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut pats: Vec<(String, u32)> = patterns.into_iter().map(|(k, (v, _))| (k, v)).collect();
    pats.sort_unstable();
    CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(pats)
        .map(Some)
        .map_err(|e| Error::Resource {
            file: "entity lexicon".into(),
            line: 0,
            message: e.to_string(),
        })
}

impl EntityLexicon {
    /// Parses and compiles the sources. Empty sources give an empty lexicon.
    pub fn build(src: &EntitySources) -> Result<Self, Error> {
        let mut lex = EntityLexicon {
            actors: Vec::new(),
            places: Vec::new(),
            automaton: None,
            values: Vec::new(),
            stripped: Vec::new(),
            all_places: FxHashMap::default(),
            adjectives: HashMap::new(),
            countries: HashMap::new(),
            force_nouns: PhraseMap::default(),
            group_phrases: PhraseMap::default(),
            groups: Vec::new(),
            titles: PhraseMap::default(),
            descriptors: PhraseMap::default(),
            anaphors: HashMap::new(),
            org_heads: HashMap::new(),
            org_domains: HashSet::new(),
            org_adjectives: HashSet::new(),
            org_about: HashSet::new(),
            ordinals: HashSet::new(),
            unit_heads: HashSet::new(),
            unit_branches: HashSet::new(),
            name_linkers: HashSet::new(),
            clan_heads: HashMap::new(),
            clan_markers: HashSet::new(),
            actor_index: HashMap::new(),
            stop: FxHashSet::default(),
            stop_exact: FxHashSet::default(),
            capitals: HashMap::new(),
            capital_country: HashMap::new(),
            given_names: src
                .given_names
                .iter()
                .flat_map(|t| crate::lexicon::lines(t))
                .map(match_key)
                .collect(),
            surnames: src
                .surnames
                .iter()
                .flat_map(|t| crate::lexicon::lines(t))
                .map(match_key)
                .collect(),
            non_name: HashMap::new(),
            prayer: std::collections::HashSet::new(),
            adjective_names: std::collections::HashSet::new(),
            quoted_org_heads: HashMap::new(),
            source_forms: HashMap::new(),
            quoted_short: HashMap::new(),
            quoted_force_heads: HashSet::new(),
            byline_words: HashSet::new(),
            state_verbs: HashSet::new(),
            state_linkers: HashSet::new(),
            charge_verbs: HashSet::new(),
        };
        // `=X` stops the name X only as written (=جيزة: the district جيزة,
        // read in وجيزة "brief"; الجيزة stays); a plain entry stops the name
        // with or without its article.
        let mut stop: FxHashSet<String> = FxHashSet::default();
        let mut stop_exact: FxHashSet<String> = FxHashSet::default();
        for l in crate::lexicon::lines(src.stop_names) {
            match l.strip_prefix('=') {
                Some(x) => stop_exact.insert(match_key(x)),
                None => stop.insert(match_key(l)),
            };
        }
        let stop_plain: FxHashSet<String> = stop
            .iter()
            .flat_map(|x| [Some(x.as_str()), x.strip_prefix("ال")])
            .flatten()
            .map(str::to_string)
            .collect();
        // Capitals wanted: place id → country index.
        let mut capital_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut patterns: FxHashMap<String, (u32, bool)> = FxHashMap::default();
        // `key` is a name's match key.
        let mut add = |lex: &mut EntityLexicon, key: &str, t: Target| {
            if key.chars().count() < 2 {
                return;
            }
            let rest = key.strip_prefix("ال").filter(|r| r.chars().count() >= 3);
            for (form, stripped) in [(Some(key), false), (rest, true)] {
                let Some(form) = form else { continue };
                let multi = form.contains(' ');
                let id = match patterns.get(form) {
                    Some(&(id, _)) => id,
                    None => {
                        let id = patterns.len() as u32;
                        patterns.insert(form.to_string(), (id, stripped));
                        id
                    }
                };
                if id as usize == lex.values.len() {
                    lex.values.push(Vec::new());
                    lex.stripped.push(stripped);
                } else if !stripped && multi {
                    // A name of several words listed without its article
                    // too (القصر العيني|قصر العيني) is read bare both ways.
                    lex.stripped[id as usize] = false;
                }
                let v = &mut lex.values[id as usize];
                if !v.contains(&t) {
                    v.push(t);
                }
            }
        };

        let mut media_aliases: Vec<(u32, Vec<String>)> = Vec::new();
        let mut actor_aliases: Vec<(u32, String)> = Vec::new();
        for (line, row) in tsv_rows(
            src.actors,
            "actors/actors.tsv",
            &["id", "label_en", "category", "aliases_ar"],
        )? {
            let id = row.get("id").copied().unwrap_or("");
            if id.is_empty() {
                return Err(Error::Resource {
                    file: "actors/actors.tsv".into(),
                    line,
                    message: "empty id".into(),
                });
            }
            let idx = lex.actors.len() as u32;
            let aliases: Vec<&str> = list(row.get("aliases_ar")).collect();
            lex.actors.push(Actor {
                id: id.to_string(),
                label_en: row.get("label_en").copied().unwrap_or("").to_string(),
                label_ar: aliases.first().copied().unwrap_or("").to_string(),
                category: row.get("category").copied().unwrap_or("other").to_string(),
                country: opt(row.get("country")),
                inter: row.get("inter").and_then(|s| s.parse().ok()),
                parent: opt(row.get("parent")),
            });
            lex.actor_index.insert(id.to_string(), idx);
            if row.get("category").is_some_and(|c| *c == "media") {
                media_aliases.push((idx, aliases.iter().map(|a| match_key(a)).collect()));
            }
            actor_aliases.extend(aliases.iter().map(|a| (idx, match_key(a))));
            for a in aliases.iter().copied().chain(list(row.get("aliases_en"))) {
                add(&mut lex, &match_key(a), Target::Actor(idx));
            }
        }

        // Countries first: their names, adjectives and codes.
        for (_, row) in tsv_rows(
            src.countries,
            "gazetteer/countries.tsv",
            &["iso2", "name_en", "names_ar"],
        )? {
            let names: Vec<&str> = list(row.get("names_ar")).collect();
            let iso = row.get("iso2").copied().unwrap_or("").to_string();
            let idx = lex.places.len() as u32;
            lex.places.push(Place {
                id: format!("iso:{iso}"),
                name_en: row.get("name_en").copied().unwrap_or("").to_string(),
                name_ar: names.first().copied().unwrap_or("").to_string(),
                feature: "country".into(),
                country: Some(iso.clone()),
                admin1: None,
                admin2: None,
                admin1_id: None,
                admin2_id: None,
                lat: row.get("lat").and_then(|s| s.parse().ok()),
                lon: row.get("lon").and_then(|s| s.parse().ok()),
                population: 0,
            });
            lex.countries.insert(iso, idx);
            if let Some(c) = opt(row.get("capital_geonames")) {
                capital_ids.insert(format!("geonames:{c}"), idx);
            }
            for n in &names {
                let k = match_key(n);
                add(&mut lex, &k, Target::Place(idx));
                push_place(&mut lex.all_places, &k, idx);
            }
            for a in list(row.get("adjectives_ar")) {
                let k = match_key(a);
                lex.adjectives
                    .entry(k.strip_prefix("ال").map(str::to_string).unwrap_or(k))
                    .or_insert(idx);
            }
        }

        // The gazetteer's rows are parsed in parallel (they are most of the
        // load time), then indexed in file order so that indices and
        // patterns do not depend on the thread count. The descriptor index
        // (`all_places`) is filled in a thread of its own while the
        // automaton is compiled.
        let mut rows = parse_places(src.places, "gazetteer/places.tsv", &capital_ids)?;
        rows.extend(parse_places(
            src.places_extra,
            "gazetteer/places_extra.tsv",
            &capital_ids,
        )?);
        let base = lex.places.len() as u32;
        for (i, row) in (base..).zip(&rows) {
            if let Some(&c) = capital_ids.get(&row.place.id) {
                lex.capitals.insert(c, i);
                lex.capital_country.insert(i, c);
            }
            if !row.bare {
                continue;
            }
            for k in &row.keys {
                let plain = k.strip_prefix("ال").unwrap_or(k);
                // A stop name stops the name with or without its article
                // (الجديدة listed stops جديدة too): `stop_plain` holds
                // every stop name also without its article.
                if !stop_exact.contains(k) && !stop_plain.contains(plain) {
                    add(&mut lex, k, Target::Place(i));
                }
            }
        }
        let mut all_places = std::mem::take(&mut lex.all_places);
        let (automaton, all_places) = std::thread::scope(|s| {
            let index = s.spawn(|| {
                for (i, row) in (base..).zip(&rows) {
                    for k in &row.keys {
                        let plain = k.strip_prefix("ال").unwrap_or(k);
                        push_place(&mut all_places, plain, i);
                        if plain.len() != k.len() {
                            push_place(&mut all_places, k, i);
                        }
                    }
                }
                for v in all_places.values_mut() {
                    v.dedup();
                }
                all_places
            });
            let automaton = compile(patterns);
            let all_places = index.join().map_err(|_| Error::Resource {
                file: "gazetteer/places.tsv".into(),
                line: 0,
                message: "the thread indexing place names failed".into(),
            });
            (automaton, all_places)
        });
        lex.automaton = automaton?;
        lex.all_places = all_places?;
        lex.places.extend(rows.into_iter().map(|r| r.place));
        lex.stop = stop;
        lex.stop_exact = stop_exact;

        for (_, row) in tsv_rows(src.force_nouns, "actors/force_nouns.tsv", &["noun_ar", "category"])? {
            let noun = row.get("noun_ar").copied().unwrap_or("");
            lex.force_nouns.insert(
                noun,
                ForceNoun {
                    category: row.get("category").copied().unwrap_or("state_military").to_string(),
                    slug: row
                        .get("id")
                        .copied()
                        .filter(|s| !s.is_empty())
                        .or(row.get("category").copied())
                        .unwrap_or("state_military")
                        .to_string(),
                    inter: row.get("inter").and_then(|s| s.parse().ok()),
                    template: row.get("label_en_template").copied().unwrap_or("{country}").to_string(),
                    bare: opt(row.get("bare")),
                },
            );
        }
        let mut group_index: HashMap<String, u32> = HashMap::new();
        for (_, row) in tsv_rows(src.groups, "actors/groups.tsv", &["phrase_ar", "group"])? {
            let id = row.get("group").copied().unwrap_or("").to_string();
            let next = lex.groups.len() as u32;
            let g = *group_index.entry(id.clone()).or_insert(next);
            if g == next {
                lex.groups.push(Group {
                    id,
                    category: row.get("category").copied().unwrap_or("").to_string(),
                    template: row.get("label_en_template").copied().unwrap_or("").to_string(),
                    country: opt(row.get("country")),
                });
            }
            lex.group_phrases.insert(row.get("phrase_ar").copied().unwrap_or(""), g);
        }
        for (_, row) in tsv_rows(src.titles, "entities/titles.tsv", &["form", "kind"])? {
            lex.titles.insert(
                row.get("form").copied().unwrap_or(""),
                Title {
                    kind: row.get("kind").copied().unwrap_or("title").to_string(),
                    takes_org: row.get("takes_org").is_some_and(|s| *s == "1"),
                },
            );
        }
        for (_, row) in tsv_rows(src.descriptors, "gazetteer/descriptors.tsv", &["word", "kind"])? {
            let direction = row.get("kind").is_some_and(|k| *k == "direction");
            // Plurals (مدن، سجون) and nouns as often followed by a common
            // noun as by a name (منطقة خفض التصعيد، مركز التطوع، مقر الحزب)
            // introduce only names the gazetteer knows.
            let plural = row
                .get("kind")
                .is_some_and(|k| matches!(*k, "plural" | "known" | "dual" | "transliterated"));
            lex.descriptors.insert(
                row.get("word").copied().unwrap_or(""),
                Descriptor {
                    feature: opt(row.get("feature")),
                    direction,
                    plural,
                    dual: row.get("kind").is_some_and(|k| *k == "dual"),
                    capital: row.get("kind").is_some_and(|k| *k == "capital"),
                    territory: row.get("kind").is_some_and(|k| *k == "territory"),
                    foreign: row.get("kind").is_some_and(|k| *k == "foreign"),
                    media: row.get("kind").is_some_and(|k| *k == "media"),
                    transliterated: row.get("kind").is_some_and(|k| *k == "transliterated"),
                },
            );
        }
        for (_, row) in tsv_rows(src.anaphors, "coref/anaphors.tsv", &["form", "kind", "requires"])? {
            lex.anaphors.insert(
                match_key(row.get("form").copied().unwrap_or("")),
                Anaphor {
                    kind: row.get("kind").copied().unwrap_or("").to_string(),
                    requires: list(row.get("requires")).map(match_key).collect(),
                },
            );
        }
        for (_, row) in tsv_rows(src.number_words, "numbers/number_words.tsv", &["form", "kind"])? {
            if row.get("kind").is_some_and(|k| *k == "ordinal") {
                lex.ordinals.insert(match_key(row.get("form").copied().unwrap_or("")));
            }
        }
        for (_, row) in tsv_rows(src.non_name_words, "names/non_name_words.tsv", &["word", "class"])? {
            let word = match_key(row.get("word").copied().unwrap_or(""));
            if row.get("class").is_some_and(|c| *c == "prayer") {
                lex.prayer.insert(word.clone());
            }
            // (An adjective name may stand inside a longer name: حازم الأمين.)
            if row.get("class").is_some_and(|c| *c == "adjective") {
                lex.adjective_names.insert(word);
                continue;
            }
            lex.non_name
                .insert(word, row.get("class").is_some_and(|c| *c == "identity"));
        }
        for (_, row) in tsv_rows(src.org_heads, "entities/org_heads.tsv", &["form", "kind"])? {
            let form = match_key(row.get("form").copied().unwrap_or(""));
            match row.get("kind").copied().unwrap_or("") {
                k @ ("head" | "mission" | "sector_head") => {
                    lex.org_heads.insert(
                        form,
                        OrgHead {
                            mission: k == "mission",
                            after_ba: row.get("after_ba").is_none_or(|s| *s != "0"),
                            sector: k == "sector_head",
                        },
                    );
                }
                "domain" => {
                    lex.org_domains.insert(form);
                }
                "adjective" => {
                    lex.org_adjectives.insert(form);
                }
                "about" => {
                    lex.org_about.insert(form);
                }
                k @ ("quoted" | "quoted_plural") => {
                    lex.quoted_org_heads.insert(form, k == "quoted_plural");
                }
                // A force noun before a quoted name (شرطة "الكارابينيروس"):
                // a quoted head, but its listed aliases give no short forms
                // (شرطة العدو: «العدو» alone is no police).
                "quoted_force" => {
                    lex.quoted_org_heads.insert(form.clone(), false);
                    lex.quoted_force_heads.insert(form);
                }
                "linker" => {
                    lex.name_linkers.insert(form);
                }
                k @ ("clan" | "clan_dual" | "clan_plural") => {
                    let number = match k {
                        "clan" => 1,
                        "clan_dual" => 2,
                        _ => 3,
                    };
                    lex.clan_heads.insert(form, number);
                }
                "clan_marker" => {
                    lex.clan_markers.insert(form);
                }
                "byline" => {
                    lex.byline_words.insert(form);
                }
                "state_verb" => {
                    lex.state_verbs.insert(form);
                }
                "state_linker" => {
                    lex.state_linkers.insert(form);
                }
                "charge_verb" => {
                    lex.charge_verbs.insert(form);
                }
                "unit" => {
                    lex.unit_heads.insert(form);
                }
                "unit_branch" => {
                    lex.unit_branches.insert(form);
                }
                _ => {}
            }
        }
        lex.source_forms = source_forms(&lex, &media_aliases);
        lex.quoted_short = quoted_short_forms(&lex, &actor_aliases);

        Ok(lex)
    }

    /// Every (start byte, end byte, pattern value) of a bare name in `stream`.
    pub fn find_names(&self, stream: &str) -> Vec<(usize, usize, u32)> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        ac.find_overlapping_iter(stream)
            .map(|m| (m.start(), m.end(), m.value()))
            .collect()
    }

    /// Whether a word (match key, with or without its article) is a public
    /// sector's noun (أمن، التربية، صحة).
    pub fn is_org_domain(&self, key: &str) -> bool {
        let bare = key.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(key);
        self.org_domains.contains(bare)
    }

    /// Whether a place name (match key) is a stop name: an ordinary word
    /// that names a place only after a descriptor.
    pub fn is_stop_name(&self, key: &str) -> bool {
        let plain = key.strip_prefix("ال").unwrap_or(key);
        self.stop_exact.contains(key)
            || self.stop.contains(key)
            || self.stop.contains(plain)
            || self.stop.contains(&format!("ال{plain}"))
    }

    /// The targets of a pattern value.
    pub fn targets(&self, value: u32) -> &[Target] {
        self.values.get(value as usize).map_or(&[], |v| v.as_slice())
    }

    /// Whether a pattern is a name with its article removed.
    pub fn is_stripped(&self, value: u32) -> bool {
        self.stripped.get(value as usize).copied().unwrap_or(false)
    }
}

/// The short forms of actors named in quotes (see
/// `EntityLexicon::quoted_short`): an alias whose first word is a singular
/// head of `org_heads.tsv` kind `quoted` (حركة، تنظيم، جماعة), without it;
/// not a news outlet's.
fn quoted_short_forms(lex: &EntityLexicon, aliases: &[(u32, String)]) -> HashMap<String, u32> {
    let mut out: HashMap<String, Option<u32>> = HashMap::new();
    for (idx, a) in aliases {
        let Some((head, rest)) = a.split_once(' ') else {
            continue;
        };
        // (News outlets have their own short forms, read where a source stands.)
        let media = lex.actors.get(*idx as usize).is_some_and(|a| a.category == "media");
        if media
            || lex.quoted_org_heads.get(head) != Some(&false)
            || lex.quoted_force_heads.contains(head)
            || rest.chars().count() < 3
        {
            continue;
        }
        out.entry(rest.to_string())
            .and_modify(|v| {
                if *v != Some(*idx) {
                    *v = None;
                }
            })
            .or_insert(Some(*idx));
    }
    out.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

/// The short forms of news outlets (see `EntityLexicon::source_forms`):
/// from each media actor's aliases (match keys), the words after a media
/// noun of `descriptors.tsv` (وكالة، قناة، صحيفة) and the last word of an
/// alias that is another alias plus one word. A form of two actors is
/// dropped; so is one shorter than two letters.
fn source_forms(lex: &EntityLexicon, media: &[(u32, Vec<String>)]) -> HashMap<String, u32> {
    let mut out: HashMap<String, Option<u32>> = HashMap::new();
    for (idx, aliases) in media {
        let own: HashSet<&str> = aliases.iter().map(String::as_str).collect();
        let mut forms: HashSet<String> = aliases.iter().cloned().collect();
        for a in aliases {
            let Some((head, rest)) = a.split_once(' ') else {
                continue;
            };
            if lex
                .descriptors
                .longest(head, &[])
                .is_some_and(|(n, d)| n == 1 && d.media)
            {
                forms.insert(rest.to_string());
            }
            if let Some((full, last)) = a.rsplit_once(' ')
                && own.contains(full)
            {
                forms.insert(last.to_string());
            }
        }
        for f in forms {
            if f.chars().count() < 2 {
                continue;
            }
            out.entry(f)
                .and_modify(|v| {
                    if *v != Some(*idx) {
                        *v = None;
                    }
                })
                .or_insert(Some(*idx));
        }
    }
    out.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_chunks_cover_the_text_in_whole_lines() {
        let text = "a\tb\nccc\td\n\ne\tf\ng";
        for n in 1..=6 {
            let chunks = line_chunks(text, n);
            assert!(chunks.len() <= n, "{n}: {chunks:?}");
            assert_eq!(chunks.concat(), text, "{n}");
            // Every cut falls after a newline (or at the end of the text).
            for (i, c) in chunks.iter().enumerate() {
                let rest = chunks[i + 1..].concat();
                assert!(c.ends_with('\n') || rest.is_empty(), "{n}: {chunks:?}");
            }
        }
        assert_eq!(line_chunks("", 3), vec![""]);
        assert_eq!(line_chunks("abc", 2), vec!["abc", ""]);
    }

    #[test]
    fn header_and_body_skip_comments() {
        assert_eq!(header_and_body("# note\n\nid\tx\n1\t2\n"), ("id\tx", "1\t2\n"));
        assert_eq!(header_and_body("id\r\n1\n"), ("id", "1\n"));
        assert_eq!(header_and_body("# only\n"), ("", ""));
    }

    #[test]
    fn split_tabs_trims_fields() {
        assert_eq!(split_tabs(" a \tb\t\t c", 4), vec!["a", "b", "", "c"]);
        assert_eq!(split_tabs("", 1), vec![""]);
    }

    /// The gazetteer parsed in threads gives the rows of a one-thread parse,
    /// in file order.
    #[test]
    fn parallel_parse_keeps_file_order() {
        let src = crate::lexicon::entity_sources();
        let caps = FxHashMap::default();
        let threaded = parse_places(src.places, "places.tsv", &caps).map(|r| {
            r.iter()
                .map(|p| (p.place.id.clone(), p.keys.clone(), p.bare))
                .collect::<Vec<_>>()
        });
        let (header, body) = header_and_body(src.places);
        let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
        let pos = PLACE_COLUMNS.map(|n| cols.iter().position(|c| *c == n));
        let one: Vec<_> = parse_place_rows(body, &pos, cols.len(), false, &caps)
            .iter()
            .map(|p| (p.place.id.clone(), p.keys.clone(), p.bare))
            .collect();
        assert!(one.len() > 60_000, "{}", one.len());
        assert_eq!(threaded.ok(), Some(one));
    }

    #[test]
    fn a_missing_gazetteer_column_is_named() {
        let err = parse_places("id\tname_en\nx\ty\n", "gazetteer/places.tsv", &FxHashMap::default());
        assert!(matches!(&err, Err(Error::Resource { file, message, .. })
            if file == "gazetteer/places.tsv" && message.contains("names_ar")));
    }
}
