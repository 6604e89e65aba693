//! Entities: who and where.
//!
//! Sources of mentions, in order of trust:
//! 1. lexicon names (actors, countries, governorates, cities, camps …) found
//!    by the automaton in the key stream, accepted only at clitic-aware
//!    boundaries (بالحسكة, وحلب; never حلب inside حلبجة);
//! 2. composed state actors: a force noun + a nationality adjective or a
//!    country (الجيش العراقي، القوات التركية);
//! 3. descriptor patterns (مدينة/قرية/حي/سجن … + name), which also reach
//!    villages and places no gazetteer has, with the container the text
//!    states (حي غويران جنوب الحسكة);
//! 4. persons after titles and roles (المتحدث باسم X، آرام حنا);
//! 5. the statistical tagger's spans, for names nobody listed.
//!
//! Then one entity per referent: all aliases of a lexicon actor, a surname
//! alone after the full name (النجار), and definite descriptions (التنظيم،
//! الباحث، السجن) resolved to the most recent compatible entity.

pub mod lexicon;

use crate::doc::{Attributes, Entity, EntityKind, EntityRef, Geo, Range, Span};
use crate::text::clitic::{is_name_proclitic, is_proclitic};
use crate::text::normalize::match_key;
use crate::text::{TextLayer, TokenKind};
use lexicon::{EntityLexicon, PhraseMap, Place, Target};
use std::collections::{HashMap, HashSet};

/// A span the statistical tagger found (token indices, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedSpan {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// What a mention refers to, before entities are numbered.
#[derive(Debug, Clone, PartialEq)]
enum Referent {
    Actor(u32),
    Place(u32),
    /// A state actor made of a force noun and a country.
    Composed {
        country: u32,
        category: String,
        /// The id's last part (`actor:iq_` + it): the category, or the
        /// row's own (civil_defence).
        slug: String,
        inter: Option<u8>,
        template: String,
    },
    /// An unnamed collective actor (index in `lex.groups`) and the
    /// document's clear country.
    Group {
        group: u32,
        country: Option<u32>,
    },
    /// A place no gazetteer has: its name key, feature, and container.
    UnknownPlace {
        key: String,
        feature: String,
        facility: bool,
        container: Option<u32>,
    },
    Person {
        key: String,
    },
    Organization {
        key: String,
    },
}

impl Referent {
    fn identity(&self) -> String {
        match self {
            Referent::Actor(i) => format!("a{i}"),
            Referent::Place(i) => format!("p{i}"),
            Referent::Composed { country, slug, .. } => format!("c{country}/{slug}"),
            Referent::Group { group, .. } => format!("g{group}"),
            Referent::UnknownPlace { key, .. } => format!("u{key}"),
            Referent::Person { key } => format!("h{key}"),
            Referent::Organization { key } => format!("o{key}"),
        }
    }
}

#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    /// Token range, end exclusive.
    t0: usize,
    t1: usize,
    referent: Referent,
    role: Option<String>,
    nationality: Option<String>,
}

/// Keys of a token with a proclitic removed: the token itself first, then
/// without و ف ب ل ك (and their pairs), then لل → ال.
fn stripped_keys(key: &str) -> Vec<String> {
    let mut out = vec![key.to_string()];
    for p in ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"] {
        if let Some(rest) = key.strip_prefix(p)
            && rest.chars().count() >= 2
        {
            out.push(rest.to_string());
        }
    }
    for p in ["لل", "ولل", "فلل"] {
        if let Some(rest) = key.strip_prefix(p)
            && rest.chars().count() >= 2
        {
            out.push(format!("ال{rest}"));
        }
    }
    out
}

/// A function word, with a proclitic or a pronoun suffix or neither
/// (بينهم، وعليها، له): never the name after a descriptor or a title.
/// The longest phrase of `map` starting at token `i` (its first word with a
/// proclitic off, as `stripped_keys` gives it), reading at most `reach`
/// tokens: that first key, the phrase's length in tokens, its value.
fn phrase_at<'m, T>(
    layer: &TextLayer,
    map: &'m PhraseMap<T>,
    i: usize,
    reach: usize,
) -> Option<(String, usize, &'m T)> {
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let rest: Vec<&str> = (i + 1..(i + reach).min(toks.len())).map(key_at).collect();
    stripped_keys(key_at(i))
        .into_iter()
        .find_map(|k| map.longest(&k, &rest).map(|(n, v)| (k, n, v)))
}

fn is_function_word(key: &str, function_words: &FunctionWords) -> bool {
    stripped_keys(key).iter().any(|k| {
        function_words.contains(k.as_str())
            || ["هما", "هم", "هن", "ها", "ه", "نا", "كم", "ك", "ي"].iter().any(|s| {
                k.strip_suffix(s)
                    .is_some_and(|stem| stem.chars().count() >= 2 && function_words.contains(stem))
            })
    })
}

/// Which tokens a mention already covers: one pass instead of a scan of
/// every mention per token (long documents have thousands of both).
fn coverage(mentions: &[Mention], n: usize) -> Vec<bool> {
    let mut cov = vec![false; n];
    for m in mentions {
        for c in cov.iter_mut().take(m.t1.min(n)).skip(m.t0) {
            *c = true;
        }
    }
    cov
}

fn cover(cov: &mut [bool], t0: usize, t1: usize) {
    let n = cov.len();
    for c in cov.iter_mut().take(t1.min(n)).skip(t0) {
        *c = true;
    }
}

/// Function words by match key. The key folds ى into ي, so it also
/// remembers which words end in alef maqsura: a token spelled with ya is
/// then another word (علي the name, على "on").
#[derive(Debug, Clone, Default)]
pub struct FunctionWords {
    keys: HashSet<String>,
    maqsura: HashSet<String>,
}

impl FunctionWords {
    /// One word per line, as written; `#` comments.
    pub fn parse(text: &str) -> Self {
        let mut fw = FunctionWords::default();
        for w in crate::lexicon::lines(text) {
            let k = match_key(w);
            if w.ends_with('ى') {
                fw.maqsura.insert(k.clone());
            }
            fw.keys.insert(k);
        }
        fw
    }

    pub fn contains(&self, key: &str) -> bool {
        self.keys.contains(key)
    }

    /// Token `t` is written with ya where its function word has alef
    /// maqsura, so it is not that word.
    fn spelled_apart(&self, layer: &TextLayer, t: usize) -> bool {
        layer.tokens.get(t).is_some_and(|tok| {
            self.maqsura.contains(layer.key(tok)) && layer.slice(tok.start as usize, tok.end as usize).ends_with('ي')
        })
    }

    /// Token `t` is a function word, with or without clitics, as spelled.
    fn at(&self, layer: &TextLayer, t: usize) -> bool {
        layer
            .tokens
            .get(t)
            .is_some_and(|tok| is_function_word(layer.key(tok), self) && !self.spelled_apart(layer, t))
    }
}

/// A word with a preposition glued before its article (للمفرقعات،
/// بالمرفأ): a phrase after a descriptor, never its name.
fn is_prepositional(key: &str) -> bool {
    ["لل", "بال", "كال", "ولل", "وبال", "فلل", "فبال"]
        .iter()
        .any(|p| key.strip_prefix(p).is_some_and(|r| r.chars().count() >= 3))
}

/// Token `t0` follows a news outlet's noun (صحيفة مكة، مراسلة #الميادين،
/// #صحيفة_مكة), a `#` between them allowed.
fn after_media_noun(layer: &TextLayer, lex: &EntityLexicon, t0: usize) -> bool {
    let toks = &layer.tokens;
    let mut p = t0;
    if p > 0
        && toks[p - 1].kind == TokenKind::Punct
        && layer.slice(toks[p - 1].start as usize, toks[p - 1].end as usize) == "#"
    {
        p -= 1;
    }
    let Some(prev) = p.checked_sub(1).and_then(|i| toks.get(i)) else {
        return false;
    };
    prev.kind == TokenKind::Arabic
        && stripped_keys(layer.key(prev))
            .iter()
            .any(|k| lex.descriptors.longest(k, &[]).is_some_and(|(_, d)| d.media))
}

/// A preposition of place before a name (match keys: إلى → الي), with or
/// without و/ف.
fn is_locative(key: &str) -> bool {
    matches!(
        crate::event::grammar::strip_conj(key),
        "في" | "من" | "الي" | "نحو" | "قرب" | "داخل" | "عند" | "حول" | "باتجاه"
    )
}

/// بن، ابن، بنت: the word after it is a name, the word before it a given
/// name, whatever else either means.
fn is_son_word(key: &str) -> bool {
    // (ولد: "son of" in Mauritanian names, محمد ولد الغزواني.)
    matches!(key, "بن" | "ابن" | "بنت" | "ولد")
}

/// A place descriptor (مدينة، بلدة، محافظة), with its clitics off.
/// The place noun right before token `t` (حي، بمنطقة، وقرية), as written
/// without its clitic: a singular one that introduces names of its own
/// (not a plural, capital, territory, embassy or outlet).
fn descriptor_before(layer: &TextLayer, lex: &EntityLexicon, t: usize) -> Option<String> {
    let tok = layer.tokens.get(t.checked_sub(1)?)?;
    if tok.kind != TokenKind::Arabic {
        return None;
    }
    let key = layer.key(tok);
    let k = stripped_keys(key).into_iter().find(|k| {
        lex.descriptors.longest(k, &[]).is_some_and(|(n, d)| {
            n == 1
                && d.feature.is_some()
                && !(d.direction || d.dual || d.capital || d.territory || d.foreign || d.media)
                && (!d.plural || d.transliterated)
        })
    })?;
    let surface = layer.slice(tok.start as usize, tok.end as usize);
    let lead = key.chars().count().checked_sub(k.chars().count())?;
    Some(surface.chars().skip(lead).collect())
}

fn is_descriptor(key: &str, lex: &EntityLexicon) -> bool {
    stripped_keys(key)
        .iter()
        .any(|k| lex.descriptors.longest(k, &[]).is_some())
}

/// An indefinite word that reads as a transliterated name (بوكوس، بلاتو،
/// بكاخيل، تيلابيري), not an ordinary word a feature noun may take (منطقة
/// عازلة، ولاية ثانية، منطقة تشهد، منطقة متنازع عليها): no article or
/// pronoun, no clitic phrase, not a feminine or plural adjective, not an
/// imperfect verb or a participle (a consonant after the prefix), and not
/// a listed ordinary word.
fn transliterated_name(key: &str, lex: &EntityLexicon, function_words: &FunctionWords) -> bool {
    let chars: Vec<char> = key.chars().collect();
    let n = chars.len();
    let vowel = |c: Option<&char>| matches!(c, Some('ا' | 'و' | 'ي' | 'ى'));
    let ordinary = n < 3
        || key.starts_with("ال")
        || is_function_word(key, function_words)
        || is_prepositional(key)
        || is_descriptor(key, lex)
        || lex.is_stop_name(key)
        || lex.adjectives.contains_key(key)
        || stripped_keys(key)
            .iter()
            .any(|k| lex.non_name.contains_key(strip_article(k)));
    let adjective_or_plural =
        ["ية", "ها", "هم", "هما", "ات", "ون"].iter().any(|e| key.ends_with(e)) || (key.ends_with('ة') && n <= 5);
    // An imperfect verb (تشهد، يجب، ستكون), a participle (متنازع، مكتظة),
    // an infinitive with ل or a ك of likeness (لتأمين، كتعبير).
    let verbal = (matches!(chars[0], 'ت' | 'ي' | 'ن') && !vowel(chars.get(1)))
        || (chars[0] == 'س' && matches!(chars.get(1), Some('ت' | 'ي' | 'ن')))
        || (chars[0] == 'م' && n >= 4 && !vowel(chars.get(1)))
        || (matches!(chars[0], 'ل' | 'ك') && matches!(chars.get(1), Some('ت' | 'م')));
    // A verbal noun of a derived form (استعمال، انتشار) or a broken plural
    // أفعال (أخبار، أطفال).
    let derived =
        derived_noun(key) || key.starts_with("انت") || (matches!(chars[0], 'ا' | 'أ') && n == 5 && chars[3] == 'ا');
    !(ordinary || adjective_or_plural || verbal || derived)
}

/// A verbal noun of a derived form: استفعال (استعمال), or the six letters
/// of افتعال/انفعال (احتجاز، انطلاق، اقتحام).
fn derived_noun(key: &str) -> bool {
    let chars: Vec<char> = key.chars().collect();
    key.starts_with("است") || (chars.len() == 6 && chars[0] == 'ا' && chars[4] == 'ا' && chars[1] != 'ل')
}

fn strip_article(key: &str) -> &str {
    key.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(key)
}

/// The text writes a hamza where every reading's name has a bare letter
/// (لجأوا: ل + جأوا is not Jawa, جاوا). Writers drop hamzas, they do not
/// add them, so after a proclitic such a split is another word. Names of
/// another length than the text (another alias) are not compared.
fn hamza_apart(lex: &EntityLexicon, text: &str, targets: &[Target]) -> bool {
    // Arabic letters only (no harakat, no tatweel).
    let letter = |c: &char| ('\u{0621}'..='\u{063A}').contains(c) || ('\u{0641}'..='\u{064A}').contains(c);
    let letters: Vec<char> = text.chars().filter(letter).collect();
    let hamzas: Vec<(usize, char)> = letters
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, c)| matches!(c, 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ'))
        .collect();
    if hamzas.is_empty() || targets.is_empty() {
        return false;
    }
    targets.iter().all(|t| {
        let name = match t {
            Target::Place(i) => &lex.places[*i as usize].name_ar,
            Target::Actor(i) => &lex.actors[*i as usize].label_ar,
        };
        let n: Vec<char> = name.chars().filter(letter).collect();
        n.len() == letters.len() && hamzas.iter().any(|&(k, _)| matches!(n[k], 'ا' | 'و' | 'ي' | 'ى'))
    })
}

/// A word written with final ه for ة (tweets: القاهره، منطقه): its key
/// with ة, or None. A word in ته is a noun in ة with the pronoun ه
/// (مدينته، قواته), never a name so written.
fn taa_marbuta(key: &str) -> Option<String> {
    let stem = key.strip_suffix('ه')?;
    (stem.chars().count() >= 2 && !stem.ends_with('ت')).then(|| format!("{stem}ة"))
}

/// Bare names found only when a word's final ه is read as ة. Only where
/// the ه cannot be the pronoun "his": on a word with the article (after
/// its proclitics: بالقاهره), at the start of a hashtag (#غزه), or after
/// في، إلى، نحو (في جده is Jeddah; من جده may be "from his grandfather").
/// ه and ة have the same UTF-8 length, so the copy's offsets are the
/// stream's.
fn taa_marbuta_names(layer: &TextLayer, lex: &EntityLexicon) -> Vec<(usize, usize, u32)> {
    let toks = &layer.tokens;
    let mut alt: Option<String> = None;
    let mut changed: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let key = layer.key(t);
        if t.kind != TokenKind::Arabic || taa_marbuta(key).is_none() {
            continue;
        }
        let definite = stripped_keys(key).iter().any(|k| k.starts_with("ال"));
        let hashtag = i > 0
            && toks[i - 1].end == t.start
            && layer.slice(toks[i - 1].start as usize, toks[i - 1].end as usize) == "#";
        let after_locative = i > 0
            && toks[i - 1].kind == TokenKind::Arabic
            && matches!(
                crate::event::grammar::strip_conj(layer.key(&toks[i - 1])),
                "في" | "الي" | "نحو" | "باتجاه" | "داخل"
            );
        if !(definite || hashtag || after_locative) {
            continue;
        }
        let s = alt.get_or_insert_with(|| layer.stream.clone());
        let end = t.key_end as usize;
        let at = end - 'ه'.len_utf8();
        s.replace_range(at..end, "ة");
        changed.push(at);
    }
    let Some(alt) = alt else { return Vec::new() };
    lex.find_names(&alt)
        .into_iter()
        .filter(|&(a, b, _)| changed.iter().any(|&c| a <= c && c < b))
        .collect()
}

