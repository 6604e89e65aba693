//! Reporting cues from the shipped cue list, on sentences written for
//! these tests.

use marsad_core::{Extractor, Meta};

/// (cue, stance) of each quote.
fn cues(text: &str) -> Vec<(String, String)> {
    let ex = Extractor::new().expect("resources");
    let doc = ex.extract(text, &Meta::default()).expect("extract");
    doc.quotes
        .iter()
        .map(|q| (q.cue.text.clone(), q.stance.clone()))
        .collect()
}

/// A vow in a participle after a statement (متوعدا بـ) is a quote of its
/// own, coded demand as توعد is.
#[test]
fn a_vow_in_a_participle_is_a_quote() {
    assert_eq!(
        cues("وقال المتحدث إن الهجوم لن يمر دون رد، متوعدا بمزيد من الضربات في العمق."),
        vec![
            ("قال".to_string(), "assert".to_string()),
            ("متوعدا".to_string(), "demand".to_string())
        ]
    );
}

/// أن after a contrast (غير أن، رغم أن) opens a clause of its own: it is
/// not what the negated cue before it («لم تعلن») reports.
#[test]
fn a_contrast_is_no_content_of_the_cue_before_it() {
    let found = cues("ولم تعلن الجماعة مسؤوليتها عن الهجوم، غير أن قياديا فيها قال للصحفيين إن المطارات هدف مشروع.");
    assert!(found.iter().all(|(cue, _)| cue != "تعلن"), "{found:?}");
    assert!(found.iter().any(|(cue, _)| cue == "قال"), "{found:?}");
}
