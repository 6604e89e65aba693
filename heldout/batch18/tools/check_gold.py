"""Check every gold: snippets found and unique, ids resolve, loads in score.py against an empty prediction."""
import json, os, sys, subprocess, tempfile
sys.path.insert(0, "/work/shared/tools")
import score as S

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if not fn.endswith(".gold.json"):
        continue
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    text = open(os.path.join(ROOT, g["text_file"]), encoding="utf-8").read()
    t = S.Text(text)
    errs = []

    def find(snip, occ=1, where=""):
        try:
            t.find(snip, occ)
        except SystemExit as e:
            errs.append(f"{where}: {e}")

    ids = [e["id"] for e in g["entities"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate entity ids")
    ids = set(ids)
    for b in g["boilerplate"]:
        find(b, 1, "boilerplate")
    for x in g["times"] + g["quantities"]:
        find(x.get("span") or x["text"], x.get("occurrence", 1), "time/qty")
    for i, q in enumerate(g["quotes"]):
        find(q["content"], q.get("content_occurrence", 1), f"quote {i} content")
        find(q["cue"], q.get("cue_occurrence", 1), f"quote {i} cue")
        for k in ("speaker", "speaker_affiliation", "addressee"):
            if q.get(k) and q[k] not in ids:
                errs.append(f"quote {i} {k} {q[k]} unknown")
        for s in q.get("speaker_also", []):
            if s not in ids:
                errs.append(f"quote {i} speaker_also {s} unknown")
    evids = {v["id"] for v in g["events"]}
    for v in g["events"]:
        for m in v["mentions"]:
            if isinstance(m, str):
                find(m, 1, f"event {v['id']}")
            else:
                find(m["text"], m.get("occurrence", 1), f"event {v['id']}")
        for k in ("actors", "targets"):
            for a in v[k]:
                if a not in ids:
                    errs.append(f"event {v['id']} {k} {a} unknown")
        for a in v["location"] or []:
            if a not in ids:
                errs.append(f"event {v['id']} location {a} unknown")
        sq = v.get("source_quote")
        if sq is not None and not (0 <= sq < len(g["quotes"])):
            errs.append(f"event {v['id']} source_quote {sq} out of range")
        if v.get("merge_with") and v["merge_with"] not in evids:
            errs.append(f"event {v['id']} merge_with unknown")
    # load in score.py against an empty prediction
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"schema": "marsad/1", "entities": [], "times": [], "quantities": [], "quotes": [], "events": []}, f)
    r = subprocess.run([sys.executable, "/work/shared/tools/score.py", os.path.join(ROOT, "gold", fn), f.name,
                        "--text", os.path.join(ROOT, g["text_file"])], capture_output=True, text=True)
    os.unlink(f.name)
    if r.returncode != 0 or "not in text" in r.stdout + r.stderr or "occurs" in r.stdout + r.stderr:
        errs.append("score.py: " + (r.stdout + r.stderr).strip()[-300:])
    req = lambda xs: sum(1 for x in xs if not x.get("optional"))
    print(f"{fn}: entities {len(g['entities'])} ({req(g['entities'])} req), times {len(g['times'])} ({req(g['times'])}), "
          f"qty {len(g['quantities'])} ({req(g['quantities'])}), quotes {len(g['quotes'])} ({req(g['quotes'])}), "
          f"events {len(g['events'])} ({req(g['events'])})")
    for e in errs:
        print("  ERROR", e)
    bad += len(errs)
print("errors:", bad)
sys.exit(1 if bad else 0)
