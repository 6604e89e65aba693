//! Cross-article event clusters: one real event, as many outlets report it.
//!
//! Two events are taken to be the same real event when all of these hold:
//!
//! - they come from **different documents** (the extractor already merges
//!   the mentions of one event inside a document, so two events of one
//!   document are two events);
//! - they have the **same type** and compatible factuality (an attack that
//!   happened — actual, attempted, foiled or denied — is not a threatened or
//!   planned one);
//! - their **dates** are within [`Params::window_days`] of each other (an
//!   event's days are its time's value, else the publication date; a month
//!   stated alone covers the month, anything coarser is not clustered);
//! - their **places** match: the same gazetteer `ref.id`, the same admin
//!   unit, the same name in the same country, one inside the other (a town
//!   in the governorate named; by `geo` country/admin1/admin2 — a bare
//!   country contains nothing unless [`Params::country_level`]), or two
//!   points within [`Params::radius_km`];
//! - their **actors are compatible**: when both events name linked actors,
//!   one side's actors appear among the other's actors or targets (outlets
//!   may swap who attacked whom, but ISIS attacking the SDF is not Turkey
//!   attacking the SDF); the same for targets.
//!
//! Being the same event is not transitive, so clustering is complete-linkage
//! and greedy: events are taken in date order and join the best cluster all
//! of whose members they match, else start their own. Events with no date or
//! no place stay alone. The result depends only on the events' contents, not
//! on the order they were stored in, so the same store always gives the same
//! clusters with the same ids.
//!
//! A cluster keeps every member with its source and figures; [`figures`] and
//! [`disagreement`] show where sources differ: `dead: 11 (outlet A), 13
//! (outlet B)`.

use chrono::NaiveDate;
use marsad_core::text::normalize::match_key;

/// How specific a place is; broader levels can contain narrower ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Country = 0,
    Admin1 = 1,
    Admin2 = 2,
    /// A town, village, neighbourhood, facility, or anything not an admin unit.
    Point = 3,
}

impl Level {
    pub fn from_code(n: i64) -> Level {
        match n {
            0 => Level::Country,
            1 => Level::Admin1,
            2 => Level::Admin2,
            _ => Level::Point,
        }
    }
}

/// Where an event happened, as clustering compares it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Gazetteer id (`geonames:170794`).
    pub ref_id: Option<String>,
    pub level: Level,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The place name's match key.
    pub name_key: String,
}

/// Clustering parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Largest gap, in days, between two reports of one event.
    pub window_days: u32,
    /// Two points closer than this (km) are one place.
    pub radius_km: f64,
    /// Let a bare country contain the places in it.
    pub country_level: bool,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            window_days: 1,
            radius_km: 25.0,
            country_level: false,
        }
    }
}

/// One event as clustering sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The document id: members of a cluster come from different documents.
    pub doc: String,
    /// The event id in its document (`V1`).
    pub vid: String,
    /// PLOVER type.
    pub kind: String,
    pub factuality: String,
    /// First and last day the event may fall on.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    pub place: Option<Place>,
    /// Linked refs of the actors and of the targets.
    pub actors: Vec<String>,
    pub targets: Vec<String>,
}

/// Longest date range (days) an event may have and still be clustered: a month.
const MAX_RANGE_DAYS: i64 = 31;

