//! Event arguments read with the shipped data, on sentences written for
//! these tests: who acted, what was hit, how, and what it cost.

use marsad_core::{Document, Extractor, Meta};
use std::sync::OnceLock;

fn extract(text: &str) -> Document {
    extract_published(text, None)
}

/// The document as read with a publication date (`None`: none given).
fn extract_published(text: &str, published: Option<&str>) -> Document {
    static E: OnceLock<Extractor> = OnceLock::new();
    let meta = Meta {
        published: published.map(str::to_string),
        ..Meta::default()
    };
    E.get_or_init(|| Extractor::new().expect("resources load"))
        .extract(text, &meta)
        .expect("extract")
}

/// The target names of the first attack in `text`.
fn attack_targets(text: &str) -> Vec<String> {
    let doc = extract(text);
    let attack = doc.events.iter().find(|e| e.kind == "ASSAULT").expect("an attack");
    attack.targets.iter().map(|t| name(&doc, t)).collect()
}

fn name(doc: &Document, id: &str) -> String {
    doc.entities
        .iter()
        .find(|e| e.id == id)
        .map_or(String::new(), |e| e.name.clone())
}

/// (type, mode, actors, targets, dead, injured) of each event.
type Row = (
    String,
    Option<String>,
    Vec<String>,
    Vec<String>,
    Option<f64>,
    Option<f64>,
);

fn rows(text: &str) -> Vec<Row> {
    let doc = extract(text);
    doc.events
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.mode.clone(),
                e.actors.iter().map(|a| name(&doc, a)).collect(),
                e.targets.iter().map(|t| name(&doc, t)).collect(),
                e.dead,
                e.injured,
            )
        })
        .collect()
}

/// The one event of type `kind` in `text` (exactly one).
fn one_of(text: &str, kind: &str) -> Row {
    let r = rows(text);
    let of_kind: Vec<&Row> = r.iter().filter(|x| x.0 == kind).collect();
    assert_eq!(of_kind.len(), 1, "{r:?}");
    of_kind[0].clone()
}

/// The actors of the one event of type `kind` in `text`.
fn actors_of_one(text: &str, kind: &str) -> Vec<String> {
    one_of(text, kind).2
}

/// The types of the events in `text`.
fn kinds(text: &str) -> Vec<String> {
    rows(text).into_iter().map(|x| x.0).collect()
}

/// The (type, mode) of the events in `text`.
fn kinds_modes(text: &str) -> Vec<(String, Option<String>)> {
    rows(text).into_iter().map(|x| (x.0, x.1)).collect()
}

/// The side named in the subject of a cue of foiling (تصدّت الدفاعات
/// الجوية للجيش) stopped the attack: it is no actor of it.
#[test]
fn the_side_that_repelled_an_attack_is_not_its_actor() {
    let r = rows("تصدّت الدفاعات الجوية للجيش اللبناني لهجوم بالمسيّرات على مطار المدينة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.is_empty(), "{r:?}");
}

/// What a result clause counts (ما أدى إلى اندلاع حريق ومقتل عاملين) is the
/// attack before it, not the one the next clause names.
#[test]
fn a_result_clause_counts_the_attack_before_it() {
    let r = rows(
        "قصفت طائرات حربية، فجر الثلاثاء، مخازن للحبوب في ميناء المدينة، ما أدى إلى اندلاع حريق ضخم \
         ومقتل عاملين اثنين، في حين تصدّت الدفاعات الجوية لهجوم ثانٍ على المطار صباح اليوم.",
    );
    let counted: Vec<_> = r.iter().filter(|x| x.4.is_some()).map(|x| (x.1.clone(), x.4)).collect();
    assert_eq!(counted.len(), 1, "{r:?}");
    assert_eq!(counted[0].1, Some(2.0), "{r:?}");
    assert_ne!(r.last().map(|x| x.4), Some(Some(2.0)), "{r:?}");
}

/// Kamikaze drones are drones, not suicide bombers; a phrase's adjectives
/// take the article with its noun (الهجوم الانتحاري، المسيرات الانتحارية).
#[test]
fn definite_phrases_and_kamikaze_drones() {
    let modes = |t: &str| rows(t).into_iter().map(|x| x.1).collect::<Vec<_>>();
    assert_eq!(
        modes("أطلقت الميليشيا سربا من المسيّرات الانتحارية على المدينة."),
        vec![Some("drone".to_string())]
    );
    assert_eq!(
        modes("ونفذ الهجوم الانتحاري شاب في العشرين من عمره."),
        vec![Some("suicide-attack".to_string())]
    );
}

/// A date after a one-word name (مطار المدينة صباح اليوم) is not the rest
/// of the name.
#[test]
fn a_date_is_not_the_rest_of_a_facility_name() {
    let doc = extract("وهاجمت المسيّرات مستشفى المدينة مساء اليوم.");
    let names: Vec<_> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["مستشفى المدينة"]);
}

/// A threat made in a participle after a statement (متوعدا، ملوحا) is
/// THREATEN; «يلوح في الأفق» (looms) is none.
#[test]
fn threats_in_participles() {
    assert_eq!(
        kinds("وقال المتحدث باسم الجيش إن الهجوم لن يمر دون رد، متوعدا بمزيد من الضربات."),
        vec!["THREATEN".to_string()]
    );
    assert!(kinds("وأكد الوزير أن بلاده سترد، ملوحا باستهداف مواقع الجماعة.").contains(&"THREATEN".to_string()));
    assert!(
        kinds("ويلوح في الأفق اتفاق جديد بين الطرفين.")
            .iter()
            .all(|k| k != "THREATEN")
    );
}

