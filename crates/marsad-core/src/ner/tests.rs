use super::*;
use EntityType::*;

fn labels(tags: &str) -> Vec<Label> {
    tags.split_whitespace().map(Label::parse).collect()
}

#[test]
fn label_round_trip() {
    for l in Label::ALL {
        assert_eq!(Label::parse(l.as_str()), l);
        assert_eq!(Label::ALL[l.index()], l);
    }
    assert_eq!(Label::parse("B-GPE"), Label::B(Loc));
    assert_eq!(Label::parse("I-FAC"), Label::I(Loc));
    assert_eq!(Label::parse("B-NORP"), Label::O);
    assert_eq!(Label::parse("garbage"), Label::O);
    assert_eq!(Label::parse(""), Label::O);
}

#[test]
fn spans_follow_conlleval() {
    // I- without B- opens an entity; a type change opens a new one.
    let l = labels("I-PERS I-PERS O B-LOC I-ORG I-ORG B-ORG B-ORG I-ORG");
    assert_eq!(
        spans(&l),
        vec![(0, 2, Pers), (3, 4, Loc), (4, 6, Org), (6, 7, Org), (7, 9, Org)]
    );
    // Entity at the sentence end.
    assert_eq!(spans(&labels("O O B-MISC")), vec![(2, 3, Misc)]);
    assert_eq!(spans(&[]), vec![]);
}

#[test]
fn evaluator_on_hand_made_data() {
    // Gold: 5 entities. Prediction: 5 entities, 3 correct.
    let gold = vec![
        labels("B-PERS I-PERS O B-LOC"),  // PERS(0,2) LOC(3,4): entity at sentence end
        labels("O I-ORG I-ORG O B-MISC"), // ORG(1,3) from I- without B-, MISC(4,5)
        labels("B-LOC O"),                // LOC(0,1)
    ];
    let pred = vec![
        labels("B-PERS I-PERS O B-LOC"),  // both correct
        labels("O B-ORG I-ORG O B-PERS"), // ORG correct (same span as gold I-ORG I-ORG); PERS: type mismatch
        labels("B-LOC I-LOC"),            // LOC(0,2): wrong span
    ];
    let e = evaluate(&gold, &pred);
    assert_eq!((e.micro.gold, e.micro.predicted, e.micro.correct), (5, 5, 3));
    assert!((e.micro.precision - 0.6).abs() < 1e-12);
    assert!((e.micro.recall - 0.6).abs() < 1e-12);
    assert!((e.micro.f1 - 0.6).abs() < 1e-12);
    let get = |t| e.per_type.iter().find(|(x, _)| *x == t).map(|x| x.1).unwrap();
    assert_eq!((get(Pers).gold, get(Pers).predicted, get(Pers).correct), (1, 2, 1));
    assert!((get(Pers).precision - 0.5).abs() < 1e-12);
    assert!((get(Pers).recall - 1.0).abs() < 1e-12);
    assert!((get(Pers).f1 - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!((get(Loc).gold, get(Loc).predicted, get(Loc).correct), (2, 2, 1));
    assert_eq!((get(Misc).gold, get(Misc).predicted, get(Misc).correct), (1, 0, 0));
    assert_eq!(get(Misc).f1, 0.0);
    assert_eq!(e.per_type.len(), 4);
    assert!((e.token_accuracy - 8.0 / 11.0).abs() < 1e-12);
}

#[test]
fn evaluator_with_nothing() {
    let e = evaluate(&[labels("O O")], &[labels("O O")]);
    assert_eq!(e.micro.f1, 0.0);
    assert!(e.per_type.is_empty());
}

#[test]
fn reads_anercorp_and_wojood() {
    let aner = "فرانكفورت\tB-LOC\n(\tO\nد\tO\n\nعلي\tB-PERS\n";
    let s = read_conll(aner);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].0, vec!["فرانكفورت", "(", "د"]);
    assert_eq!(s[0].1, vec![Label::B(Loc), Label::O, Label::O]);
    assert_eq!(s[1].1, vec![Label::B(Pers)]);
    // Wojood: space separated, nested columns outermost first.
    let woj = "وزير B-OCC\nالخارجية I-OCC\nالمصري I-OCC B-NORP\nسامح B-PERS\n\n\nفي O\nدمشق B-GPE\n";
    let s = read_conll(woj);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].1, vec![Label::O, Label::O, Label::O, Label::B(Pers)]);
    assert_eq!(s[1].1, vec![Label::O, Label::B(Loc)]);
    let nested = "جامعة B-ORG\nدمشق I-ORG B-GPE\n";
    assert_eq!(read_conll(nested)[0].1, vec![Label::B(Org), Label::I(Org)]);
    // Garbage never panics.
    assert!(read_conll("\n\n\t\t\nonlyword\n").is_empty());
}

