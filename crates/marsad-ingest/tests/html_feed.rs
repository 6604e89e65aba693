//! HTML pages (charsets, main text, metadata) and RSS/Atom feeds.

mod common;

use common::*;
use marsad_ingest::{Format, ReadOptions};
use serde_json::json;

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{head}</head><body>{body}</body></html>")
}

fn article_body() -> String {
    format!(
        "<nav><a href=\"/\">الرئيسية</a> <a href=\"/syria\">سوريا</a></nav>\
         <article><h1>غارة على إدلب</h1><div class=\"content\"><p>{AR_PARA}</p><p>{AR_PARA2}</p></div></article>\
         <aside><h3>الأكثر قراءة</h3><ul><li><a href=\"/1\">خبر آخر</a></li></ul></aside>\
         <footer>جميع الحقوق محفوظة</footer>"
    )
}

// ---------------------------------------------------------------- HTML

#[test]
fn html_main_text_and_metadata() {
    let d = Dir::new();
    let head = r#"<meta charset="utf-8"><title>غارة على إدلب - موقع الشمال</title>
        <meta property="og:site_name" content="موقع الشمال">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"غارة على إدلب","datePublished":"2024-05-14T22:10:00+03:00","publisher":{"@type":"Organization","name":"موقع الشمال"},"url":"https://north.example/a/1"}</script>"#;
    let doc = only_doc(read(&d.write("p.html", page(head, &article_body()))));
    assert_eq!(doc.title.as_deref(), Some("غارة على إدلب"));
    assert_eq!(doc.outlet.as_deref(), Some("موقع الشمال"));
    assert_eq!(doc.published.as_deref(), Some("2024-05-14"));
    assert_eq!(doc.url.as_deref(), Some("https://north.example/a/1"));
    assert_eq!(doc.text, format!("{AR_PARA}\n\n{AR_PARA2}"));
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.id, None);
    assert_eq!(doc.meta.get("charset"), Some(&json!("UTF-8")));
    assert_eq!(doc.meta.get("charset_source"), Some(&json!("meta")));
    assert_eq!(doc.meta.get("lang"), Some(&json!("ar")));
}

#[test]
fn html_date_from_time_element_and_meta_name_date() {
    let d = Dir::new();
    let with_time = article_body().replace("<h1>", "<time datetime=\"2024-05-16\">16 أيار</time><h1>");
    let doc = only_doc(read(&d.write("t.html", page("<title>x</title>", &with_time))));
    assert_eq!(doc.published.as_deref(), Some("2024-05-16"));
    let doc = only_doc(read(&d.write(
        "m.htm",
        page("<meta name=\"date\" content=\"18/05/2024\">", &article_body()),
    )));
    assert_eq!(doc.published.as_deref(), Some("2024-05-18"));
    let doc = only_doc(read(&d.write(
        "u.html",
        page(
            "<meta property=\"article:published_time\" content=\"soon\">",
            &article_body(),
        ),
    )));
    assert_eq!(doc.published, None);
    assert_eq!(doc.meta.get("published_unreadable"), Some(&json!("soon")));
}

#[test]
fn html_windows_1256_declared_guessed_or_misdeclared() {
    let d = Dir::new();
    let encode = |s: &str| encoding_rs::WINDOWS_1256.encode(s).0.into_owned();
    let declared = encode(&page(
        "<meta charset=\"windows-1256\"><title>غارة</title>",
        &article_body(),
    ));
    let guessed = encode(&page("<title>غارة</title>", &article_body()));
    let misdeclared = encode(&page("<meta charset=\"utf-8\"><title>غارة</title>", &article_body()));
    let iso_page = page(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"><title>غارة</title>",
        &article_body(),
    );
    let iso = encoding_rs::ISO_8859_6.encode(&iso_page).0.into_owned();
    for (name, bytes, charset, source) in [
        ("declared.html", declared, "windows-1256", "meta"),
        ("guessed.html", guessed, "windows-1256", "guess"),
        ("misdeclared.html", misdeclared, "windows-1256", "guess"),
        ("iso.html", iso, "ISO-8859-6", "meta"),
    ] {
        let doc = only_doc(read(&d.write(name, bytes)));
        assert_eq!(doc.text, format!("{AR_PARA}\n\n{AR_PARA2}"), "{name}");
        assert_eq!(doc.meta.get("charset"), Some(&json!(charset)), "{name}");
        assert_eq!(doc.meta.get("charset_source"), Some(&json!(source)), "{name}");
    }
}

#[test]
fn html_without_body_or_text_is_skipped() {
    let d = Dir::new();
    d.write("a-nobody.html", "<html><head><title>صفحة</title></head></html>");
    d.write(
        "b-links.html",
        page(
            "<title>روابط</title>",
            "<nav><a href=\"/1\">الأول</a> <a href=\"/2\">الثاني</a></nav>",
        ),
    );
    d.write("c-ok.html", page("<title>غارة</title>", &article_body()));
    let items = read(d.path());
    assert_eq!(items.len(), 3);
    assert_eq!(
        items[0],
        skipped(
            d.origin("a-nobody.html"),
            "no text: the page has no body, or an empty one"
        )
    );
    assert_eq!(
        items[1],
        skipped(
            d.origin("b-links.html"),
            "no article text found in the page (only navigation, links or very short text)"
        )
    );
    assert!(items[2].doc().is_some());
}

