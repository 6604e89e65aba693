//! Entity readings that depend on the shipped data (gazetteer, stop names,
//! descriptors), on sentences written for these tests.

use marsad_core::{Extractor, Meta};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().expect("resources load"))
}

/// (kind, mention text, ref id, country) of every entity mention.
fn mentions(text: &str) -> Vec<(String, String, String, String)> {
    let doc = extractor().extract(text, &Meta::default()).expect("extract");
    let mut out = Vec::new();
    for e in &doc.entities {
        for m in &e.mentions {
            out.push((
                format!("{:?}", e.kind),
                m.text.clone(),
                e.reference.as_ref().map_or("-".into(), |r| r.id.clone()),
                e.geo.as_ref().and_then(|g| g.country.clone()).unwrap_or_default(),
            ));
        }
    }
    out
}

/// The organisation mentions' texts.
fn orgs(text: &str) -> Vec<String> {
    mentions(text)
        .into_iter()
        .filter(|m| m.0 == "Organization")
        .map(|m| m.1)
        .collect()
}

fn has(ms: &[(String, String, String, String)], text: &str) -> bool {
    ms.iter().any(|m| m.1 == text)
}

#[test]
fn ordinary_words_of_the_corpus_check_are_no_places() {
    // دينار is a Turkish district in GeoNames and the currency in the news.
    let ms = mentions("ارتفعت أرباح الشركة إلى 12 مليون دينار خلال العام الماضي.");
    assert!(!has(&ms, "دينار"), "{ms:?}");
    // سد "plugging" after لـ is no dam; a dam the gazetteer has still is.
    let ms = mentions("طالب النائب بإرسال قوات إضافية لسد الفراغ الأمني، وزار سد الموصل.");
    assert!(!ms.iter().any(|m| m.1.starts_with("سد الفراغ")), "{ms:?}");
    assert!(ms.contains(&(
        "Facility".into(),
        "سد الموصل".into(),
        "marsad:mosul-dam".into(),
        "IQ".into()
    )));
    // Hebron is not stopped with the given name خليل.
    let ms = mentions("اقتحمت قوات الاحتلال مدينة الخليل فجر اليوم، واعتقلت خليل عمرو من الخليل.");
    assert!(
        ms.iter().filter(|m| m.1 == "الخليل" && m.3 == "PS").count() == 2,
        "{ms:?}"
    );
}

#[test]
fn a_yemeni_homonym_in_an_idlib_report_is_idlibs_village() {
    let ms = mentions("قصفت قوات النظام السوري بلدة البارة في ريف إدلب الجنوبي، وقتل مدنيان في البارة وكنصفرة.");
    let barah: Vec<_> = ms.iter().filter(|m| m.1 == "البارة").collect();
    assert_eq!(barah.len(), 2, "{ms:?}");
    assert!(barah.iter().all(|m| m.2 == "geonames:173999" && m.3 == "SY"), "{ms:?}");
    // Kansafra in the spelling the news uses, read after و.
    assert!(ms.contains(&("Place".into(), "كنصفرة".into(), "geonames:168572".into(), "SY".into())));
}

#[test]
fn ain_zara_is_a_district_of_tripoli() {
    let ms = mentions("تجددت الاشتباكات في منطقة عين زارة جنوب العاصمة الليبية طرابلس.");
    assert!(ms.contains(&("Place".into(), "عين زارة".into(), "marsad:ain-zara".into(), "LY".into())));
}

/// An organisation's name holds what the body is for behind لـ (an
/// indefinite noun and its definite genitive); a bare head does not take
/// the outlet it spoke to.
#[test]
fn an_organisation_keeps_its_purpose_behind_li() {
    let ms = mentions("ودعت المفوضية العليا لحقوق الإنسان الحكومة إلى فتح تحقيق.");
    assert!(has(&ms, "المفوضية العليا لحقوق الإنسان"), "{ms:?}");
    let ms = mentions("وقالت الهيئة العامة لوسائل الإعلام إن القرار نهائي.");
    assert!(has(&ms, "الهيئة العامة لوسائل الإعلام"), "{ms:?}");
    let ms = mentions("وقالت الوزارة لوكالة الأنباء إن الوضع هادئ.");
    assert!(!ms.iter().any(|m| m.1.starts_with("الوزارة ل")), "{ms:?}");
}

