//! `marsad eval doc` and `marsad eval gsr` end to end, through the binary.
//! `eval doc` must report what `../shared/tools/score.py` reports on the
//! same record. Tests that need `../shared` are skipped with a message
//! when it is not beside the repository.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("tools/score.py").exists().then_some(p)
}

fn marsad(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(args)
        .output()
        .expect("run marsad");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn eval_doc_agrees_with_score_py_on_the_seed() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found");
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("record.json");
    let gold = shared.join("gold/seed.gold.json");
    let text = shared.join("seeds/000_d687b2ad8b6952d1.txt");
    let (ok, ours, err) = marsad(&[
        "eval",
        "doc",
        "--gold",
        gold.to_str().unwrap_or_default(),
        text.to_str().unwrap_or_default(),
        "--json",
        "--record",
        record.to_str().unwrap_or_default(),
    ]);
    assert!(ok, "marsad eval doc failed: {err}");
    let ours: Value = serde_json::from_str(&ours).expect("eval doc --json output");
    let py = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .arg(&gold)
        .arg(&record)
        .arg("--json")
        .output()
        .expect("run python3 score.py");
    assert!(
        py.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&py.stderr)
    );
    let theirs: Value = serde_json::from_slice(&py.stdout).expect("score.py --json output");
    assert_eq!(ours, theirs);
    eprintln!("{ours:#}");

    // The text report too, line for line.
    let (ok, ours_text, _) = marsad(&[
        "eval",
        "doc",
        "--gold",
        gold.to_str().unwrap_or_default(),
        text.to_str().unwrap_or_default(),
    ]);
    assert!(ok);
    let py = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .arg(&gold)
        .arg(&record)
        .output()
        .expect("score.py");
    assert_eq!(ours_text, String::from_utf8_lossy(&py.stdout));
}

#[test]
fn eval_gsr_on_a_folder_of_the_same_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = "id,event_type,label,accept,reject,total,text\n\
        a-1,ASSAULT,yes,3,0,3,\"قتل 11 جنديا في هجوم، شنه مسلحون.\"\n\
        a-2,ASSAULT,easy no,0,3,3,وزار الوزير المدينة.\n\
        a-3,ASSAULT,ambiguous,1,1,2,كلام غامض.\n";
    std::fs::write(dir.path().join("assault_gsr.csv"), csv).expect("write csv");
    let spans = r#"[{"source": "a-1", "text": "قتل 11 جنديا في هجوم، شنه مسلحون.", "event_type": "ASSAULT",
                    "spans": [], "source_gold": "مسلحون", "verb_gold": "قتل", "target_gold": "جنديا"}]"#;
    std::fs::write(dir.path().join("assault_spans.json"), spans).expect("write spans");
    let (ok, out, err) = marsad(&[
        "eval",
        "gsr",
        "--dir",
        dir.path().to_str().unwrap_or_default(),
        "--json",
    ]);
    assert!(ok, "marsad eval gsr failed: {err}");
    let v: Value = serde_json::from_str(&out).expect("eval gsr --json output");
    let a = &v["ASSAULT"];
    for k in ["precision", "recall", "f1", "tp", "fp", "fn"] {
        assert!(a.get(k).is_some(), "missing {k}: {v}");
    }
    // Two sentences judged; the ambiguous one left out.
    assert!(a["tp"].as_u64().unwrap_or(0) + a["fp"].as_u64().unwrap_or(0) + a["fn"].as_u64().unwrap_or(0) <= 2);
    assert_eq!(v["spans"]["ASSAULT"]["sentences"], 1);
    // A folder with nothing in it is an error that says so.
    let empty = tempfile::tempdir().expect("temp dir");
    let (ok, _, err) = marsad(&["eval", "gsr", "--dir", empty.path().to_str().unwrap_or_default()]);
    assert!(!ok && err.contains("no *_gsr.csv"), "{err}");
}

#[test]
fn eval_gsr_on_the_development_set() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found");
        return;
    };
    let dir = shared.join("data/eventdata/arabic_event_gsr");
    let (ok, out, err) = marsad(&["eval", "gsr", "--dir", dir.to_str().unwrap_or_default(), "--json"]);
    assert!(ok, "marsad eval gsr failed: {err}");
    let v: Value = serde_json::from_str(&out).expect("eval gsr --json output");
    eprintln!("{v:#}");
    assert!(v["ASSAULT"]["f1"].is_number() && v["PROTEST"]["f1"].is_number());
}

#[test]
fn nothing_from_the_boilerplate() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found");
        return;
    };
    let text = shared.join("seeds/000_d687b2ad8b6952d1.txt");
    let (ok, out, err) = marsad(&[
        "extract",
        "--published",
        "2022-01-25",
        text.to_str().unwrap_or_default(),
    ]);
    assert!(ok, "marsad extract failed: {err}");
    let rec: Value = serde_json::from_str(&out).expect("one record");
    let bp: Vec<(u64, u64)> = rec["boilerplate"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| (r["start"].as_u64().unwrap_or(0), r["end"].as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default();
    assert!(!bp.is_empty());
    let inside = |v: &Value| {
        let (s, e) = (v["start"].as_u64().unwrap_or(0), v["end"].as_u64().unwrap_or(0));
        bp.iter().any(|&(a, b)| s < b && a < e)
    };
    for q in rec["quotes"].as_array().into_iter().flatten() {
        assert!(
            !inside(&q["cue"]) && !inside(&q["content"]),
            "quote in boilerplate: {q}"
        );
    }
    for ev in rec["events"].as_array().into_iter().flatten() {
        assert!(!inside(&ev["trigger"]), "event in boilerplate: {ev}");
    }
}
