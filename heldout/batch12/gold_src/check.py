import json, sys, os, re, subprocess, tempfile
BASE="/work/articles12"
def find(text, snip, occ=1):
    if isinstance(snip, list): return True
    n = len([m for m in re.finditer(re.escape(snip), text)])
    if n == 0: return f"NOT FOUND: {snip!r}"
    if occ == 1 and n > 1: return f"{n} times, need occurrence: {snip!r}"
    if occ > n: return f"occurrence {occ} > {n}: {snip!r}"
    return True
bad = 0
for fn in sorted(os.listdir(BASE+"/gold")):
    if not fn.endswith(".gold.json"): continue
    g = json.load(open(BASE+"/gold/"+fn, encoding="utf-8"))
    text = open(BASE+"/"+g["text_file"], encoding="utf-8").read()
    ids = {e["id"] for e in g["entities"]}
    assert len(ids) == len(g["entities"]), "dup entity id"
    probs = []
    for b in g["boilerplate"]:
        r = find(text, b); r is True or probs.append("boiler "+r)
    for k in ("times", "quantities"):
        for t in g[k]:
            r = find(text, t.get("span") or t["text"], t.get("occurrence",1)); r is True or probs.append(k+" "+r)
    for q in g["quotes"]:
        for key in ("content","cue"):
            r = find(text, q[key], q.get(key+"_occurrence",1)); r is True or probs.append("quote "+key+" "+r)
        for key in ("speaker","speaker_affiliation","addressee"):
            if q.get(key) and q[key] not in ids: probs.append(f"quote {key} unknown {q[key]}")
        for s in q.get("speaker_also",[]):
            if s not in ids: probs.append(f"quote speaker_also unknown {s}")
    evids=set()
    for v in g["events"]:
        assert v["id"] not in evids; evids.add(v["id"])
        for m in v["mentions"]:
            r = find(text, m) if isinstance(m,str) else find(text, m["text"], m.get("occurrence",1))
            r is True or probs.append(f"event {v['id']} mention "+r)
        for key in ("actors","targets"):
            for x in v.get(key,[]):
                if x not in ids: probs.append(f"event {v['id']} {key} unknown {x}")
        for x in (v.get("location") or []):
            if x not in ids: probs.append(f"event {v['id']} location unknown {x}")
        if "source_quote" in v and v["source_quote"] >= len(g["quotes"]): probs.append(f"event {v['id']} bad source_quote")
    # aliases must occur in text? report those Arabic aliases that do not occur (informational)
    missing = [a for e in g["entities"] for a in e["aliases"] if re.search("[\u0600-\u06ff]", a) and a not in text]
    print(fn, "entities", len(g["entities"]), "(req", sum(not e.get("optional") for e in g["entities"]), ") times", len(g["times"]), "quants", len(g["quantities"]),
          "quotes", len(g["quotes"]), "(req", sum(not q.get("optional") for q in g["quotes"]), ") events", len(g["events"]), "(req", sum(not v.get("optional") for v in g["events"]), ")")
    for p in probs: print("  PROBLEM", p); bad += 1
    if missing: print("  (aliases not verbatim in text:", missing, ")")
    # score against empty prediction
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"schema":"marsad/1","entities":[],"times":[],"quantities":[],"quotes":[],"events":[]}, f); pp=f.name
    r = subprocess.run(["python3","/work/shared/tools/score.py",BASE+"/gold/"+fn,pp,"--text",BASE+"/"+g["text_file"]],capture_output=True,text=True)
    if r.returncode != 0 or "gold snippet" in r.stdout+r.stderr:
        print("  SCORE FAIL", r.stdout[-500:], r.stderr[-500:]); bad += 1
    os.unlink(pp)
sys.exit(1 if bad else 0)
