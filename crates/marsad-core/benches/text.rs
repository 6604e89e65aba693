//! Throughput of the text layer (normalise + tokenise + clitic readings +
//! sentences) and of the whole extractor, on a large Arabic input built
//! from the bundled example article. Run: `cargo bench -p marsad-core --bench text`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::text::{TextLayer, TokenKind, clitic, sentence};
use marsad_core::{Extractor, Meta};
use std::hint::black_box;

fn corpus() -> String {
    let one = include_str!("../../../examples/alhal-2022-01-25-hasakah-prison-attack.txt");
    // ~1 MB: the article repeated, as a long feed would be.
    one.repeat(1_000_000 / one.len() + 1)
}

fn text_layer(c: &mut Criterion) {
    let text = corpus();
    let ex = Extractor::new().expect("resources");
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("text_layer", |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            let layer = TextLayer::new(black_box(&text));
            let mut readings = 0usize;
            for t in &layer.tokens {
                if t.kind == TokenKind::Arabic {
                    clitic::analyses_into(layer.key(t), &mut buf);
                    readings += buf.len();
                }
            }
            let s = sentence::split(&layer, &ex.resources.abbreviations);
            black_box((readings, s.len()))
        })
    });
    g.bench_function("extract", |b| {
        let meta = Meta {
            published: Some("2022-01-25".into()),
            ..Meta::default()
        };
        b.iter(|| black_box(ex.extract(black_box(&text), &meta).map(|d| d.sentences.len())))
    });
    g.finish();
}

criterion_group!(benches, text_layer);
criterion_main!(benches);
