//! Throughput of the whole extractor (text layer, times, quantities,
//! entities, quotes, events) on realistic input: the bundled example
//! article extracted as one document, and its sentences extracted one by
//! one as `marsad eval gsr` does. Reported per sentence and per byte.
//! Run: `cargo bench -p marsad-core --bench extract`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::{Extractor, Meta};
use std::hint::black_box;

fn article() -> &'static str {
    include_str!("../../../examples/alhal-2022-01-25-hasakah-prison-attack.txt")
}

fn extract(c: &mut Criterion) {
    let ex = Extractor::new().expect("resources");
    let meta = Meta {
        published: Some("2022-01-25".into()),
        ..Meta::default()
    };
    let text = article();
    let doc = ex.extract(text, &meta).expect("extract");
    let sentences: Vec<String> = doc
        .sentences
        .iter()
        .map(|r| text.chars().skip(r.start).take(r.end - r.start).collect::<String>())
        .collect();
    let n = sentences.len() as u64;
    eprintln!(
        "example: {} sentences, {} bytes; {} entities, {} times, {} quantities, {} quotes, {} events",
        n,
        text.len(),
        doc.entities.len(),
        doc.times.len(),
        doc.quantities.len(),
        doc.quotes.len(),
        doc.events.len()
    );

    let mut g = c.benchmark_group("extract");
    g.sample_size(30);
    g.throughput(Throughput::Elements(n));
    g.bench_function("article/sentences", |b| {
        b.iter(|| black_box(ex.extract(black_box(text), &meta).map(|d| d.events.len())))
    });
    g.bench_function("sentence_by_sentence/sentences", |b| {
        b.iter(|| {
            let mut k = 0;
            for s in &sentences {
                k += ex.extract(black_box(s), &Meta::default()).map_or(0, |d| d.events.len());
            }
            black_box(k)
        })
    });
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("article/bytes", |b| {
        b.iter(|| black_box(ex.extract(black_box(text), &meta).map(|d| d.events.len())))
    });
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
