//! The pipeline: text in, [`Document`] out.

use crate::doc::{DocMeta, Document, Range};
use crate::error::Error;
use crate::lexicon::Resources;
use crate::text::{TextLayer, sentence};
use crate::{quantity, time};

/// What the caller knows of an article besides its text.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// Caller's id; else a stable hash of the text.
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`: the anchor for relative dates.
    pub published: Option<String>,
}

/// The extractor: resources loaded once, then any number of documents.
/// `Send + Sync`: share one across threads.
#[derive(Debug)]
pub struct Extractor {
    pub resources: Resources,
}

impl Extractor {
    /// Loads the embedded resources.
    pub fn new() -> Result<Self, Error> {
        Ok(Extractor {
            resources: Resources::load()?,
        })
    }

    /// Builds the `marsad/1` record of one article.
    pub fn extract(&self, text: &str, meta: &Meta) -> Result<Document, Error> {
        let published = match &meta.published {
            Some(p) => Some(time::parse_iso_date(p).ok_or_else(|| Error::BadPublished(p.clone()))?),
            None => None,
        };
        let layer = TextLayer::new(text);
        let mut doc = Document::empty(DocMeta {
            id: meta.id.clone().unwrap_or_else(|| stable_id(text)),
            title: meta.title.clone(),
            outlet: meta.outlet.clone(),
            url: meta.url.clone(),
            published: published.map(|d| d.format("%Y-%m-%d").to_string()),
            lang: detect_lang(&layer).to_string(),
            chars: layer.len_chars(),
        });
        let r = &self.resources;
        doc.boilerplate = r.boilerplate.find(text);
        doc.sentences = sentence::split(&layer, &r.abbreviations);
        doc.times = time::extract(&layer, r, published, &doc.boilerplate);
        // Numbers inside dates and clock times are the times layer's.
        let mut skip = doc.boilerplate.clone();
        skip.extend(doc.times.iter().map(|t| Range {
            start: t.start,
            end: t.end,
        }));
        doc.quantities = quantity::extract(&layer, r, &skip);
        // Dates and figures are never names (نوفمبر الفائت).
        let mut not_names = skip.clone();
        not_names.extend(doc.quantities.iter().map(|q| Range {
            start: q.start,
            end: q.end,
        }));
        let tagged = tag_names(&layer, &r.ner, &doc.sentences, &doc.boilerplate, &not_names);
        doc.entities = crate::entity::extract(
            &layer,
            &r.entities,
            &r.function_words,
            &doc.boilerplate,
            &not_names,
            &tagged,
        );
        // Quotes, then events (which read the quotes for their source).
        let ctx = crate::event::Context {
            layer: &layer,
            resources: r,
            entities: &doc.entities,
            times: &doc.times,
            quantities: &doc.quantities,
            sentences: &doc.sentences,
            skip: &doc.boilerplate,
            published,
        };
        let ix = crate::event::Index::new(&ctx);
        let quotes = crate::quote::extract_with(&ctx, &ix);
        let (events, groups) = crate::event::extract_with(&ctx, &ix, &quotes);
        doc.quotes = quotes;
        doc.events = events;
        doc.add_entities(groups);
        Ok(doc)
    }
}

/// The tagger's person, organisation and place names, sentence by sentence
/// (boilerplate left out), as token ranges of the layer. MISC is dropped:
/// it has no entity kind in marsad/1.
fn tag_names(
    layer: &TextLayer,
    tagger: &crate::ner::CrfTagger,
    sentences: &[Range],
    skip: &[Range],
    not_names: &[Range],
) -> Vec<crate::entity::TaggedSpan> {
    use crate::doc::EntityKind;
    use crate::ner::{EntityType, Tagger};
    let toks = &layer.tokens;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut t = 0;
    for s in sentences {
        if skip.iter().any(|b| s.start < b.end && b.start < s.end) {
            continue;
        }
        while t < toks.len() && (toks[t].end as usize) <= s.start {
            t += 1;
        }
        let mut g = Vec::new();
        while t < toks.len() && (toks[t].start as usize) < s.end {
            g.push(t);
            t += 1;
        }
        if !g.is_empty() {
            groups.push(g);
        }
    }
    let words: Vec<Vec<&str>> = groups
        .iter()
        .map(|g| {
            g.iter()
                .map(|&i| layer.slice(toks[i].start as usize, toks[i].end as usize))
                .collect()
        })
        .collect();
    let labels = tagger.tag_document(&words);
    // A one-word person is the tagger's weakest guess (سيناريو): keep it
    // when the model's name lists know the word, or when the document has
    // it inside a longer person name (a surname after the full name).
    let mut in_long_names = std::collections::HashSet::new();
    for (g, ls) in groups.iter().zip(&labels) {
        for (a, b, ty) in crate::ner::spans(ls) {
            if ty == EntityType::Pers && b > a + 1 {
                in_long_names.extend(
                    g.get(a..b)
                        .into_iter()
                        .flatten()
                        .map(|&t| name_key(layer.key(&toks[t]))),
                );
            }
        }
    }
    // (A word written with a final ئ is an adjective, هادئ، لاجئ: the
    // match key folds it to a name, هادي.)
    let known_one = |t: usize| {
        !layer.slice(toks[t].start as usize, toks[t].end as usize).ends_with('ئ')
            && one_word_person_is_known(layer.key(&toks[t]), tagger.lexicon(), &in_long_names)
    };
    let mut out = Vec::new();
    for (g, ls) in groups.iter().zip(&labels) {
        for (a, b, ty) in crate::ner::spans(ls) {
            if ty == EntityType::Pers && b == a + 1 && g.get(a).is_some_and(|&t| !known_one(t)) {
                continue;
            }
            let kind = match ty {
                EntityType::Pers => EntityKind::Person,
                EntityType::Org => EntityKind::Organization,
                EntityType::Loc => EntityKind::Place,
                _ => continue,
            };
            if let (Some(&s), Some(&e)) = (g.get(a), g.get(b.wrapping_sub(1)))
                && !not_names
                    .iter()
                    .any(|r| (toks[s].start as usize) < r.end && r.start < toks[e].end as usize)
            {
                out.push(crate::entity::TaggedSpan {
                    start: s,
                    end: e + 1,
                    kind,
                });
            }
        }
    }
    out
}

/// A word's key without a leading و/ف or the article, as name lists hold it.
fn name_key(k: &str) -> String {
    let k = k
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k);
    k.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(k)
        .to_string()
}

/// Whether a word the tagger read as a one-word person is a name: listed
/// as a given name or surname, or part of a longer person name in the text.
fn one_word_person_is_known(
    key: &str,
    names: &crate::ner::NerLexicon,
    in_long_names: &std::collections::HashSet<String>,
) -> bool {
    use crate::ner::LexKind::{ForeignGiven, ForeignSurname, Given, Person, WikiGiven, WikiSurname};
    let k = name_key(key);
    in_long_names.contains(&k)
        || names.is_any(
            &k,
            &[Given, Person, WikiGiven, WikiSurname, ForeignGiven, ForeignSurname],
        )
}

/// A stable id for a text with no id: FNV-1a 64 of its bytes, in hex.
pub fn stable_id(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

/// `ar` when most letters are Arabic, else `und` (processed all the same).
fn detect_lang(layer: &TextLayer) -> &'static str {
    use crate::text::TokenKind;
    let (mut ar, mut other) = (0usize, 0usize);
    for t in &layer.tokens {
        match t.kind {
            TokenKind::Arabic => ar += (t.end - t.start) as usize,
            TokenKind::Latin => other += (t.end - t.start) as usize,
            _ => {}
        }
    }
    if ar == 0 && other == 0 || ar >= other {
        "ar"
    } else {
        "und"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::match_key;

    #[test]
    fn a_one_word_person_needs_a_listed_name_or_a_longer_name() {
        let r = Resources::load().expect("resources");
        let names = r.ner.lexicon();
        let none = std::collections::HashSet::new();
        assert!(one_word_person_is_known(&match_key("ومحمد"), names, &none));
        assert!(!one_word_person_is_known(&match_key("سيناريو"), names, &none));
        assert!(!one_word_person_is_known(&match_key("وسيناريو"), names, &none));
        assert!(!one_word_person_is_known(&match_key("الشمبلاني"), names, &none));
        let long: std::collections::HashSet<String> = [name_key(&match_key("الشمبلاني"))].into();
        assert!(one_word_person_is_known(&match_key("الشمبلاني"), names, &long));
    }
}
