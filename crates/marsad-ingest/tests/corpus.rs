//! The example corpus (`examples/corpus/`), read end to end.

mod common;

use common::*;
use marsad_ingest::testutil::{sample_warc_gz, sample_warc_records};
use marsad_ingest::{Format, Item, RawDocument, ReadOptions, list_inputs};
use std::io::Read;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

fn name(origin: &str) -> &str {
    origin.rsplit('/').next().unwrap_or(origin)
}

struct Expected {
    origin: &'static str,
    format: Format,
    id: Option<&'static str>,
    title: Option<&'static str>,
    published: Option<&'static str>,
    outlet: Option<&'static str>,
    starts: &'static str,
}

const fn e(
    origin: &'static str,
    format: Format,
    id: Option<&'static str>,
    title: Option<&'static str>,
    published: Option<&'static str>,
    outlet: Option<&'static str>,
    starts: &'static str,
) -> Expected {
    Expected {
        origin,
        format,
        id,
        title,
        published,
        outlet,
        starts,
    }
}

const EXPECTED: [Expected; 15] = [
    e(
        "aden-protest-wire.txt",
        Format::Text,
        None,
        None,
        None,
        None,
        "عدن (اليمن) - خرج أكثر من ٣ آلاف متظاهر",
    ),
    e(
        "al-hol-operation-day2.txt",
        Format::Text,
        None,
        None,
        None,
        None,
        "الحسكة - اعتقلت قوات سوريا الديمقراطية \"قسد\" أكثر من 120 شخصاً",
    ),
    e(
        "articles.jsonl#line:1",
        Format::Jsonl,
        Some("badia-2024-05-13-hol"),
        Some("قسد تطلق عملية أمنية واسعة في مخيم الهول شرقي الحسكة"),
        Some("2024-05-13"),
        Some("صحيفة البادية اليوم"),
        "أطلقت قوات سوريا الديمقراطية (قسد) وقوى الأمن الداخلي (الأسايش)",
    ),
    e(
        "articles.jsonl#line:2",
        Format::Jsonl,
        Some("dhf-2024-05-14-0412"),
        Some("مقتل 11 مدنياً بينهم 4 أطفال بقصف مسيّرة على بلدة آفس شرقي إدلب"),
        Some("2024-05-14"),
        Some("وكالة الضفتين للأنباء"),
        "قُتل 11 مدنياً، بينهم أربعة أطفال وامرأتان، وأصيب ستة آخرون",
    ),
    e(
        "articles.jsonl#line:3",
        Format::Jsonl,
        Some("maydan-88213"),
        Some("الجيش يدمّر مقرات ومنصات مسيّرات للإرهابيين في ريف إدلب"),
        Some("2024-05-14"),
        Some("صحيفة الميدان السوري"),
        "دمّرت وحدات من الجيش العربي السوري، اليوم الثلاثاء",
    ),
    e(
        "articles.jsonl#line:4",
        Format::Jsonl,
        Some("maydan-88407"),
        Some("ميليشيا قسد تعتقل أكثر من 400 مدني في مخيم الهول بذريعة ملاحقة داعش"),
        Some("2024-05-16"),
        Some("صحيفة الميدان السوري"),
        "واصلت ميليشيا قسد المدعومة من قوات الاحتلال الأمريكي",
    ),
    e(
        "articles.jsonl#line:5",
        Format::Jsonl,
        Some("maraya-2024-05-17-iraq-prison"),
        Some("لجنة تحقيق في محاولة الهروب من سجن الناصرية.. وأنباء عن تواطؤ"),
        Some("2024-05-17"),
        Some("مرايا الشرق"),
        "باشرت لجنة تحقيق شكّلتها وزارة العدل العراقية",
    ),
    e(
        "articles.jsonl#line:6",
        Format::Jsonl,
        Some("maraya-2024-05-19-aden"),
        Some("هدوء حذر في عدن بعد ليلة احتجاجات دامية على انقطاع الكهرباء"),
        Some("2024-05-19"),
        Some("مرايا الشرق"),
        "ساد هدوء حذر مدينة عدن، صباح اليوم الأحد",
    ),
    e(
        "maraya-afes-toll.html",
        Format::Html,
        None,
        Some("ارتفاع حصيلة قتلى قصف آفس بريف إدلب إلى 13"),
        Some("2024-05-15"),
        Some("مرايا الشرق"),
        "ارتفعت حصيلة القتلى جراء القصف بطائرة مسيّرة على بلدة آفس",
    ),
    e(
        "nashrat-almashriq.rss#item:1",
        Format::Feed,
        Some("mashriq-20240518-0131"),
        Some("قتيلان وسبعة جرحى في تظاهرات الكهرباء بعدن"),
        Some("2024-05-18"),
        Some("نشرة المشرق"),
        "قُتل شخصان وأصيب سبعة آخرون، مساء السبت",
    ),
    e(
        "nashrat-almashriq.rss#item:2",
        Format::Feed,
        Some("mashriq-20240517-0142"),
        Some("قسد: اعتقال 300 مشتبه به بينهم 12 قيادياً في داعش خلال عملية الهول"),
        Some("2024-05-17"),
        Some("نشرة المشرق"),
        "قالت قوات سوريا الديمقراطية (قسد) في بيان ختامي، الجمعة",
    ),
    e(
        "nashrat-almashriq.rss#item:3",
        Format::Feed,
        Some("mashriq-20240516-0077"),
        Some("مصدر أمني: نحو 20 سجيناً شاركوا في محاولة الفرار من سجن الحوت"),
        Some("2024-05-16"),
        Some("نشرة المشرق"),
        "كشف مصدر أمني في محافظة ذي قار، طلب عدم الكشف عن اسمه",
    ),
    e(
        "sample.warc.gz#record:3",
        Format::Warc,
        Some("urn:uuid:4d617273-6164-4000-8000-000000000002"),
        Some("إحباط محاولة هروب من سجن الناصرية المركزي ومقتل حارس"),
        Some("2024-05-16"),
        Some("بوابة دجلة"),
        "أعلنت وزارة العدل العراقية، اليوم الخميس، إحباط محاولة هروب جماعي",
    ),
    e(
        "sample.warc.gz#record:4",
        Format::Warc,
        Some("urn:uuid:4d617273-6164-4000-8000-000000000003"),
        Some("ناشطون: اعتقال نحو 350 شخصاً في عملية قسد بمخيم الهول"),
        Some("2024-05-16"),
        Some("وكالة الضفتين للأنباء"),
        "أعلنت قوات سوريا الديمقراطية (قسد)، مساء اليوم الخميس، انتهاء المرحلة الأولى",
    ),
    e(
        "yemen-almasa-aden-protest.html",
        Format::Html,
        None,
        Some("عدن: قتيل وجرحى في احتجاجات غاضبة على انقطاع الكهرباء"),
        Some("2024-05-18"),
        Some("يمن المساء"),
        "عدن – يمن المساء:\n\nقُتل متظاهر وأصيب أربعة آخرون، مساء اليوم السبت",
    ),
];

