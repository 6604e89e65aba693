//! Reporting cues from the shipped cue list, on sentences written for
//! these tests.

use marsad_core::{Document, Extractor, Meta};
use std::sync::OnceLock;

/// The document read with the shipped resources, loaded once.
fn extract(text: &str) -> Document {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().expect("resources"))
        .extract(text, &Meta::default())
        .expect("extract")
}

/// (cue, stance) of each quote.
fn cues(text: &str) -> Vec<(String, String)> {
    let doc = extract(text);
    doc.quotes
        .iter()
        .map(|q| (q.cue.text.clone(), q.stance.clone()))
        .collect()
}

/// A vow in a participle after a statement (متوعدا بـ) is a quote of its
/// own, coded demand as توعد is.
#[test]
fn a_vow_in_a_participle_is_a_quote() {
    assert_eq!(
        cues("وقال المتحدث إن الهجوم لن يمر دون رد، متوعدا بمزيد من الضربات في العمق."),
        vec![
            ("قال".to_string(), "assert".to_string()),
            ("متوعدا".to_string(), "demand".to_string())
        ]
    );
}

/// أن after a contrast (غير أن، رغم أن) opens a clause of its own: it is
/// not what the negated cue before it («لم تعلن») reports.
#[test]
fn a_contrast_is_no_content_of_the_cue_before_it() {
    let found = cues("ولم تعلن الجماعة مسؤوليتها عن الهجوم، غير أن قياديا فيها قال للصحفيين إن المطارات هدف مشروع.");
    assert!(found.iter().all(|(cue, _)| cue != "تعلن"), "{found:?}");
    assert!(found.iter().any(|(cue, _)| cue == "قال"), "{found:?}");
}

/// (cue, speaker or affiliation name) of each quote.
fn speakers(text: &str) -> Vec<(String, String)> {
    let doc = extract(text);
    let name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
            .map_or(String::new(), |e| e.name.clone())
    };
    doc.quotes
        .iter()
        .map(|q| {
            let who = name(&q.speaker);
            (
                q.cue.text.clone(),
                if who.is_empty() { name(&q.affiliation) } else { who },
            )
        })
        .collect()
}

/// «البلاغ» (a communiqué, Maghreb usage) speaks for the body that issued
/// the one named before, as «البيان» does.
#[test]
fn the_communique_speaks_for_its_issuer() {
    assert_eq!(
        speakers("وأفاد بلاغ لوزارة الداخلية المغربية بأن الموقوفين أحيلوا على النيابة. وأوضح البلاغ أن الأبحاث متواصلة."),
        vec![
            ("أفاد".to_string(), "وزارة الداخلية المغربية".to_string()),
            ("أوضح".to_string(), "وزارة الداخلية المغربية".to_string())
        ]
    );
}

