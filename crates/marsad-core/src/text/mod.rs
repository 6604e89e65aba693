//! The text layer: tokens, keys, sentences and boilerplate, all pointing
//! into the original text by code point offsets.
//!
//! [`TextLayer::new`] makes one pass over the text. It folds every character
//! ([`normalize`]), groups the result into tokens (Arabic words, Latin
//! words, numbers, punctuation, quotation marks), and writes the *stream*:
//! the match keys of all tokens but quotation marks, separated by single
//! spaces. Dictionaries (actors, places, triggers) run over the stream, so
//! `سجن “الصناعة”` is found as `سجن الصناعة`, and every byte of the stream
//! maps back to an original code point.

pub mod boilerplate;
pub mod clitic;
pub mod normalize;
pub mod sentence;

use crate::doc::Range;
use normalize::{Folded, KeyKind, fold_char, fold_into, is_quote_mark};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Arabic letters (with their marks and tatweel inside).
    Arabic,
    /// Latin (or other non-Arabic) letters, possibly with digits.
    Latin,
    /// Digits in any script, with decimal and thousands marks inside.
    Number,
    /// A quotation mark of any kind.
    Quote,
    /// Any other punctuation or symbol, one character each.
    Punct,
}

/// One token: its original span, its kind, and its key in the stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Original code point span.
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// Byte span of the token's key in [`TextLayer::stream`]; empty for
    /// quotation marks, which the stream leaves out.
    pub key_start: u32,
    pub key_end: u32,
    /// A line break stands between this token and the one before.
    pub newline_before: bool,
}

/// The text, its tokens and the key stream.
#[derive(Debug, Clone)]
pub struct TextLayer<'t> {
    pub text: &'t str,
    /// Byte offset of every code point, plus the text's length at the end.
    pub char_bytes: Vec<u32>,
    pub tokens: Vec<Token>,
    /// Token keys (match key) separated by single spaces.
    pub stream: String,
    /// For every byte of `stream`, the original code point it came from
    /// (separators map to the end of the token before them).
    pub stream_orig: Vec<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space { newline: bool },
    Mark, // drops out of the key: harakat, tatweel, invisibles
    Arabic,
    Latin,
    Digit,
    Quote,
    Punct,
}

fn classify(c: char) -> Class {
    if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
        return Class::Space { newline: true };
    }
    // The underscore joins the words of a hashtag (#معهد_الأورام): a space
    // to every layer above, so names inside hashtags are found.
    if c.is_whitespace() || c == '_' {
        return Class::Space { newline: false };
    }
    if is_quote_mark(c) {
        return Class::Quote;
    }
    match fold_char(c, KeyKind::Match) {
        Folded::Drop => Class::Mark,
        Folded::One(' ') => Class::Space { newline: false },
        Folded::One(x) if x.is_ascii_digit() => Class::Digit,
        Folded::One(x) if clitic::is_arabic_letter(x) => Class::Arabic,
        Folded::One(x) if x.is_alphanumeric() => Class::Latin,
        Folded::One(_) => Class::Punct,
        Folded::Expand if is_arabic_presentation(c) => Class::Arabic,
        Folded::Expand if matches!(c, '\u{FF10}'..='\u{FF19}') => Class::Digit,
        Folded::Expand if c.is_alphanumeric() => Class::Latin,
        Folded::Expand => Class::Punct,
    }
}

