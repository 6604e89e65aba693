//! Quotes: who said what, to whom, with what stance.
//!
//! A reporting cue from the lexicon (`data/quotes/cues.tsv`) anchors every
//! quote. From a reporting verb (قال، أكد، نفى …) we scan forward for what
//! opens the content — a complementizer (أنّ، إنّ، بأن), a colon, or a
//! quotation — and read the words in between as the subject: the speaker,
//! perhaps an addressee (في تصريح لـ X) and adverbs of time. The content runs
//! to the end of the sentence or the next cue; a quotation inside it is
//! kept whole even across a full stop. Content entirely inside quotation
//! marks is `direct`, content with quoted stretches `mixed`, the rest
//! `indirect`. Verbs of announcing or denying may also take a noun phrase
//! as content (أعلنت قسد إلقاء القبض على …).
//!
//! The speaker is, in order: an unnamed source (مصدر أمني، شهود عيان) with
//! the organisation its phrase names as `affiliation` ("المصدر" takes the
//! affiliation of the last unnamed source); a person, else an organisation,
//! named in the subject; a subject with no entity, kept as `speaker_text`;
//! an entity right before the verb (الجيش قال إن); and for a verb with no
//! subject at the head of its clause (وأضاف أن), or a participle (مشيرا إلى
//! أن), the speaker of the quote before. Entities reach the subject through
//! their mentions, so a description the entity layer resolved (الباحث،
//! المتحدث) names the person it refers to.
//!
//! "According to" phrases (بحسب X، نقلا عن X، وفق ما تقوله X) attribute the
//! clause before them, or after them at the head of a sentence; "post"
//! phrases (على حد تعبيره) only close a quote. Cues inside a direct quote
//! start no quote of their own.

pub mod lexicon;
#[cfg(test)]
mod tests;

pub use lexicon::{Cue, CueKind, CueLexicon, QuoteSources, Stance};

use crate::doc::{EntityKind, Quote, QuoteKind};
use crate::event::grammar::{self, blocks_complementizer, is_adverb, is_complementizer, is_relative, strip_conj};
use crate::event::index::{Context, Index, NONE, QuotePair, is_agent};
use crate::event::phrase::Hit;
use crate::text::TokenKind;

/// All quotes of a document, in text order.
pub fn extract(ctx: &Context) -> Vec<Quote> {
    let ix = Index::new(ctx);
    extract_with(ctx, &ix)
}

/// [`extract`] with a prepared index.
pub fn extract_with(ctx: &Context, ix: &Index) -> Vec<Quote> {
    let lex = &ctx.resources.quotes;
    if lex.cue_set.is_empty() {
        return Vec::new();
    }
    let mut q = Quoter::new(ctx, ix);
    q.run();
    q.out
}

/// Who said it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Speaker {
    entity: Option<u32>,
    /// Code point span of the words naming the speaker.
    text: Option<(usize, usize)>,
    affiliation: Option<u32>,
    unnamed: bool,
}

/// Words after which a subject opens its clause (لكن، كان، بينما، إذ، أن …).
fn is_clause_opener(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "لكن" | "كان" | "كانت" | "بينما" | "فيما" | "اذ" | "ان" | "حيث"
    )
}

impl Speaker {
    /// A named speaker (an entity, or words naming one) with no affiliation.
    fn named(entity: Option<u32>, text: (usize, usize)) -> Self {
        Speaker {
            entity,
            text: Some(text),
            affiliation: None,
            unnamed: false,
        }
    }
}

/// What opens the content.
#[derive(Debug, Clone, Copy)]
enum Opener {
    Comp(usize),
    Colon(usize),
    Quote(QuotePair),
}

/// Token `i` as written ends in ى (its vowel marks aside): يُدعى "is
/// called", which the match key folds into يدعي "claims".
fn ends_in_alif_maqsura(layer: &crate::text::TextLayer, i: usize) -> bool {
    layer.tokens.get(i).is_some_and(|t| {
        layer
            .slice(t.start as usize, t.end as usize)
            .chars()
            .rfind(|c| !('\u{064B}'..='\u{0652}').contains(c))
            == Some('ى')
    })
}

struct Quoter<'c, 'a, 't> {
    ctx: &'c Context<'a, 't>,
    ix: &'c Index,
    /// Cue hits (one reading each), in text order.
    cues: Vec<(Hit, Cue)>,
    /// Per token: the cue hit starting there (index into `cues`), or NONE.
    cue_at: Vec<u32>,
    /// Per token: the unnamed-source hit starting there.
    unnamed_at: Vec<Option<Hit>>,
    out: Vec<Quote>,
    /// Speaker and sentence of every quote in `out`.
    said: Vec<(Speaker, usize)>,
    /// Per quote in `out`: said in a statement (قال في بيان …).
    stated: Vec<bool>,
    /// The verb being read takes a بـ phrase as content (أفاد بمقتل …).
    bi_object: bool,
}

impl<'c, 'a, 't> Quoter<'c, 'a, 't> {
    fn new(ctx: &'c Context<'a, 't>, ix: &'c Index) -> Self {
        let lex = &ctx.resources.quotes;
        let layer = ctx.layer;
        let n = layer.tokens.len();
        let mut cues = Vec::new();
        let mut cue_at = vec![NONE; n];
        for h in lex.cue_set.find(layer) {
            if ix.skipped.get(h.t0).copied().unwrap_or(true) {
                continue;
            }
            let Some(&e) = lex.cue_set.entries(h.pattern).first() else {
                continue;
            };
            let Some(cue) = lex.cues.get(e as usize) else { continue };
            // A verb takes و، ف and the future س in front, never the
            // article or ب/ك: القول، الكشف are nouns, بحذر and باقر no verbs.
            if matches!(cue.kind, CueKind::Verb | CueKind::Participle) && h.prefixed {
                let lead = layer
                    .tokens
                    .get(h.t0)
                    .map_or("", |t| layer.slice(t.start as usize, h.start.max(t.start as usize)));
                if h.article
                    || !crate::text::normalize::match_key(lead)
                        .chars()
                        .all(|c| matches!(c, 'و' | 'ف' | 'س'))
                {
                    continue;
                }
            }
            // «نُقلوا إلى المستشفى»: a word after the verb that gives it
            // another sense.
            if let Some(w) = &cue.not_before
                && (h.t1..h.t1 + 3).any(|j| {
                    layer
                        .tokens
                        .get(j)
                        .is_some_and(|t| t.kind == TokenKind::Arabic && strip_conj(layer.key(t)) == w)
                })
            {
                continue;
            }
            // «ويدعى صالح»: is called, not claims.
            if cue.not_final_ya && ends_in_alif_maqsura(layer, h.t0) {
                continue;
            }
            // «فضّل عدم ذكر اسمه»: a verbal noun after عدم reports nothing.
            if matches!(cue.kind, CueKind::Verb)
                && h.t0 > 0
                && layer.tokens.get(h.t0 - 1).is_some_and(|t| {
                    crate::text::normalize::match_key(layer.slice(t.start as usize, t.end as usize)) == "عدم"
                })
            {
                continue;
            }
            // «في بيان نقلته الوكالة»، «تصريحات أدلى بها»: a verb with an
            // object pronoun right after a statement noun opens a relative
            // clause about the statement; it reports nothing itself.
            if matches!(cue.kind, CueKind::Verb)
                && h.suffixed
                && cues
                    .last()
                    .is_some_and(|(p, c): &(Hit, Cue)| p.t1 == h.t0 && matches!(c.kind, CueKind::Noun))
            {
                continue;
            }
            cue_at[h.t0] = cues.len() as u32;
            cues.push((h, cue.clone()));
        }
        let mut unnamed_at = vec![None; n];
        for h in lex.unnamed_set.find(layer) {
            unnamed_at[h.t0] = Some(h);
        }
        Quoter {
            ctx,
            ix,
            cues,
            cue_at,
            unnamed_at,
            out: Vec::new(),
            said: Vec::new(),
            stated: Vec::new(),
            bi_object: false,
        }
    }

    fn n(&self) -> usize {
        self.ctx.layer.tokens.len()
    }

