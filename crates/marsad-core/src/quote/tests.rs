//! Quote tests on sentences written for them, with the test lexicons of
//! `event::testkit` and hand-built entities.

use crate::doc::QuoteKind::{self, *};
use crate::event::testkit::{Spec, entities, org, person, place, real_doc, run};

type Row = (
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    QuoteKind,
    String,
    String,
    Option<String>,
);

/// (speaker, speaker_text, affiliation, cue, kind, stance, content, addressee)
fn quotes(text: &str, specs: &[Spec]) -> Vec<Row> {
    let ents = entities(text, specs);
    let (qs, _) = run(text, &ents, &[]);
    for q in &qs {
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[q.content.start..q.content.end].iter().collect::<String>(),
            q.content.text
        );
        assert_eq!(chars[q.cue.start..q.cue.end].iter().collect::<String>(), q.cue.text);
    }
    qs.into_iter()
        .map(|q| {
            (
                q.speaker,
                q.speaker_text,
                q.affiliation,
                q.cue.text,
                q.kind,
                q.stance,
                q.content.text,
                q.addressee,
            )
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[allow(clippy::too_many_arguments)]
fn row(
    sp: Option<&str>,
    st: &str,
    aff: Option<&str>,
    cue: &str,
    kind: QuoteKind,
    stance: &str,
    content: &str,
    to: Option<&str>,
) -> Row {
    (
        sp.map(str::to_string),
        s(st),
        aff.map(str::to_string),
        cue.into(),
        kind,
        stance.into(),
        content.into(),
        to.map(str::to_string),
    )
}

#[test]
fn vso_speaker_with_title_and_affiliation() {
    let t = "وقال المتحدث باسم الجيش العراقي، يحيى رسول، إن القوات قتلت خمسة مسلحين.";
    let q = quotes(
        t,
        &[org("iraqi_army", &["الجيش العراقي"]), person("rasul", &["يحيى رسول"])],
    );
    assert_eq!(
        q,
        vec![row(
            Some("rasul"),
            "المتحدث باسم الجيش العراقي، يحيى رسول",
            Some("iraqi_army"),
            "قال",
            Indirect,
            "assert",
            "إن القوات قتلت خمسة مسلحين",
            None
        )]
    );
}

#[test]
fn direct_mixed_and_indirect() {
    let p = [person("najjar", &["هشام النجار", "النجار"])];
    let q = quotes("وقال النجار “التنظيم لن يعود إلى المشهد قريبا”.", &p);
    assert_eq!(
        q,
        vec![row(
            Some("najjar"),
            "النجار",
            None,
            "قال",
            Direct,
            "assert",
            "التنظيم لن يعود إلى المشهد قريبا",
            None
        )]
    );
    let q = quotes("وأضاف النجار أن التنظيم “لن يعود إلى المشهد قريبا”.", &p);
    assert_eq!(q[0].4, Mixed);
    assert_eq!(q[0].6, "أن التنظيم “لن يعود إلى المشهد قريبا");
    let q = quotes("وأكد النجار أن التنظيم لن يعود.", &p);
    assert_eq!(q[0].4, Indirect);
    assert_eq!(q[0].6, "أن التنظيم لن يعود");
    // After the complementizer, one quotation to the end: direct.
    let q = quotes("وقال النجار إن “التنظيم لن يعود إلى المشهد قريبا”.", &p);
    assert_eq!((q[0].4, q[0].6.as_str()), (Direct, "التنظيم لن يعود إلى المشهد قريبا"));
}

#[test]
fn quotations_across_a_full_stop_and_mismatched_marks() {
    let p = [person("najjar", &["النجار"])];
    let q = quotes("وقال النجار: “انتهى الهجوم. وعاد الهدوء إلى المدينة”. ثم غادر.", &p);
    assert_eq!(
        q,
        vec![row(
            Some("najjar"),
            "النجار",
            None,
            "قال",
            Direct,
            "assert",
            "انتهى الهجوم. وعاد الهدوء إلى المدينة",
            None
        )]
    );
    let q = quotes("وقال النجار «انتهى الهجوم وعاد الهدوء إلى المدينة”.", &p);
    assert_eq!(
        (q[0].4, q[0].6.as_str()),
        (Direct, "انتهى الهجوم وعاد الهدوء إلى المدينة")
    );
}

#[test]
fn continuation_without_subject_and_participle() {
    let p = [person("najjar", &["النجار"])];
    let q = quotes("وقال النجار إن الهجوم فشل. وأضاف أن التنظيم ضعيف.", &p);
    assert_eq!(
        q[1],
        row(
            Some("najjar"),
            "النجار",
            None,
            "أضاف",
            Indirect,
            "assert",
            "أن التنظيم ضعيف",
            None
        )
    );
    let q = quotes(
        "وأكد النجار أن الوضع هادئ، مشيرا إلى أن “الخلايا ما زالت نشطة في المنطقة”.",
        &p,
    );
    assert_eq!(
        q,
        vec![
            row(
                Some("najjar"),
                "النجار",
                None,
                "أكد",
                Indirect,
                "assert",
                "أن الوضع هادئ",
                None
            ),
            row(
                Some("najjar"),
                "النجار",
                None,
                "مشيرا",
                Direct,
                "assert",
                "الخلايا ما زالت نشطة في المنطقة",
                None
            ),
        ]
    );
}

#[test]
fn subject_before_the_verb() {
    let q = quotes(
        "الجيش العراقي قال إن القوات انسحبت من المدينة.",
        &[org("iraqi_army", &["الجيش العراقي"])],
    );
    assert_eq!(
        q,
        vec![row(
            Some("iraqi_army"),
            "الجيش العراقي",
            None,
            "قال",
            Indirect,
            "assert",
            "إن القوات انسحبت من المدينة",
            None
        )]
    );
}

#[test]
fn unnamed_sources_and_their_affiliation() {
    let sdf = [org("sdf", &["قسد"])];
    let t = "وقال مصدر من “قسد” إن الهجوم انتهى. وتوقع المصدر “الذي فضل عدم الكشف عن اسمه” بأن “ينتهي مفعول الدعاية قريبا جدا”.";
    let q = quotes(t, &sdf);
    assert_eq!(
        q,
        vec![
            row(
                None,
                "مصدر من “قسد",
                Some("sdf"),
                "قال",
                Indirect,
                "assert",
                "إن الهجوم انتهى",
                None
            ),
            row(
                None,
                "المصدر",
                Some("sdf"),
                "توقع",
                Direct,
                "expect",
                "ينتهي مفعول الدعاية قريبا جدا",
                None
            ),
        ]
    );
    let q = quotes("ويرى متابعون أن التنظيم يحرص على الدعاية.", &[]);
    assert_eq!(
        q,
        vec![row(
            None,
            "متابعون",
            None,
            "يرى",
            Indirect,
            "assert",
            "أن التنظيم يحرص على الدعاية",
            None
        )]
    );
    let q = quotes("وقتل ثلاثة مدنيين في القصف، نقلا عن مصادر محلية.", &[]);
    assert_eq!(
        q,
        vec![row(
            None,
            "مصادر محلية",
            None,
            "نقلا عن",
            Indirect,
            "assert",
            "وقتل ثلاثة مدنيين في القصف",
            None
        )]
    );
}

#[test]
fn addressee_after_in_a_statement_to() {
    let t = "وأضاف الباحث في تصريح لـ “الحل نت” أن التنظيم ضعيف.";
    let q = quotes(t, &[person("najjar", &["الباحث"]), org("alhal", &["الحل نت"])]);
    assert_eq!(
        q,
        vec![row(
            Some("najjar"),
            "الباحث",
            None,
            "أضاف",
            Indirect,
            "assert",
            "أن التنظيم ضعيف",
            Some("alhal")
        )]
    );
    // With words between the noun and لـ.
    let t = "وأضاف الباحث في تصريح كتابي سابق لـ “الحل نت”، أن التنظيم ضعيف.";
    let q = quotes(t, &[person("najjar", &["الباحث"]), org("alhal", &["الحل نت"])]);
    assert_eq!(q[0].7.as_deref(), Some("alhal"));
    assert_eq!(q[0].0.as_deref(), Some("najjar"));
}

#[test]
fn according_to_before_and_after() {
    let t = "وتحتجز قسد نحو 12 ألف معتقل في سجون تفتقد للأمان، وفق ما تقوله قيادات “الإدارة الذاتية”.";
    let q = quotes(t, &[org("sdf", &["قسد"]), org("aanes", &["الإدارة الذاتية"])]);
    assert_eq!(
        q,
        vec![row(
            Some("aanes"),
            "قيادات “الإدارة الذاتية",
            None,
            "وفق",
            Indirect,
            "assert",
            "وتحتجز قسد نحو 12 ألف معتقل في سجون تفتقد للأمان",
            None
        )]
    );
    let q = quotes("وبحسب التقرير، قام عدد من الجنود بقتل المدنيين.", &[]);
    assert_eq!(
        q,
        vec![row(
            None,
            "التقرير",
            None,
            "بحسب",
            Indirect,
            "assert",
            "قام عدد من الجنود بقتل المدنيين",
            None
        )]
    );
}

#[test]
fn post_phrase_closes_a_quote() {
    let q = quotes("وقال حنا إن الهجوم فشل، وفق تعبيره.", &[person("hanna", &["حنا"])]);
    assert_eq!(
        q,
        vec![row(
            Some("hanna"),
            "حنا",
            None,
            "قال",
            Indirect,
            "assert",
            "إن الهجوم فشل",
            None
        )]
    );
    // Alone, it gives the clause before to the last speaker.
    let q = quotes(
        "وقال حنا إن الهجوم فشل. والتنظيم انتهى في المنطقة، على حد تعبيره.",
        &[person("hanna", &["حنا"])],
    );
    assert_eq!(
        q[1],
        row(
            Some("hanna"),
            "حنا",
            None,
            "على حد تعبيره",
            Indirect,
            "assert",
            "والتنظيم انتهى في المنطقة",
            None
        )
    );
}

#[test]
fn stances_from_the_cue() {
    let e = [
        org("sdf", &["قسد"]),
        org("isis", &["التنظيم"]),
        person("minister", &["الوزير"]),
    ];
    let stance = |t: &str| quotes(t, &e).into_iter().map(|r| (r.5, r.6)).collect::<Vec<_>>();
    assert_eq!(
        stance("نفت قسد أن تكون قواتها انسحبت."),
        vec![("deny".into(), "أن تكون قواتها انسحبت".into())]
    );
    assert_eq!(
        stance("زعم التنظيم أن مقاتليه سيطروا على الحي."),
        vec![("claim".into(), "أن مقاتليه سيطروا على الحي".into())]
    );
    assert_eq!(
        stance("وأعلنت قسد إلقاء القبض على 14 عنصرا من التنظيم."),
        vec![("announce".into(), "إلقاء القبض على 14 عنصرا من التنظيم".into())]
    );
    assert_eq!(
        stance("وطالب الوزير بأن تنسحب القوات من المدينة."),
        vec![("demand".into(), "بأن تنسحب القوات من المدينة".into())]
    );
    assert_eq!(
        stance("واتهمت قسد التنظيم بأنه يقف وراء الهجوم."),
        vec![("accuse".into(), "بأنه يقف وراء الهجوم".into())]
    );
    let q = quotes("واتهمت قسد التنظيم بأنه يقف وراء الهجوم.", &e);
    assert_eq!(q[0].0.as_deref(), Some("sdf"));
}

#[test]
fn statement_noun_is_no_addressee() {
    let q = quotes(
        "وقالت كتائب الأقصى في بيان إن العملية مركبة من عمليتين.",
        &[org("aqsa", &["كتائب الأقصى"])],
    );
    assert_eq!(
        q,
        vec![row(
            Some("aqsa"),
            "كتائب الأقصى",
            None,
            "قالت",
            Indirect,
            "assert",
            "إن العملية مركبة من عمليتين",
            None
        )]
    );
}

#[test]
fn no_quote_without_content_or_speaker() {
    assert!(quotes("وهي التي تطالب المجتمع الدولي بمساعدتها على بناء سجون.", &[]).is_empty());
    assert!(quotes("وذلك في عملية وصفت بأنها الأكبر منذ سنوات.", &[]).is_empty());
    // A cue inside somebody's direct words starts no quote.
    let q = quotes(
        "وقال النجار “أزعم أن وراء ذلك قوى إقليمية مستفيدة”.",
        &[person("najjar", &["النجار"])],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].3, "قال");
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "قال",
        "قال إن",
        "“",
        "قال “",
        "وأضاف أن",
        "بحسب",
        "، وفق تعبيره",
        "قال: ",
        "مشيرا إلى أن",
    ] {
        let _ = quotes(t, &[]);
    }
}