/// The entity layer of one document.
pub fn extract(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    skip: &[Range],
    not_names: &[Range],
    tagged: &[TaggedSpan],
) -> Vec<Entity> {
    let toks = &layer.tokens;
    let in_skip = |s: usize, e: usize| skip.iter().any(|r| s < r.end && r.start < e);
    // A date or a figure after a one-word name (مطار المدينة صباح اليوم)
    // is not the rest of that name.
    let not_name_at = |t: usize| {
        toks.get(t).is_some_and(|tk| {
            not_names
                .iter()
                .any(|r| (tk.start as usize) < r.end && r.start < tk.end as usize)
        })
    };
    let mut mentions: Vec<Mention> = Vec::new();

    // 1. Lexicon names in the stream, and in its copy with a final ه read
    // as ة where the word cannot carry the pronoun ه (القاهره، #غزه).
    let mut cands: Vec<(usize, usize, usize, usize, u32)> = Vec::new(); // s, e, t0, t1, value
    let mut found = lex.find_names(&layer.stream);
    found.extend(taa_marbuta_names(layer, lex));
    for (a, b, v) in found {
        let ta = layer.token_at_stream(a);
        let tb = layer.token_at_stream(b - 1);
        let (Some(t_a), Some(t_b)) = (toks.get(ta), toks.get(tb)) else {
            continue;
        };
        if !matches!(t_a.kind, TokenKind::Arabic | TokenKind::Latin) || b != t_b.key_end as usize {
            continue;
        }
        let prefix = &layer.stream[t_a.key_start as usize..a];
        let ok = if lex.is_stripped(v) {
            is_proclitic(prefix) && (prefix.ends_with("ال") || prefix.ends_with("لل"))
        } else {
            // ك "like" before a bare name is rare; before an ordinary word
            // it makes false names (كمينا is no ك + مينا).
            is_name_proclitic(prefix) && !prefix.ends_with('ك')
        };
        // Latin names must match whole tokens and keep their case-insensitive form.
        // A word that is itself an ordinary word (كورونا) is not a clitic
        // before a name (ك + ورونا, Verona).
        // No conjunction stands right after a preposition (من فصالة is
        // no من + ف + صالة).
        // (Not علي, the name Ali as the match key spells على: بين مير علي
        // وميرانشاه.)
        let after_preposition = ta > 0
            && toks[ta - 1].kind == TokenKind::Arabic
            && crate::event::grammar::preposition(layer.key(&toks[ta - 1])).is_some()
            && layer.slice(toks[ta - 1].start as usize, toks[ta - 1].end as usize) != "علي";
        if !ok
            || (after_preposition && (prefix.starts_with('و') || prefix.starts_with('ف')))
            || (t_a.kind == TokenKind::Latin && !prefix.is_empty())
            || (!prefix.is_empty() && lex.is_stop_name(layer.key(t_a)))
        {
            continue;
        }
        // A name found without its article keeps it in the mention
        // (بالحسكة → الحسكة); where the alef fell after ل (للحسكة) the
        // whole لل is kept, the only spelling of the article there.
        let a = if lex.is_stripped(v) && (prefix.ends_with("ال") || prefix.ends_with("لل")) {
            a - "ال".len()
        } else {
            a
        };
        let (s, e) = layer.stream_to_original(a, b);
        if in_skip(s, e) || (!prefix.is_empty() && hamza_apart(lex, layer.slice(s, e), lex.targets(v))) {
            continue;
        }
        cands.push((s, e, ta, tb + 1, v));
    }
    // Longest first, then leftmost; no overlaps.
    cands.sort_by_key(|&(s, e, ..)| (std::cmp::Reverse(e - s), s));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let overlaps = |taken: &[(usize, usize)], s: usize, e: usize| taken.iter().any(|&(a, b)| s < b && a < e);
    let mut name_hits: Vec<(usize, usize, usize, usize, u32)> = Vec::new();
    for c in cands {
        if !overlaps(&taken, c.0, c.1) {
            taken.push((c.0, c.1));
            name_hits.push(c);
        }
    }
    // A place name right after a news outlet's noun is the outlet's name;
    // one right after a name linker is part of a person's name (اللواء أبو
    // أشرف العرموشي: a kunya, not the Iranian town أشرف).
    // So is one right before بن (رشيد بن سالم: a given name, not Rosetta).
    let son_of = |t: usize| {
        toks.get(t)
            .is_some_and(|x| x.kind == TokenKind::Arabic && is_son_word(layer.key(x)))
            && toks.get(t + 1).is_some_and(|x| x.kind == TokenKind::Arabic)
    };
    name_hits.retain(|&(_, _, t0, t1, v)| {
        !lex.targets(v).iter().all(|t| matches!(t, Target::Place(_)))
            || !(after_media_noun(layer, lex, t0)
                || (t0 > 0
                    && toks[t0 - 1].kind == TokenKind::Arabic
                    && lex.name_linkers.contains(layer.key(&toks[t0 - 1])))
                || son_of(t1))
    });
    name_hits.sort_by_key(|c| c.0);
    let mut hits: Vec<(usize, usize, usize, usize, Vec<Target>)> = name_hits
        .iter()
        .map(|&(s, e, t0, t1, v)| (s, e, t0, t1, with_homonyms(layer, lex, s, e, lex.targets(v))))
        .collect();
    hits.extend(hashtag_places(layer, lex, function_words, &hits, &in_skip));
    hits.sort_by_key(|c| c.0);

    // The document's country focus: names whose readings all lie in one
    // country, and nationality adjectives (الصحة المصرية، الجيش اللبناني).
    // The units they name (a city's governorate and district too) are the
    // containers a homonym is read in.
    let mut focus: HashMap<String, usize> = HashMap::new();
    let mut named_units: HashSet<&str> = HashSet::new();
    // Which name pointed to which country (article-less key, country).
    let mut named_countries: Vec<(String, String)> = Vec::new();
    // A news outlet's nation (وكالة الصحافة الفرنسية) is not the story's.
    let media: Vec<(usize, usize)> = hits
        .iter()
        .filter(|(_, _, _, _, targets)| {
            !targets.is_empty()
                && targets
                    .iter()
                    .all(|t| matches!(t, Target::Actor(i) if lex.actors[*i as usize].category == "media"))
        })
        .map(|&(s, e, ..)| (s, e))
        .collect();
    for (s, e, _, _, targets) in &hits {
        if media.contains(&(*s, *e)) {
            continue;
        }
        let Some(cc) = one_country(lex, targets) else {
            continue;
        };
        named_countries.push((strip_article(&match_key(layer.slice(*s, *e))).to_string(), cc.clone()));
        *focus.entry(cc).or_default() += 1;
        for t in targets {
            if let Target::Place(i) = t {
                let p = &lex.places[*i as usize];
                if matches!(p.feature.as_str(), "governorate" | "district" | "subdistrict") {
                    named_units.insert(p.id.as_str());
                }
                if matches!(
                    p.feature.as_str(),
                    "governorate" | "district" | "subdistrict" | "city" | "town"
                ) {
                    named_units.extend(p.admin1_id.as_deref());
                    named_units.extend(p.admin2_id.as_deref());
                }
            }
        }
    }
    for t in toks.iter() {
        if t.kind != TokenKind::Arabic
            || media
                .iter()
                .any(|&(s, e)| s <= t.start as usize && (t.end as usize) <= e)
        {
            continue;
        }
        let adj = stripped_keys(layer.key(t))
            .iter()
            .find_map(|k| lex.adjectives.get(strip_article(k)).copied());
        if let Some(cc) = adj.and_then(|c| lex.places[c as usize].country.clone()) {
            named_countries.push((strip_article(layer.key(t)).to_string(), cc.clone()));
            *focus.entry(cc).or_default() += 1;
        }
    }
    // A country the document's names make clear: named at least twice,
    // and at least twice as often as any other.
    let clear_focus: Option<u32> = {
        let mut counts: Vec<(usize, &String)> = focus.iter().map(|(cc, n)| (*n, cc)).collect();
        counts.sort_by(|a, b| b.cmp(a));
        match counts.as_slice() {
            [(top, cc), rest @ ..] if *top >= 2 && rest.first().is_none_or(|(n, _)| 2 * n <= *top) => {
                lex.countries.get(*cc).copied()
            }
            _ => None,
        }
    };
    let focus_country: Option<u32> = focus
        .iter()
        .max_by_key(|&(cc, n)| (*n, std::cmp::Reverse(cc.clone())))
        .and_then(|(cc, _)| lex.countries.get(cc).copied());
    let choose_place = |cands: &[u32], container: Option<&Place>| -> Option<u32> {
        cands.iter().copied().max_by_key(|&i| {
            let p = &lex.places[i as usize];
            let mut score = p.rank() as i64 * 10;
            if let Some(cc) = &p.country {
                // Less than the gap between a city and a district (a city
                // of one country beside a district of the focus country).
                score += 8 * focus.get(cc).copied().unwrap_or(0).min(3) as i64;
            }
            if let Some(c) = container
                && (p.admin1_id.as_deref() == Some(c.id.as_str())
                    || p.admin2_id.as_deref() == Some(c.id.as_str())
                    || (c.feature == "country" && p.country == c.country))
            {
                score += 100;
            }
            // A settlement in a unit the document names elsewhere (not an
            // admin unit: محافظة/قضاء decide those).
            if !matches!(p.feature.as_str(), "governorate" | "district" | "subdistrict")
                && (p.admin2_id.as_deref().is_some_and(|a| named_units.contains(a))
                    || p.admin1_id.as_deref().is_some_and(|a| named_units.contains(a)))
            {
                score += 25;
            }
            // A sea shares its bare name with coastal units named after it
            // (البحر الأحمر, the Egyptian governorate): bare, it is the sea;
            // «محافظة البحر الأحمر» picks the unit by its descriptor.
            if matches!(p.feature.as_str(), "sea" | "lake") {
                score += 100;
            }
            score += (p.population.max(1) as f64).log10() as i64;
            (score, std::cmp::Reverse(i))
        })
    };
    for (s, e, t0, t1, targets) in hits {
        let referent = if let Some(Target::Actor(i)) = targets.iter().find(|t| matches!(t, Target::Actor(_))) {
            Referent::Actor(*i)
        } else {
            let places: Vec<u32> = targets
                .iter()
                .filter_map(|t| match t {
                    Target::Place(i) => Some(*i),
                    _ => None,
                })
                .collect();
            match choose_place(&places, None) {
                Some(i) => Referent::Place(i),
                None => continue,
            }
        };
        mentions.push(Mention {
            start: s,
            end: e,
            t0,
            t1,
            referent,
            role: None,
            nationality: None,
        });
    }

    source_credits(layer, lex, &mut mentions, &in_skip);
    capitals_as_states(layer, lex, function_words, &mut mentions);
    given_name_persons(layer, lex, function_words, &mut mentions);
    surname_place_persons(layer, lex, function_words, &mut mentions);
    clan_names(layer, lex, function_words, &mut mentions, &in_skip);

    let covered = |mentions: &[Mention], t: usize| mentions.iter().position(|m| m.t0 <= t && t < m.t1);
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic);

    // 2. Composed state actors: force noun + adjective or country.
    let mut cov = coverage(&mentions, toks.len());
    let mut i = 0;
    while i < toks.len() {
        if !is_word(i) || cov[i] {
            i += 1;
            continue;
        }
        let Some((first, n, noun)) = phrase_at(layer, &lex.force_nouns, i, 5) else {
            i += 1;
            continue;
        };
        let j = i + n;
        let mut country = None;
        let mut end_tok = j + 1;
        if is_word(j) && !cov[j] {
            let k = key_at(j);
            country = lex.adjectives.get(strip_article(k)).copied();
        }
        // A country's name is the genitive of an indefinite head only
        // (حكومة رواندا), not the object after a definite subject (اتهمت
        // الحكومة إسرائيل بـ).
        // The place of a feature that opens right after an indefinite head
        // (its genitive): its mention's index and the place.
        let place_after_head = |mentions: &[Mention], feature: &str| {
            if crate::event::grammar::strip_conj(key_at(i)).starts_with("ال") {
                return None;
            }
            let mi = covered(mentions, j).filter(|&mi| mentions[mi].t0 == j)?;
            match mentions[mi].referent {
                Referent::Place(p) if lex.places[p as usize].feature == feature => Some((mi, p)),
                _ => None,
            }
        };
        if country.is_none()
            && let Some((mi, p)) = place_after_head(&mentions, "country")
        {
            country = Some(p);
            end_tok = mentions[mi].t1;
            mentions.remove(mi);
        }
        // A noun that alone names the state's own force (الجيش، الشرطة،
        // قوات الأمن): the country of a place right after it (شرطة عدن),
        // else the document's clear country. Not before a definite word,
        // which may name another force (الجيش الوطني، قوات الأمن الداخلي).
        if country.is_none()
            && let Some(bare) = noun.bare.as_deref()
        {
            // (شرطة ولاية كسلا: a descriptor may stand before the place.)
            let desc_between = is_word(j)
                && stripped_keys(key_at(j)).iter().any(|k| {
                    lex.descriptors
                        .longest(k, &[])
                        .is_some_and(|(n, d)| n == 1 && !d.direction)
                });
            let place_after = mentions
                .iter()
                .find(|m| m.t0 == j || (desc_between && m.t0 == j + 1))
                .and_then(|m| match m.referent {
                    Referent::Place(p)
                        if matches!(
                            lex.places[p as usize].feature.as_str(),
                            "city" | "town" | "governorate" | "district"
                        ) =>
                    {
                        lex.places[p as usize]
                            .country
                            .as_ref()
                            .and_then(|cc| lex.countries.get(cc).copied())
                    }
                    _ => None,
                });
            // After a phrase (قوات مكافحة الشغب) only a nisba adjective
            // (الوطني، الكردية) can name another force; a definite noun there
            // is the verb's object (فتحت قوات مكافحة الشغب الرصاص).
            // A function word in ال (إلى → الي، الذي، التي) is no definite word.
            // A word with a clitic (والمتطوعين، بالمدينة) is no modifier.
            let definite_next = is_word(j) && !function_words.at(layer, j) && {
                let k = key_at(j);
                k.starts_with("ال") && (n == 1 || k.ends_with('ي') || k.ends_with("ية") || k.ends_with("ين"))
            };
            // A name joined by و starts the next phrase (الجيش وقوات الرد السريع).
            let joined = |j: usize| {
                key_at(j).starts_with('و')
                    && mentions.iter().any(|m| {
                        m.t0 == j && m.start > toks[j].start as usize && !matches!(m.referent, Referent::Place(_))
                    })
            };
            country = match (place_after, bare) {
                (Some(c), _) => Some(c),
                (None, "1") if !definite_next && (covered(&mentions, j).is_none() || joined(j)) => clear_focus,
                _ => None,
            };
            end_tok = j;
        }
        // جيش أرض الصومال، شرطة دارفور، حكومة إقليم كردستان: an indefinite
        // head before a region with a government of its own names that
        // region's body, not the state's: an organisation by its name.
        if country.is_none()
            && let Some((mi, _)) = place_after_head(&mentions, "region")
            && !in_skip(toks[i].start as usize, mentions[mi].end)
        {
            let lead = key_at(i).chars().count() - first.chars().count();
            let t1 = mentions[mi].t1;
            let end = mentions[mi].end;
            let key = (i..t1).map(key_at).collect::<Vec<_>>().join(" ");
            // (The region stays a place of its own.)
            mentions.push(Mention {
                start: toks[i].start as usize + lead,
                end,
                t0: i,
                t1,
                referent: Referent::Organization {
                    key: crate::event::grammar::strip_conj(&key).to_string(),
                },
                role: None,
                nationality: None,
            });
            cover(&mut cov, i, t1);
            i = t1;
            continue;
        }
        if let Some(c) = country
            && !in_skip(toks[i].start as usize, toks[end_tok - 1].end as usize)
        {
            let lead = key_at(i).chars().count() - first.chars().count();
            let start = toks[i].start as usize + lead;
            let end = toks[end_tok - 1].end as usize;
            mentions.push(Mention {
                start,
                end,
                t0: i,
                t1: end_tok,
                referent: Referent::Composed {
                    country: c,
                    category: noun.category.clone(),
                    slug: noun.slug.clone(),
                    inter: noun.inter,
                    template: noun.template.clone(),
                },
                role: None,
                nationality: None,
            });
            cover(&mut cov, i, end_tok);
            i = end_tok;
            continue;
        }
        i += 1;
    }

    // 2b. Unnamed collective actors (المتظاهرون، مسلحون مجهولون): not a
    // head before the group it belongs to (مسلحو داعش، مسلحين من داعش،
    // مسلحين تابعين لـ …), which names the actor itself.
    // The document's main armed group (an insurgent group before a
    // militia; named most often; on a tie, first): what a definite
    // «المسلحين، الإرهابيين» there refers back to.
    let main_armed: Option<u32> = {
        let mut n: HashMap<u32, (bool, usize, std::cmp::Reverse<usize>)> = HashMap::new();
        for m in &mentions {
            if let Referent::Actor(a) = m.referent
                && let Some(x) = lex.actors.get(a as usize)
                && matches!(x.category.as_str(), "armed_group" | "militia")
            {
                let e = n
                    .entry(a)
                    .or_insert((x.category == "armed_group", 0, std::cmp::Reverse(m.t0)));
                e.1 += 1;
                e.2 = e.2.max(std::cmp::Reverse(m.t0));
            }
        }
        n.into_iter().max_by_key(|&(_, v)| v).map(|(a, _)| a)
    };
    let mut introduced = false;
    let mut i = 0;
    while i < toks.len() {
        if !is_word(i) || cov[i] {
            i += 1;
            continue;
        }
        let Some((first, n, &group)) = phrase_at(layer, &lex.group_phrases, i, 3) else {
            i += 1;
            continue;
        };
        let j = i + n;
        let named_after = |t: usize| covered(&mentions, t).is_some_and(|m| mentions[m].t0 == t);
        let next = stripped_keys(key_at(j));
        let belongs = named_after(j)
            || (key_at(j) == "من" && named_after(j + 1))
            || next.iter().any(|k| k.starts_with("تابع") || k.starts_with("التابع"));
        let (start, end) = (toks[i].start as usize, toks[j - 1].end as usize);
        let armed = lex.groups.get(group as usize).is_some_and(|g| g.id == "armed_group");
        // «عشرات المسلحين»: a new band counted, not one named before.
        let counted = i > 0
            && matches!(
                strip_article(key_at(i - 1)),
                "عشرات" | "مئات" | "الاف" | "الوف" | "عدد" | "مجموعة" | "مجموعه"
            );
        let definite = first.starts_with("ال") && !counted;
        if !belongs && (j - i) == n && !(i..j).any(|t| cov[t]) && !in_skip(start, end) {
            let lead = key_at(i).chars().count() - first.chars().count();
            mentions.push(Mention {
                start: start + lead,
                end,
                t0: i,
                t1: j,
                // Not once the text has brought in an unnamed group of its
                // own (مسلحون مجهولون … الخاطفين): that one.
                referent: match main_armed {
                    Some(a) if armed && definite && !introduced => Referent::Actor(a),
                    _ => Referent::Group {
                        group,
                        country: clear_focus,
                    },
                },
                role: None,
                nationality: None,
            });
            cover(&mut cov, i, j);
            introduced |= armed && !definite;
        }
        i = j;
    }

    // A definite adjective after a facility's name (الحكومي، العام، الدولي).
    let facility_adjective = |cov: &[bool], t: usize| {
        let k = key_at(t);
        let st = strip_article(k);
        // A listed adjective may be a function word elsewhere (العام, "the
        // year"): it is one here unless the times layer read it (العام الماضي).
        is_word(t)
            && !cov.get(t).copied().unwrap_or(true)
            && k.starts_with("ال")
            && ((!function_words.at(layer, t) && st.chars().count() >= 4 && (st.ends_with('ي') || st.ends_with("ية")))
                || (lex.org_adjectives.contains(k) && !not_name_at(t)))
    };

    // A word after a descriptor that reads as a transliterated name. A
    // second word (`joined`) with a proclitic letter (بسماع، وتقع), in
    // tanween (طبقاً) or with a damma (a passive verb: فيرماث قُتل) starts
    // the next phrase.
    let translit = |cov: &[bool], t: usize, joined: bool| {
        // (ب takes no imperfect verb: بيري, بيتيون are names.)
        let next_phrase = joined
            && ((key_at(t).starts_with(['ب', 'ل', 'ك', 'ف', 'و']) && !key_at(t).starts_with("بي"))
                || toks.get(t).is_some_and(|x| {
                    layer
                        .slice(x.start as usize, x.end as usize)
                        .contains(['\u{64b}', '\u{64f}'])
                }));
        is_word(t)
            && !next_phrase
            && !cov.get(t).copied().unwrap_or(true)
            && !not_name_at(t)
            && transliterated_name(key_at(t), lex, function_words)
    };

    // The first of two transliterated words may end in ون like a plural
    // (قرية تودون بيري): with a name after it, it is read without its ن.
    let pair_head = |cov: &[bool], t: usize| {
        let k = key_at(t);
        is_word(t)
            && k.chars().count() >= 5
            && !cov.get(t).copied().unwrap_or(true)
            && !not_name_at(t)
            && k.strip_suffix('ن')
                .is_some_and(|b| b.ends_with('و') && transliterated_name(b, lex, function_words))
    };

    // 3. Descriptor + name (places the automaton cannot match bare).
    let mut cov = coverage(&mentions, toks.len());
    let mut i = 0;
    while i < toks.len() {
        if !is_word(i) || cov[i] {
            i += 1;
            continue;
        }
        let rest: Vec<&str> = (i + 1..(i + 4).min(toks.len())).map(key_at).collect();
        // A descriptor written with ه for ة (منطقه، مدينه) too.
        let found = stripped_keys(key_at(i)).iter().find_map(|k| {
            lex.descriptors
                .longest(k, &rest)
                .or_else(|| taa_marbuta(k).and_then(|t| lex.descriptors.longest(&t, &rest)))
                .map(|x| (k.clone(), x))
        });
        let Some((first, (n, desc))) = found else {
            i += 1;
            continue;
        };
        let (Some(feature), false) = (desc.feature.clone(), desc.direction) else {
            i += n;
            continue;
        };
        let j = i + n;
        // A descriptor after a quantifier is generic (كل قرية تتعاون، بأي
        // معسكر تدريب), and «عن طريق» is "by way of": no name follows.
        let before = if i > 0 {
            stripped_keys(key_at(i - 1))
        } else {
            Vec::new()
        };
        if before.iter().any(|k| matches!(k.as_str(), "كل" | "اي" | "ايه" | "اية"))
            || (first == "طريق" && before.iter().any(|k| k == "عن"))
        {
            i = j;
            continue;
        }
        // A descriptor that also heads a public body, before a sector's
        // noun, is that body (مديرية أمن سبها، ولاية الأمن): no place here.
        if is_word(j)
            && lex.org_heads.get(strip_article(&first)).is_some_and(|h| h.sector)
            && lex.is_org_domain(key_at(j))
        {
            i = j;
            continue;
        }
        // A nationality adjective or a country after a descriptor is no
        // place name: after العاصمة it is the country's capital (العاصمة
        // اللبنانية), after سفارة/قنصلية the owner of a facility that stands
        // where the text says (سفارة المغرب في لبنان), else an attribute
        // (مدينة سورية).
        let adjective = if is_word(j) && !cov[j] {
            lex.adjectives.get(strip_article(key_at(j))).copied()
        } else {
            None
        };
        let named_country = if adjective.is_none() && desc.foreign {
            mentions.iter().position(|m| {
                m.t0 == j && matches!(m.referent, Referent::Place(p) if lex.places[p as usize].feature == "country")
            })
        } else {
            None
        };
        let owner = adjective.or_else(|| {
            named_country.and_then(|mi| match mentions[mi].referent {
                Referent::Place(p) => Some(p),
                _ => None,
            })
        });
        if let Some(c) = owner {
            let end_tok = named_country.map_or(j + 1, |mi| mentions[mi].t1);
            let start = toks[i].start as usize + (key_at(i).chars().count() - first.chars().count());
            let end = toks[end_tok - 1].end as usize;
            let referent = if desc.capital {
                // The capital's own name right after it (العاصمة اللبنانية
                // بيروت، العاصمة اللبنانية #بيروت) is the mention.
                let cap = lex.capitals.get(&c).copied();
                let k = if toks
                    .get(end_tok)
                    .is_some_and(|t| layer.slice(t.start as usize, t.end as usize) == "#")
                {
                    end_tok + 1
                } else {
                    end_tok
                };
                let named_next = mentions
                    .iter()
                    .any(|m| m.t0 == k && matches!(m.referent, Referent::Place(p) if Some(p) == cap));
                cap.filter(|_| !named_next).map(Referent::Place)
            } else if desc.territory && adjective.is_some() {
                Some(Referent::Place(c))
            } else if desc.foreign {
                Some(Referent::UnknownPlace {
                    key: format!(
                        "{} {}",
                        strip_article(&first),
                        lex.places[c as usize].country.as_deref().unwrap_or("")
                    ),
                    feature: feature.clone(),
                    facility: true,
                    container: find_container(layer, lex, &mentions, end_tok).filter(|&p| p != c),
                })
            } else {
                None
            };
            if let Some(r) = referent
                && !in_skip(start, end)
            {
                if let Some(mi) = named_country {
                    mentions.remove(mi);
                }
                mentions.push(Mention {
                    start,
                    end,
                    t0: i,
                    t1: end_tok,
                    referent: r,
                    role: None,
                    nationality: None,
                });
                cover(&mut cov, i, end_tok);
            }
            i = end_tok;
            continue;
        }
        // An embassy is named by its country only (السفارة أصيبت is no name).
        if desc.foreign {
            i = j;
            continue;
        }
        // A dual before two one-word names (بين بلدتي أربيندا وغورغادجي):
        // both are places of its kind, known or not.
        if desc.dual
            && let Some(both) = dual_names(layer, lex, function_words, &mentions, &cov, j)
        {
            for (t, start) in both {
                if in_skip(start, toks[t].end as usize) || cov[t] {
                    continue;
                }
                let key = key_at(t);
                let key = if t > j { &key['و'.len_utf8()..] } else { key };
                mentions.push(Mention {
                    start,
                    end: toks[t].end as usize,
                    t0: t,
                    t1: t + 1,
                    referent: Referent::UnknownPlace {
                        key: key.to_string(),
                        feature: feature.clone(),
                        facility: false,
                        container: find_container(layer, lex, &mentions, j + 2),
                    },
                    role: None,
                    nationality: None,
                });
            }
            cover(&mut cov, j, j + 2);
            i = j + 2;
            continue;
        }
        // A name the automaton already read after the descriptor (محافظة
        // حلب، بمحافظة #الجيزة): its reading of the descriptor's feature.
        let jn = if toks
            .get(j)
            .is_some_and(|t| layer.slice(t.start as usize, t.end as usize) == "#")
        {
            j + 1
        } else {
            j
        };
        if cov.get(jn).copied().unwrap_or(false)
            && let Some(m) = mentions.iter().find(|m| m.t0 == jn)
            && let Referent::Place(p) = m.referent
            && lex.places[p as usize].feature != feature
            && let Some(c) = lex.all_places.get(&match_key(layer.slice(m.start, m.end)))
        {
            let same: Vec<u32> = c
                .iter()
                .copied()
                .filter(|&q| lex.places[q as usize].feature == feature)
                .collect();
            // A container the text states that holds none of them (حي
            // المثنى وسط تلعفر, not Baghdad's): a place of that container.
            let (t1, key) = (m.t1, match_key(layer.slice(m.start, m.end)));
            let stated = find_container(layer, lex, &mentions, t1);
            let inside = |q: u32| {
                let (p, c) = (&lex.places[q as usize], stated.map(|c| &lex.places[c as usize]));
                c.is_none_or(|c| {
                    p.admin1_id.as_deref() == Some(c.id.as_str())
                        || p.admin2_id.as_deref() == Some(c.id.as_str())
                        || p.country == c.country && c.feature == "country"
                        || (c.admin2_id.is_some() && p.admin2_id == c.admin2_id)
                })
            };
            // A neighbourhood is never an administrative unit of the same
            // name (حي الروضة is no district الروضة far away): with no
            // neighbourhood of that name it is one of unknown identity.
            let unit = matches!(
                lex.places[p as usize].feature.as_str(),
                "district" | "subdistrict" | "governorate"
            );
            let pick = if same.is_empty() {
                (feature == "neighbourhood" && unit).then(|| Referent::UnknownPlace {
                    key: strip_article(&key).to_string(),
                    feature: feature.clone(),
                    facility: false,
                    container: stated,
                })
            } else if same.iter().any(|&q| inside(q)) {
                choose_place(&same, stated.map(|c| &lex.places[c as usize])).map(Referent::Place)
            } else {
                Some(Referent::UnknownPlace {
                    key: strip_article(&key).to_string(),
                    feature: feature.clone(),
                    facility: false,
                    container: stated,
                })
            };
            if let Some(r) = pick
                && let Some(m) = mentions.iter_mut().find(|m| m.t0 == jn)
            {
                m.referent = r;
            }
        }
        // A facility named after a place the automaton read (مطار مصراتة،
        // جامعة القاهرة، مستشفى جنين الحكومي) is the facility, with its
        // descriptor and adjectives, at that place.
        let facility_kind = matches!(
            feature.as_str(),
            "camp" | "prison" | "crossing" | "airport" | "base" | "facility"
        );
        if facility_kind
            && !desc.plural
            && let Some(mi) = mentions.iter().position(|m| m.t0 == jn)
            && let Referent::Place(p) = mentions[mi].referent
            && lex.places[p as usize].feature != feature
            // (A facility of another kind gives its name only: مستشفى
            // اليرموك is no hospital in the Yarmouk camp.)
            && (!lex.places[p as usize].is_facility() || feature == "facility")
            && !in_skip(toks[i].start as usize, mentions[mi].end)
        {
            let name_end = mentions[mi].t1;
            let mut end_tok = name_end;
            while facility_adjective(&cov, end_tok) {
                end_tok += 1;
            }
            let lead = key_at(i).chars().count() - first.chars().count();
            let place = &lex.places[p as usize];
            mentions[mi] = Mention {
                start: toks[i].start as usize + lead,
                end: toks[end_tok - 1].end as usize,
                t0: i,
                t1: end_tok,
                referent: Referent::UnknownPlace {
                    key: format!(
                        "{} {}",
                        strip_article(&first),
                        (jn..name_end).map(key_at).collect::<Vec<_>>().join(" ")
                    ),
                    feature: feature.clone(),
                    facility: true,
                    // A country's name is the facility's name, not where it
                    // stands (مستشفى فلسطين): the context places it.
                    container: (place.feature != "country" && !place.is_facility()).then_some(p),
                },
                role: None,
                nationality: None,
            };
            cover(&mut cov, i, end_tok);
            i = end_tok;
            continue;
        }
        // «وتجمع الأهالي»: the verb, and a word for people (الأهالي،
        // المحتجون، عشرات) or of likeness (مماثل، مجاورة) is no place's name,
        // even where a place bears it (العشرات).
        if !is_word(j)
            || cov.get(j).copied().unwrap_or(true)
            || is_function_word(key_at(j), function_words)
            || (is_prepositional(key_at(j)) && !lex.all_places.contains_key(key_at(j)))
            || stripped_keys(key_at(j))
                .iter()
                .any(|x| lex.non_name.contains_key(strip_article(x)))
        {
            i = j;
            continue;
        }
        // A descriptor before another (مخيم بلدة X، ريف مدينة X): the
        // second one names the place; the first is not given a name here.
        let rest_j: Vec<&str> = (j + 1..(j + 4).min(toks.len())).map(key_at).collect();
        // A settlement named after a river, mountain or valley (قرية نهر
        // الإمام، بلدة جبل X، قرية وادي X) bears the whole phrase as its
        // name: the second noun is not a descriptor of its own here.
        let natural = matches!(feature.as_str(), "village" | "town" | "city" | "neighbourhood")
            && !desc.plural
            && lex.descriptors.longest(key_at(j), &[]).is_some_and(|(n, d)| {
                n == 1
                    && !d.plural
                    && (matches!(d.feature.as_deref(), Some("river" | "mountain" | "lake")) || key_at(j) == "وادي")
            })
            && is_word(j + 1)
            && !not_name_at(j + 1)
            && !cov.get(j + 1).copied().unwrap_or(true)
            && !is_function_word(key_at(j + 1), function_words)
            && crate::event::grammar::preposition(key_at(j + 1)).is_none();
        if natural {
            let end_tok = if lex.name_linkers.contains(key_at(j + 1))
                && is_word(j + 2)
                && !cov.get(j + 2).copied().unwrap_or(true)
            {
                j + 3
            } else {
                j + 2
            };
            let key = (j..end_tok).map(key_at).collect::<Vec<_>>().join(" ");
            let (start, end) = (toks[j].start as usize, toks[end_tok - 1].end as usize);
            let known = lex.all_places.get(&key).and_then(|c| choose_place(c, None));
            let referent = match known {
                Some(p) => Referent::Place(p),
                None => Referent::UnknownPlace {
                    key,
                    feature: feature.clone(),
                    facility: false,
                    container: find_container(layer, lex, &mentions, end_tok),
                },
            };
            if !in_skip(start, end) {
                mentions.push(Mention {
                    start,
                    end,
                    t0: j,
                    t1: end_tok,
                    referent,
                    role: None,
                    nationality: None,
                });
                cover(&mut cov, j, end_tok);
            }
            i = end_tok;
            continue;
        }
        if stripped_keys(key_at(j))
            .iter()
            .any(|k| lex.descriptors.longest(k, &rest_j).is_some())
        {
            i = j;
            continue;
        }
        let facility = matches!(
            feature.as_str(),
            "camp" | "prison" | "crossing" | "airport" | "base" | "facility"
        );
        // After a facility noun, an indefinite nisba is its adjective, not
        // its name, even where a village bears it (مستشفى ميداني، سجن مركزي،
        // سجون عراقية، مخيم عشوائي).
        // (Not a given name written with alef maqsura: مستشفى مصطفى باشا.)
        if facility && {
            let k = key_at(j);
            let maqsura = toks
                .get(j)
                .is_some_and(|t| layer.slice(t.start as usize, t.end as usize).ends_with('ى'));
            !k.starts_with("ال")
                && ((k.ends_with('ي') && !(maqsura && lex.given_names.contains(k))) || k.ends_with("ية"))
        } {
            i = j;
            continue;
        }
        // Longest gazetteer name of 1–3 tokens after the descriptor.
        let mut hit: Option<(usize, Vec<u32>)> = None;
        for len in (1..=3).rev() {
            if (j..j + len).any(|t| !is_word(t) || cov.get(t).copied().unwrap_or(true)) {
                continue;
            }
            // (A word that never stands alone is no name by itself: سان.)
            if len == 1 && lex.name_linkers.contains(key_at(j)) {
                continue;
            }
            let key = (j..j + len).map(key_at).collect::<Vec<_>>().join(" ");
            // The name's last word may end in ه for ة (قرية الزاويه).
            let alt = taa_marbuta(&key);
            if let Some(c) = lex
                .all_places
                .get(&key)
                .or_else(|| lex.all_places.get(strip_article(&key)))
                .or_else(|| alt.as_ref().and_then(|k| lex.all_places.get(k.as_str())))
                .or_else(|| alt.as_ref().and_then(|k| lex.all_places.get(strip_article(k))))
            {
                hit = Some((len, c.clone()));
                break;
            }
        }
        // A noun that names only known places is itself an ordinary word
        // (ولاية "a term"): an indefinite feminine adjective after it, an ordinary
        // word with the article, is no name (لولاية جديدة).
        if desc.plural && hit.as_ref().is_some_and(|(len, _)| *len == 1) && {
            let k = key_at(j);
            !k.starts_with("ال")
                && (k.ends_with('ة') || k.ends_with('ه'))
                && k.chars().count() >= 4
                && lex.is_stop_name(&format!("ال{k}"))
        } {
            i = j;
            continue;
        }
        // A plural names places the reader knows: of its own kind, or bigger
        // than a village (سجون أكثر تحصينا is no prison in a village أكثر).
        if desc.plural
            && hit.as_ref().is_some_and(|(_, c)| {
                c.iter().all(|&p| {
                    let f = lex.places[p as usize].feature.as_str();
                    f != feature && matches!(f, "village" | "neighbourhood" | "locality")
                })
            })
        {
            i = j;
            continue;
        }
        // A one-word name that is an ordinary word (عين، قرية) followed by
        // an indefinite word heads a longer name the gazetteer lacks (منطقة
        // عين زارة is not Al Ain): a known-names descriptor gives nothing,
        // another one the unknown two-word place.
        // So does a known one-word name before a second word that reads as
        // transliterated (قرية حيدر خيل is not the village حيدر).
        let continues = hit.as_ref().is_some_and(|(len, _)| *len == 1)
            && (lex.is_stop_name(key_at(j)) || (translit(&cov, j, false) && translit(&cov, j + 1, true)))
            && is_word(j + 1)
            && !not_name_at(j + 1)
            && !cov.get(j + 1).copied().unwrap_or(true)
            && !is_function_word(key_at(j + 1), function_words)
            // An ordinary word heads a name with a definite word too (قرية
            // عين الغزلان is not Al Ain), but not before an adjective.
            && (!key_at(j + 1).starts_with("ال")
                || (lex.is_stop_name(key_at(j))
                    && !key_at(j).starts_with("ال")
                    && key_at(j).chars().count() <= 4
                    && !["ي", "ية", "ين", "يون"].iter().any(|e| key_at(j + 1).ends_with(e))
                    && !lex.adjectives.contains_key(strip_article(key_at(j + 1)))))
            // (An indefinite accusative after a definite word goes on with
            // the sentence: مبنى البلدية احتجاجا على القرار.)
            && !(key_at(j).starts_with("ال") && key_at(j + 1).ends_with('ا'))
            && crate::event::grammar::preposition(key_at(j + 1)).is_none()
            && !is_descriptor(key_at(j + 1), lex);
        if continues {
            if desc.plural {
                i = j;
                continue;
            }
            hit = None;
        }
        let container = find_container(layer, lex, &mentions, j + hit.as_ref().map_or(1, |h| h.0));
        let lead = key_at(i).chars().count() - first.chars().count();
        let desc_start = toks[i].start as usize + lead;
        let unknown = |key: String, container: Option<u32>| Referent::UnknownPlace {
            key,
            feature: feature.clone(),
            facility,
            container,
        };
        let one_word = |t: usize| strip_article(key_at(t)).to_string();
        let two_words = |t: usize| format!("{} {}", key_at(t), key_at(t + 1));
        let (name_end_tok, referent) = match hit {
            Some((len, cands)) => {
                let cont = container.map(|c| &lex.places[c as usize]);
                // Prefer a candidate of the descriptor's own feature.
                let same: Vec<u32> = cands
                    .iter()
                    .copied()
                    .filter(|&c| lex.places[c as usize].feature == feature)
                    .collect();
                let pick = choose_place(if same.is_empty() { &cands } else { &same }, cont);
                match pick {
                    // A neighbourhood is no administrative unit of the same
                    // name (حي الروضة in Taiz is no district in Shabwah).
                    Some(p)
                        if same.is_empty()
                            && feature == "neighbourhood"
                            && matches!(
                                lex.places[p as usize].feature.as_str(),
                                "district" | "subdistrict" | "governorate"
                            ) =>
                    {
                        (
                            j + len,
                            unknown((j..j + len).map(key_at).collect::<Vec<_>>().join(" "), container),
                        )
                    }
                    Some(p) if !same.is_empty() || !facility => (j + len, Referent::Place(p)),
                    // A camp, prison, airport, crossing or base named after
                    // a place stands at that place (مخيم الهول، مطار دمشق).
                    Some(p) if feature != "facility" => (
                        j + len,
                        unknown(
                            (j..j + len).map(key_at).collect::<Vec<_>>().join(" "),
                            container.or(Some(p)),
                        ),
                    ),
                    // A hospital, street or school bears a name, not a
                    // location (مستشفى الروم is no hospital in Rome).
                    Some(_) => (
                        j + len,
                        unknown((j..j + len).map(key_at).collect::<Vec<_>>().join(" "), container),
                    ),
                    None => {
                        i = j;
                        continue;
                    }
                }
            }
            None if desc.plural && !(desc.transliterated && translit(&cov, j, false)) => {
                i = j;
                continue;
            }
            // A word with a conjunction or a preposition glued on starts
            // the next phrase (شارع النصر وتطلق الشرطة، شارع الستين بالحجارة):
            // the name is the one word.
            None if continues
                && (key_at(j + 1).starts_with('و')
                    || key_at(j + 1).starts_with('ف')
                    || stripped_keys(key_at(j + 1)).iter().skip(1).any(|k| k.starts_with("ال"))) =>
            {
                (j + 1, unknown(one_word(j), container))
            }
            None if continues => (j + 2, unknown(two_words(j), container)),
            // A name word that never stands alone (مستشفى ابن سينا) takes the next.
            None if lex.name_linkers.contains(key_at(j))
                && is_word(j + 1)
                && !not_name_at(j + 1)
                && !cov.get(j + 1).copied().unwrap_or(true)
                && !function_words.at(layer, j + 1) =>
            {
                (j + 2, unknown(two_words(j), container))
            }
            // A derived verbal noun (منطقة انطلاق، منطقة احتجاز) is what
            // the place is for, not its name.
            None if derived_noun(key_at(j)) => {
                i = j;
                continue;
            }
            // A transliterated name of two words (قرية حيدر خيل، بلدة مير
            // علي) takes both.
            None if (translit(&cov, j, false) || pair_head(&cov, j)) && translit(&cov, j + 1, true) => {
                (j + 2, unknown(two_words(j), container))
            }
            None => (j + 1, unknown(one_word(j), container)),
        };
        // A feminine place's direction adjective is part of its name
        // (منطقة وزيرستان الشمالية، بلدة الغارية الشرقية).
        // A neighbourhood's ordinal is part of its name too (حي المنزه
        // السادس، الحي العاشر).
        let name_end_tok = if !facility
            && is_word(name_end_tok)
            && !cov.get(name_end_tok).copied().unwrap_or(true)
            && ((first.ends_with('ة')
                && matches!(key_at(name_end_tok), "الشمالية" | "الجنوبية" | "الشرقية" | "الغربية"))
                || (feature == "neighbourhood" && lex.ordinals.contains(key_at(name_end_tok))))
        {
            name_end_tok + 1
        } else {
            name_end_tok
        };
        // A foreign name goes on over its particles (سان فيسنتي ديل
        // كاغوان، سان خوسيه دي لاس …): the particle and the word after it.
        let mut name_end_tok = name_end_tok;
        while matches!(
            key_at(name_end_tok),
            "ديل" | "دي" | "دو" | "دا" | "دوس" | "لاس" | "لوس" | "ال"
        ) && is_word(name_end_tok + 1)
            && !cov.get(name_end_tok).copied().unwrap_or(true)
            && !cov.get(name_end_tok + 1).copied().unwrap_or(true)
            && !is_function_word(key_at(name_end_tok + 1), function_words)
        {
            name_end_tok += 2;
        }
        // A facility named after a person goes on over the name's linkers
        // (مدرسة خالد بن الوليد، شارع حسيبة بن بوعلي) and عبد's second word
        // (مستشفى الملك عبد الله).
        let free = |t: usize| is_word(t) && !cov.get(t).copied().unwrap_or(true) && !function_words.at(layer, t);
        loop {
            if !facility || name_end_tok <= j {
                break;
            }
            let last = key_at(name_end_tok - 1);
            if (lex.name_linkers.contains(last) || last == "عبد") && free(name_end_tok) {
                name_end_tok += 1;
            } else if lex.name_linkers.contains(key_at(name_end_tok)) && free(name_end_tok) && free(name_end_tok + 1) {
                name_end_tok += 2;
            } else {
                break;
            }
        }
        // A facility's name ends with its adjectives (مستشفى ابن سينا الجامعي).
        while facility && facility_adjective(&cov, name_end_tok) {
            name_end_tok += 1;
        }
        // Facilities carry their descriptor (سجن “الصناعة”); other places
        // are named by the name alone.
        let start = if facility { desc_start } else { toks[j].start as usize };
        let end = toks[name_end_tok - 1].end as usize;
        if !in_skip(start, end) {
            mentions.push(Mention {
                start,
                end,
                t0: if facility { i } else { j },
                t1: name_end_tok,
                referent,
                role: None,
                nationality: None,
            });
            cover(&mut cov, if facility { i } else { j }, name_end_tok);
        }
        i = name_end_tok;
    }

    // 3b. A village or neighbourhood is never matched bare (too many are
    // ordinary words), but after a preposition of place (في المنيل،
    // بالمنيل) it is one where the document names its governorate or city
    // elsewhere, or where it is the name's only reading in the document's
    // country.
    bare_settlements(
        layer,
        lex,
        function_words,
        &mut mentions,
        &in_skip,
        &named_units,
        focus_country,
    );

    // 3c. Organisations no lexicon lists, by their head noun, and a short
    // name in quotes right after an organisation's (… "يونيتامس").
    org_names(layer, lex, function_words, &mut mentions, &in_skip);
    military_units(layer, lex, &mut mentions, &in_skip);
    quoted_aliases(layer, lex, &mut mentions, &in_skip);
    quoted_names(layer, lex, &mut mentions, &in_skip);

    // 4. Persons after titles.
    find_titled_persons(layer, lex, function_words, &mut mentions, &in_skip, tagged);

    // 5. The tagger's spans for names nobody listed. The tagger scores
    // about 0.66 F1 on ANERcorp, so its spans pass checks first: function
    // words trimmed from the edges; a one-word organisation or a place the
    // gazetteer does not know (or knows only as a village, which needs a
    // descriptor) is too weak alone; a one-word person must not carry the
    // article unless it repeats a name (a surname: النجار).
    let focus_cc = focus_country.and_then(|c| lex.places[c as usize].country.as_deref());
    let mut cov = coverage(&mentions, toks.len());
    for ts in tagged {
        let mut ts = *ts;
        let fw = |t: usize| !is_word(t) || function_words.at(layer, t);
        while ts.start < ts.end && fw(ts.start) {
            ts.start += 1;
        }
        while ts.end > ts.start && fw(ts.end - 1) {
            ts.end -= 1;
        }
        // A listed common word behind ب (برصاص، بجروح، برتبة) opens the
        // phrase after a name, not the name's last word (مزارعي الكوكا
        // برصاص قوات الأمن), nor its first: what follows it is a name only
        // if two words are left (برصاص قوات الأمن, not برصاص طائش).
        let ba_common = |t: usize| {
            key_at(t)
                .strip_prefix('ب')
                .is_some_and(|k| lex.non_name.get(strip_article(k)) == Some(&false))
        };
        while ts.end > ts.start && ba_common(ts.end - 1) {
            ts.end -= 1;
        }
        if ts.start < ts.end && ba_common(ts.start) {
            ts.start += 1;
            if ts.end < ts.start + 2 {
                continue;
            }
        }
        if ts.start >= ts.end || ts.end > toks.len() {
            continue;
        }
        // علي بن جلال العبيدي: a person's family name (a nisba) that is
        // also a town's name ends the person's name, after a listed given
        // name and no other listed word.
        if ts.kind == EntityKind::Person
            && ts.end - ts.start >= 2
            && lex.given_names.contains(key_at(ts.start))
            && (ts.start..ts.end - 1).all(|t| !cov[t])
            && let Some(pi) = mentions.iter().position(|m| {
                m.t0 == ts.end - 1
                    && m.t1 == ts.end
                    && matches!(m.referent, Referent::Place(p) if lex.places[p as usize].feature != "country")
                    && key_at(m.t0).starts_with("ال")
                    && key_at(m.t0).ends_with('ي')
            })
        {
            mentions.remove(pi);
            cov = coverage(&mentions, toks.len());
        }
        if (ts.start..ts.end).any(|t| cov[t]) {
            continue;
        }
        let one = ts.end - ts.start == 1;
        // A word with و opening a sentence is a verb or a conjunction
        // (وتشن الحركة …), not a name, unless the word as written is a
        // listed name (وليد، وسام).
        let verb_like_opener = |t: usize| {
            let k = key_at(t);
            let opener = toks.get(t).is_some_and(|tok| tok.newline_before)
                || t == 0
                || toks
                    .get(t - 1)
                    .is_some_and(|p| p.kind == TokenKind::Punct && matches!(layer.key(p), "." | "!" | "؟" | "?" | ":"));
            opener && k.starts_with('و') && !lex.given_names.contains(k) && !lex.surnames.contains(k)
        };
        // A person's name does not end in an indefinite nationality
        // adjective (5 ملايين دينار كويتي is a sum of money).
        let nisba_end = {
            let k = key_at(ts.end - 1);
            !k.starts_with("ال") && lex.adjectives.contains_key(k)
        };
        // A word and a prepositional phrase after it (الاتحاد بالإفراج،
        // الرابطة بين المكناسي) are a subject and what follows, not a name.
        let preposition_second = !one && {
            let k = key_at(ts.start + 1);
            is_prepositional(k) || crate::event::grammar::preposition(k).is_some()
        };
        // A lone office that takes a complement (معتمد، محافظ) is no name.
        let title_alone = one
            && stripped_keys(key_at(ts.start))
                .iter()
                .any(|k| lex.titles.longest(k, &[]).is_some_and(|(n, t)| n == 1 && t.takes_org));
        let weak = match ts.kind {
            EntityKind::Organization => one || preposition_second,
            EntityKind::Person => {
                (one && key_at(ts.start).starts_with("ال"))
                    || nisba_end
                    || (one && verb_like_opener(ts.start))
                    || title_alone
            }
            _ => {
                let key = (ts.start..ts.end).map(key_at).collect::<Vec<_>>().join(" ");
                !lex.all_places.get(&key).is_some_and(|c| {
                    c.iter().any(|&p| {
                        !matches!(
                            lex.places[p as usize].feature.as_str(),
                            "village" | "neighbourhood" | "locality"
                        )
                    })
                })
                // A one-word stop name (مشهد "a scene") is a place only
                // after a locative word (في مشهد، إلى مشهد).
                || (one && lex.is_stop_name(&key) && !(ts.start > 0 && is_locative(key_at(ts.start - 1))))
                // A word for people or a quantity (عشرات، الأهالي) names no place.
                || (one
                    && stripped_keys(&key)
                        .iter()
                        .any(|x| lex.non_name.contains_key(strip_article(x))))
                // A place named by a definite descriptor noun (المدينة "the
                // city", Medina) is that place only in a document about its
                // country; elsewhere it is the city the text spoke of.
                || (one
                    && lex.is_stop_name(&key)
                    && key
                        .strip_prefix("ال")
                        .is_some_and(|r| lex.descriptors.longest(r, &[]).is_some())
                    && !lex.all_places.get(&key).is_some_and(|c| {
                        c.iter().any(|&p| {
                            focus_cc.is_some() && lex.places[p as usize].country.as_deref() == focus_cc
                        })
                    }))
            }
        };
        if weak
            || (!matches!(ts.kind, EntityKind::Person | EntityKind::Organization)
                && after_media_noun(layer, lex, ts.start))
        {
            continue;
        }
        let first = key_at(ts.start);
        // Drop a leading clitic before an article (والنجار → النجار); other
        // leading letters may be the name's own (وليد، بشار).
        let lead = match first.chars().nth(1) {
            Some('ا')
                if first.chars().count() > 4
                    && first[first.char_indices().nth(1).map_or(0, |(b, _)| b)..].starts_with("ال")
                    && matches!(first.chars().next(), Some('و' | 'ف' | 'ب' | 'ك')) =>
            {
                1
            }
            _ => 0,
        };
        let start = toks[ts.start].start as usize + lead;
        let end = toks[ts.end - 1].end as usize;
        if in_skip(start, end) || end <= start {
            continue;
        }
        let key = match_key(layer.slice(start, end));
        let referent = match ts.kind {
            EntityKind::Person => Referent::Person { key },
            EntityKind::Organization => Referent::Organization { key },
            _ => match lex.all_places.get(&key).and_then(|c| choose_place(c, None)) {
                Some(p) => Referent::Place(p),
                None => Referent::UnknownPlace {
                    key,
                    feature: "place".into(),
                    facility: false,
                    container: None,
                },
            },
        };
        mentions.push(Mention {
            start,
            end,
            t0: ts.start,
            t1: ts.end,
            referent,
            role: None,
            nationality: None,
        });
        cover(&mut cov, ts.start, ts.end);
    }

    office_holders(layer, lex, &mut mentions, &in_skip);

    // «حيدر الكعبي صباح أمس»: a person's name ends before a date or a
    // figure (صباح is a given name too), whatever read it.
    for m in mentions.iter_mut() {
        if !matches!(m.referent, Referent::Person { .. }) {
            continue;
        }
        let mut t1 = m.t1;
        while t1 > m.t0 + 1 && not_name_at(t1 - 1) {
            t1 -= 1;
        }
        if t1 < m.t1 {
            m.t1 = t1;
            m.end = toks[t1 - 1].end as usize;
            if let Referent::Person { key } = &mut m.referent {
                *key = match_key(layer.slice(m.start, m.end));
            }
        }
    }

    // «مقاطعة مايو-سافا»، «قرية بورتني-أول»: a place no list knows runs on
    // over a hyphen written without spaces to the word joined to it.
    let cov = coverage(&mentions, toks.len());
    for m in mentions.iter_mut() {
        let Referent::UnknownPlace { key, .. } = &mut m.referent else {
            continue;
        };
        let (Some(last), Some(dash), Some(next)) = (toks.get(m.t1 - 1), toks.get(m.t1), toks.get(m.t1 + 1)) else {
            continue;
        };
        if dash.kind == TokenKind::Punct
            && layer.key(dash) == "-"
            && last.end == dash.start
            && dash.end == next.start
            && next.kind == TokenKind::Arabic
            && !cov[m.t1 + 1]
            && !in_skip(next.start as usize, next.end as usize)
        {
            m.t1 += 2;
            m.end = next.end as usize;
            *key = match_key(layer.slice(m.start, m.end));
        }
    }

    // Persons from any source whose span is no name (an anonymity formula,
    // a rank phrase running into a casualty count, a participle), or that
    // open with a date (حاكم الإقليم، مساء الجمعة،).
    mentions.retain(|m| {
        !matches!(m.referent, Referent::Person { .. }) || !(not_a_person(layer, lex, m.t0, m.t1) || not_name_at(m.t0))
    });
    // «عقب صلاة المغرب»: after a prayer a place name is its time (the
    // sunset prayer), not the place.
    mentions.retain(|m| {
        !(matches!(m.referent, Referent::Place(_))
            && m.t0 > 0
            && stripped_keys(layer.tokens.get(m.t0 - 1).map_or("", |t| layer.key(t)))
                .iter()
                .any(|k| lex.prayer.contains(k.as_str())))
    });
    theophoric_names(layer, function_words, &mut mentions);
    nickname_aliases(layer, &mut mentions);
    verb_before_surname(layer, lex, &mut mentions);

    // Without a clear focus the leading country still is home for places
    // whose country the document names nowhere else (foreign_homonyms checks that).
    let lead_focus = clear_focus.or_else(|| {
        let mut counts: Vec<(usize, &String)> = focus.iter().map(|(cc, n)| (*n, cc)).collect();
        counts.sort_by(|a, b| b.cmp(a));
        match counts.as_slice() {
            [(top, cc), rest @ ..] if *top >= 2 && rest.first().is_none_or(|(n, _)| n < top) => {
                lex.countries.get(*cc).copied()
            }
            _ => None,
        }
    });
    if let Some(home) = lead_focus {
        foreign_homonyms(layer, lex, &mut mentions, home, &named_countries, &choose_place);
    }
    mentions.sort_by_key(|m| m.start);
    valley_names(layer, lex, &mut mentions);
    propagate_names(layer, lex, function_words, &mut mentions, &in_skip);
    locate_from_context(lex, &mut mentions, focus_country);
    add_coreferent_mentions(layer, lex, function_words, &mut mentions, &in_skip);
    short_forms(layer, lex, &mut mentions);
    nested_countries(layer, lex, &mut mentions);
    assemble(layer, lex, mentions)
}