    fn key(&self, i: usize) -> &str {
        self.ctx.layer.tokens.get(i).map_or("", |t| self.ctx.layer.key(t))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.ctx.layer.tokens.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(TokenKind::Arabic | TokenKind::Latin | TokenKind::Number)
        )
    }

    fn is_punct(&self, i: usize, set: &[&str]) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && set.contains(&self.key(i))
    }

    fn is_terminal(&self, i: usize) -> bool {
        self.is_punct(i, &[".", "!", "?", "؟", "…"])
    }

    fn cue_kind_at(&self, i: usize) -> Option<CueKind> {
        let c = *self.cue_at.get(i)?;
        (c != NONE).then(|| self.cues[c as usize].1.kind)
    }

    /// A cue that starts a quote of its own (not an addressee or a noun).
    fn is_stop_cue(&self, i: usize) -> bool {
        // (A guarded participle whose guard fails is a noun: داعية إسلامي.)
        if let Some(&c) = self.cue_at.get(i)
            && c != NONE
            && let Some((h, cue)) = self.cues.get(c as usize)
            && cue.guarded
        {
            return self
                .ix
                .sentence_of(i)
                .is_some_and(|(_, s1)| self.guard_holds(h, cue, s1));
        }
        matches!(
            self.cue_kind_at(i),
            Some(CueKind::Verb | CueKind::Participle | CueKind::According | CueKind::Post)
        )
    }

    /// The cue's word goes on past the cue: the verb holds an object
    /// pronoun (اتهمته، وصفه).
    fn holds_object(&self, h: &Hit) -> bool {
        self.ctx
            .layer
            .tokens
            .get(h.t0)
            .is_some_and(|t| (t.end as usize) > h.end)
    }

    /// «ما وصفته بـ"…"»: a cue verb holding its object after ما is what
    /// the words before it name, inside the content they report (دانت
    /// المؤسسة ما وصفته بـ"القمع الممنهج").
    fn described_as(&self, i: usize) -> bool {
        i > 0
            && matches!(strip_conj(self.key(i - 1)), "ما" | "بما")
            && self.cue_at.get(i).is_some_and(|&c| {
                c != NONE
                    && self
                        .cues
                        .get(c as usize)
                        .is_some_and(|(h, cue)| cue.kind == CueKind::Verb && self.holds_object(h))
            })
    }

    fn paragraph_end(&self, i: usize) -> usize {
        let toks = &self.ctx.layer.tokens;
        (i + 1..toks.len())
            .find(|&j| toks[j].newline_before)
            .unwrap_or(toks.len())
    }

    fn entity_kind(&self, e: u32) -> Option<EntityKind> {
        self.ctx.entities.get(e as usize).map(|x| x.kind)
    }

    /// A verb in the masculine singular (طالب، يطالب) cannot have a body
    /// whose name is grammatically feminine (الأجهزة الأمنية، السلطات،
    /// وزارة …) as its subject: «وطالب الأجهزة الأمنية بـ…» is the last
    /// speaker's demand of them. Nor can a feminine past (طالبت، دعت) have
    /// a masculine body or office (مجلس الأمن، رئيس الحكومة).
    fn disagrees(&self, hit: &Hit, cue: &Cue, sp: &Speaker) -> bool {
        if hit.t1 != hit.t0 + 1 || cue.kind != CueKind::Verb || sp.unnamed {
            return false;
        }
        let form = strip_conj(self.key(hit.t0));
        let masculine = form == cue.lemma
            || (form.starts_with('ي') && !form.ends_with("ون") && !form.ends_with("ان") && !form.ends_with("ين"));
        let feminine = !masculine && form.ends_with('ت') && !cue.lemma.ends_with('ت');
        let kind = sp.entity.and_then(|e| self.entity_kind(e));
        let Some(j) = (hit.t1..hit.t1 + 3).find(|&j| self.is_word(j)) else {
            return false;
        };
        let head = strip_conj(self.key(j));
        let opens = match sp.entity {
            Some(e) => self.ix.mention_at(j).is_some_and(|(a, _, m)| a == j && m == e),
            None => sp.text.is_some_and(|(a, _)| a == self.word_start(j)),
        };
        if feminine {
            return opens
                && kind.is_none_or(|k| matches!(k, EntityKind::Organization | EntityKind::Person))
                && self.ctx.resources.events.words.is_masculine_head(head);
        }
        if !masculine || kind.is_some_and(|k| k != EntityKind::Organization) {
            return false;
        }
        // (A few nouns for men end in ة: الداعية، العلامة، الخليفة.)
        let masculine_noun = matches!(head, "الداعية" | "العلامة" | "الخليفة" | "الرحالة" | "الراوية");
        opens && !masculine_noun && head.starts_with("ال") && (head.ends_with('ة') || head.ends_with("ات"))
    }

    /// A news outlet (its actor's category is `media`).
    fn is_outlet(&self, e: u32) -> bool {
        self.ctx
            .entities
            .get(e as usize)
            .and_then(|x| x.reference.as_ref())
            .and_then(|r| r.category.as_deref())
            == Some("media")
    }

    fn is_agent_entity(&self, e: u32) -> bool {
        self.ctx
            .entities
            .get(e as usize)
            .is_some_and(|x| is_agent(x) || self.is_mission(x))
    }

    /// An embassy or a consulate (a facility named with a descriptor of
    /// kind `foreign`): the mission speaks («وطالبت السفارة الصينية بـ»).
    fn is_mission(&self, e: &crate::doc::Entity) -> bool {
        e.kind == EntityKind::Facility
            && e.name.split_whitespace().next().is_some_and(|w| {
                self.ctx
                    .resources
                    .entities
                    .descriptors
                    .longest(&crate::text::normalize::match_key(w), &[])
                    .is_some_and(|(n, d)| n == 1 && d.foreign)
            })
    }

    /// Words strictly inside a quotation pair.
    fn words_inside(&self, p: QuotePair) -> usize {
        let end = p.close.unwrap_or_else(|| self.paragraph_end(p.open));
        (p.open + 1..end).filter(|&j| self.is_word(j)).count()
    }

    /// A quotation that holds content, not a name: four words or more.
    fn is_content_quote(&self, p: QuotePair) -> bool {
        self.words_inside(p) >= 4
    }

    /// A statement PP opens at `i`: في/عبر/خلال + a statement noun (في
    /// بيان، عبر تغريدة), or the noun with ب glued on (ببيان). Returns the
    /// token after the noun.
    fn statement_pp(&self, i: usize) -> Option<usize> {
        if !self.is_word(i) {
            return None;
        }
        let c = self.cue_at.get(i).copied().filter(|&c| c != NONE);
        if let Some(c) = c
            && self.cues[c as usize].1.kind == CueKind::Noun
        {
            let h = &self.cues[c as usize].0;
            let t = &self.ctx.layer.tokens[i];
            let lead = self.ctx.layer.slice(t.start as usize, h.start.max(t.start as usize));
            if h.prefixed && !h.article && crate::text::normalize::match_key(lead).ends_with('ب') {
                return Some(h.t1.max(i + 1));
            }
            return None;
        }
        if matches!(strip_conj(self.key(i)), "في" | "عبر" | "خلال") && self.cue_kind_at(i + 1) == Some(CueKind::Noun)
        {
            let c = self.cue_at[i + 1] as usize;
            return Some(self.cues[c].0.t1.max(i + 2));
        }
        None
    }

    /// A charge or content in ب glued to its noun (بإطلاق، بـ«…»), not a
    /// preposition of its own (بين، بعد) nor a name's part (باسم، بقيادة).
    fn charge_word(&self, i: usize) -> bool {
        let k = strip_conj(self.key(i));
        self.is_word(i) && self.ix.entity.get(i).is_some_and(|&e| e == NONE) && (k == "ب" || grammar::ba_object(k))
    }

    /// A word that opens the verb's بـ content (أفاد المرصد بمقتل …) when the
    /// verb takes one: ب glued to a noun, not a preposition of its own (بين،
    /// بعد) nor a name's part (باسم، بقيادة are complements of the subject).
    fn opens_bi_object(&self, i: usize) -> bool {
        // (بيان، بلاغ: a statement noun is no ب + noun; a ب standing alone
        // before a quote is read with the quote.)
        self.bi_object
            && self.cue_kind_at(i) != Some(CueKind::Noun)
            && strip_conj(self.key(i)) != "ب"
            && self.charge_word(i)
    }

    /// The subject's noun phrase ends before the word at `i` (`j0` its first
    /// word). After a definite word (ال، لل، the end of a name) an indefinite
    /// word can be neither its genitive nor its adjective: it starts the
    /// object (نفى الجيش قصف …). A definite verbal noun of a derived form
    /// after one is the object too (أعلنت النقابات الإضراب …): adjectives are
    /// nisba or participles, not masdars; so is a definite noun that names a
    /// body (طالبت اللجنة الحكومة). A statement PP (في بيان) and a بـ
    /// content end it as well.
    fn np_breaks_at(&self, i: usize, j0: usize) -> bool {
        if i <= j0 || !self.is_word(i) {
            return false;
        }
        // A lone بـ before a quotation (طالبت النقابة بـ"…") opens a complement.
        if self.statement_pp(i).is_some() || self.opens_bi_object(i) || self.key(i) == "ب" {
            return true;
        }
        let prev = strip_conj(self.key(i - 1));
        // The word before carries the article («الي», إلى, only reads so).
        let after_article = prev.starts_with("ال") && grammar::preposition(prev).is_none();
        // A name right after a definite word no entity holds starts the
        // object: a definite word ends the construct.
        let e = self.ix.entity[i];
        if e != NONE
            && self.ix.mention_at(i).is_some_and(|(a, _, _)| a == i)
            && after_article
            && self.ix.entity[i - 1] == NONE
        {
            match self.entity_kind(e) {
                // A place after a title's nisba adjective (اتهم نائب وزير
                // الخزانة الأمريكي إيران بـ), or a country after any
                // definite word (وزير الخزانة إيران).
                Some(EntityKind::Place) => {
                    let country = self
                        .ctx
                        .entities
                        .get(e as usize)
                        .and_then(|x| x.geo.as_ref())
                        .and_then(|g| g.feature.as_deref())
                        == Some("country");
                    if country || prev.ends_with('ي') || prev.ends_with("ية") {
                        return true;
                    }
                }
                // A body named by a bare construct (اتهمت أسرة القتيل قوات
                // الأمن بـ، اتهم رئيس البلدية حرس الحدود). Not a name in ل,
                // its genitive: الأمين العام للأمم المتحدة; nor one with the
                // article, which may agree with it: العمال المعتصمين; nor a
                // person, the title's holder.
                Some(EntityKind::Organization) => {
                    let bare = strip_conj(self.key(i));
                    if !self.mention_starts_inside(i)
                        && !bare.starts_with('ل')
                        && !bare.starts_with("ال")
                        && self.is_word(i - 1)
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        if self.kind(i) != Some(TokenKind::Arabic)
            || !self.is_word(i - 1)
            || self.ix.entity[i] != NONE
            || self.ix.time[i] != NONE
        {
            return false;
        }
        let prev_definite = prev.starts_with("ال") || prev.starts_with("لل") || self.ix.entity[i - 1] != NONE;
        if !prev_definite {
            return false;
        }
        let k = strip_conj(self.key(i));
        if let Some(bare) = k.strip_prefix("ال") {
            let lex = &self.ctx.resources.entities;
            return is_derived_masdar(bare)
                || lex.org_heads.contains_key(bare)
                || lex.anaphors.get(k).is_some_and(|a| a.kind == "organization");
        }
        grammar::preposition(k).is_none()
            && !is_adverb(k)
            && !matches!(k.chars().next(), Some('ب' | 'ل' | 'ك'))
            && !["نفس", "ذات", "كل", "جميع", "بعض", "عدد"]
                .iter()
                .any(|w| k.starts_with(w))
    }

    fn run(&mut self) {
        for c in 0..self.cues.len() {
            let (hit, cue) = self.cues[c].clone();
            // A cue inside somebody's direct words starts no quote.
            let pe = self.paragraph_end(hit.t0);
            if let Some(p) = self.ix.quote_around(hit.t0, pe)
                && self.is_content_quote(p)
            {
                continue;
            }
            // Cues already inside a quote made here are its words.
            if self
                .out
                .iter()
                .any(|q| q.content.start <= hit.start && hit.end <= q.content.end)
            {
                continue;
            }
            let Some((s0, s1)) = self.ix.sentence_of(hit.t0) else {
                continue;
            };
            let sent = self.ix.sentence[hit.t0] as usize;
            self.bi_object = cue.kind == CueKind::Verb && cue.bi_object;
            match cue.kind {
                CueKind::Verb if cue.guarded && !self.guard_holds(&hit, &cue, s1) => {}
                CueKind::Verb => self.verb(hit, &cue, s0, s1, sent),
                CueKind::Participle if cue.guarded && !self.guard_holds(&hit, &cue, s1) => {}
                CueKind::Participle => self.participle(hit, &cue, s0, s1, sent),
                CueKind::According => self.according(hit, &cue, s0, s1, sent),
                CueKind::Post => self.post(hit, &cue, s0, sent),
                CueKind::Addressee | CueKind::Noun => {}
            }
        }
    }

    /// The first thing after `from` that opens content, within the
    /// sentence; `None` at a full stop or another cue.
    fn find_opener(&self, from: usize, s1: usize) -> Option<Opener> {
        let mut j = from;
        let limit = s1.min(from + 40);
        while j < limit {
            match self.kind(j) {
                Some(TokenKind::Quote) => {
                    if let Some(p) = self.ix.pair_opening_at(j) {
                        let close = p.close.unwrap_or_else(|| self.paragraph_end(p.open));
                        if self.is_subject_material(p, close, s1) {
                            j = close + 1;
                            continue;
                        }
                        return Some(Opener::Quote(p));
                    }
                }
                Some(TokenKind::Punct) => {
                    if self.is_punct(j, &[":"]) {
                        return Some(Opener::Colon(j));
                    }
                    if self.is_terminal(j) {
                        return None;
                    }
                }
                Some(TokenKind::Arabic) => {
                    if is_complementizer(self.key(j)) && !(j > from && blocks_complementizer(self.key(j - 1))) {
                        return Some(Opener::Comp(j));
                    }
                    if j > from && self.is_stop_cue(j) {
                        return None;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// A quotation in the subject (a name, a relative clause) rather than
    /// the content: short, or a relative clause, or a complementizer
    /// follows it within the clause.
    fn is_subject_material(&self, p: QuotePair, close: usize, s1: usize) -> bool {
        let words = self.words_inside(p);
        if words <= 3 {
            return true;
        }
        let first = (p.open + 1..close).find(|&j| self.is_word(j));
        if first.is_some_and(|f| is_relative(self.key(f))) {
            return true;
        }
        // A name in quotation marks (تبنت «المقاومة الإسلامية في العراق»،
        // تنسيقية "شباب سوس من أجل الصحة").
        if let Some(f) = first
            && let Some((a, b, _)) = self.ix.mention_at(f)
            && a <= f
            && (b..close).all(|j| !self.is_word(j))
        {
            return true;
        }
        // A complementizer soon after, with no other quotation between (nor
        // a cue of its own: "بـ"…"، مؤكدة أن" — the أن is the participle's).
        let mut j = close + 1;
        while j < s1.min(close + 8) {
            if self.kind(j) == Some(TokenKind::Quote) || self.is_terminal(j) || self.is_stop_cue(j) {
                return false;
            }
            if self.kind(j) == Some(TokenKind::Arabic) && is_complementizer(self.key(j)) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// Tokens to skip at the head of a subject: adverbs, times, commas,
    /// quotation marks.
    fn skip_head(&self, mut j: usize, end: usize) -> usize {
        while j < end {
            let skip = self.ix.time.get(j).is_some_and(|&t| t != NONE)
                || self.is_punct(j, &["،", ",", "-", "ـ", "(", ")"])
                || self.kind(j) == Some(TokenKind::Quote)
                || (self.kind(j) == Some(TokenKind::Arabic) && is_adverb(self.key(j)));
            // أول من أمس
            if self.key(j) == "اول" && self.key(j + 1) == "من" {
                j += 2;
                continue;
            }
            if !skip {
                break;
            }
            j += 1;
        }
        j
    }

    /// The end (exclusive) of an unnamed-source phrase starting with the
    /// source word ending at `from`: adjectives and "من/في X" up to a comma,
    /// a quotation mark, a time, an addressee (للصحافيين، لـ) or `end`.
    fn unnamed_np_end(&self, from: usize, end: usize, definite: bool) -> usize {
        // A definite noun or a sound plural with its nun (ناشطون، مراقبين)
        // cannot govern a genitive: a name right after it is the verb's
        // object (واتهم ناشطون قوات الجيش بـ…).
        let last = from.saturating_sub(1);
        let no_genitive =
            definite || (self.is_word(last) && (self.key(last).ends_with("ون") || self.key(last).ends_with("ين")));
        let mut j = from;
        let mut taken = 0;
        // Until a preposition opens a complement, only adjectives follow the
        // source word, and they agree with it in definiteness: after
        // "المصدر" an indefinite word (نفى المصدر صحة …) is the object.
        let mut adjectives_only = true;
        while j < end && taken < 7 {
            match self.kind(j) {
                Some(TokenKind::Quote) => {
                    // "مصدر من “قسد”": a name in quotation marks stays.
                    let next_word = self.ix.entity.get(j + 1).is_some_and(|&e| e != NONE);
                    let prev_word = j > 0 && self.ix.entity[j - 1] != NONE;
                    if !next_word && !prev_word {
                        break;
                    }
                }
                Some(TokenKind::Arabic | TokenKind::Latin) => {
                    let k = self.key(j);
                    let in_entity = self.ix.entity[j] != NONE;
                    // "أشارت المصادر إلى أن"، "كشفت مصادر عن": the verb's
                    // preposition, not the source's.
                    let pointer = !in_entity && matches!(strip_conj(k), "الي" | "عن");
                    // «نفى مصدر عسكري هذه الرواية»: a demonstrative opens the object.
                    let demonstrative =
                        matches!(strip_conj(k), "هذه" | "هذا" | "ذلك" | "تلك" | "هولاء" | "هاتين" | "هذين");
                    if pointer
                        || demonstrative
                        || self.statement_pp(j).is_some()
                        || self.opens_bi_object(j)
                        || self.ix.time[j] != NONE
                        || is_relative(k)
                        || is_complementizer(k)
                        || self.is_stop_cue(j)
                    {
                        break;
                    }
                    // A participle's own complement (شهود من منطقة X المتاخمة
                    // للجبل، عناصر التابعة للجيش) is no addressee.
                    let participle_before = j > from && self.ix.entity[j - 1] == NONE && {
                        let p: Vec<char> = strip_conj(self.key(j - 1)).chars().collect();
                        p.len() >= 6
                            && p[0] == 'ا'
                            && p[1] == 'ل'
                            && ((p[2] == 'م' && p[4] == 'ا') || (p[3] == 'ا' && p.last() == Some(&'ة')))
                    };
                    if !in_entity && (k == "ل" || (k.starts_with("لل") && k.chars().count() > 3 && !participle_before))
                    {
                        break;
                    }
                    if in_entity && k.starts_with('ل') && self.mention_starts_inside(j) {
                        break;
                    }
                    let at_name = self.ix.mention_start.get(j) == Some(&crate::event::index::AT_START);
                    // An indefinite sound plural takes no definite adjective
                    // either (اتهم ناشطون الجيش بـ…: the object).
                    let not_adjective = (definite && !in_entity && !strip_conj(k).starts_with("ال"))
                        || (no_genitive && at_name)
                        || (!definite && no_genitive && j == from && strip_conj(k).starts_with("ال"));
                    // «أفاد مصدر عسكري وكالة فرانس برس»: a body or person
                    // named right after the source's adjective is the verb's
                    // object (a place may be a nisba: مصدر عسكري مالي).
                    let prev = strip_conj(self.key(j.saturating_sub(1)));
                    let after_adjective = j > from
                        && at_name
                        && self.ix.entity[j - 1] == NONE
                        && matches!(
                            self.entity_kind(self.ix.entity[j]),
                            Some(EntityKind::Organization | EntityKind::Person)
                        )
                        && (prev.ends_with('ي') || prev.ends_with("ية"));
                    if grammar::preposition(k).is_some() {
                        adjectives_only = false;
                    } else if adjectives_only && (not_adjective || after_adjective) {
                        break;
                    } else if !adjectives_only
                        && !in_entity
                        && !strip_conj(k).starts_with("ال")
                        && j > from
                        && self.ix.entity[j - 1] != NONE
                    {
                        // "مسؤول في الطارمية وقوف …": past a name in a
                        // complement, an indefinite word (وقوف، ارتفاع) is
                        // the verb's object, no longer the source's.
                        break;
                    }
                    taken += 1;
                }
                _ => break,
            }
            j += 1;
        }
        // Trailing quotation marks around a name belong to it.
        while j < end && self.kind(j) == Some(TokenKind::Quote) && j > 0 && self.ix.entity[j - 1] != NONE {
            j += 1;
        }
        j
    }

    /// The entity mention at token `i` starts after the token's start (a
    /// proclitic such as ل stands before it).
    fn mention_starts_inside(&self, i: usize) -> bool {
        self.ix.mention_start.get(i) == Some(&crate::event::index::INSIDE)
    }

    /// A ل-phrase right after a comma (or a lone لـ) at `i`: "، لإذاعة X"،
    /// "لـ"X"" — what the words were given to.
    fn opens_addressee(&self, i: usize) -> bool {
        if self.kind(i) != Some(TokenKind::Arabic) {
            return false;
        }
        let k = self.key(i);
        let after_comma = i > 0 && self.is_punct(i - 1, &["،", ","]);
        // (A name that begins with ل is no ل + name: «، ليونيل ماماني،».)
        let own_name = self.ix.mention_start.get(i) == Some(&crate::event::index::AT_START);
        k == "ل"
            || (after_comma
                && !own_name
                && k.starts_with('ل')
                && !["لل", "لكن", "لذ", "لدي", "لا", "لم", "لن"]
                    .iter()
                    .any(|p| k.starts_with(p))
                && k.chars().count() > 3)
    }

    /// The addressee in `[r0, r1)`: an entity after an addressee cue (في
    /// تصريح لـ، في مقابلة مع) or after a lone ل once a speaker candidate stands
    /// before it. Returns it with the tokens it covers.
    fn addressee(&self, r0: usize, r1: usize) -> Option<(u32, usize, usize)> {
        let mut after_cue = false;
        let mut seen_speaker = false;
        let mut j = r0;
        while j < r1 {
            if self.cue_kind_at(j) == Some(CueKind::Addressee) {
                after_cue = true;
                let c = self.cue_at[j] as usize;
                j = self.cues[c].0.t1.max(j + 1);
                continue;
            }
            let k = self.key(j);
            // "في مقابلة مع X" gives its addressee after مع, as "لـ X" does.
            let lone_l = self.kind(j) == Some(TokenKind::Arabic) && (k == "ل" || (after_cue && k == "مع"));
            let l_entity = self.ix.entity[j] != NONE && k.starts_with('ل') && self.mention_starts_inside(j);
            if lone_l || l_entity {
                // The entity right after (over quotation marks).
                let mut e_tok = if lone_l { j + 1 } else { j };
                while e_tok < r1 && self.kind(e_tok) == Some(TokenKind::Quote) {
                    e_tok += 1;
                }
                if e_tok < r1
                    && let Some((a, b, e)) = self.ix.mention_at(e_tok)
                    // (An outlet after any words: «متحدث باسم الحكومة
                    // لرويترز» gave it his words whether or not he is named.)
                    && (after_cue || seen_speaker || (j > r0 && self.is_outlet(e)))
                    && matches!(self.entity_kind(e), Some(EntityKind::Organization | EntityKind::Person))
                {
                    return Some((e, j, b.max(a)));
                }
            }
            if self.ix.entity[j] != NONE || self.unnamed_at[j].is_some() {
                seen_speaker = true;
            }
            j += 1;
        }
        None
    }

    /// «وأعلن إرسال تعزيزات»، «لكنه أعلن تجميد القرار»: a verbal noun with
    /// no article right after the verb is what it announced, not who did.
    /// Not a body (اتحاد، تنظيم "X"), a person (امرأة) or people before a
    /// preposition (أعضاء في البرلمان), whose shapes a verbal noun shares.
    fn masdar_object(&self, j: usize, r1: usize) -> bool {
        let k = strip_conj(self.key(j));
        self.ix.entity[j] == NONE
            && self.kind(j) == Some(TokenKind::Arabic)
            && !k.starts_with("ال")
            && is_derived_masdar(k)
            && !self.ctx.resources.entities.org_heads.contains_key(k)
            && self.ctx.resources.person_nouns.count(k).is_none()
            && j + 1 < r1
            && self.kind(j + 1) == Some(TokenKind::Arabic)
            && self.ix.entity[j + 1] == NONE
            && grammar::preposition(self.key(j + 1)).is_none()
    }

    /// The speaker named in `[r0, r1)` and where its phrase ends; `None`
    /// when the subject is empty.
    fn subject(&self, r0: usize, r1: usize, addressee: Option<(u32, usize, usize)>) -> Option<(Speaker, usize)> {
        let excluded = |j: usize| addressee.is_some_and(|(_, a, b)| a <= j && j < b);
        let j = self.skip_head(r0, r1);
        if j >= r1 || self.statement_pp(j).is_some() || self.opens_bi_object(j) {
            return None;
        }
        // «ووصفت ما يُروَّج بأنه»، «ودعت جميع الأطراف إلى»: what or all
        // whom the words are about is the object; a speaker is someone.
        if matches!(self.key(j), "ما" | "جميع" | "كافه") {
            return None;
        }
        // «وتعهدت بمواصلة العمليات "…"»: a phrase in ب is the verb's
        // object, no subject (ب + the article or a verbal noun in م or ت:
        // not باحث، بلدية, nouns of their own).
        let k = strip_conj(self.key(j));
        if self.ix.entity[j] == NONE
            && k.chars().count() >= 5
            && ["بال", "بم", "بت"].iter().any(|p| k.starts_with(p))
            && grammar::preposition(k).is_none()
        {
            return None;
        }
        // A phrase given to someone after the speaker's apposition (قال
        // المحافظ، فلان، لإذاعة "…"، إن) names the addressee, not the
        // speaker: the subject ends there.
        // (So does an addressee cue: «زعيم تقليدي، في اتصال هاتفي مع X، السلطاتِ».)
        let r1 = (j + 1..r1)
            .find(|&i| self.opens_addressee(i) || self.cue_kind_at(i) == Some(CueKind::Addressee))
            .unwrap_or(r1);
        // «والي كسلا، اللواء فلان»: the governor (whose key reads as و +
        // إلى) and the person the title names, up to a complementizer.
        if self.is_governor(j) && !excluded(j) {
            let stop = (j + 10).min(r1);
            let mut end = j + 1;
            let mut person = None;
            let mut i = j + 1;
            while i < stop && self.kind(i) != Some(TokenKind::Quote) && !is_complementizer(self.key(i)) {
                if let Some((_, b, e)) = self.ix.mention_at(i) {
                    if self.entity_kind(e) == Some(EntityKind::Person) {
                        person = Some((e, b));
                        break;
                    }
                    end = b;
                    i = b;
                    continue;
                }
                i += 1;
            }
            let (entity, end) = match person {
                Some((e, b)) => (Some(e), b),
                None => (None, end),
            };
            let last = self.last_word_before(end, j);
            let text = (
                self.ctx.layer.tokens[j].start as usize,
                self.ctx.layer.tokens[last].end as usize,
            );
            return Some((Speaker::named(entity, text), end));
        }
        // A description that a name follows (المسؤول الأمني أحمد علي، مصدر
        // في الشرطة العقيد فلان) names its speaker: the person is taken below.
        // (Or its holder's name between commas after a longer description:
        // «مسؤول الإعلام في الدفاع المدني بمنطقة أعزاز، حسان العبدو،».)
        let named_after = |h: &Hit| {
            let stop = (h.t1 + 6).min(r1);
            (h.t1..stop).any(|i| {
                !excluded(i)
                    && self
                        .ix
                        .mention_at(i)
                        .is_some_and(|(_, _, e)| self.entity_kind(e) == Some(EntityKind::Person))
            }) || (h.t1..r1.min(h.t1 + 12))
                .find(|&i| self.is_punct(i, &["،", ","]))
                .is_some_and(|c| c + 1 < r1 && self.holder_after_comma(c).is_some())
        };
        // "البيان" (the statement) said what its author said before in one
        // (قال الجيش في بيان إن … وأضاف البيان أن …).
        if let Some(h) = self.unnamed_at[j]
            && h.article
            && self.cue_kind_at(j) == Some(CueKind::Noun)
            && let Some(author) = self.statement_author()
        {
            let text = (self.word_start(j).min(h.start), self.ctx.layer.tokens[j].end as usize);
            return Some((
                Speaker {
                    text: Some(text),
                    ..author
                },
                h.t1,
            ));
        }
        // An unnamed source.
        if let Some(h) = self.unnamed_at[j].filter(|h| !named_after(h)) {
            let end = self.unnamed_np_end(h.t1, r1, h.article);
            // "المنظمة" alone refers back to the organisation it heads the
            // name of (منظمة العفو الدولية), like any definite noun.
            if h.article
                && end == h.t1
                && let Some(e) = self.definite_anaphor(j)
            {
                let text = (self.word_start(j).min(h.start), self.ctx.layer.tokens[j].end as usize);
                return Some((Speaker::named(Some(e), text), end));
            }
            let mut affiliation = (h.t1..end)
                .filter(|&i| !excluded(i))
                .map(|i| self.ix.entity[i])
                .find(|&e| e != NONE && self.is_agent_entity(e));
            // «بيان لوزارة الداخلية»، «بلاغ للمكتب»: the body whose statement
            // it is (after a person's source word, ل names the addressee).
            if affiliation.is_none()
                && !h.article
                && self.cue_kind_at(j) == Some(CueKind::Noun)
                && self.key(h.t1).starts_with('ل')
                && let Some(e) = self.ix.entity.get(h.t1).copied().filter(|&e| e != NONE)
                && self.is_agent_entity(e)
            {
                affiliation = Some(e);
            }
            // «متحدث باسم الوزارة»، «مصدر في الوزارة»: the body a definite
            // noun refers back to.
            if affiliation.is_none()
                && let Some(k) = (h.t1..end).find(|&i| {
                    self.is_word(i)
                        && matches!(strip_conj(self.key(i.saturating_sub(1))), "باسم" | "في" | "من")
                        && strip_conj(self.key(i)).starts_with("ال")
                })
            {
                affiliation = self.definite_anaphor(k).filter(|&e| self.is_agent_entity(e));
            }
            if affiliation.is_none() && h.article {
                // "المصدر": the source named before.
                affiliation = self
                    .said
                    .iter()
                    .rev()
                    .find(|(s, _)| s.unnamed)
                    .and_then(|(s, _)| s.affiliation);
            }
            let last = self.last_word_before(end, j);
            // The words from the source noun: with its article (المصدر),
            // without a preposition glued to it (لمصادر أمنية → مصادر أمنية).
            let text = (
                if h.article {
                    self.word_start(j).min(h.start)
                } else {
                    h.start
                },
                self.ctx.layer.tokens[last].end as usize,
            );
            return Some((
                Speaker {
                    entity: None,
                    text: Some(text),
                    affiliation,
                    unnamed: true,
                },
                end,
            ));
        }
        // A definite noun no entity names, right before an organisation or a
        // place, is the subject, and the name its object: "وتتهم الحكومة
        // جماعة الحوثي بـ…" is the government's accusation (V S O).
        if self.is_word(j)
            && self.ix.entity[j] == NONE
            && strip_conj(self.key(j)).starts_with("ال")
            && !self.is_governor(j)
            && j + 1 < r1
            && !excluded(j + 1)
            && let Some((a, _, e)) = self.ix.mention_at(j + 1)
            && a == j + 1
            && matches!(self.entity_kind(e), Some(EntityKind::Organization | EntityKind::Place))
        {
            let text = (self.word_start(j), self.ctx.layer.tokens[j].end as usize);
            return Some((Speaker::named(None, text), j + 1));
        }
        // A city first in the subject speaks for its government (اتهمت
        // دمشق قسد بـ…، قالت واشنطن): it is the speaker, whatever follows.
        if !excluded(j)
            && let Some((a, b, e)) = self.ix.mention_at(j)
            && a == j
            && self.ctx.entities.get(e as usize).is_some_and(|x| {
                x.kind == EntityKind::Place && x.geo.as_ref().and_then(|g| g.feature.as_deref()) == Some("city")
            })
        {
            let end = b.min(r1);
            let last = self.last_word_before(end, j);
            let text = (self.word_start(j), self.ctx.layer.tokens[last].end as usize);
            return Some((Speaker::named(Some(e), text), end));
        }
        // Entities: a person first, else an organisation or a state, within
        // the subject's noun phrase (not in the object after it).
        let np_end = (j + 1..r1).find(|&i| self.np_breaks_at(i, j)).unwrap_or(r1);
        let mut person = None;
        let mut agent = None;
        // The organisation named before a person (المتحدث باسم X، Y).
        let mut agent_before_person = None;
        let mut i = j;
        while i < np_end {
            if !excluded(i)
                && let Some((_, b, e)) = self.ix.mention_at(i)
            {
                if self.entity_kind(e) == Some(EntityKind::Person) && person.is_none() {
                    person = Some((e, b));
                    agent_before_person = agent;
                } else if self.is_agent_entity(e) && agent.is_none() {
                    agent = Some((e, b));
                }
                i = b;
                continue;
            }
            i += 1;
        }
        // A body that opens the subject, with a person right after it and
        // nothing between (طالبت الخارجية الإثيوبية الرئيس الإريتري بـ…):
        // the body speaks, the person is its object.
        if let (Some((pe, pb)), Some((ae, ab))) = (person, agent)
            && self
                .ix
                .mention_at(j)
                .is_some_and(|(a, b, e)| a == j && b == ab && e == ae)
            && self
                .ix
                .mention_at(ab)
                .is_some_and(|(a, b, e)| a == ab && b == pb && e == pe)
        {
            person = None;
        }
        // A name in apposition right after (عضو اللجنة، فلان،) is the
        // person speaking, the words before it his description.
        if let Some((_, b)) = person
            && b + 1 < np_end
            && self.is_punct(b, &["،", ","])
            && let Some((a2, b2, e2)) = self.ix.mention_at(b + 1)
            && a2 == b + 1
            && !excluded(a2)
            && self.entity_kind(e2) == Some(EntityKind::Person)
        {
            person = Some((e2, b2));
        }
        // «أعلن المتحدث باسم الجيش، الجنرال فلان،»: an office of a body
        // whose clause ends at a comma, then its holder's name (after a rank
        // or title) between commas: the holder speaks for the body.
        // (The clause may end before an addressee: «أحد قادتها، فلان،
        // لإذاعة محلية».)
        if person.is_none()
            && self.ix.entity[j] == NONE
            && self.is_punct(np_end, &["،", ","])
            && (np_end == r1 || (j..np_end).all(|i| self.ix.entity[i] == NONE))
            && let Some((e, b)) = self.holder_after_comma(np_end)
        {
            person = Some((e, b));
            agent_before_person = agent;
        }
        // «أحد المفرج عنهم، ويدعى فلان،»، «قائد ميداني يُدعى فلان»: the
        // description's holder, named after a naming word.
        if person.is_none()
            && let Some(w) = (j + 1..(np_end + 4).min(r1)).find(|&i| self.is_naming_word(i))
            && (np_end..w).all(|i| self.ix.entity[i] == NONE)
            && let Some((a, b, e)) = self.ix.mention_at(w + 1)
            && a == w + 1
            && self.entity_kind(e) == Some(EntityKind::Person)
        {
            person = Some((e, b));
            agent_before_person = agent;
        }
        // The subject right after its verb takes no conjunction: a و there
        // is the word's own (أعلنت وزارة الصحة, not و + زارة).
        let start = self.ctx.layer.tokens[j].start as usize;
        if let Some((e, b)) = person.or(agent) {
            let end = b.min(r1);
            // A person's organisation: the other agent in the phrase, or
            // the one the entity layer recorded.
            let affiliation = if person.is_some() {
                agent_before_person
                    .map(|(a, _)| a)
                    .or_else(|| self.org_after_title(b, r1))
                    .or_else(|| self.affiliation_of(e))
            } else {
                self.parent_in_name(e)
            };
            let last = self.last_word_before(end, j);
            let text = (start, self.ctx.layer.tokens[last].end as usize);
            return Some((
                Speaker {
                    entity: Some(e),
                    text: Some(text),
                    affiliation,
                    unnamed: false,
                },
                end,
            ));
        }
        // A subject no entity names: keep its words. A phrase that opens
        // with a preposition (وأشار إلى أن، وقال في بيان) is no subject.
        // A demonstrative is the object (ووصفوا ذلك بأنه …).
        if matches!(
            strip_conj(self.key(j)),
            "الي" | "عن" | "في" | "من" | "مع" | "ذلك" | "هذا" | "هذه" | "تلك" | "هولاء"
        ) {
            return None;
        }
        // «وأعلنت مقتل اثنين من عناصرها»: a casualty noun right after the
        // verb is what it announces, not who speaks.
        // (Not one behind ب, a threat's or a charge's: وهددوا بقتل.)
        if self.ix.entity[j] == NONE
            && !strip_conj(self.key(j)).starts_with(['ب', 'ل'])
            && self.ctx.resources.events.words.casualty(self.key(j)).is_some()
        {
            return None;
        }
        let mut end = j;
        while end < r1 && end < j + 6 {
            if !self.is_word(end) || excluded(end) || self.ix.time[end] != NONE || is_relative(self.key(end)) {
                break;
            }
            // «حذرت العشيرة من أنها …»: the verb's preposition before its
            // complementizer ends the subject.
            let before_comp =
                grammar::preposition(strip_conj(self.key(end))).is_some() && is_complementizer(self.key(end + 1));
            if end > j && (self.opens_complement(end) || self.np_breaks_at(end, j) || before_comp) {
                break;
            }
            end += 1;
        }
        if end == j {
            return None;
        }
        // The phrase opens with a name the entity layer kept as a place or
        // facility (مطار X الدولي): it names the speaker.
        if let Some((a, b, e)) = self.ix.mention_at(j)
            && a == j
            && b <= end
        {
            let last = self.last_word_before(end, j);
            let text = (start, self.ctx.layer.tokens[last].end as usize);
            return Some((Speaker::named(Some(e), text), end));
        }
        let last = self.last_word_before(end, j);
        let text = (start, self.ctx.layer.tokens[last].end as usize);
        // A definite noun alone (اللجنة، الوزارة) refers back to the
        // organisation named before whose name it heads.
        let entity = if end == j + 1 { self.definite_anaphor(j) } else { None };
        let mut speaker = Speaker::named(entity, text);
        speaker.affiliation = self.ministry_of_minister(j, end);
        // «المتحدث باسمها»: the body the last speaker is (or speaks for).
        if speaker.affiliation.is_none()
            && (j..end).any(|i| matches!(strip_conj(self.key(i)), "باسمه" | "باسمها" | "باسمهم" | "باسمهما"))
        {
            speaker.affiliation = self.said.last().and_then(|(s, _)| {
                s.entity
                    .filter(|&e| self.entity_kind(e) == Some(EntityKind::Organization))
                    .or(s.affiliation)
            });
        }
        Some((speaker, end))
    }

    /// The issuer of the statement noun (بيان، تصريح) at most eight tokens
    /// before the verb at `t0`: the speaker its own quote found, else the
    /// first person, else the first body, named before it in the sentence
    /// (أصدرت عشيرة السواعد بيانا).
    fn statement_issuer(&self, t0: usize, s0: usize) -> Option<Speaker> {
        let k = (s0.max(t0.saturating_sub(8))..t0)
            .rev()
            .find(|&k| self.cue_kind_at(k) == Some(CueKind::Noun))?;
        let at = self.ctx.layer.tokens[k].start as usize;
        if let Some((s, _)) = self
            .out
            .iter()
            .zip(&self.said)
            .rev()
            .find(|(q, _)| q.cue.start <= at && at < q.cue.end.max(q.cue.start + 1))
            .map(|(_, s)| s)
            .filter(|(s, _)| s.entity.is_some())
        {
            return Some(s.clone());
        }
        let mentions = (s0..k).filter_map(|i| self.ix.mention_at(i).filter(|&(a, _, _)| a == i));
        let mut agent = None;
        for (a, b, e) in mentions {
            if self.entity_kind(e) == Some(EntityKind::Person) {
                agent = Some((a, b, e));
                break;
            }
            if agent.is_none() && self.is_agent_entity(e) {
                agent = Some((a, b, e));
            }
        }
        let (a, b, e) = agent?;
        let last = self.last_word_before(b, a);
        Some(Speaker::named(
            Some(e),
            (self.word_start(a), self.ctx.layer.tokens[last].end as usize),
        ))
    }

    /// The person named after the comma at `k`, past at most two rank or
    /// title words, when another comma (or a quotation) closes the name.
    fn holder_after_comma(&self, k: usize) -> Option<(u32, usize)> {
        let titles = &self.ctx.resources.entities.titles;
        let mut i = k + 1;
        while i < (k + 3).min(self.n()) && self.ix.entity[i] == NONE {
            let key = self.key(i);
            if !self.is_word(i) || titles.longest(key, &[]).is_none() {
                break;
            }
            i += 1;
        }
        let (a, b, e) = self.ix.mention_at(i)?;
        if a != i || self.entity_kind(e) != Some(EntityKind::Person) {
            return None;
        }
        (self.is_punct(b, &["،", ","]) || self.kind(b) == Some(TokenKind::Quote)).then_some((e, b))
    }

    /// A word that names the one just described: يُدعى (written with ى),
    /// اسمه، اسمها.
    fn is_naming_word(&self, i: usize) -> bool {
        let k = strip_conj(self.key(i));
        matches!(k, "اسمه" | "اسمها") || (k == "يدعي" && ends_in_alif_maqsura(self.ctx.layer, i))
    }

    /// «والي كسلا»: the governor, written with ي, not و + إلى (وإلى،
    /// والى), which the match key cannot tell apart.
    fn is_governor(&self, j: usize) -> bool {
        self.key(j) == "والي"
            && self
                .ctx
                .layer
                .tokens
                .get(j)
                .is_some_and(|t| self.ctx.layer.slice(t.start as usize, t.end as usize).ends_with('ي'))
    }

    /// «وزير الخزانة» (or its deputy) speaks for «وزارة الخزانة …» when the
    /// document names that ministry.
    fn ministry_of_minister(&self, j: usize, end: usize) -> Option<u32> {
        use crate::text::normalize::match_key;
        let w = (j..end.saturating_sub(1)).find(|&i| matches!(self.key(i), "وزير" | "ووزير"))?;
        let field = strip_conj(self.key(w + 1));
        let want = match_key(&format!("وزارة {field}"));
        self.ctx
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Organization && match_key(&e.name).starts_with(&want))
            .map(|p| p as u32)
    }

    /// The organisation a definite noun at `j` refers back to: the one whose
    /// name, mentioned last before `j`, has that noun as its head word
    /// (اللجنة → لجنة أطباء السودان; التحالف → التحالف بقيادة السعودية).
    fn definite_anaphor(&self, j: usize) -> Option<u32> {
        use crate::text::normalize::match_key;
        let head = match_key(strip_conj(self.key(j)).strip_prefix("ال")?);
        if head.chars().count() < 3 {
            return None;
        }
        let at = self.ctx.layer.tokens.get(j)?.start as usize;
        let mut best: Option<(usize, u32)> = None;
        for (k, e) in self.ctx.entities.iter().enumerate() {
            if e.kind != EntityKind::Organization {
                continue;
            }
            // (Its name too: «المركز الإعلامي لمحور تعز العسكري» is a
            // mention of the axis, «المحور».)
            let head_of = |t: &str| {
                let key = match_key(t).replace(['"', '\'', '«', '»', '“', '”'], "");
                let first = key.split_whitespace().next().unwrap_or("").to_string();
                first.strip_prefix("ال").map_or(first.clone(), str::to_string) == head
            };
            let named = head_of(&e.name);
            for m in &e.mentions {
                if m.end > at {
                    continue;
                }
                if (named || head_of(&m.text)) && best.is_none_or(|(s, _)| m.start > s) {
                    best = Some((m.start, k as u32));
                }
            }
        }
        best.map(|(_, k)| k)
    }

    /// The speaker of the last quote said in a statement, if it named one.
    fn statement_author(&self) -> Option<Speaker> {
        let k = self.stated.iter().rposition(|&s| s)?;
        let (sp, _) = self.said.get(k)?;
        sp.entity.is_some().then(|| sp.clone())
    }

    /// "المتحدث باسم X": an organisation right after a person's mention,
    /// joined by باسم، في or من.
    fn org_after_title(&self, b: usize, r1: usize) -> Option<u32> {
        let mut j = b;
        let mut joined = false;
        while j < r1.min(b + 4) {
            if self.kind(j) == Some(TokenKind::Quote) {
                j += 1;
                continue;
            }
            if let Some((_, _, e)) = self.ix.mention_at(j) {
                return (joined && self.entity_kind(e) == Some(EntityKind::Organization)).then_some(e);
            }
            if !matches!(strip_conj(self.key(j)), "باسم" | "في" | "من" | "عن") {
                return None;
            }
            joined = true;
            j += 1;
        }
        None
    }

    /// An office speaking for an organisation its name contains
    /// (المركز الإعلامي لـ”قسد” speaks for قسد).
    fn parent_in_name(&self, e: u32) -> Option<u32> {
        use crate::text::normalize::match_key;
        let ent = self.ctx.entities.get(e as usize)?;
        let clean = |t: &str| match_key(t).replace(['"', '\''], "");
        let mut names: Vec<String> = ent.mentions.iter().map(|m| clean(&m.text)).collect();
        names.sort();
        names.dedup();
        self.ctx.entities.iter().enumerate().find_map(|(k, other)| {
            if k == e as usize || other.kind != EntityKind::Organization {
                return None;
            }
            let inside = other.mentions.iter().any(|m| {
                let alias = clean(&m.text);
                names.iter().any(|n| {
                    n.len() > alias.len()
                        && n.strip_suffix(alias.as_str()).is_some_and(|head| {
                            head.ends_with(' ') || head.ends_with(" ل") || head.ends_with(" ب") || head.ends_with("ل")
                        })
                })
            });
            inside.then_some(k as u32)
        })
    }

    fn affiliation_of(&self, e: u32) -> Option<u32> {
        let id = self.ctx.entities.get(e as usize)?.attributes.affiliation.as_deref()?;
        self.ctx.entities.iter().position(|x| x.id == id).map(|p| p as u32)
    }

    /// Start of the word at token `j` after its conjunction (وقال → قال).
    fn word_start(&self, j: usize) -> usize {
        let t = &self.ctx.layer.tokens[j];
        let k = self.key(j);
        // A name that starts the token keeps its first letter (وزارة is no
        // و + زارة).
        let lead = if self.ix.mention_start.get(j) == Some(&crate::event::index::AT_START) {
            0
        } else if t.kind == TokenKind::Arabic {
            k.chars().count() - strip_conj(k).chars().count()
        } else {
            0
        };
        t.start as usize + lead
    }

    /// The last word or closing mark token before `end` and not before `from`.
    fn last_word_before(&self, end: usize, from: usize) -> usize {
        let mut k = end.saturating_sub(1).max(from);
        while k > from && !self.is_word(k) {
            k -= 1;
        }
        k
    }

    /// The subject after the word that opens the sentence, when that word
    /// may be a verb reporting nothing itself (وحمّل الاتحاد …، معتبرا أن;
    /// من جانبه، دان الناطق …، فلان، العملية ووصفها بأنها): a reporting
    /// phrase later in the clause goes on with it. Past a fronted phrase set
    /// off by a comma (من جانبه، في المقابل).
    fn opening_verb_subject(&self, t0: usize, s0: usize) -> Option<Speaker> {
        let mut v = s0;
        if let Some(c) = (s0..(s0 + 4).min(t0)).find(|&j| self.is_punct(j, &["،", ","]))
            && (s0..c).all(|j| self.ix.mention_at(j).is_none())
        {
            v = c + 1;
        }
        while v < t0 && !self.is_word(v) {
            v += 1;
        }
        let key = strip_conj(self.key(v));
        if v + 1 >= t0
            || self.kind(v) != Some(TokenKind::Arabic)
            || self.ix.mention_at(v).is_some()
            // (A cue that opens the sentence with words of its own has its
            // speaker among the quotes already; one with only an object,
            // «ونفى الوزير الاتهامات»، is read here.)
            || (self.cue_at[v] != NONE && self.said_at(v))
            || key.starts_with("ال")
            || grammar::preposition(key).is_some()
            || grammar::is_particle(key)
            || is_complementizer(key)
            || is_relative(key)
        {
            return None;
        }
        let (s, _) = self.subject(v + 1, t0, None)?;
        s.entity.filter(|&e| self.is_agent_entity(e)).map(|_| s)
    }

    /// The person whose stated role the words name: the same words
    /// (محافظ ذي قار), or a definite head alone (المحافظ، المتحدث) or a
    /// prefix (المتحدث باسم) of the role. The last one named before `at`,
    /// else the first after it; with `body`, the body the speaker speaks
    /// for, one whose role names more must be of that body.
    fn person_by_role(&self, words: &str, at: usize, body: Option<u32>) -> Option<u32> {
        use crate::text::normalize::match_key;
        let bare = |t: &str| -> Vec<String> {
            match_key(t)
                .split_whitespace()
                .map(|w| {
                    let w = strip_conj(w);
                    w.strip_prefix("ال").unwrap_or(w).to_string()
                })
                .collect()
        };
        let said = bare(words);
        if said.is_empty() || said.len() > 6 {
            return None;
        }
        let mut before: Option<(usize, u32)> = None;
        let mut after: Option<(usize, u32)> = None;
        for (k, e) in self.ctx.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            let Some(role) = e.attributes.role.as_deref() else {
                continue;
            };
            let role = bare(role);
            if role.len() < said.len() || role[..said.len()] != said[..] {
                continue;
            }
            // «المتحدث باسم قيادة الجيش» is not the one the text made
            // «المتحدث باسم الجماعة»: a role naming more than the words
            // said must name the body the speaker speaks for.
            if let Some(b) = body
                && role.len() > said.len()
                && e.attributes.affiliation.as_deref() != self.ctx.entities.get(b as usize).map(|x| x.id.as_str())
            {
                continue;
            }
            for m in &e.mentions {
                if m.start < at {
                    if before.is_none_or(|(s, _)| m.start > s) {
                        before = Some((m.start, k as u32));
                    }
                } else if after.is_none_or(|(s, _)| m.start < s) {
                    after = Some((m.start, k as u32));
                }
            }
        }
        before.or(after).map(|(_, k)| k)
    }

    /// The last earlier speaker described by words that begin with `words`
    /// (المتحدث ← المتحدث باسم سلاح الجو; نائب المحافظ ← نائب المحافظ،
    /// فلان) and that named someone. The words must be definite: an
    /// indefinite description (مسؤول، مصدر) is someone new.
    fn speaker_by_words(&self, words: &str) -> Option<Speaker> {
        use crate::text::normalize::match_key;
        let bare = |t: &str| -> Vec<String> {
            match_key(t)
                .replace(['،', ',', '"', '«', '»'], " ")
                .split_whitespace()
                .map(|w| strip_conj(w).to_string())
                .collect()
        };
        let said = bare(words);
        if said.is_empty() || said.len() > 4 || !said.iter().any(|w| w.starts_with("ال") && w.chars().count() > 4) {
            return None;
        }
        self.said.iter().rev().find_map(|(s, _)| {
            let (a, b) = s.text?;
            if s.entity.is_none() && s.affiliation.is_none() {
                return None;
            }
            let before = bare(self.ctx.layer.slice(a, b));
            (before.len() > said.len() && before[..said.len()] == said[..]).then(|| s.clone())
        })
    }

    /// Whether a quote was already made with its cue at token `v`.
    fn said_at(&self, v: usize) -> bool {
        let Some(t) = self.ctx.layer.tokens.get(v) else {
            return false;
        };
        let (a, b) = (t.start as usize, t.end as usize);
        self.out.iter().any(|q| q.cue.start < b && a < q.cue.end)
    }

    /// The speaker of the last quote, if it was said in the last three sentences.
    fn previous_speaker(&self, sent: usize) -> Option<Speaker> {
        let (s, at) = self.said.last()?;
        (sent >= *at && sent - at <= 3).then(|| s.clone())
    }

    /// SVO: an entity right before the verb (skipping قد، كان and closing marks).
    fn subject_before(&self, t0: usize, s0: usize) -> Option<Speaker> {
        let mut j = t0;
        // «…، ومكتب أمين المظالم، الذي أعلن»: a relative clause's verb
        // has the name it describes as its subject.
        let mut relative = false;
        while j > s0 {
            j -= 1;
            // (Past tense only: «التي تطالب المجتمع الدولي بـ» describes
            // what the body keeps asking, no statement.)
            let verb = strip_conj(self.key(t0));
            let present = verb.starts_with('ي') || (verb.starts_with('ت') && !verb.ends_with('ت'))
                // (Nor what it said again and again: «التي حذرت مرارا من».)
                || matches!(self.key(t0 + 1), "مرارا" | "دائما" | "دوما" | "كثيرا" | "سابقا" | "مرارا وتكرارا");
            if !relative && !present && j + 1 == t0 && matches!(self.key(j), "الذي" | "التي" | "الذين") {
                relative = true;
                continue;
            }
            if relative && j + 2 == t0 && self.is_punct(j, &["،", ","]) {
                continue;
            }
            match self.kind(j) {
                Some(TokenKind::Quote) => continue,
                Some(TokenKind::Arabic) if matches!(strip_conj(self.key(j)), "قد" | "كان" | "كانت" | "كانوا") =>
                {
                    continue;
                }
                _ => {}
            }
            let Some((a, _, e)) = self.ix.mention_at(j) else {
                // "وكان المرصد قد أفاد": a definite noun that refers back.
                let e = self.definite_anaphor(j)?;
                let opens = j == s0 || matches!(strip_conj(self.key(j - 1)), "كان" | "كانت" | "لكن");
                if !opens || t0 != j + 1 && !(j + 1..t0).all(|i| strip_conj(self.key(i)) == "قد") {
                    return None;
                }
                return Some(Speaker::named(
                    Some(e),
                    (self.word_start(j), self.ctx.layer.tokens[j].end as usize),
                ));
            };
            // «وكانت نجامينا قد هددت»: a capital in the frame كان X قد
            // speaks for its government.
            let framed = a > s0
                && matches!(strip_conj(self.key(a - 1)), "كان" | "كانت")
                && (j + 1..t0).all(|i| strip_conj(self.key(i)) == "قد")
                && t0 > j + 1
                && self.ctx.entities.get(e as usize).is_some_and(|x| {
                    x.kind == EntityKind::Place && x.geo.as_ref().and_then(|g| g.feature.as_deref()) == Some("city")
                });
            if !self.is_agent_entity(e) && !framed {
                return None;
            }
            let start = self.word_start(a);
            let end = self.ctx.layer.tokens[j].end as usize;
            return Some(Speaker::named(Some(e), (start, end)));
        }
        None
    }

    /// The two commas around a phrase right before the verb at `t0` (past
    /// قد): «…، فلان، قال»، «فلان، المتحدث باسم X، أوضح». The first is at
    /// most `reach` tokens before the second.
    fn commas_before_verb(&self, t0: usize, s0: usize, reach: usize) -> Option<(usize, usize)> {
        let mut v = t0;
        while v > s0 && self.is_word(v - 1) && strip_conj(self.key(v - 1)) == "قد" {
            v -= 1;
        }
        if v <= s0 + 1 || !self.is_punct(v - 1, &["،", ","]) {
            return None;
        }
        let c2 = v - 1;
        let c1 = (c2.saturating_sub(reach).max(s0)..c2)
            .rev()
            .find(|&i| self.is_punct(i, &["،", ","]))?;
        Some((c1, c2))
    }

    /// SVO with the title after the name: «العقيد فلان، المتحدث باسم
    /// الشرطة، أوضح أن». The phrase between the commas is definite or
    /// names an organisation, holds no person, and the person before it
    /// opens its clause.
    fn name_then_title_before(&self, t0: usize, s0: usize) -> Option<Speaker> {
        let (c1, c2) = self.commas_before_verb(t0, s0, 9)?;
        if c1 + 1 == c2 || c1 == s0 {
            return None;
        }
        let phrase = c1 + 1..c2;
        if !phrase
            .clone()
            .all(|i| self.is_word(i) || self.kind(i) == Some(TokenKind::Quote))
        {
            return None;
        }
        let entity_in = |kind: EntityKind| {
            phrase
                .clone()
                .map(|i| self.ix.entity[i])
                .find(|&e| e != NONE && self.entity_kind(e) == Some(kind))
        };
        let definite = strip_conj(self.key(c1 + 1)).starts_with("ال");
        let org = entity_in(EntityKind::Organization);
        if entity_in(EntityKind::Person).is_some() || !(definite || org.is_some()) {
            return None;
        }
        let (a, _, person) = self.ix.mention_at(c1 - 1)?;
        if self.entity_kind(person) != Some(EntityKind::Person) {
            return None;
        }
        // The name, with a title word or two before it, opens the clause.
        let o = self.title_start(a, s0, 2, true);
        if !self.opens_clause(o, s0) || grammar::preposition(self.key(o)).is_some() {
            return None;
        }
        let last = self.last_word_before(c2, c1 + 1);
        Some(Speaker {
            entity: Some(person),
            text: Some((self.word_start(o), self.ctx.layer.tokens[last].end as usize)),
            affiliation: org.or_else(|| self.affiliation_of(person)),
            unnamed: false,
        })
    }

    /// Where a title before token `end` starts: back over at most `max`
    /// words (not over a name, with `stop_at_names`) to a clause opener or
    /// a cue.
    fn title_start(&self, end: usize, s0: usize, max: usize, stop_at_names: bool) -> usize {
        let mut o = end;
        while o > s0
            && self.is_word(o - 1)
            && end - o < max
            && !(stop_at_names && self.ix.entity[o - 1] != NONE)
            && !is_clause_opener(self.key(o - 1))
            && !self.is_stop_cue(o - 1)
        {
            o -= 1;
        }
        o
    }

    /// Token `o` opens a clause: the sentence's start, or after an opener
    /// word or a comma.
    fn opens_clause(&self, o: usize, s0: usize) -> bool {
        o == s0 || is_clause_opener(self.key(o - 1)) || self.is_punct(o - 1, &["،", ",", "."])
    }

    /// SVO with an appositive name: "لكن قائد الشرطة، فلان، حذّر من أن"،
    /// "وكان آمر الكتيبة، فلان، قد قال إن". The name between two commas
    /// must hold a person; the title before it opens its clause.
    fn appositive_before(&self, t0: usize, s0: usize) -> Option<Speaker> {
        let (c1, c2) = self.commas_before_verb(t0, s0, 6)?;
        if !(c1 + 1..c2).all(|i| self.is_word(i) || self.kind(i) == Some(TokenKind::Quote)) || c1 + 1 == c2 {
            return None;
        }
        let (person, _) = (c1 + 1..c2).find_map(|i| {
            self.ix
                .mention_at(i)
                .filter(|&(_, _, e)| self.entity_kind(e) == Some(EntityKind::Person))
                .map(|(_, b, e)| (e, b))
        })?;
        // The title: up to six words back to the clause opener.
        let o = self.title_start(c1, s0, 6, false);
        if o == c1 || !self.opens_clause(o, s0) || grammar::preposition(self.key(o)).is_some() {
            return None;
        }
        let affiliation = (o..c1)
            .map(|i| self.ix.entity[i])
            .find(|&e| e != NONE && self.entity_kind(e) == Some(EntityKind::Organization))
            .or_else(|| self.affiliation_of(person));
        let last = self.last_word_before(c2, c1 + 1);
        // After لكن or كان the title has no conjunction of its own (وزير).
        let start = if o > s0 && self.is_word(o - 1) {
            self.ctx.layer.tokens[o].start as usize
        } else {
            self.word_start(o)
        };
        Some(Speaker {
            entity: Some(person),
            text: Some((start, self.ctx.layer.tokens[last].end as usize)),
            affiliation,
            unnamed: false,
        })
    }

    /// The verb's complement opens at `j`: دعا المجلس إلى …، طالب
    /// المحتجون بالإفراج …، قال المتحدث للصحفيين.
    fn opens_complement(&self, j: usize) -> bool {
        j < self.n() && self.is_word(j) && {
            let k = self.key(j);
            matches!(strip_conj(k), "الي" | "عن") || k.starts_with("بال") || k.starts_with("لل")
        }
    }

    /// SVO with an unnamed source: "لكن مسؤولا محليا رجح …"، "ومصادر
    /// أمنية قالت …". The source phrase must run right up to the verb and
    /// open its clause (sentence start, punctuation, و, or لكن، أن، بينما …).
    fn unnamed_before(&self, t0: usize, s0: usize) -> Option<Speaker> {
        // "وكان مصدر قد قال": قد stands between the source and its verb.
        let mut v = t0;
        while v > s0 && self.is_word(v - 1) && strip_conj(self.key(v - 1)) == "قد" {
            v -= 1;
        }
        let lo = v.saturating_sub(8).max(s0);
        let j = (lo..v).rev().find(|&j| self.unnamed_at[j].is_some())?;
        let h = self.unnamed_at[j]?;
        if self.unnamed_np_end(h.t1, v, h.article) != v {
            return None;
        }
        let t0 = v;
        let toks = &self.ctx.layer.tokens;
        let lead = toks.get(j).map_or("", |t| {
            self.ctx.layer.slice(t.start as usize, h.start.max(t.start as usize))
        });
        let conj_only = crate::text::normalize::match_key(lead)
            .chars()
            .all(|c| matches!(c, 'و' | 'ف'));
        if !conj_only {
            return None;
        }
        let opens = j == s0
            || !lead.is_empty()
            || (!self.is_word(j - 1) && self.kind(j - 1) != Some(TokenKind::Quote))
            || matches!(
                strip_conj(self.key(j - 1)),
                "لكن" | "ان" | "بينما" | "فيما" | "حيث" | "اذ" | "كما" | "ثم" | "كان" | "كانت" | "كانوا"
            );
        if !opens {
            return None;
        }
        let affiliation = (h.t1..t0)
            .map(|i| self.ix.entity[i])
            .find(|&e| e != NONE && self.is_agent_entity(e));
        let last = self.last_word_before(t0, j);
        let start = if h.article {
            self.word_start(j).min(h.start)
        } else {
            h.start
        };
        Some(Speaker {
            entity: None,
            text: Some((start, toks[last].end as usize)),
            affiliation,
            unnamed: true,
        })
    }

    /// True when the verb at `t0` heads its clause: وقال، فأضاف, or after
    /// a comma, كما, ثم or at the start of the sentence.
    fn heads_clause(&self, hit: &Hit, s0: usize) -> bool {
        if hit.prefixed {
            return true;
        }
        let mut j = hit.t0;
        while j > s0 {
            j -= 1;
            if self.kind(j) == Some(TokenKind::Quote) {
                continue;
            }
            return self.is_punct(j, &["،", ",", "؛", ";", ":", "-", "ـ"])
                || matches!(
                    strip_conj(self.key(j)),
                    "كما" | "ثم" | "بدوره" | "بدورها" | "قد" | "و" | "ف"
                );
        }
        true
    }

    /// The end (exclusive) of content starting at `from`: the sentence end,
    /// or the next cue; a quotation is kept whole even past the sentence end.
    fn content_end(&self, from: usize, s1: usize) -> usize {
        let mut j = from;
        let mut end = s1;
        while j < end {
            if self.kind(j) == Some(TokenKind::Quote)
                && let Some(p) = self.ix.pair_opening_at(j)
            {
                let close = p.close.unwrap_or_else(|| self.paragraph_end(p.open).saturating_sub(1));
                if close + 1 > end {
                    end = (close + 1).min(self.n());
                }
                j = close + 1;
                continue;
            }
            if j > from && self.is_stop_cue(j) && !(j == from + 1 && self.described_as(j)) {
                // «إن الوضع هادئ، لكنه أعلن …»: the word opening the next
                // cue's clause is not said (أن stays: «قبل أن يعلن» is
                // another matter).
                let mut e = j;
                while e > from + 1 && self.is_word(e - 1) && {
                    let k = self.key(e - 1);
                    (is_clause_opener(k) && !is_complementizer(k)) || strip_conj(k).starts_with("لكن")
                } {
                    e -= 1;
                }
                return e;
            }
            j += 1;
        }
        end.min(self.n())
    }

    /// Trims punctuation and quotation marks from both ends of `[a, b)`;
    /// `keep_open` keeps a leading quotation mark out of the trim.
    fn trim(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        a = self.past_dateline(a, b);
        while a < b && !self.is_word(a) {
            a += 1;
        }
        while b > a && !self.is_word(b - 1) {
            b -= 1;
        }
        (a < b).then_some((a, b))
    }

    /// Past a dateline at `a` ("الحسكة - "، "عدن (اليمن) - "): place names,
    /// a parenthesis, then a dash within the first six tokens of a line.
    fn past_dateline(&self, a: usize, b: usize) -> usize {
        let toks = &self.ctx.layer.tokens;
        if !toks.get(a).is_some_and(|t| t.newline_before || a == 0) {
            return a;
        }
        let mut j = a;
        while j < b && j < a + 6 {
            let k = self.key(j);
            if self.kind(j) == Some(TokenKind::Punct) && matches!(k, "-" | "–" | "—") {
                return if j > a { j + 1 } else { a };
            }
            if matches!(k, "(" | ")") {
                j += 1;
                continue;
            }
            match self.ix.mention_at(j) {
                Some((_, end, e)) if matches!(self.entity_kind(e), Some(EntityKind::Place)) => j = end.max(j + 1),
                _ => return a,
            }
        }
        a
    }

    /// Quotations of content inside `[a, b)`.
    fn quoted_inside(&self, a: usize, b: usize) -> Vec<QuotePair> {
        self.ix
            .quotes
            .iter()
            .filter(|p| p.open >= a && p.close.is_some_and(|c| c < b) && self.words_inside(**p) >= 3)
            .copied()
            .collect()
    }

    /// The end of the clause after `from`: a comma, a full stop, a
    /// complementizer, or another cue.
    fn clause_end(&self, from: usize, s1: usize) -> usize {
        let mut j = from;
        while j < s1 {
            if self.is_punct(j, &["،", ",", "؛", ";", ".", "!", "?", "؟", ":"]) || (j > from && self.is_stop_cue(j))
            {
                break;
            }
            j += 1;
        }
        j
    }

    /// The content tokens `[a, b)` an opener starts, with its kind.
    fn content_from(&self, o: Opener, s1: usize) -> Option<(usize, usize, QuoteKind)> {
        match o {
            Opener::Quote(p) => {
                let close = p.close.unwrap_or_else(|| self.paragraph_end(p.open));
                let (a, b) = self.trim(p.open + 1, close)?;
                Some((a, b, QuoteKind::Direct))
            }
            Opener::Comp(j) | Opener::Colon(j) => {
                let from = if matches!(o, Opener::Comp(_)) { j } else { j + 1 };
                let end = self.content_end(j + 1, s1);
                let (a, b) = self.trim(from, end)?;
                // After the complementizer (or colon), one quotation to the end: direct.
                let mut q = j + 1;
                while q < b && self.kind(q) == Some(TokenKind::Punct) {
                    q += 1;
                }
                if let Some(p) = self.ix.pair_opening_at(q)
                    && let Some(c) = p.close
                    && c + 1 >= b
                    && (c + 1..end).all(|k| !self.is_word(k))
                    && self.words_inside(p) >= 1
                {
                    let (ia, ib) = self.trim(p.open + 1, c)?;
                    return Some((ia, ib, QuoteKind::Direct));
                }
                let base = if matches!(o, Opener::Colon(_)) {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Indirect
                };
                Some((a, b, self.kind_of(a, b, base)))
            }
        }
    }

    /// Mixed when quoted stretches of three words or more stand inside
    /// reported content; else `base` (a colon with no quotation marks is
    /// still reported words: indirect).
    fn kind_of(&self, a: usize, b: usize, base: QuoteKind) -> QuoteKind {
        if !self.quoted_inside(a, b + 1).is_empty() {
            QuoteKind::Mixed
        } else if base == QuoteKind::Direct {
            QuoteKind::Indirect
        } else {
            base
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        hit: &Hit,
        cue: &Cue,
        speaker: Speaker,
        content: (usize, usize),
        kind: QuoteKind,
        addressee: Option<u32>,
        sent: usize,
    ) {
        let layer = self.ctx.layer;
        let toks = &layer.tokens;
        let (a, b) = content;
        if a >= b || b > toks.len() {
            return;
        }
        let (cs, ce) = (toks[a].start as usize, toks[b - 1].end as usize);
        // One quote per stretch of words.
        if self.out.iter().any(|q| cs < q.content.end && q.content.start < ce) {
            return;
        }
        let id_of = |e: Option<u32>| e.and_then(|e| self.ctx.entities.get(e as usize)).map(|x| x.id.clone());
        // «محافظ ذي قار»، «المتحدث»: a title with no name is the person the
        // text gives that role.
        let mut speaker = speaker;
        if speaker.entity.is_none()
            && let Some((s0, s1)) = speaker.text
            && let Some(p) = self.person_by_role(layer.slice(s0, s1), hit.start, speaker.affiliation)
        {
            speaker.entity = Some(p);
            speaker.unnamed = false;
        }
        // «ونفى المتحدث»، «وقالت القوة»: a description with nothing named in
        // it is the speaker an earlier quote described with those words.
        if speaker.entity.is_none()
            && speaker.affiliation.is_none()
            && let Some((s0, s1)) = speaker.text
            && let Some(earlier) = self.speaker_by_words(layer.slice(s0, s1))
        {
            speaker.entity = earlier.entity;
            speaker.affiliation = earlier.affiliation;
            speaker.unnamed = earlier.unnamed;
        }
        let quote = Quote {
            id: format!("S{}", self.out.len() + 1),
            speaker: id_of(speaker.entity),
            speaker_text: speaker.text.map(|(s, e)| layer.slice(s, e).to_string()),
            affiliation: id_of(speaker.affiliation),
            cue: layer.span(hit.start, hit.end),
            kind,
            stance: cue.stance.as_str().to_string(),
            content: layer.span(cs, ce),
            addressee: id_of(addressee).filter(|a| Some(a) != id_of(speaker.entity).as_ref()),
            described_by: speaker
                .text
                .filter(|_| speaker.entity.is_none() && speaker.affiliation.is_none() && !speaker.unnamed),
        };
        // A speaker that opens the last quote's words in this sentence
        // (قال مسؤول إن الخاطفين طالبوا …) is reported speech: the one
        // who goes on speaking (وأوضح أن …) is still the reporter.
        let nested = match (self.out.last(), self.said.last(), speaker.text) {
            (Some(q), Some((_, at)), Some((s, _))) => *at == sent && q.content.start <= s && s <= q.content.start + 4,
            _ => false,
        };
        self.out.push(quote);
        if !nested {
            self.said.push((speaker, sent));
        }
        // Said in a statement: a statement noun between the cue and the words.
        // (Or one that is the subject: «وأفاد بلاغ للمكتب بأن».)
        let stated = cue.kind == CueKind::Verb
            && (hit.t1..a.min(hit.t1 + 15))
                .any(|i| self.statement_pp(i).is_some() || self.cue_kind_at(i) == Some(CueKind::Noun));
        self.stated.push(stated);
    }

    fn verb(&mut self, hit: Hit, cue: &Cue, s0: usize, s1: usize, sent: usize) {
        // A verb is never written with the article (القول، الرفض are nouns).
        if hit.article {
            return;
        }
        let mut opener = self.find_opener(hit.t1, s1);
        let mut region_end = match opener {
            Some(Opener::Comp(j) | Opener::Colon(j)) => j,
            Some(Opener::Quote(p)) => p.open,
            None => self.clause_end(hit.t1, s1),
        };
        // A subject is a phrase, not a paragraph: at most 14 words and 3
        // commas between the verb and its content; further off, the opener
        // belongs to something else and the verb's content is its object.
        // Words inside parentheses (an agency's initials: (واس)) do not count.
        // Nor does an aside asking for anonymity, up to its comma (طلب عدم
        // نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام،).
        let mut depth = 0usize;
        let mut aside = false;
        let words = (hit.t1..region_end)
            .filter(|&j| {
                if self.is_punct(j, &["("]) {
                    depth += 1;
                } else if self.is_punct(j, &[")"]) {
                    depth = depth.saturating_sub(1);
                } else if self.is_punct(j, &["،", ","]) {
                    // (An occasion between commas is an aside too: «،
                    // في تسجيل صوتي نُشر على منصات التواصل،».)
                    aside = self.statement_pp(j + 1).is_some();
                } else if strip_conj(self.key(j + 1)) == "عدم"
                    && (j + 2..(j + 5).min(region_end)).any(|k| {
                        let k = self.key(k);
                        k.starts_with("اسم") || k.starts_with("هويت")
                    })
                {
                    aside = true;
                }
                depth == 0 && !aside && self.is_word(j)
            })
            .count();
        let commas = (hit.t1..region_end).filter(|&j| self.is_punct(j, &["،", ","])).count();
        // A cue spelt like a preposition (بيّن / بين) must be followed
        // closely by its complementizer.
        if grammar::preposition(self.key(hit.t0)).is_some() && (words > 3 || !matches!(opener, Some(Opener::Comp(_)))) {
            return;
        }
        if words > 14 || commas > 3 {
            opener = None;
            region_end = self.clause_end(hit.t1, s1);
        }
        let addressee = self.addressee(hit.t1, region_end);
        // A relaying verb (نقلت وسائل إعلام عن مصدر عسكري قوله إن): the one
        // after عن said it; the channel before عن only passed it on.
        let lex = &self.ctx.resources.quotes;
        let relayed = if lex.relay_verbs.contains(&cue.lemma) {
            (hit.t1..region_end)
                .find(|&j| self.is_word(j) && strip_conj(self.key(j)) == "عن")
                .and_then(|k| {
                    let end = (k + 1..region_end)
                        .find(|&j| lex.relay_closers.contains(self.key(j)))
                        .unwrap_or(region_end);
                    self.subject(k + 1, end, addressee)
                })
        } else {
            None
        };
        // «وقال لـ«المدن»:»، «قال للصحفيين»: right after the verb, ل opens
        // the addressee; the speaker is named before.
        let lam = {
            let j = self.skip_head(hit.t1, region_end);
            let k = self.key(j);
            j < region_end
                && self.kind(j) == Some(TokenKind::Arabic)
                && (self.opens_addressee(j)
                    || (k.starts_with("لل") && k.chars().count() > 4)
                    || (k.starts_with('ل') && (self.mention_starts_inside(j) || self.unnamed_at[j].is_some())))
        };
        // «ناشطين انتقدوا الرئيس»: a verb in the plural has its subject
        // before it or in itself; the name after it is its object, no
        // speaker.
        let plural = hit.t1 == hit.t0 + 1 && grammar::is_plural_verb(self.key(hit.t0));
        let mut subject = relayed.or_else(|| {
            if lam {
                None
            } else {
                self.subject(hit.t1, region_end, addressee)
                    .filter(|(sp, _)| !plural || sp.entity.is_none())
                    .filter(|(sp, _)| !self.disagrees(&hit, cue, sp))
            }
        });
        // «رحبت المنظمة بالخطوة، لكنها دعت بيروت إلى …»: the pronoun on لكن
        // is the subject, so the name after the verb is its object; the
        // speaker is found before, as for a verb heading its clause.
        let but_pronoun = hit.t0 > 0 && grammar::is_but_with_pronoun(self.key(hit.t0 - 1));
        if but_pronoun {
            subject = None;
        }
        let suffixed = self.holds_object(&hit);
        // «واتهمت الشرطة بإطلاق الغاز»: the one charged, right before the
        // charge in ب, is the accusation's object (unless the verb holds
        // it: اتهمته الشرطة بـ); the speaker is named before.
        if cue.stance == Stance::Accuse
            // (Not a condemnation, whose ب phrase is its content: نددت
            // النقابة بإيقاف الصحفي.)
            && !cue.bi_object
            && !suffixed
            && subject.as_ref().is_some_and(|(sp, end)| {
                let j = self.skip_head(hit.t1, region_end);
                match self.ix.mention_at(j) {
                    // (A name: the word right after it.)
                    Some((a, b, e)) if a == j && sp.entity == Some(e) => self.charge_word(b),
                    Some(_) => false,
                    // (An unnamed subject's phrase may have run on over the
                    // charge: «الشرطة بإطلاق الغاز».)
                    // (Only a definite word right before it: not بلدية in
                    // «رئيس بلدية».)
                    None if sp.entity.is_none() => (j + 1..(*end).min(j + 4))
                        .take_while(|&i| self.ix.entity[i] == NONE && !self.is_punct(i, &["،", ","]))
                        .any(|i| self.charge_word(i) && strip_conj(self.key(i - 1)).starts_with("ال")),
                    None => false,
                }
            })
        {
            subject = None;
        }
        // «أصدرت العشيرة بيانا طالبت فيه»، «وفق بيان لمكتبه، أكد فيه»: in
        // it, the statement's issuer speaks.
        let fihi = self.skip_head(hit.t1, region_end);
        let mut in_statement = false;
        if fihi < region_end
            && matches!(self.key(fihi), "فيه" | "فيها" | "فيهما")
            && let Some(issuer) = self.statement_issuer(hit.t0, s0)
        {
            subject = Some((issuer, fihi + 1));
            in_statement = true;
        }
        // «دان فلان ما وصفه بـ"…"»: what the one before described; the
        // verb's pronoun is its object, its subject the clause's.
        if !in_statement
            && suffixed
            && hit.t0 > s0
            && strip_conj(self.key(hit.t0 - 1)) == "ما"
            // (ما وصفه بـ: what the verb says it is follows with ب; «وفق ما
            // أعلنته الوزارة» names its speaker after it.)
            && self.key(self.skip_head(hit.t1, s1)).starts_with('ب')
            && let Some((a, b, e)) = (s0..hit.t0 - 1)
                .rev()
                .filter_map(|j| self.ix.mention_at(j))
                .find(|&(_, _, e)| self.is_agent_entity(e))
        {
            let text = (self.word_start(a), self.ctx.layer.tokens[b - 1].end as usize);
            let mut who = Speaker::named(Some(e), text);
            who.affiliation = self.affiliation_of(e);
            subject = Some((who, hit.t1));
            in_statement = true;
        }
        let before = || {
            self.subject_before(hit.t0, s0)
                .or_else(|| self.unnamed_before(hit.t0, s0))
        };
        // Words after the verb that name no one are its object when a
        // subject stands before it (لكن مسؤولا رجح وقوف التنظيم وراءه).
        let mut said_before = None;
        // A name deeper in is no subject either when one stands before the
        // verb (… رجح وقوف خلايا التنظيم وراءه: التنظيم is in the object).
        let head = self.skip_head(hit.t1, region_end);
        let off_head = |s: &Speaker| {
            s.entity
                .is_some_and(|e| !self.ix.mention_at(head).is_some_and(|(a, _, m)| m == e && a == head))
        };
        if !in_statement
            && subject
                .as_ref()
                .is_some_and(|(s, _)| (s.entity.is_none() && !s.unnamed) || off_head(s))
            && let Some(b) = before()
        {
            subject = None;
            said_before = Some(b);
        }
        // A verbal noun read as the subject of an announcement or a denial
        // is what was announced or denied (نفت استخدام الرصاص الحي): the
        // speaker is the one the verb's pronoun or its sentence's first
        // verb points to.
        if said_before.is_none()
            && matches!(cue.stance, Stance::Announce | Stance::Deny)
            && subject.as_ref().is_some_and(|(s, _)| s.entity.is_none() && !s.unnamed)
            && self.masdar_object(head, region_end)
            && let Some(b) = self
                .appositive_before(hit.t0, s0)
                .or_else(|| self.opening_verb_subject(hit.t0, s0))
                .or_else(|| self.previous_speaker(sent))
        {
            subject = None;
            said_before = Some(b);
        }
        let speaker = match (said_before, &subject) {
            (Some(b), _) => b,
            (None, Some((s, _))) => s.clone(),
            (None, None) => match before()
                .or_else(|| self.appositive_before(hit.t0, s0))
                .or_else(|| self.name_then_title_before(hit.t0, s0))
            {
                Some(s) => s,
                None if but_pronoun || self.heads_clause(&hit, s0) => match self
                    .opening_verb_subject(hit.t0, s0)
                    .or_else(|| self.previous_speaker(sent))
                {
                    Some(s) => s,
                    None => return,
                },
                // (Words said to an addressee are a quote even when the
                // speaker is not found.)
                None if lam => Speaker {
                    entity: None,
                    text: None,
                    affiliation: None,
                    unnamed: false,
                },
                None => return,
            },
        };
        let (a, b, kind) = match opener {
            Some(o) => match self.content_from(o, s1) {
                Some(c) => c,
                None => return,
            },
            None => {
                // A noun phrase as content: announcing, denying, accusing,
                // claiming (تبنى الهجوم), expecting (رجح وقوف التنظيم وراءه،
                // توقع ارتفاع الحصيلة), demanding (طالب بالإفراج عن …), or
                // pointing to something (أشار إلى، كشف عن).
                // "لم تعلن قسد حصيلة نهائية": a negated verb with no clause
                // reports that nothing was said.
                if hit.t0 > 0 && self.is_word(hit.t0 - 1) && matches!(strip_conj(self.key(hit.t0 - 1)), "لم" | "لن")
                {
                    return;
                }
                let after_subject = subject.as_ref().map_or(hit.t1, |(_, e)| *e);
                let mut c0 = self.skip_head(after_subject, s1);
                // "طالب المجلس، الذي يسيطر على عدن، الحكومة بـ…": the
                // relative clause describes the subject.
                // So does an aside opening with a pronoun (تبنت «X»، وهي
                // تحالف لفصائل مسلحة، الهجوم).
                if c0 > after_subject
                    && (is_relative(self.key(c0)) || matches!(self.key(c0), "وهي" | "وهو" | "وهم" | "وهما" | "وهن"))
                    && let Some(comma) = (c0..s1.min(c0 + 16)).find(|&j| self.is_punct(j, &["،", ","]))
                {
                    c0 = self.skip_head(comma + 1, s1);
                }
                // An abbreviation in brackets after the speaker's name
                // (دانت بعثة الاتحاد الأفريقي (أتميس) الهجوم) is part of it.
                if let Some(open) = (after_subject..s1.min(after_subject + 4))
                    .take_while(|&j| self.is_word(j) || self.key(j) == "(")
                    .find(|&j| self.key(j) == "(")
                    && let Some(close) = (open..s1.min(open + 8)).find(|&j| self.key(j) == ")")
                {
                    c0 = self.skip_head(close + 1, s1);
                }
                // Where the named speaker is (دانت المؤسسة الوطنية لحقوق
                // الإنسان في ليبيا ما …) is no part of what it said.
                if subject.as_ref().is_some_and(|(s, _)| s.entity.is_some())
                    && strip_conj(self.key(c0)) == "في"
                    && let Some((a, b, e)) = self.ix.mention_at(c0 + 1)
                    && a == c0 + 1
                    && self.entity_kind(e) == Some(EntityKind::Place)
                {
                    c0 = self.skip_head(b, s1);
                }
                // Expecting and demanding take a noun phrase only from a
                // subject that is named, an unnamed source, or a phrase that
                // ends where the complement opens (طالب المحتجون بالإفراج):
                // six words of anything (تطالب المجتمع الدولي بمساعدتها على
                // بناء …) are no subject.
                // A named subject must stand right after the verb: further
                // in, a name is the object (طالبوا فيها باستمرار الضغوط على
                // الحكومة …). A plain phrase is at most two words.
                if matches!(cue.stance, Stance::Expect | Stance::Demand)
                    && let Some((s, end)) = &subject
                {
                    let head = self.skip_head(hit.t1, *end);
                    // After a relative pronoun the verb's subject is the
                    // antecedent (الجهة التي تطالب المجتمع الدولي بـ…).
                    let after_relative = hit.t0 > 0 && is_relative(self.key(hit.t0 - 1));
                    let ok = if in_statement {
                        true
                    } else if s.entity.is_none() && !s.unnamed {
                        // (Or a one-word object between: «طالبت اللجنة
                        // الحكومة بتعويض …».)
                        let object_then_bi = self.is_word(*end) && self.opens_bi_object(*end + 1);
                        !after_relative
                            && (self.opens_complement(*end) || self.opens_bi_object(*end) || object_then_bi)
                            && (head..*end).filter(|&j| self.is_word(j)).count() <= 2
                            && grammar::preposition(self.key(head)).is_none()
                            && !is_pronoun_complement(self.key(head))
                    } else if s.unnamed {
                        true
                    } else {
                        // The name itself opens the subject; a title before
                        // a person cannot be told from a subject before an
                        // object (طالب آلاف المتظاهرين … رئيس الوزراء X بـ…).
                        self.ix
                            .mention_at(head)
                            .is_some_and(|(a, _, e)| a == head && Some(e) == s.entity)
                    };
                    if !ok {
                        return;
                    }
                }
                // "نفت الوزارة في بيان نقلته وكالة X استهداف …": the
                // statement PP is neither speaker nor content; the content
                // is the verbal noun after it.
                if let Some(after) = self.statement_pp(c0) {
                    let stop = (after..s1.min(after + 10))
                        .find(|&i| self.is_punct(i, &["،", ",", "؛", ";"]) || self.is_terminal(i))
                        .unwrap_or(s1.min(after + 10));
                    c0 = (after..stop)
                        .find(|&i| {
                            self.kind(i) == Some(TokenKind::Arabic) && {
                                let k = strip_conj(self.key(i));
                                is_derived_masdar(k.strip_prefix("ال").unwrap_or(k))
                            }
                        })
                        .unwrap_or_else(|| self.skip_head(after, s1));
                }
                let pointer = matches!(strip_conj(self.key(c0)), "الي" | "عن");
                if !(pointer
                    || self.opens_bi_object(c0)
                    || matches!(
                        cue.stance,
                        Stance::Announce
                            | Stance::Deny
                            | Stance::Accuse
                            | Stance::Claim
                            | Stance::Expect
                            | Stance::Demand
                    ))
                {
                    return;
                }
                let c0 = if pointer { c0 + 1 } else { c0 };
                let end = self.content_end(c0, s1);
                match self.trim(c0, end) {
                    Some((a, b)) if (a..b).filter(|&j| self.is_word(j)).count() >= 2 => {
                        (a, b, self.kind_of(a, b, QuoteKind::Indirect))
                    }
                    _ => return,
                }
            }
        };
        self.emit(&hit, cue, speaker, (a, b), kind, addressee.map(|x| x.0), sent);
    }

    /// مشيرا إلى أن، مضيفا أن: the speaker of the verb its clause hangs on
    /// (طالبت الوزارة …، مؤكدة أن), else the last speaker goes on.
    /// A guarded participle is one after a comma with its complement
    /// right after it: a demand's إلى or بـ phrase after its object
    /// (…، داعية الأطراف إلى، مطالبة السلطات بالإفراج), another's opener
    /// (…، مضيفة أن); not an apposition (الشيخ أحمد، داعية إسلامي، …).
    fn guard_holds(&self, hit: &Hit, cue: &Cue, s1: usize) -> bool {
        let comma = hit.t0 > 0 && !hit.prefixed && self.is_punct(hit.t0 - 1, &["،", ","]);
        // A cue with a word it needs has it within six after it (حمّل
        // الحكومة مسؤولية), a word of carrying otherwise (حمّل الأمتعة); a
        // participle so guarded follows a comma too.
        if let Some(w) = cue.needs.as_deref() {
            let near = (hit.t1..s1.min(hit.t1 + 7)).any(|j| {
                let k = strip_conj(self.key(j));
                k.strip_prefix("ال").unwrap_or(k).starts_with(w)
            });
            return near && (cue.kind == CueKind::Verb || comma);
        }
        if !comma {
            return false;
        }
        if cue.stance == Stance::Demand {
            for j in hit.t1..s1.min(hit.t1 + 5) {
                if self.kind(j) != Some(TokenKind::Arabic) {
                    return false;
                }
                let k = strip_conj(self.key(j));
                if is_complementizer(k) {
                    return false;
                }
                if k == "الي" || (k.starts_with('ب') && k.chars().count() >= 4) {
                    return true;
                }
            }
            return false;
        }
        (hit.t1..s1.min(hit.t1 + 2)).any(|j| {
            self.kind(j) == Some(TokenKind::Quote)
                || self.kind(j) == Some(TokenKind::Arabic) && is_complementizer(strip_conj(self.key(j)))
        })
    }

    fn participle(&mut self, hit: Hit, cue: &Cue, s0: usize, s1: usize, sent: usize) {
        let Some(speaker) = self
            .main_verb_speaker(hit.t0, s0, s1)
            .or_else(|| self.opening_verb_subject(hit.t0, s0))
            .or_else(|| self.previous_speaker(sent))
        else {
            return;
        };
        let (a, b, kind) = match self.find_opener(hit.t1, s1) {
            Some(o) => match self.content_from(o, s1) {
                Some(c) => c,
                None => return,
            },
            None => {
                let mut c0 = hit.t1;
                if matches!(strip_conj(self.key(c0)), "الي" | "عن") {
                    c0 += 1;
                }
                let end = self.content_end(c0, s1);
                match self.trim(c0, end) {
                    Some((a, b)) if (a..b).filter(|&j| self.is_word(j)).count() >= 3 => {
                        (a, b, self.kind_of(a, b, QuoteKind::Indirect))
                    }
                    _ => return,
                }
            }
        };
        self.emit(&hit, cue, speaker, (a, b), kind, None, sent);
    }

    /// The subject of the reporting verb before `t0` in its sentence when
    /// that verb made no quote (its quote would be the last one, whose
    /// speaker goes on anyway).
    fn main_verb_speaker(&mut self, t0: usize, s0: usize, s1: usize) -> Option<Speaker> {
        let v = (s0..t0).rev().find(|&i| self.cue_kind_at(i) == Some(CueKind::Verb))?;
        let (vh, vcue) = self.cues[self.cue_at[v] as usize].clone();
        // A quote already made in this sentence is the one the participle
        // goes on with (نفت العائلة رواية الجيش، مؤكدة …); a verb with an
        // object pronoun is a relative clause's (في بيان نقلته وكالة …).
        let sent_start = self.ctx.layer.tokens.get(s0).map_or(0, |t| t.start as usize);
        if vh.article || vh.suffixed || self.out.iter().any(|q| q.cue.start >= sent_start) {
            return None;
        }
        let keep = self.bi_object;
        self.bi_object = vcue.bi_object;
        let r1 = self.clause_end(vh.t1, s1).min(t0);
        let addressee = self.addressee(vh.t1, r1);
        let found = self
            .subject(vh.t1, r1, addressee)
            .map(|(s, _)| s)
            .or_else(|| self.subject_before(vh.t0, s0))
            .or_else(|| self.unnamed_before(vh.t0, s0));
        self.bi_object = keep;
        found
    }

    /// بحسب X، وفق ما تقوله X، نقلا عن X: X said the clause before (or,
    /// at the head of the sentence, the one after).
    fn according(&mut self, hit: Hit, cue: &Cue, s0: usize, s1: usize, sent: usize) {
        // The source phrase: over "ما" and a reporting verb (وفق ما تقوله X،
        // حسبما أفادت به X).
        let mut r0 = hit.t1;
        while r0 < s1
            && (matches!(self.key(r0), "ما" | "لما" | "به" | "عنه" | "عنها" | "عنهم")
                || matches!(self.cue_kind_at(r0), Some(CueKind::Verb)))
        {
            r0 = match self.cue_kind_at(r0) {
                Some(_) => self.cues[self.cue_at[r0] as usize].0.t1.max(r0 + 1),
                None => r0 + 1,
            };
        }
        let r1 = self.clause_end(r0, s1);
        let Some((speaker, np_end)) = self.subject(r0, r1, None) else {
            return;
        };
        // "According to" attributes only to a source: an entity or an
        // unnamed source (مصادر، تقرير، وكالة …). وفق القانون، حسب الخطة
        // attribute nothing.
        if speaker.entity.is_none() && !speaker.unnamed {
            return;
        }
        // The clause before, if it has words; else the one after.
        let before = self
            .trim(s0, hit.t0)
            .filter(|(a, b)| (*a..*b).filter(|&j| self.is_word(j)).count() >= 3);
        let mut addressee = None;
        let (a, b) = match before {
            Some(r) => r,
            None => {
                let mut c0 = np_end.max(r1);
                // The source's own verb and addressee before a comma
                // (بحسب مصادر تحدثت لـ"X"، فإن …) are part of the source.
                if matches!(self.cue_kind_at(c0), Some(CueKind::Verb))
                    && let Some(comma) = (c0 + 1..(c0 + 9).min(s1)).find(|&j| self.is_punct(j, &["،", ","]))
                {
                    addressee = self.addressee(r0, comma).map(|x| x.0);
                    c0 = comma + 1;
                }
                let end = self.content_end(c0, s1);
                match self.trim(c0, end) {
                    Some(r) if (r.0..r.1).filter(|&j| self.is_word(j)).count() >= 3 => r,
                    _ => return,
                }
            }
        };
        let kind = self.kind_of(a, b, QuoteKind::Indirect);
        self.emit(&hit, cue, speaker, (a, b), kind, addressee, sent);
    }

    /// على حد تعبيره: closes a quote; alone, it attributes the clause before
    /// to the last speaker.
    fn post(&mut self, hit: Hit, cue: &Cue, s0: usize, sent: usize) {
        if self.said.last().is_some_and(|(_, s)| *s == sent) {
            return;
        }
        let Some(speaker) = self.previous_speaker(sent) else {
            return;
        };
        let Some((a, b)) = self.trim(s0, hit.t0) else { return };
        let kind = self.kind_of(a, b, QuoteKind::Indirect);
        self.emit(&hit, cue, speaker, (a, b), kind, None, sent);
    }
}

/// The shape of a verbal noun of a derived verb form, on a match key
/// without the article: استفعال (استهداف)، افتعال (اعتقال، اضطراب)،
/// انفعال (انسحاب)، إفعال (إضراب، إطلاق)، تفعيل (تحويل)، تفاعل (تبادل).
fn is_derived_masdar(k: &str) -> bool {
    let c: Vec<char> = k.chars().collect();
    match c.len() {
        7 => k.starts_with("است") && c[5] == 'ا',
        6 => c[0] == 'ا' && (matches!(c[2], 'ت' | 'ط' | 'د') || c[1] == 'ن') && c[4] == 'ا',
        5 => (c[0] == 'ا' && c[3] == 'ا') || (c[0] == 'ت' && (c[3] == 'ي' || c[2] == 'ا')),
        _ => false,
    }
}

/// A preposition with a pronoun suffix (إليها، عليه، منهم): "التي دعا
/// إليها …" has no subject there.
fn is_pronoun_complement(key: &str) -> bool {
    let k = strip_conj(key);
    ["الي", "علي", "عن", "من", "في", "مع", "ل", "ب"].iter().any(|p| {
        k.strip_prefix(p)
            .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن" | "نا"))
    })
}
