//! Arabic full-text search over the normaliser's search key.
//!
//! SQLite's FTS5 `unicode61` tokenizer splits diacritised Arabic words at
//! every haraka and folds no Arabic letters, so the store never lets it see
//! raw text. It indexes instead:
//!
//! - `body`: the text's search key (`marsad_core::text::normalize::search_key`:
//!   harakat and tatweel dropped, alef/ya/hamza forms folded, ة → ه, digits
//!   to ASCII), so `الحسكة`, `الحسكه` and `الحَسَكة` are one word;
//! - `stems`: for every word, the stems of its clitic readings
//!   (`marsad_core::text::clitic::analyses`): `بالحسكة` adds `حسكه` and, as it
//!   carries the article, `الحسكه`. So a search for `الحسكة` finds
//!   `بالحسكة`, `وللحسكة` and `الحسكه`.
//!
//! Queries go through the same key. Each query word must occur (in the
//! body or as a stem); a word that carries a clitic before the article
//! (`بالحسكة`) is also looked for as its definite form (`الحسكه`). Text in
//! double quotes is a phrase, and a word ending in `*` is a prefix.

use marsad_core::text::clitic::{analyses_into, is_arabic_letter};
use marsad_core::text::normalize::{KeyKind, Normalized, search_key};

use crate::error::{Error, Result};

