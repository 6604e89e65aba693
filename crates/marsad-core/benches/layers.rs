//! Start-up and the entity layer on their own: how long the embedded
//! resources take to load (all of them, and the entity lexicon — actors,
//! gazetteer, titles, descriptors — alone), and the entity layer's
//! throughput on the bundled example article: the lexicon, pattern and
//! grouping passes, with no tagger spans (the tagger has its own bench).
//! Run: `cargo bench -p marsad-core --bench layers`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::entity::lexicon::EntityLexicon;
use marsad_core::text::{TextLayer, sentence};
use marsad_core::{Extractor, Meta, Resources};
use std::hint::black_box;

fn article() -> &'static str {
    include_str!("../../../examples/alhal-2022-01-25-hasakah-prison-attack.txt")
}

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    g.bench_function("resources", |b| b.iter_with_large_drop(Resources::load));
    g.bench_function("entity_lexicon", |b| {
        b.iter_with_large_drop(|| EntityLexicon::build(&marsad_core::lexicon::entity_sources()))
    });
    g.finish();
}

fn entities(c: &mut Criterion) {
    let ex = Extractor::new().expect("resources");
    let r = &ex.resources;
    let text = article();
    let doc = ex.extract(text, &Meta::default()).expect("extract");
    let layer = TextLayer::new(text);
    let sentences = sentence::split(&layer, &r.abbreviations);
    let tokens = layer.tokens.len() as u64;
    eprintln!(
        "example: {} sentences, {} tokens, {} entities",
        sentences.len(),
        tokens,
        doc.entities.len()
    );
    let mut g = c.benchmark_group("entities");
    g.sample_size(30);
    g.throughput(Throughput::Elements(tokens));
    g.bench_function("article/tokens", |b| {
        b.iter(|| {
            black_box(
                marsad_core::entity::extract(&layer, &r.entities, &r.function_words, &doc.boilerplate, &[], &[]).len(),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, load, entities);
criterion_main!(benches);