#[test]
fn every_reporting_verb() {
    let army = [org("army", &["الجيش"])];
    let verbs = [
        ("قال", "assert"),
        ("يقول", "assert"),
        ("أضاف", "assert"),
        ("تابع", "assert"),
        ("أكد", "assert"),
        ("أشار", "assert"),
        ("أوضح", "assert"),
        ("لفت", "assert"),
        ("شدد", "assert"),
        ("بين", "assert"),
        ("صرح", "assert"),
        ("ذكر", "assert"),
        ("أفاد", "assert"),
        ("نقل", "assert"),
        ("كشف", "announce"),
        ("أعلن", "announce"),
        ("نفى", "deny"),
        ("زعم", "claim"),
        ("ادعى", "claim"),
        ("اتهم", "accuse"),
        ("توقع", "expect"),
        ("رجح", "expect"),
        ("اعتبر", "assert"),
        ("رأى", "assert"),
        ("يرى", "assert"),
        ("طالب", "demand"),
        ("دعا", "demand"),
        ("حذر", "demand"),
        ("هدد", "demand"),
    ];
    for (v, stance) in verbs {
        let t = format!("و{v} الجيش أن القوات انسحبت من المدينة.");
        assert_eq!(
            quotes(&t, &army),
            vec![row(
                Some("army"),
                "الجيش",
                None,
                v,
                Indirect,
                stance,
                "أن القوات انسحبت من المدينة",
                None
            )],
            "{t}"
        );
    }
    // (A feminine verb with a feminine body: «قالت الجيش» is no Arabic.)
    assert_eq!(
        quotes(
            "وقالت الوزارة أن القوات انسحبت من المدينة.",
            &[org("ministry", &["الوزارة"])]
        ),
        vec![row(
            Some("ministry"),
            "الوزارة",
            None,
            "قالت",
            Indirect,
            "assert",
            "أن القوات انسحبت من المدينة",
            None
        )]
    );
    // تبنّى takes what it claims as its object.
    assert_eq!(
        quotes("وتبنى الجيش الهجوم على المدينة.", &army),
        vec![row(
            Some("army"),
            "الجيش",
            None,
            "تبنى",
            Indirect,
            "claim",
            "الهجوم على المدينة",
            None
        )]
    );
}

#[test]
fn every_participle() {
    let p = [person("hanna", &["حنا"])];
    for part in ["مشيرا", "مضيفا", "لافتا", "مؤكدا"] {
        let t = format!("وقال حنا إن الهجوم فشل، {part} إلى أن القوات انسحبت من المدينة.");
        let q = quotes(&t, &p);
        assert_eq!(q.len(), 2, "{t}");
        assert_eq!(q[0].6, "إن الهجوم فشل");
        assert_eq!(
            q[1],
            row(
                Some("hanna"),
                "حنا",
                None,
                part,
                Indirect,
                "assert",
                "أن القوات انسحبت من المدينة",
                None
            ),
            "{t}"
        );
    }
}

