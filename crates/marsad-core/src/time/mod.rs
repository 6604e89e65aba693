//! Times → TIMEX3 (see output-format.md): absolute dates in every Arabic
//! month-name series, Hijri dates, dates relative to the publication date,
//! clock times, durations and recurring times.
//!
//! # What is read
//!
//! - **Absolute dates**: `24/1/2022`, `2022-01-24`, `24.1.2022`; a day,
//!   month name and year (`24 كانون الثاني 2022`, `24 يناير 2022`,
//!   `3 من شهر آذار 2019`); a month and year (`آذار 2019`, `آذار من عام
//!   2019`); a year after a cue word (`عام 2019`، `سنة 2011`، `منذ 2011`,
//!   and lists `عامي 2019 و2020`) — a bare `2019` is a number, not a year.
//! - **Every month-name series** (`data/time/months.tsv`): Levantine/Iraqi,
//!   Egyptian/Gulf, Moroccan, Maghrebi and Hijri, with glosses in another
//!   series read as one expression (`تشرين الثاني/نوفمبر`، `آذار/ مارس`،
//!   `يونيو (حزيران)`). Names that are also ordinary words (آب، أيار، تموز،
//!   مارس، ماي، رجب، رمضان …) need a day, a year, a gloss, a modifier, or a
//!   cue before them (`شهر آب`، `في أيار الماضي`، `مطلع آذار`); the file
//!   says which need what.
//! - **Hijri dates** (`15 رمضان 1443 هـ`، `محرم 1444`) are converted with
//!   the Umm al-Qura calendar (`icu_calendar`): `value` is Gregorian,
//!   `expr` keeps the Hijri date (`1443-09-15`) and `calendar` is
//!   `hijri-umm-al-qura`. A Hijri month without a day gets the Gregorian
//!   month in which it *starts* (محرم 1444 began on 30 July 2022 →
//!   `2022-07`); a Hijri year gets the Gregorian year in which it starts.
//!   A Hijri month with a Gregorian year (`رمضان 2022`) is the one that
//!   starts in that year.
//! - **Relative to the publication date**: أمس، أول أمس، اليوم، غدا، الليلة
//!   الماضية; weekdays alone (the nearest on or before the publication
//!   date — news reports the past), with الماضي/الفائت/المنصرم (the one
//!   strictly before) or المقبل/القادم (strictly after); `أمس الاثنين` (the
//!   weekday in apposition; the value is yesterday's date); parts of day
//!   before a day (`صباح الإثنين`، `مساء أمس`، `فجر اليوم`، `ليلة الخميس`:
//!   the value is the day, the part goes in `expr` as TIMEX3 `TMO`/`TMI`/
//!   `TAF`/`TEV`/`TNI`); الأسبوع/الشهر/العام + الماضي/المقبل/الجاري (ISO week
//!   `2022-W03`, month, year); `قبل شهرين`، `منذ ثلاثة أيام`، `قبل نحو
//!   أسبوع` (days and weeks give a day, months a month, years a year);
//!   months and days without a year (`في آذار`، `24 كانون الثاني`: the most
//!   recent not after the publication date, a day allowing
//!   [`calendar::DAY_TOLERANCE`] days ahead); `24 الجاري`، `3 من الشهر
//!   الماضي`; part-of-period words (`مطلع`، `منتصف`، `أواخر` + a month, a
//!   year, or الشهر/العام) — the value is the month or year itself.
//! - **Clock times**: `الساعة السادسة مساء` → `T18:00`, `الساعة 10:30
//!   صباحا`, `الساعة الثانية عشرة ظهرا` → `T12:00`, `الساعة الواحدة بعد
//!   منتصف الليل` → `T01:00`, minutes (`والنصف`، `إلا ربعا`، `وعشر دقائق`),
//!   and without الساعة an hour word with its part of day (`السادسة مساء`)
//!   or digits with minutes (`22:15`). The value is the bare time.
//! - **Durations**: a number in digits or words (any case and gender, teens
//!   and tens) and a unit (`سبعة أيام` → `P7D`, `48 ساعة` → `PT48H`,
//!   `عشر سنوات` → `P10Y`), duals alone (`يومين` → `P2D`, `أسبوعين` →
//!   `P2W`), one unit after a cue (`لمدة أسبوع` → `P1W`); `لمدة مماثلة`
//!   repeats the duration before it and is anchored to it. The cue (لمدة)
//!   stays outside the span.
//! - **Recurring times** (SET): يوميا، أسبوعيا، كل يوم، كل شهر.
//! - **Ranges** (`من 24 إلى 26 يناير`، `من الساعة السادسة مساء وحتى
//!   السادسة صباحا`): both ends, each its own time.
//!
//! # `expr`: the unresolved form
//!
//! `expr` is a TIMEX3 value with `X` for what the anchor supplies, and a
//! suffix for how the anchor supplies it:
//!
//! | text | expr | value (published 2022-01-25) |
//! |---|---|---|
//! | الخميس | `XXXX-WXX-4` | `2022-01-20` (on or before) |
//! | الخميس الماضي | `XXXX-WXX-4-PREV` | `2022-01-20` |
//! | الخميس المقبل | `XXXX-WXX-4-NEXT` | `2022-01-27` |
//! | صباح الإثنين | `XXXX-WXX-1TMO` | `2022-01-24` |
//! | اليوم / أمس / غدا | `XXXX-XX-XX` / `XXXX-XX-XX-P1D` / `XXXX-XX-XX+P1D` | |
//! | قبل شهرين | `XXXX-XX-P2M` | `2021-11` |
//! | الأسبوع الماضي | `XXXX-WXX-PREV` | `2022-W03` |
//! | آذار الماضي | `XXXX-03-PREV` | `2021-03` |
//! | آذار من العام الماضي | `XXXX-03-PREVY` | `2021-03` |
//! | 24 الجاري | `XXXX-XX-24-THIS` | `2022-01-24` |
//! | مطلع تشرين الثاني الفائت | `XXXX-11-PREV mod=START` | `2021-11` |
//! | 15 رمضان 1443 هـ | `1443-09-15` (Hijri) | `2022-04-16` |
//! | لمدة مماثلة (after P7D) | `PXD` | `P7D` |
//!
//! `-PREV`/`-NEXT`/`-THIS`: the named unit nearest before, after, or
//! containing the anchor; `-P2M`/`+P1D`: that far before or after it;
//! `mod=START|MID|END`: TIMEX3's `mod` for مطلع/منتصف/أواخر; `mod=APPROX`
//! for a duration after an approximator (نحو ساعة → `PT1H mod=APPROX`). A
//! bare weekday after a future cue (اعتبارا من الأربعاء) is `-THIS`: the
//! coming one or today. Absolute dates, clock times and other durations
//! have `expr` equal to `value`. With no
//! publication date every relative time keeps its `expr` and gets `value`
//! null.
//!
//! # Not read
//!
//! Vague times (`قبل أيام`، `في الأشهر الأخيرة`، `مؤخرا`), ordinal days
//! (`العاشر من آذار`), year ranges without a cue (`2011-2019`), a day of
//! the story with no day named before it (`في اليوم التالي` opening a
//! text: not today, so nothing), and the tense of the sentence (a bare
//! weekday is always read as past). A day of the story after a named day
//! (`اليوم التالي`، `مساء اليوم نفسه`) is counted from that day and anchored
//! to its id.
//!
//! The words are data (`data/time/`); this module holds the mechanisms.