/// A definite head noun alone («المحور») refers back to the organisation
/// whose name it heads, even when that name was mentioned inside an
/// office's («المركز الإعلامي لمحور تعز العسكري»).
#[test]
fn a_head_noun_refers_back_to_the_body_named_inside_an_office() {
    let found = speakers("وقال المركز الإعلامي لمحور تعز العسكري إن القناصة قتلوا طفلا. وأضاف المحور أن الحصار مستمر.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, found[1].1, "{found:?}");
    assert!(!found[1].1.is_empty(), "{found:?}");
}

/// «والي» is the governor (its match key reads as و + إلى): the person the
/// title names speaks.
#[test]
fn the_governor_speaks_by_his_name() {
    assert_eq!(
        speakers("وقال والي الخرطوم، اللواء أحمد عثمان حمزة، للصحفيين: «الوضع تحت السيطرة»."),
        vec![("قال".to_string(), "أحمد عثمان حمزة".to_string())]
    );
}

/// «وقال لـ«الصحيفة»»: a lone ل right after the verb opens the addressee;
/// the speaker is the one named before, not the outlet.
#[test]
fn a_lone_lam_after_the_verb_is_no_speaker() {
    let found = speakers("وقال لـ«الشرق الأوسط» إن الوضع مستقر.");
    assert!(found.iter().all(|(_, who)| who != "الشرق الأوسط"), "{found:?}");
    assert_eq!(
        speakers("ونفى وزير الداخلية العراقي عبد الأمير الشمري الاتهامات، وقال لـ«الشرق الأوسط» إن التحقيق مستمر.")
            .last()
            .map(|(_, who)| who.clone()),
        Some("عبد الأمير الشمري".to_string())
    );
}

/// A title with no name («المحافظ»، «محافظ البصرة») speaks for the person
/// the text gives that role, named before it or right after.
#[test]
fn a_title_alone_is_the_person_with_that_role() {
    let found = speakers(
        "وأعلن محافظ البصرة، أسعد العيداني، فرض حظر التجوال في المدينة. \
         وقال المحافظ للصحفيين إن الحظر سيرفع غدا.",
    );
    assert_eq!(
        found.last().map(|(_, who)| who.as_str()),
        Some("أسعد العيداني"),
        "{found:?}"
    );
}

/// «نقلت … عن فلان قوله إن»: «قوله» (his saying) is no part of the name.
#[test]
fn his_saying_is_no_part_of_the_name() {
    assert_eq!(
        speakers("ونقلت وكالة الأنباء الرسمية عن وزير الداخلية عبد الله الشمري قوله إن الوضع تحت السيطرة."),
        vec![("نقلت".to_string(), "عبد الله الشمري".to_string())]
    );
}

/// «أعلن الناطق باسم X، العقيد فلان، …» with no complementizer: the clause
/// ends at the first comma, but the office's holder named (past a rank)
/// between the next commas is the one speaking.
#[test]
fn the_holder_of_an_office_between_commas_speaks() {
    assert_eq!(
        speakers("وأعلن الناطق باسم الشرطة الاتحادية، العقيد سمير الحلبوسي، صباح اليوم، إعادة فتح الطريق."),
        vec![("أعلن".to_string(), "سمير الحلبوسي".to_string())]
    );
}

/// «وكانت بغداد قد حذرت مرارا»: a capital in the frame كان X قد is the
/// speaker (for its government), and «مرارا» is an adverb, no subject.
#[test]
fn a_capital_in_the_frame_kana_qad_speaks() {
    assert_eq!(
        speakers("وكانت بغداد قد حذرت مرارا من التصعيد، معتبرة أن الحوار هو الحل."),
        vec![
            ("حذرت".to_string(), "بغداد".to_string()),
            ("معتبرة".to_string(), "بغداد".to_string())
        ]
    );
}

/// «أبلغ مصدر أمني وكالة رويترز أن»: the agency after the source's
/// adjective is told, it is no part of the source's words.
#[test]
fn an_agency_after_the_source_adjective_is_no_part_of_it() {
    let doc = extract("وأبلغ مصدر أمني وكالة رويترز أن المهاجمين فروا نحو الجبال.");
    let q: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| (q.speaker.clone(), q.speaker_text.clone(), q.affiliation.clone()))
        .collect();
    assert_eq!(q, vec![(None, Some("مصدر أمني".to_string()), None)]);
}

/// A federal member state's bare name speaks for its administration, as a
/// capital does; «دار الإفتاء» is a body.
#[test]
fn a_member_state_and_a_dar_body_speak() {
    assert_eq!(
        speakers("ونفت بونتلاند أن تكون قواتها قد قصفت القرية."),
        vec![("نفت".to_string(), "حكومة بونتلاند".to_string())]
    );
    assert_eq!(
        speakers("وطالبت دار الإفتاء، في بيان، بالإفراج عن المعتقلين."),
        vec![("طالبت".to_string(), "دار الإفتاء".to_string())]
    );
}

