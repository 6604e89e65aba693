//! The time grammar: one left-to-right pass over the tokens.
//!
//! Before the pass, every token's lexicon hits are collected once (with
//! its proclitic readings: والخميس → و + الخميس, لمدة → ل + مدة) into one
//! flat vector, so the recognisers below only compare roles. At each token
//! the recognisers are tried in a fixed order, the first that reads an
//! expression emits it and the pass goes on after it; the words an
//! expression used (the hours of a duration, the day of a date) are never
//! read again.

use super::calendar::{Spec, duration, hijri_year_for_gregorian};
use super::lexicon::{Context, NumKind, Part, PeriodMod, Rel, Role, Series, TimeLexicon, Unit, UnitCount};
use super::parse_iso_date;
use crate::doc::{Range, TimeType};
use crate::text::clitic::is_name_proclitic;
use crate::text::{TextLayer, TokenKind};
use chrono::NaiveDate;

/// ل + ال, where the alef fell (للعام = ل + العام), alone or after و/ف.
const LIL: &[&str] = &["لل", "ولل", "فلل"];

/// One lexicon hit at a token.
#[derive(Debug, Clone, Copy)]
struct Hit {
    role: Role,
    /// Original code point where the words start (after a proclitic).
    start: usize,
    /// Token index after the last word.
    next: usize,
    /// A proclitic was stripped.
    clitic: bool,
}

/// What an emitted time is anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Published,
    Absolute,
    /// Another time, by index in the output.
    Time(usize),
}

/// A time found, before ids are given.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimeType,
    pub expr: String,
    pub value: Option<String>,
    pub anchor: Anchor,
    pub hijri: bool,
}

/// A date expression read at some token.
#[derive(Debug, Clone, Copy)]
struct DateHit {
    start: usize,
    next: usize,
    spec: Spec,
    part: Option<Part>,
}

/// A count of units (سبعة أيام، يومين، 48 ساعة).
#[derive(Debug, Clone, Copy)]
struct Count {
    n: u32,
    unit: Unit,
    start: usize,
    next: usize,
}

/// The pass over one text.
pub struct Grammar<'a, 't> {
    layer: &'a TextLayer<'t>,
    lex: &'a TimeLexicon,
    published: Option<NaiveDate>,
    skip: &'a [Range],
    hits: Vec<Hit>,
    /// `hits[hit_ix[i]..hit_ix[i + 1]]` are token i's hits.
    hit_ix: Vec<u32>,
    pub out: Vec<Found>,
}

impl<'a, 't> Grammar<'a, 't> {
    pub fn new(
        layer: &'a TextLayer<'t>,
        lex: &'a TimeLexicon,
        published: Option<NaiveDate>,
        skip: &'a [Range],
    ) -> Self {
        let mut g = Grammar {
            layer,
            lex,
            published,
            skip,
            hits: Vec::with_capacity(layer.tokens.len() / 4 + 4),
            hit_ix: Vec::with_capacity(layer.tokens.len() + 1),
            out: Vec::new(),
        };
        g.collect_hits();
        g
    }

    /// Runs the pass; the times are in `self.out`, in text order.
    pub fn run(&mut self) {
        let n = self.layer.tokens.len();
        let mut i = 0;
        while i < n {
            let next = if self.layer.tokens[i].kind == TokenKind::Quote {
                i + 1
            } else {
                self.at(i)
            };
            i = next.max(i + 1);
        }
    }

    // ---- lexicon hits -------------------------------------------------

    fn collect_hits(&mut self) {
        let layer = self.layer;
        let toks = &layer.tokens;
        for (i, t) in toks.iter().enumerate() {
            self.hit_ix.push(self.hits.len() as u32);
            if matches!(t.kind, TokenKind::Quote | TokenKind::Number) {
                continue;
            }
            let key = layer.key(t);
            if key.is_empty() {
                continue;
            }
            self.lookup(i, key, 0, false, false);
            let arabic = t.kind == TokenKind::Arabic && key.chars().count() >= 3;
            if !arabic {
                continue;
            }
            // One or two proclitic letters (و، ب، وب، فل …), as before a name.
            for (b, _) in key.char_indices().skip(1).take(2) {
                let (p, rest) = key.split_at(b);
                if is_name_proclitic(p) && rest.chars().count() >= 2 {
                    self.lookup(i, rest, b, false, true);
                }
            }
            for p in LIL {
                if let Some(rest) = key.strip_prefix(p).filter(|r| r.chars().count() >= 2) {
                    self.lookup(i, rest, p.len() - "لل".len(), true, true);
                }
            }
        }
        self.hit_ix.push(self.hits.len() as u32);
    }

