//! Numbers → quantities.
//!
//! Reads digits in both scripts (with ٫ ٬ and , .), digit + multiplier
//! (3 آلاف، 12 ألف، 1.5 مليون), number words in their case and gender forms
//! with compounds (خمسة وعشرون، ثلاثة آلاف وخمسمئة), vague plurals (عشرات،
//! مئات، آلاف → value null), approximators before the number (نحو، قرابة،
//! أكثر من → `approx`), and the counted noun after it as `unit`; indefinite
//! duals of counted nouns (جنديين، غارتين) are counts of two. A number after
//! a noun that names by number (اللواء 20، القرار 2254) is a label. The word
//! lists are data (`data/numbers/`); this module is the grammar.
//!
//! Numbers inside time expressions (years, clock times, day numbers) are
//! left to the times layer: the caller passes their ranges in `skip`.

use crate::doc::{Quantity, Range};
use crate::error::Error;
use crate::lexicon::Resources;
use crate::text::clitic::is_name_proclitic;
use crate::text::normalize::match_key;
use crate::text::{TextLayer, TokenKind};
use std::collections::HashMap;

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// 1, 2: count only inside compounds.
    Unit12,
    /// 3–9.
    Unit,
    /// عشر/عشرة: 10, or +10 after a unit.
    TenOrTeen,
    /// 20–90.
    Tens,
    /// مئة: ×100 after a unit, else 100.
    Hundred,
    /// Fused hundreds and duals (ثلاثمئة، مئتان، ألفان).
    Hundreds,
    /// ألف، مليون، مليار and plurals.
    Multiplier,
    /// عشرات، مئات، آلاف alone: value unknown.
    Vague,
}

/// The number lexicon, compiled.
#[derive(Debug, Default)]
pub struct NumberWords {
    words: HashMap<String, Vec<(f64, WordKind)>>,
    /// Approximator phrases as token-key sequences.
    approximators: Vec<Vec<String>>,
    /// Things whose dual counts two (data/numbers/counted_nouns.tsv), read
    /// beside the people nouns of the event lexicon by the same rule.
    counted: crate::event::lexicon::PersonNouns,
    /// Nouns after which a number is a label (اللواء 20), match keys.
    name_heads: std::collections::HashSet<String>,
    /// Ordinal units (التاسعة، الحادي), kind `ordinal`: عشر/عشرة after one
    /// ends an ordinal (التاسعة عشرة من عمره), no count of ten.
    ordinals: std::collections::HashSet<String>,
}

impl NumberWords {
    /// Parses `data/numbers/number_words.tsv` and `approximators.tsv`.
    pub fn parse(words_tsv: &str, approx_tsv: &str) -> Result<Self, Error> {
        let mut nw = NumberWords::default();
        for (n, row) in words_tsv.lines().enumerate().skip(1) {
            if row.trim().is_empty() {
                continue;
            }
            let bad = |m: &str| Error::Resource {
                file: "numbers/number_words.tsv".into(),
                line: n + 1,
                message: m.into(),
            };
            let mut c = row.split('\t');
            let (Some(form), Some(v), Some(k)) = (c.next(), c.next(), c.next()) else {
                return Err(bad("expected form, value, kind"));
            };
            let value: f64 = v.parse().map_err(|_| bad("value is not a number"))?;
            let kind = match k {
                "unit12" => WordKind::Unit12,
                "unit" => WordKind::Unit,
                "ten_or_teen" => WordKind::TenOrTeen,
                "tens" => WordKind::Tens,
                "hundred" => WordKind::Hundred,
                "hundreds" => WordKind::Hundreds,
                "multiplier" => WordKind::Multiplier,
                "vague" => WordKind::Vague,
                "ordinal" => {
                    nw.ordinals.insert(match_key(form));
                    continue;
                }
                _ => return Err(bad("unknown kind")),
            };
            nw.words.entry(match_key(form)).or_default().push((value, kind));
        }
        for row in approx_tsv.lines().skip(1) {
            if let Some(form) = row.split('\t').next().filter(|f| !f.trim().is_empty()) {
                nw.approximators
                    .push(match_key(form).split(' ').map(str::to_string).collect());
            }
        }
        // Longest phrases first, so ما يزيد عن wins over يزيد عن.
        nw.approximators.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Ok(nw)
    }

    /// Whether a match key is a number word (ثلاثة، عشرين، آلاف).
    pub fn is_number_word(&self, key: &str) -> bool {
        self.words.contains_key(key)
    }