/// A country named inside a body's name (جيش ميانمار، التحالف بقيادة
/// السعودية، قوات دفاع شعب جنوب السودان) is also a place of its own: a
/// reader looking for the country finds it. The body's mention keeps its
/// words (the event index gives a token to the longest mention).
fn nested_countries(layer: &TextLayer, lex: &EntityLexicon, mentions: &mut Vec<Mention>) {
    let toks = &layer.tokens;
    let mut add = Vec::new();
    for m in mentions.iter() {
        if !matches!(
            m.referent,
            Referent::Actor(_) | Referent::Composed { .. } | Referent::Organization { .. }
        ) {
            continue;
        }
        // (An outlet's name is its own: إذاعة صوت فلسطين.)
        if after_media_noun(layer, lex, m.t0) {
            continue;
        }
        // The country ends the name (not بلاد المغرب الإسلامي), and is not
        // all of it.
        let found = (1..=3usize).rev().find_map(|n| {
            let t = m.t1.checked_sub(n).filter(|&t| t > m.t0)?;
            if (t..m.t1).any(|i| toks.get(i).is_none_or(|x| x.kind != TokenKind::Arabic)) {
                return None;
            }
            let key = (t..m.t1).map(|i| layer.key(&toks[i])).collect::<Vec<_>>().join(" ");
            let p = lex
                .all_places
                .get(&key)?
                .iter()
                .copied()
                .find(|&p| lex.places[p as usize].feature == "country")?;
            Some((t, p))
        });
        // (Not inside a place already read there: جيش أرض الصومال.)
        let inside_place = |t: usize| {
            mentions
                .iter()
                .any(|o| matches!(o.referent, Referent::Place(_)) && o.t0 < t && o.t0 > m.t0 && o.t1 >= m.t1)
        };
        if let Some((t, p)) = found.filter(|&(t, _)| !inside_place(t)) {
            add.push(Mention {
                start: toks[t].start as usize,
                end: toks[m.t1 - 1].end as usize,
                t0: t,
                t1: m.t1,
                referent: Referent::Place(p),
                role: None,
                nationality: None,
            });
        }
    }
    if !add.is_empty() {
        mentions.extend(add);
        mentions.sort_by_key(|m| m.start);
    }
}

