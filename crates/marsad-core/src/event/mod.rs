//! Events: who did what to whom, where, when, how many — and how sure the
//! text is that it happened.
//!
//! 1. **Triggers** from the lexicon (`data/events/triggers.tsv`: verbs,
//!    verbal nouns, multiword phrases, each with its PLOVER type and mode,
//!    CAMEO code and ACLED types) are found at clitic-aware word boundaries.
//! 2. **Arguments** come from the sentence's shape, read off the entity
//!    layer's mentions: the subject after a verb (VSO) or before it; the
//!    subject of a light verb (شنّ X هجوما، فرض X حظر التجول، قام X بـ);
//!    "بين X و Y" (both sides act); "على/ضد/بحق Y" and a direct object (the
//!    target); "من قبل X"، "على يد X" (the actor of a passive); a passive
//!    trigger's subject (اغتيل X، ألقي القبض على X) is its target; "N unit
//!    من X" and "X التابع لـ Y" stand for X and Y. Counts attach by their
//!    words: a count next to a death word is `dead`, next to an injury word
//!    `injured`, and the people arrested, surrendering or protesting are
//!    `size` (updated by "ارتفع العدد إلى N").
//! 3. **Where and when**: every place and date in a sentence goes to the
//!    trigger nearest it; an event takes the most specific place it owns,
//!    else the country of a state force taking part, else any place in the
//!    sentence, else the dateline or the article's dominant place (a
//!    fallback the confidence marks); its own date, else the sentence's.
//!    A duration in its clause is its `duration` (لمدة سبعة أيام → P7D).
//! 4. **Factuality** from cues next to the trigger (`factuality.tsv`: محاولة،
//!    أحبط، خطط، هدد، لم …), conditionals and questions (hypothetical), and
//!    the stance of a quote it is reported in (نفى → denied).
//! 5. **One event per real-world event**: in a sentence, mentions of one
//!    type merge unless their own places, dates or sides conflict; casualty
//!    words (مقتل، إصابة) join the attack they result from; a definite
//!    anaphoric noun (`coref_nouns.tsv`: الهجوم، هجومه، العملية) joins the
//!    most recent compatible event before it. Merged events count their
//!    `mentions` and keep each mention's sentence as `evidence`. Events
//!    inside a quote carry it as `source`.
//! 6. **Confidence** says how surely the text *reports* the event here: a
//!    predicate (a verb, a light verb, an occurrence verb), casualty
//!    figures, its own actor, target, place and date raise it; an event
//!    named only in passing (ذكرى اغتيال، منذ تفجيرات، قضية خطف), a kind of
//!    event (هجمات، اغتيالات) or one the text only refers back to lowers it.
//!    Such mentions with nothing particular make no record at all. The
//!    confidence is a logistic model over named signals (predicated,
//!    counted, recalled — dated over a year before publication —, recent,
//!    fallback place, in a quote, after a preposition …) whose weights are
//!    data (`data/events/confidence.tsv`), fitted on the Arabic event GSR's
//!    development part by `scripts/fit_event_confidence.py` from the
//!    signals `marsad eval gsr --signals FILE` writes. From
//!    [`MIN_CONFIDENCE`] (0.25) an event counts as detected.

mod args;
mod groups;

/// How many tokens from a killing word a disaster or accident word may
/// stand to make it no violence (مقتل 5 أشخاص في حادث سير).
const NONVIOLENT_WINDOW: usize = 8;
/// How many words may stand between a verb and its separated complement
/// (a subject and an adverb: أطلقت طائرة بدون طيار أمس صواريخ).
const SPLIT_GAP: usize = 8;

/// From this confidence on an event counts as detected (`marsad eval gsr`'s
/// default operating point): the threshold with the best mean F1 of ASSAULT
/// and PROTEST in 5-fold cross-validation by article on the GSR's
/// development part (scripts/fit_event_confidence.py). The confidence is a
/// probability that an analyst codes the sentence as reporting the event,
/// and the GSR's analysts code background and commentary as "no", so the
/// best point is low. Lower ones stay in the record for the user to weigh.
pub const MIN_CONFIDENCE: f64 = 0.25;

/// An event dated more than this many days before publication is recalled
/// background. A year: analysts still code last season's events an
/// article recounts with particulars; the GSR's annotators did not code
/// assassinations of years before.
const RECALLED_AFTER_DAYS: i64 = 365;

/// An event dated at most this many days before publication is news of
/// the day (أمس، السبت الماضي).
const RECENT_DAYS: i64 = 7;

/// A sentence longer than this many characters: commentary and background
/// run long, reports of the day short.
const LONG_SENTENCE: usize = 250;

/// The last day a TIMEX3 date value covers: 2005 → 2005-12-31, 2005-02 →
/// 2005-02-28, 2005-02-14 → itself; None for anything else (weeks,
/// seasons, PRESENT_REF …).
fn latest_day(value: &str) -> Option<chrono::NaiveDate> {
    use chrono::NaiveDate;
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok().filter(|_| s.bytes().all(|b| b.is_ascii_digit()));
    match parts.as_slice() {
        [y] if y.len() == 4 => NaiveDate::from_ymd_opt(num(y)? as i32, 12, 31),
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)? as i32, num(m)?);
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            };
            next?.pred_opt()
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?)
        }
        _ => None,
    }
}
pub mod grammar;
pub mod index;
pub mod lexicon;
pub mod phrase;
pub mod score;
#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;

pub use index::{Context, Index};
pub use lexicon::{EventSources, Factuality, Pos, Trigger, TriggerLexicon, Voice};

use crate::doc::{Entity, EntityKind, Event, Quote, Range};
use crate::text::TokenKind;
use grammar::Casualty;
use index::{NONE, is_agent, is_date, is_place};
use phrase::Hit;

/// All events of a document, in text order of their first mention, and
/// the unnamed groups they made sides of (see `groups.rs`): entities to add
/// to the document's, with ids after its last.
pub fn extract(ctx: &Context, quotes: &[Quote]) -> (Vec<Event>, Vec<Entity>) {
    let ix = Index::new(ctx);
    extract_with(ctx, &ix, quotes)
}

/// [`extract`] with a prepared index.
pub fn extract_with(ctx: &Context, ix: &Index, quotes: &[Quote]) -> (Vec<Event>, Vec<Entity>) {
    if ctx.resources.events.trigger_set.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut ev = Extractor::new(ctx, ix, quotes);
    ev.find_mentions();
    ev.read_mentions();
    ev.cluster();
    ev.merge_elaborations();
    ev.merge_protest_demands();
    ev.merge_accusations();
    let events = ev.events();
    (events, ev.groups)
}

/// One mention of an event: a trigger, or an anaphoric noun (العملية).
#[derive(Debug, Clone)]
struct Mention {
    t0: usize,
    t1: usize,
    start: usize,
    end: usize,
    /// Trigger reading; `None` for an anaphoric noun that is no trigger.
    trigger: Option<u32>,
    /// PLOVER type; `None`: an anaphor of any type.
    kind: Option<String>,
    sent: usize,
    casualty: Option<Casualty>,
    anaphoric: bool,
    /// Part of speech as used here: a verb form after a preposition
    /// (بقتل، في قتل) is its verbal noun.
    pos: Pos,
    /// An imperfect verb (يقتلون، يطلقون): habitual, ongoing or to come.
    imperfect: bool,
    /// The future: سـ or سوف before the verb.
    future: bool,
    /// Given rather than new: a definite noun (الهجوم على السجن، استعصاء
    /// سجن الصناعة) or a verb in a relative clause (الذين ألقي القبض عليهم).
    /// It joins an earlier event it shares a place or a side with.
    given: bool,
    /// The text predicates it: a verb, a light verb (شنّ هجوما، قام بقتل),
    /// an occurrence verb (وقع الهجوم، أسفر التفجير عن).
    predicated: bool,
    /// Refers back to an event known before: الهجوم، هذا الهجوم، هجومه،
    /// a verb in a relative clause (not a construct like اغتيال الوزير,
    /// which may well be new).
    refers: bool,
    /// Named only in passing: "ذكرى اغتيال"، "منذ تفجيرات"، "قضية اغتيال".
    referential: bool,
    /// Another event than the one its sentence speaks of: هجوم مماثل،
    /// هجوم آخر.
    aside: bool,
    /// A plural noun for a kind of event (هجمات، اغتيالات).
    generic: bool,
    /// The trigger carries a pronoun suffix (هجومه): its owner is the actor.
    suffixed: bool,
    /// Where the predicate starts: the trigger, or the light verb carrying it.
    pred0: usize,
    fact: Factuality,
    actors: Vec<u32>,
    /// Actors that started it (not both sides of a clash).
    initiators: Vec<u32>,
    targets: Vec<u32>,
    /// A target noun naming the attackers (المهاجمين).
    attacker_target: bool,
    /// An unnamed thing it struck (نقطة تفتيش، ثكنة عسكرية): its token
    /// range, the target of an attack that names none.
    struck: Option<(usize, usize)>,
    /// The unnamed people or bodies it accuses (اتهم «جهات سياسية» بـ…):
    /// their token range, its target when it names none.
    accused: Option<(usize, usize)>,
    /// The two sides named unnamed after بين (بين قبيلتين متناحرتين،
    /// بين مجموعتين من المنقبين): their token range, its first actor (a
    /// state read from a place around them is none).
    sides: Option<(usize, usize)>,
    /// Its object is "the two sides" (الطرفين، الجانبين).
    both_sides: bool,
    /// The protest it broke up (فرّقت الشرطة اعتصاما): the mention's index.
    dispersed: Option<usize>,
    /// An act someone is charged with (بتهمة تفجير): the token of the
    /// charge; its actors are the accused named before it, whatever the
    /// sentence says else.
    charged: Option<usize>,
    place: Option<u32>,
    time: Option<u32>,
    /// The date to compare with other mentions: its own, else its sentence's.
    ctime: Option<u32>,
    /// Written with the article (الهجوم، للهجوم).
    article: bool,
    duration: Option<String>,
    dead: Option<f64>,
    injured: Option<f64>,
    size: Option<f64>,
    /// The count its size was read from.
    size_q: Option<u32>,
    /// The count its dead or injured were read from (قتل ثلاثة مدنيين).
    victims_q: Option<u32>,
    /// Its one dead or injured is implied by a pronoun or a word before a
    /// verb (مقتله، أن عسكريا أصيب), not a figure or a counted noun: weaker
    /// evidence that the event is reported news.
    implied_count: bool,
    /// Quote whose content holds the trigger.
    quote: Option<usize>,
    /// The object of a preposition (في الهجوم، بالهجوم، على اغتيال).
    after_prep: bool,
    /// A noun after a content word: the complement of a head noun or the
    /// object of a verb that is no trigger (سياسة الاغتيالات، يبرر القتل).
    after_word: bool,
    /// A relative clause follows (الهجوم الذي …): described, not reported.
    relative_after: bool,
    /// The token of a verb trigger's complement standing apart from it
    /// (أطلقت الطائرات صواريخ): the subject is before it, the objects after.
    complement: Option<usize>,
    /// A drone or missile shot down or intercepted (`downed_mentions`):
    /// foiled, unless denied or otherwise unreal.
    downed: bool,
    /// A bomb defused (`defused_mentions`): foiled, its defusers no side.
    defused: bool,
    /// Governed by a verb of starting a fight (بادر بإطلاق النار، بدأوا
    /// الاشتباك): who fired first.
    started: bool,
}

/// Events being assembled.
#[derive(Debug, Clone)]
struct Cluster {
    mentions: Vec<usize>,
    /// The mention that gives type, mode, codes and trigger.
    main: usize,
    kind: String,
    actors: Vec<u32>,
    initiators: Vec<u32>,
    targets: Vec<u32>,
    place: Option<u32>,
    time: Option<u32>,
    ctime: Option<u32>,
    last_token: usize,
}

struct Extractor<'c, 'a, 't> {
    ctx: &'c Context<'a, 't>,
    ix: &'c Index,
    lex: &'a TriggerLexicon,
    quotes: &'c [Quote],
    mentions: Vec<Mention>,
    /// Per token: the mention whose trigger covers it, or NONE.
    mention_at: Vec<u32>,
    clusters: Vec<Cluster>,
    /// Factuality cue hits with their cue, in text order.
    fact_hits: Vec<(Hit, u32)>,
    /// Per time expression: it dates a report, not an event (`frame_date`).
    frames: Vec<bool>,
    /// Per token: inside an occasion of speech the quote lexicon lists (a
    /// statement noun: بيان، مؤتمر صحفي; an interview: في تصريح، في مقابلة).
    occasion: Vec<bool>,
    /// The text writes a final ى as ي (فى): a final ي tells no passive.
    ya_for_alif: bool,
    /// Unnamed groups made sides of events (`groups.rs`).
    groups: Vec<Entity>,
}

impl<'c, 'a, 't> Extractor<'c, 'a, 't> {
    fn new(ctx: &'c Context<'a, 't>, ix: &'c Index, quotes: &'c [Quote]) -> Self {
        let mut ex = Extractor {
            ctx,
            ix,
            lex: &ctx.resources.events,
            quotes,
            mentions: Vec::new(),
            mention_at: vec![NONE; ctx.layer.tokens.len()],
            clusters: Vec::new(),
            fact_hits: {
                let set = &ctx.resources.events.factuality_set;
                set.find(ctx.layer)
                    .into_iter()
                    .flat_map(|h| set.entries(h.pattern).iter().map(move |&e| (h, e)))
                    .collect()
            },
            ya_for_alif: ctx.layer.text.contains(" فى "),
            groups: Vec::new(),
            frames: Vec::new(),
            occasion: Vec::new(),
        };
        // (Only a document with quotes needs it: see `said_where`.)
        if !quotes.is_empty() {
            let lex = &ctx.resources.quotes;
            let mut occasion = vec![false; ctx.layer.tokens.len()];
            for h in lex.cue_set.find(ctx.layer) {
                let spoken = lex.cue_set.entries(h.pattern).iter().any(|&e| {
                    lex.cues.get(e as usize).is_some_and(|c| {
                        matches!(c.kind, crate::quote::CueKind::Noun | crate::quote::CueKind::Addressee)
                    })
                });
                if spoken {
                    for t in occasion.iter_mut().take(h.t1).skip(h.t0) {
                        *t = true;
                    }
                }
            }
            ex.occasion = occasion;
        }
        // A date in a report's frame, between its cue and its content
        // (أفاد مصدر أمني، اليوم السبت، بمقتل …), or in the attribution
        // after its content (… بحسب ما أفادت به مصادر طبية اليوم الأربعاء).
        ex.frames = ctx
            .times
            .iter()
            .map(|t| {
                quotes
                    .iter()
                    .any(|q| q.cue.start <= t.start && t.end <= q.content.start)
                    || ex.in_attribution(ctx.layer.token_from(t.start))
            })
            .collect();
        ex
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

    /// Whether token `t` names what a seizure took: a thing seized (أسلحة،
    /// كميات) or a count of things (أربع بنادق، مليون حبة). A count of
    /// people is a warrant's (مذكرتا ضبط وإحضار بحق متهمَين اثنين).
    fn seized_at(&self, t: usize) -> bool {
        let words = &self.lex.words;
        match self.ix.quantity[t] {
            NONE => words.is_seized_thing(self.key(t)),
            q => self.ctx.quantities.get(q as usize).is_some_and(|q| {
                q.unit
                    .as_deref()
                    .is_none_or(|u| words.is_seized_thing(u) || words.is_non_person_unit(u))
            }),
        }
    }

    fn is_clause_break(&self, i: usize) -> bool {
        self.is_punct(i, &["،", ",", "؛", ";", ".", "!", "?", "؟", ":", "…", "(", ")"])
    }

    fn entity(&self, e: u32) -> Option<&'a Entity> {
        self.ctx.entities.get(e as usize)
    }

    fn is_agent(&self, e: u32) -> bool {
        self.entity(e).is_some_and(is_agent)
    }

    /// «عدم الكشف عن هويته»، «عدم ذكر اسمه»، «الكشف عن اسمه» (after رفض)
    /// right after `t`.
    fn anonymity_after(&self, t: usize) -> bool {
        matches!(
            grammar::strip_conj(self.key(t)),
            "عدم" | "الكشف" | "كشف" | "ذكر" | "الافصاح" | "الاعلان"
        ) && (t + 1..(t + 5).min(self.ctx.layer.tokens.len())).any(|j| {
            matches!(
                self.key(j),
                "اسمه" | "اسمها" | "اسمهم" | "اسميهما" | "هويته" | "هويتها" | "هويتهم" | "هويتهما"
            )
        })
    }

    /// A verbal noun that a demand earlier in its sentence asks for (بفتح
    /// تحقيق، إلى فتح تحقيق).
    fn demanded(&self, m: &Mention) -> bool {
        let key = self.key(m.t0);
        let asked = key.starts_with('ب') || (m.t0 > 0 && grammar::preposition(self.key(m.t0 - 1)) == Some("إلى"));
        // طالب بإقالة المدير وفتح تحقيق: a noun joined to what was asked.
        let joined = key.starts_with('و') && m.pos != Pos::Verb;
        self.sentence_mentions(m.sent).iter().any(|o| {
            o.t1 <= m.t0
                && o.kind.as_deref() == Some("REQUEST")
                && (asked || (joined && m.t0 - o.t1 <= 8 && (o.t1..m.t0).all(|t| !self.is_clause_break(t))))
        })
    }