/// «سلمية» "peaceful" is no Salamiyah; the city keeps its descriptor.
/// «قوات الأمن الكردية» are the Asayish; «إثر» after a title is no name.
#[test]
fn peaceful_protests_kurdish_security_forces_and_a_preposition_after_a_title() {
    let ms = mentions("وأكد المنظمون أن التظاهرة كانت سلمية، ودعوا إلى احترام الاحتجاجات السلمية.");
    assert!(!ms.iter().any(|m| m.0 == "Place"), "{ms:?}");
    let ms = mentions("قصفت الطائرات مدينة السلمية بريف حماة.");
    assert!(ms.iter().any(|m| m.1.contains("السلمية") && m.3 == "SY"), "{ms:?}");
    let ms = mentions("فرّقت قوات الأمن الكردية تظاهرة في المدينة.");
    assert!(
        ms.iter().any(|m| m.1 == "قوات الأمن الكردية" && m.2 == "actor:asayish"),
        "{ms:?}"
    );
    let ms = mentions("وأصيب 12 شخصا، بينهم قائد الحاجز، إثر الهجوم الذي وقع فجرا.");
    assert!(!ms.iter().any(|m| m.0 == "Person"), "{ms:?}");
}

/// A quoted name that carries its own head noun («كتيبة الفاروق») is an
/// organisation, as the name after a head outside the quotes is.
#[test]
fn a_quoted_name_with_its_own_head_is_an_organisation() {
    let ms = mentions("اندلعت اشتباكات بين «كتيبة الفاروق» و«جهاز دعم الاستقرار» في المدينة.");
    assert!(
        ms.iter().any(|m| m.0 == "Organization" && m.1 == "كتيبة الفاروق"),
        "{ms:?}"
    );
    // A quoted slogan is no organisation.
    let ms = mentions("ورفع المحتجون لافتات كتب عليها «الشعب يريد الخبز».");
    assert!(!ms.iter().any(|m| m.1.contains("الخبز")), "{ms:?}");
}

/// «وتجمع الأهالي»: the verb تجمّع and the people gathered, not a
/// community (تجمع) called الأهالي.
#[test]
fn people_gathering_are_no_community() {
    let ms = mentions("وتجمع الأهالي أمام مقر المحافظة مطالبين الدولة بالتدخل.");
    assert!(!ms.iter().any(|m| m.0 == "Place" && m.1.contains("الأهالي")), "{ms:?}");
    // Nor a community called after the farmers or the workers it gathers.
    let ms = mentions("وطالب تجمع مزارعي الجزيرة الحكومة بتعويضهم.");
    assert!(!ms.iter().any(|m| m.0 == "Place"), "{ms:?}");
    // A village the gazetteer lacks is still read after its descriptor.
    let ms = mentions("داهمت القوات منازل في قرية الشويكة الفوقا.");
    assert!(ms.iter().any(|m| m.0 == "Place" && m.1.contains("الشويكة")), "{ms:?}");
}

/// «الشرطة الوطنية» alone is the police of the country the text is about.
#[test]
fn national_police_alone_is_the_countrys_police() {
    let ms = mentions(
        "فرّقت الشرطة الوطنية تظاهرة في نواكشوط. وتشهد موريتانيا احتجاجات متكررة، \
         وتقول الحكومة الموريتانية إن موريتانيا ستوفر فرص عمل.",
    );
    assert!(
        ms.iter().any(|m| m.1 == "الشرطة الوطنية" && m.2 == "actor:mr_police"),
        "{ms:?}"
    );
}

/// «المدينة» goes back to the place the text is about, not to the one named
/// as its bearing (الزاوية غرب طرابلس).
#[test]
fn the_city_is_not_the_bearing() {
    let ms = mentions("اندلعت اشتباكات في مدينة الزاوية غرب طرابلس. وينص الاتفاق على انسحاب الطرفين من وسط المدينة.");
    let city = ms.iter().find(|m| m.1 == "المدينة").map(|m| m.2.clone());
    let zawiya = ms.iter().find(|m| m.1 == "الزاوية").map(|m| m.2.clone());
    assert!(city.is_some() && city == zawiya, "{ms:?}");
}

