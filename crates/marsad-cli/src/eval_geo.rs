//! `marsad eval geo --dir DIR [--json]`: place detection and resolution
//! against IDRISI-D location mentions (Arabic tweets linked to
//! OpenStreetMap).
//!
//! Every `*.jsonl` under DIR is read; each line is a tweet with `text` and
//! `location_mentions` (code point offsets, an `osm_json` with `lat`,
//! `lon` and `address.country_code`). Place and facility mentions of the
//! extractor are matched one-to-one to gold mentions by span overlap
//! (duplicate gold spans count once). Reported: detection P/R/F1, and among
//! matched mentions the share whose entity's `geo` lies within 10 km and
//! 50 km of the gold point and in the gold country (a matched mention with
//! no coordinates counts as unresolved).
//!
//! IDRISI-D marks a place's first mention in a tweet only (#بيروت … #انفجار_بيروت
//! has one gold span), so a second line also scores detection with the
//! unmatched repeats of an already-mentioned entity left out. `--exclude-osm`
//! leaves gold points known to be wrongly linked out of the resolution figures
//! (their spans still count for detection).

use anyhow::Context;
use marsad_core::doc::EntityKind;
use marsad_core::{Extractor, Meta};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A folder of IDRISI-D JSONL files (searched recursively).
    #[arg(long)]
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print every missed and spurious mention.
    #[arg(long)]
    pub errors: bool,
    /// OSM ids (e.g. node/1888411228) whose gold coordinates are not judged.
    #[arg(long = "exclude-osm")]
    pub exclude_osm: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub tweets: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Matched mentions whose gold has coordinates.
    pub judged: usize,
    pub within_10km: f64,
    pub within_50km: f64,
    pub right_country: f64,
    pub unresolved: usize,
    /// Unmatched predictions that repeat an entity already mentioned in the tweet.
    pub repeats: usize,
    pub precision_first: f64,
    pub f1_first: f64,
}

struct Gold {
    start: usize,
    end: usize,
    text: String,
    lat: Option<f64>,
    lon: Option<f64>,
    country: Option<String>,
    osm: Option<String>,
}

fn jsonl_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read folder {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            jsonl_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "jsonl") {
            out.push(p);
        }
    }
    Ok(())
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

fn num(v: Option<&serde_json::Value>) -> Option<f64> {
    match v? {
        serde_json::Value::String(s) => s.parse().ok(),
        serde_json::Value::Number(n) => n.as_f64(),
        _ => None,
    }
}