/// A person's name goes on over a compound with «الله» after it (سمير
/// عودة الله، محمد فضل الله): the two words are one name.
fn theophoric_names(layer: &TextLayer, function_words: &FunctionWords, mentions: &mut [Mention]) {
    let toks = &layer.tokens;
    let cov = coverage(mentions, toks.len());
    for m in mentions.iter_mut() {
        if !matches!(m.referent, Referent::Person { .. }) {
            continue;
        }
        let (w, g) = (m.t1, m.t1 + 1);
        let ok = [w, g]
            .iter()
            .all(|&t| toks.get(t).is_some_and(|x| x.kind == TokenKind::Arabic))
            && !cov.get(w).copied().unwrap_or(true)
            && !cov.get(g).copied().unwrap_or(true)
            && layer.key(&toks[g]) == "الله"
            && !function_words.at(layer, w)
            && !layer.key(&toks[w]).starts_with("ال");
        if ok {
            m.t1 = g + 1;
            m.end = toks[g].end as usize;
            if let Referent::Person { key } = &mut m.referent {
                *key = match_key(layer.slice(m.start, m.end));
            }
        }
    }
}

/// A dash: the separators of a dateline and its credit.
fn is_dash(layer: &TextLayer, t: &crate::text::Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(
            layer.slice(t.start as usize, t.end as usize),
            "-" | "–" | "—" | "ـ" | "/"
        )
}

/// Punctuation token `t` as written, or "".
fn punct_at<'t>(layer: &TextLayer<'t>, t: usize) -> &'t str {
    match layer.tokens.get(t) {
        Some(tok) if tok.kind == TokenKind::Punct => layer.slice(tok.start as usize, tok.end as usize),
        _ => "",
    }
}

/// The words of a source's credit from token `i`: quotation marks skipped,
/// up to the end of the line or a `stop` punctuation; None past four words
/// or at any other token (a sentence, not a credit). Returns the word
/// tokens' range and the index after the credit.
fn credit_words(layer: &TextLayer, i: usize, stop: &[&str]) -> Option<(usize, usize, usize)> {
    let toks = &layer.tokens;
    let mut first = None;
    let mut last = i;
    let mut k = i;
    let mut words = 0;
    while k < toks.len() && !(k > i && toks[k].newline_before) {
        let t = &toks[k];
        match t.kind {
            TokenKind::Arabic | TokenKind::Latin => {
                words += 1;
                if words > 4 {
                    return None;
                }
                first.get_or_insert(k);
                last = k;
            }
            TokenKind::Quote => {}
            TokenKind::Punct if stop.contains(&layer.slice(t.start as usize, t.end as usize)) || is_dash(layer, t) => {
                break;
            }
            _ => return None,
        }
        k += 1;
    }
    first.map(|f| (f, last + 1, k))
}

/// News outlets where a source stands. A dateline — a place opening a
/// paragraph, then a date, a second place or a place in brackets — credits
/// its outlet after a dash (مقديشو – الأناضول، البصرة/ واع، كركوك/ شفق
/// نيوز- أفاد) or in brackets before the dash (صنعاء (رويترز) -، حلب -
/// (أ ف ب)): a short credit (at most four words, not opened by a byline
/// word: كتب، وكالات) is an organisation, a listed one where a short form
/// of `source_forms` names it (الأناضول is the agency there, not the
/// region). Elsewhere a whole bracket, or the words after a dash that end
/// a line, are an outlet only where they are such a short form.
fn source_credits(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let line_end = |k: usize| k >= toks.len() || toks[k].newline_before;
    let place_at = |mentions: &[Mention], a: usize, b: usize| {
        mentions
            .iter()
            .any(|m| m.t0 <= a && b <= m.t1 && matches!(m.referent, Referent::Place(_) | Referent::UnknownPlace { .. }))
    };
    // (first word, end, whether an unknown credit is an organisation)
    let mut credits: Vec<(usize, usize, bool)> = Vec::new();
    // Where each place mention ends, by its first token: one pass, not a
    // scan of every mention per line.
    let mut place_end: HashMap<usize, usize> = HashMap::new();
    for m in mentions.iter().filter(|m| matches!(m.referent, Referent::Place(_))) {
        place_end.entry(m.t0).or_insert(m.t1);
    }
    for p in 0..toks.len() {
        if !(p == 0 || toks[p].newline_before) {
            continue;
        }
        let Some(&m_t1) = place_end.get(&p) else {
            continue;
        };
        let mut k = m_t1;
        while k < toks.len() && k < p + 20 && !line_end(k) {
            let t = &toks[k];
            let between_numbers = k > 0
                && toks[k - 1].kind == TokenKind::Number
                && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number);
            if punct_at(layer, k) == "(" {
                let Some((a, b, after)) = credit_words(layer, k + 1, &[")"]) else {
                    break;
                };
                let closed = punct_at(layer, after) == ")";
                let dash_next = toks
                    .get(after + 1)
                    .is_some_and(|n| is_dash(layer, n) && !n.newline_before);
                if closed && !place_at(mentions, a, b) && (dash_next || line_end(after + 1)) {
                    credits.push((a, b, true));
                    break;
                }
                k = after + 1;
                continue;
            }
            if is_dash(layer, t) && !between_numbers {
                let mut q = k + 1;
                if punct_at(layer, q) == "(" {
                    q += 1;
                }
                // A slash may join two month names (سبتمبر/أيلول 2024).
                let Some((a, b, after)) = credit_words(layer, q, &[")", ":", "،", ","]) else {
                    if punct_at(layer, k) == "/" {
                        k += 1;
                        continue;
                    }
                    break;
                };
                if place_at(mentions, a, b) {
                    k = after;
                    continue;
                }
                let first = key_at(a);
                let byline = stripped_keys(first).iter().any(|w| lex.byline_words.contains(w))
                    || (b - a >= 2 && lex.given_names.contains(first));
                if !byline {
                    credits.push((a, b, true));
                }
                break;
            }
            k += 1;
        }
    }
    // Short forms in a whole bracket or ending a line after a dash.
    for (k, t) in toks.iter().enumerate() {
        if punct_at(layer, k) == "(" {
            if let Some((a, b, after)) = credit_words(layer, k + 1, &[")"])
                && punct_at(layer, after) == ")"
            {
                credits.push((a, b, false));
            }
        } else if is_dash(layer, t)
            && let Some((a, b, after)) = credit_words(layer, k + 1, &[])
            && line_end(after)
        {
            credits.push((a, b, false));
        }
    }
    for (a, b, dateline) in credits {
        if mentions
            .iter()
            .any(|m| m.t0 < b && a < m.t1 && !matches!(m.referent, Referent::Place(_)))
        {
            continue;
        }
        let key = (a..b)
            .filter(|&t| toks[t].kind != TokenKind::Quote)
            .map(key_at)
            .collect::<Vec<_>>()
            .join(" ");
        // A credit that opens a listed name the text gives in full
        // (إدلب (المرصد) - … المرصد السوري لحقوق الإنسان) is that actor.
        let opened = mentions.iter().find_map(|m| match m.referent {
            Referent::Actor(x) if match_key(layer.slice(m.start, m.end)).starts_with(&format!("{key} ")) => Some(x),
            _ => None,
        });
        let referent = match lex.source_forms.get(&key).copied().or(opened.filter(|_| dateline)) {
            Some(actor) => Referent::Actor(actor),
            None if dateline && key.chars().any(char::is_alphabetic) => Referent::Organization { key },
            None => continue,
        };
        let (start, end) = (toks[a].start as usize, toks[b - 1].end as usize);
        if in_skip(start, end) {
            continue;
        }
        mentions.retain(|m| !(m.t0 < b && a < m.t1));
        mentions.push(Mention {
            start,
            end,
            t0: a,
            t1: b,
            referent,
            role: None,
            nationality: None,
        });
    }
    mentions.sort_by_key(|m| m.start);
}

/// The mentions of `a` and `b` (each in text order) that end by `pos`,
/// nearest first, without collecting them.
fn nearest_before<'m>(a: &'m [Mention], b: &'m [Mention], pos: usize) -> impl Iterator<Item = &'m Mention> {
    let mut x = a.iter().rev().filter(move |m| m.end <= pos).peekable();
    let mut y = b.iter().rev().filter(move |m| m.end <= pos).peekable();
    std::iter::from_fn(move || match (x.peek(), y.peek()) {
        (Some(p), Some(q)) if p.end < q.end => y.next(),
        (Some(_), _) => x.next(),
        (None, _) => y.next(),
    })
}

/// A capital standing for its state (metonymy) becomes a mention of the
/// country: the subject of a verb of speech or policy right before or
/// right after it, with nothing between (دمشق تتهم، وتصف أنقرة، رفضت
/// طهران), or the party a word of allegiance names (موالية لطهران،
/// مدعومة من أنقرة). Elsewhere (في دمشق، وصل إلى طهران) it stays the city.
/// A subject bears no preposition: بدمشق، لدمشق are places.
fn capitals_as_states(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut [Mention],
) {
    if lex.state_verbs.is_empty() && lex.state_linkers.is_empty() {
        return;
    }
    let toks = &layer.tokens;
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Arabic)
            .map(|t| layer.key(t))
    };
    let conj = |k: &str| crate::event::grammar::strip_conj(k).to_string();
    let verb = |i: Option<usize>| {
        i.and_then(word)
            .is_some_and(|k| lex.state_verbs.contains(k) || lex.state_verbs.contains(&conj(k)))
    };
    let linker = |i: Option<usize>| {
        i.and_then(word)
            .is_some_and(|k| lex.state_linkers.contains(k) || lex.state_linkers.contains(&conj(k)))
    };
    // The object of a charge or a call, before its complement: اتهمت
    // الوزارة موسكو بـ…، متهما إسلام آباد بـ…، حمّلت الحكومة، في بيان،
    // كيغالي المسؤولية، دعت الجامعة العربية واشنطن إلى…. The verb stands
    // in the clause before it, and right before the capital the verb, a
    // definite word ending the subject or a comma ending an aside (not a
    // noun it is the genitive of: سكان بغداد إلى، العاصمة بغداد).
    // (A ب-word that is a function word, بعد، بين، بسبب, is no complement.)
    let complement = |i: usize| {
        word(i).is_some_and(|k| {
            (k.starts_with('ب') && !function_words.contains(k))
                || matches!(k, "الي" | "علي" | "من" | "مسوولية" | "المسوولية")
        })
    };
    let charge =
        |i: usize| word(i).is_some_and(|k| lex.charge_verbs.contains(k) || lex.charge_verbs.contains(&conj(k)));
    let text_at = |i: usize| {
        toks.get(i)
            .map_or("", |t| layer.slice(t.start as usize, t.end as usize))
    };
    let charge_verb_before = |t0: usize| {
        let Some(b) = t0.checked_sub(1) else {
            return false;
        };
        let after_subject = match word(b) {
            Some(k) => {
                let k = crate::event::grammar::strip_conj(k);
                k.starts_with("ال") && !matches!(k, "العاصمة" | "المدينة")
            }
            None => matches!(text_at(b), "،" | ","),
        };
        if charge(b) {
            return true;
        }
        after_subject
            && (t0.saturating_sub(12)..b)
                .rev()
                .take_while(|&i| !matches!(text_at(i), "." | "؛" | ";" | ":" | "؟" | "?" | "!"))
                .any(charge)
    };
    for m in mentions.iter_mut() {
        let Referent::Place(p) = m.referent else {
            continue;
        };
        let Some(&country) = lex.capital_country.get(&p) else {
            continue;
        };
        let Some(tok) = toks.get(m.t0) else {
            continue;
        };
        let prefix = match_key(layer.slice(tok.start as usize, m.start));
        let before = m.t0.checked_sub(1);
        // Before its verb the capital opens a clause: nothing, a mark or a
        // clause particle before it (not جامعة القاهرة تنفي، في برلين وصفت).
        let opens = match before {
            None => true,
            Some(b) => match word(b) {
                None => {
                    toks[b].kind != TokenKind::Latin && layer.slice(toks[b].start as usize, toks[b].end as usize) != "#"
                }
                Some(k) => matches!(
                    crate::event::grammar::strip_conj(k),
                    "بينما" | "فيما" | "لكن" | "ان" | "كما" | "ثم" | "حيث" | "اذ"
                ),
            },
        };
        let subject = matches!(prefix.as_str(), "" | "و" | "ف") && ((opens && verb(Some(m.t1))) || verb(before));
        let party = (prefix == "ل" && linker(before))
            || (prefix.is_empty() && before.and_then(word) == Some("من") && linker(m.t0.checked_sub(2)));
        let charged = prefix.is_empty() && complement(m.t1) && charge_verb_before(m.t0);
        if subject || party || charged {
            m.referent = Referent::Place(country);
        }
    }
}

/// A one-word place name that is also a given name, right before a surname,
/// is a person (وقال محافظ جنين، سليم دراغمة؛ وأكد عمران الحسيني): the
/// place reading needs a descriptor or a preposition of place before it
/// (محافظة عمران، في سليم), and a nationality or direction word after the
/// name is an attribute of the place, not a surname.
fn given_name_persons(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut [Mention],
) {
    let toks = &layer.tokens;
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic);
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let starts: HashSet<usize> = mentions.iter().map(|m| m.t0).collect();
    for m in mentions.iter_mut() {
        let Referent::Place(p) = m.referent else {
            continue;
        };
        let (t, name) = (m.t1, match_key(layer.slice(m.start, m.end)));
        if m.t1 != m.t0 + 1 || lex.places[p as usize].feature == "country" || !lex.given_names.contains(&name) {
            continue;
        }
        let prefix_len = key_at(m.t0).chars().count().saturating_sub(name.chars().count());
        // بعمران "in Amran", كفارس "like a knight": no name of a person.
        let glued_in = key_at(m.t0).chars().take(prefix_len).any(|c| c == 'ب' || c == 'ك');
        let descriptor_at = |i: usize| is_descriptor(key_at(i), lex);
        let place_before = m.t0 > 0 && is_word(m.t0 - 1) && (is_locative(key_at(m.t0 - 1)) || descriptor_at(m.t0 - 1));
        let next = key_at(t);
        if glued_in
            || place_before
            || !is_word(t)
            || starts.contains(&t)
            || !lex.surnames.contains(next)
            || is_function_word(next, function_words)
            || lex.adjectives.contains_key(strip_article(next))
            || descriptor_at(t)
        {
            continue;
        }
        m.end = toks[t].end as usize;
        m.t1 = t + 1;
        m.referent = Referent::Person {
            key: match_key(layer.slice(m.start, m.end)),
        };
    }
}

/// Clans and tribes after their head noun (عشيرة آل حمدان، قبيلة بني
/// هاجر، عشائر البو نمر، قبيلة الفور): one organisation per clan, also
/// when a dual or plural head joins two with و (عشيرتي آل X والبوY). The
/// clan reading wins over a person or a place read inside the name (آل
/// حمدان is no person حمدان). A definite word alone follows only a singular
/// or dual head: after عشائر/قبائل it is as often a region (عشائر الأنبار).
fn clan_names(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    if lex.clan_heads.is_empty() {
        return;
    }
    let toks = &layer.tokens;
    let is_word = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokenKind::Arabic && !t.newline_before)
    };
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let name_word = |i: usize| {
        is_word(i)
            && !function_words.at(layer, i)
            && !lex.non_name.contains_key(key_at(i))
            && key_at(i).chars().count() >= 2
    };
    // The clan name at token `j` (after a و when `joined`): whether a و
    // is glued before it, and the tokens it takes.
    let clan_at = |mentions: &[Mention], j: usize, joined: bool, plural: bool| -> Option<(bool, usize)> {
        let full = key_at(j);
        let (waw, k) = match full.strip_prefix('و') {
            Some(r) if joined => (true, r),
            _ if joined => return None,
            _ => (false, full),
        };
        if !is_word(j) {
            return None;
        }
        if lex.clan_markers.contains(k) {
            return name_word(j + 1).then_some((waw, 2));
        }
        // البوعلي: the marker glued to the name.
        if k.strip_prefix("البو").is_some_and(|r| r.chars().count() >= 2) {
            return Some((waw, 1));
        }
        let definite = k.strip_prefix("ال").is_some_and(|r| r.chars().count() >= 3);
        let nisba = ["ية", "يين", "يون"].iter().any(|x| k.ends_with(x));
        // A place or an actor read there is what the word names.
        let named = mentions
            .iter()
            .any(|m| m.t0 <= j && j < m.t1 && !matches!(m.referent, Referent::Person { .. }));
        (!plural && definite && !nisba && !named && !function_words.at(layer, j) && name_word(j)).then_some((waw, 1))
    };
    let mut i = 0;
    while i < toks.len() {
        let head = is_word(i)
            .then(|| {
                stripped_keys(key_at(i))
                    .iter()
                    .find_map(|k| lex.clan_heads.get(k.as_str()).copied())
            })
            .flatten();
        let Some(number) = head else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut found: Vec<(bool, usize, usize)> = Vec::new(); // glued و, t0, t1
        while let Some((waw, n)) = clan_at(mentions, j, !found.is_empty(), number == 3) {
            found.push((waw, j, j + n));
            j += n;
            if number == 1 {
                break;
            }
        }
        for &(waw, t0, t1) in &found {
            let (s0, end) = (toks[t0].start as usize, toks[t1 - 1].end as usize);
            let start = if waw {
                let text = layer.slice(s0, end);
                let rest = text
                    .strip_prefix('و')
                    .unwrap_or(text)
                    .trim_start_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
                end - rest.chars().count()
            } else {
                s0
            };
            if in_skip(start, end) {
                continue;
            }
            mentions.retain(|m| m.t1 <= t0 || t1 <= m.t0);
            let key = (t0..t1).map(key_at).collect::<Vec<_>>().join(" ");
            let key = if waw {
                key.strip_prefix('و').unwrap_or(&key).to_string()
            } else {
                key
            };
            mentions.push(Mention {
                start,
                end,
                t0,
                t1,
                referent: Referent::Organization { key },
                role: None,
                nationality: None,
            });
        }
        i = j.max(i + 1);
    }
    mentions.sort_by_key(|m| m.start);
}

/// «عبدي حسين غوري»: a one-word place (no country) that is also a
/// surname, right after given names no mention covers, ends a person's
/// name, unless a place word or a preposition of place stands before the
/// given names (مدينة حسين غوري، في حسين).
fn surname_place_persons(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut [Mention],
) {
    let toks = &layer.tokens;
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic);
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let covered: HashSet<usize> = mentions.iter().flat_map(|m| m.t0..m.t1).collect();
    for m in mentions.iter_mut() {
        let Referent::Place(p) = m.referent else {
            continue;
        };
        let name = match_key(layer.slice(m.start, m.end));
        if m.t1 != m.t0 + 1
            || lex.places[p as usize].feature == "country"
            || !lex.surnames.contains(&name)
            || key_at(m.t0) != name
        {
            continue;
        }
        // Given names, with بن between them (علي بن جلال العبيدي).
        let descriptor = |t: usize| is_descriptor(key_at(t), lex);
        let named =
            |t: usize| is_word(t) && !covered.contains(&t) && !descriptor(t) && lex.given_names.contains(key_at(t));
        let given = |t: usize| named(t) && !is_locative(key_at(t)) && !is_function_word(key_at(t), function_words);
        let mut i = m.t0;
        while i > 0 && i + 5 > m.t0 {
            if given(i - 1) {
                i -= 1;
            } else if i >= 2 && matches!(key_at(i - 1), "بن" | "ابن" | "بنت") && named(i - 2) {
                i -= 2;
            } else {
                break;
            }
        }
        if i == m.t0 || (i > 0 && given(i - 1)) {
            continue;
        }
        let before = i.checked_sub(1).map(key_at).unwrap_or("");
        if is_locative(before) || (i > 0 && descriptor(i - 1)) {
            continue;
        }
        m.t0 = i;
        m.start = toks[i].start as usize;
        m.referent = Referent::Person {
            key: match_key(layer.slice(m.start, m.end)),
        };
    }
}

/// The document's choice among a name's places, given a container.
type ChoosePlace<'a> = dyn Fn(&[u32], Option<&Place>) -> Option<u32> + 'a;