/// Authorities, branches and state companies are named by their head
/// noun (سلطة، شعبة، رئاسة) and what they are for behind لل
/// (للنفط، للصناعة والمناجم); «برئاسة فلان» is "headed by", no body.
#[test]
fn bodies_named_by_head_and_purpose() {
    assert_eq!(
        orgs("وقالت المؤسسة الوطنية للنفط إن الإنتاج توقف."),
        vec!["المؤسسة الوطنية للنفط"]
    );
    assert_eq!(
        orgs("وقالت الشركة الوطنية للصناعة والمناجم إن العمال عادوا."),
        vec!["الشركة الوطنية للصناعة والمناجم"]
    );
    assert_eq!(
        orgs("وأعلنت سلطة الطيران المدني إغلاق المطار."),
        vec!["سلطة الطيران المدني"]
    );
    let headed = orgs("وشكلت حكومة جديدة برئاسة عبد الله حمدوك.");
    assert!(headed.iter().all(|o| !o.contains("رئاسة")), "{headed:?}");
}

/// «تجمّع «X»» is a collective named in quotation marks, and «تنسيقية»
/// (a coordination committee) heads a body's name; «وتجمع المحتجون» is the
/// verb.
#[test]
fn collectives_and_coordinations_are_bodies() {
    assert_eq!(
        orgs("وقال المتحدث باسم تجمّع «صرخة المودعين» إن الاعتصام مستمر."),
        vec!["تجمّع «صرخة المودعين»"]
    );
    assert_eq!(
        orgs("وقالت تنسيقية شباب المدينة إن الاعتصام مستمر."),
        vec!["تنسيقية شباب المدينة"]
    );
    assert!(
        orgs("وتجمع المحتجون أمام مقر الولاية.")
            .iter()
            .all(|o| !o.starts_with("وتجمع"))
    );
}

/// A town that is also a surname («غوري», Goré in Chad) ends the name of a
/// person after given names (with بن between them); after a preposition
/// of place it stays the town.
#[test]
fn a_surname_that_is_a_town_ends_a_persons_name() {
    let ms = mentions("وأكد المتحدث العسكري، محمد حسن غوري، أن الوضع مستقر.");
    assert!(ms.iter().any(|m| m.0 == "Person" && m.1 == "محمد حسن غوري"), "{ms:?}");
    let ms = mentions("وقال وكيل المحافظة، علي بن جلال العبيدي، إن القصف مستمر.");
    assert!(
        ms.iter().any(|m| m.0 == "Person" && m.1 == "علي بن جلال العبيدي"),
        "{ms:?}"
    );
    let ms = mentions("وصلت القافلة إلى غوري في جنوب تشاد.");
    assert!(ms.iter().any(|m| m.0 == "Place" && m.1 == "غوري"), "{ms:?}");
}

/// An organisation's head inside quotes takes the place after it into its
/// name: «كتيبة طوباس» is a brigade, not the town.
#[test]
fn a_quoted_name_with_its_head_holds_a_place() {
    let ms = mentions("واعتقلت الأجهزة الأمنية الفلسطينية خمسة عناصر من «كتيبة طوباس» في البلدة.");
    assert!(
        ms.iter().any(|m| m.0 == "Organization" && m.1 == "كتيبة طوباس"),
        "{ms:?}"
    );
    assert!(!has(&ms, "طوباس"), "{ms:?}");
}

/// A campaign and a website named in quotes after their head nouns are
/// organisations.
#[test]
fn a_quoted_campaign_and_website_are_organisations() {
    assert_eq!(
        orgs("ولبّى المشاركون دعوة أطلقتها حملة «لن نسكت» الشبابية، وقال أحدهم لموقع «الصدى» إن الوضع صعب."),
        vec!["حملة «لن نسكت»".to_string(), "موقع «الصدى»".to_string()]
    );
}

