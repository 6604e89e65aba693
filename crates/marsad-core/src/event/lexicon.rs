//! The event lexicons, compiled: triggers (`data/events/triggers.tsv`),
//! factuality cues (`factuality.tsv`) and anaphoric event nouns
//! (`coref_nouns.tsv`).

use super::phrase::{PhraseSet, PhraseSetBuilder, Tail, tsv};
use crate::doc::Acled;
use crate::error::Error;

/// The part of speech of a trigger form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A finite verb (قتل، اعتقلت، يتظاهر).
    Verb,
    /// A noun or verbal noun (هجوم، اغتيال، مظاهرة، حظر التجول).
    Noun,
    /// An active or passive participle (مسلحون مهاجمون، معتقل).
    Participle,
}

/// Which argument the grammatical subject of a trigger fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The subject is the actor (قتل التنظيم …).
    Active,
    /// The subject is the target (اغتيل X، ألقي القبض على X).
    Passive,
    /// Unvocalised forms that read both ways (قتل 11 جنديا): decided by the subject.
    Any,
}

/// One trigger reading.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub pos: Pos,
    pub voice: Voice,
    /// PLOVER event type (ASSAULT, COERCE …).
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    pub acled: Option<Acled>,
    /// A noun that names the event only as a light verb's object (شنّ/نفّذ
    /// ضربات): pos `light-noun` in the file.
    pub light_only: bool,
    /// A first-person form (نطالب، أناشد): voice `first` in the file. Its
    /// subject is whoever speaks the quote it stands in; the phrase after
    /// it is its object.
    pub first_person: bool,
}

/// What a factuality cue says of the event next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factuality {
    Actual,
    Attempted,
    Foiled,
    Planned,
    Threatened,
    Denied,
    Hypothetical,
}

impl Factuality {
    pub fn as_str(self) -> &'static str {
        match self {
            Factuality::Actual => "actual",
            Factuality::Attempted => "attempted",
            Factuality::Foiled => "foiled",
            Factuality::Planned => "planned",
            Factuality::Threatened => "threatened",
            Factuality::Denied => "denied",
            Factuality::Hypothetical => "hypothetical",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "actual" => Factuality::Actual,
            "attempted" => Factuality::Attempted,
            "foiled" => Factuality::Foiled,
            "planned" => Factuality::Planned,
            "threatened" => Factuality::Threatened,
            "denied" => Factuality::Denied,
            "hypothetical" => Factuality::Hypothetical,
            _ => return None,
        })
    }
}

/// A factuality cue: its value and on which side of the trigger it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactualityCue {
    pub value: Factuality,
    /// The cue comes before the trigger (محاولة اغتيال، لم يهاجم); else after
    /// it (العملية التي أُحبطت).
    pub before: bool,
}

/// An anaphoric event noun: the PLOVER type it refers back to, or any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorefNoun {
    pub kind: Option<String>,
}

/// The data files of the event lexicon, as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventSources<'a> {
    pub triggers: &'a str,
    pub factuality: &'a str,
    pub coref_nouns: &'a str,
    /// Causes of death that are no violence (`nonviolent_causes.tsv`).
    pub nonviolent: &'a str,
    /// The confidence model's weights (`confidence.tsv`).
    pub confidence: &'a str,
    /// Word classes the event grammar tests (`grammar_words.tsv`).
    pub grammar_words: &'a str,
}

/// Every signal the confidence model may weigh; a weight for any other name
/// is a typo in the data file.
pub const SIGNALS: &[&str] = &[
    "bias",
    "predicated",
    "counted",
    "actor",
    "civilian_actor",
    "target",
    "own_place",
    "own_time",
    "recent",
    "multi",
    "passing",
    "refers_back",
    "fallback_place",
    "fallback_time",
    "no_place",
    "recalled",
    "source",
    "verb",
    "participle",
    "imperfect",
    "future",
    "given",
    "article",
    "generic",
    "referential",
    "suffixed",
    "in_quote",
    "attempted",
    "unreal",
    "kind_only",
    "long_sentence",
    "after_prep",
    "after_word",
    "relative_after",
    "casualty",
];

