//! Event tests on sentences written for them, with the test lexicons of
//! `testkit` and hand-built entities. Each event is summarised on one line:
//! `TYPE trigger a=[actors] t=[targets] @location time d=dead i=injured
//! s=size dur=duration factuality src=quote m=mentions`.

use super::testkit::{Spec, entities, org, person, place, run, time};
use crate::doc::{Event, TimeExpr, TimeType};

fn summary(e: &Event) -> String {
    let n = |v: Option<f64>| v.map_or("-".to_string(), |x| x.to_string());
    format!(
        "{} {} a={:?} t={:?} @{} {} d={} i={} s={} dur={} {} src={} m={}",
        e.kind,
        e.trigger.text,
        e.actors,
        e.targets,
        e.location.as_deref().unwrap_or("-"),
        e.time.as_deref().unwrap_or("-"),
        n(e.dead),
        n(e.injured),
        n(e.size),
        e.duration.as_deref().unwrap_or("-"),
        e.factuality,
        e.source.as_deref().unwrap_or("-"),
        e.mentions
    )
}

fn full(text: &str, specs: &[Spec], times: &[TimeExpr]) -> Vec<Event> {
    let ents = entities(text, specs);
    let (_, ev) = run(text, &ents, times);
    let chars: Vec<char> = text.chars().collect();
    for e in &ev {
        assert_eq!(
            chars[e.trigger.start..e.trigger.end].iter().collect::<String>(),
            e.trigger.text
        );
        for r in &e.evidence {
            assert!(r.start < r.end && r.end <= chars.len());
        }
        assert!((0.0..=1.0).contains(&e.confidence));
    }
    ev
}

fn events(text: &str, specs: &[Spec], times: &[TimeExpr]) -> Vec<String> {
    full(text, specs, times).iter().map(summary).collect()
}

fn sdf() -> Spec<'static> {
    org("sdf", &["قوات سوريا الديمقراطية", "قسد"])
}
fn isis() -> Spec<'static> {
    org("isis", &["داعش", "التنظيم", "تنظيم"])
}
fn hasakah() -> Spec<'static> {
    place("hasakah", "city", "SY", &["الحسكة"])
}
fn prison() -> Spec<'static> {
    place("prison", "prison", "SY", &["سجن الصناعة", "السجن"])
}