/// «عقب صلاة المغرب» is the sunset prayer, not Morocco; Morocco elsewhere
/// is still Morocco.
#[test]
fn the_sunset_prayer_is_no_country() {
    let ms = mentions("واندلعت مشاجرة بين شابين عقب صلاة المغرب أمام مسجد القرية في محافظة قنا.");
    assert!(!has(&ms, "المغرب"), "{ms:?}");
    let ms = mentions("وعاد الوفد إلى المغرب بعد زيارة استمرت يومين.");
    assert!(has(&ms, "المغرب"), "{ms:?}");
}

/// A listed adjective after a facility's name is part of it, even one that
/// is a function word elsewhere (العام); not when the times layer reads it
/// as a date (العام الماضي).
#[test]
fn a_facilitys_general_adjective_is_part_of_its_name() {
    let ms = mentions("ونقل الجرحى إلى مستشفى المحلة العام، وافتتح مستشفى عتق العام الماضي.");
    assert!(has(&ms, "مستشفى المحلة العام"), "{ms:?}");
    assert!(has(&ms, "مستشفى عتق"), "{ms:?}");
    assert!(!has(&ms, "مستشفى عتق العام"), "{ms:?}");
}

/// A place name right before بن is a given name (رشيد بن سالم is no
/// Rosetta), and a word after بن is part of the name whatever else it
/// means (بن عمارة is no Amarah).
#[test]
fn a_name_before_or_after_bin_is_a_persons() {
    let ms = mentions("وقال الخبير الأمني رشيد بن عمارة إن الوضع خطير، وأكد رشيد بن سالم ذلك في رشيد.");
    assert!(
        ms.contains(&("Person".into(), "رشيد بن عمارة".into(), "-".into(), String::new())),
        "{ms:?}"
    );
    assert!(has(&ms, "رشيد بن سالم"), "{ms:?}");
    assert!(!has(&ms, "عمارة"), "{ms:?}");
    assert_eq!(ms.iter().filter(|m| m.0 == "Place").count(), 1, "{ms:?}");
}

/// وكيل is an office (وكيل أول محافظة عدن، ناصر الحوشبي: the person in
/// apposition holds it), and قوات heads an organisation's name.
#[test]
fn undersecretaries_and_named_forces() {
    let ms = mentions("وقال وكيل أول محافظة عدن، ناصر الحوشبي، إن الحكومة مسؤولة.");
    assert!(!has(&ms, "وكيل"), "{ms:?}");
    assert!(has(&ms, "ناصر الحوشبي"), "{ms:?}");
    assert_eq!(
        orgs("وأعلنت قوات الدفاع الشعبية أنها أسقطت طائرة مسيرة."),
        vec!["قوات الدفاع الشعبية".to_string()]
    );
}

/// A name of two or three words set off by commas after an office is the
/// person who holds it, listed or not; a phrase between commas that is no
/// name (خلال مؤتمر صحفي، مساء أمس) is none.
#[test]
fn a_name_between_commas_after_an_office_is_a_person() {
    let ms = mentions("ووصف حاكم الولاية، كاليب موتفوانغ، الهجوم بأنه عمل بربري.");
    assert!(
        ms.contains(&("Person".into(), "كاليب موتفوانغ".into(), "-".into(), String::new())),
        "{ms:?}"
    );
    let ms = mentions("وقال المتحدث، خلال مؤتمر صحفي، إن القوات تقدمت. وأكد الوزير، مساء أمس، أن القوات تقدمت.");
    assert!(!ms.iter().any(|m| m.0 == "Person"), "{ms:?}");
    // A description between the commas is no name (an elative before an
    // indefinite noun and a definite genitive); a given name أفعل is.
    let ms = mentions("واتهم رئيس الحزب، أكبر أحزاب المعارضة، الحكومة بتنفيذ انقلاب.");
    assert!(!ms.iter().any(|m| m.0 == "Person"), "{ms:?}");
    let ms = mentions("وقال الوزير، أكرم محمد الحسن، إن الهجوم فشل.");
    assert!(
        ms.contains(&("Person".into(), "أكرم محمد الحسن".into(), "-".into(), String::new())),
        "{ms:?}"
    );
}

