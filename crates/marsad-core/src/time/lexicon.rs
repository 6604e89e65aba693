//! The time words (`data/time/*.tsv`), compiled once into a phrase table.
//!
//! Every entry is a sequence of token match keys with a [`Role`]: what the
//! words are to the grammar (a month of some series, a weekday, a cue, a
//! number …). The table is keyed by the first token's key; a second table
//! keys the entries that start with the article by the word without it, so
//! للعام (ل + العام, whose alef fell) finds العام.

use crate::error::Error;
use crate::text::normalize::match_key;
use std::collections::HashMap;

/// The month-name series a name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// يناير … (Egypt, Gulf, Morocco).
    Gregorian,
    /// كانون الثاني … (Syria, Lebanon, Iraq, Jordan, Palestine).
    Levantine,
    /// جانفي … (Algeria, Tunisia).
    Maghrebi,
    /// محرم … (the Islamic calendar, Umm al-Qura).
    Hijri,
}

/// What a month name needs around it before it is read as a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Context {
    /// Stands alone.
    Free,
    /// Needs a day, year, gloss, modifier, cue word or a preposition.
    Cue,
    /// Needs a day, year, gloss, modifier or a cue word (شهر، مطلع …).
    Strict,
}

/// Where a named unit lies relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The nearest one before (الماضي، الفائت، المنصرم).
    Prev,
    /// The nearest one after (المقبل، القادم).
    Next,
    /// The one containing it (الجاري، الحالي، هذا).
    This,
}

/// Calendar and duration units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Decade,
}

/// TIMEX3 parts of day, plus "after midnight" for clock times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
    /// Daytime (نهار).
    Daytime,
    AfterMidnight,
}

impl Part {
    /// The TIMEX3 part-of-day code (`MO`, `MI`, `AF`, `EV`, `NI`).
    pub fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Midday => "MI",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night | Part::AfterMidnight => "NI",
            Part::Daytime => "DT",
        }
    }
}

/// TIMEX3 `mod` for a part of a month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodMod {
    Start,
    Mid,
    End,
}

impl PeriodMod {
    pub fn code(self) -> &'static str {
        match self {
            PeriodMod::Start => "START",
            PeriodMod::Mid => "MID",
            PeriodMod::End => "END",
        }
    }
}

/// Kinds of number words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Unit12,
    Unit,
    Teen,
    Tens,
    Hundred,
    Hour,
    /// Ordinal day of a month (masculine, with the article): الخامس من آذار.
    Day,
}

/// Singular, dual or plural duration noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitCount {
    One,
    Two,
    Many,
}

/// What a word or phrase is to the time grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Month {
        series: Series,
        month: u8,
        context: Context,
    },
    /// ISO weekday, 1 = Monday.
    Weekday(u8),
    RelDay {
        offset: i8,
        part: Option<Part>,
    },
    Modifier(Rel),
    Demonstrative,
    Period(Unit),
    PartNoun(Part),
    PartAdverb(Part),
    PeriodMod(PeriodMod),
    YearCue,
    MonthCue,
    MonthPrep,
    DayCue,
    Ago,
    DurationCue,
    Approx,
    ClockCue,
    Minutes(i8),
    HijriSuffix,
    GregSuffix,
    SameDuration,
    /// A day of the story, counted from the last day the text named
    /// (اليوم التالي، الليلة نفسها).
    StoryDay {
        offset: i8,
        part: Option<Part>,
    },
    /// The year of the last date named (العام نفسه، ذات السنة): «نيسان من
    /// العام نفسه».
    StoryYear,
    Set(Unit),
    Each,
    TodayBlockAfter,
    TodayBlockBefore,
    WeekdayBlockBefore,
    WeekdayBlockAfter,
    FutureCue,
    ClauseStop,
    PeriodBlockBefore,
    DateNameBefore,
    RangeLink,
    Link,
    Of,
    Number {
        value: u16,
        kind: NumKind,
    },
    DurUnit {
        unit: Unit,
        count: UnitCount,
    },
}

#[derive(Debug)]
pub(crate) struct Phrase {
    /// Keys of the tokens after the first.
    pub rest: Vec<String>,
    pub role: Role,
}

/// The compiled time lexicon.
#[derive(Debug, Default)]
pub struct TimeLexicon {
    pub(crate) phrases: Vec<Phrase>,
    /// First-token key → phrase indices, longest phrase first.
    pub(crate) first: HashMap<String, Vec<u32>>,
    /// Same, for phrases whose first key starts with ال, keyed without it.
    pub(crate) no_article: HashMap<String, Vec<u32>>,
}