    /// Adds `data/numbers/counted_nouns.tsv` and `name_heads.tsv`.
    pub fn with_nouns(mut self, counted_tsv: &str, heads_tsv: &str) -> Result<Self, Error> {
        self.counted = crate::event::lexicon::PersonNouns::parse(counted_tsv)?;
        self.name_heads = heads_tsv
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .skip(1)
            .map(match_key)
            .collect();
        Ok(self)
    }

    fn lookup(&self, key: &str, kind: impl Fn(WordKind) -> bool) -> Option<f64> {
        self.words.get(key)?.iter().find(|(_, k)| kind(*k)).map(|(v, _)| *v)
    }

    fn kinds(&self, key: &str) -> &[(f64, WordKind)] {
        self.words.get(key).map_or(&[], |v| v.as_slice())
    }
}

/// A key with its proclitics (و، ب، ل …) removed, tried in turn: the word
/// itself first.
fn readings(key: &str) -> impl Iterator<Item = &str> {
    // No ك: a count after "like" is rare, and ك + a folded word is mostly a
    // noun of its own (كمية → مية = مئة، كميات → ميات = مئات).
    const PROCLITICS: [&str; 8] = ["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];
    std::iter::once(key).chain(
        PROCLITICS
            .iter()
            .filter(|p| is_name_proclitic(p))
            .filter_map(move |p| key.strip_prefix(p).filter(|rest| rest.chars().count() >= 3)),
    )
}

/// Parses a digit token's key (ASCII after folding): 1,000 · 3.5 · 12.
pub fn parse_digits(key: &str) -> Option<f64> {
    // A comma followed by exactly three digits is a thousands mark; any
    // other comma is a decimal comma (1,5 مليون).
    let mut s = String::with_capacity(key.len());
    let parts: Vec<&str> = key.split(',').collect();
    if parts.len() > 1
        && parts[1..]
            .iter()
            .all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        s.extend(parts);
    } else if parts.len() == 2 {
        s = format!("{}.{}", parts[0], parts[1]);
    } else {
        s = key.replace(',', "");
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

struct Parsed {
    end: usize, // token index, exclusive
    value: Option<f64>,
    vague: bool,
}

/// All quantities outside `skip` (boilerplate and time expressions).
pub fn extract(layer: &TextLayer, r: &Resources, skip: &[Range]) -> Vec<Quantity> {
    let nw = &r.numbers;
    let toks = &layer.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let inside_skip = skip
            .iter()
            .any(|s| (t.start as usize) < s.end && s.start < t.end as usize);
        let parsed = if inside_skip || after_name_head(layer, nw, i) {
            None
        } else {
            parse_at(layer, nw, i)
        };
        let Some(p) = parsed else {
            let two = if inside_skip { None } else { dual_at(layer, r, i) };
            match two {
                Some(q) => {
                    i = q.1;
                    out.push(q.0);
                }
                None => i += 1,
            }
            continue;
        };
        let last = &toks[p.end - 1];
        // The span starts after an attached proclitic (وخمسة → خمسة).
        let mut start = t.start as usize;
        if t.kind == TokenKind::Arabic {
            let key = layer.key(t);
            let stripped = readings(key).find(|s| !nw.kinds(s).is_empty()).unwrap_or(key);
            start += key.chars().count() - stripped.chars().count();
        }
        let end = last.end as usize;
        let approx = p.vague || preceded_by_approximator(layer, nw, i);
        let unit = counted_noun(layer, nw, &r.entities, &r.function_words, p.end, p.value);
        out.push(Quantity {
            id: String::new(),
            start,
            end,
            text: layer.slice(start, end).to_string(),
            value: if p.vague { None } else { p.value },
            approx,
            unit,
            of: None,
        });
        i = p.end;
    }
    for (k, q) in out.iter_mut().enumerate() {
        q.id = format!("Q{}", k + 1);
    }
    out
}

/// A number right after a noun that names by number (اللواء 20، القرار
/// 2254، المادة 3) is a label, not a count.
fn after_name_head(layer: &TextLayer, nw: &NumberWords, i: usize) -> bool {
    let toks = &layer.tokens;
    if toks[i].kind != TokenKind::Number || i == 0 || toks[i].newline_before {
        return false;
    }
    let prev = &toks[i - 1];
    if prev.kind != TokenKind::Arabic {
        return false;
    }
    let key = layer.key(prev);
    readings(key)
        .chain(LIL.iter().filter_map(|p| key.strip_prefix(p)))
        .any(|k| nw.name_heads.contains(k.strip_prefix("ال").unwrap_or(k)))
}

/// ل + ال with the alef dropped (للواء), alone or after و/ف.
const LIL: [&str; 3] = ["لل", "ولل", "فلل"];

/// A count of two with no figure: an indefinite dual of a counted noun
/// (جنديين، امرأتان، غارتين; the people nouns are the event lexicon's, so
/// both layers read one list) or any dual followed by اثنان/اثنين
/// (مطلوبين اثنين). A definite dual (الطرفين، الجنديين، للبلدين) refers back to
/// those already named and a dual-shaped name (طالبان) is a name: neither
/// is a count. Returns the quantity and the token after it.
fn dual_at(layer: &TextLayer, r: &Resources, i: usize) -> Option<(Quantity, usize)> {
    let nw = &r.numbers;
    let toks = &layer.tokens;
    let t = toks.get(i).filter(|t| t.kind == TokenKind::Arabic)?;
    let key = layer.key(t);
    let definite = readings(key).any(|k| k.starts_with("ال")) || LIL.iter().any(|p| key.starts_with(p));
    if definite || !nw.kinds(key).is_empty() {
        return None;
    }
    // «اثنان آخران»: the dual after اثنان agrees with it; the two are one count.
    let two_before = i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|n| {
        n.kind == TokenKind::Arabic && nw.lookup(layer.key(n), |k| k == WordKind::Unit12) == Some(2.0)
    });
    if two_before {
        return None;
    }
    let is_dual = |k: &str| r.person_nouns.count(k) == Some(2) || nw.counted.count(k) == Some(2);
    // The reading with the fewest letters: proclitics off (وبصاروخين → صاروخين).
    let dual = readings(key)
        .filter(|k| is_dual(k))
        .min_by_key(|k| k.chars().count())
        .filter(|k| !r.entities.find_names(k).iter().any(|&(a, b, _)| a == 0 && b == k.len()));
    // اثنان/اثنين after the noun, with nothing attached to it.
    let two_after = toks.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Arabic
            && !n.newline_before
            && nw.lookup(layer.key(n), |k| k == WordKind::Unit12) == Some(2.0)
    }) && parse_at(layer, nw, i + 1).is_none_or(|p| p.end == i + 2 && p.value == Some(2.0));
    let noun = match dual {
        Some(d) => d,
        // The noun before اثنين is a dual whatever its stem (مطلوبين،
        // متهمَين): it ends in -ين/-ان. After a verb or a verbal noun
        // (مقتل اثنين) اثنين stands alone, with no noun to count.
        None if two_after && (key.ends_with("ين") || key.ends_with("ان")) => {
            let bare = key.strip_prefix(['و', 'ف']).filter(|b| b.chars().count() >= 2);
            if r.function_words.contains(key) || bare.is_some_and(|b| r.function_words.contains(b)) {
                return None;
            }
            key
        }
        None => return None,
    };
    let start = t.start as usize + key.chars().count() - noun.chars().count();
    let next = if two_after { i + 2 } else { i + 1 };
    let end = toks[next - 1].end as usize;
    Some((
        Quantity {
            id: String::new(),
            start,
            end,
            text: layer.slice(start, end).to_string(),
            value: Some(2.0),
            approx: false,
            unit: Some(layer.slice(start, t.end as usize).to_string()),
            of: None,
        },
        next,
    ))
}

