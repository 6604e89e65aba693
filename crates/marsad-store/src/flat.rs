//! Events as flat rows: the ACLED-shaped view of a `marsad/1` event.
//!
//! A record's event points to entities and times by id; an analyst's table
//! wants a date, a place with coordinates and actor names in columns. This
//! module resolves those pointers once, at ingest, so the store's `events`
//! table, the exports and the clustering all read the same derived values:
//!
//! - **date**: the event's time value when it is a calendar date, week,
//!   month or year, else the document's publication date; `time_precision`
//!   says which (ACLED's 1 day, 2 approximate, 3 month or coarser), and
//!   `from`/`to` bound the days it may fall on;
//! - **place**: the location entity's `geo` (country, admin1, admin2,
//!   coordinates) and `ref`, with its level (country → point);
//! - **actors**: `actor1` the initiators, `actor2` the targets (for a clash
//!   with no initiator, the first side and the others), English labels where
//!   an entity is linked, else its name as written.

use chrono::{Datelike, NaiveDate};
use marsad_core::doc::{Document, Entity, Event, Span};
use marsad_core::text::normalize::match_key;

use crate::cluster::{Level, Place};

/// When an event happened, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDate {
    /// The date written in `event_date`: the first day it may fall on.
    pub date: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// ACLED time precision: 1 the day is stated, 2 approximate (a week, or
    /// the publication date standing in), 3 only the month or year.
    pub precision: u8,
}

/// One actor or target of an event, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub eid: String,
    pub ref_id: Option<String>,
    pub name: String,
    pub label_en: Option<String>,
}

impl Party {
    /// The English label where linked, else the name as written.
    pub fn display(&self) -> &str {
        self.label_en.as_deref().filter(|l| !l.is_empty()).unwrap_or(&self.name)
    }
}

/// A `marsad/1` event with its pointers resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct FlatEvent {
    pub vid: String,
    /// Position of the event in its record.
    pub ord: usize,
    pub plover_type: String,
    pub plover_mode: Option<String>,
    pub cameo: Option<String>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub trigger: Span,
    pub location_eid: Option<String>,
    pub time_tid: Option<String>,
    pub date: Option<EventDate>,
    pub actors: Vec<Party>,
    pub targets: Vec<Party>,
    pub actor1: String,
    pub actor2: String,
    /// Place name as written (the location entity's name).
    pub location: Option<String>,
    pub place: Option<Place>,
    /// ACLED geo precision: 1 exact, 2 near, 3 region or country.
    pub geo_precision: Option<u8>,
    pub dead: Option<f64>,
    pub injured: Option<f64>,
    pub size: Option<f64>,
    pub duration: Option<String>,
    pub factuality: String,
    pub source_quote: Option<String>,
    pub mentions: usize,
    pub confidence: f64,
    /// The first evidence sentence (white space folded, at most
    /// [`NOTES_MAX`] characters), else the trigger.
    pub notes: String,
    /// Evidence spans as `start-end` code point ranges, space-separated.
    pub evidence: String,
}

/// Longest `notes` text, in characters.
pub const NOTES_MAX: usize = 400;

/// All events of `doc`, resolved against its entities and times. `text`
/// is the document's text (for the evidence sentence).
pub fn flat_events(doc: &Document, text: &str) -> Vec<FlatEvent> {
    let published = doc.doc.published.as_deref().and_then(parse_day);
    doc.events
        .iter()
        .enumerate()
        .map(|(ord, ev)| flatten(doc, text, ev, ord, published))
        .collect()
}