/// The words of a search key: runs of letters and digits.
fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Letters and digits, with a fast path for ASCII and Arabic letters.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_arabic_letter(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// The `stems` column for a text's search key: each distinct clitic-stripped
/// stem (and definite stem) of its Arabic words that is not already a word
/// of the text.
pub fn stems(key: &str) -> String {
    let mut ws: Vec<&str> = words(key).collect();
    ws.sort_unstable();
    ws.dedup();
    let mut found: Vec<(&str, bool)> = Vec::with_capacity(ws.len() * 2);
    let mut buf = Vec::with_capacity(8);
    for &w in &ws {
        if !w.chars().all(is_arabic_letter) {
            continue;
        }
        analyses_into(w, &mut buf);
        for a in buf.iter().skip(1) {
            let stem = a.stem(w);
            found.push((stem, false));
            if a.article {
                found.push((stem, true));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    let mut out = String::with_capacity(found.len() * 8);
    let mut definite = String::new();
    for (stem, article) in found {
        let form = if article {
            definite.clear();
            definite.push_str("ال");
            definite.push_str(stem);
            definite.as_str()
        } else {
            stem
        };
        if ws.binary_search(&form).is_ok() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(form);
    }
    out
}

/// The `body` column: the words of a search key, one space between, so
/// the index sees exactly the words [`query`] looks for.
pub fn body(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for w in words(key) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A user's query made ready for FTS5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The FTS5 MATCH expression.
    pub fts: String,
    /// The search-key strings to look for when making a snippet.
    pub needles: Vec<String>,
}

/// Turns what a user typed into an FTS5 expression over the search key.
pub fn query(text: &str) -> Result<Query> {
    let mut terms: Vec<String> = Vec::new();
    let mut needles: Vec<String> = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        if i % 2 == 1 {
            // A phrase: its words in order.
            let key = search_key(part);
            let ws: Vec<&str> = words(&key).collect();
            if !ws.is_empty() {
                terms.push(format!("\"{}\"", ws.join(" ")));
                needles.push(ws.join(" "));
            }
            continue;
        }
        for raw in part.split_whitespace() {
            let prefix = raw.ends_with('*');
            let key = search_key(raw.trim_end_matches('*'));
            let ws: Vec<&str> = words(&key).collect();
            for (j, w) in ws.iter().enumerate() {
                let star = if prefix && j + 1 == ws.len() { "*" } else { "" };
                let mut alts = vec![w.to_string()];
                for d in definite_forms(w) {
                    if !alts.contains(&d) {
                        alts.push(d);
                    }
                }
                needles.extend(alts.iter().cloned());
                let quoted: Vec<String> = alts.iter().map(|a| format!("\"{a}\"{star}")).collect();
                terms.push(if quoted.len() == 1 {
                    quoted[0].clone()
                } else {
                    format!("({})", quoted.join(" OR "))
                });
            }
        }
    }
    if terms.is_empty() {
        return Err(Error::EmptyQuery(text.to_string()));
    }
    // Explicit AND: FTS5 reads `"a" ("b" OR "c")` as a syntax error.
    Ok(Query {
        fts: terms.join(" AND "),
        needles,
    })
}

/// `بالحسكه` → `الحسكه`: the definite form of a word whose clitics end in
/// the article (وال، بال، لل …), as a user typing it means the place.
fn definite_forms(w: &str) -> Vec<String> {
    let mut buf = Vec::new();
    analyses_into(w, &mut buf);
    buf.iter()
        .filter(|a| a.article && a.suffix == 0 && (a.prefix > 2 || a.lil))
        .filter_map(|a| a.definite_stem(w))
        .collect()
}

/// A short piece of `text` around the first place where one of `needles`
/// (search-key strings) occurs, the match in [brackets]; the start of the
/// text when none is found. `width` is the number of characters either side.
pub fn snippet(text: &str, needles: &[String], width: usize) -> String {
    let norm = Normalized::new(text, KeyKind::Search);
    let found = needles
        .iter()
        .filter(|n| !n.is_empty())
        .filter_map(|n| norm.key.find(n.as_str()).map(|b| (b, b + n.len())))
        .min_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
    let chars: Vec<char> = text.chars().collect();
    let Some((a, b)) = found else {
        return crate::flat::fold_ws(&chars.iter().take(2 * width).collect::<String>(), 2 * width);
    };
    let (s, e) = norm.original(a, b);
    let from = s.saturating_sub(width);
    let to = (e + width).min(chars.len());
    let piece = |x: usize, y: usize| chars[x..y].iter().collect::<String>();
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&piece(from, s));
    out.push('[');
    out.push_str(&piece(s, e));
    out.push(']');
    out.push_str(&piece(e, to));
    if to < chars.len() {
        out.push('…');
    }
    crate::flat::fold_ws(&out, 4 * width + e - s + 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_add_clitic_free_and_definite_forms() {
        let s = stems(&search_key("هجوم بالحسكة"));
        let set: Vec<&str> = s.split(' ').collect();
        assert!(set.contains(&"حسكه"), "{s}");
        assert!(set.contains(&"الحسكه"), "{s}");
        assert!(!set.contains(&"بالحسكه"), "{s}");
    }

    #[test]
    fn queries_are_normalised_and_quoted() {
        let q = query("الحسكة").unwrap();
        assert_eq!(q.fts, "\"الحسكه\"");
        let q = query("بالحسكة قسد").unwrap();
        assert_eq!(q.fts, "(\"بالحسكه\" OR \"الحسكه\") AND \"قسد\"");
        let q = query("حاجز بالحسكة").unwrap();
        assert_eq!(q.fts, "\"حاجز\" AND (\"بالحسكه\" OR \"الحسكه\")");
        let q = query("\"سجن الصناعة\" داع*").unwrap();
        assert_eq!(q.fts, "\"سجن الصناعه\" AND \"داع\"*");
        // Nothing FTS5 would read as syntax gets through.
        let q = query("a AND (b) NEAR/2 c:d -e").unwrap();
        assert_eq!(
            q.fts,
            "\"a\" AND \"and\" AND \"b\" AND \"near\" AND \"2\" AND \"c\" AND \"d\" AND \"e\""
        );
        assert!(query("  ؟ ... ").is_err());
    }

    #[test]
    fn snippet_marks_the_match_in_the_original_text() {
        let text = "قالت مصادر إن اشتباكات اندلعت بالحسَكة أمس بين الطرفين.";
        let s = snippet(text, &["الحسكه".to_string()], 10);
        assert!(s.contains("[الحسَكة]"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert_eq!(snippet("نص قصير", &["غائب".to_string()], 10), "نص قصير");
    }
}
