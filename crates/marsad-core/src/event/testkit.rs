//! Test fixtures shared by the quote and event tests: small lexicons
//! written for the tests, hand-built entity lists, and a runner.

use crate::doc::{Entity, EntityKind, EntityRef, Event, Geo, Quote, Range, Span, TimeExpr, TimeType};
use crate::event::{Context, EventSources, Index, TriggerLexicon};
use crate::lexicon::Resources;
use crate::quote::{CueLexicon, QuoteSources};
use crate::text::{TextLayer, sentence};
use std::sync::OnceLock;

pub const CUES: &str = "form\tkind\tstance\tlemma\tnote
قال\tverb\tassert\tقال\t
قالت\tverb\tassert\tقال\t
تقول\tverb\tassert\tقال\t
أضاف\tverb\tassert\tأضاف\t
أضافت\tverb\tassert\tأضاف\t
تابع\tverb\tassert\tتابع\t
أكد\tverb\tassert\tأكد\t
أكدت\tverb\tassert\tأكد\t
أشار\tverb\tassert\tأشار\t
أوضح\tverb\tassert\tأوضح\t
أعلن\tverb\tannounce\tأعلن\t
أعلنت\tverb\tannounce\tأعلن\t
نفى\tverb\tdeny\tنفى\t
نفت\tverb\tdeny\tنفى\t
توقع\tverb\texpect\tتوقع\t
زعم\tverb\tclaim\tزعم\t
ادعى\tverb\tclaim\tادعى\t
اتهم\tverb\taccuse\tاتهم\t
اتهمت\tverb\taccuse\tاتهم\t
طالب\tverb\tdemand\tطالب\t
تطالب\tverb\tdemand\tطالب\t
دعا\tverb\tdemand\tدعا\t
يرى\tverb\tassert\tرأى\t
أرجع\tverb\tassert\tأرجع\t
تبنت\tverb\tclaim\tتبنى\t
تبنى\tverb\tclaim\tتبنى\t
وصفت\tverb\tassert\tوصف\t
مشيرا\tparticiple\tassert\tأشار\t
مضيفا\tparticiple\tassert\tأضاف\t
بحسب\taccording\tassert\tحسب\t
نقلا عن\taccording\tassert\tنقل\t
وفق\taccording\tassert\tوفق\t
وفق تعبيره\tpost\tassert\tوفق\t
على حد تعبيره\tpost\tassert\tتعبير\t
في تصريح\taddressee\tassert\tتصريح\t
في مقابلة\taddressee\tassert\tمقابلة\t
في بيان\tnoun\tassert\tبيان\t
يقول\tverb\tassert\tقال\t
لفت\tverb\tassert\tلفت\t
شدد\tverb\tassert\tشدد\t
بين\tverb\tassert\tبين\t
صرح\tverb\tassert\tصرح\t
ذكر\tverb\tassert\tذكر\t
أفاد\tverb\tassert\tأفاد\t
نقل\tverb\tassert\tنقل\t
كشف\tverb\tannounce\tكشف\t
رجح\tverb\texpect\tرجح\t
اعتبر\tverb\tassert\tاعتبر\t
رأى\tverb\tassert\tرأى\t
حذر\tverb\tdemand\tحذر\t
هدد\tverb\tdemand\tهدد\t
لافتا\tparticiple\tassert\tلفت\t
مؤكدا\tparticiple\tassert\tأكد\t
حسب\taccording\tassert\tحسب\t
وفقا لـ\taccording\tassert\tوفق\t
وفقا\taccording\tassert\tوفق\t
";

pub const UNNAMED: &str = "form\tnumber\tnote
مصدر\tsingular\t
مصادر\tplural\t
شهود عيان\tplural\t
متابعون\tplural\t
ناشطون\tplural\t
مراقبون\tplural\t
تقرير\tsingular\t
مسؤول\tsingular\t
";

