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
use std::collections::HashMap;
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
    pub inter: Option<u8>,
    pub template: String,
    /// Column `bare`: `1` if the noun alone names the state's own force
    /// (الجيش، الشرطة، قوات الأمن), `place` if it does so before a place
    /// name (شرطة عدن); empty otherwise (القوات، الطائرات need a country).
    pub bare: Option<String>,
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
    /// Kind `capital` (العاصمة): with a nationality adjective it is that
    /// country's capital (العاصمة اللبنانية).
    pub capital: bool,
    /// Kind `foreign` (سفارة، قنصلية): the country named after it owns the
    /// facility and is not where it stands (سفارة المغرب في لبنان).
    pub foreign: bool,
    /// Kind `media` (صحيفة، وكالة، مراسلة): the name after it is a news
    /// outlet's (صحيفة الشرق الأوسط، وكالة الأناضول), not a place.
    pub media: bool,
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
    pub titles: &'a str,
    pub places: &'a str,
    pub places_extra: &'a str,
    pub countries: &'a str,
    pub descriptors: &'a str,
    pub stop_names: &'a str,
    pub anaphors: &'a str,
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
    pub titles: PhraseMap<Title>,
    pub descriptors: PhraseMap<Descriptor>,
    pub anaphors: HashMap<String, Anaphor>,
    /// Actor id → index.
    pub actor_index: HashMap<String, u32>,
    /// Stop names (match keys): never a place without a descriptor.
    stop: FxHashSet<String>,
    /// Stop names that stop only the form as written (`=X`).
    stop_exact: FxHashSet<String>,
    /// Country index → index of its capital (from `capital_geonames`).
    pub capitals: HashMap<u32, u32>,
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

