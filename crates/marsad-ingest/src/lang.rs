//! Is this text Arabic? (`whatlang`, on the first few thousand characters.)

use whatlang::{Detector, Lang, Script};

/// How much text the language check looks at.
const SAMPLE_BYTES: usize = 4000;

/// `None` when `text` is Arabic; otherwise the ISO 639-3 code of the
/// language detected (`"eng"`), or `"und"` when none could be.
///
/// Arabic script is not enough (Persian and Urdu use it), but short or
/// mixed Arabic is easily mistaken for Persian, so a page in Arabic script
/// counts as Arabic unless whatlang is confident it is another language.
pub(crate) fn non_arabic(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    match whatlang::detect_script(sample) {
        Some(Script::Arabic) => {
            let detector = Detector::with_allowlist(vec![Lang::Ara, Lang::Pes, Lang::Urd]);
            match detector.detect(sample) {
                Some(info) if info.lang() != Lang::Ara && info.is_reliable() => Some(info.lang().code()),
                _ => None,
            }
        }
        Some(_) => Some(whatlang::detect(sample).map(|i| i.lang().code()).unwrap_or("und")),
        None => Some("und"),
    }
}

#[cfg(test)]
mod tests {
    use super::non_arabic;

    #[test]
    fn arabic_and_not() {
        assert_eq!(
            non_arabic("قتل 11 مدنياً بقصف بطائرة مسيّرة على بلدة آفس في ريف إدلب الشرقي صباح الثلاثاء"),
            None
        );
        assert_eq!(
            non_arabic("A drone strike killed 12 people in a village in Idlib province on Tuesday."),
            Some("eng")
        );
        assert_eq!(non_arabic("12345 67"), Some("und"));
    }
}