/// A feminine participle after a comma (، مطالبة X بـ) goes on with the
/// sentence's subject, even past the complementizer of a quote, where the
/// subject is the quote's speaker.
#[test]
fn a_feminine_demanding_participle_goes_on_with_the_subject() {
    assert_eq!(
        actors_of_one(
            "وأدانت منظمة العفو الدولية الاعتقالات، مطالبة الحكومة المصرية بالإفراج عن الناشطين.",
            "REQUEST"
        ),
        vec!["منظمة العفو الدولية".to_string()]
    );
    assert_eq!(
        actors_of_one(
            "وقالت نقابة المحامين الأردنيين إن محاميا تعرض للضرب في عمّان، مطالبة بمحاسبة المسؤولين.",
            "REQUEST"
        ),
        vec!["نقابة المحامين الأردنيين".to_string()]
    );
}

/// Clashes with no side of their own were fought by the sides a truce in
/// the same sentence names with بين.
#[test]
fn clashes_take_the_sides_of_the_truce_that_ended_them() {
    assert_eq!(
        actors_of_one(
            "وأعلنت الحكومة التوصل إلى اتفاق لوقف إطلاق النار بين «لواء الصمود» و«كتيبة الفاروق» في مدينة حمص، \
             بعد اشتباكات عنيفة اندلعت فجر السبت.",
            "ASSAULT"
        ),
        vec!["لواء الصمود".to_string(), "كتيبة الفاروق".to_string()]
    );
}

/// An office of a named body with its holder between commas (رئيس بلدية
/// زحلة، سليم أبو شقرا،): the holder acts, not the body.
#[test]
fn the_holder_of_a_bodys_office_acts() {
    assert_eq!(
        actors_of_one(
            "وحمّل رئيس بلدية زحلة، سليم أبو شقرا، الأجهزة الأمنية مسؤولية التراخي في ملاحقة الخاطفين.",
            "ACCUSE"
        ),
        vec!["سليم أبو شقرا".to_string()]
    );
}

/// An intercepted ballistic missile is an attack that was foiled, by the
/// side that launched it, not by the one that intercepted it.
#[test]
fn an_intercepted_ballistic_missile_is_a_foiled_attack() {
    let doc = extract("اعترضت الدفاعات الجوية صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة نجران.");
    let evs: Vec<_> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.mode.as_deref(), e.factuality.as_str()))
        .collect();
    assert_eq!(evs, vec![("ASSAULT", Some("heavy-weapons"), "foiled")]);
}

/// «لن نقف مكتوفي الأيدي» is a threat, not a denial; in someone's words it
/// is the speaker's, and it joins the vow of its sentence.
#[test]
fn standing_idly_by_is_a_threat_of_the_speaker() {
    let r = rows("وقال الحزب الديمقراطي الكردستاني إنه لن يقف مكتوف الأيدي أمام هذه الاعتداءات.");
    assert_eq!(
        r.iter().map(|x| (x.0.as_str(), x.2.clone())).collect::<Vec<_>>(),
        vec![("THREATEN", vec!["الحزب الديمقراطي الكردستاني".to_string()])]
    );
    let doc = extract("وقال الحزب الديمقراطي الكردستاني إنه لن يقف مكتوف الأيدي أمام هذه الاعتداءات.");
    assert_eq!(doc.events[0].factuality, "actual");
    let r =
        rows("وتوعّد القيادي في المجلس العسكري، سامر الحسن، بالرد، قائلا: «لن نقف مكتوفي الأيدي أمام استهداف رفاقنا».");
    assert_eq!(r.iter().filter(|x| x.0 == "THREATEN").count(), 1, "{r:?}");
}

/// Threat idioms (نحتفظ بحق الرد، لن نتردد في، العودة إلى الشارع) are
/// threats; a condition on a threat («إذا لم … فسنعود إلى الشارع») does not
/// make it hypothetical.
#[test]
fn threat_idioms_and_conditional_threats() {
    let facts = |t: &str| {
        extract(t)
            .events
            .iter()
            .map(|e| (e.kind.clone(), e.factuality.clone()))
            .collect::<Vec<_>>()
    };
    let threat = || vec![("THREATEN".to_string(), "actual".to_string())];
    assert_eq!(facts("وقالت القيادة إنها تحتفظ بحق الرد في الوقت المناسب."), threat());
    assert_eq!(facts("وقال الجيش إنه لن يتردد في ضرب مخابئ المسلحين."), threat());
    assert_eq!(
        facts("وقال أحد المنظمين: إذا لم تنفذ الحكومة وعودها فسنعود إلى الشارع."),
        threat()
    );
}

/// «دفع بتعزيزات»: دفع carries the reinforcements as a light verb does,
/// and its subject sent them.
#[test]
fn sending_reinforcements_by_a_light_verb() {
    assert_eq!(
        rows("ودفع الجيش العراقي بتعزيزات عسكرية إلى قضاء الزبير.")
            .into_iter()
            .map(|x| (x.0, x.2))
            .collect::<Vec<_>>(),
        vec![("MOBILIZE".to_string(), vec!["الجيش العراقي".to_string()])]
    );
}

/// Maghreb «أوقفت الوحدات الأمنية 9 شبان»: security units stopping people is
/// an arrest, with its size.
#[test]
fn security_units_stopping_people_is_an_arrest() {
    let doc = extract("أوقفت الوحدات الأمنية، ليلة أمس، 9 شبان في مدينة القصرين.");
    let evs: Vec<_> = doc
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.mode.as_deref(), e.size))
        .collect();
    assert_eq!(evs, vec![("COERCE", Some("arrest"), Some(9.0))]);
}

