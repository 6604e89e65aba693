//! WARC archives: plain, gzip per record, gzip whole; broken framing.

mod common;

use common::*;
use marsad_ingest::testutil::{gzip, gzip_per_record, http_response, news_page, response_record, warc_record};
use marsad_ingest::{Format, Item, ReadOptions};
use serde_json::json;

fn ar_page(title: &str, para: &str) -> String {
    news_page(
        "ar",
        "موقع الشمال",
        title,
        "2024-05-14T10:00:00+03:00",
        "14 أيار 2024",
        "https://north.example/x",
        &[para, AR_PARA2],
    )
}

fn uuid(n: u32) -> String {
    format!("<urn:uuid:00000000-0000-4000-8000-{n:012}>")
}

fn resp(n: u32, url: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    response_record(&uuid(n), "2024-05-15T03:04:05Z", url, content_type, body)
}

/// warcinfo, an Arabic page, a 404, a JPEG, a request, an English page,
/// the Arabic page again, a second Arabic page.
fn archive() -> Vec<Vec<u8>> {
    let info = warc_record(
        &[
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", &uuid(0)),
            ("WARC-Date", "2024-05-15T03:00:00Z"),
        ],
        b"software: test\r\n",
    );
    let request = warc_record(
        &[
            ("WARC-Type", "request"),
            ("WARC-Record-ID", &uuid(4)),
            ("WARC-Date", "2024-05-15T03:04:05Z"),
            ("WARC-Target-URI", "https://north.example/b"),
        ],
        b"GET /b HTTP/1.1\r\n\r\n",
    );
    let not_found = warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Record-ID", &uuid(2)),
            ("WARC-Date", "2024-05-15T03:04:05Z"),
            ("WARC-Target-URI", "https://north.example/gone"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http_response(404, "text/html", b"<html><body>not found</body></html>"),
    );
    let en = format!(
        "<html lang=\"en\"><head><title>Strike</title></head><body><article><p>{EN_PARA}</p><p>{EN_PARA}</p></article></body></html>"
    );
    vec![
        info,
        resp(
            1,
            "<https://north.example/a>",
            "text/html; charset=utf-8",
            ar_page("الأول", AR_PARA).as_bytes(),
        ),
        not_found,
        resp(
            3,
            "https://north.example/img.jpg",
            "image/jpeg",
            b"\xFF\xD8\xFF\xE0 not really a jpeg",
        ),
        request,
        resp(5, "https://north.example/en", "text/html", en.as_bytes()),
        resp(
            6,
            "https://north.example/a?again",
            "text/html",
            ar_page("الأول", AR_PARA).as_bytes(),
        ),
        resp(
            7,
            "https://north.example/c",
            "text/html",
            ar_page("الثالث", AR_PARA2).as_bytes(),
        ),
    ]
}

fn check_archive(d: &Dir, name: &str, items: &[Item]) {
    let at = |n: usize| format!("{}#record:{n}", d.origin(name));
    assert_eq!(items.len(), 6, "{items:#?}");
    let first = items[0].doc().expect("record 2");
    assert_eq!(first.origin, at(2));
    assert_eq!(
        first.id.as_deref(),
        Some("urn:uuid:00000000-0000-4000-8000-000000000001")
    );
    assert_eq!(first.url.as_deref(), Some("https://north.example/a"));
    assert_eq!(first.title.as_deref(), Some("الأول"));
    assert_eq!(first.outlet.as_deref(), Some("موقع الشمال"));
    assert_eq!(first.published.as_deref(), Some("2024-05-14"));
    assert_eq!(first.text, format!("{AR_PARA}\n\n{AR_PARA2}"));
    assert_eq!(first.format, Format::Warc);
    assert_eq!(first.meta.get("warc_date"), Some(&json!("2024-05-15T03:04:05+00:00")));
    assert_eq!(first.meta.get("charset_source"), Some(&json!("http")));
    assert_eq!(items[1], skipped(at(3), "HTTP status 404, not 200"));
    assert_eq!(items[2], skipped(at(4), "not HTML (image/jpeg)"));
    assert_eq!(items[3], skipped(at(6), "not Arabic (detected eng)"));
    assert_eq!(items[4], skipped(at(7), &format!("duplicate of {} (same text)", at(2))));
    assert_eq!(
        items[5].doc().map(|d| (d.origin.clone(), d.title.clone())),
        Some((at(8), Some("الثالث".to_string())))
    );
}