/// In a document whose country is clear, a small place (village, town,
/// district) read in a country the document names nowhere else is a
/// homonym: البارة in an Idlib report is not Al Barah, Yemen. It takes a
/// place of the same name in the document's country (its name with or
/// without the article: GeoNames writes Idlib's village بارة), else a
/// village or neighbourhood stays a place of unknown identity, put where
/// the text says (حي الديم وسط الخرطوم) or near the document's places,
/// rather than at a point in another country.
fn foreign_homonyms(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut [Mention],
    home: u32,
    named_countries: &[(String, String)],
    choose_place: &ChoosePlace,
) {
    let Some(home_cc) = lex.places[home as usize].country.as_deref() else {
        return;
    };
    for j in 0..mentions.len() {
        let Referent::Place(p) = mentions[j].referent else {
            continue;
        };
        let place = &lex.places[p as usize];
        let Some(cc) = place.country.as_deref() else {
            continue;
        };
        if cc == home_cc
            || !matches!(
                place.feature.as_str(),
                "village" | "town" | "neighbourhood" | "locality" | "district" | "subdistrict" | "city"
            )
        {
            continue;
        }
        let single = mentions[j].t1 == mentions[j].t0 + 1;
        // A city abroad is named as such (مؤتمر باريس) unless it is a small
        // one (under 100,000) named by one word far from every other place
        // of the document.
        if place.feature == "city" && !(single && place.population < 100_000 && far_from_the_rest(lex, mentions, j, p))
        {
            continue;
        }
        let key = match_key(layer.slice(mentions[j].start, mentions[j].end));
        let plain = strip_article(&key).to_string();
        // Another name or adjective of that country (بلدة X اليمنية، صنعاء)
        // makes the foreign reading plausible.
        if named_countries.iter().any(|(k, c)| c == cc && *k != plain) {
            continue;
        }
        let mut home_cands: Vec<u32> = [key.as_str(), plain.as_str(), &format!("ال{plain}")]
            .iter()
            .filter_map(|k| lex.all_places.get(*k))
            .flatten()
            .copied()
            .filter(|&q| {
                let c = &lex.places[q as usize];
                c.country.as_deref() == Some(home_cc) && c.feature != "country"
            })
            .collect();
        home_cands.sort_unstable();
        home_cands.dedup();
        // The feature the text gives (حي الديم: a neighbourhood), else the homonym's.
        let t0 = mentions[j].t0;
        let stated = t0.checked_sub(1).and_then(|t| layer.tokens.get(t)).and_then(|t| {
            stripped_keys(layer.key(t))
                .iter()
                .find_map(|k| lex.descriptors.longest(k, &[]).and_then(|(_, d)| d.feature.clone()))
        });
        let at_home = |c: &u32| lex.places[*c as usize].country.as_deref() == Some(home_cc);
        mentions[j].referent = match choose_place(&home_cands, None) {
            Some(q) => Referent::Place(q),
            // A town or district of another country is often named as such
            // (رام الله in a report on Israel): it keeps its foreign reading
            // unless it is one word far from every other place the document
            // names (الساحل in a Moroccan report is no town in Egypt).
            None if !matches!(place.feature.as_str(), "village" | "neighbourhood" | "locality")
                && (!single || !far_from_the_rest(lex, mentions, j, p)) =>
            {
                continue;
            }
            None => {
                // Where the text puts it, else the nearest settlement or
                // province of the document's country, else that country.
                let near = mentions
                    .iter()
                    .filter_map(|m| match m.referent {
                        Referent::Place(q)
                            if at_home(&q)
                                && lex.places[q as usize].feature != "country"
                                && m.t0.abs_diff(t0) <= 40 =>
                        {
                            Some((m.t0.abs_diff(t0), q))
                        }
                        _ => None,
                    })
                    .min()
                    .map(|(_, q)| q);
                Referent::UnknownPlace {
                    key: plain,
                    feature: stated.unwrap_or_else(|| place.feature.clone()),
                    facility: false,
                    container: find_container(layer, lex, mentions, mentions[j].t1)
                        .filter(at_home)
                        .or(near)
                        .or(Some(home)),
                }
            }
        };
    }
}

/// Great-circle distance in km between two places with coordinates.
/// «وادي عمران»، «في وادي بردى»: a valley named after a place the
/// gazetteer knows is the valley, lying in that place, not the place itself
/// (the governorate of Amran).
fn valley_names(layer: &TextLayer, lex: &EntityLexicon, mentions: &mut [Mention]) {
    const VALLEY: &str = "وادي";
    let toks = &layer.tokens;
    for i in 0..mentions.len() {
        let (t0, t1) = (mentions[i].t0, mentions[i].t1);
        let Referent::Place(p) = mentions[i].referent else {
            continue;
        };
        let Some(v) = t0.checked_sub(1) else { continue };
        let Some(t) = toks.get(v).filter(|t| t.kind == TokenKind::Arabic) else {
            continue;
        };
        let key = layer.key(t);
        if !stripped_keys(key).iter().any(|k| k == VALLEY) || mentions.iter().any(|o| o.t0 <= v && v < o.t1) {
            continue;
        }
        let clitics = key.chars().count().saturating_sub(VALLEY.chars().count());
        let start = t.start as usize + clitics;
        let name = std::iter::once(VALLEY.to_string())
            .chain((t0..t1).filter_map(|j| toks.get(j)).map(|x| layer.key(x).to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        // In the unit the text states (وادي عمران بمحافظة أبين), else
        // beside the place it is named after.
        let container = find_container(layer, lex, mentions, t1).or(Some(p));
        let m = &mut mentions[i];
        m.referent = Referent::UnknownPlace {
            key: name,
            feature: "valley".to_string(),
            facility: false,
            container,
        };
        m.start = start;
        m.t0 = v;
    }
}

fn km(a: &Place, b: &Place) -> Option<f64> {
    let (la1, lo1, la2, lo2) = (a.lat?, a.lon?, b.lat?, b.lon?);
    let (p1, p2) = (la1.to_radians(), la2.to_radians());
    let (dp, dl) = ((la2 - la1).to_radians(), (lo2 - lo1).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    Some(2.0 * 6371.0 * h.sqrt().asin())
}

/// Place `p` (mention `j`'s reading) lies more than 500 km from every
/// other non-country place the document names, and there is at least one.
fn far_from_the_rest(lex: &EntityLexicon, mentions: &[Mention], j: usize, p: u32) -> bool {
    let here = &lex.places[p as usize];
    let others: Vec<f64> = mentions
        .iter()
        .enumerate()
        .filter_map(|(k, m)| match m.referent {
            Referent::Place(q) if k != j && q != p && lex.places[q as usize].feature != "country" => {
                km(here, &lex.places[q as usize])
            }
            _ => None,
        })
        .collect();
    !others.is_empty() && others.iter().all(|&d| d > 500.0)
}

/// Villages, neighbourhoods and small towns named bare after a preposition
/// of place, a separate word (في، من، قرب …) or ب glued before the article
/// (بالمنيل), when the document supports one reading: the governorate or
/// district it lies in is named elsewhere (a city names its own), else it
/// is the name's only reading in the document's focus country.
fn bare_settlements(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
    named_units: &HashSet<&str>,
    focus_country: Option<u32>,
) {
    let toks = &layer.tokens;
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic);
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let focus_cc = focus_country.and_then(|c| lex.places[c as usize].country.as_deref());
    // The units the document's resolved places name or lie in (محافظة
    // الجيزة، القصر العيني in Cairo), beside those of its one-country names.
    let mut units: HashSet<&str> = named_units.clone();
    for m in mentions.iter() {
        if let Referent::Place(q) = m.referent {
            let p = &lex.places[q as usize];
            if p.feature == "country" {
                continue;
            }
            if matches!(p.feature.as_str(), "governorate" | "district" | "subdistrict") {
                units.insert(p.id.as_str());
            }
            units.extend(p.admin1_id.as_deref());
            units.extend(p.admin2_id.as_deref());
        }
    }
    let mut cov = coverage(mentions, toks.len());
    let mut extra = Vec::new();
    let mut t = 0;
    while t < toks.len() {
        if !is_word(t) || cov[t] {
            t += 1;
            continue;
        }
        let key = key_at(t);
        let glued = ["بال", "وبال", "فبال"].iter().find_map(|p| {
            key.strip_prefix(p)
                .filter(|r| r.chars().count() >= 3)
                .map(|r| format!("ال{r}"))
        });
        let first = match glued {
            Some(k) => k,
            None if t > 0 && is_word(t - 1) && is_locative(key_at(t - 1)) => key.to_string(),
            // The second of two places after one preposition (في البارة
            // وكنصفرة): و, then a word right after a settlement that itself
            // follows a preposition of place.
            None if key.starts_with('و')
                && key.chars().count() >= 4
                && t > 1
                && is_word(t - 1)
                && is_word(t - 2)
                && is_locative(key_at(t - 2))
                // the word before is a settlement the text names (here or
                // after its descriptor elsewhere: بلدة البارة … في البارة وكنصفرة)
                && mentions.iter().chain(extra.iter()).any(|m| {
                    m.t1 == m.t0 + 1
                        && matches!(m.referent, Referent::Place(q) if matches!(
                            lex.places[q as usize].feature.as_str(),
                            "village" | "neighbourhood" | "locality" | "town"
                        ))
                        && match_key(layer.slice(m.start, m.end)) == key_at(t - 1)
                }) =>
            {
                key.chars().skip(1).collect()
            }
            None => {
                t += 1;
                continue;
            }
        };
        if is_function_word(key, function_words) || function_words.at(layer, t) {
            t += 1;
            continue;
        }
        // Longest gazetteer name of 1–3 tokens.
        let mut hit: Option<(usize, u32)> = None;
        for len in (1..=3).rev() {
            if (t + 1..t + len).any(|i| !is_word(i) || cov.get(i).copied().unwrap_or(true)) {
                continue;
            }
            let mut name = first.clone();
            for i in t + 1..t + len {
                name.push(' ');
                name.push_str(key_at(i));
            }
            if strip_article(&name).chars().count() < 3 || lex.is_stop_name(&name) {
                continue;
            }
            let Some(cands) = lex.all_places.get(&name) else {
                continue;
            };
            let settlement =
                |p: &Place| matches!(p.feature.as_str(), "village" | "neighbourhood" | "locality" | "town");
            let cands: Vec<u32> = cands
                .iter()
                .copied()
                .filter(|&q| settlement(&lex.places[q as usize]))
                .collect();
            let in_named: Vec<u32> = cands
                .iter()
                .copied()
                .filter(|&q| {
                    let p = &lex.places[q as usize];
                    [&p.admin1_id, &p.admin2_id]
                        .iter()
                        .any(|a| a.as_deref().is_some_and(|a| units.contains(a)))
                })
                .collect();
            let pick = if !in_named.is_empty() {
                // The biggest of them (a town before a village).
                in_named.iter().copied().max_by_key(|&q| {
                    let p = &lex.places[q as usize];
                    (p.rank(), p.population, std::cmp::Reverse(q))
                })
            } else {
                let mut in_focus = cands
                    .iter()
                    .copied()
                    .filter(|&q| focus_cc.is_some() && lex.places[q as usize].country.as_deref() == focus_cc);
                match (in_focus.next(), in_focus.next()) {
                    (Some(q), None) => Some(q),
                    _ => None,
                }
            };
            if let Some(q) = pick {
                hit = Some((len, q));
                break;
            }
        }
        let Some((len, q)) = hit else {
            t += 1;
            continue;
        };
        // A word right before a place descriptor heads a construct with the
        // place it introduces (في بساتين قرية X "in the orchards of the
        // village X"): a common noun, not a place. A descriptor with a
        // preposition glued on gives the container instead (في المنيل
        // بمحافظة الجيزة).
        let rest: Vec<&str> = (t + len + 1..(t + len + 4).min(toks.len())).map(key_at).collect();
        if is_word(t + len)
            && lex
                .descriptors
                .longest(key_at(t + len), &rest)
                .is_some_and(|(_, d)| d.feature.is_some() && !d.direction && !d.media)
        {
            t += len;
            continue;
        }
        let lead = key.chars().count().saturating_sub(first.chars().count());
        let (start, end) = (toks[t].start as usize + lead, toks[t + len - 1].end as usize);
        if !in_skip(start, end) {
            extra.push(Mention {
                start,
                end,
                t0: t,
                t1: t + len,
                referent: Referent::Place(q),
                role: None,
                nationality: None,
            });
            cover(&mut cov, t, t + len);
        }
        t += len;
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| m.start);
}

/// A head noun at the start of `key` (past a proclitic, with or without
/// the article) that `lookup` accepts, given the bare head and the
/// proclitic: whether it was definite, what `lookup` returned, the
/// proclitic's length in characters and the bare head.
fn head_reading<T>(key: &str, lookup: impl Fn(&str, &str) -> Option<T>) -> Option<(bool, T, usize, String)> {
    stripped_keys(key).into_iter().find_map(|sk| {
        let (definite, bare) = match sk.strip_prefix("ال") {
            Some(r) => (true, r.to_string()),
            None => (false, sk.clone()),
        };
        let lead = key.chars().count().saturating_sub(sk.chars().count());
        let prefix: String = key.chars().take(lead).collect();
        lookup(&bare, &prefix).map(|v| (definite, v, lead, bare))
    })
}

/// An organisation's mention over tokens `t` (characters `span`), keyed by
/// its bare head and the words after it.
fn org_mention(layer: &TextLayer, span: (usize, usize), t: (usize, usize), bare: &str) -> Mention {
    let rest: Vec<&str> = (t.0 + 1..t.1)
        .map(|k| layer.tokens.get(k).map_or("", |tk| layer.key(tk)))
        .collect();
    Mention {
        start: span.0,
        end: span.1,
        t0: t.0,
        t1: t.1,
        referent: Referent::Organization {
            key: format!("{bare} {}", rest.join(" ")),
        },
        role: None,
        nationality: None,
    }
}

/// Organisations no lexicon lists, named by a head noun and its genitive
/// (وزارة الصحة، جهاز الإسعاف والطوارئ، قيادة شرطة ديالى، حكومة الوحدة
/// الوطنية), or by a definite head and a nisba (المجلس الاجتماعي، القوى
/// الوطنية والإسلامية). A place or force the text already read may close the
/// genitive, and the name then holds it; an actor's name only after a
/// mission head (بعثة الأمم المتحدة): elsewhere (قيادة قسد) the body is the
/// actor's own and the actor is the entity.
fn org_names(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    if lex.org_heads.is_empty() {
        return;
    }
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic);
    let at = |mentions: &[Mention], t: usize| mentions.iter().position(|m| m.t0 <= t && t < m.t1);
    // A definite adjective: a nisba (الوطنية، الاجتماعي) or a listed one (العام).
    // A sector's noun in -ية (التربية) is a noun, not a nisba.
    // (A word for people, الأهالي, ends in ي and is no nisba.)
    let adjective = |k: &str| {
        let st = strip_article(k);
        k.starts_with("ال")
            && ((st.chars().count() >= 4
                && ["ي", "ية", "يين", "يون", "يات"].iter().any(|x| st.ends_with(x))
                && !lex.is_org_domain(k)
                && !lex.non_name.contains_key(st))
                || lex.org_adjectives.contains(k))
    };
    // A listed adjective that is also a function word (العام: "the year")
    // is the adjective unless a definite word follows (العام الماضي).
    let adjective_at = |mentions: &[Mention], t: usize| {
        is_word(t)
            && adjective(key_at(t))
            && (!function_words.at(layer, t)
                || (lex.org_adjectives.contains(key_at(t)) && !(is_word(t + 1) && key_at(t + 1).starts_with("ال"))))
            && at(mentions, t).is_none()
    };
    let mut i = 0;
    while i < toks.len() {
        if !is_word(i) || at(mentions, i).is_some() {
            i += 1;
            continue;
        }
        let key = key_at(i);
        let head = head_reading(key, |bare, prefix| {
            lex.org_heads
                .get(bare)
                .filter(|h| h.after_ba || !prefix.contains('ب'))
                .copied()
        });
        let Some((definite, h, lead, bare)) = head else {
            i += 1;
            continue;
        };
        // A sector head names a body only before a sector's noun (مديرية
        // أمن سبها، ولاية الأمن); before a name it is a place's descriptor.
        // So does a definite one before a listed adjective (المديرية
        // العامة للأمن الوطني).
        if h.sector
            && !(is_word(i + 1)
                && at(mentions, i + 1).is_none()
                && (lex.is_org_domain(key_at(i + 1)) || (definite && lex.org_adjectives.contains(key_at(i + 1)))))
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut absorbed: Vec<usize> = Vec::new();
        let mut closed = definite && adjective_at(mentions, j);
        // The genitive: indefinite nouns up to a definite word or a name
        // (قيادة شرطة ديالى، لجنة أطباء السودان).
        while !definite && !closed && j < (i + 5).min(toks.len()) {
            if let Some(mi) = at(mentions, j) {
                let m = &mentions[mi];
                let ok = m.t0 == j
                    && match m.referent {
                        Referent::Actor(_) => h.mission,
                        Referent::Place(_) | Referent::UnknownPlace { .. } | Referent::Composed { .. } => true,
                        _ => false,
                    };
                if !ok {
                    break;
                }
                // A force read alone (شرطة) continues the construct.
                closed = !matches!(m.referent, Referent::Composed { .. })
                    || stripped_keys(key_at(m.t1 - 1)).iter().any(|k| k.starts_with("ال"));
                absorbed.push(mi);
                j = m.t1;
                continue;
            }
            let k = key_at(j);
            // و، ب، ل before a noun of the chain are a conjunction or a
            // preposition (لجنة لتقصي، محكمة بموجب), unless it is a head.
            // (But و joins two nouns of the construct before its definite
            // genitive: جمعية مصنعي ومصدري الملابس.)
            let joined_noun = j > i + 1
                && k.starts_with('و')
                && !k.starts_with("وال")
                && k.chars().count() >= 4
                && !key_at(j - 1).starts_with("ال")
                && is_word(j + 1)
                && !function_words.at(layer, j + 1)
                && match at(mentions, j + 1) {
                    None => key_at(j + 1).starts_with("ال"),
                    Some(mi) => {
                        mentions[mi].t0 == j + 1
                            && matches!(
                                mentions[mi].referent,
                                Referent::Place(_) | Referent::UnknownPlace { .. }
                            )
                    }
                };
            if !is_word(j)
                || function_words.at(layer, j)
                || is_prepositional(k)
                || (k.starts_with(['و', 'ب', 'ل']) && !lex.org_heads.contains_key(k) && !joined_noun)
            {
                break;
            }
            closed = k.starts_with("ال");
            j += 1;
        }
        if !closed {
            i += 1;
            continue;
        }
        // Adjectives, and one coordinated definite word (والطوارئ، والإسلامية);
        // after an adjective only another adjective (not الاتحادية والتشكيك).
        let mut coordinated = false;
        loop {
            if adjective_at(mentions, j) {
                j += 1;
                continue;
            }
            let after_adjective = j > i + 1 && adjective(key_at(j - 1));
            if !coordinated
                && is_word(j)
                && at(mentions, j).is_none()
                && !function_words.at(layer, j)
                && key_at(j).strip_prefix('و').is_some_and(|r| {
                    r.starts_with("ال") && r.chars().count() >= 5 && (!after_adjective || adjective(r))
                })
            {
                coordinated = true;
                j += 1;
                continue;
            }
            break;
        }
        // What the body is for, as a construct behind لـ (المفوضية العليا
        // لحقوق الإنسان، المفوضية السامية لشؤون اللاجئين): an indefinite
        // noun and its definite genitive. Not لل (للصحفيين is often whom
        // it spoke to), not a known name after it — but لل before a
        // sector's noun is what the body is for (الاتحاد الجهوي للشغل).
        // The genitive may be a place the text already read (الشركة العامة
        // لموانئ العراق): the name then holds it.
        let genitive_place = |t: usize| {
            at(mentions, t).filter(|&mi| {
                mentions[mi].t0 == t
                    && matches!(
                        mentions[mi].referent,
                        Referent::Place(_) | Referent::UnknownPlace { .. }
                    )
            })
        };
        let purpose = |t: usize| {
            let k = key_at(t);
            is_word(t)
                && is_word(t + 1)
                && at(mentions, t).is_none()
                && (at(mentions, t + 1).is_none() || genitive_place(t + 1).is_some())
                && !function_words.at(layer, t)
                && k.starts_with('ل')
                && !k.starts_with("لل")
                && !lex.org_heads.contains_key(k)
                && k.chars().count() >= 4
                && (genitive_place(t + 1).is_some() || key_at(t + 1).starts_with("ال"))
                && !function_words.at(layer, t + 1)
        };
        if (definite || closed) && j > i + 1 && purpose(j) {
            if let Some(mi) = genitive_place(j + 1) {
                absorbed.push(mi);
                j = mentions[mi].t1;
            } else {
                j += 2;
            }
            while adjective_at(mentions, j) {
                j += 1;
            }
            // (A second purpose joined by و: لإدارة السجون وإعادة الإدماج.)
            let joined = key_at(j)
                .strip_prefix('و')
                .is_some_and(|r| !r.starts_with("ال") && r.chars().count() >= 4 && !lex.org_heads.contains_key(r));
            if joined
                && is_word(j)
                && is_word(j + 1)
                && at(mentions, j).is_none()
                && at(mentions, j + 1).is_none()
                && !function_words.at(layer, j)
                && !function_words.at(layer, j + 1)
                && key_at(j + 1).starts_with("ال")
            {
                j += 2;
            }
        } else if (definite || closed)
            && j > i + 1
            && is_word(j)
            && at(mentions, j).is_none()
            && !function_words.at(layer, j)
            && key_at(j).strip_prefix("لل").is_some_and(|r| {
                (lex.is_org_domain(r) && r.chars().count() >= 2)
                    // After a listed adjective (الإدارة العامة للديوانة) any
                    // noun but a plural of people, who are rather spoken to
                    // (اللجنة العليا للصحفيين).
                    || (lex.org_adjectives.contains(key_at(j - 1))
                        && r.chars().count() >= 3
                        && !["ين", "ون"].iter().any(|x| r.ends_with(x))
                        // (A verbal noun with its own preposition is an
                        // aim: جهاز المخابرات العامة للفصل بين الطرفين.)
                        && (lex.org_about.contains(key_at(j))
                            || !["بين", "على", "عن", "ضد", "مع"].contains(&key_at(j + 1))))
            })
        {
            j += 1;
            // (للصناعة والمناجم: a second domain joined by و.)
            if is_word(j)
                && at(mentions, j).is_none()
                && key_at(j)
                    .strip_prefix("وال")
                    .is_some_and(|r| lex.is_org_domain(r) && r.chars().count() >= 2)
            {
                j += 1;
            }
            while adjective_at(mentions, j) {
                j += 1;
            }
        }
        // What a committee defends, behind عن (لجنة الدفاع عن أراضي سلوان،
        // هيئة الدفاع عن المعتقلين): indefinite nouns up to a definite word
        // or a place, then its adjectives.
        if j > i + 1 && lex.org_about.contains(key_at(j - 1)) && key_at(j) == "عن" {
            let mut k = j + 1;
            let mut taken: Vec<usize> = Vec::new();
            let mut done = false;
            while !done && k < (j + 5).min(toks.len()) && is_word(k) && !function_words.at(layer, k) {
                if let Some(mi) = at(mentions, k) {
                    if genitive_place(k) != Some(mi) {
                        break;
                    }
                    taken.push(mi);
                    k = mentions[mi].t1;
                    done = true;
                } else {
                    done = key_at(k).starts_with("ال");
                    if !done && (is_prepositional(key_at(k)) || key_at(k).starts_with(['و', 'ب', 'ل'])) {
                        break;
                    }
                    k += 1;
                }
            }
            if done {
                while adjective_at(mentions, k) {
                    k += 1;
                }
                // (الحقوق والحريات: one definite word joined by و.)
                if is_word(k)
                    && at(mentions, k).is_none()
                    && key_at(k).starts_with("وال")
                    && !function_words.at(layer, k)
                {
                    k += 1;
                }
                absorbed.extend(taken);
                j = k;
            }
        }
        let (start, end) = (toks[i].start as usize + lead, toks[j - 1].end as usize);
        if in_skip(start, end) {
            i = j;
            continue;
        }
        absorbed.sort_unstable();
        for mi in absorbed.into_iter().rev() {
            mentions.remove(mi);
        }
        mentions.push(org_mention(layer, (start, end), (i, j), &bare));
        i = j;
    }
    mentions.sort_by_key(|m| m.start);
}

/// Military units named by number (الفرقة السادسة مشاة، اللواء 24، الكتيبة
/// 55 مدرعات، الفيلق الخامس): a unit head, a number in digits or an
/// ordinal, and the branch words after it. Without the number the head is
/// a common noun (or, for اللواء, a rank before a name).
fn military_units(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    if lex.unit_heads.is_empty() {
        return;
    }
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let kind_at = |i: usize| toks.get(i).map(|t| t.kind);
    let free = |mentions: &[Mention], t: usize| !mentions.iter().any(|m| m.t0 <= t && t < m.t1);
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        if kind_at(i) != Some(TokenKind::Arabic) || !free(mentions, i) {
            i += 1;
            continue;
        }
        let key = key_at(i);
        let head = head_reading(key, |bare, _| lex.unit_heads.contains(bare).then_some(()));
        let Some((definite, (), lead, bare)) = head else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let numbered = match kind_at(j) {
            Some(TokenKind::Number) => true,
            // (An ordinal agrees with a definite head: الفرقة السادسة.)
            Some(TokenKind::Arabic) => definite && lex.ordinals.contains(key_at(j)),
            _ => false,
        };
        if !numbered || !free(mentions, j) {
            i += 1;
            continue;
        }
        j += 1;
        // (الحادية عشرة، الثاني عشر.)
        if matches!(key_at(j), "عشر" | "عشره") && kind_at(j) == Some(TokenKind::Arabic) {
            j += 1;
        }
        let mut branches = 0;
        while branches < 2
            && kind_at(j) == Some(TokenKind::Arabic)
            && free(mentions, j)
            && lex.unit_branches.contains(strip_article(key_at(j)))
        {
            j += 1;
            branches += 1;
        }
        let (start, end) = (toks[i].start as usize + lead, toks[j - 1].end as usize);
        if !in_skip(start, end) {
            found.push(org_mention(layer, (start, end), (i, j), &bare));
        }
        i = j;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| m.start);
}

