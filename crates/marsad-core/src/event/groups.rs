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
pub(super) enum People {
    /// Unnamed people: the token range that says who they are.
    Phrase(usize, usize),
    /// Members of a body the entity layer knows.
    Body(u32),
}

impl Extractor<'_, '_, '_> {
    /// People right after a verb (within four words of its clause): a
    /// person named, people counted (14 مهاجرا), or a noun for people
    /// (مطلوبين، المعتقلين، عمالا).
    pub(super) fn people_after(&self, t: usize) -> bool {
        let Some((_, s1)) = self.ix.sentence_of(t.saturating_sub(1)) else {
            return false;
        };
        // Four words after the verb, not counting a named body's (its
        // subject: أوقفت وحدات للجيش الوطني الشعبي ستة أشخاص).
        let mut free = 0;
        let mut j = t;
        while j < s1 && free < 4 && !self.is_clause_break(j) {
            let e = self.ix.entity[j];
            let entity = (e != NONE).then(|| self.entity(e)).flatten();
            if entity.is_some_and(|x| x.kind == EntityKind::Person)
                || self.ix.quantity[j] != NONE && self.counted_people(self.ix.quantity[j]).is_some()
                || self.kind(j) == Some(TokenKind::Arabic) && self.names_people(j)
            {
                return true;
            }
            free += usize::from(entity.is_none());
            j += 1;
        }
        false
    }

    /// People counted right before a verb, its subject (63 شخصا أوقفوا،
    /// ثلاثة منهم أُوقفوا).
    pub(super) fn people_counted_before(&self, t: usize) -> bool {
        (t.saturating_sub(4)..t).any(|j| {
            let q = self.ix.quantity[j];
            q != NONE
                && (j == 0 || self.ix.quantity[j - 1] != q)
                && (matches!(self.counted_people(q), Some(People::Phrase(_, end)) if end == t)
                    || t > 0 && self.ix.quantity[t - 1] == NONE && self.partitive_count(q) && j + 2 == t)
        })
    }

    /// Whether the cluster's kind of event takes the people it counts as
    /// its target: an arrest or a raid, a release, an abduction.
    pub(super) fn takes_people(&self, c: &Cluster) -> bool {
        let mode = self.trigger(&self.mentions[c.main]).and_then(|t| t.mode.as_deref());
        matches!(
            (c.kind.as_str(), mode),
            ("COERCE", Some("arrest" | "seize")) | ("RETREAT", Some("release")) | ("ASSAULT", Some("abduct"))
        )
    }

    /// A count of some of the people named before (أُفرج عن 11 منهم،
    /// اعتقلت ثمانية منهم): its side is theirs.
    pub(super) fn partitive_count(&self, qi: u32) -> bool {
        let Some(q) = self.ctx.quantities.get(qi as usize) else {
            return false;
        };
        let after = self.ctx.layer.token_from(q.end);
        self.ix.sentence_of(after).is_some_and(|(_, s1)| after < s1) && super::grammar::is_of_them(self.key(after))
    }

    /// The people a count names: the token range of the count and its noun
    /// with its nisba adjectives and a noun joined to it (سبعة عمال مصريين،
    /// 28 امرأة وفتاة، مطلوبين اثنين، 4 مشتبه بهم), or the definite plural
    /// of "N من الـX" (11 من الموقوفين → الموقوفين); or the body they belong
    /// to when one is named right after (خمسة عناصر من «كتيبة طوباس»).
    /// `None` when the noun is a name the entity layer read, or none follows.
    pub(super) fn counted_people(&self, qi: u32) -> Option<People> {
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
            self.unread_word(j, s1)
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
                || self
                    .key(j)
                    .strip_prefix("ال")
                    .is_some_and(|k| self.ctx.resources.numbers.is_number_word(k))
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
                if head >= s1 || !word(head) {
                    return None;
                }
                if self.key(head).starts_with("ال") {
                    a = head;
                } else if head + 1 < s1
                    && self
                        .lex
                        .words
                        .is_people_noun(super::grammar::strip_conj(self.key(head)))
                    && self.kind(head + 1) == Some(TokenKind::Arabic)
                    && self.key(head + 1).starts_with("ال")
                {
                    // «العشرات من أهالي القرية»: the people of a place, the
                    // count and all.
                    return Some(People::Phrase(a, head + 2));
                } else {
                    return None;
                }
            }
            // One and two follow their noun (رجلان اثنان): standing alone
            // they count no word after them («اعتُقل اثنان وضُبطت»).
            if !word(head) || super::grammar::is_one_or_two(self.key(a)) {
                return None;
            }
            head + 1
        } else {
            after
        };
        let head = b - 1;
        // (Nor a verb read as the counted noun: «من بين خمسة خطفهم مسلحون».)
        if self
            .mentions
            .get(self.mention_at[head] as usize)
            .is_some_and(|o| o.pos == super::Pos::Verb)
        {
            return None;
        }
        // (Not a count of things: ست بنادق.)
        if self.lex.words.is_non_person_unit(self.key(head)) {
            return None;
        }
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
        while word(b) && !self.key(b).starts_with('و') && super::grammar::is_nisba(&stem(self.key(b))) {
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
        let protesters = self
            .ctx
            .quantities
            .get(qi as usize)
            .and_then(|q| q.unit.as_deref())
            .is_some_and(|u| self.lex.words.is_protester_unit(u));
        self.group_of(qi, protesters, place, |_| true)
    }

    /// The people an attack's toll counts (`victims_q`), as its target,
    /// when the count says who they are (ثلاثة أطفال، أربعة عمال): not
    /// people unnamed (أشخاص، آخرين) or armed men, whose side is their force.
    pub(super) fn victims_target(
        &self,
        victims_q: Option<u32>,
        place: Option<u32>,
    ) -> Option<(String, Option<Entity>)> {
        let qi = victims_q?;
        let unit = self.ctx.quantities.get(qi as usize)?.unit.as_deref()?;
        if self.lex.words.is_sideless_unit(unit) {
            return None;
        }
        self.group_of(qi, false, place, |_| true)
    }

    /// One person not named, or people not counted, whom an arrest, an
    /// abduction, a release or a killing took, as its target: the noun
    /// right after the trigger (past its subject and adverbs) with what
    /// describes it, «قُتل سائق شاحنة تجارية»، «مقتل مواطن تونسي»، «اعتُقل
    /// شاب في التاسعة عشرة من عمره»، «خُطف راعٍ من بلدة شبعا»، «اعتقلت
    /// الشرطة رجلا»; or the subject of a passive verb after أن («أن حارسا
    /// قُتل»). Not armed men or people unnamed (مسلح، شخص), whose side is
    /// their force or none, nor a relative (شقيق أحد الموقوفين), who
    /// belongs to someone.
    pub(super) fn person_taken(&self, c: &Cluster, place: Option<u32>) -> Option<(String, Option<Entity>)> {
        use super::lexicon::Voice;
        let m = &self.mentions[c.main];
        let tr = self.trigger(m)?;
        let killing = c.kind == "ASSAULT"
            && tr.voice != Voice::Active
            && matches!(tr.mode.as_deref(), None | Some("abduct" | "assassinate" | "execute"));
        if !killing && !self.takes_people(c) {
            return None;
        }
        let (s0, s1) = self.ix.sentence_of(m.t0)?;
        let nouns = &self.ctx.resources.person_nouns;
        let free = |j: usize| self.unread_word(j, s1) && self.mention_at[j] == NONE;
        let person = |j: usize| {
            let k = self.key(j);
            let one = nouns.count(k).is_some()
                // (Not with a pronoun: شقيقه، والدتها.)
                && !["ه", "ها"].iter().any(|p| {
                    k.strip_suffix(p).is_some_and(|st| nouns.count(st).is_some())
                });
            let plural = ["ين", "ون"].iter().any(|e| {
                k.strip_suffix(e)
                    .is_some_and(|st| st.chars().count() >= 3 && nouns.count(st) == Some(1))
            });
            free(j)
                && !k.starts_with("ال")
                && super::grammar::strip_conj(k) == k
                && (one || plural)
                && !self.lex.words.is_sideless_unit(k)
                && !self.lex.words.is_relation(k)
        };
        // The subject of a passive verb, after أن.
        if m.pos == super::Pos::Verb
            && m.t0 >= s0 + 2
            && person(m.t0 - 1)
            && super::grammar::is_complementizer(self.key(m.t0 - 2))
        {
            return self.unnamed_people(m.t0 - 1, m.t0, place);
        }
        // Past the adverbs, the subject the event has or a verb's definite
        // subject, and where it happened (اعتقلت الشرطة في عمان مساء الأحد
        // رجلا).
        let mut j = self.skip_adverbs(m.t1, s1);
        while j < s1 && self.ix.entity[j] != NONE && c.actors.contains(&self.ix.entity[j]) {
            j += 1;
        }
        if m.pos == super::Pos::Verb && j == m.t1 && free(j) && self.key(j).starts_with("ال") {
            j += 1;
        }
        loop {
            j = self.skip_adverbs(j, s1);
            let e = self.ix.entity.get(j + 1).copied().unwrap_or(NONE);
            if j + 1 < s1 && self.key(j) == "في" && self.entity(e).is_some_and(|x| x.kind == EntityKind::Place) {
                j += 1;
                while j < s1 && self.ix.entity[j] == e {
                    j += 1;
                }
                continue;
            }
            break;
        }
        if !person(j) {
            return None;
        }
        let mut b = j + 1;
        if b < s1 && matches!(self.key(b), "به" | "بها" | "بهم" | "بهما") {
            b += 1;
        }
        // (A token's key keeps ة, which is_nisba reads as ه.)
        let nisba = |k: &str| super::grammar::is_nisba(&k.strip_prefix("ال").unwrap_or(k).replace('ة', "ه"));
        // A noun it is the construct of (سائق شاحنة، رجل أمن): not a
        // verb (يشتبه), a preposition's word (برصاص) or an accusative (طعنا).
        let fw = &self.ctx.resources.function_words;
        if free(b) && b == j + 1 {
            let k = self.key(b);
            if !k.starts_with("ال")
                && super::grammar::strip_conj(k) == k
                && !['ب', 'ل', 'ك', 'ي', 'ف'].iter().any(|p| k.starts_with(*p))
                && !k.ends_with('ا')
                && !fw.contains(k)
                && !super::grammar::is_adverb(k)
                && !nisba(k)
                && k.chars().count() >= 3
            {
                b += 1;
            }
        }
        // Its nisba adjectives (مواطن تونسي، شاحنة تجارية).
        while free(b) && !self.key(b).starts_with('و') && nisba(self.key(b)) {
            b += 1;
        }
        // An accusative nisba that is also a country's name (مهندسا إيطاليا).
        if b == j + 1 && self.key(j).ends_with('ا') && self.key(b).ends_with("يا") {
            let e = self.ix.entity[b];
            if e != NONE
                && self.entity(e).is_some_and(|x| x.kind == EntityKind::Place)
                && (b + 1 >= s1 || self.ix.entity[b + 1] != e)
            {
                b += 1;
            }
        }
        // Its age: في (الـ)خمسين من عمره.
        // (Any words between: the ordinals of an age are no number words.)
        if b < s1
            && self.key(b) == "في"
            && let Some(e) =
                (b + 2..(b + 5).min(s1)).find(|&e| self.key(e - 1) == "من" && matches!(self.key(e), "عمره" | "عمرها"))
            && (b + 1..e - 1).all(|x| self.is_word(x))
        {
            b = e + 1;
        }
        // Where they are from: من (بلدة) X, a place named.
        if b + 1 < s1 && self.key(b) == "من" {
            let mut p = b + 1;
            if self.ix.entity[p] == NONE && free(p) && p + 1 < s1 && self.ix.entity[p + 1] != NONE {
                p += 1;
            }
            let e = self.ix.entity[p];
            if e != NONE && self.entity(e).is_some_and(|x| x.kind == EntityKind::Place) {
                while p < s1 && self.ix.entity[p] == e {
                    p += 1;
                }
                b = p;
            }
        }
        self.unnamed_people(j, b, place)
    }

    /// An Arabic word before `s1` that no entity, time or count has read.
    fn unread_word(&self, j: usize, s1: usize) -> bool {
        j < s1
            && self.kind(j) == Some(TokenKind::Arabic)
            && self.ix.entity[j] == NONE
            && self.ix.time[j] == NONE
            && self.ix.quantity[j] == NONE
    }

    /// The group for unnamed people at tokens `a..b`.
    fn unnamed_people(&self, a: usize, b: usize, place: Option<u32>) -> Option<(String, Option<Entity>)> {
        let start = self.start_past_conj(a)?;
        let end = self.ctx.layer.tokens.get(b.checked_sub(1)?)?.end as usize;
        Some(self.phrase_group(start, end, false, place))
    }

    /// The counted people of a protest with no side (its size, else the
    /// count of people nearest its trigger in the sentence: «اعتصاما نفّذه
    /// عشرات المودعين»، «نظم العشرات من أهالي القرية وقفة احتجاجية») as its
    /// actor: Protesters of the country.
    pub(super) fn protest_group(
        &self,
        c: &Cluster,
        size_q: Option<u32>,
        place: Option<u32>,
    ) -> Option<(String, Option<Entity>)> {
        // (The caller has its sides: not those a dispersal lent it.)
        if c.kind != "PROTEST" {
            return None;
        }
        let people = |a: usize, b: usize| {
            (a..b).any(|t| {
                let k = super::grammar::strip_conj(self.key(t));
                let k = k.strip_prefix("ال").unwrap_or(k);
                self.people_plural(k)
                    // A figure's singular noun (50 شابا، 200 عامل).
                    || self.ctx.resources.person_nouns.count(k) == Some(1)
            })
        };
        let layer = self.ctx.layer;
        // Its size first, then the counts nearest each of its mentions.
        let mut near: Vec<(usize, usize, u32, usize)> = Vec::new();
        for &x in &c.mentions {
            let m = &self.mentions[x];
            if m.trigger.is_none() {
                continue;
            }
            let Some((s0, s1)) = self.ix.sentence_of(m.t0) else {
                continue;
            };
            near.extend(
                (s0..s1)
                    .filter(|&t| self.ix.quantity[t] != NONE && t.abs_diff(m.t0) <= 12)
                    .map(|t| (t.abs_diff(m.t0), t, self.ix.quantity[t], m.t0)),
            );
        }
        near.sort_unstable();
        let near: Vec<(usize, u32)> = size_q
            .map(|q| (self.mentions[c.main].t0, q))
            .into_iter()
            .chain(near.into_iter().map(|(_, _, q, anchor)| (anchor, q)))
            .collect();
        // The protesters the document names already («المحتجين») are
        // these people: one side, not two.
        let named = self.ctx.entities.iter().position(|e| {
            e.reference
                .as_ref()
                .and_then(|r| r.category.as_deref())
                .is_some_and(|c| c == "protesters")
        });
        for (anchor, qi) in near {
            let Some(q) = self.ctx.quantities.get(qi as usize) else {
                continue;
            };
            if q.unit.as_deref().is_some_and(|u| self.lex.words.is_non_person_unit(u)) {
                continue;
            }
            let q0 = layer.tokens.partition_point(|t| (t.end as usize) <= q.start);
            // (Not a count inside a clause of its own after a break.)
            let (lo, hi) = (q0.min(anchor), q0.max(anchor));
            if (lo..hi).any(|t| self.is_punct(t, &[".", "؛", ";"])) {
                continue;
            }
            if let Some(found) = self.group_of(qi, true, place, |(a, b)| people(a, b)) {
                if found.1.is_some()
                    && let Some(e) = named
                {
                    return Some((self.ctx.entities[e].id.clone(), None));
                }
                return Some(found);
            }
        }
        self.subject_people(c, place)
    }

    /// The people counted right before the charge word at `ch` (ثلاثة
    /// أشخاص بتهمة، 15 شخصا يشتبه بتورطهم): the accused.
    pub(super) fn accused_group(&self, ch: usize, place: Option<u32>) -> Option<(String, Option<Entity>)> {
        let (s0, _) = self.ix.sentence_of(ch)?;
        let qi = (s0.max(ch.saturating_sub(6))..ch)
            .rev()
            .map(|t| self.ix.quantity[t])
            .find(|&q| q != NONE && matches!(self.counted_people(q), Some(People::Phrase(_, b)) if b == ch))?;
        self.group_of(qi, false, place, |_| true)
    }

    /// The unnamed thing an attack struck (tokens `a..b`, from
    /// `struck_phrase`) as a facility of the document; the same phrase
    /// struck again is the same facility.
    pub(super) fn struck_target(&self, a: usize, b: usize) -> Option<(String, Option<Entity>)> {
        self.unnamed_entity(a, b, EntityKind::Facility)
    }

    /// Where the words that describe the speaker of the quote whose cue is
    /// the mention's trigger stand (code points), when no entity names the
    /// speaker and the words are no source's (أسرة القتيل، زعيم تقليدي من
    /// المنطقة) and open with a noun (not بـ، أن, a preposition or a
    /// pronoun). (Code points, not tokens: the quote layer has left out a
    /// conjunction, and والد، وزير begin like one.)
    pub(super) fn described_speaker(&self, m: &super::Mention) -> Option<(usize, usize)> {
        let q = self
            .quotes
            .iter()
            .find(|q| q.cue.start < m.end && m.start < q.cue.end)?;
        let (s, e) = q.described_by?;
        let a = self.ctx.layer.token_from(s);
        if a >= self.ix.entity.len() || self.kind(a) != Some(TokenKind::Arabic) || self.ix.entity[a] != NONE {
            return None;
        }
        let k = self.key(a);
        // (خلالها، فيها: a preposition with its pronoun.)
        let bare = ["هما", "هم", "ها", "ه"]
            .iter()
            .find_map(|p| k.strip_suffix(p))
            .unwrap_or(k);
        let noun = k.chars().count() >= 3
            && super::grammar::preposition(k).is_none()
            && super::grammar::preposition(bare).is_none()
            && !super::grammar::is_complementizer(k)
            && !k.starts_with('ب');
        noun.then_some((s, e))
    }

    /// The unnamed thing or body at tokens `a..b` as an entity of `kind`
    /// (the one made before for the same span or name, if any).
    pub(super) fn unnamed_entity(&self, a: usize, b: usize, kind: EntityKind) -> Option<(String, Option<Entity>)> {
        let start = self.start_past_conj(a)?;
        let end = self.ctx.layer.tokens.get(b.checked_sub(1)?)?.end as usize;
        self.unnamed_entity_at(start, end, kind)
    }

    /// The unnamed thing or body at code points `start..end` as an entity
    /// of `kind` (the one made before for the same span or name, if any).
    pub(super) fn unnamed_entity_at(
        &self,
        start: usize,
        end: usize,
        kind: EntityKind,
    ) -> Option<(String, Option<Entity>)> {
        if start >= end {
            return None;
        }
        let span = self.ctx.layer.span(start, end);
        if let Some(g) = self.groups.iter().find(|g| {
            g.kind == kind && (g.mentions.iter().any(|m| m.start == start && m.end == end) || g.name == span.text)
        }) {
            return Some((g.id.clone(), None));
        }
        let id = format!("E{}", self.ctx.entities.len() + self.groups.len() + 1);
        let entity = Entity {
            id: id.clone(),
            kind,
            name: span.text.clone(),
            reference: None,
            mentions: vec![span],
            attributes: Attributes::default(),
            geo: None,
        };
        Some((id, Some(entity)))
    }

    /// The entity for the people count `qi` names (a group made of its
    /// phrase, if `fits` it, or the body they belong to).
    fn group_of(
        &self,
        qi: u32,
        protesters: bool,
        place: Option<u32>,
        fits: impl Fn((usize, usize)) -> bool,
    ) -> Option<(String, Option<Entity>)> {
        let (a, b) = match self.counted_people(qi)? {
            People::Phrase(a, b) if fits((a, b)) => (a, b),
            People::Phrase(..) => return None,
            People::Body(e) => return Some((self.entity(e)?.id.clone(), None)),
        };
        let layer = self.ctx.layer;
        // (From the count's own start in its token: وثلاثة → ثلاثة.)
        let q0 = self.ctx.quantities.get(qi as usize).map_or(0, |q| q.start);
        let start = (layer.tokens[a].start as usize).max(q0);
        let end = layer.tokens[b - 1].end as usize;
        Some(self.phrase_group(start, end, protesters, place))
    }

    /// The people a protest's verb has as its subject, unnamed and not
    /// counted (نفّذ أهالي السجناء وقفة احتجاجية، ينظّم ذوو المعتقلين وقفة،
    /// اعتصم أبناء القبائل): a people noun with its genitive, between the
    /// verb that carries the protest and its noun, or right after the
    /// protest's own verb.
    fn subject_people(&self, c: &Cluster, place: Option<u32>) -> Option<(String, Option<Entity>)> {
        let m = &self.mentions[c.main];
        let (_, s1) = self.ix.sentence_of(m.t0)?;
        let (lo, hi) = if m.pred0 < m.t0 {
            (m.pred0 + 1, m.t0)
        } else if m.pos == super::Pos::Verb {
            (m.t1, (m.t1 + 3).min(s1))
        } else {
            return None;
        };
        let free = |j: usize| {
            j < s1 && self.kind(j) == Some(TokenKind::Arabic) && self.ix.quantity[j] == NONE && self.ix.time[j] == NONE
        };
        let j = (lo..hi).find(|&j| {
            let k = super::grammar::strip_conj(self.key(j));
            free(j) && self.ix.entity[j] == NONE && self.lex.words.is_people_noun(k.strip_prefix("ال").unwrap_or(k))
        })?;
        // Its genitive: a definite noun or a name (أهالي السجناء، أبناء القبائل),
        // not the verb's own complement (قطع شبان الطريق).
        let mut b = j + 1;
        if free(b) && m.complement != Some(b) {
            let k = self.key(b);
            if !k.starts_with('و') && (k.starts_with("ال") || self.ix.entity[b] != NONE) {
                b += 1;
            }
        }
        let start = self.start_past_conj(j)?;
        let end = self.ctx.layer.tokens[b - 1].end as usize;
        Some(self.phrase_group(start, end, true, place))
    }

    /// A plural of people, without its article: listed (عمال، أهالي) or
    /// sound (المحتجين، مزارعون).
    fn people_plural(&self, k: &str) -> bool {
        self.lex.words.is_people_noun(k) || (k.chars().count() >= 5 && (k.ends_with("ين") || k.ends_with("ون")))
    }

    /// Who calls for a protest with no side of its own, unnamed (ودعت
    /// النقابات إلى إضراب جديد، دعت مجموعات استيطانية إلى مسيرة، داعيا
    /// أنصاره إلى التظاهر): the one to three words between the call and
    /// its إلى, a plural of people or bodies, as a body of the text. (The
    /// callers hold the protest, or those they call on do; either is its
    /// side.)
    pub(super) fn caller_group(&self, c: &Cluster) -> Option<(String, Option<Entity>)> {
        if c.kind != "PROTEST" {
            return None;
        }
        let m = &self.mentions[c.main];
        let (s0, _) = self.ix.sentence_of(m.t0)?;
        let mut p = m.t0.checked_sub(1)?;
        while p > s0 && self.kind(p) == Some(TokenKind::Quote) {
            p -= 1;
        }
        if !matches!(self.key(p), "الي" | "والي") {
            return None;
        }
        let call = (p.saturating_sub(4).max(s0)..p)
            .rev()
            .find(|&j| self.is_word(j) && self.lex.words.is_call_word(self.key(j)))?;
        let (a, b) = (call + 1, p);
        let plain = |t: usize| {
            self.kind(t) == Some(TokenKind::Arabic)
                && self.ix.entity[t] == NONE
                && self.ix.time[t] == NONE
                && self.ix.quantity[t] == NONE
                && self.mention_at[t] == NONE
                && super::grammar::preposition(self.key(t)).is_none()
        };
        if a >= b || b - a > 3 || !(a..b).all(plain) {
            return None;
        }
        let head = super::grammar::strip_conj(self.key(a));
        let head = head.strip_prefix("ال").unwrap_or(head);
        // (With its pronoun: أنصاره، منتسبيها.)
        let bare = ["هم", "ها", "ه"]
            .iter()
            .find_map(|x| head.strip_suffix(x))
            .unwrap_or(head);
        // (Or of bodies: النقابات، جمعيات.)
        let plural = |w: &str| self.people_plural(w) || (w.chars().count() >= 5 && w.ends_with("ات"));
        if !(plural(head) || plural(bare)) {
            return None;
        }
        self.unnamed_entity(a, b, EntityKind::Organization)
    }

    /// The people counted as the subject right after an active attack verb
    /// with no side of its own (هاجم عشرات الشبان من أقارب القتيلين محال
    /// تجارية): its actor, a group of civilians of the country.
    pub(super) fn attacker_group(&self, c: &Cluster, place: Option<u32>) -> Option<(String, Option<Entity>)> {
        let m = &self.mentions[c.main];
        if c.kind != "ASSAULT" || !c.actors.is_empty() || m.pos != super::Pos::Verb {
            return None;
        }
        if self.trigger(m).map(|t| t.voice) != Some(super::lexicon::Voice::Active) {
            return None;
        }
        let (_, s1) = self.ix.sentence_of(m.t0)?;
        let j = self.skip_adverbs(m.t1, s1);
        // (A count that starts here, not the tail of one before.)
        let qi = self.ix.quantity.get(j).copied().filter(|&q| q != NONE)?;
        if j > 0 && self.ix.quantity[j - 1] == qi {
            return None;
        }
        self.group_of(qi, false, place, |_| true)
    }

    /// Where a phrase at token `j` starts: after its conjunction and the
    /// conjunction's vowel (وثكنة، وَأهالي → ثكنة، أهالي).
    pub(super) fn start_past_conj(&self, j: usize) -> Option<usize> {
        let layer = self.ctx.layer;
        let tok = layer.tokens.get(j)?;
        let mut start = tok.start as usize;
        // (Offsets count code points, not bytes.)
        if super::grammar::strip_conj(self.key(j)) != self.key(j) {
            let mut chars = layer.slice(start, tok.end as usize).chars();
            chars.next()?;
            start += 1 + chars.take_while(|c| ('\u{64b}'..='\u{65f}').contains(c)).count();
        }
        Some(start)
    }

    /// The entity for unnamed people at `start..end`: Civilians or
    /// Protesters of the place's country (the one made before for the same
    /// span, if any).
    fn phrase_group(&self, start: usize, end: usize, protesters: bool, place: Option<u32>) -> (String, Option<Entity>) {
        let layer = self.ctx.layer;
        // The same people taken by two events are one side.
        if let Some(g) = self
            .groups
            .iter()
            .find(|g| g.mentions.iter().any(|m| m.start == start && m.end == end))
        {
            return (g.id.clone(), None);
        }
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
        (id, Some(entity))
    }
}