/// «توصلت X و Y، مساء أمس، إلى اتفاق»: توصّل carries the agreement as a
/// light verb, its subjects are the sides, and a date between does not
/// part them.
#[test]
fn reaching_an_agreement_names_its_sides() {
    let actors = |t: &str| rows(t).into_iter().map(|x| (x.0, x.2.len())).collect::<Vec<_>>();
    assert_eq!(
        actors("وتوصلت الحكومة السورية وقوات سوريا الديمقراطية إلى اتفاق لتبادل الأسرى."),
        vec![("AGREE".to_string(), 2)]
    );
    assert_eq!(
        actors("وتوصلت الحكومة السورية وقوات سوريا الديمقراطية، مساء أمس الثلاثاء، إلى اتفاق لتبادل الأسرى."),
        vec![("AGREE".to_string(), 2)]
    );
}

/// What protesters demand in their protest's sentence (مطالبين بـ، للمطالبة
/// بـ) is the protest's demand, no request of its own; a body's demand in
/// a sentence of its own stays one.
#[test]
fn a_protests_demand_is_part_of_the_protest() {
    assert_eq!(
        kinds("وتظاهر مئات المعلمين أمام مقر الوزارة في العاصمة الرباط، مطالبين برفع الأجور."),
        vec!["PROTEST".to_string()]
    );
    assert_eq!(
        kinds(
            "وتظاهر مئات المعلمين أمام مقر الوزارة في العاصمة الرباط. وطالبت النقابة الوطنية للتعليم الحكومة بفتح الحوار."
        ),
        vec!["PROTEST".to_string(), "REQUEST".to_string()]
    );
}

/// «نعى الجنود القتلى»، «تفقّد الجرحى»: the dead and the wounded named
/// with the article, with no figure and no one who hurt them, make no
/// event; a toll with its figure still does.
#[test]
fn the_dead_named_with_the_article_make_no_event() {
    assert!(rows("ونعى المحافظ الجنود القتلى، وتفقّد الجرحى في المستشفى.").is_empty());
    let r = rows("وقُتل ثلاثة جنود في هجوم على حاجز للجيش قرب المدينة.");
    assert_eq!(r.iter().filter_map(|x| x.4).collect::<Vec<_>>(), vec![3.0], "{r:?}");
}

/// «حرب بين X و Y» is fighting between the sides it names; «الحرب على
/// الإرهاب» is none.
#[test]
fn a_war_between_sides_is_a_clash() {
    assert_eq!(
        kinds_modes("وتدور منذ عامين حرب بين الجيش السوداني وقوات الدعم السريع."),
        vec![("ASSAULT".to_string(), Some("clash".to_string()))]
    );
    assert!(kinds_modes("وتحدث الوزير عن الحرب على الإرهاب.").is_empty());
}

/// «، مهددة بالرد»: a feminine participle of threat after a comma and
/// before ب goes on with the subject and is a threat, outside the denial
/// before the comma; «مهددة بالعطش» without the comma is «endangered».
#[test]
fn a_feminine_participle_of_threat_after_a_comma() {
    let facts = |t: &str| {
        extract(t)
            .events
            .iter()
            .map(|e| (e.kind.clone(), e.factuality.clone()))
            .collect::<Vec<_>>()
    };
    let found = facts("ونفت الحكومة أن تكون قواتها قد بادرت بالهجوم، مهددة بالرد بحزم على أي خرق جديد.");
    assert!(
        found.contains(&("THREATEN".to_string(), "actual".to_string())),
        "{found:?}"
    );
    assert!(facts("وأصبحت عشرات القرى مهددة بالعطش بسبب الجفاف.").is_empty());
}

/// A release asked for («للمطالبة بإطلاق سراح الموقوفين») is the demand's
/// content, not a release that happened; one that happened still is.
#[test]
fn a_release_asked_for_is_no_release() {
    assert!(
        !kinds_modes("ودعا أعيان المدينة إلى وقفة احتجاجية أمام مقر البلدية للمطالبة بإطلاق سراح الموقوفين.")
            .iter()
            .any(|k| k.1.as_deref() == Some("release"))
    );
    assert!(
        kinds_modes("وأطلقت السلطات سراح الصحفيين الثلاثة مساء أمس.")
            .iter()
            .any(|k| k.1.as_deref() == Some("release"))
    );
}

/// The targets of the one event of type `kind`, with the label and the
/// category of each target's ref.
fn group_targets(text: &str, kind: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let doc = extract(text);
    let of_kind: Vec<_> = doc.events.iter().filter(|e| e.kind == kind).collect();
    assert_eq!(of_kind.len(), 1, "{:?}", doc.events);
    of_kind[0]
        .targets
        .iter()
        .filter_map(|t| doc.entities.iter().find(|e| &e.id == t))
        .map(|e| {
            let r = e.reference.as_ref();
            (
                e.name.clone(),
                r.and_then(|r| r.label_en.clone()),
                r.and_then(|r| r.category.clone()),
            )
        })
        .collect()
}

/// Unnamed people an arrest, an abduction or a release took are its
/// target: a group made for it, with its nisba adjectives or a noun
/// joined to it; protesters counted are Protesters, others Civilians.
#[test]
fn counted_people_taken_are_the_target() {
    let civ = |n: &str| {
        (
            n.to_string(),
            Some("Civilians".to_string()),
            Some("civilians".to_string()),
        )
    };
    assert_eq!(
        group_targets("اعتقلت الشرطة أمس سبعة عمال مصريين في المصنع.", "COERCE"),
        vec![civ("سبعة عمال مصريين")]
    );
    assert_eq!(
        group_targets("خطف مسلحون مجهولون 14 امرأة وفتاة من قرية نائية.", "ASSAULT"),
        vec![civ("14 امرأة وفتاة")]
    );
    assert_eq!(
        group_targets("وأفرجت السلطات صباح اليوم عن خمسة من الموقوفين.", "RETREAT"),
        vec![civ("الموقوفين")]
    );
    assert_eq!(
        group_targets("واعتقلت قوات الأمن ما لا يقل عن 40 متظاهرا.", "COERCE"),
        vec![(
            "40 متظاهرا".to_string(),
            Some("Protesters".to_string()),
            Some("protesters".to_string())
        )]
    );
}