/// Groups `items` into clusters of one real event each. Returns clusters
/// as indices into `items`, every item in exactly one cluster (alone if it
/// matches nothing), members in date order, clusters in date order.
pub fn cluster(items: &[Item], p: &Params) -> Vec<Vec<usize>> {
    let norm: Vec<Option<NormPlace>> = items.iter().map(|i| i.place.as_ref().map(NormPlace::new)).collect();
    let eligible = |i: &Item| {
        !i.kind.is_empty()
            && i.place.is_some()
            && i.dates
                .is_some_and(|(a, b)| b >= a && (b - a).num_days() <= MAX_RANGE_DAYS)
    };
    let mut order: Vec<usize> = (0..items.len()).filter(|&i| eligible(&items[i])).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&items[a], &items[b]);
        (&x.kind, x.dates, &x.doc, &x.vid).cmp(&(&y.kind, y.dates, &y.doc, &y.vid))
    });

    let window = i64::from(p.window_days);
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut last_day: Vec<NaiveDate> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    let mut kind: Option<&str> = None;
    for &i in &order {
        let it = &items[i];
        let Some((from, to)) = it.dates else { continue };
        if kind != Some(it.kind.as_str()) {
            kind = Some(it.kind.as_str());
            active.clear();
        }
        // Later events start no earlier, so a cluster that ended more than a
        // window ago can take no more members.
        active.retain(|&c| (from - last_day[c]).num_days() <= window);
        let mut best: Option<(u32, usize)> = None;
        for &c in &active {
            let mut total = 0;
            let mut ok = true;
            for &m in &clusters[c] {
                match score(&items[m], norm[m].as_ref(), it, norm[i].as_ref(), p) {
                    Some(s) => total += s,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok && best.is_none_or(|(s, _)| total > s) {
                best = Some((total, c));
            }
        }
        match best {
            Some((_, c)) => {
                clusters[c].push(i);
                last_day[c] = last_day[c].max(to);
            }
            None => {
                clusters.push(vec![i]);
                last_day.push(to);
                active.push(clusters.len() - 1);
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        if !eligible(it) {
            clusters.push(vec![i]);
        }
    }
    let key = |i: usize| {
        let it = &items[i];
        (
            it.dates.map(|d| d.0).unwrap_or(NaiveDate::MAX),
            it.dates.map(|d| d.1),
            &it.kind,
            &it.doc,
            &it.vid,
        )
    };
    for c in &mut clusters {
        c.sort_by(|&a, &b| key(a).cmp(&key(b)));
    }
    clusters.sort_by(|a, b| key(a[0]).cmp(&key(b[0])));
    clusters
}

/// A place with its admin names folded for comparison.
struct NormPlace {
    country: Option<String>,
    admin1: Option<String>,
    admin2: Option<String>,
}

impl NormPlace {
    fn new(p: &Place) -> Self {
        let f = |s: &Option<String>| {
            s.as_deref()
                .map(|s| match_key(s).to_lowercase())
                .filter(|s| !s.is_empty())
        };
        NormPlace {
            country: f(&p.country),
            admin1: f(&p.admin1),
            admin2: f(&p.admin2),
        }
    }
}

/// How well two events match (higher is better), or `None` when they are
/// not the same event.
fn score(a: &Item, na: Option<&NormPlace>, b: &Item, nb: Option<&NormPlace>, p: &Params) -> Option<u32> {
    if a.doc == b.doc || a.kind != b.kind || factuality_group(&a.factuality) != factuality_group(&b.factuality) {
        return None;
    }
    let ((af, at), (bf, bt)) = (a.dates?, b.dates?);
    let w = i64::from(p.window_days);
    if (bf - at).num_days() > w || (af - bt).num_days() > w {
        return None;
    }
    let place = place_score(a.place.as_ref()?, na?, b.place.as_ref()?, nb?, p)?;
    if !sides_compatible(&a.actors, b, &b.actors, a) || !sides_compatible(&a.targets, b, &b.targets, a) {
        return None;
    }
    Some(place * 2 + u32::from(a.dates == b.dates))
}

/// Realised events (actual, attempted, foiled, denied) are one group,
/// unrealised ones (planned, threatened, hypothetical) another.
fn factuality_group(f: &str) -> u8 {
    match f {
        "planned" | "threatened" | "hypothetical" => 1,
        _ => 0,
    }
}

/// Both sides name linked parties, and neither's appear among the other
/// event's parties: a conflict.
fn sides_compatible(xs: &[String], b: &Item, ys: &[String], a: &Item) -> bool {
    if xs.is_empty() || ys.is_empty() {
        return true;
    }
    let among = |v: &[String], it: &Item| v.iter().any(|r| it.actors.contains(r) || it.targets.contains(r));
    among(xs, b) || among(ys, a)
}

/// 4 same gazetteer place, 3 same admin unit or name, 2 within the radius,
/// 1 one inside the other; `None`: different places.
fn place_score(a: &Place, na: &NormPlace, b: &Place, nb: &NormPlace, p: &Params) -> Option<u32> {
    if let (Some(x), Some(y)) = (&a.ref_id, &b.ref_id)
        && x == y
    {
        return Some(4);
    }
    let distance = match (a.lat, a.lon, b.lat, b.lon) {
        (Some(la), Some(lo), Some(lb), Some(mb)) => Some(haversine_km((la, lo), (lb, mb))),
        _ => None,
    };
    let far = distance.is_some_and(|d| d > p.radius_km);
    if a.level == b.level && a.level != Level::Point && chain_eq(na, nb, a.level) {
        return Some(3);
    }
    let unlinked = a.ref_id.is_none() || b.ref_id.is_none();
    if a.level == Level::Point
        && b.level == Level::Point
        && unlinked
        && !far
        && !a.name_key.is_empty()
        && a.name_key == b.name_key
        && same_or_unknown(&na.country, &nb.country)
        && same_or_unknown(&na.admin1, &nb.admin1)
    {
        return Some(3);
    }
    if a.level >= Level::Admin2 && b.level >= Level::Admin2 && distance.is_some() && !far {
        return Some(2);
    }
    let (hi, nhi, lo, nlo) = if a.level <= b.level {
        (a, na, b, nb)
    } else {
        (b, nb, a, na)
    };
    if hi.level < lo.level && (hi.level > Level::Country || p.country_level) && chain_eq(nhi, nlo, hi.level) {
        return Some(1);
    }
    None
}

/// Same country, and the same admin1/admin2 down to `level`, every name known.
fn chain_eq(a: &NormPlace, b: &NormPlace, level: Level) -> bool {
    let eq = |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x == y);
    eq(&a.country, &b.country)
        && (level < Level::Admin1 || eq(&a.admin1, &b.admin1))
        && (level < Level::Admin2 || eq(&a.admin2, &b.admin2))
}

fn same_or_unknown(x: &Option<String>, y: &Option<String>) -> bool {
    match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Great-circle distance in km between two (lat, lon) points.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

/// What one member of a cluster reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    /// The outlet (or URL host, or document id).
    pub source: String,
    pub dead: Option<f64>,
    pub injured: Option<f64>,
    pub size: Option<f64>,
}

/// The values sources give for one figure of a cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figure {
    /// `dead`, `injured` or `size`.
    pub figure: &'static str,
    /// Each distinct value with the sources that give it, lowest first.
    pub values: Vec<FigureValue>,
}

/// One value of a figure and who reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FigureValue {
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    pub sources: Vec<String>,
}

