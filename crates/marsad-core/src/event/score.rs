//! Scoring a `marsad/1` record against a gold annotation: the same
//! measures as `shared/tools/score.py` (which stays the reference; a test
//! keeps the two equal).
//!
//! Gold items are located by a unique snippet of the text (or a
//! `[start, end)` span); predictions by code point offsets. Entities match
//! by name or alias (and an accepted kind); times and quantities by span
//! overlap, then value; quotes by content or cue overlap, then speaker;
//! events by type and a mention overlapping the trigger, then participants,
//! location, time, counts and factuality. Optional gold items neither
//! reward nor penalise; a second prediction of one gold item is a false
//! positive.

use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use unicode_normalization::UnicodeNormalization;

/// True positives, false positives, false negatives, and a judged accuracy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub correct: usize,
    pub judged: usize,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.correct += o.correct;
        self.judged += o.judged;
    }

    /// Precision, recall, F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    pub fn acc(&self) -> Option<f64> {
        (self.judged > 0).then(|| self.correct as f64 / self.judged as f64)
    }
}

/// The argument measures of matched events.
pub const EVENT_ARGS: [&str; 5] = ["participants", "location", "time", "counts", "factuality"];

/// Everything a document scores.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub entities: Tally,
    pub times: Tally,
    pub quantities: Tally,
    pub quotes: Tally,
    pub events: Tally,
    pub events_strict: Tally,
    pub event_args: BTreeMap<&'static str, Tally>,
    /// Predicted spans whose `text` is not the slice they name.
    pub problems: Vec<String>,
}

impl Scores {
    /// Adds another document's scores.
    pub fn merge(&mut self, o: &Scores) {
        self.entities.add(&o.entities);
        self.times.add(&o.times);
        self.quantities.add(&o.quantities);
        self.quotes.add(&o.quotes);
        self.events.add(&o.events);
        self.events_strict.add(&o.events_strict);
        for (k, t) in &o.event_args {
            self.event_args.entry(k).or_default().add(t);
        }
        self.problems.extend(o.problems.iter().cloned());
    }

    fn layers(&self) -> [(&'static str, &Tally); 6] {
        [
            ("entities", &self.entities),
            ("times", &self.times),
            ("quantities", &self.quantities),
            ("quotes", &self.quotes),
            ("events", &self.events),
            ("events_strict", &self.events_strict),
        ]
    }

    /// The report as score.py's `--json` prints it.
    pub fn to_json(&self) -> Value {
        let mut rows = Map::new();
        for (k, t) in self.layers() {
            let (p, r, f) = t.prf();
            let mut row = Map::new();
            row.insert("p".into(), json!(round3(p)));
            row.insert("r".into(), json!(round3(r)));
            row.insert("f1".into(), json!(round3(f)));
            row.insert("tp".into(), json!(t.tp));
            row.insert("fp".into(), json!(t.fp));
            row.insert("fn".into(), json!(t.fn_));
            if let Some(a) = t.acc() {
                let name = if matches!(k, "times" | "quantities") {
                    "value_acc"
                } else {
                    "speaker_acc"
                };
                row.insert(name.into(), json!(round3(a)));
            }
            rows.insert(k.into(), Value::Object(row));
        }
        let mut args = Map::new();
        for a in EVENT_ARGS {
            let v = self
                .event_args
                .get(a)
                .and_then(Tally::acc)
                .map_or(Value::Null, |x| json!(round3(x)));
            args.insert(a.into(), v);
        }
        rows.insert("event_args".into(), Value::Object(args));
        rows.insert("offset_problems".into(), json!(self.problems.len()));
        Value::Object(rows)
    }

    /// The report as score.py prints it without `--json`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (k, t) in self.layers() {
            let (p, r, f) = t.prf();
            let mut extra = String::new();
            if let Some(a) = t.acc() {
                let name = if matches!(k, "times" | "quantities") {
                    "value_acc"
                } else {
                    "speaker_acc"
                };
                extra = format!("{{'{name}': {}}}", py_float(round3(a)));
            }
            out.push_str(&format!(
                "{k:14} P={p:.3} R={r:.3} F1={f:.3}  tp={} fp={} fn={} {extra}\n",
                t.tp, t.fp, t.fn_
            ));
        }
        let args: Vec<String> = EVENT_ARGS
            .iter()
            .map(|a| {
                let v = self
                    .event_args
                    .get(a)
                    .and_then(Tally::acc)
                    .map_or("None".to_string(), |x| py_float(round3(x)));
                format!("{a}={v}")
            })
            .collect();
        out.push_str(&format!("event args     {}\n", args.join(" ")));
        for pr in self.problems.iter().take(20) {
            out.push_str(&format!("offset problem: {pr}\n"));
        }
        out.push_str(&format!("offset problems: {}\n", self.problems.len()));
        out
    }
}

