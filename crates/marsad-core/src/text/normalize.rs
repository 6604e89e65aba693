//! Arabic normalisation for matching, with a map back to the original text.
//!
//! Two keys are derived from any text:
//! - the *match key* folds what writers vary freely — presentation forms
//!   (NFKC), harakat and the dagger alef, tatweel, the hamza-carrying alefs
//!   (أ إ آ ٱ → ا), ى → ي, ؤ → و, ئ → ي, Arabic-Indic and Persian digits,
//!   ٫ ٬, invisible marks, quotation marks, Latin case — but keeps ة;
//! - the *search key* also folds ة → ه, as users type it either way.
//!
//! Normalisation never changes the record's offsets: [`Normalized`] keeps,
//! for every byte of the key, the code point of the original text it came
//! from.

use unicode_normalization::UnicodeNormalization;

/// Which key to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// Keeps ة: for lexicon and gazetteer matching.
    Match,
    /// Also folds ة → ه: for full-text search.
    Search,
}

/// What one original character becomes in the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folded {
    /// Nothing: a mark, tatweel, an invisible character.
    Drop,
    /// One character.
    One(char),
    /// A compatibility character that expands (ﻻ → لا, ﷲ → الله).
    Expand,
}

/// True for harakat, Quranic marks and the dagger alef.
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// True for characters that carry no text: bidi marks, joiners, BOM, soft hyphen.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{061C}'
    )
}

/// True for the quotation marks Arabic news uses.
#[inline]
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '«' | '»' | '‹' | '›' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '″' | '＂'
    )
}

/// Folds one character. `Expand` means: run NFKC on it and fold each result.
#[inline]
pub fn fold_char(c: char, kind: KeyKind) -> Folded {
    use Folded::*;
    if c.is_ascii() {
        return One(c.to_ascii_lowercase());
    }
    match c {
        '\u{0640}' => Drop, // tatweel
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => One('ا'),
        'ى' | 'ی' | 'ئ' => One('ي'),
        'ؤ' => One('و'),
        'ة' if kind == KeyKind::Search => One('ه'),
        // The plain letters, the common case, before the slower checks.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => One(c),
        c if is_diacritic(c) => Drop,
        c if is_invisible(c) => Drop,
        'ک' => One('ك'),
        'ە' if kind == KeyKind::Search => One('ه'),
        '٠'..='٩' => One(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => One(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٫' => One('.'),
        '٬' => One(','),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => One(' '),
        c if is_quote_mark(c) => One(if matches!(c, '‘' | '’' | '‚' | '‛') {
            '\''
        } else {
            '"'
        }),
        // Arabic block letters and common punctuation need no NFKC.
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => One(c),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{2100}'..='\u{218F}' => Expand,
        c if c.is_uppercase() => {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => One(x),
                _ => One(c),
            }
        }
        c => One(c),
    }
}

/// Calls `out` with every key character `c` folds to.
#[inline]
pub fn fold_into(c: char, kind: KeyKind, mut out: impl FnMut(char)) {
    match fold_char(c, kind) {
        Folded::Drop => {}
        Folded::One(x) => out(x),
        Folded::Expand => {
            for d in std::iter::once(c).nfkc() {
                match fold_char(d, kind) {
                    Folded::One(x) => out(x),
                    // NFKC output is never a presentation form again.
                    Folded::Expand => out(d),
                    Folded::Drop => {}
                }
            }
        }
    }
}

/// The key of a short string (a lexicon entry, a query): no offset map.
pub fn key(s: &str, kind: KeyKind) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        fold_into(c, kind, |x| {
            // Collapse runs of white space, trim the ends.
            if x.is_whitespace() {
                if !space {
                    out.push(' ');
                    space = true;
                }
            } else {
                out.push(x);
                space = false;
            }
        });
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The match key of a short string (keeps ة).
pub fn match_key(s: &str) -> String {
    key(s, KeyKind::Match)
}

/// The search key of a short string (ة → ه).
pub fn search_key(s: &str) -> String {
    key(s, KeyKind::Search)
}

/// A key of a whole text, with its map back to original code points.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The folded text.
    pub key: String,
    /// For every byte of `key`, the index of the original code point it
    /// came from; one extra entry at the end holds the original length.
    pub map: Vec<u32>,
}

impl Normalized {
    /// Normalises `text` (white space is kept as is, one for one).
    pub fn new(text: &str, kind: KeyKind) -> Self {
        let mut key = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len() + 1);
        let mut n = 0u32;
        for (i, c) in text.chars().enumerate() {
            let i = i as u32;
            fold_into(c, kind, |x| {
                key.push(x);
                map.extend(std::iter::repeat_n(i, x.len_utf8()));
            });
            n = i + 1;
        }
        map.push(n);
        Normalized { key, map }
    }

    /// The original code point span of the key's byte span `[a, b)`.
    pub fn original(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.map[a] as usize;
        let end = if b > a { self.map[b - 1] as usize + 1 } else { start };
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alef_ya_marks_tatweel() {
        assert_eq!(match_key("أَحْمَد إبراهيم آمال ٱلله"), "احمد ابراهيم امال الله");
        assert_eq!(match_key("مصطفى"), "مصطفي");
        assert_eq!(match_key("الحســـكة"), "الحسكة");
        assert_eq!(match_key("مُؤَسَّسَة شاطِئ"), "موسسة شاطي");
        assert_eq!(match_key("الرحمٰن"), "الرحمن");
    }

    #[test]
    fn taa_marbuta_only_in_search_key() {
        assert_eq!(match_key("الحسكة"), "الحسكة");
        assert_eq!(search_key("الحسكة"), "الحسكه");
        assert_eq!(search_key("الحسكه"), "الحسكه");
    }

    #[test]
    fn presentation_forms_via_nfkc() {
        assert_eq!(match_key("ﻻ"), "لا");
        assert_eq!(match_key("ﷲ"), "الله");
        assert_eq!(match_key("ﺍﻟﺤﺴﻜﺔ"), "الحسكة");
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(match_key("١٢٣٤٥٦٧٨٩٠"), "1234567890");
        assert_eq!(match_key("۱۲۳"), "123");
        assert_eq!(match_key("٣٫٥ و١٬٠٠٠"), "3.5 و1,000");
    }

    #[test]
    fn invisible_marks_and_spaces() {
        assert_eq!(match_key("قسد\u{200F}\u{200C}\u{FEFF}\u{00AD}"), "قسد");
        assert_eq!(match_key("حلب\u{00A0}\u{00A0}دمشق"), "حلب دمشق");
        assert_eq!(match_key("“قسد” «داعش»"), "\"قسد\" \"داعش\"");
        assert_eq!(match_key("ISIS Daesh"), "isis daesh");
    }

    #[test]
    fn offset_map_points_to_original_code_points() {
        let text = "لـ”قسد” ﻻ";
        let n = Normalized::new(text, KeyKind::Match);
        assert_eq!(n.key, "ل\"قسد\" لا");
        let b = n.key.find("قسد").unwrap();
        let (s, e) = n.original(b, b + "قسد".len());
        let orig: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(orig, "قسد");
        let b = n.key.find("لا").unwrap();
        let (s, e) = n.original(b, b + "لا".len());
        assert_eq!((s, e), (8, 9));
    }
}