/// Counted members of a body named after them: the body is the target,
/// and no group is made.
#[test]
fn counted_members_of_a_body_are_the_body() {
    let text = "واعتقلت قوات الأمن ستة عناصر من تنظيم داعش في الموصل.";
    assert_eq!(one_of(text, "COERCE").3, vec!["داعش".to_string()]);
    let doc = extract(text);
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("ستة")),
        "{:?}",
        doc.entities
    );
}

/// A count of things (houses), a count of people named before it
/// (وعددهم), and a named target make no group.
#[test]
fn no_group_for_things_antecedents_or_named_targets() {
    for text in [
        "داهمت قوات الاحتلال 15 منزلا في البلدة.",
        "وأفرجت الجماعة عن الدفعة الأولى من الرهائن، وعددهم 9 أشخاص.",
        "واعتقلت الشرطة المصرية الناشط أحمد سالم وثلاثة أشخاص آخرين.",
    ] {
        let doc = extract(text);
        assert!(
            doc.entities
                .iter()
                .all(|e| e.reference.as_ref().and_then(|r| r.category.as_deref()) != Some("civilians")),
            "{text}: {:?}",
            doc.entities
        );
    }
}

/// Entity ids stay in order of first mention once groups are added, and
/// every reference follows the renumbering.
#[test]
fn groups_keep_entity_ids_in_order() {
    let doc = extract("أعلنت الشرطة المصرية توقيف 12 شخصا في القاهرة، وقال المتحدث باسم الشرطة إن التحقيق جار.");
    let starts: Vec<usize> = doc
        .entities
        .iter()
        .map(|e| e.mentions.iter().map(|m| m.start).min().unwrap_or(0))
        .collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted);
    for (k, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, format!("E{}", k + 1));
    }
    let coerce = doc.events.iter().find(|e| e.kind == "COERCE").expect("an arrest");
    assert_eq!(
        coerce.targets.iter().map(|t| name(&doc, t)).collect::<Vec<_>>(),
        vec!["12 شخصا".to_string()]
    );
    assert_eq!(
        coerce.location.as_deref().map(|l| name(&doc, l)),
        Some("القاهرة".to_string())
    );
    let group = doc.entities.iter().find(|e| e.name == "12 شخصا").expect("the group");
    assert_eq!(
        group.reference.as_ref().and_then(|r| r.label_en.as_deref()),
        Some("Civilians (Egypt)")
    );
    for q in &doc.quotes {
        for id in q.speaker.iter().chain(q.affiliation.iter()) {
            assert!(doc.entities.iter().any(|e| &e.id == id), "{id}");
        }
    }
}

/// What a demand asks for (an expulsion, a withdrawal) is its content,
/// not an event; a threat «at gunpoint» is none; طالب among the victims
/// is a student.
#[test]
fn demanded_contents_gunpoint_and_students_make_no_event() {
    assert_eq!(
        kinds("وطالبت الأحزاب المعارضة الحكومة بإغلاق القنصلية وطرد السفير الفرنسي."),
        vec!["REQUEST".to_string()]
    );
    assert_eq!(
        kinds("وقال البحارة إن مسلحين صعدوا إلى المركب تحت تهديد السلاح."),
        Vec::<String>::new()
    );
    let r = rows("وأصيب ستة أشخاص في الحادث، من بينهم طالب في المرحلة الإعدادية.");
    assert!(r.iter().all(|x| x.0 != "REQUEST"), "{r:?}");
}

/// A condemnation voiced by the protest in its sentence is part of it.
#[test]
fn a_protests_condemnation_is_part_of_it() {
    let r = rows("وتظاهر مئات الطلاب أمام مبنى البرلمان تنديدا بالغلاء.");
    let kinds: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(kinds, vec!["PROTEST"], "{r:?}");
}

/// Participles and forms the trigger lexicon lacked: داعية after a comma
/// (elsewhere a preacher), محمّلا with مسؤولية, the subjunctive يفرجوا,
/// the verbal noun مهاجمة, and مواجهات between sides (alone, none).
#[test]
fn participles_subjunctives_and_confrontations_between_sides() {
    let k = |t: &str, m: Option<&str>| (t.to_string(), m.map(str::to_string));
    assert_eq!(
        kinds_modes("وأكدت الوزارة أن الوقود في طريقه إلى المدينة، داعية السكان إلى التعاون مع الأجهزة."),
        vec![k("REQUEST", None)]
    );
    assert_eq!(
        kinds_modes("وألقى الداعية المعروف خطبة الجمعة في المسجد الكبير."),
        Vec::<(String, Option<String>)>::new()
    );
    assert_eq!(
        kinds_modes("وهدد الحراك بإغلاق الحقل، محمّلا الحكومة مسؤولية تدهور الخدمات."),
        vec![k("THREATEN", None), k("ACCUSE", Some("allege"))]
    );
    let r = kinds_modes("واحتجز القراصنة السفينة شهرا قبل أن يُفرجوا عنها مقابل فدية.");
    assert!(r.contains(&k("RETREAT", Some("release"))), "{r:?}");
    assert_eq!(
        kinds_modes("وحاول مسلحون مهاجمة ناقلة نفط قبالة السواحل."),
        vec![k("ASSAULT", None)]
    );
    assert_eq!(
        kinds_modes("وشهدت القرية مواجهات مماثلة بين العائلتين في عام 2021."),
        vec![k("ASSAULT", Some("clash"))]
    );
    assert_eq!(
        kinds_modes("وتحدث الوزير عن مواجهات سياسية في البرلمان."),
        Vec::<(String, Option<String>)>::new()
    );
}

