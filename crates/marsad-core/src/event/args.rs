//! Arguments of a trigger, read off the sentence's shape and the entity
//! layer's mentions. No parser: a verb's subject is the noun phrase right
//! after it (VSO) or the agent before it (SVO, relative clauses); a noun's
//! arguments are its genitive and its prepositions; light verbs (شنّ، نفّذ،
//! فرض، قام بـ) lend their subject to the noun they carry; verbs that take
//! a verbal noun as complement (هدد بشنّ، طالب بالانسحاب) lend theirs.

use super::grammar;
use super::index::NONE;
use super::{Extractor, Mention, Pos, Voice};
use crate::doc::EntityKind;
use crate::text::TokenKind;

/// A noun phrase read at a token.
#[derive(Debug, Clone, Default)]
pub(super) struct Np {
    /// The entity the phrase names or stands for.
    pub entity: Option<u32>,
    /// The phrase is a name (the entity is its head), not "N من X".
    pub named: bool,
    /// Entities coordinated with it (X و Y).
    pub also: Vec<u32>,
    /// A count heads the phrase (11 جنديا).
    pub counted: bool,
    /// The head names attackers (المهاجمين، المنفذين).
    pub attacker: bool,
    /// The head is a force or a weapon of the entity (مدفعية الدعم السريع):
    /// the entity acts.
    pub agent_head: bool,
    /// The head is an office (وزير، المتحدث، حاكم): a person acting for a
    /// body, who speaks and decides rather than fights.
    pub role: bool,
    /// Token after the phrase.
    pub end: usize,
}

/// A light verb written with its object pronoun (شنّه، نظمها).
fn with_object_pronoun(key: &str) -> bool {
    key.chars().count() > 3 && (key.ends_with('ه') || key.ends_with("ها"))
}

impl<'c, 'a, 't> Extractor<'c, 'a, 't> {
    /// The noun phrase at `j` (before `end`).
    pub(super) fn np_at(&self, j: usize, end: usize) -> Option<Np> {
        let mut j = j;
        while j < end && self.kind(j) == Some(TokenKind::Quote) {
            j += 1;
        }
        if j >= end || !self.is_word(j) {
            return None;
        }
        // An approximator before a count (ما لا يقل عن 28، أكثر من 50،
        // نحو 12): the phrase starts at the count.
        if self.ix.quantity[j] == NONE
            && self.ix.mention_at(j).is_none()
            && let Some(k) = (j + 1..(j + 5).min(end)).find(|&k| self.ix.quantity[k] != NONE)
            && (j..k).all(|t| self.is_word(t) && self.ix.entity[t] == NONE)
            && self
                .ctx
                .quantities
                .get(self.ix.quantity[k] as usize)
                .is_some_and(|q| q.approx)
        {
            j = k;
        }
        // اتفق الطرفان، داعيا الطرفين: the two sides told of last.
        if let Some((a, b)) = self.pair_at(j) {
            return Some(Np {
                entity: Some(a),
                also: vec![b],
                named: true,
                end: self.epithets_end(j + 1, end).max(j + 1),
                ..Np::default()
            });
        }
        if let Some((_, b, e)) = self.ix.mention_at(j) {
            let mut np = Np {
                entity: Some(e),
                named: true,
                end: self.past_quotes(b, end),
                ..Np::default()
            };
            np.end = self.past_epithets(np.end, e, end);
            self.join_names(&mut np, e, end);
            self.add_membership(&mut np, end);
            return Some(np);
        }
        let mut np = Np {
            attacker: grammar::is_attacker_noun(self.key(j)),
            agent_head: self.lex.words.is_agent_head(self.key(j)),
            ..Np::default()
        };
        // A count: past the number to its noun.
        let mut k = j;
        let q = self.ix.quantity[j];
        if q != NONE {
            np.counted = true;
            while k < end && self.ix.quantity[k] == q {
                k += 1;
            }
            // ثلاثة من عناصر الشرطة: a partitive من is read below, not as the noun.
            if k < end
                && self.is_word(k)
                && self.mention_at[k] == NONE
                && self.ix.entity[k] == NONE
                && self.key(k) != "من"
            {
                np.attacker |= grammar::is_attacker_noun(self.key(k));
                // أحد جنوده، ثلاثة من عناصرها: the pronoun's owner is the
                // body the counted belong to, the nearest agent before.
                if let Some(owner) = self.possessed_force(k, j) {
                    np.entity = Some(owner);
                    np.end = k + 1;
                    return Some(np);
                }
                // 17 جنديا نيجريا: soldiers of a nation are its forces.
                if self.lex.words.is_soldier(self.key(k))
                    && k + 1 < end
                    && self.ix.entity[k + 1] == NONE
                    && let Some(forces) = self.nationality_at(k + 1).and_then(|cc| self.forces_of(&cc))
                {
                    np.entity = Some(forces);
                    np.end = k + 2;
                    return Some(np);
                }
                // قتل 21 جنديا with no nation: the one army the document names.
                if self.lex.words.is_soldier(self.key(k))
                    && self.nationality_at(k + 1).is_none()
                    && let Some(army) = self.sole_military()
                {
                    np.entity = Some(army);
                    np.end = k + 1;
                    return Some(np);
                }
                // 140 سجينا سوريا: the people are not the state.
                if k + 1 < end && self.ix.entity[k + 1] != NONE && self.nisba_after_count(k + 1) {
                    np.end = k + 2;
                    return Some(np);
                }
                k += 1;
            }
        } else {
            k += 1;
            if self.lex.words.is_role_head(self.key(j)) {
                np.role = true;
                k = self.office_chain(k, end);
            }
        }
        np.end = k;
        // المتحدث باسم التجمع: the body an office speaks for is its own,
        // not the verb's object.
        // (The chain may have read باسم as one of its words.)
        let body_at = if self.key(k) == "باسم" { k + 1 } else { k };
        if np.role
            && body_at < end
            && self.key(body_at - 1) == "باسم"
            && let Some((a, b, e)) = self.ix.mention_at(body_at)
            && a == body_at
            && self.entity(e).is_some_and(|x| x.kind == EntityKind::Organization)
        {
            np.entity = Some(e);
            np.end = self.past_quotes(b, end);
            return Some(np);
        }
        // An office's chain is read (حاكم إقليم شبيلي الوسطى الحكومة): a name
        // after it is the verb's object, not the office's genitive.
        if np.role && k > j + 1 {
            // (Up to a comma, when what follows the chain names no one:
            // «زعيم تقليدي من المنطقة، في اتصال هاتفي، السلطات».)
            if let Some(c) = self.plain_to_comma(k, j + 7, end).filter(|&c| c > k) {
                np.end = c;
            }
            return Some(np);
        }
        // The entity it stands for: a name right after the head (عناصر
        // الشرطة), "من X"/"في X" (11 جنديا من الجيش العراقي), "التابع لـ X".
        let mut i = self.past_quotes(k, end);
        // دعا المحتجون الحكومة: a definite noun has no genitive; the name
        // after it is another phrase (the verb's object).
        let definite = q == NONE && !np.agent_head && !np.role && grammar::strip_conj(self.key(j)).starts_with("ال");
        // (في الساحل الغربي الحكومةَ: its adjectives are part of it.)
        if definite {
            let past = self.epithets_end(i, end);
            if past > i {
                (i, np.end) = (past, past);
            }
        }
        if let Some((_, b, e)) = self.ix.mention_at(i).filter(|_| i < end) {
            let person = self.entity(e).is_some_and(|x| x.kind == EntityKind::Person);
            if self.is_org_or_person(e) && (!definite || person) {
                np.entity = Some(e);
                np.end = self.past_quotes(b, end);
                self.add_membership(&mut np, end);
            }
            return Some(np);
        }
        let stop = (i + 4).min(end);
        let head = self.key(j);
        let held =
            self.lex.words.is_property(head) || head.strip_suffix('ا').is_some_and(|h| self.lex.words.is_property(h));
        while i < stop {
            if self.kind(i) == Some(TokenKind::Quote) {
                i += 1;
                continue;
            }
            let key = self.key(i);
            // حاجزا مشتركا للجيش والحشد، مواقع لقوات النظام: what a side
            // holds names that side.
            if held
                && grammar::strip_conj(key).starts_with('ل')
                && let Some((a, b, e)) = self.ix.mention_at(i)
                && a == i
                && self.is_org_or_person(e)
            {
                np.entity = Some(e);
                np.end = self.past_quotes(b, end);
                self.join_names(&mut np, e, end);
                break;
            }
            // القيادي السابق خالد المسالمة: a person named after the
            // head's adjectives is who it is.
            if let Some((a, b, e)) = self.ix.mention_at(i)
                && a == i
                && i > j + 1
                && self.entity(e).is_some_and(|x| x.kind == EntityKind::Person)
            {
                np.entity = Some(e);
                np.end = self.past_quotes(b, end);
                break;
            }
            if !self.is_word(i) || self.mention_at[i] != NONE {
                break;
            }
            let via = matches!(grammar::preposition(key), Some("من" | "في")) || grammar::is_belonging(key);
            // العديد من المهاجمين: the noun after من names who they are.
            if matches!(grammar::preposition(key), Some("من")) && grammar::is_attacker_noun(self.key(i + 1)) {
                np.attacker = true;
            }
            let adjective = grammar::preposition(key).is_none()
                && !grammar::is_particle(key)
                && !grammar::is_complementizer(key)
                && !grammar::is_relative(key)
                && self.ix.entity[i] == NONE;
            if via {
                let n = self.past_quotes(i + 1, end);
                // التابع لـ: the ل may stand alone.
                let n = if self.key(n) == "ل" {
                    self.past_quotes(n + 1, end)
                } else {
                    n
                };
                if let Some(owner) = self.possessed_force(n, j).filter(|_| n < end) {
                    np.entity = Some(owner);
                    np.end = n + 1;
                    break;
                }
                // من عناصر قوات الصحوة، من مقاتلي البيشمركة: the force's body.
                let n = if n + 1 < end
                    && self.ix.mention_at(n).is_none()
                    && self.mention_at[n] == NONE
                    && self.lex.words.is_agent_head(self.key(n))
                {
                    n + 1
                } else {
                    n
                };
                if let Some((_, b, e)) = self.ix.mention_at(n).filter(|_| n < end)
                    && self.is_org_or_person(e)
                {
                    np.entity = Some(e);
                    np.end = self.past_quotes(b, end);
                }
                break;
            }
            if !adjective {
                break;
            }
            i += 1;
        }
        // «شيخ قبلي، في اتصال هاتفي، السلطات»: adjectives up to a comma
        // are the phrase's; what follows the aside is another phrase.
        // (So are «من المنطقة» and the like, naming no one: زعيم تقليدي من
        // المنطقة، في اتصال هاتفي،.)
        if np.entity.is_none()
            && let Some(c) = self.plain_to_comma(np.end, j + 7, end)
        {
            np.end = c;
        }
        if np.entity.is_none() {
            self.add_membership(&mut np, end);
        }
        // «مصدر عسكري مالي»، «مسؤولون عسكريون»: a military source speaks
        // for its country's forces (with no country, the one army named).
        if np.entity.is_none()
            && q == NONE
            && j + 1 < end
            && self.lex.words.is_military_source(self.key(j), self.key(j + 1))
        {
            let (forces, words) = match (j + 2 < end).then(|| self.nationality_at(j + 2)).flatten() {
                Some(cc) => (self.forces_of(&cc), 3),
                None => (self.sole_military(), 2),
            };
            if let Some(e) = forces {
                np.entity = Some(e);
                np.end = np.end.max(j + words);
            }
        }
        Some(np)
    }

    /// The body a phrase's people belong to, named right after it
    /// (مسلحون يشتبه في انتمائهم إلى تنظيم X، ستة متهمين بالانتماء إلى X،
    /// مسلحون يعتقد أنهم من X): it acts or suffers with them, or for them
    /// when the phrase names no entity.
    fn add_membership(&self, np: &mut Np, end: usize) {
        let words = &self.lex.words;
        // The caller's window may stop at the hedge's verb or its أنّ.
        let end = self.ix.sentence_of(np.end.min(end)).map_or(end, |(_, s1)| s1.max(end));
        let (mut member, mut hedge, mut that, mut head) = (false, false, false, false);
        let mut i = np.end;
        let stop = (np.end + 8).min(end);
        while i < stop {
            if self.kind(i) == Some(TokenKind::Quote) {
                i += 1;
                continue;
            }
            if let Some((a, b, e)) = self.ix.mention_at(i) {
                let org = self.entity(e).is_some_and(|x| x.kind == EntityKind::Organization);
                // «أنهم من تنظيم «X»»: past the body's head word.
                let p = if head { i - 1 } else { i };
                let from = p > 0 && grammar::preposition(self.key(p - 1)) == Some("من");
                if a == i && org && (member || (hedge && that && from)) && Some(e) != np.entity {
                    match np.entity {
                        Some(_) => np.also.push(e),
                        None => np.entity = Some(e),
                    }
                    np.end = self.past_quotes(b, end);
                }
                return;
            }
            if !self.is_word(i) || self.mention_at[i] != NONE {
                return;
            }
            let key = self.key(i);
            if words.is_membership(key) {
                member = true;
            } else if words.is_membership_hedge(key) {
                hedge = true;
            } else if grammar::is_complementizer(key) {
                that = true;
            } else if !head
                && (member || hedge)
                && i > 0
                && matches!(grammar::preposition(self.key(i - 1)), Some("من" | "إلى"))
            {
                head = true;
            } else if !matches!(grammar::preposition(key), Some("من" | "في" | "إلى")) && key != "ب" && key != "ل"
            {
                return;
            }
            i += 1;
        }
    }