#[test]
fn every_attributive_phrase() {
    let army = [org("army", &["الجيش"])];
    for phrase in ["بحسب", "حسب", "وفق", "وفقا لـ", "نقلا عن"] {
        let t = format!("انسحبت القوات من المدينة، {phrase} الجيش.");
        assert_eq!(
            quotes(&t, &army),
            // The cue's span ends at its last letter (لـ's tatweel is no letter).
            vec![row(
                Some("army"),
                "الجيش",
                None,
                phrase.trim_end_matches('ـ'),
                Indirect,
                "assert",
                "انسحبت القوات من المدينة",
                None
            )],
            "{t}"
        );
    }
    // وفق ما يقوله/تقوله X.
    for v in ["يقول", "تقول"] {
        let t = format!("انسحبت القوات من المدينة، وفق ما {v}ه الجيش.");
        assert_eq!(quotes(&t, &army)[0].0.as_deref(), Some("army"), "{t}");
    }
    // At the head of the sentence the phrase attributes what follows.
    let q = quotes("ووفقا لـ الجيش، انسحبت القوات من المدينة.", &army);
    assert_eq!(q[0].6, "انسحبت القوات من المدينة");
    // على حد تعبيره and في تصريح لـ, في بيان.
    let q = quotes("وقال الجيش في بيان إن القوات انسحبت، على حد تعبيره.", &army);
    assert_eq!(
        q,
        vec![row(
            Some("army"),
            "الجيش",
            None,
            "قال",
            Indirect,
            "assert",
            "إن القوات انسحبت",
            None
        )]
    );
}

#[test]
fn offices_and_spokesmen_speak_for_their_organisation() {
    let e = [
        org("sdf", &["قسد"]),
        org("sdf_media", &["المركز الإعلامي لـ”قسد"]),
        person("hanna", &["المتحدث", "حنا"]),
    ];
    let q = quotes("وأعلن المركز الإعلامي لـ”قسد”، أمس، إن 300 عنصر سلموا أنفسهم.", &e);
    assert_eq!((q[0].0.as_deref(), q[0].2.as_deref()), (Some("sdf_media"), Some("sdf")));
    let q = quotes("وقال حنا إن الهجوم فشل. وأضاف المتحدث باسم “قسد” أن التنظيم ضعيف.", &e);
    assert_eq!((q[1].0.as_deref(), q[1].2.as_deref()), (Some("hanna"), Some("sdf")));
}

#[test]
fn according_to_a_rule_or_a_plan_is_no_quote() {
    assert_eq!(
        quotes("وتم توقيف المشتبه بهم وفق القانون المعمول به في البلاد.", &[]),
        vec![]
    );
    assert_eq!(quotes("وسيبدأ الانسحاب حسب الخطة التي أقرتها الحكومة أمس.", &[]), vec![]);
}

#[test]
fn an_unnamed_source_after_a_preposition_is_named_without_it() {
    let q = quotes("وقتل ثلاثة عناصر من الشرطة في الهجوم، وفقا لمصادر محلية.", &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("مصادر محلية"));
}

#[test]
fn a_source_noun_followed_by_a_name_is_that_person() {
    let q = quotes(
        "وقال المسؤول الأمني أحمد الخطيب إن الهجوم وقع ليلا.",
        &[person("khatib", &["أحمد الخطيب"])],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0.as_deref(), Some("khatib"));
    // With no name it stays an unnamed source.
    let q = quotes("وقال المسؤول الأمني إن الهجوم وقع ليلا.", &[]);
    assert_eq!((q[0].0.as_deref(), q[0].1.as_deref()), (None, Some("المسؤول الأمني")));
}

#[test]
fn addressee_after_an_interview_with() {
    let t = "وقال الباحث في مقابلة مع “الحل نت” إن التنظيم ضعيف.";
    let q = quotes(t, &[person("najjar", &["الباحث"]), org("alhal", &["الحل نت"])]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0.as_deref(), Some("najjar"));
    assert_eq!(q[0].7.as_deref(), Some("alhal"));
}

#[test]
fn a_cue_verb_with_the_article_or_a_preposition_is_no_cue() {
    // النفي (the cue نفى with the article) is a noun: the quote runs on.
    let q = quotes("وقال مصدر إن الهجوم وقع رغم النفي الرسمي للحادثة.", &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].6, "إن الهجوم وقع رغم النفي الرسمي للحادثة");
}

#[test]
fn the_accused_after_an_unnamed_subject_is_no_speaker() {
    let q = quotes(
        "واتهمت الحكومة قسد باستهداف موانئ تصدير النفط.",
        &[org("sdf", &["قسد"])],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_deref(), q[0].1.as_deref()), (None, Some("الحكومة")));
}

#[test]
fn a_dateline_is_not_part_of_the_quote() {
    let t = "الحسكة - اعتقلت قوات الأمن 12 شخصا في المدينة، بحسب ما أفاد مصدر عسكري.";
    let q = quotes(t, &[place("hasakah", "city", "SY", &["الحسكة"])]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].6, "اعتقلت قوات الأمن 12 شخصا في المدينة");
}

#[test]
fn a_capital_first_in_the_subject_speaks_for_its_government() {
    let q = quotes(
        "واتهمت دمشق قسد باستخدام ملف المخيم ورقة ضغط.",
        &[place("damascus", "city", "SY", &["دمشق"]), org("sdf", &["قسد"])],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0.as_deref(), Some("damascus"));
}

#[test]
fn a_relayed_statement_is_its_original_speakers() {
    let army = [org("sy_army", &["الجيش السوري"])];
    let t = "ونقل موقع إخباري رسمي عن مصدر عسكري في الجيش السوري قوله إن الوحدات ردت على مصادر النيران.";
    assert_eq!(
        quotes(t, &army),
        vec![row(
            None,
            "مصدر عسكري في الجيش السوري",
            Some("sy_army"),
            "نقل",
            Indirect,
            "assert",
            "إن الوحدات ردت على مصادر النيران",
            None
        )]
    );
    // Without عن the outlet is the speaker, as for any verb.
    let t = "ونقل الموقع أن الوحدات ردت على مصادر النيران.";
    assert_eq!(
        quotes(t, &[]),
        vec![row(
            None,
            "الموقع",
            None,
            "نقل",
            Indirect,
            "assert",
            "أن الوحدات ردت على مصادر النيران",
            None
        )]
    );
}

#[test]
fn the_pointing_preposition_is_not_part_of_the_source() {
    let t = "وأشار المصدر إلى أن الحملة بدأت قبل أسبوع.";
    assert_eq!(
        quotes(t, &[]),
        vec![row(
            None,
            "المصدر",
            None,
            "أشار",
            Indirect,
            "assert",
            "أن الحملة بدأت قبل أسبوع",
            None
        )]
    );
}

#[test]
fn the_sources_own_verb_and_addressee_are_not_content() {
    let outlet = [org("outlet", &["الموقع الإخباري"])];
    let t = "وبحسب مصادر في إدارة المستشفى قالت لـ\"الموقع الإخباري\"، فإن ثلاثة مرضى نقلوا إلى العاصمة.";
    assert_eq!(
        quotes(t, &outlet),
        vec![row(
            None,
            "مصادر في إدارة المستشفى",
            None,
            "بحسب",
            Indirect,
            "assert",
            "فإن ثلاثة مرضى نقلوا إلى العاصمة",
            Some("outlet")
        )]
    );
}

