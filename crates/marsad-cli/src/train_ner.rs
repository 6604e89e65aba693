//! `marsad train ner --train FILE [--dev FILE] --out PATH`: trains the CRF
//! tagger. The lexicon features come from the project's name lists under
//! `--data` (titles, places, countries, actors) when they exist; the model
//! file carries the lexicon it was trained with. Training is deterministic.

use anyhow::Context;
use marsad_core::ner::{self, Algorithm, CrfTagger, LexKind, NerLexicon, TrainParams};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Algo {
    /// CRF by L-BFGS (OWL-QN with --c1 > 0).
    Lbfgs,
    /// Averaged structured perceptron.
    Ap,
}

#[derive(clap::Args)]
pub struct Args {
    /// Training CoNLL file (`word<TAB>tag`, blank line between sentences).
    #[arg(long)]
    pub train: PathBuf,
    /// Development CoNLL file, scored after training.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Hold out this fraction of the training sentences (from the end) as
    /// the development set instead of training on them, e.g. 0.1.
    #[arg(long)]
    pub holdout: Option<f64>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, value_enum, default_value_t = Algo::Ap)]
    pub algorithm: Algo,
    /// Perceptron epochs or L-BFGS iterations (default 10 / 150).
    #[arg(long)]
    pub iterations: Option<usize>,
    /// L1 regularisation (L-BFGS).
    #[arg(long)]
    pub c1: Option<f64>,
    /// L2 regularisation (L-BFGS).
    #[arg(long)]
    pub c2: Option<f64>,
    /// Pack consecutive sentences into training sequences of at least this
    /// many tokens (default 1 for the perceptron, 1000 for L-BFGS).
    #[arg(long)]
    pub group_tokens: Option<usize>,
    /// Drop features seen fewer times than this.
    #[arg(long)]
    pub min_freq: Option<f64>,
    /// Score added to every entity label at decoding, stored in the model
    /// (default 8 for the perceptron, 0 for L-BFGS).
    #[arg(long)]
    pub entity_bias: Option<f64>,
    /// Words seen this often in the training text count as frequent; the
    /// others get a `rare` feature (0: off; default 3).
    #[arg(long)]
    pub frequent_min: Option<usize>,
    /// Jackknifed name-word lexicon over this many folds (0: off; default 5).
    #[arg(long)]
    pub name_folds: Option<usize>,
    /// Cross-validate instead of training: cut the training sentences
    /// (after --holdout) into this many contiguous folds, train on the
    /// others, tag each fold, print the scores of all out-of-fold
    /// predictions and stop (--out is not written)
    #[arg(long)]
    pub cv: Option<usize>,
    /// Shuffle seed (perceptron).
    #[arg(long)]
    pub seed: Option<u64>,
    /// The project's data directory (name lists for lexicon features).
    #[arg(long, default_value = "data")]
    pub data: PathBuf,
    /// Train without lexicon features (built-in titles only).
    #[arg(long)]
    pub no_lexicon: bool,
    /// Learn word clusters from these plain-text files (one sentence per
    /// line, tokens separated by spaces; see scripts/ner_cluster_corpus.py),
    /// write them to --clusters-out and stop (no training).
    #[arg(long, requires = "clusters_out")]
    pub cluster_corpus: Vec<PathBuf>,
    /// Where to write the learnt clusters (e.g. data/models/clusters.tsv).
    #[arg(long)]
    pub clusters_out: Option<PathBuf>,
    /// Cluster granularities (numbers of classes), comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "64,256,1024")]
    pub cluster_sizes: Vec<usize>,
    /// Print the trainer's progress.
    #[arg(long)]
    pub verbose: bool,
}

/// The lexicon from the data directory; missing files are skipped with a note.
pub fn load_lexicon(data: &std::path::Path) -> anyhow::Result<NerLexicon> {
    let mut lex = NerLexicon::new();
    let files: [(&str, Option<LexKind>); 13] = [
        ("entities/titles.tsv", None),
        ("gazetteer/countries.tsv", Some(LexKind::Country)),
        ("gazetteer/places.tsv", Some(LexKind::Place)),
        ("actors/actors.tsv", None),
        ("names/given_names.txt", Some(LexKind::Given)),
        ("names/petrarch_given.txt", Some(LexKind::Given)),
        ("names/petrarch_surnames.txt", Some(LexKind::Person)),
        ("names/wikidata_given.txt", Some(LexKind::WikiGiven)),
        ("names/wikidata_surnames.txt", Some(LexKind::WikiSurname)),
        ("names/wikidata_full.txt", Some(LexKind::Person)),
        ("names/foreign_given.txt", Some(LexKind::ForeignGiven)),
        ("names/foreign_surnames.txt", Some(LexKind::ForeignSurname)),
        ("names/organisations.txt", Some(LexKind::Org)),
    ];
    for (rel, kind) in files {
        let path = data.join(rel);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("lexicon: {} not used ({e})", path.display());
                continue;
            }
        };
        let n = match (rel, kind) {
            ("entities/titles.tsv", _) => lex.add_titles_tsv(&text),
            ("actors/actors.tsv", _) => lex.add_actors_tsv(&text),
            (r, Some(k)) if r.ends_with(".txt") => Ok(lex.add_list(&text, k)),
            (_, Some(k)) => lex.add_places_tsv(&text, k),
            _ => continue,
        };
        match n {
            Ok(n) => eprintln!("lexicon: {n} names from {}", path.display()),
            Err(e) => eprintln!("lexicon: {} not used: {e}", path.display()),
        }
    }
    let path = data.join("models/clusters.tsv");
    match std::fs::read_to_string(&path) {
        Ok(t) => eprintln!(
            "lexicon: {} word classes from {}",
            lex.add_clusters_tsv(&t),
            path.display()
        ),
        Err(e) => eprintln!("lexicon: {} not used ({e})", path.display()),
    }
    Ok(lex)
}