/// «الدفاع المدني» alone is the civil defence of the document's clear
/// country, with the listed actor's id where one is listed.
#[test]
fn the_civil_defence_alone_is_the_clear_countrys() {
    let ms =
        mentions("غزة – قال الدفاع المدني في قطاع غزة إن الطواقم انتشلت 11 جثة. وأعلن الدفاع المدني ارتفاع الحصيلة.");
    assert!(
        ms.iter()
            .any(|m| m.0 == "Organization" && m.1 == "الدفاع المدني" && m.2 == "actor:ps_civil_defence"),
        "{ms:?}"
    );
    let ms = mentions("الخرطوم – قال الدفاع المدني السوداني إن الطواقم أخمدت الحريق.");
    assert!(
        ms.iter()
            .any(|m| m.0 == "Organization" && m.1 == "الدفاع المدني السوداني" && m.2 == "actor:sd_civil_defence"),
        "{ms:?}"
    );
}

/// A one-word place introduced with its descriptor (بلدة الناصر) is that
/// place when named alone later, not inside a person's name (عبد الناصر)
/// nor as an adjective after a definite noun.
#[test]
fn a_place_introduced_with_its_descriptor_is_named_alone_later() {
    let ms = mentions(
        "اندلعت اشتباكات في بلدة الناصر بولاية أعالي النيل. وكانت الناصر قد شهدت هجوما، وقال جمال عبد الناصر إن الشارع الناصر هادئ.",
    );
    let nasir: Vec<_> = ms.iter().filter(|m| m.1 == "الناصر").collect();
    assert_eq!(nasir.len(), 2, "{ms:?}");
    assert!(nasir.iter().all(|m| m.0 == "Place"), "{ms:?}");
    assert!(has(&ms, "جمال عبد الناصر"), "{ms:?}");
}

/// مطرانية، غرفة and خلية head organisations' names (مطرانية المنيا، غرفة
/// التجارة، خلية الاتصال); a one-word "person" written with a final ئ is
/// an adjective (الوضع هادئ), though its match key folds to a name.
#[test]
fn more_organisation_heads_and_no_person_in_a_hamza_adjective() {
    assert_eq!(
        orgs("واتهمت مطرانية المنيا الأهالي بالاعتداء، وقالت غرفة التجارة إن الخسائر كبيرة."),
        vec!["مطرانية المنيا".to_string(), "غرفة التجارة".to_string()]
    );
    let ms = mentions("وأفادت خلية الاتصال بأن الوضع هادئ.");
    assert!(has(&ms, "خلية الاتصال"), "{ms:?}");
    assert!(!ms.iter().any(|m| m.0 == "Person"), "{ms:?}");
}

/// A subordinating conjunction (فيما، بينما، عندما) is never part of a name
/// the tagger reads.
#[test]
fn a_conjunction_opens_no_name() {
    let ms = mentions("طالب المجلس بفتح تحقيق في مقتل الشاب، فيما دعا ناشطون إلى عصيان مدني شامل.");
    assert!(!ms.iter().any(|m| m.0 == "Person"), "{ms:?}");
}

/// A facility's name does not run on into an indefinite accusative after
/// a definite word (مبنى البلدية احتجاجا على القرار).
#[test]
fn an_accusative_after_a_definite_word_ends_a_facility_name() {
    let ms = mentions("وتجمع مئات المحتجين أمام مبنى البلدية احتجاجا على القرار.");
    assert!(ms.iter().any(|m| m.1 == "مبنى البلدية"), "{ms:?}");
    assert!(!ms.iter().any(|m| m.1.contains("احتجاجا")), "{ms:?}");
}

/// «مهاجران» (two migrants) is no Iranian town when named bare.
#[test]
fn two_migrants_are_no_town() {
    let ms = mentions("لقي مهاجران حتفهما وأصيب العشرات خلال محاولة اقتحام السياج.");
    assert!(!ms.iter().any(|m| m.0 == "Place"), "{ms:?}");
}