/// The data files, as `(path under data/, contents)`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeSources<'a> {
    pub months: (&'a str, &'a str),
    pub weekdays: (&'a str, &'a str),
    pub numbers: (&'a str, &'a str),
    pub units: (&'a str, &'a str),
    pub words: (&'a str, &'a str),
}

impl TimeLexicon {
    /// Parses the five files of `data/time/`.
    pub fn parse(src: &TimeSources) -> Result<Self, Error> {
        let mut lex = TimeLexicon::default();
        rows(src.months, 4, |f, c| {
            let series = match c[1] {
                "gregorian" => Series::Gregorian,
                "levantine" => Series::Levantine,
                "maghrebi" => Series::Maghrebi,
                "hijri" => Series::Hijri,
                _ => return Err(f("unknown series (gregorian, levantine, maghrebi, hijri)")),
            };
            let month = int(c[2])
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(|| f("month must be 1–12"))? as u8;
            let context = match c[3] {
                "free" => Context::Free,
                "cue" => Context::Cue,
                "strict" => Context::Strict,
                _ => return Err(f("unknown context (free, cue, strict)")),
            };
            lex.add(c[0], Role::Month { series, month, context });
            Ok(())
        })?;
        rows(src.weekdays, 2, |f, c| {
            let d = int(c[1])
                .filter(|d| (1..=7).contains(d))
                .ok_or_else(|| f("ISO weekday must be 1–7"))?;
            lex.add(c[0], Role::Weekday(d as u8));
            Ok(())
        })?;
        rows(src.numbers, 3, |f, c| {
            let value = int(c[1])
                .filter(|v| (0..=1000).contains(v))
                .ok_or_else(|| f("value must be 0–1000"))? as u16;
            let kind = match c[2] {
                "unit12" => NumKind::Unit12,
                "unit" => NumKind::Unit,
                "teen" => NumKind::Teen,
                "tens" => NumKind::Tens,
                "hundred" => NumKind::Hundred,
                "hour" => NumKind::Hour,
                "day" => NumKind::Day,
                _ => return Err(f("unknown kind (unit12, unit, teen, tens, hundred, hour, day)")),
            };
            lex.add(c[0], Role::Number { value, kind });
            Ok(())
        })?;
        rows(src.units, 3, |f, c| {
            let unit = parse_unit(c[1]).ok_or_else(|| f("unknown unit (Y, M, W, D, H, MIN, DE)"))?;
            let count = match c[2] {
                "1" => UnitCount::One,
                "2" => UnitCount::Two,
                "n" => UnitCount::Many,
                _ => return Err(f("count must be 1, 2 or n")),
            };
            lex.add(c[0], Role::DurUnit { unit, count });
            Ok(())
        })?;
        rows(src.words, 2, |f, c| {
            let (kind, form, value) = (c[0], c[1], c.get(2).copied().unwrap_or("").trim());
            let role = match kind {
                "rel_day" | "story_day" => {
                    let mut it = value.split_whitespace();
                    let offset = it
                        .next()
                        .and_then(int)
                        .filter(|o| (-7..=7).contains(o))
                        .ok_or_else(|| f("offset must be -7…7"))?;
                    let part = match it.next() {
                        Some(p) => Some(parse_part(p).ok_or_else(|| f("unknown part of day"))?),
                        None => None,
                    };
                    if kind == "rel_day" {
                        Role::RelDay {
                            offset: offset as i8,
                            part,
                        }
                    } else {
                        Role::StoryDay {
                            offset: offset as i8,
                            part,
                        }
                    }
                }
                "modifier" | "demonstrative" => {
                    let rel = match value {
                        "PREV" => Rel::Prev,
                        "NEXT" => Rel::Next,
                        "THIS" => Rel::This,
                        _ => return Err(f("modifier must be PREV, NEXT or THIS")),
                    };
                    if kind == "modifier" {
                        Role::Modifier(rel)
                    } else {
                        Role::Demonstrative
                    }
                }
                "period" => Role::Period(parse_unit(value).ok_or_else(|| f("unknown unit"))?),
                "part_noun" => Role::PartNoun(parse_part(value).ok_or_else(|| f("unknown part of day"))?),
                "part_adverb" => Role::PartAdverb(parse_part(value).ok_or_else(|| f("unknown part of day"))?),
                "period_mod" => Role::PeriodMod(match value {
                    "START" => PeriodMod::Start,
                    "MID" => PeriodMod::Mid,
                    "END" => PeriodMod::End,
                    _ => return Err(f("period_mod must be START, MID or END")),
                }),
                "year_cue" => Role::YearCue,
                "month_cue" => Role::MonthCue,
                "month_prep" => Role::MonthPrep,
                "day_cue" => Role::DayCue,
                "ago" => Role::Ago,
                "duration_cue" => Role::DurationCue,
                "approx" => Role::Approx,
                "clock_cue" => Role::ClockCue,
                "minutes" => Role::Minutes(
                    int(value)
                        .filter(|m| (-59..=59).contains(m))
                        .ok_or_else(|| f("minutes must be -59…59"))? as i8,
                ),
                "hijri_suffix" => Role::HijriSuffix,
                "greg_suffix" => Role::GregSuffix,
                "same_duration" => Role::SameDuration,
                "story_year" => Role::StoryYear,
                "set" => Role::Set(match value {
                    "P1D" => Unit::Day,
                    "P1W" => Unit::Week,
                    "P1M" => Unit::Month,
                    "P1Y" => Unit::Year,
                    _ => return Err(f("set must be P1D, P1W, P1M or P1Y")),
                }),
                "each" => Role::Each,
                "today_block_after" => Role::TodayBlockAfter,
                "today_block_before" => Role::TodayBlockBefore,
                "weekday_block_before" => Role::WeekdayBlockBefore,
                "weekday_block_after" => Role::WeekdayBlockAfter,
                "future_cue" => Role::FutureCue,
                "clause_stop" => Role::ClauseStop,
                "period_block_before" => Role::PeriodBlockBefore,
                "date_name_before" => Role::DateNameBefore,
                "range_link" => Role::RangeLink,
                "link" => Role::Link,
                "of" => Role::Of,
                _ => return Err(f("unknown kind (see the file's header)")),
            };
            lex.add(form, role);
            Ok(())
        })?;
        // Longest phrases first.
        let phrases = &lex.phrases;
        for v in lex.first.values_mut().chain(lex.no_article.values_mut()) {
            v.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].rest.len()));
        }
        Ok(lex)
    }

    fn add(&mut self, form: &str, role: Role) {
        let key = match_key(form);
        let mut words = key.split(' ').filter(|w| !w.is_empty()).map(str::to_string);
        let Some(first) = words.next() else { return };
        let rest: Vec<String> = words.collect();
        // The same entry twice (هـ and ه fold alike) is kept once.
        if let Some(v) = self.first.get(&first)
            && v.iter().any(|&i| {
                let p = &self.phrases[i as usize];
                p.role == role && p.rest == rest
            })
        {
            return;
        }
        let ix = self.phrases.len() as u32;
        if let Some(stem) = first.strip_prefix("ال").filter(|s| s.chars().count() >= 2) {
            self.no_article.entry(stem.to_string()).or_default().push(ix);
        }
        self.first.entry(first).or_default().push(ix);
        self.phrases.push(Phrase { rest, role });
    }
}