/// How sure the text is that it reports an event: a logistic model over
/// named signals, one weight per (type, signal) and per signal for every
/// type (`*`). The weights are data (`data/events/confidence.tsv`, fitted
/// by `scripts/fit_event_confidence.py`).
#[derive(Debug, Default, Clone)]
pub struct ConfidenceModel {
    weights: Vec<(String, &'static str, f64)>,
}

impl ConfidenceModel {
    pub fn parse(text: &str) -> Result<Self, Error> {
        let file = "events/confidence.tsv";
        let mut weights = Vec::new();
        for (line, c) in tsv(text, file, &["type", "signal", "weight"])? {
            let bad = |m: String| Error::Resource {
                file: file.into(),
                line,
                message: m,
            };
            let signal = SIGNALS
                .iter()
                .find(|s| **s == c[1])
                .ok_or_else(|| bad(format!("unknown signal {:?}", c[1])))?;
            let w: f64 = c[2]
                .parse()
                .ok()
                .filter(|w: &f64| w.is_finite())
                .ok_or_else(|| bad(format!("weight {:?} is not a number", c[2])))?;
            weights.push((c[0].to_uppercase(), *signal, w));
        }
        Ok(ConfidenceModel { weights })
    }

    /// The probability for an event of `kind` showing `signals` (`bias` is
    /// always on). With no weights at all every event gets 0.5.
    pub fn probability(&self, kind: &str, signals: &[&str]) -> f64 {
        let z: f64 = self
            .weights
            .iter()
            .filter(|(k, s, _)| (k == "*" || k == kind) && (*s == "bias" || signals.contains(s)))
            .map(|(_, _, w)| w)
            .sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// Triggers, factuality cues and anaphoric nouns, compiled once.
#[derive(Debug, Default)]
pub struct TriggerLexicon {
    pub triggers: Vec<Trigger>,
    /// The riot reading (PROTEST riot) and the plain attack (ASSAULT,
    /// CAMEO 190, no mode) a mention is retyped to: what protesters set
    /// on fire, who storms a place.
    pub riot_trigger: Option<u32>,
    pub attack_trigger: Option<u32>,
    /// The drone attack's reading (ASSAULT drone): what a drone or a
    /// missile shot down was.
    pub drone_trigger: Option<u32>,
    /// A march's reading (PROTEST demo noun), for a march_word where a
    /// protest is spoken of.
    pub march_trigger: Option<u32>,
    /// A bombing's reading (ASSAULT explosives noun): what a bomb defused was.
    pub bomb_trigger: Option<u32>,
    /// People blocking a road (PROTEST obstruct, a verb).
    pub road_block_trigger: Option<u32>,
    pub trigger_set: PhraseSet,
    pub factuality: Vec<FactualityCue>,
    pub factuality_set: PhraseSet,
    pub coref: Vec<CorefNoun>,
    pub coref_set: PhraseSet,
    /// Disasters, accidents, illness: a killing word beside one is no ASSAULT.
    pub nonviolent_set: PhraseSet,
    pub confidence: ConfidenceModel,
    /// Two-word verb triggers whose second word is the verb's nominal
    /// complement (أطلقت صواريخ، ألقت القبض): the verbs and the complements,
    /// each entry an index into `split_pairs`, so that the complement may
    /// stand a few words after the verb (أطلقت الطائرات صواريخ).
    pub split_verbs: PhraseSet,
    pub split_objects: PhraseSet,
    /// The trigger each verb-complement pair stands for.
    pub split_pairs: Vec<u32>,
    /// Casualty words, light verbs, referential nouns, units
    /// (`grammar_words.tsv`); `event::grammar` says how each class matches.
    pub words: GrammarWords,
}

/// The word classes of `data/events/grammar_words.tsv`, as match keys.
#[derive(Debug, Default, Clone)]
pub struct GrammarWords {
    pub(crate) dead: Vec<String>,
    pub(crate) injured: Vec<String>,
    pub(crate) not_casualty: Vec<String>,
    pub(crate) casualty_nouns: Vec<String>,
    pub(crate) casualty_intransitive: Vec<String>,
    pub(crate) motion_verbs: Vec<String>,
    pub(crate) light_verbs: Vec<String>,
    pub(crate) light_nouns: Vec<String>,
    pub(crate) organizer_verbs: Vec<String>,
    pub(crate) referential: Vec<String>,
    pub(crate) additive: Vec<String>,
    pub(crate) ban_words: Vec<String>,
    pub(crate) banned: Vec<String>,
    pub(crate) siege_words: Vec<String>,
    pub(crate) siege_frames: Vec<String>,
    pub(crate) cut_words: Vec<String>,
    pub(crate) cut_services: Vec<String>,
    pub(crate) storm_words: Vec<String>,
    pub(crate) student_words: Vec<String>,
    pub(crate) initiate_verbs: Vec<String>,
    pub(crate) defuse_verbs: Vec<String>,
    pub(crate) explosive_devices: Vec<String>,
    pub(crate) student_marks: Vec<String>,
    pub(crate) summon_words: Vec<String>,
    pub(crate) envoys: Vec<String>,
    pub(crate) protest_notes: Vec<String>,
    pub(crate) misconduct: Vec<String>,
    pub(crate) disperse_words: Vec<String>,
    pub(crate) dispersed: Vec<String>,
    pub(crate) instrument_only: Vec<String>,
    pub(crate) means: Vec<String>,
    pub(crate) protester_units: Vec<String>,
    pub(crate) non_person_units: Vec<String>,
    pub(crate) property: Vec<String>,
    pub(crate) distinct: Vec<String>,
    pub(crate) body_heads: Vec<String>,
    pub(crate) interval_units: Vec<String>,
    pub(crate) long_interval_units: Vec<String>,
    pub(crate) defuse: Vec<String>,
    pub(crate) agent_heads: Vec<String>,
    pub(crate) role_heads: Vec<String>,
    pub(crate) masculine_bodies: Vec<String>,
    pub(crate) civilian_units: Vec<String>,
    pub(crate) sideless_units: Vec<String>,
    pub(crate) affiliations: Vec<String>,
    pub(crate) membership: Vec<String>,
    pub(crate) membership_hedges: Vec<String>,
    pub(crate) charges: Vec<String>,
    pub(crate) directions: Vec<String>,
    pub(crate) flight_verbs: Vec<String>,
    pub(crate) bound_for: Vec<String>,
    pub(crate) blame_verbs: Vec<String>,
    pub(crate) call_words: Vec<String>,
    pub(crate) issued: Vec<String>,
    pub(crate) kin: Vec<String>,
    pub(crate) relations: Vec<String>,
    pub(crate) buildings: Vec<String>,
    pub(crate) blame_nouns: Vec<String>,
    pub(crate) commentators: Vec<String>,
    pub(crate) people_verbs: Vec<String>,
    pub(crate) dual_sides: Vec<String>,
    pub(crate) pair_sides: Vec<String>,
    pub(crate) pair_states: Vec<String>,
    pub(crate) release_words: Vec<String>,
    pub(crate) causes: Vec<String>,
    pub(crate) source_nouns: Vec<String>,
    pub(crate) military_adjectives: Vec<String>,
    pub(crate) people_nouns: Vec<String>,
    pub(crate) reach_verbs: Vec<String>,
    pub(crate) survive_verbs: Vec<String>,
    pub(crate) roads: Vec<String>,
    pub(crate) seize_verbs: Vec<String>,
    pub(crate) downing_verbs: Vec<String>,
    pub(crate) intercept_verbs: Vec<String>,
    pub(crate) aerial_weapons: Vec<String>,
    pub(crate) aircraft: Vec<String>,
    pub(crate) march_words: Vec<String>,
    pub(crate) stand_words: Vec<String>,
    pub(crate) soldiers: Vec<String>,
    pub(crate) borders: Vec<String>,
    pub(crate) care_places: Vec<String>,
    pub(crate) epithets: Vec<String>,
    pub(crate) inquiry: Vec<String>,
    pub(crate) suspend_words: Vec<String>,
    pub(crate) suspended_activities: Vec<String>,
    pub(crate) closure_words: Vec<String>,
    pub(crate) closed_places: Vec<String>,
    pub(crate) deploy_words: Vec<String>,
    pub(crate) force_units: Vec<String>,
    pub(crate) withdraw_words: Vec<String>,
    pub(crate) captivity: Vec<String>,
    pub(crate) withdrawn: Vec<String>,
    pub(crate) strike_words: Vec<String>,
    pub(crate) shut_things: Vec<String>,
    pub(crate) protest_closers: Vec<String>,
    pub(crate) seize_words: Vec<String>,
    pub(crate) seized_things: Vec<String>,
    pub(crate) struck_things: Vec<String>,
}

impl GrammarWords {
    /// Parses `class<TAB>form` rows.
    pub fn parse(src: &str) -> Result<Self, Error> {
        let file = "events/grammar_words.tsv";
        let mut w = GrammarWords::default();
        for (line, c) in tsv(src, file, &["class", "form"])? {
            let key = crate::text::normalize::match_key(c[1]);
            let list = match c[0] {
                "dead" => &mut w.dead,
                "injured" => &mut w.injured,
                "not_casualty" => &mut w.not_casualty,
                "casualty_noun" => &mut w.casualty_nouns,
                "casualty_intransitive" => &mut w.casualty_intransitive,
                "motion_verb" => &mut w.motion_verbs,
                "light_verb" => &mut w.light_verbs,
                "light_noun" => &mut w.light_nouns,
                "organizer_verb" => &mut w.organizer_verbs,
                "referential" => &mut w.referential,
                "additive" => &mut w.additive,
                "ban_word" => &mut w.ban_words,
                "banned" => &mut w.banned,
                "siege_word" => &mut w.siege_words,
                "siege_frame" => &mut w.siege_frames,
                "cut_word" => &mut w.cut_words,
                "cut_service" => &mut w.cut_services,
                "storm_word" => &mut w.storm_words,
                "student_word" => &mut w.student_words,
                "initiate_verb" => &mut w.initiate_verbs,
                "defuse_verb" => &mut w.defuse_verbs,
                "explosive_device" => &mut w.explosive_devices,
                "student_mark" => &mut w.student_marks,
                "summon_word" => &mut w.summon_words,
                "envoy" => &mut w.envoys,
                "protest_note" => &mut w.protest_notes,
                "misconduct" => &mut w.misconduct,
                "disperse_word" => &mut w.disperse_words,
                "dispersed" => &mut w.dispersed,
                "instrument_only" => &mut w.instrument_only,
                "means" => &mut w.means,
                "protester_unit" => &mut w.protester_units,
                "non_person_unit" => &mut w.non_person_units,
                "property" => &mut w.property,
                "distinct" => &mut w.distinct,
                "body_head" => &mut w.body_heads,
                "interval_unit" => &mut w.interval_units,
                "long_interval_unit" => &mut w.long_interval_units,
                "agent_head" => &mut w.agent_heads,
                "role_head" => &mut w.role_heads,
                "masculine_body" => &mut w.masculine_bodies,
                "civilian_unit" => &mut w.civilian_units,
                "sideless_unit" => &mut w.sideless_units,
                "affiliation" => &mut w.affiliations,
                "membership" => &mut w.membership,
                "membership_hedge" => &mut w.membership_hedges,
                "charge" => &mut w.charges,
                "direction" => &mut w.directions,
                "flight_verb" => &mut w.flight_verbs,
                "bound_for" => &mut w.bound_for,
                "blame_verb" => &mut w.blame_verbs,
                "call_word" => &mut w.call_words,
                "issued" => &mut w.issued,
                "kin" => &mut w.kin,
                "relation" => &mut w.relations,
                "building" => &mut w.buildings,
                "blame_noun" => &mut w.blame_nouns,
                "commentator" => &mut w.commentators,
                "people_verb" => &mut w.people_verbs,
                "dual_sides" => &mut w.dual_sides,
                "pair_sides" => &mut w.pair_sides,
                "pair_states" => &mut w.pair_states,
                "release_word" => &mut w.release_words,
                "cause" => &mut w.causes,
                "source_noun" => &mut w.source_nouns,
                "military_adjective" => &mut w.military_adjectives,
                "people_noun" => &mut w.people_nouns,
                "reach_verb" => &mut w.reach_verbs,
                "survive_verb" => &mut w.survive_verbs,
                "road" => &mut w.roads,
                "seize_verb" => &mut w.seize_verbs,
                "downing_verb" => &mut w.downing_verbs,
                "intercept_verb" => &mut w.intercept_verbs,
                "aerial_weapon" => &mut w.aerial_weapons,
                "aircraft" => &mut w.aircraft,
                "march_word" => &mut w.march_words,
                "stand_word" => &mut w.stand_words,
                "soldier" => &mut w.soldiers,
                "border" => &mut w.borders,
                "care_place" => &mut w.care_places,
                "epithet" => &mut w.epithets,
                "inquiry" => &mut w.inquiry,
                "suspend_word" => &mut w.suspend_words,
                "suspended_activity" => &mut w.suspended_activities,
                "closure_word" => &mut w.closure_words,
                "closed_place" => &mut w.closed_places,
                "deploy_word" => &mut w.deploy_words,
                "force_unit" => &mut w.force_units,
                "withdraw_word" => &mut w.withdraw_words,
                "captivity" => &mut w.captivity,
                "withdrawn" => &mut w.withdrawn,
                "strike_word" => &mut w.strike_words,
                "shut_thing" => &mut w.shut_things,
                "protest_closer" => &mut w.protest_closers,
                "seize_word" => &mut w.seize_words,
                "seized_thing" => &mut w.seized_things,
                "struck_thing" => &mut w.struck_things,
                "defuse" => &mut w.defuse,
                other => {
                    return Err(Error::Resource {
                        file: file.into(),
                        line,
                        message: format!("unknown class {other:?}"),
                    });
                }
            };
            if key.is_empty() {
                return Err(Error::Resource {
                    file: file.into(),
                    line,
                    message: "empty form".into(),
                });
            }
            list.push(key);
        }
        Ok(w)
    }
}

/// The words after the first of a noun phrase with the article, up to a
/// word with a preposition (بطائرة، لطائرة) or one with the article
/// already: «هجوم انتحاري» → «هجوم الانتحاري». `None` for one word or
/// where nothing changes.
fn definite_phrase(form: &str) -> Option<String> {
    let words: Vec<&str> = form.split_whitespace().collect();
    if words.len() < 2 || words.iter().any(|w| w.starts_with("ال")) {
        return None;
    }
    let mut out = vec![words[0].to_string()];
    let mut open = true;
    for w in &words[1..] {
        if w.starts_with(['ب', 'ل']) || matches!(*w, "في" | "على" | "من" | "ضد" | "عن") {
            open = false;
        }
        out.push(if open { format!("ال{w}") } else { (*w).to_string() });
    }
    let d = out.join(" ");
    (d != form).then_some(d)
}

/// The second word of a two-word verb trigger is a complement that may be
/// separated from its verb: a noun or a reflexive (سلّم المطلوب نفسه, read
/// only across a short subject: see `split_mentions`), not a preposition
/// (أفرج عن) or a particle.
fn separable_complement(word: &str) -> bool {
    let key = crate::text::normalize::match_key(word);
    !key.is_empty() && super::grammar::preposition(&key).is_none() && !super::grammar::is_particle(&key)
}

/// A reflexive pronoun (نفسه، أنفسهم) as a match key.
pub(super) fn is_reflexive(key: &str) -> bool {
    key.starts_with("نفس") || key.starts_with("انفس")
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

impl TriggerLexicon {
    /// Parses and compiles the three files.
    pub fn build(src: &EventSources) -> Result<Self, Error> {
        let mut lex = TriggerLexicon::default();

        let file = "events/triggers.tsv";
        let cols = [
            "form",
            "pos",
            "voice",
            "type",
            "mode",
            "cameo",
            "acled_event",
            "acled_sub",
        ];
        let mut b = PhraseSetBuilder::new();
        let mut split: Vec<(&str, &str, u32)> = Vec::new();
        let rows = tsv(src.triggers, file, &cols)?;
        let listed: std::collections::HashSet<String> = rows.iter().map(|(_, c)| c[0].trim().to_string()).collect();
        for (line, c) in rows {
            let bad = |m: String| Error::Resource {
                file: file.into(),
                line,
                message: m,
            };
            let pos = match c[1] {
                "verb" | "v" => Pos::Verb,
                "participle" | "part" | "adj" => Pos::Participle,
                "" => return Err(bad("empty pos".into())),
                _ => Pos::Noun,
            };
            let voice = match c[2] {
                "active" | "" => Voice::Active,
                "passive" => Voice::Passive,
                "any" => Voice::Any,
                "first" => Voice::Active,
                v => return Err(bad(format!("voice {v:?} is not active, passive, any or first"))),
            };
            let kind = c[3].to_uppercase();
            if kind.is_empty() {
                return Err(bad("empty type".into()));
            }
            let acled = match (opt(c[6]), opt(c[7])) {
                (Some(e), s) => Some(Acled {
                    event_type: e,
                    sub_event_type: s.unwrap_or_default(),
                }),
                _ => None,
            };
            let t = Trigger {
                light_only: c[1] == "light-noun",
                first_person: c[2] == "first",
                pos,
                voice,
                kind,
                mode: opt(c[4]),
                cameo: opt(c[5]),
                acled,
            };
            let id = lex.triggers.len() as u32;
            lex.triggers.push(t);
            let tail = if pos == Pos::Verb { Tail::Pronoun } else { Tail::Nominal };
            b.add(c[0], id, tail);
            // A noun phrase with its adjectives is written indefinite (هجوم
            // انتحاري); with the article the adjectives take it too (الهجوم
            // الانتحاري: the first word's article is a clitic the matcher
            // takes off). Up to a preposition: الهجوم بطائرة مسيرة.
            if pos == Pos::Noun
                && let Some(definite) = definite_phrase(c[0])
                && !listed.contains(&definite)
            {
                b.add(&definite, id, tail);
            }
            let words: Vec<&str> = c[0].split_whitespace().collect();
            if pos == Pos::Verb
                && let [verb, complement] = words[..]
                && separable_complement(complement)
            {
                split.push((verb, complement, id));
            }
        }
        lex.trigger_set = b.build(file)?;
        let find = |f: &dyn Fn(&Trigger) -> bool| lex.triggers.iter().position(f).map(|i| i as u32);
        lex.riot_trigger = find(&|t| t.kind == "PROTEST" && t.mode.as_deref() == Some("riot"));
        lex.attack_trigger = find(&|t| t.kind == "ASSAULT" && t.mode.is_none() && t.cameo.as_deref() == Some("190"));
        lex.drone_trigger = find(&|t| t.kind == "ASSAULT" && t.mode.as_deref() == Some("drone") && t.pos == Pos::Noun);
        lex.march_trigger = find(&|t| t.kind == "PROTEST" && t.mode.as_deref() == Some("demo") && t.pos == Pos::Noun);
        lex.bomb_trigger = find(&|t| {
            t.kind == "ASSAULT"
                && t.mode.as_deref() == Some("explosives")
                && t.pos == Pos::Noun
                && t.acled
                    .as_ref()
                    .is_some_and(|a| a.sub_event_type == "Remote explosive/landmine/IED")
        });
        lex.road_block_trigger =
            find(&|t| t.kind == "PROTEST" && t.mode.as_deref() == Some("obstruct") && t.pos == Pos::Verb);
        let (mut bv, mut bo) = (PhraseSetBuilder::new(), PhraseSetBuilder::new());
        for (verb, complement, id) in split {
            let k = lex.split_pairs.len() as u32;
            lex.split_pairs.push(id);
            bv.add(verb, k, Tail::Exact);
            bo.add(complement, k, Tail::Nominal);
        }
        lex.split_verbs = bv.build(file)?;
        lex.split_objects = bo.build(file)?;

        let file = "events/factuality.tsv";
        let mut b = PhraseSetBuilder::new();
        for (line, c) in tsv(src.factuality, file, &["form", "value", "position"])? {
            let bad = |m: String| Error::Resource {
                file: file.into(),
                line,
                message: m,
            };
            let value = Factuality::parse(c[1]).ok_or_else(|| bad(format!("unknown value {:?}", c[1])))?;
            let before = match c[2] {
                "before" | "" => true,
                "after" => false,
                p => return Err(bad(format!("position {p:?} is not before or after"))),
            };
            let id = lex.factuality.len() as u32;
            lex.factuality.push(FactualityCue { value, before });
            b.add(c[0], id, Tail::Pronoun);
        }
        lex.factuality_set = b.build(file)?;

        let file = "events/coref_nouns.tsv";
        let mut b = PhraseSetBuilder::new();
        for (_, c) in tsv(src.coref_nouns, file, &["form", "type"])? {
            let kind = opt(c[1]).map(|k| k.to_uppercase()).filter(|k| k != "ANY");
            let id = lex.coref.len() as u32;
            lex.coref.push(CorefNoun { kind });
            // Written with the article or without: match the bare noun.
            let form = c[0].trim();
            let bare = form
                .strip_prefix("ال")
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(form);
            b.add(bare, id, Tail::Nominal);
        }
        lex.coref_set = b.build(file)?;

        let file = "events/nonviolent_causes.tsv";
        let mut b = PhraseSetBuilder::new();
        for (n, c) in tsv(src.nonviolent, file, &["form"])?.into_iter().enumerate() {
            b.add(c.1[0], n as u32, Tail::Nominal);
        }
        lex.nonviolent_set = b.build(file)?;
        lex.confidence = ConfidenceModel::parse(src.confidence)?;
        lex.words = GrammarWords::parse(src.grammar_words)?;
        Ok(lex)
    }
}

/// Nouns for people (data/events/person_nouns.tsv), for casualty counts the
/// text gives without a figure: the count each form stands for (شخص 1,
/// شخصان 2), by match key without clitics or the article.
#[derive(Debug, Default)]
pub struct PersonNouns {
    forms: std::collections::HashMap<String, u8>,
}

impl PersonNouns {
    /// Parses `singular<TAB>plural` rows (`broken` or `sound`).
    pub fn parse(src: &str) -> Result<Self, Error> {
        let file = "events/person_nouns.tsv";
        let mut forms = std::collections::HashMap::new();
        let mut header = true;
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if std::mem::take(&mut header) {
                continue;
            }
            let bad = |m: String| Error::Resource {
                file: file.into(),
                line: n + 1,
                message: m,
            };
            let (sing, plural) = line
                .split_once('\t')
                .ok_or_else(|| bad("expected singular<TAB>plural".into()))?;
            let broken = match plural {
                "broken" => true,
                "sound" => false,
                p => return Err(bad(format!("plural {p:?} is not broken or sound"))),
            };
            let key = crate::text::normalize::match_key(sing);
            // The dual: ة becomes ت before its ending (امرأة → امرأتان).
            let stem = key.strip_suffix('ة').map_or(key.clone(), |s| format!("{s}ت"));
            forms.insert(format!("{stem}ان"), 2);
            if broken {
                forms.insert(format!("{stem}ين"), 2);
            }
            // The accusative singular (قتل شابا) before the bare form, which
            // must win if both spellings coincide.
            if !key.ends_with('ة') {
                forms.entry(format!("{key}ا")).or_insert(1);
            }
            // With a pronoun suffix (والدته، شقيقه، ابنتها): one person.
            for suffix in ["ه", "ها"] {
                forms.entry(format!("{stem}{suffix}")).or_insert(1);
            }
            forms.insert(key, 1);
        }
        Ok(PersonNouns { forms })
    }

    /// How many people a word names: 1, 2 (a dual), or `None`.
    pub fn count(&self, key: &str) -> Option<u8> {
        let k = crate::event::grammar::strip_conj(key);
        let mut cands = vec![k];
        for p in ['ب', 'ل', 'ك'] {
            if let Some(r) = k.strip_prefix(p).filter(|r| r.chars().count() >= 3) {
                cands.push(r);
            }
        }
        let with_article: Vec<&str> = cands
            .iter()
            .filter_map(|c| c.strip_prefix("ال").filter(|r| r.chars().count() >= 2))
            .collect();
        cands.extend(with_article);
        cands.iter().find_map(|c| self.forms.get(*c).copied())
    }
}
