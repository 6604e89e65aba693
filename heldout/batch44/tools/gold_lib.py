"""Small helpers (copied from heldout/batch42, itself copied from batch41, batch40, batch39, batch38, batch37, batch36, batch35, batch34, batch33, batch32, batch31, batch30, batch29 and batch28) to write gold files in the conventions of /work/main/examples/gold."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ent(id, kind, aliases, optional=False, geo=None, attributes=None, kinds=None, note=None):
    e = {"id": id, "kind": kind}
    if optional:
        e["optional"] = True
    e["aliases"] = aliases
    if attributes:
        e["attributes"] = attributes
    if geo:
        e["geo"] = geo
    if kinds:
        e["kinds_accepted"] = kinds
    elif kind == "facility":
        e["kinds_accepted"] = ["facility", "place"]
    if note:
        e["note"] = note
    return e


def geo(country, feature, lat=None, lon=None, admin1=None):
    g = {"country": country, "feature": feature}
    if admin1:
        g["admin1"] = admin1
    if lat is not None:
        g["lat"] = lat
        g["lon"] = lon
    return g


def tm(text, value, optional=False, occurrence=None, type=None, note=None):
    t = {"text": text, "value": value}
    if type:
        t["type"] = type
    if occurrence:
        t["occurrence"] = occurrence
    if optional:
        t["optional"] = True
    if note:
        t["note"] = note
    return t


def qty(text, value, unit=None, approx=False, optional=False, occurrence=None, note=None):
    q = {"text": text, "value": value}
    if approx:
        q["approx"] = True
    if unit:
        q["unit"] = unit
    if occurrence:
        q["occurrence"] = occurrence
    if optional:
        q["optional"] = True
    if note:
        q["note"] = note
    return q


def quote(speaker, cue, kind, content, stance=None, speaker_text=None, affiliation=None, also=None,
          addressee=None, optional=False, note=None, cue_occurrence=None, content_occurrence=None):
    q = {"speaker": speaker}
    if speaker_text:
        q["speaker_text"] = speaker_text
    if affiliation:
        q["speaker_affiliation"] = affiliation
    if also:
        q["speaker_also"] = also
    q["cue"] = cue
    if cue_occurrence:
        q["cue_occurrence"] = cue_occurrence
    q["kind"] = kind
    if stance:
        q["stance"] = stance
    if addressee:
        q["addressee"] = addressee
    if optional:
        q["optional"] = True
    if note:
        q["note"] = note
    q["content"] = content
    if content_occurrence:
        q["content_occurrence"] = content_occurrence
    return q


def ev(id, type, mentions, actors=(), targets=(), location=None, time=None, factuality="actual", mode=None,
       acled=None, cameo=None, types=None, symmetric=False, dead=None, injured=None, size=None, duration=None,
       optional=False, merge_with=None, note=None, source_quote=None):
    e = {"id": id, "type": type}
    if mode:
        e["mode"] = mode
    if optional:
        e["optional"] = True
    if merge_with:
        e["merge_with"] = merge_with
    if types:
        e["types_accepted"] = types
    if acled:
        e["acled"] = acled
    if cameo:
        e["cameo"] = cameo
    e["mentions"] = mentions
    e["actors"] = list(actors)
    e["targets"] = list(targets)
    if symmetric:
        e["symmetric"] = True
    e["location"] = location
    e["time"] = time
    for k, v in (("dead", dead), ("injured", injured), ("size", size), ("duration", duration)):
        if v is not None:
            e[k] = v
    if note:
        e["note"] = note
    e["factuality"] = factuality
    if source_quote is not None:
        e["source_quote"] = source_quote
    return e


def write(doc, published, published_note, boilerplate, entities, times, quantities, quotes, events):
    g = {
        "doc": doc,
        "text_file": f"articles/{doc}.txt",
        "published": published,
        "published_note": published_note,
        "boilerplate": boilerplate,
        "entities": entities,
        "times": times,
        "quantities": quantities,
        "quotes": quotes,
        "events": events,
    }
    check(g)
    path = os.path.join(ROOT, "gold", f"{doc}.gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", path)


def _find(text, snippet, occ, where, errors):
    n = len(re.findall(re.escape(snippet), text))
    if n == 0:
        errors.append(f"{where}: not found: {snippet!r}")
    elif (occ is None or occ == 1) and n > 1:  # score.py refuses occurrence 1 of a repeated snippet
        errors.append(f"{where}: occurs {n} times: {snippet!r}")
    elif occ is not None and occ > n:
        errors.append(f"{where}: occurrence {occ} > {n}: {snippet!r}")


def check(g):
    text = open(os.path.join(ROOT, g["text_file"]), encoding="utf-8").read()
    errors = []
    ids = [e["id"] for e in g["entities"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate entity ids")
    ids = set(ids)
    for b in g["boilerplate"]:
        _find(text, b, None, "boilerplate", errors)
    for t in g["times"]:
        _find(text, t["text"], t.get("occurrence"), "time", errors)
    for q in g["quantities"]:
        _find(text, q["text"], q.get("occurrence"), "quantity", errors)
    for i, q in enumerate(g["quotes"]):
        _find(text, q["cue"], q.get("cue_occurrence"), f"quote {i} cue", errors)
        _find(text, q["content"], q.get("content_occurrence"), f"quote {i} content", errors)
        for k in [q.get("speaker"), q.get("speaker_affiliation"), q.get("addressee")] + q.get("speaker_also", []):
            if k and k not in ids:
                errors.append(f"quote {i}: unknown id {k}")
    evids = set()
    for e in g["events"]:
        if e["id"] in evids:
            errors.append(f"duplicate event id {e['id']}")
        evids.add(e["id"])
        for m in e["mentions"]:
            if isinstance(m, str):
                _find(text, m, None, f"event {e['id']}", errors)
            else:
                _find(text, m["text"], m.get("occurrence"), f"event {e['id']}", errors)
        for k in e["actors"] + e["targets"] + (e["location"] or []):
            if k not in ids:
                errors.append(f"event {e['id']}: unknown id {k}")
        sq = e.get("source_quote")
        if sq is not None and not (0 <= sq < len(g["quotes"])):
            errors.append(f"event {e['id']}: bad source_quote {sq}")
    for e in g["events"]:
        if e.get("merge_with") and e["merge_with"] not in evids:
            errors.append(f"event {e['id']}: bad merge_with")
    # every required entity alias should appear in the text (at least one alias)
    for e in g["entities"]:
        if not any(a in text for a in e["aliases"]):
            errors.append(f"entity {e['id']}: no alias in text")
    # no alias (after the scorer's normalisation) may name two gold entities
    sys.path.insert(0, "/work/shared/tools")
    from score import variants
    owner = {}
    for e in g["entities"]:
        for a in e["aliases"]:
            for v in variants(a):
                if owner.setdefault(v, e["id"]) != e["id"]:
                    errors.append(f"alias {a!r} of {e['id']} also names {owner[v]}")
    if errors:
        raise SystemExit("\n".join(errors))