/// Rows of a TSV with a header: a map from column name to value per row.
pub(crate) fn tsv_rows<'a>(text: &'a str, file: &str, required: &[&str]) -> Result<Vec<Row<'a>>, Error> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((_, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    for r in required {
        if !cols.contains(r) {
            return Err(Error::Resource {
                file: file.into(),
                line: 1,
                message: format!("missing column {r:?}"),
            });
        }
    }
    let cols: Rc<[&str]> = cols.into();
    Ok(lines
        .map(|(n, l)| {
            (
                n + 1,
                Fields {
                    cols: cols.clone(),
                    vals: {
                        let mut v = Vec::with_capacity(cols.len());
                        v.extend(l.split('\t').map(str::trim));
                        v
                    },
                },
            )
        })
        .collect())
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
            titles: PhraseMap::default(),
            descriptors: PhraseMap::default(),
            anaphors: HashMap::new(),
            actor_index: HashMap::new(),
            stop: FxHashSet::default(),
            stop_exact: FxHashSet::default(),
            capitals: HashMap::new(),
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
        // Capitals wanted: place id → country index.
        let mut capital_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut patterns: FxHashMap<String, (u32, bool)> = FxHashMap::default();
        let mut add = |lex: &mut EntityLexicon, name: &str, t: Target| {
            let key = match_key(name);
            if key.chars().count() < 2 {
                return;
            }
            let mut forms = vec![(key.clone(), false)];
            if let Some(rest) = key.strip_prefix("ال")
                && rest.chars().count() >= 3
            {
                forms.push((rest.to_string(), true));
            }
            for (form, stripped) in forms {
                let multi = form.contains(' ');
                let next = patterns.len() as u32;
                let (id, _) = *patterns.entry(form).or_insert((next, stripped));
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
            for a in aliases.iter().copied().chain(list(row.get("aliases_en"))) {
                add(&mut lex, a, Target::Actor(idx));
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
                add(&mut lex, n, Target::Place(idx));
                lex.all_places.entry(match_key(n)).or_default().push(idx);
            }
            for a in list(row.get("adjectives_ar")) {
                let k = match_key(a);
                lex.adjectives
                    .entry(k.strip_prefix("ال").map(str::to_string).unwrap_or(k))
                    .or_insert(idx);
            }
        }

        for (file, text) in [
            ("gazetteer/places.tsv", src.places),
            ("gazetteer/places_extra.tsv", src.places_extra),
        ] {
            for (_, row) in tsv_rows(text, file, &["id", "names_ar", "feature"])? {
                let names: Vec<&str> = list(row.get("names_ar")).collect();
                if names.is_empty() {
                    continue;
                }
                let idx = lex.places.len() as u32;
                let id = row.get("id").copied().unwrap_or("");
                if let Some(&c) = capital_ids.get(id) {
                    lex.capitals.insert(c, idx);
                }
                let population = row.get("population").and_then(|s| s.parse().ok()).unwrap_or(0);
                let feature = row.get("feature").copied().unwrap_or("").to_string();
                // A national capital is read bare whatever its feature
                // (East Jerusalem is a neighbourhood row).
                let bare =
                    bare_feature(&feature, population) || file.ends_with("extra.tsv") || capital_ids.contains_key(id);
                lex.places.push(Place {
                    id: id.to_string(),
                    name_en: row.get("name_en").copied().unwrap_or("").to_string(),
                    name_ar: names[0].to_string(),
                    feature,
                    country: opt(row.get("country")),
                    admin1: opt(row.get("admin1")),
                    admin2: opt(row.get("admin2")),
                    admin1_id: opt(row.get("admin1_id")),
                    admin2_id: opt(row.get("admin2_id")),
                    lat: row.get("lat").and_then(|s| s.parse().ok()),
                    lon: row.get("lon").and_then(|s| s.parse().ok()),
                    population,
                });
                for n in names {
                    let k = match_key(n);
                    let plain = k.strip_prefix("ال").unwrap_or(&k).to_string();
                    // A stop name stops the name with or without its article
                    // (الجديدة listed stops جديدة too).
                    if bare
                        && !stop_exact.contains(&k)
                        && !stop.contains(&k)
                        && !stop.contains(&plain)
                        && !stop.contains(&format!("ال{plain}"))
                    {
                        add(&mut lex, n, Target::Place(idx));
                    }
                    lex.all_places.entry(plain).or_default().push(idx);
                    lex.all_places.entry(k).or_default().push(idx);
                }
            }
        }
        for v in lex.all_places.values_mut() {
            v.dedup();
        }
        lex.stop = stop;
        lex.stop_exact = stop_exact;

        for (_, row) in tsv_rows(src.force_nouns, "actors/force_nouns.tsv", &["noun_ar", "category"])? {
            let noun = row.get("noun_ar").copied().unwrap_or("");
            lex.force_nouns.insert(
                noun,
                ForceNoun {
                    category: row.get("category").copied().unwrap_or("state_military").to_string(),
                    inter: row.get("inter").and_then(|s| s.parse().ok()),
                    template: row.get("label_en_template").copied().unwrap_or("{country}").to_string(),
                    bare: opt(row.get("bare")),
                },
            );
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
            let plural = row.get("kind").is_some_and(|k| matches!(*k, "plural" | "known"));
            lex.descriptors.insert(
                row.get("word").copied().unwrap_or(""),
                Descriptor {
                    feature: opt(row.get("feature")),
                    direction,
                    plural,
                    capital: row.get("kind").is_some_and(|k| *k == "capital"),
                    foreign: row.get("kind").is_some_and(|k| *k == "foreign"),
                    media: row.get("kind").is_some_and(|k| *k == "media"),
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

        if !patterns.is_empty() {
            let mut pats: Vec<(String, u32)> = patterns.into_iter().map(|(k, (v, _))| (k, v)).collect();
            pats.sort();
            let ac = CharwiseDoubleArrayAhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build_with_values(pats)
                .map_err(|e| Error::Resource {
                    file: "entity lexicon".into(),
                    line: 0,
                    message: e.to_string(),
                })?;
            lex.automaton = Some(ac);
        }
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
