//! Directories, format sniffing, missing paths, threads.

mod common;

use common::*;
use marsad_ingest::testutil::{gzip, gzip_per_record, news_page, response_record};
use marsad_ingest::{Format, Item, ReadOptions, list_inputs, read_file, read_path};
use std::path::PathBuf;

#[test]
fn directories_are_walked_sorted_and_recursively_with_sniffing() {
    let d = Dir::new();
    let jsonl = "{\"id\": \"j1\", \"text\": \"خبر أول\"}\n{\"id\": \"j2\", \"text\": \"خبر ثان\"}\n";
    let html = news_page(
        "ar",
        "موقع",
        "عنوان",
        "2024-05-14",
        "14 أيار",
        "https://x.example/1",
        &[AR_PARA, AR_PARA2],
    );
    let warc = gzip_per_record(&[response_record(
        "<urn:uuid:00000000-0000-4000-8000-000000000001>",
        "2024-05-15T00:00:00Z",
        "https://x.example/2",
        "text/html",
        news_page(
            "ar",
            "موقع",
            "صفحة",
            "2024-05-15",
            "15 أيار",
            "https://x.example/2",
            &[AR_PARA2, AR_PARA],
        )
        .as_bytes(),
    )]);
    d.write("b/notes.md", "ملاحظة نصية"); // unknown extension, UTF-8 text
    d.write("b/c/dump.dat", jsonl); // JSON object per line
    d.write("a-page", &html); // no extension
    d.write("b/c/crawl", &warc); // gzip magic, WARC inside
    d.write("b/lines.json.gz", gzip(jsonl.as_bytes())); // gzip, JSONL inside
    d.write("b/image.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    d.write("b/array.json", "[{\"text\": \"x\"}]");
    d.write(".hidden.txt", "مخفي");
    d.write("README.md", "# corpus");
    d.write("b/LICENSE", "MIT");

    let listed: Vec<PathBuf> = list_inputs(d.path());
    let names: Vec<String> = listed
        .iter()
        .map(|p| p.strip_prefix(d.path()).expect("under dir").display().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "a-page",
            "b/array.json",
            "b/c/crawl",
            "b/c/dump.dat",
            "b/image.bin",
            "b/lines.json.gz",
            "b/notes.md"
        ]
    );

    let items = read(d.path());
    let got: Vec<(String, String)> = items
        .iter()
        .map(|i| {
            let what = match i {
                Item::Doc(doc) => format!(
                    "{:?} {}",
                    doc.format,
                    doc.title.clone().or(doc.id.clone()).unwrap_or(doc.text.clone())
                ),
                Item::Skipped { reason, .. } => format!("skipped: {reason}"),
                Item::Failed { reason, .. } => format!("failed: {reason}"),
            };
            (
                i.origin()
                    .strip_prefix(&format!("{}/", d.path().display()))
                    .unwrap_or(i.origin())
                    .to_string(),
                what,
            )
        })
        .collect();
    let unknown = "skipped: unknown format: the extension is not one Marsad reads and the content is not text, JSONL, HTML, a feed or WARC";
    let expected: Vec<(&str, &str)> = vec![
        ("a-page", "Html عنوان"),
        ("b/array.json", unknown),
        ("b/c/crawl#record:1", "Warc صفحة"),
        ("b/c/dump.dat#line:1", "Jsonl j1"),
        ("b/c/dump.dat#line:2", "Jsonl j2"),
        ("b/image.bin", unknown),
        ("b/lines.json.gz#line:1", "Jsonl j1"),
        ("b/lines.json.gz#line:2", "Jsonl j2"),
        ("b/notes.md", "Text ملاحظة نصية"),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn a_named_documentation_file_is_read() {
    let d = Dir::new();
    let p = d.write("README.txt", "نص");
    assert_eq!(list_inputs(&p), vec![p.clone()]);
    assert_eq!(only_doc(read(&p)).format, Format::Text);
}

#[test]
fn missing_paths_fail_with_the_reason() {
    let d = Dir::new();
    let missing = d.path().join("nope.jsonl");
    assert!(list_inputs(&missing).is_empty());
    assert_eq!(
        read(&missing),
        vec![failed(
            missing.display().to_string(),
            "cannot read: No such file or directory (os error 2); check the path and its permissions"
        )]
    );
    assert_eq!(read_file(&missing, &ReadOptions::default()).count(), 1);
}

#[test]
fn items_stream_across_threads() {
    let d = Dir::new();
    for i in 0..5 {
        d.write(&format!("{i}.txt"), format!("الخبر {i}"));
    }
    let iter = read_path(d.path(), &ReadOptions::default());
    let texts = std::thread::spawn(move || iter.filter_map(|i| i.doc().map(|d| d.text.clone())).collect::<Vec<_>>())
        .join()
        .expect("thread");
    assert_eq!(texts, ["الخبر 0", "الخبر 1", "الخبر 2", "الخبر 3", "الخبر 4"]);
}
