//! Throughput of the NER tagger (features + CRF Viterbi) and the time to
//! load the committed model. Input: the sentences of the bundled example
//! article, repeated. Run: `cargo bench -p marsad-core --bench ner`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::ner::{self, CrfTagger, Tagger};
use marsad_core::text::TextLayer;
use std::hint::black_box;

/// The article's tokens (original strings), cut into sentences at . ! ؟ and new lines.
fn sentences() -> Vec<Vec<String>> {
    let text = include_str!("../../../examples/alhal-2022-01-25-hasakah-prison-attack.txt");
    let layer = TextLayer::new(text);
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for t in &layer.tokens {
        let (a, b) = (
            layer.char_bytes[t.start as usize] as usize,
            layer.char_bytes[t.end as usize] as usize,
        );
        let w = &text[a..b];
        if t.newline_before && out.last().is_some_and(|s| !s.is_empty()) {
            out.push(Vec::new());
        }
        if let Some(s) = out.last_mut() {
            s.push(w.to_string());
        }
        if matches!(w, "." | "!" | "؟" | "?") {
            out.push(Vec::new());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn bench(c: &mut Criterion) {
    let sents = sentences();
    let tokens: usize = sents.iter().map(Vec::len).sum();
    let tagger = ner::embedded().expect("the committed model loads");
    let mut g = c.benchmark_group("ner");
    g.sample_size(20);
    g.bench_function("load_model", |b| {
        b.iter(|| black_box(CrfTagger::from_bytes(black_box(ner::embedded_bytes())).map(|t| t.num_attributes())))
    });
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("tag_tokens", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for s in &sents {
                let refs: Vec<&str> = s.iter().map(String::as_str).collect();
                n += tagger
                    .tag(black_box(&refs))
                    .iter()
                    .filter(|l| **l != ner::Label::O)
                    .count();
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