/// Python's `round(x, 3)` (correctly rounded, ties to even).
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// A float as Python prints it (1.0, 0.5, 0.857).
fn py_float(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// Why a gold file cannot be scored.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("gold snippet not in text: {0:?}")]
    NotFound(String),
    #[error("gold snippet occurs {1} times, give occurrence: {0:?}")]
    Ambiguous(String, usize),
    #[error("gold item has no {0}")]
    Missing(&'static str),
}

fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}')
}

fn is_punct(c: char) -> bool {
    "\"'“”«»‘’„‟()[]{}.,،؛:;!?؟-–—_/\\".contains(c)
}

fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        c => c,
    }
}

/// score.py's `norm`: NFKC, no diacritics, folded letters, punctuation as
/// spaces, lower case, single spaces.
pub fn norm(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s.nfkc() {
        if is_diacritic(c) {
            continue;
        }
        let c = fold(c);
        if is_punct(c) {
            t.push(' ');
        } else {
            t.extend(c.to_lowercase());
        }
    }
    t.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// score.py's `variants`: the name, without a leading و ف ب ل ك, and لل → ال.
pub fn variants(name: &str) -> BTreeSet<String> {
    let n = norm(name);
    let mut out = BTreeSet::new();
    let len = n.chars().count();
    if let Some(first) = n.chars().next()
        && "وفبلك".contains(first)
        && len > 3
    {
        out.insert(n.chars().skip(1).collect());
    }
    if n.starts_with("لل") && len > 4 {
        out.insert(format!("ال{}", n.chars().skip(2).collect::<String>()));
    }
    out.insert(n);
    out.retain(|v| !v.is_empty());
    out
}

/// The text, by code points.
struct Text {
    chars: Vec<char>,
}

impl Text {
    fn find(&self, snippet: &Value, occurrence: usize) -> Result<(i64, i64), GoldError> {
        if let Some(a) = snippet.as_array() {
            let n = |i: usize| a.get(i).and_then(as_int).unwrap_or(0);
            return Ok((n(0), n(1)));
        }
        let s: Vec<char> = snippet.as_str().ok_or(GoldError::Missing("snippet"))?.chars().collect();
        let mut starts = Vec::new();
        if !s.is_empty() {
            let mut i = 0;
            while i + s.len() <= self.chars.len() {
                if self.chars[i..i + s.len()] == s[..] {
                    starts.push(i);
                    i += s.len();
                } else {
                    i += 1;
                }
            }
        } else {
            starts = (0..=self.chars.len()).collect();
        }
        let text: String = s.iter().collect();
        if starts.is_empty() {
            return Err(GoldError::NotFound(text));
        }
        if occurrence == 1 && starts.len() > 1 {
            return Err(GoldError::Ambiguous(text, starts.len()));
        }
        let st = *starts
            .get(occurrence.wrapping_sub(1))
            .ok_or(GoldError::NotFound(text))?;
        Ok((st as i64, (st + s.len()) as i64))
    }

    /// Python's `text[a:b]`.
    fn slice(&self, a: i64, b: i64) -> String {
        let n = self.chars.len() as i64;
        let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let (a, b) = (fix(a), fix(b));
        if a >= b {
            String::new()
        } else {
            self.chars[a as usize..b as usize].iter().collect()
        }
    }
}

fn as_int(v: &Value) -> Option<i64> {
    v.as_i64()
        .or_else(|| v.as_f64().map(|f| f as i64))
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

fn overlap(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.0 < b.1 && b.0 < a.1)
}

fn span(d: Option<&Value>) -> Option<(i64, i64)> {
    let d = d?.as_object()?;
    Some((as_int(d.get("start")?)?, as_int(d.get("end")?)?))
}

fn get<'v>(v: &'v Value, k: &str) -> Option<&'v Value> {
    v.get(k).filter(|x| !x.is_null())
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

