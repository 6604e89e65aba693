//! What a date expression means ([`Spec`]) and how it is written: the
//! unresolved `expr` and, given the publication date, the ISO `value`.
//! Hijri dates go through `icu_calendar`'s Umm al-Qura calendar.

use super::lexicon::{Part, PeriodMod, Rel, Unit};
use chrono::{Datelike, Days, Months, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

/// Days after the publication date a day-and-month without a year may
/// still fall on (an announced date a few days ahead): beyond this, the
/// year before is meant.
pub const DAY_TOLERANCE: u64 = 14;

/// The meaning of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spec {
    /// A Gregorian year, month or day the text states in full.
    Year(i32),
    YearMonth(i32, u8),
    Ymd(i32, u8, u8),
    /// A Hijri year, month (with year) or day (with month and year).
    HijriYear(i32),
    HijriMonth(i32, u8),
    HijriDay(i32, u8, u8),
    /// A Hijri month without a year: the one nearest the publication date.
    HijriMonthRel(u8, Option<Rel>),
    /// A month (and day) without a year.
    Month(u8, Option<Rel>),
    MonthDay(u8, u8, Option<Rel>),
    /// A month of a year named relative to the publication date (آذار من
    /// العام الماضي).
    MonthOfRelYear(u8, Rel),
    /// A weekday: bare (the nearest on or before the publication date) or
    /// with a modifier.
    Weekday(u8, Option<Rel>),
    /// `n` units from the publication date (أمس = -1 day, قبل شهرين = -2
    /// months); days, weeks, hours and minutes resolve to a day.
    Shift(i32, Unit),
    /// The week, month or year before, after or containing the publication
    /// date (الأسبوع الماضي، الشهر الجاري، العام المقبل).
    Period(Unit, Rel),
    /// A day of the month before, after or containing the publication
    /// date (24 الجاري، 3 من الشهر الماضي).
    DayOfMonth(u8, Rel),
}

/// A date expression written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub expr: String,
    pub value: Option<String>,
    /// `absolute` or `published`.
    pub anchor: &'static str,
    pub hijri: bool,
}

impl Spec {
    /// True when the value is a single day (a part of day may go with it).
    pub fn is_day(&self) -> bool {
        match self {
            Spec::Ymd(..) | Spec::HijriDay(..) | Spec::MonthDay(..) | Spec::Weekday(..) | Spec::DayOfMonth(..) => true,
            Spec::Shift(_, u) => matches!(u, Unit::Day | Unit::Week | Unit::Hour | Unit::Minute),
            _ => false,
        }
    }

