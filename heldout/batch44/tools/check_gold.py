"""(Copied from heldout/batch42, itself copied from batch41, batch40, batch39, batch38, batch37, batch36, batch35, batch34, batch33, batch31, batch30 and batch29.) Check every gold file: snippets/ids (gold_lib.check), then load it in score.py against an empty
marsad/1 prediction and against a synthetic 'perfect' prediction built from the gold itself."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_lib import ROOT, check
import re

SCORE = "/work/shared/tools/score.py"


def find(text, s, occ=1):
    starts = [m.start() for m in re.finditer(re.escape(s), text)]
    st = starts[occ - 1]
    return {"start": st, "end": st + len(s), "text": s}


def perfect(g, text):
    ents = []
    for i, e in enumerate(g["entities"]):
        ents.append({"id": e["id"], "kind": e["kind"], "name": e["aliases"][0], "mentions": []})
    times = [dict(find(text, t["text"], t.get("occurrence", 1)), id=f"T{i}", value=t["value"]) for i, t in enumerate(g["times"])]
    qs = [dict(find(text, q["text"], q.get("occurrence", 1)), id=f"Q{i}", value=q["value"]) for i, q in enumerate(g["quantities"])]
    quotes = []
    for i, q in enumerate(g["quotes"]):
        quotes.append({"id": f"S{i}", "speaker": q["speaker"] or (q.get("speaker_affiliation") or None),
                       "speaker_text": q.get("speaker_text", ""), "affiliation": q.get("speaker_affiliation"),
                       "cue": find(text, q["cue"], q.get("cue_occurrence", 1)),
                       "content": find(text, q["content"], q.get("content_occurrence", 1)), "kind": q["kind"]})
    evs = []
    for i, e in enumerate(g["events"]):
        m = e["mentions"][0]
        trig = find(text, m) if isinstance(m, str) else find(text, m["text"], m.get("occurrence", 1))
        tid = None
        if e.get("time"):
            tid = f"TE{i}"
            times.append({"id": tid, "start": 0, "end": 0, "text": "", "value": e["time"]})
        def one(v):
            return v[-1] if isinstance(v, list) else v
        evs.append({"id": f"V{i}", "type": e["type"], "trigger": trig, "actors": e["actors"], "targets": e["targets"],
                    "location": (e["location"] or [None])[0], "time": tid, "dead": one(e.get("dead")),
                    "injured": one(e.get("injured")), "size": one(e.get("size")), "factuality": e.get("factuality") or "actual"})
    return {"schema": "marsad/1", "entities": ents, "times": [t for t in times if t["text"]], "quantities": qs,
            "quotes": quotes, "events": evs, "_extra_times": [t for t in times if not t["text"]]}


def run(gpath, tpath, pred):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(pred, f, ensure_ascii=False)
    r = subprocess.run([sys.executable, SCORE, gpath, f.name, "--text", tpath, "--json"], capture_output=True, text=True)
    os.unlink(f.name)
    if r.returncode != 0:
        raise SystemExit(f"score.py failed on {gpath}: {r.stderr}")
    return json.loads(r.stdout)


nbad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if not fn.endswith(".gold.json"):
        continue
    gpath = os.path.join(ROOT, "gold", fn)
    g = json.load(open(gpath, encoding="utf-8"))
    check(g)
    tpath = os.path.join(ROOT, g["text_file"])
    text = open(tpath, encoding="utf-8").read()
    empty = run(gpath, tpath, {"schema": "marsad/1", "entities": [], "times": [], "quantities": [], "quotes": [], "events": []})
    p = perfect(g, text)
    # event times point at synthetic time records: put them in the times list with empty spans (no overlap with gold)
    p["times"] = p["times"] + p.pop("_extra_times")
    full = run(gpath, tpath, p)
    nextra = sum(1 for t in p["times"] if not t["text"])
    bad = {k: v for k, v in full.items() if isinstance(v, dict) and "f1" in v and k != "times" and v["f1"] < 1.0}
    tt = full["times"]
    if tt["fn"] or tt["fp"] != nextra or tt.get("value_acc", 1.0) < 1.0:
        bad["times"] = tt
    nbad += bool(bad)
    print(fn, "empty-ok", "perfect:", {k: full[k]["f1"] for k in ("entities", "times", "quantities", "quotes", "events", "events_strict")},
          full["event_args"], "times fp from synthetic event-time records:", nextra, ("PROBLEMS " + str(bad)) if bad else "ok")

print("FAILED" if nbad else "all gold files pass", f"({nbad} with problems)")
sys.exit(1 if nbad else 0)