#[test]
fn a_definite_source_takes_only_definite_adjectives() {
    let t = "ونفى المصدر صحة ما نشرته صفحات محلية عن سقوط ضحايا.";
    assert_eq!(
        quotes(t, &[]),
        vec![row(
            None,
            "المصدر",
            None,
            "نفى",
            Indirect,
            "deny",
            "صحة ما نشرته صفحات محلية عن سقوط ضحايا",
            None
        )]
    );
    let t = "وقال المصدر الأمني المحلي إن الطريق أغلق.";
    assert_eq!(
        quotes(t, &[]),
        vec![row(
            None,
            "المصدر الأمني المحلي",
            None,
            "قال",
            Indirect,
            "assert",
            "إن الطريق أغلق",
            None
        )]
    );
}

#[test]
fn a_name_after_a_sound_plural_source_is_the_object() {
    let army = [org("army", &["قوات الجيش"])];
    let t = "واتهم ناشطون قوات الجيش بقصف السوق.";
    let q = quotes(t, &army);
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].0.as_deref(), q[0].1.as_deref()), (None, Some("ناشطون")));
    assert_eq!(q[0].5, "accuse");
}

#[test]
fn a_name_starting_with_waw_keeps_it_in_the_speaker_text() {
    let ministry = [org("moj", &["وزارة العدل"])];
    let t = "وقالت وزارة العدل إن التحقيق بدأ.";
    let q = quotes(t, &ministry);
    assert_eq!(q.len(), 1);
    assert_eq!(
        (q[0].0.as_deref(), q[0].1.as_deref()),
        (Some("moj"), Some("وزارة العدل"))
    );
}

#[test]
fn a_preposition_after_the_verb_is_no_subject() {
    let t = "وقال الناطق إن الطريق أغلق. وأشار إلى أن الحملة مستمرة.";
    let q = quotes(t, &[]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].1.as_deref(), Some("الناطق"));
    assert_eq!(q[1].6, "أن الحملة مستمرة");
}

#[test]
fn a_negated_announcement_without_a_clause_is_no_quote() {
    // With the real cue lexicon: the test one has no present forms.
    let doc = real_doc("ولم تعلن قسد حتى الآن حصيلة نهائية للعملية.");
    assert_eq!(doc.quotes.len(), 0);
    // Affirmative, the same words are an announcement.
    let doc = real_doc("وأعلنت قسد حصيلة نهائية للعملية.");
    let got: Vec<(&str, &str)> = doc
        .quotes
        .iter()
        .map(|q| (q.cue.text.as_str(), q.stance.as_str()))
        .collect();
    assert_eq!(got, vec![("أعلنت", "announce")]);
}

/// The name of the entity an id points to, if any.
fn entity_name(doc: &crate::doc::Document, id: &Option<String>) -> Option<String> {
    id.as_ref()
        .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
        .map(|e| e.name.clone())
}

/// (speaker_text, stance, content) of each quote, with the real lexicons.
fn real_quotes(text: &str) -> Vec<(Option<String>, String, String)> {
    real_doc(text)
        .quotes
        .into_iter()
        .map(|q| (q.speaker_text, q.stance, q.content.text))
        .collect()
}

#[test]
fn an_unnamed_source_before_its_verb_is_the_speaker() {
    assert_eq!(
        real_quotes("لكن مسؤولا محليا في البلدة رجح أن تكون خلايا التنظيم وراء الهجوم."),
        vec![(
            s("مسؤولا محليا في البلدة"),
            "expect".into(),
            "أن تكون خلايا التنظيم وراء الهجوم".into()
        )]
    );
    assert_eq!(
        real_quotes("وكان مصدر قد قال إن الهجوم فشل."),
        vec![(s("مصدر"), "assert".into(), "إن الهجوم فشل".into())]
    );
}

#[test]
fn expecting_and_demanding_take_a_noun_phrase() {
    assert_eq!(
        real_quotes("ورجح مسؤول في الشرطة العراقية وقوف خلايا نائمة وراء الهجوم."),
        vec![(
            s("مسؤول في الشرطة العراقية"),
            "expect".into(),
            "وقوف خلايا نائمة وراء الهجوم".into()
        )]
    );
    assert_eq!(
        real_quotes("إلا أن مسؤولا محليا رجح وقوف خلايا نائمة وراءه."),
        vec![(s("مسؤولا محليا"), "expect".into(), "وقوف خلايا نائمة وراءه".into())]
    );
    assert_eq!(
        real_quotes("وطالب المحتجون بالإفراج عن المعتقلين وتحسين الخدمات."),
        vec![(
            s("المحتجون"),
            "demand".into(),
            "بالإفراج عن المعتقلين وتحسين الخدمات".into()
        )]
    );
    // A relative clause after the subject describes it.
    assert_eq!(
        real_quotes("وطالب المجلس الانتقالي الجنوبي، الذي يسيطر على عدن، الحكومة بحلول عاجلة لأزمة الكهرباء."),
        vec![(
            s("المجلس الانتقالي الجنوبي"),
            "demand".into(),
            "الحكومة بحلول عاجلة لأزمة الكهرباء".into()
        )]
    );
}

#[test]
fn a_demand_with_no_subject_of_its_own_is_no_quote() {
    // Six words of object are no subject; a preposition with a pronoun
    // is none either.
    assert_eq!(
        real_quotes("وهي الجهة التي تطالب المجتمع الدولي بمساعدتها على بناء سجون آمنة."),
        vec![]
    );
    assert_eq!(
        real_quotes("وهي التظاهرة التي دعا إليها للمرة الأولى عدد من الأحزاب."),
        vec![]
    );
}

#[test]
fn a_name_in_the_object_does_not_displace_a_subject_before_the_verb() {
    assert_eq!(
        real_quotes("لكن مسؤولا محليا رجح وقوف خلايا حزب الله وراء الهجوم."),
        vec![(
            s("مسؤولا محليا"),
            "expect".into(),
            "وقوف خلايا حزب الله وراء الهجوم".into()
        )]
    );
}

#[test]
fn a_demonstrative_after_the_verb_is_its_object() {
    let q = real_quotes("وقال المتظاهرون إن الشرطة استخدمت القوة، ووصفوا ذلك بأنه انتهاك للقانون.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, s("المتظاهرون"));
    assert_eq!(q[1].2, "بأنه انتهاك للقانون");
}

/// (speaker entity's name, speaker_text, cue, content, addressee's name) from the real extractor.
type Said = (Option<String>, Option<String>, String, String, Option<String>);

fn real_said(text: &str) -> Vec<Said> {
    let doc = real_doc(text);
    let name = |id: Option<String>| id.and_then(|id| doc.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()));
    doc.quotes
        .iter()
        .map(|q| {
            (
                name(q.speaker.clone()),
                q.speaker_text.clone(),
                q.cue.text.clone(),
                q.content.text.clone(),
                name(q.addressee.clone()),
            )
        })
        .collect()
}

fn said(sp: Option<&str>, st: &str, cue: &str, content: &str) -> Said {
    (sp.map(str::to_string), s(st), cue.into(), content.into(), None)
}

#[test]
fn a_verbal_noun_object_ends_the_speaker_phrase() {
    // An indefinite word after a definite one starts the object.
    assert_eq!(
        real_said("ونفى الحزب الحاكم اعتقال أي معارض."),
        vec![said(None, "الحزب الحاكم", "نفى", "اعتقال أي معارض")]
    );
    // A definite verbal noun of a derived form after a definite word too.
    assert_eq!(
        real_said("وأعلنت النقابات المهنية الإضراب العام في البلاد."),
        vec![said(None, "النقابات المهنية", "أعلنت", "الإضراب العام في البلاد")]
    );
}

#[test]
fn a_statement_pp_is_neither_speaker_nor_content() {
    assert_eq!(
        real_said("ونفت الهيئة العامة في بيان نشرته الصحف إغلاق المعابر."),
        vec![said(Some("الهيئة العامة"), "الهيئة العامة", "نفت", "إغلاق المعابر")]
    );
}