/// Quoted names after a head noun: an organisation after a head that names
/// one only with a quoted name (حركة «فتح»، منظمة «أطباء بلا حدود»), after a
/// plural head earlier in the clause (الجماعات المسلحة، ومنها «X» و«Y»), or
/// joined by و to such a name; a facility after a facility descriptor
/// (فندق «X»). Later quoted repeats of the name are its mentions.
fn quoted_names(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let text_at = |i: usize| {
        toks.get(i)
            .map_or("", |t| layer.slice(t.start as usize, t.end as usize))
    };
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let covered = |mentions: &[Mention], t: usize| mentions.iter().any(|m| m.t0 <= t && t < m.t1);
    // The quoted name opening at `k`: its inner token range.
    let quoted = |k: usize| -> Option<(usize, usize)> {
        let close = match text_at(k) {
            "«" => "»",
            "“" => "”",
            "\"" => "\"",
            _ => return None,
        };
        if toks.get(k + 1).is_none_or(|n| n.start != toks[k].end) {
            return None;
        }
        let n = (1..=5).find(|&n| text_at(k + 1 + n) == close)?;
        let (a, b) = (k + 1, k + 1 + n);
        // Words, and a number among them (عصابة «400 ماوزو»).
        let word = |t: usize| {
            toks.get(t)
                .is_some_and(|x| matches!(x.kind, TokenKind::Arabic | TokenKind::Latin))
        };
        ((a..b).all(|t| word(t) || toks.get(t).is_some_and(|x| x.kind == TokenKind::Number)) && (a..b).any(word))
            .then_some((a, b))
    };
    let head_of = |i: usize| -> Option<bool> {
        stripped_keys(key_at(i))
            .iter()
            .find_map(|k| lex.quoted_org_heads.get(k.as_str()).copied())
    };
    let facility_descriptor = |i: usize| {
        stripped_keys(key_at(i))
            .iter()
            .find_map(|x| lex.descriptors.longest(x, &[]))
            .map(|(_, d)| d)
            .filter(|d| {
                !d.plural
                    && d.feature
                        .as_deref()
                        .is_some_and(|f| matches!(f, "facility" | "airport" | "prison" | "base" | "crossing"))
            })
    };
    let facility_head = |i: usize| facility_descriptor(i).is_some();
    // Any other place noun (قرية «لعويجة»، وادي «طوغ جرّان»، بئر «X»): the
    // quotes hold the place's name, whatever the gazetteer knows.
    let place_descriptor = |i: usize| {
        stripped_keys(key_at(i))
            .iter()
            .find_map(|x| lex.descriptors.longest(x, &[]))
            .filter(|&(n, _)| n == 1)
            .map(|(_, d)| d)
            .filter(|d| {
                d.feature.is_some() && !d.direction && !d.media && !d.foreign && !d.capital && !d.territory && !d.dual
            })
    };
    let mut found: Vec<(Vec<String>, Referent)> = Vec::new();
    let mut extra: Vec<Mention> = Vec::new();
    let mut last_close: Option<usize> = None;
    for k in 1..toks.len() {
        let Some((a, b)) = quoted(k) else { continue };
        // After a news outlet's noun a place inside the quotes is part of
        // the outlet's name (إذاعة "صوت فلسطين").
        if after_media_noun(layer, lex, k) && head_of(k - 1) == Some(false) {
            mentions.retain(|m| !(a <= m.t0 && m.t1 <= b && matches!(m.referent, Referent::Place(_))));
        }
        // فندق "بغداد"، مصرف "كابل بنك": after a facility's descriptor, a
        // place inside the quotes is part of the facility's name.
        if facility_head(k - 1) {
            mentions.retain(|m| !(a <= m.t0 && m.t1 <= b && matches!(m.referent, Referent::Place(_))));
        }
        // «كتيبة طوباس»: with an organisation's head inside the quotes, a
        // place there is part of its name.
        if b - a >= 2 && head_of(a) == Some(false) && lex.descriptors.longest(key_at(a), &[]).is_none() {
            mentions.retain(|m| !(a <= m.t0 && m.t1 <= b && matches!(m.referent, Referent::Place(_))));
        }
        // After an organisation's head (تنسيقية "شباب سوس من أجل الصحة")
        // the quotes hold its name: a shorter name found inside gives way
        // (a listed actor stays).
        if head_of(k - 1) == Some(false) {
            mentions.retain(|m| {
                !(a <= m.t0
                    && m.t1 <= b
                    && matches!(
                        m.referent,
                        Referent::Organization { .. } | Referent::Place(_) | Referent::UnknownPlace { .. }
                    ))
            });
        }
        if (a..b).any(|t| covered(mentions, t)) {
            continue;
        }
        // Words in quotes that open with a negation or a particle (فصيله
        // «لا علاقة له بما جرى»، فصائل "غير منضبطة") are no name, unless an
        // organisation's head stands right before them (حملة «لن نصمت»).
        if matches!(
            key_at(a),
            "لا" | "لم" | "لن" | "ما" | "غير" | "قد" | "ان" | "انه" | "انها" | "كل"
        ) && head_of(k - 1) != Some(false)
        {
            continue;
        }
        let inner: Vec<String> = (a..b).map(|t| key_at(t).to_string()).collect();
        let joined = inner.join(" ");
        // «فتح»: a listed actor's name without its head (حركة فتح).
        let short = lex.quoted_short.get(joined.as_str()).map(|&i| Referent::Actor(i));
        let org = short.clone().unwrap_or(Referent::Organization { key: joined });
        let glued_wa = key_at(k - 1) == "و" && toks[k].start == toks[k - 1].end;
        // (start token, referent)
        let hit: Option<(usize, Referent)> = if head_of(k - 1) == Some(false) {
            Some((k - 1, org))
        } else if k >= 2
            && head_of(k - 2) == Some(false)
            && key_at(k - 1).starts_with("ال")
            && toks[k - 1].kind == TokenKind::Arabic
            && !covered(mentions, k - 1)
            // (Not a description in quotes: «عصابات منظمة»، «جهات سياسية»
            // after وزارة الداخلية is whom it accuses.)
            && head_of(a).is_none()
            && !(b - a == 2 && !key_at(a).starts_with("ال") && crate::event::grammar::is_nisba(key_at(a + 1)))
        {
            // The head with its genitive (تحالف العصابات «فيف أنسانم»).
            Some((k - 2, org))
        } else if let Some(d) = facility_descriptor(k - 1) {
            Some((
                k - 1,
                Referent::UnknownPlace {
                    key: format!("{} {}", strip_article(key_at(k - 1)), inner.join(" ")),
                    feature: d.feature.clone().unwrap_or_default(),
                    facility: true,
                    container: find_container(layer, lex, mentions, b + 1),
                },
            ))
        } else if let Some(d) = place_descriptor(k - 1) {
            // (The name alone is the place's: قرية «قرحاني» is قرحاني.)
            Some((
                a,
                Referent::UnknownPlace {
                    key: inner.join(" "),
                    feature: d.feature.clone().unwrap_or_default(),
                    facility: false,
                    container: find_container(layer, lex, mentions, b + 1),
                },
            ))
        } else if b - a >= 2 && head_of(a) == Some(false) && lex.descriptors.longest(key_at(a), &[]).is_none() {
            // «كتيبة النصر»، «لواء الصمود»: the head inside the quotes.
            Some((a, org))
        } else if (glued_wa && k >= 2 && last_close == Some(k - 2))
            || (1..=6).any(|d| {
                // A plural head earlier in the clause, with no other quote
                // or sentence end between, and no word but its adjectives
                // (الجماعات المسلحة «X»; not فصائل "غير منضبطة" تحاول "…").
                // (Names in quotes before, joined by و, may stand between:
                // عائلتي «أبو زيد» و«الطويرات».)
                k > d && head_of(k - d) == Some(true) && {
                    let mut inside = false;
                    (k - d + 1..k).all(|t| {
                        toks.get(t).is_some_and(|x| match x.kind {
                            TokenKind::Quote => {
                                inside = !inside;
                                true
                            }
                            TokenKind::Punct => matches!(text_at(t), "،" | ","),
                            // (… and words that open a list of them:
                            // وأبرزها «جند الشام»، ومنها، مثل.)
                            TokenKind::Arabic => {
                                inside
                                    || key_at(t).starts_with("ال")
                                    || matches!(
                                        key_at(t),
                                        "و" | "ابرزها"
                                            | "وابرزها"
                                            | "منها"
                                            | "ومنها"
                                            | "بينها"
                                            | "وبينها"
                                            | "مثل"
                                            | "ومثل"
                                    )
                            }
                            _ => true,
                        })
                    })
                }
            })
        {
            Some((a, org))
        } else {
            short.map(|r| (a, r))
        };
        let Some((s0, referent)) = hit else { continue };
        let lead = if s0 < a {
            let k0 = key_at(s0);
            let bare = stripped_keys(k0)
                .into_iter()
                .find(|x| head_of_key(lex, x) || lex.descriptors.longest(x, &[]).is_some())
                .unwrap_or_else(|| k0.to_string());
            k0.chars().count() - bare.chars().count()
        } else {
            0
        };
        let (start, end) = (
            toks[s0].start as usize + lead,
            if s0 < a {
                toks[b].end as usize
            } else {
                toks[b - 1].end as usize
            },
        );
        if in_skip(start, end) {
            continue;
        }
        if matches!(referent, Referent::Organization { .. }) {
            last_close = Some(b);
            found.push((inner, referent.clone()));
        }
        extra.push(Mention {
            start,
            end,
            t0: s0,
            t1: if s0 < a { b + 1 } else { b },
            referent,
            role: None,
            nationality: None,
        });
    }
    // Quoted repeats of a name found above.
    for k in 1..toks.len() {
        let Some((a, b)) = quoted(k) else { continue };
        if (a..b).any(|t| covered(mentions, t) || extra.iter().any(|m| m.t0 <= t && t < m.t1)) {
            continue;
        }
        let inner: Vec<String> = (a..b).map(|t| key_at(t).to_string()).collect();
        let Some((_, r)) = found.iter().find(|(f, _)| *f == inner) else {
            continue;
        };
        let (start, end) = (toks[a].start as usize, toks[b - 1].end as usize);
        if in_skip(start, end) {
            continue;
        }
        extra.push(Mention {
            start,
            end,
            t0: a,
            t1: b,
            referent: r.clone(),
            role: None,
            nationality: None,
        });
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| m.start);
}

fn head_of_key(lex: &EntityLexicon, k: &str) -> bool {
    lex.quoted_org_heads.contains_key(k)
}

/// A short name in quotes right after an organisation's name, or after it
/// and «في + place» (بعثة الأمم المتحدة في السودان "يونيتامس"), is its alias,
/// there and where it recurs.
fn quoted_aliases(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let text_at = |i: usize| {
        toks.get(i)
            .map_or("", |t| layer.slice(t.start as usize, t.end as usize))
    };
    let covered = |mentions: &[Mention], t: usize| mentions.iter().any(|m| m.t0 <= t && t < m.t1);
    let mut aliases: Vec<(String, Referent)> = Vec::new();
    let mut extra: Vec<Mention> = Vec::new();
    for m in mentions.iter() {
        if !matches!(
            m.referent,
            Referent::Actor(_) | Referent::Organization { .. } | Referent::Composed { .. }
        ) {
            continue;
        }
        let mut k = m.t1;
        if toks.get(k).is_some_and(|t| layer.key(t) == "في")
            && let Some(p) = mentions
                .iter()
                .find(|p| p.t0 == k + 1 && matches!(p.referent, Referent::Place(_)))
        {
            k = p.t1;
        }
        let open = text_at(k);
        let close = match open {
            "\"" => "\"",
            "«" => "»",
            "“" => "”",
            _ => continue,
        };
        // An opening mark: apart from the word before, glued to the next
        // (not the name's own closing mark: لـ"وكالة …" إن "…").
        let opens = k > 0 && toks.get(k + 1).is_some_and(|n| n.start == toks[k].end) && toks[k].start > toks[k - 1].end;
        let Some(n) = (1..=2).find(|&n| text_at(k + 1 + n) == close).filter(|_| opens) else {
            continue;
        };
        let (a, b) = (k + 1, k + 1 + n);
        if (a..b).any(|t| {
            !toks
                .get(t)
                .is_some_and(|x| matches!(x.kind, TokenKind::Arabic | TokenKind::Latin))
                || covered(mentions, t)
        }) {
            continue;
        }
        let (start, end) = (toks[a].start as usize, toks[b - 1].end as usize);
        if in_skip(start, end) {
            continue;
        }
        // (Not a description in quotes: اتهمت وزارة الداخلية «عصابات
        // منظمة»، «جهات سياسية» is whom it accuses.)
        let first = layer.key(&toks[a]);
        if (n == 2 && head_of_key(lex, first))
            || (n == 2 && !first.starts_with("ال") && crate::event::grammar::is_nisba(layer.key(&toks[a + 1])))
        {
            continue;
        }
        let key = (a..b).map(|t| layer.key(&toks[t])).collect::<Vec<_>>().join(" ");
        // (حماس «فتح»: another listed actor's short name, not an alias.)
        if lex.quoted_short.contains_key(key.as_str()) {
            continue;
        }
        aliases.push((key, m.referent.clone()));
        extra.push(Mention {
            start,
            end,
            t0: a,
            t1: b,
            referent: m.referent.clone(),
            role: None,
            nationality: None,
        });
    }
    // Where the alias recurs bare, as a whole word (one-word aliases).
    for (key, r) in &aliases {
        if key.contains(' ') {
            continue;
        }
        for (t, tok) in toks.iter().enumerate() {
            if layer.key(tok) != key.as_str()
                || covered(mentions, t)
                || extra.iter().any(|m| m.t0 <= t && t < m.t1)
                || in_skip(tok.start as usize, tok.end as usize)
            {
                continue;
            }
            extra.push(Mention {
                start: tok.start as usize,
                end: tok.end as usize,
                t0: t,
                t1: t + 1,
                referent: r.clone(),
                role: None,
                nationality: None,
            });
        }
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| m.start);
}

/// The bare readings of a name and its homonyms of the same or a higher
/// rank that need a descriptor to be read bare (a neighbourhood of Beirut
/// beside a listed neighbourhood of Aleppo): the context chooses among them.
fn with_homonyms(layer: &TextLayer, lex: &EntityLexicon, s: usize, e: usize, targets: &[Target]) -> Vec<Target> {
    let mut out = targets.to_vec();
    if targets.iter().any(|t| matches!(t, Target::Actor(_))) {
        return out;
    }
    let floor = targets
        .iter()
        .filter_map(|t| match t {
            Target::Place(i) => Some(lex.places[*i as usize].rank()),
            _ => None,
        })
        .min()
        .unwrap_or(0);
    if let Some(h) = lex.all_places.get(&match_key(layer.slice(s, e))) {
        for &q in h {
            if lex.places[q as usize].rank() >= floor && !out.contains(&Target::Place(q)) {
                out.push(Target::Place(q));
            }
        }
    }
    out
}

/// The one country all `targets` lie in (actors by their country).
fn one_country(lex: &EntityLexicon, targets: &[Target]) -> Option<String> {
    let mut out: Option<&String> = None;
    for t in targets {
        let cc = match t {
            Target::Actor(i) => lex.actors[*i as usize].country.as_ref(),
            Target::Place(i) => lex.places[*i as usize].country.as_ref(),
        }?;
        if out.is_some_and(|o| o != cc) {
            return None;
        }
        out = Some(cc);
    }
    out.cloned()
}

/// Places named by a whole hashtag (#المنيل، #دير_الزور): a tweet tags a
/// place by its name, so any gazetteer place counts, villages and
/// neighbourhoods too, unless the name is an ordinary word (a stop name) or
/// a function word. Hashtags the automaton already read are left to it.
fn hashtag_places(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    hits: &[(usize, usize, usize, usize, Vec<Target>)],
    in_skip: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, usize, usize, Vec<Target>)> {
    let toks = &layer.tokens;
    let mut out = Vec::new();
    for (h, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Punct || layer.slice(t.start as usize, t.end as usize) != "#" {
            continue;
        }
        // The hashtag's words: Arabic tokens joined by '_'.
        let mut end = h + 1;
        while end < toks.len()
            && toks[end].kind == TokenKind::Arabic
            && (end == h + 1
                || (toks[end - 1].end == toks[end].start - 1
                    && layer.slice(toks[end - 1].end as usize, toks[end].start as usize) == "_"))
        {
            end += 1;
        }
        let n = end - h - 1;
        if n == 0 || n > 3 || toks[h + 1].start != t.end {
            continue;
        }
        let (s, e) = (toks[h + 1].start as usize, toks[end - 1].end as usize);
        if in_skip(s, e) || hits.iter().any(|c| c.0 < e && s < c.1) {
            continue;
        }
        let key = (h + 1..end).map(|i| layer.key(&toks[i])).collect::<Vec<_>>().join(" ");
        if key.chars().count() < 3
            || lex.is_stop_name(&key)
            || (n == 1 && is_function_word(&key, function_words))
            || after_media_noun(layer, lex, h + 1)
        {
            continue;
        }
        let alt = taa_marbuta(&key).filter(|k| !lex.is_stop_name(k));
        if let Some(c) = lex
            .all_places
            .get(&key)
            .or_else(|| alt.and_then(|k| lex.all_places.get(&k)))
        {
            out.push((s, e, h + 1, end, c.iter().map(|&p| Target::Place(p)).collect()));
        }
    }
    out
}

/// A place the text has named (after a descriptor, in a hashtag, or bare)
/// is the same place where its name recurs bare: قرية الجينة … من الجينة،
/// #المنيل … في المنيل. Stop names and countries are left out.
fn propagate_names(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let mut names: Vec<(Vec<String>, Referent)> = Vec::new();
    for m in mentions.iter() {
        let Referent::Place(p) = m.referent else {
            continue;
        };
        if lex.places[p as usize].feature == "country" || m.t1 <= m.t0 {
            continue;
        }
        let key = match_key(layer.slice(m.start, m.end));
        let keys: Vec<String> = key
            .split([' ', '_'])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let joined = keys.join(" ");
        if keys.is_empty()
            || keys.len() != m.t1 - m.t0
            || joined.chars().count() < 3
            || lex.is_stop_name(&joined)
            || (keys.len() == 1 && is_function_word(&joined, function_words))
        {
            continue;
        }
        if !names.iter().any(|(k, _)| *k == keys) {
            names.push((keys, m.referent.clone()));
        }
    }
    if names.is_empty() {
        return;
    }
    let mut cov = coverage(mentions, toks.len());
    let mut extra = Vec::new();
    for t in 0..toks.len() {
        if cov[t] || toks[t].kind != TokenKind::Arabic {
            continue;
        }
        let key = layer.key(&toks[t]);
        let sks = stripped_keys(key);
        let found = names.iter().find_map(|(keys, r)| {
            let sk = sks.iter().find(|k| **k == keys[0])?;
            let n = keys.len();
            let rest_ok = (1..n).all(|d| {
                toks.get(t + d)
                    .is_some_and(|x| x.kind == TokenKind::Arabic && !cov[t + d] && layer.key(x) == keys[d].as_str())
            });
            rest_ok.then_some((n, sk.chars().count(), r))
        });
        let Some((n, sk_len, r)) = found else {
            continue;
        };
        let lead = key.chars().count().saturating_sub(sk_len);
        let (start, end) = (toks[t].start as usize + lead, toks[t + n - 1].end as usize);
        if in_skip(start, end) || function_words.at(layer, t) {
            continue;
        }
        extra.push(Mention {
            start,
            end,
            t0: t,
            t1: t + n,
            referent: r.clone(),
            role: None,
            nationality: None,
        });
        cover(&mut cov, t, t + n);
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| m.start);
}

/// Places the text names without saying where they are (مستشفى الروم،
/// معهد الأورام) are put at the nearest settlement or province named within
/// 40 tokens before or after, else at the one the document names most:
/// the city an analyst would code. `precision: near` says so.
fn locate_from_context(lex: &EntityLexicon, mentions: &mut [Mention], focus_country: Option<u32>) {
    let anchors: Vec<(usize, u32, Option<String>)> = mentions
        .iter()
        .filter_map(|m| match m.referent {
            Referent::Place(p)
                if matches!(
                    lex.places[p as usize].feature.as_str(),
                    "city" | "town" | "village" | "neighbourhood" | "camp" | "governorate" | "district" | "subdistrict"
                ) =>
            {
                Some((m.t0, p, None))
            }
            // A facility named after its settlement (جامعة القاهرة) places
            // what is near it as the settlement would, except an airport
            // for another: a city has one (two hospitals may share one), and
            // flights diverted to مطار مصراتة say nothing of where the first
            // airport is.
            Referent::UnknownPlace {
                facility: true,
                container: Some(p),
                ref feature,
                ..
            } if matches!(lex.places[p as usize].feature.as_str(), "city" | "town" | "village") => {
                Some((m.t0, p, Some(feature.clone())))
            }
            _ => None,
        })
        .collect();
    // The country the document's names and nationality adjectives point
    // to most, else the country it names most.
    let mut by_country: HashMap<u32, usize> = HashMap::new();
    for m in mentions.iter() {
        if let Referent::Place(p) = m.referent
            && lex.places[p as usize].feature == "country"
        {
            *by_country.entry(p).or_default() += 1;
        }
    }
    let doc_country = focus_country.or_else(|| {
        by_country
            .into_iter()
            .max_by_key(|&(p, n)| (n, std::cmp::Reverse(p)))
            .map(|(p, _)| p)
    });
    if anchors.is_empty() {
        // No settlement named: the place at least has its country
        // (precision: country).
        let Some(country) = doc_country else { return };
        for m in mentions.iter_mut() {
            if let Referent::UnknownPlace { container, .. } = &mut m.referent
                && container.is_none()
            {
                *container = Some(country);
            }
        }
        return;
    }
    let doc_cc = doc_country.and_then(|c| lex.places[c as usize].country.clone());
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &(_, p, _) in &anchors {
        *counts.entry(p).or_default() += 1;
    }
    let most = counts
        .iter()
        .max_by_key(|&(p, n)| (*n, std::cmp::Reverse(anchors.iter().position(|a| a.1 == *p))))
        .map(|(p, _)| *p);
    for m in mentions.iter_mut() {
        let Referent::UnknownPlace { container, feature, .. } = &mut m.referent else {
            continue;
        };
        if container.is_some() {
            continue;
        }
        // The nearest settlement of the document's country close by, else
        // that country itself — the most named settlement (a capital in the
        // dateline) or a homonym abroad says nothing of where the place is.
        // Without a country: the nearest settlement, else the most named.
        let near = anchors
            .iter()
            .filter(|(t, p, f)| {
                t.abs_diff(m.t0) <= 40
                    && !(feature == "airport" && f.as_deref() == Some("airport"))
                    && (doc_cc.is_none() || lex.places[*p as usize].country == doc_cc)
            })
            .min_by_key(|(t, ..)| t.abs_diff(m.t0))
            .map(|a| a.1);
        *container = near.or(if doc_cc.is_some() { doc_country } else { most });
    }
}