fn list<'v>(v: &'v Value, k: &str) -> &'v [Value] {
    v.get(k).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn string_set(v: &Value, k: &str) -> BTreeSet<String> {
    list(v, k)
        .iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect()
}

fn occurrence(v: &Value, k: &str) -> usize {
    v.get(k).and_then(as_int).map_or(1, |x| x.max(0) as usize)
}

fn check_offsets(node: &Value, path: &str, text: &Text, out: &mut Vec<String>) {
    match node {
        Value::Object(o) => {
            if let (Some(sp), Some(t)) = (span(Some(node)), o.get("text"))
                && let Some(t) = t.as_str()
            {
                let got = text.slice(sp.0, sp.1);
                if got != t {
                    out.push(format!("{path}: [{},{}) is {got:?}, record says {t:?}", sp.0, sp.1));
                }
            }
            for (k, v) in o {
                check_offsets(v, &format!("{path}.{k}"), text, out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                check_offsets(v, &format!("{path}[{i}]"), text, out);
            }
        }
        _ => {}
    }
}

fn time_ok(pv: Option<&Value>, gv: &str) -> bool {
    let Some(pv) = pv.and_then(Value::as_str) else {
        return false;
    };
    pv == gv || pv.starts_with(gv) || (gv.starts_with(pv) && pv.chars().count() >= 7)
}

fn py_float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn num_ok(pv: Option<&Value>, gv: &Value) -> bool {
    match (pv.and_then(py_float_of), py_float_of(gv)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Python's `x in [values]` for JSON scalars.
fn py_in(x: Option<&Value>, vs: &[Value]) -> bool {
    let Some(x) = x else { return false };
    vs.iter().any(|v| match (x, v) {
        (Value::Number(_) | Value::Bool(_), Value::Number(_) | Value::Bool(_)) => py_float_of(x) == py_float_of(v),
        _ => x == v,
    })
}

/// Scores one prediction against its gold, both as JSON, over `text`.
pub fn score(gold: &Value, pred: &Value, text: &str) -> Result<Scores, GoldError> {
    let t = Text {
        chars: text.chars().collect(),
    };
    let mut out = Scores::default();
    check_offsets(pred, "$", &t, &mut out.problems);

    // ---- entities: matched by name/alias, kind must be accepted
    let gents = list(gold, "entities");
    let gid = |g: &Value| g.get("id").and_then(Value::as_str).unwrap_or("").to_string();
    let optional = |g: &Value| truthy(g.get("optional"));
    let alias: Vec<(String, BTreeSet<String>)> = gents
        .iter()
        .map(|g| {
            let al = list(g, "aliases")
                .iter()
                .filter_map(Value::as_str)
                .flat_map(variants)
                .collect();
            (gid(g), al)
        })
        .collect();
    let kinds: HashMap<String, BTreeSet<String>> = gents
        .iter()
        .map(|g| {
            let k = match g.get("kinds_accepted") {
                Some(v) if !v.is_null() => string_set(g, "kinds_accepted"),
                _ => g
                    .get("kind")
                    .and_then(Value::as_str)
                    .map(|k| BTreeSet::from([k.to_string()]))
                    .unwrap_or_default(),
            };
            (gid(g), k)
        })
        .collect();
    let mut pents: HashMap<String, &Value> = HashMap::new();
    for e in list(pred, "entities") {
        if let Some(id) = e.get("id").and_then(Value::as_str) {
            pents.insert(id.to_string(), e);
        }
    }
    let names = |e: &Value| -> BTreeSet<String> {
        let mut ns: Vec<String> = Vec::new();
        if let Some(n) = e.get("name").and_then(Value::as_str) {
            ns.push(n.into());
        }
        if let Some(r) = get(e, "ref") {
            for k in ["label_en", "label_ar", "name"] {
                if let Some(n) = r.get(k).and_then(Value::as_str) {
                    ns.push(n.into());
                }
            }
        }
        for m in list(e, "mentions") {
            if let Some(n) = m.get("text").and_then(Value::as_str) {
                ns.push(n.into());
            }
        }
        ns.iter().filter(|n| !n.is_empty()).flat_map(|n| variants(n)).collect()
    };
    let link = |eid: Option<&Value>, kind_check: bool| -> BTreeSet<String> {
        let Some(e) = eid.and_then(Value::as_str).and_then(|id| pents.get(id)) else {
            return BTreeSet::new();
        };
        let ns = names(e);
        let kind = e.get("kind").and_then(Value::as_str).unwrap_or("");
        alias
            .iter()
            .filter(|(g, al)| !ns.is_disjoint(al) && (!kind_check || kinds.get(g).is_some_and(|k| k.contains(kind))))
            .map(|(g, _)| g.clone())
            .collect()
    };
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for e in list(pred, "entities") {
        let hits = link(e.get("id"), true);
        if hits.is_empty() {
            out.entities.fp += 1;
            continue;
        }
        let fresh: BTreeSet<String> = hits.difference(&seen).cloned().collect();
        if fresh.is_empty() {
            out.entities.fp += 1;
        } else {
            if gents.iter().any(|g| fresh.contains(&gid(g)) && !optional(g)) {
                out.entities.tp += 1;
            }
            seen.extend(fresh);
        }
    }
    out.entities.fn_ = gents.iter().filter(|g| !optional(g) && !seen.contains(&gid(g))).count();

    // ---- times and quantities: span overlap, then value
    let spans_layer = |gitems: &[Value], pitems: &[Value], value_ok: &dyn Fn(Option<&Value>, &Value) -> bool| {
        let mut tl = Tally::default();
        let mut gspans = Vec::new();
        for g in gitems {
            let snip = match g.get("span") {
                Some(s) if truthy(Some(s)) => s,
                _ => g.get("text").ok_or(GoldError::Missing("text"))?,
            };
            gspans.push((t.find(snip, occurrence(g, "occurrence"))?, g));
        }
        let mut used = BTreeSet::new();
        for p in pitems {
            let ps = span(Some(p));
            let m = (0..gspans.len()).find(|i| !used.contains(i) && overlap(ps, Some(gspans[*i].0)));
            let Some(i) = m else {
                tl.fp += 1;
                continue;
            };
            used.insert(i);
            let g = gspans[i].1;
            if optional(g) {
                continue;
            }
            tl.tp += 1;
            if let Some(gv) = get(g, "value") {
                tl.judged += 1;
                tl.correct += usize::from(value_ok(p.get("value"), gv));
            }
        }
        tl.fn_ = (0..gspans.len())
            .filter(|i| !used.contains(i) && !optional(gspans[*i].1))
            .count();
        Ok::<Tally, GoldError>(tl)
    };
    let time_value_ok = |pv: Option<&Value>, gv: &Value| gv.as_str().is_some_and(|g| time_ok(pv, g));
    out.times = spans_layer(list(gold, "times"), list(pred, "times"), &time_value_ok)?;
    out.quantities = spans_layer(list(gold, "quantities"), list(pred, "quantities"), &num_ok)?;

    // ---- quotes: matched by content or cue overlap; then the speaker
    let mut gq = Vec::new();
    for g in list(gold, "quotes") {
        let c = t.find(
            g.get("content").ok_or(GoldError::Missing("content"))?,
            occurrence(g, "content_occurrence"),
        )?;
        let q = t.find(
            g.get("cue").ok_or(GoldError::Missing("cue"))?,
            occurrence(g, "cue_occurrence"),
        )?;
        gq.push((c, q, g));
    }
    let mut used = BTreeSet::new();
    for p in list(pred, "quotes") {
        let (pc, pcue) = (span(p.get("content")), span(p.get("cue")));
        let m =
            (0..gq.len()).find(|i| !used.contains(i) && (overlap(pc, Some(gq[*i].0)) || overlap(pcue, Some(gq[*i].1))));
        let Some(i) = m else {
            out.quotes.fp += 1;
            continue;
        };
        used.insert(i);
        let g = gq[i].2;
        if optional(g) {
            continue;
        }
        out.quotes.tp += 1;
        out.quotes.judged += 1;
        let mut want: BTreeSet<String> = BTreeSet::new();
        if truthy(g.get("speaker"))
            && let Some(s) = g.get("speaker").and_then(Value::as_str)
        {
            want.insert(s.into());
        }
        want.extend(string_set(g, "speaker_also"));
        if truthy(g.get("speaker_affiliation"))
            && let Some(s) = g.get("speaker_affiliation").and_then(Value::as_str)
        {
            want.insert(s.into());
        }
        let mut got = link(p.get("speaker"), false);
        got.extend(link(p.get("affiliation"), false));
        let mut ok = !want.is_disjoint(&got);
        if !ok && !truthy(g.get("speaker")) && truthy(g.get("speaker_text")) {
            let st = norm(p.get("speaker_text").and_then(Value::as_str).unwrap_or(""));
            let gs = norm(g.get("speaker_text").and_then(Value::as_str).unwrap_or(""));
            ok = !st.is_empty() && (st.contains(&gs) || gs.contains(&st));
        }
        out.quotes.correct += usize::from(ok);
    }
    out.quotes.fn_ = (0..gq.len())
        .filter(|i| !used.contains(i) && !optional(gq[*i].2))
        .count();

    // ---- events: type + a mention overlapping the trigger; then arguments
    let mut ptimes: HashMap<String, &Value> = HashMap::new();
    for x in list(pred, "times") {
        if let Some(id) = x.get("id").and_then(Value::as_str) {
            ptimes.insert(id.to_string(), x);
        }
    }
    let mut gev = Vec::new();
    for g in list(gold, "events") {
        let mut ms = Vec::new();
        for m in list(g, "mentions") {
            let sp = match m {
                Value::String(_) => t.find(m, 1)?,
                _ => t.find(
                    m.get("text").ok_or(GoldError::Missing("mention text"))?,
                    occurrence(m, "occurrence"),
                )?,
            };
            ms.push(sp);
        }
        gev.push((ms, g));
    }
    for a in EVENT_ARGS {
        out.event_args.insert(a, Tally::default());
    }
    let mut used = BTreeSet::new();
    for p in list(pred, "events") {
        let ptype = p.get("type");
        let anchor = span(p.get("trigger"));
        let mut m: Option<i64> = None;
        for (i, (ms, g)) in gev.iter().enumerate() {
            let types: Vec<&Value> = match g.get("types_accepted") {
                Some(v) if !v.is_null() => list(g, "types_accepted").iter().collect(),
                _ => g.get("type").into_iter().collect(),
            };
            let type_ok = ptype.is_some_and(|pt| types.contains(&pt));
            if type_ok && ms.iter().any(|x| overlap(anchor, Some(*x))) {
                m = Some(if !used.contains(&i) {
                    i as i64
                } else {
                    m.unwrap_or(-1 - i as i64)
                });
                if !used.contains(&i) {
                    break;
                }
            }
        }
        let Some(i) = m.filter(|&x| x >= 0).map(|x| x as usize) else {
            out.events.fp += 1;
            out.events_strict.fp += 1;
            continue;
        };
        used.insert(i);
        let g = gev[i].1;
        if optional(g) {
            continue;
        }
        out.events.tp += 1;
        let mut all_ok = true;
        let mut judge = |key: &'static str, ok: bool| {
            let t = out.event_args.entry(key).or_default();
            t.judged += 1;
            t.correct += usize::from(ok);
            all_ok &= ok;
        };
        let (ga, gt) = (string_set(g, "actors"), string_set(g, "targets"));
        let gp: BTreeSet<String> = ga.union(&gt).cloned().collect();
        let links = |k: &str| -> BTreeSet<String> { list(p, k).iter().flat_map(|x| link(Some(x), false)).collect() };
        let (pa, pt) = (links("actors"), links("targets"));
        if !gp.is_empty() {
            let both: BTreeSet<String> = pa.union(&pt).cloned().collect();
            if truthy(g.get("symmetric")) {
                judge(
                    "participants",
                    !both.is_disjoint(&ga) && (gt.is_empty() || !both.is_disjoint(&gt)),
                );
            } else {
                let ok_a = ga.is_empty() || !pa.is_disjoint(&ga);
                let ok_t = gt.is_empty() || !pt.is_disjoint(&gt);
                judge("participants", ok_a && ok_t);
            }
        }
        if truthy(g.get("location")) {
            judge(
                "location",
                !link(p.get("location"), false).is_disjoint(&string_set(g, "location")),
            );
        }
        if truthy(g.get("time"))
            && let Some(gt) = g.get("time").and_then(Value::as_str)
        {
            let tv = p
                .get("time")
                .and_then(Value::as_str)
                .and_then(|id| ptimes.get(id))
                .and_then(|x| x.get("value"));
            judge("time", time_ok(tv, gt));
        }
        let counts: Vec<(&str, &Value)> = ["dead", "injured", "size"]
            .iter()
            .filter_map(|k| get(g, k).map(|v| (*k, v)))
            .collect();
        if !counts.is_empty() {
            let ok = counts.iter().all(|(k, v)| match v {
                Value::Array(vs) => py_in(p.get(*k), vs),
                v => py_in(p.get(*k), std::slice::from_ref(*v)),
            });
            judge("counts", ok);
        }
        if truthy(g.get("factuality")) {
            let pf = match p.get("factuality") {
                None => Some("actual"),
                Some(v) => v.as_str(),
            };
            judge("factuality", pf == g.get("factuality").and_then(Value::as_str));
        }
        out.events_strict.tp += usize::from(all_ok);
        out.events_strict.fp += usize::from(!all_ok);
    }
    out.events.fn_ = (0..gev.len())
        .filter(|i| !used.contains(i) && !optional(gev[*i].1))
        .count();
    out.events_strict.fn_ = out.events.fn_ + (out.events.tp - out.events_strict.tp);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_and_variants_as_score_py() {
        assert_eq!(norm("سجن “الصناعة”"), "سجن الصناعه");
        assert_eq!(norm("  قوّات   سوريا "), "قوات سوريا");
        let v = variants("للتنظيم");
        assert!(v.contains("للتنظيم") && v.contains("لتنظيم") && v.contains("التنظيم"));
    }

    #[test]
    fn a_small_document() {
        let text = "قتل 11 جنديا أمس في الحسكة.";
        let gold = json!({
            "entities": [{"id": "h", "kind": "place", "aliases": ["الحسكة"]}],
            "times": [{"text": "أمس", "value": "2022-01-24"}],
            "quantities": [{"text": "11 جنديا", "value": 11}],
            "quotes": [],
            "events": [{"type": "ASSAULT", "mentions": ["قتل"], "location": ["h"], "dead": 11, "factuality": "actual"}]
        });
        let pred = json!({
            "entities": [{"id": "E1", "kind": "place", "name": "الحسكة", "mentions": [{"start": 20, "end": 26, "text": "الحسكة"}]}],
            "times": [{"id": "T1", "start": 13, "end": 16, "text": "أمس", "value": "2022-01-24"}],
            "quantities": [{"id": "Q1", "start": 4, "end": 12, "text": "11 جنديا", "value": 11}],
            "events": [{"type": "ASSAULT", "trigger": {"start": 0, "end": 3, "text": "قتل"}, "location": "E1", "dead": 11}]
        });
        let s = score(&gold, &pred, text).unwrap();
        assert_eq!(
            (
                s.entities.tp,
                s.times.tp,
                s.quantities.tp,
                s.events.tp,
                s.events_strict.tp
            ),
            (1, 1, 1, 1, 1)
        );
        assert!(s.problems.is_empty());
        assert_eq!(s.to_json()["events"]["f1"], json!(1.0));
    }
}