#[test]
fn a_definite_noun_refers_back_to_the_organisation_it_heads() {
    assert_eq!(
        real_said("أصدرت منظمة العفو الدولية تقريرا عن السجون. وقالت المنظمة إن السجون مكتظة."),
        vec![said(Some("منظمة العفو الدولية"), "المنظمة", "قالت", "إن السجون مكتظة")]
    );
    // "البيان" is the author of the last statement.
    assert_eq!(
        real_said("وقالت وزارة الدفاع التركية في بيان إن قواتها قصفت مواقع للمسلحين. وأضاف البيان أن العملية مستمرة.")
            [1],
        said(Some("وزارة الدفاع التركية"), "البيان", "أضاف", "أن العملية مستمرة")
    );
    // Before قد: "وكانت الشبكة قد أفادت".
    assert_eq!(
        real_said("وكانت الشبكة السورية لحقوق الإنسان قد نشرت تقريرا. وكانت الشبكة قد أفادت أمس بمقتل 5 مدنيين."),
        vec![said(
            Some("الشبكة السورية لحقوق الإنسان"),
            "الشبكة",
            "أفادت",
            "بمقتل 5 مدنيين"
        )]
    );
}

#[test]
fn a_subject_before_its_verb_with_a_name_in_apposition() {
    assert_eq!(
        real_said("لكن قائد الشرطة، أحمد علي، قال إن الوضع هادئ."),
        vec![said(Some("أحمد علي"), "قائد الشرطة، أحمد علي", "قال", "إن الوضع هادئ")]
    );
    assert_eq!(
        real_said("وكان وزير الداخلية، محمد إبراهيم، قد حذر من أن الاحتجاجات ستقمع."),
        vec![said(
            Some("محمد إبراهيم"),
            "وزير الداخلية، محمد إبراهيم",
            "حذر",
            "أن الاحتجاجات ستقمع"
        )]
    );
}

#[test]
fn a_participle_takes_the_subject_of_its_own_clause() {
    let got = real_said(
        "قال الجيش إن الهجوم فشل. وطالبت النقابة العمالية بـ\"الالتزام بالإضراب حتى النهاية\"، مؤكدة أنها لن تتراجع.",
    );
    assert_eq!(
        got[1..],
        [
            said(
                Some("النقابة العمالية"),
                "النقابة العمالية",
                "طالبت",
                "الالتزام بالإضراب حتى النهاية"
            ),
            said(Some("النقابة العمالية"), "النقابة العمالية", "مؤكدة", "أنها لن تتراجع"),
        ]
    );
}

#[test]
fn words_in_parentheses_do_not_lengthen_the_subject() {
    assert_eq!(
        real_said(
            "وأوضح المتحدث باسم الوزارة، العقيد سامي حداد، في بيان نشرته وكالة الأنباء الأردنية الرسمية (بترا)، أن القوات أغلقت الطريق."
        ),
        vec![said(
            Some("سامي حداد"),
            "المتحدث باسم الوزارة، العقيد سامي حداد",
            "أوضح",
            "أن القوات أغلقت الطريق"
        )]
    );
}

#[test]
fn a_bi_phrase_is_the_content_of_reporting_and_demanding() {
    assert_eq!(
        real_said("أفاد مصدر طبي في المدينة، مساء الأحد، بمقتل ثلاثة أشخاص."),
        vec![said(None, "مصدر طبي في المدينة", "أفاد", "بمقتل ثلاثة أشخاص")]
    );
    assert_eq!(
        real_said("وطالب المعتصمون بإطلاق سراح زملائهم."),
        vec![said(Some("المعتصمون"), "المعتصمون", "طالب", "بإطلاق سراح زملائهم")]
    );
    assert_eq!(
        real_said("ووثقت الشبكة مقتل 12 مدنيا خلال الشهر."),
        vec![said(None, "الشبكة", "وثقت", "مقتل 12 مدنيا خلال الشهر")]
    );
}

#[test]
fn the_addressee_phrase_is_not_the_speaker() {
    assert_eq!(
        real_said("وقال رئيس البلدية، خالد سعيد، لصحيفة \"الغد\"، إن المياه قطعت."),
        // The newspaper named after its noun is an outlet: the addressee.
        vec![(
            Some("خالد سعيد".to_string()),
            s("رئيس البلدية، خالد سعيد"),
            "قال".into(),
            "إن المياه قطعت".into(),
            Some("صحيفة \"الغد\"".to_string())
        )]
    );
    // A telephone call with an outlet between the subject and the accused:
    // the outlet is the addressee, the accused no speaker.
    assert_eq!(
        real_said(
            "قتل 12 شخصا في اشتباكات بين منقبين في تشاد. واتهم زعيم تقليدي من المنطقة، في اتصال هاتفي مع وكالة فرانس برس، السلطات \"بالتقاعس عن نزع السلاح\"، في حين قررت الحكومة تعليق النشاط."
        ),
        vec![(
            None,
            s("زعيم تقليدي من المنطقة"),
            "اتهم".into(),
            "بالتقاعس عن نزع السلاح".into(),
            Some("فرانس برس".to_string())
        )]
    );
}

/// A cue verb in the plural has its subject before it: the name after it
/// is what they criticised, no speaker.
#[test]
fn the_name_after_a_plural_cue_is_no_speaker() {
    assert_eq!(
        real_said("واعتقلت الشرطة ثلاثة ناشطين انتقدوا الرئيس ويليام روتو على مواقع التواصل."),
        vec![]
    );
}

#[test]
fn a_subject_keeps_the_waw_of_its_first_word() {
    assert_eq!(
        real_said("وأعلنت وزارة الزراعة أن المحصول تضرر."),
        vec![said(Some("وزارة الزراعة"), "وزارة الزراعة", "أعلنت", "أن المحصول تضرر")]
    );
}

/// SVO with the title after the name: «العقيد فلان، المتحدث باسم X، أوضح».
#[test]
fn a_name_with_its_title_after_it_speaks_before_the_verb() {
    assert_eq!(
        real_said("العقيد عبد الفتاح آدم حسن، المتحدث باسم الشرطة الصومالية، أوضح أن القوات أنهت الحصار."),
        vec![said(
            Some("عبد الفتاح آدم حسن"),
            "العقيد عبد الفتاح آدم حسن، المتحدث باسم الشرطة الصومالية",
            "أوضح",
            "أن القوات أنهت الحصار"
        )]
    );
}

/// A speaker who opens the words another reports (قال مسؤول إن الخاطفين
/// طالبوا) does not take over: the reporter goes on speaking (وأوضح).
#[test]
fn a_speaker_inside_reported_words_does_not_go_on_speaking() {
    let got = real_said("وقال مسؤول في الهلال الأحمر إن الخاطفين طالبوا بفدية كبيرة. وأوضح أن المفرج عنهم بصحة جيدة.");
    let last = got.last().map(|q| (q.1.clone(), q.2.clone()));
    assert_eq!(
        last,
        Some((Some("مسؤول في الهلال الأحمر".to_string()), "أوضح".to_string())),
        "{got:?}"
    );
}

/// A place right after a title's nisba adjective is the object, not part
/// of the speaker (اتهم نائب وزير الخزانة الأمريكي إيران بـ).
#[test]
fn a_country_after_a_title_adjective_is_the_object() {
    let got = real_said("واتهم نائب وزير الخزانة الأمريكي إيران بتغذية الهجمات.");
    assert_eq!(
        got.first().map(|q| (q.0.clone(), q.1.clone())),
        Some((None, Some("نائب وزير الخزانة الأمريكي".to_string()))),
        "{got:?}"
    );
}