    /// The organisation a person speaks for, from any quote of theirs
    /// that names it.
    fn body_of(&self, e: u32) -> Option<u32> {
        let x = self.entity(e)?;
        if x.kind != EntityKind::Person {
            return None;
        }
        self.quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(x.id.as_str()))
            .find_map(|q| q.affiliation.as_deref())
            .and_then(|id| self.agent_by_id(id))
            .filter(|&b| b != e)
    }

    /// The agent entity (person, organisation, state) with record id `id`.
    fn agent_by_id(&self, id: &str) -> Option<u32> {
        self.ctx
            .entities
            .iter()
            .position(|e| e.id == id)
            .map(|p| p as u32)
            .filter(|&e| self.is_agent(e))
    }

    /// An unnamed collective actor (المتظاهرون، مسلحون مجهولون): a side,
    /// but nothing that makes a mention particular.
    fn is_unnamed_group(&self, e: u32) -> bool {
        self.category(e).is_some_and(|c| {
            matches!(
                c,
                "protesters" | "rioters" | "unidentified_armed_group" | "settlers" | "notables"
            )
        })
    }

    /// The actor category of an entity's reference (state_military,
    /// armed_group, protesters …).
    fn category(&self, e: u32) -> Option<&str> {
        self.entity(e)
            .and_then(|x| x.reference.as_ref())
            .and_then(|r| r.category.as_deref())
    }

    fn is_org_or_person(&self, e: u32) -> bool {
        self.entity(e)
            .is_some_and(|x| matches!(x.kind, EntityKind::Organization | EntityKind::Person))
    }

    fn trigger(&self, m: &Mention) -> Option<&'a Trigger> {
        m.trigger.and_then(|t| self.lex.triggers.get(t as usize))
    }

    // ---- 1. mentions -------------------------------------------------

    fn find_mentions(&mut self) {
        let ms = self.candidate_mentions();
        for m in ms {
            self.push_mention(m);
        }
        self.mentions.sort_by_key(|m| m.t0);
        // What an agreement agrees on (اتفاق وقف إطلاق النار، اتفاق
        // الانسحاب) is its content, not a second event.
        let agreed: Vec<bool> = (0..self.mentions.len())
            .map(|k| {
                k > 0 && {
                    let (a, b) = (&self.mentions[k - 1], &self.mentions[k]);
                    a.kind.as_deref() == Some("AGREE")
                        && a.pos != Pos::Verb
                        && b.kind.as_deref() != Some("AGREE")
                        && b.trigger.is_some()
                        && {
                            // (اتفاق على «وقف فوري لإطلاق النار»، اتفاق بشأن الانسحاب)
                            let n = self.next_word(a.t1);
                            n == b.t0
                                || (matches!(self.key(n), "علي" | "بشان" | "حول") && self.next_word(n + 1) == b.t0)
                        }
                }
            })
            .collect();
        // ضربات: an event only as a light verb's object (نفذت القوات ضربات),
        // before or after it (في ضربة شنتها القوات الأمريكية).
        let bare: Vec<bool> = (0..self.mentions.len())
            .map(|k| {
                let m = &self.mentions[k];
                let carried_after = || {
                    let next = self.next_word(m.t1);
                    next < self.ctx.layer.tokens.len() && self.lex.words.is_organizer_verb(self.key(next), false)
                };
                self.trigger(m).is_some_and(|t| t.light_only)
                    && self.light_verb_before(m.t0).is_none()
                    && !carried_after()
            })
            .collect();
        let mut keep = agreed.iter().zip(&bare).map(|(a, b)| !a && !b);
        self.mentions.retain(|_| keep.next().unwrap_or(true));
        self.mention_at.iter_mut().for_each(|x| *x = NONE);
        for (k, m) in self.mentions.iter().enumerate() {
            for t in m.t0..m.t1 {
                self.mention_at[t] = k as u32;
            }
        }
    }

    /// The kind of event a closure word (أغلق، إغلاق، غلق) reports, if
    /// any. «أغلقت السلطات معبر يارينيي»، «غلق المعبر»: an authority
    /// closes a crossing, a border, schools (COERCE); a place closed as a
    /// pronoun on the verb stands before it (معبر رأس جدير … وقد أغلقته
    /// السلطات). «أغلق شبان غاضبون الطريق»، «أغلق التجار متاجرهم»: protesters
    /// or the people who protest close roads and their own shops (PROTEST).
    /// In a strike's sentence the shops closed are the strike's, told
    /// already; a road closed by no one named is no event.
    fn closure_reading(&self, h: &Hit, pos: Pos) -> Option<&'static str> {
        let words = &self.lex.words;
        let n = self.ctx.layer.tokens.len();
        let (s0, s1) = self.ix.sentence_of(h.t0).unwrap_or((h.t0, h.t1));
        let after: Vec<usize> = (h.t1..(h.t1 + 6).min(n))
            .take_while(|&t| !self.is_clause_break(t))
            .filter(|&t| self.is_word(t) && self.ix.time[t] == NONE)
            .take(4)
            .collect();
        let object = pos == Pos::Verb && grammar::PRONOUN_SUFFIXES.iter().any(|x| self.key(h.t0).ends_with(x));
        let closed = after.iter().any(|&t| words.is_closed_place(self.key(t)))
            || object && (h.t0.saturating_sub(8).max(s0)..h.t0).any(|t| words.is_closed_place(self.key(t)));
        let shut = after.iter().any(|&t| words.is_shut_thing(self.key(t)));
        let protesters =
            (h.t0.saturating_sub(3).max(s0)..(h.t1 + 3).min(s1)).any(|t| words.is_protest_closer(self.key(t)));
        if (s0..s1).any(|t| words.is_strike_word(self.key(t))) {
            None
        } else if protesters && (closed || shut) {
            Some("PROTEST")
        } else if closed {
            Some("COERCE")
        } else {
            None
        }
    }

    /// Trigger mentions, then anaphoric nouns that are no trigger.
    fn candidate_mentions(&self) -> Vec<Mention> {
        let layer = self.ctx.layer;
        let lex = self.lex;
        let coref = lex.coref_set.find(layer);
        let definite = |h: &Hit| -> bool {
            h.article
                || h.suffixed
                || (h.t0 > 0 && matches!(self.key(h.t0 - 1), "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين"))
                || self.construct_definite(h.t1)
        };
        let in_sentence = |t: usize| self.ix.sentence.get(t).is_some_and(|&s| s != NONE);
        let skipped = |t: usize| self.ix.skipped.get(t).copied().unwrap_or(true);
        let mut out = Vec::new();
        let mut covered = vec![false; layer.tokens.len()];
        // Disasters, accidents, illness: where they stand, killing words
        // report no violence.
        let nonviolent: Vec<usize> = lex.nonviolent_set.find(layer).iter().map(|h| h.t0).collect();
        let beside_nonviolent = |t: usize| {
            let sent = self.ix.sentence.get(t).copied();
            nonviolent
                .iter()
                .any(|&n| n.abs_diff(t) <= NONVIOLENT_WINDOW && self.ix.sentence.get(n).copied() == sent)
        };
        // A trigger word inside the name of a body or a site, not at its
        // start, is part of the name (قوات مكافحة الشغب، ساحة الاعتصام).
        // Not a person's: a name read after a title may run on (المسؤول شن).
        let in_name = |t: usize| {
            self.ix.mention_start.get(t) == Some(&0)
                && self.ix.entity.get(t).is_some_and(|&e| {
                    self.entity(e)
                        .is_some_and(|x| matches!(x.kind, EntityKind::Organization | EntityKind::Facility))
                })
        };
        for h in lex.trigger_set.find(layer) {
            if skipped(h.t0) || !in_sentence(h.t0) || in_name(h.t0) {
                continue;
            }
            // A verb is never written with the article (الرفض is a noun), nor
            // with a preposition (فتح بحث is a search, not «urged»: ب + حث).
            let particles = self.particles_before(h.t0, h.start);
            // Nor, bare, right after a bare word that names an event in
            // passing (في قضية قتل، بعد رفض): it is that word's genitive.
            let noun_prefix = h.article
                || particles.starts_with(['ب', 'ك'])
                || (particles.is_empty() && h.t0 > 0 && {
                    let p = self.next_word_back(h.t0 - 1);
                    p < h.t0
                        && (p + 1..h.t0).all(|j| self.kind(j) != Some(TokenKind::Punct))
                        && lex.words.is_referential_head(self.key(p))
                });
            let Some(&ti) = lex
                .trigger_set
                .entries(h.pattern)
                .iter()
                .find(|&&t| !(noun_prefix && lex.triggers.get(t as usize).is_some_and(|t| t.pos == Pos::Verb)))
            else {
                continue;
            };
            let Some(tr) = lex.triggers.get(ti as usize) else {
                continue;
            };
            // «أمر قبض صادر عن النيابة»: issued by, not confiscated.
            if tr.pos == Pos::Verb
                && lex.words.is_issued(self.key(h.t0))
                && matches!(self.key(self.next_word(h.t1)), "عن" | "من")
            {
                continue;
            }
            // A trigger that starts with an anaphoric noun refers back too,
            // with its modifiers (الحظر الجزئي، الهجوم الانتحاري).
            let is_coref = coref.iter().any(|c| c.t0 == h.t0 && c.start <= h.start);
            let casualty = if tr.kind == "ASSAULT" {
                lex.words.casualty(self.key(h.t0))
            } else {
                None
            };
            // Only words that say someone died, was hurt or was killed, not
            // the ones that name the violence (هجوم، تفجير، قصف).
            if tr.kind == "ASSAULT" && (casualty.is_some() || self.key(h.t0).contains("قتل")) && beside_nonviolent(h.t0)
            {
                continue;
            }
            // «، مهددة بالرد»: a feminine or plural participle of threat goes
            // on with the sentence after a comma and takes ب; elsewhere it
            // is «endangered» (مهددة بالانقراض، المناطق المهددة).
            if tr.kind == "THREATEN" {
                let k = grammar::strip_conj(self.key(h.t0));
                let participle = k.starts_with('م') && (k.ends_with('ة') || k.ends_with("ين"));
                let takes_bi = self.key(h.t1).starts_with('ب');
                if participle && !(h.t0 > 0 && self.is_punct(h.t0 - 1, &["،", ","]) && takes_bi) {
                    continue;
                }
            }
            // «منطقة فض الاشتباك»: disengagement, no clash.
            if tr.kind == "ASSAULT"
                && h.t0 > 0
                && grammar::strip_conj(self.key(h.t0)).contains("اشتباك")
                && grammar::strip_conj(self.key(h.t0 - 1)) == "فض"
            {
                continue;
            }
            // «تحت تهديد السلاح»، «تحت التهديد»: under threat, a
            // circumstance, not a threat made.
            if tr.kind == "THREATEN"
                && tr.pos != Pos::Verb
                && h.t0 > 0
                && grammar::strip_conj(self.key(h.t0 - 1)) == "تحت"
            {
                continue;
            }
            // «من بينهم طالب في المرحلة الثانوية»: طالب after «among them»
            // is a student, not a demand.
            if tr.kind == "REQUEST"
                && grammar::strip_conj(self.key(h.t0)) == "طالب"
                && h.t0 > 0
                && grammar::is_among_them(self.key(h.t0 - 1))
            {
                continue;
            }
            // «، داعية الأهالي إلى التعاون»: the feminine participle goes on
            // with the sentence after a comma; elsewhere داعية is a preacher.
            if tr.kind == "REQUEST"
                && grammar::strip_conj(self.key(h.t0)) == "داعية"
                && !(h.t0 > 0 && self.is_punct(h.t0 - 1, &["،", ","]))
            {
                continue;
            }
            // «الأصوات المطالبة بالعدالة»: a definite participle after a
            // definite plural describes it; no one demands anything here.
            if tr.kind == "REQUEST"
                && tr.pos != Pos::Verb
                && h.t0 > 0
                && self.is_word(h.t0 - 1)
                && self.key(h.t0).starts_with("ال")
                && ["ال", "لل", "بال", "كال"]
                    .iter()
                    .any(|a| grammar::strip_conj(self.key(h.t0 - 1)).starts_with(a))
                && grammar::preposition(self.key(h.t0 - 1)).is_none()
                && !grammar::is_particle(self.key(h.t0 - 1))
                && self.ix.entity[h.t0 - 1] == NONE
                // (A plural it describes: not «جددت النقابة المطالبة بـ».)
                && ["ات", "ين", "ون"].iter().any(|e| self.key(h.t0 - 1).ends_with(e))
            {
                continue;
            }
            // «تشكيل لجنة مشتركة لمراقبة التهدئة»: a committee or a team is
            // an inquiry only with a word of inquiry after it (للتحقيق،
            // لتحديد أسباب الانفجار).
            if tr.mode.as_deref() == Some("investigate")
                && !(h.t0..h.t1).any(|t| self.lex.words.is_inquiry(self.key(t)))
                && !(h.t1..(h.t1 + 8).min(self.ctx.layer.tokens.len()))
                    .take_while(|&t| !self.is_clause_break(t))
                    .any(|t| self.lex.words.is_inquiry(self.key(t)))
            {
                continue;
            }
            // «تعليق الرحلات»، «علّقت السلطات، أمس، بث إذاعة»: a suspension
            // names the activity it stops; «رفض التعليق»، «علّق على» comment.
            if self.lex.words.is_suspend_word(self.key(h.t0))
                && !(h.t1..(h.t1 + 6).min(self.ctx.layer.tokens.len()))
                    .take_while(|&t| !self.is_punct(t, &[".", "؛", ";"]))
                    .filter(|&t| self.is_word(t) && self.ix.time[t] == NONE)
                    .take(3)
                    .any(|t| {
                        let k = self.key(t);
                        self.lex.words.is_suspended_activity(k) || self.lex.words.is_cut_service(k)
                    })
            {
                continue;
            }
            // أغلق، إغلاق: an authority's closure, a protest's, or neither
            // (see `closure_reading`); the protest reading is the form's
            // PROTEST entry.
            let (ti, tr) = if tr.kind == "COERCE" && self.lex.words.is_closure_word(self.key(h.t0)) {
                let Some(kind) = self.closure_reading(&h, tr.pos) else {
                    continue;
                };
                let Some((ti, tr)) = lex
                    .trigger_set
                    .entries(h.pattern)
                    .iter()
                    .filter_map(|&t| lex.triggers.get(t as usize).map(|tr| (t, tr)))
                    .find(|(_, tr)| tr.kind == kind)
                else {
                    continue;
                };
                (ti, tr)
            } else {
                (ti, tr)
            };
            // «ضبط أربع بنادق»، «ضبط كميات من المواد»: the noun seizes only
            // what is counted or named after it; «ضبط النفس» is restraint.
            if self.lex.words.is_seize_word(self.key(h.t0))
                && !(h.t1..(h.t1 + 4).min(self.ctx.layer.tokens.len()))
                    .take_while(|&t| !self.is_clause_break(t))
                    .filter(|&t| self.is_word(t) || self.ix.quantity[t] != NONE)
                    .take(3)
                    .any(|t| self.seized_at(t))
            {
                continue;
            }
            // «مواجهات بين العائلتين»: confrontations alone are mostly a
            // protest's; between sides, a clash.
            if tr.kind == "ASSAULT" && h.t1 == h.t0 + 1 && grammar::strip_conj(self.key(h.t0)).ends_with("مواجهات")
            {
                let between = (h.t1..(h.t1 + 2).min(self.ctx.layer.tokens.len()))
                    .take_while(|&t| !self.is_clause_break(t))
                    .any(|t| self.key(t) == "بين");
                // (Nor when they left dead: «مواجهات … أسفرت عن مقتل».)
                let deadly = (h.t1..(h.t1 + 12).min(self.ctx.layer.tokens.len()))
                    .take_while(|&t| !self.is_clause_break(t))
                    .find(|&t| grammar::is_consequence(self.key(t)))
                    .is_some_and(|c| {
                        (c + 1..(c + 4).min(self.ctx.layer.tokens.len()))
                            .any(|t| self.lex.words.casualty(self.key(t)).is_some())
                    });
                if !between && !deadly {
                    continue;
                }
            }
            // «طلب عدم الكشف عن هويته»، «رفض الكشف عن اسمه»: a source's
            // anonymity, not a demand or a refusal.
            if matches!(tr.kind.as_str(), "REQUEST" | "REJECT") && self.anonymity_after(h.t1) {
                continue;
            }
            // ضبطت بحوزة المعتقلين حزامين ناسفين: a weapon seized or found,
            // not an attack made with it.
            // (So are mortar rounds among the weapons seized: صادرت «كميات
            // من الأسلحة الخفيفة والمتوسطة وقذائف الهاون».)
            if tr.kind == "ASSAULT"
                && tr.pos != Pos::Verb
                && matches!(
                    tr.mode.as_deref(),
                    Some("explosives" | "suicide-attack" | "heavy-weapons")
                )
                && self.ix.sentence_of(h.t0).is_some_and(|(s0, _)| {
                    (h.t0.saturating_sub(9).max(s0)..h.t0)
                        .rev()
                        .take_while(|&t| !self.is_clause_break(t))
                        .any(|t| self.lex.words.is_seize_verb(self.key(t)))
                })
            {
                continue;
            }
            // أوقف alone is «stopped» (أوقفت الحكومة الدعم): an arrest only
            // with people after it (أوقف مطلوبين اثنين، أُوقف 14 مهاجرا) or,
            // a verb, counted right before it (إن 63 شخصا أوقفوا). So is
            // the noun إيقاف (إيقاف ناشطة; إيقاف إطلاق النار is none).
            if h.t1 == h.t0 + 1
                && self.lex.words.is_people_verb(self.key(h.t0))
                && !self.people_after(h.t1)
                && !(tr.pos == Pos::Verb && self.people_counted_before(h.t0))
            {
                continue;
            }
            // «حبسنا أنفسنا في الغرفة»: a three-letter noun with نا is the
            // verb in the first person, not «our detention».
            if tr.pos != Pos::Verb
                && h.suffixed
                && h.t1 == h.t0 + 1
                && grammar::strip_conj(self.key(h.t0))
                    .strip_suffix("نا")
                    .is_some_and(|stem| stem.chars().count() == 3)
            {
                continue;
            }
            // نشر، أرسل، عزّز alone publish, send, strengthen: a deployment
            // names the troops after it (نشر 300 جندي إضافي، أرسلت الحكومة
            // نحو 120 عنصرا، إرسال تعزيزات، عززت دورياتها).
            // (دفع sends in with ب: دفعت القيادة بتعزيزات; ما دفع الحكومة
            // إلى … is «prompted».)
            if h.t1 == h.t0 + 1
                && let Some(push) = self.lex.words.deploy_word(self.key(h.t0))
                && !self.object_within(h.t1, 4, |k| self.lex.words.is_force_unit(k, push))
            {
                continue;
            }
            // «حرر الشرطي محضرا» wrote a report: a release by a verb that
            // needs people (حرّر) is one in a sentence of people held; with
            // ل it is a purpose («دعت إلى تحرك لتحرير المخطوفات»).
            if tr.mode.as_deref() == Some("release")
                && self.lex.words.is_people_verb_with_particles(self.key(h.t0))
                && (self.of_purpose(h.t0)
                    || !self.sentence_has(h.t0, |t| t != h.t0 && self.lex.words.is_captivity(self.key(t))))
            {
                continue;
            }
            // سحب alone is also سحب الثقة، سحب السفير: a withdrawal names the
            // troops or arms it pulls back (سحب التعزيزات، سحبت روسيا قواتها).
            if h.t1 == h.t0 + 1
                && self.lex.words.is_withdraw_word(self.key(h.t0))
                && !self.object_within(h.t1, 3, |k| self.lex.words.is_withdrawn(k))
            {
                continue;
            }
            // حظر، منع alone are also an embargo, a treaty, a rule (حظر
            // الأسلحة الكيميائية) and, with ل, a purpose (لمنع تكرار): a
            // ban names what it stops (حظر جميع التجمعات، منع بيع البنزين).
            if h.t1 == h.t0 + 1
                && self.lex.words.is_ban_word(self.key(h.t0))
                && (self.of_purpose(h.t0) || !self.object_within(h.t1, 3, |k| self.lex.words.is_banned(k)))
            {
                continue;
            }
            // «اندلعت النيران»: a fire; «بنيران الجيش» the gun an attack
            // was done with.
            if h.t1 == h.t0 + 1 && self.lex.words.is_bare_instrument(self.key(h.t0)) {
                continue;
            }
            // قطع is also cutting a road, ties or a speech: people cut off
            // are cut from a means of communication (قطعت السلطات الإنترنت).
            if h.t1 == h.t0 + 1
                && self.lex.words.is_cut_word(self.key(h.t0))
                && !self.object_within(h.t1, 4, |k| self.lex.words.is_cut_service(k))
            {
                continue;
            }
            // «خرج أخي ليطالب بحقه»، «خرجنا بصدور عارية نطالب بحقنا»: what
            // someone went out for, the motive of a protest told, no demand
            // of its own.
            if tr.kind == "REQUEST" && tr.pos == Pos::Verb && h.t0 > 0 {
                let k = grammar::strip_conj(self.key(h.t0));
                let k = k.strip_prefix('ل').unwrap_or(k);
                let s0 = self.ix.sentence_of(h.t0).map_or(0, |s| s.0);
                if k.starts_with(['ي', 'ت', 'ن'])
                    && (s0.max(h.t0.saturating_sub(4))..h.t0)
                        .any(|j| self.is_word(j) && self.lex.words.is_motion_verb(self.key(j)))
                {
                    continue;
                }
            }
            // «وهو طالب جامعي»، «مئة طالب»: a student, no demand.
            if h.t1 == h.t0 + 1 && tr.kind == "REQUEST" && self.lex.words.is_student_word(self.key(h.t0)) {
                let described = h.t0.checked_sub(1).is_some_and(|p| {
                    matches!(grammar::strip_conj(self.key(p)), "هو" | "هي")
                        || self.ix.quantity.get(p).is_some_and(|&q| q != NONE)
                });
                if described || self.object_within(h.t1, 4, |k| self.lex.words.is_student_mark(k)) {
                    continue;
                }
            }
            // استدعى is also «required» (ما استدعى التعامل) and summoning a
            // witness: a summons in protest names the envoy summoned.
            // (Past the subject and an adverb between commas: استدعت
            // الخارجية المالية، أمس، السفير.)
            if h.t1 == h.t0 + 1
                && self.lex.words.is_summon_word(self.key(h.t0))
                && !self.ix.sentence_of(h.t0).is_some_and(|(_, s1)| {
                    (h.t1..s1)
                        .filter(|&t| self.is_word(t))
                        .take(8)
                        .any(|t| self.lex.words.is_envoy(self.key(t)))
                })
            {
                continue;
            }
            // «أبلغته احتجاجا شديد اللهجة»، «مذكرة احتجاج»: a government's
            // protest to an envoy is its summons, no street protest.
            if tr.kind == "PROTEST"
                && h.t1 == h.t0 + 1
                && self.lex.words.is_protest_note(self.key(h.t0))
                && self.sentence_has(h.t0, |t| self.lex.words.is_envoy(self.key(t)))
            {
                continue;
            }
            // تفريق is also telling apart (التفريق بين): dispersing names
            // the crowd it breaks up (لتفريق الحشود) or a pronoun for it
            // (لتفريقهم).
            if h.t1 == h.t0 + 1
                && self.lex.words.is_disperse_word(self.key(h.t0))
                && !self.lex.words.disperses_pronoun(self.key(h.t0))
                && !self.object_within(h.t1, 3, |k| self.lex.words.is_dispersed(k))
            {
                continue;
            }
            // «اعتُقلوا خلال حصار المخيم»: a siege named in passing; one
            // told as an event has what imposes, lifts or aims it beside it
            // (حصارا على جيبو، الحصار المفروض، رفع الحصار).
            if h.t1 == h.t0 + 1 && self.lex.words.is_siege_word(self.key(h.t0)) {
                let frame = |k: &str| self.lex.words.is_siege_frame(k);
                let before = (h.t0.saturating_sub(4)..h.t0)
                    .rev()
                    .take_while(|&t| !self.is_clause_break(t))
                    .filter(|&t| self.is_word(t))
                    .take(2)
                    .any(|t| frame(self.key(t)));
                if !before && !self.object_within(h.t1, 3, frame) {
                    continue;
                }
            }
            // «لن نتسامح مع من يعتدي»: whoever does it, no one who did.
            if tr.pos == Pos::Verb
                && h.t0 > 0
                && matches!(grammar::strip_conj(self.key(h.t0 - 1)), "من" | "لمن")
                && matches!(self.key(h.t0).chars().next(), Some('ي' | 'ت'))
            {
                continue;
            }
            // «توقيف 14 متهما»: after a figure a participle read as a verb
            // (متهما، مطالبا) is the noun it counts.
            if tr.pos == Pos::Verb
                && h.t0 > 0
                && self.key(h.t0).ends_with('ا')
                && self.ix.quantity.get(h.t0 - 1).is_some_and(|&q| q != NONE)
                && self.ix.time.get(h.t0 - 1).is_some_and(|&t| t == NONE)
            {
                continue;
            }
            // «قال … في اتصال هاتفي»: the call the quote was given in, not
            // a meeting of two sides.
            if tr.mode.as_deref() == Some("phone")
                && h.t0 > 0
                && grammar::preposition(self.key(h.t0 - 1)) == Some("في")
                && self.quotes.iter().any(|q| {
                    let cue = layer.token_from(q.cue.start);
                    cue < h.t0 && self.ix.sentence.get(cue) == self.ix.sentence.get(h.t0)
                })
            {
                continue;
            }
            let mut m = self.new_mention(&h, Some(ti), Some(tr.kind.clone()), casualty, is_coref && definite(&h));
            // «بادرت بإطلاق النار»، «بدأوا الاشتباك»: who fired first;
            // «بدأت الاشتباكات» has the fight as its subject.
            if tr.pos != Pos::Verb && h.t0 > 0 && self.lex.words.is_initiate_verb(self.key(h.t0 - 1)) {
                m.started = self.particles_before(h.t0, h.start).starts_with('ب') || self.key(h.t0 - 1).ends_with("وا");
            }
            // «…، مطالبة النائب العام بالتدخل»: a feminine م…ة word opening
            // a clause after a comma is the participle going on with the
            // sentence's subject, not the verbal noun.
            if m.pos == Pos::Noun
                && h.t1 == h.t0 + 1
                && h.t0 > 0
                && self.is_punct(h.t0 - 1, &["،", ","])
                && matches!(tr.kind.as_str(), "REQUEST" | "THREATEN" | "ACCUSE")
                && self.key(h.t0).starts_with('م')
                && self.key(h.t0).ends_with('ة')
            {
                m.pos = Pos::Verb;
            }
            if m.pos == Pos::Verb {
                self.verb_form(&mut m, &h);
            }
            out.push(m);
            for c in covered.iter_mut().take(h.t1).skip(h.t0) {
                *c = true;
            }
        }
        self.split_mentions(&mut out, &mut covered);
        self.downed_mentions(&mut out, &mut covered);
        self.defused_mentions(&mut out, &mut covered);
        self.march_mentions(&mut out, &mut covered);
        self.road_block_mentions(&mut out, &mut covered);
        // Anaphoric nouns that are no trigger (العملية): only when definite.
        for h in coref {
            if skipped(h.t0) || !in_sentence(h.t0) || !definite(&h) || (h.t0..h.t1).any(|t| covered[t]) {
                continue;
            }
            let Some(&ci) = lex.coref_set.entries(h.pattern).first() else {
                continue;
            };
            let kind = lex.coref.get(ci as usize).and_then(|c| c.kind.clone());
            out.push(self.new_mention(&h, None, kind, None, true));
        }
        out
    }

    /// Verb-subject-object order and adverbs between a verb and its
    /// complement (أطلقت الطائرات صواريخ، ألقت الشرطة أمس القبض): a two-word
    /// verb trigger whose complement stands at most `SPLIT_GAP` words after
    /// its verb, in the same clause, with no other trigger between. The
    /// mention is the verb alone, so the words between are read as its
    /// subject.
    fn split_mentions(&self, out: &mut Vec<Mention>, covered: &mut [bool]) {
        let layer = self.ctx.layer;
        let lex = self.lex;
        if lex.split_pairs.is_empty() {
            return;
        }
        let objects = lex.split_objects.find_all(layer);
        if objects.is_empty() {
            return;
        }
        for v in lex.split_verbs.find_all(layer) {
            let t = v.t0;
            if v.t1 != t + 1
                || v.article
                || covered.get(t).is_none_or(|&c| c)
                || self.ix.skipped.get(t).copied().unwrap_or(true)
                || self.ix.sentence.get(t).is_none_or(|&s| s == NONE)
            {
                continue;
            }
            let pairs = lex.split_verbs.entries(v.pattern);
            // The first complement of this verb after it, within the gap.
            let mut found = None;
            let mut words = 0;
            let mut j = t + 1;
            while j < layer.tokens.len() && words <= SPLIT_GAP {
                if self.is_clause_break(j)
                    || self.ix.sentence.get(j) != self.ix.sentence.get(t)
                    || (self.kind(j) == Some(TokenKind::Arabic) && grammar::is_complementizer(self.key(j)))
                {
                    break;
                }
                found = objects
                    .iter()
                    .filter(|o| o.t0 == j && o.t1 == j + 1 && self.object_prefix_ok(o))
                    .find_map(|o| {
                        lex.split_objects
                            .entries(o.pattern)
                            .iter()
                            .find(|k| pairs.contains(k))
                            .copied()
                    });
                if found.is_some() {
                    break;
                }
                // Another trigger between: the verb is no part of this one.
                if covered.get(j).copied().unwrap_or(true) {
                    break;
                }
                if self.is_word(j) {
                    words += 1;
                }
                j += 1;
            }
            // Adjacent pairs are the contiguous trigger's.
            let Some(k) = found.filter(|_| j > t + 1) else {
                continue;
            };
            // A reflexive stands apart only across a short subject with no
            // preposition or date (سلّم إرهابي نفسه; not سلّم … في اليوم
            // نفسه, nor فجر اليوم نفسه, "dawn of the same day").
            if lexicon::is_reflexive(self.key(j))
                && (words > 3
                    || (t..j).any(|x| self.ix.time.get(x).is_some_and(|&q| q != NONE))
                    || (t + 1..j).any(|x| {
                        self.kind(x) == Some(TokenKind::Arabic) && grammar::preposition(self.key(x)).is_some()
                    }))
            {
                continue;
            }
            let Some(&ti) = lex.split_pairs.get(k as usize) else {
                continue;
            };
            let Some(tr) = lex.triggers.get(ti as usize) else {
                continue;
            };
            let mut m = self.new_mention(&v, Some(ti), Some(tr.kind.clone()), None, false);
            m.complement = Some(j);
            self.verb_form(&mut m, &v);
            if m.pos != Pos::Verb {
                continue;
            }
            out.push(m);
            covered[t] = true;
        }
    }

    /// Drones and missiles shot down or intercepted (أسقطت الدفاعات الجوية
    /// خمس طائرات مسيّرة، اعترضت 56 مسيّرة أوكرانية): each an attack foiled,
    /// read as the drone attack's noun. The mention is the weapon, with the
    /// طائرة before it; the weapon stands at most `SPLIT_GAP` words after the
    /// verb, in its clause, with no trigger between.
    fn downed_mentions(&self, out: &mut Vec<Mention>, covered: &mut [bool]) {
        let words = &self.lex.words;
        let Some(ti) = self.lex.drone_trigger else {
            return;
        };
        let toks = &self.ctx.layer.tokens;
        for t in 0..toks.len() {
            let verb = |t: usize| words.is_downing_verb(self.key(t));
            let Some(w) = self.verb_object(t, covered, verb, false, |k| words.is_aerial_weapon(k)) else {
                continue;
            };
            let plane = w > t + 1 && self.is_word(w - 1) && words.is_aircraft(self.key(w - 1));
            // «اعترضت الشرطة مسيرة المحتجين»: a march stopped, unless a
            // plane, a figure or the dual says drone.
            let counted = (t + 1..w).any(|x| self.ix.quantity.get(x).is_some_and(|&q| q != NONE));
            if words.is_march_word(self.key(w)) && words.is_intercept_verb(self.key(t)) && !(plane || counted) {
                continue;
            }
            let t0 = if plane { w - 1 } else { w };
            if let Some(mut m) = self.context_mention(t0, w + 1, ti, false, covered) {
                m.downed = true;
                out.push(m);
            }
        }
    }

    /// When token `t` is a free word that `verb` accepts, the first word of
    /// a class (`class` on its key: a weapon, a road) at most `SPLIT_GAP`
    /// words after it, in its clause, with no complementizer between, nor
    /// a trigger unless `past_triggers` (خبراء المتفجرات): the object the
    /// context rules read.
    fn verb_object(
        &self,
        t: usize,
        covered: &[bool],
        verb: impl Fn(usize) -> bool,
        past_triggers: bool,
        class: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        if !self.free_word(t, covered) || !verb(t) {
            return None;
        }
        let toks = &self.ctx.layer.tokens;
        let (mut n, mut j) = (0, t + 1);
        while j < toks.len() && n <= SPLIT_GAP {
            // (A date set off by commas stands apart: «أسقطت، الثلاثاء،
            // خمس طائرات مسيّرة».)
            if let Some(k) = self.time_aside(j, toks.len()) {
                j = k + 1;
                continue;
            }
            let trigger = covered.get(j).is_none_or(|&c| c);
            if self.is_clause_break(j)
                || self.ix.sentence.get(j) != self.ix.sentence.get(t)
                || (trigger && !past_triggers)
                || (self.is_word(j) && grammar::is_complementizer(self.key(j)))
            {
                return None;
            }
            // (A word a trigger reads already is that trigger's.)
            if self.is_word(j) && class(self.key(j)) {
                return (!trigger).then_some(j);
            }
            n += usize::from(self.is_word(j));
            j += 1;
        }
        None
    }

    /// Bombs defused (فكك خبراء المتفجرات عبوة ثانية، أبطلوا مفعول
    /// قنبلة): each a bombing foiled, read as the explosive's noun on the
    /// device, found as a drone shot down is (`verb_object`). Those who
    /// defused it are no side of it.
    fn defused_mentions(&self, out: &mut Vec<Mention>, covered: &mut [bool]) {
        let words = &self.lex.words;
        let Some(ti) = self.lex.bomb_trigger else {
            return;
        };
        for t in 0..self.ctx.layer.tokens.len() {
            let verb = |t: usize| words.is_defuse_verb(self.key(t));
            let Some(w) = self.verb_object(t, covered, verb, true, |k| words.is_explosive_device(k)) else {
                continue;
            };
            if let Some(mut m) = self.context_mention(w, w + 1, ti, false, covered) {
                m.defused = true;
                out.push(m);
            }
        }
    }

    /// The proclitics (match key) written in token `t0` before a form that
    /// starts at code point `start`, past و/ف: بـ، لـ، الـ، سـ … (empty for
    /// none).
    fn particles_before(&self, t0: usize, start: usize) -> String {
        let layer = self.ctx.layer;
        layer.tokens.get(t0).map_or_else(String::new, |tok| {
            let prefix = crate::text::normalize::match_key(layer.slice(tok.start as usize, start));
            prefix.trim_start_matches(['و', 'ف']).to_string()
        })
    }

    /// Whether token `t` is a word of a sentence no trigger covers.
    fn free_word(&self, t: usize, covered: &[bool]) -> bool {
        self.is_word(t)
            && covered.get(t).is_some_and(|&c| !c)
            && !self.ix.skipped.get(t).copied().unwrap_or(true)
            && self.ix.sentence.get(t).is_some_and(|&s| s != NONE)
    }

    /// A mention of trigger `ti` at tokens `[t0, t1)` that its context, not
    /// a phrase of the lexicon, makes one (a drone shot down, a march called
    /// for); the tokens are covered from then on. `whole`: the first token
    /// is read whole, its و its own first letter (وقفة), not a conjunction.
    fn context_mention(&self, t0: usize, t1: usize, ti: u32, whole: bool, covered: &mut [bool]) -> Option<Mention> {
        let tr = self.lex.triggers.get(ti as usize)?;
        let h = self.context_hit(t0, t1, whole)?;
        for c in covered.iter_mut().take(t1).skip(t0) {
            *c = true;
        }
        let mut m = self.new_mention(&h, Some(ti), Some(tr.kind.clone()), None, false);
        if m.pos == Pos::Verb {
            self.verb_form(&mut m, &h);
        }
        Some(m)
    }

    /// The hit a context mention at tokens `[t0, t1)` stands on.
    fn context_hit(&self, t0: usize, t1: usize, whole: bool) -> Option<Hit> {
        let toks = &self.ctx.layer.tokens;
        // (Past a conjunction: وقطع → قطع.)
        Some(Hit {
            t0,
            t1,
            start: if whole {
                toks.get(t0)?.start as usize
            } else {
                self.start_past_conj(t0)?
            },
            end: toks.get(t1.checked_sub(1)?)?.end as usize,
            pattern: 0,
            len: 0,
            suffixed: false,
            prefixed: false,
            article: self.key(t0).starts_with("ال"),
        })
    }

    /// People blocking a road (قطع مئات من السكان الطريق الرئيسي، وقطع
    /// عشرات من ذوي الضحايا الطريق): a cut verb with people right after it
    /// and a road at most `SPLIT_GAP` words on, in its clause, is a
    /// protest's obstruction (the plural قطعوا الطريق is the lexicon's). An
    /// explosion or an army that cuts a road (الانفجار قطع الطريق) names no
    /// people after the verb.
    fn road_block_mentions(&self, out: &mut Vec<Mention>, covered: &mut [bool]) {
        let words = &self.lex.words;
        let Some(ti) = self.lex.road_block_trigger else {
            return;
        };
        let toks = &self.ctx.layer.tokens;
        for t in 0..toks.len() {
            let verb = |t: usize| words.is_cut_word(self.key(t)) && self.people_after(t + 1);
            let Some(j) = self.verb_object(t, covered, verb, false, |k| words.is_road(k)) else {
                continue;
            };
            if let Some(mut m) = self.context_mention(t, t + 1, ti, false, covered) {
                m.complement = Some(j);
                out.push(m);
            }
        }
    }

    /// A march_word or a stand_word where a protest is spoken of: called for
    /// after إلى with a call word up to five words before (داعيا أنصاره إلى
    /// مسيرة جديدة), or gone out in after a motion verb and في (خرجت مئات
    /// النساء في مسيرة); a stand also after an organizer verb (نظّم
    /// الناشطون أمس وقفة).
    fn march_mentions(&self, out: &mut Vec<Mention>, covered: &mut [bool]) {
        let words = &self.lex.words;
        let Some(ti) = self.lex.march_trigger else {
            return;
        };
        for w in 1..self.ctx.layer.tokens.len() {
            let stand = words.is_stand_word(self.key(w));
            if !self.free_word(w, covered) || !(stand || words.is_march_word(self.key(w))) {
                continue;
            }
            let s0 = self.ix.sentence_of(w).map_or(0, |s| s.0);
            let p = self.next_word_back(w - 1);
            if p < s0 || !self.is_word(p) {
                continue;
            }
            let before = |from: usize, n: usize, f: &dyn Fn(&str) -> bool| {
                (from.saturating_sub(n).max(s0)..from).any(|j| self.is_word(j) && f(self.key(j)))
            };
            let called = matches!(self.key(p), "الي" | "والي") && before(p, 5, &|k| words.is_call_word(k));
            let gone_out = self.key(p) == "في" && before(p, 4, &|k| words.is_motion_verb(k));
            // (Not a march: a drone is also «نفّذت مسيرة غارة».)
            let organized = stand && before(w, 8, &|k| words.is_organizer_verb(k, true));
            if !(called || gone_out || organized) {
                continue;
            }
            let whole = stand && words.is_stand_word_whole(self.key(w));
            out.extend(self.context_mention(w, w + 1, ti, whole, covered));
        }
    }

    /// A complement standing apart carries no proclitic but the article
    /// (بالنار is no object of أطلق).
    fn object_prefix_ok(&self, h: &Hit) -> bool {
        let layer = self.ctx.layer;
        let Some(tok) = layer.tokens.get(h.t0) else {
            return false;
        };
        let prefix = crate::text::normalize::match_key(layer.slice(tok.start as usize, h.start));
        prefix.is_empty() || prefix == "ال"
    }

    fn new_mention(
        &self,
        h: &Hit,
        trigger: Option<u32>,
        kind: Option<String>,
        casualty: Option<Casualty>,
        ana: bool,
    ) -> Mention {
        Mention {
            t0: h.t0,
            t1: h.t1,
            start: h.start,
            end: h.end,
            trigger,
            kind,
            sent: self.ix.sentence[h.t0] as usize,
            casualty,
            anaphoric: ana,
            pos: trigger
                .and_then(|t| self.lex.triggers.get(t as usize))
                .map_or(Pos::Noun, |t| t.pos),
            imperfect: false,
            future: false,
            given: false,
            refers: false,
            aside: false,
            predicated: false,
            referential: false,
            generic: false,
            suffixed: h.suffixed,
            pred0: h.t0,
            fact: Factuality::Actual,
            actors: Vec::new(),
            initiators: Vec::new(),
            targets: Vec::new(),
            attacker_target: false,
            struck: None,
            accused: None,
            sides: None,
            both_sides: false,
            dispersed: None,
            charged: None,
            place: None,
            time: None,
            ctime: None,
            article: h.article,
            duration: None,
            dead: None,
            implied_count: false,
            injured: None,
            size: None,
            size_q: None,
            victims_q: None,
            quote: None,
            after_prep: false,
            after_word: false,
            relative_after: false,
            complement: None,
            downed: false,
            defused: false,
            started: false,
        }
    }

    /// A verb form read in context: after a preposition it is a verbal noun
    /// (بقتل المدنيين، في قتل)، with ي it is imperfect, with سـ/سوف future.
    fn verb_form(&self, m: &mut Mention, h: &Hit) {
        let layer = self.ctx.layer;
        if h.t0 >= layer.tokens.len() {
            return;
        }
        let bare = self.particles_before(h.t0, h.start);
        let mut p = h.t0;
        while p > 0 && self.kind(p - 1) == Some(TokenKind::Quote) {
            p -= 1;
        }
        let prev = if p > 0 && self.is_word(p - 1) {
            self.key(p - 1)
        } else {
            ""
        };
        if bare.contains(['ب', 'ل', 'ك']) || bare.contains("ال") || grammar::preposition(prev).is_some() {
            m.pos = Pos::Noun;
            return;
        }
        let form = crate::text::normalize::match_key(layer.slice(h.start, h.end));
        m.imperfect = form.starts_with('ي');
        m.future = bare.contains('س') || grammar::strip_conj(prev) == "سوف";
    }

    fn push_mention(&mut self, m: Mention) {
        if (m.t0..m.t1).any(|t| self.mention_at[t] != NONE) {
            return;
        }
        let k = self.mentions.len() as u32;
        for t in m.t0..m.t1 {
            self.mention_at[t] = k;
        }
        self.mentions.push(m);
    }

    /// A noun followed by a definite genitive (استعصاء سجن الصناعة، هجوم داعش).
    fn construct_definite(&self, t1: usize) -> bool {
        let mut j = t1;
        while self.kind(j) == Some(TokenKind::Quote) {
            j += 1;
        }
        if self.kind(j) != Some(TokenKind::Arabic) {
            return false;
        }
        if self.key(j).starts_with("ال") {
            return true;
        }
        // A name right after, not behind a preposition (للتنظيم is "for").
        self.ix.entity[j] != NONE && self.ix.mention_start[j] == index::AT_START
    }

    // ---- 2. arguments, factuality, counts ------------------------------

    fn read_mentions(&mut self) {
        for k in 0..self.mentions.len() {
            let m = self.mentions[k].clone();
            let mut m2 = m.clone();
            self.arguments(&mut m2);
            // Whoever shot a drone down before it struck was its target, not
            // its launcher (أسقطت الدفاعات الجوية مسيّرة).
            // Who shot a drone down or defused a bomb stands before it in
            // the sentence.
            let (s0, t0) = (self.ix.sentence_of(m2.t0).map_or(0, |s| s.0), m2.t0);
            let before = |e: u32| (s0..t0).any(|x| self.ix.entity.get(x) == Some(&e));
            if m2.downed {
                // (The drone itself, read as a body — مسيّرة تركية — is neither.)
                let itself = |e: &u32| self.ix.entity.get(m2.t0) == Some(e);
                m2.targets.retain(|e| !itself(e));
                m2.actors.retain(|e| !itself(e));
                let (downers, launchers): (Vec<u32>, Vec<u32>) = m2.actors.iter().partition(|&&e| before(e));
                m2.actors = launchers;
                for e in downers {
                    if !m2.targets.contains(&e) {
                        m2.targets.push(e);
                    }
                }
            }
            // A road is where it happened (خُطف على طريق X), no one it befell.
            m2.targets.retain(|&e| {
                self.entity(e).is_none_or(|x| {
                    x.kind != EntityKind::Facility
                        || !x
                            .name
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| self.lex.words.is_road(&crate::text::normalize::match_key(w)))
                })
            });
            self.discourse(&mut m2);
            m2.fact = self.factuality(&m2);
            // (Those who defused a bomb are no side of it.)
            if m2.defused {
                m2.actors.retain(|&e| !before(e));
                m2.targets.retain(|&e| !before(e));
            }
            if (m2.downed || m2.defused) && m2.fact == Factuality::Actual {
                m2.fact = Factuality::Foiled;
            }
            // A threat is conditional by nature («إذا لم … فسنعود إلى الشارع»):
            // the condition does not make the threat itself unreal.
            // (Nor does a negation inside the condition: «إذا لم تنفذ».)
            let negated_condition = || {
                let s0 = self.ix.sentence_of(m2.t0).map_or(0, |(s0, _)| s0);
                (s0..m2.t0).any(|j| {
                    matches!(grammar::strip_conj(self.key(j)), "اذا" | "لو")
                        && matches!(self.key(j + 1), "لم" | "لا" | "لن")
                })
            };
            // (Nor a denial before the comma of a participle that goes on
            // with the subject: «نفت … أن تكون قواتها بادرت، مهددة بالرد».)
            let circumstantial = m2.t0 > 0
                && self.is_punct(m2.t0 - 1, &["،", ","])
                && grammar::strip_conj(self.key(m2.t0)).starts_with('م');
            if m2.kind.as_deref() == Some("THREATEN")
                && (m2.fact == Factuality::Hypothetical
                    || (m2.fact == Factuality::Denied && (negated_condition() || circumstantial)))
            {
                m2.fact = Factuality::Actual;
            }
            m2.quote = self
                .quotes
                .iter()
                .position(|q| q.content.start <= m.start && m.end <= q.content.end);
            // A threat in someone's words with no side of its own («لن نقف
            // مكتوفي الأيدي») is the speaker's, with the body it speaks for;
            // so is what a first-person verb says (نطالب الحكومة).
            if (m2.kind.as_deref() == Some("THREATEN") || self.trigger(&m2).is_some_and(|t| t.first_person))
                && m2.actors.is_empty()
                && let Some(q) = m2.quote.and_then(|q| self.quotes.get(q))
            {
                for id in [q.speaker.as_deref(), q.affiliation.as_deref()].into_iter().flatten() {
                    if let Some(who) = self.agent_by_id(id) {
                        Self::add(&mut m2.actors, who);
                    }
                }
            }
            self.mentions[k] = m2;
        }
        // A mention with no side of its own borrows one from another in its
        // sentence: clashes the sides of the truce there (named with بين,
        // initiating nothing) fought («اتفاق لوقف إطلاق النار بين X و Y …،
        // بعد اشتباكات عنيفة»); a release the ones who made the arrest or
        // abduction before it («اعتقلت اثنين من ممثلي العمال، قبل أن يُطلق
        // سراحهما»).
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            if !m.actors.is_empty() {
                continue;
            }
            let mode = |o: &Mention| self.trigger(o).and_then(|t| t.mode.as_deref());
            let mut others = self.sentence_mentions(m.sent).iter();
            let lender = match (m.kind.as_deref(), mode(m)) {
                (Some("ASSAULT"), Some("clash")) if m.targets.is_empty() => others.find(|o| {
                    matches!(o.kind.as_deref(), Some("AGREE" | "RETREAT"))
                        && o.actors.len() >= 2
                        && o.initiators.is_empty()
                }),
                (Some("RETREAT"), Some("release")) => others
                    .rev()
                    .filter(|o| o.t1 <= m.t0)
                    .find(|o| matches!(mode(o), Some("arrest" | "abduct")))
                    .filter(|o| !o.actors.is_empty()),
                // «وندد الاتحاد بالقمع، وهدد بخطوات تصعيدية»: an active verb
                // joined by و after a comma, with no subject of its own (a
                // preposition follows it), goes on with the verb before it.
                _ if self.joined_without_subject(m) => others
                    .rev()
                    .filter(|o| o.t1 <= m.t0)
                    .find(|o| o.pos == Pos::Verb)
                    .filter(|o| {
                        !o.actors.is_empty() && self.trigger(o).is_some_and(|t| t.voice == lexicon::Voice::Active)
                    }),
                _ => None,
            };
            if let Some(sides) = lender.map(|o| o.actors.clone()) {
                let m = &mut self.mentions[k];
                m.targets.retain(|t| !sides.contains(t));
                m.actors = sides;
            }
        }
        // فرّقت قوات الأمن وقفة احتجاجية نظمها مئات الشبان: who held the
        // protest a dispersal broke up is whom it was used on.
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let Some(o) = m.dispersed.and_then(|i| self.mentions.get(i)) else {
                continue;
            };
            if m.targets.is_empty() {
                let held: Vec<u32> = o.actors.iter().copied().filter(|a| !m.actors.contains(a)).collect();
                self.mentions[k].targets = held;
            }
        }
        // Property the protesters burned or wrecked (محتجون أضرموا النار
        // في وكالة) once their protest is told of: their riot, not an
        // attack of its own.
        let riot = self.lex.riot_trigger;
        let protesters_before = |start: usize| {
            self.ctx.entities.iter().any(|e| {
                self.lex
                    .words
                    .is_protester_unit(&crate::text::normalize::match_key(&e.name))
                    && e.mentions.first().is_some_and(|x| x.start < start)
            })
        };
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let s0 = self.ctx.sentences.get(m.sent).map_or(0, |r| r.start);
            // (Cheap tests first: the scans run only for protesters' arson.)
            if m.kind.as_deref() == Some("ASSAULT")
                && self.trigger(m).is_some_and(|t| t.mode.as_deref() == Some("destroy"))
                && self.by_protesters(&m.actors)
                && (self.mentions[..k].iter().any(|o| o.kind.as_deref() == Some("PROTEST")) || protesters_before(s0))
            {
                self.retype(k, riot);
                continue;
            }
            // «أضرم مئات العمال النار في ثماني حافلات …، احتجاجا على عدم صرف
            // رواتبهم»: unnamed people burning or wrecking in protest riot.
            if m.kind.as_deref() == Some("ASSAULT")
                && m.pos == Pos::Verb
                && m.actors.is_empty()
                && self.trigger(m).is_some_and(|t| t.mode.as_deref() == Some("destroy"))
                && self.people_after(m.t1)
                && self
                    .ix
                    .sentence_of(m.t0)
                    .is_some_and(|(_, s1)| (m.t1..s1.min(m.t1 + 30)).any(|t| grammar::is_protest_purpose(self.key(t))))
            {
                self.retype(k, riot);
                continue;
            }
            // «اقتحم مسلحون القرية»: armed men storming a place attack it, and
            // protesters storming a building (حاول محتجون اقتحام مبنى البلدية)
            // riot; a storming by the state's forces is the raid listed.
            if m.kind.as_deref() != Some("COERCE")
                || m.actors.is_empty()
                || !self.lex.words.is_storm_word(self.key(m.t0))
            {
                continue;
            }
            let all = |f: fn(&str) -> bool| m.actors.iter().all(|&a| self.category(a).is_some_and(f));
            if all(|c| matches!(c, "protesters" | "rioters")) || self.by_protesters(&m.actors) {
                self.retype(k, riot);
            } else if all(|c| {
                matches!(
                    c,
                    "armed_group" | "militia" | "unidentified_armed_group" | "settlers" | "tribe"
                )
            }) {
                self.retype(k, self.lex.attack_trigger);
            }
        }
        self.assign_times_and_places();
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let ctime = m
                .time
                .filter(|&t| !self.frame_date(t))
                .or_else(|| self.sentence_time(m.sent, false))
                .or_else(|| self.sole_date(k))
                .or(m.time)
                .or_else(|| self.sentence_time(m.sent, true));
            self.mentions[k].ctime = ctime;
        }
        // «جاء الاتفاق بعد يومين من اشتباك»: the event after «بعد مدة من»
        // is that long before the date its sentence gives; it has the date
        // the text names for that day, if any, and not the sentence's.
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let Some((days, long)) = self.interval_before(m) else {
                continue;
            };
            // Its own date after it stands (بعد أيام من هجوم الأحد).
            if m.time.is_some_and(|t| self.time_token(t) > m.t0) {
                continue;
            }
            let day = days.and_then(|d| {
                let gov = latest_day(&self.time_value(m.ctime)?)?;
                let day = (gov - chrono::Duration::days(d)).format("%Y-%m-%d").to_string();
                let found = self.ctx.times.iter().position(|x| {
                    x.kind == crate::doc::TimeType::Date
                        && x.value.as_deref().and_then(|v| v.get(..10)) == Some(day.as_str())
                })?;
                u32::try_from(found).ok()
            });
            // (With no such date, a span of hours or days may still end the
            // day it began; a longer one does not.)
            if day.is_some() || long {
                self.mentions[k].time = day;
                self.mentions[k].ctime = day;
            }
        }
        self.counts();
    }

    /// Reads mention `k` as trigger `to` (and its type), if the lexicon has it.
    fn retype(&mut self, k: usize, to: Option<u32>) {
        if let Some(t) = to.and_then(|r| self.lex.triggers.get(r as usize)) {
            self.mentions[k].kind = Some(t.kind.clone());
            self.mentions[k].trigger = to;
        }
    }

    /// Whether a word of the sentence of token `t` passes `f`.
    fn sentence_has(&self, t: usize, f: impl Fn(usize) -> bool) -> bool {
        self.ix
            .sentence_of(t)
            .is_some_and(|(s0, s1)| (s0..s1).any(|j| self.is_word(j) && f(j)))
    }

    /// «إذا لم يُطلق سراح زملائهم»، «ما لم يُفرج عن المخطوفين»: the mention
    /// opens the negated condition of an «unless».
    fn unless(&self, m: &Mention) -> bool {
        // (يتم، تتم may stand between: إذا لم يتم الإفراج عنهم.)
        (m.t0.saturating_sub(3)..m.t0).any(|j| {
            j > 0
                && self.key(j) == "لم"
                && matches!(grammar::strip_conj(self.key(j - 1)), "اذا" | "ما" | "ان" | "لو")
                && (j + 1..m.t0).all(|k| matches!(self.key(k), "يتم" | "تتم"))
        })
    }

    /// The side an inquiry looks into: a person or body within two words
    /// after مع or after a word of misconduct (تحقيقا مع الضابط فلان،
    /// تجاوزات الشرطة) in the clause after the trigger.
    fn investigated(&self, m: &Mention) -> Option<u32> {
        let end = self.window_end(m.t1);
        let words: Vec<usize> = (m.t1..end).filter(|&t| self.is_word(t)).collect();
        words.iter().enumerate().find_map(|(i, &t)| {
            let lead = grammar::strip_conj(self.key(t)) == "مع" || self.lex.words.is_misconduct(self.key(t));
            words[i + 1..].iter().take(2).find_map(|&n| {
                let e = self.ix.entity[n];
                (lead && e != NONE && self.is_org_or_person(e)).then_some(e)
            })
        })
    }

    /// The end of the argument window after `from`: a clause break, a
    /// complementizer, or 10 words.
    fn window_end(&self, from: usize) -> usize {
        let (_, s1) = self
            .ix
            .sentence_of(from.saturating_sub(1))
            .unwrap_or((0, self.ctx.layer.tokens.len()));
        let mut j = from;
        let mut words = 0;
        while j < s1 && words < 10 {
            // استهدفت، صباح اليوم الخميس، موقعا: a time set off by commas.
            if let Some(k) = self.time_aside(j, s1) {
                j = k + 1;
                continue;
            }
            if self.is_clause_break(j) || grammar::is_complementizer(self.key(j)) {
                break;
            }
            // (Not a name: فندق is no ف + verb.)
            if j > from
                && self.kind(j) == Some(TokenKind::Arabic)
                && self.ix.entity[j] == NONE
                && (grammar::opens_clause(self.key(j)) || self.joined_passive(j))
            {
                break;
            }
            if self.is_word(j) {
                words += 1;
            }
            j += 1;
        }
        j
    }

    /// A verb joined by و or ف and vowelled as a passive on its first
    /// letter (وسُلّمت، ونُقل): a clause of its own («واعتُقلت الفتاة
    /// وسُلّمت إلى الجيش»: the army it was handed to made no arrest).
    fn joined_passive(&self, j: usize) -> bool {
        let Some(t) = self.ctx.layer.tokens.get(j) else {
            return false;
        };
        let mut chars = self.ctx.layer.slice(t.start as usize, t.end as usize).chars();
        matches!(chars.next(), Some('و' | 'ف'))
            && chars.next().is_some_and(|c| !('\u{064B}'..='\u{0652}').contains(&c))
            && chars.next() == Some('\u{064F}')
    }

    /// A comma at `j` opening a time expression closed by another comma
    /// (، صباح اليوم الخميس،): the closing comma.
    fn time_aside(&self, j: usize, s1: usize) -> Option<usize> {
        if !self.is_punct(j, &["،", ","]) {
            return None;
        }
        let k = (j + 1..(j + 8).min(s1)).find(|&k| self.is_clause_break(k))?;
        (self.is_punct(k, &["،", ","]) && k > j + 1 && (j + 1..k).all(|t| !self.is_word(t) || self.ix.time[t] != NONE))
            .then_some(k)
    }

    /// The token after an occasion of speech opening at `j` (في بيان، عبر
    /// تغريدة), which stands apart: the noun after it is no genitive of it
    /// but the verb's argument (طالبت الوزارة في بيان السلطات بـ…).
    pub(super) fn occasion_end(&self, j: usize, end: usize) -> Option<usize> {
        let spoken = |t: usize| self.occasion.get(t).copied().unwrap_or(false);
        if !(matches!(self.key(j), "في" | "خلال" | "عبر") && spoken(j + 1)) {
            return None;
        }
        let mut k = j + 1;
        while k < end && spoken(k) {
            k += 1;
        }
        Some(k)
    }

    /// A verbal noun with ل of purpose (لتحرير المخطوفات، لمنع تكرار).
    fn of_purpose(&self, t: usize) -> bool {
        grammar::strip_conj(self.key(t)).starts_with('ل')
    }

    /// Whether one of the first `words` words from token `from` in its
    /// clause (a figure counts as one) has a key that passes `f`: the
    /// troops a deployment sends, the arms a withdrawal pulls back.
    fn object_within(&self, from: usize, words: usize, f: impl Fn(&str) -> bool) -> bool {
        let n = self.ctx.layer.tokens.len();
        (from..(from + words + 3).min(n))
            .take_while(|&t| !self.is_clause_break(t))
            .filter(|&t| self.is_word(t) || self.ix.quantity[t] != NONE)
            .take(words)
            .any(|t| self.is_word(t) && f(self.key(t)))
    }

    /// Skips adverbs, dates and quotation marks.
    fn skip_adverbs(&self, mut j: usize, end: usize) -> usize {
        while j < end {
            if self.key(j) == "اول" && self.key(j + 1) == "من" {
                j += 2;
                continue;
            }
            // «ودعت في بيان مجلس الأمن إلى»: an occasion of speech between a
            // verb and its arguments.
            if let Some(after) = self.occasion_end(j, end) {
                j = after;
                continue;
            }
            let t = self.ix.time[j] != NONE;
            let q = self.kind(j) == Some(TokenKind::Quote);
            let a = self.kind(j) == Some(TokenKind::Arabic) && grammar::is_adverb(self.key(j));
            if !(t || q || a) {
                break;
            }
            j += 1;
        }
        j
    }

    /// The kind of the event named within three words before the relative
    /// pronoun that opens the clause of the verb `m` (its head: «المظاهرة
    /// التي»، «احتجاجات حزيران 2021 التي»), in its sentence.
    fn relative_head_kind(&self, m: &Mention) -> Option<String> {
        let s0 = self.ix.sentence_of(m.pred0).map_or(0, |(s0, _)| s0);
        let r = (s0..m.pred0)
            .rev()
            .filter(|&j| self.is_word(j))
            .take(2)
            .find(|&j| grammar::is_relative(self.key(j)))?;
        // Between them only its date and adjectives (الاشتباكات العنيفة
        // التي), not the people it befell (مواجهات مع الشبان الذين).
        let between = |j: usize| {
            let k = self.key(j);
            self.ix.time[j] != NONE
                || !self.is_word(j)
                || (k.starts_with("ال")
                    && self.ix.entity[j] == NONE
                    && !self.names_people(j)
                    && (k.ends_with('ة') || k.ends_with('ه') || k.ends_with('ي')))
        };
        self.mentions
            .iter()
            .filter(|o| o.sent == m.sent && o.t1 <= r && o.t1 + 3 >= r && o.trigger.is_some())
            .max_by_key(|o| o.t1)
            .filter(|o| (o.t1..r).all(between))
            .and_then(|o| o.kind.clone())
    }

    /// How the sentence presents the mention: predicated, given, in
    /// passing, or generic.
    fn discourse(&self, m: &mut Mention) {
        let pos = m.pos;
        let prev = |k: usize| -> &str {
            let mut j = m.pred0;
            let mut n = 0;
            while j > 0 {
                j -= 1;
                if self.kind(j) == Some(TokenKind::Quote) {
                    continue;
                }
                if !self.is_word(j) {
                    return "";
                }
                n += 1;
                if n == k {
                    return self.key(j);
                }
            }
            ""
        };
        let next = |k: usize| -> &str {
            let mut j = m.t1;
            let mut n = 0;
            while j < self.ctx.layer.tokens.len() {
                if self.kind(j) == Some(TokenKind::Quote) {
                    j += 1;
                    continue;
                }
                if !self.is_word(j) {
                    return "";
                }
                n += 1;
                if n == k {
                    return self.key(j);
                }
                j += 1;
            }
            ""
        };
        let relative = grammar::is_relative(prev(1)) || grammar::is_relative(prev(2));
        m.relative_after = grammar::is_relative(next(1));
        let proclitic = self.particles_before(m.t0, m.start).starts_with(['ب', 'ل', 'ك']);
        m.after_prep = m.pred0 == m.t0 && (proclitic || grammar::preposition(prev(1)).is_some());
        m.after_word = pos == Pos::Noun
            && m.pred0 == m.t0
            && !m.after_prep
            && !prev(1).is_empty()
            && !self.ctx.resources.function_words.contains(grammar::strip_conj(prev(1)));
        // خرج متظاهرون للاحتجاج، تجمع العمال أمس للاحتجاج: the protest
        // made; its article is the verbal noun's, not old news.
        // (The verb carries the noun as a light verb: args.rs, light_verb_before.)
        let motion = m.kind.as_deref() == Some("PROTEST")
            && pos != Pos::Verb
            && proclitic
            && m.pred0 != m.t0
            && self.lex.words.is_motion_verb(self.key(m.pred0));
        // A drone shot down: the downing verb predicates it.
        m.predicated = motion
            || m.downed
            || m.defused
            || (pos == Pos::Verb && !m.imperfect)
            || m.pred0 != m.t0
            || grammar::is_occurrence(prev(1))
            || (1..=3).any(|k| grammar::is_occurrence(next(k)))
            // «في هجوم شنّوه فجر السبت»: the organiser's verb predicates it.
            || (pos != Pos::Verb && self.lex.words.is_organizer_verb(next(1), false))
            || (m.casualty.is_some() && (grammar::is_result(prev(1)) || grammar::is_result(prev(2))))
            // «أسفرت عمليات التفتيش عن ضبط …»، «أدت إلى اعتقال …»: a result
            // told is news.
            || (matches!(prev(1), "عن" | "الي") && grammar::is_consequence(prev(2)) && !matches!(prev(2), "ما" | "مما"));
        if pos == Pos::Verb {
            // «المظاهرة التي فرّقتها الشرطة»، «احتجاجات 2021 التي اعتُقل
            // خلالها العشرات»: a verb of another kind than the event its
            // relative describes tells something new of it, not that event
            // again.
            let other_kind = relative && self.relative_head_kind(m).is_some_and(|k| m.kind.as_ref() != Some(&k));
            m.given = relative && !other_kind;
            m.refers = relative && !other_kind;
        } else {
            // The article alone makes a verbal noun definite without making
            // it old news (طالب بالانسحاب); an anaphoric noun, a pronoun or
            // a demonstrative does.
            let back = (m.anaphoric && !motion) || m.suffixed || matches!(prev(1), "هذا" | "هذه" | "ذلك" | "تلك");
            m.given = back || (m.article && !motion) || self.construct_definite(m.t1);
            // Told nothing new of: not predicated here.
            m.refers = !m.predicated && (back || (m.article && self.governor(m).is_none()));
            m.referential = !m.predicated && (1..=2).any(|k| self.lex.words.is_referential(prev(k)));
            // (A second drone shot down is another attack, still reported.)
            m.aside = m.casualty.is_none() && !m.downed && self.lex.words.is_distinct(next(1));
            let word = self.ctx.layer.slice(m.start, m.end);
            // A plural names a kind of event (هجمات، اغتيالات) — except
            // protests, which news reports in the plural (خرجت مظاهرات في …).
            m.generic = crate::text::normalize::match_key(word).ends_with("ات") && m.kind.as_deref() != Some("PROTEST");
        }
    }

    /// Factuality cues next to the trigger, the sentence's mood, and the
    /// stance of the quote around it.
    fn factuality(&self, m: &Mention) -> Factuality {
        let mut best: Option<(usize, Factuality)> = None;
        let mut foiled_in_reach = false;
        let (s0, s1) = self.ix.sentence_of(m.t0).unwrap_or((m.t0, m.t1));
        for h in self.cue_hits_between(s0, s1) {
            let Some(cue) = self.lex.factuality.get(h.1 as usize) else {
                continue;
            };
            let h = h.0;
            let gap = if cue.before {
                if h.t1 > m.t0 {
                    continue;
                }
                // Up to the predicate: لم تشنّ قسد أي هجوم.
                let to = if h.t1 <= m.pred0 { m.pred0 } else { m.t0 };
                self.words_between(h.t1, to)
            } else {
                if h.t0 < m.t1 {
                    continue;
                }
                self.words_between(m.t1, h.t0)
            };
            let Some(gap) = gap else { continue };
            // لم، ما، لا stand alone or after و/ف (كما is no ما).
            if cue.value == Factuality::Denied && !self.particles_before(h.t0, h.start).is_empty() {
                continue;
            }
            let max = match cue.value {
                Factuality::Denied => {
                    if gap == 1 && cue.before {
                        let mid = self.next_word(h.t1);
                        if !matches!(
                            grammar::strip_conj(self.key(mid)),
                            "يتم" | "تم" | "يكن" | "تكن" | "يقع" | "تقع" | "يحدث" | "تحدث"
                        ) {
                            continue;
                        }
                    }
                    1
                }
                Factuality::Hypothetical => 8,
                // Past a subject: اعترضت الدفاعات الجوية السعودية طائرة مسيرة.
                Factuality::Foiled => 5,
                _ => 3,
            };
            if gap <= max && cue.value == Factuality::Foiled {
                foiled_in_reach = true;
            }
            if gap <= max && best.is_none_or(|(g, _)| gap < g) {
                best = Some((gap, cue.value));
            }
        }
        // A foiled attempt is foiled (أحبطت قسد محاولة اغتيال): the nearer
        // "attempt" does not undo the foiling.
        if let Some((_, f)) = best {
            return if f == Factuality::Attempted && foiled_in_reach {
                Factuality::Foiled
            } else {
                f
            };
        }
        // What is called for after إلى (دعا أنصاره إلى التظاهر، الدعوة إلى
        // الإضراب) is yet to happen.
        if m.pos == Pos::Noun
            && m.t0 > s0
            && self.is_word(m.t0 - 1)
            && matches!(self.key(m.t0 - 1), "الي" | "والي")
            && (m.t0.saturating_sub(5).max(s0)..m.t0 - 1)
                .any(|j| self.is_word(j) && self.lex.words.is_call_word(self.key(j)))
        {
            return Factuality::Planned;
        }
        // The complement of a demand, a refusal or a threat (طالب بالانسحاب،
        // رفض الانسحاب، هدد بشنّ هجوم) has not happened. (A verb joined by
        // و is a clause of its own: «رفضت الجبهة القرار ولوّحت بالتصعيد».)
        // (Nor is a participle after a comma: …، ونفت …، داعية الوسطاء إلى.)
        let joined_verb = m.pos == Pos::Verb
            && (matches!(self.key(m.t0).chars().next(), Some('و' | 'ف')) || self.comma_participle(m.t0));
        if let Some(g) = self.governor(m).filter(|_| !joined_verb) {
            match self.mentions[g].kind.as_deref() {
                Some("REQUEST") => return Factuality::Hypothetical,
                Some("REJECT") => return Factuality::Denied,
                Some("THREATEN") => return Factuality::Threatened,
                _ => {}
            }
        }
        // The light verb carrying a noun may be the future: ستعقد اللجنة اجتماعا.
        let light_future = m.pred0 != m.t0
            && (grammar::is_future_form(self.key(m.pred0))
                || (m.pred0 > s0 && grammar::strip_conj(self.key(self.next_word_back(m.pred0 - 1))) == "سوف"));
        if m.future || light_future {
            return Factuality::Planned;
        }
        // The word before the predicate: an intention (ينوي، يعتزم), "any"
        // (أي هجوم), or أن with an imperfect (أن يتم قصفها، أن تنفذ).
        let mut b = m.pred0;
        while b > s0 && !self.is_word(b - 1) && self.kind(b - 1) == Some(TokenKind::Quote) {
            b -= 1;
        }
        if b > s0 && self.is_word(b - 1) {
            let before = grammar::strip_conj(self.key(b - 1));
            if grammar::is_intention(before) || grammar::is_purpose(before) {
                return Factuality::Planned;
            }
            if before == "اي" {
                return Factuality::Hypothetical;
            }
            let pred = grammar::strip_conj(self.key(m.pred0));
            let imperfect_pred = m.imperfect || (m.pred0 != m.t0 && pred.starts_with(['ي', 'ت', 'ن']));
            // (Not a release or a withdrawal a past narrative goes on to:
            // «اعتُقل ثلاثة قبل أن يُطلق سراحهم»، «قبل أن ينسحبوا»; an attack
            // after قبل أن may well be the one prevented.)
            let narrated = m.kind.as_deref() == Some("RETREAT")
                && b >= s0 + 2
                && matches!(grammar::strip_conj(self.key(self.next_word_back(b - 2))), "قبل");
            // «تمكنت الهندسة من العثور على لغم ثانٍ وتفكيكه قبل أن ينفجر»:
            // defused before it went off.
            if before == "ان"
                && (imperfect_pred || grammar::strip_conj(self.key(m.t0)).starts_with(['ي', 'ت']))
                && m.kind.as_deref() == Some("ASSAULT")
                && b >= s0 + 2
                && grammar::strip_conj(self.key(self.next_word_back(b - 2))) == "قبل"
                && (s0..b).any(|j| self.is_word(j) && self.lex.words.is_defuse(self.key(j)))
            {
                return Factuality::Foiled;
            }
            if matches!(before, "ان" | "لان" | "بان") && self.key(b - 1).ends_with("ان") && imperfect_pred && !narrated
            {
                return Factuality::Hypothetical;
            }
            // قد with an imperfect is "may" (وقد يخطف); with a perfect it
            // only stresses that it happened (وقد قتل).
            // A light verb's ن/ت may open a perfect (نفّذ، تعرّض): only its ي counts.
            if before == "قد"
                && (if m.pred0 == m.t0 {
                    m.imperfect
                } else {
                    pred.starts_with('ي')
                })
            {
                return Factuality::Hypothetical;
            }
        }
        // Questions and conditionals (a sentence opening with إذا or لو is
        // hypothetical throughout); modals (يمكن، قد يقتل، من المرجح).
        if (s0..(s0 + 3).min(s1))
            .any(|j| self.kind(j) == Some(TokenKind::Arabic) && grammar::is_conditional(self.key(j)))
        {
            return Factuality::Hypothetical;
        }
        let mut j = m.pred0;
        let mut words = 0;
        while j > s0 && words < 3 {
            j -= 1;
            if self.is_clause_break(j) {
                break;
            }
            if self.kind(j) == Some(TokenKind::Arabic) && grammar::is_modal(self.key(j)) {
                return Factuality::Hypothetical;
            }
            words += usize::from(self.is_word(j));
        }
        let last = (s0..s1).rev().find(|&j| self.kind(j) == Some(TokenKind::Punct));
        if last.is_some_and(|j| self.is_punct(j, &["؟", "?"])) || grammar::strip_conj(self.key(s0)) == "هل" {
            return Factuality::Hypothetical;
        }
        let mut j = m.pred0;
        let mut words = 0;
        while j > s0 && words < 8 {
            j -= 1;
            if self.is_clause_break(j) {
                break;
            }
            if self.kind(j) == Some(TokenKind::Arabic) && grammar::is_conditional(self.key(j)) {
                return Factuality::Hypothetical;
            }
            words += 1;
        }
        // Expected, not reported: توقع أن تلجأ إسرائيل إلى شن عمليات اغتيال.
        // Only a subjunctive content (أن + imperfect): رجّح وقوف التنظيم
        // وراء الهجوم attributes an attack that happened.
        if let Some(q) = self
            .quotes
            .iter()
            .find(|q| q.content.start <= m.start && m.end <= q.content.end && q.stance == "expect")
        {
            let a = self.next_word(self.ctx.layer.token_from(q.content.start));
            let verb = self.next_word(a + 1);
            if a < m.t0
                && matches!(grammar::strip_conj(self.key(a)), "ان")
                && verb <= m.pred0
                && self.kind(verb) == Some(TokenKind::Arabic)
                && self.key(verb).starts_with(['ي', 'ت', 'ن'])
                // أن يكون التنظيم قد نفذ …: a past event's cause or author.
                && !matches!(self.key(verb), "يكون" | "تكون" | "يكونوا" | "يكونا" | "تكونا")
            {
                return Factuality::Hypothetical;
            }
        }
        // Reported by a denial: نفى أن يكون …، unless only the responsibility is denied.
        if let Some(q) = self
            .quotes
            .iter()
            .find(|q| q.content.start <= m.start && m.end <= q.content.end)
            && q.stance == "deny"
        {
            let a = self.ctx.layer.token_from(q.content.start);
            let responsibility = (a..m.t0).any(|j| {
                let k = grammar::strip_conj(self.key(j));
                k.starts_with("مسوولي") || k.starts_with("مسولي")
            });
            if !responsibility {
                return Factuality::Denied;
            }
        }
        Factuality::Actual
    }

    /// The nearest word at or before token `j`.
    fn next_word_back(&self, mut j: usize) -> usize {
        while j > 0 && !self.is_word(j) {
            j -= 1;
        }
        j
    }

    fn next_word(&self, mut j: usize) -> usize {
        while j < self.ctx.layer.tokens.len() && !self.is_word(j) {
            j += 1;
        }
        j
    }

    /// Words strictly between token `a` and token `b`, or `None` across a clause break.
    /// The word next to a verb, before it or after it (past فيه), names a
    /// place or a facility: a hospital, a city, «الولاية».
    fn place_subject(&self, m: &Mention) -> bool {
        let placey = |j: usize| {
            if !self.is_word(j) {
                return false;
            }
            let e = self.ix.entity[j];
            if e != NONE {
                return self
                    .entity(e)
                    .is_some_and(|x| matches!(x.kind, EntityKind::Place | EntityKind::Facility));
            }
            let key = grammar::strip_conj(self.key(j));
            let bare = key.strip_prefix("ال").unwrap_or(key);
            self.lex.words.is_care_place(key) || self.ctx.resources.entities.descriptors.longest(bare, &[]).is_some()
        };
        let s0 = self.ix.sentence_of(m.t0).map_or(0, |s| s.0);
        let before = m.t0.checked_sub(1).map(|p| self.next_word_back(p));
        let mut after = self.next_word(m.t1);
        if matches!(self.key(after), "فيه" | "فيها" | "فيهم") {
            after = self.next_word(after + 1);
        }
        before.is_some_and(|b| b >= s0 && placey(b)) || placey(after)
    }

    fn words_between(&self, a: usize, b: usize) -> Option<usize> {
        let mut n = 0;
        for j in a..b {
            if self.is_clause_break(j) {
                return None;
            }
            if self.is_word(j) {
                n += 1;
            }
        }
        Some(n)
    }

    fn cue_hits_between(&self, s0: usize, s1: usize) -> impl Iterator<Item = &(Hit, u32)> {
        let from = self.fact_hits.partition_point(|(h, _)| h.t0 < s0);
        self.fact_hits[from..]
            .iter()
            .take_while(move |(h, _)| h.t0 < s1)
            .filter(move |(h, _)| h.t1 <= s1)
    }
}