fn flatten(doc: &Document, text: &str, ev: &Event, ord: usize, published: Option<NaiveDate>) -> FlatEvent {
    let entity = |id: &str| doc.entities.iter().find(|e| e.id == id);
    let party = |id: &String| match entity(id) {
        Some(e) => Party {
            eid: e.id.clone(),
            ref_id: e.reference.as_ref().map(|r| r.id.clone()).filter(|r| !r.is_empty()),
            name: e.name.clone(),
            label_en: e.reference.as_ref().and_then(|r| r.label_en.clone()),
        },
        None => Party {
            eid: id.clone(),
            ref_id: None,
            name: id.clone(),
            label_en: None,
        },
    };
    let actors: Vec<Party> = ev.actors.iter().map(party).collect();
    let targets: Vec<Party> = ev.targets.iter().map(party).collect();
    let join = |ps: &[Party]| ps.iter().map(Party::display).collect::<Vec<_>>().join("; ");
    let (actor1, actor2) = if !targets.is_empty() || actors.len() < 2 {
        (join(&actors), join(&targets))
    } else {
        (join(&actors[..1]), join(&actors[1..]))
    };

    let time_value = ev
        .time
        .as_deref()
        .and_then(|t| doc.times.iter().find(|x| x.id == t))
        .and_then(|t| t.value.as_deref())
        .and_then(parse_time_value);
    let date = match (time_value, published) {
        (Some((from, to, precision)), _) => Some(EventDate {
            date: from,
            from,
            to,
            precision,
        }),
        (None, Some(p)) => Some(EventDate {
            date: p,
            from: p,
            to: p,
            precision: 2,
        }),
        (None, None) => None,
    };

    let loc = ev.location.as_deref().and_then(entity);
    let place = loc.map(place_of);
    let geo_precision =
        loc.and_then(|e| e.geo.as_ref())
            .and_then(|g| match (g.precision.as_deref(), g.feature.as_deref()) {
                (_, Some("country")) => Some(3),
                (Some("exact"), _) => Some(1),
                (Some("near"), _) => Some(2),
                (Some("region" | "country"), _) => Some(3),
                _ => None,
            });

    let notes = match ev.evidence.first() {
        Some(r) => fold_ws(char_slice(text, r.start, r.end), NOTES_MAX),
        None => fold_ws(&ev.trigger.text, NOTES_MAX),
    };
    let evidence = ev
        .evidence
        .iter()
        .map(|r| format!("{}-{}", r.start, r.end))
        .collect::<Vec<_>>()
        .join(" ");

    FlatEvent {
        vid: ev.id.clone(),
        ord,
        plover_type: ev.kind.clone(),
        plover_mode: ev.mode.clone(),
        cameo: ev.cameo.clone(),
        event_type: ev.acled.as_ref().map(|a| a.event_type.clone()),
        sub_event_type: ev.acled.as_ref().map(|a| a.sub_event_type.clone()),
        trigger: ev.trigger.clone(),
        location_eid: ev.location.clone(),
        time_tid: ev.time.clone(),
        date,
        actors,
        targets,
        actor1,
        actor2,
        location: loc.map(|e| e.name.clone()),
        place,
        geo_precision,
        dead: ev.dead,
        injured: ev.injured,
        size: ev.size,
        duration: ev.duration.clone(),
        factuality: ev.factuality.clone(),
        source_quote: ev.source.clone(),
        mentions: ev.mentions,
        confidence: ev.confidence,
        notes,
        evidence,
    }
}

/// The clustering view of a place entity.
pub fn place_of(e: &Entity) -> Place {
    let geo = e.geo.clone().unwrap_or_default();
    let level = match geo.feature.as_deref() {
        Some("country") => Level::Country,
        Some("governorate" | "province" | "state" | "admin1") => Level::Admin1,
        Some("district" | "admin2") => Level::Admin2,
        _ => Level::Point,
    };
    let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    Place {
        ref_id: e.reference.as_ref().map(|r| r.id.clone()).filter(|r| !r.is_empty()),
        level,
        country: nonempty(
            geo.country
                .or_else(|| e.reference.as_ref().and_then(|r| r.country.clone())),
        ),
        admin1: nonempty(geo.admin1),
        admin2: nonempty(geo.admin2),
        lat: geo.lat.filter(|x| x.is_finite()),
        lon: geo.lon.filter(|x| x.is_finite()),
        name_key: match_key(&e.name),
    }
}

