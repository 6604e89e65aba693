//! Plain text and JSONL inputs, good and bad.

mod common;

use common::*;
use flate2::Compression;
use flate2::write::GzEncoder;
use marsad_ingest::{Format, Item, ReadOptions};
use serde_json::json;
use std::io::Write;

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

// ---------------------------------------------------------------- text

#[test]
fn text_file_is_one_document() {
    let d = Dir::new();
    let p = d.write("a.txt", "\u{feff}قتل 11 مدنياً.\r\n\r\nوأصيب ستة آخرون.\r\n  ");
    let doc = only_doc(read(&p));
    assert_eq!(doc.text, "قتل 11 مدنياً.\n\nوأصيب ستة آخرون.");
    assert_eq!(doc.format, Format::Text);
    assert_eq!(doc.origin, d.origin("a.txt"));
    assert_eq!(
        (doc.id, doc.title, doc.url, doc.published, doc.outlet),
        (None, None, None, None, None)
    );
    assert!(doc.meta.is_empty());
}

#[test]
fn text_invalid_utf8_names_the_offset_and_the_likely_charset() {
    let d = Dir::new();
    // An Arabic sentence in windows-1256 after 3 ASCII bytes.
    let mut bytes = b"AB ".to_vec();
    let (encoded, _, _) = encoding_rs::WINDOWS_1256.encode(AR_PARA);
    bytes.extend_from_slice(&encoded);
    let p = d.write("cp1256.txt", &bytes);
    assert_eq!(
        read(&p),
        vec![failed(
            d.origin("cp1256.txt"),
            "invalid UTF-8 at byte offset 3 of the file (it looks like windows-1256 text: convert it, e.g. iconv -f windows-1256 -t UTF-8); or pass --lossy to replace invalid bytes with U+FFFD"
        )]
    );
}

#[test]
fn text_invalid_utf8_is_replaced_when_lossy() {
    let d = Dir::new();
    let p = d.write("bad.txt", b"\xD9\x82\xD8\xAA\xD9\x84 \xFF 11");
    let doc = only_doc(read_with(
        &p,
        ReadOptions {
            lossy_utf8: true,
            ..ReadOptions::default()
        },
    ));
    assert_eq!(doc.text, "قتل \u{FFFD} 11");
    assert_eq!(doc.meta.get("invalid_utf8"), Some(&json!("replaced with U+FFFD")));
}

#[test]
fn text_utf16_with_bom_is_decoded() {
    let d = Dir::new();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "قتل 11 مدنياً".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let doc = only_doc(read(&d.write("u16.txt", bytes)));
    assert_eq!(doc.text, "قتل 11 مدنياً");
}