fn parse_at(layer: &TextLayer, nw: &NumberWords, i: usize) -> Option<Parsed> {
    let toks = &layer.tokens;
    let t = &toks[i];
    let next_key = |j: usize| {
        toks.get(j)
            .filter(|n| n.kind == TokenKind::Arabic)
            .map(|n| layer.key(n))
    };
    match t.kind {
        TokenKind::Number => {
            // Dates, times and ratios (24/1/2022, 10:30, 3-2) are not counts.
            let glued = |j: Option<&crate::text::Token>, before: bool| {
                j.is_some_and(|n| {
                    let touching = if before { n.end == t.start } else { n.start == t.end };
                    touching && n.kind == TokenKind::Punct && matches!(layer.key(n), "/" | ":" | "-")
                })
            };
            if glued(i.checked_sub(1).and_then(|j| toks.get(j)), true) || glued(toks.get(i + 1), false) {
                return None;
            }
            let mut v = parse_digits(layer.key(t))?;
            let mut end = i + 1;
            if let Some(m) = next_key(end).and_then(|k| nw.lookup(k, |k| k == WordKind::Multiplier)) {
                v *= m;
                end += 1;
                // «3 آلاف و500»: digits joined after thousands.
                if let Some((more, e)) = waw_digits(layer, nw, end) {
                    v += more;
                    end = e;
                }
            }
            Some(Parsed {
                end,
                value: Some(v),
                vague: false,
            })
        }
        TokenKind::Arabic => {
            let first = layer.key(t);
            // Vague plurals: عشرات (الآلاف).
            if readings(first).any(|k| nw.lookup(k, |k| k == WordKind::Vague).is_some()) {
                let mut end = i + 1;
                if next_key(end).is_some_and(|k| nw.lookup(k, |k| k == WordKind::Vague).is_some()) {
                    end += 1;
                }
                return Some(Parsed {
                    end,
                    value: None,
                    vague: true,
                });
            }
            // (The teen of an ordinal: التاسعة عشرة من عمره.)
            // (The cheap test first: this runs for every word.)
            let after_ordinal = i > 0
                && toks
                    .get(i - 1)
                    .is_some_and(|p| p.kind == TokenKind::Arabic && nw.ordinals.contains(layer.key(p)));
            if after_ordinal && readings(first).any(|k| nw.lookup(k, |k| k == WordKind::TenOrTeen).is_some()) {
                return None;
            }
            parse_words(layer, nw, i)
        }
        _ => None,
    }
}

