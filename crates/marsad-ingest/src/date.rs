//! Publication dates from metadata, normalised to `YYYY-MM-DD`.
//!
//! A date with a time and an offset keeps the calendar day as written
//! (`2024-05-14T01:10:00+03:00` → `2024-05-14`), because that is the day
//! the outlet's "today" and "yesterday" refer to. Accepted: ISO 8601 dates
//! and datetimes (`-`, `/` or `.` between the parts), `YYYYMMDD`, RFC 2822
//! and its common deviations (long month and weekday names, `UTC`, no
//! zone), `May 14, 2024`, and day-first `14/05/2024` when the day cannot be
//! a month. Arabic-Indic and Persian digits are read too. `05/06/2024`
//! could be either day first or month first and is refused.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};

/// The `YYYY-MM-DD` day a date string names, if it can be read.
pub(crate) fn normalize(s: &str) -> Option<String> {
    local_datetime(s).map(|dt| dt.date().format("%Y-%m-%d").to_string())
}

/// The date and time as written (offset dropped, not applied).
pub(crate) fn local_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = ascii_digits(s.trim());
    let s = s.as_str();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    let dt = iso(s).or_else(|| rfc2822(s)).or_else(|| day_first(s))?;
    (1800..=2200).contains(&chrono::Datelike::year(&dt)).then_some(dt)
}

/// A date from a Unix timestamp (seconds, or milliseconds when too large
/// for seconds), as a UTC day.
pub(crate) fn from_unix(n: f64) -> Option<String> {
    if !n.is_finite() {
        return None;
    }
    let secs = if n.abs() > 1e11 { n / 1000.0 } else { n };
    let dt = DateTime::from_timestamp(secs as i64, 0)?;
    let year = chrono::Datelike::year(&dt);
    (1970..=2200).contains(&year).then(|| dt.format("%Y-%m-%d").to_string())
}

fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

/// Leading ASCII digits of `s` (at most `max`), as a number and the rest.
fn digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// `2024-05-14`, `2024/5/14`, `2024.05.14`, `20240514`, then optionally
/// `T` or a space and `HH:MM[:SS[.fff]]` and a zone, which is ignored.
fn iso(s: &str) -> Option<NaiveDateTime> {
    let (date, rest) = if s.len() >= 8 && s.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        let y: i32 = s[..4].parse().ok()?;
        let m: u32 = s[4..6].parse().ok()?;
        let d: u32 = s[6..8].parse().ok()?;
        (NaiveDate::from_ymd_opt(y, m, d)?, &s[8..])
    } else {
        let (y, rest) = digits(s, 4).filter(|_| s.as_bytes().get(4).is_some_and(|b| b"-/.".contains(b)))?;
        let sep = rest.chars().next()?;
        let (m, rest) = digits(&rest[1..], 2)?;
        let rest = rest.strip_prefix(sep)?;
        let (d, rest) = digits(rest, 2)?;
        (NaiveDate::from_ymd_opt(y as i32, m, d)?, rest)
    };
    if rest.is_empty() {
        return date.and_hms_opt(0, 0, 0);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let time = time_of_day(rest).unwrap_or(NaiveTime::MIN);
    Some(date.and_time(time))
}

fn time_of_day(s: &str) -> Option<NaiveTime> {
    let (h, rest) = digits(s, 2)?;
    let (m, rest) = digits(rest.strip_prefix(':')?, 2)?;
    let sec = rest
        .strip_prefix(':')
        .and_then(|r| digits(r, 2))
        .map(|(s, _)| s)
        .unwrap_or(0);
    NaiveTime::from_hms_opt(h, m, sec.min(59))
}

/// RFC 2822 (`Tue, 14 May 2024 19:05:00 +0300`) and what feeds make of it.
fn rfc2822(s: &str) -> Option<NaiveDateTime> {
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.naive_local());
    }
    // Drop a weekday (any word before a comma), named zones, "at".
    let mut t = s.to_string();
    if let Some((first, rest)) = t.split_once(',')
        && first.chars().all(char::is_alphabetic)
        && !first.is_empty()
    {
        t = rest.trim().to_string();
    }
    let words: Vec<&str> = t.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("at")).collect();
    let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    if let Some(last) = words.last()
        && (last.chars().all(|c| c.is_ascii_uppercase()) || last.eq_ignore_ascii_case("z"))
        && words.len() > 3
    {
        words.pop();
    }
    let t = words.join(" ");
    const WITH_ZONE: [&str; 2] = ["%d %b %Y %H:%M:%S %z", "%d %b %Y %H:%M %z"];
    for f in WITH_ZONE {
        if let Ok(dt) = DateTime::parse_from_str(&t, f) {
            return Some(dt.naive_local());
        }
    }
    const NAIVE: [&str; 4] = [
        "%d %b %Y %H:%M:%S",
        "%d %b %Y %H:%M",
        "%b %d, %Y %H:%M:%S",
        "%b %d, %Y %H:%M",
    ];
    for f in NAIVE {
        if let Ok(dt) = NaiveDateTime::parse_from_str(&t, f) {
            return Some(dt);
        }
    }
    for f in ["%d %b %Y", "%b %d, %Y", "%b %d %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(&t, f) {
            return d.and_hms_opt(0, 0, 0);
        }
    }
    None
}

/// `14/05/2024`, `14-05-2024`, `14.05.2024` when the first number cannot
/// be a month (or both are equal).
fn day_first(s: &str) -> Option<NaiveDateTime> {
    let (d, rest) = digits(s, 2)?;
    let sep = rest.chars().next().filter(|c| "-/.".contains(*c))?;
    let (m, rest) = digits(&rest[1..], 2)?;
    let rest = rest.strip_prefix(sep)?;
    let (y, rest) = digits(rest, 4)?;
    if y < 1000 || !(d > 12 || d == m) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
    let time = rest.strip_prefix(' ').and_then(time_of_day).unwrap_or(NaiveTime::MIN);
    Some(date.and_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let cases = [
            ("2024-05-14", Some("2024-05-14")),
            ("2024-05-14T01:10:00+03:00", Some("2024-05-14")),
            ("2024-05-14T23:59:59Z", Some("2024-05-14")),
            ("2024-05-14 20:10:00", Some("2024-05-14")),
            ("2024/5/9", Some("2024-05-09")),
            ("20240514", Some("2024-05-14")),
            ("٢٠٢٤-٠٥-١٤", Some("2024-05-14")),
            ("Tue, 14 May 2024 19:05:00 +0300", Some("2024-05-14")),
            ("Tue, 14 May 2024 01:05:00 +0300", Some("2024-05-14")),
            ("Tuesday, 14 May 2024 19:05:00 GMT", Some("2024-05-14")),
            ("14 May 2024 19:05 UTC", Some("2024-05-14")),
            ("Wed, 15 May 2024 9:05:00 +0300", Some("2024-05-15")),
            ("May 14, 2024", Some("2024-05-14")),
            ("14 May 2024", Some("2024-05-14")),
            ("14/05/2024", Some("2024-05-14")),
            ("05/05/2024", Some("2024-05-05")),
            ("05/06/2024", None),
            ("2024-02-30", None),
            ("yesterday", None),
            ("", None),
            ("0001-01-01", None),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn unix() {
        assert_eq!(from_unix(1_715_700_000.0).as_deref(), Some("2024-05-14"));
        assert_eq!(from_unix(1_715_700_000_000.0).as_deref(), Some("2024-05-14"));
        assert_eq!(from_unix(f64::NAN), None);
    }
}