/// «نائب وزير الخزانة» speaks for the ministry the document names.
#[test]
fn a_minister_speaks_for_his_ministry() {
    let d =
        real_doc("وأعلنت وزارة الخزانة الأمريكية فرض عقوبات على شركات. واتهم نائب وزير الخزانة إيران بتغذية الهجمات.");
    let name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| d.entities.iter().find(|e| &e.id == id))
            .map(|e| e.name.clone())
    };
    let q = d.quotes.iter().find(|q| q.cue.text == "اتهم");
    assert_eq!(
        q.map(|q| (q.speaker_text.clone(), name(&q.affiliation))),
        Some((
            Some("نائب وزير الخزانة".to_string()),
            Some("وزارة الخزانة الأمريكية".to_string())
        ))
    );
}

/// «فضّل عدم ذكر اسمه»: the verbal noun after عدم is no cue; the source
/// before it speaks.
#[test]
fn a_cue_after_adam_reports_nothing() {
    let got = real_said("وقال أحد وجهاء البلدة، فضّل عدم ذكر اسمه: «الفرقة تريد إفراغ المنطقة».");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, s("أحد وجهاء البلدة"));
    assert_eq!(got[0].2, "قال");
}

/// «أفاد بيان للجيش بأن»: a statement noun after a verb that takes a بـ
/// content is its subject, not ب + noun.
#[test]
fn a_statement_noun_is_no_bi_content() {
    assert_eq!(
        real_said("وأفاد بيان للجيش العراقي بأن القوات قتلت خمسة مسلحين."),
        vec![said(None, "بيان للجيش العراقي", "أفاد", "بأن القوات قتلت خمسة مسلحين")]
    );
}

/// An aside asking for anonymity does not count towards the words between
/// a verb and its content.
#[test]
fn an_anonymity_aside_is_not_part_of_the_subject() {
    let got = real_said(
        "وقال مسؤول في وزارة الدفاع الأميركية، طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن الدفاعات الجوية اعترضت طائرتين.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, s("مسؤول في وزارة الدفاع الأميركية"));
    assert_eq!(got[0].3, "إن الدفاعات الجوية اعترضت طائرتين");
}

/// A participle or a verb joined by و goes on with the subject of the verb
/// that opens the sentence, even one that reports nothing itself, rather
/// than with the last speaker.
#[test]
fn the_opening_verb_lends_its_subject() {
    let t = "وقال الجيش اللبناني إن الهدوء عاد. من جانبها، دانت حركة حماس الهجوم ووصفته بأنه «جريمة حرب».";
    let got = real_said(t);
    let last = got.last().map(|q| (q.0.clone(), q.2.clone()));
    assert_eq!(last, Some((s("حركة حماس"), "وصفت".to_string())), "{got:?}");
    let t = "وقال الجيش اللبناني إن الهدوء عاد. وحمّلت حركة حماس الاحتلال مسؤولية التصعيد، معتبرة أن الهجوم لن يمر.";
    let got = real_said(t);
    let last = got.last().map(|q| (q.0.clone(), q.2.clone()));
    assert_eq!(last, Some((s("حركة حماس"), "معتبرة".to_string())), "{got:?}");
}

/// A name in quotation marks after the verb is its subject, not a direct
/// quote; an aside opening with a pronoun is not the content.
#[test]
fn a_quoted_name_is_the_subject_and_an_aside_is_skipped() {
    let got = real_quotes("وتبنت «حركة الشباب»، وهي جماعة مرتبطة بتنظيم القاعدة، الهجوم في بيان.");
    assert_eq!(got, vec![(s("حركة الشباب"), "claim".into(), "الهجوم في بيان".into())]);
}

/// «المتحدث باسمها»: an unnamed spokesperson of the body that spoke last.
#[test]
fn a_spokesperson_in_its_name_speaks_for_the_last_speaker() {
    let doc = real_doc(
        "واتهمت قوات الدعم السريع الجيش السوداني بارتكاب «مجزرة جديدة». وقال المتحدث باسمها في بيان إن «الطيران يواصل استهداف الأسواق».",
    );
    let name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| doc.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()))
    };
    let last = doc
        .quotes
        .last()
        .map(|q| (q.speaker_text.clone(), name(&q.affiliation)));
    assert_eq!(last, Some((s("المتحدث باسمها"), s("قوات الدعم السريع"))));
}

#[test]
fn a_participle_complement_stays_in_the_source_phrase() {
    // للجبل completes المتاخمة; it is no addressee ending the speaker.
    assert_eq!(
        real_quotes("وأفاد شهود عيان من منطقة بولعابة المتاخمة للجبل بسماع دوي انفجار قوي."),
        vec![(
            s("شهود عيان من منطقة بولعابة المتاخمة للجبل"),
            "assert".to_string(),
            "بسماع دوي انفجار قوي".to_string()
        )]
    );
}

#[test]
fn a_definite_word_after_an_indefinite_sound_plural_is_the_object() {
    let got = real_quotes("اتهم ناشطون الجيش بقصف السوق.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, s("ناشطون"));
}

/// «مسؤول الإعلام في الدفاع المدني بمنطقة أعزاز، حسان العبدو،»: the holder
/// named between commas after a long description speaks.
#[test]
fn the_holder_named_after_a_long_description_speaks() {
    let doc = real_doc("وقال مسؤول الإعلام في الدفاع المدني بمنطقة أعزاز، حسان العبدو، إن فرق الإنقاذ انتشلت الضحايا.");
    let speaker = doc
        .quotes
        .first()
        .and_then(|q| q.speaker.clone())
        .and_then(|id| doc.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()));
    assert_eq!(speaker.as_deref(), Some("حسان العبدو"));
}

/// «دان فلان ما وصفه بـ"…"»: the one before described it; «بـ» is no
/// speaker.
#[test]
fn what_someone_described_with_bi_is_theirs() {
    let doc = real_doc("ودان رئيس حكومة الإقليم، مسرور بارزاني، ما وصفه بـ\"الاعتداء الإرهابي على قوت المواطنين\".");
    let q = doc
        .quotes
        .first()
        .map(|q| (q.speaker_text.clone(), q.content.text.clone()));
    assert_eq!(
        q,
        Some((s("مسرور بارزاني"), "الاعتداء الإرهابي على قوت المواطنين".to_string()))
    );
}

/// «ونفى المتحدث»: a definite description that begins an earlier speaker's
/// words is that speaker, with the body he spoke for.
#[test]
fn a_shortened_description_is_the_speaker_described_before() {
    let doc = real_doc(
        "وقال المتحدث باسم الجيش اللبناني إن الدورية تعرضت لإطلاق نار. ونفى المتحدث أن يكون الجنود قد ردوا على مصادر النيران.",
    );
    let name = |id: &Option<String>| entity_name(&doc, id);
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| {
            (
                q.speaker_text.clone(),
                name(&q.speaker).or_else(|| name(&q.affiliation)),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (s("المتحدث باسم الجيش اللبناني"), s("الجيش اللبناني")),
            (s("المتحدث"), s("الجيش اللبناني")),
        ]
    );
    // An indefinite one is someone new.
    let doc = real_doc("وقال المتحدث باسم الجيش اللبناني إن الدورية تعرضت لإطلاق نار. وقال متحدث إن الجنود ردوا.");
    assert_eq!(
        doc.quotes
            .get(1)
            .map(|q| q.speaker.is_none() && q.affiliation.is_none()),
        Some(true)
    );
}