#[test]
fn light_verb_subject_and_target() {
    assert_eq!(
        events(
            "شنت قوات سوريا الديمقراطية هجوما على مواقع التنظيم في الحسكة.",
            &[sdf(), isis(), hasakah()],
            &[]
        ),
        vec![r#"ASSAULT هجوم a=["sdf"] t=["isis"] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    // أطلق with an event noun: its subject is the actor (أطلق حملة، عملية).
    assert_eq!(
        events(
            "وأطلقت قوات سوريا الديمقراطية هجوما واسعا على التنظيم في الحسكة.",
            &[sdf(), isis(), hasakah()],
            &[]
        ),
        vec![r#"ASSAULT هجوم a=["sdf"] t=["isis"] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    // A light verb that is an event of another type (أطلقت صواريخ) gives
    // the protest after it no actor and does not predicate it.
    let ev = full(
        "أطلقت قوات سوريا الديمقراطية صواريخ لتفريق مظاهرة في الحسكة.",
        &[sdf(), hasakah()],
        &[],
    );
    let kinds: Vec<(&str, bool)> = ev
        .iter()
        .map(|e| (e.kind.as_str(), e.signals.contains(&"predicated")))
        .collect();
    assert_eq!(kinds, vec![("ASSAULT", true), ("PROTEST", false)]);
    // شنت with no subject after it: the agent before (a relative clause).
    assert_eq!(
        events(
            "وهاجمت مجموعة من تنظيم داعش، شنت هجوما على السجن.",
            &[isis(), prison()],
            &[]
        ),
        vec![r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison - d=- i=- s=- dur=- actual src=- m=1"#]
    );
}

#[test]
fn between_x_and_y_are_both_sides() {
    assert_eq!(
        events(
            "ودارت اشتباكات بين قسد وداعش قرب الحسكة.",
            &[sdf(), isis(), hasakah()],
            &[]
        ),
        vec![r#"ASSAULT اشتباكات a=["sdf", "isis"] t=[] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
}

#[test]
fn vso_subject_count_object_and_state_country() {
    let iq = place("iraq", "country", "IQ", &["العراق"]);
    let army = Spec {
        category: Some("state_military"),
        country: Some("IQ"),
        ..org("iraqi_army", &["الجيش العراقي"])
    };
    assert_eq!(
        events(
            "وفي العراق، قتل التنظيم 11 جنديا من الجيش العراقي.",
            &[isis(), army, iq],
            &[]
        ),
        vec![r#"ASSAULT قتل a=["isis"] t=["iraqi_army"] @iraq - d=11 i=- s=- dur=- actual src=- m=1"#]
    );
    // Without a place in the sentence: the country of the state force attacked.
    let iq = place("iraq", "country", "IQ", &["العراق"]);
    let army = Spec {
        category: Some("state_military"),
        country: Some("IQ"),
        ..org("iraqi_army", &["الجيش العراقي"])
    };
    let ev = events(
        "زار الوزير العراق. وكان التنظيم قد تمكن من قتل 11 جنديا من الجيش العراقي.",
        &[isis(), army, iq],
        &[],
    );
    assert_eq!(
        ev,
        vec![r#"ASSAULT قتل a=["isis"] t=["iraqi_army"] @iraq - d=11 i=- s=- dur=- actual src=- m=1"#]
    );
}

#[test]
fn passives_make_their_subject_the_target() {
    assert_eq!(
        events(
            "اغتيل العميد جبار مساعد في البصرة.",
            &[
                person("jabbar", &["العميد جبار مساعد"]),
                place("basra", "city", "IQ", &["البصرة"])
            ],
            &[]
        ),
        vec![r#"ASSAULT اغتيل a=[] t=["jabbar"] @basra - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    assert_eq!(
        events("وألقي القبض على ثلاثة عناصر من التنظيم.", &[isis()], &[]),
        vec![r#"COERCE ألقي القبض a=[] t=["isis"] @- - d=- i=- s=3 dur=- actual src=- m=1"#]
    );
    // اعتقل reads both ways: a group only pointed to, with no object, was arrested.
    assert_eq!(
        events("واعتقل مسلحون من داعش في الحسكة.", &[isis(), hasakah()], &[]),
        vec![r#"COERCE اعتقل a=[] t=["isis"] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    // من قبل X and التابع لـ Y: the actor.
    assert_eq!(
        events("وقتل صحفي من قبل مسلحين تابعين لداعش.", &[isis()], &[]),
        // A journalist killed: one dead, counted by the noun, and the
        // target (E2, the unnamed journalist).
        vec![r#"ASSAULT قتل a=["isis"] t=["E2"] @- - d=1 i=- s=- dur=- actual src=- m=1"#]
    );
}

#[test]
fn counts_dead_injured_and_casualty_words_join_the_attack() {
    assert_eq!(
        events(
            "قتل 28 شخصا وجرح 55 آخرون في هجوم انتحاري استهدف مقرا للشرطة في بعقوبة.",
            &[place("baqubah", "city", "IQ", &["بعقوبة"])],
            &[]
        ),
        vec![r#"ASSAULT هجوم a=[] t=[] @baqubah - d=28 i=55 s=- dur=- actual src=- m=3"#]
    );
}

#[test]
fn sizes_updates_and_speaker_as_party() {
    assert_eq!(
        events(
            "وأعلنت قسد أن 300 عنصر من داعش سلموا أنفسهم، ليرتفع العدد إلى 550 عنصرا بعد استسلام دفعة أخرى.",
            &[sdf(), isis()],
            &[]
        ),
        vec![r#"RETREAT سلموا أنفسهم a=["isis"] t=["sdf"] @- - d=- i=- s=550 dur=- actual src=S1 m=2"#]
    );
    assert_eq!(
        events("وتظاهر نحو 2000 شخص في الحسكة ضد التنظيم.", &[isis(), hasakah()], &[]),
        // (The people counted are its protesters, a group of the document.)
        vec![r#"PROTEST تظاهر a=["E3"] t=["isis"] @hasakah - d=- i=- s=2000 dur=- actual src=- m=1"#]
    );
    // An arrest a party announces is its own.
    assert_eq!(
        events("وأعلنت قسد إلقاء القبض على 14 عنصرا من التنظيم.", &[sdf(), isis()], &[]),
        vec![r#"COERCE إلقاء القبض a=["sdf"] t=["isis"] @- - d=- i=- s=14 dur=- actual src=S1 m=1"#]
    );
}

#[test]
fn curfew_with_duration_time_and_ellipsis() {
    let t = "وفرضت الإدارة الذاتية، الإثنين، حظر التجول على الحسكة لمدة سبعة أيام، فيما دخلت مناطق شمال سوريا حظرا لمدة مماثلة.";
    let times = [
        time(t, "T1", "الإثنين", TimeType::Date, "2022-01-24"),
        time(t, "T2", "سبعة أيام", TimeType::Duration, "P7D"),
    ];
    let specs = [
        org("aanes", &["الإدارة الذاتية"]),
        hasakah(),
        place("syria", "country", "SY", &["سوريا"]),
    ];
    assert_eq!(
        events(t, &specs, &times),
        vec![
            r#"COERCE حظر التجول a=["aanes"] t=[] @hasakah T1 d=- i=- s=- dur=P7D actual src=- m=1"#,
            r#"COERCE حظر a=["aanes"] t=[] @syria T1 d=- i=- s=- dur=P7D actual src=- m=1"#,
        ]
    );
}

#[test]
fn factuality_values() {
    let ps = || vec![sdf(), isis(), prison()];
    let f = |t: &str| {
        full(t, &ps(), &[])
            .into_iter()
            .map(|e| (e.kind, e.factuality))
            .collect::<Vec<_>>()
    };
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
    assert_eq!(f("في محاولة اغتيال الوزير."), vec![pair("ASSAULT", "attempted")]);
    assert_eq!(f("وحاول التنظيم اغتيال الوزير."), vec![pair("ASSAULT", "attempted")]);
    assert_eq!(
        f("وأحبطت قسد هجوما للتنظيم على السجن."),
        vec![pair("ASSAULT", "foiled")]
    );
    assert_eq!(
        f("وسيناريو العملية التي أجهضتها قسد على السجن."),
        Vec::<(String, String)>::new()
    );
    assert_eq!(
        f("وكان التنظيم يعتزم تنفيذ هجوم على السجن."),
        vec![pair("ASSAULT", "planned")]
    );
    assert_eq!(
        f("وكانت خطته يقتضي بتفجير سيارات أمام السجن."),
        vec![pair("ASSAULT", "planned")]
    );
    // Scheduled (من المقرر أن): planned, not the bare «أن» + imperfect.
    let doc = super::testkit::real_doc_on("ومن المقرر أن يزور وزير النقل الميناء غدا للقاء ممثلي العمال.", None);
    assert_eq!(
        doc.events
            .iter()
            .map(|e| (e.kind.clone(), e.factuality.clone()))
            .collect::<Vec<_>>(),
        vec![pair("CONSULT", "planned")]
    );
    // The light verb carrying the noun in the future (ستشن، سينظم): planned.
    assert_eq!(f("وستشن قسد هجوما على السجن."), vec![pair("ASSAULT", "planned")]);
    assert_eq!(f("وسوف تشن قسد هجوما على السجن."), vec![pair("ASSAULT", "planned")]);
    assert_eq!(f("وشنت قسد هجوما على السجن."), vec![pair("ASSAULT", "actual")]);
    assert_eq!(
        f("وهدد التنظيم قسد بشن هجوم على السجن."),
        vec![pair("THREATEN", "actual"), pair("ASSAULT", "threatened")]
    );
    assert_eq!(f("ولم تشن قسد أي هجوم على المدينة."), vec![pair("ASSAULT", "denied")]);
    assert_eq!(
        f("إذا شن التنظيم هجوما على السجن فسترد قسد."),
        vec![pair("ASSAULT", "hypothetical")]
    );
    assert_eq!(
        f("هل شن التنظيم هجوما على السجن؟"),
        vec![pair("ASSAULT", "hypothetical")]
    );
    assert_eq!(
        f("ونفت قسد أن تكون قواتها شنت هجوما على السجن."),
        vec![pair("ASSAULT", "denied")]
    );
    // Only the responsibility is denied: the attack happened.
    assert_eq!(
        f("ونفى التنظيم مسؤوليته عن الهجوم على السجن."),
        vec![pair("ASSAULT", "actual")]
    );
    // The complement of a refusal has not happened; what a demand asks
    // for is its content, no event of its own.
    assert_eq!(f("وطالبت قسد التنظيم بالانسحاب."), vec![pair("REQUEST", "actual")]);
    assert_eq!(
        f("ورفض التنظيم الانسحاب."),
        vec![pair("REJECT", "actual"), pair("RETREAT", "denied")]
    );
    // A verb joined by و after a refusal is a clause of its own.
    assert_eq!(
        f("ورفض التنظيم المقترح وهدد بالتصعيد."),
        vec![pair("REJECT", "actual"), pair("THREATEN", "actual")]
    );
    // قد with an imperfect is "may"; with a perfect it stresses the fact.
    assert_eq!(
        f("وقد يشن التنظيم هجوما على السجن."),
        vec![pair("ASSAULT", "hypothetical")]
    );
    assert_eq!(f("وقد شن التنظيم هجوما على السجن."), vec![pair("ASSAULT", "actual")]);
    assert_eq!(f("وقد نفذ التنظيم هجوما على السجن."), vec![pair("ASSAULT", "actual")]);
    assert_eq!(
        f("ومن المتوقع أن يشن التنظيم هجوما على السجن."),
        vec![pair("ASSAULT", "hypothetical")]
    );
    // Expected (أن + imperfect) is not reported; a likely author of an
    // attack that happened (أن يكون … قد) is.
    assert_eq!(
        f("وتوقع مسؤول في قسد أن يلجأ التنظيم إلى شن هجمات على السجن."),
        vec![pair("ASSAULT", "hypothetical")]
    );
    assert_eq!(
        f("ورجح مسؤول في قسد أن يكون التنظيم قد نفذ الهجوم على السجن."),
        vec![pair("ASSAULT", "actual")]
    );
}

/// Ruling out (استبعد، مستبعدا) is a cue of the shipped factuality list.
#[test]
fn ruled_out_event_is_hypothetical() {
    let d = super::testkit::real_doc("واستبعد المسؤول شن هجوم على السجن في الحسكة.");
    let got: Vec<(&str, &str)> = d
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.factuality.as_str()))
        .collect();
    assert_eq!(got, vec![("ASSAULT", "hypothetical")]);
}

#[test]
fn foiled_event_keeps_its_own_actor() {
    assert_eq!(
        events("وأحبطت قسد هجوما للتنظيم على السجن.", &[sdf(), isis(), prison()], &[]),
        vec![r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison - d=- i=- s=- dur=- foiled src=- m=1"#]
    );
    // The threat is the threatener's statement: the event it names is its
    // content (src=S1).
    assert_eq!(
        events("وهدد التنظيم قسد بشن هجوم على السجن.", &[sdf(), isis(), prison()], &[])[1],
        r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison - d=- i=- s=- dur=- threatened src=S1 m=1"#
    );
}

#[test]
fn anaphora_merges_across_sentences() {
    let t = "وشن التنظيم هجوما على سجن الصناعة الخميس. وأدى الهجوم إلى مقتل 5 حراس. وقال مصدر إن هجومه على السجن فشل.";
    let times = [time(t, "T1", "الخميس", TimeType::Date, "2022-01-20")];
    let ev = full(t, &[isis(), prison()], &times);
    assert_eq!(
        ev.iter().map(summary).collect::<Vec<_>>(),
        vec![r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison T1 d=5 i=- s=- dur=- actual src=- m=4"#]
    );
    assert_eq!(ev[0].evidence.len(), 3);
    // An anaphor with its own, different date is another event of that kind.
    let t = "وشن التنظيم هجوما على السجن الخميس. وسيناريو العملية التي أجهضتها قسد قبل شهرين على السجن.";
    let times = [
        time(t, "T1", "الخميس", TimeType::Date, "2022-01-20"),
        time(t, "T2", "قبل شهرين", TimeType::Date, "2021-11"),
    ];
    assert_eq!(
        events(t, &[isis(), sdf(), prison()], &times),
        vec![
            r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison T1 d=- i=- s=- dur=- actual src=- m=1"#,
            r#"ASSAULT عملية a=[] t=["prison"] @prison T2 d=- i=- s=- dur=- foiled src=- m=1"#,
        ]
    );
}

#[test]
fn historical_background_is_an_event_with_its_own_time() {
    let t = "ومنذ القضاء على آخر جيب له في الباغوز في آذار 2019 لم يشن هجوما.";
    let times = [time(t, "T1", "آذار 2019", TimeType::Date, "2019-03")];
    assert_eq!(
        events(t, &[place("baghouz", "town", "SY", &["الباغوز"])], &times),
        vec![
            r#"ASSAULT القضاء على a=[] t=[] @baghouz T1 d=- i=- s=- dur=- actual src=- m=1"#,
            r#"ASSAULT هجوم a=[] t=[] @baghouz - d=- i=- s=- dur=- denied src=- m=1"#,
        ]
    );
}

#[test]
fn events_in_quotes_carry_their_source() {
    assert_eq!(
        events("وقال مصدر إن التنظيم شن هجوما على السجن.", &[isis(), prison()], &[]),
        vec![r#"ASSAULT هجوم a=["isis"] t=["prison"] @prison - d=- i=- s=- dur=- actual src=S1 m=1"#]
    );
    // An accusation: the accused did it.
    let tr = place("turkey", "country", "TR", &["تركيا"]);
    assert_eq!(
        events("واتهمت قسد تركيا بقصف القرى.", &[sdf(), tr], &[]),
        vec![
            r#"ACCUSE اتهمت a=["sdf"] t=["turkey"] @- - d=- i=- s=- dur=- actual src=- m=1"#,
            r#"ASSAULT قصف a=["turkey"] t=[] @- - d=- i=- s=- dur=- actual src=S1 m=1"#,
        ]
    );
}

#[test]
fn trigger_families() {
    let kinds = |t: &str, s: &[Spec]| full(t, s, &[]).into_iter().map(|e| e.kind).collect::<Vec<_>>();
    let minister = || person("minister", &["الوزير"]);
    assert_eq!(
        kinds(
            "وحشد الجيش العراقي قواته قرب الحدود.",
            &[org("army", &["الجيش العراقي"])]
        ),
        vec!["MOBILIZE"]
    );
    assert_eq!(
        kinds("ووقعت قسد والحكومة اتفاق تهدئة.", &[sdf(), org("gov", &["الحكومة"])]),
        vec!["AGREE"]
    );
    assert_eq!(kinds("والتقى الوزير قادة قسد.", &[sdf(), minister()]), vec!["CONSULT"]);
    assert_eq!(kinds("ووصلت مساعدات إلى الحسكة.", &[hasakah()]), vec!["AID"]);
    assert_eq!(kinds("وفرضت واشنطن عقوبات على التنظيم.", &[isis()]), vec!["SANCTION"]);
    assert_eq!(
        kinds("واتهم الوزير التنظيم بتفجير سيارة في السوق.", &[isis(), minister()]),
        vec!["ACCUSE", "ASSAULT"]
    );
    // "The bombing", known from elsewhere and told nothing new of: no record.
    assert_eq!(
        kinds("واتهم الوزير التنظيم بالوقوف وراء التفجير.", &[isis(), minister()]),
        vec!["ACCUSE"]
    );
    assert_eq!(kinds("وتظاهر المئات في الحسكة.", &[hasakah()]), vec!["PROTEST"]);
    assert_eq!(
        kinds("واعتقلت الشرطة خمسة أشخاص.", &[org("police", &["الشرطة"])]),
        vec!["COERCE"]
    );
    assert_eq!(
        kinds("وأعلن الجيش انسحاب قواته من المدينة.", &[org("army", &["الجيش"])]),
        vec!["RETREAT"]
    );
    // Sides of an agreement joined by و.
    assert_eq!(
        events(
            "ووقعت قسد والحكومة اتفاق تهدئة.",
            &[sdf(), org("gov", &["الحكومة"])],
            &[]
        ),
        vec![r#"AGREE اتفاق a=["gov", "sdf"] t=[] @- - d=- i=- s=- dur=- actual src=- m=1"#]
    );
}

#[test]
fn nothing_from_boilerplate_and_no_panic() {
    for t in [
        "هجوم",
        "قتل",
        "بين",
        "شنت",
        "هل؟",
        "من قبل",
        "لمدة مماثلة",
        "ليرتفع العدد إلى 5",
        "“هجوم”",
        "وقتل 5 قتلى 6",
    ] {
        let _ = full(t, &[isis()], &[]);
    }
}

#[test]
fn location_by_preposition_and_fallbacks() {
    let village = || place("v", "village", "SY", &["قرية الدشيشة"]);
    let dez = || place("dez", "governorate", "SY", &["دير الزور"]);
    // The most specific place the trigger owns: قرية … بريف دير الزور.
    // (The shepherds it killed, a group of the document, are its target.)
    assert_eq!(
        events(
            "وقتل التنظيم خمسة رعاة في قرية الدشيشة بريف دير الزور.",
            &[isis(), village(), dez()],
            &[]
        ),
        vec![r#"ASSAULT قتل a=["isis"] t=["E4"] @v - d=5 i=- s=- dur=- actual src=- m=1"#]
    );
    // No place in the sentence: the dateline (a fallback, lower confidence).
    let t = "دير الزور ـ الحل نت:\nوقتل التنظيم خمسة رعاة أمس.";
    let ev = full(t, &[isis(), dez()], &[]);
    assert_eq!(
        ev.iter().map(summary).collect::<Vec<_>>(),
        vec![r#"ASSAULT قتل a=["isis"] t=["E3"] @dez - d=5 i=- s=- dur=- actual src=- m=1"#]
    );
    let with_place = full("وقتل التنظيم خمسة رعاة في دير الزور أمس.", &[isis(), dez()], &[]);
    assert!(ev[0].signals.contains(&"fallback_place"), "{:?}", ev[0].signals);
    assert!(!with_place[0].signals.contains(&"fallback_place"));
    assert!(with_place[0].signals.contains(&"own_place"));
    // No date anywhere: no time (the publication date is implied, not invented).
    assert_eq!(ev[0].time, None);
}

/// A dateline the body never names again was where the report was filed:
/// an event with no place of its own is in the place of the dateline's
/// country the body names most (twice at least). A dateline the body names
/// too stays the fallback.
#[test]
fn a_dateline_named_only_once_yields_to_the_bodys_place() {
    let juba = || place("juba", "city", "SS", &["جوبا"]);
    let nasir = || place("nasir", "town", "SS", &["الناصر"]);
    // (The arrest's place, the dateline named again in the body or not.)
    let place_of_arrest = |middle: &str| {
        let t = format!(
            "جوبا – وكالات\n\nاندلعت اشتباكات عنيفة في بلدة الناصر أمس.\n{middle}وفي تطور آخر، اعتقلت الشرطة عشرة أشخاص أمس.\nوقال سكان في الناصر إن الهدوء عاد."
        );
        let ev = full(&t, &[juba(), nasir()], &[]);
        ev.iter()
            .find(|e| e.kind == "COERCE")
            .unwrap_or_else(|| panic!("{:?}", ev.iter().map(summary).collect::<Vec<_>>()))
            .location
            .clone()
    };
    assert_eq!(place_of_arrest("").as_deref(), Some("nasir"));
    assert_eq!(
        place_of_arrest("وأكد مسؤول في جوبا توقف القتال.\n").as_deref(),
        Some("juba")
    );
}

mod random_input {
    use super::super::testkit::{entities, org, person, place, run};
    use proptest::prelude::*;

    /// Words the lexicons and grammar react to, quotation marks, punctuation.
    const PIECES: &[&str] = &[
        "قال",
        "وأضاف",
        "إن",
        "أن",
        "بأن",
        "مشيرا",
        "إلى",
        "بحسب",
        "وفق",
        "تعبيره",
        "على",
        "حد",
        "مصدر",
        "من",
        "قسد",
        "التنظيم",
        "هجوم",
        "هجوما",
        "الهجوم",
        "شنت",
        "قتل",
        "مقتل",
        "11",
        "جنديا",
        "بين",
        "و",
        "في",
        "الحسكة",
        "السجن",
        "حظر",
        "لمدة",
        "مماثلة",
        "لم",
        "إذا",
        "محاولة",
        "أحبطت",
        "العملية",
        "التي",
        "ليرتفع",
        "العدد",
        "550",
        "حنا",
        "“",
        "”",
        "«",
        "»",
        "\"",
        "،",
        ".",
        "؟",
        ":",
        "\n",
        " ",
        "ـ",
        "لـ",
        "بـ",
        "ّ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics_and_spans_slice_the_text(idx in proptest::collection::vec(0usize..PIECES.len(), 0..60)) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            let ents = entities(&text, &[org("sdf", &["قسد"]), org("isis", &["التنظيم"]), person("hanna", &["حنا"]),
                place("hasakah", "city", "SY", &["الحسكة"]), place("prison", "prison", "SY", &["السجن"])]);
            let (quotes, events) = run(&text, &ents, &[]);
            let chars: Vec<char> = text.chars().collect();
            let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
            for q in &quotes {
                prop_assert_eq!(slice(q.cue.start, q.cue.end), q.cue.text.clone());
                prop_assert_eq!(slice(q.content.start, q.content.end), q.content.text.clone());
            }
            for e in &events {
                prop_assert_eq!(slice(e.trigger.start, e.trigger.end), e.trigger.text.clone());
                prop_assert!((0.0..=1.0).contains(&e.confidence));
            }
        }
    }
}

#[test]
fn last_day_of_a_date_value() {
    use chrono::NaiveDate;
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    assert_eq!(super::latest_day("2005"), d(2005, 12, 31));
    assert_eq!(super::latest_day("2024-02"), d(2024, 2, 29));
    assert_eq!(super::latest_day("2021-12"), d(2021, 12, 31));
    assert_eq!(super::latest_day("2022-01-20"), d(2022, 1, 20));
    assert_eq!(super::latest_day("2022-W03"), None);
    assert_eq!(super::latest_day("PRESENT_REF"), None);
    assert_eq!(super::latest_day("2022-13"), None);
}

#[test]
fn events_dated_years_before_publication_are_recalled_background() {
    // The test kit publishes on 2022-01-25.
    let event = |t: &str, value: &str, surface: &str| {
        let times = [time(t, "T1", surface, TimeType::Date, value)];
        let ev = full(t, &[isis(), prison()], &times);
        assert_eq!(ev.len(), 1, "{t}");
        ev[0].clone()
    };
    let recent = event("وشن التنظيم هجوما على السجن في آذار 2021.", "2021-03", "آذار 2021");
    let old = event("وشن التنظيم هجوما على السجن في آذار 2019.", "2019-03", "آذار 2019");
    assert!(old.signals.contains(&"recalled"), "{:?}", old.signals);
    assert!(!recent.signals.contains(&"recalled"), "{:?}", recent.signals);
    // The fitted model weighs it against: background is no report.
    assert!(
        old.confidence < recent.confidence,
        "{} {}",
        old.confidence,
        recent.confidence
    );
}

#[test]
fn deaths_in_disasters_and_accidents_are_no_assault() {
    let kinds = |t: &str| full(t, &[], &[]).into_iter().map(|e| e.kind).collect::<Vec<_>>();
    assert!(kinds("وفي الهند حيث قتل 16 ألف شخص في كارثة تسونامي عام 2004.").is_empty());
    assert!(kinds("وأسفر حادث سير على الطريق الدولي عن مقتل خمسة أشخاص.").is_empty());
    // The violence itself is still named.
    assert_eq!(kinds("وقتل ثلاثة أشخاص في هجوم على السوق."), vec!["ASSAULT"]);
}

#[test]
fn an_approximate_death_toll_reaches_its_death_word() {
    let ev = full("وقتل ما لا يقل عن 28 جنديا في هجوم على السجن.", &[prison()], &[]);
    assert_eq!(ev.iter().filter_map(|e| e.dead).collect::<Vec<_>>(), vec![28.0]);
}

#[test]
fn an_approximate_count_of_victims_is_the_target() {
    let army = org("army", &["الجيش العراقي"]);
    let ev = full("وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي.", &[army], &[]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].dead, Some(28.0));
    assert_eq!(ev[0].targets.len(), 1, "{:?}", ev[0]);
}

#[test]
fn a_definite_trigger_phrase_refers_back() {
    // الحظر الجزئي starts with the anaphoric noun الحظر: the same curfew.
    let t = "وفرضت الإدارة الذاتية حظرا جزئيا على الحسكة. ويبدأ الحظر الجزئي من الساعة السادسة مساء.";
    let ev = full(t, &[hasakah()], &[]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].mentions, 2);
}

#[test]
fn an_attack_by_a_politician_with_no_one_hurt_is_less_sure() {
    let minister = || person("minister", &["الوزير"]);
    let conf = |t: &str, specs: &[Spec]| {
        let ev = full(t, specs, &[]);
        assert_eq!(ev.len(), 1, "{t}: {ev:?}");
        ev[0].confidence
    };
    let armed = conf("وشن التنظيم هجوما على السجن.", &[isis(), prison()]);
    let words = conf("وشن الوزير هجوما على السجن.", &[minister(), prison()]);
    assert!(armed > words, "{armed} {words}");
}

#[test]
fn protests_reported_in_the_plural_are_no_kind_of_event() {
    let conf = |t: &str| {
        let ev = full(t, &[hasakah()], &[]);
        assert_eq!(ev.len(), 1, "{t}: {ev:?}");
        ev[0].confidence
    };
    assert_eq!(conf("وخرجت مظاهرات في الحسكة."), conf("وخرجت مظاهرة في الحسكة."));
}

#[test]
fn a_named_subject_between_verb_and_count_keeps_the_size() {
    let ev = full(
        "واعتقلت قوات سوريا الديمقراطية “قسد” أكثر من 120 شخصا في المخيم.",
        &[sdf()],
        &[],
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].size, Some(120.0));
}

#[test]
fn a_count_of_protesters_is_the_size_of_their_protest() {
    let ev = full(
        "وخرج أكثر من 3 آلاف متظاهر إلى شوارع الحسكة في مظاهرة ضد الغلاء.",
        &[hasakah()],
        &[],
    );
    let sizes: Vec<Option<f64>> = ev.iter().filter(|e| e.kind == "PROTEST").map(|e| e.size).collect();
    assert_eq!(sizes, vec![Some(3000.0)], "{ev:?}");
}

#[test]
fn a_foiled_attempt_is_foiled() {
    let f: Vec<String> = full("وأحبطت قسد أمس محاولة اغتيال الوزير.", &[sdf()], &[])
        .into_iter()
        .map(|e| e.factuality)
        .collect();
    assert_eq!(f, vec!["foiled".to_string()]);
    // An attempt alone stays an attempt.
    let f: Vec<String> = full("وفي محاولة اغتيال الوزير أمس.", &[], &[])
        .into_iter()
        .map(|e| e.factuality)
        .collect();
    assert_eq!(f, vec!["attempted".to_string()]);
}

#[test]
fn the_confidence_model_is_a_logistic_sum_of_its_weights() {
    use super::lexicon::ConfidenceModel;
    let m = ConfidenceModel::parse("type\tsignal\tweight\n# c\n*\tbias\t-1\n*\tcounted\t2\nPROTEST\tcounted\t-1\n")
        .expect("model");
    let sig = |z: f64| 1.0 / (1.0 + (-z).exp());
    assert!((m.probability("ASSAULT", &[]) - sig(-1.0)).abs() < 1e-12);
    assert!((m.probability("ASSAULT", &["counted"]) - sig(1.0)).abs() < 1e-12);
    assert!((m.probability("PROTEST", &["counted"]) - sig(0.0)).abs() < 1e-12);
    assert!((ConfidenceModel::default().probability("ASSAULT", &["counted"]) - 0.5).abs() < 1e-12);
    // A misspelt signal or a weight that is no number names the line.
    let e = ConfidenceModel::parse("type\tsignal\tweight\n*\tcountd\t1\n").unwrap_err();
    assert!(e.to_string().contains("countd"), "{e}");
    assert!(ConfidenceModel::parse("type\tsignal\tweight\n*\tbias\tx\n").is_err());
}

#[test]
fn the_noun_after_a_plural_verb_is_its_object() {
    // استهدفوا agrees with its subject (مسلحون) before it: الوزير is the victim.
    let minister = person("minister", &["الوزير"]);
    let ev = full("وقالت المصادر إن مسلحين مجهولين استهدفوا الوزير أمس.", &[minister], &[]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].actors.is_empty(), "{:?}", ev[0]);
    assert_eq!(ev[0].targets.len(), 1, "{:?}", ev[0]);
    // A singular verb still takes the noun after it as its subject.
    let minister = person("minister", &["الوزير"]);
    let ev = full("واستهدف الوزير السجن أمس.", &[minister, prison()], &[]);
    assert_eq!(ev[0].actors.len(), 1, "{:?}", ev[0]);
}

#[test]
fn a_verb_complement_may_stand_after_the_subject() {
    let jets = || org("jets", &["الطائرات الحربية"]);
    // Verb, subject, adverb, complement: the words between are the subject.
    assert_eq!(
        events(
            "أطلقت الطائرات الحربية أمس صواريخ على الحسكة.",
            &[jets(), hasakah()],
            &[]
        ),
        vec![r#"ASSAULT أطلقت a=["jets"] t=[] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    // Subject first, a count between verb and complement: the subject
    // before the verb is the actor.
    assert_eq!(
        events(
            "الطائرات الحربية أطلقت ثلاثة صواريخ على الحسكة.",
            &[jets(), hasakah()],
            &[]
        ),
        vec![r#"ASSAULT أطلقت a=["jets"] t=[] @hasakah - d=- i=- s=- dur=- actual src=- m=1"#]
    );
    // Not across a clause break, nor with a proclitic on the complement.
    assert!(events("أطلقت الوزارة، بعد أن نفت امتلاك صواريخ، برنامجا.", &[], &[]).is_empty());
    assert!(events("أطلقت الوزارة حملة توعية بالصواريخ.", &[], &[]).is_empty());
}

/// The real lexicons (data/events/): triggers that only the data lists.
fn real_events(text: &str) -> Vec<(String, String, Vec<&'static str>)> {
    let doc = crate::event::testkit::real_doc(text);
    doc.events
        .iter()
        .map(|e| (e.kind.clone(), e.trigger.text.clone(), e.signals.clone()))
        .collect()
}

#[test]
fn subjected_to_beating_is_an_assault_and_crimes_name_events_in_passing() {
    let ev = real_events("وقال السجين إنه تعرض أمس للضرب في مركز الشرطة.");
    assert_eq!(
        ev.iter().map(|e| (e.0.as_str(), e.1.as_str())).collect::<Vec<_>>(),
        vec![("ASSAULT", "تعرض")]
    );
    // جرائم القتل: killings named as a kind of crime, in passing.
    let ev = real_events("وتناول التقرير جرائم القتل في المدينة.");
    assert!(ev.iter().all(|e| e.2.contains(&"referential")), "{ev:?}");
}

/// The type and factuality of each event, with the real lexicons.
fn real_facts(text: &str) -> Vec<(String, String)> {
    crate::event::testkit::real_doc(text)
        .events
        .iter()
        .map(|e| (e.kind.clone(), e.factuality.clone()))
        .collect()
}

/// The type of each event, with the real lexicons.
fn real_kinds(text: &str) -> Vec<String> {
    real_args(text).into_iter().map(|e| e.0).collect()
}

/// (type, actor names, target names) of each event, with the real lexicons.
fn real_args(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let doc = crate::event::testkit::real_doc(text);
    let name = |id: &String| {
        doc.entities
            .iter()
            .find(|e| &e.id == id)
            .map_or(String::new(), |e| e.name.clone())
    };
    doc.events
        .iter()
        .map(|v| {
            (
                v.kind.clone(),
                v.actors.iter().map(name).collect(),
                v.targets.iter().map(name).collect(),
            )
        })
        .collect()
}

#[test]
fn a_plural_verb_read_either_way_with_no_object_is_passive() {
    // قَتلوا / قُتلوا: nothing after it, so the ones before it were killed.
    assert_eq!(
        real_args("وأكد المصدر أن ثلاثة من عناصر الحشد الشعبي قتلوا وأصيب اثنان آخران."),
        vec![("ASSAULT".to_string(), vec![], vec!["الحشد الشعبي".to_string()])]
    );
    // An object after it keeps the active reading.
    assert_eq!(
        real_args("وأكد المصدر أن عناصر الحشد الشعبي قتلوا ثلاثة مسلحين."),
        vec![(
            "ASSAULT".to_string(),
            vec!["الحشد الشعبي".to_string()],
            vec!["مسلحين".to_string()]
        )]
    );
}

/// Owned copies of entity names, for comparing with `real_args`.
fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// (type, trigger, dead, injured) of each event, with the shipped data.
fn real_counts(text: &str) -> Vec<(String, String, Option<f64>, Option<f64>)> {
    real_counts_on(text, None)
}

/// `real_counts` for a text published on a given day.
fn real_counts_on(text: &str, published: Option<&str>) -> Vec<(String, String, Option<f64>, Option<f64>)> {
    super::testkit::real_doc_on(text, published)
        .events
        .into_iter()
        .map(|e| (e.kind, e.trigger.text, e.dead, e.injured))
        .collect()
}

/// A toll and the casualties of its sentence belong to the attack they
/// count, not to events of their own.
#[test]
fn tolls_and_casualties_join_their_attack() {
    let ev = |k: &str, t: &str, d: Option<f64>, i: Option<f64>| (k.to_string(), t.to_string(), d, i);
    // The toll's new figure far from its verb; the dead of the shelling.
    assert_eq!(
        real_counts(
            "ارتفعت حصيلة القتلى جراء القصف الذي نفذته قوات النظام السوري على بلدات في ريف حماة الشمالي إلى 12 مدنيا."
        ),
        vec![ev("ASSAULT", "قصف", Some(12.0), None)]
    );
    // قتلى القصف: the attack is the casualty word's genitive.
    assert_eq!(
        real_counts("ارتفاع حصيلة قتلى القصف على ريف حماة إلى 9 مدنيين"),
        vec![ev("ASSAULT", "قصف", Some(9.0), None)]
    );
    // Injured in the sentence of the attack, with no link word.
    assert_eq!(
        real_counts("قصفت قوات النظام السوري بلدة كفرنبل بالمدفعية الثقيلة، فيما أصيب 30 مدنيا بجروح."),
        vec![ev("ASSAULT", "قصفت", None, Some(30.0))]
    );
}

/// What an agreement agrees on is its content, not a second event.
#[test]
fn agreement_content_is_no_event_of_its_own() {
    let d = super::testkit::real_doc("وأعلن الطرفان التوصل إلى اتفاق وقف إطلاق النار في المدينة.");
    let kinds: Vec<&str> = d.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, vec!["AGREE"]);
}

/// The side owning what an attack hit (مواقع لقوات النظام) is its target;
/// the weapon behind بـ is the same attack.
#[test]
fn owner_of_positions_hit_is_the_target() {
    let d = super::testkit::real_doc("قصفت فصائل المعارضة بالصواريخ مواقع لقوات النظام في ريف حلب الغربي.");
    let name = |id: &String| {
        d.entities
            .iter()
            .find(|e| &e.id == id)
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    let got: Vec<(String, Vec<String>, Vec<String>)> = d
        .events
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.actors.iter().map(name).collect(),
                e.targets.iter().map(name).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![(
            "ASSAULT".to_string(),
            vec!["المعارضة السورية المسلحة".to_string()],
            vec!["الجيش العربي السوري".to_string()]
        )]
    );
}

/// An intercepted explosive drone is a foiled drone attack, past the
/// interceptor's name.
#[test]
fn intercepted_drone_is_foiled() {
    let d = super::testkit::real_doc("وأسقطت وحدات الدفاع الجوي طائرة مسيرة مفخخة أطلقها مسلحون باتجاه مطار أربيل.");
    let d2 = super::testkit::real_doc("واعترضت الدفاعات الجوية الإماراتية طائرة مسيرة مفخخة فوق أبوظبي.");
    let got = |d: &crate::doc::Document| -> Vec<(String, Option<String>, String)> {
        d.events
            .iter()
            .map(|e| (e.kind.clone(), e.mode.clone(), e.factuality.clone()))
            .collect()
    };
    assert_eq!(
        got(&d2),
        vec![("ASSAULT".to_string(), Some("drone".to_string()), "foiled".to_string())]
    );
    // أسقط is no cue: a downed aircraft may be the attack's target.
    assert_eq!(
        got(&d),
        vec![("ASSAULT".to_string(), Some("drone".to_string()), "actual".to_string())]
    );
}

/// (type, trigger, time value, size) of each event of a text published on
/// `published`, with the shipped data.
fn real_when(text: &str, published: &str) -> Vec<(String, String, Option<String>, Option<f64>)> {
    let d = super::testkit::real_doc_on(text, Some(published));
    d.events
        .iter()
        .map(|e| {
            let value = e
                .time
                .as_ref()
                .and_then(|id| d.times.iter().find(|t| &t.id == id))
                .and_then(|t| t.value.clone());
            (e.kind.clone(), e.trigger.text.clone(), value, e.size)
        })
        .collect()
}

fn when(k: &str, t: &str, v: Option<&str>, s: Option<f64>) -> (String, String, Option<String>, Option<f64>) {
    (k.to_string(), t.to_string(), v.map(str::to_string), s)
}

/// The date a report was made (between its cue and its content) yields to
/// the date of the event it reports, and bounds it: a later event is
/// another one.
#[test]
fn a_report_date_yields_to_the_date_in_its_content() {
    let text = "أفاد مصدر في الشرطة، اليوم الأحد، بمقتل شرطيين بانفجار عبوة ناسفة في مدينة الرمادي. \
                وقال المصدر إن العبوة انفجرت مساء أمس السبت لدى مرور دورية للشرطة.";
    assert_eq!(
        real_when(text, "2024-04-14"),
        vec![when("ASSAULT", "انفجار", Some("2024-04-13"), None)]
    );
    // Alone, the report's date is the event's.
    assert_eq!(
        real_when(
            "أفاد مصدر في الشرطة، اليوم الأحد، بمقتل شرطيين بانفجار عبوة ناسفة في مدينة الرمادي.",
            "2024-04-14"
        ),
        vec![when("ASSAULT", "انفجار", Some("2024-04-14"), None)]
    );
}

/// The one date of a sentence dates all it reports; an event the article
/// reports with no date of its own takes the lead's date; background does
/// not.
#[test]
fn the_lead_date_dates_what_the_article_reports() {
    let text = "قتل 3 متظاهرين، أمس الأحد، خلال احتجاجات في مدينة البصرة. \
                وفي وقت لاحق، اعتقلت الشرطة 20 شخصا في المدينة. \
                وكانت المدينة قد شهدت احتجاجات مماثلة في تموز 2018.";
    assert_eq!(
        real_when(text, "2024-04-15"),
        vec![
            when("ASSAULT", "قتل", Some("2024-04-14"), None),
            when("PROTEST", "احتجاجات", Some("2024-04-14"), None),
            when("COERCE", "اعتقلت", Some("2024-04-14"), Some(20.0)),
            when("PROTEST", "احتجاجات", Some("2018-07"), None),
        ]
    );
}

/// Two reports from two sources with two figures in one sentence are two
/// events; an attack named as another one (هجوم مماثل) or in passing (بعد
/// هجوم) is not the one its sentence speaks of.
#[test]
fn two_sources_two_figures_and_another_attack_are_separate_events() {
    let text = "وقال الجيش إن قواته اعتقلت أحد المطلوبين، في حين قالت منظمة حقوقية إن القوات اعتقلت 9 شبان من البلدة.";
    assert_eq!(
        real_when(text, "2024-04-15")
            .into_iter()
            .map(|e| (e.1, e.3))
            .collect::<Vec<_>>(),
        vec![("اعتقلت".to_string(), None), ("اعتقلت".to_string(), Some(9.0))]
    );
    let text = "انفجرت عبوة ناسفة بدورية للجيش في قضاء طوز خورماتو. \
                ويأتي الهجوم بعد أسبوع من هجوم مماثل في قضاء خانقين، وبعد هجوم في كركوك استهدف نقطة تفتيش.";
    let ev = real_when(text, "2024-04-15");
    assert_eq!(ev.len(), 3, "{ev:?}");
}

/// A later sentence that tells more of an event just reported is that
/// event; one in another town, or named as another, is not.
#[test]
fn an_elaboration_in_the_next_sentences_joins_its_event() {
    let count = |text: &str| {
        super::testkit::real_doc_on(text, Some("2024-04-15"))
            .events
            .iter()
            .map(|e| (e.trigger.text.clone(), e.mentions))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        count(
            "قتل شرطيان بانفجار عبوة ناسفة في مدينة الرمادي. \
             وقال مصدر أمني إن العبوة زرعها مجهولون على جانب الطريق وانفجرت لدى مرور الدورية."
        ),
        vec![("انفجار".to_string(), 4)]
    );
    let two = count(
        "قتل شرطيان بانفجار عبوة ناسفة في مدينة الرمادي. \
         وفي مدينة الموصل، انفجرت عبوة ناسفة لدى مرور دورية للجيش.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
    // A strike called beside a march is an event of its own.
    let protests = count(
        "تظاهر آلاف في مدينة الخرطوم أمس ضد الحكم العسكري. \
         وأعلن تجمع المهنيين إضرابا عاما في المدينة.",
    );
    assert_eq!(protests.len(), 2, "{protests:?}");
}

/// A force or weapon of a named side acts (مدفعية الدعم السريع); an attack
/// or weapon carrying a nationality adjective is that state's forces'.
#[test]
fn a_sides_artillery_and_a_national_drone_are_actors() {
    assert_eq!(
        real_args("قصفت مدفعية الدعم السريع سوق المدينة الكبير في الفاشر."),
        vec![("ASSAULT".to_string(), s(&["قوات الدعم السريع"]), s(&[]))]
    );
    let ev = real_args(
        "أعلن الجيش الإسرائيلي رفع حالة التأهب. \
         وأصيب شخصان جراء قصف إسرائيلي استهدف أطراف بلدة الخيام.",
    );
    assert!(
        ev.iter()
            .any(|e| e.0 == "ASSAULT" && e.1 == s(&["جيش الاحتلال الإسرائيلي"])),
        "{ev:?}"
    );
    // Not past the preposition that opens the target.
    let ev = real_args("أعلن الجيش الإسرائيلي رفع حالة التأهب. وشنت طائرات غارات على مواقع إسرائيلية.");
    assert!(ev.iter().all(|e| e.1.is_empty()), "{ev:?}");
}

/// Casualties joined by و count together; a joined count of another kind
/// (و5 جرحى) does not.
#[test]
fn joined_casualty_counts_are_summed() {
    let ev = |k: &str, t: &str, d: Option<f64>, i: Option<f64>| (k.to_string(), t.to_string(), d, i);
    assert_eq!(
        real_counts("أسفر الهجوم عن مقتل ضابط وجندي."),
        vec![ev("ASSAULT", "هجوم", Some(2.0), None)]
    );
    assert_eq!(
        real_counts("قتل 16 عنصرا من القوات الحكومية و5 من الحوثيين خلال المعارك."),
        vec![ev("ASSAULT", "معارك", Some(21.0), None)]
    );
    assert_eq!(
        real_counts("قتل 3 مدنيين وجندي في القصف."),
        vec![ev("ASSAULT", "قصف", Some(4.0), None)]
    );
    assert_eq!(
        real_counts("قتل 3 مدنيين و5 جرحى في القصف."),
        vec![ev("ASSAULT", "قصف", Some(3.0), Some(5.0))]
    );
}

/// A running total since a date or an event is many events, none of them
/// reported: no record. A toll of the day stays.
#[test]
fn a_running_total_is_no_event() {
    assert_eq!(
        real_counts("وأضافت أن حصيلة القتلى منذ مطلع الشهر الماضي ارتفعت إلى 71 قتيلا."),
        vec![]
    );
    assert_eq!(
        real_counts("وبذلك يرتفع عدد الشهداء في الضفة الغربية منذ مطلع العام إلى 104 شهداء."),
        vec![]
    );
    assert_eq!(
        real_counts("قتل 5 أشخاص منذ صباح اليوم في قصف على المدينة."),
        vec![("ASSAULT".to_string(), "قصف".to_string(), Some(5.0), None)]
    );
}

/// A casualty verb after و opens the next clause: the count before it
/// belongs to the casualty word before the count.
#[test]
fn a_count_before_a_joined_casualty_verb_is_the_earlier_ones() {
    assert_eq!(
        real_counts("قُتل ما لا يقل عن 14 شخصا وأصيب أكثر من 30 آخرين، في هجوم شنه مسلحون على فندق في العاصمة."),
        vec![("ASSAULT".to_string(), "هجوم".to_string(), Some(14.0), Some(30.0))]
    );
}

/// The outlet and city of a dateline are no subject; a toll reaches the
/// attack it results from past a long casualty phrase.
#[test]
fn a_dateline_is_no_subject_and_a_long_toll_joins_its_attack() {
    let text = "مقديشو (الصومال الجديد) – قُتل ما لا يقل عن 14 شخصا، بينهم ثلاثة من أفراد الأمن، \
                وأصيب أكثر من 30 آخرين، في هجوم شنه مسلحون على فندق في العاصمة.";
    assert_eq!(
        real_counts(text),
        vec![("ASSAULT".to_string(), "هجوم".to_string(), Some(14.0), Some(30.0))]
    );
    // «شنه مسلحون»: unnamed gunmen are the side that attacked.
    assert_eq!(
        real_args(text),
        vec![("ASSAULT".to_string(), vec!["مسلحون".to_string()], vec![])]
    );
}

/// An arrest during a raid is one operation; an arrest and a seizure
/// side by side stay two.
#[test]
fn an_arrest_during_a_raid_is_one_event() {
    let d = super::testkit::real_doc("وأعلنت الشرطة اعتقال 4 مشتبه بهم خلال عملية دهم في قرية الحوامد.");
    let got: Vec<(String, String, usize)> = d
        .events
        .iter()
        .map(|e| (e.kind.clone(), e.trigger.text.clone(), e.mentions))
        .collect();
    assert_eq!(got, vec![("COERCE".to_string(), "اعتقال".to_string(), 2)]);
    // «في عمليات دهم» too.
    for text in [
        "أعلنت الوزارة، أمس الأحد، تفكيك شبكة، واعتقال أحد عشر من أعضائها في عمليات دهم متزامنة بمدينتي مهاباد وبوكان.",
        "واعتقلت الشرطة أحد عشر شخصا في مداهمة لمنزل في المدينة.",
    ] {
        let d = super::testkit::real_doc(text);
        let got: Vec<(String, usize)> = d.events.iter().map(|e| (e.kind.clone(), e.mentions)).collect();
        assert_eq!(got, vec![("COERCE".to_string(), 2)], "{text}");
    }
    assert_eq!(real_events("اعتقلت القوات 5 أشخاص وصادرت أسلحة في البلدة.").len(), 2);
}

/// ACLED's type by the victims an armed attack counts: protesters,
/// civilians; a clash between armed sides stays a battle.
#[test]
fn acled_type_follows_the_victims() {
    let acled = |text: &str| -> Vec<(String, String)> {
        super::testkit::real_doc(text)
            .events
            .iter()
            .filter_map(|e| e.acled.clone())
            .map(|a| (a.event_type, a.sub_event_type))
            .collect()
    };
    let a = |t: &str, s: &str| (t.to_string(), s.to_string());
    assert_eq!(
        acled("قتلت قوات الأمن 7 متظاهرين في وسط المدينة."),
        vec![a("Protests", "Excessive force against protesters")]
    );
    assert_eq!(
        acled("قتل مسلحون 4 مدنيين في هجوم على قرية."),
        vec![a("Violence against civilians", "Attack")]
    );
    assert_eq!(acled("قتل 5 جنود في هجوم على حاجز."), vec![a("Battles", "Armed clash")]);
    assert_eq!(
        acled("اشتبك الجيش مع مسلحين وقتل 5 مدنيين في تبادل إطلاق النار."),
        vec![a("Battles", "Armed clash")]
    );
}

/// The side that was hit hitting back in the next sentence is another
/// event, not an account of the first.
#[test]
fn the_target_hitting_back_is_another_event() {
    let ev = real_args(
        "استهدفت فصائل المعارضة السورية المسلحة بالصواريخ مواقع لقوات النظام السوري في مدينة سراقب. \
         وقالت وزارة الدفاع السورية إن قوات النظام السوري ردت واستهدفت تجمعات للمسلحين في المنطقة.",
    );
    assert_eq!(ev.iter().filter(|e| e.0 == "ASSAULT").count(), 2, "{ev:?}");
}

/// «عملية الاختطاف»: the head noun before an event noun is part of it, not
/// an anaphor that carries the event's sides into the accusation.
#[test]
fn the_accused_is_the_target_of_an_accusation() {
    let ev = real_args("اتهمت الحكومة السودانية قوات الدعم السريع بالوقوف وراء عملية الاختطاف.");
    assert_eq!(
        ev.first(),
        Some(&(
            "ACCUSE".to_string(),
            s(&["الحكومة السودانية"]),
            s(&["قوات الدعم السريع"])
        ))
    );
}

/// A definite noun that names no one after a raid's verb is its object:
/// the subject is the side before it, past an aside; an indefinite plural
/// of people after the verb is its own subject.
#[test]
fn a_subject_before_an_aside_raids_the_definite_object_after() {
    assert_eq!(
        real_args("وأفاد مراسلنا بأن قوة كبيرة من جيش الاحتلال، ترافقها جرافات عسكرية، اقتحمت المدينة فجر اليوم."),
        vec![("COERCE".to_string(), s(&["جيش الاحتلال الإسرائيلي"]), s(&[]))]
    );
    let ev = real_args("هاجمت قوات النظام السوري القرية، واقتحم مسلحون مجهولون المدينة.");
    assert_eq!(
        ev.get(1),
        // (Armed men storming a town attack it.)
        Some(&("ASSAULT".to_string(), s(&["مسلحون مجهولون"]), s(&[]))),
        "{ev:?}"
    );
}

/// «أعلن X أن مقاتليه استهدفوا …»: the speaker's own forces acted; armed
/// men the speaker reports on are not the speaker.
#[test]
fn the_speakers_own_forces_make_the_speaker_the_actor() {
    let ev = real_args("أعلن حزب الله أن مقاتليه استهدفوا ثكنة برانيت بالصواريخ.");
    assert_eq!(ev.first().map(|e| e.1.clone()), Some(s(&["حزب الله"])));
    let ev = real_args("أعلن حزب الله أن مسلحين استهدفوا ثكنة برانيت بالصواريخ.");
    assert_eq!(ev.first().map(|e| e.1.clone()), Some(s(&["مسلحين"])));
}

/// A force named by a phrase stands alone in a document of one country
/// (قوات مكافحة الشغب), its trigger-like word is no trigger, فتح carries
/// the noun it opens, and whom force was used on behind لـ is the target.
#[test]
fn riot_police_open_fire_to_disperse_protesters() {
    let ev = real_args(
        "أعلنت الحكومة العراقية حظرا للتجول في بغداد. وفي البصرة، فتحت قوات مكافحة الشغب الرصاص الحي لتفريق محتجين.",
    );
    assert_eq!(
        ev.last(),
        Some(&("ASSAULT".to_string(), s(&["قوات مكافحة الشغب"]), s(&["محتجين"]))),
        "{ev:?}"
    );
    assert!(ev.iter().all(|e| e.0 != "PROTEST"), "{ev:?}");
}

/// A kind of event that did not happen (بقصد تنفيذ هجمات) is no record,
/// whoever it is told of.
#[test]
fn an_unreal_kind_of_event_is_no_record_even_with_sides() {
    let ev = real_args("وقال المسؤول إن تنظيم داعش يتلقى الدعم بقصد تنفيذ هجمات.");
    assert!(ev.iter().all(|e| e.0 != "ASSAULT"), "{ev:?}");
}

/// What a side holds names that side as the target (حاجزا للجيش والحشد،
/// سيارة تابعة لقوات النظام), past a date between verb and object.
#[test]
fn the_owner_of_what_was_hit_is_the_target() {
    assert_eq!(
        real_args("وقال مصدر إن مسلحين من داعش هاجموا ليل الثلاثاء حاجزا مشتركا للجيش العراقي والحشد الشعبي."),
        vec![(
            "ASSAULT".to_string(),
            s(&["داعش"]),
            s(&["الجيش العراقي", "الحشد الشعبي"])
        )]
    );
}

/// «أُلقي القبض» written with a final ي is the passive where the text keeps
/// ي and ى apart: what follows على is the target.
#[test]
fn a_final_ya_arrest_is_passive() {
    let ev = real_args("وقال التنظيم إن الإرهابيين الذين ألقي القبض عليهم نقلوا إلى السجن.");
    assert!(ev.iter().all(|e| e.1.is_empty()), "{ev:?}");
}

/// A trigger that is a quote's own cue was done by the speaker (وتوعد بـ);
/// a spokesman acts for the body he speaks for; an accusation's target is
/// whom its words open with.
#[test]
fn a_speaker_makes_his_threat_and_his_body_acts() {
    let ev = real_args(
        "أعلن المتحدث العسكري باسم جماعة الحوثيين، يحيى سريع، أن الجماعة أطلقت صواريخ على سفينة. وتوعد سريع بمزيد من الهجمات.",
    );
    let threat = ev.iter().find(|e| e.0 == "THREATEN").map(|e| e.1.clone());
    assert_eq!(threat, Some(s(&["يحيى سريع", "أنصار الله"])), "{ev:?}");
    let ev = real_args("واتهم نائب وزير الخزانة الأمريكي إيران بتغذية الهجمات على الملاحة.");
    assert_eq!(
        ev.first().map(|e| (e.0.as_str(), e.2.clone())),
        Some(("ACCUSE", s(&["إيران"]))),
        "{ev:?}"
    );
    // A capital charged or called on is its state.
    let ev = real_args("واتهمت وزارة الخارجية الأوكرانية موسكو بتكثيف الضربات على المدن.");
    assert_eq!(
        ev.first().map(|e| (e.0.as_str(), e.2.clone())),
        Some(("ACCUSE", s(&["روسيا"]))),
        "{ev:?}"
    );
    let ev = real_args("ودعت الجامعة العربية، في بيان، واشنطن إلى وقف الدعم.");
    assert_eq!(
        ev.first().map(|e| (e.0.as_str(), e.2.clone())),
        Some(("REQUEST", s(&["الولايات المتحدة"]))),
        "{ev:?}"
    );
}

/// «عقد X اجتماعا مع Y»، «تبادل لإطلاق النار مع Y»: Y is the other side.
#[test]
fn the_side_after_ma_meets_or_fights() {
    let ev = real_args("وعقد حزب الله، يوم الاثنين، اجتماعا مع حركة حماس في بيروت.");
    assert_eq!(
        ev.first(),
        Some(&("CONSULT".to_string(), s(&["حزب الله"]), s(&["حركة حماس"]))),
        "{ev:?}"
    );
    let ev = real_args("ولقي ستة مسلحين مصرعهم إثر تبادل لإطلاق النار مع القوات المصرية.");
    assert!(
        ev.first()
            .is_some_and(|e| e.2.contains(&"القوات المسلحة المصرية".to_string())),
        "{ev:?}"
    );
    // بمساندة جوية من X: X acts with the subject; خلية لتنظيم X: X was hit.
    let ev = real_args("شنت قوات سوريا الديمقراطية، بمساندة جوية من التحالف الدولي، هجوما على خلية لتنظيم داعش.");
    assert_eq!(
        ev.first(),
        Some(&(
            "ASSAULT".to_string(),
            s(&["قوات سوريا الديمقراطية", "التحالف الدولي"]),
            s(&["داعش"])
        )),
        "{ev:?}"
    );
}

/// A body's denial is a REJECT; the event it names stands beside it,
/// denied; a commentator's is no event. Condemning (دان) accuses; an
/// investigation asked for is the demand's content.
#[test]
fn denials_condemnations_and_demanded_investigations() {
    let kinds = real_kinds;
    assert_eq!(
        kinds("ونفت وزارة الداخلية العراقية هذه الرواية جملة وتفصيلا."),
        vec!["REJECT"]
    );
    assert_eq!(
        kinds("ونفى التحالف العربي استهداف أي مبان سكنية في صنعاء."),
        vec!["REJECT", "ASSAULT"]
    );
    let doc = crate::event::testkit::real_doc("ونفى التحالف العربي استهداف أي مبان سكنية في صنعاء.");
    let strike = doc
        .events
        .iter()
        .find(|e| e.kind == "ASSAULT")
        .map(|e| e.factuality.clone());
    assert_eq!(strike.as_deref(), Some("denied"));
    assert!(kinds("ونفى الباحث هشام النجار هذه الرواية.").is_empty());
    // An office held, unnamed, speaks for its body.
    assert_eq!(kinds("ونفى وزير العدل أن تكون للقضية دوافع سياسية."), vec!["REJECT"]);
    assert_eq!(kinds("دان الاتحاد الأفريقي الهجوم الإرهابي على الثكنة."), vec!["ACCUSE"]);
    assert_eq!(kinds("وطالبت منظمة العفو الدولية بفتح تحقيق مستقل."), vec!["REQUEST"]);
}

/// «طلب عدم الكشف عن هويته» names a source; it is no demand.
#[test]
fn anonymity_is_no_demand() {
    let ev = real_args("وقال مسؤول محلي طلب عدم الكشف عن هويته إن مسلحين هاجموا القرية.");
    assert!(ev.iter().all(|e| e.0 != "REQUEST"), "{ev:?}");
}

/// A clock time with no day of its own yields to the date beside it.
#[test]
fn a_bare_clock_time_yields_to_the_date() {
    let ev = real_when(
        "وقالت القيادة المركزية إن قواتها نفذت فجر اليوم الأربعاء، عند الساعة الثالثة، غارات على منصات إطلاق.",
        "2024-02-28",
    );
    assert_eq!(
        ev.first().and_then(|e| e.2.clone()),
        Some("2024-02-28".to_string()),
        "{ev:?}"
    );
}

/// Who repelled an attack was its target, before the attack (صدّت القوات
/// هجوما) or between verb and attack (تصدّى الجيش لهجوم).
#[test]
fn the_repeller_is_the_target() {
    assert_eq!(
        real_args("وصدت القوات العراقية هجوما شنه تنظيم داعش على قرية في كركوك."),
        vec![("ASSAULT".to_string(), s(&["داعش"]), s(&["الجيش العراقي"]))]
    );
    assert_eq!(
        real_args("وتصدى الجيش المالي لهجوم واسع على موقعه في بولكيسي."),
        vec![("ASSAULT".to_string(), s(&[]), s(&["الجيش المالي"]))]
    );
    // A time between the repeller and the attack; the attackers after ل.
    assert_eq!(
        real_args("وصدت القوات الكينية، فجر اليوم الاثنين، هجوما لمسلحي حركة الشباب على معسكر في لامو."),
        vec![("ASSAULT".to_string(), s(&["حركة الشباب"]), s(&["القوات الكينية"]))]
    );
}

/// An aircraft or a tank with a nationality adjective is that state's
/// force, and acts: not the country as the place that was hit.
#[test]
fn aircraft_of_a_nation_act() {
    assert_eq!(
        real_args("وقصفت طائرات أردنية مواقع لمهربين في ريف السويداء."),
        vec![("ASSAULT".to_string(), s(&["طائرات أردنية"]), s(&[]))]
    );
}

/// A participle of accusing after a statement: the speaker accuses whom
/// the words name.
#[test]
fn the_accused_in_the_words_is_the_target() {
    let ev = real_args("ونفت حركة حماس أي علاقة لها بالحادث، متهمة «تنظيم داعش» بالوقوف وراءه.");
    let acc = ev.iter().find(|e| e.0 == "ACCUSE").map(|e| (e.1.clone(), e.2.clone()));
    assert_eq!(acc, Some((s(&["حركة حماس"]), s(&["داعش"]))), "{ev:?}");
}

/// A plural verb going on from one whose subject is the speaker's own
/// forces has that subject too; an instrument after a verb (بقذائف) takes
/// the verb's sides, not the name before it.
#[test]
fn own_forces_go_on_and_an_instrument_has_no_agent_of_its_own() {
    let ev = real_args("أعلن حزب الله أن مقاتليه قصفوا تجمعا لجنود الاحتلال في محيط موقع المالكية بقذائف المدفعية.");
    assert_eq!(
        ev.first().map(|e| (e.1.clone(), e.2.clone())),
        Some((s(&["حزب الله"]), s(&["جيش الاحتلال الإسرائيلي"]))),
        "{ev:?}"
    );
}

/// A verb right after an event noun with the event as its object (نظّمها،
/// دعت إليه، تبنّاه) names who organised it; a call for it is no demand.
#[test]
fn organiser_after_the_event_noun() {
    let ev = real_args("وبدأ إضراب عام دعا إليه الاتحاد العام التونسي للشغل في كل الولايات.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "PROTEST");
    assert_eq!(ev[0].1, vec!["الاتحاد العام التونسي للشغل".to_string()]);
    let ev = real_args("وخرجت مظاهرات حاشدة دعت إليها قوى الحرية والتغيير في الخرطوم.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, vec!["قوى الحرية والتغيير".to_string()]);
    let ev = real_args("وقتل خمسة جنود في هجوم تبناه تنظيم داعش قرب الرمادي أمس.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "ASSAULT");
    assert_eq!(ev[0].1, vec!["داعش".to_string()]);
}

/// «قال الجيش إن وحداته صدّت هجوما»: its own forces repelled the attack, so
/// the speaker was its target (وحدات begins with a و of its own).
#[test]
fn own_forces_repelling_make_the_speaker_the_target() {
    let ev = real_args("وقال الجيش الموريتاني في بيان إن وحداته صدّت هجوما واسعا على موقع عسكري قرب الحدود.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "ASSAULT");
    assert!(ev[0].1.is_empty(), "{ev:?}");
    assert_eq!(ev[0].2, vec!["الجيش الموريتاني".to_string()]);
}

/// A cell dismantled is an arrest; حظر للتجوال a curfew; حثّ a demand.
#[test]
fn cells_dismantled_curfews_and_urging() {
    let kinds = real_kinds;
    let ev = real_args("وفككت الشرطة الجزائرية خلية إرهابية من أربعة عناصر في وهران أمس.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "COERCE");
    assert_eq!(ev[0].1, vec!["الشرطة الجزائرية".to_string()]);
    assert_eq!(kinds("وفرضت السلطات حظرا للتجوال في المدينة ليلة أمس."), vec!["COERCE"]);
    assert_eq!(
        kinds("وحث الأمين العام للأمم المتحدة الأطراف على وقف القتال."),
        vec!["REQUEST"]
    );
}

/// A title's person is the subject (وزير الإعلام فلان، عضو مجلس النواب عن
/// البصرة فلان), not the title's body, and the name after it is the object.
#[test]
fn a_titled_person_is_the_subject() {
    let ev = real_args("واتهم وزير الإعلام السوداني خالد الأعيسر قوات الدعم السريع بعرقلة وصول المساعدات.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "ACCUSE");
    assert_eq!(ev[0].1, vec!["خالد الأعيسر".to_string()]);
    assert_eq!(ev[0].2, vec!["قوات الدعم السريع".to_string()]);
    let ev = real_args("وطالب عضو مجلس النواب عن نينوى أحمد الجبوري الحكومة الاتحادية بحماية القرى.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, vec!["أحمد الجبوري".to_string()]);
    assert_eq!(ev[0].2, vec!["الحكومة العراقية".to_string()]);
}

/// A noun referring back to an accusation («ولم تعلق الجماعة على
/// الاتهامات») does not make the one who comments its actor.
#[test]
fn a_noun_referring_back_adds_no_side_of_another_clause() {
    let ev = real_args(
        "واتهم وزير الإعلام معمر الإرياني جماعة الحوثي بقصف الأحياء السكنية في تعز. ولم تعلق جماعة الحوثي على الاتهامات حتى الآن.",
    );
    let accuse: Vec<_> = ev.iter().filter(|e| e.0 == "ACCUSE").collect();
    assert_eq!(accuse.len(), 1, "{ev:?}");
    assert_eq!(accuse[0].1, vec!["معمر الإرياني".to_string()]);
}

/// «أعلنت X أنها نفذت غارة … أن الغارة قتلت»: a new strike its speaker
/// carried out, with its anaphor, is an event of its own — not the attack
/// told of before.
#[test]
fn a_strike_a_speaker_announces_is_its_own_event() {
    let ev = real_args(
        "وقال الجيش إن الهجوم بدأ بانفجار سيارة مفخخة عند مدخل المعسكر. من جهتها، أعلنت القيادة المركزية الأمريكية أنها نفذت غارة جوية على مسلحين قرب المعسكر، مؤكدة أن الغارة قتلت ستة منهم.",
    );
    let doc = crate::event::testkit::real_doc(
        "وقال الجيش إن الهجوم بدأ بانفجار سيارة مفخخة عند مدخل المعسكر. من جهتها، أعلنت القيادة المركزية الأمريكية أنها نفذت غارة جوية على مسلحين قرب المعسكر، مؤكدة أن الغارة قتلت ستة منهم.",
    );
    let strike: Vec<_> = doc.events.iter().filter(|e| e.trigger.text == "غارة جوية").collect();
    assert_eq!(strike.len(), 1, "{ev:?}");
    assert_eq!(strike[0].dead, Some(6.0));
    assert_eq!(strike[0].mentions, 3, "{ev:?}");
    let last = ev.last().map(|e| e.1.clone()).unwrap_or_default();
    assert_eq!(last, vec!["القيادة المركزية الأمريكية".to_string()], "{ev:?}");
}

/// «الهجوم بدأ بانفجار سيارة مفخخة»: what an attack began with is part of it.
#[test]
fn what_an_attack_began_with_is_part_of_it() {
    let doc = crate::event::testkit::real_doc("وقال الجيش إن الهجوم بدأ بانفجار سيارة مفخخة عند مدخل المعسكر.");
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    assert_eq!(doc.events[0].mentions, 3);
}

/// A toll with no agent of its own, a sentence or two after an attack,
/// counts that attack (also amid its later mentions).
#[test]
fn a_later_toll_counts_the_attack_just_reported() {
    let doc = crate::event::testkit::real_doc_on(
        "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب صباح اليوم الأحد. وقال الدفاع المدني إن الغارات استهدفت سوقا شعبية. وأحصى المرصد السوري لحقوق الإنسان مقتل ستة مدنيين وإصابة عشرة آخرين. وأضاف المرصد أن الغارات طالت مدرسة في البلدة.",
        Some("2024-03-10"),
    );
    let assaults: Vec<_> = doc.events.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{:?}", doc.events);
    assert_eq!(assaults[0].dead, Some(6.0));
    assert_eq!(assaults[0].injured, Some(10.0));
}

/// A weapon as the subject acts (طائرة مسيرة), and a time set off by commas
/// between the verb and its object does not end the verb's arguments.
#[test]
fn a_weapon_subject_and_a_time_between_commas() {
    let ev = real_args("وقصف الحوثيون مواقع في تعز. واستهدفت طائرة مسيرة موقعا للجيش في جبهة مقبنة.");
    assert_eq!(
        ev.last().map(|e| e.2.clone()),
        Some(vec!["الجيش".to_string()]),
        "{ev:?}"
    );
    let ev = real_args("وقال إن طائرة مسيرة أطلقها الحوثيون استهدفت، صباح اليوم الخميس، موقعا للجيش في جبهة مقبنة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, vec!["أنصار الله".to_string()]);
    assert_eq!(ev[0].2, vec!["الجيش".to_string()]);
}

/// An armed clan feud (نزاع عشائري) is a clash; a dispute alone is none.
#[test]
fn a_clan_feud_is_a_clash() {
    let doc = crate::event::testkit::real_doc("وقتل ثلاثة أشخاص في نزاع عشائري مسلح اندلع عصر أمس في قضاء المدينة.");
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    assert_eq!(doc.events[0].trigger.text, "نزاع عشائري");
    assert_eq!(doc.events[0].dead, Some(3.0));
    let doc = crate::event::testkit::real_doc("وتنظر المحكمة في نزاع على أرض زراعية بين جارين.");
    assert!(doc.events.is_empty(), "{:?}", doc.events);
}

/// An office heads its genitive chain and acts (نائب وزير الخزانة الأمريكي،
/// حاكم إقليم شبيلي الوسطى, an unnamed office-holder with its place's
/// descriptor): the name after the chain is the object, not the office's
/// body. As the one violence was done to, it stays the target.
#[test]
fn an_office_is_a_subject_and_its_chain_one_phrase() {
    let ev = real_args("واتهم نائب وزير الخزانة الأمريكي إيران بتمويل الهجمات.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "ACCUSE");
    assert_eq!(ev[0].2, vec!["إيران".to_string()]);
    // The unnamed office-holder (a person named by the office) acts.
    let ev = real_args("وطالب حاكم إقليم شبيلي الوسطى الحكومة الفيدرالية بإرسال قوات.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, vec!["حاكم إقليم شبيلي الوسطى".to_string()]);
    assert_eq!(ev[0].2, vec!["الحكومة الفيدرالية".to_string()]);
    let ev = real_args("قتل قائد الشرطة العراقية في هجوم بعبوة ناسفة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].1.is_empty(), "{ev:?}");
    assert_eq!(ev[0].2, vec!["الشرطة العراقية".to_string()]);
}

/// The dead a casualty word counts belong to the force named in its
/// partitive (ثلاثة من عناصر قوات الصحوة) or to the owner of a possessive
/// (أعلن الجيش مقتل ثلاثة من جنوده، قال الجيش إن ثلاثة من جنوده قتلوا):
/// that side is the target, and no agent of the attack that follows.
#[test]
fn the_side_whose_dead_are_counted_is_the_target() {
    let ev = real_args("أعلنت مصادر أمنية مقتل ثلاثة من عناصر قوات الصحوة في هجوم انتحاري وسط بعقوبة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].1.is_empty(), "{ev:?}");
    assert_eq!(ev[0].2, vec!["الصحوات".to_string()]);
    let ev = real_args("اعلن الجيش الاميركي مقتل ثلاثة من جنوده في انفجار قنبلة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].1.is_empty(), "{ev:?}");
    assert_eq!(ev[0].2, vec!["القوات الأمريكية".to_string()]);
    let ev = real_args("وقال الجيش العراقي إن ثلاثة من جنوده قتلوا في هجوم لداعش.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, vec!["داعش".to_string()]);
    assert_eq!(ev[0].2, vec!["الجيش العراقي".to_string()]);
}

/// A protest whose grammar names no side is by the protesters its trigger
/// holds («أحرق المتظاهرون») or its sentence names.
#[test]
fn a_protest_is_by_the_protesters_it_names() {
    let ev = real_args("وأحرق المتظاهرون عشرين سيارة أمام مقر الشركة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "PROTEST");
    assert_eq!(ev[0].1, vec!["المتظاهرون".to_string()]);
    let ev =
        real_args("وكان متظاهرون فلسطينيون قد خرجوا إلى الشوارع وسط رام الله في مظاهرات تطالب السلطة بوقف المفاوضات.");
    let protest: Vec<_> = ev.iter().filter(|e| e.0 == "PROTEST").collect();
    assert_eq!(protest.len(), 1, "{ev:?}");
    assert_eq!(protest[0].1, vec!["متظاهرون".to_string()]);
}

/// Whom a protest is against: the side after ضد or a demand verb later in
/// its sentence.
#[test]
fn a_protest_is_against_the_side_it_demands_of() {
    let ev = real_args(
        "وكان متظاهرون فلسطينيون قد خرجوا إلى الشوارع وسط رام الله في مظاهرات تطالب السلطة الفلسطينية بوقف المفاوضات.",
    );
    let protest: Vec<_> = ev.iter().filter(|e| e.0 == "PROTEST").collect();
    assert_eq!(protest.len(), 1, "{ev:?}");
    assert_eq!(protest[0].2, vec!["السلطة الفلسطينية".to_string()]);
}

/// A facility named after the attack (على فندق «السلام») is its target —
/// a name beginning with ف opens no clause — and the toll before it, in a
/// place located only by the city named near it, counts that attack.
#[test]
fn a_hotel_attacked_is_the_target_and_its_toll_one_event() {
    let doc = crate::event::testkit::real_doc(
        "قُتل ما لا يقل عن 14 شخصا، وأصيب أكثر من 30 آخرين، في هجوم شنه مسلحون من حركة الشباب على فندق «السلام» القريب من القصر الرئاسي في العاصمة مقديشو، مساء الجمعة.",
    );
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    let ev = &doc.events[0];
    let name = |id: &String| doc.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone());
    assert_eq!(
        ev.targets.iter().filter_map(name).collect::<Vec<_>>(),
        vec!["فندق «السلام»".to_string()]
    );
    assert_eq!(
        ev.actors.iter().filter_map(name).collect::<Vec<_>>(),
        vec!["حركة الشباب".to_string()]
    );
    assert_eq!(ev.dead, Some(14.0));
    assert_eq!(ev.injured, Some(30.0));
}

/// A weapon or attack noun right before a verb of its kind is the verb's
/// subject (عبوة ناسفة استهدفت دورية للجيش العراقي): the phrase after the
/// verb is what was hit, not who acted.
#[test]
fn a_noun_before_a_verb_of_its_kind_is_its_subject() {
    let ev = real_args("قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء المقدادية.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].1.is_empty(), "{ev:?}");
    assert_eq!(ev[0].2, vec!["الجيش العراقي".to_string()]);
}

/// ضربة/ضربات alone is an attack only as a light verb's object (نفذت
/// القوات ضربات), not a blow to an economy.
#[test]
fn a_strike_noun_needs_a_light_verb() {
    let ev = real_args("وقالت القيادة المركزية الأمريكية إن قواتها نفذت فجر اليوم ضربات على منصات صواريخ في الحديدة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].0, "ASSAULT");
    assert!(real_args("وقال الوزير إن الاقتصاد تلقى ضربة قوية.").is_empty());
}

/// «خلال مداهمة» makes the raid part of the event right before it, not of
/// an earlier one of its type across another event (a curfew imposed after
/// a clash that broke out during a raid: three events).
#[test]
fn a_frame_belongs_to_the_event_right_before_it() {
    let kinds: Vec<String> = real_kinds(
        "فرضت الشرطة الأردنية حظر تجول على حي الطور في معان إثر اشتباك مسلح اندلع فجرا خلال مداهمة نفذتها قوة أمنية.",
    );
    assert_eq!(kinds, vec!["COERCE", "ASSAULT", "COERCE"]);
    let kinds: Vec<String> =
        real_kinds("وأعلنت الشرطة اعتقال 4 مشتبه بهم بالتورط في الهجوم، خلال عملية دهم في بساتين القرية.");
    assert_eq!(kinds, vec!["COERCE"]);
}

/// A plural verb joined by و goes on with the sides of the plural verb
/// before it in the sentence, not with the name nearest to it.
#[test]
fn a_joined_plural_verb_keeps_the_subject() {
    let ev =
        real_args("وقال شهود إن عناصر من حركة الشباب هاجموا القرية تحت حماية قوات كينية، وأضرموا النار في المنازل.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, s(&["حركة الشباب"]), "{ev:?}");
    // A verb before its plural subject agrees in the singular (خرج آلاف
    // المتظاهرين): a joined verb of its kind goes on with that subject.
    let ev = real_args("وخرج آلاف المتظاهرين في رام الله، وهتفوا ضد حركة حماس.");
    let last = ev.last().map(|e| (e.1.clone(), e.2.clone()));
    assert_eq!(last, Some((s(&["المتظاهرين"]), s(&["حركة حماس"]))), "{ev:?}");
}

/// A place after a word of support (فصائل مدعومة من إيران) is a patron,
/// not where the event happened.
#[test]
fn a_patron_is_no_place() {
    let doc = crate::event::testkit::real_doc("وهاجمت فصائل مسلحة مدعومة من إيران قاعدة عسكرية في سوريا أمس.");
    let places: Vec<Option<String>> = doc
        .events
        .iter()
        .map(|e| {
            e.location
                .as_ref()
                .and_then(|id| doc.entities.iter().find(|x| &x.id == id))
                .map(|x| x.name.clone())
        })
        .collect();
    assert_eq!(places, vec![Some("سوريا".to_string())]);
}

/// «مقتل أحد عناصر الدرك»: one of them was killed.
#[test]
fn one_of_them_counts_one() {
    let doc = crate::event::testkit::real_doc("اندلع اشتباك مسلح أسفر عن مقتل أحد عناصر الدرك وإصابة ثلاثة آخرين.");
    let counts: Vec<(Option<f64>, Option<f64>)> = doc.events.iter().map(|e| (e.dead, e.injured)).collect();
    assert_eq!(counts, vec![(Some(1.0), Some(3.0))]);
}

/// «ودعوا الأجهزة الأمنية إلى …»: a plural call with its object between
/// the verb and إلى is a demand.
#[test]
fn a_plural_call_with_its_object_is_a_demand() {
    let kinds: Vec<String> = real_kinds("واجتمع الوجهاء مساء أمس ودعوا الحكومة إلى الإفراج عن المعتقلين.");
    assert!(kinds.contains(&"REQUEST".to_string()), "{kinds:?}");
}

#[test]
fn an_aside_after_the_subject_stands_before_the_object() {
    // A description between commas, then the one demanded of.
    assert_eq!(
        real_args("وطالب النائب سعيد المالكي، عضو لجنة الأمن في البرلمان، الحكومة العراقية بمحاسبة المقصرين."),
        vec![("REQUEST".to_string(), s(&["سعيد المالكي"]), s(&["الحكومة العراقية"]))]
    );
    // A relative clause between commas.
    let got = real_args("واتهمت حركة حماس، التي تدير القطاع منذ سنوات، الجيش الإسرائيلي بخرق الهدنة.");
    assert_eq!(
        got[0],
        ("ACCUSE".to_string(), s(&["حركة حماس"]), s(&["جيش الاحتلال الإسرائيلي"]))
    );
    // The subject's adjective, then the aside.
    let got = real_args("واتهمت حركة فتح الفلسطينية، التي تقود السلطة منذ عقود، الجيش الإسرائيلي باقتحام المخيم.");
    assert_eq!(
        got[0],
        ("ACCUSE".to_string(), s(&["حركة فتح"]), s(&["جيش الاحتلال الإسرائيلي"]))
    );
    // An office in و opens the aside: وكيل is no conjunction.
    assert_eq!(
        real_args("وطالب المحامي سعيد المالكي، وكيل عائلات المعتقلين، الحكومة العراقية بالإفراج عنهم."),
        vec![("REQUEST".to_string(), s(&["سعيد المالكي"]), s(&["الحكومة العراقية"]))]
    );
}

#[test]
fn a_definite_subject_has_no_genitive_name_after_it() {
    // المتظاهرون الحكومة: two phrases, the subject and the object.
    let got = real_args("وطالب المتظاهرون الحكومة العراقية بالإفراج عن المعتقلين.");
    assert_eq!(got[0], ("REQUEST".to_string(), vec![], s(&["الحكومة العراقية"])));
}

#[test]
fn a_participle_after_a_comma_goes_on_with_the_subject() {
    // متهمة X: X is whom it accuses; the accuser is the sentence's subject.
    // (Denying one's responsibility is CAMEO 016, an event of its own.)
    assert_eq!(
        real_args("ونفت حركة حماس مسؤوليتها عن الحادث، متهمة «فتح» بالوقوف خلفه."),
        vec![
            ("REJECT".to_string(), s(&["حركة حماس"]), vec![]),
            ("ACCUSE".to_string(), s(&["حركة حماس"]), s(&["حركة فتح"]))
        ]
    );
}

#[test]
fn one_person_implied_by_a_pronoun_or_a_noun_before_the_verb() {
    let dead_injured = |t: &str| {
        real_counts(t)
            .into_iter()
            .filter(|e| e.0 == "ASSAULT")
            .map(|e| (e.2, e.3))
            .collect::<Vec<_>>()
    };
    // مقتله: one dead; the victim is the pronoun's owner.
    assert_eq!(
        dead_injured("اغتال مسلحون، مساء السبت، الناشط سامر الخطيب في حمص، ما أدى إلى مقتله."),
        vec![(Some(1.0), None)]
    );
    assert_eq!(
        real_args("اغتال مسلحون، مساء السبت، الناشط سامر الخطيب في حمص، ما أدى إلى مقتله."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), s(&["سامر الخطيب"]))]
    );
    // A singular noun before an intransitive casualty verb.
    assert_eq!(
        dead_injured("وقالت مصادر طبية إن شرطيا أصيب بجروح جراء قصف استهدف المدينة."),
        vec![(None, Some(1.0))]
    );
    // Kin with a pronoun suffix count one each.
    assert_eq!(
        dead_injured("قتل رجل في غارة جوية على القرية، وأصيبت زوجته وابنه."),
        vec![(Some(1.0), Some(2.0))]
    );
    // A plural's pronoun counts no one.
    assert_eq!(
        dead_injured("هاجم مسلحون القرية، ما أدى إلى مقتلهم جميعا."),
        vec![(None, None)]
    );
}

#[test]
fn a_time_aside_does_not_cut_the_instrument_from_its_verb() {
    // بإطلاق النار عليه is how اغتال was done; its pronoun is no agent.
    assert_eq!(
        real_args("اغتال مسلحون، فجر الأحد، الناشط سامر الخطيب بإطلاق النار عليه في حمص."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), s(&["سامر الخطيب"]))]
    );
}

#[test]
fn a_condemned_attack_makes_its_attackers_the_target() {
    // الاعتداء refers back to the attack last reported; the ministry
    // condemning it is no attacker.
    let got = real_args("هاجم مستوطنون قرية بورين أمس. واستنكرت وزارة الخارجية الفلسطينية الاعتداء.");
    assert_eq!(
        got,
        vec![
            ("ASSAULT".to_string(), s(&["مستوطنون"]), vec![]),
            (
                "ACCUSE".to_string(),
                s(&["وزارة الخارجية الفلسطينية"]),
                s(&["مستوطنون"])
            )
        ]
    );
}

#[test]
fn an_undated_lead_event_takes_the_first_recent_date_of_the_lead() {
    // The attack has no date of its own; the statement reporting it, the
    // next sentence, is of Tuesday: the news is of that day.
    let doc = super::testkit::real_doc_on(
        "أعلنت جماعة أنصار الله أن قواتها استهدفت سفينة تجارية في خليج عدن. وقال المتحدث باسم الجماعة في بيان مساء الثلاثاء إن الإصابة كانت مباشرة.",
        Some("2024-03-06"),
    );
    let attack = doc.events.iter().find(|e| e.kind == "ASSAULT").expect("the attack");
    let when = doc.times.iter().find(|t| Some(&t.id) == attack.time.as_ref());
    assert_eq!(when.and_then(|t| t.value.as_deref()), Some("2024-03-05"));
}

/// The name of each event's place.
fn event_places(doc: &crate::doc::Document) -> Vec<Option<String>> {
    doc.events
        .iter()
        .map(|v| {
            doc.entities
                .iter()
                .find(|e| Some(&e.id) == v.location.as_ref())
                .map(|e| e.name.clone())
        })
        .collect()
}

#[test]
fn a_dateline_does_not_place_the_lead_and_own_dead_are_targets() {
    // The dateline (نيامي –) is where the report is filed; the attack was
    // near Diffa.
    let doc = super::testkit::real_doc_on(
        "نيامي (أ ف ب) – قال الجيش النيجري في بيان إن مسلحين هاجموا موقعا عسكريا قرب مدينة ديفا، مشيرا إلى أن أربعة من جنوده لقوا حتفهم.",
        Some("2025-01-10"),
    );
    let places = event_places(&doc);
    assert_eq!(places, vec![Some("ديفا".to_string())]);
    // An event with no place of its own, in an article filed from a
    // capital whose lead is elsewhere in the country, is at the lead's
    // place; filed from a provincial city, at the dateline.
    let lead = "هاجم مسلحون موقعا عسكريا قرب مدينة ديفا فجر الأحد.\n\nوأعلنت الحكومة لاحقا حظر التجول لمدة ثلاثة أيام.";
    let doc = super::testkit::real_doc_on(&format!("نيامي – {lead}"), Some("2025-01-10"));
    let curfew = doc.events.iter().find(|e| e.kind == "COERCE").expect("the curfew");
    let place = |d: &crate::doc::Document, id: &Option<String>| {
        d.entities
            .iter()
            .find(|e| Some(&e.id) == id.as_ref())
            .map(|e| e.name.clone())
    };
    assert_eq!(place(&doc, &curfew.location), Some("ديفا".to_string()), "{curfew:?}");
    let doc = super::testkit::real_doc_on(&format!("زيندر – {lead}"), Some("2025-01-10"));
    let curfew = doc.events.iter().find(|e| e.kind == "COERCE").expect("the curfew");
    assert_eq!(place(&doc, &curfew.location), Some("زندر".to_string()), "{curfew:?}");
    // The army's soldiers who died are its target, not its agent.
    let doc = super::testkit::real_doc_on(
        "قال الجيش النيجري في بيان إن وحداته صدت هجوما على موقع عسكري، مشيرا إلى أن أربعة من جنوده لقوا حتفهم.",
        Some("2025-01-10"),
    );
    let died = doc.events.iter().find(|e| e.trigger.text == "حتف").expect("the toll");
    assert!(died.actors.is_empty(), "{died:?}");
    assert_eq!(died.targets.len(), 1, "{died:?}");
}

#[test]
fn a_protest_noun_after_a_verb_of_going_out_is_the_protest_made() {
    // خرجوا للاحتجاج: the protest happened, by those who went out.
    assert_eq!(
        real_args("وخرج متظاهرون في المدينة للاحتجاج على غلاء الأسعار."),
        vec![("PROTEST".to_string(), s(&["متظاهرون"]), vec![])]
    );
}

/// The body a phrase's people are said or suspected to belong to acts
/// with them, or stands for them when they name no entity.
#[test]
fn a_membership_phrase_names_the_body_behind_its_people() {
    assert_eq!(
        real_args("خطف مسلحون يشتبه في انتمائهم إلى حركة الشباب ثلاثة عمال إغاثة في بلدة بلدوين."),
        vec![("ASSAULT".to_string(), s(&["مسلحون", "حركة الشباب"]), vec![])]
    );
    assert_eq!(
        real_args("قتل 17 جنديا في هجوم شنه مسلحون يُعتقد أنهم من تنظيم الدولة الإسلامية على دورية للجيش."),
        // (The hedge does not end the verb's window: على still reads.)
        vec![("ASSAULT".to_string(), s(&["مسلحون", "داعش"]), s(&["دورية للجيش"]))]
    );
    // ستة متهمين بالانتماء إلى X: the arrested stand for X.
    assert_eq!(
        real_args("اعتقلت الشرطة العراقية خمسة متهمين بالانتماء إلى تنظيم داعش في الموصل."),
        vec![("COERCE".to_string(), s(&["الشرطة العراقية"]), s(&["داعش"]))]
    );
    // A patron is no membership (مدعومة من), nor an accusation (متهما X).
    assert_eq!(
        real_args("هاجم مسلحون موالون للحكومة قرية في ريف حلب."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), vec![])]
    );
}

/// A toll a later rise outdates (قبل أن ترتفع) gives way: to the new
/// figure when there is one, else to the figures of other reports.
#[test]
fn an_outdated_toll_gives_way() {
    let ev = |t: &str, d: Option<f64>| vec![("ASSAULT".to_string(), t.to_string(), d, None)];
    assert_eq!(
        real_counts("أسفر الانفجار عن مقتل شخصين، قبل أن يرتفع عدد القتلى إلى خمسة أشخاص."),
        ev("انفجار", Some(5.0))
    );
    assert_eq!(
        real_counts("وكانت حصيلة سابقة قد أشارت إلى مقتل أربعة أشخاص في القصف، قبل أن ترتفع مع العثور على جثث جديدة."),
        ev("قصف", None)
    );
    // A rise told as news of its own keeps the figure before it.
    assert_eq!(
        real_counts("أسفر الانفجار عن مقتل شخصين، وارتفعت أسعار الوقود في المدينة."),
        ev("انفجار", Some(2.0))
    );
}

/// Where someone went, the far side of a border and the hospital the hurt
/// were taken to are not where an event happened; a relative's resumptive
/// pronoun (الذي قتل فيه) ties a toll to the attack before it.
#[test]
fn places_of_heading_and_care_are_not_the_events_place() {
    for text in [
        "هاجم مسلحون قافلة للجيش في محافظة حلب، ثم فروا باتجاه بلدة الراعي.",
        "هاجم مسلحون قافلة للجيش في محافظة حلب، ثم فروا نحو الحدود مع تركيا.",
    ] {
        let doc = super::testkit::real_doc(text);
        let places = event_places(&doc);
        assert_eq!(places, vec![Some("حلب".to_string())], "{text}");
    }
    let doc = super::testkit::real_doc(
        "وتوفي جندي متأثرا بجراحه في مستشفى الرمادي التعليمي جراء انفجار عبوة ناسفة قرب مدينة هيت.",
    );
    let places = event_places(&doc);
    assert_eq!(places, vec![Some("هيت".to_string())]);
    assert_eq!(
        real_counts("واستذكر الأهالي الهجوم على سوق الخضار في عام 2016، الذي قتل فيه 40 شخصا."),
        vec![("ASSAULT".to_string(), "هجوم".to_string(), Some(40.0), None)]
    );
}

/// An attack timed only by the clock happened lately: «the attack» with a
/// date years before is another one, recalled.
#[test]
fn an_attack_timed_by_the_clock_is_not_one_years_before() {
    let doc = super::testkit::real_doc_on(
        "هاجم مسلحون دورية للجيش قرابة الساعة الحادية عشرة صباحا. \
         وتعيد الحصيلة إلى الأذهان الهجوم على معسكر للجيش في المنطقة نفسها في كانون الأول 2019.",
        Some("2025-04-15"),
    );
    let got: Vec<(String, usize)> = doc
        .events
        .iter()
        .map(|e| (e.trigger.text.clone(), e.mentions))
        .collect();
    assert_eq!(got, vec![("هاجم".to_string(), 1), ("هجوم".to_string(), 1)]);
}

/// Dispersal with tear gas in the plural, an incursion, a source who would
/// not be named, an attack being prepared.
#[test]
fn dispersal_incursion_anonymity_and_preparation() {
    let pairs =
        |text: &str| -> Vec<(String, String)> { real_events(text).into_iter().map(|(k, t, _)| (k, t)).collect() };
    let doc =
        super::testkit::real_doc("وفرقت قوات الأمن التونسية المحتجين بالغازات المسيلة للدموع أمام مقر الولاية في قفصة.");
    let got: Vec<(&str, Option<&str>)> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.mode.as_deref()))
        .collect();
    assert_eq!(got, vec![("ASSAULT", Some("crowd-control"))]);
    // Tear gas is no M'Sila.
    assert!(doc.entities.iter().all(|e| e.name != "المسيلة"), "{:?}", doc.entities);
    assert_eq!(
        pairs("توغلت قوة إسرائيلية فجر اليوم في قرية كودنة بريف القنيطرة."),
        vec![("COERCE".to_string(), "توغلت".to_string())]
    );
    assert!(pairs("وقال مصدر في الشرطة، رفض الكشف عن اسمه، إن التحقيق مستمر.").is_empty());
    let doc = super::testkit::real_doc("وأكد المصدر أن المعتقلين كانوا يعدون لاستهداف محطة الكهرباء في المدينة.");
    let facts: Vec<&str> = doc.events.iter().map(|e| e.factuality.as_str()).collect();
    assert_eq!(facts, vec!["planned"]);
}

/// What «the protesters» did next is their protest going on, whatever its
/// form; the phone call a quote was given in is no meeting.
#[test]
fn the_protesters_next_acts_and_the_call_a_quote_was_given_in() {
    let doc = super::testkit::real_doc(
        "وتظاهر مئات العمال أمام مقر الشركة في مدينة صفاقس للمطالبة بأجورهم. \
         وقال شهود إن المتظاهرين أغلقوا الطريق الرئيسي ورشقوا عناصر الأمن بالحجارة.",
    );
    let protests: Vec<usize> = doc
        .events
        .iter()
        .filter(|e| e.kind == "PROTEST")
        .map(|e| e.mentions)
        .collect();
    assert_eq!(protests, vec![3], "{:?}", doc.events);
    let pairs: Vec<(String, String)> =
        real_events("وقال المتحدث باسم النقابة، في اتصال هاتفي مع «الأخبار»، إن الإضراب سيستمر.")
            .into_iter()
            .map(|(k, t, _)| (k, t))
            .collect();
    assert!(pairs.iter().all(|(k, _)| k != "CONSULT"), "{pairs:?}");
    assert_eq!(
        real_events("وأجرى الرئيس التونسي اتصالا هاتفيا مع نظيره الجزائري.")
            .into_iter()
            .map(|(k, _, _)| k)
            .collect::<Vec<_>>(),
        vec!["CONSULT".to_string()]
    );
}

/// A person's family name that is also a town's (العبيدي) ends the name;
/// an office's holder named between commas is the verb's subject, and the
/// object follows the aside.
#[test]
fn an_office_holder_between_commas_and_a_nisba_that_is_a_town() {
    let doc = super::testkit::real_doc("وقال علي بن جلال العبيدي إن الوضع صعب.");
    let names: Vec<(&str, crate::doc::EntityKind)> = doc.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert_eq!(names, vec![("علي بن جلال العبيدي", crate::doc::EntityKind::Person)]);
    assert_eq!(
        real_args("واتهم وكيل محافظة مأرب، علي بن جلال العبيدي، الحوثيين بقصف المخيم."),
        vec![("ACCUSE".to_string(), s(&["علي بن جلال العبيدي"]), s(&["أنصار الله"]))]
    );
}

/// A demanding participle after a comma (، مطالبا X بـ، داعيا) goes on
/// with the sentence's subject; the phrase after it is whom it asks.
#[test]
fn a_demanding_participle_goes_on_with_the_subject() {
    assert_eq!(
        real_args("ودانت وزارة الخارجية الأردنية الهجوم، مطالبا مجلس الأمن بالتحرك العاجل."),
        vec![
            ("ACCUSE".to_string(), s(&["وزارة الخارجية الأردنية"]), vec![]),
            (
                "REQUEST".to_string(),
                s(&["وزارة الخارجية الأردنية"]),
                s(&["مجلس الأمن الدولي"])
            ),
        ]
    );
    assert_eq!(
        real_args("وأعربت المنظمة الدولية للهجرة عن قلقها، داعيا جميع الأطراف إلى احترام القانون."),
        vec![("REQUEST".to_string(), s(&["المنظمة الدولية للهجرة"]), vec![])]
    );
}

/// A bomb or a belt seized or found is a weapon taken, not an attack; the
/// seizure is the event.
#[test]
fn a_weapon_seized_or_found_is_no_attack() {
    let pairs =
        |text: &str| -> Vec<(String, String)> { real_events(text).into_iter().map(|(k, t, _)| (k, t)).collect() };
    assert_eq!(
        pairs("وضبطت القوة بحوزة المعتقلين حزامين ناسفين وكواتم صوت."),
        vec![("COERCE".to_string(), "ضبطت".to_string())]
    );
    assert!(pairs("وعثرت الشرطة على عبوة ناسفة قرب المدرسة.").is_empty());
    assert_eq!(
        pairs("انفجرت عبوة ناسفة قرب المدرسة."),
        vec![("ASSAULT".to_string(), "انفجرت".to_string())]
    );
}

/// Soldiers counted with a nationality (17 جنديا نيجريا) are that state's
/// forces, as the document names them.
#[test]
fn counted_soldiers_of_a_nation_are_its_forces() {
    assert_eq!(
        real_args("قتل مسلحون 17 جنديا نيجريا قرب بلدة بانيبانغو. وقال الجيش النيجري إن عملياته مستمرة."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), s(&["الجيش النيجري"]))]
    );
}

/// An outlet a statement is made to (لوكالة X، مع X) is no side of it.
#[test]
fn an_addressed_outlet_is_no_side() {
    assert_eq!(
        real_args("ونفى مصدر عسكري لوكالة الصحافة الفرنسية وجود أي قصف جوي على المستودع."),
        vec![
            ("REJECT".to_string(), vec![], vec![]),
            ("ASSAULT".to_string(), vec![], vec![])
        ]
    );
    // An outlet that is the subject accuses.
    assert_eq!(
        real_args("واتهمت وكالة الأنباء الرسمية حركة حماس بنشر الشائعات."),
        vec![("ACCUSE".to_string(), s(&["وكالة الأنباء الرسمية"]), s(&["حركة حماس"]))]
    );
}

/// A verb joined by و whose complement is a ب-phrase (وهددت بالتصعيد)
/// has no subject of its own: it goes on with the one before.
#[test]
fn a_joined_verb_with_a_prepositional_complement_keeps_the_subject() {
    assert_eq!(
        real_args("ورفضت حركة حماس المقترح وهددت بالتصعيد."),
        vec![
            ("REJECT".to_string(), s(&["حركة حماس"]), vec![]),
            ("THREATEN".to_string(), s(&["حركة حماس"]), vec![])
        ]
    );
}

/// The two sides of talks a demand asks for are whom it asks (بين X وY).
#[test]
fn the_sides_of_talks_demanded_are_its_targets() {
    assert_eq!(
        real_args("ودعت الأمم المتحدة إلى حوار مباشر بين الحكومة السودانية وقوات الدعم السريع."),
        vec![(
            "REQUEST".to_string(),
            s(&["الأمم المتحدة"]),
            s(&["الحكومة السودانية", "قوات الدعم السريع"])
        )]
    );
}

/// A verb joined by و after a comma with no subject of its own (a
/// preposition follows it) goes on with the subject of the verb before it.
#[test]
fn a_joined_verb_without_subject_goes_on_with_the_one_before() {
    assert_eq!(
        real_args("وندد الاتحاد الوطني للتعليم بالقمع الذي تعرض له المحتجون، وهدد بخطوات تصعيدية."),
        vec![
            ("ACCUSE".to_string(), s(&["الاتحاد الوطني للتعليم"]), vec![]),
            ("THREATEN".to_string(), s(&["الاتحاد الوطني للتعليم"]), vec![])
        ]
    );
    // So does a verb after لكن with the subject's pronoun: the name after
    // it is its object.
    assert_eq!(
        real_args("ورحبت منظمة العفو الدولية بالخطوة، لكنها دعت السلطات اللبنانية إلى ضمان سلامتهم."),
        vec![
            ("SUPPORT".to_string(), s(&["منظمة العفو الدولية"]), vec![]),
            (
                "REQUEST".to_string(),
                s(&["منظمة العفو الدولية"]),
                s(&["الحكومة اللبنانية"])
            )
        ]
    );
    let doc = super::testkit::real_doc("وأكد الجيش السوداني تقدمه في المدينة، لكنه نفى قصف المستشفى.");
    let speakers: Vec<Option<String>> = doc.quotes.iter().map(|q| q.speaker_text.clone()).collect();
    assert_eq!(speakers, vec![Some("الجيش السوداني".to_string())]);
    // A subject of its own stays its own.
    assert_eq!(
        real_args("وندد الاتحاد الوطني للتعليم بالقمع، وهدد المحتجون بالاعتصام أمام الوزارة."),
        vec![
            ("ACCUSE".to_string(), s(&["الاتحاد الوطني للتعليم"]), vec![]),
            ("THREATEN".to_string(), s(&["المحتجون"]), vec![])
        ]
    );
}

/// A craft named by what it belongs to (زورق تابع لـ X) acts for its
/// owner; what it fired on is the target, as is what a fire was set in.
#[test]
fn a_craft_belonging_to_a_force_acts_for_it() {
    assert_eq!(
        real_args("وأطلق زورق تابع لحرس السواحل الجزائري النار على قارب صيد قرب عنابة."),
        vec![("ASSAULT".to_string(), s(&["حرس السواحل الجزائري"]), s(&["قارب صيد"]))]
    );
    // What a fire was set in is what the arson struck; shots fired in the
    // air strike nothing.
    assert_eq!(
        real_args("وأضرم مسلحون النار في مدرسة القرية."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), s(&["مدرسة القرية"]))]
    );
    assert_eq!(
        real_args("وأطلق مسلحون النار في الهواء قرب الحاجز."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), vec![])]
    );
}

/// A statement whose speaker no entity names is made by the words that
/// describe the speaker, a body of the text (not a source word, and the
/// whole word: والد, not و + الد); a body named by a bare construct after
/// the description's definite genitive is the object, not part of it.
#[test]
fn a_described_speaker_is_the_statements_side() {
    assert_eq!(
        real_args("واتهمت عائلة الضحية قوات الأمن العراقية بإطلاق النار عليه في بغداد."),
        vec![
            ("ACCUSE".to_string(), s(&["عائلة الضحية"]), s(&["الجيش العراقي"])),
            ("ASSAULT".to_string(), s(&["الجيش العراقي"]), vec![])
        ]
    );
    let doc = super::testkit::real_doc("واتهمت عائلة الضحية قوات الأمن العراقية بإطلاق النار عليه في بغداد.");
    let q: Vec<(Option<String>, Option<String>)> = doc
        .quotes
        .iter()
        .map(|q| (q.speaker.clone(), q.speaker_text.clone()))
        .collect();
    assert_eq!(q, vec![(None, Some("عائلة الضحية".to_string()))]);
    assert_eq!(
        real_args("ونفى والد المتهم أن يكون ابنه قد شارك في الهجوم على مركز الشرطة في بغداد."),
        vec![
            ("REJECT".to_string(), s(&["والد المتهم"]), vec![]),
            ("ASSAULT".to_string(), vec![], vec![])
        ]
    );
    // An electoral list is a body by its quoted name (لائحة «X»), and
    // a name after إلى (whose key reads like the article) ends nothing.
    assert_eq!(
        real_args("واتهمت لائحة \"نهضة عكار\" مناصري لائحة \"قرار عكار\" بترهيب الناخبين."),
        vec![(
            "ACCUSE".to_string(),
            s(&["لائحة \"نهضة عكار\""]),
            s(&["لائحة \"قرار عكار\""])
        )]
    );
    let doc = super::testkit::real_doc(
        "حكم على ثلاثة رجال بالإعدام بعد إدانتهم بـ\"الحرابة\" والانتماء إلى حزب الحياة الحرة الكردستاني \"بيجاك\"، وفق ما ذكرت منظمة العفو الدولية.",
    );
    let cues: Vec<String> = doc.quotes.iter().map(|q| q.cue.text.clone()).collect();
    assert_eq!(cues, vec!["وفق".to_string()]);
    // A source speaks for no side of its own.
    assert_eq!(
        real_args("ونفى مصدر أمني أن تكون القوات قد قصفت القرية."),
        vec![
            ("REJECT".to_string(), vec![], vec![]),
            ("ASSAULT".to_string(), vec![], vec![])
        ]
    );
}

/// An act someone is charged with (بتهمة، متهمين بـ، يشتبه بتورطهم في)
/// is the accused's, not the arresting side's; the accused counted before
/// the charge are not its dead.
#[test]
fn a_charged_act_is_the_accused() {
    assert_eq!(
        real_args("اعتقلت الشرطة العراقية ثلاثة أشخاص بتهمة تفجير عبوة ناسفة في بغداد."),
        vec![
            ("COERCE".to_string(), s(&["الشرطة العراقية"]), s(&["ثلاثة أشخاص"])),
            ("ASSAULT".to_string(), s(&["ثلاثة أشخاص"]), vec![])
        ]
    );
    assert_eq!(
        real_args("ألقت قوات الأمن المصرية القبض على 12 شخصا يشتبه بتورطهم في إحراق منازل بقرية في المنيا."),
        vec![
            ("COERCE".to_string(), s(&["الشرطة المصرية"]), s(&["12 شخصا"])),
            ("ASSAULT".to_string(), s(&["12 شخصا"]), vec![])
        ]
    );
    let counts = real_counts("اعتقلت الشرطة العراقية ثلاثة أشخاص متهمين بقتل ناشط في بغداد.");
    assert_eq!(counts[1], ("ASSAULT".to_string(), "قتل".to_string(), Some(1.0), None));
    // Whom a participle accuses is named after it: no charge frame.
    assert_eq!(
        real_args("وقال المتحدث إن الهجوم فشل، متهما حركة حماس بقصف القرى."),
        vec![
            ("ASSAULT".to_string(), s(&["حركة حماس"]), vec![]),
            ("ACCUSE".to_string(), s(&["المتحدث"]), s(&["حركة حماس"]))
        ]
    );
}

/// Other people counted with a nationality written like its country's name
/// (25 معتقلا سوريا، 60 لاجئا سوريا) are not that state: no side of theirs.
#[test]
fn counted_people_of_a_nation_are_not_its_state() {
    assert_eq!(
        real_args("وبدأ 25 معتقلا سوريا إضرابا عن الطعام داخل سجن صيدنايا."),
        // (The detainees themselves strike: a group, not Syria.)
        vec![("PROTEST".to_string(), s(&["25 معتقلا"]), vec![])]
    );
    assert_eq!(
        real_args("ويواصل نحو 60 لاجئا سوريا اعتصامهم أمام مقر المفوضية في بيروت."),
        vec![("PROTEST".to_string(), s(&["60 لاجئا"]), vec![])]
    );
}

/// A toll in a town the text places in a state counts the clash there; a
/// convoy struck on its way is struck where it was, not where it went.
#[test]
fn a_stated_unit_joins_a_toll_and_a_destination_is_no_place() {
    assert_eq!(
        real_counts("ارتفعت حصيلة الاشتباكات التي اندلعت بين قبيلتين في مدينة سنجة بولاية سنار إلى ستة قتلى."),
        vec![("ASSAULT".to_string(), "اشتباكات".to_string(), Some(6.0), None)]
    );
    for text in [
        "هاجم مسلحون قافلة متجهة إلى مدينة الرقة قرب بلدة معدان.",
        "هاجم مسلحون حافلة قادمة من الرقة قرب بلدة معدان.",
    ] {
        let doc = super::testkit::real_doc(text);
        let place = doc.events.first().and_then(|v| v.location.as_ref()).and_then(|id| {
            doc.entities
                .iter()
                .find(|e| &e.id == id)
                .and_then(|e| e.reference.as_ref())
                .map(|r| r.label_en.clone())
        });
        assert_eq!(place, Some(Some("Ma`dan".to_string())), "{text}");
    }
}

/// A truce is agreed; a ceasefire an agreement names is its content, with
/// or without an adjective between; a figure before a participle counts it.
#[test]
fn truces_agreed_ceasefires_and_counted_suspects() {
    let kinds = real_kinds;
    assert_eq!(
        kinds("أعلنت الوساطة أن الطرفين توصلا إلى اتفاق على وقف شامل لإطلاق النار."),
        vec!["AGREE".to_string()]
    );
    assert_eq!(
        kinds("ووقع زعماء القبيلتين على هدنة لمدة شهر."),
        vec!["AGREE".to_string()]
    );
    // Withdrawing one's forces (سحب alone is also سحب الثقة، سحب السفير).
    assert_eq!(kinds("وأعلن الجيش سحب قواته من المدينة."), vec!["RETREAT".to_string()]);
    assert_eq!(kinds("وسحبت الحركة مقاتليها من البلدة."), vec!["RETREAT".to_string()]);
    assert_eq!(kinds("وقرر البرلمان سحب الثقة من الحكومة."), Vec::<String>::new());
    // Carried out, a ceasefire is a retreat; its إطلاق النار no shooting.
    assert_eq!(
        kinds("وسرى منذ منتصف الليل وقف فوري لإطلاق النار."),
        vec!["RETREAT".to_string()]
    );
    assert_eq!(
        kinds("أعلنت الشرطة توقيف 12 متهما بالسرقة."),
        vec!["COERCE".to_string()]
    );
}

/// What protesters burn once their protest is told of is their riot; with
/// no protest told of, the arson stands alone.
#[test]
fn protesters_burning_property_riot() {
    let doc = super::testkit::real_doc(
        "تظاهر مئات السكان أمام مقر البلدية احتجاجا على انقطاع المياه. وقال شهود إن محتجين أضرموا النار في مكتب تابع للبلدية.",
    );
    let got: Vec<(String, Option<String>, usize)> = doc
        .events
        .iter()
        .map(|e| (e.kind.clone(), e.mode.clone(), e.mentions))
        .collect();
    assert_eq!(got, vec![("PROTEST".to_string(), Some("demo".to_string()), 3)]);
    assert_eq!(
        real_kinds("وأضرم متظاهرون النار في مبنى البلدية."),
        vec!["ASSAULT".to_string()]
    );
}

/// Soldiers counted with no nation are the one army the document names;
/// a security body's report of an arrest is of its own.
#[test]
fn soldiers_of_the_one_army_and_a_police_report_of_its_arrests() {
    assert_eq!(
        real_args(
            "وصل الوفد إلى العاصمة المالية باماكو. وقتل 12 جنديا في هجوم على دورية قرب مدينة موبتي. وقال الجيش إن عملياته مستمرة."
        ),
        vec![("ASSAULT".to_string(), vec![], s(&["الجيش"]))]
    );
    assert_eq!(
        real_args("وأفادت الشرطة السودانية، في بيان، بتوقيف 19 شخصا."),
        vec![("COERCE".to_string(), s(&["الشرطة السودانية"]), s(&["19 شخصا"]))]
    );
}

/// A verb vowelled as a passive (خُطف) with no phrase after it was done to
/// the one before it; what is done to a person (خطفه) names him by its
/// pronoun; a road is no target; an abduction and a gunfight with the
/// abductors are two events.
#[test]
fn vowelled_passives_abducted_pronouns_roads_and_gunfights() {
    assert_eq!(
        real_args("وكان التاجر جورج نصّار قد خُطف مساء الأحد على طريق رياق–بعلبك."),
        vec![("ASSAULT".to_string(), vec![], s(&["جورج نصّار"]))]
    );
    // Unvowelled, the same verb reads either way; vowelled as an active
    // it keeps its subject.
    assert_eq!(
        real_args("قَتل مسلحون جنديين."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), vec![])]
    );
    assert_eq!(
        real_args(
            "حرّرت قوة من الجيش اللبناني، فجر اليوم، التاجر جورج نصّار بعد خمسة أيام على خطفه، إثر عملية دهم في بلدة بريتال تخللها تبادل لإطلاق النار مع الخاطفين."
        )
        .into_iter()
        .filter(|e| e.0 == "ASSAULT")
        .collect::<Vec<_>>(),
        vec![
            ("ASSAULT".to_string(), vec![], s(&["جورج نصّار"])),
            ("ASSAULT".to_string(), vec![], s(&["الخاطفين"])),
        ]
    );
}

/// A weapon with what it hit after it targets (استهداف طائرة مسيرة تركية
/// سيارة); «من يعتدي» (whoever attacks) is no attack; an investigation
/// joined to a demand is its content.
#[test]
fn weapon_genitives_whoever_and_joined_demands() {
    assert_eq!(
        real_args("استهداف طائرة مسيّرة تركية سيارة عسكرية قرب عين عيسى أسفر عن مقتل عنصرين."),
        vec![("ASSAULT".to_string(), s(&["طائرة مسيّرة تركية"]), vec![])]
    );
    // What was targeted stays the target.
    assert_eq!(
        real_args("ندد الحزب باستهداف قوات حفظ السلام قرب بلدة الناقورة أمس."),
        vec![
            ("ACCUSE".to_string(), s(&["الحزب"]), vec![]),
            ("ASSAULT".to_string(), vec![], s(&["قوات حفظ السلام الأممية"])),
        ]
    );
    assert!(real_args("وأكد أن الدولة لن تتسامح مع من يعتدي على الممتلكات العامة.").is_empty());
    assert_eq!(
        real_kinds("وطالب بإقالة مدير الوحدة وفتح تحقيق في تبديد الأموال."),
        vec!["REQUEST".to_string()]
    );
}

/// A singular joined in the accusative of a figure's noun shares the
/// figure (21 جنديا وعنصرا = 21); one after a plural adds one.
#[test]
fn a_joined_singular_shares_or_adds() {
    let dead = |t: &str| real_counts(t).first().and_then(|e| e.2);
    assert_eq!(dead("قتل 21 جنديا وعنصرا من المتطوعين في هجوم على قافلة."), Some(21.0));
    assert_eq!(dead("قتل خمسة جنود ومدني في هجوم على قافلة."), Some(6.0));
}

/// The attacker's claim of the attack just reported is that attack, whatever
/// figures it gives; an exchange of fire in a village tells of the clashes in
/// its district; the abducted are an abduction's size, and a dated abduction
/// after «عملية الخطف» referring back is another one.
#[test]
fn claims_gunfights_and_abductions_are_one_event_each() {
    let ev = |t: &str| {
        super::testkit::real_doc_on(t, Some("2025-03-08"))
            .events
            .into_iter()
            .map(|e| (e.kind, e.trigger.text, e.dead, e.size, e.mentions))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ev(
            "شنت حركة الشباب هجوما على قاعدة للجيش في بلدة عيل باراف أمس، ما أسفر عن مقتل خمسة جنود. وزعمت الحركة عبر إذاعتها أن مقاتليها قتلوا 30 جنديا."
        ),
        vec![("ASSAULT".to_string(), "هجوم".to_string(), Some(5.0), None, 3)]
    );
    assert_eq!(
        ev("اندلعت اشتباكات بين رعاة ومزارعين في محلية خشم القربة بولاية كسلا مساء الاثنين. وبدأت المواجهات بشجار في قرية أم درق قبل أن تتطور إلى تبادل لإطلاق النار.")
            .len(),
        1
    );
    assert_eq!(
        ev("اختطف مسلحون مجهولون خمسة مهندسين صينيين قرب مدينة سبها."),
        vec![("ASSAULT".to_string(), "اختطف".to_string(), None, Some(5.0), 1)]
    );
    let sized: Vec<Option<f64>> = ev("خطف مسلحون عشرة تجار في بلدة قرب الموصل الأسبوع الماضي. وتعيد عملية الخطف إلى الأذهان ما شهدته المنطقة في أكتوبر 2023 من خطف أربعة مهندسين أتراك.")
        .into_iter()
        .filter(|e| e.3.is_some())
        .map(|e| e.3)
        .collect();
    assert_eq!(sized, vec![Some(10.0), Some(4.0)]);
}

/// Condemning an incursion or an aggression a nationality names accuses
/// the forces that made it; the condemner made neither.
#[test]
fn a_condemned_incursion_or_aggression_names_its_makers() {
    let accused = |t: &str| {
        real_args(t)
            .into_iter()
            .filter(|e| e.0 == "ACCUSE")
            .map(|e| e.2)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        accused(
            "شن جيش الاحتلال الإسرائيلي غارات جوية على مطار حلب الدولي فجر اليوم. من جهتها، دانت وزارة الخارجية السورية \"العدوان الإسرائيلي السافر على منشأة مدنية\"."
        ),
        vec![s(&["جيش الاحتلال الإسرائيلي"])]
    );
    let args = real_args(
        "توغلت قوة من جيش الاحتلال الإسرائيلي في قرية الحميدية بريف القنيطرة أمس. ودانت وزارة الخارجية السورية التوغل، واعتبرته انتهاكا صارخا.",
    );
    assert_eq!(
        args.iter()
            .filter(|e| e.0 == "ACCUSE")
            .map(|e| e.2.clone())
            .collect::<Vec<_>>(),
        vec![s(&["جيش الاحتلال الإسرائيلي"])]
    );
    assert!(
        args.iter()
            .all(|e| !e.1.contains(&"وزارة الخارجية السورية".to_string()) || e.0 == "ACCUSE")
    );
}

/// Releases told with the subject or a date between the verb and عن, or in
/// the imperfect after قبل أن in a past narrative; the people joined count.
#[test]
fn releases_apart_from_their_preposition_and_their_size() {
    let released = |t: &str| {
        super::testkit::real_doc(t)
            .events
            .into_iter()
            .filter(|e| e.kind == "RETREAT")
            .map(|e| (e.trigger.text, e.size, e.factuality))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        released("أفرجت مجموعة مسلحة، مساء أمس الجمعة، عن سبعة عمال مصريين وعامل تونسي بعد 19 يوما من احتجازهم."),
        vec![("أفرجت".to_string(), Some(8.0), "actual".to_string())]
    );
    assert_eq!(
        released("وأُفرج صباح أمس الأحد عن 12 موقوفا."),
        vec![("أُفرج".to_string(), Some(12.0), "actual".to_string())]
    );
    assert_eq!(
        // (Those «سراحهم» points back to: the three arrested.)
        released("واعتقل ثلاثة أساتذة قبل أن يُطلق سراحهم مساء."),
        vec![("يُطلق سراح".to_string(), Some(3.0), "actual".to_string())]
    );
    assert_eq!(
        released("وطالبوا بأن يُطلق سراح المعتقلين."),
        vec![("يُطلق سراح".to_string(), None, "hypothetical".to_string())]
    );
}

/// A body's denial of what a clause says is a denial even when the clause
/// names an event; a spokesman's body acts with him, not against him.
#[test]
fn denials_of_a_clause_and_the_spokesmans_body() {
    assert_eq!(
        real_args("في المقابل، نفت وزارة التربية الوطنية، في بيان مقتضب، أن تكون قد طلبت تدخل الأمن.")
            .into_iter()
            .filter(|e| e.0 == "REJECT")
            .collect::<Vec<_>>(),
        vec![("REJECT".to_string(), s(&["وزارة التربية الوطنية"]), vec![])]
    );
    let rejects: Vec<_> = real_args(
        "ونفى المتحدث باسم وزارة الدفاع في حكومة طالبان، مولوي عبد الصمد ناصري، أن تكون الأراضي الأفغانية «منطلقا لأي هجمات ضد الجيران».",
    )
    .into_iter()
    .filter(|e| e.0 == "REJECT")
    .collect();
    assert_eq!(
        rejects,
        vec![(
            "REJECT".to_string(),
            s(&["مولوي عبد الصمد ناصري", "وزارة الدفاع"]),
            vec![]
        )]
    );
    // Denials by people no entity names (families, residents, a source).
    assert_eq!(
        real_kinds("ونفت عائلات المعتقلين أي صلة لأبنائها بالتنظيم."),
        vec!["REJECT"]
    );
    // (Notables: وجهاء is no و + جهاء.)
    assert_eq!(
        real_kinds("على الجانب الآخر، نفى وجهاء عشائر في البادية أن يكون القتلى مهربين."),
        vec!["REJECT"]
    );
    assert_eq!(
        real_kinds("وقال أهالي القرية إن مصدرا عسكريا نفى وقوع غارة جوية.")
            .first()
            .map(String::as_str),
        Some("REJECT")
    );
    // A denial joined by و goes on with who spoke before it in the sentence.
    assert_eq!(
        real_sides(
            "وأكدت مديرية الأمن أن الاعتصام لم يحصل على إذن، ونفت استخدام الرصاص الحي.",
            "REJECT"
        ),
        vec![(s(&["مديرية الأمن"]), vec![])]
    );
}

/// Who broke up a protest did not protest.
#[test]
fn a_dispersed_protest_is_not_by_its_dispersers() {
    let args = real_args("فرقت قوات الأسايش بالقوة تظاهرة للموظفين أمام مبنى المحافظة في السليمانية.");
    let protest: Vec<_> = args.iter().filter(|e| e.0 == "PROTEST").collect();
    assert_eq!(protest.len(), 1);
    assert!(protest[0].1.is_empty(), "{protest:?}");
}

/// Whom an arrest campaign reached (طالت) is its target, not a side acting.
#[test]
fn whom_a_campaign_reached_is_its_target() {
    assert_eq!(
        real_args("شنت الأجهزة الأمنية الفلسطينية حملة اعتقالات طالت عناصر من حركة الجهاد الإسلامي في طوباس."),
        vec![(
            "COERCE".to_string(),
            s(&["الأجهزة الأمنية الفلسطينية"]),
            s(&["حركة الجهاد الإسلامي"])
        )]
    );
}

/// The means of an attack just named (هجوم بعبوة) does not make the one
/// who suffered it its actor.
#[test]
fn the_means_of_an_attack_suffered_takes_no_actor_before() {
    assert_eq!(
        real_args("تعرضت دورية للجيش العراقي لهجوم بعبوة ناسفة قرب كركوك."),
        vec![("ASSAULT".to_string(), vec![], s(&["الجيش العراقي"]))]
    );
}

/// A place receiving (a hospital the dead, a province the displaced) holds
/// no meeting; an official receiving a delegation does.
#[test]
fn a_place_receiving_holds_no_meeting() {
    assert!(real_kinds("ذكر مصدر طبي أن المستشفى استقبل جثث أحد عشر مدنيا.").is_empty());
    assert!(real_kinds("في وقت تستقبل فيه الولاية آلاف النازحين.").is_empty());
    assert_eq!(
        real_kinds("استقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج أمس."),
        vec!["CONSULT".to_string()]
    );
}

/// حمّل blames with «مسؤولية» after it; without, it carries.
#[test]
fn blaming_with_responsibility_and_carrying_without() {
    assert_eq!(
        real_args("وحمل الاتحاد الجهوي للشغل السلطات الجهوية مسؤولية الاحتقان."),
        vec![("ACCUSE".to_string(), s(&["الاتحاد الجهوي للشغل"]), vec![])]
    );
    assert!(real_kinds("حمل المتظاهرون لافتات كتب عليها شعارات.").is_empty());
}

/// «وفي واشنطن، قالت …»: the place opening a report's sentence is where it
/// was made, as a dateline is, not where what it tells happened.
#[test]
fn a_place_framing_a_report_is_no_place_of_its_events() {
    let doc = super::testkit::real_doc_on(
        "وفي واشنطن، قالت القيادة المركزية الأمريكية إن قواتها نفذت فجر اليوم ضربات على منصتي إطلاق صواريخ في محافظة الحديدة.",
        Some("2024-01-10"),
    );
    assert_eq!(event_places(&doc), vec![Some("الحديدة".to_string())]);
}

/// «في بيان صدر من نيامي»: where a statement was issued places no event.
#[test]
fn where_a_statement_was_issued_places_no_event() {
    let doc = super::testkit::real_doc_on(
        "قُتل تسعة مدنيين عندما اقتحم مسلحون السوق الأسبوعية في بلدة موندورو. ودان التحالف «الاعتداء الإرهابي الجبان» في بيان صدر من نيامي.",
        Some("2025-03-11"),
    );
    let places = event_places(&doc);
    assert!(!places.contains(&Some("نيامي".to_string())), "{places:?}");
}

/// A figure before a clause of time (عندما) is not the counted subject of
/// the verb after it; one before its verb still is.
#[test]
fn a_time_clause_parts_a_figure_from_the_verb() {
    let sizes = |t: &str| {
        super::testkit::real_doc_on(t, Some("2025-03-11"))
            .events
            .into_iter()
            .map(|e| (e.kind, e.size))
            .collect::<Vec<_>>()
    };
    // (The storming is how the killing went: no event of its own, and no
    // size of nine.)
    assert_eq!(
        sizes("قُتل تسعة مدنيين، بينهم امرأتان، عندما اقتحم مسلحون السوق الأسبوعية."),
        vec![("ASSAULT".to_string(), None)]
    );
    assert_eq!(
        sizes("قُتل تسعة مدنيين، عندما اعتقل مسلحون عددا من التجار."),
        vec![("ASSAULT".to_string(), None), ("COERCE".to_string(), None)]
    );
    // A part of them after بينهم is no size: the counted subject is.
    assert_eq!(
        sizes("وقالت الشرطة إن 48 شخصا أوقفوا خلال الليلة، بينهم 11 قاصرا."),
        vec![("COERCE".to_string(), Some(48.0))]
    );
    // "Five others" keep their five; the new total is the first arrest's.
    assert_eq!(
        sizes(
            "وقالت الشرطة إن 48 شخصا أوقفوا خلال الليلة، بينهم 11 قاصرا، فيما اعتُقل خمسة آخرون صباح أمس، ليرتفع عدد الموقوفين إلى 53."
        ),
        vec![("COERCE".to_string(), Some(53.0)), ("COERCE".to_string(), Some(5.0))]
    );
    assert_eq!(
        sizes("وقال إن 300 عنصر من التنظيم سلموا أنفسهم."),
        vec![("RETREAT".to_string(), Some(300.0))]
    );
}

/// «حتى صباح اليوم»: until when no group claimed the attack, not when it
/// happened; the attack stays on the day its sentence gives.
#[test]
fn a_date_something_lasts_until_dates_nothing() {
    assert_eq!(
        real_when(
            "قتل ستة جنود في هجوم على موقع للجيش قرب الحدود مساء أمس الأحد. \
             ولم تتبن أي جهة الهجوم حتى صباح اليوم.",
            "2025-03-10"
        ),
        vec![when("ASSAULT", "هجوم", Some("2025-03-09"), None)]
    );
}

/// «وفي هجوم آخر، هاجم مسلحون …»: the verb after the comma tells of the
/// other attack the fronted phrase names; one event, not two.
#[test]
fn a_fronted_other_attack_is_the_verbs_own() {
    let ev = real_events("وفي هجوم آخر، هاجم مسلحون قاعدة عسكرية قرب بلدة مونغونو.");
    assert_eq!(ev.len(), 1, "{ev:?}");
}

/// Storming told after an attack in its sentence (لتقتحم بعدها مجموعة
/// المبنى) is how the attack went; another side's raid after it is not.
#[test]
fn storming_after_an_attack_is_part_of_it() {
    let kinds = |t: &str| -> Vec<String> { real_events(t).into_iter().map(|e| e.0).collect() };
    assert_eq!(
        kinds("فجّر انتحاري سيارة مفخخة عند بوابة الفندق، لتقتحم بعدها مجموعة من المسلحين المبنى."),
        vec!["ASSAULT".to_string()]
    );
    assert!(
        kinds("هاجم مستوطنون قرية المغير مساء أمس، قبل أن تقتحم قوات الاحتلال الإسرائيلي القرية فجر اليوم.")
            .contains(&"COERCE".to_string())
    );
}

/// A device defused before it went off («وفككتها قبل أن تنفجر») was
/// foiled, and is not the explosion that did go off.
#[test]
fn a_device_defused_before_it_went_off_was_foiled() {
    let doc = crate::event::testkit::real_doc("وعثرت الشرطة على عبوة ناسفة وفككتها قبل أن تنفجر.");
    let facts: Vec<&str> = doc.events.iter().map(|e| e.factuality.as_str()).collect();
    assert_eq!(facts, vec!["foiled"]);
    let doc = crate::event::testkit::real_doc(
        "وانفجر لغم أرضي بدورية للجيش، وعثرت وحدات الهندسة على لغم ثان وفككته قبل أن ينفجر.",
    );
    let facts: Vec<&str> = doc.events.iter().map(|e| e.factuality.as_str()).collect();
    assert_eq!(facts, vec!["actual", "foiled"]);
}

/// «وأوضح الوزير، في مؤتمر صحفي بمدينة كسمايو، أن الاتفاق …»: where the
/// words were said places nothing they tell, and the agreement referred
/// back to is the one made before.
#[test]
fn where_words_were_said_places_nothing_they_tell() {
    let doc = super::testkit::real_doc_on(
        "توصلت الحكومة وإدارة الإقليم، مساء أمس، إلى اتفاق لوقف إطلاق النار في مدينة بلد حاوا. \
         وأوضح وزير الأمن، محمد حسن غوري، في مؤتمر صحفي بمدينة كسمايو، أن الاتفاق ينص على انسحاب القوات.",
        Some("2025-06-11"),
    );
    assert_eq!(event_places(&doc), vec![Some("مدينة بلد حاوا".to_string())]);
}

#[test]
fn a_denial_of_an_accusation_or_of_a_part_is_a_denial() {
    // Not the accusation denied, nor the attack: the denial itself (CAMEO 016).
    for text in [
        "ونفت الأمم المتحدة هذه الاتهامات جملة وتفصيلا.",
        "ونفى المتحدث باسم الحركة، محمد خراساني، أي علاقة لها بقصف المنزل.",
        "اتهم ناشطون الجيش بقصف السوق، وهو ما نفته وزارة الدفاع.",
    ] {
        let got = real_args(text);
        assert!(
            got.iter().any(|e| e.0 == "REJECT" && !e.1.is_empty()),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn stopping_is_an_arrest_only_with_people_after_it() {
    let arrests = |t: &str| {
        crate::event::testkit::real_doc(t)
            .events
            .into_iter()
            .filter(|e| e.kind == "COERCE")
            .map(|e| (e.trigger.text, e.size))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        arrests("وأُوقف 14 مهاجرا بتهمة الاعتداء على موظف عمومي."),
        vec![("أُوقف".to_string(), Some(14.0))]
    );
    assert_eq!(arrests("وأوقف الجيش مطلوبين اثنين.").len(), 1);
    assert!(arrests("وأوقفت الحكومة الدعم عن الوقود.").is_empty());
    assert!(arrests("أوقف المصنع الإنتاج بسبب الإضراب.").is_empty());
    // People counted right before it are its subject.
    assert_eq!(
        arrests("وقالت الوزارة إن 63 شخصا أوقفوا لمهاجمتهم عناصر الأمن.").len(),
        1
    );
    assert!(arrests("وقالت الشركة إن 63 شاحنة أوقفت عن العمل.").is_empty());
    // So are some of people named before (ثلاثة منهم).
    assert_eq!(
        arrests("وطاردت القوات المهاجمين، وأفادت بأن ثلاثة منهم أُوقفوا ظهر السبت."),
        vec![("أُوقفوا".to_string(), Some(3.0))]
    );
}

#[test]
fn a_force_reinforcing_its_deployment_mobilizes() {
    assert_eq!(
        real_args("وعزّز الجيش اللبناني انتشاره عند مداخل المخيم."),
        vec![("MOBILIZE".to_string(), s(&["الجيش اللبناني"]), vec![])]
    );
}

#[test]
fn the_holder_named_after_the_body_of_an_office_is_the_subject() {
    // The office's chain stops short of the body's long name; the holder
    // between commas after it acts, with the body, on the object.
    assert_eq!(
        real_args(
            "اتهم المتحدث باسم المنتدى التونسي للحقوق الاقتصادية والاجتماعية، رمضان بن عمر، السلطات التونسية بنقل المهاجرين."
        ),
        vec![(
            "ACCUSE".to_string(),
            s(&["رمضان بن عمر", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"]),
            s(&["الحكومة التونسية"])
        )]
    );
}

#[test]
fn the_two_sides_a_dual_points_back_to_clash() {
    assert_eq!(
        real_args("وقع الجيش السوداني وقوات الدعم السريع اتفاقا. واندلعت اشتباكات بين الطرفين أسفرت عن مقتل 11 شخصا.")
            [1],
        (
            "ASSAULT".to_string(),
            s(&["القوات المسلحة السودانية", "قوات الدعم السريع"]),
            vec![]
        )
    );
    // With one body named before, the dual names no one.
    assert_eq!(
        real_args("وقال الجيش السوداني إن اشتباكات اندلعت بين الطرفين.")
            .into_iter()
            .filter(|e| e.0 == "ASSAULT")
            .map(|e| e.1.len())
            .collect::<Vec<_>>(),
        vec![0]
    );
}

/// (actor names, target names) of each event of `kind`, with the real lexicons.
fn real_sides(text: &str, kind: &str) -> Vec<(Vec<String>, Vec<String>)> {
    real_args(text)
        .into_iter()
        .filter(|e| e.0 == kind)
        .map(|e| (e.1, e.2))
        .collect()
}

/// «بيانا اتهم فيه الشرطة»: the preposition with a pronoun of the noun
/// told before opens no phrase; the object is after it (and فيه is no ف +
/// يه: no «ه الشرطة»).
#[test]
fn a_pronoun_after_a_verb_of_speech_stands_before_its_object() {
    assert_eq!(
        real_sides("وأصدر الاتحاد بيانا اتهم فيه الشرطة بقمع المحتجين.", "ACCUSE"),
        vec![(vec![], s(&["الشرطة"]))]
    );
    assert_eq!(
        real_sides(
            "ووجه حزب الأمة رسالة دعا فيها الحكومة السودانية إلى وقف القتال.",
            "REQUEST"
        ),
        vec![(vec![], s(&["الحكومة السودانية"]))]
    );
}

/// «أصدرت العشيرة بيانا طالبت فيه الحكومة بـ»: a verb describing an
/// indefinite noun, with a pronoun of it after the verb, is the subject's
/// before; the body after the pronoun is its object, whatever its gender.
#[test]
fn a_verb_describing_a_statement_goes_on_with_its_issuer() {
    assert_eq!(
        real_sides(
            "وقالت الحكومة العراقية إنها ستلاحق الجناة. بدورها، أصدرت عشيرة السواعد، التي ينتمي إليها الضابط، بيانا طالبت فيه الحكومة بـ\"القصاص العادل من الجناة\".",
            "REQUEST"
        ),
        vec![(s(&["السواعد"]), s(&["الحكومة العراقية"]))]
    );
}

/// «ركابا اختطفهم مسلحون»: a verb carrying its object as a pronoun is
/// active, and the phrase after it is who did it; a verb is no counted
/// noun («من بين خمسة خطفهم مسلحون» makes no group «خمسة خطفهم»).
#[test]
fn a_verb_with_an_object_pronoun_has_its_subject_after_it() {
    assert_eq!(
        real_sides("وعثرت الشرطة على جثث ثلاثة رعاة قتلهم مسلحون من حركة الشباب.", "ASSAULT"),
        vec![(s(&["حركة الشباب"]), s(&["ثلاثة رعاة"]))]
    );
    assert_eq!(
        real_sides(
            "وعثرت الشرطة على جثة مزارع من بين خمسة خطفهم مسلحون من حركة الشباب.",
            "ASSAULT"
        ),
        vec![(s(&["حركة الشباب"]), vec![])]
    );
}

/// «استعادت القوات السيطرة عليها من البيشمركة»: what is seized is taken
/// from the side after من.
#[test]
fn a_seizure_is_from_the_side_after_min() {
    assert_eq!(
        real_sides("استعادت القوات السيطرة عليها من البيشمركة.", "COERCE"),
        vec![(vec![], s(&["البيشمركة"]))]
    );
}

/// «اعتقلت اثنين منهم، قبل أن يُطلق سراحهما»: a release with no side of
/// its own is by the ones who made the arrest before it.
#[test]
fn a_release_after_an_arrest_is_by_the_arresters() {
    let text = "وأفاد شهود بأن قوة من الشرطة العراقية منعت المضربين من نصب خيمة، واعتقلت اثنين من ممثلي العمال، قبل أن يُطلق سراحهما بعد ساعات.";
    assert_eq!(real_sides(text, "RETREAT"), vec![(s(&["الشرطة العراقية"]), vec![])]);
    // (Not so with no arrest before it.)
    assert_eq!(
        real_sides("وأُفرج عن ثلاثة من الموقوفين مساء الأحد.", "RETREAT"),
        vec![(vec![], s(&["الموقوفين"]))]
    );
}

/// «وطالبت مجلس الأمن بـ»، «ودعا الحكومة إلى»: a verb and the body after it
/// that differ in gender are verb and object, not verb and subject.
#[test]
fn a_body_of_the_other_gender_after_a_verb_is_its_object() {
    assert_eq!(
        real_sides(
            "أدانت وزارة الخارجية القطرية القصف، وطالبت مجلس الأمن الدولي بالتحرك لوقف الانتهاكات.",
            "REQUEST"
        ),
        vec![(s(&["وزارة الخارجية القطرية"]), s(&["مجلس الأمن الدولي"]))]
    );
    assert_eq!(
        real_sides("ودعا الحكومة العراقية إلى فتح تحقيق.", "REQUEST"),
        vec![(vec![], s(&["الحكومة العراقية"]))]
    );
    assert_eq!(
        real_sides("واتهم حزب الله الحكومة الإسرائيلية بخرق الاتفاق.", "ACCUSE"),
        vec![(s(&["حزب الله"]), s(&["الحكومة الإسرائيلية"]))]
    );
    // (Agreeing, the body after the verb is its subject.)
    assert_eq!(
        real_sides("ودعت الحكومة العراقية إلى فتح تحقيق.", "REQUEST"),
        vec![(s(&["الحكومة العراقية"]), vec![])]
    );
}

#[test]
fn a_denial_is_aimed_at_who_made_the_claim() {
    let text = "وقال المنتدى التونسي للحقوق الاقتصادية والاجتماعية إن السلطات نقلت مئات المهاجرين قسرا نحو الحدود. ونفت وزارة الداخلية التونسية ذلك.";
    assert_eq!(
        real_sides(text, "REJECT"),
        vec![(
            s(&["وزارة الداخلية التونسية"]),
            s(&["المنتدى التونسي للحقوق الاقتصادية والاجتماعية"])
        )]
    );
}

#[test]
fn a_military_source_speaks_for_its_countrys_forces() {
    assert_eq!(
        real_sides(
            "أعلن الجيش المالي مقتل عشرة مسلحين. ونفى مصدر عسكري مالي ذلك.",
            "REJECT"
        ),
        vec![(s(&["الجيش المالي"]), vec![])]
    );
}

#[test]
fn a_vow_with_no_one_named_is_aimed_at_who_attacked_last() {
    assert_eq!(
        real_sides(
            "هاجم مسلحون من تنظيم القاعدة نقطة تفتيش للجيش اليمني في أبين. وتوعّد الجيش اليمني بملاحقة المنفذين.",
            "THREATEN"
        ),
        vec![(s(&["الجيش الوطني اليمني"]), s(&["تنظيم القاعدة"]))]
    );
}

#[test]
fn blame_reaches_past_an_aside_and_takes_the_present() {
    assert_eq!(
        real_kinds(
            "وحمّل الاتحاد الجهوي للشغل بسيدي بوزيد، في بيان أصدره صباح اليوم الأربعاء، السلطات الجهوية «مسؤولية الاحتقان»."
        ),
        vec!["ACCUSE"]
    );
    assert_eq!(
        real_kinds("يحمّل كثير من أبناء المدينة الفرقة الرابعة المسؤولية عن موجة الاغتيالات."),
        vec!["ACCUSE"]
    );
    // تحمّل مسؤولياته is bearing them, no blame.
    assert!(
        real_kinds("ودعت مجلس الأمن إلى تحمل مسؤولياته.")
            .iter()
            .all(|k| k != "ACCUSE")
    );
}

#[test]
fn a_release_asked_for_is_asked_of_who_holds_them() {
    assert_eq!(
        real_sides(
            "اعتقلت الأجهزة الأمنية الفلسطينية خمسة من عناصر حركة الجهاد الإسلامي. وطالبت الحركة بالإفراج الفوري عنهم.",
            "REQUEST"
        ),
        vec![(s(&["حركة الجهاد الإسلامي"]), s(&["الأجهزة الأمنية الفلسطينية"]))]
    );
}

#[test]
fn an_arrest_no_one_is_said_to_make_is_the_nearest_state_forces() {
    let got: Vec<Vec<String>> = real_sides(
        "وفرقت الشرطة الأردنية المحتجين بالقوة. واعتُقل 23 شخصا خلال الاحتجاجات.",
        "COERCE",
    )
    .into_iter()
    .map(|(actors, _)| actors)
    .collect();
    assert_eq!(got, vec![s(&["مديرية الأمن العام"])]);
}

#[test]
fn a_date_before_a_cause_dates_the_clause_it_ends() {
    let doc = crate::event::testkit::real_doc(
        "وتعيد هذه الأحداث إلى الأذهان احتجاجات الريف التي اندلعت في الحسيمة في أكتوبر 2016 إثر مقتل بائع السمك.",
    );
    let value = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| doc.times.iter().find(|t| &t.id == id))
            .and_then(|t| t.value.clone())
    };
    let protest = doc.events.iter().find(|e| e.kind == "PROTEST").map(|e| value(&e.time));
    assert_eq!(protest, Some(Some("2016-10".to_string())));
}

/// حزب X المعارض الحكومةَ: the name's adjective is part of the subject;
/// the side named after it is the object.
#[test]
fn an_epithet_after_the_subject_leaves_the_object_after_it() {
    assert_eq!(
        real_sides(
            "الخرطوم – وكالات: وحمّل حزب الأمة القومي المعارض الحكومة السودانية مسؤولية تدهور الأوضاع.",
            "ACCUSE"
        ),
        vec![(s(&["حزب الأمة القومي"]), s(&["الحكومة السودانية"]))]
    );
}

/// …، ودعت في بيان إلى: a verb joined by و with no subject of its own goes
/// on with the subject before, not with the previous verb's object.
#[test]
fn a_joined_verb_goes_on_with_the_subject_not_the_object_before() {
    assert_eq!(
        real_sides(
            "وحمّلت حركة المقاومة الإسلامية «حماس» الاحتلال الإسرائيلي المسؤولية الكاملة عن حياة الأسرى، ودعت في بيان إلى تدخل دولي عاجل.",
            "REQUEST"
        ),
        vec![(s(&["حركة حماس"]), vec![])]
    );
}

/// «أطالب الحكومة …»: a first-person verb's subject is the quote's speaker
/// (with the body the speaker heads); the name after it is its object.
#[test]
fn a_first_person_demand_is_the_speakers_and_its_object_follows() {
    assert_eq!(
        real_sides(
            "وقال رئيس اتحاد المزارعين محمد أحمد: «أطالب الحكومة السودانية بحماية المزارعين».",
            "REQUEST"
        ),
        vec![(s(&["محمد أحمد", "اتحاد المزارعين"]), s(&["الحكومة السودانية"]))]
    );
}

/// مواجهات alone is a clash before بين or when it left dead.
#[test]
fn confrontations_that_left_dead_are_a_clash() {
    assert_eq!(
        real_kinds("وكانت مواجهات مماثلة في البلدة قد أسفرت عن مقتل خمسة أشخاص."),
        vec!["ASSAULT"]
    );
    assert!(real_kinds("واندلعت مواجهات في ساحة الجامعة.").is_empty());
}

/// A committee formed is an inquiry only with a word of inquiry after it
/// (and an accusation only of a side it looks into: one into the incident
/// or the blast's causes is none).
#[test]
fn a_committee_is_an_inquiry_only_with_a_word_of_inquiry() {
    assert_eq!(
        real_kinds("وقررت الحكومة العراقية تشكيل لجنة للتحقيق في تجاوزات الشرطة العراقية."),
        vec!["ACCUSE"]
    );
    assert!(real_kinds("وقررت الحكومة العراقية تشكيل لجنة للتحقيق في الحادث.").is_empty());
    assert!(real_kinds("وأعلنت وزارة الدفاع أنها شكّلت لجنة فنية لتحديد أسباب الانفجار.").is_empty());
    assert!(real_kinds("ونص الاتفاق على تشكيل لجنة مشتركة لمراقبة التهدئة مع الشرطة العراقية.").is_empty());
}

/// «الأصوات المطالبة بالعدالة»: a definite participle describing a
/// definite noun is no demand.
#[test]
fn a_participle_describing_a_noun_is_no_demand() {
    assert!(
        real_kinds("وندد البيان بقمع الأصوات المطالبة بالعدالة.")
            .iter()
            .all(|k| k != "REQUEST")
    );
    assert_eq!(
        real_kinds("وجددت النقابة المطالبة بإطلاق سراح المعتقلين."),
        vec!["REQUEST"]
    );
}

/// «حمّل X Y المسؤولية، متهما عناصرها …»: the participle goes on with the
/// subject, and the two are one accusation with its target.
#[test]
fn an_accusing_participle_joins_the_accusation_before_it() {
    let doc = crate::event::testkit::real_doc(
        "وحمّل الجيش الباكستاني حركة طالبان باكستان المسؤولية عن الهجوم، متهما عناصرها باستخدام طائرات مسيرة.",
    );
    assert_eq!(doc.events.len(), 1);
    assert_eq!(doc.events[0].mentions, 2);
    assert_eq!(
        real_sides(
            "وحمّل الجيش الباكستاني حركة طالبان باكستان المسؤولية عن الهجوم، متهما عناصرها باستخدام طائرات مسيرة.",
            "ACCUSE"
        ),
        vec![(s(&["الجيش الباكستاني"]), s(&["حركة طالبان باكستان"]))]
    );
}

/// «طالبت X في الساحل الغربي الحكومةَ»: a place phrase with its adjective
/// between the subject and the object does not hide the object.
#[test]
fn a_place_phrase_with_its_adjective_stands_before_the_object() {
    assert_eq!(
        real_sides(
            "صنعاء – وكالات: وطالبت نقابة الصيادين في الساحل الغربي الحكومة اليمنية باتخاذ موقف.",
            "REQUEST"
        ),
        vec![(s(&["نقابة الصيادين"]), s(&["الحكومة اليمنية"]))]
    );
}

/// «أصابت أحد خزانات المكثفات»: one of the tanks was hit, no one hurt; and
/// a toll reported by «مصدر أمني في جمجمال» is the attack's, not an event
/// placed where the source is.
#[test]
fn one_of_the_things_hit_is_no_casualty_and_a_sources_place_is_not_the_events() {
    let doc = crate::event::testkit::real_doc(
        "تعرّض حقل كورمور الغازي في قضاء جمجمال بمحافظة السليمانية، ليل الأربعاء، لهجوم بطائرة مسيّرة مفخخة أصابت أحد خزانات المكثفات. غير أن مصدرا أمنيا في جمجمال أفاد بأن حارسين من قوة الحماية أصيبا بحروق طفيفة أثناء محاولتهما إخماد النيران.",
    );
    let assaults: Vec<_> = doc.events.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{assaults:?}");
    assert_eq!(assaults[0].injured, Some(2.0));
}

/// «وصل 64 صيادا … بعد أن أفرجت عنهم السلطات»: the release's pronoun points
/// to the people counted before it: its size and its target.
#[test]
fn a_release_of_them_frees_the_people_counted_before() {
    let doc = crate::event::testkit::real_doc(
        "وصل 64 صيادا يمنيا إلى ميناء المخا، بعد أن أفرجت عنهم السلطات الإريترية إثر احتجاز دام أربعة أشهر.",
    );
    let release = doc.events.iter().find(|e| e.kind == "RETREAT").map(|e| e.size);
    assert_eq!(release, Some(Some(64.0)));
    assert_eq!(
        real_sides(
            "وصل 64 صيادا يمنيا إلى ميناء المخا، بعد أن أفرجت عنهم السلطات الإريترية إثر احتجاز دام أربعة أشهر.",
            "RETREAT"
        )
        .first()
        .map(|(_, t)| t.clone()),
        Some(s(&["64 صيادا يمنيا"]))
    );
}

/// «تعليق الرحلات»، «علّقت السلطات، أمس، بث إذاعة»: a suspension of an
/// activity restricts (COERCE); a comment (رفض التعليق، علّق على) is none.
#[test]
fn a_suspension_names_the_activity_it_stops() {
    assert_eq!(
        real_kinds("وأعلنت سلطة الطيران المدني تعليق الرحلات من مطار بورتسودان الدولي لمدة 48 ساعة."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("وعلّقت السلطات، أمس، بث إذاعة دولية لمدة شهر."),
        vec!["COERCE"]
    );
    assert!(real_kinds("وعلق الوزير على الحادث بالقول إن التحقيق جار.").is_empty());
}

/// «اتهم زعيم تقليدي من المنطقة، في اتصال هاتفي، السلطات التشادية بـ»: an
/// unnamed subject runs to its comma; the side after the aside is the
/// object.
#[test]
fn an_unnamed_subject_runs_to_its_comma_and_the_object_follows_the_aside() {
    for text in [
        "انجامينا – وكالات: واتهم شيخ قبلي، في اتصال هاتفي، السلطات التشادية بالتقاعس.",
        "انجامينا – وكالات: واتهم زعيم تقليدي من المنطقة، في اتصال هاتفي، السلطات التشادية بالتقاعس.",
    ] {
        let targets: Vec<Vec<String>> = real_sides(text, "ACCUSE").into_iter().map(|(_, t)| t).collect();
        assert_eq!(targets, vec![s(&["الحكومة التشادية"])], "{text}");
    }
}

#[test]
fn a_dispersal_befalls_the_protesters_of_the_protest_it_dispersed() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        real_args(
            "فرّقت قوات الأمن المغربية، صباح أمس، بالغاز المسيل للدموع وقفة احتجاجية نظمها مئات الأساتذة أمام مقر وزارة التربية في الرباط."
        ),
        vec![
            ("ASSAULT".to_string(), s(&["قوات الأمن المغربية"]), s(&["مئات الأساتذة"])),
            // (Held before the ministry's seat: against the ministry.)
            ("PROTEST".to_string(), s(&["مئات الأساتذة"]), s(&["وزارة التربية"])),
        ]
    );
}

#[test]
fn a_date_opening_its_clause_or_leading_into_when_dates_what_follows() {
    let v = |k: &str, d: &str| (k.to_string(), Some(d.to_string()));
    // (type, time value) of each event.
    let real_times = |text: &str, published: &str| -> Vec<(String, Option<String>)> {
        real_when(text, published)
            .into_iter()
            .map(|(k, _, t, _)| (k, t))
            .collect()
    };
    // «ففي آب 2021 قصفت»: not the targeting told before it.
    assert_eq!(
        real_times(
            "وليست هذه المرة الأولى التي تُستهدف فيها المنطقة، ففي آب/أغسطس 2021 قصفت طائرات تركية مستشفى ميدانيا في سنوني.",
            "2023-08-14"
        ),
        vec![v("ASSAULT", "2021-08")]
    );
    // «منذ آب 2022، حين سيطرت … بعد معارك»: the date the comparison
    // reaches back to is the time of the battles its حين clause tells.
    let got = real_times(
        "قتل سبعة جنود في هجوم على موقع عسكري أمس. ويُعد الهجوم الأعنف في المحافظة منذ آب/أغسطس 2022، حين سيطرت قوات دفاع شبوة على مدينة عتق بعد معارك مع قوات موالية لحزب الإصلاح.",
        "2025-03-17",
    );
    assert!(got.contains(&v("ASSAULT", "2022-08")), "{got:?}");
}

#[test]
fn a_state_denies_and_a_memorandum_is_an_agreement() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        real_args("ونفت إيران هذه الاتهامات."),
        vec![("REJECT".to_string(), s(&["إيران"]), s(&[]))]
    );
    // A capital after «وهو ما تنفيه» is its state, and denies the claim
    // before it.
    assert_eq!(
        real_args("ويتهم خبراء الأمم المتحدة رواندا بدعم المتمردين، وهو ما تنفيه كيغالي."),
        vec![
            ("ACCUSE".to_string(), s(&["الأمم المتحدة"]), s(&["رواندا"])),
            ("REJECT".to_string(), s(&["رواندا"]), s(&["الأمم المتحدة"])),
        ]
    );
    assert_eq!(
        real_kinds("ويستند التعاون إلى مذكرة تفاهم وقعها البلدان في شباط/فبراير 2017."),
        vec!["AGREE".to_string()]
    );
}

/// «قُتل X برصاص Y»: the killing verb names the event, the ب phrase the
/// weapon it was done with (its agent joins the event).
#[test]
fn a_killing_by_a_weapon_is_led_by_its_verb() {
    let doc = super::testkit::real_doc("وقُتل سائق شاحنة الجمعة الماضي برصاص مسلحين مجهولين.");
    let got: Vec<(String, Option<f64>, usize)> = doc
        .events
        .iter()
        .map(|e| (e.trigger.text.clone(), e.dead, e.actors.len()))
        .collect();
    assert_eq!(got, vec![("قُتل".to_string(), Some(1.0), 1)]);
    // A weapon noun that is no instrument (no ب) still leads.
    let doc = super::testkit::real_doc("وقُتل سائق شاحنة في غارة جوية على الطريق.");
    let triggers: Vec<&str> = doc.events.iter().map(|e| e.trigger.text.as_str()).collect();
    assert_eq!(triggers, vec!["غارة جوية"]);
}

/// A protest called for (دعا … إلى التظاهر) is planned and is the call,
/// organised by the caller; a ban on protests is a restriction, and the
/// right to protest is no protest.
#[test]
fn a_protest_called_for_is_planned_and_a_ban_is_no_protest() {
    let got = |t: &str| -> Vec<(String, String, String, usize)> {
        super::testkit::real_doc_on(t, Some("2025-01-10"))
            .events
            .into_iter()
            .map(|e| (e.kind, e.trigger.text, e.factuality, e.actors.len()))
            .collect()
    };
    assert_eq!(
        got("ودعت حركة حماس إلى التظاهر يوم الجمعة المقبل."),
        vec![("PROTEST".into(), "التظاهر".into(), "planned".into(), 1)]
    );
    assert_eq!(
        got("وأعلنت السلطات التركية حظر المظاهرات في إسطنبول لمدة أربعة أيام."),
        vec![("COERCE".into(), "حظر المظاهرات".into(), "actual".into(), 1)]
    );
    assert!(got("ودعت البعثة السلطات إلى احترام حق التظاهر السلمي.").is_empty());
    // Gathering in front of a building is a protest (تجمع alone is not).
    assert_eq!(
        got("وقال شهود إن مئات المحتجين تجمعوا أمام مبنى البلدية صباح الثلاثاء.")
            .into_iter()
            .map(|e| (e.0, e.1))
            .collect::<Vec<_>>(),
        vec![("PROTEST".to_string(), "تجمعوا أمام".to_string())]
    );
}

/// A denial joined by و and a participle after it go on with the subject
/// of the accusation before them, not with its object.
#[test]
fn a_joined_denial_and_its_participle_keep_the_subject() {
    let ev =
        real_args("واتهمت حركة حماس إسرائيل بخرق الهدنة، ونفت وجود أي من عناصرها في المكان، داعية الوسطاء إلى التدخل.");
    let actors = |kind: &str| ev.iter().find(|e| e.0 == kind).map(|e| e.1.clone());
    assert_eq!(actors("REJECT"), Some(s(&["حركة حماس"])), "{ev:?}");
    assert_eq!(actors("REQUEST"), Some(s(&["حركة حماس"])), "{ev:?}");
}

/// The body a struck thing belongs to (نقطة تفتيش لقوات …، مقرا تابعا لـ …)
/// is a target of the attack; a subject hedged with يُعتقد أنهم من X does
/// not end the verb's window before its على phrase.
#[test]
fn the_owner_of_a_struck_thing_is_a_target() {
    assert_eq!(
        real_args(
            "ارتفعت حصيلة الهجوم الذي شنّه مسلحون يُعتقد أنهم من تنظيم القاعدة على نقطة تفتيش لقوات الحزام الأمني في مديرية مودية."
        ),
        vec![(
            "ASSAULT".to_string(),
            s(&["مسلحون", "تنظيم القاعدة"]),
            s(&["نقطة تفتيش", "قوات الحزام الأمني"])
        )]
    );
    assert_eq!(
        real_args("وقصفت طائرات إسرائيلية مقرا تابعا لحزب الله في بلدة العديسة."),
        vec![("ASSAULT".to_string(), s(&["طائرات إسرائيلية"]), s(&["حزب الله"]))]
    );
    assert_eq!(
        real_args("هاجم مسلحون حاجزا للجيش اللبناني في بلدة العديسة."),
        vec![("ASSAULT".to_string(), s(&["مسلحون"]), s(&["الجيش اللبناني"]))]
    );
}

/// «استهداف مسيّرة تركية منشأة …»: the nationality adjective after the
/// weapon names the attacker, and is no place: the event is where the
/// sentence says, not in the attacker's country.
#[test]
fn a_weapons_nationality_is_its_actor_not_its_place() {
    let doc = super::testkit::real_doc("وجاءت الضربة بعد يومين من استهداف مسيّرة تركية منشأة نفطية في ريف المالكية.");
    let name = |id: &str| doc.entities.iter().find(|e| e.id == id).map(|e| e.name.clone());
    let got: Vec<(Vec<Option<String>>, Option<String>)> = doc
        .events
        .iter()
        .map(|e| {
            (
                e.actors.iter().map(|a| name(a)).collect(),
                e.location.as_deref().and_then(name),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![(vec![Some("تركيا".to_string())], Some("المالكية".to_string()))]
    );
}

/// «أصيب شاب برصاص X»: the injury and the gunfire are one event, whatever
/// the place each is read with.
#[test]
fn an_injury_by_gunfire_is_one_event_with_its_shooter() {
    let ev = real_args("وفي نابلس، أصيب شاب برصاص قوات الاحتلال خلال مواجهات عند حاجز حوارة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].1, s(&["جيش الاحتلال الإسرائيلي"]));
}

/// «اغتيل X برصاص Y»: an attack and the gun it was done with are one
/// event, even when only the attack's clause has a date (a background
/// killing years back is not split from its gunfire by publication date).
#[test]
fn an_assassination_by_gunfire_is_one_event() {
    let ev = real_args("وكان الناشط سامر الحلبي قد اغتيل برصاص مسلحين في أحد أحياء المدينة في 3 آذار/مارس 2019.");
    assert_eq!(ev, vec![("ASSAULT".to_string(), s(&["مسلحين"]), s(&["سامر الحلبي"]))]);
    let ev =
        real_args("ويعيد الهجوم إلى الأذهان اغتيال ثلاثة محامين برصاص مسلحين داخل قاعة محكمة في 8 حزيران/يونيو 1999.");
    assert_eq!(ev, vec![("ASSAULT".to_string(), s(&["مسلحين"]), vec![])]);
}

/// A protest by people counted with a singular noun (50 شابا) is theirs;
/// the body it stands before (أمام مقر وزارة العمل) is its target.
#[test]
fn a_vigil_by_counted_youths_before_a_ministry() {
    assert_eq!(
        real_args("نظم 50 شابا وقفة تضامنية أمام مقر وزارة العمل."),
        vec![("PROTEST".to_string(), s(&["50 شابا"]), s(&["وزارة العمل"]))]
    );
}

/// People counted as the subject of an active attack verb are its actor;
/// a dual casualty word after kin or a funeral (أقارب القتيلين) is no toll.
#[test]
fn counted_attackers_and_the_kin_of_the_dead() {
    let doc = super::testkit::real_doc(
        "وفي اليوم التالي، وعقب تشييع الضحيتين، هاجم عشرات الشبان من أقارب القتيلين محال تجارية في حي عكرمة.",
    );
    let name = |id: &String| doc.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone());
    let got: Vec<(String, Vec<Option<String>>, Option<f64>)> = doc
        .events
        .iter()
        .map(|e| (e.trigger.text.clone(), e.actors.iter().map(name).collect(), e.dead))
        .collect();
    assert_eq!(
        got,
        vec![("هاجم".to_string(), vec![Some("عشرات الشبان".to_string())], None)]
    );
}

/// The unnamed people an accusation names as its object, with the charge
/// after them (اتهم «جهات» لم يسمّها بـ…، حمّل جهات مجهولة المسؤولية), are
/// its target; not «الطرف الآخر» (someone told of before), nor a
/// pronoun's people (قواتها), nor a phrase with no charge after it.
#[test]
fn unnamed_people_accused_are_the_target() {
    assert_eq!(
        real_args("واتهمت وزارة الداخلية «عصابات منظمة» لم تسمّها بـ«إثارة الشغب في الأسواق»."),
        vec![("ACCUSE".to_string(), s(&["وزارة الداخلية"]), s(&["عصابات منظمة"]))]
    );
    assert_eq!(
        real_args("وحمّلت حركة حماس جهات مجهولة المسؤولية عن اغتيال الناشط."),
        vec![("ACCUSE".to_string(), s(&["حركة حماس"]), s(&["جهات مجهولة"]))]
    );
    assert_eq!(
        real_args("ونفت وزارة الدفاع صحة الرواية، متهمة الطرف الآخر بالتضليل."),
        vec![
            ("REJECT".to_string(), s(&["وزارة الدفاع"]), vec![]),
            ("ACCUSE".to_string(), s(&["وزارة الدفاع"]), vec![])
        ]
    );
    assert_eq!(
        real_args("واتهمت وزارة الدفاع جهات سياسية في بيان رسمي."),
        vec![("ACCUSE".to_string(), s(&["وزارة الدفاع"]), vec![])]
    );
}

/// Two sides named unnamed after بين (بين عشيرتين متخاصمتين، بين مجموعتين
/// من الصيادين) are the actors, not the last two bodies named before; a
/// state read from a bearing (شمال شرقي X) is no actor. A dual of air
/// strikes is an attack.
#[test]
fn unnamed_sides_after_bayna_and_dual_strikes() {
    assert_eq!(
        real_args("قال الجيش السوداني إن اشتباكات اندلعت أمس بين عشيرتين متخاصمتين في ريف المدينة."),
        vec![("ASSAULT".to_string(), s(&["عشيرتين متخاصمتين"]), vec![])]
    );
    assert_eq!(
        real_args("أعلن وجهاء في منطقة الجزيرة شمال شرقي سوريا التوصل إلى اتفاق بين مجموعتين من الصيادين."),
        vec![("AGREE".to_string(), s(&["مجموعتين من الصيادين"]), vec![])]
    );
    assert_eq!(
        real_args("ونفذت الطائرات ضربتين جويتين على مواقع التنظيم."),
        vec![("ASSAULT".to_string(), vec![], vec![])]
    );
}

/// A state's land named by its adjective (داخل الأراضي السورية) is that
/// state as a place: where the event is, not a side of it.
#[test]
fn a_states_land_is_a_place_not_an_actor() {
    let doc = super::testkit::real_doc("وقصفت المدفعية مواقع داخل الأراضي السورية.");
    let name = |id: &str| doc.entities.iter().find(|e| e.id == id).map(|e| e.name.clone());
    let got: Vec<(usize, Option<String>)> = doc
        .events
        .iter()
        .map(|e| (e.actors.len(), e.location.as_deref().and_then(name)))
        .collect();
    assert_eq!(got, vec![(0, Some("سوريا".to_string()))]);
    assert_eq!(
        real_args("ونفى المتحدث أن تكون الأراضي الأفغانية منطلقا لأي هجمات، متهما إسلام آباد بإيواء المسلحين."),
        vec![
            ("REJECT".to_string(), s(&["المتحدث"]), vec![]),
            ("ACCUSE".to_string(), s(&["المتحدث"]), s(&["باكستان"]))
        ]
    );
    // Kin counted are people: the protest is theirs.
    assert_eq!(
        real_args("وتجمّع مئات من أقارب السجناء أمام البوابة الرئيسية للسجن."),
        vec![("PROTEST".to_string(), s(&["مئات من أقارب السجناء"]), vec![])]
    );
}

/// A reflexive trigger with its subject inside (سلّم إرهابي نفسه) is read
/// across a short subject, not across a preposition (في اليوم نفسه).
#[test]
fn a_surrender_with_its_subject_inside() {
    let kinds = |t: &str| -> Vec<String> { real_args(t).into_iter().map(|e| e.0).collect() };
    assert_eq!(kinds("وسلّم المطلوب نفسه إلى الشرطة."), vec!["RETREAT".to_string()]);
    assert!(kinds("وسلم الموظف الرسالة في اليوم نفسه.").is_empty());
}

/// «طالبت الوزارة في بيان السلطات اللبنانية بـ…»: the occasion of speech
/// stands apart; the name after it is the demand's object, not the
/// statement's owner.
#[test]
fn the_name_after_an_occasion_of_speech_is_the_object() {
    let ev = real_args(
        "من جهتها، طالبت وزارة الخارجية السورية في بيان السلطات اللبنانية بـ\"الإسراع في تنفيذ الاتفاقية\" وضمان سلامة المعتقلين.",
    );
    assert_eq!(
        ev.first(),
        Some(&(
            "REQUEST".to_string(),
            s(&["وزارة الخارجية السورية"]),
            s(&["الحكومة اللبنانية"])
        )),
        "{ev:?}"
    );
}

/// «اتهم المتحدث باسم التجمّع، المحامي فلان، القوى الأمنية بـ»: the body a
/// spokesman speaks for is his, and his name (after a title) between commas
/// is the subject; the phrase after the aside is the object.
#[test]
fn a_spokesman_of_a_named_body_then_his_titled_name() {
    let ev = real_args(
        "نظم تجمّع «صرخة المودعين» اعتصاما أمام المصرف أمس. واتهم المتحدث باسم التجمّع، المحامي رامي عيتاني، القوى الأمنية بـ«استخدام القوة المفرطة ضد أناس عُزّل».",
    );
    let accuse = ev.iter().find(|e| e.0 == "ACCUSE");
    assert_eq!(
        accuse,
        Some(&(
            "ACCUSE".to_string(),
            s(&["رامي عيتاني", "تجمّع «صرخة المودعين»"]),
            s(&["القوى الأمنية"])
        )),
        "{ev:?}"
    );
}

/// «فرّقت قوى الأمن (الأسايش) التابعة للإدارة الذاتية بالرصاص الحي
/// والقنابل الصوتية مئات المحتجين»: the initials in brackets, the body the
/// subject belongs to and the weapons in ب stand before the object.
#[test]
fn the_object_after_brackets_belonging_and_weapons() {
    let ev = real_args(
        "حين فرّقت قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية بالرصاص الحي والقنابل الصوتية مئات المحتجين في حي المشلب.",
    );
    assert_eq!(
        ev,
        vec![("ASSAULT".to_string(), s(&["قوى الأمن الداخلي"]), s(&["المحتجين"]))]
    );
}

/// «أُفرج عن X»، «أفرجت عن X»: the one after the trigger's عن is freed,
/// never the subject; a name ends before a date (صباح أمس).
#[test]
fn the_one_freed_after_an() {
    assert_eq!(
        real_args("وأُفرج عن الناشط حيدر الكعبي صباح أمس."),
        vec![("RETREAT".to_string(), vec![], s(&["حيدر الكعبي"]))]
    );
}

/// «أن ثمانية من عناصرها احتُجزوا رهائن»: a plural passive was done to
/// those before it (the phrase after it names no one), not by them.
#[test]
fn a_plural_passive_was_done_to_those_before_it() {
    assert_eq!(
        real_args("وأعلنت الشرطة البوليفية أن ثمانية من عناصرها احتُجزوا رهائن."),
        vec![("COERCE".to_string(), vec![], s(&["الشرطة البوليفية"]))]
    );
}

/// «وقعوا في كمين نصبته مجموعات مسلحة»: who fell into the ambush is its
/// target; «ثمانية منهم احتُجزوا»: the partitive's pronoun is the people
/// named before.
#[test]
fn fell_into_an_ambush_and_some_of_them() {
    assert_eq!(
        real_args("وقال الوزير إن عناصر الشرطة البوليفية وقعوا في كمين نصبته مجموعات مسلحة."),
        vec![(
            "ASSAULT".to_string(),
            s(&["مجموعات مسلحة"]),
            s(&["عناصر الشرطة البوليفية"])
        )]
    );
    assert_eq!(
        real_args("وقال الوزير إن عناصر الشرطة البوليفية وقعوا في كمين، وإن ثمانية منهم احتُجزوا رهائن."),
        vec![
            ("ASSAULT".to_string(), vec![], s(&["عناصر الشرطة البوليفية"])),
            ("COERCE".to_string(), vec![], s(&["عناصر الشرطة البوليفية"])),
        ]
    );
}

/// «مسلحون يستقلون دراجة نارية»: a present verb describing an unnamed
/// subject stands before the object, to its comma or past its own object;
/// a complement's window runs on from the complement.
#[test]
fn a_clause_describing_the_subject_stands_before_the_object() {
    assert_eq!(
        real_args("خطف مسلحون مجهولون يستقلون سيارتين رباعيتي الدفع من دون لوحات، مساء الخميس، الناشط حيدر الكعبي."),
        vec![("ASSAULT".to_string(), s(&["مسلحون مجهولون"]), s(&["حيدر الكعبي"]))]
    );
    assert_eq!(
        real_args("أطلق مسلحون مجهولون يستقلون دراجة نارية النار ليل الاثنين على حاجز للأسايش قرب دوار النعيم."),
        vec![("ASSAULT".to_string(), s(&["مسلحون مجهولون"]), s(&["الأسايش"]))]
    );
    // (A nisba plural is no verb: «مسلحون يمنيون».)
    assert!(!crate::event::grammar::is_present_plural("يمنيون"));
    assert!(crate::event::grammar::is_present_plural("يرتدون"));
}

/// One named person arrested, abducted or freed: the event's size is one;
/// people counted keep their count, and an attack that kills has none.
#[test]
fn one_named_person_held_or_freed_is_a_size_of_one() {
    let sizes = |text: &str| -> Vec<(String, Option<f64>)> {
        super::testkit::real_doc(text)
            .events
            .into_iter()
            .map(|e| (e.kind, e.size))
            .collect()
    };
    assert_eq!(
        sizes("اعتقلت الشرطة العراقية الناشط حيدر الكعبي في بغداد."),
        vec![("COERCE".to_string(), Some(1.0))]
    );
    assert_eq!(
        sizes("اعتقلت الشرطة العراقية 12 محتجا في بغداد."),
        vec![("COERCE".to_string(), Some(12.0))]
    );
    assert_eq!(
        sizes("اغتال مسلحون الناشط حيدر الكعبي في بغداد."),
        vec![("ASSAULT".to_string(), None)]
    );
}

/// «…لصالح المستوطنين، مطالبا»: a participle after a comma goes on with
/// the sentence's subject, not with a name held after a preposition.
#[test]
fn a_participle_does_not_go_on_with_a_prepositions_object() {
    assert_eq!(
        real_args(
            "واتهم محافظ الخليل إسرائيل بفرض عقاب جماعي على السكان لصالح المستوطنين، مطالبا المؤسسات الدولية بالتدخل."
        ),
        vec![
            ("ACCUSE".to_string(), s(&["محافظ الخليل"]), s(&["إسرائيل"])),
            ("REQUEST".to_string(), s(&["محافظ الخليل"]), vec![]),
        ]
    );
}

/// Who survived an attack (نجا X من محاولة اغتيال، نجت من عبوة) was its
/// target, with a name between commas after the title; the device's verb
/// right after it (عبوة ناسفة انفجرت) lends its subject no side.
#[test]
fn the_survivor_is_the_target() {
    assert_eq!(
        real_args("ونجا محافظ ديالى، اللواء عادل الشمري، صباح اليوم، من محاولة اغتيال استهدفت موكبه قرب بعقوبة."),
        vec![("ASSAULT".to_string(), s(&[]), s(&["عادل الشمري"]))]
    );
    assert_eq!(
        real_args("ونجا العقيد سالم الحربي من عبوة ناسفة انفجرت لدى مرور سيارته قرب بعقوبة."),
        vec![("ASSAULT".to_string(), s(&[]), s(&["سالم الحربي"]))]
    );
    assert_eq!(
        real_args("ونجا قائد في الحشد الشعبي من عبوة ناسفة انفجرت لدى مرور سيارته قرب بعقوبة."),
        vec![("ASSAULT".to_string(), s(&[]), s(&["الحشد الشعبي"]))]
    );
}

/// «…، واتهمت السلطات بتنفيذ عملية اغتيال، مطالبة بتحقيق»: a joined
/// accusation with its charge in ب right after a known side has that side
/// as the accused, and the participle after it goes on with the accuser.
#[test]
fn a_joined_accusation_charges_the_phrase_after_it() {
    let got = real_args(
        "وقالت السلطات السعودية إن قواتها قتلت مطلوبين. في المقابل، نفت منظمة العفو الدولية أن يكون المرهون مسلحا، واتهمت السلطات بتنفيذ عملية اغتيال، مطالبة بتحقيق مستقل.",
    );
    let amnesty = s(&["منظمة العفو الدولية"]);
    assert!(
        got.contains(&("ACCUSE".to_string(), amnesty.clone(), s(&["الحكومة السعودية"]))),
        "{got:?}"
    );
    assert!(got.contains(&("REQUEST".to_string(), amnesty, s(&[]))), "{got:?}");
}

/// «واعتُقلت الفتاة وسُلّمت إلى الجيش»: the force she was handed to in a
/// joined passive clause made no arrest; one in the arrest's own clause did.
#[test]
fn a_force_after_a_joined_passive_made_no_arrest() {
    assert_eq!(
        real_args("واعتُقلت الفتاة وسُلّمت إلى الجيش الكاميروني."),
        vec![("COERCE".to_string(), s(&[]), s(&[]))]
    );
    assert_eq!(
        real_args("واعتُقلت الفتاة على يد الجيش الكاميروني."),
        vec![("COERCE".to_string(), s(&["الجيش الكاميروني"]), s(&[]))]
    );
}

/// «أُفرج عن 11 منهم»: a release counted as some of "them" frees some of
/// the people an arrest took just before: its side is theirs, its size
/// its own.
#[test]
fn a_release_of_some_of_them_frees_those_arrested_before() {
    let text = "اعتقلت الشرطة المصرية 17 شخصا في القاهرة. وأُفرج صباح اليوم عن 11 منهم بكفالة.";
    assert_eq!(
        real_args(text),
        vec![
            ("COERCE".to_string(), s(&["الشرطة المصرية"]), s(&["17 شخصا"])),
            ("RETREAT".to_string(), vec![], s(&["17 شخصا"])),
        ]
    );
    let doc = crate::event::testkit::real_doc(text);
    assert_eq!(
        doc.events.iter().map(|e| e.size).collect::<Vec<_>>(),
        vec![Some(17.0), Some(11.0)]
    );
    // (Not when no arrest took anyone before: no side made up.)
    assert_eq!(
        real_args("وأُفرج صباح اليوم عن 11 منهم بكفالة."),
        vec![("RETREAT".to_string(), vec![], vec![])]
    );
}

/// «فضّت قوات الأمن اعتصاما نظمه العشرات من ذوي الضحايا»: the protest's
/// organisers are its side, not the forces the sentence is about.
#[test]
fn a_protest_organised_by_unnamed_people_is_theirs() {
    assert_eq!(
        real_args("فضت قوات الأمن اعتصاما نظمه العشرات من ذوي الضحايا أمام مقر البلدية."),
        vec![("PROTEST".to_string(), s(&["العشرات من ذوي الضحايا"]), vec![])]
    );
    assert_eq!(
        real_args("فرقت الشرطة المصرية اعتصاما نظمته نقابة المعلمين أمام مقر البلدية."),
        vec![
            ("ASSAULT".to_string(), s(&["الشرطة المصرية"]), s(&["نقابة المعلمين"])),
            ("PROTEST".to_string(), s(&["نقابة المعلمين"]), vec![])
        ]
    );
}

/// «اعتُقل اثنان وضُبطت بحوزتهما»: one and two follow their noun, so the
/// word after them is not what they count; drones seized are no people.
#[test]
fn two_alone_count_no_word_after_them_and_drones_are_no_people() {
    assert_eq!(
        real_args("فيما اعتُقل اثنان وضُبطت بحوزتهما ثلاث مسيّرات."),
        vec![
            ("COERCE".to_string(), vec![], vec![]),
            ("COERCE".to_string(), vec![], vec![])
        ]
    );
    // (Three precedes its noun and counts it.)
    assert_eq!(
        real_args("واعتقلت الشرطة المصرية ثلاثة شبان في القاهرة."),
        vec![("COERCE".to_string(), s(&["الشرطة المصرية"]), s(&["ثلاثة شبان"]))]
    );
}

/// «فرّقت الشرطة …، آلاف الطلاب، تظاهروا أمام البرلمان»: the force that
/// dispersed a protest did not protest (the students counted did, and the
/// dispersal befell them); a building after أمام does nothing.
#[test]
fn dispersers_and_buildings_are_no_protesters() {
    assert_eq!(
        real_args(
            "فرّقت الشرطة الإندونيسية بالغاز المسيل للدموع، بعد ظهر الخميس، آلاف الطلاب، تظاهروا أمام مبنى البرلمان."
        ),
        vec![
            ("ASSAULT".to_string(), s(&["الشرطة الإندونيسية"]), s(&["آلاف الطلاب"])),
            ("PROTEST".to_string(), s(&["آلاف الطلاب"]), vec![]),
        ]
    );
    assert_eq!(
        real_args("تجمعوا أمام مبنى البرلمان أمس."),
        vec![("PROTEST".to_string(), vec![], vec![])]
    );
}

/// «مفارز للجيش»: detachments of a force are that force acting (the Algerian
/// ministry's word for its units), like دورية للجيش.
#[test]
fn detachments_of_an_army_are_the_army() {
    assert_eq!(
        real_args("وأوقفت مفارز للجيش الوطني الشعبي ستة أشخاص في جيجل."),
        vec![("COERCE".to_string(), s(&["الجيش الوطني الشعبي"]), s(&["ستة أشخاص"]))]
    );
}

/// «برصاص الاحتلال» after «قوات الاحتلال»: the genitive of a force named
/// before is that force alone; with no such force named it is nobody.
#[test]
fn the_occupation_alone_is_the_occupation_force_named_before() {
    assert_eq!(
        real_args("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم. وفي نابلس، أصيب شاب برصاص الاحتلال قرب حاجز حوارة.")[1],
        ("ASSAULT".to_string(), s(&["جيش الاحتلال الإسرائيلي"]), s(&["شاب"]))
    );
    // (The young man hit is the target either way.)
    assert_eq!(
        real_args("وفي نابلس، أصيب شاب برصاص الاحتلال قرب حاجز حوارة."),
        vec![("ASSAULT".to_string(), vec![], s(&["شاب"]))]
    );
}

/// «قُتل عشرة من مزارعي الكوكا برصاص قوات الأمن»: the gunfire a few words
/// after the killing verb is its instrument, one event with its shooter
/// (and برصاص closes no name before it).
#[test]
fn a_killing_by_gunfire_a_few_words_on_is_one_event() {
    assert_eq!(
        real_args("حين قُتل عشرة من مزارعي الكوكا برصاص قوات الأمن أثناء مسيرة نحو مدينة كوتشابامبا."),
        vec![("ASSAULT".to_string(), s(&["قوات الأمن"]), vec![])]
    );
}

/// «برصاص الأمن»: a listed common word behind ب opens no name either
/// (the tagger's «برصاص الأمن» was an organisation, and the shooter).
#[test]
fn gunfire_opens_no_name() {
    assert_eq!(
        real_args("وقُتل خلالها شاب برصاص الأمن في جوان من العام نفسه."),
        vec![("ASSAULT".to_string(), vec![], vec![])]
    );
}

/// Laying down, handing over or burning weapons is disarmament (RETREAT,
/// mode disarm, CAMEO 0873); one still to come is planned.
#[test]
fn disarmament_is_a_retreat() {
    let got = |t: &str| -> Vec<(String, Option<String>, String, Option<f64>)> {
        super::testkit::real_doc_on(t, Some("2026-05-14"))
            .events
            .into_iter()
            .map(|e| (e.kind, e.mode, e.factuality, e.size))
            .collect()
    };
    let disarm = |fact: &str, size: Option<f64>| {
        vec![(
            "RETREAT".to_string(),
            Some("disarm".to_string()),
            fact.to_string(),
            size,
        )]
    };
    assert_eq!(
        got("وكان نحو 30 مقاتلا من الحزب قد أحرقوا أسلحتهم في مراسم مماثلة."),
        disarm("actual", Some(30.0))
    );
    assert_eq!(
        got("وقال إن دفعة ثالثة ستسلّم سلاحها الشهر المقبل."),
        disarm("planned", None)
    );
    assert_eq!(
        got("وألقى المسلحون السلاح بعد حصار دام أسبوعين."),
        disarm("actual", None)
    );
}

/// A neighbourhood the gazetteer does not know (located by its country
/// only) lies in the city named with it: the death and the attack are one
/// event.
#[test]
fn an_unknown_neighbourhood_lies_in_its_city() {
    let got = real_counts_on(
        "مكسيكو – أ ف ب\n\nتوفي الصحفي المكسيكي خوان مارتينيز متأثرا بجروحه أمس الأربعاء، بعد يوم من إطلاق مسلحين \
         مجهولين النار عليه أمام منزله في حي لاس فلوريس بمدينة كولياكان، عاصمة ولاية سينالوا شمال غربي البلاد، في \
         أحدث هجوم على الصحافة في البلاد.",
        Some("2026-05-14"),
    );
    assert_eq!(
        got,
        vec![("ASSAULT".to_string(), "هجوم".to_string(), Some(1.0), Some(1.0))]
    );
}

/// «انفجرت سيارة … في مدينة ماتشالا جنوب الإكوادور، ما أسفر عن مقتل شرطي»:
/// the toll a result verb leads to is the explosion's, though the toll is
/// read with the country and the explosion with the city.
#[test]
fn a_toll_placed_in_the_country_is_the_city_attacks() {
    let got = real_counts_on(
        "كيتو – (وكالات)\n\nانفجرت سيارة مفخخة قرابة منتصف ليل الجمعة أمام مقر للشرطة في مدينة ماتشالا جنوب \
         الإكوادور، ما أسفر عن مقتل شرطي وإصابة 14 شخصا.",
        Some("2026-08-22"),
    );
    assert_eq!(
        got,
        vec![("ASSAULT".to_string(), "انفجرت".to_string(), Some(1.0), Some(14.0))]
    );
}

/// «اعتقال الجيش المكسيكي قياديا بارزا»: the genitive of an arrest noun is
/// whom it took, unless an accusative object follows it; then the
/// genitive body is the one that arrests.
#[test]
fn a_body_with_an_object_after_an_arrest_noun_arrests() {
    assert_eq!(
        real_args(
            "وجاءت الاحتجاجات بعد ساعات من اعتقال الجيش المكسيكي قياديا بارزا في كارتل خاليسكو خلال عملية في بلدية زابوبان."
        ),
        // (The leader it took, unnamed, is the target.)
        vec![("COERCE".to_string(), s(&["الجيش المكسيكي"]), s(&["قياديا"]))]
    );
    assert_eq!(
        real_args("وأعلنت الحكومة اعتقال عناصر حركة الشباب أيضا في مدينة كيسمايو."),
        vec![("COERCE".to_string(), vec![], s(&["حركة الشباب"]))]
    );
}

/// «إضراب عام … احتجاجا على إيقاف ناشطين»: the accusative of purpose says
/// why the strike was held; it is no second protest (the arrest it
/// protests is an event of its own). Alone in its sentence it still names
/// the protest.
#[test]
fn a_protest_of_purpose_is_the_protest_before_it() {
    let protest = |t: &str| vec![("PROTEST".to_string(), t.to_string(), None, None)];
    assert_eq!(
        real_counts_on(
            "شُلّت الحركة في مدن الرديف والمتلوي بولاية قفصة، إثر إضراب عام دعا إليه الاتحاد الجهوي للشغل احتجاجا على إيقاف ناشطين.",
            Some("2026-03-12")
        ),
        vec![
            ("PROTEST".to_string(), "إضراب عام".to_string(), None, None),
            ("COERCE".to_string(), "إيقاف".to_string(), None, None)
        ]
    );
    assert_eq!(
        real_counts_on("وأغلق التجار محالهم احتجاجا على الضرائب الجديدة.", Some("2026-03-12")),
        protest("أغلق")
    );
}

/// «حملة أمنية … اعتُقل خلالها 40 شخصا»: arrests the pronoun after the
/// verb places in the campaign are the campaign's.
#[test]
fn arrests_during_a_campaign_are_the_campaign() {
    let doc = super::testkit::real_doc(
        "وكانت الوزارة قد أطلقت مطلع شباط الماضي حملة أمنية في ريف دمشق الجنوبي اعتُقل خلالها أكثر من 40 شخصا.",
    );
    let got: Vec<(String, Option<f64>)> = doc.events.iter().map(|e| (e.kind.clone(), e.size)).collect();
    assert_eq!(got, vec![("COERCE".to_string(), Some(40.0))]);
}

/// One person unnamed, or people not counted, whom an attack, an arrest or
/// an abduction took is its target, with what describes them; not armed
/// men, and not a relative, who belongs to someone.
#[test]
fn one_unnamed_person_taken_is_the_target() {
    let target = |t: &str, kind: &str| real_sides(t, kind).first().map(|(_, t)| t.clone());
    assert_eq!(
        target("وفي حمص قُتل سائق شاحنة تجارية مساء الجمعة برصاص مجهولين.", "ASSAULT"),
        Some(s(&["سائق شاحنة تجارية"]))
    );
    assert_eq!(
        target("واعتُقل شاب في العشرين من عمره في بلدة قريبة من حلب أمس.", "COERCE"),
        Some(s(&["شاب في العشرين من عمره"]))
    );
    assert_eq!(
        target("وفي طرابلس خُطف تاجر من مدينة مصراتة أمس.", "ASSAULT"),
        Some(s(&["تاجر من مدينة مصراتة"]))
    );
    assert_eq!(
        target("وقالت الشرطة إن حارسا قُتل طعنا داخل السجن في كيتو أمس.", "ASSAULT"),
        Some(s(&["حارسا"]))
    );
    assert_eq!(
        target("واعتقلت الشرطة في عمان أمس رجلا يشتبه في تورطه.", "COERCE"),
        Some(s(&["رجلا"]))
    );
    assert_eq!(
        target("وخطف مسلحون مهندسا إيطاليا في نيامي أمس.", "ASSAULT"),
        Some(s(&["مهندسا إيطاليا"]))
    );
    assert_eq!(target("وفي بغداد قُتل شقيق أحد الموقوفين أمس.", "ASSAULT"), Some(vec![]));
    assert_eq!(target("وفي بغداد قُتل مسلح أمس.", "ASSAULT"), Some(vec![]));
}

/// سحب withdraws only troops or arms (سحب التعزيزات، سحبت روسيا قواتها),
/// not confidence or an ambassador; under an agreement's terms (اتفاق يقضي
/// بـ) the withdrawal is planned.
#[test]
fn a_withdrawal_names_the_troops_or_arms_it_pulls_back() {
    assert_eq!(
        real_kinds("واتفق الطرفان في باتكن على سحب التعزيزات العسكرية إلى مواقعها الدائمة."),
        vec!["AGREE", "RETREAT"]
    );
    assert_eq!(real_kinds("وسحبت روسيا قواتها من محيط مدينة حلب أمس."), vec!["RETREAT"]);
    assert!(real_kinds("وقرر البرلمان في بغداد سحب الثقة من الحكومة أمس.").is_empty());
    assert_eq!(real_kinds("وطالبت تايلاند في بانكوك بسحب السفير أمس."), vec!["REQUEST"]);
    let doc = crate::event::testkit::real_doc(
        "وتوصل الوجهاء في غزة إلى اتفاق لوقف إطلاق النار يقضي بسحب المسلحين من الشوارع.",
    );
    let withdrawal = doc
        .events
        .iter()
        .find(|e| e.kind == "RETREAT")
        .map(|e| e.factuality.as_str());
    assert_eq!(withdrawal, Some("planned"));
}

/// حرّر frees people held (حررت قوات الأمن الطفل المخطوف، تحرير أربعة
/// من تسعة أشخاص خطفوا); a town liberated, a report written (حرر الشرطي
/// محضرا), a front's name (جبهة … للتحرير الوطني) or a release called for
/// (لتحرير المخطوفات) is none.
#[test]
fn freeing_is_a_release_only_of_people_held() {
    assert_eq!(
        real_kinds("وحررت قوات الأمن المصرية في أسيوط الطفل المخطوف فجر الجمعة."),
        vec!["RETREAT"]
    );
    assert_eq!(
        real_kinds("وتمكنت الشرطة في كادونا من تحرير أربعة من تسعة أشخاص خطفوا أمس."),
        vec!["RETREAT", "ASSAULT"]
    );
    assert!(real_kinds("وأعلن الجيش تحرير مدينة الموصل بالكامل أمس.").is_empty());
    assert!(real_kinds("وحرر الشرطي محضرا بالمخالفة في القاهرة أمس.").is_empty());
    assert_eq!(
        real_kinds("ودعت جبهة الكاناك والاشتراكيين للتحرير الوطني في نوميا إلى الهدوء."),
        vec!["REQUEST"]
    );
    assert_eq!(
        real_kinds("ودعت المنظمة في مايدوغوري إلى تحرك فوري وآمن لتحرير المخطوفات."),
        vec!["REQUEST"]
    );
}

/// A siege told as an event has what imposes, lifts or aims it beside it
/// (حصارا على جيبو، الحصار المفروض، رفع الحصار; an ongoing تحاصر); one
/// named in passing (خلال حصار المخيم) is none.
#[test]
fn a_siege_is_told_with_what_imposes_or_lifts_it() {
    assert_eq!(
        real_kinds("وتفرض الجماعة منذ عام 2022 حصارا على مدينة جيبو في بوركينا فاسو."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("ويعاني سكان الحيين في حلب من الحصار المفروض عليهما منذ أسابيع."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("ووصلت القافلة إلى مدينة كادقلي التي تحاصرها قوات الدعم السريع."),
        vec!["COERCE"]
    );
    assert!(real_kinds("وكان معظمهم في الرقة خلال حصار المخيم عام 2019.").is_empty());
}

/// طالب is also «a student» (وهو طالب، مئة طالب، طالب جامعي، طالب في
/// العشرين من عمره): no demand.
#[test]
fn a_student_is_no_demand() {
    assert!(real_kinds("وقالت الوزارة إن المهاجم، وهو طالب في الثانية والعشرين من عمره، وصل صباحا.").is_empty());
    assert!(real_kinds("وقالت والدة طالب جامعي في كراكاس إنها تنتظره.").is_empty());
    assert_eq!(
        real_args("وطالب الاتحاد الأوروبي الحكومة بالإفراج عن المعتقلين."),
        vec![("REQUEST".to_string(), s(&["الاتحاد الأوروبي"]), s(&[]))]
    );
}

/// Summoning an envoy is a protest to his government (ACCUSE), and the
/// protest lodged with him is that summons, no street protest; استدعى
/// without an envoy is «required» or a witness summoned.
#[test]
fn an_envoy_summoned_is_a_protest_to_his_government() {
    assert_eq!(
        real_args("واستدعت وزارة الخارجية العراقية، أمس، السفير الإيراني في بغداد، وسلمته مذكرة احتجاج."),
        vec![(
            "ACCUSE".to_string(),
            s(&["وزارة الخارجية العراقية"]),
            s(&["السفير الإيراني"])
        )]
    );
    assert_eq!(
        real_kinds("واستدعت الخارجية المالية السفير الموريتاني في باماكو للاحتجاج على المعاملة المهينة."),
        vec!["ACCUSE"]
    );
    assert_eq!(
        real_kinds("وبادر المسلحون في البصرة بإطلاق النار، ما استدعى التعامل معهم."),
        vec!["ASSAULT"]
    );
    assert!(real_kinds("واستدعت النيابة العامة خطيب جامع في المنامة.").is_empty());
}

/// An inquiry accuses the side it looks into (تحقيقا مع الضابط فلان،
/// انتهاكات قوات الدعم السريع); one into what happened names no side and
/// is no event.
#[test]
fn an_inquiry_is_an_accusation_only_of_the_side_it_looks_into() {
    assert!(real_kinds("وأعلنت وزارة الداخلية تشكيل لجنة تحقيق في الأحداث.").is_empty());
    assert_eq!(
        real_args("وفتحت النيابة العامة تحقيقا مع الضابط أحمد سالم."),
        vec![("ACCUSE".to_string(), s(&["النيابة العامة"]), s(&["أحمد سالم"]))]
    );
    assert_eq!(
        real_args("وشكلت الحكومة لجنة للتحقيق في انتهاكات قوات الدعم السريع."),
        vec![("ACCUSE".to_string(), s(&[]), s(&["قوات الدعم السريع"]))]
    );
}

/// A storming is the attack of the armed men who do it (اقتحم مسلحون
/// القرية), the riot of protesters (اقتحم محتجون مبنى البرلمان), and the
/// raid listed (COERCE) when the state's forces do it.
#[test]
fn a_storming_is_typed_by_who_does_it() {
    assert_eq!(
        real_args("وقال المسؤول إن عشرات المسلحين اقتحموا قرية ماتوري قرب جوس."),
        vec![("ASSAULT".to_string(), vec!["المسلحين".to_string()], vec![])]
    );
    assert_eq!(
        real_kinds("وفي نيروبي اقتحم محتجون مبنى البرلمان أمس."),
        vec!["PROTEST"]
    );
    assert_eq!(
        real_kinds("واقتحمت قوات الأمن العراقية المبنى في بغداد."),
        vec!["COERCE"]
    );
}

/// تفريق disperses the crowd it names after it (لتفريق الحشود، لتفريق
/// آلاف المحتجين) or a pronoun for it (لتفريقهم، تفرقهم الشرطة); telling
/// apart (التفريق بين) and crowds dispersing of themselves (تفرق
/// المتظاهرون) are no event.
#[test]
fn a_dispersal_names_the_crowd_it_breaks_up() {
    assert_eq!(
        real_args("وتدخلت قوات الأمن لتفريق المعتصمين أمام البرلمان في الرباط."),
        vec![(
            "ASSAULT".to_string(),
            vec!["قوات الأمن".to_string()],
            vec!["المعتصمين".to_string()]
        )]
    );
    assert_eq!(
        real_kinds("واستخدمت الشرطة في بلغراد الغاز لتفريق الحشود في الشوارع."),
        vec!["ASSAULT"]
    );
    assert_eq!(
        real_kinds("واحتج العمال في نيامي قبل أن تفرقهم الشرطة النيجرية."),
        vec!["PROTEST", "ASSAULT"]
    );
    assert!(real_kinds("وقال إن القانون في تونس لا يسمح بالتفريق بين المواطنين.").is_empty());
    assert!(real_kinds("وتفرق المتظاهرون بهدوء في الخرطوم مساء أمس.").is_empty());
}

/// حظر، منع ban what they name after them (حظر جميع التجمعات، منع بيع
/// البنزين); a treaty's ban or a purpose (لمنع تمدد القتال، منعا لأي
/// اعتداء) is no ban.
#[test]
fn a_ban_names_what_it_stops() {
    assert_eq!(
        real_kinds("وأعلنت حكومة الولاية في كانو حظر جميع التجمعات والمسيرات لمدة 72 ساعة."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("وقررت السلطات في الرباط منع كل التجمعات إلى حين استتباب الأمن."),
        vec!["COERCE"]
    );
    // (What is stopped may begin with a clitic's letter: بيع، وقوف.)
    assert_eq!(
        real_kinds("وقررت الحكومة في باماكو منع بيع البنزين في الصفائح لمدة شهر."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("وقررت مديرية الأمن في بنغازي منع وقوف السيارات أمام المساجد."),
        vec!["COERCE"]
    );
    // (The welcome and the assault named are events of their own.)
    assert_eq!(
        real_kinds("ورحبت الحكومة في لاهاي بعمل منظمة حظر الأسلحة الكيميائية."),
        vec!["SUPPORT"]
    );
    assert_eq!(
        real_kinds("وتعمل الحكومة في عمان منعا لأي اعتداء على الممتلكات."),
        vec!["ASSAULT"]
    );
}

/// أسروا captured people (COERCE); «كما اعتُقل رجل» after an arrest told
/// before is another arrest, not more of the first.
#[test]
fn a_capture_and_an_arrest_told_with_also() {
    assert_eq!(
        real_args("وقال الجيش إن المسلحين أسروا خمسة جنود قرب مأرب أمس."),
        vec![(
            "COERCE".to_string(),
            vec!["المسلحين".to_string()],
            vec!["خمسة جنود".to_string()]
        )]
    );
    let doc = crate::event::testkit::real_doc(
        "وفي أنقرة، داهمت الشرطة منازل واعتقلت خمسة أشخاص أمس. كما اعتُقل رجل في مطار إسطنبول مساء اليوم نفسه.",
    );
    let arrests: Vec<&str> = doc
        .events
        .iter()
        .filter(|e| e.kind == "COERCE")
        .map(|e| e.trigger.text.as_str())
        .collect();
    assert_eq!(arrests, vec!["داهمت", "اعتقلت", "اعتُقل"]);
}

/// قطع cuts people off only from a means of communication (قطعت السلطات
/// الاتصالات، علّقت خدمات الإنترنت); a road held, trees felled are none.
#[test]
fn cutting_off_is_of_communications() {
    assert_eq!(
        real_kinds("وقطعت السلطات في درنة الاتصالات عن المدينة يومين."),
        vec!["COERCE"]
    );
    assert_eq!(
        real_kinds("وعلّقت سلطات الولاية خدمات الإنترنت عبر الهاتف المحمول في إمفال."),
        vec!["COERCE"]
    );
    assert!(
        real_kinds("وأحرق مسلحون في إرسيا موقعا لقطع الأشجار.")
            .iter()
            .all(|k| k != "COERCE")
    );
    assert!(
        real_kinds("وفتحت الشرطة في شيموري الطريق الذي يقطعه المزارعون منذ أيام.")
            .iter()
            .all(|k| k != "COERCE")
    );
}

/// «قُتل X بنيران Y»: the killing is led by its verb and Y fired; النيران
/// alone are a fire, no attack.
#[test]
fn fire_of_a_gun_is_an_instrument_and_a_fire_is_no_attack() {
    assert_eq!(
        real_args("وقُتل شاب بنيران الجيش الإسرائيلي قرب مخيم جباليا صباح الجمعة."),
        vec![(
            "ASSAULT".to_string(),
            // (The entity's name is the gazetteer's.)
            vec!["جيش الاحتلال الإسرائيلي".to_string()],
            vec!["شاب".to_string()]
        )]
    );
    assert!(real_kinds("واندلعت النيران في سوق حلب القديم أمس.").is_empty());
}

/// The means of a dispersal stand between the verb and the crowd: a means
/// that is no trigger (بخراطيم المياه) and what is joined to it (ورذاذ
/// الفلفل، والقنابل الصوتية), past the usual window; a weapon noun with
/// the article takes no genitive, so the crowd after it is the verb's.
#[test]
fn the_means_of_a_dispersal_stand_before_the_crowd() {
    let want = vec![("ASSAULT".to_string(), s(&["مديرية الأمن العام"]), s(&["المتظاهرين"]))];
    assert_eq!(
        real_args("فرّقت الشرطة الأردنية في مدينة الزرقاء بخراطيم المياه ورذاذ الفلفل آلاف المتظاهرين أمس."),
        want
    );
    assert_eq!(
        real_args("فرّقت الشرطة الأردنية بالرصاص المطاطي والقنابل الصوتية آلاف المتظاهرين أمس."),
        want
    );
    assert_eq!(
        real_args("فرّقت الشرطة الأردنية بالغاز المسيل للدموع آلاف المتظاهرين أمس."),
        want
    );
}

/// A weapon in ب after a verb of its kind goes with that verb, past the
/// subject's initials in brackets: no event of its own.
#[test]
fn a_weapon_after_initials_in_brackets_goes_with_its_verb() {
    let ev =
        real_args("فرّقت قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية بالرصاص الحي مئات المحتجين في مدينة الرقة.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].2, s(&["المحتجين"]), "{ev:?}");
}

/// فرّقت الشرطة وقفة احتجاجية نظمها مئات الشبان: the dispersal befalls
/// those who held the protest it broke up.
#[test]
fn a_dispersed_protest_names_whom_the_dispersal_befell() {
    assert_eq!(
        real_args(
            "فرّقت قوات الأمن المغربية، مساء أمس الأربعاء، وقفة احتجاجية نظمها مئات الشبان أمام المستشفى في أكادير."
        ),
        vec![
            ("ASSAULT".to_string(), s(&["قوات الأمن المغربية"]), s(&["مئات الشبان"])),
            ("PROTEST".to_string(), s(&["مئات الشبان"]), vec![]),
        ]
    );
}

/// يخوض، يقوم: a hollow light verb in the present carries its event noun
/// too; its subject holds the strike.
#[test]
fn a_hollow_light_verb_in_the_present_carries_its_noun() {
    assert_eq!(
        real_args("ويخوض الأطباء المقيمون إضرابا مفتوحا منذ أسبوعين في الجزائر."),
        vec![("PROTEST".to_string(), s(&["الأطباء المقيمون"]), vec![])]
    );
}

/// «…، مطالبين الحكومة بـ»: a plural participle after a comma goes on with
/// the sentence's subject; the body after it is asked, not asking.
#[test]
fn a_plural_participle_after_a_comma_has_an_object() {
    let ev = real_args("واعتصم المعلمون أمام مبنى الوزارة في بغداد، مطالبين الحكومة العراقية بصرف رواتبهم.");
    assert!(
        ev.iter().all(|e| !e.1.contains(&"الحكومة العراقية".to_string())),
        "{ev:?}"
    );
}

/// «إذا لم يُطلق سراح زملائهم»، «ما لم يُفرج عن المخطوفين»: the release a
/// threat is conditioned on has not happened and is no event; a release
/// told as done is.
#[test]
fn the_condition_of_an_unless_is_no_event() {
    let kinds = |t: &str| real_args(t).into_iter().map(|e| e.0).collect::<Vec<_>>();
    let threat = kinds("وهدد العمال بالدخول في إضراب عن الطعام إذا لم يُطلق سراح زملائهم خلال 72 ساعة.");
    assert!(threat.iter().all(|k| k != "RETREAT"), "{threat:?}");
    let unless = kinds("وهددت العشيرة بإغلاق الطريق الدولي ما لم يُفرج عن المخطوفين خلال يومين.");
    assert!(unless.iter().all(|k| k != "RETREAT"), "{unless:?}");
    assert!(kinds("وقالت الشرطة إن المخطوفين أُفرج عنهم مساء الأحد.").contains(&"RETREAT".to_string()));
}

/// A truce named by its breach or collapse (انهيار وقف إطلاق النار، خرقا
/// لوقف إطلاق النار) is named in passing: no agreement of its own.
#[test]
fn a_truce_named_by_its_bodies_is_no_event() {
    for text in [
        "وجاء الحادث بعد عام من انهيار وقف إطلاق النار في المنطقة.",
        "وقال المتحدث إن القصف يعد خرقا فاضحا لوقف إطلاق النار.",
    ] {
        let ev = real_args(text);
        assert!(ev.iter().all(|e| e.0 != "RETREAT" && e.0 != "AGREE"), "{text}: {ev:?}");
    }
}

/// «وامتد الإضراب إلى أصفهان»: the strike told again in a city of the
/// country it was first placed in is the same strike; so is one with no
/// date of its own (read at publication, 1 January) after one dated the
/// Saturday before, across the turn of the month.
#[test]
fn an_anaphor_in_a_city_of_the_country_refers_back() {
    let text = "بدأ سائقو الشاحنات في إيران إضرابا عن العمل يوم السبت احتجاجا على خفض حصص الديزل.\n\nوامتد الإضراب إلى أصفهان وتبريز وعشرات المدن الأخرى.";
    let d = super::testkit::real_doc_on(text, Some("2025-01-01"));
    let ev: Vec<(&str, usize)> = d.events.iter().map(|e| (e.kind.as_str(), e.mentions)).collect();
    assert_eq!(ev, vec![("PROTEST", 3)]);
}

/// «استقبل المستشفى 23 جريحا»: the hurt a hospital receives are no
/// visitors; a minister received by a president is.
#[test]
fn receiving_the_wounded_is_no_meeting() {
    let ev = real_kinds("وقالت مصادر محلية إن مستشفى المدينة استقبل منذ الإثنين 23 جريحا.");
    assert!(ev.iter().all(|k| k != "CONSULT"), "{ev:?}");
    let ev = real_kinds("وأعلن المستشفى أنه استقبل جثث خمسة من الضحايا.");
    assert!(ev.iter().all(|k| k != "CONSULT"), "{ev:?}");
    assert_eq!(
        real_kinds("واستقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج."),
        vec!["CONSULT"]
    );
}

/// «أسقطت قوات حماية الحقل مسيّرة»، «اعترضت الدفاعات الجوية 56 مسيّرة»:
/// a drone shot down or intercepted is an attack foiled; who shot it down
/// was its target. A march stopped (اعترضت الشرطة مسيرة) is none.
#[test]
fn a_drone_shot_down_is_an_attack_foiled() {
    let foiled = vec![("ASSAULT".to_string(), "foiled".to_string())];
    assert_eq!(
        real_facts("وأعلنت الوزارة أن دفاعاتها الجوية اعترضت 56 مسيّرة خلال الليل."),
        foiled
    );
    assert_eq!(real_facts("وأكد الجيش أنه أسقط طائرتين مسيّرتين فوق المطار."), foiled);
    assert_eq!(
        real_args("وقالت السلطات إن قوات حماية الحقل أسقطت مسيّرة ثانية قبل وصولها إلى هدفها."),
        vec![("ASSAULT".to_string(), vec![], vec!["قوات حماية الحقل".to_string()])]
    );
    let march = real_kinds("واعترضت قوات الأمن مسيرة المحتجين قرب البرلمان.");
    assert!(march.iter().all(|k| k != "ASSAULT"), "{march:?}");
}

/// «احتجاجا على توقيف زعيم الحزب»: the arrest a protest is about is a
/// grievance; 112 people arrested two sentences on are another arrest.
/// The arrest of «the three activists» it named tells more of it.
#[test]
fn a_later_arrest_of_new_people_is_not_the_grievance() {
    let coerce = |t: &str| real_kinds(t).into_iter().filter(|k| k == "COERCE").count();
    let text = |who: &str| {
        format!(
            "فرّقت قوات الأمن تظاهرة لأنصار المعارضة في نجامينا، احتجاجا على توقيف {who}.\n\nوقال شهود إن مئات المحتجين تجمعوا منذ الصباح.\n\nواعتُقل {} خلال الاحتجاجات، بحسب النيابة العامة.",
            if who.starts_with("ثلاثة") {
                "الناشطون الثلاثة"
            } else {
                "112 شخصا"
            }
        )
    };
    assert_eq!(coerce(&text("زعيم حزب المعارضة")), 2);
    assert_eq!(coerce(&text("ثلاثة ناشطين")), 1);
}

/// «تظاهرة 12 مارس 2025، حين أصيب مصور … بجروح … واعتُقل أكثر من مئة
/// شخص»: the date of a حين clause dates the verbs joined in it too.
#[test]
fn a_when_clause_dates_its_joined_verbs() {
    let text = "وتعيد هذه الأحداث إلى الأذهان تظاهرة 12 مارس 2025، حين أصيب مصور صحفي بجروح خطيرة في الرأس واعتُقل أكثر من مئة شخص.";
    let d = super::testkit::real_doc_on(text, Some("2026-09-18"));
    let value = |id: &Option<String>| {
        id.as_ref()
            .and_then(|i| d.times.iter().find(|t| &t.id == i))
            .and_then(|t| t.value.clone())
    };
    let arrest = d.events.iter().find(|e| e.kind == "COERCE").map(|e| value(&e.time));
    assert_eq!(arrest, Some(Some("2025-03-12".to_string())));
}

/// «داعيا أنصاره إلى مسيرة جديدة»، «خرجت مئات النساء في مسيرة»: a bare
/// مسيرة is a march where a protest is spoken of (planned when called
/// for); elsewhere it may be a drone (نفذت مسيرة غارة) and is no march.
#[test]
fn a_march_called_for_or_gone_out_in_is_a_protest() {
    let called = real_facts("وندد الحزب بالقتل المتعمد للمحتجين، داعيا أنصاره إلى مسيرة جديدة السبت المقبل.");
    assert!(
        called.contains(&("PROTEST".to_string(), "planned".to_string())),
        "{called:?}"
    );
    let gone = real_kinds("وقالت مصادر محلية إن مئات النساء خرجن أمس في مسيرة بمديرية خور مكسر.");
    assert!(gone.contains(&"PROTEST".to_string()), "{gone:?}");
    assert!(!real_kinds("ونفذت مسيرة غارة على المدينة.").contains(&"PROTEST".to_string()));
}

/// «رحّلت السلطات 300 مهاجر»، «86 منهم رُحّلوا»: a deportation; رحل
/// alone (left, died) or with a pronoun (رحلته: his trip) is none.
#[test]
fn deported_people_are_coerced_and_a_trip_is_not() {
    let kinds = real_kinds("رحّلت السلطات الجزائرية أكثر من 300 مهاجر إلى النيجر.");
    assert_eq!(kinds, vec!["COERCE".to_string()]);
    assert_eq!(
        real_kinds("وقالت المنظمة إن 86 منهم رُحّلوا مساء السبت عبر منفذ أرقين."),
        vec!["COERCE".to_string()]
    );
    assert!(real_kinds("رحل الشاعر عن عالمنا أمس.").is_empty());
    assert!(real_kinds("وقال مسافر كان ينتظر رحلته إلى إسطنبول إنه عاد إلى بيته.").is_empty());
}

/// «احتجاجات فبراير 2011 التي قمعتها السلطات»: repression; a verb, so the
/// charge «القمع الممنهج» makes none.
#[test]
fn repression_told_by_its_verb_is_coercion() {
    let kinds = real_kinds("وتذكر الخطوة باحتجاجات فبراير 2011 التي قمعتها السلطات البحرينية.");
    assert_eq!(kinds, vec!["PROTEST".to_string(), "COERCE".to_string()]);
    assert!(!real_kinds("واتهمت المنظمة الحكومة بالقمع الممنهج للمعارضين.").contains(&"COERCE".to_string()));
}

/// «وتمشّط قوات الجيش الغابات»، «عملية لتمشيط غابة داي»، «حالة الاستثناء»،
/// «حجبت الهيئة منصات التواصل»: sweeps, a state of exception and a block
/// are coercion; «حجب الثقة» is a vote.
#[test]
fn sweeps_states_of_exception_and_blocks_are_coercion() {
    let coerce = |t: &str| real_kinds(t).iter().filter(|k| *k == "COERCE").count();
    assert_eq!(coerce("وتمشّط قوات الجيش منذ الأربعاء الغابات المحاذية للحدود."), 1);
    assert_eq!(coerce("وتبدأ القوات اليوم عملية لتمشيط غابة داي المحاذية."), 1);
    assert_eq!(coerce("وأعلنت الحكومة حالة الاستثناء لمدة 30 يوما في ثلاث مقاطعات."), 1);
    assert_eq!(coerce("وحجبت هيئة تنظيم الاتصالات منصات التواصل الاجتماعي في المنطقة."), 1);
    assert_eq!(coerce("وصوّت البرلمان على حجب الثقة عن الحكومة."), 0);
}

/// «المظاهرات الواسعة التي فرّقتها الشرطة»، «احتجاجات 2021 التي اعتُقل
/// خلالها العشرات»: a relative verb of another kind than the event it
/// describes is news of its own; of the same kind («الهجوم الذي استهدف
/// السوق») it is that event again.
#[test]
fn a_relative_verb_of_another_kind_is_an_event_of_its_own() {
    let kinds = real_kinds("وتذكر الحادثة باحتجاجات حزيران 2021 التي اعتُقل خلالها العشرات.");
    assert_eq!(kinds, vec!["PROTEST".to_string(), "COERCE".to_string()]);
    assert_eq!(
        real_kinds("وشهدت المدينة أمس المظاهرات الواسعة التي فرّقتها الشرطة بالغاز."),
        vec!["PROTEST".to_string(), "ASSAULT".to_string()]
    );
    assert_eq!(
        real_kinds("وقتل ثلاثة أشخاص في الهجوم الذي استهدف السوق."),
        vec!["ASSAULT".to_string()]
    );
}

/// «قطع مئات من السكان الطريق الرئيسي»: people cutting a road block it, a
/// protest; an explosion that cuts a road names no people after the verb.
#[test]
fn people_cutting_a_road_block_it() {
    let kinds = real_kinds("ومساء الثلاثاء، قطع مئات من السكان الطريق الرئيسي بين البلدتين.");
    assert_eq!(kinds, vec!["PROTEST".to_string()]);
    let doc = super::testkit::real_doc("وقطع عشرات من ذوي الضحايا الطريق المؤدي إلى المنجم لساعات.");
    let trigger: Vec<&str> = doc.events.iter().map(|e| e.trigger.text.as_str()).collect();
    assert_eq!(trigger, vec!["قطع"]);
    assert!(real_kinds("وقال إن الانفجار قطع الطريق بين الناحيتين.").is_empty());
}

/// «نظّم عشرات الناشطين ظهر أمس وقفة»، «تنظيم وقفة أمام البرلمان»: a
/// stand organised is a protest; «وقفة للتأمل» is a pause.
#[test]
fn a_stand_organised_is_a_protest() {
    let doc = super::testkit::real_doc("ونظم عشرات الناشطين ظهر أمس السبت وقفة في ساحة التحرير.");
    let got: Vec<(&str, &str)> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.trigger.text.as_str()))
        .collect();
    assert_eq!(got, vec![("PROTEST", "وقفة")]);
    assert_eq!(
        real_facts("وتعتزم عائلات المعتقلين تنظيم وقفة أمام البرلمان."),
        vec![("PROTEST".to_string(), "planned".to_string())]
    );
    assert!(real_kinds("وقال إنها وقفة للتأمل.").is_empty());
}

/// «ستقاطع الرابطة المؤتمرات»، «قاطعت الأحزاب الانتخابات»: a boycott; «نفى
/// بشكل قاطع» and «عند تقاطع شارع» are none.
#[test]
fn a_boycott_is_a_protest() {
    assert_eq!(real_kinds("وقاطعت الأحزاب الانتخابات."), vec!["PROTEST".to_string()]);
    assert_eq!(
        real_kinds("وأضاف أن الرابطة ستقاطع المؤتمرات الصحفية الحكومية."),
        vec!["PROTEST".to_string()]
    );
    assert!(!real_kinds("ونفت الوزارة بشكل قاطع ما تداولته وسائل الإعلام.").contains(&"PROTEST".to_string()));
    assert!(real_kinds("وتوقفت السيارة عند تقاطع شارع القصر.").is_empty());
}

/// «أُحرقت أربع سيارات وحافلة للنقل الحضري»: the thing struck starts past
/// its conjunction, counted in code points (not «افلة»).
#[test]
fn a_thing_struck_after_a_conjunction_keeps_its_first_letter() {
    let doc =
        super::testkit::real_doc("واندلعت أعمال شغب في حي باب الوادي، حيث أُحرقت أربع سيارات وحافلة للنقل الحضري.");
    let names: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == crate::doc::EntityKind::Facility)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, vec!["حافلة للنقل الحضري"]);
}

/// «نفت الحركة أن تكون قد بادرت بإطلاق النار»، «نفى أن يكون أنصاره قد
/// بدأوا الاشتباك»: denying having fired first is no shooting of its own;
/// «مهربين مسلحين بادروا بإطلاق النار» (told as done) is one.
#[test]
fn denying_having_fired_first_is_no_shooting() {
    assert!(
        !real_kinds("ونفت الحركة أن تكون قد بادرت بإطلاق النار، متهمة الطرف الآخر.").contains(&"ASSAULT".to_string())
    );
    assert!(!real_kinds("ونفى القيادي أن يكون أنصاره قد بدأوا الاشتباك.").contains(&"ASSAULT".to_string()));
    assert_eq!(
        real_kinds("وقال إن الدوريات تعاملت مع مهربين مسلحين بادروا بإطلاق النار على نقطة حدودية."),
        vec!["ASSAULT".to_string()]
    );
}

/// «فكك خبراء المتفجرات عبوة ثانية»، «فككت الشرطة عبوة ناسفة»: a bomb
/// defused is a bombing foiled, and its defusers are no side of it;
/// «فككت الأجهزة الأمنية خلية» is an arrest.
#[test]
fn a_bomb_defused_is_a_bombing_foiled() {
    let doc = super::testkit::real_doc("وفي اليوم التالي، فكك خبراء المتفجرات عبوة ثانية زُرعت تحت جسر.");
    let got: Vec<(&str, &str, &str)> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.trigger.text.as_str(), e.factuality.as_str()))
        .collect();
    assert_eq!(got, vec![("ASSAULT", "عبوة", "foiled")]);
    assert_eq!(
        real_facts("وفككت الشرطة عبوة ناسفة قرب السوق."),
        vec![("ASSAULT".to_string(), "foiled".to_string())]
    );
    let args = real_args("وفككت الشرطة عبوة ناسفة قرب السوق.");
    assert!(args.iter().all(|(_, a, t)| a.is_empty() && t.is_empty()), "{args:?}");
    assert_eq!(
        real_facts("وفككت الأجهزة الأمنية خلية إرهابية."),
        vec![("COERCE".to_string(), "actual".to_string())]
    );
}

/// «فتح بحث قضائي»، «انسحبت القوة بطلب من الوسطاء»: a verb is never
/// written with ب (بحث is a search, not ب + حث «urged»); «حث الوزير» is.
#[test]
fn a_verb_never_takes_a_preposition() {
    assert!(real_kinds("وأعلنت النيابة فتح بحث قضائي في ملابسات الوفاة.").is_empty());
    assert!(!real_kinds("وانسحبت القوة من القرية بطلب من الوسطاء.").contains(&"REQUEST".to_string()));
    assert_eq!(
        real_kinds("وحث الوزير الأطراف على التهدئة."),
        vec!["REQUEST".to_string()]
    );
}

/// «خرج أخي ليطالب بحقه»: what someone went out for is no demand of its
/// own; «طالب المحتجون الحكومة بالتدخل» is one.
#[test]
fn what_someone_went_out_for_is_no_demand() {
    assert!(
        real_kinds("وقال شقيقه: \"خرج أخي ليطالب بحقه في التصويت، فعاد إلينا في كفن\".")
            .iter()
            .all(|k| k != "REQUEST")
    );
    assert_eq!(
        real_kinds("وطالب المحتجون الحكومة بالتدخل."),
        vec!["REQUEST".to_string()]
    );
}

/// «حملنا الأطفال وركضنا»، «لحمل المواد المنهوبة»: حمل carries, with its
/// pronouns and after ل too; it blames only with مسؤولية after it.
#[test]
fn carrying_is_no_blame() {
    assert!(!real_kinds("وقال أحد السكان إنهم حملوا الأطفال وركضوا نحو الطريق.").contains(&"ACCUSE".to_string()));
    assert!(!real_kinds("وقال: \"حملنا الأطفال وركضنا نحو الطريق\".").contains(&"ACCUSE".to_string()));
    assert!(real_kinds("واقتادوا 12 شخصا إلى الغابة لحمل المواد المنهوبة.").is_empty());
    assert_eq!(
        real_kinds("وحمّل الحزب الحكومة مسؤولية الاحتقان."),
        vec!["ACCUSE".to_string()]
    );
}

/// «وفي اليوم التالي، اعتُقل قيادي نقابي»: an event told on a later day of
/// the story is another one, not more of the one before; a lead that sums
/// up the story before its first day is named is not, nor is a wounded man
/// who died the next day.
#[test]
fn a_later_day_of_the_story_is_another_event() {
    let kinds = |text: &str| -> Vec<(String, String)> {
        super::testkit::real_doc_on(text, Some("2022-01-25"))
            .events
            .iter()
            .map(|e| (e.kind.clone(), e.trigger.text.clone()))
            .collect()
    };
    let pair = |k: &str, t: &str| (k.to_string(), t.to_string());
    assert_eq!(
        kinds(
            "وقالت الشرطة أمس الثلاثاء إن 37 شخصا أوقفوا بتهمة التخريب. واعتُقل قيادي نقابي فجر اليوم التالي في منزله."
        ),
        vec![pair("COERCE", "أوقفوا"), pair("COERCE", "اعتُقل")]
    );
    // Without the later day they are one.
    assert_eq!(
        kinds("وقالت الشرطة أمس الثلاثاء إن 37 شخصا أوقفوا بتهمة التخريب. واعتُقل قيادي نقابي في منزله."),
        vec![pair("COERCE", "أوقفوا")]
    );
    let doc = super::testkit::real_doc_on(
        "أصيب ثلاثة أشخاص في هجوم شنه مسلحون مساء الخميس على حافلة. وأعلنت مصادر طبية، في اليوم التالي، وفاة شاب متأثرا بجروح بليغة في الرأس.",
        Some("2022-01-25"),
    );
    assert_eq!(
        doc.events.iter().filter(|e| e.kind == "ASSAULT").count(),
        1,
        "{:?}",
        doc.events
    );
}

/// «استهدفت غارة ثانية أطراف البلدة»: the "second" strike is the subject of
/// the verb before it, one event with it.
#[test]
fn another_strike_is_one_with_its_verb() {
    let doc = super::testkit::real_doc_on(
        "وقُتل 11 شخصا في غارة جوية على السوق مساء الأحد. وفي اليوم التالي، استهدفت غارة ثانية أطراف بلدة أكوبو.",
        Some("2022-01-25"),
    );
    let got: Vec<(&str, usize)> = doc
        .events
        .iter()
        .map(|e| (e.trigger.text.as_str(), e.mentions))
        .collect();
    assert_eq!(got, vec![("غارة جوية", 2), ("استهدفت", 2)]);
}

/// «جاءت بعد يومين من اشتباك»: the event after «بعد مدة من» is that long
/// before the date of its sentence: the date the text names for that day,
/// not the sentence's.
#[test]
fn an_event_some_days_before_takes_that_day() {
    let times = |text: &str| -> Vec<(String, Option<String>)> {
        let doc = super::testkit::real_doc_on(text, Some("2022-01-26"));
        doc.events
            .iter()
            .map(|e| {
                let t = e.time.as_ref().and_then(|id| doc.times.iter().find(|t| &t.id == id));
                (e.trigger.text.clone(), t.and_then(|t| t.value.clone()))
            })
            .collect()
    };
    let day = |t: &str, v: &str| (t.to_string(), Some(v.to_string()));
    assert_eq!(
        times(
            "قُتل شخص في اشتباك مسلح داخل المخيم ليل الأحد. وقال المسؤول أمس الثلاثاء إن عملية التسليم جاءت بعد يومين من اشتباك مسلح داخل المخيم."
        ),
        vec![day("اشتباك مسلح", "2022-01-23"), day("اشتباك مسلح", "2022-01-23")]
    );
}

/// «مقتل ضابط برصاص مسلحين»: the killing names the event, the gunfire
/// after ب is what it was done with, for a noun as for a verb.
#[test]
fn a_killing_noun_leads_the_gunfire_it_was_done_with() {
    let doc = super::testkit::real_doc_on(
        "وتعيد الحادثة إلى الأذهان مقتل ضابط برصاص مسلحين في 15 كانون الأول/ديسمبر 2022 خلال احتجاجات.",
        Some("2022-01-26"),
    );
    let got: Vec<(&str, &str)> = doc
        .events
        .iter()
        .filter(|e| e.kind == "ASSAULT")
        .map(|e| (e.kind.as_str(), e.trigger.text.as_str()))
        .collect();
    assert_eq!(got, vec![("ASSAULT", "مقتل")]);
}

/// «أسقطت، الثلاثاء، خمس طائرات مسيّرة»: a date set off by commas stands
/// between the verb and the drone it shot down; «قطع عشرات الصيادين، صباح
/// السبت، الطريق» between the verb and the road.
#[test]
fn a_date_between_commas_stands_apart_from_the_object() {
    assert_eq!(
        real_facts("وقالت القيادة إن مدمرة تابعة للبحرية أسقطت، الثلاثاء، خمس طائرات مسيّرة."),
        vec![("ASSAULT".to_string(), "foiled".to_string())]
    );
    assert_eq!(
        real_kinds("وقطع عشرات الصيادين وذويهم، صباح السبت، الطريق المؤدي إلى الميناء."),
        vec!["PROTEST".to_string()]
    );
}

/// «في ضربة شنتها القوات الأمريكية»: a noun that is an event only as a
/// light verb's object is one before the light verb that carries it too;
/// the boat it struck «قبالة السواحل» is a boat, not «قارب قبالة».
#[test]
fn a_strike_carried_out_after_it_is_an_event() {
    let doc = super::testkit::real_doc("قُتل ستة أشخاص في ضربة شنتها القوات الأمريكية على قارب قبالة سواحل ولاية سوكري.");
    let got: Vec<(&str, Option<f64>)> = doc.events.iter().map(|e| (e.trigger.text.as_str(), e.dead)).collect();
    assert_eq!(got, vec![("ضربة", Some(6.0))]);
    assert!(
        doc.entities.iter().all(|e| e.name != "قارب قبالة"),
        "{:?}",
        doc.entities
    );
    assert!(real_kinds("وتلقى ضربة على رأسه.").is_empty());
}

/// «أصيب ثلاثة جنود من قوة دفاع غيانا … عندما فتح مسلحون النار»: the
/// country a body belongs to is not where the shooting was; the wounded
/// are the shooting's.
#[test]
fn a_bodys_country_is_not_the_place() {
    let doc = super::testkit::real_doc(
        "أصيب ثلاثة جنود من قوة دفاع غيانا فجر الخميس، عندما فتح مسلحون النار على زورق دورية في نهر كويوني.",
    );
    let got: Vec<(&str, Option<f64>)> = doc
        .events
        .iter()
        .map(|e| (e.trigger.text.as_str(), e.injured))
        .collect();
    assert_eq!(got, vec![("فتح", Some(3.0))]);
}

/// «جاء التدخل بعد رفض المشاركين الامتثال»، «بعد إدانتهم»: right after a
/// noun or particle that names an event in passing (بعد، قضية، ذكرى), with
/// no clitic of its own, a trigger's form is the verbal noun, not a verb.
#[test]
fn after_a_word_naming_in_passing_a_form_is_a_noun() {
    assert!(real_kinds("وقالت الشرطة إن التدخل جاء بعد رفض المشاركين الامتثال لقرار المنع.").is_empty());
    assert_eq!(
        real_kinds("ورفض المشاركون الامتثال لقرار المنع."),
        vec!["REJECT".to_string()]
    );
    assert_eq!(
        real_kinds("وأعدم ثلاثة سجناء بعد إدانتهم بالبغي."),
        vec!["ASSAULT".to_string()]
    );
    // (بحرية is no حرية: a particle on the word before.)
    assert_eq!(
        real_kinds("وقالت إن دورية بحرية ضبطت الزورقين داخل المياه الإقليمية."),
        vec!["COERCE".to_string()]
    );
}

/// «أمر قبض صادر عن النيابة»: issued by, not confiscated; «صادر الجيش
/// ثلاث شاحنات» is a seizure.
#[test]
fn issued_by_is_no_seizure() {
    assert_eq!(
        real_kinds("وقالت إنه اعتُقل بموجب أمر قبض صادر عن النيابة."),
        vec!["COERCE".to_string()]
    );
    assert_eq!(
        real_kinds("وصادر الجيش ثلاث شاحنات من المهربين."),
        vec!["COERCE".to_string()]
    );
    assert!(real_kinds("واستند إلى قرار صادر من المحكمة.").is_empty());
}

/// «أماكن احتجاز الموقوفين»، «تفاهم وقف إطلاق النار»: where or by what an
/// event is done names it in passing; it is no event of its own.
#[test]
fn where_and_by_what_name_an_event_in_passing() {
    assert_eq!(
        real_kinds("وطالبت المنظمة السلطات بالكشف عن أماكن احتجاز الموقوفين."),
        vec!["REQUEST".to_string()]
    );
    assert!(real_kinds("وقال الجيش إن القوات الباكستانية انتهكت تفاهم وقف إطلاق النار دون أي استفزاز.").is_empty());
    assert_eq!(
        real_kinds("واحتجزت الشرطة عشرة أشخاص في مركز الشرطة."),
        vec!["COERCE".to_string()]
    );
}

/// «أدانت الجمعية …، داعية إلى مسيرة»: a call for a protest with no side
/// of its own is the protest planned, organised by the caller, whoever the
/// sentence reads the call's side as.
#[test]
fn a_call_for_a_protest_is_the_protest() {
    let doc = super::testkit::real_doc(
        "وأدانت الجمعية المغربية لحقوق الإنسان إطلاق النار، داعية إلى مسيرة نحو الشريط الحدودي يوم الأربعاء.",
    );
    let got: Vec<(&str, &str, usize)> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.factuality.as_str(), e.actors.len()))
        .collect();
    assert_eq!(got, vec![("ACCUSE", "actual", 1), ("PROTEST", "planned", 1)]);
}

/// «اعتصاما نظمه عشرات العمال …، احتجاجا على»: a light verb with its
/// object pronoun has its object; the protest noun past the comma after it
/// is not carried by it, and takes no side from the sentence's subject.
#[test]
fn a_light_verb_with_its_object_pronoun_carries_no_noun_past_a_comma() {
    assert_eq!(
        real_args(
            "فضّت الشرطة الأردنية، مساء الجمعة، اعتصاما نظمه عشرات العمال أمام مقر الشركة في مدينة الزرقاء، احتجاجا على تأخر الرواتب."
        ),
        vec![("PROTEST".to_string(), s(&["عشرات العمال"]), vec![])]
    );
}

/// «اعتُقل الصحفي خالد الدرويش»: a verb vowelled as a passive has the
/// name after it as whom it was done to, titled or not.
#[test]
fn a_vowelled_passive_takes_the_name_after_it_as_its_target() {
    assert_eq!(
        real_args("وفي تطور آخر، اعتُقل الصحفي خالد الدرويش، صباح الأحد، في منزله بمدينة الزرقاء."),
        vec![("COERCE".to_string(), vec![], s(&["خالد الدرويش"]))]
    );
    // Unvowelled, the same letters keep the active reading.
    assert_eq!(
        real_args("وفي تطور آخر، اعتقل الجيش الأردني خالد الدرويش في منزله بمدينة الزرقاء."),
        vec![(
            "COERCE".to_string(),
            s(&["القوات المسلحة الأردنية"]),
            s(&["خالد الدرويش"])
        )]
    );
}

/// «إن الطرفين اتفقا»، «دعت الأمم المتحدة الطرفين»: a definite dual is
/// the two sides of the fight told of last, as subject or as object.
#[test]
fn the_two_sides_stand_for_the_sides_of_the_fight_before() {
    assert_eq!(
        real_args(
            "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الفاشر. وقال المتحدث إن الطرفين اتفقا على سحب قواتهما."
        ),
        vec![
            (
                "ASSAULT".to_string(),
                s(&["القوات المسلحة السودانية", "قوات الدعم السريع"]),
                vec![]
            ),
            (
                "AGREE".to_string(),
                s(&["القوات المسلحة السودانية", "قوات الدعم السريع"]),
                vec![]
            ),
            (
                "RETREAT".to_string(),
                s(&["القوات المسلحة السودانية", "قوات الدعم السريع"]),
                vec![]
            )
        ]
    );
    assert_eq!(
        real_args("اشتبك الجيش اللبناني مع مسلحين من حزب الله، ودعت الأمم المتحدة الطرفين إلى ضبط النفس."),
        vec![
            ("ASSAULT".to_string(), s(&["الجيش اللبناني"]), s(&["حزب الله"])),
            (
                "REQUEST".to_string(),
                s(&["الأمم المتحدة"]),
                s(&["الجيش اللبناني", "حزب الله"])
            )
        ]
    );
    // Some of each side are no side: «من الطرفين».
    assert_eq!(
        real_args("وقُتل العشرات من الطرفين في الاشتباكات بين قوات سوريا الديمقراطية ومسلحي العشائر."),
        vec![(
            "ASSAULT".to_string(),
            s(&["قوات سوريا الديمقراطية", "قوات العشائر العربية"]),
            vec![]
        )]
    );
}

/// «أضرم عشرات الشبان النار …، احتجاجا على البطالة»: unnamed people
/// burning in protest riot (one PROTEST); armed men doing so still attack.
#[test]
fn unnamed_people_burning_in_protest_riot() {
    let doc = super::testkit::real_doc(
        "أضرم عشرات الشبان النار في مقر البلدية بمدينة القصرين، مساء الأحد، احتجاجا على البطالة.",
    );
    let got: Vec<(&str, Option<&str>)> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.mode.as_deref()))
        .collect();
    assert_eq!(got, vec![("PROTEST", Some("riot"))]);
    let doc = super::testkit::real_doc(
        "أضرم مسلحون النار في مقر البلدية بمدينة القصرين، مساء الأحد، احتجاجا على اعتقال قائدهم.",
    );
    assert_eq!(doc.events.first().map(|e| e.kind.as_str()), Some("ASSAULT"));
}

/// «ودعت النقابات إلى إضراب»، «داعيا أنصاره إلى التظاهر»: unnamed callers
/// (or those they call on) are the side of a protest called for.
#[test]
fn unnamed_callers_are_the_side_of_a_protest_called_for() {
    assert_eq!(
        real_args("ودعت النقابات إلى إضراب جديد لمدة 48 ساعة الشهر المقبل."),
        vec![("PROTEST".to_string(), s(&["النقابات"]), vec![])]
    );
    assert_eq!(
        real_args("ودعا أنصاره إلى التظاهر يوم السبت المقبل."),
        vec![("PROTEST".to_string(), s(&["أنصاره"]), vec![])]
    );
    // A singular between the call and إلى is no side (في بيان is none either).
    assert_eq!(
        real_args("ودعا في بيان إلى إضراب عام يوم السبت المقبل."),
        vec![("PROTEST".to_string(), vec![], vec![])]
    );
}

/// «فرّقت الشرطة … مئات العمال الذين قطعوا الطريق»: the force that broke
/// up a protest did not hold it; the people counted did, and the dispersal
/// befell them.
#[test]
fn the_people_a_dispersal_broke_up_held_the_protest() {
    assert_eq!(
        real_args(
            "فرّقت الشرطة المصرية، مساء الاثنين، بالغاز المسيل للدموع مئات العمال الذين قطعوا الطريق أمام المصنع في مدينة السويس."
        ),
        vec![
            ("ASSAULT".to_string(), s(&["الشرطة المصرية"]), s(&["مئات العمال"])),
            ("PROTEST".to_string(), s(&["مئات العمال"]), vec![])
        ]
    );
}

/// «بعد معارك عنيفة في آذار 2021 قُتل فيها نحو مئتي مقاتل»: a killing
/// whose resumptive pronoun follows an event noun and its words, with no
/// comma or relative, is that event's toll.
#[test]
fn a_resumptive_killing_right_after_an_event_noun_is_its_toll() {
    assert_eq!(
        real_counts("وجاء الاتفاق بعد معارك عنيفة في آذار 2021 قُتل فيها نحو مئتي مقاتل."),
        vec![("ASSAULT".to_string(), "معارك عنيفة".to_string(), Some(200.0), None)]
    );
}
