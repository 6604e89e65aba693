#!/usr/bin/env python3
"""Check the batch-17 gold files: every snippet is found once (or at its occurrence), every id used
is defined, and each gold loads in score.py against an empty marsad/1 prediction."""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = "/work/shared/tools/score.py"
bad = 0


def find(text, snip, occ=1):
    starts = [m.start() for m in re.finditer(re.escape(snip), text)]
    if not starts:
        return "not found"
    if occ == 1 and len(starts) > 1:
        return f"occurs {len(starts)} times"
    if occ > len(starts):
        return "occurrence too high"
    return None


for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if not fn.endswith(".gold.json"):
        continue
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    text = open(os.path.join(ROOT, g["text_file"]), encoding="utf-8").read()
    probs = []
    ids = {e["id"] for e in g["entities"]}
    if len(ids) != len(g["entities"]):
        probs.append("duplicate entity id")
    for e in g["entities"]:
        if not any(a in text for a in e["aliases"]) and not e.get("optional"):
            probs.append(f"entity {e['id']}: no alias in text")
    for b in g["boilerplate"]:
        r = find(text, b)
        if r:
            probs.append(f"boilerplate {b!r}: {r}")
    for layer in ("times", "quantities"):
        for t in g[layer]:
            r = find(text, t["text"], t.get("occurrence", 1))
            if r:
                probs.append(f"{layer} {t['text']!r}: {r}")
    for i, q in enumerate(g["quotes"]):
        for k in ("cue", "content"):
            r = find(text, q[k], q.get(k + "_occurrence", 1))
            if r:
                probs.append(f"quote {i} {k} {q[k]!r}: {r}")
        for k in ("speaker", "speaker_affiliation", "addressee"):
            if q.get(k) and q[k] not in ids:
                probs.append(f"quote {i} {k} {q[k]} undefined")
        for x in q.get("speaker_also", []):
            if x not in ids:
                probs.append(f"quote {i} speaker_also {x} undefined")
        if not q.get("speaker") and not q.get("speaker_text"):
            probs.append(f"quote {i}: no speaker_text")
    evids = {v["id"] for v in g["events"]}
    for v in g["events"]:
        for m in v["mentions"]:
            snip, occ = (m, 1) if isinstance(m, str) else (m["text"], m.get("occurrence", 1))
            r = find(text, snip, occ)
            if r:
                probs.append(f"event {v['id']} mention {snip!r}: {r}")
        for k in ("actors", "targets"):
            for x in v.get(k) or []:
                if x not in ids:
                    probs.append(f"event {v['id']} {k} {x} undefined")
        for x in v.get("location") or []:
            if x not in ids:
                probs.append(f"event {v['id']} location {x} undefined")
        if v.get("merge_with") and v["merge_with"] not in evids:
            probs.append(f"event {v['id']} merge_with undefined")
        sq = v.get("source_quote")
        if sq is not None and not (0 <= sq < len(g["quotes"])):
            probs.append(f"event {v['id']} source_quote out of range")
    # score.py against an empty prediction
    with tempfile.TemporaryDirectory() as td:
        pred = os.path.join(td, "p.json")
        json.dump({"schema": "marsad/1", "entities": [], "times": [], "quantities": [], "quotes": [], "events": []},
                  open(pred, "w"))
        r = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold", fn), pred,
                            "--text", os.path.join(ROOT, g["text_file"])], capture_output=True, text=True)
        if r.returncode != 0 or "error" in r.stderr.lower() or "snippet" in (r.stdout + r.stderr):
            probs.append("score.py: " + (r.stdout + r.stderr).strip())
    ne = sum(1 for e in g["entities"] if not e.get("optional"))
    nq = sum(1 for e in g["quotes"] if not e.get("optional"))
    nv = sum(1 for e in g["events"] if not e.get("optional"))
    print(f"{fn}: entities {len(g['entities'])} ({ne} req), times {len(g['times'])}, quantities "
          f"{len(g['quantities'])}, quotes {len(g['quotes'])} ({nq} req), events {len(g['events'])} ({nv} req)"
          + ("" if not probs else "\n  " + "\n  ".join(probs)))
    bad += len(probs)
print("problems:", bad)
sys.exit(1 if bad else 0)
