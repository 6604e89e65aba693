//! Unnamed people as an event's target: those an arrest, an abduction or a
//! release took, counted but never named («اعتقلت الشرطة 11 عاملا»، «أُفرج
//! عن 11 من الموقوفين»، «خطف مسلحون 28 امرأة وفتاة»). Analysts code them
//! as a side (ACLED's Civilians or Protesters of the country). The entity
//! layer does not list them: most counted people are no side of anything,
//! so the event stage makes the entity, and only for the target it lacks.

use super::index::NONE;
use super::{Cluster, Extractor};
use crate::doc::{Attributes, Entity, EntityKind, EntityRef};
use crate::text::TokenKind;

/// Whom a count of people names.
enum People {
    /// Unnamed people: the token range that says who they are.
    Phrase(usize, usize),
    /// Members of a body the entity layer knows.
    Body(u32),
}

impl Extractor<'_, '_, '_> {
    /// Whether the cluster's kind of event takes the people it counts as
    /// its target: an arrest or a raid, a release, an abduction.
    fn takes_people(&self, c: &Cluster) -> bool {
        let mode = self.trigger(&self.mentions[c.main]).and_then(|t| t.mode.as_deref());
        matches!(
            (c.kind.as_str(), mode),
            ("COERCE", Some("arrest" | "seize")) | ("RETREAT", Some("release")) | ("ASSAULT", Some("abduct"))
        )
    }

    /// The people a count names: the token range of the count and its noun
    /// with its nisba adjectives and a noun joined to it (سبعة عمال مصريين،
    /// 28 امرأة وفتاة، مطلوبين اثنين، 4 مشتبه بهم), or the definite plural
    /// of "N من الـX" (11 من الموقوفين → الموقوفين); or the body they belong
    /// to when one is named right after (خمسة عناصر من «كتيبة طوباس»).
    /// `None` when the noun is a name the entity layer read, or none follows.
    fn counted_people(&self, qi: u32) -> Option<People> {
        let layer = self.ctx.layer;
        let q = self.ctx.quantities.get(qi as usize)?;
        // (The count may start inside its token, after و: وثلاثة.)
        let mut a = layer.tokens.partition_point(|t| (t.end as usize) <= q.start);
        let (_, s1) = self.ix.sentence_of(a)?;
        let after = layer.token_from(q.end);
        if after <= a {
            return None;
        }
        let word = |j: usize| {
            j < s1
                && self.kind(j) == Some(TokenKind::Arabic)
                && self.ix.entity[j] == NONE
                && self.ix.time[j] == NONE
                && self.ix.quantity[j] == NONE
                && !self
                    .ctx
                    .resources
                    .function_words
                    .contains(super::grammar::strip_conj(self.key(j)))
        };
        // The count written after its noun, or a dual, holds the noun
        // (مطلوبين اثنين، شخصين).
        let numeral = |j: usize| {
            self.kind(j) == Some(TokenKind::Number)
                || self
                    .ctx
                    .resources
                    .numbers
                    .is_number_word(super::grammar::strip_conj(self.key(j)))
        };
        // «الدفعة الأولى من المحتجزين، وعددهم 12 شخصا»: the count is of
        // people named before it.
        if a.checked_sub(1)
            .is_some_and(|p| super::grammar::strip_conj(self.key(p)).starts_with("عدد"))
        {
            return None;
        }
        let mut b = if numeral(a) {
            let mut head = after;
            if head < s1 && self.key(head) == "من" {
                head += 1;
                if head >= s1 || !self.key(head).starts_with("ال") {
                    return None;
                }
                a = head;
            }
            if !word(head) {
                return None;
            }
            head + 1
        } else {
            after
        };
        let head = b - 1;
        let stem = |k: &str| k.strip_prefix("ال").unwrap_or(k).to_string();
        let ending: String = stem(self.key(head)).chars().rev().take(2).collect();
        // A noun joined to it, of the same ending (امرأة وفتاة، ناشطين
        // ومدونين).
        if word(b)
            && let Some(rest) = self.key(b).strip_prefix('و')
            && rest.chars().count() >= 3
            && stem(rest).chars().rev().take(2).collect::<String>() == ending
        {
            b += 1;
        }
        // A participle's preposition (مشتبه بهم، مطلوب للقضاء is left out).
        if b < s1 && matches!(self.key(b), "به" | "بها" | "بهم" | "بهما") {
            b += 1;
        }
        // Nisba adjectives (مصريين، تشاديا، سلفيين).
        while word(b) && !self.key(b).starts_with('و') && is_nisba(&stem(self.key(b))) {
            b += 1;
        }
        // Members of a body named right after: the body is the side.
        if b < s1 && self.key(b) == "من" {
            let body = (b + 1..(b + 4).min(s1))
                .take_while(|&j| !self.is_clause_break(j))
                .map(|j| self.ix.entity[j])
                .find(|&e| e != NONE);
            if let Some(e) = body.filter(|&e| self.is_agent(e)) {
                return Some(People::Body(e));
            }
        }
        Some(People::Phrase(a, b))
    }

    /// The counted people of a cluster with no target (`size_q`: the count
    /// of its size), as an entity of the document: its id, and the entity
    /// when it is new (for `self.groups`).
    pub(super) fn group_target(
        &self,
        c: &Cluster,
        size_q: Option<u32>,
        place: Option<u32>,
    ) -> Option<(String, Option<Entity>)> {
        if !c.targets.is_empty() || !self.takes_people(c) {
            return None;
        }
        let qi = size_q?;
        let (a, b) = match self.counted_people(qi)? {
            People::Phrase(a, b) => (a, b),
            People::Body(e) => return Some((self.entity(e)?.id.clone(), None)),
        };
        let layer = self.ctx.layer;
        // (From the count's own start in its token: وثلاثة → ثلاثة.)
        let q0 = self.ctx.quantities.get(qi as usize).map_or(0, |q| q.start);
        let start = (layer.tokens[a].start as usize).max(q0);
        let end = layer.tokens[b - 1].end as usize;
        // The same people taken by two events are one side.
        if let Some(g) = self
            .groups
            .iter()
            .find(|g| g.mentions.iter().any(|m| m.start == start && m.end == end))
        {
            return Some((g.id.clone(), None));
        }
        let protesters = self
            .ctx
            .quantities
            .get(qi as usize)
            .and_then(|q| q.unit.as_deref())
            .is_some_and(|u| self.lex.words.is_protester_unit(u));
        let lex = &self.ctx.resources.entities;
        let cc = place
            .and_then(|p| self.entity(p))
            .and_then(|e| e.geo.as_ref().and_then(|g| g.country.clone()));
        let country = cc
            .as_ref()
            .and_then(|cc| lex.countries.get(cc))
            .and_then(|&i| lex.places.get(i as usize));
        let (category, label, inter) = if protesters {
            ("protesters", "Protesters", 6)
        } else {
            ("civilians", "Civilians", 7)
        };
        let reference = EntityRef {
            id: match &cc {
                Some(cc) => format!("actor:{}_{category}", cc.to_lowercase()),
                None => format!("actor:{category}"),
            },
            label_en: Some(match country {
                Some(p) => format!("{label} ({})", p.name_en),
                None => label.to_string(),
            }),
            label_ar: None,
            category: Some(category.to_string()),
            country: cc,
            inter: Some(inter),
        };
        let id = format!("E{}", self.ctx.entities.len() + self.groups.len() + 1);
        let span = layer.span(start, end);
        let entity = Entity {
            id: id.clone(),
            kind: EntityKind::Organization,
            name: span.text.clone(),
            reference: Some(reference),
            mentions: vec![span],
            attributes: Attributes::default(),
            geo: None,
        };
        Some((id, Some(entity)))
    }
}

/// A nisba adjective's match key, the article off: مصري، مصريين، تشاديا،
/// سلفية (ة folds to ه).
fn is_nisba(k: &str) -> bool {
    k.chars().count() >= 4
        && ["ي", "يه", "يين", "يون", "يا", "يان", "يات"]
            .iter()
            .any(|e| k.ends_with(e))
}