    /// A counted phrase ending right before token `v` (إن ثلاثة من جنوده
    /// قتلوا), its count at most six tokens back.
    fn counted_before(&self, v: usize) -> Option<Np> {
        let (s0, _) = self.ix.sentence_of(v)?;
        let p = (v.saturating_sub(6).max(s0)..v).find(|&p| self.ix.quantity[p] != NONE)?;
        let np = self.np_at(p, v)?;
        (np.end == v && np.entity.is_some()).then_some(np)
    }

    /// A force noun with a pronoun suffix at `k` (جنوده، عناصرها، وحداته):
    /// its owner, the nearest agent before the phrase at `j`.
    fn possessed_force(&self, k: usize, j: usize) -> Option<u32> {
        let key = self.key(k);
        let stem = ["هم", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p))?;
        // (ثمانية منهم: a partitive of the people named before.)
        let force = matches!(key, "منهم" | "منهن")
            || self.lex.words.is_agent_head(stem)
            || stem
                .strip_suffix('ت')
                .is_some_and(|s| self.lex.words.is_agent_head(&format!("{s}ة")));
        if !force || self.ix.entity[k] != NONE {
            return None;
        }
        // The owner may be the speaker before a complementizer (قال الجيش
        // إن ثلاثة من جنوده): the nearest agent named in the sentence before.
        let (s0, _) = self.ix.sentence_of(j)?;
        (j.saturating_sub(15).max(s0)..j)
            .rev()
            .filter_map(|t| self.ix.mention_at(t))
            .map(|(_, _, e)| e)
            .find(|&e| self.is_agent(e))
    }

    /// The genitive chain after an office noun (نائب وزير الخزانة الأمريكي،
    /// حاكم إقليم شبيلي الوسطى): indefinite nouns up to the first definite
    /// word or place name, then definite adjectives; at most five tokens.
    /// A body's name (org, person) is left for the caller to read.
    fn office_chain(&self, from: usize, end: usize) -> usize {
        let stop = (from + 5).min(end);
        let mut definite = false;
        let mut t = from;
        while t < stop && self.is_word(t) && self.mention_at[t] == NONE && self.ix.time[t] == NONE {
            let key = self.key(t);
            if let Some((a, b, e)) = self.ix.mention_at(t) {
                if a != t || definite || self.is_org_or_person(e) || key.starts_with('و') {
                    break;
                }
                definite = true;
                t = b;
                continue;
            }
            if self.ix.entity[t] != NONE
                || self.ix.quantity[t] != NONE
                || grammar::preposition(key).is_some()
                || grammar::is_particle(key)
                || grammar::is_complementizer(key)
                || grammar::is_relative(key)
                || (key.starts_with('و') && !self.lex.words.is_role_head(key))
            {
                break;
            }
            let def = key.starts_with("ال");
            if definite && !def {
                break;
            }
            definite |= def;
            t += 1;
        }
        t
    }

    /// X و Y: more names joined by و after the phrase naming `e`.
    fn join_names(&self, np: &mut Np, e: u32, end: usize) {
        while np.also.len() < 3 {
            let k = np.end;
            if k >= end || !self.key(k).starts_with('و') {
                break;
            }
            match self.ix.mention_at(k) {
                Some((_, b2, e2)) if e2 != e && self.is_agent(e2) => {
                    np.also.push(e2);
                    np.end = self.past_quotes(b2, end);
                }
                _ => break,
            }
        }
    }

    /// Past what describes the name of `e` ending at `k`: its alias in
    /// quotes or brackets (حزب التجمع «تواصل») and definite adjectives
    /// (المعارض، الموريتانية), when the name of another side follows them
    /// (…المعارض الحكومةَ): that side is the next phrase, not a genitive.
    fn past_epithets(&self, k: usize, e: u32, end: usize) -> usize {
        let mut t = k;
        // The alias: a mention of the same entity (its quotes already
        // passed), or one in brackets.
        loop {
            let open = usize::from(self.is_punct(t, &["("]));
            match self.ix.mention_at(t + open) {
                Some((a, b, e2)) if e2 == e && a == t + open && t + open < end => {
                    let b = if open == 1 && self.is_punct(b, &[")"]) {
                        b + 1
                    } else {
                        b
                    };
                    t = self.past_quotes(b, end);
                }
                _ => break,
            }
        }
        let a = self.epithets_end(t, end);
        let other_side = a > t
            && self
                .ix
                .mention_at(a)
                .is_some_and(|(s, _, e2)| s == a && e2 != e && self.is_org_or_person(e2));
        // (…المعارضة، التي حلّتها السلطات، الأجهزةَ: or an aside before it.)
        if other_side || (a > t && self.aside_end(a).is_some()) {
            a
        } else {
            t
        }
    }

    /// Past at most three epithets from `from` (الغربي، المعارض): words
    /// that name no one and start no other phrase.
    fn epithets_end(&self, from: usize, end: usize) -> usize {
        let mut a = from;
        while a < end
            && a < from + 3
            && self.is_word(a)
            && self.ix.entity[a] == NONE
            && self.mention_at[a] == NONE
            && !grammar::is_relative(self.key(a))
            && !self.key(a).starts_with('و')
            && self.lex.words.is_epithet(self.key(a))
        {
            a += 1;
        }
        a
    }

    /// The comma that ends, before token `limit` (and `end`), a run of
    /// words from `from` naming no one and holding no trigger: what an
    /// unnamed phrase takes up to its aside.
    fn plain_to_comma(&self, from: usize, limit: usize, end: usize) -> Option<usize> {
        (from..limit.min(end + 1))
            .find(|&t| !self.is_word(t) || self.ix.entity[t] != NONE || self.mention_at[t] != NONE)
            .filter(|&t| self.is_punct(t, &["،", ","]))
    }

    pub(super) fn past_quotes(&self, mut j: usize, end: usize) -> usize {
        while j < end && self.kind(j) == Some(TokenKind::Quote) {
            j += 1;
        }
        j
    }

    /// «140 سجينا سوريا»: past an indefinite counted noun, an accusative
    /// nationality written like its country's name (سوريا، ليبيا) is an
    /// adjective of the people counted, not the state.
    fn nisba_after_count(&self, a: usize) -> bool {
        a >= 2
            && self.ix.quantity[a - 2] != NONE
            && self.key(a - 1).ends_with('ا')
            && !grammar::strip_conj(self.key(a - 1)).starts_with("ال")
            && self.nationality_at(a).is_some()
    }

    /// The nearest agent before token `t` in its sentence, with the agents
    /// joined to it by و; not across a complementizer, nor (with
    /// `clause_only`) a clause break, nor a cue of foiling (whose subject
    /// stopped the event rather than made it).
    pub(super) fn agents_before(&self, t: usize, clause_only: bool) -> Vec<u32> {
        let Some((s0, _)) = self.ix.sentence_of(t) else {
            return Vec::new();
        };
        let mut j = t;
        let mut words = 0;
        while j > s0 && words < 18 {
            j -= 1;
            let key = self.key(j);
            if self.kind(j) == Some(TokenKind::Arabic) && grammar::is_complementizer(key) {
                return Vec::new();
            }
            if clause_only && self.is_clause_break(j) {
                return Vec::new();
            }
            // A dateline's dash (مقديشو (الصومال الجديد) – قُتل): the outlet
            // and city before it are no subject.
            if self.kind(j) == Some(TokenKind::Punct) && matches!(self.key(j), "-" | "–" | "—" | "ـ") {
                return Vec::new();
            }
            if self.foil_cue_at(j) {
                return Vec::new();
            }
            if self.is_word(j) {
                words += 1;
            }
            // «إن الطرفين اتفقا»: the two sides a dual stands for (not «من
            // الطرفين», «بين الطرفين»: some of each, or where).
            if let Some((a, b)) = self.pair_at(j)
                && !(j > s0 && grammar::preposition(self.key(j - 1)).is_some())
            {
                return vec![a, b];
            }
            let Some((a, _, e)) = self.ix.mention_at(j) else {
                continue;
            };
            j = a;
            if !self.is_agent(e) || self.locative_before(a) || self.nisba_after_count(a) {
                continue;
            }
            // «تصدّت الدفاعات الجوية للجيش السوداني لهجوم»: the side named
            // in the subject of a cue of foiling stopped the event.
            let mut q = a;
            let mut back = 0;
            while q > s0 && back < 5 && !self.is_clause_break(q - 1) {
                q -= 1;
                if self.foil_cue_at(q) {
                    return Vec::new();
                }
                if self.is_word(q) {
                    back += 1;
                }
            }
            // أعلن الجيش مقتل أحد جنوده في انفجار، مقتل ثلاثة من عناصر الصحوة
            // في هجوم: the side whose dead an earlier casualty word counts,
            // named before it or in its phrase, is no agent of what follows.
            // (Mentions are in text order: only this sentence's are read.)
            let lo = self.mentions.partition_point(|o| o.t0 < s0);
            if self.mentions[lo..]
                .iter()
                .take_while(|o| o.t0 < t)
                .any(|o| o.casualty.is_some() && a < o.t0 + 8 && o.targets.contains(&e))
            {
                continue;
            }
            let mut out = vec![e];
            // X و Y: the agents before it joined by و.
            let mut a = a;
            while out.len() < 4 && self.key(a).starts_with('و') {
                let mut p = a;
                while p > s0 && self.kind(p - 1) == Some(TokenKind::Quote) {
                    p -= 1;
                }
                let Some((a2, _, e2)) = p.checked_sub(1).and_then(|p| self.ix.mention_at(p)) else {
                    break;
                };
                if !self.is_agent(e2) || out.contains(&e2) {
                    break;
                }
                out.push(e2);
                a = a2;
            }
            return out;
        }
        Vec::new()
    }

    /// The mention starting at token `a` stands after a locative
    /// preposition (في سوريا، بالعراق، قرب حلب): a place, not an agent.
    fn locative_before(&self, a: usize) -> bool {
        let key = self.key(a);
        // (الأراضي الأفغانية: a state's land, not the state acting.)
        if self
            .ctx
            .resources
            .entities
            .descriptors
            .longest(grammar::strip_conj(key), &[])
            .is_some_and(|(_, d)| d.territory)
        {
            return true;
        }
        let inside = self.ix.mention_start.get(a) == Some(&super::index::INSIDE);
        if inside && (key.starts_with('ب') || key.starts_with("وب")) {
            return true;
        }
        let mut p = a;
        while p > 0 && self.kind(p - 1) == Some(TokenKind::Quote) {
            p -= 1;
        }
        p > 0
            && self.kind(p - 1) == Some(TokenKind::Arabic)
            && matches!(
                grammar::preposition(self.key(p - 1)),
                Some("في" | "قرب" | "إلى" | "منذ" | "نحو")
            )
    }

    /// A factuality cue of foiling covers token `j`.
    fn foil_cue_at(&self, j: usize) -> bool {
        // Hits are in text order and short: look at those starting near j.
        let from = self.fact_hits.partition_point(|(h, _)| h.t0 + 8 < j);
        self.fact_hits[from..]
            .iter()
            .take_while(|(h, _)| h.t0 <= j)
            .any(|(h, c)| {
                j < h.t1
                    && self
                        .lex
                        .factuality
                        .get(*c as usize)
                        .is_some_and(|c| c.value == super::Factuality::Foiled && c.before)
            })
    }

    /// A light verb shortly before the noun at `t0` (شنّ، نفّذ، قام بـ، فرض),
    /// or تعرّض لـ: its token and whether it is تعرّض.
    pub(super) fn light_verb_before(&self, t0: usize) -> Option<(usize, bool)> {
        let (s0, _) = self.ix.sentence_of(t0)?;
        let mut j = t0;
        let mut words = 0;
        let mut comma = false;
        while j > s0 && words < 10 {
            j -= 1;
            // فرضت الإدارة، الإثنين، حظر التجول: commas around an adverb.
            if self.is_clause_break(j) && !self.is_punct(j, &["،", ","]) {
                return None;
            }
            comma |= self.is_punct(j, &["،", ","]);
            let key = self.key(j);
            if self.lex.words.is_light_verb(key) {
                // «وقفة نظمها مئات الشبان أمام المستشفى، احتجاجا»: a verb
                // with its object pronoun has its object; a noun past a
                // comma after it is none.
                if comma && with_object_pronoun(key) {
                    return None;
                }
                // A light verb that is an event of another type itself
                // (أطلق النار لمنع قطع الطرق) carries that event, not this one.
                let own = self.mention_at[j];
                let other = self.mentions.get(own as usize).and_then(|o| o.kind.as_deref());
                let here = self
                    .mentions
                    .get(self.mention_at[t0] as usize)
                    .and_then(|o| o.kind.as_deref());
                if own != NONE && other != here {
                    return None;
                }
                return Some((j, false));
            }
            if grammar::is_undergo_verb(key) || (grammar::is_fall_verb(key) && self.key(j + 1) == "في") {
                return Some((j, true));
            }
            // خرج متظاهرون للاحتجاج: a verb of going out carries a protest
            // noun with ل as a light verb carries its object.
            if self.lex.words.is_motion_verb(key)
                && grammar::strip_conj(self.key(t0)).starts_with('ل')
                && self
                    .mentions
                    .get(self.mention_at[t0] as usize)
                    .is_some_and(|o| o.kind.as_deref() == Some("PROTEST") && o.pos != Pos::Verb)
            {
                return Some((j, false));
            }
            // (A date between does not count: توصلت X و Y، مساء أمس، إلى اتفاق.)
            if self.is_word(j) {
                if self.ix.time[j] == NONE {
                    words += 1;
                }
                if self.mention_at[j] != NONE {
                    return None;
                }
            }
        }
        None
    }

    /// Where the subject starts when token `j` is a verb whose object is
    /// the event named before it (نظّمها، شنّه، تبنّته، دعت إليه).
    pub(super) fn organizer_subject_at(&self, j: usize) -> Option<usize> {
        let key = self.key(j);
        if self.lex.words.is_organizer_verb(key, false) {
            return Some(j + 1);
        }
        let n = (j + 1..(j + 4).min(self.ctx.layer.tokens.len())).find(|&n| self.is_word(n))?;
        (matches!(self.key(n), "اليه" | "اليها" | "اليهم") && self.lex.words.is_organizer_verb(key, true))
            .then_some(n + 1)
    }

    /// The organiser's verb right after the event noun ending at `t1`
    /// (إضراب وطني دعت إليه): its token.
    pub(super) fn organizer_verb_after(&self, t1: usize) -> Option<usize> {
        let (_, s1) = self.ix.sentence_of(t1.checked_sub(1)?)?;
        let mut words = 0;
        let mut j = t1;
        while j < s1 && words < 3 {
            if self.is_clause_break(j) {
                return None;
            }
            if self.is_word(j) {
                if self.organizer_subject_at(j).is_some() {
                    return Some(j);
                }
                if self.mention_at[j] != NONE {
                    return None;
                }
                words += 1;
            }
            j += 1;
        }
        None
    }

    /// A person named within six tokens after the common noun at `j` that
    /// heads a title (وزير، عضو، قائد …), the title's words between: the
    /// person's noun phrase. Not after a preposition or و (another side).
    fn titled_person(&self, j: usize, end: usize) -> Option<Np> {
        if self.ix.entity[j] != NONE || self.mention_at[j] != NONE {
            return None;
        }
        let stop = (j + 7).min(end);
        let mut t = j + 1;
        while t < stop {
            if self.is_clause_break(t) || self.mention_at[t] != NONE {
                return None;
            }
            if let Some((a, b, e)) = self.ix.mention_at(t) {
                if self.entity(e).is_some_and(|x| x.kind == EntityKind::Person) {
                    let prev = (j..a).rev().find(|&p| self.is_word(p))?;
                    let key = self.key(a);
                    if a != t || key.starts_with('و') || grammar::preposition(self.key(prev)).is_some() {
                        return None;
                    }
                    return self.np_at(a, end);
                }
                t = b;
                continue;
            }
            t += 1;
        }
        None
    }

    /// A person's name between commas right at `k`, after an office
    /// (وكيل محافظة مأرب، علي بن جلال العبيدي،): the person's phrase and
    /// the token after the closing comma.
    fn appositive_person(&self, k: usize) -> Option<(Np, usize)> {
        const COMMAS: &[&str] = &["،", ","];
        let (_, s1) = self.ix.sentence_of(k)?;
        if !self.is_punct(k, COMMAS) {
            return None;
        }
        // (A title may stand before the name: «، المحامي رامي عيتاني،».)
        let first = (k + 1..(k + 4).min(s1))
            .find(|&t| !self.is_word(t) || self.ix.entity[t] != NONE || self.mention_at[t] != NONE)?;
        if (k + 1..first).any(|t| {
            let key = self.key(t);
            key.starts_with('و') || grammar::preposition(key).is_some() || grammar::is_particle(key)
        }) {
            return None;
        }
        let (a, b, e) = self.ix.mention_at(first)?;
        if a != first || !self.entity(e).is_some_and(|x| x.kind == EntityKind::Person) {
            return None;
        }
        let close = self.past_quotes(b, s1);
        if close >= s1 || !self.is_punct(close, COMMAS) {
            return None;
        }
        let np = Np {
            entity: Some(e),
            named: true,
            end: b,
            ..Np::default()
        };
        Some((np, close + 1))
    }

    /// The two bodies (organisations or states, not persons) named last
    /// before `t`, in its sentence or the two before it; none unless two.
    fn two_sides_before(&self, t: usize) -> Vec<u32> {
        let Some((s0, _)) = self.ix.sentence_of(t) else {
            return Vec::new();
        };
        let from = self.sentences_back(s0, 2);
        let mut sides: Vec<u32> = Vec::new();
        for k in (from..t).rev() {
            let e = self.ix.entity[k];
            if e != NONE
                && !sides.contains(&e)
                && self.is_agent(e)
                && self.entity(e).is_some_and(|x| x.kind != EntityKind::Person)
            {
                sides.push(e);
                if sides.len() == 2 {
                    sides.reverse();
                    return sides;
                }
            }
        }
        Vec::new()
    }

    /// The two sides a definite dual at `j` stands for (اتفق الطرفان،
    /// داعيا الطرفين، وقّعه البلدان): those of the latest fight, truce,
    /// talks or withdrawal before it, in its sentence or the five before,
    /// with two bodies (not persons, not the press) among its sides, else
    /// the two bodies named last; two states, each of its own country, for
    /// البلدين.
    fn pair_at(&self, j: usize) -> Option<(u32, u32)> {
        if self.ix.entity[j] != NONE || self.mention_at[j] != NONE {
            return None;
        }
        let states = self.lex.words.pair_word(self.key(j))?;
        let country = |e: u32| {
            self.entity(e).and_then(|x| {
                x.reference
                    .as_ref()
                    .and_then(|r| r.country.clone())
                    .or_else(|| x.geo.as_ref().and_then(|g| g.country.clone()))
            })
        };
        // (Not who reported it: وكالة فرانس برس.)
        let side = |e: u32| {
            self.is_agent(e)
                && self.entity(e).is_some_and(|x| {
                    x.kind != EntityKind::Person
                        && x.reference.as_ref().and_then(|r| r.category.as_deref()) != Some("media")
                })
                && (!states || country(e).is_some())
        };
        let two = |v: &mut dyn Iterator<Item = u32>| -> Option<(u32, u32)> {
            let mut sides: Vec<u32> = Vec::new();
            for e in v {
                if side(e) && !sides.contains(&e) && !(states && sides.iter().any(|&s| country(s) == country(e))) {
                    sides.push(e);
                }
            }
            (sides.len() >= 2).then(|| (sides[0], sides[1]))
        };
        let (s0, _) = self.ix.sentence_of(j)?;
        let from = self.sentences_back(s0, 5);
        // (Mentions are in text order.)
        let lo = self.mentions.partition_point(|o| o.t0 < from);
        let hi = self.mentions.partition_point(|o| o.t0 < j);
        self.mentions[lo..hi]
            .iter()
            .rev()
            .filter(|o| o.t1 <= j && matches!(o.kind.as_deref(), Some("ASSAULT" | "AGREE" | "CONSULT" | "RETREAT")))
            .find_map(|o| two(&mut o.actors.iter().chain(&o.targets).copied()))
            .or_else(|| two(&mut self.two_sides_before(j).into_iter()))
    }

    /// «المتحدث باسم المنتدى التونسي للحقوق الاقتصادية والاجتماعية، رمضان
    /// بن عمر،»: an office's chain read short of the body it speaks for;
    /// the holder's name between commas after the body (at most eight words
    /// on, nothing but words and names between), with the body as a side.
    fn appositive_after_body(&self, from: usize) -> Option<(Np, usize)> {
        let (_, s1) = self.ix.sentence_of(from)?;
        let comma = (from..(from + 9).min(s1)).find(|&k| !self.is_word(k))?;
        if (from..comma).any(|k| self.mention_at[k] != NONE || self.ix.time[k] != NONE) {
            return None;
        }
        let (mut np, after) = self.appositive_person(comma)?;
        if let Some(body) = (from..comma)
            .map(|k| self.ix.entity[k])
            .find(|&e| e != NONE && self.entity(e).is_some_and(|x| x.kind == EntityKind::Organization))
        {
            np.also.push(body);
        }
        Some((np, after))
    }

    pub(super) fn add(v: &mut Vec<u32>, e: u32) {
        if !v.contains(&e) {
            v.push(e);
        }
    }

    fn add_actor(m: &mut Mention, e: u32, initiator: bool) {
        Self::add(&mut m.actors, e);
        if initiator {
            Self::add(&mut m.initiators, e);
        }
    }

    /// The trigger mention governing the verbal noun at `m` (هدد … بشنّ
    /// هجوم، طالب … بالانسحاب, رفض الانسحاب): the nearest earlier verb
    /// mention of the clause, at most three words before.
    pub(super) fn governor(&self, m: &Mention) -> Option<usize> {
        let (s0, _) = self.ix.sentence_of(m.t0)?;
        let mut j = m.pred0;
        let mut words = 0;
        while j > s0 && words <= 3 {
            j -= 1;
            if self.is_clause_break(j) {
                return None;
            }
            let k = self.mention_at[j];
            if k != NONE {
                let g = &self.mentions[k as usize];
                return (g.pos == Pos::Verb).then_some(k as usize);
            }
            if self.is_word(j) {
                words += 1;
            }
        }
        None
    }

    pub(super) fn arguments(&self, m: &mut Mention) {
        // An anaphoric noun that is no trigger reads as an active noun.
        let voice = match self.trigger(m).map_or(Voice::Active, |t| t.voice) {
            Voice::Any if m.pos == Pos::Verb && self.final_ya_is_passive(m.t0) => Voice::Passive,
            // A vowelled passive with no phrase after it (وكان X قد خُطف
            // مساء الأحد): the one before is who it was done to; with a
            // name after it (اعتُقل الصحفي نذير عماري), the name. With a
            // count after it, the reading of «any» voice already takes it
            // as such.
            Voice::Any
                if m.pos == Pos::Verb && self.damma_passive(m.t0) && {
                    let end = self.window_end(m.t1);
                    let mut j = self.skip_adverbs(m.t1, end);
                    // (قُتل فيه 11 جنديا: past the resumptive pronoun.)
                    let resumptive = matches!(self.key(j), "فيه" | "فيها" | "خلاله" | "خلالها" | "عليه" | "عليها");
                    if resumptive {
                        j += 1;
                    }
                    self.np_at(j, end)
                        .is_none_or(|np| !np.counted && (np.entity.is_none() || !resumptive))
                } =>
            {
                Voice::Passive
            }
            v => v,
        };
        let pos = m.pos;
        let end = self.window_end(m.t1);
        match pos {
            Pos::Verb => self.verb_args(m, m.t0, m.t1, voice, end),
            _ => {
                if let Some((lv, undergo)) = self.light_verb_before(m.t0) {
                    m.pred0 = lv;
                    let after = self.skip_adverbs(lv + 1, m.t0);
                    let subj = self.np_at(after, m.t0);
                    if undergo {
                        // X تعرّض لهجوم: X is the target.
                        match subj.and_then(|np| np.entity) {
                            Some(e) => Self::add(&mut m.targets, e),
                            None => {
                                if let Some(&e) = self.agents_before(lv, false).first() {
                                    Self::add(&mut m.targets, e);
                                }
                            }
                        }
                    } else {
                        let lv_key = self.key(lv);
                        let suffixed = with_object_pronoun(lv_key);
                        match subj {
                            Some(np) if np.entity.is_some() => {
                                for e in np.entity.into_iter().chain(np.also) {
                                    Self::add_actor(m, e, true);
                                }
                                // شنت X، بمساندة من Y، هجوما: Y acts with X.
                                for k in np.end..m.t0 {
                                    if let Some(sup) = self.support_at(k, m.t0) {
                                        for e in sup.entity.into_iter().chain(sup.also) {
                                            Self::add_actor(m, e, false);
                                        }
                                        break;
                                    }
                                }
                            }
                            // شنّه هجومه: the pronoun's owner.
                            _ if suffixed => {
                                if let Some(e) = self.pronoun_owner(m, lv) {
                                    Self::add_actor(m, e, true);
                                }
                            }
                            _ => self.inherit_or_before(m, lv, false),
                        }
                    }
                }
                self.noun_args(m, voice, end);
            }
        }
        // إضراب دعت إليه النقابة، خرجت مظاهرات دعت إليها القوى: who
        // organised the event, where the verb is a trigger itself (a verb
        // phrase ending in the event's noun too).
        // An event noun's organiser stands for the side its sentence lent
        // it (فضّت قوات الأمن اعتصاما نظمه العشرات من ذوي الضحايا: not the
        // forces); a protest whose organisers are unnamed people keeps no
        // side here, and the people counted make one later.
        let organizer = ((m.actors.is_empty() && m.t1 > m.t0 + 1) || pos != Pos::Verb)
            .then(|| {
                self.organizer_verb_after(m.t1)
                    .and_then(|v| self.organizer_subject_at(v))
            })
            .flatten();
        if let Some(subj) = organizer {
            let np = self.np_at(self.skip_adverbs(subj, end), end);
            let found: Vec<u32> = np
                .map(|np| np.entity.into_iter().chain(np.also).collect())
                .unwrap_or_default();
            if pos != Pos::Verb && (!found.is_empty() || m.kind.as_deref() == Some("PROTEST")) {
                m.actors.clear();
                m.initiators.clear();
            }
            if m.actors.is_empty() {
                for e in found {
                    Self::add_actor(m, e, true);
                }
            }
        }
        // حملة اعتقالات طالت عناصر من X: whom the arrests reached.
        if pos != Pos::Verb
            && matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE"))
            && let v = self.next_word(m.t1)
            && v < end
            && !(m.t1..v).any(|j| self.is_clause_break(j))
            && self.lex.words.is_reach_verb(self.key(v))
            && let Some(np) = self.np_at(self.skip_adverbs(v + 1, end), end)
        {
            for e in np.entity.into_iter().chain(np.also) {
                m.actors.retain(|&a| a != e);
                m.initiators.retain(|&a| a != e);
                Self::add(&mut m.targets, e);
            }
        }
        // صدّت القوات هجوما، تصدى الجيش لهجوم: who repelled an attack was
        // its target.
        if m.kind.as_deref() == Some("ASSAULT")
            && m.targets.is_empty()
            && let Some(cue) = self.repel_cue_before(m.t0)
        {
            let after = self.skip_adverbs(cue + 1, m.t0);
            let subject = self
                .np_at(after, m.t0)
                .and_then(|np| np.entity)
                .filter(|&e| self.is_agent(e) && after < m.t0)
                .or_else(|| self.agents_before(cue, true).first().copied());
            // The repeller stands between the verb and the attack (تصدى
            // الجيش لهجوم): read as the attack's agent before, it is its target.
            if let Some(e) = subject {
                m.actors.retain(|&a| a != e);
                m.initiators.retain(|&a| a != e);
                Self::add(&mut m.targets, e);
            }
        }
        // نجا العميد فلان، مساء السبت، من محاولة اغتيال: who survived the
        // attack was its target, not its agent; so is each side named
        // between the verb and من (an appositive name after a title).
        if pos != Pos::Verb
            && matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE"))
            && let Some((v, from)) = self.survive_cue_before(m.t0)
        {
            let after = self.skip_adverbs(v + 1, from);
            let mut survivors: Vec<u32> = match self.np_at(after, from) {
                Some(np) if np.entity.is_some() => np.entity.into_iter().chain(np.also).collect(),
                _ => self.agents_before(v, true).into_iter().take(1).collect(),
            };
            survivors.extend(
                (v + 1..from)
                    .map(|k| self.ix.entity[k])
                    .filter(|&e| e != NONE && self.is_org_or_person(e)),
            );
            for e in survivors {
                m.actors.retain(|&a| a != e);
                m.initiators.retain(|&a| a != e);
                Self::add(&mut m.targets, e);
            }
        }
        // «اعتقلت الشرطة ثلاثة أشخاص بتهمة تفجير عبوة»، «15 شخصا يشتبه
        // بتورطهم في إضرام النار»: the act charged is the accused's.
        // (A verb's form read right after a charge is its verbal noun: بتهمة قتل.)
        if let Some(c) = self.charge_before(m.pred0) {
            m.charged = Some(c);
            m.actors.clear();
            m.initiators.clear();
            let (s0, _) = self.ix.sentence_of(c).unwrap_or((0, c));
            let mut j = c;
            while j > s0 && !self.is_word(j - 1) && !self.is_clause_break(j - 1) {
                j -= 1;
            }
            if let Some((_, _, e)) = j.checked_sub(1).and_then(|p| self.ix.mention_at(p))
                && self.is_org_or_person(e)
            {
                m.targets.retain(|&t| t != e);
                Self::add_actor(m, e, true);
            }
        }
        // «نفى لوكالة الصحافة الفرنسية»، «في اتصال هاتفي مع فرانس برس»: an
        // outlet the statement is made to is no side of what it tells.
        if let Some((s0, s1)) = self.ix.sentence_of(m.t0) {
            for side in [&mut m.actors, &mut m.initiators, &mut m.targets] {
                side.retain(|&e| !self.addressed_outlet(e, s0, s1));
            }
        }
        let actors = m.actors.clone();
        m.targets.retain(|t| !actors.contains(t));
    }

    /// The first of the charge words (بتهمة، متهمين، يشتبه بتورطهم) that
    /// the act at `t` follows at once (over في or a lone ب).
    fn charge_before(&self, t: usize) -> Option<usize> {
        let mut j = t.checked_sub(1)?;
        if matches!(self.key(j), "في" | "ب") {
            j = j.checked_sub(1)?;
        }
        let words = &self.lex.words;
        if !self.is_word(j) || self.ix.entity[j] != NONE || !words.is_charge(self.key(j)) {
            return None;
        }
        let mut c = j;
        while c > 0 && self.is_word(c - 1) && self.ix.entity[c - 1] == NONE && words.is_charge(self.key(c - 1)) {
            c -= 1;
        }
        Some(c)
    }

    /// `e` is a news outlet, named in tokens `s0..s1` only as the one a
    /// statement is made to (لوكالة X، لـ«X»، مع X).
    fn addressed_outlet(&self, e: u32, s0: usize, s1: usize) -> bool {
        let Some(x) = self.entity(e) else {
            return false;
        };
        let outlet = x
            .reference
            .as_ref()
            .is_some_and(|r| r.category.as_deref() == Some("media"))
            || x.name.split_whitespace().next().is_some_and(|w| {
                let k = crate::text::normalize::match_key(w);
                self.ctx
                    .resources
                    .entities
                    .descriptors
                    .longest(&k, &[])
                    .is_some_and(|(_, d)| d.media)
            });
        if !outlet {
            return false;
        }
        let mut named = false;
        for t in s0..s1 {
            let Some((a, _, e2)) = self.ix.mention_at(t) else {
                continue;
            };
            if a != t || e2 != e {
                continue;
            }
            named = true;
            let mut p = a;
            while p > s0 && self.kind(p - 1) == Some(TokenKind::Quote) {
                p -= 1;
            }
            // (The ل written on the name's first word, or standing before it.)
            let own = grammar::strip_conj(self.key(a)).starts_with('ل')
                && !crate::text::normalize::match_key(&x.name).starts_with('ل');
            let before = p > s0 && matches!(grammar::strip_conj(self.key(p - 1)), "ل" | "مع");
            if !own && !before {
                return false;
            }
        }
        named
    }

    /// The verb mention before token `t` in its clause, if any.
    fn verb_before_in_clause(&self, t: usize) -> Option<usize> {
        let (s0, s1) = self.ix.sentence_of(t)?;
        let mut j = t;
        while j > s0 {
            j -= 1;
            // قوى الأمن (الأسايش) بالرصاص: past initials in brackets.
            if self.is_punct(j, &[")"])
                && let Some(o) = (j.saturating_sub(6).max(s0)..j)
                    .rev()
                    .find(|&k| self.is_punct(k, &["("]))
            {
                j = o;
                continue;
            }
            if self.is_clause_break(j) {
                // اغتال مجهولون، مساء الأحد، القيادي …: past a time aside.
                match (j.saturating_sub(8).max(s0)..j).find(|&k| self.time_aside(k, s1) == Some(j)) {
                    Some(k) => {
                        j = k;
                        continue;
                    }
                    None => return None,
                }
            }
            let k = self.mention_at[j];
            if k != NONE && self.mentions.get(k as usize).is_some_and(|o| o.pos == Pos::Verb) {
                return Some(k as usize);
            }
        }
        None
    }

    /// «بمساندة (جوية) من X»، «بدعم من X»، «بإسناد X» at `j`: X's phrase.
    fn support_at(&self, j: usize, end: usize) -> Option<Np> {
        if !matches!(
            grammar::strip_conj(self.key(j)),
            "بمساندة" | "بدعم" | "باسناد" | "بمشاركة" | "بغطاء"
        ) {
            return None;
        }
        let mut k = j + 1;
        while k < end
            && k < j + 3
            && (self.key(k) == "من" || (self.is_word(k) && self.ix.entity[k] == NONE && self.key(k).ends_with("يه")))
        {
            k += 1;
        }
        self.np_at(k, end)
            .filter(|np| np.entity.is_some_and(|e| self.is_agent(e)))
    }

    /// A verb of repelling (صدّ، تصدّى) at most three words before `t0`,
    /// not counting names and times between (صدّ الجيش الصومالي، فجر
    /// اليوم الثلاثاء، هجوما).
    pub(super) fn repel_cue_before(&self, t0: usize) -> Option<usize> {
        let (s0, _) = self.ix.sentence_of(t0)?;
        let mut j = t0;
        let mut words = 0;
        while j > s0 && words < 3 {
            j -= 1;
            if !self.is_word(j) {
                continue;
            }
            if self.ix.entity[j] != NONE || self.ix.time[j] != NONE {
                continue;
            }
            words += 1;
            let k = grammar::strip_conj(self.key(j));
            if matches!(
                k,
                "صد" | "صدت" | "صدوا" | "يصد" | "تصد" | "تصدت" | "تصدي" | "تصدوا" | "يتصدي" | "تتصدي"
            ) {
                return Some(j);
            }
        }
        None
    }

    /// The survive verb (نجا، نجت) of an attack noun at `t0` that follows
    /// من, over محاولة (نجا X، مساء السبت، من محاولة اغتيال), and where
    /// that من stands: the verb is the nearest before it in the sentence,
    /// with no other من between.
    fn survive_cue_before(&self, t0: usize) -> Option<(usize, usize)> {
        let (s0, _) = self.ix.sentence_of(t0)?;
        let prev = |j: usize| (s0..j).rev().find(|&k| self.is_word(k));
        let mut j = prev(t0)?;
        if grammar::strip_conj(self.key(j)).starts_with("محاول") {
            j = prev(j)?;
        }
        if self.key(j) != "من" {
            return None;
        }
        let from = j;
        let mut words = 0;
        while let Some(k) = prev(j) {
            j = k;
            words += 1;
            if words > 30 || self.key(k) == "من" {
                return None;
            }
            if self.lex.words.is_survive_verb(self.key(k)) {
                return Some((k, from));
            }
        }
        None
    }

    /// أُلقي written with a final ي where the active form ends in ى (ألقى),
    /// in a text that keeps the two apart (it does not write فى for في).
    /// A verb vowelled as a passive (قُتل، خُطف، أُصيب، اعتُقل، استُهدف):
    /// a damma on its first letter, or on the third after an alef (forms
    /// VII–X), conjunctions aside.
    fn damma_passive(&self, t: usize) -> bool {
        let layer = self.ctx.layer;
        let Some(tok) = layer.tokens.get(t) else {
            return false;
        };
        let word = layer.slice(tok.start as usize, tok.end as usize);
        // Letters with the mark right after each.
        let mut letters: Vec<(char, bool)> = Vec::new();
        for c in word.chars() {
            if c == '\u{064F}' {
                if let Some(l) = letters.last_mut() {
                    l.1 = true;
                }
            } else if !('\u{064B}'..='\u{0652}').contains(&c) && c != '\u{0640}' {
                letters.push((c, false));
            }
        }
        let stem = match letters.as_slice() {
            [(c, false), rest @ ..] if matches!(c, 'و' | 'ف') && rest.len() >= 3 => rest,
            all => all,
        };
        match stem {
            // (يُطلق، تُهاجم: a damma on the prefix of the present is active
            // too, in forms II–IV.)
            [(c, true), ..] => !matches!(c, 'ي' | 'ت' | 'ن'),
            [(a, false), _, (_, true), ..] => matches!(a, 'ا' | 'إ'),
            _ => false,
        }
    }

    fn final_ya_is_passive(&self, t: usize) -> bool {
        let layer = self.ctx.layer;
        let Some(tok) = layer.tokens.get(t) else {
            return false;
        };
        let word = layer.slice(tok.start as usize, tok.end as usize);
        word.ends_with('ي') && word.chars().count() > 3 && !self.ya_for_alif
    }

    /// The actor of a verbal noun with no subject of its own: the governing
    /// verb's subject (or its object, for a demand: طالب X بالانسحاب), else
    /// the agent before it.
    fn inherit_or_before(&self, m: &mut Mention, from: usize, clause_only: bool) {
        if let Some(g) = self.governor(m) {
            let g = &self.mentions[g];
            // فرّقت قوات الأمن تظاهرة للموظفين، منعت الشرطة مسيرة: who broke
            // up or banned a protest did not protest; whom it hit did.
            let crushed =
                m.kind.as_deref() == Some("PROTEST") && matches!(g.kind.as_deref(), Some("ASSAULT" | "COERCE"));
            // طالب X بـ، اتهم X بـ: the object does it; هدد، حاول، رفض: the subject.
            let lent = if crushed || matches!(g.kind.as_deref(), Some("REQUEST" | "ACCUSE")) {
                &g.targets
            } else {
                &g.actors
            };
            if crushed {
                for &e in lent.clone().iter() {
                    Self::add_actor(m, e, true);
                }
                return;
            }
            if !lent.is_empty() {
                for &e in lent.clone().iter() {
                    Self::add_actor(m, e, true);
                }
                return;
            }
        }
        // (Not the one it was done to: نصّار … على خطفه.)
        for e in self.agents_before(from, clause_only) {
            if !m.targets.contains(&e) {
                Self::add_actor(m, e, true);
            }
        }
    }

    /// The owner of a pronoun (هجومه، شنّه): who acted earlier in the
    /// sentence, else the nearest agent nothing was done to.
    fn pronoun_owner(&self, m: &Mention, from: usize) -> Option<u32> {
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|o| o.sent == m.sent && o.t1 <= from)
            .collect();
        if let Some(e) = before.iter().find_map(|o| o.initiators.first().copied()) {
            return Some(e);
        }
        let undergone = |e: &u32| before.iter().any(|o| o.targets.contains(e));
        self.agents_before(from, false).into_iter().find(|e| !undergone(e))
    }

    /// Arguments of a verb.
    fn verb_args(&self, m: &mut Mention, v0: usize, v1: usize, voice: Voice, end: usize) {
        let outer_end = end;
        // أُفرج عن X، أفرجوا عن X، أطلق سراح X: the verb's preposition or
        // noun in the trigger itself; what follows is the one freed, never
        // the subject (which stands before, if anywhere).
        let voice = if v1 > v0 + 1 && matches!(self.key(v1 - 1), "عن" | "سراح") {
            Voice::Passive
        } else {
            voice
        };
        // «ركابا اختطفهم مسلحون»، «قتلهم مسلحون»: a verb that carries its
        // object as a pronoun is active; the phrase after it is its subject.
        let layer = self.ctx.layer;
        let suffixed = v1 == v0 + 1
            && layer.tokens.get(v0).is_some_and(|t| {
                let end = t.end as usize;
                m.end < end
                    && grammar::PRONOUN_SUFFIXES
                        .contains(&crate::text::normalize::match_key(layer.slice(m.end, end)).as_str())
            });
        let voice = if suffixed { Voice::Active } else { voice };
        let j = self.skip_adverbs(v1, end);
        let reflexive = matches!(
            grammar::strip_conj(self.key(j)),
            "نفسه" | "نفسها" | "انفسهم" | "انفسهن" | "نفسيهما" | "انفسهما"
        );
        // A verb agreeing with a plural (اغتالوا، هاجموا) has its subject
        // before it or in itself: the noun phrase after it is its object.
        let plural_form = v1 > v0 && grammar::is_plural_verb(self.key(v1 - 1));
        let plural = voice == Voice::Active && plural_form;
        // A complement standing apart: the subject, if any, is before it.
        let end = m.complement.map_or(end, |c| c.min(end));
        // عبوة ناسفة استهدفت دورية للجيش، هجوم استهدف حاجزا: a noun of the
        // verb's kind right before it is its subject; the phrase after is
        // the object.
        let noun_subject = v0 > 0
            && self
                .mentions
                .get(self.mention_at[v0 - 1] as usize)
                .is_some_and(|o| o.t1 == v0 && o.pos != Pos::Verb && o.kind.is_some() && o.kind == m.kind);
        // «…»، متهمة X بـ…: a participle after a comma goes on with the
        // sentence's subject; the phrase after it is its object.
        let circumstantial = v1 == v0 + 1 && self.comma_participle(v0);
        // «رحبت المنظمة بالخطوة، لكنها دعت بيروت إلى …»: the pronoun on
        // لكن is the subject; the phrase after the verb is its object.
        let pronoun_subject = v0 > 0 && grammar::is_but_with_pronoun(self.key(v0 - 1));
        // نطالب الحكومة: a first-person verb's subject is the speaker.
        let first = self.trigger(m).is_some_and(|t| t.first_person);
        // «أصدرت العشيرة بيانا طالبت فيه الحكومة بـ»: a verb describing an
        // indefinite noun, with a pronoun of it after the verb, goes on with
        // the subject of the clause before; what follows is its object.
        let describes = grammar::is_pronoun_preposition(self.key(j))
            && v0 > 0
            && self.mention_at[v0 - 1] == NONE
            && (self.accusative_at(v0 - 1) || {
                let k = self.key(v0 - 1);
                self.kind(v0 - 1) == Some(TokenKind::Arabic) && !k.starts_with("ال") && k.ends_with('ة')
            });
        let subject = if j < end
            && !describes
            && !plural
            && !first
            && !noun_subject
            && !circumstantial
            && !pronoun_subject
            && grammar::preposition(self.key(j)).is_none()
            && !reflexive
            && self.mention_at[j] == NONE
            && !grammar::is_particle(self.key(j))
            && !self.gender_disagrees(m, v0, v1, j)
            // (وهددت بالتصعيد: a preposition written on the article is no subject.)
            && !(self.ix.entity[j] == NONE && {
                let k = grammar::strip_conj(self.key(j));
                k.starts_with("بال") || k.starts_with("لل")
            }) {
            self.np_at(j, end)
        } else {
            None
        };
        // وزير الإعلام معمر الإرياني، عضو مجلس النواب عن البصرة فلان: the
        // person a title names is the subject, not the title's body.
        let subject = subject.map(|np| match self.titled_person(j, end) {
            Some(p) if p.entity.is_some() => p,
            _ => np,
        });
        // اتهم وكيل محافظة مأرب، علي بن جلال العبيدي، الحوثيين: an office
        // with no name of its own, then its holder's name between commas.
        let mut past_aside = None;
        let subject = subject.map(
            // (Or an office of a body: رئيس بلدية زحلة، سليم أبو شقرا،.)
            |np| match (np.role
                && np
                    .entity
                    .is_none_or(|e| self.entity(e).is_some_and(|x| x.kind != EntityKind::Person)))
            .then(|| {
                self.appositive_person(np.end)
                    .or_else(|| self.appositive_after_body(np.end))
            }) {
                Some(Some((mut p, after))) => {
                    past_aside = Some(after);
                    // (The body the office is of, read with it, is the
                    // holder's: not one named in a phrase after it, «في
                    // حكومة طالبان».)
                    if let Some(body) = np.entity {
                        p.also = vec![body];
                    }
                    p
                }
                _ => np,
            },
        );
        let mut before = self.agents_before(v0, false);
        // «…لصالح المستوطنين، مطالبا»: a participle after a comma goes on
        // with the sentence's subject, never with a name the clause before
        // holds only after a preposition.
        if circumstantial
            && let Some(&b) = before.first()
            && let Some((s0, _)) = self.ix.sentence_of(v0)
            && let Some(first) = (s0..v0).find(|&t| self.ix.entity[t] == b)
            && (first..v0)
                .all(|t| self.ix.entity[t] != b || (t > first && self.ix.entity[t - 1] == b) || self.oblique_at(t))
        {
            before.clear();
        }
        // «قالت النقابة إن …، مطالبة بـ»: the subject a participle goes on
        // with may stand before the complementizer that ends the scan back:
        // the speaker of the sentence's last quote before it.
        // (So may a denial joined by و with no subject after it: «أكدت
        // المديرية أن الاعتصام لم يحصل على إذن، ونفت استخدام الرصاص».)
        // (Only a denial: a demand or a threat joined so more often goes on
        // with a side named in the clause before.)
        let joined_bare = self.key(v0).starts_with('و')
            && self.trigger(m).is_some_and(|t| t.mode.as_deref() == Some("deny"))
            && (j >= end || grammar::preposition(self.key(j)).is_some() || self.ix.entity[j] == NONE);
        if (circumstantial || joined_bare) && before.is_empty() {
            let at = self.ctx.layer.tokens.get(v0).map_or(0, |t| t.start as usize);
            let sent = self.ix.sentence.get(v0).copied();
            before.extend(
                self.quotes
                    .iter()
                    .rev()
                    .filter(|q| q.cue.end <= at)
                    .find(|q| {
                        let cue = self.ctx.layer.token_from(q.cue.start);
                        self.ix.sentence.get(cue).copied() == sent
                    })
                    .and_then(|q| q.speaker.as_deref().or(q.affiliation.as_deref()))
                    .and_then(|id| self.agent_by_id(id)),
            );
        }
        // حمّل الحزب الحكومة مسؤولية …، ودعا إلى: a verb joined by و (or a
        // participle after a comma: …، متهما عناصرها) goes on with the
        // subject of the verb before it, whose object is the name nearest
        // (None: no such verb; Some, even empty: its subject, maybe unnamed).
        let goes_on = if self.key(v0).starts_with('و') || circumstantial {
            self.sentence_mentions(m.sent)
                .iter()
                .rev()
                .find(|o| o.t1 <= v0 && o.pos == Pos::Verb && o.kind.is_some())
                // (Or the name nearest stands before that verb, which has a
                // subject of its own: اتهمت حماس إسرائيل بـ…، ونفت …، داعية.)
                .filter(|o| {
                    before.first().is_some_and(|&b| {
                        o.targets.contains(&b)
                            || (!o.actors.is_empty()
                                && !o.actors.contains(&b)
                                && (o.t1..v0).all(|t| self.ix.entity[t] != b))
                    })
                })
                .map(|o| o.actors.clone())
        } else {
            None
        };
        let mut next = if reflexive { j + 1 } else { j };
        let has_subject = subject.is_some();
        match subject {
            Some(np) => {
                next = np.end;
                let object_follows = self
                    .np_at(self.skip_adverbs(np.end, end), end)
                    .is_some_and(|o| o.entity.is_some())
                    && grammar::preposition(self.key(np.end)).is_none();
                // «قوة أمنية منعت المضربين»: a sound masculine plural in -ين
                // right after the verb is in the accusative, its object (the
                // subject would be المضربون).
                let k = grammar::strip_conj(self.key(j));
                let accusative = np.named
                    && m.pos == Pos::Verb
                    && m.t1 == m.t0 + 1
                    && j == m.t1
                    && np.end == j + 1
                    && k.starts_with("ال")
                    && k.ends_with("ين")
                    && k.chars().count() >= 7
                    && np
                        .entity
                        .and_then(|e| self.entity(e))
                        .is_some_and(|e| e.kind == EntityKind::Organization);
                // «…، واتهمت السلطات بتنفيذ عملية قتل»: a joined accusation
                // with its charge in ب right after the phrase has that
                // phrase as the accused; its subject is the one it goes on
                // with.
                let charged_by = (m.kind.as_deref() == Some("ACCUSE")
                    && (self.key(v0).starts_with('و') || circumstantial)
                    && self.is_word(np.end)
                    && self.key(np.end).starts_with('ب')
                    && grammar::ba_object(self.key(np.end)))
                .then(|| {
                    self.sentence_mentions(m.sent)
                        .iter()
                        .rev()
                        .find(|o| o.t1 <= v0 && o.pos == Pos::Verb && o.kind.is_some() && !o.actors.is_empty())
                        .map(|o| o.actors.clone())
                })
                .flatten()
                .filter(|by| np.entity.is_some_and(|e| !by.contains(&e)));
                let charged = charged_by.is_some();
                let passive = accusative
                    || charged
                    || match voice {
                        Voice::Passive => true,
                        Voice::Active => false,
                        // قتل 11 جنديا، اعتقل مسلحون من داعش: a count, a
                        // non-agent or a phrase that only points to its group,
                        // with no object, is what it was done to.
                        Voice::Any => {
                            // (طائرة مسيرة، مدفعية: a weapon with no owner named acts.)
                            // An office acts, except as the object of violence
                            // (قتل قائد الشرطة).
                            let agent =
                                np.agent_head || (np.role && !matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE")));
                            np.counted
                                || (np.entity.is_none() && !agent)
                                || np.entity.is_some_and(|e| !self.is_org_or_person(e))
                                || !before.is_empty()
                                || (!np.named && !agent && !object_follows)
                        }
                    };
                if passive {
                    match np.entity {
                        Some(e) => {
                            for e in std::iter::once(e).chain(np.also) {
                                Self::add(&mut m.targets, e);
                            }
                        }
                        None if np.attacker => m.attacker_target = true,
                        // «ثمانية منهم احتُجزوا رهائن»: a plural passive
                        // (whose subject stands before it) was done to
                        // those before it; the phrase after names no one.
                        None if voice == Voice::Passive
                            && plural_form
                            && !np.named
                            // (The counted right before it first: ثمانية منهم.)
                            && let Some(e) = self
                                .counted_before(v0)
                                .and_then(|c| c.entity)
                                .or_else(|| before.first().copied()) =>
                        {
                            Self::add(&mut m.targets, e);
                        }
                        None => {
                            self.note_struck(m, j, end);
                            // (Read as the subject, a definite noun is the
                            // accuser (اتهم البيان …) unless its ending is
                            // the accusative's (واتهم المتمردين بـ).)
                            let k = grammar::strip_conj(self.key(j));
                            if !k.starts_with("ال") || k.ends_with("ين") {
                                self.note_accused(m, j, end);
                            }
                        }
                    }
                    if voice != Voice::Passive {
                        for &a in charged_by.as_deref().or(goes_on.as_deref()).unwrap_or(&before) {
                            Self::add_actor(m, a, true);
                        }
                    }
                } else if let Some(e) = np.entity {
                    for e in std::iter::once(e).chain(np.also) {
                        Self::add_actor(m, e, true);
                    }
                } else if np.counted {
                    // الطائرات أطلقت ثلاثة صواريخ: a count after an active
                    // verb is its object; the subject stands before it, or
                    // is the one a joined verb goes on with (قوة أمنية منعت
                    // المضربين …، واعتقلت اثنين منهم).
                    for &a in goes_on.as_deref().unwrap_or(&before) {
                        Self::add_actor(m, a, true);
                    }
                } else if joined_bare && !np.agent_head && !np.role && !np.attacker && !self.names_people(j) {
                    // ونفت استخدام الرصاص: what follows the joined verb is
                    // its object; the subject is the one it goes on with
                    // (not the previous verb's object: اتهمت حماس إسرائيل
                    // بـ…، ونفت وجود عناصرها).
                    for &a in goes_on.as_deref().unwrap_or(&before) {
                        Self::add_actor(m, a, true);
                    }
                } else if matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE"))
                    && !np.attacker
                    && grammar::strip_conj(self.key(j)).starts_with("ال")
                    && self.ctx.resources.person_nouns.count(self.key(j)).is_none()
                {
                    // قوة من جيش الاحتلال … اقتحمت المدينة: a definite noun
                    // that names no one after the verb is its object; the
                    // subject is the agent before it.
                    for &a in &before {
                        Self::add_actor(m, a, true);
                    }
                }
            }
            None => {
                // "… قتلوا في هجوم"، "… قتلوا وأصيب آخرون": a plural verb read
                // either way (قَتلوا / قُتلوا) with no object after it is the
                // passive; what stands before it is what it was done to.
                let no_object = j >= end
                    || !self.is_word(j)
                    || grammar::preposition(self.key(j)).is_some()
                    || (self.key(j).starts_with('و')
                        && (self.mentions.iter().any(|o| o.t0 == j && o.pos == Pos::Verb)
                            || self.lex.words.casualty(self.key(j)).is_some()));
                if voice == Voice::Passive || (voice == Voice::Any && plural_form && no_object) {
                    if let Some(&a) = before.first() {
                        Self::add(&mut m.targets, a);
                    } else if let Some(np) = self.counted_before(v0) {
                        // إن ثلاثة من جنوده قتلوا: the counted phrase before.
                        for e in np.entity.into_iter().chain(np.also) {
                            Self::add(&mut m.targets, e);
                        }
                    }
                } else {
                    // هاجموا الأطراف الشرقية …، وأضرموا النار: a plural verb
                    // joined by و goes on with the sides of the plural verb
                    // before it in the sentence, not with the name nearest.
                    let plural_verb = |t: usize| grammar::is_plural_verb(self.key(t));
                    // (None: no verb it goes on with; Some, even empty: that
                    // verb's subject, which may be unnamed.)
                    let shared = if plural_verb(v0) && self.key(v0).starts_with('و') {
                        self.sentence_mentions(m.sent)
                            .iter()
                            .rev()
                            .find(|o| o.t1 <= v0 && o.pos == Pos::Verb)
                            // (خرج آلاف المتظاهرين …، وهتفوا: a verb before
                            // its plural subject agrees in the singular.)
                            .filter(|o| plural_verb(o.t0) || (o.kind.is_some() && o.kind == m.kind))
                            .map(|o| o.actors.clone())
                            .filter(|a| !a.is_empty())
                    } else if self.key(v0).starts_with('و') || circumstantial {
                        // (With no subject of its own: not that verb's
                        // object, the name nearest.)
                        goes_on.clone()
                    } else {
                        None
                    };
                    // (عبوة ناسفة انفجرت: the noun before is the subject;
                    // the verb has the sides it was read with, not the
                    // name before it.)
                    let noun_sides = noun_subject
                        .then(|| self.mentions.get(self.mention_at[v0 - 1] as usize))
                        .flatten()
                        .map(|o| o.actors.clone());
                    let sides = match (&shared, &noun_sides) {
                        _ if first => &[][..],
                        (Some(s), _) => &s[..],
                        (None, Some(n)) => &n[..],
                        (None, None) => &before[..],
                    };
                    for &a in sides {
                        Self::add_actor(m, a, true);
                    }
                }
            }
        }
        // (The accused right after the subject, before the weapons and
        // forces the loop below passes: اتهمت الوزارة «جماعات منظمة» بـ.)
        if has_subject && voice != Voice::Passive && m.actors.iter().any(|&a| !m.targets.contains(&a)) {
            self.note_accused(m, next, end);
        }
        // استهدفت طائرة مسيرة موقعا للجيش: the weapon that is the subject
        // (a noun of this event's kind) does not end the verb's arguments.
        while next < end && next > j {
            match self.mentions.get(self.mention_at[next] as usize) {
                Some(o) if o.t0 != m.t0 && o.pos != Pos::Verb && o.kind == m.kind => next = o.t1.max(next + 1),
                None if self.lex.words.is_agent_head(self.key(next)) && !self.key(next).starts_with('و') => next += 1,
                _ => break,
            }
        }
        // فرّقت قوى الأمن (الأسايش) التابعة للإدارة الذاتية … المحتجين: the
        // subject's initials in brackets and the body it belongs to stand
        // before the object.
        let (next, end) = if has_subject && voice != Voice::Passive && m.complement.is_none() {
            let s1 = self.ix.sentence_of(next).map_or(next, |(_, s1)| s1);
            let mut k = next;
            loop {
                if self.is_punct(k, &["("])
                    && let Some(c) = (k + 1..(k + 6).min(s1)).find(|&c| self.is_punct(c, &[")"]))
                {
                    k = c + 1;
                    continue;
                }
                // خطف مسلحون يستقلون سيارتين رباعيتي الدفع، مساء الخميس،
                // الناشط: what describes the subject stands before the object.
                if let Some(b) = self.describing_clause_end(k, s1) {
                    k = b;
                    continue;
                }
                if k < s1 && grammar::is_belonging(self.key(k)) && !self.key(k).starts_with('و') {
                    let n = if self.key(k + 1) == "ل" { k + 2 } else { k + 1 };
                    if let Some((_, b, _)) = self.ix.mention_at(n) {
                        k = b;
                        continue;
                    }
                }
                break;
            }
            if k > next { (k, self.window_end(k)) } else { (next, end) }
        } else {
            (next, end)
        };
        // طالب الشيخ فلان، أحد وجهاء العشائر، الحكومة بـ…; اتهمت قوات
        // الدعم السريع، التي تسيطر على المدينة، الجيش: an aside between
        // commas after the subject stands before the object.
        let (next, end) = match (has_subject, past_aside) {
            (true, Some(a)) if voice != Voice::Passive && m.complement.is_none() => (a, self.window_end(a)),
            (true, _) if voice != Voice::Passive && m.complement.is_none() && next >= end => {
                self.aside_end(next).map_or((next, end), |a| (a, self.window_end(a)))
            }
            _ => (next, end),
        };
        let (next, end) = match m.complement {
            // (Its window runs on from the complement: أطلق مسلحون يستقلون
            // دراجة نارية النار ليل الاثنين على حاجز.)
            Some(c) => (c + 1, outer_end.max(self.window_end(c + 1))),
            None => (next, end),
        };
        self.objects(m, next, end, voice == Voice::Passive);
    }

    /// The word at `j` names people, not a thing (مصدر، عائلات، متظاهرون).
    /// Notes the unnamed thing an attack struck at `j` (see `struck_phrase`).
    fn note_struck(&self, m: &mut Mention, j: usize, end: usize) {
        if m.struck.is_some() || m.kind.as_deref() != Some("ASSAULT") {
            return;
        }
        let mut j = j;
        while j < end && self.kind(j) == Some(TokenKind::Quote) {
            j += 1;
        }
        if let Some(b) = self.struck_phrase(j, end) {
            m.struck = Some((j, b));
            self.note_owner(m, b, end);
        }
    }

    /// Notes the unnamed people an accusation's object at `j` names: a
    /// short phrase (head and adjectives, no name in it) with the charge
    /// (a بـ-word) or the blame (مسؤولية) right after it, maybe past a
    /// relative aside of two words (اتهمت «جهات سياسية» لم تسمّها بـ…،
    /// اتهم المعتدين بترويع، حمّل جهات مجهولة المسؤولية).
    fn note_accused(&self, m: &mut Mention, j: usize, end: usize) {
        if m.accused.is_some()
            || m.kind.as_deref() != Some("ACCUSE")
            || self.trigger(m).and_then(|t| t.mode.as_deref()) != Some("allege")
        {
            return;
        }
        let plain = |t: usize| {
            let k = self.key(t);
            self.kind(t) == Some(TokenKind::Arabic)
                && self.mention_at[t] == NONE
                && self.ix.entity[t] == NONE
                && self.ix.time[t] == NONE
                && !k.starts_with('ب')
                && grammar::preposition(k).is_none()
                && !grammar::is_pronoun_preposition(k)
                && !grammar::is_particle(k)
                && !grammar::is_complementizer(k)
                && !grammar::is_relative(k)
                && !self.lex.words.is_blame_noun(k)
                // (قواتها، عناصرهم: people of a body named before.)
                && !(k.chars().count() > 4 && (k.ends_with("ها") || k.ends_with("هم")))
        };
        let definite = |t: usize| grammar::strip_conj(self.key(t)).starts_with("ال");
        let past_quotes = |mut t: usize| {
            while t < end && self.kind(t) == Some(TokenKind::Quote) {
                t += 1;
            }
            t
        };
        let mut a = past_quotes(j);
        // «في تصريحات لصحيفة محلية "عناصر مدسوسة"»: the phrase of a ل
        // stuck to its noun is not the object.
        if a < end && self.key(a).starts_with('ل') {
            let mut t = a + 1;
            while t < end && t < a + 3 && plain(t) {
                t += 1;
            }
            a = past_quotes(t);
        }
        if a >= end || !plain(a) || self.key(a).starts_with('و') || self.key(a).starts_with('ل') {
            return;
        }
        // (A definite word after a definite one is its adjective: the
        // object is further back.)
        if a > 0 && definite(a) && (definite(a - 1) || self.ix.entity[a - 1] != NONE) {
            return;
        }
        let mut b = a + 1;
        while b < end
            && b < a + 4
            && plain(b)
            && !self.key(b).starts_with('و')
            // (An indefinite word after a definite one starts another phrase.)
            && (definite(b) || !definite(b - 1))
        {
            b += 1;
        }
        // (الطرف الآخر، جهات أخرى: someone told of before.)
        if (a + 1..b).any(|t| self.lex.words.is_distinct(self.key(t))) {
            return;
        }
        // The charge or the blame, past closing quotes and a relative
        // aside of at most two words (لم تسمّها، التي تقف).
        let mut k = b;
        let mut aside = 0;
        while k < end {
            if self.kind(k) == Some(TokenKind::Quote) {
                k += 1;
                continue;
            }
            let key = self.key(k);
            if self.ix.entity[k] != NONE || self.kind(k) != Some(TokenKind::Arabic) {
                return;
            }
            // (Not a preposition or particle in ب: بين، بينما.)
            let charge = key.starts_with('ب') && grammar::preposition(key).is_none() && !grammar::is_particle(key);
            if charge || self.lex.words.is_blame_noun(key) {
                m.accused = Some((a, b));
                return;
            }
            let opens = (grammar::is_particle(key) && grammar::preposition(key).is_none()) || grammar::is_relative(key);
            if aside == 2 || (aside == 0 && !opens) {
                return;
            }
            aside += 1;
            k += 1;
        }
    }

    /// The body a struck thing belongs to, named right after it with ل or
    /// التابع لـ (نقطة تفتيش لقوات الحزام الأمني، مقر تابع للحزب): an
    /// attack on it is an attack on that body, which joins the targets.
    fn note_owner(&self, m: &mut Mention, k: usize, end: usize) {
        if m.kind.as_deref() != Some("ASSAULT") || k >= end {
            return;
        }
        let belonging = grammar::is_belonging(self.key(k)) && !self.key(k).starts_with('و');
        let k = if belonging { k + 1 } else { k };
        // التابع لـ: the ل may stand alone.
        let (k, bare_l) = if belonging && self.key(k) == "ل" {
            (k + 1, true)
        } else {
            (k, false)
        };
        if k < end
            && let Some((a, _, e)) = self.ix.mention_at(k)
            && a == k
            && (bare_l || self.key(k).starts_with('ل'))
            && self.is_agent(e)
            && !m.actors.contains(&e)
        {
            Self::add(&mut m.targets, e);
        }
    }

    /// An indefinite phrase headed by a thing attacks strike, with its
    /// complement and adjectives (نقطة تفتيش، ثكنة عسكرية، سفينة صيد
    /// يمنية، مستودعا للذخيرة): the token after it. Not one in construct
    /// with a definite noun or a name (منزل القيادي): that is definite.
    pub(super) fn struck_phrase(&self, j: usize, end: usize) -> Option<usize> {
        let words = &self.lex.words;
        if j >= end
            || !self.is_word(j)
            || self.ix.entity[j] != NONE
            || self.ix.quantity[j] != NONE
            || !words.is_struck_thing(self.key(j))
        {
            return None;
        }
        let free = |k: usize| {
            k < end
                && self.is_word(k)
                && self.ix.entity[k] == NONE
                && self.ix.quantity[k] == NONE
                && self.ix.time[k] == NONE
                && self.mention_at[k] == NONE
                // (قارب قبالة السواحل: a preposition is no genitive.)
                && grammar::preposition(self.key(k)).is_none()
                && !self
                    .ctx
                    .resources
                    .function_words
                    .contains(grammar::strip_conj(self.key(k)))
        };
        let nisba = |k: usize| {
            let w = self.key(k);
            !w.starts_with('و') && grammar::is_nisba(w.strip_prefix("ال").unwrap_or(w))
        };
        // حاجزا: the accusative's tanween closes the noun; no genitive follows.
        let head = grammar::strip_conj(self.key(j));
        let accusative = head.ends_with('ا') && !words.is_struck_thing(head);
        let next = j + 1;
        if !accusative
            && next < end
            && self.is_word(next)
            && (self.ix.entity[next] != NONE || self.key(next).starts_with("ال"))
        {
            return None;
        }
        let mut k = next;
        // A genitive noun (نقطة تفتيش، ناقلة نفط): not a verb (سيارة تقل),
        // and not one in construct with a definite noun (مبنى ديوان المحافظة).
        if !accusative && free(k) && !nisba(k) {
            let w = self.key(k);
            let verb_like = w.chars().count() <= 4 && w.starts_with(['ي', 'ت', 'ن', 'ا']);
            let clitic = w.starts_with(['ب', 'ل', 'و', 'ف', 'ك']);
            if !verb_like && !clitic {
                if k + 1 < end
                    && self.is_word(k + 1)
                    && (self.key(k + 1).starts_with("ال") && !nisba(k + 1) || self.ix.entity[k + 1] != NONE)
                    && self.nationality_at(k + 1).is_none()
                {
                    return None;
                }
                k += 1;
            }
        }
        // Adjectives: a nisba, a nationality among them (سفينة تجارية أمريكية).
        let mut adjectives = 0;
        while adjectives < 2
            && k < end
            && self.is_word(k)
            && !self.key(k).starts_with("ال")
            && (free(k) && nisba(k) || self.nationality_at(k).is_some())
        {
            k += 1;
            adjectives += 1;
        }
        // مستودعا للذخيرة: a ل-phrase of what it holds, with its adjectives.
        if k == next && free(k) && self.key(k).starts_with("لل") && self.key(k).chars().count() > 4 {
            k += 1;
            while free(k) && self.key(k).starts_with("ال") && nisba(k) {
                k += 1;
            }
        }
        // A head alone (منزل، سيارة) says too little to be a side of its own.
        (k > next).then_some(k)
    }

    pub(super) fn names_people(&self, j: usize) -> bool {
        let k = grammar::strip_conj(self.key(j));
        let plain = k.strip_prefix("ال").unwrap_or(k);
        let (words, nouns) = (&self.lex.words, &self.ctx.resources.person_nouns);
        nouns.count(k).is_some()
            || words.is_people_noun(k)
            || words.is_source_noun(k)
            || ["ين", "ون"].iter().any(|e| {
                plain
                    .strip_suffix(e)
                    .is_some_and(|st| st.chars().count() >= 3 && nouns.count(st).is_some())
            })
    }

    /// The token after an aside that opens with a comma at `j` and closes
    /// with one (at most 14 tokens on), where a named side follows it:
    /// a description or a relative clause of the phrase before.
    fn aside_end(&self, j: usize) -> Option<usize> {
        const COMMAS: &[&str] = &["،", ","];
        let (_, end) = self.ix.sentence_of(j)?;
        // (A word in و that is an office is no conjunction: «، وكيل عدد من المضربين،».)
        // Nor one before a pronoun that describes («، وهي هيئة مستقلة،»).
        let joined = self.key(j + 1).starts_with('و')
            && !self.lex.words.is_office_word(self.key(j + 1))
            && !matches!(self.key(j + 1), "وهي" | "وهو" | "وهم" | "وهما");
        if !self.is_punct(j, COMMAS) || !self.is_word(j + 1) || joined {
            return None;
        }
        let close = (j + 2..(j + 16).min(end)).find(|&k| self.is_clause_break(k))?;
        if !self.is_punct(close, COMMAS) {
            return None;
        }
        let after = self.skip_adverbs(close + 1, end);
        if after < end && self.lex.words.is_dual_sides(self.key(after)) {
            return Some(after);
        }
        self.np_at(after, end)
            .and_then(|np| np.entity)
            .filter(|&e| self.is_agent(e))
            .map(|_| after)
    }

    /// The end of an unnamed dual of sides at `d` (قبيلتين متناحرتين،
    /// مجموعتين من المنقبين عن الذهب): its adjectives, or من and the people
    /// it is made of (a complement with عن), at most five words on.
    fn unnamed_sides_end(&self, d: usize, end: usize) -> usize {
        let free = |t: usize| {
            t < end
                && self.kind(t) == Some(TokenKind::Arabic)
                && self.ix.entity[t] == NONE
                && self.mention_at[t] == NONE
                && self.ix.time[t] == NONE
                && !self.key(t).starts_with('و')
        };
        let mut b = d + 1;
        let mut last_word = b;
        while b < d + 6 && free(b) {
            let k = self.key(b);
            match grammar::preposition(k) {
                Some("من" | "عن") if free(b + 1) => {}
                Some(_) => break,
                None if grammar::is_particle(k) || grammar::is_relative(k) || grammar::is_complementizer(k) => break,
                None => last_word = b + 1,
            }
            b += 1;
        }
        last_word
    }

    /// Past the nouns joined by و to a phrase in ب that ends at `j`
    /// (بالرصاص الحي والقنابل الصوتية مئات المحتجين، بخراطيم المياه ورذاذ
    /// الفلفل): definite nouns with their adjectives, weapon triggers, and
    /// means (class `means`) with their genitive.
    fn joined_nouns_end(&self, mut j: usize, end: usize) -> usize {
        while j < end && self.ix.entity[j] == NONE && self.key(j).starts_with('و') {
            let next = self.mentions.get(self.mention_at[j] as usize).filter(|o| o.t0 == j);
            let after = if self.key(j).starts_with("وال") && self.key(j).chars().count() > 5 {
                next.map_or_else(|| self.epithets_end(j + 1, end), |o| o.t1)
            } else if let Some(o) = next {
                // وقنابل الغاز: a weapon joined to the means.
                if !self.is_weapon(o) {
                    break;
                }
                o.t1
            } else if self.lex.words.is_means(self.key(j)) {
                // ورذاذ الفلفل، وخراطيم المياه.
                self.means_end(j, end)
            } else {
                break;
            };
            j = after.max(j + 1);
        }
        j
    }

    /// Past the means at `j` (خراطيم المياه، رذاذ الفلفل): its definite
    /// genitive, then its adjectives.
    fn means_end(&self, j: usize, end: usize) -> usize {
        let g = j + 1;
        let free = g < end && self.is_word(g) && self.ix.entity[g] == NONE && self.mention_at[g] == NONE;
        self.epithets_end(
            if free && self.key(g).starts_with("ال") {
                g + 1
            } else {
                g
            },
            end,
        )
    }

    /// The word at `j` carries the article (المتظاهرين، والرصاص), read on
    /// its spelling: آلاف folds to the same key as an article would.
    fn has_article(&self, j: usize) -> bool {
        let Some(t) = self.ctx.layer.tokens.get(j) else {
            return false;
        };
        let raw = self.ctx.layer.slice(t.start as usize, t.end as usize);
        let bare = if grammar::strip_conj(self.key(j)) != self.key(j) {
            raw.get(raw.chars().next().map_or(0, char::len_utf8)..).unwrap_or(raw)
        } else {
            raw
        };
        bare.starts_with("ال")
    }

    /// A noun mention naming a weapon or a means of force (رصاص، قذائف،
    /// الغاز المسيل للدموع), not an act.
    fn is_weapon(&self, o: &Mention) -> bool {
        o.pos != Pos::Verb
            && self.trigger(o).and_then(|t| t.mode.as_deref()).is_some_and(|md| {
                matches!(
                    md,
                    "firearms" | "crowd-control" | "heavy-weapons" | "explosives" | "drone" | "aerial" | "primitive"
                )
            })
    }

    /// The phrase starting at token `a` is a preposition's object
    /// (لصالح المستوطنين، على متظاهرين، للمستوطنين).
    fn oblique_at(&self, a: usize) -> bool {
        let own = grammar::strip_conj(self.key(a));
        own.starts_with("لل")
            || own.starts_with("بال")
            || (a > 0
                && self.is_word(a - 1)
                && (grammar::preposition(self.key(a - 1)).is_some()
                    || matches!(grammar::strip_conj(self.key(a - 1)), "لصالح" | "لدي" | "بحق" | "ضد")))
    }

    /// Past a present verb describing the subject before it (مسلحون
    /// يستقلون دراجة نارية، يرتدون زيا عسكريا): to the comma that ends it,
    /// else past the verb's indefinite object and its adjective.
    fn describing_clause_end(&self, k: usize, s1: usize) -> Option<usize> {
        let free = |t: usize| t < s1 && self.is_word(t) && self.ix.entity[t] == NONE && self.mention_at[t] == NONE;
        if !free(k) || self.key(k).starts_with('و') || !grammar::is_present_plural(self.key(k)) {
            return None;
        }
        // (The comma itself: a time set off after it is still an aside.)
        if let Some(c) = self.plain_to_comma(k + 1, k + 9, s1) {
            return Some(c);
        }
        let noun = k + 1;
        if !free(noun) || grammar::strip_conj(self.key(noun)).starts_with("ال") {
            return None;
        }
        let adjective = |t: usize| {
            free(t) && !self.key(t).starts_with("ال") && ["ي", "ية", "يه"].iter().any(|e| self.key(t).ends_with(e))
        };
        Some(if adjective(noun + 1) { noun + 2 } else { noun + 1 })
    }

    /// Prepositional arguments and a direct object after `from`.
    fn objects(&self, m: &mut Mention, from: usize, end: usize, passive: bool) {
        let mut end = end;
        let mut j = from;
        let mut direct_done = false;
        while j < end {
            // A date between the verb and its object (هاجموا ليل الثلاثاء حاجزا).
            if self.kind(j) == Some(TokenKind::Quote) || !self.is_word(j) || self.ix.time[j] != NONE {
                j += 1;
                continue;
            }
            // Who organised the event, as the object pronoun of a verb after
            // it: "هجوم شنّه مسلحون"، "نفّذته خلية"، "إضراب دعت إليه النقابة".
            if let Some(subj) = self.organizer_subject_at(j) {
                let after = self.skip_adverbs(subj, end);
                if let Some(np) = self.np_at(after, end).filter(|np| np.entity.is_some()) {
                    for e in np.entity.into_iter().chain(np.also) {
                        Self::add_actor(m, e, true);
                    }
                    // «شنّه مسلحون يُعتقد أنهم من X على …»: the hedge read
                    // with the subject ends the window; what follows it is
                    // still this verb's.
                    if np.end > end {
                        end = self.window_end(np.end);
                    }
                    j = np.end;
                    continue;
                }
            }
            if let Some(after) = self.occasion_end(j, end) {
                j = after;
                continue;
            }
            // Another trigger ends this one's arguments, except the means
            // in ب (فرّقت المحتجين بالرصاص الحي، فرّقت بالرصاص الحي المحتجين).
            let other = self.mention_at[j];
            if other != NONE
                && let Some(o) = self.mentions.get(other as usize).filter(|o| o.t0 != m.t0)
            {
                let means = o.t0 == j
                    // (A weapon, not an act: «المتهمين بالهجوم» is no means.)
                    && self.is_weapon(o)
                    && grammar::strip_conj(self.key(j)).starts_with("بال")
                    && !self.key(j).starts_with('و');
                if !means {
                    // فرّقت الشرطة اعتصاما: the protest broken up, whose
                    // holders it was used on (read once all sides are).
                    if !direct_done
                        && o.kind.as_deref() == Some("PROTEST")
                        && o.pos != Pos::Verb
                        && o.t0 == j
                        && self.trigger(m).and_then(|t| t.mode.as_deref()) == Some("crowd-control")
                    {
                        m.dispersed = Some(other as usize);
                    }
                    break;
                }
                j = self.joined_nouns_end(o.t1.max(j + 1), end);
                // (The means set aside, the object may lie past the window.)
                end = end.max(self.window_end(j));
                continue;
            }
            let key = grammar::strip_conj(self.key(j));
            // «بيانا طالبت فيه الحكومة بـ»: a preposition with a pronoun
            // stands for a noun told before; the object is after it.
            if grammar::is_pronoun_preposition(key) {
                j += 1;
                continue;
            }
            // بمساندة (جوية) من X، بدعم من X، بإسناد X: a side that acts with
            // the subject.
            if let Some(np) = self.support_at(j, end) {
                for e in np.entity.into_iter().chain(np.also) {
                    Self::add_actor(m, e, false);
                }
                j = np.end.max(j + 1);
                continue;
            }
            // من قبل X، على يد X، على أيدي X: the actor.
            if (key == "من" && self.key(j + 1) == "قبل")
                || (key == "علي" && matches!(self.key(j + 1), "يد" | "ايدي" | "ايادي"))
            {
                match self.np_at(j + 2, end) {
                    Some(np) => {
                        for e in np.entity.into_iter().chain(np.also) {
                            Self::add_actor(m, e, true);
                        }
                        j = np.end.max(j + 2);
                    }
                    None => j += 2,
                }
                continue;
            }
            // بين قبيلتين متناحرتين، بين مجموعتين من المنقبين عن الذهب:
            // two sides not named before, the phrase itself.
            if key == "بين"
                && self.lex.words.is_dual_sides(self.key(j + 1))
                && !grammar::strip_conj(self.key(j + 1)).starts_with("ال")
            {
                let b = self.unnamed_sides_end(j + 1, end);
                if m.sides.is_none() {
                    m.sides = Some((j + 1, b));
                }
                j = b;
                continue;
            }
            // بين الجانبين، بين العائلتين: the two bodies named last before.
            if key == "بين" && self.lex.words.is_dual_sides(self.key(j + 1)) {
                for e in self.two_sides_before(m.t0) {
                    Self::add_actor(m, e, false);
                }
                j += 2;
                continue;
            }
            // بين X و Y: both sides act. (What a demand asks of them, they
            // are asked: «داعية إلى مفاوضات مباشرة بين المغرب والجبهة».)
            if key == "بين" {
                let asked = m.kind.as_deref() == Some("REQUEST");
                let mut k = j + 1;
                let mut sides = 0;
                while k < end && sides < 3 {
                    let Some(np) = self.np_at(k, end) else { break };
                    for e in np.entity.into_iter().chain(np.also) {
                        if asked {
                            Self::add(&mut m.targets, e);
                        } else {
                            Self::add_actor(m, e, false);
                        }
                    }
                    sides += 1;
                    k = np.end.max(k + 1);
                    // An appositive of the same side: قوات سوريا الديمقراطية “قسد”.
                    loop {
                        while k < end && !self.is_word(k) {
                            k += 1;
                        }
                        match (self.ix.mention_at(k), np.entity) {
                            (Some((_, b, e)), Some(e0)) if e == e0 && !self.key(k).starts_with('و') => k = b,
                            _ => break,
                        }
                    }
                    if !self.key(k).starts_with('و') {
                        break;
                    }
                }
                j = k.max(j + 1);
                continue;
            }
            match grammar::preposition(key) {
                // اجتماعا مع X، اتفاق مع X، اشتباكات مع X: the other side,
                // the one the subject met or fought.
                Some("مع")
                    if matches!(m.kind.as_deref(), Some("CONSULT" | "AGREE"))
                        || self.trigger(m).is_some_and(|t| {
                            t.mode.as_deref() == Some("clash")
                                || t.acled.as_ref().is_some_and(|a| a.sub_event_type == "Armed clash")
                        }) =>
                {
                    if let Some(np) = self.np_at(j + 1, end) {
                        for e in np.entity.into_iter().chain(np.also) {
                            if self.is_agent(e) {
                                Self::add(&mut m.targets, e);
                            }
                        }
                        j = np.end.max(j + 1);
                        continue;
                    }
                    j += 1;
                    continue;
                }
                // استعادت القوات السيطرة عليها من البيشمركة، صادروا أسلحة
                // من المسلحين: the side something was taken from.
                Some("من") if self.trigger(m).and_then(|t| t.mode.as_deref()) == Some("seize") => {
                    match self.np_at(j + 1, end) {
                        Some(np) => {
                            // (Not the side that acts: قوة من الجيش.)
                            if let Some(e) = np.entity.filter(|&e| self.is_agent(e) && !m.actors.contains(&e)) {
                                Self::add(&mut m.targets, e);
                            }
                            j = np.end.max(j + 1);
                        }
                        None => j += 1,
                    }
                    continue;
                }
                // أضرموا النار في منزل X: what the fire was set in is what
                // the arson struck (a fire verb of destruction, not أطلق
                // النار في الهواء).
                Some(p)
                    if matches!(p, "على" | "ضد" | "بحق" | "نحو")
                        || p == "في"
                            && j > 0
                            && matches!(grammar::strip_conj(self.key(j - 1)), "النار" | "النيران")
                            && self.trigger(m).and_then(|t| t.mode.as_deref()) == Some("destroy") =>
                {
                    if let Some(np) = self.np_at(j + 1, end) {
                        // حظر على الحسكة: a town after على is where, not whom.
                        let whom =
                            |e: u32| self.is_agent(e) || self.entity(e).is_some_and(|x| x.kind == EntityKind::Facility);
                        match np.entity {
                            Some(e) if whom(e) => {
                                for e in std::iter::once(e).chain(np.also) {
                                    Self::add(&mut m.targets, e);
                                }
                                self.note_owner(m, np.end, end);
                            }
                            None if np.attacker => m.attacker_target = true,
                            None => self.note_struck(m, j + 1, end),
                            _ => {}
                        }
                        j = np.end.max(j + 1);
                        continue;
                    }
                }
                Some(_) => {
                    // في، قرب، من …: places and circumstances, read elsewhere.
                    j += 1;
                    let mut named = true;
                    if let Some(np) = self.np_at(j, end) {
                        j = np.end.max(j);
                        named = np.entity.is_some();
                    }
                    // (في مدينة الزرقاء: and the place a descriptor names.)
                    if !named
                        && let Some((a, b, e)) = self.ix.mention_at(j)
                        && a == j
                        && !self.key(j).starts_with('و')
                        && self.entity(e).is_some_and(|x| x.kind == EntityKind::Place)
                    {
                        j = b;
                    }
                    continue;
                }
                None => {}
            }
            // A verb of targeting after a noun: "هجوم انتحاري استهدف دورية".
            if ["استهدف", "يستهدف", "تستهدف"].iter().any(|p| key.starts_with(p)) {
                let after = self.skip_adverbs(j + 1, end);
                if let Some(np) = self.np_at(after, end)
                    && let Some(e) = np.entity
                {
                    Self::add(&mut m.targets, e);
                    self.note_owner(m, np.end, end);
                    j = np.end;
                    continue;
                }
                self.note_struck(m, after, end);
                j += 1;
                continue;
            }
            // بالصواريخ، للمدنيين: a prepositional phrase stuck to its noun,
            // not the object (قصفت الفصائل بالصواريخ مواقع النظام).
            let bare = grammar::strip_conj(key);
            if (bare.starts_with("بال") || bare.starts_with("لل")) && bare.chars().count() > 4 {
                j = self.np_at(j, end).map_or(j + 1, |np| np.end.max(j + 1));
                j = self.joined_nouns_end(j, end);
                continue;
            }
            // بخراطيم المياه ورذاذ الفلفل: a means that is no trigger, with
            // its genitive and what is joined to it; the object may lie
            // past the window.
            if bare.starts_with('ب') && self.ix.entity[j] == NONE && self.lex.words.is_means(key) {
                j = self.joined_nouns_end(self.means_end(j, end), end);
                end = end.max(self.window_end(j));
                continue;
            }
            if !direct_done && !passive {
                direct_done = true;
                if let Some(np) = self.np_at(j, end) {
                    match np.entity {
                        Some(e)
                            if self.is_agent(e) || self.entity(e).is_some_and(|x| x.kind == EntityKind::Facility) =>
                        {
                            for e in std::iter::once(e).chain(np.also) {
                                Self::add(&mut m.targets, e);
                            }
                            self.note_owner(m, np.end, end);
                        }
                        None if np.attacker => m.attacker_target = true,
                        // دعت البعثة الطرفين إلى: the two sides of the
                        // fighting told before (read when events are built).
                        None if self.lex.words.is_dual_sides(self.key(j)) => m.both_sides = true,
                        None => {
                            self.note_struck(m, j, end);
                            self.note_accused(m, j, end);
                        }
                        _ => {}
                    }
                    j = np.end.max(j + 1);
                    continue;
                }
            }
            j += 1;
        }
    }

    /// «وطالبت مجلس الأمن بـ…»، «دعا الحكومة إلى»: the body or person
    /// right after a one-word verb is not its subject when their genders
    /// differ: a feminine past (in ت) before a masculine head (مجلس، رئيس),
    /// or a masculine third person before an organisation whose head ends
    /// in ة or ات. Standard Arabic makes a verb agree with a subject after it.
    fn gender_disagrees(&self, m: &Mention, v0: usize, v1: usize, j: usize) -> bool {
        // (Past a pronoun of the noun told before: دعا فيها الحكومة.)
        let j = if grammar::is_pronoun_preposition(self.key(j)) {
            j + 1
        } else {
            j
        };
        let Some(&e) = self.ix.entity.get(j) else {
            return false;
        };
        if m.pos != Pos::Verb || v1 != v0 + 1 || e == NONE {
            return false;
        }
        let Some(kind) = self.entity(e).map(|x| x.kind) else {
            return false;
        };
        let v = grammar::strip_conj(self.key(v0));
        let h = grammar::strip_conj(self.key(j));
        let h = h.strip_prefix("ال").unwrap_or(h);
        if v.ends_with('ت') {
            return matches!(kind, EntityKind::Organization | EntityKind::Person)
                && self.lex.words.is_masculine_head(h);
        }
        // (Not a dual or plural, nor a present in ت, which may be feminine,
        // nor a form with an object suffix (نفته); a three-letter past in ا
        // is singular: دعا.)
        let dual = grammar::is_plural_verb(v) || (v.ends_with('ا') && v.chars().count() > 3);
        let masculine = !dual && !v.ends_with(['ن', 'ه', 'م']) && !v.starts_with('ت');
        masculine
            && kind == EntityKind::Organization
            && (h.ends_with('ة') || h.ends_with("ات"))
            && !self.lex.words.is_role_head(h)
    }

    /// Whether token `t` opens an indefinite accusative object: a count
    /// (خمسة أشخاص) or a noun with the tanween alif (قياديا), not an adverb
    /// (أيضا، مجددا). A sound plural (ناشطين) shows no case and is not read.
    fn accusative_at(&self, t: usize) -> bool {
        if self.kind(t) == Some(TokenKind::Number) {
            return true;
        }
        let k = self.key(t);
        self.kind(t) == Some(TokenKind::Arabic)
            && self.mention_at[t] == NONE
            && !k.starts_with("ال")
            && k.ends_with('ا')
            && k.chars().count() >= 4
            && !grammar::is_adverb(k)
            && !grammar::is_particle(k)
    }

    /// Arguments of a noun trigger: its genitive, its prepositions, the
    /// owner of its pronoun suffix, the subject of the verb it depends on.
    fn noun_args(&self, m: &mut Mention, voice: Voice, end: usize) {
        let j = self.past_quotes(m.t1, end);
        // (بالرصاص الحي والقنابل الصوتية: past the means joined to a weapon.)
        let j = if self.is_weapon(m) {
            self.joined_nouns_end(j, end)
        } else {
            j
        };
        let mut genitive = None;
        let mut next = j;
        let l_force = self
            .key(j)
            .strip_prefix('ل')
            .is_some_and(|k| self.lex.words.is_agent_head(k));
        // بالغاز المسيل للدموع مئات المحتجين: a noun with the article takes
        // no genitive; a word without it after the noun is the verb's.
        let head = grammar::strip_conj(self.key(m.t0));
        let definite = head.starts_with("ال") || head.starts_with("بال");
        let unbound = definite && !self.has_article(j) && !grammar::strip_conj(self.key(j)).starts_with('ل');
        if j < end
            && !m.suffixed
            && !unbound
            && grammar::preposition(self.key(j)).is_none()
            && self.mention_at[j] == NONE
            // هجوم شنه مسلحون: the organiser's verb is read in `objects`.
            && self.organizer_subject_at(j).is_none()
        {
            // هجوم داعش، اغتيال الرئيس، هجوم للتنظيم (ل of the agent); not
            // a purpose behind ل (الرصاص الحي لتفريق محتجين).
            match self.np_at(j, end) {
                // هجوم لمسلحي الحركة: ل before a force is its agent too.
                Some(np) if np.named || l_force || !self.key(j).starts_with('ل') => {
                    next = np.end;
                    genitive = Some(np);
                }
                // لتفريق المحتجين، لمنع المسلحين: whom force was used on.
                Some(np) if matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE")) => {
                    if let Some(e) = np.entity.filter(|&e| self.is_agent(e)) {
                        Self::add(&mut m.targets, e);
                    }
                    next = np.end;
                }
                _ => {}
            }
        }
        let targets_before = m.targets.len();
        self.objects(m, next, end, true);
        let pp_target = m.targets.len() > targets_before || m.attacker_target;
        if let Some(np) = genitive {
            match np.entity {
                Some(e) => {
                    let org = self.entity(e).is_some_and(|x| x.kind == EntityKind::Organization);
                    let agentive_l = self.key(j).starts_with('ل') && (np.named || l_force);
                    // قذائف على مواقع لقوات النظام: the owner of what was hit.
                    let held = !np.named && self.lex.words.is_property(self.key(j));
                    // استهداف طائرة مسيرة تركية سيارة عسكرية: a force or a
                    // weapon with what it hit after it is the one that targets.
                    let weapon_subject = voice == Voice::Passive
                        && self.lex.words.is_agent_head(self.key(j))
                        && self.is_word(np.end)
                        && self.mention_at[np.end] == NONE
                        && (self.lex.words.is_property(self.key(np.end)) || self.ix.entity[np.end] != NONE);
                    // اعتقال الجيش المكسيكي قياديا بارزا: a body with an
                    // accusative object after it is the one that acts.
                    let body_with_object =
                        voice == Voice::Passive && org && self.is_agent(e) && self.accusative_at(np.end);
                    let subject = weapon_subject || body_with_object;
                    let as_actor = (voice != Voice::Passive || subject)
                        && !held
                        && (pp_target || agentive_l || subject || (org && m.casualty.is_none()));
                    if as_actor {
                        for e in std::iter::once(e).chain(np.also) {
                            Self::add_actor(m, e, true);
                        }
                    } else {
                        for e in std::iter::once(e).chain(np.also) {
                            Self::add(&mut m.targets, e);
                        }
                    }
                }
                None if np.attacker => m.attacker_target = true,
                None => self.note_struck(m, j, end),
            }
        }
        if m.actors.is_empty() && m.suffixed {
            // هجومه: the pronoun's owner — the one who acted earlier in the
            // sentence (تمكن التنظيم من قتل … مع شنّه هجومه), else the agent before.
            // Not one that was done to (قتل 11 جنديا من الجيش العراقي … هجومه).
            // مقتله، إصابتها: the pronoun is who died or was hurt.
            // خطفه، اغتياله، اعتقاله: what is done to a person names him.
            let done_to = self.trigger(m).is_some_and(|t| {
                matches!(
                    t.mode.as_deref(),
                    Some("abduct" | "assassinate" | "arrest" | "execute" | "torture" | "beat" | "sexual")
                )
            });
            if let Some(e) = self.pronoun_owner(m, m.t0) {
                if m.casualty.is_some() || done_to {
                    Self::add(&mut m.targets, e);
                } else {
                    Self::add_actor(m, e, true);
                }
            }
        }
        // A death or an injury (مقتل، إصابة) has no agent of its own; a
        // killing (قتل، اغتيال) does.
        // An instrument of a verb of its kind before it in its clause
        // (قصفوا … بقذائف المدفعية; not اتهم X بقصف): the verb's sides are its sides; the nearest name
        // before it is the verb's object, not its agent.
        let instrument = self.key(m.t0).starts_with('ب')
            && self.verb_before_in_clause(m.t0).is_some_and(|v| {
                self.mentions
                    .get(v)
                    .is_some_and(|o| o.kind.is_some() && o.kind == m.kind)
            });
        // دانت الوزارة الاعتداء، التوغل: who condemns an attack or a raid
        // did not make it.
        let condemned = matches!(m.kind.as_deref(), Some("ASSAULT" | "COERCE"))
            && self.verb_before_in_clause(m.t0).is_some_and(|v| {
                self.mentions
                    .get(v)
                    .and_then(|o| self.trigger(o))
                    .is_some_and(|t| t.mode.as_deref() == Some("disapprove"))
            });
        // هجوم بعبوة ناسفة: the means of the attack just named takes its
        // sides from it, not from a name before (تعرض الجيش لهجوم بعبوة).
        let means = self.key(m.t0).starts_with('ب')
            && m.t0 > 0
            && self
                .mentions
                .get(self.mention_at[self.next_word_back(m.t0 - 1)] as usize)
                .is_some_and(|o| o.t0 != m.t0 && o.kind.is_some() && o.kind == m.kind);
        if m.actors.is_empty()
            && !instrument
            && !means
            && !condemned
            && (m.casualty.is_none() || voice != Voice::Passive)
            && m.pred0 == m.t0
        {
            // تمكّن X من إلقاء القبض، حاول X اغتيال، هدد X بشنّ هجوم.
            self.inherit_or_before(m, m.t0, true);
        }
    }
}
