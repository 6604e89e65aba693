//! Tests of the times layer: every phenomenon with exact text, type,
//! value, expr and anchor, with a fixed publication date (Wednesday
//! 2023-06-14, ISO week 24, Hijri 1444-11-25) and without one.

use super::*;
use crate::doc::TimeType::{self, Date, Duration, Set, Time};
use std::sync::OnceLock;

/// A Wednesday.
const PUB: Option<&str> = Some("2023-06-14");
const NONE: Option<&str> = None;

fn res() -> &'static Resources {
    static R: OnceLock<Resources> = OnceLock::new();
    R.get_or_init(|| Resources::load().expect("resources load"))
}

fn times(text: &str, published: Option<&str>) -> Vec<TimeExpr> {
    let layer = TextLayer::new(text);
    extract(&layer, res(), published.and_then(parse_iso_date), &[])
}

/// The only time in `text`.
fn one(text: &str, published: Option<&str>) -> TimeExpr {
    let ts = times(text, published);
    assert_eq!(ts.len(), 1, "{text:?}: expected one time, got {ts:#?}");
    ts.into_iter().next().expect("one time")
}

/// Asserts text, type, value, expr and anchor.
fn is(t: &TimeExpr, text: &str, kind: TimeType, value: Option<&str>, expr: &str, anchor: &str) {
    assert_eq!(
        (
            t.text.as_str(),
            t.kind,
            t.value.as_deref(),
            t.expr.as_str(),
            t.anchor.as_str()
        ),
        (text, kind, value, expr, anchor),
        "{t:#?}"
    );
}

/// The one time in `text` is `want` with the given value and expr.
fn date(text: &str, published: Option<&str>, want: &str, value: Option<&str>, expr: &str, anchor: &str) {
    is(&one(text, published), want, Date, value, expr, anchor);
}

fn none(text: &str) {
    let ts = times(text, PUB);
    assert!(ts.is_empty(), "{text:?}: expected no time, got {ts:#?}");
}

// ---- absolute dates -----------------------------------------------------

#[test]
fn numeric_dates() {
    date(
        "وقع الانفجار في 24/1/2022 قرب السوق",
        PUB,
        "24/1/2022",
        Some("2022-01-24"),
        "2022-01-24",
        "absolute",
    );
    date(
        "بتاريخ 2022-01-24 أعلنت الوزارة",
        NONE,
        "2022-01-24",
        Some("2022-01-24"),
        "2022-01-24",
        "absolute",
    );
    date(
        "صدر القرار في 5.3.2021.",
        PUB,
        "5.3.2021",
        Some("2021-03-05"),
        "2021-03-05",
        "absolute",
    );
    date(
        "بتاريخ ٢٤/١/٢٠٢٢ وصل الوفد",
        PUB,
        "٢٤/١/٢٠٢٢",
        Some("2022-01-24"),
        "2022-01-24",
        "absolute",
    );
    date(
        "بتاريخ 2019/05/03",
        PUB,
        "2019/05/03",
        Some("2019-05-03"),
        "2019-05-03",
        "absolute",
    );
    // Not dates: an impossible day, a reference number, a fraction.
    none("القرار رقم 31/2/2022 صدر");
    none("القرار 1/2/2022/5 صدر");
    none("نسبة 3/4 من السكان");
}

#[test]
fn day_month_year_in_every_series() {
    date(
        "وفي 24 كانون الثاني 2022 هاجم التنظيم",
        PUB,
        "24 كانون الثاني 2022",
        Some("2022-01-24"),
        "2022-01-24",
        "absolute",
    );
    date(
        "في 24 يناير 2022",
        NONE,
        "24 يناير 2022",
        Some("2022-01-24"),
        "2022-01-24",
        "absolute",
    );
    date(
        "في 3 من شهر آذار 2019",
        PUB,
        "3 من شهر آذار 2019",
        Some("2019-03-03"),
        "2019-03-03",
        "absolute",
    );
    let levantine = [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ];
    let gregorian = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ];
    let maghrebi = [
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ];
    for series in [levantine, gregorian, maghrebi] {
        for (m, name) in series.iter().enumerate() {
            let text = format!("في 5 {name} 2020 وقع الهجوم");
            let v = format!("2020-{:02}-05", m + 1);
            date(&text, PUB, &format!("5 {name} 2020"), Some(&v), &v, "absolute");
        }
    }
    for (name, m) in [
        ("إبريل", 4),
        ("ابريل", 4),
        ("يونيه", 6),
        ("يوليه", 7),
        ("اغسطس", 8),
        ("ايلول", 9),
    ] {
        let v = format!("2021-{m:02}");
        date(
            &format!("في {name} 2021"),
            PUB,
            &format!("{name} 2021"),
            Some(&v),
            &v,
            "absolute",
        );
    }
}

#[test]
fn combined_month_forms() {
    date(
        "في تشرين الثاني/نوفمبر 2021 قتل",
        PUB,
        "تشرين الثاني/نوفمبر 2021",
        Some("2021-11"),
        "2021-11",
        "absolute",
    );
    date(
        "منذ آذار/ مارس 2019.",
        NONE,
        "آذار/ مارس 2019",
        Some("2019-03"),
        "2019-03",
        "absolute",
    );
    date(
        "في يونيو (حزيران) 2014 سيطر",
        PUB,
        "يونيو (حزيران) 2014",
        Some("2014-06"),
        "2014-06",
        "absolute",
    );
    date(
        "في نوفمبر/تشرين الثاني 2021",
        PUB,
        "نوفمبر/تشرين الثاني 2021",
        Some("2021-11"),
        "2021-11",
        "absolute",
    );
    // A gloss licenses a month that is also a word: آب/أغسطس.
    date(
        "في آب/أغسطس الماضي",
        PUB,
        "آب/أغسطس الماضي",
        Some("2022-08"),
        "XXXX-08-PREV",
        "published",
    );
    // Two months: a pair, the first taking the year of the second.
    let ts = times("في آذار/نيسان 2019", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "آذار", Date, Some("2019-03"), "2019-03", "absolute");
    is(&ts[1], "نيسان 2019", Date, Some("2019-04"), "2019-04", "absolute");
}

