//! Boilerplate: lines that are not the article ("read also" links,
//! newsletter prompts, share/follow lines, copyright lines, related lists).
//!
//! The patterns are data (`data/text/boilerplate.tsv`); this module only
//! applies them line by line on match keys and merges adjacent marked lines
//! into one span. Nothing inside a boilerplate span yields records.

use super::normalize::match_key;
use crate::doc::Range;
use crate::error::Error;

/// Compiled boilerplate patterns (match keys).
#[derive(Debug, Clone, Default)]
pub struct BoilerplateRules {
    prefix: Vec<String>,
    contains: Vec<String>,
    line: Vec<String>,
    /// Headings that also mark the short lines after them.
    related: Vec<String>,
}

/// A line of a related list is short: at most this many words.
const RELATED_ITEM_MAX_WORDS: usize = 16;

impl BoilerplateRules {
    /// Parses `kind<TAB>match<TAB>pattern` rows (header first).
    pub fn parse(tsv: &str, file: &str) -> Result<Self, Error> {
        let mut r = BoilerplateRules::default();
        for (n, row) in tsv.lines().enumerate().skip(1) {
            if row.trim().is_empty() || row.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() != 3 {
                return Err(Error::Resource {
                    file: file.into(),
                    line: n + 1,
                    message: format!("expected 3 columns, found {}", cols.len()),
                });
            }
            let key = trim_key(&match_key(cols[2]));
            match (cols[0], cols[1]) {
                ("related", "line") => r.related.push(key),
                (_, "prefix") => r.prefix.push(key),
                (_, "contains") => r.contains.push(key),
                (_, "line") => r.line.push(key),
                (_, other) => {
                    return Err(Error::Resource {
                        file: file.into(),
                        line: n + 1,
                        message: format!("unknown match {other:?}: use prefix, contains or line"),
                    });
                }
            }
        }
        Ok(r)
    }

    /// The boilerplate spans of `text`, in code points.
    pub fn find(&self, text: &str) -> Vec<Range> {
        // (start, end) of each trimmed line, in code points, and whether it is marked.
        let mut lines: Vec<(usize, usize, bool, bool)> = Vec::new(); // start, end, marked, blank
        let mut pos = 0usize;
        let mut in_related = false;
        for raw in text.split('\n') {
            let n = raw.chars().count();
            let lead = raw.chars().take_while(|c| c.is_whitespace()).count();
            let trail = raw.chars().rev().take_while(|c| c.is_whitespace()).count();
            let blank = lead == n;
            let (s, e) = if blank {
                (pos, pos)
            } else {
                (pos + lead, pos + n - trail)
            };
            let mut marked = false;
            if !blank {
                let key = trim_key(&match_key(raw));
                if self.related.contains(&key) {
                    marked = true;
                    in_related = true;
                } else if self.prefix.iter().any(|p| key.starts_with(p.as_str()))
                    || self.contains.iter().any(|p| key.contains(p.as_str()))
                    || self.line.contains(&key)
                    || (in_related && key.split(' ').count() <= RELATED_ITEM_MAX_WORDS)
                {
                    marked = true;
                } else {
                    in_related = false;
                }
            }
            lines.push((s, e, marked, blank));
            pos += n + 1;
        }
        let mut out: Vec<Range> = Vec::new();
        let mut prev_marked = false;
        for &(s, e, marked, _blank) in &lines {
            if marked {
                match out.last_mut() {
                    Some(last) if prev_marked => last.end = e,
                    _ => out.push(Range { start: s, end: e }),
                }
            }
            prev_marked = marked;
        }
        out
    }
}

/// Strips punctuation and symbols from both ends of a key (bullets,
/// colons, quotes), so "• اقرأ أيضاً:" starts with "اقرا ايضا".
fn trim_key(k: &str) -> String {
    k.trim_matches(|c: char| !c.is_alphanumeric() && c != '©').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> BoilerplateRules {
        BoilerplateRules::parse(include_str!("../../../../data/text/boilerplate.tsv"), "boilerplate.tsv").unwrap()
    }

    fn marked(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        rules()
            .find(text)
            .iter()
            .map(|r| chars[r.start..r.end].iter().collect())
            .collect()
    }

    #[test]
    fn read_also_and_newsletter_lines() {
        let t = "قتل جندي في درعا.\n\nاقرأ أيضاً: عنوان مقال آخر\n\nهل أعجبك المحتوى؟\nاشترك في نشرتنا البريدية.";
        assert_eq!(
            marked(t),
            vec![
                "اقرأ أيضاً: عنوان مقال آخر",
                "هل أعجبك المحتوى؟\nاشترك في نشرتنا البريدية."
            ]
        );
    }

    #[test]
    fn related_list_marks_following_short_lines() {
        let t = "نص الخبر هنا.\nمواضيع ذات صلة\nعنوان أول\nعنوان ثان\n";
        assert_eq!(marked(t), vec!["مواضيع ذات صلة\nعنوان أول\nعنوان ثان"]);
    }

    #[test]
    fn copyright_and_share_lines() {
        let t = "خبر.\n© 2024 جميع الحقوق محفوظة\nتابعونا على فيسبوك";
        assert_eq!(marked(t), vec!["© 2024 جميع الحقوق محفوظة\nتابعونا على فيسبوك"]);
    }

    #[test]
    fn article_lines_are_not_marked() {
        assert!(marked("وقال المتحدث إن الاشتباكات مستمرة.\nوأضاف أن الوضع هادئ.").is_empty());
    }
}