#[test]
fn features_are_shared_and_sensible() {
    let mut lex = NerLexicon::new();
    lex.add(LexKind::Place, "العراق");
    lex.add(LexKind::Place, "دير الزور");
    let words = ["قال", "الرئيس", "العراقي", "في", "وبدير", "الزور", "."];
    let mut f = Vec::new();
    features(&words, 2, &lex, &mut f);
    assert!(f.contains(&"w=العراقي".to_string()));
    assert!(f.contains(&"nisba".to_string()), "{f:?}");
    assert!(f.contains(&"lx-1=TTL".to_string()), "{f:?}");
    assert!(f.contains(&"s2=قي".to_string()));
    let mut g = Vec::new();
    features(&words, 4, &lex, &mut g);
    assert!(g.contains(&"gz=PLC-B".to_string()), "{g:?}");
    let mut h = Vec::new();
    features(&words, 5, &lex, &mut h);
    assert!(h.contains(&"gz=PLC-I".to_string()), "{h:?}");
    // Same strings as the sentence-level path used by training and tagging.
    let mut all: Vec<Vec<String>> = vec![Vec::new(); words.len()];
    features::sentence_features(&words, &lex, |i, s| all[i].push(s.to_string()));
    assert_eq!(all[2], f);
    // Out of range and odd input do not panic.
    features(&words, 99, &lex, &mut Vec::new());
    features(&["", " ", "\u{200f}", "ـ", "١٢", "ABC"], 0, &lex, &mut Vec::new());
}

#[test]
fn lexicon_survives_the_model_file() {
    let mut lex = NerLexicon::new();
    lex.add(LexKind::Org, "قوات سوريا الديمقراطية");
    lex.add(LexKind::Person, "محمد");
    let back = NerLexicon::from_text(&lex.to_text());
    assert_eq!(back, lex);
}

#[test]
fn lexicon_from_tsv() {
    let mut lex = NerLexicon::empty();
    let n = lex
        .add_titles_tsv(
            "form\tkind\tlabel_en\ttakes_org\nالعميد\trank\tbrigadier\tfalse\nالمتحدث باسم\trole\tspokesman\ttrue\n",
        )
        .unwrap();
    assert_eq!(n, 2);
    let n = lex
        .add_places_tsv("id\tname_en\tnames_ar\nx\tAleppo\tحلب|حلب الشهباء\n", LexKind::Place)
        .unwrap();
    assert_eq!(n, 2);
    assert!(lex.add_actors_tsv("id\tname\n").is_err());
    assert!(lex.add_places_tsv("", LexKind::Place).is_err());
    let n = lex
        .add_actors_tsv("id\ttype\taliases_ar\na\torganisation\tقسد|قوات سوريا الديمقراطية\nb\tperson\tبشار الأسد\n")
        .unwrap();
    assert_eq!(n, 3);
}

fn tiny_corpus() -> Vec<Sentence> {
    read_conll(
        "قال\tO\nالرئيس\tO\nمحمد\tB-PERS\nعلي\tI-PERS\nفي\tO\nبغداد\tB-LOC\n.\tO\n\n\
         وصل\tO\nالوزير\tO\nأحمد\tB-PERS\nإلى\tO\nدمشق\tB-LOC\n.\tO\n\n\
         أعلنت\tO\nوزارة\tB-ORG\nالدفاع\tI-ORG\nفي\tO\nبغداد\tB-LOC\n.\tO\n",
    )
}