#[test]
fn month_and_year() {
    date(
        "في آذار 2019 انتهت المعركة",
        PUB,
        "آذار 2019",
        Some("2019-03"),
        "2019-03",
        "absolute",
    );
    date(
        "في آذار من عام 2019",
        PUB,
        "آذار من عام 2019",
        Some("2019-03"),
        "2019-03",
        "absolute",
    );
    date(
        "في أيار من العام الماضي",
        PUB,
        "أيار من العام الماضي",
        Some("2022-05"),
        "XXXX-05-PREVY",
        "published",
    );
    date(
        "في أيار من العام الماضي",
        NONE,
        "أيار من العام الماضي",
        None,
        "XXXX-05-PREVY",
        "published",
    );
}

#[test]
fn years_need_a_cue() {
    date(
        "في عام 2019 أعلن التحالف",
        PUB,
        "عام 2019",
        Some("2019"),
        "2019",
        "absolute",
    );
    date("خلال العام 2015", PUB, "العام 2015", Some("2015"), "2015", "absolute");
    date("ولد سنة 1948", NONE, "سنة 1948", Some("1948"), "1948", "absolute");
    date(
        "ومنذ 2011 تشهد البلاد",
        PUB,
        "منذ 2011",
        Some("2011"),
        "2011",
        "absolute",
    );
    date("لعام 2020 كان", PUB, "عام 2020", Some("2020"), "2020", "absolute");
    none("في 2019 قتل 300 شخص");
    none("قال إن عام الحسم قادم");
    let ts = times("بين عامي 2019 و2020", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "عامي 2019", Date, Some("2019"), "2019", "absolute");
    is(&ts[1], "2020", Date, Some("2020"), "2020", "absolute");
}

#[test]
fn day_and_month_without_year() {
    // The most recent such day not after publication (+14 days).
    date(
        "في 3 آذار قتل",
        PUB,
        "3 آذار",
        Some("2023-03-03"),
        "XXXX-03-03",
        "published",
    );
    date(
        "الانتخابات في 20 حزيران",
        PUB,
        "20 حزيران",
        Some("2023-06-20"),
        "XXXX-06-20",
        "published",
    );
    date(
        "في 5 تموز قتل",
        PUB,
        "5 تموز",
        Some("2022-07-05"),
        "XXXX-07-05",
        "published",
    );
    date("في 5 تموز قتل", NONE, "5 تموز", None, "XXXX-07-05", "published");
    date(
        "في 5 تموز المقبل",
        PUB,
        "5 تموز المقبل",
        Some("2023-07-05"),
        "XXXX-07-05-NEXT",
        "published",
    );
    date(
        "يوم 24 يناير",
        PUB,
        "يوم 24 يناير",
        Some("2023-01-24"),
        "XXXX-01-24",
        "published",
    );
    // A month alone: the most recent not after the publication month.
    date("في يناير قتل", PUB, "يناير", Some("2023-01"), "XXXX-01", "published");
    date("في أيلول قتل", PUB, "أيلول", Some("2022-09"), "XXXX-09", "published");
    // 31 شباط does not exist.
    none("في 31 شباط قتل");
}

#[test]
fn ambiguous_month_names_need_context() {
    none("قال آب الشهيد إن ابنه");
    none("مارس الضغط على الحكومة");
    none("عرضت مسرحية تموز");
    none("قال رجب طيب أردوغان");
    none("ارتفع العدد إلى صفر");
    date(
        "شهر آب كان حارا",
        PUB,
        "شهر آب",
        Some("2022-08"),
        "XXXX-08",
        "published",
    );
    date(
        "في أيار الماضي",
        PUB,
        "أيار الماضي",
        Some("2023-05"),
        "XXXX-05-PREV",
        "published",
    );
    date(
        "في حزيران الماضي",
        PUB,
        "حزيران الماضي",
        Some("2022-06"),
        "XXXX-06-PREV",
        "published",
    );
    date("في مارس قتل", PUB, "مارس", Some("2023-03"), "XXXX-03", "published");
    date(
        "في أيار القادم",
        PUB,
        "أيار القادم",
        Some("2024-05"),
        "XXXX-05-NEXT",
        "published",
    );
}

#[test]
fn hijri_dates() {
    let t = one("في 15 رمضان 1443 هـ وقع", PUB);
    is(
        &t,
        "15 رمضان 1443 هـ",
        Date,
        Some("2022-04-16"),
        "1443-09-15",
        "absolute",
    );
    assert_eq!(t.calendar.as_deref(), Some("hijri-umm-al-qura"));
    let t = one("في 1 رمضان 1443هـ", NONE);
    is(&t, "1 رمضان 1443هـ", Date, Some("2022-04-02"), "1443-09-01", "absolute");
    // A month: the Gregorian month in which it starts (30 July 2022).
    let t = one("في محرم 1444 قتل", PUB);
    is(&t, "محرم 1444", Date, Some("2022-07"), "1444-01", "absolute");
    assert_eq!(t.calendar.as_deref(), Some("hijri-umm-al-qura"));
    date(
        "في 12 ربيع الأول 1445 هـ",
        PUB,
        "12 ربيع الأول 1445 هـ",
        Some("2023-09-27"),
        "1445-03-12",
        "absolute",
    );
    date(
        "في ذي الحجة 1443",
        PUB,
        "ذي الحجة 1443",
        Some("2022-06"),
        "1443-12",
        "absolute",
    );
    date("عام 1443 هـ", PUB, "عام 1443 هـ", Some("2021"), "1443", "absolute");
    // A Hijri month with a Gregorian year: the one starting in that year.
    date(
        "في رمضان 2022",
        PUB,
        "رمضان 2022",
        Some("2022-04"),
        "1443-09",
        "absolute",
    );
    // شهر رمضان alone: the nearest one not after publication (1444).
    let t = one("خلال شهر رمضان", PUB);
    is(&t, "شهر رمضان", Date, Some("2023-03"), "XXXX-09", "published");
    assert_eq!(t.calendar.as_deref(), Some("hijri-umm-al-qura"));
    date("خلال شهر رمضان", NONE, "شهر رمضان", None, "XXXX-09", "published");
    // Day 30 of a 29-day month does not exist (Ramadan 1444 had 29 days):
    // only the month is read.
    date(
        "في 30 رمضان 1444 هـ",
        PUB,
        "رمضان 1444 هـ",
        Some("2023-03"),
        "1444-09",
        "absolute",
    );
    // Gregorian dates carry no calendar.
    assert_eq!(one("في 24 يناير 2022", PUB).calendar, None);
}