fn corpus_docs() -> Vec<RawDocument> {
    read(&corpus())
        .into_iter()
        .filter_map(|i| if let Item::Doc(d) = i { Some(d) } else { None })
        .collect()
}

#[test]
fn every_corpus_file_is_listed_in_order() {
    let names: Vec<String> = list_inputs(&corpus())
        .iter()
        .map(|p| name(&p.display().to_string()).to_string())
        .collect();
    assert_eq!(
        names,
        [
            "aden-protest-wire.txt",
            "al-hol-operation-day2.txt",
            "articles.jsonl",
            "maraya-afes-toll.html",
            "nashrat-almashriq.rss",
            "sample.warc.gz",
            "yemen-almasa-aden-protest.html",
        ]
    );
}

#[test]
fn the_corpus_reads_to_fifteen_documents_and_two_skips() {
    let items = read(&corpus());
    let skipped: Vec<(&str, String)> = items
        .iter()
        .filter_map(|i| match i {
            Item::Skipped { origin, reason } => Some((name(origin), reason.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        skipped,
        [
            ("sample.warc.gz#record:5", "not Arabic (detected eng)".to_string()),
            ("sample.warc.gz#record:6", "not HTML (text/plain)".to_string()),
        ]
    );
    assert!(!items.iter().any(|i| matches!(i, Item::Failed { .. })), "{items:#?}");

    let docs = corpus_docs();
    assert_eq!(docs.len(), EXPECTED.len());
    for (doc, want) in docs.iter().zip(EXPECTED.iter()) {
        assert_eq!(name(&doc.origin), want.origin);
        assert_eq!(doc.format, want.format, "{}", want.origin);
        assert_eq!(doc.id.as_deref(), want.id, "{}", want.origin);
        assert_eq!(doc.title.as_deref(), want.title, "{}", want.origin);
        assert_eq!(doc.published.as_deref(), want.published, "{}", want.origin);
        assert_eq!(doc.outlet.as_deref(), want.outlet, "{}", want.origin);
        assert!(
            doc.text.starts_with(want.starts),
            "{}: {:?}",
            want.origin,
            &doc.text[..doc.text.len().min(200)]
        );
        assert!(!doc.text.contains("\n\n\n"), "{}", want.origin);
    }
}

#[test]
fn html_pages_lose_their_boilerplate() {
    let docs = corpus_docs();
    for doc in docs.iter().filter(|d| matches!(d.format, Format::Html | Format::Warc)) {
        for boilerplate in [
            "الرئيسية",
            "الأكثر قراءة",
            "اقرأ أيضاً",
            "جميع الحقوق محفوظة",
            "أخبار ذات صلة",
            "©",
        ] {
            assert!(!doc.text.contains(boilerplate), "{} keeps {boilerplate:?}", doc.origin);
        }
    }
    let maraya = docs
        .iter()
        .find(|d| d.origin.ends_with("maraya-afes-toll.html"))
        .expect("maraya page");
    assert_eq!(maraya.text.split("\n\n").count(), 5);
    assert!(
        maraya
            .text
            .ends_with("ويعد هذا الهجوم الأكثر دموية في ريف إدلب منذ بداية العام الجاري، وفق مصادر محلية.")
    );
    assert_eq!(
        maraya.url.as_deref(),
        Some("https://maraya-alsharq.example/syria/2024/05/15/afes-toll-rises")
    );
    let yemen = docs
        .iter()
        .find(|d| d.origin.ends_with("yemen-almasa-aden-protest.html"))
        .expect("windows-1256 page");
    assert_eq!(yemen.meta.get("charset"), Some(&serde_json::json!("windows-1256")));
    assert_eq!(yemen.meta.get("charset_source"), Some(&serde_json::json!("meta")));
    assert_eq!(yemen.text.split("\n\n").count(), 6);
}

/// The README's table of disagreeing figures, checked against the texts.
#[test]
fn outlets_disagree_as_the_readme_says() {
    let docs = corpus_docs();
    let text_of = |suffix: &str| -> &str {
        docs.iter()
            .find(|d| d.origin.ends_with(suffix))
            .map(|d| d.text.as_str())
            .unwrap_or_else(|| panic!("{suffix}"))
    };
    let cases: [(&str, &[&str]); 15] = [
        ("articles.jsonl#line:2", &["قُتل 11 مدنياً", "وأصيب ستة آخرون"]),
        (
            "maraya-afes-toll.html",
            &["إلى 13 قتيلاً", "سقوط 11 قتيلاً في حصيلة أولية وتسعة جرحى"],
        ),
        ("articles.jsonl#line:3", &["وقتلت 9 إرهابيين على الأقل"]),
        (
            "sample.warc.gz#record:3",
            &["إن 12 نزيلاً", "مقتل أحد حراس السجن وإصابة اثنين آخرين", "نزيلين قُتلا"],
        ),
        (
            "nashrat-almashriq.rss#item:3",
            &["نحو 20 سجيناً", "حارسين قُتلا", "ثلاثة سجناء قُتلوا"],
        ),
        (
            "articles.jsonl#line:5",
            &["15 نزيلاً", "وقُتل حارس واحد وأصيب أربعة آخرون", "قُتل نزيلان"],
        ),
        (
            "yemen-almasa-aden-protest.html",
            &["قُتل متظاهر وأصيب أربعة آخرون", "مئات المحتجين"],
        ),
        (
            "nashrat-almashriq.rss#item:1",
            &["قُتل شخصان وأصيب سبعة آخرون", "بنحو ألفي شخص"],
        ),
        (
            "aden-protest-wire.txt",
            &["أكثر من ٣ آلاف متظاهر", "مقتل شاب واحد وإصابة ستة آخرين"],
        ),
        (
            "articles.jsonl#line:6",
            &["قُتل خلالها شخصان وأصيب خمسة آخرون", "شارك فيها المئات", "اعتقلت 14 شخصاً"],
        ),
        ("articles.jsonl#line:1", &["اعتقال 27 مشتبهاً بهم في اليوم الأول"]),
        ("al-hol-operation-day2.txt", &["أكثر من 120 شخصاً"]),
        ("sample.warc.gz#record:4", &["تجاوز 350 شخصاً"]),
        ("nashrat-almashriq.rss#item:2", &["اعتقال 300 مشتبه به"]),
        ("articles.jsonl#line:4", &["أكثر من 400 مدني"]),
    ];
    for (suffix, phrases) in cases {
        let text = text_of(suffix);
        for phrase in phrases {
            assert!(text.contains(phrase), "{suffix} should say {phrase:?}");
        }
    }
}

#[test]
fn the_english_warc_page_is_read_when_not_arabic_only() {
    let p = corpus().join("sample.warc.gz");
    let items = read_with(
        &p,
        ReadOptions {
            arabic_only: false,
            ..ReadOptions::default()
        },
    );
    let en = items
        .iter()
        .filter_map(Item::doc)
        .find(|d| d.origin.ends_with("#record:5"))
        .expect("English page");
    assert_eq!(
        en.title.as_deref(),
        Some("Drone strike kills 12 in Idlib village market")
    );
    assert_eq!(en.published.as_deref(), Some("2024-05-14"));
    assert!(
        en.text
            .starts_with("A suicide drone struck a crowded vegetable market in the village of Afes")
    );
}

#[test]
fn sample_warc_is_what_testutil_builds() {
    let committed = std::fs::read(corpus().join("sample.warc.gz")).expect("examples/corpus/sample.warc.gz");
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(committed.as_slice())
        .read_to_end(&mut plain)
        .expect("gunzip");
    assert_eq!(
        plain,
        sample_warc_records().concat(),
        "examples/corpus/sample.warc.gz is stale; rebuild it with: cargo test -p marsad-ingest --test corpus -- --ignored regenerate_sample_warc"
    );
    // One gzip member per record, as in CC-NEWS.
    let members = committed.windows(3).filter(|w| *w == [0x1f, 0x8b, 0x08]).count();
    assert!(members >= sample_warc_records().len());
}

/// Rewrites `examples/corpus/sample.warc.gz` from `testutil`.
#[test]
#[ignore = "writes into examples/corpus; run it after changing testutil's sample"]
fn regenerate_sample_warc() {
    std::fs::write(corpus().join("sample.warc.gz"), sample_warc_gz()).expect("write sample.warc.gz");
}