#[test]
fn training_is_deterministic_and_the_model_tags() {
    let data = tiny_corpus();
    let lex = NerLexicon::new();
    for algorithm in [Algorithm::Lbfgs, Algorithm::AveragedPerceptron] {
        let p = TrainParams {
            algorithm,
            iterations: 30,
            group_tokens: 10,
            name_folds: 0,
            ..TrainParams::default()
        };
        let a = train(&data, &lex, &p).unwrap();
        let b = train(&data, &lex, &p).unwrap();
        assert_eq!(a, b, "{algorithm:?}");
        let tagger = CrfTagger::from_bytes(&a).unwrap();
        assert_eq!(tagger.lexicon(), &lex);
        let got = tagger.tag(&["قال", "الرئيس", "محمد", "علي", "في", "بغداد", "."]);
        assert_eq!(got[5], Label::B(Loc), "{algorithm:?} {got:?}");
        assert!(tagger.tag(&[]).is_empty());
        assert_eq!(tagger.tag(&["", "\u{200f}"]).len(), 2);
    }
}

#[test]
fn name_words_are_jackknifed_into_the_lexicon() {
    let data = tiny_corpus();
    let p = TrainParams {
        iterations: 5,
        name_folds: 3,
        ..TrainParams::default()
    };
    let a = train(&data, &NerLexicon::new(), &p).unwrap();
    assert_eq!(a, train(&data, &NerLexicon::new(), &p).unwrap());
    let lex = CrfTagger::from_bytes(&a).unwrap().lexicon().clone();
    // The frozen lexicon has the name words of every fold.
    let mut f = Vec::new();
    features(&["محمد", "وبغداد", "الدفاع"], 0, &lex, &mut f);
    assert!(f.contains(&"lx=TPE".to_string()), "{f:?}");
    assert!(f.contains(&"lx+1=TLO".to_string()), "{f:?}");
    assert!(f.contains(&"lx+2=TOR".to_string()), "{f:?}");
}

#[test]
fn given_names_and_clusters_are_features_and_survive_the_model_file() {
    let mut lex = NerLexicon::new();
    let n = lex.add_list("# given names\nمحمد\n\nأحمد\n", LexKind::Given);
    assert_eq!(n, 2);
    let n = lex.add_clusters_tsv("# classes\nمحمد\t3\t17\nقال\t5\t40\nbad\n");
    assert_eq!(n, 2);
    let words = ["قال", "أحمد", "ومحمد"];
    let mut f = Vec::new();
    features(&words, 1, &lex, &mut f);
    assert!(f.contains(&"lx=GVN".to_string()), "{f:?}");
    assert!(f.contains(&"lx+1=GVN".to_string()), "{f:?}");
    assert!(f.contains(&"k0-1=5".to_string()), "{f:?}");
    assert!(f.contains(&"k1-1=40".to_string()), "{f:?}");
    // A clitic word takes the class of its stem.
    let mut g = Vec::new();
    features(&words, 2, &lex, &mut g);
    assert!(g.contains(&"k1=17".to_string()), "{g:?}");
    assert!(g.contains(&"lx=GVN".to_string()), "{g:?}");
    assert_eq!(NerLexicon::from_text(&lex.to_text()), lex);
}

#[test]
fn bad_models_are_errors_not_panics() {
    assert!(CrfTagger::from_bytes(b"").is_err());
    assert!(CrfTagger::from_bytes(b"lCRF").is_err());
    assert!(CrfTagger::from_bytes(b"MARSAD-NER 1\ncrfsuite 99\nabc").is_err());
    let data = tiny_corpus();
    let model = train(
        &data,
        &NerLexicon::new(),
        &TrainParams {
            iterations: 5,
            ..TrainParams::default()
        },
    )
    .unwrap();
    for cut in [20, 60, 100, model.len() / 2, model.len() - 1] {
        let _ = CrfTagger::from_bytes(&model[..cut]);
    }
    let mut flipped = model.clone();
    for i in (40..flipped.len()).step_by(97) {
        flipped[i] ^= 0x5a;
        let _ = CrfTagger::from_bytes(&flipped);
    }
}

