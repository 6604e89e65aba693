#[test]
fn deep() {
    for f in ["/tmp/deep/deep.html", "/tmp/deep/deep2.html"] {
        let items: Vec<_> = marsad_ingest::read_path(std::path::Path::new(f), &Default::default()).collect();
        println!(
            "{:?}",
            items
                .iter()
                .map(|i| match i {
                    marsad_ingest::Item::Doc(d) => format!("doc {}", d.text.len()),
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
        );
    }
}