/// Calls `f` on every data row (header and comments skipped) split on tabs,
/// with at least `min` columns; errors name the file and line.
fn rows<'a>(
    (file, text): (&str, &'a str),
    min: usize,
    mut f: impl FnMut(&dyn Fn(&str) -> Error, &[&'a str]) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut header = true;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let bad = |m: &str| Error::Resource {
            file: file.to_string(),
            line: n + 1,
            message: m.to_string(),
        };
        if cols.len() < min || cols[0].is_empty() {
            return Err(bad(&format!("expected {min} tab-separated columns")));
        }
        f(&bad, &cols)?;
    }
    Ok(())
}

fn int(s: &str) -> Option<i32> {
    s.trim().parse().ok()
}

fn parse_unit(s: &str) -> Option<Unit> {
    Some(match s {
        "Y" => Unit::Year,
        "M" => Unit::Month,
        "W" => Unit::Week,
        "D" => Unit::Day,
        "H" => Unit::Hour,
        "MIN" => Unit::Minute,
        "DE" => Unit::Decade,
        _ => return None,
    })
}

fn parse_part(s: &str) -> Option<Part> {
    Some(match s {
        "MO" => Part::Morning,
        "MI" => Part::Midday,
        "AF" => Part::Afternoon,
        "EV" => Part::Evening,
        "NI" => Part::Night,
        "DT" => Part::Daytime,
        "AMN" => Part::AfterMidnight,
        _ => return None,
    })
}