#[inline]
fn is_arabic_presentation(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

impl<'t> TextLayer<'t> {
    /// Tokenises `text` in one pass.
    pub fn new(text: &'t str) -> Self {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let mut char_bytes: Vec<u32> = chars.iter().map(|&(b, _)| b as u32).collect();
        char_bytes.push(text.len() as u32);
        let classes: Vec<Class> = chars.iter().map(|&(_, c)| classify(c)).collect();

        let mut layer = TextLayer {
            text,
            char_bytes,
            tokens: Vec::with_capacity(n / 4 + 1),
            stream: String::with_capacity(text.len()),
            stream_orig: Vec::with_capacity(text.len()),
        };

        let mut i = 0;
        let mut newline = false;
        while i < n {
            let cls = classes[i];
            let start = i;
            let kind = match cls {
                Class::Space { newline: nl } => {
                    newline |= nl;
                    i += 1;
                    continue;
                }
                Class::Mark => {
                    // A mark outside a word (a lone tatweel after لـ) is no token.
                    i += 1;
                    continue;
                }
                Class::Arabic => {
                    i += 1;
                    // Marks belong to the word while a letter follows them.
                    while i < n {
                        match classes[i] {
                            Class::Arabic => i += 1,
                            Class::Mark => {
                                let mut j = i;
                                while j < n && classes[j] == Class::Mark {
                                    j += 1;
                                }
                                if j < n && classes[j] == Class::Arabic {
                                    i = j;
                                } else {
                                    // Trailing harakat stay with the word; a trailing
                                    // tatweel (لـ) does not.
                                    let mut k = i;
                                    while k < j && chars[k].1 != '\u{0640}' && !normalize::is_invisible(chars[k].1) {
                                        k += 1;
                                    }
                                    i = k;
                                    break;
                                }
                            }
                            _ => break,
                        }
                    }
                    TokenKind::Arabic
                }
                Class::Latin => {
                    i += 1;
                    while i < n && matches!(classes[i], Class::Latin | Class::Digit) {
                        i += 1;
                    }
                    TokenKind::Latin
                }
                Class::Digit => {
                    i += 1;
                    loop {
                        while i < n && classes[i] == Class::Digit {
                            i += 1;
                        }
                        // 3.5 · 1,000 · ٣٫٥ · ١٬٠٠٠: a separator between digits.
                        if i + 1 < n && classes[i + 1] == Class::Digit && is_number_separator(chars[i].1) {
                            i += 1;
                            continue;
                        }
                        break;
                    }
                    TokenKind::Number
                }
                Class::Quote => {
                    i += 1;
                    TokenKind::Quote
                }
                Class::Punct => {
                    i += 1;
                    TokenKind::Punct
                }
            };
            layer.push_token(&chars[start..i], start as u32, kind, newline);
            newline = false;
        }
        layer
    }

    fn push_token(&mut self, chars: &[(usize, char)], start: u32, kind: TokenKind, newline_before: bool) {
        let end = start + chars.len() as u32;
        let (mut ks, mut ke) = (self.stream.len() as u32, self.stream.len() as u32);
        if kind != TokenKind::Quote {
            // A lone proclitic letter joined to its word by tatweel or a
            // quotation mark (لـ”قسد”، بـ"داعش") is glued to it in the stream,
            // as if written لقسد, so names after it match in context.
            let glued = kind == TokenKind::Arabic && !newline_before && self.glues_to_next(start);
            if !self.stream.is_empty() && !glued {
                self.stream.push(' ');
                let prev_end = self.tokens.last().map_or(0, |t| t.end.saturating_sub(1));
                self.stream_orig.push(prev_end);
            }
            ks = self.stream.len() as u32;
            for (k, &(_, c)) in chars.iter().enumerate() {
                let orig = start + k as u32;
                let stream = &mut self.stream;
                let so = &mut self.stream_orig;
                fold_into(c, KeyKind::Match, |x| {
                    stream.push(x);
                    for _ in 0..x.len_utf8() {
                        so.push(orig);
                    }
                });
            }
            ke = self.stream.len() as u32;
        }
        self.tokens.push(Token {
            start,
            end,
            kind,
            key_start: ks,
            key_end: ke,
            newline_before,
        });
    }

    /// True when the last non-quote token is a lone و ف ب ل ك and only
    /// tatweel, marks or quotation marks stand between it and `start`.
    fn glues_to_next(&self, start: u32) -> bool {
        let Some(prev) = self.tokens.iter().rev().find(|t| t.kind != TokenKind::Quote) else {
            return false;
        };
        if prev.kind != TokenKind::Arabic || !matches!(self.key(prev), "و" | "ف" | "ب" | "ل" | "ك") {
            return false;
        }
        let gap = self.slice(prev.end as usize, start as usize);
        !gap.is_empty()
            && gap
                .chars()
                .all(|c| c == '\u{0640}' || is_quote_mark(c) || normalize::is_invisible(c))
    }

    /// The token's match key.
    #[inline]
    pub fn key(&self, t: &Token) -> &str {
        &self.stream[t.key_start as usize..t.key_end as usize]
    }

    /// The original text of a code point span.
    #[inline]
    pub fn slice(&self, start: usize, end: usize) -> &'t str {
        let n = self.char_bytes.len() - 1;
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        &self.text[self.char_bytes[s] as usize..self.char_bytes[e] as usize]
    }

    /// A [`crate::doc::Span`] for a code point span.
    pub fn span(&self, start: usize, end: usize) -> crate::doc::Span {
        crate::doc::Span {
            start,
            end,
            text: self.slice(start, end).to_string(),
        }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// The original code point span of the stream's byte span `[a, b)`.
    pub fn stream_to_original(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.stream_orig[a] as usize;
        let e = if b > a { self.stream_orig[b - 1] as usize + 1 } else { s };
        (s, e)
    }

    /// Index of the token holding stream byte `b` (for a separator, the
    /// token before it).
    pub fn token_at_stream(&self, b: usize) -> usize {
        let mut i = self
            .tokens
            .partition_point(|t| t.key_start as usize <= b)
            .saturating_sub(1);
        // Quotation marks have empty keys: step back to the token with text.
        while i > 0 && self.tokens[i].key_start == self.tokens[i].key_end {
            i -= 1;
        }
        i
    }

    /// Index of the first token that starts at or after code point `pos`.
    pub fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < pos)
    }

    /// Tokens inside a code point range.
    pub fn tokens_in(&self, r: Range) -> std::ops::Range<usize> {
        let a = self.token_from(r.start);
        let b = self.tokens.partition_point(|t| (t.end as usize) <= r.end);
        a..b.max(a)
    }
}