#[test]
fn html_in_another_language_is_skipped_unless_asked() {
    let d = Dir::new();
    let body = format!("<article><h1>Strike</h1><p>{EN_PARA}</p><p>{EN_PARA}</p><p>{EN_PARA}</p></article>");
    let p = d.write(
        "en.html",
        format!("<html lang=\"en\"><head><title>Strike</title></head><body>{body}</body></html>"),
    );
    assert_eq!(
        read(&p),
        vec![skipped(d.origin("en.html"), "not Arabic (detected eng)")]
    );
    let doc = only_doc(read_with(
        &p,
        ReadOptions {
            arabic_only: false,
            ..ReadOptions::default()
        },
    ));
    assert_eq!(doc.text, format!("{EN_PARA}\n\n{EN_PARA}\n\n{EN_PARA}"));
}

#[test]
fn html_binary_and_oversize() {
    let d = Dir::new();
    d.write("a.html", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00");
    d.write("b.html", page("<title>x</title>", &article_body()));
    let items = read_with(
        d.path(),
        ReadOptions {
            max_bytes: 100,
            ..ReadOptions::default()
        },
    );
    assert_eq!(
        items[0],
        failed(
            d.origin("a.html"),
            "binary file (NUL bytes or mostly control characters); not an HTML page"
        )
    );
    match &items[1] {
        marsad_ingest::Item::Failed { origin, reason } => {
            assert_eq!(origin, &d.origin("b.html"));
            assert!(
                reason.ends_with("over the 100-byte limit; raise it with --max-bytes if it is really one article"),
                "{reason}"
            );
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------- feeds

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>نشرة الشمال</title><link>https://north.example/</link><description>أخبار</description>
<item><title>الأول</title><link>https://north.example/1</link><guid>n-1</guid>
  <pubDate>Thu, 16 May 2024 01:30:00 +0300</pubDate>
  <content:encoded><![CDATA[<p>PARA1</p><div>PARA2<br>سطر ثالث</div>]]></content:encoded></item>
<item><title>الثاني</title><link>https://north.example/2</link>
  <description>&lt;p&gt;PARA2&lt;/p&gt;</description></item>
<item><title>فارغ</title><guid>n-3</guid><description></description></item>
<item><title>English</title><guid>n-4</guid><description>ENPARA</description></item>
<item><title>مكرر</title><guid>n-1</guid><description>نص مختلف تماماً</description></item>
</channel></rss>"#;

#[test]
fn rss_items_become_documents() {
    let d = Dir::new();
    let rss = RSS
        .replace("PARA1", AR_PARA)
        .replace("PARA2", AR_PARA2)
        .replace("ENPARA", EN_PARA);
    let p = d.write("feed.rss", rss);
    let at = |n: usize| format!("{}#item:{n}", d.origin("feed.rss"));
    let items = read(&p);
    assert_eq!(items.len(), 5, "{items:#?}");
    let first = items[0].doc().expect("item 1");
    assert_eq!(first.id.as_deref(), Some("n-1"));
    assert_eq!(first.title.as_deref(), Some("الأول"));
    assert_eq!(first.url.as_deref(), Some("https://north.example/1"));
    // 01:30 at +03:00 is still the 16th where it was written.
    assert_eq!(first.published.as_deref(), Some("2024-05-16"));
    assert_eq!(first.outlet.as_deref(), Some("نشرة الشمال"));
    assert_eq!(first.text, format!("{AR_PARA}\n\n{AR_PARA2}\n\nسطر ثالث"));
    assert_eq!(first.format, Format::Feed);
    assert_eq!(first.origin, at(1));
    let second = items[1].doc().expect("item 2");
    assert_eq!(second.id, None);
    assert_eq!(second.published, None);
    assert_eq!(second.text, AR_PARA2);
    assert_eq!(items[2], skipped(at(3), "the item has no content or summary text"));
    assert_eq!(items[3], skipped(at(4), "not Arabic (detected eng)"));
    assert_eq!(items[4], skipped(at(5), &format!("duplicate of {} (same id)", at(1))));
}

#[test]
fn atom_feed_with_updated_date_only() {
    let d = Dir::new();
    let atom = format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title><id>urn:atlas</id><updated>2024-05-17T10:00:00Z</updated>
<entry><title type="html">&lt;b&gt;اعتقالات&lt;/b&gt; في الهول</title><id>urn:atlas:1</id>
<link rel="alternate" href="https://atlas.example/1"/><updated>2024-05-17T09:30:00+03:00</updated>
<content type="html">&lt;p&gt;{AR_PARA}&lt;/p&gt;</content></entry></feed>"#
    );
    // An unknown extension: sniffed as a feed.
    let doc = only_doc(read(&d.write("atlas.feed", atom)));
    assert_eq!(doc.id.as_deref(), Some("urn:atlas:1"));
    assert_eq!(doc.title.as_deref(), Some("اعتقالات في الهول"));
    assert_eq!(doc.url.as_deref(), Some("https://atlas.example/1"));
    assert_eq!(doc.published.as_deref(), Some("2024-05-17"));
    assert_eq!(doc.outlet.as_deref(), Some("أطلس"));
    assert_eq!(doc.text, AR_PARA);
}

#[test]
fn feed_that_is_not_xml_fails() {
    let d = Dir::new();
    d.write("a.xml", "<html><body><p>502 Bad Gateway</p></body></html>");
    d.write("b.rss", "this is not a feed");
    d.write(
        "c.rss",
        RSS.replace("PARA1", AR_PARA)
            .replace("PARA2", AR_PARA2)
            .replace("ENPARA", EN_PARA),
    );
    let items = read(d.path());
    assert_eq!(
        items[0],
        failed(
            d.origin("a.xml"),
            "not an RSS/Atom feed (unable to parse feed: no root element); check that the file is the feed's XML, not an HTML page or an error message"
        )
    );
    assert_eq!(
        items[1],
        failed(
            d.origin("b.rss"),
            "not an RSS/Atom feed (unable to parse feed: no root element); check that the file is the feed's XML, not an HTML page or an error message"
        )
    );
    assert_eq!(docs(&items).len(), 2);
}