#[test]
fn plain_gzip_per_record_and_gzip_whole_give_the_same_items() {
    let d = Dir::new();
    let records = archive();
    d.write("plain.warc", records.concat());
    d.write("members.warc.gz", gzip_per_record(&records));
    d.write("whole.warc.gz", gzip(&records.concat()));
    d.write("sniffed.bin", gzip_per_record(&records)); // unknown extension, gzip magic, WARC inside
    for name in ["plain.warc", "members.warc.gz", "whole.warc.gz", "sniffed.bin"] {
        check_archive(&d, name, &read(&d.path().join(name)));
    }
}

#[test]
fn broken_headers_cost_one_record() {
    let d = Dir::new();
    let ok = |n: u32, title: &str| {
        resp(
            n,
            "https://north.example/ok",
            "text/html",
            ar_page(title, &format!("{title}: {AR_PARA}")).as_bytes(),
        )
    };
    let page2 = ar_page("الثاني", AR_PARA2);
    // 2: a header line without a colon.
    let bad_line = String::from_utf8(resp(2, "https://north.example/2", "text/html", page2.as_bytes()))
        .expect("utf8")
        .replace("WARC-Date: 2024-05-15T03:04:05Z", "WARC-Date 2024-05-15T03:04:05Z");
    // 4: no Content-Length, so its end is unknown.
    let no_length = String::from_utf8(resp(4, "https://north.example/4", "text/html", page2.as_bytes()))
        .expect("utf8")
        .lines()
        .filter(|l| !l.starts_with("Content-Length: ") || l.len() < 20)
        .collect::<Vec<_>>()
        .join("\r\n");
    // 6: no WARC-Record-ID (the framing is fine).
    let no_id = warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Date", "2024-05-15T03:04:05Z"),
            ("Content-Type", "application/http"),
        ],
        &http_response(200, "text/html", page2.as_bytes()),
    );
    let file = [
        ok(1, "الأول"),
        bad_line.into_bytes(),
        ok(3, "الثالث")
            .into_iter()
            .chain(b"garbage after the record\r\n\r\n".iter().copied())
            .collect(),
        no_length.into_bytes(),
        ok(5, "الخامس"),
        no_id,
        ok(7, "السابع"),
    ]
    .concat();
    let p = d.write("broken.warc", file);
    let at = |n: usize| format!("{}#record:{n}", d.origin("broken.warc"));
    let items = read(&p);
    let summary: Vec<(String, String)> = items
        .iter()
        .map(|i| match i {
            Item::Doc(doc) => (doc.origin.clone(), doc.title.clone().unwrap_or_default()),
            Item::Skipped { origin, reason } | Item::Failed { origin, reason } => (origin.clone(), reason.clone()),
        })
        .collect();
    let expected: Vec<(String, String)> = vec![
        (at(1), "الأول".into()),
        (at(2), "malformed WARC header line \"WARC-Date 2024-05-15T03:04:05Z\" (expected `Name: value`); skipped to the next record".into()),
        (at(3), "الثالث".into()),
        (at(4), "expected a WARC header, found \"garbage after the record\"; the previous record's Content-Length may be wrong; skipped to the next record".into()),
        (at(5), "the WARC header has no Content-Length, so the record's end is unknown; skipped to the next record".into()),
        (at(6), "الخامس".into()),
        (at(7), "invalid WARC record: Missing required header: warc-record-id".into()),
        (at(8), "السابع".into()),
    ];
    assert_eq!(summary, expected);
    assert!(matches!(items[1], Item::Failed { .. }));
    assert!(matches!(items[3], Item::Failed { .. }));
    assert!(matches!(items[4], Item::Failed { .. }));
    assert!(matches!(items[6], Item::Failed { .. }));
}

