//! Casualty counts a text gives with a noun and no figure (data/events/
//! person_nouns.tsv): a dual counts 2, a singular 1; a figure wins.

use marsad_core::{Extractor, Meta};

/// (dead, injured) of each ASSAULT event, in order.
fn counts(text: &str) -> Vec<(Option<f64>, Option<f64>)> {
    let ex = Extractor::new().expect("resources");
    let doc = ex.extract(text, &Meta::default()).expect("extract");
    doc.events
        .iter()
        .filter(|e| e.kind == "ASSAULT")
        .map(|e| (e.dead, e.injured))
        .collect()
}

#[test]
fn a_dual_counts_two() {
    assert_eq!(
        counts("قُتل شخصان وأصيب خمسة آخرون في القصف."),
        vec![(Some(2.0), Some(5.0))]
    );
    assert_eq!(
        counts("أسفر القصف عن مقتل طفلين وإصابة امرأة."),
        vec![(Some(2.0), Some(1.0))]
    );
    assert_eq!(counts("سقط قتيلان في الاشتباكات."), vec![(Some(2.0), None)]);
}

#[test]
fn a_singular_counts_one_and_the_victim_follows_the_killer() {
    assert_eq!(counts("قتل حارس واحد في الهجوم على السجن."), vec![(Some(1.0), None)]);
    assert_eq!(counts("وقتل مسلح شخصين في السوق."), vec![(Some(2.0), None)]);
}

#[test]
fn a_figure_wins_and_a_plural_counts_nothing() {
    assert_eq!(counts("قتل 11 جنديا في الهجوم."), vec![(Some(11.0), None)]);
    assert_eq!(counts("قتل المدنيين في الهجوم جريمة."), vec![(None, None)]);
}

/// A singular joined to a dual counts before a clause of its own (طفلان
/// وامرأة وأصيب ستة = 3 dead); «another» and «a third» wounded are one.
#[test]
fn joined_singulars_before_a_clause_and_another_wounded() {
    assert_eq!(
        counts("قُتل طفلان وامرأة وأصيب ستة مدنيين آخرين، مساء أمس، جراء قصف مدفعي على مخيم للنازحين."),
        vec![(Some(3.0), Some(6.0))]
    );
    assert_eq!(
        counts("استشهد مواطنان وجُرح ثالث فجر اليوم، جراء غارة نفذتها مسيّرة على سيارة."),
        vec![(Some(2.0), Some(1.0))]
    );
    assert_eq!(
        counts("قتل جندي وأصيب آخر في هجوم على حاجز."),
        vec![(Some(1.0), Some(1.0))]
    );
    // Figures of another kind after و stay apart.
    assert_eq!(counts("قتل خمسة جنود و3 جرحى في هجوم."), vec![(Some(5.0), Some(3.0))]);
}

/// A toll that names its attack (حصيلة الهجوم … إلى تسعة قتلى) counts that
/// attack, however long the clauses between; the place of the source it
/// cites after it (مصدر طبي في دمشق) is not where the attack was.
#[test]
fn a_toll_naming_its_attack_counts_it_and_its_source_places_nothing() {
    let ex = Extractor::new().expect("resources");
    let doc = ex
        .extract(
            "ارتفعت حصيلة التفجير الذي استهدف سوقا شعبيا في بلدة الصنمين بريف درعا الشمالي، جنوبي سوريا، \
             إلى تسعة قتلى من المدنيين، بحسب ما أفاد به مصدر طبي في دمشق اليوم الخميس.",
            &Meta::default(),
        )
        .expect("extract");
    let assaults: Vec<_> = doc.events.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1);
    assert_eq!(assaults[0].dead, Some(9.0));
    let place = assaults[0]
        .location
        .as_ref()
        .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
        .map(|e| e.name.as_str());
    assert_eq!(place, Some("الصنمين"));
}

/// وفاة is a death word (its و is no conjunction); the injured who died
/// since a toll rose are in the new total, not a count of their own.
#[test]
fn deaths_among_the_wounded() {
    assert_eq!(
        counts("قتل 11 جنديا في الهجوم، بعد وفاة اثنين من الجرحى."),
        vec![(Some(11.0), None)]
    );
    assert_eq!(
        counts("وارتفعت حصيلة القتلى في القصف إلى سبعة بعد وفاة اثنين من الجرحى في المستشفى."),
        vec![(Some(7.0), None)]
    );
}

/// A first toll and the one it rose to are one attack, with the new figure.
#[test]
fn a_first_toll_and_its_rise_are_one_attack() {
    assert_eq!(
        counts(
            "ارتفعت حصيلة الهجوم على حاجز للجيش في ريف حماة إلى ثمانية قتلى، بحسب ما أفادت به مصادر طبية \
             اليوم الخميس. وكانت السلطات في المحافظة قد أعلنت، مساء الثلاثاء، حصيلة أولية بلغت خمسة قتلى \
             و12 جريحا، إثر الهجوم الذي وقع فجر اليوم نفسه."
        ),
        vec![(Some(8.0), Some(12.0))]
    );
}