#[test]
fn propagation_gives_repeated_names_their_type() {
    let doc: Vec<Vec<&str>> = vec![
        vec!["واجه", "الأهلي", "فريق", "أسيك", "أبيدجان"],
        vec!["ورفض", "الحديث", "عن", "أسيك", "أبيدجان", "وبأسيك"],
        vec!["قال", "جوزيه", "إن", "أسيك", "قوي"],
    ];
    let mut l = vec![
        labels("O B-ORG O B-ORG I-ORG"),
        labels("O O O O O O"),
        labels("O B-PERS O O O"),
    ];
    let added = propagate(&doc, &mut l);
    assert_eq!(l[1], labels("O O O B-ORG I-ORG O"));
    // A single word is matched on its own, also with a clitic, but not inside a tagged name.
    assert_eq!(l[2], labels("O B-PERS O O O"));
    assert_eq!(added, 1);
    // When a name and its first word were both found, a bare repetition
    // takes the longer name, whatever the hash map's order (new maps,
    // new orders: try several).
    for _ in 0..20 {
        let doc: Vec<Vec<&str>> = vec![
            vec!["فاز", "الشروق", "الرياضي", "في", "الشروق", "."],
            vec!["وخسر", "الشروق", "الرياضي", "أمس"],
        ];
        let mut l = vec![labels("O B-ORG I-ORG O B-LOC O"), labels("O O O O")];
        assert_eq!(propagate(&doc, &mut l), 1);
        assert_eq!(l[1], labels("O B-ORG I-ORG O"));
    }
    // Lengths that disagree do not panic.
    let mut short = vec![labels("B-LOC")];
    propagate(&[vec!["حلب", "حلب"]], &mut short);
}

#[test]
fn the_committed_model_loads_and_tags() {
    let t = std::time::Instant::now();
    let tagger = embedded().unwrap();
    // Well under the 100 ms budget in release; generous here for debug builds.
    assert!(t.elapsed().as_secs_f64() < 5.0);
    assert!(tagger.num_attributes() > 10_000);
    assert!(!tagger.lexicon().is_empty());
    let words = [
        "وقال",
        "الرئيس",
        "المصري",
        "محمد",
        "حسني",
        "مبارك",
        "في",
        "القاهرة",
        "امس",
        ".",
    ];
    let got = tagger.tag(&words);
    assert_eq!(got[7], Label::B(Loc), "{got:?}");
    assert_eq!(got[3], Label::B(Pers), "{got:?}");
    assert_eq!(got[4], Label::I(Pers), "{got:?}");
}

#[test]
fn entity_bias_is_stored_in_the_model() {
    let data = tiny_corpus();
    let lex = NerLexicon::new();
    let words = ["وصل", "الوزير", "إلى", "دمشق", "."];
    let huge = TrainParams {
        entity_bias: 1e6,
        ..TrainParams::default()
    };
    let tagger = CrfTagger::from_bytes(&train(&data, &lex, &huge).unwrap()).unwrap();
    assert!(tagger.tag(&words).iter().all(|l| *l != Label::O));
    let mut tagger = tagger;
    tagger.set_entity_bias(0.0);
    assert_eq!(tagger.tag(&words)[0], Label::O);
}

mod prop {
    use super::super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn tagger() -> &'static CrfTagger {
        static T: OnceLock<CrfTagger> = OnceLock::new();
        T.get_or_init(|| embedded().unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Any tokens (Arabic, marks, digits, symbols, empty) tag without a
        /// panic, one label per token, and the labels chunk into valid spans.
        #[test]
        fn tagging_never_panics(words in proptest::collection::vec("[\\u{0600}-\\u{06FF}a-z0-9\\u{200f}\\u{0640} .,()«»-]{0,12}", 0..40)) {
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let labels = tagger().tag(&refs);
            prop_assert_eq!(labels.len(), refs.len());
            for (a, b, _) in spans(&labels) {
                prop_assert!(a < b && b <= labels.len());
            }
            let mut out = Vec::new();
            for i in 0..=refs.len() {
                features(&refs, i, tagger().lexicon(), &mut out);
            }
        }

        /// Reading arbitrary text as CoNLL never panics.
        #[test]
        fn conll_reader_never_panics(s in "[\\u{0600}-\\u{06FF}a-zBIO \\t\\n-]{0,200}") {
            for (w, l) in read_conll(&s) {
                prop_assert_eq!(w.len(), l.len());
            }
        }
    }
}