/// A crowd dispersed (فرّقت، فضّت، قنابل الغاز): an assault of the
/// crowd-control mode.
fn is_dispersal(e: &Event) -> bool {
    e.kind == "ASSAULT" && e.mode.as_deref() == Some("crowd-control")
}

/// A place's names: its own and its reference's labels, as admin names
/// are written.
fn place_names(e: &Entity) -> Vec<String> {
    let mut v = vec![e.name.clone()];
    if let Some(r) = &e.reference {
        v.extend(r.label_en.clone());
        v.extend(r.label_ar.clone());
    }
    v
}

/// Two means of attack that tell one assault (a gunfight is the clash, a
/// car bomb the suicide attack, a drone's strike the airstrike; a massacre
/// is what any of them did), as against two kinds of act an analyst codes
/// apart (shelling beside a clash, an airstrike and a ground clash, an
/// abduction and a shooting).
fn means_go_together(x: &str, y: &str) -> bool {
    const FAMILIES: [&[&str]; 4] = [
        &["clash", "firearms", "primitive"],
        &["explosives", "suicide-attack"],
        &["aerial", "drone"],
        &["crowd-control", "firearms", "beat"],
    ];
    x == "massacre" || y == "massacre" || FAMILIES.iter().any(|f| f.contains(&x) && f.contains(&y))
}

/// The actors of the latest event of `out` (those before offset `before`)
/// that `fits`, with actors and none of `others` among them.
fn latest_actors(
    out: &[Event],
    before: usize,
    others: &[String],
    fits: impl Fn(&Event) -> bool,
) -> Option<Vec<String>> {
    out.iter()
        .rev()
        .find(|e| {
            e.trigger.start < before && !e.actors.is_empty() && !e.actors.iter().any(|a| others.contains(a)) && fits(e)
        })
        .map(|e| e.actors.clone())
}