    fn lookup(&mut self, i: usize, first: &str, prefix_bytes: usize, no_article: bool, clitic: bool) {
        let map = if no_article {
            &self.lex.no_article
        } else {
            &self.lex.first
        };
        let Some(ixs) = map.get(first) else { return };
        let layer = self.layer;
        let t = &layer.tokens[i];
        let start = layer
            .stream_orig
            .get(t.key_start as usize + prefix_bytes)
            .map_or(t.start as usize, |&c| c as usize);
        for &ix in ixs {
            let p = &self.lex.phrases[ix as usize];
            let ok = p.rest.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                self.cont(j) && layer.key(&layer.tokens[j]) == w
            });
            if ok {
                self.hits.push(Hit {
                    role: p.role,
                    start,
                    next: i + 1 + p.rest.len(),
                    clitic,
                });
            }
        }
    }

    /// The longest hit at token `i` whose role satisfies `pred`.
    fn find(&self, i: usize, clitic: bool, pred: impl Fn(Role) -> bool) -> Option<Hit> {
        if i + 1 >= self.hit_ix.len() {
            return None;
        }
        let hs = &self.hits[self.hit_ix[i] as usize..self.hit_ix[i + 1] as usize];
        let mut best: Option<Hit> = None;
        for h in hs {
            if (clitic || !h.clitic) && pred(h.role) && best.is_none_or(|b| h.next > b.next) {
                best = Some(*h);
            }
        }
        best
    }

    /// [`Self::find`] on a token that continues the expression: on the same
    /// line, no proclitic.
    fn next_is(&self, i: usize, pred: impl Fn(Role) -> bool) -> Option<Hit> {
        if self.cont(i) { self.find(i, false, pred) } else { None }
    }

    /// A hit with a role satisfying `pred` that ends right before token `i`.
    fn before(&self, i: usize, pred: impl Fn(Role) -> bool + Copy) -> Option<Hit> {
        self.before_at(i, pred).map(|(_, h)| h)
    }

    /// [`Self::before`] with the token the hit starts at.
    fn before_at(&self, i: usize, pred: impl Fn(Role) -> bool + Copy) -> Option<(usize, Hit)> {
        if i == 0 || self.layer.tokens.get(i).is_some_and(|t| t.newline_before) {
            return None;
        }
        (i.saturating_sub(3)..i).find_map(|j| self.find(j, true, pred).filter(|h| h.next == i).map(|h| (j, h)))
    }

    // ---- tokens ---------------------------------------------------------

    /// Token `j` exists, is on the same line as the one before, and is not
    /// a quotation mark.
    fn cont(&self, j: usize) -> bool {
        self.layer
            .tokens
            .get(j)
            .is_some_and(|t| t.kind != TokenKind::Quote && !t.newline_before)
    }

    fn start(&self, j: usize) -> usize {
        self.layer
            .tokens
            .get(j)
            .map_or(self.layer.len_chars(), |t| t.start as usize)
    }

    /// End of the expression whose next token is `next`, with a tatweel
    /// that trails its last word (هـ).
    fn end(&self, next: usize) -> usize {
        let mut e = next
            .checked_sub(1)
            .and_then(|k| self.layer.tokens.get(k))
            .map_or(0, |t| t.end as usize);
        while e < self.layer.len_chars() && self.layer.slice(e, e + 1) == "\u{0640}" {
            e += 1;
        }
        e
    }

    fn key(&self, j: usize) -> &str {
        self.layer.tokens.get(j).map_or("", |t| self.layer.key(t))
    }

    /// Token `j` touches the one before it (no space).
    fn adjacent(&self, j: usize) -> bool {
        j > 0 && j < self.layer.tokens.len() && self.layer.tokens[j].start == self.layer.tokens[j - 1].end
    }

    /// A plain integer token (digits only, at most four).
    fn int(&self, j: usize) -> Option<(u32, usize)> {
        let t = self.layer.tokens.get(j)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let k = self.layer.key(t);
        if k.is_empty() || k.len() > 4 || !k.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((k.parse().ok()?, k.len()))
    }

    fn day_number(&self, j: usize) -> Option<u8> {
        self.int(j)
            .filter(|&(v, len)| len <= 2 && (1..=31).contains(&v))
            .map(|(v, _)| v as u8)
    }

    /// A four-digit year in `lo..=hi`, not the first part of a numeric date
    /// (2022-01-24).
    fn year_number(&self, j: usize, lo: u32, hi: u32) -> Option<i32> {
        let y = self
            .int(j)
            .filter(|&(v, len)| len == 4 && (lo..=hi).contains(&v))
            .map(|(v, _)| v as i32)?;
        let date_sep = self.punct(j + 1, &["/", "-", "\\"])
            && self.adjacent(j + 1)
            && self.adjacent(j + 2)
            && self.int(j + 2).is_some();
        (!date_sep).then_some(y)
    }

    fn punct(&self, j: usize, set: &[&str]) -> bool {
        self.layer
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && set.contains(&self.layer.key(t)))
    }

    // ---- emission -------------------------------------------------------

    fn emit(&mut self, f: Found) {
        if f.end <= f.start || self.skip.iter().any(|s| f.start < s.end && s.start < f.end) {
            return;
        }
        if self.out.last().is_some_and(|l| l.end > f.start) {
            return;
        }
        self.out.push(f);
    }

    fn emit_date(&mut self, d: &DateHit, m: Option<PeriodMod>) -> bool {
        let Some(r) = d.spec.render(d.part, m, self.published) else {
            return false;
        };
        let anchor = if r.anchor == "absolute" {
            Anchor::Absolute
        } else {
            Anchor::Published
        };
        let f = Found {
            start: d.start,
            end: self.end(d.next),
            kind: TimeType::Date,
            expr: r.expr,
            value: r.value,
            anchor,
            hijri: r.hijri,
        };
        self.emit(f);
        true
    }

    fn emit_plain(&mut self, start: usize, next: usize, kind: TimeType, value: String) {
        let f = Found {
            start,
            end: self.end(next),
            kind,
            expr: value.clone(),
            value: Some(value),
            anchor: Anchor::Absolute,
            hijri: false,
        };
        self.emit(f);
    }

    // ---- the recognisers, in order ----------------------------------------

    /// Tries every recogniser at token `i`; returns the token to go on from.
    fn at(&mut self, i: usize) -> usize {
        if let Some(n) = self.date_name_skip(i) {
            return n;
        }
        if let Some(n) = self.same_duration(i) {
            return n;
        }
        if let Some(n) = self.story_day(i) {
            return n;
        }
        if let Some((d, m)) = self.period_mod(i)
            && self.emit_date(&d, Some(m))
        {
            return d.next;
        }
        if let Some(d) = self.part_of_day(i)
            && self.emit_date(&d, None)
        {
            return d.next;
        }
        if let Some(n) = self.clock(i) {
            return n;
        }
        if let Some(n) = self.ago(i) {
            return n;
        }
        if let Some(n) = self.day_range(i) {
            return n;
        }
        if let Some(mut d) = self.date(i) {
            // A part of day after a day: الخميس مساء.
            if d.spec.is_day()
                && d.part.is_none()
                && let Some(p) = self.next_is(d.next, |r| matches!(r, Role::PartAdverb(p) if p != Part::AfterMidnight))
                && let Role::PartAdverb(part) = p.role
            {
                d.part = Some(part);
                d.next = p.next;
            }
            if let Some(n) = self.in_story_year(&d) {
                return n;
            }
            if self.emit_date(&d, None) {
                return self.year_list(&d);
            }
        }
        if let Some(n) = self.duration(i) {
            return n;
        }
        if let Some(n) = self.set(i) {
            return n;
        }
        i + 1
    }

    /// قوى 14 آذار، فريقي 8 و14 آذار، شارع 6 أكتوبر: a day and month with
    /// no year after a word that makes them a name. Returns the token after
    /// the month, so that neither the day nor the month is read.
    fn date_name_skip(&self, i: usize) -> Option<usize> {
        self.day_number(i)?;
        if !self.date_name(i) {
            return None;
        }
        let mut k = i + 1;
        while let Some(l) = self.next_is(k, |r| r == Role::RangeLink) {
            if self.day_number(l.next).is_none() {
                break;
            }
            k = l.next + 1;
        }
        for role in [Role::Of, Role::MonthCue] {
            if let Some(h) = self.next_is(k, |r| r == role) {
                k = h.next;
            }
        }
        if !self.cont(k) {
            return None;
        }
        let (_, _, _, _, next, _) = self.month_name(k)?;
        self.year_after(next).is_none().then_some(next)
    }

    /// لمدة مماثلة: the duration before, again.
    fn same_duration(&mut self, i: usize) -> Option<usize> {
        let h = self.find(i, true, |r| r == Role::SameDuration)?;
        let (ix, prev) = self
            .out
            .iter()
            .enumerate()
            .rev()
            .find(|(_, f)| f.kind == TimeType::Duration)?;
        let expr = prev.value.as_deref().map_or_else(
            || "PX".to_string(),
            |v| v.replace(|c: char| c.is_ascii_digit(), "X").replace("XX", "X"),
        );
        let value = prev.value.clone();
        let f = Found {
            start: h.start,
            end: self.end(h.next),
            kind: TimeType::Duration,
            expr,
            value,
            anchor: Anchor::Time(ix),
            hijri: false,
        };
        self.emit(f);
        Some(h.next)
    }

    /// اليوم التالي، مساء اليوم نفسه، الليلة ذاتها: a day counted from the
    /// last day named before it, not from the publication date. With no
    /// such day the words name no date.
    fn story_day(&mut self, i: usize) -> Option<usize> {
        let noun = self.find(i, true, |r| matches!(r, Role::PartNoun(_)));
        let j = noun.map_or(i, |h| h.next);
        if noun.is_some() && !self.cont(j) {
            return None;
        }
        let h = self.find(j, noun.is_none(), |r| matches!(r, Role::StoryDay { .. }))?;
        let Role::StoryDay { offset, part } = h.role else {
            return None;
        };
        let part = match noun.map(|n| n.role) {
            Some(Role::PartNoun(p)) => Some(p),
            _ => part,
        };
        let (ix, day) = self.last_dates().find_map(|(ix, v)| {
            let d = v.get(..10).filter(|_| v.len() == 10 || v.as_bytes()[10] == b'T')?;
            Some((ix, parse_iso_date(d)?))
        })?;
        let value = day.checked_add_signed(chrono::Duration::days(offset.into()))?;
        let mut expr = "XXXX-XX-XX".to_string();
        if let Some(p) = part {
            expr.push('T');
            expr.push_str(p.code());
        }
        if offset != 0 {
            let sign = if offset > 0 { '+' } else { '-' };
            expr.push_str(&format!("{sign}P{}D", offset.unsigned_abs()));
        }
        let f = Found {
            start: noun.map_or(h.start, |n| n.start),
            end: self.end(h.next),
            kind: TimeType::Date,
            expr,
            value: Some(value.format("%Y-%m-%d").to_string()),
            anchor: Anchor::Time(ix),
            hijri: false,
        };
        self.emit(f);
        Some(h.next)
    }

    /// The dates emitted so far with a value, the last first, with their
    /// index in `out`: what a day or a year of the story counts from.
    fn last_dates(&self) -> impl Iterator<Item = (usize, &str)> {
        self.out
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, f)| f.kind == TimeType::Date)
            .filter_map(|(ix, f)| Some((ix, f.value.as_deref()?)))
    }

    /// A month (and day) without a year in the year of the story: «نيسان
    /// من العام نفسه» (`story_year`), or «العاشر من أيار» in the sentence of
    /// an earlier date of that year that does not come after it («في أيار
    /// 2025 …، وانتهت بوقف لإطلاق النار أُعلن في العاشر من أيار»). The year
    /// is that of the last date named before; emits and returns the token
    /// after, or `None` to read `d` as usual.
    fn in_story_year(&mut self, d: &DateHit) -> Option<usize> {
        let (mo, day) = match d.spec {
            Spec::Month(mo, None) => (mo, None),
            Spec::MonthDay(mo, dd, None) => (mo, Some(dd)),
            _ => return None,
        };
        let same = self
            .next_is(d.next, |r| r == Role::Of)
            .and_then(|of| self.next_is(of.next, |r| r == Role::StoryYear));
        let (ix, prev) = self.last_dates().next()?;
        let y: i32 = prev.get(..4)?.parse().ok()?;
        let pm: u8 = prev.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
        let next = match same {
            Some(h) => h.next,
            None => {
                // (Only a date the text gave in full or dated so, in this sentence, no
                // later in its year than this one.)
                let prior = self.out.get(ix)?;
                let gap = self.layer.slice(prior.end.min(d.start), d.start);
                if prior.anchor == Anchor::Published || pm > mo || gap.contains(['.', '!', '?', '\n', '؟']) {
                    return None;
                }
                d.next
            }
        };
        let (expr, value) = match day {
            Some(dd) => (
                format!("XXXX-{mo:02}-{dd:02}"),
                NaiveDate::from_ymd_opt(y, mo.into(), dd.into())?
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            None => (format!("XXXX-{mo:02}"), format!("{y}-{mo:02}")),
        };
        self.emit(Found {
            start: d.start,
            end: self.end(next),
            kind: TimeType::Date,
            expr,
            value: Some(value),
            anchor: Anchor::Time(ix),
            hijri: false,
        });
        Some(next)
    }

    /// مطلع/منتصف/أواخر + a month, a year, or الشهر/العام (الماضي).
    fn period_mod(&self, i: usize) -> Option<(DateHit, PeriodMod)> {
        let h = self.find(i, true, |r| matches!(r, Role::PeriodMod(_)))?;
        let Role::PeriodMod(m) = h.role else { return None };
        let j = h.next;
        if !self.cont(j) {
            return None;
        }
        let j2 = self.find(j, false, |r| r == Role::MonthCue).map_or(j, |c| c.next);
        let d = self
            .month_date(j2, Context::Strict, None)
            .or_else(|| self.period_rel(j, true))
            .or_else(|| self.year_with_cue(j))
            .or_else(|| {
                let y = self.year_number(j, 1900, 2100)?;
                Some(DateHit {
                    start: self.start(j),
                    next: j + 1,
                    spec: Spec::Year(y),
                    part: None,
                })
            })?;
        Some((DateHit { start: h.start, ..d }, m))
    }

    /// صباح/مساء/فجر/ليلة + a day: صباح الإثنين، مساء أمس، فجر 15 رمضان.
    fn part_of_day(&self, i: usize) -> Option<DateHit> {
        let h = self.find(i, true, |r| matches!(r, Role::PartNoun(_)))?;
        let Role::PartNoun(part) = h.role else { return None };
        let mut j = h.next;
        if !self.cont(j) {
            return None;
        }
        if let Some(c) = self.find(j, false, |r| r == Role::DayCue) {
            j = c.next;
        }
        if !self.cont(j) || self.find(j, true, |r| matches!(r, Role::PartNoun(_))).is_some() {
            return None;
        }
        let d = self
            .rel_day(j)
            .filter(|d| d.part.is_none())
            .or_else(|| self.weekday(j))
            .or_else(|| self.numeric_date(j))
            .or_else(|| self.day_month(j))
            .filter(|d| d.spec.is_day())?;
        Some(DateHit {
            start: h.start,
            next: d.next,
            spec: d.spec,
            part: Some(part),
        })
    }

    /// الساعة السادسة مساء، الساعة 10:30، السادسة والنصف صباحا، 22:15.
    fn clock(&mut self, i: usize) -> Option<usize> {
        let cue = self.find(i, true, |r| r == Role::ClockCue);
        let (start, mut k) = match cue {
            Some(h) => (h.start, h.next),
            None => (self.start(i), i),
        };
        if cue.is_some() && !self.cont(k) {
            return None;
        }
        let mut minutes: Option<i32> = None;
        let hour: u32;
        let mut word = false;
        if let Some((h, len)) = self.int(k) {
            if len > 2 || h > 24 {
                return None;
            }
            hour = h;
            k += 1;
            if self.punct(k, &[":"]) && self.adjacent(k) && self.adjacent(k + 1) {
                let (m, mlen) = self.int(k + 1)?;
                if mlen != 2 || m > 59 {
                    return None;
                }
                minutes = Some(m as i32);
                k += 2;
            }
        } else if let Some((h, m)) = self.dotted_clock(k) {
            cue?;
            hour = h;
            minutes = Some(m as i32);
            k += 1;
        } else {
            let h = if cue.is_some() {
                self.next_is(k, |r| {
                    matches!(
                        r,
                        Role::Number {
                            kind: NumKind::Hour,
                            ..
                        }
                    )
                })?
            } else {
                self.find(k, false, |r| {
                    matches!(
                        r,
                        Role::Number {
                            kind: NumKind::Hour,
                            ..
                        }
                    )
                })?
            };
            let Role::Number { value, .. } = h.role else {
                return None;
            };
            hour = value as u32;
            word = true;
            k = h.next;
        }
        if hour > 24 || (word && hour == 0) {
            return None;
        }
        // والنصف، والربع، إلا ربعا، وعشر دقائق.
        if minutes.is_none() && self.cont(k) {
            if let Some(h) = self
                .find(k, true, |r| matches!(r, Role::Minutes(m) if m > 0))
                .filter(|h| self.key(k).starts_with('و') && h.clitic)
                && let Role::Minutes(m) = h.role
            {
                minutes = Some(m as i32);
                k = h.next;
            } else if let Some(h) = self.find(k, false, |r| matches!(r, Role::Minutes(m) if m < 0))
                && let Role::Minutes(m) = h.role
            {
                minutes = Some(m as i32);
                k = h.next;
            } else if self.key(k).starts_with('و')
                && let Some(c) = self.counted(k)
                && c.unit == Unit::Minute
                && c.n < 60
            {
                minutes = Some(c.n as i32);
                k = c.next;
            }
        }
        let mut part = None;
        if let Some(p) = self.next_is(k, |r| matches!(r, Role::PartAdverb(_)))
            && let Role::PartAdverb(pp) = p.role
        {
            part = Some(pp);
            k = p.next;
        } else if let Some(of) = self.next_is(k, |r| r == Role::Of)
            && let Some(p) = self.next_is(of.next, |r| matches!(r, Role::PartNoun(_)))
            && let Role::PartNoun(pp) = p.role
        {
            // الساعة العاشرة من صباح اليوم: the part sets the hour; the date
            // after it is read on its own.
            part = Some(pp);
        }
        // Without الساعة: an hour word needs its part of day (السادسة
        // مساء), digits need minutes (22:15); "6 مساء" may count people.
        if cue.is_none() && !(if word { part.is_some() } else { minutes.is_some() }) {
            return None;
        }
        let h24 = match part {
            None => hour % 24,
            Some(Part::Morning) => hour % 12,
            Some(Part::Midday) => {
                if (1..=5).contains(&hour) {
                    hour + 12
                } else {
                    hour % 24
                }
            }
            Some(Part::Afternoon) => {
                if hour < 12 {
                    hour + 12
                } else {
                    hour % 24
                }
            }
            Some(Part::Evening) => {
                if hour < 12 {
                    hour + 12
                } else {
                    0
                }
            }
            Some(Part::Night) => {
                if (6..12).contains(&hour) {
                    hour + 12
                } else {
                    hour % 12
                }
            }
            Some(Part::AfterMidnight) => hour % 12,
            Some(Part::Daytime) => hour % 24,
        };
        let total = (h24 as i32 * 60 + minutes.unwrap_or(0)).rem_euclid(24 * 60);
        self.emit_plain(
            start,
            k,
            TimeType::Time,
            format!("T{:02}:{:02}", total / 60, total % 60),
        );
        Some(k)
    }

    /// `10.30` as one number token.
    fn dotted_clock(&self, j: usize) -> Option<(u32, u32)> {
        let t = self.layer.tokens.get(j).filter(|t| t.kind == TokenKind::Number)?;
        let (h, m) = self.layer.key(t).split_once('.')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 24 && m < 60).then_some((h, m))
    }

    /// قبل شهرين، منذ ثلاثة أيام، قبل نحو أسبوع: a past date.
    fn ago(&mut self, i: usize) -> Option<usize> {
        let h = self.find(i, true, |r| r == Role::Ago)?;
        let mut k = h.next;
        if !self.cont(k) {
            return None;
        }
        if let Some(a) = self.find(k, false, |r| r == Role::Approx) {
            k = a.next;
        }
        let c = self.count(k, true)?;
        // قبل يومين من الهجوم: before another event, not the publication
        // date — the measure alone is kept.
        if let Some(of) = self.next_is(c.next, |r| r == Role::Of)
            && !matches!(self.key(of.next), "الان" | "اليوم")
        {
            self.emit_plain(c.start, c.next, TimeType::Duration, duration(c.n, c.unit));
            return Some(c.next);
        }
        let d = DateHit {
            start: h.start,
            next: c.next,
            spec: Spec::Shift(-(c.n as i32), c.unit),
            part: None,
        };
        self.emit_date(&d, None).then_some(c.next)
    }

    /// من 24 إلى 26 كانون الثاني: both ends, the first taking the month
    /// and year of the second.
    fn day_range(&mut self, i: usize) -> Option<usize> {
        let d1 = self.day_number(i)?;
        if !self.cont(i + 1) {
            return None;
        }
        let link = self.find(i + 1, true, |r| r == Role::RangeLink)?;
        let second = self.day_month(link.next)?;
        let spec = match second.spec {
            Spec::Ymd(y, m, _) => Spec::Ymd(y, m, d1),
            Spec::MonthDay(m, _, r) => Spec::MonthDay(m, d1, r),
            Spec::HijriDay(y, m, _) => Spec::HijriDay(y, m, d1),
            _ => return None,
        };
        let first = DateHit {
            start: self.start(i),
            next: i + 1,
            spec,
            part: None,
        };
        if !self.emit_date(&first, None) {
            return None;
        }
        self.emit_date(&second, None);
        Some(second.next)
    }

    /// Any date expression at token `i`.
    fn date(&self, i: usize) -> Option<DateHit> {
        if let Some(c) = self.find(i, true, |r| r == Role::DayCue)
            && self.cont(c.next)
        {
            let j = c.next;
            let inner = self
                .numeric_date(j)
                .or_else(|| self.day_month(j))
                .or_else(|| self.day_of_month(j))
                .or_else(|| self.weekday(j))
                .or_else(|| self.rel_day(j));
            if let Some(d) = inner {
                return Some(DateHit { start: c.start, ..d });
            }
        }
        self.numeric_date(i)
            .or_else(|| self.day_month(i))
            .or_else(|| self.day_of_month(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.rel_day(i))
            .or_else(|| {
                // شهر آذار، في أيار: what stands before a month licenses it.
                if let Some(c) = self.before(i, |r| r == Role::MonthCue) {
                    return self
                        .month_date(i, Context::Strict, None)
                        .map(|d| DateHit { start: c.start, ..d });
                }
                let licence = if self.before(i, |r| r == Role::MonthPrep).is_some() {
                    Context::Cue
                } else {
                    Context::Free
                };
                self.month_date(i, licence, None)
            })
            .or_else(|| self.year_with_cue(i))
            .or_else(|| self.period_rel(i, false))
    }

    /// 24/1/2022, 2022-01-24, 24.1.2022.
    fn numeric_date(&self, i: usize) -> Option<DateHit> {
        let t = self.layer.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let key = self.layer.key(t);
        let ymd = |a: &str, b: &str, c: &str| -> Option<(i32, u8, u8)> {
            let n = |s: &str| -> Option<u32> {
                if s.is_empty() || !s.bytes().all(|x| x.is_ascii_digit()) {
                    None
                } else {
                    s.parse().ok()
                }
            };
            let (y, m, d) = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
                (n(a)?, n(b)?, n(c)?)
            } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
                (n(c)?, n(b)?, n(a)?)
            } else {
                return None;
            };
            if !(1000..=2999).contains(&y) {
                return None;
            }
            NaiveDate::from_ymd_opt(y as i32, m, d)?;
            Some((y as i32, m as u8, d as u8))
        };
        if key.contains('.') {
            let mut it = key.split('.');
            let (a, b, c) = (it.next()?, it.next()?, it.next()?);
            if it.next().is_some() {
                return None;
            }
            let (y, m, d) = ymd(a, b, c)?;
            return Some(DateHit {
                start: t.start as usize,
                next: i + 1,
                spec: Spec::Ymd(y, m, d),
                part: None,
            });
        }
        let seps = ["/", "-", "\\"];
        if !(self.punct(i + 1, &seps) && (1..=4).all(|k| self.adjacent(i + k))) {
            return None;
        }
        if self.key(i + 3) != self.key(i + 1) || !self.punct(i + 3, &seps) {
            return None;
        }
        let (a, b, c) = (key, self.key(i + 2), self.key(i + 4));
        let digits = |j: usize| self.int(j).is_some();
        if !(digits(i) && digits(i + 2) && digits(i + 4)) {
            return None;
        }
        // 1/2/2022/5 is a reference number, not a date.
        if self.punct(i + 5, &seps) && self.adjacent(i + 5) && self.int(i + 6).is_some() {
            return None;
        }
        let (y, m, d) = ymd(a, b, c)?;
        Some(DateHit {
            start: t.start as usize,
            next: i + 5,
            spec: Spec::Ymd(y, m, d),
            part: None,
        })
    }

    /// 24 كانون الثاني 2022، 15 رمضان 1443 هـ، 3 من شهر آذار.
    fn day_month(&self, i: usize) -> Option<DateHit> {
        let (d, start, mut k) = match self.day_number(i) {
            Some(d) => (d, self.start(i), i + 1),
            None => {
                let (d, start, next) = self.ordinal_day(i)?;
                (d, start, self.next_is(next, |r| r == Role::Of)?.next)
            }
        };
        if let Some(of) = self.next_is(k, |r| r == Role::Of) {
            k = of.next;
        }
        if let Some(c) = self.next_is(k, |r| r == Role::MonthCue) {
            k = c.next;
        }
        if !self.cont(k) {
            return None;
        }
        let hit = self.month_date(k, Context::Strict, Some((d, start)))?;
        // قوى 14 آذار، شارع 6 أكتوبر: a name, not a date of this year.
        if matches!(hit.spec, Spec::MonthDay(..)) && self.date_name(i) {
            return None;
        }
        Some(hit)
    }

    /// An ordinal day word (الخامس، الحادي والعشرين) that is not the
    /// adjective of a definite noun before it (الأسبوع الأول من تشرين: a
    /// week, not a day). Returns (day, start, next).
    fn ordinal_day(&self, i: usize) -> Option<(u8, usize, usize)> {
        let h = self.find(i, true, |r| matches!(r, Role::Number { kind: NumKind::Day, .. }))?;
        let Role::Number { value, .. } = h.role else {
            return None;
        };
        let after_definite = i > 0 && self.cont(i) && self.layer.tokens[i - 1].kind == TokenKind::Arabic && {
            let prev = self.key(i - 1);
            let bare = prev.strip_prefix(['و', 'ف']).unwrap_or(prev);
            // إلى folds to الي: a preposition, not a definite noun.
            (bare.starts_with("ال") || bare.starts_with("لل")) && bare.chars().count() > 3
        };
        (!after_definite && (1..=31).contains(&value)).then_some((value as u8, h.start, h.next))
    }

    /// A word that makes a day and month without a year part of a name
    /// stands before token `i`.
    fn date_name(&self, i: usize) -> bool {
        self.before(i, |r| r == Role::DateNameBefore).is_some()
    }

    /// 24 الجاري، 3 من الشهر الماضي.
    fn day_of_month(&self, i: usize) -> Option<DateHit> {
        let d = self.day_number(i)?;
        let k = i + 1;
        if let Some(m) = self.next_is(k, |r| r == Role::Modifier(Rel::This)) {
            return Some(DateHit {
                start: self.start(i),
                next: m.next,
                spec: Spec::DayOfMonth(d, Rel::This),
                part: None,
            });
        }
        let k = self.next_is(k, |r| r == Role::Of).map_or(k, |o| o.next);
        let p = self.next_is(k, |r| r == Role::Period(Unit::Month))?;
        let m = self.next_is(p.next, |r| matches!(r, Role::Modifier(_)))?;
        let Role::Modifier(rel) = m.role else { return None };
        Some(DateHit {
            start: self.start(i),
            next: m.next,
            spec: Spec::DayOfMonth(d, rel),
            part: None,
        })
    }

    /// A month name with its gloss in another series: تشرين الثاني/نوفمبر،
    /// آذار/ مارس، يونيو (حزيران). Returns (series, month, context, start,
    /// next, glossed).
    fn month_name(&self, i: usize) -> Option<(Series, u8, Context, usize, usize, bool)> {
        let h = self.find(i, true, |r| matches!(r, Role::Month { .. }))?;
        let Role::Month { series, month, context } = h.role else {
            return None;
        };
        let mut k = h.next;
        let mut glossed = false;
        let same = |r: Role| matches!(r, Role::Month { series: s, month: m, .. } if m == month && s != series && s != Series::Hijri && series != Series::Hijri);
        if let Some(g) = self.next_is(k, same) {
            // سبتمبر أيلول 2001: a gloss with no mark between.
            k = g.next;
            glossed = true;
        } else if self.cont(k) && self.punct(k, &["/", "-", "\\", "،", ","]) {
            if let Some(g) = self.next_is(k + 1, same) {
                k = g.next;
                glossed = true;
            }
        } else if self.cont(k)
            && self.punct(k, &["(", "["])
            && let Some(g) = self.next_is(k + 1, same)
            && self.cont(g.next)
            && self.punct(g.next, &[")", "]"])
        {
            k = g.next + 1;
            glossed = true;
        }
        Some((series, month, context, h.start, k, glossed))
    }

    /// The year after a month: 2019، من عام 2019، 1443 هـ. Returns (year,
    /// next, Some(true) for a Hijri marker, Some(false) for a Gregorian one).
    fn year_after(&self, j: usize) -> Option<(i32, usize, Option<bool>)> {
        let mut k = j;
        if let Some(of) = self.next_is(k, |r| r == Role::Of) {
            k = of.next;
        }
        if let Some(c) = self.next_is(k, |r| r == Role::YearCue) {
            k = c.next;
        }
        if !self.cont(k) {
            return None;
        }
        let y = self.year_number(k, 1, 2999)?;
        let (suffix, next) = self.year_suffix(k + 1);
        Some((y, next, suffix))
    }

    fn year_suffix(&self, k: usize) -> (Option<bool>, usize) {
        if let Some(s) = self.next_is(k, |r| r == Role::HijriSuffix) {
            let next = if self.punct(s.next, &["."]) && self.adjacent(s.next) {
                s.next + 1
            } else {
                s.next
            };
            return (Some(true), next);
        }
        if let Some(s) = self.next_is(k, |r| r == Role::GregSuffix) {
            return (Some(false), s.next);
        }
        (None, k)
    }

    /// A month expression: the name (and gloss), then a year, a modifier
    /// (الماضي), or a relative year (من العام الماضي). `licence` is what
    /// stands before it; `day` a day number read before it.
    fn month_date(&self, i: usize, licence: Context, day: Option<(u8, usize)>) -> Option<DateHit> {
        let (series, m, context, mstart, mut k, glossed) = self.month_name(i)?;
        let start = day.map_or(mstart, |d| d.1);
        let hijri = series == Series::Hijri;
        if let Some((y, next, suffix)) = self.year_after(k) {
            let spec = if hijri {
                let hy = if y >= 1700 && suffix != Some(true) {
                    hijri_year_for_gregorian(m, y)?
                } else {
                    y
                };
                match day {
                    Some((d, _)) => Spec::HijriDay(hy, m, d),
                    None => Spec::HijriMonth(hy, m),
                }
            } else {
                let range = if suffix == Some(false) { 1..=2999 } else { 1800..=2100 };
                if !range.contains(&y) || suffix == Some(true) {
                    return None;
                }
                match day {
                    Some((d, _)) => Spec::Ymd(y, m, d),
                    None => Spec::YearMonth(y, m),
                }
            };
            return Some(DateHit {
                start,
                next,
                spec,
                part: None,
            });
        }
        // آذار/نيسان 2019: the first month of a pair takes the year of the
        // second (which is read on its own after it).
        if !hijri
            && self.cont(k)
            && self.punct(k, &["/", "-", "\\"])
            && let Some((s2, _, _, _, k2, _)) = self.month_name(k + 1)
            && s2 != Series::Hijri
            && let Some((y, _, None | Some(false))) = self.year_after(k2)
            && (1800..=2100).contains(&y)
        {
            let spec = match day {
                Some((d, _)) => Spec::Ymd(y, m, d),
                None => Spec::YearMonth(y, m),
            };
            return Some(DateHit {
                start,
                next: k,
                spec,
                part: None,
            });
        }
        let mut rel = None;
        let mut rel_year = None;
        if let Some(md) = self.next_is(k, |r| matches!(r, Role::Modifier(_)))
            && let Role::Modifier(r) = md.role
        {
            rel = Some(r);
            k = md.next;
        } else if !hijri
            && day.is_none()
            && let Some(of) = self.next_is(k, |r| r == Role::Of)
            && let Some(y) = self
                .period_rel(of.next, false)
                .filter(|y| matches!(y.spec, Spec::Period(Unit::Year, _)))
            && let Spec::Period(_, r) = y.spec
        {
            rel_year = Some(r);
            k = y.next;
        }
        let licensed = day.is_some() || glossed || rel.is_some() || rel_year.is_some() || context <= licence;
        if !licensed {
            return None;
        }
        let spec = match (hijri, day, rel_year) {
            (true, Some(_), _) => return None,
            (true, None, _) => Spec::HijriMonthRel(m, rel),
            (false, _, Some(r)) => Spec::MonthOfRelYear(m, r),
            (false, Some((d, _)), None) => Spec::MonthDay(m, d, rel),
            (false, None, None) => Spec::Month(m, rel),
        };
        Some(DateHit {
            start,
            next: k,
            spec,
            part: None,
        })
    }

    /// الخميس، يوم الخميس الماضي، الجمعة المقبلة، الخميس 20 كانون الثاني.
    fn weekday(&self, i: usize) -> Option<DateHit> {
        let h = self.find(i, true, |r| matches!(r, Role::Weekday(_)))?;
        let Role::Weekday(w) = h.role else { return None };
        if self.before(i, |r| r == Role::WeekdayBlockBefore).is_some() && !h.clitic {
            return None;
        }
        if self.next_is(h.next, |r| r == Role::WeekdayBlockAfter).is_some() {
            return None;
        }
        let mut k = h.next;
        let mut rel = None;
        if let Some(m) = self.next_is(k, |r| matches!(r, Role::Modifier(_)))
            && let Role::Modifier(r) = m.role
        {
            rel = Some(r);
            k = m.next;
        } else if self.future_before(i) {
            // اعتبارا من الأربعاء، سيبدأ الإضراب الأحد: this week's or the
            // coming one, not the last.
            rel = Some(Rel::This);
        }
        if let Some(d) = self.explicit_day(k) {
            return Some(DateHit {
                start: h.start,
                next: d.next,
                spec: d.spec,
                part: None,
            });
        }
        Some(DateHit {
            start: h.start,
            next: k,
            spec: Spec::Weekday(w, rel),
            part: None,
        })
    }

    /// A future cue (data/time/words.tsv) stands in the clause before token
    /// `i`, within six tokens: no sentence or clause mark, comma or relative
    /// pronoun between.
    fn future_before(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && i - j < 6 {
            if self.layer.tokens.get(j).is_none_or(|t| t.newline_before) {
                return false;
            }
            j -= 1;
            if self.punct(j, &[".", "،", ",", "؛", ";", "!", "?", "؟", ":"])
                || self.find(j, true, |r| r == Role::ClauseStop).is_some()
            {
                return false;
            }
            if self.find(j, true, |r| r == Role::FutureCue).is_some() {
                return true;
            }
        }
        false
    }

    /// A full date standing in apposition after a day word: (الموافق|،)
    /// 20 كانون الثاني 2022.
    fn explicit_day(&self, k: usize) -> Option<DateHit> {
        if !self.cont(k) {
            return None;
        }
        let k2 = self.find(k, false, |r| r == Role::Link).map_or(k, |l| l.next);
        if !self.cont(k2) {
            return None;
        }
        self.numeric_date(k2)
            .or_else(|| self.day_month(k2))
            .filter(|d| d.spec.is_day())
    }

    /// أمس، اليوم، غدا، أول أمس، الليلة الماضية, with an optional weekday
    /// in apposition (أمس الاثنين).
    fn rel_day(&self, i: usize) -> Option<DateHit> {
        let h = self.find(i, true, |r| matches!(r, Role::RelDay { .. }))?;
        let Role::RelDay { offset, part } = h.role else {
            return None;
        };
        // اليوم التالي، ذلك اليوم، غد أفضل: a day of the story, or a figure.
        if self.next_is(h.next, |r| r == Role::TodayBlockAfter).is_some()
            || (offset == 0 && self.before(i, |r| r == Role::TodayBlockBefore).is_some())
        {
            return None;
        }
        let mut k = h.next;
        if let Some(w) = self.next_is(k, |r| matches!(r, Role::Weekday(_))) {
            k = w.next;
            if let Some(d) = self.explicit_day(k) {
                k = d.next;
            }
        }
        Some(DateHit {
            start: h.start,
            next: k,
            spec: Spec::Shift(offset as i32, Unit::Day),
            part,
        })
    }

    /// عام 2019، سنة 2011، منذ 2011، عام 1443 هـ.
    fn year_with_cue(&self, i: usize) -> Option<DateHit> {
        let c = self.find(i, true, |r| r == Role::YearCue)?;
        if !self.cont(c.next) {
            return None;
        }
        let (suffix, next) = self.year_suffix(c.next + 1);
        let y = match suffix {
            Some(true) => self.year_number(c.next, 1, 1700)?,
            Some(false) => self.year_number(c.next, 1, 2999)?,
            None => self.year_number(c.next, 1800, 2100)?,
        };
        let spec = if suffix == Some(true) {
            Spec::HijriYear(y)
        } else {
            Spec::Year(y)
        };
        Some(DateHit {
            start: c.start,
            next,
            spec,
            part: None,
        })
    }

    /// After عامي 2019 و2020: the further years of the list. Returns the
    /// token to go on from.
    fn year_list(&mut self, d: &DateHit) -> usize {
        let mut k = d.next;
        if !matches!(d.spec, Spec::Year(_) | Spec::HijriYear(_)) {
            return k;
        }
        while let Some(l) = self.next_is(k, |r| r == Role::RangeLink) {
            if !self.cont(l.next) {
                break;
            }
            let Some(y) = self.year_number(l.next, 1800, 2100) else {
                break;
            };
            let spec = if matches!(d.spec, Spec::HijriYear(_)) {
                Spec::HijriYear(y)
            } else {
                Spec::Year(y)
            };
            let (_, next) = self.year_suffix(l.next + 1);
            let e = DateHit {
                start: self.start(l.next),
                next,
                spec,
                part: None,
            };
            if !self.emit_date(&e, None) {
                break;
            }
            k = next;
        }
        k
    }

    /// الأسبوع الماضي، الشهر الجاري، العام المقبل، هذا العام; with
    /// `bare`, also الشهر/العام alone (after مطلع: the current one).
    fn period_rel(&self, i: usize, bare: bool) -> Option<DateHit> {
        if let Some(d) = self.find(i, true, |r| r == Role::Demonstrative)
            && let Some(p) = self.next_is(d.next, |r| matches!(r, Role::Period(_)))
            && let Role::Period(u) = p.role
        {
            return Some(DateHit {
                start: d.start,
                next: p.next,
                spec: Spec::Period(u, Rel::This),
                part: None,
            });
        }
        let p = self.find(i, true, |r| matches!(r, Role::Period(_)))?;
        let Role::Period(u) = p.role else { return None };
        // الأمين العام الحالي: "general", not a year.
        if !p.clitic && self.before(i, |r| r == Role::PeriodBlockBefore).is_some() {
            return None;
        }
        if let Some(m) = self.next_is(p.next, |r| matches!(r, Role::Modifier(_)))
            && let Role::Modifier(rel) = m.role
        {
            return Some(DateHit {
                start: p.start,
                next: m.next,
                spec: Spec::Period(u, rel),
                part: None,
            });
        }
        bare.then_some(DateHit {
            start: p.start,
            next: p.next,
            spec: Spec::Period(u, Rel::This),
            part: None,
        })
    }

    /// سبعة أيام، يومين، 48 ساعة، لمدة أسبوع.
    /// An approximator before the count (استمر نحو ساعة، قرابة عشرة أيام)
    /// stays outside the span and marks the value `mod=APPROX` in `expr`
    /// (TIMEX3); a cue before the approximator still licenses a singular.
    fn duration(&mut self, i: usize) -> Option<usize> {
        let approx = self.before_at(i, |r| r == Role::Approx);
        let cue = self
            .before(approx.map_or(i, |(j, _)| j), |r| r == Role::DurationCue)
            .is_some();
        let c = self.count(i, cue)?;
        let value = duration(c.n, c.unit);
        let expr = if approx.is_some() {
            format!("{value} mod=APPROX")
        } else {
            value.clone()
        };
        self.emit(Found {
            start: c.start,
            end: self.end(c.next),
            kind: TimeType::Duration,
            expr,
            value: Some(value),
            anchor: Anchor::Absolute,
            hijri: false,
        });
        Some(c.next)
    }

    /// A count of units at `k`: a number and a unit, a dual, or (with
    /// `singular`) one unit alone (أسبوع، يوم واحد).
    fn count(&self, k: usize, singular: bool) -> Option<Count> {
        if let Some(h) = self.find(k, true, |r| {
            matches!(
                r,
                Role::DurUnit {
                    count: UnitCount::Two,
                    ..
                }
            )
        }) && let Role::DurUnit { unit, .. } = h.role
        {
            return Some(Count {
                n: 2,
                unit,
                start: h.start,
                next: h.next,
            });
        }
        if let Some(c) = self.counted(k) {
            return Some(c);
        }
        if !singular {
            return None;
        }
        let h = self.find(k, true, |r| {
            matches!(
                r,
                Role::DurUnit {
                    count: UnitCount::One,
                    ..
                }
            )
        })?;
        let Role::DurUnit { unit, .. } = h.role else {
            return None;
        };
        // قبل عام 2019، منذ يوم الخميس، قبل شهر رمضان: not a count.
        if self.cont(h.next)
            && (self.int(h.next).is_some()
                || self
                    .find(h.next, true, |r| {
                        matches!(r, Role::Month { .. } | Role::Weekday(_) | Role::RelDay { .. })
                    })
                    .is_some())
        {
            return None;
        }
        let mut next = h.next;
        if let Some(one) = self.next_is(next, |r| {
            matches!(
                r,
                Role::Number {
                    value: 1,
                    kind: NumKind::Unit12
                }
            )
        }) && !one.clitic
        {
            next = one.next;
        }
        Some(Count {
            n: 1,
            unit,
            start: h.start,
            next,
        })
    }

    /// A number (digits or words) followed by a unit noun.
    fn counted(&self, k: usize) -> Option<Count> {
        let (n, start, j) = self.number(k)?;
        let u = self.next_is(j, |r| {
            matches!(
                r,
                Role::DurUnit {
                    count: UnitCount::One | UnitCount::Many,
                    ..
                }
            )
        })?;
        let Role::DurUnit { unit, .. } = u.role else {
            return None;
        };
        Some(Count {
            n,
            unit,
            start,
            next: u.next,
        })
    }

    /// A cardinal: digits, or words with teens and tens (خمسة عشر، ثلاثة
    /// وعشرين). Returns (value, start, next).
    fn number(&self, k: usize) -> Option<(u32, usize, usize)> {
        if let Some((v, _)) = self.int(k) {
            return (v >= 1).then_some((v, self.start(k), k + 1));
        }
        let card = |r: Role| {
            matches!(
                r,
                Role::Number {
                    kind: NumKind::Unit | NumKind::Unit12 | NumKind::Tens | NumKind::Hundred,
                    ..
                }
            )
        };
        let h = self.find(k, true, card)?;
        let Role::Number { value, kind } = h.role else {
            return None;
        };
        let value = value as u32;
        if matches!(kind, NumKind::Unit | NumKind::Unit12) && value < 10 {
            if let Some(t) = self.next_is(h.next, |r| {
                matches!(
                    r,
                    Role::Number {
                        kind: NumKind::Teen,
                        ..
                    }
                )
            }) {
                return Some((value + 10, h.start, t.next));
            }
            if self.cont(h.next)
                && self.key(h.next).starts_with('و')
                && let Some(t) = self
                    .find(h.next, true, |r| {
                        matches!(
                            r,
                            Role::Number {
                                kind: NumKind::Tens,
                                ..
                            }
                        )
                    })
                    .filter(|t| t.clitic)
                && let Role::Number { value: tens, .. } = t.role
            {
                return Some((value + tens as u32, h.start, t.next));
            }
        }
        (kind != NumKind::Unit12).then_some((value, h.start, h.next))
    }

    /// يوميا، أسبوعيا، كل يوم، كل أسبوع: a recurring time.
    fn set(&mut self, i: usize) -> Option<usize> {
        let (start, next, unit) = if let Some(h) = self.find(i, true, |r| matches!(r, Role::Set(_))) {
            let Role::Set(u) = h.role else { return None };
            (h.start, h.next, u)
        } else {
            let e = self.find(i, true, |r| r == Role::Each)?;
            let u = self.next_is(e.next, |r| {
                matches!(
                    r,
                    Role::DurUnit {
                        count: UnitCount::One,
                        ..
                    }
                )
            })?;
            let Role::DurUnit { unit, .. } = u.role else {
                return None;
            };
            (e.start, u.next, unit)
        };
        self.emit_plain(start, next, TimeType::Set, duration(1, unit));
        Some(next)
    }
}