/// «قال متحدث باسم الحكومة لرويترز»: the outlet after the words naming
/// the speaker is the addressee, not the speaker; «طالبت الخارجية
/// الإثيوبية الرئيس الإريتري بـ»: the person right after the body is its
/// object.
#[test]
fn an_outlet_is_told_and_a_person_after_a_body_is_its_object() {
    let doc = real_doc("وقال متحدث باسم الحكومة لرويترز إن الرئيس الإريتري رفض العرض.");
    let name = |id: &Option<String>| entity_name(&doc, id);
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| (name(&q.speaker), q.speaker_text.clone(), name(&q.addressee)))
        .collect();
    assert_eq!(got, vec![(None, s("متحدث باسم الحكومة"), s("رويترز"))]);
    let doc = real_doc("وطالبت وزارة الخارجية الإثيوبية الرئيس الإريتري بسحب قواته من الحدود.");
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| (entity_name(&doc, &q.speaker), q.content.text.clone()))
        .collect();
    assert_eq!(
        got,
        vec![(
            s("وزارة الخارجية الإثيوبية"),
            "الرئيس الإريتري بسحب قواته من الحدود".to_string()
        )]
    );
}

/// «متحدث باسم الوزارة»: the ministry named before speaks through him.
#[test]
fn a_spokesman_for_a_body_referred_back_to() {
    let doc = real_doc(
        "أعلنت وزارة الداخلية السورية اعتقال ثلاثة أشخاص في دمشق. ونفى متحدث باسم الوزارة أنباء عن انفجار ثان قرب المقام.",
    );
    let name = |id: &Option<String>| entity_name(&doc, id);
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| name(&q.speaker).or_else(|| name(&q.affiliation)))
        .collect();
    assert_eq!(got, vec![s("وزارة الداخلية السورية"), s("وزارة الداخلية السورية")]);
}