#[test]
fn empty_blank_binary_and_oversize_files() {
    let d = Dir::new();
    d.write("1-empty.txt", "");
    d.write("2-blank.txt", " \n\t\n");
    d.write("3-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    d.write("4-big.txt", "ب".repeat(1024)); // 2048 bytes
    d.write("5-ok.txt", "نص قصير");
    let items = read_with(
        d.path(),
        ReadOptions {
            max_bytes: 2000,
            ..ReadOptions::default()
        },
    );
    assert_eq!(items.len(), 5);
    assert_eq!(items[0], skipped(d.origin("1-empty.txt"), "empty file"));
    assert_eq!(
        items[1],
        skipped(d.origin("2-blank.txt"), "empty file (only whitespace)")
    );
    assert_eq!(
        items[2],
        failed(
            d.origin("3-binary.txt"),
            "binary file (NUL bytes or mostly control characters); not a text article"
        )
    );
    assert_eq!(
        items[3],
        failed(
            d.origin("4-big.txt"),
            "the file is 2.0 KB (2048 bytes), over the 2000-byte limit; raise it with --max-bytes if it is really one article"
        )
    );
    assert_eq!(items[4].doc().map(|d| d.text.as_str()), Some("نص قصير"));
}

// ---------------------------------------------------------------- JSONL

#[test]
fn jsonl_fields_and_their_alternatives() {
    let d = Dir::new();
    let lines = [
        json!({"id": "a1", "title": " مقتل 11 ", "url": "https://x.example/a1", "published": "2024-05-14T23:30:00+03:00",
               "outlet": "وكالة س", "text": "النص الأول", "section": "سوريا", "views": 12}),
        json!({"id": 42, "headline": "عنوان", "link": "https://x.example/42", "date": "Wed, 15 May 2024 09:10:00 +0300",
               "source": {"id": "ys", "name": "يمن المساء"}, "body": "النص الثاني\r\nسطر"}),
        json!({"content": "النص الثالث", "published": 1715700000, "site": "مرايا"}),
        json!({"text": "النص الرابع", "published": "الخميس الماضي", "outlet": ""}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let p = d.write("a.jsonl", body);
    let items = read(&p);
    let docs = docs(&items);
    assert_eq!(docs.len(), 4, "{items:#?}");

    assert_eq!(docs[0].id.as_deref(), Some("a1"));
    assert_eq!(docs[0].title.as_deref(), Some("مقتل 11"));
    assert_eq!(docs[0].url.as_deref(), Some("https://x.example/a1"));
    assert_eq!(docs[0].published.as_deref(), Some("2024-05-14"));
    assert_eq!(docs[0].outlet.as_deref(), Some("وكالة س"));
    assert_eq!(docs[0].text, "النص الأول");
    assert_eq!(
        serde_json::Value::Object(docs[0].meta.clone()),
        json!({"section": "سوريا", "views": 12})
    );
    assert_eq!(docs[0].origin, format!("{}#line:1", d.origin("a.jsonl")));
    assert_eq!(docs[0].format, Format::Jsonl);

    assert_eq!(docs[1].id.as_deref(), Some("42"));
    assert_eq!(docs[1].title.as_deref(), Some("عنوان"));
    assert_eq!(docs[1].url.as_deref(), Some("https://x.example/42"));
    assert_eq!(docs[1].published.as_deref(), Some("2024-05-15"));
    assert_eq!(docs[1].outlet.as_deref(), Some("يمن المساء"));
    assert_eq!(docs[1].text, "النص الثاني\nسطر");
    assert!(docs[1].meta.is_empty());

    assert_eq!(docs[2].id, None);
    assert_eq!(docs[2].published.as_deref(), Some("2024-05-14"));
    assert_eq!(docs[2].outlet.as_deref(), Some("مرايا"));
    assert_eq!(docs[2].text, "النص الثالث");

    assert_eq!(docs[3].published, None);
    assert_eq!(docs[3].outlet, None);
    assert_eq!(
        serde_json::Value::Object(docs[3].meta.clone()),
        json!({"published_unreadable": "الخميس الماضي", "outlet": ""})
    );
}

#[test]
fn jsonl_bad_lines_fail_alone() {
    let d = Dir::new();
    let mut body = Vec::new();
    body.extend_from_slice("{\"id\": \"1\", \"text\": \"الأول\"}\n".as_bytes());
    body.extend_from_slice(b"{\"id\": \"2\", \"text\": \"broken\"\n"); // 2: not closed
    body.extend_from_slice(b"{\"id\": \"3\", \"text\": \"\xFF\xFE\"}\n"); // 3: invalid UTF-8
    body.extend_from_slice(b"\n"); // 4: blank, ignored
    body.extend_from_slice(b"{\"id\": \"5\", \"title\": \"no text\"}\n"); // 5
    body.extend_from_slice(b"[1, 2]\n"); // 6
    body.extend_from_slice(b"{\"id\": \"7\", \"text\": [\"a\"]}\n"); // 7
    body.extend_from_slice("{\"id\": \"8\", \"text\": \"الثامن\"}".as_bytes()); // 8: no final newline
    let p = d.write("mixed.jsonl", body);
    let at = |n: usize| format!("{}#line:{n}", d.origin("mixed.jsonl"));
    let items = read(&p);
    assert_eq!(items.len(), 7, "{items:#?}");
    assert_eq!(items[0].doc().and_then(|d| d.id.as_deref()), Some("1"));
    assert_eq!(
        items[1],
        failed(
            at(2),
            "invalid JSON: EOF while parsing an object at line 1 column 28; each line must be one complete JSON object"
        )
    );
    assert_eq!(
        items[2],
        failed(
            at(3),
            "invalid UTF-8 at byte offset 21 of the line; or pass --lossy to replace invalid bytes with U+FFFD"
        )
    );
    assert_eq!(
        items[3],
        failed(
            at(5),
            "no text: the object has no non-empty \"text\" (or \"body\", \"content\") string field"
        )
    );
    assert_eq!(
        items[4],
        failed(
            at(6),
            "the line is JSON but not an object (found an array); each line must be one article object"
        )
    );
    assert_eq!(items[5], failed(at(7), "\"text\" must be a string, found an array"));
    assert_eq!(
        items[6].doc().map(|d| (d.id.as_deref(), d.origin.clone())),
        Some((Some("8"), at(8)))
    );
}

#[test]
fn jsonl_invalid_utf8_line_is_replaced_when_lossy() {
    let d = Dir::new();
    let p = d.write("l.jsonl", b"{\"text\": \"\xD9\x82\xFF\"}\n");
    let doc = only_doc(read_with(
        &p,
        ReadOptions {
            lossy_utf8: true,
            ..ReadOptions::default()
        },
    ));
    assert_eq!(doc.text, "ق\u{FFFD}");
    assert_eq!(doc.meta.get("invalid_utf8"), Some(&json!("replaced with U+FFFD")));
}

#[test]
fn jsonl_duplicates_in_one_file_are_skipped() {
    let d = Dir::new();
    let p = d.write(
        "dup.jsonl",
        "{\"id\": \"a\", \"text\": \"الأول\"}\n{\"id\": \"a\", \"text\": \"نص آخر\"}\n{\"id\": \"b\", \"text\": \"الأول\"}\n{\"id\": \"c\", \"text\": \"الثالث\"}\n",
    );
    let at = |n: usize| format!("{}#line:{n}", d.origin("dup.jsonl"));
    let items = read(&p);
    assert_eq!(items.len(), 4);
    assert_eq!(items[1], skipped(at(2), &format!("duplicate of {} (same id)", at(1))));
    assert_eq!(items[2], skipped(at(3), &format!("duplicate of {} (same text)", at(1))));
    assert_eq!(items[3].doc().and_then(|d| d.id.as_deref()), Some("c"));
}

#[test]
fn jsonl_line_over_the_limit_fails_and_the_next_line_is_read() {
    let d = Dir::new();
    let long = format!("{{\"id\": \"long\", \"text\": \"{}\"}}\n", "ب".repeat(600));
    let p = d.write(
        "long.jsonl",
        format!("{long}{{\"id\": \"short\", \"text\": \"قصير\"}}\n"),
    );
    let items = read_with(
        &p,
        ReadOptions {
            max_bytes: 500,
            ..ReadOptions::default()
        },
    );
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0],
        failed(
            format!("{}#line:1", d.origin("long.jsonl")),
            "the line is longer than the 500-byte limit; raise it with --max-bytes if it is really one article"
        )
    );
    assert_eq!(items[1].doc().and_then(|d| d.id.as_deref()), Some("short"));
}

#[test]
fn jsonl_gz_is_read_and_a_truncated_one_fails_after_what_it_held() {
    let d = Dir::new();
    // Lines that do not compress to nothing, so the cut falls among them.
    let mut body = String::new();
    for i in 1..=400 {
        body.push_str(&format!(
            "{}\n",
            json!({"id": format!("n{i}"), "text": format!("الخبر رقم {i} {}", i * 7919 % 10007)})
        ));
    }
    let full = gz(body.as_bytes());
    let p = d.write("all.jsonl.gz", &full);
    let items = read(&p);
    assert_eq!(docs(&items).len(), 400);
    assert_eq!(
        items[399].doc().map(|d| d.origin.clone()),
        Some(format!("{}#line:400", d.origin("all.jsonl.gz")))
    );

    let p = d.write("cut.jsonl.gz", &full[..full.len() / 2]);
    let items = read(&p);
    let (last, read_docs) = items.split_last().expect("items");
    let k = read_docs.len();
    assert!(k > 10 && k < 400, "{k} lines read");
    for (i, item) in read_docs.iter().enumerate() {
        assert_eq!(item.doc().and_then(|d| d.id.clone()), Some(format!("n{}", i + 1)));
    }
    assert_eq!(
        *last,
        failed(
            format!("{}#line:{}", d.origin("cut.jsonl.gz"), k + 1),
            &format!(
                "the gzip stream ends too early (the file is truncated); re-download or re-compress it; the {k} line(s) before were read, the rest of the file is lost"
            )
        )
    );
}

#[test]
fn jsonl_binary_file_fails_once() {
    let d = Dir::new();
    let p = d.write("x.jsonl", b"\x00\x01\x02\x03{\"text\": 1}\n\x00\x00\n");
    assert_eq!(
        read(&p),
        vec![failed(
            d.origin("x.jsonl"),
            "binary file (NUL bytes or mostly control characters); not JSONL"
        )]
    );
}

#[test]
fn raw_document_serialises_with_lowercase_format() {
    let d = Dir::new();
    let doc = only_doc(read(&d.write("a.txt", "نص")));
    let v = serde_json::to_value(&doc).expect("json");
    assert_eq!(v["format"], json!("text"));
    let back: marsad_ingest::RawDocument = serde_json::from_value(v).expect("back");
    assert_eq!(back, doc);
    assert_eq!(serde_json::to_string(&Format::Warc).expect("json"), "\"warc\"");
    assert!(matches!(read(&d.write("b.txt", "")).as_slice(), [Item::Skipped { .. }]));
}
