//! Clitic segmentation: the candidate readings of one word.
//!
//! Arabic attaches conjunctions (و ف), prepositions (ب ل ك), the future
//! particle (س) and the article (ال, and لل = ل + ال) to the front of a word,
//! and object/possessive pronouns (ه ها هم هما هن ك كم كن نا ني ي) to its
//! end. Without a lexicon we cannot tell وحلب (و + حلب) from ولاية (a word),
//! so every token gets all its plausible readings and later layers check
//! the stem against what they know.

/// One reading of a word: how many key characters of prefix and suffix are
/// clitics, and whether the prefix contains the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Analysis {
    /// Clitic characters at the front (و, وب, ال, وال, لل …).
    pub prefix: u8,
    /// Pronoun characters at the end (ه, ها, هم …).
    pub suffix: u8,
    /// The prefix holds the article (ال, or لل where the alef fell).
    pub article: bool,
    /// The prefix is لل: the stem is the word after "ل + ال".
    pub lil: bool,
}

/// Shortest stem a split may leave: two letters (دم, يد); shorter is never a word.
pub const MIN_STEM: usize = 2;

/// Proclitic strings (in key form) that may stand before a noun or verb,
/// with whether they contain the article. Longest first.
const PROCLITICS: &[(&str, bool)] = &[
    ("وبال", true),
    ("فبال", true),
    ("وكال", true),
    ("فكال", true),
    ("وال", true),
    ("فال", true),
    ("بال", true),
    ("كال", true),
    ("ولل", true),
    ("فلل", true),
    ("لل", true),
    ("ال", true),
    ("وب", false),
    ("فب", false),
    ("ول", false),
    ("فل", false),
    ("وك", false),
    ("فك", false),
    ("وس", false),
    ("فس", false),
    ("و", false),
    ("ف", false),
    ("ب", false),
    ("ل", false),
    ("ك", false),
    ("س", false),
];