/// A place the text gives as the container of the place ending before
/// token `j`: "… جنوب الحسكة"، "… في ريف دير الزور"، "… بريف حلب".
/// The two one-word names after a dual at token `j` (X وY): each token
/// with the start of its name (after the و), or None where the words are
/// no such pair. A name the automaton read already keeps its reading.
fn dual_names(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &[Mention],
    cov: &[bool],
    j: usize,
) -> Option<[(usize, usize); 2]> {
    let toks = &layer.tokens;
    let (a, b) = (toks.get(j)?, toks.get(j + 1)?);
    if a.kind != TokenKind::Arabic || b.kind != TokenKind::Arabic {
        return None;
    }
    let (ka, kb) = (layer.key(a), layer.key(b));
    let second = kb.strip_prefix('و').filter(|r| r.chars().count() >= 3)?;
    // A name read already must be exactly the one word.
    let one_word =
        |t: usize| !cov.get(t).copied().unwrap_or(true) || mentions.iter().any(|m| m.t0 == t && m.t1 == t + 1);
    let plain = |k: &str| {
        k.chars().count() >= 3
            && !is_function_word(k, function_words)
            && crate::event::grammar::preposition(k).is_none()
            && !stripped_keys(k)
                .iter()
                .any(|s| lex.descriptors.longest(s, &[]).is_some())
    };
    // The second name starts after its و and any mark on it (وَغورغادجي).
    let skip = 1 + layer
        .slice(b.start as usize, b.end as usize)
        .chars()
        .skip(1)
        .take_while(|c| ('\u{064B}'..='\u{0652}').contains(c))
        .count();
    (one_word(j) && one_word(j + 1) && plain(ka) && plain(second))
        .then(|| [(j, a.start as usize), (j + 1, b.start as usize + skip)])
}

fn find_container(layer: &TextLayer, lex: &EntityLexicon, mentions: &[Mention], j: usize) -> Option<u32> {
    let toks = &layer.tokens;
    let mut countryside = false;
    // Skip up to three words of direction or preposition.
    for k in j..j + 3 {
        if let Some(m) = mentions.iter().find(|m| m.t0 == k || (m.t0 <= k && k < m.t1)) {
            return match m.referent {
                // «في ريف اللاذقية» is the province, not the city: the
                // governorate that bears the city's name, where there is one.
                Referent::Place(p)
                    if countryside && matches!(lex.places[p as usize].feature.as_str(), "city" | "town") =>
                {
                    let city = &lex.places[p as usize];
                    let gov = lex
                        .all_places
                        .get(&match_key(layer.slice(m.start, m.end)))
                        .and_then(|c| {
                            c.iter()
                                .copied()
                                .find(|&q| Some(lex.places[q as usize].id.as_str()) == city.admin1_id.as_deref())
                        });
                    Some(gov.unwrap_or(p))
                }
                Referent::Place(p) => Some(p),
                _ => None,
            };
        }
        let t = toks.get(k)?;
        if t.kind != TokenKind::Arabic {
            return None;
        }
        let key = layer.key(t);
        let rest: Vec<&str> = toks[k + 1..(k + 3).min(toks.len())]
            .iter()
            .map(|t| layer.key(t))
            .collect();
        let is_dir = stripped_keys(key)
            .iter()
            .any(|s| lex.descriptors.longest(s, &rest).is_some());
        countryside |= stripped_keys(key).iter().any(|k| k == "ريف");
        if !(is_dir || matches!(key, "في" | "قرب" | "شمال" | "جنوب" | "شرق" | "غرب")) {
            // A place glued to a preposition (بريف، بمدينة) is handled by
            // the descriptor loop; nothing else counts as a container here.
            return None;
        }
    }
    None
}

/// Persons introduced by a title or role: "المتحدث باسم X، آرام حنا",
/// "الكاتب الصحفي والباحث في شؤون …، هشام النجار،", "وزير الداخلية العراقي
/// عبد الأمير الشمري".
fn find_titled_persons(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
    tagged: &[TaggedSpan],
) {
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let covered = |mentions: &[Mention], t: usize| mentions.iter().any(|m| m.t0 <= t && t < m.t1);
    let title_at = |i: usize| -> Option<usize> {
        let (k, n, _) = phrase_at(layer, &lex.titles, i, 4)?;
        // A title whose key is also a function word (إمام / أمام fold to
        // امام) counts only when written with hamza below.
        if function_words.contains(k.as_str())
            && !toks
                .get(i)
                .is_some_and(|t| layer.slice(t.start as usize, t.end as usize).contains('إ'))
        {
            return None;
        }
        Some(n)
    };
    // A preposition and the article (نواف سلام بالاتفاق) end a name,
    // unless a name follows them (بالحاج) or the tagger reads the word in a
    // person's name (بوك بوث بالوانغ).
    let prep_phrase = |i: usize| {
        let k = key_at(i);
        let tagged_in = tagged
            .iter()
            .any(|ts| ts.kind == EntityKind::Person && ts.start < i && i < ts.end);
        !tagged_in
            && ["بال", "لل"].iter().any(|p| {
                k.strip_prefix(p).is_some_and(|rest| {
                    let name = format!("ال{rest}");
                    !lex.given_names.contains(name.as_str()) && !lex.surnames.contains(name.as_str())
                })
            })
    };
    let name_like = |i: usize, first: bool| -> bool {
        let Some(t) = toks.get(i) else { return false };
        let k = layer.key(t);
        t.kind == TokenKind::Arabic
            && k.chars().count() >= 2
            && !function_words.at(layer, i)
            && title_at(i).is_none()
            && !lex.adjectives.contains_key(strip_article(k))
            && (!first || !k.starts_with("ال"))
            // (A place's descriptor opens no name: مفوض مقاطعة الناصر;
            // nor a body's head noun: رئيس جبهة الدفاع عن X، فلان،.)
            && (!first || !is_descriptor(k, lex))
            && (!first || !(lex.org_heads.contains_key(k) || lex.quoted_org_heads.contains_key(k)))
            && !non_name_token(layer, lex, i)
            && (first || !prep_phrase(i))
    };
    let mut i = 0;
    while i < toks.len() {
        let Some(n) = title_at(i) else {
            i += 1;
            continue;
        };
        let title_start = i;
        // The role runs on over further titles, adjectives, "باسم X" and
        // complements, up to a comma (≤ 14 tokens), or stops at a name.
        let mut j = i + n;
        let mut nationality = None;
        let mut name_at = None;
        let mut after_comma = false;
        let limit = (j + 14).min(toks.len());
        while j < limit {
            let t = &toks[j];
            let k = layer.key(t);
            if t.kind == TokenKind::Punct && matches!(k, "،" | ",") {
                // "…، NAME،" — the name follows the comma.
                if name_like(j + 1, true) && !covered(mentions, j + 1) {
                    name_at = Some(j + 1);
                    after_comma = true;
                }
                break;
            }
            if t.kind == TokenKind::Punct {
                break;
            }
            if let Some(c) = lex.adjectives.get(strip_article(k)) {
                nationality.get_or_insert(strip_article(k).to_string());
                let _ = c;
                j += 1;
                continue;
            }
            if let Some(n2) = title_at(j) {
                j += n2;
                continue;
            }
            // A name right after the role (وزير الداخلية العراقي عبد الأمير الشمري).
            if name_like(j, true) && !covered(mentions, j) && j > i + n - 1 && !function_words.at(layer, j) {
                let before = key_at(j - 1);
                if !function_words.contains(before) && !matches!(before, "باسم") && j == next_nonrole(layer, lex, i + n)
                {
                    name_at = Some(j);
                    break;
                }
            }
            j += 1;
        }
        let Some(s) = name_at else {
            i += n;
            continue;
        };
        // The name: up to 4 name-like tokens (عبد + next counts as one part).
        let mut e = s + 1;
        // (A word after بن is a name, whatever else it means: رشيد بن
        // عمارة.)
        let after_linker = |e: usize| {
            is_son_word(key_at(e - 1))
                && toks.get(e).is_some_and(|t| t.kind == TokenKind::Arabic)
                && !function_words.at(layer, e)
        };
        while e < toks.len() && e < s + 4 {
            if after_linker(e)
                && let Some(pi) = mentions
                    .iter()
                    .position(|m| m.t0 == e && m.t1 == e + 1 && matches!(m.referent, Referent::Place(_)))
            {
                // (Not the town of that name: بن عمارة is no Amarah.)
                mentions.remove(pi);
            }
            if !(name_like(e, false) || after_linker(e)) || covered(mentions, e) {
                break;
            }
            // Past two parts (عبد المجيد counting as one), a word is the
            // name's only when a list or the tagger says so, or it is a
            // nisba surname (الزغلامي): not the verb's object after it
            // (إعلان الرئيس قيس سعيد التدابير، يوفد الرئيس عبد المجيد تبون وزراء).
            let parts = if matches!(key_at(s), "عبد" | "ابو") { 3 } else { 2 };
            // (A son word goes on to the father's name: أحمد سالم ولد الطالب.)
            if e >= s + parts && !after_linker(e) && !(is_son_word(key_at(e)) && after_linker(e + 1)) {
                let k = key_at(e);
                let listed_word = stripped_keys(k)
                    .iter()
                    .any(|x| lex.given_names.contains(x.as_str()) || lex.surnames.contains(x.as_str()));
                let tagged_in = tagged
                    .iter()
                    .any(|ts| ts.kind == EntityKind::Person && ts.start <= s && e < ts.end);
                let nisba_surname = k.starts_with("ال") && k.ends_with('ي');
                if !(listed_word || tagged_in || nisba_surname) {
                    break;
                }
            }
            e += 1;
        }
        // (Or by the outlet it spoke to: رابح بوسنة لصحيفة الخبر.)
        let to_outlet = |t: usize| {
            key_at(t).starts_with('ل')
                && stripped_keys(key_at(t))
                    .iter()
                    .skip(1)
                    .any(|k| lex.descriptors.longest(k, &[]).is_some_and(|(n, d)| n == 1 && d.media))
        };
        let followed_ok = toks.get(e).is_none_or(|t| {
            t.kind != TokenKind::Arabic || function_words.contains(layer.key(t)) || prep_phrase(e) || to_outlet(e)
        });
        // Some word of it must be a listed name, or the tagger must read a
        // person there (foreign names): a clause after a role noun (إن
        // الطفل وصل جثة هامدة، قال المسؤول لوكالة …) is no name.
        let listed = (s..e).any(|t| {
            stripped_keys(key_at(t))
                .iter()
                .any(|k| lex.given_names.contains(k.as_str()) || lex.surnames.contains(k.as_str()))
        }) || tagged
            .iter()
            .any(|ts| ts.kind == EntityKind::Person && ts.start <= s && s < ts.end)
            // A name set off by commas after the office (حاكم الولاية،
            // كاليب موتفوانغ،): two or three words, the article on the
            // last (a surname) only.
            || (after_comma
                && (2..=3).contains(&(e - s))
                && toks
                    .get(e)
                    .is_some_and(|t| t.kind == TokenKind::Punct && matches!(layer.key(t), "،" | ","))
                && (s..e - 1).all(|t| !key_at(t).starts_with("ال")));
        // A description, not a name: an elative أفعل before an indefinite
        // noun no list names and a definite genitive (أكبر أحزاب المعارضة),
        // or a quantifier first (إحدى فصائل المنشقين), whoever read a
        // person there.
        let first = key_at(s);
        let name_word = |k: &str| lex.given_names.contains(k) || lex.surnames.contains(k);
        let described = (first.starts_with('ا')
            && first.chars().count() == 4
            && e - s >= 3
            && !key_at(s + 1).starts_with("ال")
            && !name_word(key_at(s + 1))
            && key_at(e - 1).starts_with("ال"))
            || matches!(first, "احد" | "احدي" | "بعض" | "كل");
        if e - s < 2 || !followed_ok || !listed || described {
            i += n;
            continue;
        }
        let (start, end) = (toks[s].start as usize, toks[e - 1].end as usize);
        if in_skip(start, end) {
            i = e;
            continue;
        }
        let role_end = if toks[s - 1].kind == TokenKind::Punct { s - 1 } else { s };
        let lead = {
            let k = key_at(title_start);
            let sk = stripped_keys(k)
                .into_iter()
                .find(|x| lex.titles.longest(x, &[]).is_some() || x.starts_with("ال"));
            sk.map_or(0, |x| k.chars().count() - x.chars().count())
        };
        let role_start = toks[title_start].start as usize + lead;
        let role = layer
            .slice(role_start, toks[role_end - 1].end as usize)
            .trim()
            .to_string();
        mentions.push(Mention {
            start,
            end,
            t0: s,
            t1: e,
            referent: Referent::Person {
                key: match_key(layer.slice(start, end)),
            },
            role: Some(role),
            nationality,
        });
        i = e;
    }
}

/// Unnamed office-holders named by their office and its place (وأكد معتمد
/// المكناسي، قال والي سيدي بوزيد): a person whose name is the office. Where
/// a name follows in the clause (محافظ معان، عمر الخوالدة) the titled person
/// is that person; where another person bears the office as their role,
/// the office is a mention of them. The place's mention becomes part of
/// the office, as a facility's name holds its place (مستشفى معان).
fn office_holders(
    layer: &TextLayer,
    lex: &EntityLexicon,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let is_place = |m: &Mention| {
        matches!(
            m.referent,
            Referent::Place(_) | Referent::UnknownPlace { facility: false, .. }
        )
    };
    let roles: Vec<(String, String)> = mentions
        .iter()
        .filter_map(|m| match (&m.referent, &m.role) {
            (Referent::Person { key }, Some(r)) => Some((match_key(r), key.clone())),
            _ => None,
        })
        .collect();
    // Mentions by first token, built once (mentions are few per token).
    let mut starting: HashMap<usize, usize> = HashMap::new();
    for (mi, m) in mentions.iter().enumerate() {
        starting.entry(m.t0).or_insert(mi);
    }
    let covered = coverage(mentions, toks.len());
    let one_word_places: HashSet<&str> = mentions
        .iter()
        .filter(|m| is_place(m) && m.t1 == m.t0 + 1)
        .filter_map(|m| toks.get(m.t0).map(|t| strip_article(layer.key(t))))
        .collect();
    let mut found: Vec<(Option<usize>, Mention)> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if covered[i] || toks[i].kind != TokenKind::Arabic {
            i += 1;
            continue;
        }
        let Some((_, n, title)) = phrase_at(layer, &lex.titles, i, 4) else {
            i += 1;
            continue;
        };
        // A minister named by the office alone, with the nation's adjective
        // or none (وزير الداخلية الإيراني، وزير الدفاع): the unnamed
        // office-holder, not the ministry the sector and adjective compose.
        let minister = title.kind == "position"
            && !title.takes_org
            && n >= 2
            && stripped_keys(layer.key(&toks[i]))
                .iter()
                .any(|k| matches!(k.as_str(), "وزير" | "وزيرة"));
        // Any other office with the nation's adjective (رئيس الوزراء
        // الكوسوفي، الرئيس الفرنسي): its unnamed holder.
        let national = !minister
            && title.kind == "position"
            && !title.takes_org
            && toks.get(i + n).is_some_and(|t| {
                let k = layer.key(t);
                t.kind == TokenKind::Arabic
                    && !covered.get(i + n).copied().unwrap_or(true)
                    && k.starts_with("ال")
                    && lex.adjectives.contains_key(strip_article(k))
            });
        if !minister && !national && (!title.takes_org || title.kind != "position") {
            i += n;
            continue;
        }
        // The place: a place mention, or a word the document names as a
        // one-word place elsewhere (مدينة المكناسي … معتمد المكناسي).
        let place_at = if minister { None } else { starting.get(&(i + n)) };
        let (pi, e, end) = match place_at {
            _ if national => (None, i + n + 1, toks[i + n].end as usize),
            _ if minister => {
                let composed = mentions
                    .iter()
                    .position(|m| m.t0 > i && m.t0 < i + n && matches!(m.referent, Referent::Composed { .. }));
                let e = match composed {
                    Some(ci) => mentions[ci].t1.max(i + n),
                    None if toks.get(i + n).is_some_and(|t| {
                        t.kind == TokenKind::Arabic
                            && !covered.get(i + n).copied().unwrap_or(true)
                            && lex.adjectives.contains_key(strip_article(layer.key(t)))
                    }) =>
                    {
                        i + n + 1
                    }
                    None => i + n,
                };
                (composed, e, toks[e - 1].end as usize)
            }
            // (With its descriptor too: حاكم إقليم شبيلي الوسطى.)
            Some(&pi) if is_place(&mentions[pi]) => (Some(pi), mentions[pi].t1, mentions[pi].end),
            None if !covered.get(i + n).copied().unwrap_or(true)
                && toks[i + n].kind == TokenKind::Arabic
                && one_word_places.contains(strip_article(layer.key(&toks[i + n]))) =>
            {
                (None, i + n + 1, toks[i + n].end as usize)
            }
            _ => {
                i += n;
                continue;
            }
        };
        // A person named later in the clause (before a full stop, or right
        // after a comma) is the office-holder.
        let named = (e..(e + 8).min(toks.len()))
            .take_while(|&t| {
                !(toks[t].kind == TokenKind::Punct && matches!(layer.key(&toks[t]), "." | "؟" | "!" | ":"))
            })
            .any(|t| {
                starting
                    .get(&t)
                    .is_some_and(|&mi| matches!(mentions[mi].referent, Referent::Person { .. }))
            });
        if named {
            // (A minister's title before the name composes no ministry:
            // وزير الداخلية العراقي عبد الأمير الشمري.)
            if minister && let Some(ci) = pi {
                dropped.push(ci);
            }
            i = e;
            continue;
        }
        let lead = {
            let k = layer.key(&toks[i]);
            stripped_keys(k)
                .into_iter()
                .find(|x| lex.titles.longest(x, &[]).is_some())
                .map_or(0, |x| k.chars().count() - x.chars().count())
        };
        let start = toks[i].start as usize + lead;
        if in_skip(start, end) {
            i = e;
            continue;
        }
        let office = layer.slice(start, end).trim().to_string();
        let office_key = match_key(&office);
        let key = roles
            .iter()
            .find(|(r, _)| *r == office_key)
            .map_or_else(|| office_key.clone(), |(_, k)| k.clone());
        found.push((
            pi,
            Mention {
                start,
                end,
                t0: i,
                t1: e,
                referent: Referent::Person { key },
                role: Some(office),
                nationality: None,
            },
        ));
        i = e;
    }
    if found.is_empty() && dropped.is_empty() {
        return;
    }
    let absorbed: HashSet<usize> = found.iter().filter_map(|(pi, _)| *pi).chain(dropped).collect();
    let mut kept: Vec<Mention> = mentions
        .drain(..)
        .enumerate()
        .filter(|(mi, _)| !absorbed.contains(mi))
        .map(|(_, m)| m)
        .collect();
    kept.extend(found.into_iter().map(|(_, m)| m));
    kept.sort_by_key(|m| m.start);
    *mentions = kept;
}

/// Token `i` cannot be part of a person's name: a listed common word
/// (برتبة، وعنصرين، بجروح، عدم), with or without a proclitic, or an
/// indefinite accusative of the مُفعِّلاً shape (ملوحا، مشيرا، مؤكدا), the
/// adverbial participle that follows a speaker, unless a name list has it.
fn non_name_token(layer: &TextLayer, lex: &EntityLexicon, i: usize) -> bool {
    let Some(t) = layer.tokens.get(i) else { return false };
    let k = layer.key(t);
    if stripped_keys(k).iter().any(|x| lex.non_name.contains_key(x.as_str())) {
        return true;
    }
    let chars: Vec<char> = k.chars().collect();
    chars.len() >= 5
        && chars.len() <= 7
        && chars[0] == 'م'
        && !matches!(chars[1], 'ا' | 'و' | 'ي')
        && chars[chars.len() - 1] == 'ا'
        && !lex.given_names.contains(k)
        && !lex.surnames.contains(k)
}

/// A person mention is a non-name: it holds a non-name token, or an
/// identity noun follows it, at once or after عن (مسؤول فضل حجب اسمه،
/// رفض الكشف عن هويته) — not after a verb (رفعوا صور صدام حسين ورددوا اسمه)
/// —, or it is one word that is also an adjective (موقف حازم، شاهد عيان).
fn not_a_person(layer: &TextLayer, lex: &EntityLexicon, t0: usize, t1: usize) -> bool {
    let key_at = |i: usize| layer.tokens.get(i).map_or("", |t| layer.key(t));
    let identity = |i: usize| lex.non_name.get(key_at(i)).copied().unwrap_or(false);
    let adjective_alone = t1 == t0 + 1
        && stripped_keys(key_at(t0))
            .iter()
            .any(|k| lex.adjective_names.contains(k));
    (t0..t1).any(|i| non_name_token(layer, lex, i))
        || identity(t1)
        || (key_at(t1) == "عن" && identity(t1 + 1))
        || adjective_alone
}

/// «وطالب البادي بالإفراج»: a given name that is also a verb (طالب
/// "demanded"), joined by و before the surname of a person the text has
/// named (سالم البادي), with the verb's complement after it, is the verb;
/// the surname alone is that person.
fn verb_before_surname(layer: &TextLayer, lex: &EntityLexicon, mentions: &mut [Mention]) {
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let persons: Vec<String> = mentions
        .iter()
        .filter_map(|m| match &m.referent {
            Referent::Person { key } => Some(key.clone()),
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        if !matches!(m.referent, Referent::Person { .. }) || m.t1 < m.t0 + 2 {
            continue;
        }
        let first = key_at(m.t0);
        let Some(bare) = first.strip_prefix('و') else { continue };
        if !lex.given_names.contains(bare) {
            continue;
        }
        // The verb's complement follows the surname (بالإفراج، إلى، على، بأن).
        let after = key_at(m.t1);
        let complement = after.starts_with('ب') || matches!(after, "الي" | "علي" | "ان" | "انه" | "انها");
        if !complement {
            continue;
        }
        let Some(t) = toks.get(m.t0 + 1) else { continue };
        let rest = match_key(layer.slice(t.start as usize, m.end));
        let named = persons
            .iter()
            .any(|p| p.ends_with(&format!(" {rest}")) && !p.starts_with(first));
        if named {
            m.t0 += 1;
            m.start = t.start as usize;
            m.referent = Referent::Person { key: rest };
        }
    }
}

/// «X، الملقب بـ"Y"»: the quoted nickname after a person is that person
/// (a mention of the same entity), not a second person.
fn nickname_aliases(layer: &TextLayer, mentions: &mut Vec<Mention>) {
    let toks = &layer.tokens;
    let key_at = |i: usize| toks.get(i).map_or("", |t| layer.key(t));
    let text_at = |i: usize| {
        toks.get(i)
            .map_or("", |t| layer.slice(t.start as usize, t.end as usize))
    };
    for w in 1..toks.len() {
        if !matches!(
            key_at(w),
            "الملقب"
                | "الملقبه"
                | "المعروف"
                | "المعروفه"
                | "المكني"
                | "المكنا"
                | "الشهير"
                | "الشهيره"
        ) {
            continue;
        }
        // The person right before, past a comma.
        let mut p = w;
        if matches!(text_at(p - 1), "،" | ",") {
            p -= 1;
        }
        let Some(person) = mentions
            .iter()
            .find(|m| m.t1 == p && matches!(m.referent, Referent::Person { .. }))
            .map(|m| m.referent.clone())
        else {
            continue;
        };
        let mut q = w + 1;
        if key_at(q) == "ب" {
            q += 1;
        }
        let close = match text_at(q) {
            "«" => "»",
            "“" => "”",
            "\"" => "\"",
            _ => continue,
        };
        let Some(n) = (1..=4).find(|&n| text_at(q + 1 + n) == close) else {
            continue;
        };
        let (a, b) = (q + 1, q + 1 + n);
        let (start, end) = (toks[a].start as usize, toks[b - 1].end as usize);
        let nick = match_key(layer.slice(start, end));
        // Every mention of the nickname as a person of its own joins the person.
        let mut seen = false;
        for m in mentions.iter_mut() {
            if matches!(&m.referent, Referent::Person { key } if *key == nick) {
                m.referent = person.clone();
                seen |= m.t0 == a;
            }
        }
        if !seen && !mentions.iter().any(|m| m.t0 < b && a < m.t1) {
            mentions.push(Mention {
                start,
                end,
                t0: a,
                t1: b,
                referent: person,
                role: None,
                nationality: None,
            });
        }
    }
    mentions.sort_by_key(|m| m.start);
}

/// A short form of an organisation named before: the head with the
/// definite second word, its genitive dropped (قيادة العمليات after قيادة
/// عمليات كركوك), is a mention of the full name.
fn short_forms(layer: &TextLayer, lex: &EntityLexicon, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let Referent::Organization { key } = &mentions[i].referent else {
            continue;
        };
        let words: Vec<&str> = key.split(' ').collect();
        let [head, second] = words[..] else { continue };
        let Some(bare) = second.strip_prefix("ال") else {
            continue;
        };
        let prefix = format!("{head} {bare} ");
        // (Or the same two words written the same way: القيادة العامة
        // after القيادة العامة للقوات المسلحة; not before a country's
        // adjective, which tells one country's body from another's: وزارة
        // الدفاع الروسية.)
        let surface = format!("{} ", match_key(layer.slice(mentions[i].start, mentions[i].end)));
        let full = mentions[..i]
            .iter()
            .filter(|m| matches!(m.referent, Referent::Actor(_) | Referent::Organization { .. }))
            .find(|m| {
                let k = match_key(layer.slice(m.start, m.end));
                k.starts_with(&prefix)
                    || k.strip_prefix(&surface).is_some_and(|r| {
                        !lex.adjectives
                            .contains_key(strip_article(r.split(' ').next().unwrap_or("")))
                    })
            })
            .map(|m| m.referent.clone());
        if let Some(r) = full {
            mentions[i].referent = r;
        }
    }
}