#[inline]
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, TokenKind)> {
        let l = TextLayer::new(s);
        l.tokens
            .iter()
            .map(|t| (l.slice(t.start as usize, t.end as usize).to_string(), t.kind))
            .collect()
    }

    #[test]
    fn tatweel_and_quote_between_clitic_and_name() {
        let t = toks("لـ”قسد”");
        assert_eq!(
            t,
            vec![
                ("ل".into(), TokenKind::Arabic),
                ("”".into(), TokenKind::Quote),
                ("قسد".into(), TokenKind::Arabic),
                ("”".into(), TokenKind::Quote)
            ]
        );
    }

    #[test]
    fn numbers_in_both_scripts() {
        let t = toks("قتل 1,000 و3.5 و١٬٠٠٠ و٣٫٥");
        let nums: Vec<_> = t
            .iter()
            .filter(|(_, k)| *k == TokenKind::Number)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(nums, vec!["1,000", "3.5", "١٬٠٠٠", "٣٫٥"]);
    }

    #[test]
    fn arabic_punctuation_and_quotes() {
        let t = toks("قال، «نعم»؛ هل؟ ‹لا› „ja“");
        let kinds: Vec<_> = t.iter().map(|(_, k)| *k).collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            vec![
                Arabic, Punct, Quote, Arabic, Quote, Punct, Arabic, Punct, Quote, Arabic, Quote, Quote, Latin, Quote
            ]
        );
    }

    #[test]
    fn harakat_stay_inside_words() {
        let t = toks("مُحَمَّدٌ وصل");
        assert_eq!(t[0].0, "مُحَمَّدٌ");
        let l = TextLayer::new("مُحَمَّدٌ وصل");
        assert_eq!(l.key(&l.tokens[0]), "محمد");
        assert_eq!(l.stream, "محمد وصل");
    }

    #[test]
    fn stream_skips_quotes_and_maps_back() {
        let l = TextLayer::new("سجن “الصناعة” في\u{200F} الحسكة");
        assert_eq!(l.stream, "سجن الصناعة في الحسكة");
        let b = l.stream.find("الحسكة").unwrap();
        let (s, e) = l.stream_to_original(b, b + "الحسكة".len());
        assert_eq!(l.slice(s, e), "الحسكة");
    }

    #[test]
    fn lone_proclitic_glued_in_stream() {
        let l = TextLayer::new("المركز الإعلامي لـ”قسد”، وبـ \"داعش\"");
        assert_eq!(l.stream, "المركز الاعلامي لقسد ، وب داعش");
        assert_eq!(l.tokens.iter().filter(|t| t.kind == TokenKind::Arabic).count(), 6);
    }

    #[test]
    fn latin_words_and_newlines() {
        let l = TextLayer::new("SDF قالت\r\nT4");
        assert_eq!(l.tokens.len(), 3);
        assert_eq!(l.tokens[0].kind, TokenKind::Latin);
        assert!(l.tokens[2].newline_before);
        assert_eq!(l.key(&l.tokens[0]), "sdf");
    }
}

#[cfg(test)]
mod hashtag_tests {
    use super::*;

    #[test]
    fn underscores_in_hashtags_separate_words() {
        let l = TextLayer::new("#معهد_الأورام بالمنيل");
        let words: Vec<&str> = l
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Arabic)
            .map(|t| l.slice(t.start as usize, t.end as usize))
            .collect();
        assert_eq!(words, vec!["معهد", "الأورام", "بالمنيل"]);
    }
}