/// «بيانا طالبت فيه»، «وفق بيان لمكتبه، أكد فيه»: a verb said «in it»
/// speaks with the statement's issuer, the body or person named before it.
#[test]
fn a_verb_in_a_statement_speaks_with_its_issuer() {
    assert_eq!(
        speakers("وأصدرت نقابة المعلمين بيانا طالبت فيه الحكومة بصرف الرواتب المتأخرة."),
        vec![("طالبت".to_string(), "نقابة المعلمين".to_string())]
    );
    let found =
        speakers("ووجّه وزير الداخلية عبد الأمير الشمري بتشكيل فريق تحقيق، وفق بيان لمكتبه، أكد فيه أن الجناة سيحاسبون.");
    assert_eq!(
        found.last(),
        Some(&("أكد".to_string(), "عبد الأمير الشمري".to_string())),
        "{found:?}"
    );
}

/// «في بيان نقلته الوكالة»: a verb with an object pronoun right after a
/// statement noun is a relative clause, no cue: the quote is the speaker's.
#[test]
fn a_relayed_statement_clause_is_no_cue() {
    assert_eq!(
        speakers(
            "وقال المتحدث باسم التحالف، العميد تركي المالكي، في بيان نقلته وكالة الأنباء السعودية، إن الدفاعات تعاملت مع التهديدات."
        ),
        vec![("قال".to_string(), "تركي المالكي".to_string())]
    );
}

/// «حذرت العشيرة من أنها …»: the verb's preposition before its
/// complementizer is no part of the subject's words.
#[test]
fn a_preposition_before_the_complementizer_ends_the_subject() {
    let doc = extract("وحذرت العشيرة من أنها لن تسكت على الجريمة.");
    let texts: Vec<_> = doc.quotes.iter().map(|q| q.speaker_text.clone()).collect();
    assert_eq!(texts, vec![Some("العشيرة".to_string())]);
}

/// «نفى مصدر عسكري هذه الرواية»: a demonstrative opens the object, it is
/// no part of the source's words.
#[test]
fn a_demonstrative_ends_an_unnamed_source() {
    let doc = extract("ونفى مصدر عسكري هذه الرواية جملة وتفصيلا.");
    let texts: Vec<_> = doc.quotes.iter().map(|q| q.speaker_text.clone()).collect();
    assert_eq!(texts, vec![Some("مصدر عسكري".to_string())]);
}

/// مضيفة، داعية، مطالبة are cues only as participles after a comma with
/// their complement right after them; as nouns (داعية إسلامي) they are
/// neither cues nor the end of another cue's content.
#[test]
fn guarded_participles_need_a_comma_and_their_complement() {
    assert_eq!(
        speakers("وأكدت منظمة العفو الدولية أن المعتقلين تعرضوا للتعذيب، مطالبة السلطات بالإفراج عنهم."),
        vec![
            ("أكدت".to_string(), "منظمة العفو الدولية".to_string()),
            ("مطالبة".to_string(), "منظمة العفو الدولية".to_string())
        ]
    );
    assert_eq!(
        speakers("وقال الشيخ أحمد، داعية إسلامي معروف، إن الوضع صعب."),
        vec![("قال".to_string(), "أحمد".to_string())]
    );
    let cues: Vec<String> = speakers("وصلت مضيفة الطيران إلى المطار، داعية الركاب إلى الهدوء.")
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert!(!cues.contains(&"مضيفة".to_string()), "{cues:?}");
}

/// حمّل is a cue (accuse) only with a word of responsibility within six
/// words after it; otherwise it is carrying.
#[test]
fn holding_responsible_is_a_cue_and_carrying_is_not() {
    assert_eq!(
        speakers("وحمّل رئيس بلدية زحلة الأجهزة الأمنية مسؤولية التراخي في ملاحقة المطلوبين."),
        vec![("حمّل".to_string(), "رئيس بلدية زحلة".to_string())]
    );
    assert!(speakers("وحمّل العمال الأمتعة إلى الشاحنة.").is_empty());
}