#[test]
fn wikidata_name_kinds_are_features_of_their_own() {
    let mut lex = NerLexicon::new();
    assert_eq!(lex.add_list("# given\nكريمة\n", LexKind::WikiGiven), 1);
    assert_eq!(lex.add_list("# surnames\nالعطار\n", LexKind::WikiSurname), 1);
    let words = ["قابلت", "كريمة", "العطار", "أمس"];
    let mut f = Vec::new();
    features(&words, 1, &lex, &mut f);
    assert!(f.contains(&"lx=WGV".to_string()), "{f:?}");
    assert!(f.contains(&"lx+1=WSN".to_string()), "{f:?}");
    assert!(!f.contains(&"lx=GVN".to_string()), "{f:?}");
    // Both codes survive the model file's lexicon text.
    assert_eq!(NerLexicon::from_text(&lex.to_text()), lex);
}

#[test]
fn cross_validation_scores_every_sentence_once() {
    let mut data = tiny_corpus();
    data.extend(tiny_corpus());
    let p = TrainParams {
        iterations: 5,
        name_folds: 0,
        ..TrainParams::default()
    };
    let lex = NerLexicon::new();
    let e = cross_validate(&data, &lex, &p, 3).unwrap();
    // Two copies of 3 PERS/LOC/ORG sentences: 2 PERS, 3 LOC, 1 ORG each.
    assert_eq!(e.micro.gold, 12);
    assert_eq!(e, cross_validate(&data, &lex, &p, 3).unwrap());
    assert!(cross_validate(&data, &lex, &p, 1).is_err());
}

#[test]
fn one_label_bias_can_be_set_apart() {
    let data = tiny_corpus();
    let p = TrainParams {
        iterations: 5,
        ..TrainParams::default()
    };
    let mut tagger = CrfTagger::from_bytes(&train(&data, &NerLexicon::new(), &p).unwrap()).unwrap();
    tagger.set_entity_bias(0.0);
    tagger.set_label_bias(Label::B(Loc), 1e6);
    let mut want = [0.0; 9];
    want[Label::B(Loc).index()] = 1e6;
    assert_eq!(tagger.label_biases(), want);
    let words = ["وصل", "الوزير", "إلى", "دمشق"];
    assert_eq!(tagger.tag(&words), vec![Label::B(Loc); 4]);
}

#[test]
fn foreign_name_kinds_are_features_of_their_own() {
    let mut lex = NerLexicon::new();
    assert_eq!(lex.add_list("# given\nيوشكا\nجان-لوك\n", LexKind::ForeignGiven), 2);
    assert_eq!(
        lex.add_list("# surnames\nفيشر\nفان باستن\n", LexKind::ForeignSurname),
        2
    );
    let words = ["وصل", "يوشكا", "فيشر", "إلى", "روما"];
    let mut f = Vec::new();
    features(&words, 1, &lex, &mut f);
    assert!(f.contains(&"lx=FGV".to_string()), "{f:?}");
    assert!(f.contains(&"lx+1=FSN".to_string()), "{f:?}");
    assert!(!f.contains(&"lx=WGV".to_string()), "{f:?}");
    // A proclitic و is cut before the lookup (وفيشر), and a multi-word
    // surname matches as one name.
    let words = ["قال", "وفيشر", "و", "فان", "باستن"];
    f.clear();
    features(&words, 1, &lex, &mut f);
    assert!(f.contains(&"lx=FSN".to_string()), "{f:?}");
    f.clear();
    features(&words, 3, &lex, &mut f);
    assert!(f.contains(&"gz=FSN-B".to_string()), "{f:?}");
    // The last two kinds of the 16-bit set survive the model file's text.
    assert_eq!(NerLexicon::from_text(&lex.to_text()), lex);
}