pub const TRIGGERS: &str = "form\tpos\tvoice\ttype\tmode\tcameo\tacled_event\tacled_sub\tnote
هجوم\tnoun\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
هجمات\tnoun\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
اشتباكات\tnoun\tactive\tASSAULT\tclash\t190\tBattles\tArmed clash\t
قتل\tverb\tany\tASSAULT\t\t190\tBattles\tArmed clash\t
قتلت\tverb\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
مقتل\tnoun\tpassive\tASSAULT\t\t190\tBattles\tArmed clash\t
اغتيل\tverb\tpassive\tASSAULT\tassassinate\t186\tViolence against civilians\tAttack\t
اغتيال\tnoun\tpassive\tASSAULT\tassassinate\t186\tViolence against civilians\tAttack\t
تفجير\tnoun\tactive\tASSAULT\texplosives\t183\tExplosions/Remote violence\tRemote explosive/landmine/IED\t
قصف\tnoun\tactive\tASSAULT\theavy-weapons\t195\tExplosions/Remote violence\tShelling/artillery/missile attack\t
استهدف\tverb\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
استهدفوا\tverb\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
اعتقل\tverb\tany\tCOERCE\tarrest\t173\tStrategic developments\tArrests\t
اعتقلت\tverb\tany\tCOERCE\tarrest\t173\tStrategic developments\tArrests\t
إلقاء القبض\tnoun\tactive\tCOERCE\tarrest\t173\tStrategic developments\tArrests\t
أطلقت صواريخ\tverb\tactive\tASSAULT\theavy-weapons\t195\tExplosions/Remote violence\tShelling/artillery/missile attack\t
ألقي القبض\tverb\tpassive\tCOERCE\tarrest\t173\tStrategic developments\tArrests\t
حظر\tnoun\tactive\tCOERCE\tcurfew\t1723\tStrategic developments\tOther\t
حظر التجول\tnoun\tactive\tCOERCE\tcurfew\t1723\tStrategic developments\tOther\t
حظرا جزئيا\tnoun\tactive\tCOERCE\tcurfew\t1723\tStrategic developments\tOther\t
حظر الجزئي\tnoun\tactive\tCOERCE\tcurfew\t1723\tStrategic developments\tOther\t
سلموا أنفسهم\tverb\tactive\tRETREAT\tsurrender\t0874\tStrategic developments\tOther\t
استسلام\tnoun\tactive\tRETREAT\tsurrender\t0874\tStrategic developments\tOther\t
انسحاب\tnoun\tactive\tRETREAT\twithdraw\t0871\tStrategic developments\tNon-violent transfer of territory\t
تظاهر\tverb\tactive\tPROTEST\tdemo\t141\tProtests\tPeaceful protest\t
مظاهرة\tnoun\tactive\tPROTEST\tdemo\t141\tProtests\tPeaceful protest\t
مظاهرات\tnoun\tactive\tPROTEST\tdemo\t141\tProtests\tPeaceful protest\t
حشد\tverb\tactive\tMOBILIZE\ttroops\t150\tStrategic developments\tOther\t
هدد\tverb\tactive\tTHREATEN\t\t130\tStrategic developments\tOther\t
اتهم\tverb\tactive\tACCUSE\t\t112\t\t\t
اتهمت\tverb\tactive\tACCUSE\t\t112\t\t\t
القضاء على\tnoun\tactive\tASSAULT\t\t190\tBattles\tArmed clash\t
طالب\tverb\tactive\tREQUEST\t\t100\t\t\t
طالبت\tverb\tactive\tREQUEST\t\t100\t\t\t
اتفاق\tnoun\tactive\tAGREE\t\t057\tStrategic developments\tAgreement\t
التقى\tverb\tactive\tCONSULT\tvisit\t040\t\t\t
مساعدات\tnoun\tactive\tAID\t\t070\t\t\t
عقوبات\tnoun\tactive\tSANCTION\t\t163\t\t\t
رفض\tverb\tactive\tREJECT\t\t120\t\t\t
";

pub const FACTUALITY: &str = "form\tvalue\tposition\tnote
محاولة\tattempted\tbefore\t
حاول\tattempted\tbefore\t
أحبط\tfoiled\tbefore\t
أحبطت\tfoiled\tafter\t
أحبطت\tfoiled\tbefore\t
أجهضت\tfoiled\tafter\t
أفشل\tfoiled\tbefore\t
خطط\tplanned\tbefore\t
مخطط\tplanned\tbefore\t
يعتزم\tplanned\tbefore\t
يقتضي\tplanned\tbefore\t
هدد\tthreatened\tbefore\t
توعد\tthreatened\tbefore\t
لم\tdenied\tbefore\t
لن\tdenied\tbefore\t
لا\tdenied\tbefore\t
نفى\tdenied\tbefore\t
إذا\thypothetical\tbefore\t
لو\thypothetical\tbefore\t
";

pub const COREF: &str = "form\ttype\tnote
الهجوم\tASSAULT\t
العملية\tany\t
الحظر\tCOERCE\t
";

/// The document extracted from `text` with the real data files (loaded
/// once for all tests).
pub fn real_doc(text: &str) -> crate::doc::Document {
    real_doc_on(text, None)
}

/// [`real_doc`] published on `published` (`YYYY-MM-DD`).
pub fn real_doc_on(text: &str, published: Option<&str>) -> crate::doc::Document {
    static X: OnceLock<crate::Extractor> = OnceLock::new();
    let meta = crate::Meta {
        published: published.map(str::to_string),
        ..crate::Meta::default()
    };
    X.get_or_init(|| crate::Extractor::new().expect("resources"))
        .extract(text, &meta)
        .expect("extract")
}