/// A figure in digits joined by و at token `j`, right after thousands or
/// millions (مليون و200 ألف، ثلاثة آلاف و500): its value and the token
/// after it. (Two counts side by side, ألف جندي و500 مدني, have a noun
/// between them, so they stay two.)
fn waw_digits(layer: &TextLayer, nw: &NumberWords, j: usize) -> Option<(f64, usize)> {
    let toks = &layer.tokens;
    let w = toks
        .get(j)
        .filter(|t| t.kind == TokenKind::Arabic && layer.key(t) == "و")?;
    let d = toks
        .get(j + 1)
        .filter(|t| t.kind == TokenKind::Number && t.start == w.end)?;
    let mut v = parse_digits(layer.key(d))?;
    let mut end = j + 2;
    if let Some(m) = toks
        .get(end)
        .filter(|t| t.kind == TokenKind::Arabic)
        .and_then(|t| nw.lookup(layer.key(t), |k| k == WordKind::Multiplier))
    {
        v *= m;
        end += 1;
    }
    Some((v, end))
}

/// Number words: a sum of groups, each group multiplied by ألف/مليون.
fn parse_words(layer: &TextLayer, nw: &NumberWords, i: usize) -> Option<Parsed> {
    let toks = &layer.tokens;
    let (mut total, mut group) = (0f64, 0f64);
    let mut last_unit = false; // the previous word was a unit (for teens, مئة)
    let mut end = i;
    let mut j = i;
    let mut words = 0;
    let mut only_unit12 = true;
    while let Some(t) = toks.get(j).filter(|t| t.kind == TokenKind::Arabic) {
        let key = layer.key(t);
        // After the first word, a new part must come with و (خمسة وعشرون)
        // except the parts that follow directly (عشر، مئة، آلاف).
        let later = [key, key.strip_prefix('و').unwrap_or(key)];
        let cands: &mut dyn Iterator<Item = &str> = if j == i {
            &mut readings(key)
        } else {
            &mut later.into_iter()
        };
        let mut took = false;
        for k in cands {
            let with_waw = j > i && k.len() < key.len();
            for &(v, kind) in nw.kinds(k) {
                let ok = match kind {
                    WordKind::TenOrTeen if last_unit && !with_waw => {
                        group += 10.0;
                        true
                    }
                    WordKind::Hundred if last_unit && !with_waw => {
                        group *= 100.0;
                        true
                    }
                    WordKind::Multiplier if j > i && !with_waw => {
                        total += group.max(1.0) * v;
                        group = 0.0;
                        true
                    }
                    // (A whole group: مليون ومئتي ألف is 1,200,000.)
                    WordKind::Multiplier if j == i => {
                        total += v;
                        true
                    }
                    WordKind::Vague => false,
                    WordKind::Multiplier => false,
                    _ if j == i || with_waw => {
                        group += v;
                        true
                    }
                    _ => false,
                };
                if ok {
                    last_unit = matches!(kind, WordKind::Unit | WordKind::Unit12);
                    only_unit12 &= kind == WordKind::Unit12;
                    took = true;
                    break;
                }
            }
            if took {
                break;
            }
        }
        if !took {
            break;
        }
        words += 1;
        j += 1;
        end = j;
    }
    if words == 0 {
        return None;
    }
    // «مليون و200 ألف»، «ثلاثة آلاف و500»: digits joined after thousands.
    if total > 0.0
        && group == 0.0
        && let Some((v, e)) = waw_digits(layer, nw, end)
    {
        total += v;
        end = e;
    }
    // واحد/أحد alone follow their noun as adjectives (and أحد is also
    // "one of" and "Sunday"): not counts on their own. The free forms of two
    // (اثنان، اثنين، اثنتان، اثنتين; not the construct اثنا/اثني) stand as a
    // count of people like ثلاثة: «أصيب اثنان آخران»، «بينهم اثنين».
    if only_unit12 {
        let word = toks.get(i).map(|t| layer.key(t)).unwrap_or_default();
        let free_two = words == 1
            && total + group == 2.0
            && readings(word).any(|k| {
                nw.lookup(k, |k| k == WordKind::Unit12) == Some(2.0) && (k.ends_with("ان") || k.ends_with("ين"))
            });
        if !free_two {
            return None;
        }
    }
    let value = total + group;
    // A lone unit word (خمس، ست، سبع) must be followed by its counted noun:
    // "ست" is also "lady", "سبع" "lion".
    if words == 1 && value < 11.0 && toks.get(end).is_none_or(|n| n.kind != TokenKind::Arabic) {
        return None;
    }
    Some(Parsed {
        end,
        value: Some(value),
        vague: false,
    })
}