/// A person's denial is an event (a lawyer for the detained), a
/// commentator's is an opinion.
#[test]
fn a_persons_denial_is_an_event_unless_a_commentators() {
    assert!(
        kinds("ونفت المحامية سلمى الخطيب أن يكون موكلوها قد اعتدوا على رجال الأمن.").contains(&"REJECT".to_string())
    );
    assert_eq!(
        kinds("ونفى المحلل السياسي سامي العلي أن يكون الجيش قادرا على الحسم."),
        Vec::<String>::new()
    );
}

/// A protest with no side named is by the people counted in its sentence,
/// or by the protesters the text names; a count of weapons is no one.
#[test]
fn counted_people_stage_a_protest() {
    assert_eq!(
        actors_of_one(
            "ونظم العشرات من أهالي القرية وقفة احتجاجية في ساحتها الرئيسية.",
            "PROTEST"
        ),
        vec!["العشرات من أهالي القرية".to_string()]
    );
    assert_eq!(
        actors_of_one(
            "فرّقت الشرطة اعتصاما نفّذه عشرات المودعين أمام مبنى المصرف. وقال المحتجون إنهم سيعودون.",
            "PROTEST"
        ),
        vec!["المحتجون".to_string()]
    );
    let doc = extract("وضبطت الشرطة ست بنادق آلية في منزل المتهم.");
    assert!(
        doc.events.iter().all(|e| e.targets.is_empty() && e.size.is_none()),
        "{:?}",
        doc.events
    );
}

/// «ودعت في بيان مجلس الأمن إلى»: past an occasion of speech, a masculine
/// body after a feminine verb is its object, not its subject.
#[test]
fn a_body_after_a_feminine_verb_and_a_statement_is_the_object() {
    let r = one_of(
        "من جهتها، دانت وزارة الخارجية السورية العدوان، ودعت في بيان مجلس الأمن الدولي إلى تحمل مسؤولياته.",
        "REQUEST",
    );
    assert_eq!(r.2, vec!["وزارة الخارجية السورية".to_string()]);
    assert_eq!(r.3, vec!["مجلس الأمن الدولي".to_string()]);
}

/// «الهجوم الأعنف منذ آب 2022»: the date a comparison reaches back to
/// does not date the attack, so the anaphor joins it.
#[test]
fn a_date_after_since_a_superlative_does_not_date_the_event() {
    let r = rows(
        "وقُتل خمسة جنود في هجوم على حاجز للجيش العراقي قرب المدينة أمس. ويعد الهجوم الأعنف في المحافظة منذ آب 2022.",
    );
    assert_eq!(r.iter().filter(|x| x.0 == "ASSAULT").count(), 1, "{r:?}");
}

/// A state's forces put an event in their country only when the article's
/// own place is not in it: the dateline's city says where.
#[test]
fn a_state_side_yields_to_the_datelines_city_in_its_country() {
    let doc = extract(
        "المحلة الكبرى – \"الوطن\"\nاعتقلت الشرطة المصرية، فجر اليوم، عشرة عمال من شركة الغزل.\nوتعاني مصر من أزمة اقتصادية حادة منذ سنوات.\n",
    );
    let arrest = doc.events.iter().find(|e| e.kind == "COERCE").expect("an arrest");
    assert_eq!(
        arrest.location.as_deref().map(|l| name(&doc, l)),
        Some("المحلة الكبرى".to_string())
    );
}

/// Workers are people: عاملا is no year (عام), so the arrest counts them
/// and takes them as its target; a year is still no count of people.
#[test]
fn workers_counted_are_people_and_years_are_not() {
    let doc = extract("واعتقلت الشرطة المصرية ما لا يقل عن 11 عاملا.");
    let arrest = doc.events.iter().find(|e| e.kind == "COERCE").expect("an arrest");
    assert_eq!(arrest.size, Some(11.0));
    assert_eq!(
        arrest.targets.iter().map(|t| name(&doc, t)).collect::<Vec<_>>(),
        vec!["11 عاملا".to_string()]
    );
    let doc = extract("واعتقلت الشرطة المصرية الناشط سامي العلي بعد 20 عاما من المنفى.");
    // (The one person named, not the twenty years.)
    assert!(doc.events.iter().all(|e| e.size == Some(1.0)), "{:?}", doc.events);
}

/// Mortar rounds among the weapons seized are no attack; the
/// disengagement zone (فض الاشتباك) is no clash.
#[test]
fn seized_mortars_and_disengagement_make_no_event() {
    let k = kinds("وصادرت الوحدات «كميات من الأسلحة الخفيفة والمتوسطة وقذائف الهاون» كانت مخبأة في البساتين.");
    assert!(!k.contains(&"ASSAULT".to_string()), "{k:?}");
    let k = kinds("وتوغلت آليات في منطقة فض الاشتباك قرب القنيطرة.");
    assert!(!k.contains(&"ASSAULT".to_string()), "{k:?}");
}

/// Counted members of a body arrested («3 آلاف عنصر من معتقلي تنظيم داعش،
/// اعتقل غالبيتهم»): the body is the target and no actor of its own arrest.
#[test]
fn a_body_is_not_both_sides_of_its_arrest() {
    let arrest = one_of(
        "ويضم سجن الصناعة نحو 3 آلاف عنصر من معتقلي تنظيم داعش، اعتقل غالبيتهم خلال معارك بلدة الباغوز في آذار 2019.",
        "COERCE",
    );
    assert_eq!(arrest.2, Vec::<String>::new());
    assert_eq!(arrest.3, vec!["داعش".to_string()]);
}

