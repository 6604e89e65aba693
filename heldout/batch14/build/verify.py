import json, sys, re
sys.path.insert(0, "/work/shared/tools")
from score import Text
for stem in sys.argv[1:]:
    g = json.load(open(f"/work/articles14/gold/{stem}.gold.json"))
    t = open(f"/work/articles14/articles/{stem}.txt").read()
    T = Text(t)
    for layer in ("times", "quantities"):
        for it in g[layer]:
            s, e = T.find(it.get("span") or it["text"], it.get("occurrence", 1))
            if t[s:e] != it["text"]:
                print("MISMATCH", layer, it["text"], t[s:e])
    for q in g["quotes"]:
        T.find(q["content"], q.get("content_occurrence", 1)); T.find(q["cue"], q.get("cue_occurrence", 1))
    for ev in g["events"]:
        for m in ev["mentions"]:
            T.find(m) if isinstance(m, str) else T.find(m["text"], m.get("occurrence", 1))
    for b in g["boilerplate"]:
        T.find(b)
    ids = {e["id"] for e in g["entities"]}
    assert len(ids) == len(g["entities"]), "dup ids"
    for ev in g["events"]:
        for k in ("actors", "targets"):
            for x in ev.get(k) or []:
                assert x in ids, (stem, ev["id"], x)
        for x in ev.get("location") or []:
            assert x in ids, (stem, ev["id"], x)
    for q in g["quotes"]:
        for x in [q.get("speaker"), q.get("speaker_affiliation"), q.get("addressee")] + q.get("speaker_also", []):
            assert x is None or x in ids, (stem, x)
    # aliases that never occur in text (info only, excluding latin)
    for e in g["entities"]:
        occ = [a for a in e["aliases"] if a in t]
        if not occ:
            print("NO ALIAS IN TEXT", stem, e["id"])
    req = lambda L: sum(1 for x in L if not x.get("optional"))
    print(stem, "entities", len(g["entities"]), "req", req(g["entities"]), "| quotes", len(g["quotes"]), "req", req(g["quotes"]),
          "| events", len(g["events"]), "req", req(g["events"]), "| times req", req(g["times"]), "| qty req", req(g["quantities"]))
