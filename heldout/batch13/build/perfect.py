import json, os, re, sys
sys.path.insert(0, "/work/shared/tools")
import score as S
for fn in sorted(os.listdir("gold")):
    stem = fn[:-10]
    g = json.load(open("gold/" + fn)); text = open(f"articles/{stem}.txt").read(); t = S.Text(text)
    ents = [{"id": e["id"], "kind": e["kind"], "name": e["aliases"][0], "mentions": []} for e in g["entities"]]
    times = []
    for i, x in enumerate(g["times"]):
        s, e = t.find(x["text"], x.get("occurrence", 1)); times.append({"id": f"T{i}", "start": s, "end": e, "text": text[s:e], "value": x["value"]})
    qs = []
    for x in g["quantities"]:
        s, e = t.find(x["text"], x.get("occurrence", 1)); qs.append({"start": s, "end": e, "text": text[s:e], "value": x["value"]})
    quotes = []
    for x in g["quotes"]:
        s, e = t.find(x["content"], x.get("content_occurrence", 1)); cs, ce = t.find(x["cue"], x.get("cue_occurrence", 1))
        quotes.append({"speaker": x.get("speaker"), "speaker_text": x.get("speaker_text"), "affiliation": x.get("speaker_affiliation"),
                       "content": {"start": s, "end": e, "text": text[s:e]}, "cue": {"start": cs, "end": ce, "text": text[cs:ce]}})
    tv = {x["value"]: f"T{i}" for i, x in enumerate(g["times"]) if x["value"]}
    evs = []
    for v in g["events"]:
        m = v["mentions"][0]; s, e = t.find(m) if isinstance(m, str) else t.find(m["text"], m.get("occurrence", 1))
        tid = None
        if v.get("time"):
            if v["time"] not in tv:
                times.append({"id": "TX" + v["id"], "start": 0, "end": 0, "text": "", "value": v["time"]}); tid = "TX" + v["id"]
            else: tid = tv[v["time"]]
        ev = {"type": v["type"], "trigger": {"start": s, "end": e, "text": text[s:e]}, "actors": v.get("actors", [])[:1],
              "targets": v.get("targets", [])[:1], "location": (v.get("location") or [None])[0], "time": tid, "factuality": v.get("factuality") or "actual"}
        for k in ("dead", "injured", "size"):
            if v.get(k) is not None: ev[k] = v[k][0] if isinstance(v[k], list) else v[k]
        evs.append(ev)
    pred = {"schema": "marsad/1", "entities": ents, "times": times, "quantities": qs, "quotes": quotes, "events": evs}
    json.dump(pred, open(f"build/perfect/{stem}.json", "w"), ensure_ascii=False)