/// An arrest's count stands behind its approximator (ما لا يقل عن 23):
/// the arrested, not the size of the protest before it.
#[test]
fn an_approximate_count_after_an_arrest_verb_is_its_size() {
    let ex = Extractor::new().expect("resources");
    let doc = ex
        .extract(
            "فرّقت الشرطة، أمس، تظاهرة لمئات العمال أمام مقر الشركة، واعتقلت ما لا يقل عن 17 محتجا.",
            &Meta::default(),
        )
        .expect("extract");
    let sizes: Vec<_> = doc.events.iter().map(|e| (e.kind.as_str(), e.size)).collect();
    assert!(sizes.contains(&("COERCE", Some(17.0))), "{sizes:?}");
    assert!(!sizes.contains(&("PROTEST", Some(17.0))), "{sizes:?}");
}

/// A casualty verb after و opens its own clause: the figure before it
/// counts others (خمسة سجناء وقُتل خلالها أحد الحراس = 1 dead).
#[test]
fn a_figure_before_a_joined_casualty_verb_is_not_its_count() {
    assert_eq!(
        counts("فرّ السجناء فجر الاثنين في عملية شارك فيها سبعة سجناء وقُتل خلالها أحد الحراس."),
        vec![(Some(1.0), None)]
    );
}

/// (type, size) of each event that has a size.
fn sizes(text: &str) -> Vec<(String, f64)> {
    let ex = Extractor::new().expect("resources");
    let doc = ex.extract(text, &Meta::default()).expect("extract");
    doc.events
        .iter()
        .filter_map(|e| e.size.map(|s| (e.kind.clone(), s)))
        .collect()
}

/// A release of those a pronoun points back to (تفرج عنهم، أُفرج عنهما)
/// frees as many as the arrest before it took; a dual pronoun counts two.
#[test]
fn a_release_by_pronoun_frees_as_many_as_were_taken() {
    assert_eq!(
        sizes("اعتقلت الشرطة سبعة شبان في البلدة، قبل أن تفرج عنهم بعد أسبوعين."),
        vec![("COERCE".to_string(), 7.0), ("RETREAT".to_string(), 7.0)]
    );
    assert_eq!(
        sizes("واعتُقل راعيان ثم أُفرج عنهما بعد يومين."),
        vec![("RETREAT".to_string(), 2.0)]
    );
}

/// The brackets of the subject's short name and a date between commas do
/// not end the window in which a release's count is read.
#[test]
fn a_release_count_after_the_subjects_short_name() {
    assert_eq!(
        sizes("أفرجت قوات سوريا الديمقراطية (قسد)، أمس الخميس، عن 45 محتجزا في عملية تبادل."),
        vec![("RETREAT".to_string(), 45.0)]
    );
}

/// A driver killed and his assistant wounded count one each.
#[test]
fn a_driver_killed_and_his_assistant_wounded() {
    assert_eq!(
        counts("وقُتل سائق شاحنة وأُصيب مساعده في هجوم شنّه مسلحون مجهولون على قافلة وقود."),
        vec![(Some(1.0), Some(1.0))]
    );
}

/// A part of a toll already told («تسعة من الجرحى»، «بين القتلى أربعة»)
/// counts nothing of its own and joins the attack; it makes no event.
#[test]
fn a_part_of_a_toll_is_no_toll() {
    assert_eq!(
        counts(
            "قتل خمسة أشخاص وأصيب عشرون في تفجير استهدف سوقا أمس. وأوضح مسؤول في المستشفى أن تسعة من الجرحى في حالة حرجة."
        ),
        vec![(Some(5.0), Some(20.0))]
    );
    assert_eq!(
        counts("قتل خمسة أشخاص في تفجير استهدف سوقا أمس. وقال المتحدث إن بين القتلى أربعة من عناصر الأمن."),
        vec![(Some(5.0), None)]
    );
}

/// After an indefinite event noun the clause describing it has no
/// relative: «، قُتل فيها شخصان» counts the clashes before it.
#[test]
fn a_describing_clause_counts_the_event_before_it() {
    assert_eq!(
        counts("وشهدت المدينة في 6 أبريل 2008 مواجهات عنيفة بين قوات الأمن ومحتجين، قُتل فيها شخصان على الأقل."),
        vec![(Some(2.0), None)]
    );
}

/// A toll in a relative clause counts the attack it describes, even when
/// another attack follows it in the sentence.
#[test]
fn a_relative_clause_toll_before_another_attack_is_its_own() {
    assert_eq!(
        counts(
            "قتل خمسة جنود في هجوم على موقع للجيش أمس. ويعيد الهجوم إلى الأذهان هجوم جزيرة باركرام في 27 تشرين الأول/أكتوبر 2024، الذي قُتل فيه نحو 40 جنديا، وهجوم شبه جزيرة بوهوما في آذار/مارس 2020 الذي أودى بحياة نحو مئة عسكري."
        ),
        vec![(Some(5.0), None), (Some(40.0), None), (Some(100.0), None)]
    );
}
