//! Sentence splitting on the token stream.
//!
//! A sentence ends at . ! ? ؟ … or a line break — but not after an
//! abbreviation (د. م. ص.), not inside a number (3.5 is one token), and not
//! inside an open quotation, which Arabic news often runs across a full
//! stop. A line break always ends a sentence and closes any quotation, so an
//! unbalanced quotation mark can never swallow more than its paragraph.

use super::{TextLayer, TokenKind};
use crate::doc::Range;
use std::collections::HashSet;

/// Which way a quotation mark faces, judged by its neighbours rather than
/// its glyph: news uses ” to open as often as to close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteSide {
    Open,
    Close,
    Unknown,
}

/// The side of the quotation mark at code point `pos`.
pub fn quote_side(layer: &TextLayer, pos: usize) -> QuoteSide {
    let chars = &layer.char_bytes;
    let at = |i: usize| -> Option<char> {
        if i + 1 >= chars.len() {
            return None;
        }
        layer.text[chars[i] as usize..].chars().next()
    };
    let before = if pos == 0 { None } else { at(pos - 1) };
    let after = at(pos + 1);
    let wordish = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let spaceish = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c == '\u{0640}' || "([{«“‹".contains(c));
    let closing_ctx = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || ".,،؛:;!?؟…)]}»”›\"'".contains(c));
    if spaceish(before) && wordish(after) {
        QuoteSide::Open
    } else if (wordish(before) || before.is_some_and(|c| ".!?؟…".contains(c))) && closing_ctx(after) {
        QuoteSide::Close
    } else {
        match layer.slice(pos, pos + 1) {
            "“" | "«" | "‹" | "„" => QuoteSide::Open,
            "»" | "›" => QuoteSide::Close,
            _ => QuoteSide::Unknown,
        }
    }
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

/// Splits the text into sentences. `abbreviations` holds match keys of
/// words that take a full stop without ending a sentence.
pub fn split(layer: &TextLayer, abbreviations: &HashSet<String>) -> Vec<Range> {
    let toks = &layer.tokens;
    let mut out = Vec::new();
    let mut first: Option<usize> = None;
    let mut depth: u32 = 0;
    let mut i = 0;
    let close = |out: &mut Vec<Range>, a: usize, b: usize| {
        out.push(Range {
            start: toks[a].start as usize,
            end: toks[b].end as usize,
        });
    };
    while i < toks.len() {
        let t = &toks[i];
        if t.newline_before {
            if let Some(a) = first.take() {
                close(&mut out, a, i - 1);
            }
            depth = 0;
        }
        if first.is_none() {
            first = Some(i);
        }
        match t.kind {
            TokenKind::Quote => match quote_side(layer, t.start as usize) {
                QuoteSide::Open => depth += 1,
                QuoteSide::Close => depth = depth.saturating_sub(1),
                QuoteSide::Unknown => depth = if depth > 0 { depth - 1 } else { 1 },
            },
            TokenKind::Punct if is_terminal(layer.key(t)) => {
                let abbrev = layer.key(t) == "." && i > 0 && is_abbreviation(layer, i - 1, abbreviations);
                // `انتهى.”` ends the quotation and the sentence together.
                let closes_quote = depth == 1
                    && toks.get(i + 1).is_some_and(|n| {
                        n.kind == TokenKind::Quote
                            && n.start == t.end
                            && quote_side(layer, n.start as usize) == QuoteSide::Close
                    });
                if closes_quote {
                    depth = 0;
                }
                if depth == 0 && !abbrev {
                    // Take the run of terminal marks and closing quotes with it.
                    let mut j = i;
                    while j + 1 < toks.len()
                        && !toks[j + 1].newline_before
                        && ((toks[j + 1].kind == TokenKind::Punct && is_terminal(layer.key(&toks[j + 1])))
                            || (toks[j + 1].kind == TokenKind::Quote
                                && quote_side(layer, toks[j + 1].start as usize) == QuoteSide::Close))
                    {
                        j += 1;
                    }
                    if let Some(a) = first.take() {
                        close(&mut out, a, j);
                    }
                    i = j + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(a) = first {
        close(&mut out, a, toks.len() - 1);
    }
    out
}

fn is_abbreviation(layer: &TextLayer, i: usize, abbreviations: &HashSet<String>) -> bool {
    let t = &layer.tokens[i];
    // The full stop must touch the word: "د." not "end .".
    if layer.tokens.get(i + 1).is_none_or(|n| n.start != t.end) {
        return false;
    }
    let key = layer.key(t);
    match t.kind {
        TokenKind::Arabic | TokenKind::Latin => key.chars().count() == 1 || abbreviations.contains(key),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<String> {
        let l = TextLayer::new(s);
        let ab: HashSet<String> = ["اي", "الخ", "ق"].iter().map(|s| s.to_string()).collect();
        split(&l, &ab)
            .iter()
            .map(|r| l.slice(r.start, r.end).to_string())
            .collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_marks() {
        assert_eq!(
            sents("قتل جندي. وأصيب آخر! هل انتهى؟ لا"),
            vec!["قتل جندي.", "وأصيب آخر!", "هل انتهى؟", "لا"]
        );
    }

    #[test]
    fn not_inside_numbers_or_after_abbreviations() {
        assert_eq!(
            sents("بلغ المعدل 3.5 بالمئة. وقال د. أحمد ذلك."),
            vec!["بلغ المعدل 3.5 بالمئة.", "وقال د. أحمد ذلك."]
        );
    }

    #[test]
    fn not_inside_open_quotation() {
        assert_eq!(
            sents("وقال “انتهى الهجوم. وعاد الهدوء”. ثم غادر."),
            vec!["وقال “انتهى الهجوم. وعاد الهدوء”.", "ثم غادر."]
        );
        // ” used as an opener, as news does.
        assert_eq!(
            sents("وقال ”انتهى. وعاد” ثم غادر."),
            vec!["وقال ”انتهى. وعاد” ثم غادر."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_quotations() {
        assert_eq!(
            sents("عنوان بلا نقطة\nوقال “كلام بلا إغلاق.\nفقرة ثانية."),
            vec!["عنوان بلا نقطة", "وقال “كلام بلا إغلاق.", "فقرة ثانية."]
        );
    }

    #[test]
    fn closing_quote_after_stop_stays() {
        assert_eq!(sents("قال “انتهى.” ثم غادر."), vec!["قال “انتهى.”", "ثم غادر."]);
    }
}