/// An attack that names no target hit the people its toll counts, when the
/// count says who they are; people not said who, and armed men (whose side
/// is their force), are no target.
#[test]
fn the_victims_counted_are_an_attacks_target() {
    let targets = attack_targets;
    assert_eq!(
        targets("وسقطت قذيفة هاون على سوق شعبي في البلدة مساء أمس، ما أدى إلى إصابة ثلاثة أطفال."),
        vec!["ثلاثة أطفال".to_string(), "سوق شعبي".to_string()]
    );
    assert_eq!(
        targets("وقتل أربعة عمال زراعيين في غارة جوية استهدفت محيط القرية."),
        vec!["أربعة عمال زراعيين".to_string()]
    );
    assert_eq!(
        targets("وأسفر انفجار عبوة ناسفة على الطريق عن مقتل خمسة أشخاص."),
        Vec::<String>::new()
    );
    assert_eq!(
        targets("وأسفر انفجار عبوة ناسفة على الطريق عن مقتل خمسة جنود وإصابة ثلاثة آخرين."),
        Vec::<String>::new()
    );
}

/// The noun ضبط is a seizure with a count or a thing seized after it, and
/// a result told (أسفرت عن ضبط) is dated news; restraint (ضبط النفس),
/// control (لضبط الحدود) and a warrant (مذكرتا ضبط وإحضار) are none. Pills
/// seized are no people: the seizure has no size.
#[test]
fn a_seizure_names_what_it_seized() {
    let doc = extract_published(
        "أعلن الجيش، فجر اليوم الخميس، إحباط محاولة تسلل على الحدود.\nوأوضح المصدر أن عمليات التفتيش في المنطقة أسفرت عن ضبط مليون و200 ألف حبة كبتاغون.\n",
        Some("2026-02-12"),
    );
    let seizure = doc.events.iter().find(|e| e.kind == "COERCE").expect("a seizure");
    assert_eq!(seizure.mode.as_deref(), Some("seize"));
    assert_eq!(seizure.size, None);
    let time = doc
        .times
        .iter()
        .find(|t| Some(&t.id) == seizure.time.as_ref())
        .expect("dated");
    assert_eq!(time.value.as_deref(), Some("2026-02-12"));
    assert_eq!(
        kinds_modes("وتمكنت القوة من ضبط كميات كبيرة من الأسلحة."),
        vec![("COERCE".to_string(), Some("seize".to_string()))]
    );
    for text in [
        "ودعت البعثة الطرفين إلى ضبط النفس.",
        "واتفق الطرفان على تشكيل لجنة مشتركة لضبط الحدود.",
        "وصدرت مذكرتا ضبط وإحضار بحق متهمَين اثنين غادرا البلاد.",
    ] {
        assert!(kinds(text).iter().all(|k| k != "COERCE"), "{text}");
    }
}

/// A sound masculine plural in -ين right after an active verb is its object
/// (the subject would be in -ون), and a verb joined after it goes on with
/// that verb's subject, here unnamed: the object is no side of it.
#[test]
fn an_accusative_plural_after_the_verb_is_its_object() {
    let r = rows(
        "وأفاد شهود عيان بأن قوة أمنية منعت المضربين، فجر اليوم، من نصب خيمة اعتصام أمام البوابة، واعتقلت اثنين من ممثلي العمال.",
    );
    let restrict = r
        .iter()
        .find(|x| x.1.as_deref() == Some("restrict"))
        .expect("a restriction");
    assert_eq!(restrict.2, Vec::<String>::new());
    assert_eq!(restrict.3, vec!["المضربين".to_string()]);
    let arrest = r.iter().find(|x| x.1.as_deref() == Some("arrest")).expect("an arrest");
    assert_eq!(arrest.2, Vec::<String>::new(), "{r:?}");
}

/// A definite noun with no place, side or date of its own («إن التوقيف
/// جاء دون مذكرة») refers to the event of its kind told last, even with
/// another event between: one arrest, told twice.
#[test]
fn a_bare_definite_noun_refers_to_the_last_event_of_its_kind() {
    let doc = extract(
        "أوقفت الشرطة المغربية ناشطا حقوقيا في مدينة الرباط أمس.\nوفي حادث منفصل، قصفت طائرات مسيرة موقعا في مالي.\nوقالت عائلته إن التوقيف جاء دون أي مذكرة قضائية.\n",
    );
    let arrests: Vec<_> = doc.events.iter().filter(|e| e.kind == "COERCE").collect();
    assert_eq!(arrests.len(), 1, "{arrests:?}");
    assert_eq!(arrests[0].mentions, 2);
}

/// An attack that names no side it struck struck the unnamed facility,
/// vessel or vehicle it names, with its complement and adjectives; not a
/// bare noun, not one in construct with a definite noun, and not when a
/// side is named.
#[test]
fn an_unnamed_facility_struck_is_an_attacks_target() {
    let targets = attack_targets;
    assert_eq!(
        targets("وشن مسلحون هجوما على ثكنة عسكرية قرب الحدود فجر اليوم."),
        vec!["ثكنة عسكرية".to_string()]
    );
    assert_eq!(
        targets("واستهدفت طائرة مسيرة سفينة تجارية أمريكية في البحر."),
        vec!["سفينة تجارية أمريكية".to_string()]
    );
    assert_eq!(
        targets("وقصفت المدفعية مستودعا للذخيرة شمال المدينة."),
        vec!["مستودعا للذخيرة".to_string()]
    );
    assert_eq!(
        targets("وهاجم انتحاري نقطة تفتيش على مدخل البلدة."),
        vec!["نقطة تفتيش".to_string()]
    );
    assert_eq!(targets("وهاجم مسلحون منزل القيادي في البلدة."), Vec::<String>::new());
    assert_eq!(targets("وقصفت المدفعية سيارة قرب البلدة."), Vec::<String>::new());
    // One facility struck twice is one entity.
    let doc = extract("وقصفت المدفعية ثكنة عسكرية شمال البلدة. وبعد ساعة، قصفت الطائرات ثكنة عسكرية قرب الحدود.");
    let named: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.name == "ثكنة عسكرية")
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(named.len(), 1, "{:?}", doc.entities);
    assert!(
        doc.events
            .iter()
            .filter(|e| e.kind == "ASSAULT")
            .all(|e| e.targets == vec![named[0].to_string()]),
        "{:?}",
        doc.events
    );
}

