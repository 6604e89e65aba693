//! The observatory end to end, through the real `marsad` binary: ingest of
//! every input format, idempotency, recovery from `kill -9`, malformed
//! inputs, exports (deterministic), search and stats.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use marsad_store::{SqliteStore, Store};

fn marsad(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run marsad")
}

fn text(o: &Output) -> String {
    format!(
        "--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// `marsad ingest … --json`: the summary, asserting the exit code.
fn ingest(dir: &Path, args: &[&str], code: i32) -> serde_json::Value {
    let mut all = vec!["ingest", "--json", "-q"];
    all.extend_from_slice(args);
    let o = marsad(dir, &all);
    assert_eq!(o.status.code(), Some(code), "{}", text(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("summary is not JSON ({e}): {}", text(&o)))
}

fn export(dir: &Path, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let o = marsad(dir, &all);
    assert!(o.status.success(), "{}", text(&o));
    o.stdout
}

fn count(s: &serde_json::Value, k: &str) -> u64 {
    s[k].as_u64().unwrap_or_else(|| panic!("no {k} in {s}"))
}

fn listed(s: &serde_json::Value, k: &str) -> Vec<(String, String)> {
    s[k].as_array()
        .unwrap_or_else(|| panic!("no {k} in {s}"))
        .iter()
        .map(|p| {
            (
                p["input"].as_str().unwrap_or("").to_string(),
                p["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A short Arabic report, different for every `i`.
fn article(i: usize) -> String {
    const TOWNS: &[&str] = &[
        "الحسكة",
        "القامشلي",
        "دير الزور",
        "الرقة",
        "حلب",
        "إدلب",
        "درعا",
        "الموصل",
    ];
    let town = TOWNS[i % TOWNS.len()];
    format!(
        "قتل {} عناصر من قوات سوريا الديمقراطية في هجوم شنه تنظيم داعش على حاجز قرب مدينة {town}، بحسب مصادر محلية.\n\n\
         وقال مصدر عسكري إن الاشتباكات استمرت {} ساعات قبل أن تنسحب المجموعة المهاجمة. (تقرير {i})",
        2 + i % 17,
        1 + i % 9
    )
}

fn write_articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        std::fs::write(dir.join(format!("a{i:05}.txt")), article(i)).unwrap();
    }
}

fn store(dir: &Path) -> SqliteStore {
    SqliteStore::open_existing(&dir.join("marsad.db")).expect("the store exists")
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// One small input of each format, written by hand.
fn write_formats(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("plain.txt"),
        "هاجم مسلحون حاجزاً عسكرياً بالحسكة وقتلوا ثلاثة جنود.",
    )
    .unwrap();
    let line = |id: &str, outlet: &str, t: &str| {
        serde_json::json!({"id": id, "title": "عاجل", "outlet": outlet, "published": "2024-03-02",
                           "url": format!("https://{outlet}.example/{id}"), "text": t})
        .to_string()
    };
    std::fs::write(
        dir.join("dump.jsonl"),
        format!(
            "{}\n{}\n",
            line(
                "j1",
                "outleta",
                "اشتباكات عنيفة في ريف حلب الشمالي بين فصائل المعارضة وقوات النظام."
            ),
            line(
                "j2",
                "outletb",
                "اعتقلت قوات الأمن خمسة أشخاص في مدينة درعا البلد فجر اليوم."
            )
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("page.html"),
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>قصف على إدلب</title>\
         <meta property=\"og:site_name\" content=\"موقع الأخبار\">\
         <meta property=\"article:published_time\" content=\"2024-03-01T10:00:00+03:00\"></head>\
         <body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>قصف على إدلب</h1>\
         <p>قصفت طائرات حربية مناطق في ريف إدلب الجنوبي صباح اليوم، ما أسفر عن مقتل أربعة مدنيين وإصابة آخرين بجروح متفاوتة.</p>\
         <p>وقال الدفاع المدني إن فرقه عملت على انتشال الضحايا من تحت الأنقاض في بلدة كفرنبل وما حولها من القرى.</p>\
         <p>ويأتي القصف في سياق تصعيد مستمر تشهده المنطقة منذ أسابيع، رغم اتفاق وقف إطلاق النار المعلن.</p>\
         </article><footer>جميع الحقوق محفوظة</footer></body></html>",
    )
    .unwrap();
    std::fs::write(
        dir.join("feed.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>وكالة الأنباء</title>\
         <link>https://agency.example/</link><description>أخبار</description>\
         <item><title>انفجار في الرقة</title><link>https://agency.example/1</link><guid>f1</guid>\
         <pubDate>Sat, 02 Mar 2024 08:00:00 +0300</pubDate>\
         <description>انفجرت عبوة ناسفة بسيارة عسكرية في مدينة الرقة، وأسفر الانفجار عن إصابة عنصرين من قوات الأمن الداخلي بجروح.</description></item>\
         <item><title>احتجاج في السويداء</title><link>https://agency.example/2</link><guid>f2</guid>\
         <pubDate>Sat, 02 Mar 2024 09:00:00 +0300</pubDate>\
         <description>تظاهر مئات الأشخاص في ساحة الكرامة وسط مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية والإفراج عن المعتقلين.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    std::fs::write(
        dir.join("archive.warc"),
        warc_record("https://site.example/news/1", &html_page()),
    )
    .unwrap();
}

fn html_page() -> String {
    "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>هجوم في دير الزور</title></head><body><article>\
     <p>هاجمت خلايا مسلحة نقطة عسكرية في ريف دير الزور الشرقي ليل أمس، وقتلت جنديين وأصابت ثلاثة آخرين بجروح.</p>\
     <p>وقالت مصادر محلية إن المهاجمين انسحبوا باتجاه البادية بعد اشتباك استمر نحو ساعة كاملة مع عناصر النقطة.</p>\
     </article></body></html>"
        .to_string()
}

/// One WARC/1.0 `response` record holding an HTTP 200 HTML page.
fn warc_record(url: &str, html: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n\
         WARC-Date: 2024-03-02T10:00:00Z\r\nWARC-Target-URI: {url}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http.as_bytes());
    out.extend_from_slice(b"\r\n\r\n");
    out
}

#[test]
fn ingests_every_format_and_exports_each_way() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_formats(&dir.join("in"));
    let s = ingest(dir, &["in"], 0);
    assert_eq!(count(&s, "inputs"), 5, "{s}");
    assert_eq!(count(&s, "read"), 7, "{s}");
    assert_eq!(count(&s, "new"), 7, "{s}");
    assert!(listed(&s, "failed").is_empty(), "{s}");

    let st = store(dir);
    assert_eq!(st.document_count().unwrap(), 7);
    let formats: Vec<String> = st
        .connection()
        .prepare("SELECT DISTINCT format FROM documents ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(formats, ["feed", "html", "jsonl", "text", "warc"]);
    // Metadata from each input is kept.
    let (outlet, published): (Option<String>, Option<String>) = st
        .connection()
        .query_row("SELECT outlet, published FROM documents WHERE doc_id = 'j1'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(
        (outlet.as_deref(), published.as_deref()),
        (Some("outleta"), Some("2024-03-02"))
    );

    // JSONL: marsad/1 records, one per stored document, byte-stable.
    let jsonl = export(dir, &["--format", "jsonl"]);
    assert_eq!(jsonl.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count(), 7);
    for line in String::from_utf8(jsonl.clone()).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema"], "marsad/1");
    }
    // CSV: the ACLED-shaped header, then one row per event.
    let csv = export(dir, &["--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        &header[..21],
        [
            "event_date",
            "time_precision",
            "event_type",
            "sub_event_type",
            "actor1",
            "actor2",
            "country",
            "admin1",
            "admin2",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "fatalities",
            "source",
            "notes",
            "plover_type",
            "plover_mode",
            "factuality",
            "doc_id",
            "evidence"
        ]
    );
    assert_eq!(rdr.records().count() as u64, st.stats().unwrap().events);
    let geo: serde_json::Value = serde_json::from_slice(&export(dir, &["--format", "geojson"])).unwrap();
    assert_eq!(geo["type"], "FeatureCollection");
    for f in ["jsonl", "csv", "geojson"] {
        let c = export(dir, &["--format", f, "--clusters"]);
        if f == "geojson" {
            let v: serde_json::Value = serde_json::from_slice(&c).unwrap();
            assert_eq!(v["type"], "FeatureCollection");
        }
        // Deterministic: the same store gives the same bytes.
        assert_eq!(c, export(dir, &["--format", f, "--clusters"]), "{f} --clusters");
        assert_eq!(export(dir, &["--format", f]), export(dir, &["--format", f]), "{f}");
    }
    // To a file as well.
    let o = marsad(dir, &["export", "--format", "csv", "-o", "events.csv"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read(dir.join("events.csv")).unwrap(), csv);
}

#[test]
fn parquet_needs_its_feature_and_bad_filters_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_articles(&dir.join("in"), 3);
    ingest(dir, &["in"], 0);
    let o = marsad(dir, &["export", "--format", "parquet"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("`parquet` cargo feature"), "{err}");
    let o = marsad(dir, &["export", "--since", "last week"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--since"), "{}", text(&o));
    // Read commands do not create a store.
    let o = marsad(dir, &["stats", "--db", "nowhere.db"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("marsad ingest"),
        "{}",
        text(&o)
    );
    assert!(!dir.join("nowhere.db").exists());
    let o = marsad(dir, &["ingest", "in", "--published-from", "yesterday"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("META or a date"),
        "{}",
        text(&o)
    );
}

#[test]
fn the_same_articles_twice_are_stored_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_articles(&dir.join("in"), 40);
    let first = ingest(dir, &["in", "--batch", "7"], 0);
    assert_eq!((count(&first, "new"), count(&first, "duplicate")), (40, 0), "{first}");
    let before = export(dir, &["--format", "jsonl"]);
    let again = ingest(dir, &["in"], 0);
    assert_eq!(
        (count(&again, "read"), count(&again, "new"), count(&again, "duplicate")),
        (40, 0, 40),
        "{again}"
    );
    // The same content under another name, with other diacritics and spacing.
    std::fs::create_dir_all(dir.join("copy")).unwrap();
    let copy = article(3).replace("قتل", "قُتِل").replace(" في ", "  في ");
    std::fs::write(dir.join("copy/other-name.txt"), copy).unwrap();
    let third = ingest(dir, &["copy", "in"], 0);
    assert_eq!((count(&third, "new"), count(&third, "duplicate")), (0, 41), "{third}");
    assert_eq!(store(dir).document_count().unwrap(), 40);
    assert_eq!(export(dir, &["--format", "jsonl"]), before);
}

#[test]
fn forced_publication_date() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_formats(&dir.join("in"));
    ingest(dir, &["in", "--published-from", "2024-05-01"], 0);
    let jsonl = String::from_utf8(export(dir, &["--format", "jsonl"])).unwrap();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["doc"]["published"], "2024-05-01", "{line}");
    }
}

#[test]
fn malformed_inputs_are_named_and_the_batch_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let inp = dir.join("in");
    write_formats(&inp);
    // A gzip stream cut in the middle.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..50 {
        use std::io::Write;
        let line = serde_json::json!({"id": format!("z{i}"), "text": article(1000 + i)});
        writeln!(gz, "{line}").unwrap();
    }
    let gz = gz.finish().unwrap();
    std::fs::write(inp.join("truncated.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    // A WARC record whose header is not a header.
    std::fs::write(
        inp.join("broken.warc"),
        b"WARC/1.0\r\nthis line is no header\r\n\x00\x01\r\n\r\nrest",
    )
    .unwrap();
    // HTML with no body.
    std::fs::write(
        inp.join("nobody.html"),
        "<!DOCTYPE html><html><head><title>فارغ</title></head></html>",
    )
    .unwrap();
    // A feed that is not XML.
    std::fs::write(
        inp.join("notxml.rss"),
        "<rss version=\"2.0\"><channel><item><title>unclosed & broken",
    )
    .unwrap();
    // A JSONL file with one line of invalid UTF-8 between two good ones.
    let mut bad = serde_json::json!({"id": "u1", "text": article(2001)})
        .to_string()
        .into_bytes();
    bad.extend_from_slice(b"\n{\"id\": \"u2\", \"text\": \"\xff\xfe bad \xc3\x28 bytes\"}\n");
    bad.extend_from_slice(
        serde_json::json!({"id": "u3", "text": article(2003)})
            .to_string()
            .as_bytes(),
    );
    bad.push(b'\n');
    std::fs::write(inp.join("mixed.jsonl"), bad).unwrap();
    // An empty file.
    std::fs::write(inp.join("empty.txt"), b"").unwrap();

    let s = ingest(dir, &["in"], 1);
    let problems: Vec<(String, String)> = listed(&s, "failed").into_iter().chain(listed(&s, "skipped")).collect();
    for name in [
        "truncated.jsonl.gz",
        "broken.warc",
        "nobody.html",
        "notxml.rss",
        "mixed.jsonl",
        "empty.txt",
    ] {
        let hit = problems.iter().find(|(input, _)| input.contains(name));
        let (_, reason) = hit.unwrap_or_else(|| panic!("{name} is not named in the summary: {s}"));
        assert!(!reason.is_empty(), "{name}: no reason");
    }
    let failed = listed(&s, "failed");
    assert!(failed.iter().any(|(i, _)| i.contains("mixed.jsonl#line:2")), "{s}");
    assert!(
        !failed.iter().any(|(i, _)| i.contains("empty.txt")),
        "an empty file is skipped, not failed: {s}"
    );
    // Everything good was stored: the 7 documents of write_formats, the two
    // good JSONL lines, and whatever came out of the gzip before the cut.
    let st = store(dir);
    let ids: Vec<String> = st
        .connection()
        .prepare("SELECT doc_id FROM documents")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for id in ["j1", "j2", "u1", "u3"] {
        assert!(ids.iter().any(|x| x == id), "{id} missing: {ids:?}");
    }
    assert!(!ids.iter().any(|x| x == "u2"));
    assert!(count(&s, "new") >= 9, "{s}");
    // The text summary names them too.
    let o = marsad(dir, &["ingest", "-q", "in"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("failed (") && out.contains("broken.warc"), "{out}");
}

/// Kills a real ingest with SIGKILL after it has committed some batches,
/// runs it again, and checks that every article is stored exactly once.
#[test]
fn an_ingest_killed_with_sigkill_loses_nothing_and_duplicates_nothing() {
    const N: usize = 3000;
    const BATCH: usize = 50;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_articles(&dir.join("in"), N);
    let db = dir.join("marsad.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .current_dir(dir)
        .args(["ingest", "in", "-q", "--batch", &BATCH.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start marsad ingest");
    let started = Instant::now();
    let mut killed_at = None;
    let mut finished_first = false;
    loop {
        if child.try_wait().expect("poll the child").is_some() {
            finished_first = true;
            break;
        }
        let stored = if db.exists() {
            SqliteStore::open_existing(&db).and_then(|s| s.document_count()).ok()
        } else {
            None
        };
        if let Some(n) = stored
            && n >= 4 * BATCH as u64
        {
            child.kill().expect("SIGKILL the ingest");
            child.wait().expect("reap the child");
            killed_at = Some(n);
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the ingest made no progress in 5 minutes"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let st = SqliteStore::open_existing(&db).unwrap();
    let after_kill = st.document_count().unwrap();
    match killed_at {
        Some(seen) => {
            eprintln!("killed after {seen} documents were seen committed; {after_kill} stored at the kill");
            // Only whole batches are ever committed.
            assert!(
                after_kill == N as u64 || after_kill.is_multiple_of(BATCH as u64),
                "{after_kill} is not whole batches"
            );
            assert!(after_kill >= seen);
        }
        None => {
            assert!(finished_first);
            eprintln!("the first ingest finished before it could be killed; checking idempotency only");
        }
    }
    drop(st);
    let s = ingest(dir, &["in"], 0);
    assert_eq!(count(&s, "read"), N as u64, "{s}");
    assert_eq!(count(&s, "new") + count(&s, "duplicate"), N as u64, "{s}");
    assert_eq!(count(&s, "new"), N as u64 - after_kill, "{s}");
    let st = store(dir);
    assert_eq!(st.document_count().unwrap(), N as u64);
    let c = st.connection();
    let one = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as u64;
    assert_eq!(one("SELECT COUNT(DISTINCT doc_id) FROM documents"), N as u64);
    assert_eq!(one("SELECT COUNT(DISTINCT content_hash) FROM documents"), N as u64);
    assert_eq!(
        one("SELECT COUNT(*) FROM doc_search_docsize"),
        N as u64,
        "search index out of step"
    );
    let origins = one("SELECT COUNT(DISTINCT origin) FROM documents");
    assert_eq!(origins, N as u64);
    assert_eq!(st.search("تقرير", 5).unwrap().total, N as u64);
}

#[test]
fn search_and_stats() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_articles(&dir.join("in"), 16);
    write_formats(&dir.join("more"));
    ingest(dir, &["in", "more"], 0);
    // الحسكة finds بالحسكة (plain.txt) and الحسكة (two generated articles).
    let o = marsad(dir, &["search", "الحسكه", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let hits: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(hits.len(), 3, "{}", text(&o));
    assert!(
        hits.iter()
            .any(|h| h["snippet"].as_str().unwrap().contains("ب[الحسكة]")),
        "{hits:?}"
    );
    let o = marsad(dir, &["search", "حلب", "اشتباكات"]);
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.lines().any(|l| l == "j1\t2024-03-02\toutleta\tعاجل"), "{out}");
    let o = marsad(dir, &["search", "كلمةغيرموجودة"]);
    assert_eq!(o.status.code(), Some(1));

    let o = marsad(dir, &["stats", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(s["documents"], 23);
    let o = marsad(dir, &["stats"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("documents  23") && out.contains("by type") && out.contains("by month"),
        "{out}"
    );
}

/// The bundled example corpus (written with the ingest crate): every input
/// is read, and once the event layer finds events there, clusters join
/// reports from different outlets.
#[test]
fn example_corpus() {
    let corpus = corpus();
    if !corpus.is_dir() {
        eprintln!("examples/corpus is not there yet; skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let s = ingest(dir, &[corpus.to_str().unwrap()], 0);
    assert!(count(&s, "new") > 0, "{s}");
    assert_eq!(count(&s, "new") + count(&s, "duplicate"), count(&s, "read"), "{s}");
    let st = store(dir);
    assert_eq!(st.document_count().unwrap(), count(&s, "documents_in_store"));
    for f in ["jsonl", "csv", "geojson"] {
        assert_eq!(export(dir, &["--format", f]), export(dir, &["--format", f]), "{f}");
        assert_eq!(
            export(dir, &["--format", f, "--clusters"]),
            export(dir, &["--format", f, "--clusters"])
        );
    }
    let stats = st.stats().unwrap();
    let placed: i64 = st
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM events WHERE place_level IS NOT NULL AND event_date IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    eprintln!(
        "example corpus: {} documents, {} events ({placed} with a place and a date), {} clusters, {} from 2+ sources",
        stats.documents, stats.events, stats.clusters, stats.multi_source_clusters
    );
    if placed >= 2 {
        assert!(
            stats.multi_source_clusters >= 1,
            "no cluster joins two outlets: {stats:?}"
        );
    }
}