fn make_clusters(a: &Args, out: &std::path::Path) -> anyhow::Result<ExitCode> {
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for p in &a.cluster_corpus {
        let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        sentences.extend(text.lines().map(|l| {
            l.split_whitespace()
                .map(marsad_core::text::normalize::match_key)
                .filter(|k| !k.is_empty())
                .collect()
        }));
    }
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let t = Instant::now();
    let classes = ner::exchange_clusters(&sentences, &a.cluster_sizes, 2, 15);
    let mut s = format!(
        "# word classes for the NER tagger (exchange algorithm, {} classes; {} sentences, {tokens} tokens; \
         see data/models/PROVENANCE.md)\n",
        a.cluster_sizes
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join("/"),
        sentences.len()
    );
    for (w, c) in &classes {
        s.push_str(w);
        for x in c {
            s.push('\t');
            s.push_str(&x.to_string());
        }
        s.push('\n');
    }
    std::fs::write(out, s).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "{} words clustered in {:.1} s into {}",
        classes.len(),
        t.elapsed().as_secs_f64(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if let Some(out) = &a.clusters_out {
        return make_clusters(&a, out);
    }
    let mut train = crate::eval_ner::read_conll_file(&a.train)?;
    let mut dev = match &a.dev {
        Some(p) => Some(crate::eval_ner::read_conll_file(p)?),
        None => None,
    };
    if let Some(f) = a.holdout {
        anyhow::ensure!((0.0..1.0).contains(&f), "--holdout must be in [0, 1), got {f}");
        let keep = train.len() - (train.len() as f64 * f).round() as usize;
        let held = train.split_off(keep);
        eprintln!(
            "holding out the last {} of {} training sentences",
            held.len(),
            keep + held.len()
        );
        dev = Some(held);
    }
    let lex = if a.no_lexicon {
        NerLexicon::new()
    } else {
        load_lexicon(&a.data)?
    };
    let mut p = TrainParams::default();
    if let Algo::Lbfgs = a.algorithm {
        p.algorithm = Algorithm::Lbfgs;
        p.iterations = 150;
        p.group_tokens = 1000;
        p.entity_bias = 0.0;
    }
    p.iterations = a.iterations.unwrap_or(p.iterations);
    p.c1 = a.c1.unwrap_or(p.c1);
    p.c2 = a.c2.unwrap_or(p.c2);
    p.group_tokens = a.group_tokens.unwrap_or(p.group_tokens);
    p.min_freq = a.min_freq.unwrap_or(p.min_freq);
    p.seed = a.seed.unwrap_or(p.seed);
    p.frequent_min = a.frequent_min.unwrap_or(p.frequent_min);
    p.entity_bias = a.entity_bias.unwrap_or(p.entity_bias);
    p.name_folds = a.name_folds.unwrap_or(p.name_folds);
    p.verbose = a.verbose;
    let tokens: usize = train.iter().map(|s| s.0.len()).sum();
    eprintln!(
        "training on {} sentences, {tokens} tokens, lexicon of {} keys: {p:?}",
        train.len(),
        lex.len()
    );
    let t = Instant::now();
    if let Some(k) = a.cv {
        let e = ner::cross_validate(&train, &lex, &p, k).context("cross-validation failed")?;
        println!(
            "{k}-fold cross-validation ({} sentences, {:.1} s):",
            train.len(),
            t.elapsed().as_secs_f64()
        );
        crate::eval_ner::print_report(&e);
        return Ok(ExitCode::SUCCESS);
    }
    let model = ner::train(&train, &lex, &p).context("training failed")?;
    let secs = t.elapsed().as_secs_f64();
    if let Some(dir) = a.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(&a.out, &model).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!(
        "trained in {secs:.1} s; model {} ({} bytes)",
        a.out.display(),
        model.len()
    );
    let tagger = CrfTagger::from_bytes(&model)?;
    let biases: Vec<String> = ner::Label::ALL[1..]
        .iter()
        .map(|l| format!("{l}={}", tagger.label_biases()[l.index()]))
        .collect();
    eprintln!("label biases: {}", biases.join(","));
    if let Some(dev) = dev {
        let (pred, _) = crate::eval_ner::tag_all(&tagger, &dev);
        let gold: Vec<_> = dev.iter().map(|s| s.1.clone()).collect();
        let e = ner::evaluate(&gold, &pred);
        println!("development set ({} sentences):", dev.len());
        crate::eval_ner::print_report(&e);
    }
    Ok(ExitCode::SUCCESS)
}