/// Pronoun suffixes (key form). Longest first.
const ENCLITICS: &[&str] = &["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];

/// True when `p` (key form) is a string of proclitics that may precede a
/// stem: و، ف، ب، ل، ك، س and ال in their legal orders.
pub fn is_proclitic(p: &str) -> bool {
    p.is_empty() || PROCLITICS.iter().any(|(q, _)| *q == p)
}

/// True when `p` (key form) is a proclitic string without the article and
/// without the future particle: what may precede a name that lacks ال.
pub fn is_name_proclitic(p: &str) -> bool {
    matches!(
        p,
        "" | "و" | "ف" | "ب" | "ل" | "ك" | "وب" | "فب" | "ول" | "فل" | "وك" | "فك"
    )
}

/// True when `s` (key form) is a pronoun suffix.
pub fn is_enclitic(s: &str) -> bool {
    s.is_empty() || ENCLITICS.contains(&s)
}

/// All readings of a word given in key form, the unsegmented reading
/// first. A reading is offered only when its stem keeps at least
/// [`MIN_STEM`] letters (three when both a prefix and a suffix are cut).
pub fn analyses(word: &str) -> Vec<Analysis> {
    let mut out = Vec::with_capacity(6);
    analyses_into(word, &mut out);
    out
}

/// [`analyses`] into a caller's buffer (cleared first), for hot loops.
pub fn analyses_into(word: &str, out: &mut Vec<Analysis>) {
    out.clear();
    let n = word.chars().count();
    out.push(Analysis {
        prefix: 0,
        suffix: 0,
        article: false,
        lil: false,
    });
    if n < MIN_STEM + 1 || !word.chars().all(is_arabic_letter) {
        return;
    }
    // No allocation: candidate prefixes and suffixes are checked in place.
    let rest_ok = |p: &str| !p.ends_with('س') || word[p.len()..].starts_with(['ي', 'ت', 'ن', 'ا']);
    let suffix_len = |s: &str| {
        if word.ends_with(s) {
            Some(s.chars().count())
        } else {
            None
        }
    };
    let mut push = |p: usize, article: bool, lil: bool, s: usize| {
        // An article and a pronoun suffix never go together.
        if (p == 0 && s == 0) || (article && s > 0) {
            return;
        }
        let min = if p > 0 && s > 0 { MIN_STEM + 1 } else { MIN_STEM };
        if n >= p + s + min {
            out.push(Analysis {
                prefix: p as u8,
                suffix: s as u8,
                article,
                lil,
            });
        }
    };
    // The matching suffixes, found once (at most three: ها، ا… never more).
    let mut sufs = [0usize; 4];
    let mut ns = 0;
    if word.ends_with(['ه', 'ا', 'م', 'ن', 'ك', 'ي']) {
        for s in ENCLITICS {
            if let Some(slen) = suffix_len(s)
                && ns < sufs.len()
            {
                sufs[ns] = slen;
                ns += 1;
            }
        }
    }
    let may_have_prefix = word.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ا']);
    let prefixes = std::iter::once(("", false)).chain(PROCLITICS.iter().copied().filter(|_| may_have_prefix));
    for (p, article) in prefixes {
        if !word.starts_with(p) || !rest_ok(p) {
            continue;
        }
        let plen = p.chars().count();
        let lil = p.ends_with("لل");
        push(plen, article, lil, 0);
        for &slen in &sufs[..ns] {
            push(plen, article, lil, slen);
        }
    }
}

/// True for the 28 letters and the hamza forms (key form: no marks).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

impl Analysis {
    /// The stem of `word` (key form) under this reading, as a borrowed slice.
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        let start = word
            .char_indices()
            .nth(self.prefix as usize)
            .map_or(word.len(), |(b, _)| b);
        let n = word.chars().count();
        let keep = n.saturating_sub(self.prefix as usize + self.suffix as usize);
        let end = word[start..]
            .char_indices()
            .nth(keep)
            .map_or(word.len(), |(b, _)| start + b);
        &word[start..end]
    }

    /// The stem with its article: الحسكة for بالحسكة and للحسكة; `None`
    /// when the reading has no article.
    pub fn definite_stem(&self, word: &str) -> Option<String> {
        if !self.article {
            return None;
        }
        Some(format!("ال{}", self.stem(word)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(w: &str) -> Vec<String> {
        analyses(w).iter().map(|a| a.stem(w).to_string()).collect()
    }

    #[test]
    fn preposition_and_article() {
        let s = stems("بالحسكة");
        assert!(s.contains(&"الحسكة".to_string()) || s.contains(&"حسكة".to_string()));
        let a = analyses("بالحسكة").into_iter().find(|a| a.article).unwrap();
        assert_eq!(a.stem("بالحسكة"), "حسكة");
        assert_eq!(a.definite_stem("بالحسكة").as_deref(), Some("الحسكة"));
        assert_eq!(a.prefix, 3);
    }

    #[test]
    fn conjunction() {
        assert!(stems("وحلب").contains(&"حلب".to_string()));
        assert_eq!(stems("وحلب")[0], "وحلب");
    }

    #[test]
    fn lil_is_li_plus_article() {
        let a = analyses("للتنظيم").into_iter().find(|a| a.lil).unwrap();
        assert_eq!(a.stem("للتنظيم"), "تنظيم");
        assert_eq!(a.definite_stem("للتنظيم").as_deref(), Some("التنظيم"));
    }

    #[test]
    fn enclitics() {
        assert!(stems("هجومه").contains(&"هجوم".to_string()));
        assert!(stems("مقاتليه").contains(&"مقاتلي".to_string()));
        assert!(stems("وقتلهم").contains(&"قتل".to_string()));
    }

    #[test]
    fn never_too_short() {
        // و + ل would leave nothing; بل, فم stay whole.
        assert_eq!(stems("ول"), vec!["ول"]);
        assert_eq!(stems("بل"), vec!["بل"]);
        // ب + ه would leave one letter.
        assert!(!stems("بيه").contains(&"ي".to_string()));
        assert!(stems("وهو").iter().all(|s| s.chars().count() >= 2));
    }

    #[test]
    fn future_particle_only_before_imperfect() {
        assert!(stems("سيقتل").contains(&"يقتل".to_string()));
        assert!(!stems("سجن").contains(&"جن".to_string()));
    }

    #[test]
    fn latin_and_digits_have_one_reading() {
        assert_eq!(analyses("SDF").len(), 1);
        assert_eq!(analyses("2019").len(), 1);
    }
}