/// How specific a place is: lower is more specific.
fn specificity(e: &Entity) -> u8 {
    if e.kind == EntityKind::Facility {
        return 0;
    }
    match e.geo.as_ref().and_then(|g| g.feature.as_deref()).unwrap_or("") {
        "prison" | "camp" | "airport" | "base" | "crossing" | "facility" | "hospital" => 0,
        "neighbourhood" => 1,
        "village" | "locality" => 2,
        "town" => 3,
        "city" => 4,
        "district" | "subdistrict" | "place" | "" => 5,
        "governorate" => 6,
        "region" | "river" | "sea" | "lake" | "mountain" => 7,
        "country" => 8,
        _ => 5,
    }
}

impl<'c, 'a, 't> Extractor<'c, 'a, 't> {
    // ---- 3. where and when -------------------------------------------

    fn distance(m: &Mention, t: usize) -> usize {
        if t < m.t0 {
            m.t0 - t
        } else if t >= m.t1 {
            t - m.t1 + 1
        } else {
            0
        }
    }

    /// How far a date at token `t` is from a mention's predicate: a date
    /// usually follows what it dates (قتل … أمس، القضاء على … في آذار 2019),
    /// so one before the predicate counts five tokens more.
    fn date_distance(m: &Mention, t: usize) -> usize {
        if t < m.pred0 {
            m.pred0 - t + 5
        } else if t >= m.t1 {
            t - m.t1 + 1
        } else {
            0
        }
    }

