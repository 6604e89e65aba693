//! Offset invariants on random text: every span in every record slices
//! exactly to its `text`, and the extractor never panics.

use marsad_core::text::TextLayer;
use marsad_core::{Extractor, Meta};
use proptest::prelude::*;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().expect("resources load"))
}

/// Pieces random documents are made of: Arabic words with clitics, marks
/// and tatweel, digits in three scripts, Latin, punctuation and every
/// quotation mark, emoji, bidi marks, joiners, CRLF, NBSP, presentation forms.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("قتل".to_string()),
        Just("بالحسكة".to_string()),
        Just("لـ”قسد”".to_string()),
        Just("مُحَمَّدٌ".to_string()),
        Just("الخميس الماضي".to_string()),
        Just("أمس الاثنين".to_string()),
        Just("آذار/ مارس 2019".to_string()),
        Just("تشرين الثاني".to_string()),
        Just("نحو 3 آلاف".to_string()),
        Just("خمسة وعشرون".to_string()),
        Just("١٬٠٠٠".to_string()),
        Just("٣٫٥".to_string()),
        Just("۱۲".to_string()),
        Just("SDF".to_string()),
        Just("ﻻ ﷲ".to_string()),
        Just("😀".to_string()),
        Just("\u{200F}".to_string()),
        Just("\u{200C}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{00A0}".to_string()),
        Just("ـــ".to_string()),
        Just(" ".to_string()),
        Just("، ".to_string()),
        Just(". ".to_string()),
        Just("؟".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("اقرأ أيضا: ".to_string()),
        "[\\u0600-\\u06FFa-z0-9 .،\\n]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn check_spans(v: &serde_json::Value, chars: &[char], path: &str) -> Result<(), String> {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(|x| x.as_u64()),
                m.get("end").and_then(|x| x.as_u64()),
            ) {
                let (s, e) = (s as usize, e as usize);
                if s > e || e > chars.len() {
                    return Err(format!("{path}: [{s},{e}) outside the text of {} chars", chars.len()));
                }
                if let Some(t) = m.get("text").and_then(|x| x.as_str()) {
                    let slice: String = chars[s..e].iter().collect();
                    if slice != t {
                        return Err(format!("{path}: [{s},{e}) is {slice:?}, record says {t:?}"));
                    }
                }
            }
            for (k, x) in m {
                check_spans(x, chars, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_spans(x, chars, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_span_slices_to_its_text(pieces in prop::collection::vec(piece(), 0..40), published in prop::bool::ANY) {
        let text: String = pieces.concat();
        let meta = Meta { published: published.then(|| "2022-01-25".to_string()), ..Meta::default() };
        let doc = extractor().extract(&text, &meta).expect("extract");
        let v = serde_json::to_value(&doc).expect("json");
        let chars: Vec<char> = text.chars().collect();
        prop_assert_eq!(doc.doc.chars, chars.len());
        if let Err(e) = check_spans(&v, &chars, "$") {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn tokens_are_ordered_and_inside_the_text(pieces in prop::collection::vec(piece(), 0..40)) {
        let text: String = pieces.concat();
        let layer = TextLayer::new(&text);
        let n = text.chars().count() as u32;
        let mut last = 0;
        for t in &layer.tokens {
            prop_assert!(t.start < t.end && t.end <= n);
            prop_assert!(t.start >= last);
            last = t.end;
        }
        prop_assert_eq!(layer.stream.len(), layer.stream_orig.len());
    }
}