/// An arrest that names no one or only people counted, right after a
/// protest, befell its protesters too; one far from any protest did not.
#[test]
fn an_arrest_after_a_protest_befell_its_protesters() {
    let doc = extract(
        "تظاهر مئات المعلمين أمام مقر وزارة التربية في العاصمة احتجاجا على تأخر الرواتب. \
         واعتقلت الشرطة 12 شخصا خلال التظاهرة.",
    );
    let protest = doc.events.iter().find(|e| e.kind == "PROTEST").expect("a protest");
    assert!(!protest.actors.is_empty(), "{:?}", doc.events);
    let arrest = doc.events.iter().find(|e| e.kind == "COERCE").expect("an arrest");
    assert!(
        protest.actors.iter().all(|a| arrest.targets.contains(a)),
        "{:?}",
        doc.events
    );
    let doc = extract("واعتقلت الشرطة 12 شخصا في العاصمة.");
    let arrest = doc.events.iter().find(|e| e.kind == "COERCE").expect("an arrest");
    assert_eq!(
        arrest.targets.iter().map(|t| name(&doc, t)).collect::<Vec<_>>(),
        vec!["12 شخصا".to_string()]
    );
}

/// «في هجوم شنّوه فجر السبت»: the organiser's verb (its plural's alif
/// dropped before the pronoun) predicates the attack, so the lead's date is
/// the attack's, not the date a later sentence gives the rising toll.
#[test]
fn an_attack_its_attackers_carried_out_dates_the_lead() {
    let doc = extract_published(
        "قتل مسلحون تسعة مدنيين على الأقل، وخطفوا 12 طفلا في هجوم شنوه فجر السبت على قرية في شمال البلاد.\n\nوقال مدير المنطقة إن المهاجمين أحرقوا نحو 60 منزلا، مضيفا أن الحصيلة ارتفعت مساء أمس الأحد إلى 14 قتيلا.\n",
        Some("2026-09-21"),
    );
    let killing = doc
        .events
        .iter()
        .find(|e| e.trigger.text == "قتل")
        .expect("the killing");
    let time = doc
        .times
        .iter()
        .find(|t| Some(&t.id) == killing.time.as_ref())
        .expect("a date");
    assert_eq!(time.value.as_deref(), Some("2026-09-19"), "{:?}", doc.events);
}

/// A protest with no side named and no count takes the unnamed people that
/// are its verb's subject, with their genitive: the people who protested.
#[test]
fn the_people_a_protests_verb_has_as_subject_protested() {
    let actors = |text: &str| actors_of_one(text, "PROTEST");
    assert_eq!(
        actors("ونفذ أهالي السجناء وقفة احتجاجية أمام قصر العدل في بيروت."),
        vec!["أهالي السجناء".to_string()]
    );
    assert_eq!(
        actors("ومن المقرر أن ينظم ذوو المعتقلين وقفة احتجاجية ظهر غد الخميس."),
        vec!["ذوو المعتقلين".to_string()]
    );
    assert_eq!(
        actors("واعتصم أهالي القرية صباح اليوم على الطريق الرئيسي."),
        vec!["أهالي القرية".to_string()]
    );
}

/// «دعت البعثة الطرفين إلى»: "the two sides" as the object are the sides of
/// the latest event with two sides before it.
#[test]
fn the_two_sides_called_on_are_those_of_the_fighting() {
    let doc = extract(
        "اندلعت اشتباكات بين الجيش الإثيوبي وميليشيا فانو في غوندر. \
         ودعت اللجنة الإثيوبية لحقوق الإنسان الطرفين إلى وقف استهداف المدنيين.",
    );
    let call = doc.events.iter().find(|e| e.kind == "REQUEST").expect("a call");
    let mut targets: Vec<String> = call.targets.iter().map(|t| name(&doc, t)).collect();
    targets.sort();
    assert_eq!(targets, vec!["الجيش الإثيوبي".to_string(), "ميليشيا فانو".to_string()]);
    // An aside opened by a pronoun after the subject is passed over.
    let doc = extract(
        "اندلعت اشتباكات بين الجيش الإثيوبي وميليشيا فانو في غوندر.          ودعت اللجنة الإثيوبية لحقوق الإنسان، وهي هيئة رسمية مستقلة، الطرفين إلى وقف استهداف المدنيين.",
    );
    let call = doc.events.iter().find(|e| e.kind == "REQUEST").expect("a call");
    assert_eq!(call.targets.len(), 2, "{:?}", doc.events);
}