    /// The mentions of sentence `sent` (mentions are in text order).
    fn sentence_mentions(&self, sent: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.sent < sent);
        let to = from + self.mentions[from..].partition_point(|m| m.sent == sent);
        &self.mentions[from..to]
    }

    /// The mention of sentence `sent` a date at token `t` belongs to. A
    /// date before a cause and its event (إثر، عقب، جراء، بسبب) dates the
    /// clause it ends (احتجاجات اندلعت في أكتوبر 2016 إثر مقتل بائع), not
    /// the cause after.
    /// A date that opens its clause (ففي آب 2021 قصفت …، وفي أيار …)
    /// dates what follows it, not what came before.
    fn nearest_dated_mention(&self, sent: usize, t: usize) -> Option<usize> {
        let from = self.mentions.partition_point(|m| m.sent < sent);
        let caused =
            |m: &Mention| t < m.pred0 && (t..m.pred0).any(|j| self.is_word(j) && self.lex.words.is_cause(self.key(j)));
        let forward = self.dates_forward(t);
        self.mentions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.sent == sent)
            .min_by_key(|(_, m)| {
                Self::date_distance(m, t) + if caused(m) { 20 } else { 0 } + if forward && m.t1 <= t { 20 } else { 0 }
            })
            .map(|(k, _)| from + k)
    }

    /// Whether the date at token `t` dates what follows it: it opens a
    /// clause (ففي، وفي).
    fn dates_forward(&self, t: usize) -> bool {
        let p = if t > 0 { self.next_word_back(t - 1) } else { t };
        p < t
            && matches!(self.key(p), "ففي" | "وفي")
            && (p == 0 || !self.is_word(p - 1) || self.is_punct(p - 1, &["،", ","]))
    }

    /// The first event named in the حين/عندما clause right after the date
    /// ending before token `e`, within fourteen tokens of حين («في أيار
    /// 2023 حين استهدفت طائرات …»، «منذ آب 2022، حين سيطرت القوات … بعد
    /// معارك»), and the verbs joined to it by و (حين أصيب مصور … واعتُقل
    /// أكثر من مئة شخص): the date is their time too.
    fn when_clause_mentions(&self, sent: usize, e: usize) -> Vec<usize> {
        let w = self.next_word(e);
        if !(self.is_word(w) && matches!(grammar::strip_conj(self.key(w)), "حين" | "عندما" | "حينما")) {
            return Vec::new();
        }
        let from = self.mentions.partition_point(|m| m.sent < sent);
        let in_clause: Vec<usize> = (from..self.mentions.len())
            .take_while(|&k| self.mentions[k].sent == sent)
            .filter(|&k| self.mentions[k].t0 > w)
            .collect();
        let Some((&first, rest)) = in_clause.split_first().filter(|(f, _)| self.mentions[**f].t0 <= w + 14) else {
            return Vec::new();
        };
        let mut out = vec![first];
        let mut prev = self.mentions[first].t1;
        for &k in rest {
            let m = &self.mentions[k];
            if m.t0 > w + 24 || (prev..m.t0).any(|j| self.is_clause_break(j)) {
                break;
            }
            // (A noun between is the verb's own: أصيب … بجروح.)
            if m.pos != Pos::Verb {
                continue;
            }
            if !self.key(m.t0).starts_with('و') {
                break;
            }
            out.push(k);
            prev = m.t1;
        }
        out
    }

    /// The mention of sentence `sent` nearest token `t`.
    fn nearest_mention(&self, sent: usize, t: usize, filter: impl Fn(&Mention) -> bool) -> Option<usize> {
        let from = self.mentions.partition_point(|m| m.sent < sent);
        self.mentions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.sent == sent)
            .filter(|(_, m)| filter(m))
            .min_by_key(|(_, m)| Self::distance(m, t))
            .map(|(k, _)| from + k)
    }

    fn assign_times_and_places(&mut self) {
        let n = self.ctx.layer.tokens.len();
        // Dates and durations: to the nearest mention.
        let mut t = 0;
        while t < n {
            let k = self.ix.time[t];
            if k == NONE {
                t += 1;
                continue;
            }
            let mut e = t;
            while e < n && self.ix.time[e] == k {
                e += 1;
            }
            let sent = self.ix.sentence[t];
            // «لم يتبنّ أي تنظيم الهجوم حتى صباح اليوم»: the date a state
            // lasts until is not when anything happened.
            let until = t > 0 && self.key(self.next_word_back(t - 1)) == "حتي";
            // «الهجوم الأعنف منذ آب 2022»، «الأول من نوعه منذ»: the date a
            // comparison reaches back to is not the event's.
            let compared = t > 0 && {
                let since = self.next_word_back(t - 1);
                self.key(since) == "منذ"
                    && (since.saturating_sub(5)..since).any(|j| {
                        let k = grammar::strip_conj(self.key(j));
                        self.kind(j) == Some(TokenKind::Arabic)
                            && ((k.starts_with("الا") && k.chars().count() == 6) || matches!(k, "الاول" | "الاولي"))
                    })
            };
            if sent != NONE
                && !until
                && !compared
                && let Some(time) = self.ctx.times.get(k as usize)
                && let Some(mi) = self.nearest_dated_mention(sent as usize, t)
            {
                let d = Self::date_distance(&self.mentions[mi], t);
                if is_date(time) {
                    let m = &self.mentions[mi];
                    // A clock time with no day of its own (الساعة الثالثة)
                    // yields to a date the clause gives (فجر اليوم الأربعاء).
                    let bare_clock = |x: &crate::doc::TimeExpr| {
                        x.kind == crate::doc::TimeType::Time && x.value.as_deref().is_none_or(|v| v.starts_with('T'))
                    };
                    let better = match m.time {
                        None => true,
                        Some(old) => {
                            let ot = self.time_token(old);
                            let old_clock = self.ctx.times.get(old as usize).is_some_and(bare_clock);
                            match (old_clock, bare_clock(time)) {
                                (true, false) => true,
                                (false, true) => false,
                                _ => d < Self::date_distance(m, ot),
                            }
                        }
                    };
                    if better {
                        self.mentions[mi].time = Some(k);
                    }
                } else if time.kind == crate::doc::TimeType::Duration && self.mentions[mi].duration.is_none() {
                    self.mentions[mi].duration = time.value.clone();
                }
            }
            if sent != NONE && !until && self.ctx.times.get(k as usize).is_some_and(is_date) {
                for mi in self.when_clause_mentions(sent as usize, e) {
                    if self.mentions[mi].time.is_none() {
                        self.mentions[mi].time = Some(k);
                    }
                }
            }
            t = e;
        }
        // Places: each mention takes the most specific place nearest it.
        let mut t = 0;
        while t < n {
            let Some((a, b, e)) = self.ix.mention_at(t) else {
                t += 1;
                continue;
            };
            t = b.max(t + 1);
            let sent = self.ix.sentence[a];
            let Some(ent) = self.entity(e) else { continue };
            if sent == NONE || !is_place(ent) {
                continue;
            }
            // A dateline places the report, not what its sentence tells.
            if self.place_aside(a) || self.is_dateline(a, b) {
                continue;
            }
            // توفي متأثرا بجراحه في مستشفى القائم: where the hurt were taken.
            let care = self.is_care_place_at(ent, a);
            let country = specificity(ent) == 8;
            // «مسيّرة تركية»: an indefinite nationality adjective read as
            // its country's name says whose, not where.
            if country && b == a + 1 && !self.key(a).starts_with("ال") && self.nationality_at(a).is_some() {
                let prev = (0..a).rev().find(|&k| self.is_word(k));
                if prev.is_none_or(|k| grammar::preposition(grammar::strip_conj(self.key(k))).is_none()) {
                    continue;
                }
            }
            // Like a date, a place mostly follows what it places (هجوم مماثل
            // في خانقين، وبعد هجوم في كركوك).
            let from = self.mentions.partition_point(|m| m.sent < sent as usize);
            let Some(mi) = self.mentions[from..]
                .iter()
                .enumerate()
                .take_while(|(_, m)| m.sent == sent as usize)
                .filter(|(_, m)| !(country && (m.actors.contains(&e) || m.targets.contains(&e))))
                .filter(|(_, m)| !care || m.targets.contains(&e))
                .min_by_key(|(_, m)| Self::date_distance(m, a))
                .map(|(k, _)| from + k)
            else {
                continue;
            };
            let m = &mut self.mentions[mi];
            let better = match m.place.and_then(|p| self.ctx.entities.get(p as usize)) {
                None => true,
                Some(old) => specificity(ent) < specificity(old),
            };
            if better {
                m.place = Some(e);
            }
        }
    }

    /// Whether `ent`, named at token `a`, is a hospital or clinic (مستشفى
    /// القائم): where the hurt were taken, not where they were hurt.
    fn is_care_place_at(&self, ent: &Entity, a: usize) -> bool {
        ent.kind == EntityKind::Facility && self.lex.words.is_care_place(self.key(a))
    }

    /// Whether the place named at token `a` is no place where anything
    /// happened: a patron (فصائل مدعومة من إيران، الموالية لتركيا), where
    /// someone went or the far side of a border (فرّوا باتجاه الحدود مع مالي).
    fn place_aside(&self, a: usize) -> bool {
        let words = &self.lex.words;
        let prev = |i: usize| if a >= i { self.key(a - i) } else { "" };
        let patron = words.is_affiliation(prev(1))
            || (matches!(grammar::strip_conj(prev(1)), "من" | "ل" | "الي") && words.is_affiliation(prev(2)));
        // (A descriptor may stand between: باتجاه بلدة الراعي.) Only after
        // fleeing: a drone launched towards a city struck there.
        let direction = if words.is_direction(prev(1)) {
            Some(a - 1)
        } else {
            (a >= 2 && words.is_direction(prev(2)) && self.is_word(a - 1) && self.ix.entity[a - 1] == NONE)
                .then(|| a - 2)
        };
        let fled = direction.is_some_and(|d| {
            let s0 = self.ix.sentence_of(d).map_or(0, |(s0, _)| s0);
            (d.saturating_sub(6).max(s0)..d).any(|t| words.is_flight_verb(self.key(t)))
        });
        // Where a convoy was bound for or came from (قافلة متجهة إلى مدينة
        // X، الحافلة القادمة من X) is not where it was struck.
        let to_from = |k: &str| matches!(grammar::strip_conj(k), "الي" | "من");
        let bound = (to_from(prev(1)) && words.is_bound_for(prev(2)))
            || (a >= 2
                && to_from(prev(2))
                && self.is_word(a - 1)
                && self.ix.entity[a - 1] == NONE
                && words.is_bound_for(prev(3)));
        let heading = fled || bound || (grammar::strip_conj(prev(1)) == "مع" && words.is_border(prev(2)));
        // «في بيان صدر من نيامي»: where a statement was issued.
        let issued = matches!(grammar::strip_conj(prev(1)), "من" | "في") && words.is_issued(prev(2));
        // «مصدر أمني في جمجمال»، «مصادر طبية من عدن»: where a source is.
        let source =
            matches!(grammar::strip_conj(prev(1)), "في" | "من") && (2..=3).any(|i| words.is_source_noun(prev(i)));
        // «جنود من قوة دفاع غيانا»: the country a body belongs to.
        let owner = a >= 1 && self.is_word(a - 1) && words.is_body_head(prev(1));
        patron
            || heading
            || issued
            || source
            || owner
            || self.report_frame(a)
            || self.in_attribution(a)
            || self.said_where(a)
    }

    /// «وأوضح الوزير، في مؤتمر صحفي بمدينة كسمايو، أن …»: a place in the
    /// phrase of an occasion of speech (a statement or interview noun of
    /// data/quotes/cues.tsv) between a cue and the complementizer (or
    /// quotation) that opens its content is where the words were said.
    fn said_where(&self, a: usize) -> bool {
        // (The occasion first: most places have none before them.)
        let Some(m) = (a.saturating_sub(4)..a).find(|&j| self.occasion.get(j).copied().unwrap_or(false)) else {
            return false;
        };
        let layer = self.ctx.layer;
        self.quotes.iter().any(|q| {
            let c0 = layer.token_from(q.cue.start);
            if !(c0 < m && q.content.start > q.cue.start) {
                return false;
            }
            let k0 = layer.token_from(q.content.start);
            let opened = k0 > 0
                && (grammar::is_complementizer(self.key(k0 - 1))
                    || grammar::is_complementizer(self.key(k0))
                    || self.kind(k0 - 1) == Some(TokenKind::Quote));
            a < k0 && opened && (c0..a).all(|j| !self.is_punct(j, &[".", "!", "?", "؟", ":", "؛", ";"]))
        })
    }

    /// Whether token `a` stands in the words that attribute a report after
    /// it — its cue, source and circumstances, up to the clause's end:
    /// «… بحسب ما أفادت به مصادر طبية في عدن اليوم الأربعاء». A date or
    /// place there is the report's. (Before the content, «أعلنت اللجنة
    /// مساء الثلاثاء فرض حظر», the announcement's date is mostly the
    /// event's own.)
    fn in_attribution(&self, a: usize) -> bool {
        let layer = self.ctx.layer;
        self.quotes.iter().any(|q| {
            let c0 = layer.token_from(q.cue.start);
            a >= c0
                && q.content.end <= q.cue.start
                && self.ix.sentence_of(c0).is_some_and(|(_, s1)| a < s1)
                && (c0..a).all(|j| !self.is_clause_break(j))
        })
    }

    /// «وفي واشنطن، قالت القيادة المركزية إن …»: a place opening its
    /// sentence before a comma and a reporting verb is where the report was
    /// made, as a dateline is.
    fn report_frame(&self, a: usize) -> bool {
        let Some((s0, _)) = self.ix.sentence_of(a) else {
            return false;
        };
        let p = a.checked_sub(1).map(|p| self.next_word_back(p));
        let opens = p.is_some_and(|p| p == s0 && grammar::strip_conj(self.key(p)) == "في");
        let Some((_, b, _)) = self.ix.mention_at(a) else {
            return false;
        };
        if !opens || !self.is_punct(b, &["،", ","]) {
            return false;
        }
        let verb = self.next_word(b + 1);
        let layer = self.ctx.layer;
        layer.tokens.get(verb).is_some_and(|t| {
            self.quotes
                .iter()
                .any(|q| q.cue.start <= t.start as usize && (t.start as usize) < q.cue.end)
        })
    }

    /// The span «بعد مدة من» (or على) right before a mention: its days if
    /// counted (بعد يومين من), and whether it is long, more than a few days
    /// (بعد 19 يوما من، بعد أشهر من).
    fn interval_before(&self, m: &Mention) -> Option<(Option<i64>, bool)> {
        let of = self.next_word_back(m.t0.checked_sub(1)?);
        if of >= m.t0 || !matches!(self.key(of), "من" | "علي") {
            return None;
        }
        let unit = self.next_word_back(of.checked_sub(1)?);
        let k = self.ix.time.get(unit).copied().filter(|&k| k != NONE);
        let (first, days, long) = match k.and_then(|k| self.ctx.times.get(k as usize).map(|t| (k, t))) {
            Some((k, t)) if t.kind == crate::doc::TimeType::Duration => {
                let mut first = unit;
                while first > 0 && self.ix.time[first - 1] == k {
                    first -= 1;
                }
                let v = t.value.as_deref().unwrap_or("");
                let n = |suffix: char| v.strip_prefix('P')?.strip_suffix(suffix)?.parse::<i64>().ok();
                let days = n('D').or_else(|| n('W').map(|w| w * 7));
                let long = days.is_none_or(|d| d > RECENT_DAYS);
                (first, days, long)
            }
            _ => (unit, None, self.lex.words.interval_unit(self.key(unit))?),
        };
        let after = self.next_word_back(first.checked_sub(1)?);
        (grammar::strip_conj(self.key(after)) == "بعد").then_some((days, long))
    }

    fn time_token(&self, k: u32) -> usize {
        self.ctx
            .times
            .get(k as usize)
            .map_or(0, |t| self.ctx.layer.token_from(t.start))
    }

    /// Counts: deaths and injuries by the words around them; the people an
    /// arrest, surrender or protest involves; updates (ارتفع العدد إلى N).
    fn counts(&mut self) {
        let layer = self.ctx.layer;
        let mut used = vec![false; self.ctx.quantities.len()];
        for (qi, q) in self.ctx.quantities.iter().enumerate() {
            let Some(v) = q.value else { continue };
            let q0 = layer.token_from(q.start);
            let Some(&sent) = self.ix.sentence.get(q0) else {
                continue;
            };
            if sent == NONE {
                continue;
            }
            let mut q1 = q0;
            while q1 < self.ix.quantity.len() && self.ix.quantity[q1] == qi as u32 {
                q1 += 1;
            }
            // An approximate count stands behind its approximator (قتل ما لا
            // يقل عن 28): look that much further back for the death word.
            let reach = if q.approx { 8 } else { 4 };
            let Some((casualty, word)) = self.casualty_of(q0, q1, reach) else {
                continue;
            };
            // «تسعة من الجرحى في حالة حرجة»، «بين القتلى أربعة من عناصر
            // الأمن»: a part of a toll already told, no toll of its own.
            let partitive = if word >= q1 {
                word == q1 + 1 && self.key(q1) == "من" && self.key(word).starts_with("ال")
            } else {
                word > 0 && grammar::strip_conj(self.key(word - 1)) == "بين" && self.key(word).starts_with("ال")
            };
            if partitive {
                used[qi] = true;
                continue;
            }
            // «ارتفعت الحصيلة إلى سبعة بعد وفاة اثنين من الجرحى»: the
            // injured who died since are the rise, counted in the new total.
            if casualty == Casualty::Dead && word < q0 && self.died_of_wounds_since_toll(q1, sent as usize) {
                used[qi] = true;
                continue;
            }
            // «قتل 16 عنصرا من القوات و5 من الحوثيين»: the figures joined
            // after it count with it.
            let (more, joined) = if word < q0 {
                self.joined_counts(q1, sent as usize)
            } else {
                (0.0, Vec::new())
            };
            if self.add_casualties(word, sent as usize, q0, casualty, v + more, false, Some(qi as u32)) {
                used[qi] = true;
                for j in joined {
                    used[j] = true;
                }
            }
        }
        // Updates first ("ليرتفع العدد … إلى 550"): their figure is nobody's size.
        let mut updates: Vec<(usize, f64)> = Vec::new();
        // Tolls a later rise outdates with no figure of its own («تحدثت عن
        // مقتل 11 جنديا، قبل أن ترتفع بعد العثور على جثث»): the verb.
        let mut outdated: Vec<usize> = Vec::new();
        for t in 0..layer.tokens.len() {
            if self.kind(t) != Some(TokenKind::Arabic) || !grammar::is_update_verb(self.key(t)) {
                continue;
            }
            let Some(&sent) = self.ix.sentence.get(t) else { continue };
            if sent == NONE {
                continue;
            }
            let (_, s1) = self.ix.sentence_tokens[sent as usize];
            // "ارتفعت حصيلة القتلى جراء القصف … على بلدات في ريف إدلب إلى
            // 14": a toll's new figure may stand far from its verb.
            let toll = self.toll_after(t, s1);
            let reach = if toll.is_some() { 40 } else { 8 };
            let later = self.rise_after(t);
            let Some(ila) = (t + 1..(t + reach).min(s1)).find(|&j| grammar::strip_conj(self.key(j)) == "الي") else {
                if later {
                    outdated.push(t);
                }
                continue;
            };
            let Some(qi) = (ila + 1..(ila + 4).min(s1))
                .map(|j| self.ix.quantity[j])
                .find(|&q| q != NONE)
            else {
                continue;
            };
            let Some(v) = self.ctx.quantities.get(qi as usize).and_then(|q| q.value) else {
                continue;
            };
            used[qi as usize] = true;
            // A toll's figure is its casualty word's count.
            if let Some(word) = toll
                && self.mention_at[word] != NONE
                && self.mentions[self.mention_at[word] as usize].kind.as_deref() == Some("ASSAULT")
            {
                let casualty = self.lex.words.casualty(self.key(word));
                let k = self.mention_at[word] as usize;
                // «ما أدى إلى مقتل اثنين، قبل أن يرتفع عدد القتلى إلى ثلاثة»:
                // the figure it rises from is outdated too.
                let before = later
                    .then(|| {
                        self.mentions[..k].iter().rposition(|o| {
                            o.sent == sent as usize
                                && match casualty {
                                    Some(Casualty::Injured) => o.injured.is_some(),
                                    _ => o.dead.is_some(),
                                }
                        })
                    })
                    .flatten();
                for x in std::iter::once(k).chain(before) {
                    let m = &mut self.mentions[x];
                    match casualty {
                        Some(Casualty::Injured) => m.injured = Some(v),
                        _ => m.dead = Some(v),
                    }
                }
                continue;
            }
            updates.push((t, v));
        }
        // Sizes: the people the event involves (the abducted too: خطف
        // مسلحون 28 امرأة).
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let abduct = m.kind.as_deref() == Some("ASSAULT")
                && self.trigger(m).and_then(|t| t.mode.as_deref()) == Some("abduct");
            if !(abduct
                || m.kind
                    .as_deref()
                    .is_some_and(|t| matches!(t, "COERCE" | "RETREAT" | "PROTEST" | "MOBILIZE")))
                || m.trigger.is_none()
            {
                continue;
            }
            if let Some(qi) = self.size_of(m, &used) {
                used[qi as usize] = true;
                let sent = m.sent;
                let Some(q) = self.ctx.quantities.get(qi as usize) else {
                    continue;
                };
                // (Things seized are no one: ضبط ثلاثة ملايين حبة.)
                if q.unit.as_deref().is_some_and(|u| self.lex.words.is_seized_thing(u)) {
                    continue;
                }
                // «عن سبعة عمال مصريين وعامل تونسي»: the people joined count too.
                let q1 = layer.token_from(q.end.saturating_sub(1)) + 1;
                let (more, read) = self.joined_counts(q1, sent);
                for r in read {
                    used[r] = true;
                }
                self.mentions[k].size = q.value.map(|v| v + more);
                self.mentions[k].size_q = Some(qi);
            }
        }
        // «اعتقلت … خمسة عناصر … قبل أن تفرج عنهم»، «اعتُقل راعيان وأُفرج
        // عنهما»: a release of those a pronoun points back to frees as many
        // as the arrest or abduction before it in the sentence took.
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            if m.kind.as_deref() != Some("RETREAT")
                || m.size.is_some()
                || self.trigger(m).and_then(|t| t.mode.as_deref()) != Some("release")
            {
                continue;
            }
            let pronoun = (m.t1.saturating_sub(1)..(m.t1 + 1).min(self.ctx.layer.tokens.len()))
                .map(|t| grammar::strip_conj(self.key(t)))
                .find(|k| {
                    (k.starts_with("عن") || k.starts_with("سراح")) && ["هم", "هما", "هن"].iter().any(|p| k.ends_with(p))
                });
            let Some(pronoun) = pronoun else {
                continue;
            };
            // (The dual pronoun counts two itself.)
            let dual = pronoun.ends_with("هما").then_some(2.0);
            let taken = self.mentions[..k]
                .iter()
                .rev()
                .take_while(|o| o.sent == m.sent)
                .find(|o| {
                    o.kind.as_deref() == Some("COERCE")
                        || (o.kind.as_deref() == Some("ASSAULT")
                            && self.trigger(o).and_then(|t| t.mode.as_deref()) == Some("abduct"))
                })
                .map(|o| (o.size, o.size_q));
            // («وصل 64 صيادا … بعد أن أفرجت عنهم السلطات»: with no arrest
            // told, the people counted before it in the sentence.)
            let counted_before = || {
                let s0 = self.ix.sentence_of(m.t0).map_or(m.t0, |(s0, _)| s0);
                (s0..m.t0)
                    .rev()
                    .map(|t| self.ix.quantity[t])
                    .find(|&q| q != NONE && !used[q as usize] && self.counted_people(q).is_some())
                    .and_then(|q| {
                        self.ctx
                            .quantities
                            .get(q as usize)
                            .and_then(|x| x.value)
                            .map(|v| (v, q))
                    })
            };
            let (taken, from) = match taken {
                Some((Some(v), q)) => (Some(v), q),
                None if dual.is_none() => match counted_before() {
                    Some((v, q)) => (Some(v), Some(q)),
                    None => (None, None),
                },
                _ => (dual, None),
            };
            if taken.is_some() {
                self.mentions[k].size = taken;
                self.mentions[k].size_q = from;
            }
        }
        // A count of protesters anywhere in a protest's sentence is its size
        // (خرج أكثر من 3 آلاف متظاهر … احتجاجا على …).
        for (qi, q) in self.ctx.quantities.iter().enumerate() {
            if used[qi] || q.value.is_none() || !q.unit.as_deref().is_some_and(|u| self.lex.words.is_protester_unit(u))
            {
                continue;
            }
            let q0 = layer.token_from(q.start);
            let Some(&sent) = self.ix.sentence.get(q0) else {
                continue;
            };
            if sent == NONE {
                continue;
            }
            let near = self.nearest_mention(sent as usize, q0, |m| {
                m.kind.as_deref() == Some("PROTEST") && m.size.is_none() && m.trigger.is_some()
            });
            if let Some(k) = near {
                self.mentions[k].size = q.value;
                used[qi] = true;
            }
        }
        self.counts_without_figures();
        for t in outdated {
            let sent = self.ix.sentence[t] as usize;
            for m in self.mentions.iter_mut().filter(|m| m.sent == sent && m.t1 <= t) {
                m.dead = None;
                m.injured = None;
                m.size = None;
                m.size_q = None;
            }
        }
        // «48 شخصا أوقفوا …، فيما اعتُقل خمسة آخرون …، ليرتفع عدد الموقوفين
        // إلى 53»: a count of "others" adds to the one before it, and the
        // new total is that one's.
        let others = |m: &Mention| {
            m.size_q
                .and_then(|q| self.ctx.quantities.get(q as usize))
                .is_some_and(|q| {
                    let after = layer.token_from(q.end.saturating_sub(1)) + 1;
                    q.unit
                        .as_deref()
                        .is_some_and(|u| u.starts_with("آخر") || u.starts_with("اخر"))
                        || (self.is_word(after) && grammar::strip_conj(self.key(after)).starts_with("اخر"))
                })
        };
        let targets: Vec<(Option<usize>, f64)> = updates
            .into_iter()
            .map(|(t, v)| {
                let sent = self.ix.sentence[t] as usize;
                let counted = |m: &Mention| m.t0 < t && m.sent == sent && (m.size.is_some() || m.dead.is_some());
                let prev = self.mentions.iter().rposition(counted);
                let earlier = prev
                    .filter(|&p| self.mentions[p].size.is_some() && others(&self.mentions[p]))
                    .and_then(|p| self.mentions[..p].iter().rposition(|m| counted(m) && m.size.is_some()));
                (earlier.or(prev), v)
            })
            .collect();
        for (prev, v) in targets {
            if let Some(p) = prev {
                let m = &mut self.mentions[p];
                if m.size.is_some() {
                    m.size = Some(v);
                } else {
                    m.dead = Some(v);
                }
            }
        }
    }

    /// ACLED's type by who was hurt: an armed attack (ACLED's default
    /// Battles) that killed or wounded protesters is Excessive force
    /// against protesters; civilians, Violence against civilians. The
    /// victims are the unit of the counted dead or injured.
    fn acled_by_victims(
        &self,
        acled: Option<crate::doc::Acled>,
        members: &[&Mention],
        dead: Option<f64>,
        injured: Option<f64>,
        sides: usize,
    ) -> Option<crate::doc::Acled> {
        let battle = acled.as_ref().is_some_and(|a| a.event_type == "Battles");
        if !battle || sides > 1 || (dead.is_none() && injured.is_none()) {
            return acled;
        }
        let sents: Vec<usize> = members.iter().map(|m| m.sent).collect();
        let mut protesters = false;
        let mut civilians = false;
        for q in self.ctx.quantities {
            let (Some(v), Some(unit)) = (q.value, q.unit.as_deref()) else {
                continue;
            };
            if Some(v) != dead && Some(v) != injured {
                continue;
            }
            let t = self.ctx.layer.token_from(q.start);
            if !self.ix.sentence.get(t).is_some_and(|&s| sents.contains(&(s as usize))) {
                continue;
            }
            protesters |= self.lex.words.is_protester_unit(unit);
            civilians |= self.lex.words.is_civilian_unit(unit);
        }
        let (event_type, sub) = if protesters {
            ("Protests", "Excessive force against protesters")
        } else if civilians {
            ("Violence against civilians", "Attack")
        } else {
            return acled;
        };
        Some(crate::doc::Acled {
            event_type: event_type.to_string(),
            sub_event_type: sub.to_string(),
        })
    }

    /// A force with a possessive pronoun within three words before the
    /// trigger: مقاتليه، قواته، عناصرها، وحداتنا.
    /// Own forces before the mention, or before the verb a plural verb
    /// with no subject goes on from (مقاتليه استهدفوا …، كما قصفوا …).
    fn own_forces_of(&self, m: &Mention) -> bool {
        if self.own_forces_before(m) {
            return true;
        }
        let key = self.key(m.t0);
        let goes_on = m.pos == Pos::Verb
            && grammar::is_plural_verb(self.key(m.t1.saturating_sub(1)))
            && (key.starts_with('و') || (m.t0 > 0 && self.key(m.t0 - 1) == "كما"));
        goes_on
            && self
                .sentence_mentions(m.sent)
                .iter()
                .any(|o| o.t1 <= m.t0 && o.pos == Pos::Verb && self.own_forces_before(o))
    }

    /// «أنها نفذت غارة»، «بأنهم اعتقلوا»: the mention's verb (or the light
    /// verb carrying it) comes right after أنّ with a pronoun.
    fn speaker_pronoun_subject(&self, m: &Mention) -> bool {
        let v = m.pred0.min(m.t0);
        let Some(p) = (0..v).rev().find(|&j| self.is_word(j)) else {
            return false;
        };
        (m.pos == Pos::Verb || m.pred0 < m.t0)
            && matches!(
                grammar::strip_conj(self.key(p)),
                "انه" | "انها" | "انهم" | "انهما" | "بانه" | "بانها" | "بانهم" | "بانهما"
            )
    }

    fn own_forces_before(&self, m: &Mention) -> bool {
        let (mut j, mut words) = (m.pred0, 0);
        while j > 0 && words < 3 {
            j -= 1;
            if self.is_clause_break(j) {
                return false;
            }
            if !self.is_word(j) {
                continue;
            }
            words += 1;
            // is_agent_head takes و off itself, and keeps it for وحداته.
            let key = self.key(j);
            for suffix in ["هم", "ها", "نا", "ه"] {
                if let Some(stem) = key.strip_suffix(suffix)
                    && stem.chars().count() >= 3
                    && (self.lex.words.is_agent_head(stem)
                        || stem
                            .strip_suffix('ت')
                            .is_some_and(|s| self.lex.words.is_agent_head(&format!("{s}ة"))))
                {
                    return true;
                }
            }
        }
        false
    }

    /// The operation an act is part of: «اعتقال 4 مشتبه بهم خلال عملية
    /// دهم»، «في عمليات دهم» — خلال، أثناء، ضمن or في within two words
    /// before the mention, or a pronoun after it that points back to the
    /// operation (حملة أمنية اعتُقل خلالها 40 شخصا).
    fn during(&self, m: &Mention) -> bool {
        if matches!(self.key(m.t1), "خلالها" | "خلاله" | "اثناءها" | "اثناءه" | "ضمنها") {
            return true;
        }
        let mut j = m.t0;
        let mut words = 0;
        while j > 0 && words < 2 {
            j -= 1;
            if self.is_clause_break(j) {
                return false;
            }
            if self.is_word(j) {
                words += 1;
                if matches!(grammar::strip_conj(self.key(j)), "خلال" | "اثناء" | "ضمن" | "في") {
                    return true;
                }
            }
        }
        false
    }

    /// «منذ» within the six words after a mention, in its clause.
    fn since_after(&self, m: &Mention) -> bool {
        let Some((_, s1)) = self.ix.sentence_of(m.t0) else {
            return false;
        };
        let (mut j, mut words) = (m.t1, 0);
        while j < s1 && words < 6 && !self.is_clause_break(j) {
            if self.is_word(j) {
                words += 1;
                if grammar::strip_conj(self.key(j)) == "منذ" {
                    return true;
                }
            }
            j += 1;
        }
        false
    }

    /// Counts joined by و after a counted phrase ending before token `from`
    /// (… و5 من الحوثيين، … وجندي، … وثلاثة مدنيين): their sum and the
    /// quantities read. A counted noun's unit and a «من X» complement of up
    /// to four words may stand between; not a clause break, a casualty
    /// word (و5 جرحى are injured) or an event.
    fn joined_counts(&self, from: usize, sent: usize) -> (f64, Vec<usize>) {
        let nouns = &self.ctx.resources.person_nouns;
        let Some(&(_, s1)) = self.ix.sentence_tokens.get(sent) else {
            return (0.0, Vec::new());
        };
        let mut sum = 0.0;
        let mut read = Vec::new();
        let mut j = from;
        'terms: while j < s1 {
            // Past the unit and a «من X» complement to the next و.
            let mut words = 0;
            let k = loop {
                if j >= s1 || self.is_clause_break(j) || words > 5 {
                    break 'terms;
                }
                if !self.is_word(j) {
                    j += 1;
                    continue;
                }
                if self.key(j) == "و" && j + 1 < s1 {
                    break j + 1;
                }
                if self.key(j).starts_with('و') {
                    break j;
                }
                if self.mention_at[j] != NONE || self.lex.words.casualty(self.key(j)).is_some() {
                    break 'terms;
                }
                words += 1;
                j += 1;
            };
            let q = self.ix.quantity[k];
            let (value, next) = if q != NONE {
                let Some(v) = self.ctx.quantities.get(q as usize).and_then(|x| x.value) else {
                    break;
                };
                let mut e = k;
                while e < s1 && self.ix.quantity[e] == q {
                    e += 1;
                }
                read.push(q as usize);
                (v, e)
            } else if let Some(n) = nouns.count(self.key(k)) {
                // «21 جنديا وعنصرا من X»: a singular in the accusative of a
                // figure's noun (11–99) shares that figure.
                let unit = k.checked_sub(1).map(|u| self.next_word_back(u));
                if n == 1
                    && read.is_empty()
                    && self.key(k).ends_with('ا')
                    && unit.is_some_and(|u| u >= from.saturating_sub(1) && self.key(u).ends_with('ا'))
                {
                    break;
                }
                (f64::from(n), k + 1)
            } else {
                break;
            };
            // و5 جرحى: a count of another kind; but «وامرأة وأصيب ستة»:
            // the term ends before a clause of its own.
            let after = self.next_word(next);
            if after < s1 && self.lex.words.casualty(self.key(after)).is_some() {
                if self.key(after).starts_with('و') && self.kind(after) == Some(TokenKind::Arabic) {
                    sum += value;
                }
                break;
            }
            sum += value;
            j = next;
        }
        (sum, read)
    }

    /// Whether the update verb at `t` comes after the figures before it
    /// (قبل أن ترتفع، لترتفع), which it outdates.
    fn rise_after(&self, t: usize) -> bool {
        let before = |i: usize| t >= i && grammar::strip_conj(self.key(t - i)) == "قبل";
        (t >= 1 && self.key(t - 1) == "ان" && before(2)) || grammar::strip_conj(self.key(t)).starts_with('ل')
    }

    /// The casualty word a toll update names (ارتفعت حصيلة القتلى،
    /// ارتفاع عدد ضحايا): حصيلة or عدد right after the verb at `t`, then
    /// the casualty word.
    fn toll_after(&self, t: usize, s1: usize) -> Option<usize> {
        let head = self.toll_head(t, s1)?;
        let word = self.next_word(head + 1);
        (word < s1 && self.lex.words.casualty(self.key(word)).is_some()).then_some(word)
    }

    /// The figure ending before token `q1` counts injured people (من الجرحى،
    /// من المصابين) and its sentence has updated a toll before it.
    fn died_of_wounds_since_toll(&self, q1: usize, sent: usize) -> bool {
        let (s0, s1) = self.ix.sentence_tokens[sent];
        let from = self.next_word(q1);
        from + 1 < s1
            && self.key(from) == "من"
            && self.lex.words.casualty(self.key(self.next_word(from + 1))) == Some(Casualty::Injured)
            && (s0..q1).any(|t| grammar::is_update_verb(self.key(t)))
    }

    /// حصيلة or عدد right after the update verb at `v` (ارتفعت حصيلة،
    /// ارتفع عدد), within the sentence ending at `s1`.
    fn toll_head(&self, v: usize, s1: usize) -> Option<usize> {
        let head = self.next_word(v + 1);
        (head < s1
            && matches!(
                grammar::strip_conj(self.key(head)),
                "حصيلة" | "الحصيلة" | "عدد" | "العدد"
            ))
        .then_some(head)
    }

    /// The attack mention a toll update names, for the casualty word at `w`
    /// counting the toll's new figure: «ارتفعت حصيلة الهجوم … إلى 11 قتيلا».
    /// The figure stands right before `w` with إلى before it; the update
    /// verb, حصيلة or عدد, then the attack's trigger open the sentence's
    /// clause before it.
    fn toll_named_attack(&self, w: usize, s0: usize) -> Option<usize> {
        let q = self.next_word_back(w.checked_sub(1)?);
        if q < s0 || self.ix.quantity[q] == NONE {
            return None;
        }
        let mut b = q;
        while b > s0 && self.ix.quantity[b - 1] == self.ix.quantity[q] {
            b -= 1;
        }
        let ila = self.next_word_back(b.checked_sub(1)?);
        if ila < s0 || grammar::strip_conj(self.key(ila)) != "الي" {
            return None;
        }
        (s0..ila).find_map(|v| {
            if !grammar::is_update_verb(self.key(v)) {
                return None;
            }
            let head = self.toll_head(v, ila)?;
            let x = self.mention_at[self.next_word(head + 1)];
            (x != NONE && {
                let o = &self.mentions[x as usize];
                o.casualty.is_none() && o.trigger.is_some() && o.kind.as_deref() == Some("ASSAULT")
            })
            .then_some(x as usize)
        })
    }

    /// Casualties the text counts with a noun and no figure: a dual (قُتل
    /// شخصان، مقتل طفلين، قتيلان) is 2, a singular (مقتل شاب، أصيب عنصر،
    /// قُتل حارس واحد) is 1. The noun is the casualty word itself or one of
    /// the two words after it; of several nouns in a row the last counts
    /// (قتل مسلح شخصين: the one killed follows its killer).
    fn counts_without_figures(&mut self) {
        let nouns = &self.ctx.resources.person_nouns;
        let end = self.ctx.layer.tokens.len();
        for here in 0..end {
            if self.kind(here) != Some(TokenKind::Arabic) {
                continue;
            }
            let Some(c) = self.lex.words.casualty(self.key(here)) else {
                continue;
            };
            let Some(&sent) = self.ix.sentence.get(here) else {
                continue;
            };
            if sent == NONE {
                continue;
            }
            // «أقارب القتيلين»، «تشييع الضحيتين»: the dead already told,
            // after their kin or their funeral.
            if here > 0 && self.key(here).starts_with("ال") && self.lex.words.is_kin(self.key(here - 1)) {
                continue;
            }
            // The casualty word itself (قتيلان، مقتله، إصابتها), else the
            // nouns after it, else one before a verb (أن عسكريا أصيب).
            let mut n = nouns.count(self.key(here)).filter(|&n| n == 2);
            let mut implied = false;
            if n.is_none() && self.lex.words.singular_casualty(self.key(here)) {
                n = Some(1);
                implied = true;
            }
            // (Not after و, which opens a clause of its own; not before a figure.)
            if n.is_none()
                && here > 0
                && grammar::strip_conj(self.key(here)) == self.key(here)
                && self.ix.quantity.get(here + 1).is_none_or(|&q| q == NONE)
                && self.lex.words.is_intransitive_casualty(self.key(here))
            {
                let prev = if matches!(self.key(here - 1), "قد" | "وقد") && here > 1 {
                    here - 2
                } else {
                    here - 1
                };
                if self.is_word(prev) && self.ix.quantity[prev] == NONE && self.ix.entity[prev] == NONE {
                    n = nouns.count(self.key(prev));
                    implied = n.is_some();
                }
            }
            if n.is_none() {
                let (mut j, mut words) = (here + 1, 0);
                while j < end && words < 2 && !self.is_clause_break(j) && self.ix.quantity[j] == NONE {
                    if self.is_word(j) {
                        words += 1;
                        // مقتل أحد عناصر الدرك: one of them (of people:
                        // أصابت أحد خزانات الحقل hit a tank).
                        if matches!(self.key(j), "احد" | "احدي") && !self.lex.words.is_non_person_unit(self.key(j + 1))
                        {
                            n = Some(1);
                            j += 1;
                            break;
                        }
                        match nouns.count(self.key(j)) {
                            Some(v) => n = Some(v),
                            None if n.is_some() => break,
                            None => {}
                        }
                    }
                    j += 1;
                    if n.is_some() && self.key(j).starts_with('و') {
                        break;
                    }
                }
                // «مقتل ضابط وجندي»: the nouns joined by و count together.
                if let Some(v) = n {
                    let (more, _) = self.joined_counts(j, sent as usize);
                    if more > 0.0 {
                        self.add_casualties(here, sent as usize, here, c, f64::from(v) + more, false, None);
                        continue;
                    }
                }
            }
            if let Some(v) = n {
                self.add_casualties(here, sent as usize, here, c, f64::from(v), implied, None);
            }
        }
    }

    /// Gives `v` dead or injured to the attack the casualty word at `word`
    /// is, else to the attack nearest `at` in sentence `sent`, unless it
    /// has that count already. Whether an attack took the figure.
    #[allow(clippy::too_many_arguments)]
    fn add_casualties(
        &mut self,
        word: usize,
        sent: usize,
        at: usize,
        c: Casualty,
        v: f64,
        implied: bool,
        count: Option<u32>,
    ) -> bool {
        let mi = match self.mention_at.get(word).copied() {
            Some(k) if k != NONE && self.mentions[k as usize].kind.as_deref() == Some("ASSAULT") => Some(k as usize),
            // «استهدفت مسيّرات مستودعات، ما أدى إلى اندلاع حريق ومقتل
            // عاملين، في حين تصدّت الدفاعات لهجوم ثانٍ»: what a result
            // clause counts is the attack before it.
            _ => self
                .result_verb_before(word)
                .and_then(|r| {
                    self.mentions.iter().rposition(|m| {
                        m.sent == sent && m.t0 < r && m.kind.as_deref() == Some("ASSAULT") && m.casualty.is_none()
                    })
                })
                .or_else(|| self.nearest_mention(sent, at, |m| m.kind.as_deref() == Some("ASSAULT"))),
        };
        let Some(mi) = mi else { return false };
        // «ثلاثة أشخاص متهمين بقتل ناشط»: the people counted before a
        // charge are the accused, not its dead.
        if let (Some(ch), Some(q)) = (self.mentions[mi].charged, count)
            && self
                .ctx
                .quantities
                .get(q as usize)
                .is_some_and(|q| self.ctx.layer.token_from(q.start) < ch)
        {
            return false;
        }
        let m = &mut self.mentions[mi];
        let had = m.dead.is_some() || m.injured.is_some();
        match c {
            Casualty::Dead if m.dead.is_none() => m.dead = Some(v),
            Casualty::Injured if m.injured.is_none() => m.injured = Some(v),
            _ => {}
        }
        m.implied_count = if had { m.implied_count && implied } else { implied };
        if m.victims_q.is_none() {
            m.victims_q = count;
        }
        true
    }

    /// The consequence verb (أدى، أسفر، ما) of the result clause a casualty
    /// word at `w` opens or is joined into (ما أدى إلى اندلاع حريق ومقتل).
    fn result_verb_before(&self, w: usize) -> Option<usize> {
        let reach = if self.key(w).starts_with('و') { 8 } else { 4 };
        let mut p = w;
        let mut lead = 0;
        while p > 0 && lead < reach {
            p -= 1;
            if self.is_clause_break(p) {
                return None;
            }
            if self.kind(p) != Some(TokenKind::Arabic) {
                continue;
            }
            lead += 1;
            if self.mention_at[p] != NONE {
                return None;
            }
            if grammar::is_consequence(self.key(p)) {
                return Some(p);
            }
        }
        None
    }

    /// Whether the count at tokens `[q0, q1)` counts dead or injured, and
    /// the word that says so.
    fn casualty_of(&self, q0: usize, q1: usize, reach: usize) -> Option<(Casualty, usize)> {
        let mut before = None;
        let mut j = q0;
        let mut words = 0;
        while j > 0 && words < reach {
            j -= 1;
            if self.is_clause_break(j) || self.ix.quantity[j] != NONE {
                break;
            }
            if self.is_word(j) {
                words += 1;
                if let Some(c) = self.lex.words.casualty(self.key(j)) {
                    before = Some((words, c, j));
                    break;
                }
            }
        }
        let mut after = None;
        let mut j = q1;
        let mut words = 0;
        let n = self.ctx.layer.tokens.len();
        while j < n && words < 5 {
            if self.is_clause_break(j) || self.ix.quantity[j] != NONE {
                break;
            }
            if self.is_word(j) {
                words += 1;
                if let Some(c) = self.lex.words.casualty(self.key(j)) {
                    after = Some((words, c, j));
                    break;
                }
                // "N آخرين بجروح" reaches past one word; a verb or a
                // preposition ends the phrase.
                if words >= 2 && grammar::preposition(self.key(j)).is_some() {
                    break;
                }
            }
            j += 1;
        }
        // «قُتل ما لا يقل عن 14 شخصا وأصيب 30»: a casualty word after و
        // opens the next clause; it counts the figures after it.
        let joined = |a: &(usize, Casualty, usize)| self.key(a.2).starts_with('و');
        match (before, after) {
            (Some(b), Some(a)) if a.0 < b.0 && !joined(&a) => Some((a.1, a.2)),
            (Some(b), _) => Some((b.1, b.2)),
            // «شارك فيها خمسة سجناء وقُتل خلالها أحد الحراس»: nor does it
            // count the figure before it.
            (None, Some(a)) if joined(&a) => None,
            (None, Some(a)) => Some((a.1, a.2)),
            _ => None,
        }
    }

    /// The count of the people an arrest, surrender or protest involves: a
    /// count just after the trigger, or the counted subject before a verb.
    fn size_of(&self, m: &Mention, used: &[bool]) -> Option<u32> {
        let person = |qi: u32| -> bool {
            let Some(q) = self.ctx.quantities.get(qi as usize) else {
                return false;
            };
            !used.get(qi as usize).copied().unwrap_or(true)
                && q.value.is_some()
                && !q.unit.as_deref().is_some_and(|u| self.lex.words.is_non_person_unit(u))
        };
        let (s0, s1) = self.ix.sentence_of(m.t0)?;
        let mut j = m.t1;
        let mut words = 0;
        // An approximate count stands behind its approximator (اعتقلت ما لا
        // يقل عن 23 محتجا): that much further.
        let approx = |qi: u32| self.ctx.quantities.get(qi as usize).is_some_and(|q| q.approx);
        while j < s1 && words < 8 {
            if words >= 4 && self.ix.quantity[j] == NONE && self.is_word(j) && !self.approximator_ahead(j, s1) {
                break;
            }
            // A date set off by commas (أفرجت مجموعة مسلحة، مساء أمس، عن
            // ثمانية عمال) does not end the clause.
            let by_date = self.is_punct(j, &["،", ","])
                && (self.ix.time.get(j + 1).is_some_and(|&t| t != NONE)
                    || j.checked_sub(1).is_some_and(|p| self.ix.time[p] != NONE));
            // Nor do the brackets of the subject's short name (وقوات سوريا
            // الديمقراطية (قسد)، أمس، عن 210 محتجزين).
            let by_name = self.is_punct(j, &["(", ")"])
                && (self.ix.entity.get(j + 1).is_some_and(|&e| e != NONE)
                    || j.checked_sub(1).is_some_and(|p| self.ix.entity[p] != NONE));
            if self.is_clause_break(j) && !by_date && !by_name {
                break;
            }
            let qi = self.ix.quantity[j];
            // A part of them (أوقفوا خلال الليلة، بينهم 11 قاصرا) is no
            // size: the counted subject before the verb is.
            if qi != NONE && j > 0 && grammar::is_among_them(self.key(j - 1)) {
                break;
            }
            if qi != NONE {
                return (person(qi) && (words < 4 || approx(qi))).then_some(qi);
            }
            // The subject's name between (اعتقلت قوات سوريا الديمقراطية
            // "قسد" أكثر من 120 شخصا) or a date (وأُفرج صباح أمس الأحد عن 12
            // موقوفا) takes no room of the window.
            if self.is_word(j) && self.ix.entity[j] == NONE && self.ix.time[j] == NONE {
                words += 1;
            }
            j += 1;
        }
        // The counted subject of a verb: "300 عنصر … سلموا أنفسهم".
        if m.pos == Pos::Verb {
            let mut j = m.t0;
            let mut words = 0;
            while j > s0 && words < 25 {
                j -= 1;
                if self.kind(j) == Some(TokenKind::Arabic) && grammar::is_complementizer(self.key(j)) {
                    return None;
                }
                // «قُتل تسعة، بينهم امرأتان، عندما اقتحم مسلحون السوق»: a
                // word opening a clause opens the verb's own.
                if self.kind(j) == Some(TokenKind::Arabic) && grammar::opens_clause(self.key(j)) {
                    return None;
                }
                let qi = self.ix.quantity[j];
                if qi != NONE {
                    return person(qi).then_some(qi);
                }
                if self.is_word(j) {
                    words += 1;
                }
            }
        }
        None
    }

    /// Whether the words from token `j` on are an approximator followed by
    /// an approximate count, all within the clause ending at `s1`.
    fn approximator_ahead(&self, j: usize, s1: usize) -> bool {
        (j..(j + 6).min(s1))
            .map(|t| self.ix.quantity[t])
            .find(|&q| q != NONE)
            .is_some_and(|q| self.ctx.quantities.get(q as usize).is_some_and(|q| q.approx))
            && (j..(j + 6).min(s1))
                .take_while(|&t| self.ix.quantity[t] == NONE)
                .all(|t| !self.is_clause_break(t))
    }

    // ---- 4. one event per real-world event ---------------------------

    fn time_value(&self, t: Option<u32>) -> Option<String> {
        let own = t
            .and_then(|t| self.ctx.times.get(t as usize))
            .and_then(|t| t.value.clone());
        own.or_else(|| self.ctx.published.map(|d| d.format("%Y-%m-%d").to_string()))
    }

    fn times_conflict(&self, a: Option<u32>, b: Option<u32>) -> bool {
        let (Some(va), Some(vb)) = (self.time_value(a), self.time_value(b)) else {
            return false;
        };
        // A clock time (T18:00) says nothing of the day, but what a report
        // times by the clock happened lately, not years before.
        if va.starts_with('T') || vb.starts_with('T') {
            let dated = if va.starts_with('T') { &vb } else { &va };
            return !dated.starts_with('T')
                && self
                    .ctx
                    .published
                    .zip(latest_day(dated))
                    .is_some_and(|(p, d)| (p - d).num_days() > 366);
        }
        // A report's date bounds the event it reports from above: the
        // event is that day or a few days before (أفاد، اليوم السبت، … مساء
        // أمس الجمعة), never after.
        let frame = |t: Option<u32>| t.is_some_and(|k| self.frame_date(k));
        // (An event with no date of its own, dated by publication, is not
        // bounded so.)
        if frame(a) != frame(b) && a.is_some() && b.is_some() && va.len() == 10 && vb.len() == 10 {
            let (f, o) = if frame(a) { (&va, &vb) } else { (&vb, &va) };
            if let (Some(fd), Some(od)) = (latest_day(f), latest_day(o)) {
                let days = (fd - od).num_days();
                return !(0..=RECENT_DAYS).contains(&days);
            }
        }
        // Two reports' dates (أعلنت مساء الاثنين …؛ بحسب مصادر اليوم
        // الأربعاء) bound both events from above: a few days apart, they
        // may tell of one.
        if frame(a)
            && frame(b)
            && va.len() == 10
            && vb.len() == 10
            && let (Some(da), Some(db)) = (latest_day(&va), latest_day(&vb))
        {
            return (da - db).num_days().abs() > RECENT_DAYS;
        }
        // An event with no date of its own is read at publication; one a
        // few days before it (يوم السبت) may be that event, across the turn
        // of a month too.
        if a.is_none() != b.is_none()
            && va.len() == 10
            && vb.len() == 10
            && let (Some(da), Some(db)) = (latest_day(&va), latest_day(&vb))
        {
            let (published, dated) = if a.is_none() { (da, db) } else { (db, da) };
            if (0..=RECENT_DAYS).contains(&(published - dated).num_days()) {
                return false;
            }
        }
        let n = va.len().min(vb.len()).min(7);
        va.get(..n) != vb.get(..n)
    }

    /// A cluster told on a later day of the story (وفي اليوم التالي،
    /// اعتُقل قيادي نقابي): a new event, not more of one told before on
    /// another day or with no day of its own. Mentions that refer back
    /// (الهجوم الذي وقع في اليوم التالي) do not count.
    fn sequel_apart(&self, later: &Cluster, earlier: &Cluster) -> bool {
        let sequel = |t: u32| {
            self.ctx
                .times
                .get(t as usize)
                .is_some_and(|x| x.expr.starts_with("XXXX-XX-XX") && x.expr.contains("+P"))
        };
        // The day it counts from: an event told only before that day was
        // named is the lead's summary of the story, this among it.
        let told_since = |t: u32| {
            let anchor = self
                .ctx
                .times
                .get(t as usize)
                .and_then(|x| self.ctx.times.iter().find(|y| y.id == x.anchor));
            anchor.is_none_or(|a| earlier.mentions.iter().any(|&y| self.mentions[y].start > a.start))
        };
        later.mentions.iter().any(|&x| {
            let m = &self.mentions[x];
            m.time.is_some_and(|t| sequel(t) && told_since(t))
                && !(m.anaphoric || m.refers || m.given || m.after_word || m.after_prep)
                // (A wounded man who died the next day is still counted
                // to the attack.)
                && m.casualty.is_none()
                && self.time_value(m.time) != earlier.ctime.and_then(|t| self.time_value(Some(t)))
        })
    }

    fn places_conflict(&self, a: Option<u32>, b: Option<u32>) -> bool {
        let (Some(a), Some(b)) = (a, b) else { return false };
        if a == b {
            return false;
        }
        let (Some(ea), Some(eb)) = (self.entity(a), self.entity(b)) else {
            return false;
        };
        // A place located only by the settlement named near it (فندق
        // «السلام» … في العاصمة مقديشو) lies in that settlement.
        if let (Some(ga), Some(gb)) = (&ea.geo, &eb.geo) {
            let near = |g: &crate::doc::Geo| g.precision.as_deref() == Some("near");
            let same_point = matches!((ga.lat, ga.lon, gb.lat, gb.lon), (Some(a), Some(b), Some(c), Some(d))
                if (a - c).abs() < 0.01 && (b - d).abs() < 0.01);
            if (near(ga) || near(gb)) && same_point {
                return false;
            }
        }
        // A neighbourhood or site the gazetteer does not know, located only
        // by its country (حي إل باراييسو), may lie in any town of that
        // country.
        let unlocated_in = |x: &Entity, y: &Entity| {
            matches!((&x.geo, &y.geo), (Some(gx), Some(gy))
                if gx.precision.as_deref() == Some("country")
                    && gx.country.is_some()
                    && gx.country == gy.country
                    && specificity(x) <= 1
                    && (2..=4).contains(&specificity(y)))
        };
        if unlocated_in(ea, eb) || unlocated_in(eb, ea) {
            return false;
        }
        let admin = |e: &Entity| -> Vec<String> {
            e.geo.as_ref().map_or(Vec::new(), |g| {
                g.admin1.iter().chain(g.admin2.iter()).cloned().collect()
            })
        };
        let (aa, ab) = (admin(ea), admin(eb));
        let related = aa.iter().any(|x| ab.contains(x))
            || place_names(ea).iter().any(|n| ab.contains(n))
            || place_names(eb).iter().any(|n| aa.contains(n));
        !related
    }

    /// Whether an event told again in a later sentence cannot be the one
    /// at `b`: as [`Self::places_conflict`], except that a place holds
    /// whatever lies in it (إضراب … في إيران؛ وامتد الإضراب … إلى أصفهان:
    /// [`Self::places_nested`]). Within one sentence the country beside a
    /// city is read as elsewhere (حظر كلي على الحسكة، فيما دخلت باقي مناطق
    /// سوريا حظرا جزئيا).
    fn places_apart(&self, a: Option<u32>, b: Option<u32>) -> bool {
        self.places_conflict(a, b) && !self.places_nested(a, b)
    }

    fn sides_conflict(a: (&[u32], &[u32]), b: (&[u32], &[u32])) -> bool {
        if a.0.is_empty() || b.0.is_empty() {
            return false;
        }
        let shared = a.0.iter().any(|x| b.0.contains(x) || b.1.contains(x)) || b.0.iter().any(|x| a.1.contains(x));
        !shared
    }

    /// Two modes of one type name different events (an arrest, a curfew).
    fn modes_conflict(&self, a: usize, b: usize) -> bool {
        let mode = |k: usize| self.trigger(&self.mentions[k]).and_then(|t| t.mode.as_deref());
        let (ma, mb) = (&self.mentions[a], &self.mentions[b]);
        // «المتظاهرين أغلقوا الطريق ورشقوا»: one protest, whatever its forms.
        if ma.kind.as_deref() == Some("PROTEST") && (self.by_protesters(&ma.actors) || self.by_protesters(&mb.actors)) {
            return false;
        }
        // An attack's means go together (عبوة ثم إطلاق نار); an abduction
        // and a gunfight are two acts (بعد خطفه … تبادل لإطلاق النار مع الخاطفين).
        matches!((mode(a), mode(b)), (Some(x), Some(y))
            if x != y && (ma.kind.as_deref() != Some("ASSAULT") || x == "abduct" || y == "abduct"))
    }

    /// The first token of the sentence `n` sentences before the one that
    /// starts at token `s0` (or of the text's first sentence).
    pub(super) fn sentences_back(&self, s0: usize, n: usize) -> usize {
        (0..n).fold(s0, |s, _| {
            s.checked_sub(1)
                .and_then(|p| self.ix.sentence_of(p))
                .map_or(s, |(a, _)| a)
        })
    }

    /// The state force (police, security service, army) named nearest
    /// before `m` in its sentence or the two before, else after it in its
    /// sentence (up to a joined passive verb): its entity id.
    fn force_near(&self, m: &Mention) -> Option<String> {
        let (s0, s1) = self.ix.sentence_of(m.t0)?;
        let from = self.sentences_back(s0, 2);
        let force = |t: usize| {
            let e = self.ix.entity[t];
            (e != NONE
                && self
                    .category(e)
                    .is_some_and(|c| matches!(c, "police" | "security_service" | "state_military")))
            .then_some(e)
        };
        (from..m.t0)
            .rev()
            .find_map(force)
            // (Not past a joined passive verb: «واعتُقلت الفتاة وسُلّمت إلى
            // الجيش».)
            .or_else(|| (m.t1..s1).take_while(|&t| !self.joined_passive(t)).find_map(force))
            .and_then(|e| self.entity(e))
            .map(|x| x.id.clone())
    }

    /// Who made the claim a denial at `m` denies: the speaker (and the body
    /// it speaks for) of the last quote before it, in its sentence or the
    /// two before, that the deniers did not say and that is no denial
    /// itself («اتهم المنتدى السلطات …، وهو ما نفاه الجبابلي»).
    fn claimant(&self, m: &Mention, deniers: &[String]) -> Vec<String> {
        let layer = self.ctx.layer;
        let sent_of = |start: usize| self.ix.sentence.get(layer.token_from(start)).copied();
        let Some(here) = sent_of(m.start) else {
            return Vec::new();
        };
        let agent = |id: &String| self.ctx.entities.iter().find(|e| &e.id == id).is_some_and(is_agent);
        for q in self.quotes.iter().rev().filter(|q| q.cue.end <= m.start) {
            if sent_of(q.cue.start).is_none_or(|s| s + 2 < here) {
                break;
            }
            let ids: Vec<String> = q
                .speaker
                .iter()
                .chain(q.affiliation.iter())
                .filter(|&id| agent(id))
                .cloned()
                .collect();
            if q.stance == "deny" || ids.is_empty() || ids.iter().any(|id| deniers.contains(id)) {
                continue;
            }
            return ids;
        }
        Vec::new()
    }

    /// Whether the sides are protesters (المتظاهرين، محتجون): what they
    /// do is the protest going on.
    fn by_protesters(&self, sides: &[u32]) -> bool {
        sides.iter().any(|&e| {
            self.entity(e).is_some_and(|x| {
                self.lex
                    .words
                    .is_protester_unit(&crate::text::normalize::match_key(&x.name))
            })
        })
    }

    /// Two figures for one count (اعتقلت أحد المطلوبين … اعتقلت 12 مواطنا):
    /// two events. A toll update (ارتفع العدد إلى) is read as one figure.
    fn counts_conflict(&self, k: usize, c: &Cluster) -> bool {
        let m = &self.mentions[k];
        let differ = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(x), Some(y)) if x != y);
        c.mentions
            .iter()
            .map(|&x| &self.mentions[x])
            .any(|o| differ(m.dead, o.dead) || differ(m.injured, o.injured) || differ(m.size, o.size))
    }

    /// Two predicated reports in one sentence from two different sources
    /// (قال البيان إن القوات اعتقلت …، في حين قال النادي إن القوات اعتقلت …)
    /// are two events.
    fn voices_conflict(&self, k: usize, c: &Cluster) -> bool {
        let m = &self.mentions[k];
        let speaker = |q: usize| {
            self.quotes
                .get(q)
                .map(|q| q.speaker.clone().or_else(|| q.speaker_text.clone()))
        };
        let Some(mq) = m.quote.filter(|_| m.predicated) else {
            return false;
        };
        c.mentions
            .iter()
            .map(|&x| &self.mentions[x])
            .any(|o| o.predicated && o.quote.is_some_and(|oq| oq != mq && speaker(oq) != speaker(mq)))
    }

    /// «ويأتي الهجوم بعد هجوم مماثل في خانقين»: an event named in passing
    /// or as another one is not the event its sentence speaks of.
    /// An indefinite noun after one that refers back (ويأتي الهجوم بعد …،
    /// وبعد هجوم في كركوك) names a new event; before it (شن هجوما …،
    /// وأسفر الهجوم عن) the later one refers to it. A verb right after
    /// such a noun describes it (هجوم في كركوك استهدف نقطة تفتيش).
    fn background_conflict(&self, a: &Mention, b: &Mention) -> bool {
        let (first, second) = if a.t0 < b.t0 { (a, b) } else { (b, a) };
        // (Also across the comma after a fronted phrase: «وفي هجوم آخر،
        // هاجم مسلحون».)
        let fronted = |x: &Mention, y: &Mention| {
            let (mut commas, mut words) = (0, 0);
            for j in x.t1..y.t0 {
                if self.is_punct(j, &["،", ","]) {
                    commas += 1;
                } else if self.is_clause_break(j) {
                    return false;
                } else if self.is_word(j) {
                    words += 1;
                }
            }
            x.t0 > 0
                && grammar::preposition(grammar::strip_conj(self.key(x.t0 - 1))) == Some("في")
                && commas == 1
                && words <= 6
        };
        let describes = |x: &Mention, y: &Mention| {
            y.pos == Pos::Verb && (self.words_between(x.t1, y.t0).is_some_and(|n| n <= 4) || fronted(x, y))
        };
        let fresh = |m: &Mention| m.pos == Pos::Noun && !m.given && !m.suffixed && m.casualty.is_none();
        if first.aside != second.aside {
            // (Nor is another one the verb before it has for its subject
            // or object: «استهدفت غارة ثانية البلدة».)
            let subject = |x: &Mention, y: &Mention| {
                x.pos == Pos::Verb && y.pos == Pos::Noun && self.words_between(x.t1, y.t0).is_some_and(|n| n <= 2)
            };
            return !((first.aside && describes(first, second)) || (second.aside && subject(first, second)));
        }
        // الهجوم، والهجوم — not للهجوم، بالهجوم (a complement).
        let bare_definite = |m: &Mention| {
            let from = self.ctx.layer.tokens.get(m.t0).map_or(m.start, |t| t.start as usize);
            let word = crate::text::normalize::match_key(self.ctx.layer.slice(from, m.end));
            let w = word.strip_prefix(['و', 'ف']).unwrap_or(&word);
            w.starts_with("ال")
        };
        // «الهجوم بدأ بتفجير سيارة مفخخة»: what it began with is part of it.
        // (سيارة مفخخة: the phrase after بـ, up to three words on).
        let began_with = |m: &Mention| {
            let words: Vec<usize> = (0..m.t0)
                .rev()
                .take_while(|&j| !self.is_clause_break(j))
                .filter(|&j| self.is_word(j))
                .take(3)
                .collect();
            words.iter().any(|&j| {
                matches!(
                    grammar::strip_conj(self.key(j)),
                    "بدا" | "بدات" | "استهل" | "استهلت" | "انطلق" | "انطلقت" | "تمثل" | "تمثلت"
                ) && (j + 1..=m.t0)
                    .find(|&n| self.is_word(n))
                    .is_some_and(|n| self.key(n).starts_with('ب'))
            })
        };
        first.anaphoric
            && bare_definite(first)
            && !first.after_prep
            && first.pos == Pos::Noun
            && fresh(second)
            && !began_with(second)
    }

    fn compatible(&self, m: &Mention, c: &Cluster) -> bool {
        (m.kind.is_none() || m.kind.as_deref() == Some(c.kind.as_str()))
            && !self.times_conflict(m.ctime, c.ctime)
            && !self.places_conflict(m.place, c.place)
            && !Self::sides_conflict((&m.actors, &m.targets), (&c.actors, &c.targets))
    }

    fn new_cluster(&self, k: usize) -> Cluster {
        let m = &self.mentions[k];
        Cluster {
            mentions: vec![k],
            main: k,
            kind: m.kind.clone().unwrap_or_default(),
            actors: m.actors.clone(),
            initiators: m.initiators.clone(),
            targets: m.targets.clone(),
            place: m.place,
            time: m.time,
            ctime: m.ctime,
            last_token: m.t1,
        }
    }

    fn join(&self, c: &mut Cluster, k: usize) {
        let m = &self.mentions[k];
        c.mentions.push(k);
        // «ولم تعلق الجماعة على الاتهامات»: a noun referring back takes
        // the event's sides; one it reads off another verb's clause does
        // not add to them.
        let others = m.refers && !c.actors.is_empty() && m.actors.iter().all(|a| !c.actors.contains(a));
        for &a in m.actors.iter().filter(|_| !others) {
            Self::add(&mut c.actors, a);
        }
        for &a in m.initiators.iter().filter(|_| !others) {
            Self::add(&mut c.initiators, a);
        }
        for &t in &m.targets {
            if !c.actors.contains(&t) {
                Self::add(&mut c.targets, t);
            }
        }
        let actors = c.actors.clone();
        c.targets.retain(|t| !actors.contains(t));
        c.place = c.place.or(m.place);
        c.time = c.time.or(m.time);
        c.ctime = c.ctime.or(m.ctime);
        c.last_token = c.last_token.max(m.t1);
        // A casualty word never leads an event another trigger names, but
        // for the gun it was done with (قُتل سائق … برصاص مسلحين، مقتل ضابط
        // برصاص مسلحين): the killing, verb or noun, names the event, the ب
        // phrase after it its instrument (not an act: قتل شرطيان بانفجار
        // عبوة is the explosion).
        let main = &self.mentions[c.main];
        let instrument = |gun: &Mention, killing: &Mention| killing.casualty.is_some() && self.gun_of(gun, killing);
        if instrument(main, m) {
            c.main = k;
            return;
        }
        if main.casualty.is_some() && m.casualty.is_none() && m.trigger.is_some() && !instrument(m, main) {
            c.main = k;
            c.kind = m.kind.clone().unwrap_or_default();
        }
    }

    /// Whether `noun` is the ب gunfire phrase (برصاص، بالرصاص) up to six
    /// tokens after the act `act`: the weapon it was done with, not an act
    /// of its own.
    fn gun_of(&self, noun: &Mention, act: &Mention) -> bool {
        noun.pos == Pos::Noun
            && noun.casualty.is_none()
            && self.trigger(noun).and_then(|t| t.mode.as_deref()) == Some("firearms")
            && noun.sent == act.sent
            && noun.t0 > act.t0
            && noun.t0 <= act.t1 + 6
            && self.key(noun.t0).starts_with('ب')
            && self
                .ctx
                .layer
                .tokens
                .get(noun.t0)
                .is_some_and(|t| noun.start > t.start as usize)
    }

    fn cluster(&mut self) {
        let mut k = 0;
        while k < self.mentions.len() {
            let sent = self.mentions[k].sent;
            let mut e = k;
            while e < self.mentions.len() && self.mentions[e].sent == sent {
                e += 1;
            }
            self.cluster_sentence(k, e);
            k = e;
        }
    }

    fn cluster_sentence(&mut self, from: usize, to: usize) {
        let mut local: Vec<Cluster> = Vec::new();
        // Triggers first, casualty words after, anaphoric nouns last.
        for k in from..to {
            let m = &self.mentions[k];
            if m.trigger.is_none() || m.casualty.is_some() {
                continue;
            }
            // «نفت أن تكون قد بادرت بإطلاق النار»: a denial of having fired
            // first in a fight told elsewhere, no event of its own.
            if m.started && m.fact == Factuality::Denied {
                continue;
            }
            // The nearest compatible event before it: «وبعد هجوم في كركوك
            // استهدف نقطة تفتيش» — the verb tells of the attack just named.
            match (0..local.len()).rev().find(|&ci| {
                let c = &local[ci];
                let other = self.mentions[c.main].fact;
                // «اغتيل … برصاص مسلحين»: the gun an attack just named was
                // fired with, whatever time or place each is read with.
                if c.kind == "ASSAULT" && other == m.fact && self.gun_of(m, &self.mentions[c.main]) {
                    return true;
                }
                // «إضراب عام … احتجاجا على إيقاف ناشطين»: what the protest
                // before it was held for, whatever its form.
                if c.kind == "PROTEST" && grammar::is_protest_purpose(self.key(m.t0)) {
                    return true;
                }
                // An event that did not happen is not the one that did.
                let unreal = |f: Factuality| matches!(f, Factuality::Denied | Factuality::Hypothetical);
                self.compatible(m, c)
                    && unreal(other) == unreal(m.fact)
                    // (Nor is a foiled one: the mine defused before it went
                    // off is not the one that did.)
                    && (other == Factuality::Foiled) == (m.fact == Factuality::Foiled)
                    // «اعتقال 4 خلال عملية دهم»: part of the operation; not
                    // a strike «خلال المعارك» referred back to, which frames it;
                    // nor an event before another one the frame belongs to
                    // (فرضت حظر تجول إثر اشتباك اندلع خلال مداهمة).
                    && (!self.modes_conflict(c.main, k) || (self.during(m)
                        && !m.anaphoric
                        && local[ci + 1..].iter().all(|o| {
                            let o = &self.mentions[o.main];
                            o.refers || o.anaphoric
                        })))
                    && !self.counts_conflict(k, c)
                    && !self.voices_conflict(k, c)
                    && !self.background_conflict(m, &self.mentions[c.main])
                    // «وتعيد عملية الخطف … الذي شهد في أكتوبر 2023 خطف
                    // أربعة مهندسين»: a dated event after a noun referring
                    // back is another one of the kind.
                    && !(m.time.is_some()
                        && !(m.anaphoric || m.refers || m.given)
                        && c.mentions.iter().all(|&x| {
                            let o = &self.mentions[x];
                            o.time.is_none() && (o.anaphoric || o.refers || o.given)
                        }))
            }) {
                Some(c) => {
                    let mut cl = local[c].clone();
                    self.join(&mut cl, k);
                    local[c] = cl;
                }
                None => local.push(self.new_cluster(k)),
            }
        }
        for k in from..to {
            let m = &self.mentions[k];
            if m.trigger.is_none() || m.casualty.is_none() {
                continue;
            }
            // The attack it results from (قتل 5 في هجوم، هجوم أسفر عن مقتل 5),
            // else the deaths and injuries already counted in this sentence.
            let linked = self.casualty_link(k, &local);
            let near = linked
                .or_else(|| {
                    local
                        .iter()
                        .position(|c| self.mentions[c.main].casualty.is_some() && self.compatible(m, c))
                })
                // Else the attack its sentence reports (قصفت القوات البلدة،
                // فيما أصيب 30 آخرون): the nearest one before it, else after.
                // A killing with its own agent (تمكن التنظيم من قتل 11
                // جنديا) is an event of its own.
                .or_else(|| {
                    if !m.actors.is_empty() {
                        return None;
                    }
                    let attack = |c: &Cluster| {
                        c.kind == "ASSAULT"
                            && self.mentions[c.main].casualty.is_none()
                            && self.mentions[c.main].fact == m.fact
                            && self.compatible(m, c)
                    };
                    let start = |c: &Cluster| self.mentions[c.main].t0;
                    let before = (0..local.len())
                        .filter(|&i| attack(&local[i]) && start(&local[i]) < m.t0)
                        .max_by_key(|&i| start(&local[i]));
                    before.or_else(|| (0..local.len()).find(|&i| attack(&local[i])))
                });
            match near {
                Some(c) => {
                    let mut cl = local[c].clone();
                    self.join(&mut cl, k);
                    local[c] = cl;
                }
                None => local.push(self.new_cluster(k)),
            }
        }
        // Anaphoric clusters join the most recent compatible event before.
        for c in local {
            // «نفذت غارة جوية … أن الغارة قتلت»: an anaphor after a new
            // trigger of its cluster refers to that one, not further back.
            let first_anaphor = c
                .mentions
                .iter()
                .map(|&x| &self.mentions[x])
                .filter(|m| m.anaphoric)
                .min_by_key(|m| m.t0);
            let introduced = |a: &Mention| {
                c.mentions.iter().map(|&x| &self.mentions[x]).any(|m| {
                    m.t0 < a.t0
                        && m.pos != Pos::Verb
                        && !m.anaphoric
                        && !m.given
                        && m.casualty.is_none()
                        && m.trigger.is_some()
                        && m.kind.is_some()
                        && m.kind == a.kind
                })
            };
            let anaphoric = first_anaphor.is_some_and(|a| !introduced(a));
            let given = c.mentions.iter().all(|&x| self.mentions[x].given);
            let target = if anaphoric || given {
                self.antecedent(&c, !anaphoric)
            } else {
                None
            };
            match target {
                Some(t) => {
                    let mut cl = self.clusters[t].clone();
                    for &x in &c.mentions {
                        self.join(&mut cl, x);
                    }
                    self.clusters[t] = cl;
                }
                None => self.clusters.push(c),
            }
        }
        // Anaphoric nouns that are no trigger (العملية).
        for k in from..to {
            if self.mentions[k].trigger.is_some() {
                continue;
            }
            let m = self.mentions[k].clone();
            // «عملية الاختطاف»: the event noun after it names the event.
            let next = self.next_word(m.t1);
            if self
                .mention_at
                .get(next)
                .is_some_and(|&x| x != NONE && self.mentions[x as usize].trigger.is_some())
            {
                continue;
            }
            // Clusters by their latest mention before this one.
            let before: Vec<usize> = {
                // Within the last 40 sentences: anaphora does not reach further.
                let near = |i: usize| self.clusters[i].last_token + 2000 >= m.t0;
                let latest = |i: usize| {
                    self.clusters[i]
                        .mentions
                        .iter()
                        .map(|&x| self.mentions[x].t1)
                        .filter(|&t| t <= m.t0)
                        .max()
                };
                let mut v: Vec<(usize, usize)> = (0..self.clusters.len())
                    .filter(|&i| near(i))
                    .filter_map(|i| latest(i).map(|t| (i, t)))
                    .collect();
                v.sort_by_key(|&(_, t)| std::cmp::Reverse(t));
                v.into_iter().map(|(i, _)| i).collect()
            };
            let mut done = false;
            for i in before {
                let c = &self.clusters[i];
                if m.kind.as_deref().is_some_and(|t| t != c.kind) {
                    continue;
                }
                if self.places_conflict(m.place, c.place)
                    || Self::sides_conflict((&m.actors, &m.targets), (&c.actors, &c.targets))
                {
                    continue;
                }
                if self.times_conflict(m.ctime, c.ctime) {
                    // "العملية التي أُحبطت قبل شهرين": another event of the
                    // kind just spoken of.
                    let mut n = self.new_cluster(k);
                    n.kind = c.kind.clone();
                    self.mentions[k].kind = Some(c.kind.clone());
                    self.mentions[k].trigger = self.mentions[c.main].trigger;
                    n.main = k;
                    self.clusters.push(n);
                } else {
                    let mut cl = self.clusters[i].clone();
                    self.join(&mut cl, k);
                    self.clusters[i] = cl;
                }
                done = true;
                break;
            }
            let _ = done;
        }
    }

    /// Protesters (an unnamed group of the protesters or rioters category)
    /// inside the trigger, else the nearest named in its sentence.
    fn protesters_of(&self, m: &Mention) -> Option<u32> {
        let protesters = |e: u32| matches!(self.category(e), Some("protesters" | "rioters"));
        let (s0, s1) = self.ix.sentence_of(m.t0)?;
        if let Some(e) = (m.t0..m.t1)
            .map(|t| self.ix.entity[t])
            .find(|&e| e != NONE && protesters(e))
        {
            return Some(e);
        }
        (s0..s1)
            .filter(|&t| self.ix.entity[t] != NONE && protesters(self.ix.entity[t]))
            .min_by_key(|&t| t.abs_diff(m.t0))
            .map(|t| self.ix.entity[t])
    }

    /// The side a protest is against: an agent named right after ضد, or as
    /// the object of a demand verb (تطالب، مطالبين), within twelve words
    /// after the trigger in its sentence.
    fn protest_target(&self, m: &Mention) -> Option<u32> {
        let (_, s1) = self.ix.sentence_of(m.t0)?;
        let stop = (m.t1 + 16).min(s1);
        for j in m.t1..stop {
            if !self.is_word(j) {
                continue;
            }
            let key = grammar::strip_conj(self.key(j));
            let demand = self
                .mentions
                .get(self.mention_at[j] as usize)
                .is_some_and(|o| o.t0 == j && o.kind.as_deref() == Some("REQUEST") && o.pos == Pos::Verb);
            if key == "ضد" || demand {
                let n = self.past_quotes(j + 1, stop);
                if let Some((a, _, e)) = self.ix.mention_at(n)
                    && a == n
                    && self.is_agent(e)
                {
                    return Some(e);
                }
            }
            // «اعتصام أمام وزارة العمل»، «أمام مقر المحافظة»: the body a
            // protest stands before (over the building's noun), not a
            // facility, which is where it is.
            if key == "امام" && !(m.t1..j).any(|t| self.is_clause_break(t)) {
                let mut n = j + 1;
                if n < stop && self.ix.entity[n] == NONE && self.lex.words.is_building(self.key(n)) {
                    n += 1;
                }
                if let Some((a, _, e)) = self.ix.mention_at(n)
                    && a == n
                    && self.entity(e).is_some_and(|x| x.kind == EntityKind::Organization)
                {
                    return Some(e);
                }
            }
        }
        None
    }

    /// The state a nationality adjective right after an attack's trigger
    /// or weapon names (قصف إسرائيلي، بضربة من طائرة مسيّرة تركية): the
    /// document's entity for that state's armed forces, else the country.
    /// Not past a preposition that opens the target (على، ضد، في).
    fn nationality_actor(&self, m: &Mention) -> Option<u32> {
        let (_, s1) = self.ix.sentence_of(m.t0)?;
        let mut j = m.t1;
        let mut words = 0;
        let mut country: Option<String> = None;
        while j < s1 && words < 4 {
            if self.is_clause_break(j) {
                break;
            }
            if !self.is_word(j) {
                j += 1;
                continue;
            }
            words += 1;
            let key = grammar::strip_conj(self.key(j));
            if matches!(grammar::preposition(key), Some(p) if p != "من") {
                break;
            }
            // The adjective may itself be tagged as its country's name.
            if let Some(cc) = self.nationality_at(j) {
                country = Some(cc);
                break;
            }
            if self.ix.entity[j] != NONE {
                break;
            }
            j += 1;
        }
        self.forces_of(&country?)
    }

    /// The country a nationality adjective at token `j` names (إسرائيلي،
    /// النيجرية، نيجريا after a count: accusative).
    pub(super) fn nationality_at(&self, j: usize) -> Option<String> {
        let lex = &self.ctx.resources.entities;
        let key = grammar::strip_conj(self.key(j));
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let c = lex
            .adjectives
            .get(bare)
            .or_else(|| bare.strip_suffix('ا').and_then(|b| lex.adjectives.get(b)))?;
        lex.places.get(*c as usize).and_then(|p| p.country.clone())
    }

    /// The state army the document names, when it names exactly one.
    pub(super) fn sole_military(&self) -> Option<u32> {
        let mut armies = self.ctx.entities.iter().enumerate().filter(|(_, e)| {
            e.reference
                .as_ref()
                .is_some_and(|r| r.category.as_deref() == Some("state_military"))
        });
        match (armies.next(), armies.next()) {
            (Some((i, _)), None) => Some(i as u32),
            _ => None,
        }
    }

    /// The document's entity for a state's armed forces, else the state.
    pub(super) fn forces_of(&self, cc: &str) -> Option<u32> {
        let ents = self.ctx.entities;
        let military = ents.iter().position(|e| {
            e.reference
                .as_ref()
                .is_some_and(|r| r.country.as_deref() == Some(cc) && r.category.as_deref() == Some("state_military"))
        });
        let state = || {
            ents.iter().position(|e| {
                e.geo
                    .as_ref()
                    .is_some_and(|g| g.feature.as_deref() == Some("country") && g.country.as_deref() == Some(cc))
            })
        };
        military.or_else(state).map(|p| p as u32)
    }

    /// A later report that tells more of an event just reported is that
    /// event: the source's account of the blast («وقال المصدر إن العبوة
    /// انفجرت مساء أمس»), the weapons of a crackdown, the fighters of a
    /// raid. Same type, a compatible mode, place, date, sides and figures,
    /// at most three sentences on, and nothing that marks it as another
    /// event (هجوم مماثل) or as background.
    fn merge_elaborations(&mut self) {
        const REACH: usize = 3;
        let first = |c: &Cluster| c.mentions.iter().map(|&x| self.mentions[x].t0).min().unwrap_or(0);
        let mut order: Vec<usize> = (0..self.clusters.len()).collect();
        order.sort_by_key(|&i| first(&self.clusters[i]));
        let mut gone = vec![false; self.clusters.len()];
        let mut last_sent: Vec<usize> = self
            .clusters
            .iter()
            .map(|c| c.mentions.iter().map(|&x| self.mentions[x].sent).max().unwrap_or(0))
            .collect();
        for (pos, &di) in order.iter().enumerate() {
            let d = &self.clusters[di];
            if !matches!(d.kind.as_str(), "ASSAULT" | "COERCE" | "PROTEST") {
                continue;
            }
            let ms: Vec<&Mention> = d.mentions.iter().map(|&x| &self.mentions[x]).collect();
            // A toll with no agent of its own («أحصى المرصد مقتل 11 شخصا»)
            // counts the attack just reported.
            let toll = d.kind == "ASSAULT"
                && d.actors.is_empty()
                && ms.iter().all(|m| m.casualty.is_some() && m.fact == Factuality::Actual);
            if ms.iter().any(|m| m.aside)
                || (!toll && ms.iter().all(|m| m.referential || m.generic || m.refers))
                || !(toll || ms.iter().any(|m| m.predicated || m.casualty.is_none()))
            {
                continue;
            }
            // «وزعمت الجماعة أن مقاتليها قتلوا «عشرات الجنود»»: the
            // attacker's own account of the attack just reported, with its
            // own figures.
            let claimed = d.kind == "ASSAULT"
                && ms.iter().all(|m| {
                    m.quote
                        .and_then(|q| self.quotes.get(q))
                        .is_some_and(|q| q.stance == "claim")
                });
            let d_first_sent = ms.iter().map(|m| m.sent).min().unwrap_or(0);
            let dm = &self.mentions[d.main];
            let new_people = !grammar::strip_conj(self.key(self.next_word(dm.t1))).starts_with("ال");
            // «كما اعتُقل رجل في المطار»: an event told right after «also»
            // is another of the kind; it tells no more of the one before.
            if ms.iter().any(|m| {
                m.t0 > 0
                    && self
                        .ix
                        .sentence_of(m.t0)
                        .is_some_and(|(s0, _)| self.next_word(s0) == self.next_word_back(m.t0 - 1))
                    && self.lex.words.is_additive(self.key(self.next_word_back(m.t0 - 1)))
            }) {
                continue;
            }
            // «نفذت غارة جوية»: an indefinite noun a light verb carries
            // introduces an event; it tells no more of one before.
            if dm.pos != Pos::Verb && !dm.article && !dm.given && dm.pred0 < dm.t0 {
                continue;
            }
            let target = order[..pos]
                .iter()
                .copied()
                .filter(|&ci| {
                    // A toll may come amid the attack's own mentions.
                    let near = |t: usize| t < d_first_sent && d_first_sent - t <= REACH;
                    !gone[ci]
                        && if toll {
                            self.clusters[ci].mentions.iter().any(|&x| near(self.mentions[x].sent))
                        } else {
                            last_sent[ci] < d_first_sent && near(last_sent[ci])
                        }
                })
                .filter(|&ci| {
                    let c = &self.clusters[ci];
                    let cm = &self.mentions[c.main];
                    c.kind == d.kind
                        && cm.fact == dm.fact
                        && !self.is_weak(c)
                        // «احتجاجا على توقيف زعيم الحزب»: a grievance named
                        // as what a protest is about; a later arrest of 112
                        // people tells nothing more of it (the arrest of «the
                        // three activists», people known already, may).
                        && !(new_people && c.mentions.iter().all(|&x| self.grievance(&self.mentions[x])))
                        && (toll || !self.cluster_modes_conflict(c, d))
                        && self.places_nested(c.place, d.place)
                        && !self.times_conflict(c.ctime, d.ctime)
                        && !self.sequel_apart(d, c)
                        && Self::roles_agree(c, d)
                        && (claimed || !self.cluster_counts_conflict(c, d))
                })
                .max_by_key(|&ci| self.clusters[ci].last_token);
            if let Some(ci) = target {
                let mut c = self.clusters[ci].clone();
                for &x in &self.clusters[di].mentions {
                    self.join(&mut c, x);
                }
                self.clusters[ci] = c;
                gone[di] = true;
                last_sent[ci] = last_sent[ci].max(last_sent[di]);
            }
        }
        let mut k = 0;
        self.clusters.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// Whether a mention names what a protest is about (احتجاجا على توقيف
    /// زعيم الحزب): the grievance, not an event the text goes on to tell.
    fn grievance(&self, m: &Mention) -> bool {
        if m.t0 < 2 {
            return false;
        }
        let p = self.next_word_back(m.t0 - 1);
        p > 0
            && grammar::preposition(grammar::strip_conj(self.key(p))).is_some()
            && grammar::is_protest_purpose(self.key(self.next_word_back(p - 1)))
    }

    /// Whether the words from token `from` to the person's first mention
    /// after it describe a commentator (نفى الكاتب والباحث في شؤون
    /// الجماعات، فلان): his denial is an opinion.
    fn commentator(&self, from: usize, person: &Entity) -> bool {
        let layer = self.ctx.layer;
        let Some(at) = person
            .mentions
            .iter()
            .map(|m| layer.token_from(m.start))
            .filter(|&t| t >= from)
            .min()
        else {
            return false;
        };
        (from..at.min(from + 12)).any(|t| self.is_word(t) && self.lex.words.is_commentator(self.key(t)))
    }

    /// What protesters demand in the sentence of their protest («أضربوا عن
    /// العمل، مطالبين برفع الأجور»، «تظاهروا … للمطالبة بتشغيلهم»، «لافتات
    /// تطالب بالإفراج») is the protest's demand, not a request of its own:
    /// a demand with no side but the protesters' is part of the protest.
    fn merge_protest_demands(&mut self) {
        let mut gone = vec![false; self.clusters.len()];
        let mut callers: Vec<(usize, Vec<u32>)> = Vec::new();
        for di in 0..self.clusters.len() {
            let d = &self.clusters[di];
            // (A condemnation the protest voices, تنديدا بالحرب، is of it too.)
            let condemns = d.kind == "ACCUSE"
                && self.trigger(&self.mentions[d.main]).and_then(|t| t.mode.as_deref()) == Some("disapprove");
            if d.kind != "REQUEST" && !condemns {
                continue;
            }
            let sents: Vec<usize> = d.mentions.iter().map(|&x| self.mentions[x].sent).collect();
            // (A protest called for is the call: دعا ناشطون إلى عصيان مدني.)
            let dm = &self.mentions[d.main];
            let called =
                |m: &Mention| m.fact == Factuality::Planned && m.sent == dm.sent && m.t0 > dm.t1 && m.t0 <= dm.t1 + 5;
            let target = (0..self.clusters.len()).find(|&ci| {
                let c = &self.clusters[ci];
                let cm = &self.mentions[c.main];
                ci != di
                    && !gone[ci]
                    && c.kind == "PROTEST"
                    && (cm.fact == Factuality::Actual || called(cm))
                    && sents
                        .iter()
                        .all(|s| c.mentions.iter().any(|&x| self.mentions[x].sent == *s))
                    // (A protest called for with no side of its own is the
                    // caller's, whoever that is.)
                    && ((c.actors.is_empty() && called(cm))
                        || d.actors
                            .iter()
                            .all(|a| c.actors.contains(a) || self.is_unnamed_group(*a)))
            });
            // (It adds no mention to the protest: the confidence model was
            // fitted on protests without their demands.)
            if let Some(ci) = target {
                gone[di] = true;
                // Who called for a protest with no side of its own organises it.
                if self.clusters[ci].actors.is_empty() && called(&self.mentions[self.clusters[ci].main]) {
                    callers.push((ci, self.clusters[di].actors.clone()));
                }
            }
        }
        for (ci, actors) in callers {
            self.clusters[ci].actors = actors;
        }
        let mut k = 0;
        self.clusters.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// «حمّل الجيش الحركة المسؤولية، متهما عناصرها بـ…»، «دانت X الهجوم،
    /// محمّلة Y المسؤولية»: an accusation a participle after a comma goes
    /// on with is the same statement as the accusation or condemnation by
    /// the same sides earlier in its sentence: one event, both targets.
    fn merge_accusations(&mut self) {
        let mut gone = vec![false; self.clusters.len()];
        for di in 0..self.clusters.len() {
            let d = &self.clusters[di];
            let dm = &self.mentions[d.main];
            let participle = dm.t0 > 0
                && self.is_punct(dm.t0 - 1, &["،", ","])
                && grammar::strip_conj(self.key(dm.t0)).starts_with('م');
            if d.kind != "ACCUSE" || !participle || d.actors.is_empty() || d.mentions.len() != 1 {
                continue;
            }
            let target = (0..di).rev().find(|&ci| {
                let c = &self.clusters[ci];
                let cm = &self.mentions[c.main];
                !gone[ci]
                    && c.kind == "ACCUSE"
                    && cm.sent == dm.sent
                    && cm.t0 < dm.t0
                    && cm.fact == dm.fact
                    // (The participle's subject may lack the body read
                    // with the first verb's: رئيس حكومة الإقليم، فلان،.)
                    && d.actors.iter().all(|a| c.actors.contains(a))
            });
            if let Some(ci) = target {
                let mut c = self.clusters[ci].clone();
                let x = self.clusters[di].main;
                self.join(&mut c, x);
                for &t in &self.clusters[di].targets {
                    if !c.targets.contains(&t) {
                        c.targets.push(t);
                    }
                }
                self.clusters[ci] = c;
                gone[di] = true;
            }
        }
        let mut k = 0;
        self.clusters.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// The sides keep their roles: the target hitting back («ردت القوات
    /// واستهدفت تجمعات للمسلحين») is another event; two sets of actors
    /// share one.
    fn roles_agree(c: &Cluster, d: &Cluster) -> bool {
        let crossed = d.actors.iter().any(|a| c.targets.contains(a)) || d.targets.iter().any(|t| c.actors.contains(t));
        let both = !c.actors.is_empty() && !d.actors.is_empty();
        !crossed && (!both || d.actors.iter().any(|a| c.actors.contains(a)))
    }

    /// Two events' main triggers name different modes (an airstrike, a
    /// ground clash).
    fn cluster_modes_conflict(&self, a: &Cluster, b: &Cluster) -> bool {
        let mode = |c: &Cluster| self.trigger(&self.mentions[c.main]).and_then(|t| t.mode.as_deref());
        // A strike or a riot is not the march it happens beside; but what
        // «the protesters» did next (المتظاهرين أغلقوا الطريق ورشقوا) is
        // that protest going on.
        if a.kind == "PROTEST" {
            let form = |c: &Cluster| mode(c).filter(|m| *m != "demo");
            return form(a) != form(b) && !self.by_protesters(&b.actors);
        }
        match (mode(a), mode(b)) {
            (Some(x), Some(y)) if x != y => a.kind != "ASSAULT" || !means_go_together(x, y),
            _ => false,
        }
    }

    /// Two figures for one count across two events.
    fn cluster_counts_conflict(&self, a: &Cluster, b: &Cluster) -> bool {
        let get = |c: &Cluster, f: fn(&Mention) -> Option<f64>| c.mentions.iter().find_map(|&x| f(&self.mentions[x]));
        let fields: [fn(&Mention) -> Option<f64>; 3] = [|m| m.dead, |m| m.injured, |m| m.size];
        // A toll that rose (ارتفعت حصيلة الهجوم إلى 11) outdates the
        // first figures given for the same attack (حصيلة أولية بلغت تسعة).
        let rose = self.toll_rose(a) || self.toll_rose(b);
        fields
            .iter()
            .enumerate()
            .any(|(i, &f)| matches!((get(a, f), get(b, f)), (Some(x), Some(y)) if x != y) && !(rose && i < 2))
    }

    /// A sentence of the cluster updates a toll: an update verb, then
    /// حصيلة or عدد (ارتفعت حصيلة الهجوم، ارتفع عدد القتلى).
    fn toll_rose(&self, c: &Cluster) -> bool {
        let sents: Vec<usize> = c.mentions.iter().map(|&x| self.mentions[x].sent).collect();
        sents.iter().any(|&sent| {
            let Some(&(s0, s1)) = self.ix.sentence_tokens.get(sent) else {
                return false;
            };
            (s0..s1).any(|t| grammar::is_update_verb(self.key(t)) && self.toll_head(t, s1).is_some())
        })
    }

    /// One place is the other or lies in it (a village in its district, a
    /// city in its country), or one side names none.
    fn places_nested(&self, a: Option<u32>, b: Option<u32>) -> bool {
        let (Some(a), Some(b)) = (a, b) else { return true };
        if a == b {
            return true;
        }
        let (Some(ea), Some(eb)) = (self.entity(a), self.entity(b)) else {
            return false;
        };
        let inside = |x: &Entity, y: &Entity| {
            let Some(gx) = x.geo.as_ref() else { return false };
            let names = place_names(y);
            let in_admin = gx.admin1.iter().chain(gx.admin2.iter()).any(|n| names.contains(n));
            let in_country = y.geo.as_ref().is_some_and(|gy| {
                gy.feature.as_deref() == Some("country") && gy.country.is_some() && gy.country == gx.country
            });
            in_admin || in_country
        };
        // A village or town the gazetteer places in no province, in the
        // country of a larger unit named beside it (قرية ود الزاكي … محلية
        // خشم القربة): nothing says it lies elsewhere.
        let unplaced_in = |x: &Entity, y: &Entity| {
            let (Some(gx), Some(gy)) = (x.geo.as_ref(), y.geo.as_ref()) else {
                return false;
            };
            gx.admin1.is_none()
                && gx.admin2.is_none()
                && gx.country.is_some()
                && gx.country == gy.country
                && specificity(x) < specificity(y)
                && (3..8).contains(&specificity(y))
        };
        inside(ea, eb) || inside(eb, ea) || unplaced_in(ea, eb) || unplaced_in(eb, ea)
    }

    /// The local cluster of the attack a casualty mention results from: an
    /// attack after it behind في، جراء، إثر، بـ (with only casualty words
    /// between), or one before it when a result verb leads to it (أسفر عن،
    /// أدى إلى، أوقع).
    fn casualty_link(&self, k: usize, local: &[Cluster]) -> Option<usize> {
        let m = &self.mentions[k];
        // (Not the attack of another place; but one the casualty word
        // governs by ب within five words, أصيب شاب برصاص، قُتل عشرة من
        // مزارعي الكوكا برصاص, is its own whatever the places. A place
        // inside the other, or its country, is no other place: انفجرت
        // سيارة في ماتشالا جنوب الإكوادور، ما أسفر عن مقتل شرطي.)
        let attack_of = |x: usize, tight: bool| {
            local.iter().position(|c| {
                c.kind == "ASSAULT"
                    && c.mentions.contains(&x)
                    && (tight || !self.places_conflict(m.place, c.place) || self.places_nested(m.place, c.place))
            })
        };
        let (s0, s1) = self.ix.sentence_of(m.t0)?;
        // A toll of the attack it names: «ارتفعت حصيلة الهجوم الذي شنّه …
        // على نقطة تفتيش … إلى أحد عشر قتيلا». The casualty word counts the
        // figure after إلى; the attack is the genitive of حصيلة/عدد after
        // the verb, however far the clauses between run. Places named
        // between belong to that attack, not to a second one.
        if let Some(x) = self.toll_named_attack(m.t0, s0) {
            return local
                .iter()
                .position(|c| c.kind == "ASSAULT" && c.mentions.contains(&x));
        }
        // Forward: قتل 28 شخصا وجرح 55 في هجوم.
        let mut j = m.t1;
        let mut words = 0;
        while j < s1 && words < 24 {
            let x = self.mention_at[j];
            if x != NONE && x as usize != k {
                let o = &self.mentions[x as usize];
                if o.casualty.is_none() && o.trigger.is_some() {
                    let layer = self.ctx.layer;
                    let tok = &layer.tokens[o.t0];
                    let prefix = crate::text::normalize::match_key(layer.slice(tok.start as usize, o.start));
                    let mut p = o.t0;
                    while p > 0 && self.kind(p - 1) == Some(TokenKind::Quote) {
                        p -= 1;
                    }
                    let prev = if p > 0 {
                        grammar::strip_conj(self.key(p - 1))
                    } else {
                        ""
                    };
                    // قتلى القصف، ضحايا الهجوم: the attack is the casualty word's genitive.
                    let genitive = words == 0 && self.next_word(m.t1) == o.t0;
                    let linked = prefix.trim_start_matches(['و', 'ف']).starts_with('ب')
                        || genitive
                        || matches!(prev, "في" | "جراء" | "اثر" | "خلال" | "بسبب" | "عقب" | "اثناء" | "اعقاب");
                    if linked {
                        let tight = words <= 5 && prefix.trim_start_matches(['و', 'ف']).starts_with('ب');
                        return attack_of(x as usize, tight);
                    }
                    // «الذي قُتل فيه 40 جنديا، وهجوم …»: another event after
                    // it; the clause before may still say whose toll it is.
                    break;
                }
                j = o.t1;
                continue;
            }
            words += usize::from(self.is_word(j));
            j += 1;
        }
        // Backward: هجوم … أسفر عن مقتل 5.
        let mut p = m.t0;
        let mut lead = 0;
        let mut result = false;
        // A result joined to others (ما أدى إلى اندلاع حريق ضخم ومقتل
        // عاملين) reaches back past them, within its clause.
        let reach = if self.key(m.t0).starts_with('و') { 8 } else { 4 };
        // (Not strip_conj: فيه is no ف + يه.)
        let resumptive = |k: &str| {
            matches!(
                k,
                "فيه" | "فيها" | "خلاله" | "خلالها" | "جراءه" | "جراءها" | "بسببه" | "بسببها"
            )
        };
        // «مواجهات عنيفة بين X وY، قُتل فيها شخصان»: after an indefinite
        // noun the clause that describes it has no relative; its pronoun
        // is the event before it. (So is one with no comma, right after
        // the noun and its words: «بعد اشتباكات دامية في أيلول 2022 قُتل
        // فيها نحو مئة شخص».)
        let after_noun = || {
            self.mentions[..k]
                .iter()
                .rev()
                .find(|o| o.sent == m.sent && o.trigger.is_some())
                .is_some_and(|o| {
                    o.pos != Pos::Verb
                        && o.casualty.is_none()
                        && o.t1 <= m.t0
                        && (o.t1..m.t0).filter(|&t| self.is_word(t)).count() <= 5
                        && !(o.t1..m.t0).any(|t| self.is_clause_break(t) || self.mention_at[t] != NONE)
                })
        };
        if resumptive(self.key(m.t1)) && (m.t0 > 0 && self.is_punct(m.t0 - 1, &["،", ","]) || after_noun()) {
            result = true;
        }
        while !result && p > 0 && lead < reach {
            p -= 1;
            if reach > 4 && self.is_clause_break(p) {
                break;
            }
            if self.kind(p) != Some(TokenKind::Arabic) {
                continue;
            }
            lead += 1;
            let key = grammar::strip_conj(self.key(p));
            // الهجوم … الذي قُتل فيه 71 جنديا: the relative's resumptive
            // pronoun is the attack before it.
            if grammar::is_consequence(key) || (grammar::is_relative(key) && resumptive(self.key(m.t1))) {
                result = true;
                break;
            }
        }
        if !result {
            return None;
        }
        let before = self.mentions[..k]
            .iter()
            .rposition(|o| o.sent == m.sent && o.casualty.is_none() && o.trigger.is_some())?;
        attack_of(before, false)
    }

    /// A cluster that names an event only in passing or as a kind, with
    /// nothing particular: no antecedent for what follows.
    fn is_weak(&self, d: &Cluster) -> bool {
        let ms: Vec<&Mention> = d.mentions.iter().map(|&x| &self.mentions[x]).collect();
        let predicated = ms.iter().any(|m| m.predicated);
        let counted = ms
            .iter()
            .any(|m| m.dead.is_some() || m.injured.is_some() || m.size.is_some());
        let named = |v: &[u32]| v.iter().any(|&e| !self.is_unnamed_group(e));
        let particular = named(&d.actors) || named(&d.targets) || d.place.is_some() || d.time.is_some();
        let background = ms.iter().all(|m| m.given || m.anaphoric || m.referential || m.generic);
        !counted && ((ms.iter().all(|m| m.generic) && !particular) || (!predicated && background && d.time.is_none()))
    }

    /// The most recent earlier event a local cluster refers back to.
    fn antecedent(&self, c: &Cluster, must_share: bool) -> Option<usize> {
        let first = c.mentions.iter().map(|&x| self.mentions[x].t0).min()?;
        let main = &self.mentions[c.main];
        let unreal = |f: Factuality| {
            matches!(
                f,
                Factuality::Denied | Factuality::Hypothetical | Factuality::Planned | Factuality::Threatened
            )
        };
        main.kind.as_ref()?;
        // A given (not anaphoric) mention must share a place or a side.
        let shares = |d: &Cluster| -> bool {
            let mine: Vec<u32> = c
                .place
                .into_iter()
                .chain(c.targets.iter().copied())
                .chain(c.actors.iter().copied())
                .collect();
            let theirs: Vec<u32> = d
                .place
                .into_iter()
                .chain(d.targets.iter().copied())
                .chain(d.actors.iter().copied())
                .collect();
            let is_relative_verb = c.mentions.iter().any(|&x| self.mentions[x].pos == Pos::Verb);
            // («قال إن الاتفاق خطوة أولى»: a definite noun with no place,
            // side or date of its own has nothing to disagree with; it is
            // the event of its kind told last.)
            // (Not a toll: «لقوا حتفهم» is no noun of the event.)
            let bare = mine.is_empty() && c.time.is_none() && main.casualty.is_none();
            is_relative_verb || bare || mine.iter().any(|x| theirs.contains(x))
        };
        self.clusters
            .iter()
            .enumerate()
            .filter(|(_, d)| d.last_token <= first && d.kind == c.kind && d.last_token + 2000 >= first)
            // "The attack" names an attack that happened, not a death toll,
            // a kind of event or one that never was.
            .filter(|(_, d)| {
                let dm = &self.mentions[d.main];
                dm.casualty.is_none() && !self.is_weak(d) && unreal(dm.fact) == unreal(main.fact)
            })
            .filter(|(_, d)| {
                // An anaphor (الهجوم، الحظر) refers back whatever its clause
                // adds; a merely definite noun must agree in place and sides.
                let loose = !must_share;
                !self.times_conflict(c.ctime, d.ctime)
                    && !self.modes_conflict(c.main, d.main)
                    // Even an anaphor does not cross to another city
                    // (وفي مأرب، تتواصل المعارك after strikes on صنعاء).
                    && !self.places_apart(c.place, d.place)
                    && (loose || !Self::sides_conflict((&c.actors, &c.targets), (&d.actors, &d.targets)))
                    && (!must_share || shares(d))
            })
            .max_by_key(|(_, d)| d.last_token)
            .map(|(i, _)| i)
    }
}

impl<'c, 'a, 't> Extractor<'c, 'a, 't> {
    // ---- 5. the records ----------------------------------------------

    /// Whether token `i` opens a paragraph (or a `*` item).
    fn paragraph_start(&self, i: usize) -> bool {
        let toks = &self.ctx.layer.tokens;
        i == 0
            || toks.get(i).is_some_and(|t| t.newline_before)
            || (toks.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct) && self.key(i - 1) == "*")
    }

    /// Whether the place mention at tokens `[a, b)` is a dateline: among
    /// the first words of a paragraph, then ـ, -, –, : or (.
    fn is_dateline(&self, a: usize, b: usize) -> bool {
        let mut i = a;
        while i > 0 && !self.paragraph_start(i) && !self.is_word(i - 1) {
            i -= 1;
        }
        self.paragraph_start(i) && self.is_punct(b, &["ـ", "-", "–", ":", "("])
    }

    /// The place the article is written from (a dateline: "بعقوبة ـ أ.ف.ب:"),
    /// else its most mentioned place.
    fn document_place(&self) -> Option<u32> {
        let toks = &self.ctx.layer.tokens;
        // A dateline: a place among the first words of a paragraph, then ـ or - or :.
        for i in (0..toks.len().min(400)).filter(|&i| self.paragraph_start(i)) {
            let mut j = i;
            while j < toks.len() && !self.is_word(j) {
                j += 1;
            }
            if let Some((a, b, e)) = self.ix.mention_at(j)
                && j == a
                && self.entity(e).is_some_and(is_place)
                && self.is_dateline(a, b)
            {
                let d = self.reported_from(e, toks[a].start as usize).unwrap_or(e);
                return Some(self.lead_place(b, d).unwrap_or(d));
            }
        }
        let mut best: Option<(usize, u8, u32)> = None;
        for (k, e) in self.ctx.entities.iter().enumerate() {
            if !is_place(e) {
                continue;
            }
            let n = self.told(e, None);
            let key = (n, 255 - specificity(e), k as u32);
            if n > 0 && best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
                best = Some(key);
            }
        }
        best.map(|b| b.2)
    }

    /// A participle after a comma, going on with the sentence's subject
    /// («…، متهمة X بـ»، «…، داعيا إلى»، «…، مطالبين الحكومة بـ»).
    fn comma_participle(&self, t: usize) -> bool {
        let head = grammar::strip_conj(self.key(t));
        t > 0
            && self.is_punct(t - 1, &["،", ","])
            && (head.starts_with('م') || head.starts_with("داعي"))
            && (head.ends_with('ا') || head.ends_with('ة') || head.ends_with("ين"))
    }

    /// The place of the lead's first event, when it is another place of
    /// the dateline's country (بيروت – … في بلدة حوش السيد علي في قضاء
    /// الهرمل): the dateline says where the report was filed, the lead
    /// where its news happened. The most specific place of that sentence
    /// after the dateline, not a country or a facility, not an aside.
    fn lead_place(&self, after: usize, dateline: u32) -> Option<u32> {
        let d = self.entity(dateline)?;
        let country = d.geo.as_ref()?.country.clone()?;
        // (Only a capital: a report is filed from it about the provinces;
        // a provincial dateline is mostly where its news happened.)
        let lex = &self.ctx.resources.entities;
        let id = d.reference.as_ref().map(|r| r.id.as_str());
        if !lex
            .capital_country
            .keys()
            .any(|&p| lex.places.get(p as usize).map(|x| x.id.as_str()) == id)
        {
            return None;
        }
        let lead = self.mentions.iter().find(|m| m.t0 >= after)?;
        let (s0, s1) = *self.ix.sentence_tokens.get(lead.sent)?;
        self.most_specific_place(s0.max(after), s1, |e, ent, t0| {
            e != dateline
                && (1..8).contains(&specificity(ent))
                && !self.place_aside(t0)
                && !self.is_care_place_at(ent, t0)
                && ent.geo.as_ref().and_then(|g| g.country.as_deref()) == Some(country.as_str())
        })
    }

    /// How often the text names `e` outside boilerplate (and not at
    /// `except`, the dateline's own mention).
    fn told(&self, e: &Entity, except: Option<usize>) -> usize {
        e.mentions
            .iter()
            .filter(|m| Some(m.start) != except && !self.ctx.skip.iter().any(|s| m.start < s.end && s.start < m.end))
            .count()
    }

    /// A dateline the body never names again («جوبا – وكالات») says where
    /// the report was filed; the place of its country the body names most,
    /// at least twice, is where its news happened (Nasir).
    fn reported_from(&self, dateline: u32, at: usize) -> Option<u32> {
        let told = |e: &Entity| self.told(e, Some(at));
        let d = self.entity(dateline)?;
        let country = d.geo.as_ref()?.country.as_deref()?;
        if told(d) > 0 {
            return None;
        }
        self.ctx
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                is_place(e) && specificity(e) < 8 && e.geo.as_ref().and_then(|g| g.country.as_deref()) == Some(country)
            })
            .map(|(k, e)| (told(e), 255 - specificity(e), k as u32))
            .filter(|x| x.0 >= 2)
            .max()
            .map(|x| x.2)
    }

    /// The country of a state force among the sides, as a place entity of the document.
    fn state_country(&self, sides: &[u32]) -> Option<u32> {
        for &e in sides {
            let Some(ent) = self.entity(e) else { continue };
            let Some(r) = &ent.reference else { continue };
            let state = r.category.as_deref().is_some_and(|c| {
                c.starts_with("state") || matches!(c, "police" | "government" | "military" | "security" | "army")
            });
            let Some(cc) = r.country.as_deref().filter(|_| state) else {
                continue;
            };
            let place = self.ctx.entities.iter().position(|p| {
                p.kind == EntityKind::Place
                    && p.geo
                        .as_ref()
                        .is_some_and(|g| g.country.as_deref() == Some(cc) && g.feature.as_deref() == Some("country"))
            });
            if let Some(p) = place {
                return Some(p as u32);
            }
        }
        None
    }

    /// The most specific place in sentence `sent` (not a country that is a side).
    fn sentence_place(&self, sent: usize, sides: &[u32]) -> Option<u32> {
        let (s0, s1) = *self.ix.sentence_tokens.get(sent)?;
        self.most_specific_place(s0, s1, |e, ent, t0| {
            let care = self.is_care_place_at(ent, t0);
            !((specificity(ent) == 8 && sides.contains(&e)) || self.place_aside(t0) || (care && !sides.contains(&e)))
        })
    }

    /// The most specific place mentioned in tokens `[from, to)` that `keep`
    /// (entity index, entity, mention's first token) accepts; the first of
    /// equally specific ones.
    fn most_specific_place(&self, from: usize, to: usize, keep: impl Fn(u32, &Entity, usize) -> bool) -> Option<u32> {
        let mut best: Option<u32> = None;
        let mut t = from;
        while t < to {
            let Some((t0, b, e)) = self.ix.mention_at(t) else {
                t += 1;
                continue;
            };
            t = b.max(t + 1);
            let Some(ent) = self.entity(e) else { continue };
            if is_place(ent)
                && keep(e, ent, t0)
                && best
                    .and_then(|x| self.entity(x))
                    .is_none_or(|old| specificity(ent) < specificity(old))
            {
                best = Some(e);
            }
        }
        best
    }

    /// The date that scopes over sentence `sent`: a date before its first
    /// event mention (ومنذ الخميس الماضي، يشهد …؛ وأعلنت قسد مطلع تشرين
    /// الثاني إلقاء القبض …).
    /// `frames`: also a report's own date (see `frame_date`).
    fn sentence_time(&self, sent: usize, frames: bool) -> Option<u32> {
        let (s0, s1) = *self.ix.sentence_tokens.get(sent)?;
        let first = self.mentions.iter().find(|m| m.sent == sent).map_or(s1, |m| m.t0);
        (s0..first.min(s1)).map(|t| self.ix.time[t]).find(|&k| {
            k != NONE && self.ctx.times.get(k as usize).is_some_and(is_date) && (frames || !self.frame_date(k))
        })
    }

    /// A date in a report's frame, between its cue and its content (أفاد
    /// مصدر أمني، اليوم السبت، بمقتل …): when the report was made, which
    /// yields to a date the content gives (مساء أمس الجمعة).
    fn frame_date(&self, k: u32) -> bool {
        self.frames.get(k as usize).copied().unwrap_or(false)
    }

    /// The one date of mention `k`'s sentence when a reported event owns
    /// it: «قتل 7 متظاهرين، أمس الاثنين، خلال احتجاجات» dates the protests
    /// too. A date owned by background (منذ انقلاب 25 أكتوبر) or a
    /// sentence with two dates says nothing of the others.
    fn sole_date(&self, k: usize) -> Option<u32> {
        let sent = self.mentions[k].sent;
        let from = self.mentions.partition_point(|m| m.sent < sent);
        let mut found: Option<u32> = None;
        for m in self.mentions[from..].iter().take_while(|m| m.sent == sent) {
            let Some(t) = m.time else { continue };
            let date = self
                .ctx
                .times
                .get(t as usize)
                .is_some_and(|x| x.kind == crate::doc::TimeType::Date);
            if !date || self.frame_date(t) {
                continue;
            }
            if m.referential || m.refers || m.given || !m.predicated {
                return None;
            }
            match found {
                Some(f) if self.time_value(Some(f)) != self.time_value(Some(t)) => return None,
                _ => found = Some(t),
            }
        }
        found
    }

    /// The date of the document's lead: the own date of an event reported
    /// in its first sentences, a few days before publication. Events the
    /// article reports without a date of their own are mostly of that day.
    fn document_time(&self) -> Option<u32> {
        let published = self.ctx.published?;
        let first_sent = self.mentions.first()?.sent;
        let recent = |t: u32| {
            self.ctx
                .times
                .get(t as usize)
                .filter(|x| x.kind == crate::doc::TimeType::Date)
                .and_then(|x| x.value.as_deref())
                .and_then(latest_day)
                .is_some_and(|d| (0..=RECENT_DAYS).contains(&(published - d).num_days()))
        };
        // Else the first recent date of the lead's sentences, even a
        // report's own (قال في بيان مساء الثلاثاء): the news is of that day.
        let lead_date = || {
            let end = self.ctx.sentences.get(first_sent + 1).map_or(usize::MAX, |r| r.end);
            (0..self.ctx.times.len() as u32)
                .take_while(|&t| self.ctx.times.get(t as usize).is_some_and(|x| x.start < end))
                .find(|&t| recent(t))
        };
        self.mentions
            .iter()
            .take_while(|m| m.sent < first_sent + 2)
            .filter(|m| m.predicated && !m.referential && !m.refers && !m.given)
            .filter_map(|m| m.time.filter(|&t| !self.frame_date(t)))
            .find(|&t| recent(t))
            .or_else(lead_date)
    }

    /// "لمدة مماثلة"، "للمدة نفسها" after the trigger: the duration of the
    /// event of its kind before.
    fn same_duration(&self, m: &Mention, kind: &str, done: &[Event]) -> Option<String> {
        let (_, s1) = self.ix.sentence_of(m.t0)?;
        let j = (m.t1..(m.t1 + 6).min(s1)).find(|&j| {
            let k = grammar::strip_conj(self.key(j));
            matches!(k, "لمدة" | "لفترة" | "للمدة" | "للفترة" | "مدة" | "فترة")
        })?;
        let next = grammar::strip_conj(self.key(j + 1));
        if !matches!(next, "مماثلة" | "مماثل" | "نفسها" | "ذاتها" | "مشابهة") {
            return None;
        }
        done.iter()
            .rev()
            .find(|e| e.kind == kind && e.duration.is_some())
            .and_then(|e| e.duration.clone())
    }

    /// The actors of the attack a condemnation names as its object: the
    /// first attack noun after the verb in its clause (within twelve
    /// tokens), as its cluster reads them (الاعتداء referring back to the
    /// settlers' attack has the settlers).
    fn condemned_actors(&self, m: &Mention) -> Vec<u32> {
        let Some((_, s1)) = self.ix.sentence_of(m.t0) else {
            return Vec::new();
        };
        let end = (m.t1..s1.min(m.t1 + 12))
            .find(|&t| self.is_punct(t, &[".", "؛", ";", ":"]))
            .unwrap_or(s1.min(m.t1 + 12));
        // «دانت الوزارة "العدوان الإسرائيلي السافر"»: a nationality in the
        // words condemned names the state whose forces acted.
        let by_nationality = || {
            // The words after the condemning subject's name.
            let mut words = 0;
            (m.t1..end)
                .filter(|&t| self.ix.entity[t] == NONE)
                .filter(|&t| {
                    words += usize::from(self.is_word(t));
                    words <= 3
                })
                .find_map(|t| self.nationality_at(t))
                .and_then(|cc| self.forces_of(&cc))
                .into_iter()
                .collect::<Vec<u32>>()
        };
        let Some(k) = (m.t1..end)
            .map(|t| self.mention_at[t])
            .find(|&k| k != NONE && self.mentions.get(k as usize).is_some_and(|o| o.t0 != m.t0))
        else {
            return by_nationality();
        };
        let Some(o) = self.mentions.get(k as usize) else {
            return Vec::new();
        };
        // An attack or a raid, an incursion, arrests: who did it.
        if o.pos == Pos::Verb || !matches!(o.kind.as_deref(), Some("ASSAULT" | "COERCE")) {
            return Vec::new();
        }
        let own = self
            .clusters
            .iter()
            .find(|c| c.mentions.contains(&(k as usize)))
            .map_or_else(|| o.actors.clone(), |c| c.actors.clone());
        if !own.is_empty() || !o.article {
            return own;
        }
        // الاعتداء with no sides of its own: the attack last reported.
        self.clusters
            .iter()
            .filter(|c| Some(c.kind.as_str()) == o.kind.as_deref() && c.last_token < o.t0 && !c.actors.is_empty())
            .max_by_key(|c| c.last_token)
            .map(|c| c.actors.clone())
            .unwrap_or_default()
    }

    fn events(&mut self) -> Vec<Event> {
        let mut order: Vec<usize> = (0..self.clusters.len()).collect();
        order.sort_by_key(|&i| {
            self.clusters[i]
                .mentions
                .iter()
                .map(|&x| self.mentions[x].t0)
                .min()
                .unwrap_or(0)
        });
        let doc_place = self.document_place();
        let doc_time = self.document_time();
        let mut out: Vec<Event> = Vec::with_capacity(order.len());
        let mut made: Vec<Cluster> = Vec::with_capacity(order.len());
        for ci in order {
            let mut c = self.clusters[ci].clone();
            c.mentions.sort_by_key(|&x| self.mentions[x].t0);
            let main = self.mentions[c.main].clone();
            let Some(tr) = self.trigger(&main) else { continue };
            // «فجّر انتحاري سيارة …، لتقتحم بعدها مجموعة المبنى»، «قُتل تسعة
            // عندما اقتحم مسلحون السوق»: storming told after an attack in its
            // sentence is how the attack went, not an event of its own.
            let storming =
                |m: &Mention| m.kind.as_deref() == Some("COERCE") && self.lex.words.is_storm_word(self.key(m.t0));
            if c.mentions.iter().all(|&x| storming(&self.mentions[x]))
                && self.clusters.iter().any(|o| {
                    o.kind == "ASSAULT"
                        // (Not another side's raid after it: «قبل أن تقتحم
                        // قوات الاحتلال القرية» after the settlers' attack.)
                        && (c.actors.is_empty() || o.actors.is_empty() || c.actors.iter().any(|a| o.actors.contains(a)))
                        && o.mentions.iter().any(|&x| {
                            let om = &self.mentions[x];
                            om.fact == Factuality::Actual
                                && c.mentions.iter().any(|&y| {
                                    let sm = &self.mentions[y];
                                    sm.sent == om.sent && om.t0 < sm.t0
                                })
                        })
                })
            {
                continue;
            }
            // «سندخل في إضراب إذا لم يُطلق سراح زملائنا»: what a threat or a
            // demand is conditioned on has not happened; it is no event.
            if c.kind != "THREATEN" && self.unless(&main) {
                continue;
            }
            // «أعلنت الوزارة تشكيل لجنة تحقيق»: an inquiry into what happened
            // accuses no one; one into a side (فتحت تحقيقا مع الضابط، في
            // انتهاكات قوات الدعم السريع) does.
            if tr.mode.as_deref() == Some("investigate") && c.targets.is_empty() {
                match self.investigated(&main) {
                    Some(e) => c.targets.push(e),
                    None => continue,
                }
            }

            // Ellipsis: "فرضت X حظرا …، فيما دخلت مناطق أخرى حظرا جزئيا".
            if c.actors.is_empty()
                && let Some(o) = made.iter().find(|o| {
                    o.kind == c.kind
                        && !o.actors.is_empty()
                        && self.mentions[o.main].sent == main.sent
                        && self
                            .trigger(&self.mentions[o.main])
                            .and_then(|t| t.mode.as_ref())
                            .is_some()
                        && self.trigger(&self.mentions[o.main]).map(|t| &t.mode) == Some(&tr.mode)
                })
            {
                c.actors = o.actors.clone();
            }
            // Reported by a party: an arrest it announces is its own; a
            // surrender it announces was to it; an attack it claims, its own.
            if let Some(q) = main.quote.and_then(|q| self.quotes.get(q)) {
                // The organisation a spokesman or an office speaks for.
                let speaker = q
                    .affiliation
                    .as_deref()
                    .or(q.speaker.as_deref())
                    .and_then(|id| self.agent_by_id(id));
                if let Some(s) = speaker {
                    // «أعلن حزب الله أن مقاتليه استهدفوا …»: the speaker's own
                    // forces acted.
                    // «قال الجيش إن وحداته صدّت هجوما»: its own forces
                    // repelled the attack, so the speaker was its target.
                    let repelled = c.kind == "ASSAULT"
                        && c.mentions.iter().any(|&x| {
                            let o = &self.mentions[x];
                            self.repel_cue_before(o.t0).is_some() && self.own_forces_before(o)
                        });
                    if repelled {
                        if c.targets.is_empty() && !c.actors.contains(&s) {
                            c.targets.push(s);
                        }
                    } else if c.actors.is_empty()
                        && !c.targets.contains(&s)
                        && c.mentions.iter().any(|&x| self.own_forces_of(&self.mentions[x]))
                    {
                        // «إن ثلاثة من جنوده لقوا حتفهم»: its own forces died.
                        let died = c.mentions.iter().all(|&x| {
                            let o = &self.mentions[x];
                            o.casualty.is_some() && self.trigger(o).is_some_and(|t| t.voice == Voice::Passive)
                        });
                        if died {
                            c.targets.push(s);
                        } else {
                            c.actors.push(s);
                        }
                    }
                    // «أعلنت أفريكوم أنها نفذت غارة»: the pronoun after أنّ is
                    // the speaker, who did it.
                    if !c.actors.contains(&s)
                        && !c.targets.contains(&s)
                        && c.mentions
                            .iter()
                            .any(|&x| self.speaker_pronoun_subject(&self.mentions[x]))
                    {
                        c.actors.insert(0, s);
                    }
                    let claims = q.stance == "claim";
                    let announces = q.stance == "announce";
                    match c.kind.as_str() {
                        "ASSAULT" | "PROTEST" => {
                            if claims && c.actors.is_empty() {
                                c.actors.push(s);
                            }
                        }
                        "RETREAT" => {
                            if announces && c.targets.is_empty() && !c.actors.contains(&s) && !c.actors.is_empty() {
                                c.targets.push(s);
                            } else if announces && c.actors.is_empty() {
                                c.actors.push(s);
                            }
                        }
                        _ => {
                            // «أفادت الشرطة بتوقيف 19 شخصا»: a security body's
                            // report of an arrest or a seizure is of its own.
                            let own_report = c.kind == "COERCE"
                                && self.entity(s).and_then(|e| e.reference.as_ref()).is_some_and(|r| {
                                    matches!(
                                        r.category.as_deref(),
                                        Some("police" | "security_service" | "state_military")
                                    )
                                });
                            if (announces || claims || own_report) && c.actors.is_empty() && !c.targets.contains(&s) {
                                c.actors.push(s);
                            }
                        }
                    }
                }
            }
            // A trigger that is a quote's own cue (وتوعد بمزيد من الهجمات،
            // واتهم X بـ): the speaker did it.
            let layer = self.ctx.layer;
            let (a, b) = (
                layer.tokens.get(main.t0).map_or(0, |t| t.start as usize),
                layer
                    .tokens
                    .get(main.t1.saturating_sub(1))
                    .map_or(0, |t| t.end as usize),
            );
            if let Some(q) = self.quotes.iter().find(|q| q.cue.start < b && a < q.cue.end) {
                let speaker = q
                    .speaker
                    .as_deref()
                    .or(q.affiliation.as_deref())
                    .and_then(|id| self.agent_by_id(id));
                // «متهما «خلايا داعش» بـ»: who the words name is no actor of
                // the speaker's accusation, demand or threat.
                if matches!(c.kind.as_str(), "ACCUSE" | "REQUEST" | "THREATEN") && speaker.is_some() {
                    let inside = |e: u32| {
                        Some(e) != speaker
                            && self.entity(e).is_some_and(|x| {
                                x.mentions
                                    .iter()
                                    .any(|m| q.content.start <= m.start && m.end <= q.content.end)
                            })
                    };
                    let moved: Vec<u32> = c.actors.iter().copied().filter(|&e| inside(e)).collect();
                    c.actors.retain(|e| !moved.contains(e));
                    if c.kind != "THREATEN" {
                        for e in moved {
                            Extractor::add(&mut c.targets, e);
                        }
                    }
                }
                // «اتهم وزير الإعلام معمر الإرياني جماعة الحوثي»: the speaker
                // after a title was read as the object and the title's body
                // as the subject.
                if let Some(e) = speaker
                    && c.targets.contains(&e)
                    && let Some(sp) = (main.t1
                        ..self
                            .ix
                            .sentence_of(main.t0)
                            .map_or(main.t1, |(_, s1)| s1)
                            .min(main.t1 + 12))
                        .find(|&t| self.ix.entity[t] == e)
                {
                    let titled: Vec<u32> = (main.t1..sp)
                        .map(|t| self.ix.entity[t])
                        .filter(|&x| x != NONE)
                        .collect();
                    c.actors.retain(|x| !titled.contains(x));
                    c.targets.retain(|&x| x != e);
                    c.actors.insert(0, e);
                    let after = self.ix.mention_at(sp).map_or(sp + 1, |(_, b, _)| b);
                    if let Some(n) =
                        (after..self.ix.sentence_of(main.t0).map_or(main.t1, |(_, s1)| s1)).find(|&t| self.is_word(t))
                        && let Some((_, _, o)) = self.ix.mention_at(n).filter(|&(a, _, _)| a == n)
                        && self.is_agent(o)
                        && !c.targets.contains(&o)
                    {
                        c.targets.push(o);
                    }
                }
                if c.actors.is_empty()
                    && let Some(e) = speaker
                    && !c.targets.contains(&e)
                {
                    c.actors.push(e);
                }
                // اتهم X بـ، طالب X بـ: whom the words open with.
                if c.targets.is_empty()
                    && matches!(c.kind.as_str(), "ACCUSE" | "REQUEST")
                    && let t = layer.tokens.partition_point(|t| (t.end as usize) <= q.content.start)
                    && let Some((_, _, e)) = self.ix.mention_at(t).filter(|&(s, _, _)| s == t)
                    && self.is_agent(e)
                    && !c.actors.contains(&e)
                {
                    c.targets.push(e);
                }
            }
            // A spokesman acts for the body he speaks for (أعلن المتحدث باسم
            // الحوثيين يحيى سريع … وادعى سريع استهداف مدمرة).
            // (Not the one it acts against: «نفى المتحدث باسم وزارة الدفاع،
            // فلان، أن …» reads the body after the title as the object.)
            let bodies: Vec<u32> = c
                .actors
                .iter()
                .filter_map(|&e| self.body_of(e))
                .filter(|b| !c.actors.contains(b))
                .collect();
            for b in bodies {
                c.targets.retain(|&t| t != b);
                Extractor::add(&mut c.actors, b);
            }
            // دانت الوزارة العدوان الإسرائيلي، استنكر الاعتداء: what is
            // condemned is an attack; its sides acting are the target.
            if c.targets.is_empty() && tr.mode.as_deref() == Some("disapprove") {
                for e in self.condemned_actors(&main) {
                    if !c.actors.contains(&e) {
                        Extractor::add(&mut c.targets, e);
                    }
                }
            }
            // "المهاجمين": whoever started the attack before.
            if c.targets.is_empty() && c.mentions.iter().any(|&x| self.mentions[x].attacker_target) {
                let first = self.mentions[c.mentions[0]].t0;
                let attackers = made
                    .iter()
                    .rev()
                    .filter(|o| o.kind == "ASSAULT" && o.last_token <= first)
                    .find_map(|o| {
                        o.initiators
                            .iter()
                            .chain(o.actors.iter())
                            .find(|a| !c.actors.contains(a))
                            .copied()
                    });
                if let Some(a) = attackers {
                    c.targets.push(a);
                }
            }
            // «أحرق المتظاهرون»، «خرج متظاهرون أفغان للاحتجاج»: a protest
            // with no side read off its grammar is by the protesters its
            // trigger names, else those its sentence names.
            if c.kind == "PROTEST"
                && c.actors.is_empty()
                && let Some(e) = self.protesters_of(&main)
            {
                c.actors.push(e);
                c.targets.retain(|&t| t != e);
            }
            // «يهتفون ضد الحكومة»، «مظاهرات تطالب السلطة بوقف»: whom a protest
            // is against, after ضد or a demand verb later in its sentence.
            if c.kind == "PROTEST"
                && c.targets.is_empty()
                && let Some(e) = self.protest_target(&main).filter(|e| !c.actors.contains(e))
            {
                c.targets.push(e);
            }
            // «غارة نفذتها مسيّرة إسرائيلية»، «قصف تركي»: the state whose
            // adjective the attack or its weapon carries.
            if c.kind == "ASSAULT" && c.actors.is_empty() {
                let found = c
                    .mentions
                    .iter()
                    .find_map(|&x| self.nationality_actor(&self.mentions[x]))
                    .filter(|e| !c.targets.contains(e));
                if let Some(e) = found {
                    c.actors.push(e);
                }
            }
            // The act charged is the accused's alone.
            if main.charged.is_some() {
                c.actors = main.actors.clone();
                c.targets.retain(|t| !main.actors.contains(t));
            }
            // Where.
            let mut fallback = false;
            let mut time_fallback = false;
            let sides: Vec<u32> = c.actors.iter().chain(c.targets.iter()).copied().collect();
            let in_sentence = self.sentence_place(main.sent, &sides);
            let country_of = |e: u32| {
                self.entity(e)
                    .and_then(|x| x.geo.as_ref())
                    .and_then(|g| g.country.clone())
            };
            // A state's side puts the event in its country (11 Iraqi soldiers
            // killed, in a sentence on Hasakah); a place of that same country
            // named in the sentence says where in it.
            let place = c
                .place
                .or_else(|| {
                    // An attacker's state is no place when the sentence
                    // names one (a Turkish drone over Syria's Malikiyah).
                    let state = self
                        .state_country(&c.targets)
                        .or_else(|| in_sentence.is_none().then(|| self.state_country(&c.actors)).flatten())?;
                    Some(match in_sentence {
                        Some(p) if country_of(p).is_some() && country_of(p) == country_of(state) => p,
                        // Else the article's own place, when it is in that
                        // country (the Mahalla strike in an article from
                        // Mahalla, not «Egypt»).
                        _ => doc_place
                            .filter(|&d| {
                                d != state
                                    && country_of(d).is_some()
                                    && country_of(d) == country_of(state)
                                    && self.entity(d).is_some_and(|e| specificity(e) < 8)
                            })
                            .unwrap_or(state),
                    })
                })
                .or(in_sentence)
                .or_else(|| {
                    fallback = true;
                    let side = |p: u32| c.actors.contains(&p) || c.targets.contains(&p);
                    doc_place.filter(|&p| !(side(p) && self.entity(p).is_some_and(|e| specificity(e) == 8)))
                });
            // When.
            // When: the main mention's own date, else its sentence's, else a
            // date another mention gives (a clock time only as a last resort).
            let dated = |t: &Option<u32>| {
                t.filter(|&k| {
                    self.ctx
                        .times
                        .get(k as usize)
                        .is_some_and(|x| x.kind == crate::doc::TimeType::Date)
                })
            };
            // A report's own date only when nothing else dates the event.
            let own = |t: &Option<u32>| dated(t).filter(|&k| !self.frame_date(k));
            let members_date = |pick: &dyn Fn(&Option<u32>) -> Option<u32>| {
                c.mentions.iter().find_map(|&x| pick(&self.mentions[x].time))
            };
            let mut time = own(&main.time)
                .or(own(&main.ctime))
                .or_else(|| members_date(&own))
                .or(dated(&main.ctime))
                .or_else(|| members_date(&dated));
            // Else the lead's date, for an event the article reports (not
            // one it recalls or names in passing).
            let reported = c.mentions.iter().any(|&x| {
                let m = &self.mentions[x];
                m.predicated && !m.referential && !m.refers
            });
            if time.is_none() && reported && matches!(main.fact, Factuality::Actual) {
                time = doc_time;
                time_fallback = time.is_some();
            }
            let time = time.or(main.time).or(c.time);
            let members: Vec<&Mention> = c.mentions.iter().map(|&x| &self.mentions[x]).collect();
            let duration = members
                .iter()
                .find_map(|m| m.duration.clone())
                .or_else(|| self.same_duration(&main, &c.kind, &out));
            let dead = members.iter().find_map(|m| m.dead);
            let injured = members.iter().find_map(|m| m.injured);
            let size = std::iter::once(&main)
                .chain(members.iter().copied())
                .find_map(|m| m.size);
            let source = main.quote.and_then(|q| self.quotes.get(q)).map(|q| q.id.clone());

            let mut evidence: Vec<Range> = Vec::new();
            for m in &members {
                if let Some(r) = self.ctx.sentences.get(m.sent)
                    && !evidence.contains(r)
                {
                    evidence.push(*r);
                }
            }
            let known = self.ctx.entities;
            let id_of = move |e: u32| known.get(e as usize).map(|x| x.id.clone());
            // How sure the text is that it reports this event: predicated,
            // with particulars, not named only in passing.
            let predicated = members.iter().any(|m| m.predicated);
            let passing = !predicated && members.iter().all(|m| m.referential || m.generic);
            // A kind of event (تنفيذ هجمات، الاغتيالات) with nothing particular.
            let unreal = !matches!(
                main.fact,
                Factuality::Actual | Factuality::Attempted | Factuality::Foiled
            );
            // Unreal, with no place or date of its own, sides do not make it
            // one (بقصد تنفيذ هجمات، يخطط التنظيم لشن هجمات).
            let unnamed = c.actors.iter().chain(&c.targets).all(|&e| self.is_unnamed_group(e));
            let bare = c.place.is_none() && c.time.is_none();
            let kind_only = members.iter().all(|m| m.generic)
                && ((unnamed && (unreal || (!predicated && bare))) || (unreal && bare));
            // An attack counts its casualties; the people it abducted (its
            // size) were not among what the model was fitted on.
            let sized = |s: Option<f64>| s.is_some() && c.kind != "ASSAULT";
            let counted = (dead.is_some() || injured.is_some() || sized(size))
                && !members
                    .iter()
                    .all(|m| m.implied_count || (m.dead.is_none() && m.injured.is_none() && !sized(m.size)));
            let own_place = c.place.is_some();
            let own_time = c.time.is_some();
            // The signals the confidence model weighs (data/events/confidence.tsv,
            // fitted on the Arabic event GSR's development part).
            let mut signals: Vec<&'static str> = Vec::with_capacity(16);
            let mut on = |cond: bool, name: &'static str| {
                if cond {
                    signals.push(name);
                }
            };
            on(predicated, "predicated");
            on(counted, "counted");
            on(!c.actors.is_empty(), "actor");
            on(source.is_some(), "source");
            on(main.quote.is_some(), "in_quote");
            // Violence by a politician, a government or an organisation of
            // words, with no one hurt, is mostly an attack in words (شن
            // جنبلاط هجوما عنيفا على …) or a misread actor.
            let civilian = |e: &u32| {
                self.entity(*e).is_some_and(|x| {
                    x.kind == crate::doc::EntityKind::Person
                        || x.reference
                            .as_ref()
                            .and_then(|r| r.category.as_deref())
                            .is_some_and(|c| {
                                matches!(
                                    c,
                                    "political_party" | "government" | "media" | "ngo" | "international_org"
                                )
                            })
                })
            };
            on(
                !counted && !c.actors.is_empty() && c.actors.iter().all(civilian),
                "civilian_actor",
            );
            on(!c.targets.is_empty(), "target");
            on(own_place, "own_place");
            on(own_time, "own_time");
            on(members.len() > 1, "multi");
            on(passing, "passing");
            // "الهجوم"، "الذي اغتيل": refers to an event this text never
            // reports — background.
            let refers_back = members.iter().all(|m| m.refers);
            on(refers_back && members.len() == 1, "refers_back");
            on(fallback && place.is_some(), "fallback_place");
            on(time_fallback, "fallback_time");
            on(place.is_none(), "no_place");
            // Dated well before the article (اغتيل في فبراير 2005 in a 2008
            // article): a past event recalled as background, not reported.
            // Only the trigger's own date counts: a sentence's date may
            // belong to another clause.
            let age = dated(&main.time)
                .and_then(|t| self.ctx.times.get(t as usize))
                .and_then(|t| t.value.as_deref())
                .zip(self.ctx.published)
                .and_then(|(v, p)| latest_day(v).map(|d| (p - d).num_days()));
            on(age.is_some_and(|d| d > RECALLED_AFTER_DAYS), "recalled");
            // أمس، اليوم، السبت: news of the last days.
            on(age.is_some_and(|d| (0..=RECENT_DAYS).contains(&d)), "recent");
            on(main.pos == Pos::Verb, "verb");
            on(main.pos == Pos::Participle, "participle");
            on(main.imperfect, "imperfect");
            on(main.future, "future");
            on(main.given, "given");
            on(main.article, "article");
            on(members.iter().all(|m| m.generic), "generic");
            on(members.iter().all(|m| m.referential), "referential");
            on(main.suffixed, "suffixed");
            on(main.fact == Factuality::Attempted, "attempted");
            on(unreal, "unreal");
            on(kind_only, "kind_only");
            on(
                self.ctx
                    .sentences
                    .get(main.sent)
                    .is_some_and(|r| r.end.saturating_sub(r.start) > LONG_SENTENCE),
                "long_sentence",
            );
            on(main.after_prep, "after_prep");
            on(main.after_word, "after_word");
            on(main.relative_after, "relative_after");
            // A casualty noun (مقتل، قتلى) standing for the event; a killing
            // verb is a report of its own.
            on(main.casualty.is_some() && main.pos != Pos::Verb, "casualty");
            let confidence = self.lex.confidence.probability(&c.kind, &signals);
            // A running total (حصيلة القتلى منذ الانقلاب ارتفعت إلى 71، عدد
            // الشهداء منذ مطلع العام): many events, none reported here.
            if members.iter().all(|m| m.casualty.is_some() && m.pos != Pos::Verb)
                && members.iter().any(|m| {
                    let from = self.mentions.partition_point(|o| o.sent < m.sent);
                    self.mentions[from..]
                        .iter()
                        .take_while(|o| o.sent == m.sent)
                        .any(|o| o.casualty.is_some() && o.t0 <= m.t0 && self.since_after(o))
                })
            {
                continue;
            }
            // A denial is an event, with its side named or not (نفت
            // الوزارة، نفى مصدر في الجيش، نفت عائلة أحد الموقوفين، وهو ما
            // نفاه الوسطاء), but not a commentator's opinion (نفى الكاتب
            // والباحث في شؤون الجماعات، فلان). It stands beside the event it
            // names, which is denied (نفى التحالف استهداف …: REJECT, and the
            // strike with factuality denied).
            if tr.mode.as_deref() == Some("deny") {
                let commentator = c.actors.iter().any(|&e| {
                    self.entity(e)
                        .is_some_and(|x| x.kind == EntityKind::Person && self.commentator(main.t1, x))
                }) || (main.t1..(main.t1 + 3).min(self.ctx.layer.tokens.len()))
                    .any(|t| self.is_word(t) && self.lex.words.is_commentator(self.key(t)));
                if commentator {
                    continue;
                }
            }
            // حمّل «carried» unless «مسؤولية» follows in its clause.
            // (Read as a verbal noun after ل too: لحمل المواد.)
            if c.kind == "ACCUSE" && self.lex.words.is_blame_verb(self.key(main.t0)) {
                let s1 = self.ix.sentence_of(main.t0).map_or(main.t1, |s| s.1);
                // (An aside may stand between: وحمّل الاتحاد، في بيان أصدره
                // صباح اليوم، السلطات «مسؤولية الاحتقان».)
                let blame = (main.t1..s1.min(main.t1 + 24))
                    .take_while(|&j| !self.is_punct(j, &[".", "؛", ";"]))
                    .any(|j| self.is_word(j) && self.lex.words.is_blame_noun(self.key(j)));
                if !blame {
                    continue;
                }
            }
            // A place receiving (المستشفى استقبل جثث، المطار يستقبل طائرات،
            // تستقبل فيه الولاية النازحين) holds no meeting; nor does anyone
            // receiving the hurt or the dead (مستشفى المدينة استقبل منذ
            // الإثنين 23 جريحا، أنه استقبل جثث خمسة).
            if c.kind == "CONSULT"
                && tr.mode.as_deref() == Some("visit")
                && main.pos == Pos::Verb
                && (self.place_subject(&main)
                    || self.object_within(main.t1, 4, |k| {
                        self.lex.words.casualty(k).is_some() || self.lex.words.is_kin(k)
                    }))
            {
                continue;
            }
            // A call for an event named just before (إضراب دعت إليه النقابة)
            // tells who organised it, not a demand of its own.
            if tr.kind == "REQUEST"
                && main.pos == Pos::Verb
                && self
                    .sentence_mentions(main.sent)
                    .iter()
                    .any(|o| o.t1 <= main.t0 && o.t0 != main.t0 && self.organizer_verb_after(o.t1) == Some(main.t0))
            {
                continue;
            }
            // An investigation asked for (طالبت X بفتح تحقيق، دعت X إلى فتح
            // تحقيق) is the demand's content, not an event of its own.
            // So is a release asked for (للمطالبة بإطلاق سراح الموقوفين), an
            // expulsion (بإغلاق السفارة وطرد السفير), an arrest or a
            // withdrawal. (Not an attack: «طالب بوقف القصف» names one
            // under way; nor a strike or a protest called for, which are
            // planned events of their own.)
            if !matches!(tr.kind.as_str(), "REQUEST" | "PROTEST" | "ASSAULT" | "THREATEN") && self.demanded(&main) {
                continue;
            }
            // «نعى الجنود القتلى»، «تفقّد الجرحى»: the dead or the wounded
            // named with the article, no figure and no one who hurt them
            // are people an event already made, no event of their own.
            let the_hurt = members
                .iter()
                .all(|m| m.casualty.is_some() && m.article && m.dead.is_none() && m.injured.is_none())
                && c.actors.is_empty();
            if the_hurt {
                continue;
            }
            // Named in passing with nothing particular: no event record.
            if ((passing || refers_back && members.len() == 1) && !counted && !own_time && !own_place)
                || (kind_only && !counted)
            {
                continue;
            }
            let layer = self.ctx.layer;
            // A clash between armed sides stays a battle, whoever it hurt.
            let sides = if tr.mode.as_deref() == Some("clash") {
                2
            } else {
                c.actors.len()
            };
            let acled = self.acled_by_victims(tr.acled.clone(), &members, dead, injured, sides);
            let mut targets: Vec<String> = c.targets.iter().filter_map(|&e| id_of(e)).collect();
            let size_q = std::iter::once(&main)
                .chain(members.iter().copied())
                .find_map(|m| m.size_q);
            // «أُفرج عن 11 منهم»: some of the people an arrest, abduction or
            // release took in the sentences just before.
            if targets.is_empty()
                && self.takes_people(&c)
                && size_q.is_some_and(|q| self.partitive_count(q))
                && let Some(id) = made
                    .iter()
                    .zip(out.iter())
                    .rev()
                    .take_while(|(m, _)| main.sent.saturating_sub(self.mentions[m.main].sent) <= 3)
                    .find(|(m, e)| self.takes_people(m) && !e.targets.is_empty())
                    .and_then(|(_, e)| e.targets.first().cloned())
            {
                targets.push(id);
            }
            if targets.is_empty()
                && let Some((id, new)) = self.group_target(&c, size_q, place)
            {
                targets.push(id);
                self.groups.extend(new);
            }
            // An attack that names no target hit the people it killed or
            // wounded (قذيفة أصابت ثلاثة أطفال، مقتل أربعة عمال زراعيين).
            let victims_q = std::iter::once(&main)
                .chain(members.iter().copied())
                .find_map(|m| m.victims_q);
            if targets.is_empty()
                && c.kind == "ASSAULT"
                && tr.mode.as_deref() != Some("clash")
                && let Some((id, new)) = self.victims_target(victims_q, place)
                && !c.actors.iter().filter_map(|&e| id_of(e)).any(|a| a == id)
            {
                targets.push(id);
                self.groups.extend(new);
            }
            // One person unnamed, or people not counted, taken or killed.
            if targets.is_empty()
                && let Some((id, new)) = self.person_taken(&c, place)
                && !c.actors.iter().filter_map(|&e| id_of(e)).any(|a| a == id)
            {
                targets.push(id);
                self.groups.extend(new);
            }
            // An attack that names no side it struck struck the thing it
            // names unnamed (غارة على ثكنة عسكرية، استهدفت سفينة تجارية),
            // besides the people it hurt.
            if c.targets.is_empty()
                && c.kind == "ASSAULT"
                && tr.mode.as_deref() != Some("clash")
                && let Some((a, b)) = std::iter::once(&main)
                    .chain(members.iter().copied())
                    .find_map(|m| m.struck)
                && let Some((id, new)) = self.struck_target(a, b)
                && !targets.contains(&id)
            {
                targets.push(id);
                self.groups.extend(new);
            }
            // An accusation of people it does not name (اتهم «عناصر
            // مدسوسة» بتحريض العمال): those people, as a body of the text.
            if targets.is_empty()
                && c.kind == "ACCUSE"
                && let Some((a, b)) = std::iter::once(&main)
                    .chain(members.iter().copied())
                    .find_map(|m| m.accused)
                && let Some((id, new)) = self.unnamed_entity(a, b, EntityKind::Organization)
                && !c.actors.iter().filter_map(|&e| id_of(e)).any(|x| x == id)
            {
                targets.push(id);
                self.groups.extend(new);
            }
            // «فرّقت الشرطة مئات الباحثين عن عمل الذين قطعوا الطريق»: who
            // broke up a protest in its sentence did not hold it (its
            // people, counted, may).
            let dispersers: Vec<u32> = if c.kind == "PROTEST" {
                self.sentence_mentions(main.sent)
                    .iter()
                    .filter(|o| {
                        o.kind.as_deref() == Some("ASSAULT")
                            && self.trigger(o).and_then(|t| t.mode.as_deref()) == Some("crowd-control")
                    })
                    .flat_map(|o| o.actors.iter().copied())
                    .collect()
            } else {
                Vec::new()
            };
            // A building or a site does nothing (تجمعوا أمام مبنى البرلمان: the
            // phrase after the preposition is no subject).
            let mut actors: Vec<String> = c
                .actors
                .iter()
                .filter(|&&e| self.entity(e).is_none_or(|x| x.kind != EntityKind::Facility))
                .filter(|e| !dispersers.contains(e))
                .filter_map(|&e| id_of(e))
                .collect();
            // The unnamed sides after بين are who acted; a state read from
            // a place around them is not.
            if let Some((a, b)) = std::iter::once(&main)
                .chain(members.iter().copied())
                .find_map(|m| m.sides)
                && let Some((id, new)) = self.unnamed_entity(a, b, EntityKind::Organization)
                && !targets.contains(&id)
            {
                let states: Vec<String> = c
                    .actors
                    .iter()
                    .filter(|&&e| {
                        self.entity(e)
                            .is_some_and(|x| x.geo.as_ref().is_some_and(|g| g.feature.as_deref() == Some("country")))
                    })
                    .filter_map(|&e| id_of(e))
                    .collect();
                actors.retain(|x| !states.contains(x));
                if !actors.contains(&id) {
                    actors.insert(0, id);
                }
                self.groups.extend(new);
            }
            // A statement no named side made (اتهمت أسرة القتيل قوات الأمن
            // بـ، نفى والد المهاجم): the words that describe its speaker, as
            // a body of the text.
            if actors.is_empty()
                && let Some((a, b)) = self.described_speaker(&main)
                && let Some((id, new)) = self.unnamed_entity_at(a, b, EntityKind::Organization)
                && !targets.contains(&id)
            {
                actors.push(id);
                self.groups.extend(new);
            }
            // «3 آلاف عنصر من معتقلي داعش، اعتقل غالبيتهم»: no side does it
            // to itself; the one it was done to stays.
            if tr.mode.as_deref() != Some("clash") {
                actors.retain(|a| !targets.contains(a));
            }
            // A denial is aimed at whoever made the claim it denies.
            if tr.mode.as_deref() == Some("deny") && targets.is_empty() {
                targets = self.claimant(&main, &actors);
            }
            // A vow with no one named is aimed at who attacked last
            // (توعّد المحافظ بملاحقة المنفذين، after the attack the text
            // reported): the actors of the latest attack before it, not
            // the one vowing.
            if c.kind == "THREATEN"
                && targets.is_empty()
                && !actors.is_empty()
                && let Some(attackers) = latest_actors(&out, main.start, &actors, |e| {
                    e.kind == "ASSAULT" && e.factuality == "actual"
                })
            {
                targets = attackers;
            }
            // «دعت البعثة الطرفين إلى ضبط النفس»: the two sides are those
            // of the latest event with two sides or more before it.
            if targets.is_empty()
                && c.mentions.iter().any(|&x| self.mentions[x].both_sides)
                && let Some(sides) = latest_actors(&out, main.start, &actors, |e| e.actors.len() >= 2)
            {
                targets = sides;
            }
            // An arrest or a raid no one is said to have made (اعتُقل 23
            // شخصا، توقيف تسعة أشخاص) was made by the state's force the text
            // names nearest before it (its sentence, then the two before),
            // else just after it in its sentence.
            if c.kind == "COERCE"
                && actors.is_empty()
                && matches!(tr.mode.as_deref(), Some("arrest" | "seize"))
                && let Some(force) = self.force_near(&main)
                && !targets.contains(&force)
            {
                actors.push(force);
            }
            // A release asked for with no one named (وطالبت الحركة بالإفراج
            // عنهم) is asked of who holds them: the actors of the latest
            // arrest or abduction before it.
            if c.kind == "REQUEST"
                && targets.is_empty()
                && (main.t1..main.t1 + 5).any(|j| self.is_word(j) && self.lex.words.is_release_word(self.key(j)))
                && let Some(holders) = latest_actors(&out, main.start, &actors, |e| {
                    matches!(
                        (e.kind.as_str(), e.mode.as_deref()),
                        ("COERCE", Some("arrest")) | ("ASSAULT", Some("abduct"))
                    )
                })
            {
                targets = holders;
            }
            // «اعتقلت الشرطة ثلاثة أشخاص بتهمة تفجير»: the people counted
            // before the charge did the act (one side with those arrested).
            if actors.is_empty()
                && let Some(ch) = main.charged
                && let Some((id, new)) = self.accused_group(ch, place)
            {
                targets.retain(|t| t != &id);
                actors.push(id);
                self.groups.extend(new);
            }
            if actors.is_empty()
                && let Some((id, new)) = self.protest_group(&c, size_q, place)
                && !targets.contains(&id)
            {
                actors.push(id);
                self.groups.extend(new);
            }
            if actors.is_empty()
                && let Some((id, new)) = self.caller_group(&c)
                && !targets.contains(&id)
            {
                actors.push(id);
                self.groups.extend(new);
            }
            if actors.is_empty()
                && let Some((id, new)) = self.attacker_group(&c, place)
                && !targets.contains(&id)
            {
                actors.push(id);
                self.groups.extend(new);
            }
            // One named person arrested, abducted or freed, with no count
            // of their own: the event's size is one.
            let size = size.or_else(|| {
                let one_person = matches!(
                    (c.kind.as_str(), tr.mode.as_deref()),
                    ("COERCE", Some("arrest")) | ("ASSAULT", Some("abduct")) | ("RETREAT", Some("release"))
                ) && dead.is_none()
                    && injured.is_none()
                    && targets.len() == 1
                    && known
                        .iter()
                        .find(|x| targets.first() == Some(&x.id))
                        .is_some_and(|x| x.kind == EntityKind::Person);
                one_person.then_some(1.0)
            });
            out.push(Event {
                id: String::new(),
                kind: c.kind.clone(),
                mode: tr.mode.clone(),
                cameo: tr.cameo.clone(),
                acled,
                trigger: layer.span(main.start, main.end),
                actors,
                targets,
                location: place.and_then(id_of),
                time: time.and_then(|t| self.ctx.times.get(t as usize)).map(|t| t.id.clone()),
                dead,
                injured,
                size,
                duration,
                factuality: main.fact.as_str().to_string(),
                source,
                evidence,
                mentions: members.len(),
                confidence: (confidence.clamp(0.01, 0.99) * 100.0).round() / 100.0,
                signals,
            });
            made.push(c);
        }
        self.no_protesting_dispersers(&mut out);
        self.dispersed_protesters(&mut out);
        for (k, e) in out.iter_mut().enumerate() {
            e.id = format!("V{}", k + 1);
        }
        out
    }

    /// An active verb joined by و right after a comma, followed by a
    /// preposition or a ب phrase (وهدد بخطوات، وطالب بتمويل، ودعا إلى):
    /// its subject is the one of the verb before it.
    fn joined_without_subject(&self, m: &Mention) -> bool {
        if m.pos != Pos::Verb || m.t0 == 0 || !self.is_punct(m.t0 - 1, &["،", ","]) {
            return false;
        }
        let k = self.key(m.t0);
        if !k.starts_with('و') || grammar::strip_conj(k) == k {
            return false;
        }
        if self.trigger(m).is_none_or(|t| t.voice != lexicon::Voice::Active) {
            return false;
        }
        let Some((_, s1)) = self.ix.sentence_of(m.t0) else {
            return false;
        };
        let next = m.t1;
        next < s1
            && self.kind(next) == Some(TokenKind::Arabic)
            && (grammar::preposition(self.key(next)).is_some() || self.key(next).starts_with('ب'))
    }

    /// The number of the sentence token `t` is in.
    fn sentence_no(&self, t: usize) -> Option<u32> {
        self.ix.sentence.get(t).copied().filter(|&x| x != NONE)
    }

    /// «فرّقت الشرطة آلاف الطلاب، تظاهروا أمام البرلمان»: a protest in the
    /// sentence of a dispersal is not by the force that dispersed it (a
    /// side lent by the sentence's subject); with no side of its own, its
    /// side is whom the dispersal befell, if the dispersal names them.
    fn no_protesting_dispersers(&self, out: &mut [Event]) {
        let sent_of = |start: usize| self.sentence_no(self.ctx.layer.token_from(start));
        let dispersals: Vec<(Option<u32>, Vec<String>, Vec<String>)> = out
            .iter()
            .filter(|d| is_dispersal(d) && !d.actors.is_empty())
            .map(|d| (sent_of(d.trigger.start), d.actors.clone(), d.targets.clone()))
            .collect();
        for p in out.iter_mut().filter(|p| p.kind == "PROTEST") {
            let here = sent_of(p.trigger.start);
            for (sent, forces, befell) in &dispersals {
                if here.is_none() || *sent != here {
                    continue;
                }
                p.actors.retain(|a| !forces.contains(a));
                if p.actors.is_empty() {
                    p.actors = befell.iter().filter(|t| !p.targets.contains(t)).cloned().collect();
                }
            }
        }
    }

    /// «فرّقت قوات الأمن وقفة احتجاجية نظمها مئات الأساتذة»: a dispersal
    /// with no one named it befell befell the protesters of the protest it
    /// dispersed — the protest named after it in its sentence, within
    /// eighteen words (a time, the weapons and a force's name may stand
    /// between: «فرّقت قوات الأمن (الأسايش)، أمس، بالغاز … تظاهرة»).
    ///
    /// Else a dispersal, or an arrest that names no one or only people
    /// counted (اعتقلت الشرطة 23 شخصا), right after a protest (its
    /// sentence or the two before) befell that protest's protesters too.
    fn dispersed_protesters(&self, out: &mut [Event]) {
        let layer = self.ctx.layer;
        let named = |id: &str| self.ctx.entities.iter().any(|x| x.id == id);
        for k in 0..out.len() {
            let e = &out[k];
            let dispersal = is_dispersal(e);
            let arrest = e.kind == "COERCE" && e.mode.as_deref() == Some("arrest");
            if !(dispersal && e.targets.is_empty() || arrest && e.targets.iter().all(|t| !named(t))) {
                continue;
            }
            let t0 = layer.token_from(e.trigger.start);
            let t1 = layer.token_from(e.trigger.end.saturating_sub(1)) + 1;
            let Some((_, s1)) = self.ix.sentence_of(t1.saturating_sub(1)) else {
                continue;
            };
            let mut words = 0;
            let mut end = t1;
            while end < s1 && words < 18 {
                words += usize::from(self.is_word(end));
                end += 1;
            }
            let after = dispersal
                .then(|| {
                    out.iter().find(|p| {
                        let p0 = layer.token_from(p.trigger.start);
                        p.kind == "PROTEST" && p0 >= t1 && p0 < end && !p.actors.is_empty()
                    })
                })
                .flatten();
            let sent_of = |t: usize| self.sentence_no(t);
            let before = || {
                out[..k].iter().rev().find(|p| {
                    let p0 = layer.token_from(p.trigger.start);
                    p.kind == "PROTEST"
                        && p.factuality == "actual"
                        && !p.actors.is_empty()
                        && p0 < t0
                        && sent_of(p0).zip(sent_of(t0)).is_some_and(|(a, b)| a + 2 >= b)
                })
            };
            let Some(protesters) = after.or_else(before).map(|p| p.actors.clone()) else {
                continue;
            };
            let e = &mut out[k];
            for a in protesters {
                if !e.actors.contains(&a) && !e.targets.contains(&a) {
                    e.targets.push(a);
                }
            }
        }
    }
}