/// «…، وطالب الأجهزة الأمنية بـ…»: a masculine verb cannot have a
/// feminine body as its subject; the last speaker demands it of them. The
/// feminine verb reads it as the subject.
#[test]
fn a_masculine_verb_before_a_feminine_body_keeps_the_last_speaker() {
    let name_of = |text: &str| -> Vec<(Option<String>, Option<String>)> {
        let doc = real_doc(text);
        doc.quotes
            .iter()
            .map(|q| (entity_name(&doc, &q.speaker), q.speaker_text.clone()))
            .collect()
    };
    let got = name_of(
        "واتهم رئيس داغستان سيرغي ميليكوف \"خلايا نائمة\" بالوقوف وراء الهجوم، وطالب الأجهزة الأمنية بتشديد الحراسة على دور العبادة.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, s("سيرغي ميليكوف"));
    assert_eq!(
        name_of("وطالبت الأجهزة الأمنية بتشديد الحراسة."),
        vec![(None, s("الأجهزة الأمنية"))]
    );
}

/// «وطالبت مجلس الأمن بـ…»: a feminine past cannot have a masculine body
/// or office after it as its subject; the demand is the speaker's before.
#[test]
fn a_feminine_verb_before_a_masculine_body_keeps_the_last_speaker() {
    assert_eq!(
        real_speakers("أدانت وزارة الخارجية القطرية القصف، وطالبت مجلس الأمن الدولي بالتحرك لوقف الانتهاكات."),
        vec![("طالبت".to_string(), s("وزارة الخارجية القطرية"))]
    );
    // (A verb that agrees keeps the body after it as its speaker.)
    assert_eq!(
        real_speakers("ودعت الحكومة العراقية إلى فتح تحقيق."),
        vec![("دعت".to_string(), s("الحكومة العراقية"))]
    );
}

/// (cue, speaker's entity name) of each quote, with the real lexicons.
fn real_speakers(text: &str) -> Vec<(String, Option<String>)> {
    let doc = real_doc(text);
    doc.quotes
        .iter()
        .map(|q| (q.cue.text.clone(), entity_name(&doc, &q.speaker)))
        .collect()
}

/// «واتهمت الشرطة بإطلاق الغاز»: the one charged right before the charge
/// in ب is the object; the speaker is the one the verb goes on with. Not
/// so for a condemnation, whose ب phrase is its content.
#[test]
fn the_one_charged_before_the_charge_is_no_speaker() {
    let q = real_speakers(
        "ونفت وزارة الداخلية السودانية أن يكون المحتجون مسلحين، واتهمت الشرطة بإطلاق الغاز \"من دون إنذار على مزارعين عزل\".",
    );
    assert_eq!(
        q,
        vec![
            ("نفت".to_string(), s("وزارة الداخلية السودانية")),
            ("اتهمت".to_string(), s("وزارة الداخلية السودانية")),
        ]
    );
    let q = real_speakers("واتهمت حماس إسرائيل بخرق الاتفاق.");
    assert_eq!(q, vec![("اتهمت".to_string(), s("حركة حماس"))]);
    let q = real_speakers("ونددت النقابة الوطنية للصحفيين التونسيين بإيقاف الصحفي، مشيرة إلى أنه سابع صحفي يلاحق.");
    assert_eq!(
        q.iter().map(|x| x.1.clone()).collect::<Vec<_>>(),
        vec![
            s("النقابة الوطنية للصحفيين التونسيين"),
            s("النقابة الوطنية للصحفيين التونسيين")
        ]
    );
}

/// «ووصفت ما يروج بأنه»، «ودعت جميع الأطراف إلى»: what or all whom the
/// words are about is no speaker.
#[test]
fn what_and_all_are_objects() {
    let q = real_speakers(
        "وأكدت وزارة الداخلية السودانية أن الوضع مستقر، ووصفت ما يروج بأنه \"ادعاءات مغرضة\"، ودعت جميع الأطراف إلى ضبط النفس.",
    );
    assert_eq!(
        q.iter().map(|x| x.1.clone()).collect::<Vec<_>>(),
        vec![s("وزارة الداخلية السودانية"); 3]
    );
}

/// «…، ومكتب أمين المظالم، الذي أعلن ارتفاع الحصيلة»: a relative clause's
/// past verb has the name before it as its speaker; a present one, or one
/// said again and again, makes no statement.
#[test]
fn a_relative_clause_speaks_for_its_antecedent() {
    let q = real_speakers(
        "وأفرج عن الرهائن بوساطة من الكنيسة ومكتب أمين المظالم، الذي أعلن ارتفاع الحصيلة إلى ثلاثة قتلى و23 جريحا.",
    );
    assert_eq!(q, vec![("أعلن".to_string(), s("مكتب أمين المظالم"))]);
    assert_eq!(
        real_speakers("وفق تقديرات الأمم المتحدة، التي حذرت مرارا من تداعيات استهدافه على الوضع الإنساني."),
        vec![]
    );
}

/// «وقال أحد قادتها، ليونيل ماماني، لإذاعة محلية:»: the name between
/// commas speaks (a name that begins with ل opens no addressee).
#[test]
fn a_name_in_lam_after_a_comma_is_no_addressee() {
    let q =
        real_speakers("وقال أحد قادتها، ليونيل ماماني، لإذاعة محلية: \"لن نرفع الحواجز حتى يتراجع الرئيس عن مرسومه\".");
    assert_eq!(q, vec![("قال".to_string(), s("ليونيل ماماني"))]);
}

/// «وتعهدت بمواصلة العمليات "…"»: a phrase in ب after the verb is its
/// object; the verb goes on with the sentence's speaker.
#[test]
fn a_phrase_in_ba_is_no_speaker() {
    let q = real_speakers(
        "ونفت وزارة الدفاع الليبية سقوط مدنيين، وتعهدت بمواصلة العمليات \"حتى تطهير الساحل الغربي من الجريمة المنظمة\".",
    );
    assert_eq!(q.last(), Some(&("تعهدت".to_string(), s("وزارة الدفاع الليبية"))));
}

/// «نُقلوا إلى المستشفى»: were taken to hospital, no report; «نقلت
/// الوكالة عن …» still reports.
#[test]
fn taken_to_hospital_is_no_report() {
    assert_eq!(real_speakers("وأصيب خمسة أشخاص نُقلوا إلى المستشفى المحلي."), vec![]);
    assert_eq!(
        real_speakers("ونقلت الوكالة عن وزير الداخلية قوله إن الهجوم أسفر عن مقتل جنديين.").len(),
        1
    );
}

/// «ويدعى فلان» names the one described (يُدعى "is called"), no claim; the
/// description's holder so named speaks.
#[test]
fn is_called_names_the_speaker_and_claims_nothing() {
    assert_eq!(
        real_speakers("وروى أحد المفرج عنهم، ويدعى محمد علي زيد، أن زورقا تابعا للبحرية أطلق النار عليهم."),
        vec![("روى".to_string(), s("محمد علي زيد"))]
    );
    assert_eq!(
        real_speakers("وأفرج الخاطفون عن أحد المهندسين، ويدعى صالح باعباد، بعد وساطة قادها وجهاء."),
        vec![]
    );
    // (يدّعي "claims", written with ي, still reports.)
    assert_eq!(real_speakers("وتدعي الحكومة أن المسلحين هاجموا القرية.").len(), 1);
}

/// «، في تسجيل صوتي نُشر على منصات التواصل الاجتماعي،»: an occasion between
/// commas does not count toward the distance from the cue to its words.
#[test]
fn an_occasion_between_commas_is_an_aside() {
    assert_eq!(
        real_speakers(
            "وقال قائد ميداني في \"فانو\" يُدعى ميسغانا تيفيرا، في تسجيل صوتي نُشر على منصات التواصل الاجتماعي، إن مقاتليه \"سيطروا على ثلاثة أحياء لساعات قبل أن ينسحبوا\"."
        ),
        vec![("قال".to_string(), s("ميسغانا تيفيرا"))]
    );
}

/// «وطالب وجهاء عشائر»: tribal notables are an unnamed group that speaks,
/// not a person.
#[test]
fn tribal_notables_are_a_group_that_speaks() {
    let doc = real_doc("وطالب وجهاء عشائر في الرقة بالإفراج الفوري عن جميع المعتقلين.");
    let notables = doc.entities.iter().find(|e| e.name == "وجهاء عشائر");
    assert_eq!(notables.map(|e| e.kind), Some(crate::doc::EntityKind::Organization));
    assert_eq!(
        doc.quotes.first().and_then(|q| q.speaker.clone()),
        notables.map(|e| e.id.clone())
    );
}

/// «المتحدث باسم الشرطة» after «المتحدث باسم الجبهة، فلان»: a spokesman
/// for another body is not the one named before; the same body's is.
#[test]
fn a_spokesman_for_another_body_is_someone_else() {
    let q = real_speakers(
        "وقال المتحدث باسم الجبهة، سليمان داود، إن مقاتليه انسحبوا من القرية. في المقابل، نفى المتحدث باسم الشرطة الكينية أن تكون قواته قصفت المنازل.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0], ("قال".to_string(), s("سليمان داود")));
    assert_ne!(q[1].1, s("سليمان داود"));
    let q = real_speakers(
        "وقال المتحدث باسم الجبهة، سليمان داود، إن مقاتليه انسحبوا من القرية. ونفى المتحدث باسم الجبهة أن تكون قواته قصفت المنازل.",
    );
    assert_eq!(q.get(1).map(|x| x.1.clone()), Some(s("سليمان داود")), "{q:?}");
}

/// «وأعلنت مقتل اثنين من عناصرها»: the casualty noun after a joined cue is
/// what is announced; the speaker is the one the verb goes on with.
#[test]
fn a_casualty_noun_after_the_cue_is_no_speaker() {
    let q = real_speakers(
        "ونفت قوات حرس الحدود الطاجيكية أن تكون قد بادرت بإطلاق النار. وأعلنت مقتل اثنين من عناصرها في الاشتباكات.",
    );
    assert_eq!(
        q.get(1),
        Some(&("أعلنت".to_string(), s("قوات حرس الحدود الطاجيكية"))),
        "{q:?}"
    );
}

/// «وطالبت السفارة الصينية بالجزائر السلطات بـ»: an embassy (a facility
/// named with a foreign mission's noun) speaks, not the country after it.
#[test]
fn an_embassy_speaks() {
    let q = real_speakers(
        "وطالبت السفارة الصينية بالجزائر السلطات الجزائرية بـ«بذل كل الجهود الممكنة» لضمان سلامة مواطنيها.",
    );
    assert_eq!(q, vec![("طالبت".to_string(), s("السفارة الصينية"))]);
}

/// «لكنه أعلن تجميد القرار»، «ونفت استخدام الرصاص الحي»: the verbal noun
/// after the verb is what was announced or denied; the speaker is the one
/// named before. A woman (امرأة, of a verbal noun's shape) still speaks.
#[test]
fn a_verbal_noun_after_announce_or_deny_is_its_object() {
    assert_eq!(
        real_quotes("وقال المتحدث باسم الشرطة إن الوضع هادئ، لكنه أعلن تجميد تطبيق القرار ثلاثة أشهر."),
        vec![
            (s("المتحدث باسم الشرطة"), "assert".into(), "إن الوضع هادئ".into()),
            (
                s("المتحدث باسم الشرطة"),
                "announce".into(),
                "تجميد تطبيق القرار ثلاثة أشهر".into()
            ),
        ]
    );
    assert_eq!(
        real_quotes("وقالت امرأة من سكان الحي إن الشرطة لم تبلغها بشيء."),
        vec![(
            s("امرأة من سكان الحي"),
            "assert".into(),
            "إن الشرطة لم تبلغها بشيء".into()
        )]
    );
}

/// «طالبت اللجنة الحكومة بتعويض …»: a second definite noun that names a
/// body is no adjective of the first: the committee demands, the
/// government is asked.
#[test]
fn a_body_after_a_body_is_the_demand_s_object() {
    assert_eq!(
        real_quotes("وطالبت اللجنة الحكومة بتعويض أصحاب المنازل المتضررة."),
        vec![(
            s("اللجنة"),
            "demand".into(),
            "الحكومة بتعويض أصحاب المنازل المتضررة".into()
        )]
    );
}

/// «دانت X في ليبيا ما وصفته بـ"…"»: the condemnation's content runs over
/// what it described (one quote, not a second one for وصفت); where the
/// speaker is, and an abbreviation in brackets after its name, are no
/// part of what it said.
#[test]
fn a_condemnation_of_what_it_described() {
    assert_eq!(
        real_quotes(
            "ودانت المؤسسة الوطنية لحقوق الإنسان في ليبيا ما وصفته بـ\"القمع الممنهج للأصوات المطالبة بالعدالة\"."
        ),
        vec![(
            s("المؤسسة الوطنية لحقوق الإنسان"),
            "accuse".into(),
            "ما وصفته بـ\"القمع الممنهج للأصوات المطالبة بالعدالة".into()
        )]
    );
    assert_eq!(
        real_quotes("ونددت منظمة الأمم المتحدة للطفولة (يونيسف) بما وصفته «استخدام الأطفال قنابل بشرية»."),
        vec![(
            s("منظمة الأمم المتحدة للطفولة"),
            "accuse".into(),
            "بما وصفته «استخدام الأطفال قنابل بشرية".into()
        )]
    );
}

/// A place after إلى (whose key «الي» reads like the article) is part of
/// the speaker's description, not the verb's object.
#[test]
fn a_place_after_ila_stays_in_the_speakers_description() {
    let doc =
        real_doc("وقال المبعوث الخاص للأمين العام إلى اليمن، هانس غروندبرغ، إن المحتجزين يعملون لدى الأمم المتحدة.");
    let q: Vec<Option<String>> = doc.quotes.iter().map(|q| q.speaker_text.clone()).collect();
    assert_eq!(q, vec![s("المبعوث الخاص للأمين العام إلى اليمن، هانس غروندبرغ")]);
}
