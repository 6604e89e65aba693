//! Builds WARC files for tests (enabled by `cfg(test)` or the `testutil`
//! feature), and the example corpus's `sample.warc.gz`.
//!
//! Everything here is deterministic: fixed record ids and dates, headers
//! in a fixed order, gzip members without timestamps. The sample archive
//! is rebuilt with
//!
//! ```text
//! cargo test -p marsad-ingest --test corpus -- --ignored regenerate_sample_warc
//! ```
//!
//! and a (not ignored) test checks that the committed file still holds
//! exactly these records.

use std::io::Write;

/// One WARC record, framed: `WARC/1.0`, the headers in the order given,
/// `Content-Length` (computed), a blank line, the block, two CRLFs.
pub fn warc_record(headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(block.len() + 512);
    out.extend_from_slice(b"WARC/1.0\r\n");
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP/1.1 response message (the block of a WARC `response` record).
pub fn http_response(status: u16, content_type: &str, body: &[u8]) -> Vec<u8> {
    let reason = if status == 200 { "OK" } else { "Status" };
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nServer: nginx\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A WARC `response` record for `url` with an HTTP 200 `body`.
pub fn response_record(record_id: &str, date: &str, url: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", url),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http_response(200, content_type, body),
    )
}

/// `data` as one gzip member (no file name, no timestamp).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

/// Records gzipped one member each, as Common Crawl's CC-NEWS does.
pub fn gzip_per_record(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

/// A small news page: navigation, the article (title, byline and date,
/// paragraphs), a sidebar and a footer, as a site's template would wrap
/// it. `published` is the machine-readable date, `date_text` the one shown.
pub fn news_page(
    lang: &str,
    site: &str,
    title: &str,
    published: &str,
    date_text: &str,
    url: &str,
    paragraphs: &[&str],
) -> String {
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    let body: String = paragraphs.iter().map(|p| format!("        <p>{p}</p>\n")).collect();
    let (home, latest, more, byline) = if lang == "ar" {
        ("الرئيسية", "آخر الأخبار", "الأكثر قراءة", "قسم الأخبار")
    } else {
        ("Home", "Latest", "Most read", "Staff reporter")
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta property="og:site_name" content="{site}">
  <meta property="og:title" content="{title}">
  <meta property="article:published_time" content="{published}">
  <link rel="canonical" href="{url}">
</head>
<body>
  <header><nav><ul><li><a href="/">{home}</a></li><li><a href="/latest">{latest}</a></li></ul></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="post-meta"><span class="byline">{byline}</span> – <time datetime="{published}">{date_text}</time></div>
      <div class="article-body">
{body}      </div>
    </article>
  </main>
  <aside><h3>{more}</h3><ul><li><a href="/a">…</a></li><li><a href="/b">…</a></li></ul></aside>
  <footer><p>© 2024 {site}</p></footer>
</body>
</html>
"#
    )
}

/// The records of `examples/corpus/sample.warc.gz`, uncompressed: a
/// `warcinfo`, a `request`, two Arabic article pages, an English one and
/// a `robots.txt` (not HTML).
pub fn sample_warc_records() -> Vec<Vec<u8>> {
    let info = warc_record(
        &[
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", "<urn:uuid:4d617273-6164-4000-8000-000000000000>"),
            ("WARC-Date", "2024-05-17T06:00:00Z"),
            ("WARC-Filename", "sample.warc.gz"),
            ("Content-Type", "application/warc-fields"),
        ],
        b"software: marsad-ingest testutil\r\nformat: WARC File Format 1.0\r\ndescription: fictional pages written for Marsad\r\n",
    );
    let dijla_url = "https://dijla-gate.example/iraq/security/2024/05/16/nasiriyah-prison-escape-foiled.html";
    let request = warc_record(
        &[
            ("WARC-Type", "request"),
            ("WARC-Record-ID", "<urn:uuid:4d617273-6164-4000-8000-000000000001>"),
            ("WARC-Date", "2024-05-16T12:30:44Z"),
            ("WARC-Target-URI", dijla_url),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        b"GET /iraq/security/2024/05/16/nasiriyah-prison-escape-foiled.html HTTP/1.1\r\nHost: dijla-gate.example\r\n\r\n",
    );
    let dijla = news_page(
        "ar",
        "بوابة دجلة",
        "إحباط محاولة هروب من سجن الناصرية المركزي ومقتل حارس",
        "2024-05-16T11:20:00+03:00",
        "الخميس 16 أيار/مايو 2024",
        dijla_url,
        &DIJLA_PRISON,
    );
    let hol_url = "https://dhiffatayn.example/ar/news/2024/05/16/al-hol-operation-ends";
    let hol = news_page(
        "ar",
        "وكالة الضفتين للأنباء",
        "ناشطون: اعتقال نحو 350 شخصاً في عملية قسد بمخيم الهول",
        "2024-05-16T17:45:00+03:00",
        "16 مايو 2024 - 17:45",
        hol_url,
        &DHIFFATAYN_HOL,
    );
    let levant_url = "https://levant-monitor.example/2024/05/14/idlib-drone-strike";
    let levant = news_page(
        "en",
        "Levant Monitor",
        "Drone strike kills 12 in Idlib village market",
        "2024-05-14T16:00:00+00:00",
        "May 14, 2024",
        levant_url,
        &LEVANT_EN,
    );
    vec![
        info,
        request,
        response_record(
            "<urn:uuid:4d617273-6164-4000-8000-000000000002>",
            "2024-05-16T12:30:45Z",
            dijla_url,
            "text/html; charset=utf-8",
            dijla.as_bytes(),
        ),
        response_record(
            "<urn:uuid:4d617273-6164-4000-8000-000000000003>",
            "2024-05-16T18:02:10Z",
            hol_url,
            "text/html; charset=UTF-8",
            hol.as_bytes(),
        ),
        response_record(
            "<urn:uuid:4d617273-6164-4000-8000-000000000004>",
            "2024-05-15T07:11:52Z",
            levant_url,
            "text/html",
            levant.as_bytes(),
        ),
        response_record(
            "<urn:uuid:4d617273-6164-4000-8000-000000000005>",
            "2024-05-16T18:02:11Z",
            "https://dhiffatayn.example/robots.txt",
            "text/plain",
            b"User-agent: *\nDisallow: /search\n",
        ),
    ]
}

/// `examples/corpus/sample.warc.gz`: [`sample_warc_records`], one gzip
/// member per record.
pub fn sample_warc_gz() -> Vec<u8> {
    gzip_per_record(&sample_warc_records())
}

const DIJLA_PRISON: [&str; 5] = [
    "أعلنت وزارة العدل العراقية، اليوم الخميس، إحباط محاولة هروب جماعي من سجن الناصرية المركزي في محافظة ذي قار جنوبي البلاد، أسفرت عن مقتل أحد حراس السجن وإصابة اثنين آخرين.",
    "وقال المتحدث باسم الوزارة، كاظم الزبيدي، في بيان إن 12 نزيلاً من المحكومين بقضايا إرهاب حاولوا فجر اليوم الاستيلاء على أسلحة الحراس في القاطع الثالث من السجن، مستغلين عملية نقل عدد منهم إلى قاعة المحكمة.",
    "وأضاف الزبيدي أن قوة الحماية تمكنت من السيطرة على الموقف خلال أقل من ساعة، وأن نزيلين قُتلا خلال الاشتباك، فيما أعيد الباقون إلى زنازينهم.",
    "وأشار إلى أن الوزير أمر بتشكيل لجنة تحقيق عليا لمعرفة ملابسات الحادث، وإيقاف مدير القاطع عن العمل لحين انتهاء التحقيق.",
    "ويضم سجن الناصرية المركزي، المعروف محلياً باسم \"الحوت\"، آلاف المحكومين، بينهم عناصر في تنظيم داعش صدرت بحقهم أحكام بالإعدام.",
];

const DHIFFATAYN_HOL: [&str; 4] = [
    "أعلنت قوات سوريا الديمقراطية (قسد)، مساء اليوم الخميس، انتهاء المرحلة الأولى من عمليتها الأمنية في مخيم الهول شرقي الحسكة، بعد أربعة أيام من المداهمات وعمليات التفتيش.",
    "وأفاد ناشطون من داخل المخيم بأن عدد المعتقلين تجاوز 350 شخصاً، بينهم نساء وقاصرون، نُقلوا إلى مراكز احتجاز في مدينة الحسكة، في حين لم تعلن قسد حتى الآن حصيلة نهائية.",
    "وقالت امرأة من قاطنات القطاع الخامس لوكالة الضفتين إن \"العناصر فتّشوا الخيام واحدة واحدة، وصادروا الهواتف المحمولة والأموال\"، مضيفة أن زوجها اعتُقل الاثنين الماضي ولا تعرف مكانه.",
    "وكانت العملية قد انطلقت الاثنين 13 أيار/مايو بمشاركة وحدات من قوات مكافحة الإرهاب، وبدعم جوي من التحالف الدولي بقيادة الولايات المتحدة.",
];

const LEVANT_EN: [&str; 3] = [
    "A suicide drone struck a crowded vegetable market in the village of Afes, north-west of Saraqib in Idlib province, on Tuesday morning, killing 12 civilians including four children, according to local rescuers.",
    "Residents said the drone was launched from government-held positions south-east of Saraqib. The Syrian army said it had targeted militant positions and made no mention of civilian casualties.",
    "The attack is one of the deadliest in north-west Syria this year, despite the ceasefire agreed by Russia and Turkey in March 2020.",
];
