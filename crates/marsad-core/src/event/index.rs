//! What the quote and event layers read of the earlier layers, indexed by
//! token once per document: which entity, time and quantity each token
//! belongs to, its sentence, and the quotation-mark pairs.

use crate::doc::{Entity, EntityKind, Quantity, Range, TimeExpr, TimeType};
use crate::lexicon::Resources;
use crate::text::sentence::{QuoteSide, quote_side};
use crate::text::{TextLayer, TokenKind};
use chrono::NaiveDate;

/// Everything the quote and event layers read: the text layer, the
/// resources, and the layers made before them.
#[derive(Clone, Copy)]
pub struct Context<'a, 't> {
    pub layer: &'a TextLayer<'t>,
    pub resources: &'a Resources,
    pub entities: &'a [Entity],
    pub times: &'a [TimeExpr],
    pub quantities: &'a [Quantity],
    pub sentences: &'a [Range],
    /// Boilerplate: nothing inside yields a quote or an event.
    pub skip: &'a [Range],
    pub published: Option<NaiveDate>,
}

/// No index: the marker in the per-token tables.
pub const NONE: u32 = u32::MAX;

/// A mention starts at the token's start.
pub const AT_START: u8 = 1;
/// A mention starts inside the token, after a proclitic.
pub const INSIDE: u8 = 2;

/// A pair of quotation marks (token indices); `close` is `None` when the
/// quotation runs to the end of its paragraph unclosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotePair {
    pub open: usize,
    pub close: Option<usize>,
}

/// Per-token tables of one document.
#[derive(Debug, Clone)]
pub struct Index {
    /// Entity (index into the entity list) of every token, or [`NONE`].
    pub entity: Vec<u32>,
    /// Where a mention starts in the token: [`AT_START`], [`INSIDE`]
    /// (after a proclitic: لـ”قسد”، بالحسكة), or 0.
    pub mention_start: Vec<u8>,
    /// Time expression of every token, or [`NONE`].
    pub time: Vec<u32>,
    /// Quantity of every token, or [`NONE`].
    pub quantity: Vec<u32>,
    /// Sentence of every token, or [`NONE`] (between sentences).
    pub sentence: Vec<u32>,
    /// Token range of every sentence.
    pub sentence_tokens: Vec<(usize, usize)>,
    /// Quotation-mark pairs in text order of their opening mark.
    pub quotes: Vec<QuotePair>,
    /// The token is inside boilerplate.
    pub skipped: Vec<bool>,
}