impl Figure {
    /// Sources give more than one value.
    pub fn disagrees(&self) -> bool {
        self.values.len() > 1
    }
    pub fn min(&self) -> Option<f64> {
        self.values.first().map(|v| v.value)
    }
    pub fn max(&self) -> Option<f64> {
        self.values.last().map(|v| v.value)
    }
}

/// The figures (dead, injured, size) the members of a cluster report,
/// each with its distinct values and their sources. Figures nobody reports
/// are left out.
pub fn figures(members: &[Reported]) -> Vec<Figure> {
    type Get = fn(&Reported) -> Option<f64>;
    let fields: [(&'static str, Get); 3] = [("dead", |r| r.dead), ("injured", |r| r.injured), ("size", |r| r.size)];
    let mut out = Vec::new();
    for (name, get) in fields {
        let mut values: Vec<FigureValue> = Vec::new();
        for m in members {
            let Some(v) = get(m).filter(|v| v.is_finite()) else {
                continue;
            };
            match values.iter_mut().find(|x| x.value == v) {
                Some(x) => {
                    if !x.sources.contains(&m.source) {
                        x.sources.push(m.source.clone());
                    }
                }
                None => values.push(FigureValue {
                    value: v,
                    sources: vec![m.source.clone()],
                }),
            }
        }
        if values.is_empty() {
            continue;
        }
        values.sort_by(|a, b| a.value.total_cmp(&b.value));
        for v in &mut values {
            v.sources.sort();
        }
        out.push(Figure { figure: name, values });
    }
    out
}

/// Where sources disagree, as analysts write it: `dead: 11 (outlet A), 13
/// (outlet B); injured: …`. `None` when every figure has one value.
pub fn disagreement(figs: &[Figure]) -> Option<String> {
    let parts: Vec<String> = figs
        .iter()
        .filter(|f| f.disagrees())
        .map(|f| {
            let vals: Vec<String> = f
                .values
                .iter()
                .map(|v| format!("{} ({})", number(v.value), v.sources.join(", ")))
                .collect();
            format!("{}: {}", f.figure, vals.join(", "))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A figure as text: whole numbers without a decimal point.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn whole_as_integer<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn hasakah_city() -> Place {
        Place {
            ref_id: Some("geonames:173189".into()),
            level: Level::Point,
            country: Some("SY".into()),
            admin1: Some("Al-Hasakah".into()),
            admin2: Some("Al-Hasakah".into()),
            lat: Some(36.5024),
            lon: Some(40.7477),
            name_key: "الحسكة".into(),
        }
    }

    fn hasakah_governorate() -> Place {
        Place {
            ref_id: Some("geonames:173188".into()),
            level: Level::Admin1,
            country: Some("SY".into()),
            admin1: Some("Al-Hasakah".into()),
            admin2: None,
            lat: Some(36.4),
            lon: Some(40.9),
            name_key: "محافظة الحسكة".into(),
        }
    }

    fn aleppo() -> Place {
        Place {
            ref_id: Some("geonames:170063".into()),
            level: Level::Point,
            country: Some("SY".into()),
            admin1: Some("Aleppo".into()),
            admin2: Some("Mount Simeon".into()),
            lat: Some(36.2021),
            lon: Some(37.1343),
            name_key: "حلب".into(),
        }
    }

    fn item(doc: &str, date: &str, place: Place) -> Item {
        Item {
            doc: doc.into(),
            vid: "V1".into(),
            kind: "ASSAULT".into(),
            factuality: "actual".into(),
            dates: Some((day(date), day(date))),
            place: Some(place),
            actors: vec!["actor:isis".into()],
            targets: vec!["actor:sdf".into()],
        }
    }

    fn p() -> Params {
        Params::default()
    }

    #[test]
    fn same_place_within_a_day_is_one_event() {
        let items = vec![
            item("a", "2022-01-20", hasakah_city()),
            item("b", "2022-01-21", hasakah_city()),
            item("c", "2022-01-20", hasakah_governorate()),
        ];
        assert_eq!(cluster(&items, &p()), vec![vec![0, 2, 1]]);
    }

    #[test]
    fn far_dates_places_or_types_split() {
        let mut other_type = item("d", "2022-01-20", hasakah_city());
        other_type.kind = "COERCE".into();
        let items = vec![
            item("a", "2022-01-20", hasakah_city()),
            item("b", "2022-01-23", hasakah_city()),
            item("c", "2022-01-20", aleppo()),
            other_type,
        ];
        let c = cluster(&items, &p());
        assert_eq!(c.len(), 4, "{c:?}");
        // A wider window joins the first two.
        let wide = Params { window_days: 3, ..p() };
        assert_eq!(cluster(&items, &wide).len(), 3);
    }

    #[test]
    fn one_document_never_clusters_with_itself() {
        let mut b = item("a", "2022-01-20", hasakah_city());
        b.vid = "V2".into();
        assert_eq!(cluster(&[item("a", "2022-01-20", hasakah_city()), b], &p()).len(), 2);
    }

    #[test]
    fn conflicting_actors_split_swapped_sides_do_not() {
        let mut turkey = item("b", "2022-01-20", hasakah_city());
        turkey.actors = vec!["actor:tsk".into()];
        assert_eq!(
            cluster(&[item("a", "2022-01-20", hasakah_city()), turkey], &p()).len(),
            2
        );
        let mut swapped = item("b", "2022-01-20", hasakah_city());
        swapped.actors = vec!["actor:sdf".into()];
        swapped.targets = vec!["actor:isis".into()];
        assert_eq!(
            cluster(&[item("a", "2022-01-20", hasakah_city()), swapped], &p()).len(),
            1
        );
        let mut unlinked = item("b", "2022-01-20", hasakah_city());
        unlinked.actors.clear();
        unlinked.targets.clear();
        assert_eq!(
            cluster(&[item("a", "2022-01-20", hasakah_city()), unlinked], &p()).len(),
            1
        );
    }

    #[test]
    fn nearby_points_and_names_match() {
        // Ghuwayran, ~3 km from the city centre, another gazetteer id.
        let mut ghuwayran = hasakah_city();
        ghuwayran.ref_id = Some("geonames:999".into());
        ghuwayran.lat = Some(36.48);
        ghuwayran.lon = Some(40.72);
        ghuwayran.name_key = "غويران".into();
        assert_eq!(
            cluster(
                &[
                    item("a", "2022-01-20", hasakah_city()),
                    item("b", "2022-01-20", ghuwayran)
                ],
                &p()
            )
            .len(),
            1
        );
        // Unlinked, no coordinates, same name in the same governorate.
        let bare = |doc| {
            item(
                doc,
                "2022-01-20",
                Place {
                    ref_id: None,
                    lat: None,
                    lon: None,
                    ..hasakah_city()
                },
            )
        };
        assert_eq!(cluster(&[bare("a"), bare("b")], &p()).len(), 1);
        assert!(haversine_km((36.5024, 40.7477), (36.2021, 37.1343)) > 300.0);
    }

    #[test]
    fn a_bare_country_contains_nothing_by_default() {
        let syria = Place {
            ref_id: Some("geonames:163843".into()),
            level: Level::Country,
            country: Some("SY".into()),
            admin1: None,
            admin2: None,
            lat: None,
            lon: None,
            name_key: "سوريا".into(),
        };
        let items = [item("a", "2022-01-20", hasakah_city()), item("b", "2022-01-20", syria)];
        assert_eq!(cluster(&items, &p()).len(), 2);
        assert_eq!(
            cluster(
                &items,
                &Params {
                    country_level: true,
                    ..p()
                }
            )
            .len(),
            1
        );
    }

    #[test]
    fn complete_linkage_does_not_chain() {
        // a–b within a day, b–c within a day, a–c two days apart.
        let items = vec![
            item("a", "2022-01-20", hasakah_city()),
            item("b", "2022-01-21", hasakah_city()),
            item("c", "2022-01-22", hasakah_city()),
        ];
        let c = cluster(&items, &p());
        assert_eq!(c, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn undated_or_placeless_stay_alone_and_order_is_stable() {
        let mut undated = item("x", "2022-01-20", hasakah_city());
        undated.dates = None;
        let mut placeless = item("y", "2022-01-20", hasakah_city());
        placeless.place = None;
        let items = vec![
            undated,
            item("a", "2022-01-20", hasakah_city()),
            placeless,
            item("b", "2022-01-20", hasakah_city()),
        ];
        let c = cluster(&items, &p());
        assert_eq!(c, vec![vec![1, 3], vec![2], vec![0]]);
        let mut rev = items.clone();
        rev.reverse();
        let c2: Vec<Vec<&str>> = cluster(&rev, &p())
            .iter()
            .map(|c| c.iter().map(|&i| rev[i].doc.as_str()).collect())
            .collect();
        let c1: Vec<Vec<&str>> = c
            .iter()
            .map(|c| c.iter().map(|&i| items[i].doc.as_str()).collect())
            .collect();
        assert_eq!(c1, c2);
    }

    #[test]
    fn figures_show_disagreement() {
        let r = |s: &str, dead: Option<f64>, injured: Option<f64>| Reported {
            source: s.into(),
            dead,
            injured,
            size: None,
        };
        let figs = figures(&[
            r("outlet B", Some(13.0), Some(20.0)),
            r("outlet A", Some(11.0), None),
            r("outlet C", Some(11.0), Some(20.0)),
        ]);
        assert_eq!(figs.len(), 2);
        assert!(figs[0].disagrees());
        assert!(!figs[1].disagrees());
        assert_eq!(figs[0].min(), Some(11.0));
        assert_eq!(
            disagreement(&figs).as_deref(),
            Some("dead: 11 (outlet A, outlet C), 13 (outlet B)")
        );
        assert_eq!(disagreement(&figs[1..]), None);
        assert_eq!(number(2.5), "2.5");
    }
}