fn gold_mentions(tweet: &serde_json::Value) -> Vec<Gold> {
    let mut out: Vec<Gold> = Vec::new();
    for m in tweet
        .get("location_mentions")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let (Some(s), Some(e)) = (
            m.get("start_offset").and_then(|v| v.as_u64()),
            m.get("end_offset").and_then(|v| v.as_u64()),
        ) else {
            continue;
        };
        let (s, e) = (s as usize, e as usize);
        if out.iter().any(|g| g.start == s && g.end == e) {
            continue;
        }
        let osm = m.get("osm_json");
        out.push(Gold {
            start: s,
            end: e,
            text: m.get("text").and_then(|v| v.as_str()).unwrap_or("").to_string(),
            lat: num(osm.and_then(|o| o.get("lat"))),
            lon: num(osm.and_then(|o| o.get("lon"))),
            country: osm
                .and_then(|o| o.get("address"))
                .and_then(|a| a.get("country_code"))
                .and_then(|c| c.as_str())
                .map(|c| c.to_uppercase()),
            osm: osm.and_then(|o| Some(format!("{}/{}", o.get("osm_type")?.as_str()?, o.get("osm_id")?))),
        });
    }
    out
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    jsonl_files(&a.dir, &mut files)?;
    if files.is_empty() {
        anyhow::bail!("no .jsonl files under {}: give the IDRISI-D folder", a.dir.display());
    }
    let ex = Extractor::new().context("loading the extractor's resources")?;
    let mut r = Report::default();
    let (mut w10, mut w50, mut cc) = (0usize, 0usize, 0usize);
    for f in &files {
        let body = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        for (n, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let tweet: serde_json::Value =
                serde_json::from_str(line).with_context(|| format!("{}:{}: not JSON", f.display(), n + 1))?;
            let text = tweet.get("text").and_then(|v| v.as_str()).unwrap_or("");
            let doc = ex
                .extract(text, &Meta::default())
                .with_context(|| format!("{}:{}", f.display(), n + 1))?;
            r.tweets += 1;
            let mut gold = gold_mentions(&tweet);
            for g in gold.iter_mut() {
                if g.osm.as_ref().is_some_and(|o| a.exclude_osm.contains(o)) {
                    (g.lat, g.lon) = (None, None);
                }
            }
            let ctx = |s: usize, e: usize| -> String {
                let cs: Vec<char> = text.chars().collect();
                let (a0, b0) = (s.saturating_sub(30).min(cs.len()), (e + 30).min(cs.len()));
                cs[a0..b0].iter().collect::<String>().replace('\n', " ")
            };
            r.gold += gold.len();
            let mut used = vec![false; gold.len()];
            for e in &doc.entities {
                if !matches!(e.kind, EntityKind::Place | EntityKind::Facility) {
                    continue;
                }
                let first = e.mentions.iter().map(|m| m.start).min();
                for m in &e.mentions {
                    r.predicted += 1;
                    let hit = gold
                        .iter()
                        .enumerate()
                        .find(|(i, g)| !used[*i] && m.start < g.end && g.start < m.end);
                    let Some((i, g)) = hit else {
                        let repeat = first.is_some_and(|f| f < m.start);
                        r.repeats += repeat as usize;
                        if a.errors {
                            eprintln!(
                                "{}\t{}\t{}\t{}",
                                if repeat { "repeat" } else { "spurious" },
                                m.text,
                                e.reference.as_ref().map_or("-", |r| &r.id),
                                ctx(m.start, m.end)
                            );
                        }
                        continue;
                    };
                    used[i] = true;
                    r.matched += 1;
                    let (Some(glat), Some(glon)) = (g.lat, g.lon) else {
                        continue;
                    };
                    r.judged += 1;
                    let geo = e.geo.as_ref();
                    match geo.and_then(|g| g.lat.zip(g.lon)) {
                        Some((lat, lon)) => {
                            let d = haversine_km(lat, lon, glat, glon);
                            w10 += (d <= 10.0) as usize;
                            w50 += (d <= 50.0) as usize;
                            if a.errors && d > 50.0 {
                                eprintln!(
                                    "far\t{}\t{:.0} km\t{}\t{}",
                                    m.text,
                                    d,
                                    e.reference.as_ref().map_or("-", |r| &r.id),
                                    ctx(m.start, m.end)
                                );
                            }
                        }
                        None => {
                            r.unresolved += 1;
                            if a.errors {
                                eprintln!("unresolved\t{}\t{}", m.text, ctx(m.start, m.end));
                            }
                        }
                    }
                    if g.country.is_some() && geo.and_then(|x| x.country.as_ref()) == g.country.as_ref() {
                        cc += 1;
                    }
                }
            }
            if a.errors {
                for (g, u) in gold.iter().zip(&used) {
                    if !u {
                        eprintln!("missed\t{}\t[{},{})\t{}", g.text, g.start, g.end, ctx(g.start, g.end));
                    }
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    r.precision = ratio(r.matched, r.predicted);
    r.recall = ratio(r.matched, r.gold);
    r.f1 = if r.precision + r.recall > 0.0 {
        2.0 * r.precision * r.recall / (r.precision + r.recall)
    } else {
        0.0
    };
    r.precision_first = ratio(r.matched, r.predicted - r.repeats);
    r.f1_first = if r.precision_first + r.recall > 0.0 {
        2.0 * r.precision_first * r.recall / (r.precision_first + r.recall)
    } else {
        0.0
    };
    r.within_10km = ratio(w10, r.judged);
    r.within_50km = ratio(w50, r.judged);
    r.right_country = ratio(cc, r.judged);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        println!(
            "tweets {}  gold mentions {}  predicted {}  matched {}",
            r.tweets, r.gold, r.predicted, r.matched
        );
        println!("detection  P={:.3} R={:.3} F1={:.3}", r.precision, r.recall, r.f1);
        println!(
            "detection, {} unmatched repeats of a mentioned place left out  P={:.3} R={:.3} F1={:.3}",
            r.repeats, r.precision_first, r.recall, r.f1_first
        );
        println!(
            "resolution (of {} matched with gold coordinates)  ≤10 km {:.3}  ≤50 km {:.3}  right country {:.3}  unresolved {}",
            r.judged, r.within_10km, r.within_50km, r.right_country, r.unresolved
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_known_distance() {
        // Beirut to Damascus is about 85 km.
        let d = haversine_km(33.8938, 35.5018, 33.5138, 36.2765);
        assert!((d - 84.0).abs() < 3.0, "{d}");
        assert_eq!(haversine_km(30.0, 31.0, 30.0, 31.0), 0.0);
    }

    #[test]
    fn gold_spans_deduplicated_and_read() {
        let t: serde_json::Value = serde_json::from_str(
            r#"{"text":"x","location_mentions":[
            {"text":"بيروت","start_offset":3,"end_offset":8,"osm_json":{"osm_type":"relation","osm_id":5466662,"lat":"33.9","lon":"35.5","address":{"country_code":"lb"}}},
            {"text":"بيروت","start_offset":3,"end_offset":8,"osm_json":{"lat":"33.9","lon":"35.5"}},
            {"text":"مصر","start_offset":10,"end_offset":13}]}"#,
        )
        .unwrap();
        let g = gold_mentions(&t);
        assert_eq!(g.len(), 2);
        assert_eq!(
            (g[0].start, g[0].end, g[0].lat, g[0].country.as_deref()),
            (3, 8, Some(33.9), Some("LB"))
        );
        assert_eq!((g[1].lat, g[1].country.as_deref()), (None, None));
        assert_eq!(
            (g[0].osm.as_deref(), g[1].osm.as_deref()),
            (Some("relation/5466662"), None)
        );
    }

    /// The shipped stop names: "per cent" is no place (Al Mayah, Libya).
    #[test]
    fn per_cent_is_no_place() {
        let ex = Extractor::new().unwrap();
        let doc = ex
            .extract(
                "ارتفع عدد المحتجين في طرابلس عشرين في المائة، أي بالمائة تقريبا",
                &Meta::default(),
            )
            .unwrap();
        let places: Vec<&str> = doc
            .entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Place))
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert_eq!(places, vec!["طرابلس"]);
    }
    fn geo_of(ex: &Extractor, text: &str, name: &str) -> Option<(f64, f64, String)> {
        let doc = ex.extract(text, &Meta::default()).ok()?;
        let e = doc.entities.into_iter().find(|e| e.name == name)?;
        let g = e.geo?;
        Some((g.lat?, g.lon?, g.precision.unwrap_or_default()))
    }

    /// A city's point is its centre (GeoNames), not WOF's polygon centroid:
    /// Cairo within 3 km of Tahrir Square, not 9 km east in Nasr City.
    #[test]
    fn a_city_is_placed_at_its_centre() {
        let ex = Extractor::new().unwrap();
        let (lat, lon, p) = geo_of(&ex, "وصل الوفد إلى القاهرة مساء أمس", "القاهرة").unwrap();
        assert!(haversine_km(lat, lon, 30.0444, 31.2357) < 3.0, "{lat},{lon}");
        assert_eq!(p, "exact");
    }

    /// A country is placed at the centroid of its main territory
    /// (scripts/country_centres.py), not at its capital.
    #[test]
    fn a_country_is_placed_at_its_centroid() {
        let ex = Extractor::new().unwrap();
        let got = geo_of(&ex, "تصاعدت المعارك في اليمن هذا الأسبوع", "اليمن").unwrap();
        assert_eq!(got, (15.91, 47.54, "country".to_string()));
        let got = geo_of(&ex, "وصلت المساعدات من الأردن", "الأردن").unwrap();
        assert_eq!(got, (31.25, 36.78, "country".to_string()));
    }
}