impl Index {
    pub fn new(ctx: &Context) -> Self {
        let layer = ctx.layer;
        let n = layer.tokens.len();
        let mut ix = Index {
            entity: vec![NONE; n],
            mention_start: vec![0; n],
            time: vec![NONE; n],
            quantity: vec![NONE; n],
            sentence: vec![NONE; n],
            sentence_tokens: Vec::with_capacity(ctx.sentences.len()),
            quotes: Vec::new(),
            skipped: vec![false; n],
        };
        let mark = |table: &mut Vec<u32>, start: usize, end: usize, v: u32, overwrite: bool| {
            let from = layer.tokens.partition_point(|t| (t.end as usize) <= start);
            for (i, t) in layer.tokens.iter().enumerate().skip(from) {
                if t.start as usize >= end {
                    break;
                }
                if overwrite || table[i] == NONE {
                    table[i] = v;
                }
            }
        };
        // The longest mention first: a country named inside a body's name
        // (جيش ميانمار) leaves the body its words.
        let mut all: Vec<(usize, &crate::doc::Span)> = ctx
            .entities
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.mentions.iter().map(move |m| (k, m)))
            .collect();
        all.sort_by_key(|(k, m)| (std::cmp::Reverse(m.end - m.start), *k, m.start));
        for (k, m) in all {
            mark(&mut ix.entity, m.start, m.end, k as u32, false);
            let t = layer.tokens.partition_point(|t| (t.end as usize) <= m.start);
            // (Only where this mention holds the token: a nested one
            // starts nothing inside the longer.)
            if let Some(tok) = layer.tokens.get(t)
                && (tok.start as usize) <= m.start
                && ix.mention_start[t] == 0
                && ix.entity[t] == k as u32
            {
                ix.mention_start[t] = if tok.start as usize == m.start {
                    AT_START
                } else {
                    INSIDE
                };
            }
        }
        for (k, t) in ctx.times.iter().enumerate() {
            mark(&mut ix.time, t.start, t.end, k as u32, true);
        }
        for (k, q) in ctx.quantities.iter().enumerate() {
            mark(&mut ix.quantity, q.start, q.end, k as u32, true);
        }
        for (k, s) in ctx.sentences.iter().enumerate() {
            let r = layer.tokens_in(*s);
            for i in r.clone() {
                ix.sentence[i] = k as u32;
            }
            ix.sentence_tokens.push((r.start, r.end));
        }
        for s in ctx.skip {
            let r = layer.tokens_in(*s);
            for i in r {
                ix.skipped[i] = true;
            }
        }
        ix.quotes = pair_quotes(layer);
        ix
    }

    /// The token range `[a, b)` of the mention of the entity at token `i`.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize, u32)> {
        let e = *self.entity.get(i)?;
        if e == NONE {
            return None;
        }
        let mut a = i;
        while a > 0 && self.entity[a - 1] == e {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.entity.len() && self.entity[b] == e {
            b += 1;
        }
        Some((a, b, e))
    }

    /// The sentence token range holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<(usize, usize)> {
        let s = *self.sentence.get(i)?;
        self.sentence_tokens.get(s as usize).copied()
    }

    /// The pair whose opening mark is token `i`.
    pub fn pair_opening_at(&self, i: usize) -> Option<QuotePair> {
        let k = self.quotes.partition_point(|p| p.open < i);
        self.quotes.get(k).filter(|p| p.open == i).copied()
    }

    /// The innermost quotation holding token `i` (strictly between its marks).
    pub fn quote_around(&self, i: usize, paragraph_end: usize) -> Option<QuotePair> {
        self.quotes
            .iter()
            .rev()
            .find(|p| p.open < i && i < p.close.unwrap_or(paragraph_end))
            .copied()
    }
}

/// Pairs quotation marks by their side (judged from their neighbours),
/// paragraph by paragraph: a line break closes whatever is open.
pub fn pair_quotes(layer: &TextLayer) -> Vec<QuotePair> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, t) in layer.tokens.iter().enumerate() {
        if t.newline_before {
            for o in stack.drain(..) {
                out.push(QuotePair { open: o, close: None });
            }
        }
        if t.kind != TokenKind::Quote {
            continue;
        }
        match quote_side(layer, t.start as usize) {
            QuoteSide::Open => stack.push(i),
            QuoteSide::Close => {
                if let Some(o) = stack.pop() {
                    out.push(QuotePair {
                        open: o,
                        close: Some(i),
                    });
                }
            }
            QuoteSide::Unknown => match stack.pop() {
                Some(o) => out.push(QuotePair {
                    open: o,
                    close: Some(i),
                }),
                None => stack.push(i),
            },
        }
    }
    for o in stack {
        out.push(QuotePair { open: o, close: None });
    }
    out.sort_by_key(|p| p.open);
    out
}

/// True for a time that dates something (not a duration or a set).
pub fn is_date(t: &TimeExpr) -> bool {
    matches!(t.kind, TimeType::Date | TimeType::Time)
}

/// True for persons and organisations, and countries acting as states.
pub fn is_agent(e: &Entity) -> bool {
    match e.kind {
        EntityKind::Person | EntityKind::Organization => true,
        EntityKind::Place => e.geo.as_ref().and_then(|g| g.feature.as_deref()) == Some("country"),
        EntityKind::Facility => false,
    }
}

/// True for places and facilities.
pub fn is_place(e: &Entity) -> bool {
    matches!(e.kind, EntityKind::Place | EntityKind::Facility)
}