    /// True when the value does not depend on the publication date.
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            Spec::Year(_)
                | Spec::YearMonth(..)
                | Spec::Ymd(..)
                | Spec::HijriYear(_)
                | Spec::HijriMonth(..)
                | Spec::HijriDay(..)
        )
    }

    /// Writes the expression: `None` when the text names an impossible date
    /// (31 شباط، 30 of a 29-day Hijri month).
    pub fn render(&self, part: Option<Part>, m: Option<PeriodMod>, published: Option<NaiveDate>) -> Option<Rendered> {
        match *self {
            Spec::MonthDay(mo, d, _) => {
                NaiveDate::from_ymd_opt(2000, mo as u32, d as u32)?;
            }
            Spec::DayOfMonth(d, _) if !(1..=31).contains(&d) => return None,
            _ => {}
        }
        let part = part
            .filter(|_| self.is_day())
            .map_or(String::new(), |p| format!("T{}", p.code()));
        let (pattern, rel) = self.pattern();
        let mut expr = format!("{pattern}{part}{rel}");
        if let Some(m) = m {
            expr.push_str(" mod=");
            expr.push_str(m.code());
        }
        let hijri = matches!(
            self,
            Spec::HijriYear(_) | Spec::HijriMonth(..) | Spec::HijriDay(..) | Spec::HijriMonthRel(..)
        );
        let value = match *self {
            Spec::Year(y) => Some(year(y)?),
            Spec::YearMonth(y, mo) => Some(format!("{}-{mo:02}", year(y)?)),
            Spec::Ymd(y, mo, d) => Some(day(NaiveDate::from_ymd_opt(y, mo as u32, d as u32)?)),
            Spec::HijriYear(y) => Some(year(hijri_to_gregorian(y, 1, 1)?.year())?),
            Spec::HijriMonth(y, mo) => Some(month(hijri_to_gregorian(y, mo, 1)?)),
            Spec::HijriDay(y, mo, d) => Some(day(hijri_to_gregorian(y, mo, d)?)),
            _ => match published {
                Some(p) => self.resolve(p),
                None => None,
            },
        };
        if value.is_none() && self.is_absolute() {
            return None;
        }
        let anchor = if self.is_absolute() { "absolute" } else { "published" };
        Some(Rendered {
            expr,
            value,
            anchor,
            hijri,
        })
    }

    /// The unresolved form: a TIMEX3 value with X for what the anchor
    /// gives, and the relation to the anchor as a suffix.
    fn pattern(&self) -> (String, String) {
        let rel = |r: Option<Rel>| match r {
            Some(Rel::Prev) => "-PREV".to_string(),
            Some(Rel::Next) => "-NEXT".to_string(),
            Some(Rel::This) => "-THIS".to_string(),
            None => String::new(),
        };
        match *self {
            Spec::Year(y) => (format!("{y:04}"), String::new()),
            Spec::YearMonth(y, m) => (format!("{y:04}-{m:02}"), String::new()),
            Spec::Ymd(y, m, d) => (format!("{y:04}-{m:02}-{d:02}"), String::new()),
            Spec::HijriYear(y) => (format!("{y:04}"), String::new()),
            Spec::HijriMonth(y, m) => (format!("{y:04}-{m:02}"), String::new()),
            Spec::HijriDay(y, m, d) => (format!("{y:04}-{m:02}-{d:02}"), String::new()),
            Spec::HijriMonthRel(m, r) | Spec::Month(m, r) => (format!("XXXX-{m:02}"), rel(r)),
            Spec::MonthDay(m, d, r) => (format!("XXXX-{m:02}-{d:02}"), rel(r)),
            Spec::MonthOfRelYear(m, r) => (format!("XXXX-{m:02}"), format!("{}Y", rel(Some(r)))),
            Spec::Weekday(w, r) => (format!("XXXX-WXX-{w}"), rel(r)),
            Spec::DayOfMonth(d, r) => (format!("XXXX-XX-{d:02}"), rel(Some(r))),
            Spec::Period(u, r) => {
                let p = match u {
                    Unit::Week => "XXXX-WXX",
                    Unit::Month => "XXXX-XX",
                    _ => "XXXX",
                };
                (p.to_string(), rel(Some(r)))
            }
            Spec::Shift(n, u) => {
                let p = match u {
                    Unit::Year | Unit::Decade => "XXXX",
                    Unit::Month => "XXXX-XX",
                    _ => "XXXX-XX-XX",
                };
                if n == 0 {
                    (p.to_string(), String::new())
                } else {
                    let sign = if n < 0 { '-' } else { '+' };
                    (p.to_string(), format!("{sign}{}", duration(n.unsigned_abs(), u)))
                }
            }
        }
    }

    /// The value relative to the publication date `p`.
    fn resolve(&self, p: NaiveDate) -> Option<String> {
        let (py, pm) = (p.year(), p.month() as u8);
        match *self {
            Spec::Month(m, r) => {
                let y = match r {
                    None => py - i32::from(m > pm),
                    Some(Rel::Prev) => py - i32::from(m >= pm),
                    Some(Rel::Next) => py + i32::from(m <= pm),
                    Some(Rel::This) => py,
                };
                Some(format!("{}-{m:02}", year(y)?))
            }
            Spec::MonthOfRelYear(m, r) => Some(format!("{}-{m:02}", year(py + rel_step(r))?)),
            Spec::MonthDay(m, d, r) => {
                let limit = p.checked_add_days(Days::new(DAY_TOLERANCE))?;
                // Feb 29 needs a leap year: look back (or ahead) a few years.
                let mut y = match r {
                    Some(Rel::Next) => py,
                    _ => py + 1,
                };
                for _ in 0..10 {
                    if let Some(c) = NaiveDate::from_ymd_opt(y, m as u32, d as u32) {
                        let ok = match r {
                            None => c <= limit,
                            Some(Rel::Prev) => c < p,
                            Some(Rel::Next) => c > p,
                            Some(Rel::This) => c.year() == py,
                        };
                        if ok {
                            return Some(day(c));
                        }
                    }
                    y += if r == Some(Rel::Next) { 1 } else { -1 };
                }
                None
            }
            Spec::Weekday(w, r) => {
                let pw = p.weekday().number_from_monday() as i64;
                let w = w as i64;
                let back = (pw - w).rem_euclid(7);
                let fwd = (w - pw).rem_euclid(7);
                let delta = match r {
                    None => -back,
                    Some(Rel::Prev) => -(if back == 0 { 7 } else { back }),
                    Some(Rel::Next) => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    Some(Rel::This) => fwd,
                };
                Some(day(shift_days(p, delta)?))
            }
            Spec::Shift(n, u) => match u {
                Unit::Day => Some(day(shift_days(p, n as i64)?)),
                Unit::Week => Some(day(shift_days(p, 7 * n as i64)?)),
                Unit::Hour => Some(day(shift_days(p, (n / 24) as i64)?)),
                Unit::Minute => Some(day(shift_days(p, (n / 1440) as i64)?)),
                Unit::Month => Some(month(shift_months(p, n)?)),
                Unit::Year => Some(year(py + n)?),
                Unit::Decade => Some(year(py + 10 * n)?),
            },
            Spec::Period(u, r) => {
                let s = rel_step(r);
                match u {
                    Unit::Week => {
                        let w = shift_days(p, 7 * s as i64)?.iso_week();
                        Some(format!("{}-W{:02}", year(w.year())?, w.week()))
                    }
                    Unit::Month => Some(month(shift_months(p, s)?)),
                    Unit::Decade => Some(year(py + 10 * s)?),
                    _ => Some(year(py + s)?),
                }
            }
            Spec::DayOfMonth(d, r) => {
                let m = shift_months(p.with_day(1)?, rel_step(r))?;
                Some(day(NaiveDate::from_ymd_opt(m.year(), m.month(), d as u32)?))
            }
            Spec::HijriMonthRel(m, r) => {
                let (hy, hm) = gregorian_to_hijri(p)?;
                let hy = match r {
                    None => hy - i32::from(m > hm),
                    Some(Rel::Prev) => hy - i32::from(m >= hm),
                    Some(Rel::Next) => hy + i32::from(m <= hm),
                    Some(Rel::This) => hy,
                };
                Some(month(hijri_to_gregorian(hy, m, 1)?))
            }
            _ => None,
        }
    }
}