fn preceded_by_approximator(layer: &TextLayer, nw: &NumberWords, i: usize) -> bool {
    let toks = &layer.tokens;
    nw.approximators.iter().any(|phrase| {
        let n = phrase.len();
        if i < n {
            return false;
        }
        phrase.iter().enumerate().all(|(k, w)| {
            let t = &toks[i - n + k];
            let key = layer.key(t);
            t.kind == TokenKind::Arabic && (key == w || (k == 0 && readings(key).any(|r| r == w)))
        })
    })
}

/// The noun counted: the Arabic word right after the number (or after من),
/// unless it is a function word (data/text/function_words.txt) or another number word.
/// Accusative singulars after 11–99 lose their tanwin alef (جنديا → جندي).
fn counted_noun(
    layer: &TextLayer,
    nw: &NumberWords,
    r_names: &crate::entity::lexicon::EntityLexicon,
    function_words: &crate::entity::FunctionWords,
    end: usize,
    value: Option<f64>,
) -> Option<String> {
    let mut t = layer.tokens.get(end).filter(|t| t.kind == TokenKind::Arabic)?;
    // A partitive: the noun after من is the one counted (5 من عناصر الجيش),
    // unless it is a name (3 من نابلس: from a place).
    if layer.key(t) == "من"
        && let Some(n) = layer.tokens.get(end + 1).filter(|n| n.kind == TokenKind::Arabic)
    {
        let k = layer.key(n);
        let name = r_names.find_names(k).iter().any(|&(a, b, _)| a == 0 && b == k.len());
        if name {
            return None;
        }
        t = n;
        // The noun after من is genitive: no tanwin alef to drop.
        let surface = layer.slice(t.start as usize, t.end as usize);
        let k = layer.key(t);
        if function_words.contains(k) || !nw.kinds(k).is_empty() {
            return None;
        }
        return Some(surface.to_string());
    }
    let key = layer.key(t);
    // Function words with و/ف attached (وكما، فقد) are still function words.
    let bare = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 2);
    if function_words.contains(key) || bare.is_some_and(|b| function_words.contains(b)) || !nw.kinds(key).is_empty() {
        return None;
    }
    let surface = layer.slice(t.start as usize, t.end as usize);
    let accusative = value.is_some_and(|v| (11.0..100.0).contains(&(v % 100.0)) && v.fract() == 0.0);
    if accusative && surface.chars().count() > 3 && surface.ends_with('ا') && !surface.ends_with("اا") {
        let mut s = surface.to_string();
        s.pop();
        return Some(s);
    }
    Some(surface.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<(String, Option<f64>, bool, Option<String>)> {
        let r = Resources::load().unwrap();
        let l = TextLayer::new(text);
        extract(&l, &r, &[])
            .into_iter()
            .map(|q| (q.text, q.value, q.approx, q.unit))
            .collect()
    }

    fn one(text: &str) -> (String, Option<f64>, bool, Option<String>) {
        let v = q(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn digits_in_both_scripts_with_separators() {
        assert_eq!(one("قتل 11 جنديا").1, Some(11.0));
        assert_eq!(one("نزح ١٬٢٠٠ شخص").1, Some(1200.0));
        assert_eq!(one("نزح 1,200 شخص").1, Some(1200.0));
        assert_eq!(one("بلغ ٣٫٥ مليون").1, Some(3_500_000.0));
    }

    #[test]
    fn digit_with_multiplier() {
        assert_eq!(
            one("يضم 3 آلاف عنصر"),
            ("3 آلاف".into(), Some(3000.0), false, Some("عنصر".into()))
        );
        assert_eq!(
            one("نحو 12 ألف معتقل"),
            ("12 ألف".into(), Some(12000.0), true, Some("معتقل".into()))
        );
        assert_eq!(one("فر 1.5 مليون لاجئ").1, Some(1_500_000.0));
    }

    #[test]
    fn number_words_and_compounds() {
        assert_eq!(one("قتل خمسة وعشرون مدنيا").1, Some(25.0));
        assert_eq!(one("اعتقل ثلاثة آلاف وخمسمئة شخص").1, Some(3500.0));
        assert_eq!(one("أصيب أحد عشر عاملا").1, Some(11.0));
        assert_eq!(one("سقط ثلاث مئة قتيل").1, Some(300.0));
        assert_eq!(one("نزح مئتا شخص").1, Some(200.0));
        assert_eq!(one("قضى ثلاثمائة وخمسون شخصا").1, Some(350.0));
        assert_eq!(one("جرح عشرة أشخاص").1, Some(10.0));
        assert_eq!(one("ضبط مليون ومئتي ألف حبة").1, Some(1_200_000.0));
        assert_eq!(one("ضبط مليون و200 ألف حبة").1, Some(1_200_000.0));
        assert_eq!(one("اعتقل ثلاثة آلاف و500 شخص").1, Some(3500.0));
        assert_eq!(one("اعتقل 3 آلاف و500 شخص").1, Some(3500.0));
        assert_eq!(one("قتل عشرين شخصا").1, Some(20.0));
        assert_eq!(one("وصل ألفين من اللاجئين").1, Some(2000.0));
    }

    #[test]
    fn proclitic_on_the_first_word() {
        let v = one("وخمسة جنود");
        assert_eq!((v.0.as_str(), v.1), ("خمسة", Some(5.0)));
    }

    #[test]
    fn vague_plurals() {
        assert_eq!(
            one("اعتقل عشرات الأشخاص"),
            ("عشرات".into(), None, true, Some("الأشخاص".into()))
        );
        assert_eq!(one("نزح عشرات الآلاف"), ("عشرات الآلاف".into(), None, true, None));
        assert_eq!(one("إطلاق الآلاف من مقاتليه").1, None);
    }

    #[test]
    fn approximators() {
        assert!(one("قتل نحو 20 شخصا").2);
        assert!(one("قتل قرابة 20 شخصا").2);
        assert!(one("قتل حوالي 20 شخصا").2);
        assert!(one("قتل ما يزيد عن 20 شخصا").2);
        assert!(one("قتل أكثر من 20 شخصا").2);
        assert!(one("قتل ما لا يقل عن 20 شخصا").2);
        assert!(!one("قتل 20 شخصا").2);
    }

    #[test]
    fn unit_drops_tanwin_alef_after_11_to_99() {
        assert_eq!(one("قتل 550 عنصرا").3.as_deref(), Some("عنصر"));
        assert_eq!(one("قتل 11 جنديا").3.as_deref(), Some("جندي"));
        assert_eq!(one("قتل 300 عنصر").3.as_deref(), Some("عنصر"));
    }

    #[test]
    fn a_function_word_after_the_number_is_no_unit() {
        assert_eq!(q("شارك 20 سجينا وليس 12 كما ذكر")[1].3, None);
        assert_eq!(q("شارك 20 سجينا وليس 12 وكما قيل")[1].3, None);
        assert_eq!(one("وصل 12 في الصباح").3, None);
    }

    #[test]
    fn a_partitive_counts_the_noun_after_min() {
        assert_eq!(one("أصيب 6 من أفراد الدورية").3.as_deref(), Some("أفراد"));
        assert_eq!(one("اعتقل 4 من الطلاب").3.as_deref(), Some("الطلاب"));
        assert_eq!(one("جرح 15 من عمالها").3.as_deref(), Some("عمالها"));
        // From a place: no unit.
        assert_eq!(one("اعتقل 3 من دمشق").3, None);
    }

    #[test]
    fn not_quantities() {
        // ordinals, lone 1/2 words, dates and times, lone unit words that are nouns.
        assert!(q("الفصل الأول والثاني والرابع").is_empty());
        assert!(q("قال أحد المسؤولين").is_empty());
        assert!(q("في 24/1/2022 الساعة 10:30").is_empty());
        assert!(q("جاءت ست.").is_empty());
        // The teen of a compound ordinal (an age) is no ten.
        assert!(q("اعتقل شاب في التاسعة عشرة من عمره").is_empty());
        assert!(q("في الحادي عشر من الشهر").is_empty());
    }

    #[test]
    fn an_indefinite_dual_counts_two() {
        assert_eq!(
            one("أصيب مزارعان في الحقل"),
            ("مزارعان".into(), Some(2.0), false, Some("مزارعان".into()))
        );
        assert_eq!(
            one("وقد خطف المسلحون طفلين من القرية"),
            ("طفلين".into(), Some(2.0), false, Some("طفلين".into()))
        );
        // A feminine takes ت before the ending; a proclitic stays out.
        assert_eq!(
            one("وسقطت بقذيفتين على السوق"),
            ("قذيفتين".into(), Some(2.0), false, Some("قذيفتين".into()))
        );
    }

    #[test]
    fn a_dual_with_ithnan_after_it() {
        assert_eq!(
            one("وأوقفت الشرطة مشتبهين اثنين عند الحاجز"),
            ("مشتبهين اثنين".into(), Some(2.0), false, Some("مشتبهين".into()))
        );
        // A compound stays whole.
        assert_eq!(one("في سنة اثنين وخمسين").1, Some(52.0));
    }

    #[test]
    fn two_standing_alone_counts_like_three() {
        assert_eq!(
            one("قضى رجل وجرح اثنان آخران قرب السوق"),
            ("اثنان".into(), Some(2.0), false, Some("آخران".into()))
        );
        assert_eq!(one("وكان بين المعتقلين اثنتين من النساء").1, Some(2.0));
        assert_eq!(one("أعلن عن إصابة اثنين في الحادث").1, Some(2.0));
        // The construct forms need their ten; Monday is definite; واحد stays out.
        assert!(q("صدر يوم الاثنين بيان عن رجل واحد").is_empty());
        assert!(q("بقي اثنا المسافرين").is_empty());
    }

    #[test]
    fn no_number_word_inside_a_longer_word() {
        // كمية/كميات fold to ك + مية/ميات (مئة، مئات): not numbers.
        assert!(q("ضبطت كميات من الذخيرة وكمية من المتفجرات").is_empty());
        assert!(q("صادروا كمية كبيرة من الوقود").is_empty());
        assert_eq!(one("وصل لمئات العائلات").1, None);
    }

    #[test]
    fn definite_duals_and_dual_shaped_names_are_no_counts() {
        assert!(q("التقى ممثلو الطرفين في البلدين").is_empty());
        assert!(q("ونقل الجنديين إلى المستشفى").is_empty());
        assert!(q("أعلنت طالبان سيطرتها على الإقليم").is_empty());
    }

    #[test]
    fn a_number_naming_a_unit_or_a_text_is_no_count() {
        assert!(q("انتشر جنود اللواء 47 والفرقة 9 قرب الجسر").is_empty());
        assert!(q("وفق القرار 1559 والمادة 12 من الدستور").is_empty());
        assert_eq!(q("أرسل للكتيبة 8 عشرين جنديا").len(), 1);
        // A number after another noun is still a count.
        assert_eq!(one("قصفت الطائرات 8 مواقع").1, Some(8.0));
    }

    #[test]
    fn skip_ranges_are_respected() {
        let r = Resources::load().unwrap();
        let l = TextLayer::new("قتل 11 جنديا");
        assert!(extract(&l, &r, &[Range { start: 0, end: 12 }]).is_empty());
    }
}