// ---- relative dates -------------------------------------------------------

#[test]
fn relative_days() {
    date(
        "قال أمس إن",
        PUB,
        "أمس",
        Some("2023-06-13"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    date(
        "وقال البارحة",
        PUB,
        "البارحة",
        Some("2023-06-13"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    date(
        "هاجموا أمس الأول القرية",
        PUB,
        "أمس الأول",
        Some("2023-06-12"),
        "XXXX-XX-XX-P2D",
        "published",
    );
    date(
        "هاجموا أول أمس القرية",
        PUB,
        "أول أمس",
        Some("2023-06-12"),
        "XXXX-XX-XX-P2D",
        "published",
    );
    date(
        "أعلن اليوم أن",
        PUB,
        "اليوم",
        Some("2023-06-14"),
        "XXXX-XX-XX",
        "published",
    );
    date(
        "يصل الوفد غدا إلى",
        PUB,
        "غدا",
        Some("2023-06-15"),
        "XXXX-XX-XX+P1D",
        "published",
    );
    date(
        "قصفت الليلة الماضية",
        PUB,
        "الليلة الماضية",
        Some("2023-06-13"),
        "XXXX-XX-XXTNI-P1D",
        "published",
    );
    date(
        "قال يوم أمس",
        PUB,
        "يوم أمس",
        Some("2023-06-13"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    date("قال أمس إن", NONE, "أمس", None, "XXXX-XX-XX-P1D", "published");
    // "The day" of the story, not today.
    none("في اليوم التالي انسحبوا");
    none("منذ ذلك اليوم لم يعد");
    none("احتفل باليوم العالمي للاجئين");
}

#[test]
fn weekdays() {
    // Bare: the most recent on or before publication (a Wednesday).
    date(
        "قصفت الطائرات الخميس القرية",
        PUB,
        "الخميس",
        Some("2023-06-08"),
        "XXXX-WXX-4",
        "published",
    );
    date(
        "وقال الأربعاء إن",
        PUB,
        "الأربعاء",
        Some("2023-06-14"),
        "XXXX-WXX-3",
        "published",
    );
    date(
        "وقال الاثنين إن",
        PUB,
        "الاثنين",
        Some("2023-06-12"),
        "XXXX-WXX-1",
        "published",
    );
    date(
        "والسبت قتل",
        PUB,
        "السبت",
        Some("2023-06-10"),
        "XXXX-WXX-6",
        "published",
    );
    date("منذ الأحد", PUB, "الأحد", Some("2023-06-11"), "XXXX-WXX-7", "published");
    // With a modifier: strictly before / after.
    date(
        "منذ الخميس الماضي",
        PUB,
        "الخميس الماضي",
        Some("2023-06-08"),
        "XXXX-WXX-4-PREV",
        "published",
    );
    date(
        "منذ الأربعاء الماضي",
        PUB,
        "الأربعاء الماضي",
        Some("2023-06-07"),
        "XXXX-WXX-3-PREV",
        "published",
    );
    date(
        "يوم الجمعة الماضية",
        PUB,
        "يوم الجمعة الماضية",
        Some("2023-06-09"),
        "XXXX-WXX-5-PREV",
        "published",
    );
    date(
        "الجمعة المقبلة",
        PUB,
        "الجمعة المقبلة",
        Some("2023-06-16"),
        "XXXX-WXX-5-NEXT",
        "published",
    );
    date(
        "الأربعاء القادم",
        PUB,
        "الأربعاء القادم",
        Some("2023-06-21"),
        "XXXX-WXX-3-NEXT",
        "published",
    );
    date(
        "الخميس الماضي",
        NONE,
        "الخميس الماضي",
        None,
        "XXXX-WXX-4-PREV",
        "published",
    );
    // The example of output-format.md: published on Tuesday 2022-01-25.
    date(
        "ومنذ الخميس الماضي، يشهد",
        Some("2022-01-25"),
        "الخميس الماضي",
        Some("2022-01-20"),
        "XXXX-WXX-4-PREV",
        "published",
    );
    // With its date in apposition.
    date(
        "الخميس 20 كانون الثاني 2022",
        PUB,
        "الخميس 20 كانون الثاني 2022",
        Some("2022-01-20"),
        "2022-01-20",
        "absolute",
    );
    date(
        "يوم الأحد الموافق 5 آذار",
        PUB,
        "يوم الأحد الموافق 5 آذار",
        Some("2023-03-05"),
        "XXXX-03-05",
        "published",
    );
    // Part of a name, or a numeral.
    none("صلى في جامع الجمعة");
    none("أدى صلاة الجمعة");
    // Markets, streets and squares named after a day (with a proclitic too).
    none("تجمع الباعة في سوق الخميس");
    none("اعتصموا في ساحة الأحد ثم في شارع السبت");
    none("وقال مختار حي لسوق الثلاثاء");
    none("مباراة الأحد عشر لاعبا");
    none("كلا الاثنين قتلا");
}

#[test]
fn a_bare_weekday_after_a_future_cue_is_the_coming_one() {
    // PUB is a Wednesday (2023-06-14).
    date(
        "تغلق المدارس أبوابها اعتبارا من الأحد",
        PUB,
        "الأحد",
        Some("2023-06-18"),
        "XXXX-WXX-7-THIS",
        "published",
    );
    date(
        "وسيبدأ الوفد جولته في المنطقة صباح الاثنين",
        PUB,
        "صباح الاثنين",
        Some("2023-06-19"),
        "XXXX-WXX-1TMO-THIS",
        "published",
    );
    // On the publication day itself: today.
    date(
        "ومن المقرر أن يصل الأربعاء",
        PUB,
        "الأربعاء",
        Some("2023-06-14"),
        "XXXX-WXX-3-THIS",
        "published",
    );
    // A comma or a relative clause between: the cue says nothing of it.
    date(
        "سوف يرد على الهجوم الذي وقع الأحد",
        PUB,
        "الأحد",
        Some("2023-06-11"),
        "XXXX-WXX-7",
        "published",
    );
    date(
        "سيتم الرد، وقال الأحد إن",
        PUB,
        "الأحد",
        Some("2023-06-11"),
        "XXXX-WXX-7",
        "published",
    );
}

#[test]
fn an_ordinal_day_before_its_month() {
    date(
        "وقعت المجزرة في التاسع من نيسان/أبريل 2004",
        PUB,
        "التاسع من نيسان/أبريل 2004",
        Some("2004-04-09"),
        "2004-04-09",
        "absolute",
    );
    date(
        "منذ الحادي والعشرين من شهر أيلول 2019",
        PUB,
        "الحادي والعشرين من شهر أيلول 2019",
        Some("2019-09-21"),
        "2019-09-21",
        "absolute",
    );
    date(
        "وامتد القتال حتى الثاني عشر من كانون الثاني",
        PUB,
        "الثاني عشر من كانون الثاني",
        Some("2023-01-12"),
        "XXXX-01-12",
        "published",
    );
    // The adjective of a definite noun: the month alone is the date.
    date(
        "خلال الأسبوع الثالث من آب 2021",
        PUB,
        "آب 2021",
        Some("2021-08"),
        "2021-08",
        "absolute",
    );
    // An ordinal with no month after it is no date.
    none("احتل المركز الخامس من بين الفرق");
}

#[test]
fn yesterday_with_weekday() {
    date(
        "أعلن أمس الاثنين",
        Some("2022-01-25"),
        "أمس الاثنين",
        Some("2022-01-24"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    date(
        "أعلن أمس الثلاثاء",
        PUB,
        "أمس الثلاثاء",
        Some("2023-06-13"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    // A wrong weekday keeps yesterday's value.
    date(
        "أعلن أمس الخميس",
        PUB,
        "أمس الخميس",
        Some("2023-06-13"),
        "XXXX-XX-XX-P1D",
        "published",
    );
    date(
        "اليوم الأربعاء",
        PUB,
        "اليوم الأربعاء",
        Some("2023-06-14"),
        "XXXX-XX-XX",
        "published",
    );
}

#[test]
fn part_of_day_with_a_day() {
    date(
        "مع صباح الإثنين ارتفع",
        Some("2022-01-25"),
        "صباح الإثنين",
        Some("2022-01-24"),
        "XXXX-WXX-1TMO",
        "published",
    );
    date(
        "مع صباح الإثنين ارتفع",
        PUB,
        "صباح الإثنين",
        Some("2023-06-12"),
        "XXXX-WXX-1TMO",
        "published",
    );
    date(
        "مساء الأحد",
        PUB,
        "مساء الأحد",
        Some("2023-06-11"),
        "XXXX-WXX-7TEV",
        "published",
    );
    date(
        "فجر الجمعة",
        PUB,
        "فجر الجمعة",
        Some("2023-06-09"),
        "XXXX-WXX-5TMO",
        "published",
    );
    date(
        "ليلة الخميس",
        PUB,
        "ليلة الخميس",
        Some("2023-06-08"),
        "XXXX-WXX-4TNI",
        "published",
    );
    date(
        "صباح يوم السبت الماضي",
        PUB,
        "صباح يوم السبت الماضي",
        Some("2023-06-10"),
        "XXXX-WXX-6TMO-PREV",
        "published",
    );
    date(
        "صباح اليوم",
        PUB,
        "صباح اليوم",
        Some("2023-06-14"),
        "XXXX-XX-XXTMO",
        "published",
    );
    date(
        "ظهر اليوم",
        PUB,
        "ظهر اليوم",
        Some("2023-06-14"),
        "XXXX-XX-XXTMI",
        "published",
    );
    date(
        "فجر اليوم",
        PUB,
        "فجر اليوم",
        Some("2023-06-14"),
        "XXXX-XX-XXTMO",
        "published",
    );
    date(
        "وقع مساء أمس",
        PUB,
        "مساء أمس",
        Some("2023-06-13"),
        "XXXX-XX-XXTEV-P1D",
        "published",
    );
    date(
        "ليل أمس",
        PUB,
        "ليل أمس",
        Some("2023-06-13"),
        "XXXX-XX-XXTNI-P1D",
        "published",
    );
    date(
        "فجر 15 رمضان 1443 هـ",
        PUB,
        "فجر 15 رمضان 1443 هـ",
        Some("2022-04-16"),
        "1443-09-15TMO",
        "absolute",
    );
    date("مساء الأحد", NONE, "مساء الأحد", None, "XXXX-WXX-7TEV", "published");
    // After the day.
    date(
        "الخميس مساء",
        PUB,
        "الخميس مساء",
        Some("2023-06-08"),
        "XXXX-WXX-4TEV",
        "published",
    );
    // A part of day alone is no date; a count before مساء is no clock.
    none("كل صباح يخرج");
    let ts = times("قتل 6 مساء أمس", PUB);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    is(
        &ts[0],
        "مساء أمس",
        Date,
        Some("2023-06-13"),
        "XXXX-XX-XXTEV-P1D",
        "published",
    );
}

#[test]
fn relative_periods() {
    date(
        "الأسبوع الماضي",
        PUB,
        "الأسبوع الماضي",
        Some("2023-W23"),
        "XXXX-WXX-PREV",
        "published",
    );
    date(
        "الأسبوع المقبل",
        PUB,
        "الأسبوع المقبل",
        Some("2023-W25"),
        "XXXX-WXX-NEXT",
        "published",
    );
    date(
        "خلال الأسبوع الجاري",
        PUB,
        "الأسبوع الجاري",
        Some("2023-W24"),
        "XXXX-WXX-THIS",
        "published",
    );
    date(
        "في الشهر الماضي",
        PUB,
        "الشهر الماضي",
        Some("2023-05"),
        "XXXX-XX-PREV",
        "published",
    );
    date(
        "الشهر الفائت",
        Some("2022-01-25"),
        "الشهر الفائت",
        Some("2021-12"),
        "XXXX-XX-PREV",
        "published",
    );
    date(
        "الشهر الجاري",
        PUB,
        "الشهر الجاري",
        Some("2023-06"),
        "XXXX-XX-THIS",
        "published",
    );
    date(
        "العام الماضي",
        PUB,
        "العام الماضي",
        Some("2022"),
        "XXXX-PREV",
        "published",
    );
    date(
        "والعام المقبل",
        PUB,
        "العام المقبل",
        Some("2024"),
        "XXXX-NEXT",
        "published",
    );
    date(
        "السنة الماضية",
        PUB,
        "السنة الماضية",
        Some("2022"),
        "XXXX-PREV",
        "published",
    );
    date(
        "العام الحالي",
        PUB,
        "العام الحالي",
        Some("2023"),
        "XXXX-THIS",
        "published",
    );
    date("هذا العام", PUB, "هذا العام", Some("2023"), "XXXX-THIS", "published");
    date(
        "الأسبوع الماضي",
        NONE,
        "الأسبوع الماضي",
        None,
        "XXXX-WXX-PREV",
        "published",
    );
    // "General", not "year".
    none("قال الأمين العام الحالي");
    none("العام");
}

#[test]
fn ago() {
    date(
        "قبل شهرين",
        Some("2022-01-25"),
        "قبل شهرين",
        Some("2021-11"),
        "XXXX-XX-P2M",
        "published",
    );
    date(
        "أجهضتها قبل شهرين على ذات السجن",
        PUB,
        "قبل شهرين",
        Some("2023-04"),
        "XXXX-XX-P2M",
        "published",
    );
    date(
        "قبل يومين",
        PUB,
        "قبل يومين",
        Some("2023-06-12"),
        "XXXX-XX-XX-P2D",
        "published",
    );
    date(
        "قبل ثلاثة أيام",
        PUB,
        "قبل ثلاثة أيام",
        Some("2023-06-11"),
        "XXXX-XX-XX-P3D",
        "published",
    );
    date(
        "منذ ثلاثة أيام",
        PUB,
        "منذ ثلاثة أيام",
        Some("2023-06-11"),
        "XXXX-XX-XX-P3D",
        "published",
    );
    date(
        "قبل أسبوع",
        PUB,
        "قبل أسبوع",
        Some("2023-06-07"),
        "XXXX-XX-XX-P1W",
        "published",
    );
    date("قبل عامين", PUB, "قبل عامين", Some("2021"), "XXXX-P2Y", "published");
    date(
        "ومنذ نحو عشر سنوات",
        PUB,
        "منذ نحو عشر سنوات",
        Some("2013"),
        "XXXX-P10Y",
        "published",
    );
    date(
        "قبل 48 ساعة",
        PUB,
        "قبل 48 ساعة",
        Some("2023-06-12"),
        "XXXX-XX-XX-PT48H",
        "published",
    );
    date("قبل شهرين", NONE, "قبل شهرين", None, "XXXX-XX-P2M", "published");
    // Before another event: the measure alone.
    let t = one("قبل يومين من الهجوم", PUB);
    is(&t, "يومين", Duration, Some("P2D"), "P2D", "absolute");
    // قبل + a date is not "ago".
    date("قبل عام 2019", PUB, "عام 2019", Some("2019"), "2019", "absolute");
    date(
        "قبل شهر رمضان",
        PUB,
        "شهر رمضان",
        Some("2023-03"),
        "XXXX-09",
        "published",
    );
    none("من قبل أطراف معروفة");
}

#[test]
fn period_mods() {
    date(
        "وأعلنت مطلع تشرين الثاني/نوفمبر الفائت",
        Some("2022-01-25"),
        "مطلع تشرين الثاني/نوفمبر الفائت",
        Some("2021-11"),
        "XXXX-11-PREV mod=START",
        "published",
    );
    date(
        "مطلع تشرين الثاني/نوفمبر الفائت",
        PUB,
        "مطلع تشرين الثاني/نوفمبر الفائت",
        Some("2022-11"),
        "XXXX-11-PREV mod=START",
        "published",
    );
    date(
        "في أواخر آذار 2019",
        PUB,
        "أواخر آذار 2019",
        Some("2019-03"),
        "2019-03 mod=END",
        "absolute",
    );
    date(
        "منتصف الشهر المقبل",
        PUB,
        "منتصف الشهر المقبل",
        Some("2023-07"),
        "XXXX-XX-NEXT mod=MID",
        "published",
    );
    date(
        "بداية العام الجاري",
        PUB,
        "بداية العام الجاري",
        Some("2023"),
        "XXXX-THIS mod=START",
        "published",
    );
    date(
        "أواخر العام",
        PUB,
        "أواخر العام",
        Some("2023"),
        "XXXX-THIS mod=END",
        "published",
    );
    date(
        "منذ مطلع 2022",
        PUB,
        "مطلع 2022",
        Some("2022"),
        "2022 mod=START",
        "absolute",
    );
    date(
        "نهاية عام 2020",
        PUB,
        "نهاية عام 2020",
        Some("2020"),
        "2020 mod=END",
        "absolute",
    );
    date(
        "مطلع آب",
        PUB,
        "مطلع آب",
        Some("2022-08"),
        "XXXX-08 mod=START",
        "published",
    );
    date(
        "أواسط أيار الماضي",
        NONE,
        "أواسط أيار الماضي",
        None,
        "XXXX-05-PREV mod=MID",
        "published",
    );
    // A part of something else.
    none("في بداية الطريق");
}

#[test]
fn days_of_the_current_month() {
    date(
        "بتاريخ 24 الجاري",
        PUB,
        "24 الجاري",
        Some("2023-06-24"),
        "XXXX-XX-24-THIS",
        "published",
    );
    date(
        "في 3 من الشهر الماضي",
        PUB,
        "3 من الشهر الماضي",
        Some("2023-05-03"),
        "XXXX-XX-03-PREV",
        "published",
    );
}

// ---- clock times ------------------------------------------------------------

#[test]
fn clock_times() {
    let t = |text: &str, want: &str, value: &str| is(&one(text, PUB), want, Time, Some(value), value, "absolute");
    t("يبدأ الحظر من الساعة السادسة مساء", "الساعة السادسة مساء", "T18:00");
    t("عند الساعة 10:30 صباحا", "الساعة 10:30 صباحا", "T10:30");
    t("الساعة الثانية عشرة ظهرا", "الساعة الثانية عشرة ظهرا", "T12:00");
    t(
        "الساعة الواحدة بعد منتصف الليل",
        "الساعة الواحدة بعد منتصف الليل",
        "T01:00",
    );
    t("في تمام الساعة الحادية عشرة ليلا", "الساعة الحادية عشرة ليلا", "T23:00");
    t("الساعة الرابعة عصرا", "الساعة الرابعة عصرا", "T16:00");
    t("الساعة الثالثة ظهرا", "الساعة الثالثة ظهرا", "T15:00");
    t("الساعة السادسة والنصف مساءً", "الساعة السادسة والنصف مساءً", "T18:30");
    t("الساعة الثامنة إلا ربعا صباحا", "الساعة الثامنة إلا ربعا صباحا", "T07:45");
    t(
        "الساعة الخامسة وعشر دقائق فجرا",
        "الساعة الخامسة وعشر دقائق فجرا",
        "T05:10",
    );
    t("الساعة 6 مساءً", "الساعة 6 مساءً", "T18:00");
    t("بالساعة ٩:١٥ ليلا", "الساعة ٩:١٥ ليلا", "T21:15");
    t("الساعة الأولى صباحا", "الساعة الأولى صباحا", "T01:00");
    t("الساعة السابعة", "الساعة السابعة", "T07:00");
    t("عند السادسة مساء", "السادسة مساء", "T18:00");
    t("في 22:15 انفجرت", "22:15", "T22:15");
    // Clock times need no publication date.
    is(
        &one("الساعة السادسة مساء", NONE),
        "الساعة السادسة مساء",
        Time,
        Some("T18:00"),
        "T18:00",
        "absolute",
    );
    // The part of day of a following date sets the hour; the date stays.
    let ts = times("الساعة العاشرة من صباح اليوم", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "الساعة العاشرة", Time, Some("T10:00"), "T10:00", "absolute");
    is(
        &ts[1],
        "صباح اليوم",
        Date,
        Some("2023-06-14"),
        "XXXX-XX-XXTMO",
        "published",
    );
    none("على مدار الساعة");
    none("في الثانية من عمره");
}

// ---- durations -------------------------------------------------------------

#[test]
fn durations() {
    let d = |text: &str, want: &str, value: &str| is(&one(text, PUB), want, Duration, Some(value), value, "absolute");
    d("حظر لمدة سبعة أيام", "سبعة أيام", "P7D");
    d("استمر يومين", "يومين", "P2D");
    d("بعد أسبوعين", "أسبوعين", "P2W");
    d("خلال ثلاثة أشهر", "ثلاثة أشهر", "P3M");
    d("سجن عامين", "عامين", "P2Y");
    d("سجن سنتين", "سنتين", "P2Y");
    d("خلال 48 ساعة", "48 ساعة", "PT48H");
    d("خلال ٤٨ ساعة", "٤٨ ساعة", "PT48H");
    d("حكم عشر سنوات", "عشر سنوات", "P10Y");
    d("سجن ثلاث سنوات", "ثلاث سنوات", "P3Y");
    d("حاصروها أحد عشر شهرا", "أحد عشر شهرا", "P11M");
    d("خلال خمسة عشر يوما", "خمسة عشر يوما", "P15D");
    d("خمس عشرة ساعة", "خمس عشرة ساعة", "PT15H");
    d("حكم ثلاثة وعشرين عاما", "ثلاثة وعشرين عاما", "P23Y");
    d("لمدة أسبوع", "أسبوع", "P1W");
    d("لمدة يوم واحد", "يوم واحد", "P1D");
    d("لثلاثة أيام", "ثلاثة أيام", "P3D");
    d("ليومين", "يومين", "P2D");
    d("طوال 10 أيام", "10 أيام", "P10D");
    d("خلال عقدين", "عقدين", "P20Y");
    d("خلال 30 دقيقة", "30 دقيقة", "PT30M");
    d("على مدى شهر", "شهر", "P1M");
    d("وقد دامت أسبوعا", "أسبوعا", "P1W");
    // An approximator stays outside the span and marks the expression.
    let approx = |text: &str, want: &str, value: &str| {
        is(
            &one(text, PUB),
            want,
            Duration,
            Some(value),
            &format!("{value} mod=APPROX"),
            "absolute",
        )
    };
    approx("وقد استغرقت قرابة يوم", "يوم", "P1D");
    approx("تعطل السير لمدة نحو ساعة", "ساعة", "PT1H");
    approx("نزحوا قبل أن يمكثوا حوالي ثلاثة أسابيع", "ثلاثة أسابيع", "P3W");
    // Durations need no publication date.
    is(
        &one("لمدة سبعة أيام", NONE),
        "سبعة أيام",
        Duration,
        Some("P7D"),
        "P7D",
        "absolute",
    );
    // Counts, bare singulars and ordinals are not durations.
    none("شارك عشرات الآلاف");
    none("قتل 11 جنديا");
    none("في يوم ممطر");
    none("الأول");
    none("في الشهر الأول");
    // An approximator alone does not make a singular a duration.
    none("سار نحو يوم أفضل");
}

#[test]
fn same_duration_refers_to_the_one_before() {
    let ts = times("حظر كلي لمدة سبعة أيام، وحظر جزئي لمدة مماثلة.", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "سبعة أيام", Duration, Some("P7D"), "P7D", "absolute");
    is(&ts[1], "مدة مماثلة", Duration, Some("P7D"), "PXD", "T1");
    let ts = times("سجن عشر سنوات ثم نفي للفترة ذاتها", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[1], "للفترة ذاتها", Duration, Some("P10Y"), "PXY", "T1");
    // Nothing to refer to: nothing emitted.
    none("لمدة مماثلة");
}

#[test]
fn story_days_count_from_the_day_named_before() {
    // PUB is Wednesday 2023-06-14: الاثنين is the 12th.
    let ts = times(
        "اندلعت الاشتباكات الاثنين، وتجددت مساء اليوم نفسه، ثم هدأت في اليوم التالي، وكانت قد بدأت في الليلة السابقة.",
        PUB,
    );
    assert_eq!(ts.len(), 4, "{ts:#?}");
    is(&ts[0], "الاثنين", Date, Some("2023-06-12"), "XXXX-WXX-1", "published");
    is(
        &ts[1],
        "مساء اليوم نفسه",
        Date,
        Some("2023-06-12"),
        "XXXX-XX-XXTEV",
        "T1",
    );
    is(&ts[2], "اليوم التالي", Date, Some("2023-06-13"), "XXXX-XX-XX+P1D", "T2");
    is(
        &ts[3],
        "الليلة السابقة",
        Date,
        Some("2023-06-12"),
        "XXXX-XX-XXTNI-P1D",
        "T3",
    );
    // Counted from an absolute day; a year or a month is no day to count from.
    let ts = times("في 3 آذار 2021 وقع الهجوم، وفي صباح اليوم التالي انسحبوا", PUB);
    is(
        &ts[1],
        "صباح اليوم التالي",
        Date,
        Some("2021-03-04"),
        "XXXX-XX-XXTMO+P1D",
        "T1",
    );
    let ts = times("في عام 2019 وقع الهجوم، وفي اليوم التالي انسحبوا", PUB);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    // No day named before: no date (not today).
    none("وقع الهجوم، وفي ذات اليوم انسحبوا");
}

#[test]
fn a_month_without_a_year_in_the_year_of_the_story() {
    // PUB is 2023-06-14. «من العام نفسه» takes the year of the last date.
    let ts = times(
        "اندلعت المواجهات في أيار 2019، بعد هجوم وقع في نيسان من العام نفسه.",
        PUB,
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[1], "نيسان من العام نفسه", Date, Some("2019-04"), "XXXX-04", "T1");
    // A later day of that year in the same sentence takes its year too.
    let ts = times(
        "اندلعت المواجهات في أيار 2019، وانتهت بهدنة أعلنت في العاشر من تموز.",
        PUB,
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[1], "العاشر من تموز", Date, Some("2019-07-10"), "XXXX-07-10", "T1");
    // Not an earlier month, nor one in the next sentence: those are read
    // against the publication date as before.
    let ts = times("اندلعت المواجهات في أيار 2019، وكانت قد بدأت في العاشر من آذار.", PUB);
    is(
        &ts[1],
        "العاشر من آذار",
        Date,
        Some("2023-03-10"),
        "XXXX-03-10",
        "published",
    );
    let ts = times("اندلعت المواجهات في أيار 2019. وتجري الانتخابات في العاشر من تموز.", PUB);
    is(
        &ts[1],
        "العاشر من تموز",
        Date,
        Some("2022-07-10"),
        "XXXX-07-10",
        "published",
    );
    // No date before: «من العام نفسه» gives the month as usual.
    let ts = times("وقع الهجوم في نيسان من العام نفسه", PUB);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0].anchor, "published");
}

// ---- sets, ranges, clitics, skip -------------------------------------------

#[test]
fn sets() {
    is(&one("تقصف يوميا", PUB), "يوميا", Set, Some("P1D"), "P1D", "absolute");
    is(
        &one("يجتمعون كل أسبوع", PUB),
        "كل أسبوع",
        Set,
        Some("P1W"),
        "P1W",
        "absolute",
    );
}

#[test]
fn ranges_keep_both_ends() {
    let ts = times("من الساعة السادسة مساء وحتى الساعة السادسة صباحا", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(
        &ts[0],
        "الساعة السادسة مساء",
        Time,
        Some("T18:00"),
        "T18:00",
        "absolute",
    );
    is(
        &ts[1],
        "الساعة السادسة صباحا",
        Time,
        Some("T06:00"),
        "T06:00",
        "absolute",
    );
    let ts = times("من 24 إلى 26 يناير 2022", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "24", Date, Some("2022-01-24"), "2022-01-24", "absolute");
    is(
        &ts[1],
        "26 يناير 2022",
        Date,
        Some("2022-01-26"),
        "2022-01-26",
        "absolute",
    );
    let ts = times("بين 3 و5 آذار", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "3", Date, Some("2023-03-03"), "XXXX-03-03", "published");
    is(&ts[1], "5 آذار", Date, Some("2023-03-05"), "XXXX-03-05", "published");
    let ts = times("من الخميس إلى السبت", PUB);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    is(&ts[0], "الخميس", Date, Some("2023-06-08"), "XXXX-WXX-4", "published");
    is(&ts[1], "السبت", Date, Some("2023-06-10"), "XXXX-WXX-6", "published");
}

#[test]
fn proclitics_stay_outside_the_span() {
    date(
        "والخميس قصفت",
        PUB,
        "الخميس",
        Some("2023-06-08"),
        "XXXX-WXX-4",
        "published",
    );
    date("وبالأمس", PUB, "الأمس", Some("2023-06-13"), "XXXX-XX-XX-P1D", "published");
    date(
        "وللعام الماضي",
        PUB,
        "للعام الماضي",
        Some("2022"),
        "XXXX-PREV",
        "published",
    );
    date(
        "وقبل شهرين",
        PUB,
        "قبل شهرين",
        Some("2023-04"),
        "XXXX-XX-P2M",
        "published",
    );
    date(
        "وفي آذار 2019",
        PUB,
        "آذار 2019",
        Some("2019-03"),
        "2019-03",
        "absolute",
    );
}

#[test]
fn marks_and_tatweel_are_folded() {
    date(
        "الخمـــيس الماضِي",
        PUB,
        "الخمـــيس الماضِي",
        Some("2023-06-08"),
        "XXXX-WXX-4-PREV",
        "published",
    );
    date(
        "في آذار/\u{200F}مارس 2019",
        PUB,
        "آذار/\u{200F}مارس 2019",
        Some("2019-03"),
        "2019-03",
        "absolute",
    );
}

#[test]
fn boilerplate_is_skipped() {
    let text = "قتل أمس جندي. اقرأ أيضا: هجوم الخميس الماضي";
    let layer = TextLayer::new(text);
    let n = text.chars().count();
    let cut = n - "اقرأ أيضا: هجوم الخميس الماضي".chars().count();
    let ts = extract(
        &layer,
        res(),
        parse_iso_date("2023-06-14"),
        &[Range { start: cut, end: n }],
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0].text, "أمس");
}

#[test]
fn ids_in_text_order() {
    let ts = times("قتل أمس 3 وفي 24 يناير 2022 ولمدة يومين الساعة السادسة مساء", PUB);
    let ids: Vec<_> = ts.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["T1", "T2", "T3", "T4"]);
    assert!(ts.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn lexicon_errors_name_file_and_line() {
    let mut src = sources();
    src.weekdays = ("time/weekdays.tsv", "form\tiso_weekday\nالخميس\t9\n");
    let err = TimeLexicon::parse(&src).expect_err("bad weekday");
    assert!(err.to_string().contains("time/weekdays.tsv, line 2"), "{err}");
}

#[test]
fn corpus_lessons() {
    // Names made of a date.
    none("قالت قوى 14 آذار إن");
    none("بين فريقي 8 و14 آذار");
    none("في شارع 6 أكتوبر");
    // With a year it is a date again.
    date(
        "ثورة 14 تموز 1958",
        PUB,
        "14 تموز 1958",
        Some("1958-07-14"),
        "1958-07-14",
        "absolute",
    );
    // That night, a better tomorrow, Friday sermons.
    none("لو كنت في تلك الليلة");
    none("الأمل بغد أفضل");
    none("عكست خطب الجمعة");
    date(
        "شهد الليلة قبل الماضية",
        PUB,
        "الليلة قبل الماضية",
        Some("2023-06-12"),
        "XXXX-XX-XXTNI-P2D",
        "published",
    );
    date(
        "بعد هجمات 11 سبتمبر أيلول 2001",
        PUB,
        "11 سبتمبر أيلول 2001",
        Some("2001-09-11"),
        "2001-09-11",
        "absolute",
    );
    date(
        "شهدت نهار السبت هدوءا",
        PUB,
        "نهار السبت",
        Some("2023-06-10"),
        "XXXX-WXX-6TDT",
        "published",
    );
}

// ---- the seed article ---------------------------------------------------------

/// The seed article (in the shared folder, when present): prints what is
/// found and checks the analyst's times.
#[test]
fn seed_article() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds/000_d687b2ad8b6952d1.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("seed article not found at {path}: skipped");
        return;
    };
    let ts = times(&text, Some("2022-01-25"));
    for t in &ts {
        eprintln!(
            "{} {:?} {:?} {} {:?} {}",
            t.id, t.text, t.kind, t.expr, t.value, t.anchor
        );
    }
    let got: Vec<(&str, Option<&str>)> = ts.iter().map(|t| (t.text.as_str(), t.value.as_deref())).collect();
    for want in [
        ("الخميس الماضي", "2022-01-20"),
        ("آذار/ مارس 2019", "2019-03"),
        ("أمس الاثنين", "2022-01-24"),
        ("صباح الإثنين", "2022-01-24"),
        ("سبعة أيام", "P7D"),
        ("الساعة السادسة مساء", "T18:00"),
        ("الساعة السادسة صباحا", "T06:00"),
        ("قبل شهرين", "2021-11"),
        ("مطلع تشرين الثاني/نوفمبر الفائت", "2021-11"),
        ("آذار/مارس 2019", "2019-03"),
    ] {
        assert!(got.contains(&(want.0, Some(want.1))), "missing {want:?} in {got:?}");
    }
}

// ---- no panics, exact slices -------------------------------------------------

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "الخميس",
        "الماضي",
        "أمس",
        "الاثنين",
        "صباح",
        "مساء",
        "الساعة",
        "السادسة",
        "الثانية",
        "عشرة",
        "لمدة",
        "سبعة",
        "أيام",
        "يومين",
        "قبل",
        "منذ",
        "شهرين",
        "مطلع",
        "تشرين",
        "الثاني",
        "/",
        "نوفمبر",
        "آذار",
        "/ ",
        "مارس",
        "2019",
        "24",
        "1",
        "2022",
        "٢٤",
        "١٤٤٣",
        "هـ",
        "رمضان",
        "محرم",
        "عام",
        "العام",
        "الشهر",
        "الفائت",
        "المقبل",
        "مماثلة",
        "من",
        "إلى",
        "و",
        "-",
        ":",
        "30",
        "(",
        ")",
        "حزيران",
        "يونيو",
        "ـ",
        "\u{064E}",
        "\u{0651}",
        "«",
        "”",
        "\n",
        "،",
        ".",
        "والخميس",
        "بتاريخ",
        "اليوم",
        "كل",
        "يوميا",
        "إلا",
        "ربعا",
        "والنصف",
        "ل",
        "وفي",
        "a",
        "😀",
        "\u{200F}",
        "ﻻ",
        "31",
        "٫",
        "0",
        "9999",
    ];
    const GLUE: &[&str] = &[" ", "", "  ", "ـ", "\n"];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec((prop::sample::select(PIECES), prop::sample::select(GLUE)), 0..40)
                .prop_map(|v| v.into_iter().flat_map(|(a, b)| [a, b]).collect::<String>()),
            any::<String>(),
            "[\\u0600-\\u06FF0-9/:\\- ]{0,60}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]
        #[test]
        fn never_panics_and_spans_slice_the_original(s in text(), with_date in any::<bool>()) {
            let published = if with_date { Some("2022-01-25") } else { None };
            let ts = times(&s, published);
            let chars: Vec<char> = s.chars().collect();
            for (n, t) in ts.iter().enumerate() {
                prop_assert!(t.start < t.end && t.end <= chars.len(), "{t:?}");
                let slice: String = chars[t.start..t.end].iter().collect();
                prop_assert_eq!(&t.text, &slice);
                prop_assert_eq!(&t.id, &format!("T{}", n + 1));
                if !with_date && t.anchor == "published" {
                    prop_assert!(t.value.is_none(), "{t:?}");
                }
            }
        }
    }
}

/// Prints the times of every line (`published<TAB>text`) of the file named
/// by `MARSAD_TIME_CORPUS`: for reading a corpus by eye.
#[test]
#[ignore]
fn corpus_dump() {
    let Ok(path) = std::env::var("MARSAD_TIME_CORPUS") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("corpus");
    for line in text.lines() {
        let (p, t) = line.split_once('\t').unwrap_or(("", line));
        let ts = times(t, Some(p).filter(|p| !p.is_empty()));
        if !ts.is_empty() {
            println!("{p} | {t}");
            for x in ts {
                println!("    {:?} {:?} {} {:?}", x.text, x.kind, x.expr, x.value);
            }
        }
    }
}

/// Times per second over the corpus named by `MARSAD_TIME_CORPUS` (run
/// with `--release --ignored`).
#[test]
#[ignore]
fn throughput() {
    let Ok(path) = std::env::var("MARSAD_TIME_CORPUS") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("corpus");
    let layers: Vec<TextLayer> = text.lines().map(TextLayer::new).collect();
    let p = parse_iso_date("2022-01-25");
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..10 {
        for l in &layers {
            n += extract(l, res(), p, &[]).len();
        }
    }
    let s = t0.elapsed().as_secs_f64();
    println!(
        "{} lines x10, {:.1} MB/s, {:.0} lines/s, {n} times",
        layers.len(),
        10.0 * text.len() as f64 / s / 1e6,
        10.0 * layers.len() as f64 / s
    );
}