/// `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// A TIMEX3 value as the days it covers and its ACLED precision: a day
/// (`2022-01-20`, `2022-01-20T18:00`) → 1, a week (`2022-W03`) → 2, a
/// month (`2019-03`) or a year (`2019`) → 3. Anything else (a clock time
/// alone, a duration, an unresolved `XXXX-…`) gives `None`.
pub fn parse_time_value(v: &str) -> Option<(NaiveDate, NaiveDate, u8)> {
    let v = v.trim();
    let head = v.split('T').next().unwrap_or("");
    if head.is_empty() {
        return None;
    }
    if let Some(d) = parse_day(head) {
        return Some((d, d, 1));
    }
    let parts: Vec<&str> = head.split('-').collect();
    let num = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
                3,
            ))
        }
        [y, w] if y.len() == 4 && w.starts_with('W') => {
            let (y, w) = (num(y)?, num(&w[1..])?);
            let from = NaiveDate::from_isoywd_opt(y, u32::try_from(w).ok()?, chrono::Weekday::Mon)?;
            Some((from, from + chrono::Days::new(6), 2))
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)?, u32::try_from(num(m)?).ok()?);
            let from = NaiveDate::from_ymd_opt(y, m, 1)?;
            let to = last_of_month(from)?;
            Some((from, to, 3))
        }
        _ => None,
    }
}

/// The last day of `d`'s month.
pub fn last_of_month(d: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The code points `[start, end)` of `text` (clamped).
pub fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let mut it = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let a = it.nth(start).unwrap_or(text.len());
    let b = if end > start {
        it.nth(end - start - 1).unwrap_or(text.len())
    } else {
        a
    };
    &text[a..b.max(a)]
}

/// Folds white space runs to one space, trims, and cuts at `max` chars.
pub fn fold_ws(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 4));
    let mut n = 0;
    for w in s.split_whitespace() {
        if n > 0 {
            out.push(' ');
            n += 1;
        }
        for c in w.chars() {
            if n >= max {
                out.push('…');
                return out;
            }
            out.push(c);
            n += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    #[test]
    fn time_values() {
        assert_eq!(
            parse_time_value("2022-01-20"),
            Some((d("2022-01-20"), d("2022-01-20"), 1))
        );
        assert_eq!(
            parse_time_value("2022-01-20T18:00"),
            Some((d("2022-01-20"), d("2022-01-20"), 1))
        );
        assert_eq!(parse_time_value("2019-03"), Some((d("2019-03-01"), d("2019-03-31"), 3)));
        assert_eq!(parse_time_value("2019-12"), Some((d("2019-12-01"), d("2019-12-31"), 3)));
        assert_eq!(parse_time_value("2019"), Some((d("2019-01-01"), d("2019-12-31"), 3)));
        assert_eq!(
            parse_time_value("2022-W03"),
            Some((d("2022-01-17"), d("2022-01-23"), 2))
        );
        assert_eq!(parse_time_value("T18:00"), None);
        assert_eq!(parse_time_value("P7D"), None);
        assert_eq!(parse_time_value("XXXX-11"), None);
        assert_eq!(parse_time_value("2019-13"), None);
    }

    #[test]
    fn slices_by_code_point() {
        let t = "قتل 11 جنديا";
        assert_eq!(char_slice(t, 0, 3), "قتل");
        assert_eq!(char_slice(t, 4, 6), "11");
        assert_eq!(char_slice(t, 7, 99), "جنديا");
        assert_eq!(char_slice(t, 50, 60), "");
        assert_eq!(fold_ws("  a \n\n b  ", 10), "a b");
        assert_eq!(fold_ws("abcdef", 3), "abc…");
    }
}
