import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def place(id, aliases, country, feature, lat=None, lon=None, optional=False, note=None, orgok=False, admin1=None):
    geo = {"country": country, "feature": feature}
    if admin1: geo["admin1"] = admin1
    if lat is not None: geo["lat"] = lat; geo["lon"] = lon
    e = {"id": id, "kind": "place", "aliases": aliases, "geo": geo}
    if orgok: e["kinds_accepted"] = ["place", "organization"]
    if optional: e["optional"] = True
    if note: e["note"] = note
    return e

def fac(id, aliases, country=None, feature="facility", optional=False, note=None, lat=None, lon=None):
    e = {"id": id, "kind": "facility", "aliases": aliases, "kinds_accepted": ["facility", "place", "organization"]}
    geo = {"feature": feature}
    if country: geo["country"] = country
    if lat is not None: geo["lat"] = lat; geo["lon"] = lon
    e["geo"] = geo
    if optional: e["optional"] = True
    if note: e["note"] = note
    return e

def org(id, aliases, optional=False, note=None, kinds=None):
    e = {"id": id, "kind": "organization", "aliases": aliases}
    if kinds: e["kinds_accepted"] = kinds
    if optional: e["optional"] = True
    if note: e["note"] = note
    return e

def person(id, aliases, role=None, nationality=None, optional=False, note=None):
    e = {"id": id, "kind": "person", "aliases": aliases}
    at = {}
    if role: at["role"] = role
    if nationality: at["nationality"] = nationality
    if at: e["attributes"] = at
    if optional: e["optional"] = True
    if note: e["note"] = note
    return e

def write(stem, gold):
    text = open(os.path.join(ROOT, "articles", stem + ".txt"), encoding="utf-8").read()
    gold = dict(gold)
    gold = {"doc": stem, "text_file": f"articles/{stem}.txt", **gold}
    # checks
    def find(snip, occ=1, where=""):
        n = len(re.findall(re.escape(snip), text))
        if n == 0: sys.exit(f"NOT FOUND {where}: {snip!r}")
        if occ == 1 and n > 1: sys.exit(f"AMBIGUOUS ({n}) {where}: {snip!r}")
        if occ > n: sys.exit(f"occurrence {occ} > {n} {where}: {snip!r}")
    for b in gold.get("boilerplate", []): find(b, 1, "boilerplate")
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "dup entity id"
    for e in gold["entities"]:
        if not any(a in text for a in e["aliases"] if any("\u0600" <= c <= "\u06ff" for c in a)):
            print("WARN entity alias not in text:", e["id"])
    for t in gold["times"]: find(t["text"], t.get("occurrence", 1), "time")
    for q in gold["quantities"]: find(q["text"], q.get("occurrence", 1), "qty")
    for i, q in enumerate(gold["quotes"]):
        find(q["content"], q.get("content_occurrence", 1), f"quote{i} content")
        find(q["cue"], q.get("cue_occurrence", 1), f"quote{i} cue")
        for k in ("speaker", "speaker_affiliation", "addressee"):
            if q.get(k): assert q[k] in ids, (i, k, q[k])
        for s in q.get("speaker_also", []): assert s in ids, (i, s)
    evids = [v["id"] for v in gold["events"]]
    assert len(evids) == len(set(evids))
    for v in gold["events"]:
        for m in v["mentions"]:
            if isinstance(m, str): find(m, 1, v["id"])
            else: find(m["text"], m.get("occurrence", 1), v["id"])
        for k in ("actors", "targets", "location"):
            for x in v.get(k) or []: assert x in ids, (v["id"], k, x)
        if v.get("source_quote") is not None: assert 0 <= v["source_quote"] < len(gold["quotes"])
        if v.get("merge_with"): assert v["merge_with"] in evids
    out = os.path.join(ROOT, "gold", stem + ".gold.json")
    json.dump(gold, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(out, "a").write("\n")
    ne = sum(1 for e in gold["entities"]); neo = sum(1 for e in gold["entities"] if not e.get("optional"))
    nq = len(gold["quotes"]); nqo = sum(1 for e in gold["quotes"] if not e.get("optional"))
    nv = len(gold["events"]); nvo = sum(1 for e in gold["events"] if not e.get("optional"))
    print(f"{stem}: entities {ne} ({neo} req), times {len(gold['times'])}, qty {len(gold['quantities'])}, quotes {nq} ({nqo} req), events {nv} ({nvo} req)")
