#!/usr/bin/env python3
"""Load every gold in gold/ against an empty marsad/1 prediction with score.py, plus sanity checks."""
import json, os, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
import score  # noqa
ok = True
with tempfile.TemporaryDirectory(dir=here) as tmp:
    for fn in sorted(os.listdir(os.path.join(here, "gold"))):
        if not fn.endswith(".gold.json"):
            continue
        stem = fn[:-10]
        g = json.load(open(os.path.join(here, "gold", fn), encoding="utf-8"))
        text = open(os.path.join(here, "articles", stem + ".txt"), encoding="utf-8").read()
        assert g["text_file"] == f"articles/{stem}.txt", fn
        assert g["doc"] == stem
        json.dump({"schema": "marsad/1", "doc": {"id": stem, "published": g["published"], "chars": len(text)},
                   "entities": [], "times": [], "quantities": [], "quotes": [], "events": []},
                  open(os.path.join(tmp, stem + ".json"), "w"))
        r = subprocess.run([sys.executable, "/work/shared/tools/score.py", os.path.join(here, "gold", fn),
                            os.path.join(tmp, stem + ".json"), "--text", os.path.join(here, "articles", stem + ".txt"), "--json"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            ok = False
            print(fn, "SCORE ERROR:", r.stderr.strip() or r.stdout.strip())
            continue
        res = json.loads(r.stdout)
        # sanity
        ntext = score.norm(text)
        ids = [e["id"] for e in g["entities"]]
        if len(ids) != len(set(ids)):
            print(fn, "duplicate entity ids"); ok = False
        for e in g["entities"]:
            if not any(score.norm(a) and score.norm(a) in ntext for a in e["aliases"]):
                print(fn, "entity with no alias in text:", e["id"]); ok = False
        for b in g.get("boilerplate", []):
            if text.count(b) != 1:
                print(fn, "boilerplate snippet not unique:", b); ok = False
        for ev in g["events"]:
            for k in ("actors", "targets"):
                for x in ev.get(k) or []:
                    if x not in ids:
                        print(fn, ev["id"], "unknown", k, x); ok = False
            for x in ev.get("location") or []:
                if x not in ids:
                    print(fn, ev["id"], "unknown location", x); ok = False
            sq = ev.get("source_quote")
            if sq is not None and not (0 <= sq < len(g["quotes"])):
                print(fn, ev["id"], "bad source_quote"); ok = False
        for q in g["quotes"]:
            for k in ("speaker", "speaker_affiliation", "addressee"):
                if q.get(k) and q[k] not in ids:
                    print(fn, "quote unknown", k, q[k]); ok = False
            for x in q.get("speaker_also", []):
                if x not in ids:
                    print(fn, "quote unknown speaker_also", x); ok = False
        # overlapping gold spans within a layer
        t = score.Text(text)
        for layer in ("times", "quantities"):
            sp = [(t.find(x.get("span") or x["text"], x.get("occurrence", 1)), x["text"]) for x in g[layer]]
            for i in range(len(sp)):
                for j in range(i + 1, len(sp)):
                    if score.overlap(sp[i][0], sp[j][0]):
                        print(fn, layer, "overlap:", sp[i][1], "|", sp[j][1])
        n = lambda L: sum(1 for x in L if not x.get("optional"))
        print(f"{fn}: ok  entities {len(g['entities'])} ({n(g['entities'])} req)  times {len(g['times'])}  "
              f"quantities {len(g['quantities'])}  quotes {len(g['quotes'])} ({n(g['quotes'])} req)  "
              f"events {len(g['events'])} ({n(g['events'])} req)  fn: ent {res['entities']['fn']} q {res['quotes']['fn']} ev {res['events']['fn']}")
print("ALL OK" if ok else "PROBLEMS")