fn rel_step(r: Rel) -> i32 {
    match r {
        Rel::Prev => -1,
        Rel::Next => 1,
        Rel::This => 0,
    }
}

/// An ISO duration: `P7D`, `P2W`, `PT48H`, `P20Y` (decades as years).
pub fn duration(n: u32, u: Unit) -> String {
    match u {
        Unit::Year => format!("P{n}Y"),
        Unit::Decade => format!("P{}Y", n.saturating_mul(10)),
        Unit::Month => format!("P{n}M"),
        Unit::Week => format!("P{n}W"),
        Unit::Day => format!("P{n}D"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Minute => format!("PT{n}M"),
    }
}

fn year(y: i32) -> Option<String> {
    (1..=9999).contains(&y).then(|| format!("{y:04}"))
}

fn month(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn shift_days(p: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        p.checked_add_days(Days::new(n as u64))
    } else {
        p.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn shift_months(p: NaiveDate, n: i32) -> Option<NaiveDate> {
    let first = p.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n as u32))
    } else {
        first.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// The Gregorian date of a Umm al-Qura Hijri date; `None` when the date
/// does not exist (day 30 of a 29-day month) or is out of range.
pub fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<NaiveDate> {
    if !(1..=2000).contains(&y) {
        return None;
    }
    let h = Date::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    let g = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        g.year().extended_year(),
        g.month().ordinal as u32,
        g.day_of_month().0 as u32,
    )
}

/// The Umm al-Qura year and month of a Gregorian date.
pub fn gregorian_to_hijri(p: NaiveDate) -> Option<(i32, u8)> {
    let iso = Date::try_new_iso(p.year(), p.month() as u8, p.day() as u8).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((h.year().extended_year(), h.month().ordinal))
}

/// The Hijri year whose month `m` begins in Gregorian year `gy` (رمضان
/// 2022 → 1443), the first such when two do.
pub fn hijri_year_for_gregorian(m: u8, gy: i32) -> Option<i32> {
    if !(623..=2500).contains(&gy) {
        return None;
    }
    // The Hijri year is about 354 days: gy ≈ 622 + hy × 354/365.
    let approx = ((gy - 622) as f64 * 365.2425 / 354.367) as i32;
    (approx - 2..=approx + 2).find(|&hy| hijri_to_gregorian(hy, m, 1).is_some_and(|d| d.year() == gy))
}