mod calendar;
mod grammar;
mod lexicon;
#[cfg(test)]
mod tests;

pub use calendar::{DAY_TOLERANCE, hijri_to_gregorian};
pub use lexicon::{TimeLexicon, TimeSources};

use crate::doc::{Range, TimeExpr};
use crate::lexicon::Resources;
use crate::text::TextLayer;
use chrono::NaiveDate;
use grammar::{Anchor, Grammar};

/// The `calendar` of times the text gave in the Hijri calendar.
pub const HIJRI_CALENDAR: &str = "hijri-umm-al-qura";

/// Parses `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// All time expressions outside boilerplate (`skip`), in text order, with
/// ids `T1`, `T2` …; relative ones resolved against `published`.
pub fn extract(layer: &TextLayer, r: &Resources, published: Option<NaiveDate>, skip: &[Range]) -> Vec<TimeExpr> {
    let mut g = Grammar::new(layer, &r.times, published, skip);
    g.run();
    let found = g.out;
    // Text order; anchors to other times follow their targets' new ids.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].start, found[i].end));
    let mut id_of = vec![0usize; found.len()];
    for (n, &i) in order.iter().enumerate() {
        id_of[i] = n + 1;
    }
    order
        .iter()
        .map(|&i| {
            let f = &found[i];
            let anchor = match f.anchor {
                Anchor::Published => "published".to_string(),
                Anchor::Absolute => "absolute".to_string(),
                Anchor::Time(t) => format!("T{}", id_of.get(t).copied().unwrap_or(0)),
            };
            TimeExpr {
                id: format!("T{}", id_of[i]),
                start: f.start,
                end: f.end,
                text: layer.slice(f.start, f.end).to_string(),
                kind: f.kind,
                expr: f.expr.clone(),
                value: f.value.clone(),
                anchor,
                calendar: f.hijri.then(|| HIJRI_CALENDAR.to_string()),
            }
        })
        .collect()
}

/// The embedded files of `data/time/`.
pub fn sources() -> TimeSources<'static> {
    use crate::lexicon::data_file;
    TimeSources {
        months: data_file!("time/months.tsv"),
        weekdays: data_file!("time/weekdays.tsv"),
        numbers: data_file!("time/numbers.tsv"),
        units: data_file!("time/units.tsv"),
        words: data_file!("time/words.tsv"),
    }
}
