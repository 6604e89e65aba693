//! When events happened: a report's own date bounds what it reports, and
//! a date something lasts until is no event's date.

use marsad_core::{Extractor, Meta};

/// (trigger, time value) of each event, in order.
fn times(text: &str, published: &str) -> Vec<(String, Option<String>)> {
    let ex = Extractor::new().expect("resources");
    let meta = Meta {
        published: Some(published.to_string()),
        ..Meta::default()
    };
    let doc = ex.extract(text, &meta).expect("extract");
    doc.events
        .iter()
        .map(|e| {
            let value = e
                .time
                .as_ref()
                .and_then(|id| doc.times.iter().find(|t| &t.id == id))
                .and_then(|t| t.value.clone());
            (e.trigger.text.clone(), value)
        })
        .collect()
}

/// «حتى صباح اليوم»: until when no group claimed the attack, not when it
/// happened; the attack stays on the day its sentence gives.
#[test]
fn a_date_something_lasts_until_dates_nothing() {
    assert_eq!(
        times(
            "قتل ستة جنود في هجوم على موقع للجيش قرب الحدود مساء أمس الأحد. \
             ولم تتبن أي جهة الهجوم حتى صباح اليوم.",
            "2025-03-10"
        ),
        vec![("هجوم".to_string(), Some("2025-03-09".to_string()))]
    );
}