#[test]
fn truncated_archives_fail_after_the_records_they_held() {
    let d = Dir::new();
    let records = archive();
    let plain = records.concat();
    // Cut 300 bytes before the end: inside record 8's body, whose last 4
    // bytes are the record's closing CRLFs.
    let cut = plain.len() - 300;
    d.write("cut.warc", &plain[..cut]);
    let items = read(&d.path().join("cut.warc"));
    assert_eq!(items.len(), 6, "{items:#?}");
    assert_eq!(
        items[4],
        skipped(
            format!("{}#record:7", d.origin("cut.warc")),
            &format!("duplicate of {}#record:2 (same text)", d.origin("cut.warc"))
        )
    );
    let block_len = http_response(200, "text/html", ar_page("الثالث", AR_PARA2).as_bytes()).len();
    assert_eq!(
        items[5],
        failed(
            format!("{}#record:8", d.origin("cut.warc")),
            &format!(
                "the file ends inside this record's body (296 of its {block_len} bytes missing; the file is truncated)"
            )
        )
    );

    // Cut inside a header block.
    let header_cut = records[..2].concat().len() + 30;
    d.write("cut-header.warc", &plain[..header_cut]);
    let items = read(&d.path().join("cut-header.warc"));
    assert_eq!(items.len(), 2);
    assert!(items[0].doc().is_some());
    assert_eq!(
        items[1],
        failed(
            format!("{}#record:3", d.origin("cut-header.warc")),
            "the file ends inside a WARC header (the file is truncated)"
        )
    );

    // A gzip file cut short.
    let gz = gzip_per_record(&records);
    d.write("cut.warc.gz", &gz[..gz.len() - 200]);
    let items = read(&d.path().join("cut.warc.gz"));
    let last = items.last().expect("items");
    assert_eq!(
        *last,
        failed(
            format!("{}#record:8", d.origin("cut.warc.gz")),
            "the gzip stream ends too early (the file is truncated); re-download or re-compress it; the records before were read"
        )
    );
    assert_eq!(items.len(), 6);
}

#[test]
fn not_a_warc_and_oversize_bodies() {
    let d = Dir::new();
    let p = d.write("notes.warc", "these are notes, not an archive\r\n\r\n");
    assert_eq!(
        read(&p),
        vec![failed(
            format!("{}#record:1", d.origin("notes.warc")),
            "not a WARC file: it does not start with a WARC/1.x header"
        )]
    );
    let p = d.write("big.warc", archive().concat());
    let items = read_with(
        &p,
        ReadOptions {
            max_bytes: 1000,
            ..ReadOptions::default()
        },
    );
    let failed_bodies: Vec<&Item> = items.iter().filter(|i| matches!(i, Item::Failed { .. })).collect();
    // Records 2, 7 and 8 hold Arabic pages over the limit; the English page
    // (record 6) is under it and is skipped as English.
    let origins: Vec<&str> = failed_bodies.iter().map(|i| i.origin()).collect();
    let at = |n: usize| format!("{}#record:{n}", d.origin("big.warc"));
    assert_eq!(origins, [at(2), at(7), at(8)]);
    let size = ar_page("الأول", AR_PARA).len();
    assert_eq!(
        *failed_bodies[0],
        failed(
            at(2),
            &format!(
                "the HTML body is {:.1} KB ({size} bytes), over the 1000-byte limit; raise it with --max-bytes if it is really one article",
                size as f64 / 1024.0
            )
        )
    );
    assert!(items.contains(&skipped(at(6), "not Arabic (detected eng)")));
}

#[test]
fn gzip_encoded_and_chunked_payloads() {
    let d = Dir::new();
    let html = ar_page("مضغوط", AR_PARA);
    let gz_body = gzip(html.as_bytes());
    let mut block =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    block.extend_from_slice(&gz_body);
    let gz_record = warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Record-ID", &uuid(1)),
            ("WARC-Date", "2024-05-15T03:04:05Z"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &block,
    );
    let other = ar_page("مجزأ", AR_PARA2);
    let (a, b) = other.as_bytes().split_at(100);
    let mut chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    chunked.extend_from_slice(format!("{:x}\r\n", a.len()).as_bytes());
    chunked.extend_from_slice(a);
    chunked.extend_from_slice(format!("\r\n{:x}\r\n", b.len()).as_bytes());
    chunked.extend_from_slice(b);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let chunked_record = warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Record-ID", &uuid(2)),
            ("WARC-Date", "2024-05-15T03:04:05Z"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &chunked,
    );
    let p = d.write("enc.warc", [gz_record, chunked_record].concat());
    let items = read(&p);
    let titles: Vec<Option<&str>> = items.iter().map(|i| i.doc().and_then(|d| d.title.as_deref())).collect();
    assert_eq!(titles, vec![Some("مضغوط"), Some("مجزأ")], "{items:#?}");
    assert_eq!(
        items[0].doc().map(|d| d.url.clone()),
        Some(Some("https://north.example/x".to_string()))
    );
}

#[test]
fn the_warc_crate_reads_what_testutil_writes() {
    // Cross-check: the records are valid for the `warc` crate's own reader.
    let records = archive();
    let plain = records.concat();
    let reader = warc::WarcReader::new(std::io::BufReader::new(plain.as_slice()));
    let types: Vec<String> = reader
        .iter_records()
        .map(|r| r.expect("valid record").warc_type().to_string())
        .collect();
    assert_eq!(
        types,
        [
            "warcinfo", "response", "response", "response", "request", "response", "response", "response"
        ]
    );
}
