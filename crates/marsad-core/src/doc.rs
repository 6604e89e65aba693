//! The `marsad/1` document record (see `docs/output-format.md` in the shared
//! folder): one JSON object per article, every layer stand-off.
//!
//! Offsets are Unicode code point indices into the text exactly as given,
//! half-open, and every span carries the `text` it slices to. Nothing here
//! rewrites the text.

use serde::{Deserialize, Serialize};

/// The schema tag written into every record.
pub const SCHEMA: &str = "marsad/1";

/// A `[start, end)` code point span with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A span without its text, for the layers whose spans are long
/// (sentences, boilerplate, event evidence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// What we know of the article itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// ISO date (`YYYY-MM-DD`): the anchor for relative dates.
    pub published: Option<String>,
    /// `ar`, or another language code when the text is not Arabic.
    pub lang: String,
    /// Length of the text in code points.
    pub chars: usize,
}

/// One `marsad/1` record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema: String,
    pub doc: DocMeta,
    pub boilerplate: Vec<Range>,
    pub sentences: Vec<Range>,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

impl Document {
    /// An empty record for `meta`: every layer present and empty.
    pub fn empty(meta: DocMeta) -> Self {
        Document {
            schema: SCHEMA.to_string(),
            doc: meta,
            boilerplate: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            times: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
        }
    }

    /// Adds entities made after the entity layer (the event stage's unnamed
    /// groups) and numbers all of them again in order of first mention,
    /// rewriting every reference to them.
    pub fn add_entities(&mut self, more: Vec<Entity>) {
        if more.is_empty() {
            return;
        }
        self.entities.extend(more);
        let first = |e: &Entity| e.mentions.iter().map(|m| m.start).min().unwrap_or(usize::MAX);
        // Stable: entities first mentioned at one offset keep their order.
        self.entities.sort_by_key(first);
        let renamed: std::collections::HashMap<String, String> = self
            .entities
            .iter_mut()
            .enumerate()
            .map(|(k, e)| {
                let new = format!("E{}", k + 1);
                (std::mem::replace(&mut e.id, new.clone()), new)
            })
            .collect();
        let fix = |id: &mut String| {
            if let Some(n) = renamed.get(id.as_str()) {
                id.clone_from(n);
            }
        };
        for e in &mut self.entities {
            e.attributes.affiliation.iter_mut().for_each(fix);
        }
        for q in &mut self.quantities {
            q.of.iter_mut().for_each(fix);
        }
        for q in &mut self.quotes {
            q.speaker.iter_mut().for_each(fix);
            q.affiliation.iter_mut().for_each(fix);
            q.addressee.iter_mut().for_each(fix);
        }
        for v in &mut self.events {
            v.actors.iter_mut().for_each(fix);
            v.targets.iter_mut().for_each(fix);
            v.location.iter_mut().for_each(fix);
        }
    }
}

/// `person` · `organization` · `place` · `facility`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Facility,
}

/// The lexicon or gazetteer record an entity was linked to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    /// `actor:sdf`, `geonames:170794`, `wof:85678345`, `marsad:al_hol_camp` …
    pub id: String,
    pub label_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_ar: Option<String>,
    /// Actor category (armed_group, state_military …) for actors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// ACLED actor type (`inter`, 1–8) for actors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inter: Option<u8>,
}

/// Person attributes the text states.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attributes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    /// Entity id of the organisation a role names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

impl Attributes {
    pub fn is_empty(&self) -> bool {
        self.role.is_none() && self.nationality.is_none() && self.affiliation.is_none()
    }
}

/// Where a place or facility is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    /// country, governorate, district, city, town, village, neighbourhood,
    /// region, river, facility (camp, prison, crossing …).
    pub feature: Option<String>,
    /// exact, near, region, country.
    pub precision: Option<String>,
}

/// One real-world referent in the document, with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `E1`, `E2` … in order of first mention.
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    #[serde(rename = "ref")]
    pub reference: Option<EntityRef>,
    pub mentions: Vec<Span>,
    #[serde(default, skip_serializing_if = "Attributes::is_empty")]
    pub attributes: Attributes,
    pub geo: Option<Geo>,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    Date,
    Time,
    Duration,
    Set,
}

/// A time expression (TIMEX3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// `T1`, `T2` … in text order.
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// The unresolved form (`XXXX-WXX-4-PREV`, `XXXX-11`, `P7D` …).
    pub expr: String,
    /// ISO 8601, or `null` when it needs an anchor that is unknown.
    pub value: Option<String>,
    /// `published`, `absolute`, or the id of another time.
    pub anchor: String,
    /// The calendar the text used when not Gregorian (`hijri-umm-al-qura`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<String>,
}

/// A number in the text, with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// `Q1`, `Q2` … in text order.
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `null` for vague plurals (عشرات، مئات، آلاف).
    #[serde(serialize_with = "whole_as_integer")]
    pub value: Option<f64>,
    pub approx: bool,
    /// The counted noun (its surface form).
    pub unit: Option<String>,
    /// The entity counted, where the text names it.
    pub of: Option<String>,
}

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// Who said what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `S1`, `S2` … in text order.
    pub id: String,
    /// An entity id, or `null` for an unnamed source.
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub affiliation: Option<String>,
    pub cue: Span,
    pub kind: QuoteKind,
    /// assert, deny, announce, expect, claim, demand, accuse.
    pub stance: String,
    pub content: Span,
    pub addressee: Option<String>,
    /// The words that describe a speaker no entity names and who is no
    /// source (أسرة القتيل، والد المهاجم), as code point offsets: the event
    /// stage may make them a side. Not part of the record.
    #[serde(skip)]
    pub described_by: Option<(usize, usize)>,
}

/// The ACLED event and sub-event type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acled {
    pub event_type: String,
    pub sub_event_type: String,
}

/// Who did what to whom, where, when, how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `V1`, `V2` … in text order of the first mention.
    pub id: String,
    /// One of PLOVER's 16 event types.
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    pub acled: Option<Acled>,
    pub trigger: Span,
    pub actors: Vec<String>,
    pub targets: Vec<String>,
    pub location: Option<String>,
    pub time: Option<String>,
    #[serde(serialize_with = "whole_as_integer")]
    pub dead: Option<f64>,
    #[serde(serialize_with = "whole_as_integer")]
    pub injured: Option<f64>,
    #[serde(serialize_with = "whole_as_integer")]
    pub size: Option<f64>,
    pub duration: Option<String>,
    /// actual, attempted, foiled, planned, threatened, denied, hypothetical.
    pub factuality: String,
    /// The quote that claims the event.
    pub source: Option<String>,
    pub evidence: Vec<Range>,
    pub mentions: usize,
    pub confidence: f64,
    /// The signals the confidence was computed from (for evaluation and
    /// fitting; not part of `marsad/1`).
    #[serde(skip)]
    pub signals: Vec<&'static str>,
}

/// Writes whole numbers as JSON integers (11, not 11.0), as analysts and
/// the examples in output-format.md expect.
fn whole_as_integer<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}