/// The first token from `j` that is not part of the role (adjectives of
/// nationality, further titles).
fn next_nonrole(layer: &TextLayer, lex: &EntityLexicon, mut j: usize) -> usize {
    while let Some(t) = layer.tokens.get(j) {
        let k = layer.key(t);
        if lex.adjectives.contains_key(strip_article(k)) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Token `i` (text `key` from `pos`), past the clitic that `stripped`
/// leaves off, as a mention of `referent`.
fn one_word_mention(
    key: &str,
    stripped: &str,
    pos: usize,
    end: usize,
    i: usize,
    referent: Referent,
    nationality: Option<String>,
) -> Mention {
    let lead = key.chars().count().saturating_sub(stripped.chars().count());
    Mention {
        start: pos + lead,
        end,
        t0: i,
        t1: i + 1,
        referent,
        role: None,
        nationality,
    }
}

/// Surnames after full names, and definite descriptions, as mentions of
/// the entities they refer to.
fn add_coreferent_mentions(
    layer: &TextLayer,
    lex: &EntityLexicon,
    function_words: &FunctionWords,
    mentions: &mut Vec<Mention>,
    in_skip: &dyn Fn(usize, usize) -> bool,
) {
    let toks = &layer.tokens;
    let mut extra: Vec<Mention> = Vec::new();
    let cov = coverage(mentions, toks.len());
    // Surnames: the last word of a person's full name (an office-holder
    // named by the office, معتمد المكناسي, has none: its role is its name).
    let persons: Vec<(usize, String, Referent)> = mentions
        .iter()
        .filter(|m| {
            matches!(m.referent, Referent::Person { .. })
                && m.t1 - m.t0 >= 2
                && m.role.as_deref() != Some(layer.slice(m.start, m.end))
        })
        .map(|m| (m.end, layer.key(&toks[m.t1 - 1]).to_string(), m.referent.clone()))
        .collect();
    // One-word places the text introduced with their descriptor (بلدة
    // الناصر): the word alone later is that place (وكانت الناصر قد شهدت),
    // though alone it reads as a word or a name.
    let introduced: Vec<(usize, String, Referent)> = mentions
        .iter()
        .filter(|m| {
            m.t1 == m.t0 + 1
                && matches!(
                    m.referent,
                    Referent::Place(_) | Referent::UnknownPlace { facility: false, .. }
                )
                && m.t0 > 0
                && is_descriptor(layer.key(&toks[m.t0 - 1]), lex)
        })
        .map(|m| (m.end, match_key(layer.slice(m.start, m.end)), m.referent.clone()))
        .filter(|(_, k, _)| k.chars().count() >= 3)
        .collect();
    // The tagger may have read the surname alone as a name of its own
    // (وأشار حنا after آرام حنا): it is the same person.
    for m in mentions.iter_mut() {
        if !matches!(m.referent, Referent::Person { .. }) || m.t1 - m.t0 != 1 {
            continue;
        }
        let Some(t) = toks.get(m.t0) else { continue };
        let earlier = stripped_keys(layer.key(t))
            .into_iter()
            .find_map(|sk| persons.iter().find(|(end, k, _)| *end <= m.start && *k == sk));
        if let Some((_, _, r)) = earlier {
            m.referent = r.clone();
        }
    }
    // The first word of each name of two words or more, computed once: a
    // definite head alone below refers back to the one name it heads.
    // (The one-word mentions added below head no name.)
    let heads: Vec<(usize, String, Referent)> = mentions
        .iter()
        .filter_map(|m| name_head(layer, m).map(|h| (m.end, h, m.referent.clone())))
        .collect();
    // A listed force named by a force noun and a definite noun (قوات
    // الاحتلال، سلطات الاحتلال، قوات النظام): the noun alone later is that
    // force (برصاص الاحتلال), the most recent one it named. Not an
    // adjective (الجيش السوداني → السوداني) nor a country's name.
    let genitives: Vec<(usize, String, Referent)> = mentions
        .iter()
        .filter(|m| m.t1 == m.t0 + 2 && matches!(m.referent, Referent::Actor(_) | Referent::Composed { .. }))
        .filter_map(|m| {
            let force = stripped_keys(layer.key(&toks[m.t0]))
                .iter()
                .any(|k| lex.force_nouns.longest(k, &[]).is_some_and(|(n, _)| n == 1));
            let noun = layer.key(&toks[m.t0 + 1]);
            let bare = noun.strip_prefix("ال")?;
            (force
                && bare.chars().count() >= 4
                && !lex.adjectives.contains_key(bare)
                && !lex.countries.contains_key(noun))
            .then(|| (m.end, noun.to_string(), m.referent.clone()))
        })
        .collect();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Arabic || cov[i] {
            continue;
        }
        let key = layer.key(t);
        let pos = t.start as usize;
        if in_skip(pos, t.end as usize) {
            continue;
        }
        // A surname spelt like a function word (علي / على) is the word.
        let function_word = function_words.at(layer, i);
        for sk in stripped_keys(key) {
            if !function_word && let Some((_, _, r)) = persons.iter().find(|(end, k, _)| *end <= pos && *k == sk) {
                extra.push(one_word_mention(key, &sk, pos, t.end as usize, i, r.clone(), None));
                break;
            }
            // (Not inside a person's name, جمال عبد الناصر, nor an adjective
            // after a definite noun, المنطقة الشرقية.)
            let after_definite = i > 0
                && toks[i - 1].kind == TokenKind::Arabic
                && layer.key(&toks[i - 1]).starts_with("ال")
                && sk.starts_with("ال");
            let in_name = i > 0 && lex.name_linkers.contains(layer.key(&toks[i - 1]));
            if !(function_word || after_definite || in_name)
                && let Some((_, _, r)) = introduced.iter().find(|(end, k, _)| *end <= pos && *k == sk)
            {
                extra.push(one_word_mention(key, &sk, pos, t.end as usize, i, r.clone(), None));
                break;
            }
            // The definite head of one earlier name alone (المرصد after
            // المرصد السوري لحقوق الإنسان، اللجنة after لجنة أطباء السودان):
            // that entity, when no other earlier name starts with it.
            // Words of the anaphor table keep its reading (التنظيم: the
            // most recent armed group).
            if let Some(bare) = sk
                .strip_prefix("ال")
                .filter(|b| b.chars().count() >= 3 && !lex.anaphors.contains_key(&sk))
            {
                let mut found: Option<&Referent> = None;
                let mut unique = true;
                for (_, _, r) in heads.iter().filter(|(end, h, _)| *end <= pos && h == bare) {
                    match found {
                        Some(f) if f.identity() != r.identity() => unique = false,
                        _ => found = Some(r),
                    }
                }
                if let (Some(r), true) = (found, unique) {
                    extra.push(one_word_mention(key, &sk, pos, t.end as usize, i, r.clone(), None));
                    break;
                }
            }
            if !(function_word || after_definite || in_name)
                && let Some((_, _, r)) = genitives.iter().rev().find(|(end, k, _)| *end <= pos && *k == sk)
            {
                extra.push(one_word_mention(key, &sk, pos, t.end as usize, i, r.clone(), None));
                break;
            }
            // A definite description: the most recent compatible entity.
            // Not a role with a name in apposition after it (المتحدث باسم
            // المنتدى، رمضان بن عمر،): the name's own title.
            let appositive_name = || {
                (i + 1..(i + 12).min(toks.len()))
                    .take_while(|&j| {
                        !matches!(
                            layer.slice(toks[j].start as usize, toks[j].end as usize),
                            "." | "؟" | "!" | ":"
                        )
                    })
                    .any(|j| {
                        j > 0
                            && matches!(
                                layer.slice(toks[j - 1].start as usize, toks[j - 1].end as usize),
                                "،" | ","
                            )
                            && mentions
                                .iter()
                                .any(|m| m.t0 == j && matches!(m.referent, Referent::Person { .. }))
                    })
            };
            if let Some(an) = lex.anaphors.get(&sk)
                && !(an.kind == "person" && appositive_name())
            {
                // The anaphors already read (`extra`) first: «التنظيم» goes on
                // meaning what it meant, whatever group was named since. A
                // place is the nearest one named («مخيمي نهر البارد وعين
                // الحلوة … معارك مخيم نهر البارد … بتدمير المخيم»).
                let place = matches!(an.kind.as_str(), "place" | "facility");
                let order = || -> Box<dyn Iterator<Item = &Mention> + '_> {
                    if place {
                        Box::new(nearest_before(mentions, &extra, pos))
                    } else {
                        Box::new(mentions.iter().chain(extra.iter()).filter(move |m| m.end <= pos).rev())
                    }
                };
                // «المتحدث باسم قيادة الجيش» after «المتحدث باسم الجماعة،
                // فلان»: a role that names its body is not one that named
                // another.
                let body_after = |t: usize| {
                    toks.get(t)
                        .filter(|x| x.kind == TokenKind::Arabic)
                        .map(|x| strip_article(layer.key(x)).to_string())
                };
                let own_body = (toks.get(i + 1).map(|x| layer.key(x)) == Some("باسم"))
                    .then(|| body_after(i + 2))
                    .flatten();
                let same_body = |role: Option<&str>| {
                    let (Some(own), Some(role)) = (own_body.as_deref(), role) else {
                        return true;
                    };
                    let words: Vec<String> = match_key(role).split_whitespace().map(str::to_string).collect();
                    words
                        .iter()
                        .position(|w| w == "باسم")
                        .and_then(|k| words.get(k + 1))
                        .is_none_or(|w| strip_article(w) == own)
                };
                let mut candidates = order().filter(|m| {
                    compatible(lex, &m.referent, &an.kind, &an.requires, m.role.as_deref(), mentions)
                        && (an.kind != "person" || same_body(m.role.as_deref()))
                });
                let mut antecedent = candidates.next();
                // «في مدينة الزاوية غرب طرابلس … وسط المدينة»: a place named
                // as the bearing of another (غرب X) is not what the text goes
                // on about; the place before it is.
                let bearing = |m: &Mention| {
                    m.t0 > 0
                        && toks.get(m.t0 - 1).is_some_and(|t| {
                            stripped_keys(layer.key(t)).iter().any(|k| {
                                lex.descriptors
                                    .longest(k, &[])
                                    .is_some_and(|(n, d)| n == 1 && d.direction)
                            })
                        })
                };
                if an.kind == "place"
                    && antecedent.is_some_and(bearing)
                    && let Some(other) = order()
                        .filter(|m| compatible(lex, &m.referent, &an.kind, &an.requires, m.role.as_deref(), mentions))
                        .find(|m| !bearing(m))
                {
                    antecedent = Some(other);
                }
                // الحركة does not point back to a name headed by another
                // designator (تنظيم القاعدة) when an earlier name has its
                // own head (حركة الشباب).
                let bare = strip_article(&sk);
                let other_designator = |m: &Mention| {
                    name_head(layer, m).is_some_and(|h| h != bare && lex.anaphors.contains_key(&format!("ال{h}")))
                };
                if antecedent.is_some_and(other_designator)
                    && let Some(own) = candidates.find(|m| name_head(layer, m).is_some_and(|h| h == bare))
                {
                    antecedent = Some(own);
                }
                let referent = antecedent.map(|m| m.referent.clone());
                // (The boxed iterator borrows `extra` until dropped.)
                drop(candidates);
                if let Some(referent) = referent {
                    // "الباحث المصري": the adjective tells the nationality.
                    let nationality = toks
                        .get(i + 1)
                        .map(|n| strip_article(layer.key(n)))
                        .filter(|k| lex.adjectives.contains_key(*k))
                        .map(str::to_string);
                    extra.push(one_word_mention(
                        key,
                        &sk,
                        pos,
                        t.end as usize,
                        i,
                        referent,
                        nationality,
                    ));
                }
                break;
            }
        }
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| m.start);
}

/// The first word of an organisation's or a facility's name of two words
/// or more, without clitics and article (المرصد السوري … → مرصد).
fn name_head(layer: &TextLayer, m: &Mention) -> Option<String> {
    let named = matches!(
        m.referent,
        Referent::Actor(_)
            | Referent::Organization { .. }
            | Referent::Composed { .. }
            | Referent::UnknownPlace { facility: true, .. }
    );
    if !named || m.t1 < m.t0 + 2 {
        return None;
    }
    let first = match_key(layer.slice(m.start, m.end));
    let first = first.split(' ').next()?;
    Some(strip_article(first).to_string())
}

fn compatible(
    lex: &EntityLexicon,
    r: &Referent,
    kind: &str,
    requires: &[String],
    role: Option<&str>,
    all: &[Mention],
) -> bool {
    match (kind, r) {
        ("organization", Referent::Actor(a)) => {
            let cat = match_key(&lex.actors[*a as usize].category);
            requires.contains(&cat)
        }
        // An organisation no list knows, by the head noun of its name
        // (`head:` entries: الجماعة → جيش التحرير الوطني، جبهة …).
        ("organization", Referent::Organization { key }) => {
            let head = key.split_whitespace().next().map_or("", strip_article);
            requires.iter().any(|w| w.strip_prefix("head:") == Some(head))
        }
        ("person", Referent::Person { .. }) => {
            // The role stated anywhere for this person.
            let roles: Vec<&str> = all
                .iter()
                .filter(|m| m.referent == *r)
                .filter_map(|m| m.role.as_deref())
                .chain(role)
                .collect();
            roles.iter().any(|ro| {
                let k = match_key(ro);
                requires.iter().any(|w| k.contains(w.as_str()))
            })
        }
        ("facility" | "place", Referent::Place(p)) => requires.iter().any(|f| *f == lex.places[*p as usize].feature),
        ("facility" | "place", Referent::UnknownPlace { feature, .. }) => requires.iter().any(|f| f == feature),
        _ => false,
    }
}

/// Groups mentions by referent into numbered entities.
/// A name as its first mention writes it, without a preposition or a
/// conjunction glued before its article (للقوات الكينية → القوات
/// الكينية، والجيش → الجيش). Short words keep their letters (للا، والي);
/// a place keeps و ف ب ك, which may be its own (فالنسيا، بالتيمور).
fn without_clitic(surface: &str, conjunctions: bool) -> String {
    let first_len = surface.split_whitespace().next().map_or(0, |w| w.chars().count());
    if first_len >= 5
        && let Some(rest) = surface.strip_prefix("لل")
    {
        return format!("ال{rest}");
    }
    if conjunctions
        && first_len >= 6
        && let Some(c) = surface.chars().next()
        && matches!(c, 'و' | 'ف' | 'ب' | 'ك')
        && surface[c.len_utf8()..].starts_with("ال")
    {
        return surface[c.len_utf8()..].to_string();
    }
    surface.to_string()
}

fn assemble(layer: &TextLayer, lex: &EntityLexicon, mentions: Vec<Mention>) -> Vec<Entity> {
    // The unit a known place with no administrative unit of its own lies
    // in, as the text states it (محلية X بولاية Y): Y's name becomes its
    // admin1, so what happened in X is not told apart from Y.
    let stated_units: Vec<Option<String>> = mentions
        .iter()
        .map(|m| {
            let Referent::Place(p) = m.referent else { return None };
            let place = &lex.places[p as usize];
            if place.admin1.is_some() {
                return None;
            }
            let c = find_container(layer, lex, &mentions, m.t1).filter(|&c| c != p)?;
            let unit = &lex.places[c as usize];
            (unit.feature != "country" && unit.country == place.country).then(|| unit.name_en.clone())
        })
        .collect();
    let mentions: Vec<(Mention, Option<String>)> = mentions.into_iter().zip(stated_units).collect();
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<Mention>> = HashMap::new();
    let mut units: HashMap<String, String> = HashMap::new();
    for (m, unit) in mentions {
        let id = m.referent.identity();
        if !groups.contains_key(&id) {
            order.push(id.clone());
        }
        if let Some(u) = unit {
            units.entry(id.clone()).or_insert(u);
        }
        groups.entry(id).or_default().push(m);
    }
    let mut out = Vec::with_capacity(order.len());
    for (n, id) in order.iter().enumerate() {
        let Some(ms) = groups.remove(id) else { continue };
        let Some(first) = ms.first() else { continue };
        let surface = layer.slice(first.start, first.end).to_string();
        let surface = match first.referent {
            Referent::Person { .. } => surface,
            Referent::Place(_) | Referent::UnknownPlace { .. } => without_clitic(&surface, false),
            _ => without_clitic(&surface, true),
        };
        let (kind, mut name, reference, mut geo) = describe(lex, &first.referent, &surface);
        // A place no gazetteer knows is named with the noun that introduced
        // it (حي السلام، منطقة العرقوب الأحمر): the name alone is often an
        // ordinary word. Its mention stays the name.
        if matches!(first.referent, Referent::UnknownPlace { facility: false, .. })
            && let Some(d) = descriptor_before(layer, lex, first.t0)
        {
            name = format!("{d} {name}");
        }
        if let (Some(g), Some(u)) = (geo.as_mut(), units.remove(id))
            && g.admin1.is_none()
        {
            g.admin1 = Some(u);
        }
        let mut attributes = Attributes::default();
        for m in &ms {
            if attributes.role.is_none() {
                attributes.role = m.role.clone();
            }
            if attributes.nationality.is_none() {
                attributes.nationality = m.nationality.clone();
            }
        }
        let mut spans: Vec<Span> = ms
            .iter()
            .map(|m| layer.span(m.start, close_quote(layer, m.start, m.end)))
            .collect();
        spans.dedup_by_key(|s| (s.start, s.end));
        // Two referents that resolve to one actor (الجيش العراقي from the
        // lexicon, الجيش composed with the document's country) are one
        // entity: its mentions join the first.
        if let Some(r) = reference.as_ref().filter(|r| r.id.starts_with("actor:"))
            && let Some(prev) = out
                .iter_mut()
                .find(|e: &&mut Entity| e.reference.as_ref().is_some_and(|x| x.id == r.id))
        {
            prev.mentions.extend(spans);
            prev.mentions.sort_by_key(|s| s.start);
            prev.mentions.dedup_by_key(|s| (s.start, s.end));
            if prev.attributes.role.is_none() {
                prev.attributes.role = attributes.role;
            }
            continue;
        }
        let _ = n;
        out.push(Entity {
            id: format!("E{}", out.len() + 1),
            kind,
            name,
            reference,
            mentions: spans,
            attributes,
            geo,
        });
    }
    out
}

/// The end of a mention whose name opens a quotation mark inside it (وكالة
/// "سانا): after the closing mark right after it, so the quotes pair up.
fn close_quote(layer: &TextLayer, start: usize, end: usize) -> usize {
    let inner = layer.slice(start, end);
    let closer = if inner.matches('"').count() % 2 == 1 {
        "\""
    } else if inner.matches('“').count() > inner.matches('”').count() {
        "”"
    } else if inner.matches('«').count() > inner.matches('»').count() {
        "»"
    } else {
        return end;
    };
    if end < layer.len_chars() && layer.slice(end, end + 1) == closer {
        end + 1
    } else {
        end
    }
}

fn place_geo(p: &Place, precision: &str) -> Geo {
    Geo {
        lat: p.lat,
        lon: p.lon,
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        admin2: p.admin2.clone(),
        feature: Some(p.feature.clone()),
        precision: Some(precision.to_string()),
    }
}

fn describe(lex: &EntityLexicon, r: &Referent, surface: &str) -> (EntityKind, String, Option<EntityRef>, Option<Geo>) {
    match r {
        Referent::Actor(i) => {
            let a = &lex.actors[*i as usize];
            let reference = EntityRef {
                id: format!("actor:{}", a.id),
                label_en: Some(a.label_en.clone()),
                label_ar: Some(a.label_ar.clone()),
                category: Some(a.category.clone()),
                country: a.country.clone(),
                inter: a.inter,
            };
            (EntityKind::Organization, a.label_ar.clone(), Some(reference), None)
        }
        Referent::Place(i) => {
            let p = &lex.places[*i as usize];
            let precision = match p.feature.as_str() {
                "country" => "country",
                "governorate" | "region" | "district" | "subdistrict" | "river" | "sea" | "lake" | "mountain" => {
                    "region"
                }
                _ => "exact",
            };
            let kind = if p.is_facility() {
                EntityKind::Facility
            } else {
                EntityKind::Place
            };
            let reference = EntityRef {
                id: p.id.clone(),
                label_en: Some(p.name_en.clone()),
                label_ar: Some(p.name_ar.clone()),
                category: None,
                country: p.country.clone(),
                inter: None,
            };
            (kind, p.name_ar.clone(), Some(reference), Some(place_geo(p, precision)))
        }
        Referent::Composed {
            country,
            category,
            slug,
            inter,
            template,
        } => {
            let c = &lex.places[*country as usize];
            let cc = c.country.clone().unwrap_or_default();
            let reference = EntityRef {
                id: format!("actor:{}_{}", cc.to_lowercase(), slug),
                label_en: Some(template.replace("{country}", &c.name_en)),
                label_ar: None,
                category: Some(category.clone()),
                country: c.country.clone(),
                inter: *inter,
            };
            (EntityKind::Organization, surface.to_string(), Some(reference), None)
        }
        Referent::Group { group, country } => {
            let Some(g) = lex.groups.get(*group as usize) else {
                return (EntityKind::Organization, surface.to_string(), None, None);
            };
            let fixed = g.country.as_ref().and_then(|cc| lex.countries.get(cc));
            let place = fixed.or(country.as_ref()).and_then(|&c| lex.places.get(c as usize));
            let cc = place.and_then(|p| p.country.clone());
            let label = match place {
                Some(p) => g.template.replace("{country}", &p.name_en),
                None => g.template.replace(" ({country})", "").replace("{country}", ""),
            };
            let id = match (&cc, &g.country) {
                (Some(cc), None) => format!("actor:{}_{}", cc.to_lowercase(), g.id),
                _ => format!("actor:{}", g.id),
            };
            let reference = EntityRef {
                id,
                label_en: Some(label),
                label_ar: None,
                category: Some(g.category.clone()),
                country: cc,
                inter: None,
            };
            (EntityKind::Organization, surface.to_string(), Some(reference), None)
        }
        Referent::UnknownPlace {
            feature,
            facility,
            container,
            ..
        } => {
            let geo = container.map(|c| {
                let p = &lex.places[c as usize];
                let mut g = place_geo(p, if p.feature == "country" { "country" } else { "near" });
                // A facility known only by its country (a ministry, an
                // embassy, a hospital) stands most often in the capital: its
                // point, still with precision `country`.
                if *facility
                    && p.feature == "country"
                    && let Some(cap) = lex.capitals.get(&c).map(|&k| &lex.places[k as usize])
                    && cap.lat.is_some()
                {
                    g.lat = cap.lat;
                    g.lon = cap.lon;
                }
                g.feature = Some(feature.clone());
                g
            });
            let geo = geo.or_else(|| {
                Some(Geo {
                    feature: Some(feature.clone()),
                    ..Geo::default()
                })
            });
            let kind = if *facility {
                EntityKind::Facility
            } else {
                EntityKind::Place
            };
            (kind, surface.to_string(), None, geo)
        }
        Referent::Person { .. } => (EntityKind::Person, surface.to_string(), None, None),
        Referent::Organization { .. } => (EntityKind::Organization, surface.to_string(), None, None),
    }
}

#[cfg(test)]
mod tests;