/// The extractor's resources with the test lexicons.
pub fn resources() -> &'static Resources {
    static R: OnceLock<Resources> = OnceLock::new();
    R.get_or_init(|| {
        let mut r = Resources::load().expect("resources");
        r.quotes = CueLexicon::build(&QuoteSources {
            cues: CUES,
            unnamed_sources: UNNAMED,
            relay: "form\tkind\nنقل\tverb\nقوله\tcloser\n",
        })
        .expect("cues");
        r.events = TriggerLexicon::build(&EventSources {
            triggers: TRIGGERS,
            factuality: FACTUALITY,
            coref_nouns: COREF,
            nonviolent: include_str!("../../../../data/events/nonviolent_causes.tsv"),
            confidence: include_str!("../../../../data/events/confidence.tsv"),
            grammar_words: include_str!("../../../../data/events/grammar_words.tsv"),
        })
        .expect("triggers");
        r
    })
}

/// An entity spec: id, kind, feature (places), category and country (actors), mention surfaces.
pub struct Spec<'a> {
    pub id: &'a str,
    pub kind: EntityKind,
    pub feature: Option<&'a str>,
    pub category: Option<&'a str>,
    pub country: Option<&'a str>,
    pub mentions: &'a [&'a str],
}

pub fn org<'a>(id: &'a str, mentions: &'a [&'a str]) -> Spec<'a> {
    Spec {
        id,
        kind: EntityKind::Organization,
        feature: None,
        category: Some("armed_group"),
        country: None,
        mentions,
    }
}

pub fn person<'a>(id: &'a str, mentions: &'a [&'a str]) -> Spec<'a> {
    Spec {
        id,
        kind: EntityKind::Person,
        feature: None,
        category: None,
        country: None,
        mentions,
    }
}

pub fn place<'a>(id: &'a str, feature: &'a str, country: &'a str, mentions: &'a [&'a str]) -> Spec<'a> {
    let kind = if matches!(feature, "prison" | "camp") {
        EntityKind::Facility
    } else {
        EntityKind::Place
    };
    Spec {
        id,
        kind,
        feature: Some(feature),
        category: None,
        country: Some(country),
        mentions,
    }
}

/// Entities from specs: every occurrence of every surface is a mention;
/// the entity id is the spec's id (so tests read as the gold does).
pub fn entities(text: &str, specs: &[Spec]) -> Vec<Entity> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for s in specs {
        let mut mentions: Vec<Span> = Vec::new();
        for m in s.mentions {
            let pat: Vec<char> = m.chars().collect();
            let mut i = 0;
            while i + pat.len() <= chars.len() {
                if chars[i..i + pat.len()] == pat[..] {
                    if !mentions.iter().any(|x| i < x.end && x.start < i + pat.len()) {
                        mentions.push(Span {
                            start: i,
                            end: i + pat.len(),
                            text: m.to_string(),
                        });
                    }
                    i += pat.len();
                } else {
                    i += 1;
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        out.push(Entity {
            id: s.id.to_string(),
            kind: s.kind,
            name: s.mentions.first().map_or(String::new(), |m| m.to_string()),
            reference: Some(EntityRef {
                id: format!("test:{}", s.id),
                label_en: None,
                label_ar: None,
                category: s.category.map(str::to_string),
                country: s.country.map(str::to_string),
                inter: None,
            }),
            mentions,
            attributes: Default::default(),
            geo: s.feature.map(|f| Geo {
                feature: Some(f.to_string()),
                country: s.country.map(str::to_string),
                ..Geo::default()
            }),
        });
    }
    out
}

/// A date or duration at a surface, for tests that need times.
pub fn time(text: &str, id: &str, surface: &str, kind: TimeType, value: &str) -> TimeExpr {
    let b = text.find(surface).expect("time surface in text");
    let start = text[..b].chars().count();
    TimeExpr {
        id: id.to_string(),
        start,
        end: start + surface.chars().count(),
        text: surface.to_string(),
        kind,
        expr: value.to_string(),
        value: Some(value.to_string()),
        anchor: "absolute".into(),
        calendar: None,
    }
}

/// Runs the quote and event layers over `text` with the given entities and times.
pub fn run(text: &str, ents: &[Entity], times: &[TimeExpr]) -> (Vec<Quote>, Vec<Event>) {
    let r = resources();
    let layer = TextLayer::new(text);
    let sentences: Vec<Range> = sentence::split(&layer, &r.abbreviations);
    let mut skip: Vec<Range> = times
        .iter()
        .map(|t| Range {
            start: t.start,
            end: t.end,
        })
        .collect();
    skip.extend(r.boilerplate.find(text));
    let quantities = crate::quantity::extract(&layer, r, &skip);
    let ctx = Context {
        layer: &layer,
        resources: r,
        entities: ents,
        times,
        quantities: &quantities,
        sentences: &sentences,
        skip: &r.boilerplate.find(text),
        published: chrono::NaiveDate::from_ymd_opt(2022, 1, 25),
    };
    let ix = Index::new(&ctx);
    let quotes = crate::quote::extract_with(&ctx, &ix);
    let (events, _) = crate::event::extract_with(&ctx, &ix, &quotes);
    (quotes, events)
}
