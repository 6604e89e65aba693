//! `marsad eval ner` and `marsad train ner` through the built binary.

use std::path::Path;
use std::process::Command;

fn marsad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Gold: 5 entities (incl. an I- without B- and an entity at the sentence
/// end). Prediction: 5 entities, 3 correct (one type mismatch, one wrong span).
const GOLD: &str = "قال\tO\nمحمد\tB-PERS\nعلي\tI-PERS\nفي\tO\nبغداد\tB-LOC\n\n\
                    أعلنت\tO\nوزارة\tI-ORG\nالدفاع\tI-ORG\nأمس\tO\nالدولار\tB-MISC\n\n\
                    حلب\tB-LOC\nاليوم\tO\n";
const PRED: &str = "قال\tO\nمحمد\tB-PERS\nعلي\tI-PERS\nفي\tO\nبغداد\tB-LOC\n\n\
                    أعلنت\tO\nوزارة\tB-ORG\nالدفاع\tI-ORG\nأمس\tO\nالدولار\tB-PERS\n\n\
                    حلب\tB-LOC\nاليوم\tI-LOC\n";

#[test]
fn eval_ner_json_has_exact_scores() {
    let dir = tempfile::tempdir().unwrap();
    let gold = write(dir.path(), "gold.conll", GOLD);
    let pred = write(dir.path(), "pred.conll", PRED);
    let out = marsad()
        .args(["eval", "ner", "--json", "--gold"])
        .arg(&gold)
        .arg("--pred")
        .arg(&pred)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = |path: &[&str]| {
        let mut x = &v;
        for p in path {
            x = &x[*p];
        }
        x.as_f64().unwrap_or_else(|| panic!("{path:?} in {v}"))
    };
    assert_eq!(f(&["micro", "precision"]), 0.6);
    assert_eq!(f(&["micro", "recall"]), 0.6);
    assert_eq!(f(&["micro", "f1"]), 0.6);
    assert_eq!(f(&["per_type", "PERS", "precision"]), 0.5);
    assert_eq!(f(&["per_type", "PERS", "recall"]), 1.0);
    assert_eq!(f(&["per_type", "PERS", "f1"]), 0.6667);
    assert_eq!(f(&["per_type", "LOC", "precision"]), 0.5);
    assert_eq!(f(&["per_type", "LOC", "recall"]), 0.5);
    assert_eq!(f(&["per_type", "ORG", "f1"]), 1.0);
    assert_eq!(f(&["per_type", "MISC", "f1"]), 0.0);
    assert_eq!(f(&["per_type", "MISC", "recall"]), 0.0);

    // Restricting the types drops MISC from gold and prediction alike.
    let out = marsad()
        .args(["eval", "ner", "--json", "--types", "PERS,LOC,ORG", "--gold"])
        .arg(&gold)
        .arg("--pred")
        .arg(&pred)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Gold 4 (PERS, LOC, ORG, LOC); predicted 5 (the dollar is now a PERS); 3 correct.
    assert_eq!(v["micro"]["precision"].as_f64(), Some(0.6));
    assert_eq!(v["micro"]["recall"].as_f64(), Some(0.75));
    assert_eq!(v["micro"]["f1"].as_f64(), Some(0.6667));
    assert!(v["per_type"].get("MISC").is_none());
}

#[test]
fn eval_ner_reports_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.conll", "\n\n");
    let out = marsad().args(["eval", "ner", "--gold"]).arg(&empty).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no CoNLL sentences"));
    let out = marsad()
        .args(["eval", "ner", "--gold"])
        .arg(dir.path().join("missing.conll"))
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn train_ner_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let train = write(dir.path(), "train.conll", &GOLD.repeat(3));
    let mut models = Vec::new();
    for name in ["a.model", "b.model"] {
        let out_path = dir.path().join(name);
        let out = marsad()
            .args(["train", "ner", "--iterations", "20", "--no-lexicon", "--train"])
            .arg(&train)
            .arg("--out")
            .arg(&out_path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        models.push(std::fs::read(&out_path).unwrap());
    }
    assert!(!models[0].is_empty());
    assert_eq!(models[0], models[1], "two trainings gave different models");

    // The trained model tags its own training data.
    let out = marsad()
        .args(["eval", "ner", "--json", "--gold"])
        .arg(&train)
        .arg("--model")
        .arg(dir.path().join("a.model"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["micro"]["f1"].as_f64().unwrap() > 0.5, "{v}");
}

#[test]
fn train_ner_cross_validates_without_writing_a_model() {
    let dir = tempfile::tempdir().unwrap();
    let train = write(dir.path(), "train.conll", &GOLD.repeat(3));
    let out_path = dir.path().join("cv.model");
    let out = marsad()
        .args([
            "train",
            "ner",
            "--iterations",
            "5",
            "--no-lexicon",
            "--cv",
            "3",
            "--train",
        ])
        .arg(&train)
        .arg("--out")
        .arg(&out_path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // GOLD ends without a blank line, so its copies join into 7 sentences.
    assert!(stdout.contains("3-fold cross-validation (7 sentences"), "{stdout}");
    // 3 copies of 5 gold entities, each scored once.
    let micro = stdout.lines().find(|l| l.starts_with("micro")).unwrap_or_default();
    assert_eq!(micro.split_whitespace().nth(4), Some("15"), "{stdout}");
    assert!(!out_path.exists());
}

#[test]
fn eval_ner_sets_one_label_bias() {
    let dir = tempfile::tempdir().unwrap();
    let train = write(dir.path(), "train.conll", &GOLD.repeat(3));
    let model = dir.path().join("m.model");
    let out = marsad()
        .args(["train", "ner", "--iterations", "5", "--no-lexicon", "--train"])
        .arg(&train)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A huge B-LOC bias makes each of the 12 tokens a one-word place; 2
    // of the 5 gold entities are one-word places.
    let out = marsad()
        .args([
            "eval",
            "ner",
            "--json",
            "--entity-bias",
            "0",
            "--label-bias",
            "B-LOC=1000000",
            "--gold",
        ])
        .arg(write(dir.path(), "gold.conll", GOLD))
        .arg("--model")
        .arg(&model)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["per_type"]["LOC"]["predicted"].as_u64(), Some(12), "{v}");
    assert_eq!(v["per_type"]["LOC"]["correct"].as_u64(), Some(2), "{v}");
    let out = marsad()
        .args(["eval", "ner", "--label-bias", "X-LOC=1", "--gold"])
        .arg(dir.path().join("gold.conll"))
        .arg("--model")
        .arg(&model)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

/// A reader that closes the pipe early (`marsad eval ner … | head -1`) ends
/// the command quietly, as with any Unix filter: no panic message, no
/// panic exit status.
#[cfg(unix)]
#[test]
fn closed_stdout_is_not_a_panic() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let gold = write(dir.path(), "gold.conll", GOLD);
    let pred = write(dir.path(), "pred.conll", PRED);
    let mut child = marsad()
        .args(["eval", "ner", "--gold"])
        .arg(&gold)
        .arg("--pred")
        .arg(&pred)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the read end before the report is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
    assert!(
        out.status.success() || out.status.signal() == Some(13),
        "{:?} {stderr}",
        out.status
    );
}

#[test]
fn train_ner_reads_the_foreign_name_and_organisation_lists() {
    let dir = tempfile::tempdir().unwrap();
    let train = write(dir.path(), "train.conll", &GOLD.repeat(3));
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("names")).unwrap();
    write(&data.join("names"), "foreign_given.txt", "# given\nيوشكا\nفرانسوا\n");
    write(&data.join("names"), "foreign_surnames.txt", "ميركل\n");
    write(
        &data.join("names"),
        "organisations.txt",
        "# companies\nتويوتا\nجنرال موتورز\nبوينغ\n",
    );
    let out = marsad()
        .args(["train", "ner", "--iterations", "2", "--train"])
        .arg(&train)
        .arg("--data")
        .arg(&data)
        .arg("--out")
        .arg(dir.path().join("m.model"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    for (n, file) in [
        (2, "foreign_given.txt"),
        (1, "foreign_surnames.txt"),
        (3, "organisations.txt"),
    ] {
        let line = format!("lexicon: {n} names from {}", data.join("names").join(file).display());
        assert!(err.contains(&line), "{line:?} not in {err}");
    }
}