/// أغلق and إغلاق: an authority closing a crossing, a border or schools is
/// a restriction (COERCE); protesters or merchants closing a road or their
/// shops protest; a closure in a strike's sentence is the strike's, and a
/// road closed by no one named is no event.
#[test]
fn a_closure_is_the_authoritys_or_the_protesters() {
    assert_eq!(
        kinds_modes("أغلقت السلطات الكوسوفية معبر يارينيي الحدودي أمام الشاحنات."),
        vec![("COERCE".to_string(), Some("restrict".to_string()))]
    );
    assert_eq!(kinds("وقررت وزارة الداخلية غلق المعبر بصفة وقتية."), vec!["COERCE"]);
    assert_eq!(
        kinds("وأعلنت الإدارة المحلية إغلاق المدارس في المناطق الحدودية."),
        vec!["COERCE"]
    );
    // The place as a pronoun on the verb stands before it.
    assert_eq!(
        kinds("ويُعد المعبر الشريان الرئيسي للتجارة بين البلدين، وقد أغلقته السلطات الليبية في مارس."),
        vec!["COERCE"]
    );
    assert_eq!(
        kinds_modes("وأغلق شبان غاضبون الطريق الساحلي بالإطارات المشتعلة."),
        vec![("PROTEST".to_string(), Some("obstruct".to_string()))]
    );
    assert_eq!(kinds("وأغلق التجار في البلدة متاجرهم."), vec!["PROTEST"]);
    assert_eq!(kinds("وقال إن محتجين قد أغلقوا مدخله لأكثر من أسبوع."), vec!["PROTEST"]);
    assert_eq!(
        kinds("ودعت النقابات إلى إضراب عام بدأ فجر الجمعة وأغلقت معه الأسواق والمدارس."),
        vec!["PROTEST"]
    );
    assert!(kinds("وأُغلق الطريق لساعات.").is_empty());
    assert!(kinds("وأغلقنا الأبواب على أطفالنا حتى الصباح.").is_empty());
}

/// Bans on moving about, selling, parking or grazing are restrictions;
/// حظر الجولان is the Tunisian curfew.
#[test]
fn bans_on_moving_selling_and_grazing_are_restrictions() {
    assert_eq!(
        kinds_modes("وقرر حاكم منطقة نيامي حظر سير الدراجات النارية ليلا."),
        vec![("COERCE".to_string(), Some("restrict".to_string()))]
    );
    assert_eq!(kinds("وفرضت السلطات حظرا على التنقل بين المخيمات."), vec!["COERCE"]);
    assert_eq!(
        kinds("وقررت الحكومة منع بيع البنزين في الصفائح البلاستيكية."),
        vec!["COERCE"]
    );
    assert_eq!(
        kinds("وقرر عامل الإقليم منع الرعي في المنطقة المتنازع عليها."),
        vec!["COERCE"]
    );
    assert_eq!(
        kinds_modes("وقرر والي القصرين فرض حظر الجولان في مدينة تالة."),
        vec![("COERCE".to_string(), Some("curfew".to_string()))]
    );
}

/// حبس is a remand in custody; إيقاف an arrest only with people after it
/// (إيقاف إطلاق النار is none); a three-letter noun with نا is a verb in
/// the first person (حبسنا أنفسنا), no detention.
#[test]
fn remands_maghreb_arrests_and_first_person_verbs() {
    assert_eq!(
        kinds_modes("وأمرت النيابة بحبس المتهمين أربعة أيام على ذمة التحقيق."),
        vec![("COERCE".to_string(), Some("arrest".to_string()))]
    );
    let r = one_of("وقررت الوحدات الأمنية إيقاف ثلاثة أشخاص بتهمة الاعتداء.", "COERCE");
    assert_eq!(r.3, vec!["ثلاثة أشخاص"], "{r:?}");
    assert!(!kinds("ودعا البيان إلى إيقاف العمل بالقرار.").contains(&"COERCE".to_string()));
    assert!(kinds("وقال أحد السكان: «حبسنا أنفسنا في الغرفة الخلفية طوال الليل».").is_empty());
}

/// A denial is an event whoever makes it, named or not, and so is the
/// participle that goes on with the sentence's subject (…، نافيا); a
/// commentator's denial is an opinion.
#[test]
fn denials_whoever_makes_them_but_not_commentators() {
    let r = one_of(
        "وقال المتحدث باسم الشرطة الإندونيسية إن عناصره تعاملوا مع المحتجين وفق القانون، نافيا استخدام الرصاص المطاطي.",
        "REJECT",
    );
    assert_eq!(r.2, vec!["الشرطة الإندونيسية"], "{r:?}");
    assert_eq!(
        one_of("ونفت عائلة أحد الموقوفين في بيان أي صلة له بالتنظيم.", "REJECT").1,
        Some("deny".to_string())
    );
    assert_eq!(
        kinds("وتحدثت تقارير عن دفع فدية، وهو ما نفاه الوسطاء في المدينة."),
        vec!["REJECT"]
    );
    assert!(
        !kinds("ونفى الكاتب والباحث في شؤون الجماعات المسلحة أن يتمكن التنظيم من العودة.")
            .contains(&"REJECT".to_string())
    );
}

/// نشر، أرسل، عزّز and دفع ب deploy troops counted or named after them;
/// alone they publish, send or prompt.
#[test]
fn deployments_name_the_troops_they_send() {
    let r = one_of("ونشرت السلطات نحو 800 جندي في إقليم باتاز.", "MOBILIZE");
    assert_eq!(r.1, Some("troops".to_string()), "{r:?}");
    assert_eq!(
        kinds("وقرر الرئيس نشر 300 جندي إضافي في مدينة أباتزينغان."),
        vec!["MOBILIZE"]
    );
    assert_eq!(
        kinds("ودفعت قيادة العمليات بتعزيزات إلى قضاء المدينة."),
        vec!["MOBILIZE"]
    );
    assert_eq!(kinds("وعززت الشرطة دورياتها في مدينة زوبين بوتوك."), vec!["MOBILIZE"]);
    assert!(kinds("وقالت الحركة في بيان نشرته وكالة الأنباء الرسمية إن مقاتليها بخير.").is_empty());
    assert!(kinds("ونشرت الشرطة بيانا على صفحتها.").is_empty());
    assert!(!kinds("ما دفع الحكومة إلى فتح تحقيق في مدينة كيدال.").contains(&"MOBILIZE".to_string()));
}
