"""Small helpers used to write the batch-17 gold files (marsad gold conventions)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def E(id, kind, aliases, optional=False, role=None, nationality=None, geo=None, kinds=None, note=None):
    e = {"id": id, "kind": kind}
    if optional:
        e["optional"] = True
    e["aliases"] = aliases
    attrs = {}
    if role:
        attrs["role"] = role
    if nationality:
        attrs["nationality"] = nationality
    if attrs:
        e["attributes"] = attrs
    if geo:
        e["geo"] = geo
    if kinds:
        e["kinds_accepted"] = kinds
    elif kind == "facility":
        e["kinds_accepted"] = ["facility", "place"]
    if note:
        e["note"] = note
    return e


def G(country, feature, lat=None, lon=None, admin1=None, precision=None):
    g = {"country": country, "feature": feature}
    if admin1:
        g["admin1"] = admin1
    if lat is not None:
        g["lat"] = lat
        g["lon"] = lon
    if precision:
        g["precision"] = precision
    return g


def T(text, value, occurrence=None, optional=False, note=None, type=None):
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


def Q(text, value, approx=False, unit=None, optional=False, note=None, occurrence=None):
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


def S(label, speaker, cue, kind, content, stance=None, speaker_text=None, affiliation=None, also=None,
      addressee=None, optional=False, note=None, cue_occurrence=None, content_occurrence=None):
    s = {"_label": label, "speaker": speaker}
    if speaker_text:
        s["speaker_text"] = speaker_text
    if affiliation:
        s["speaker_affiliation"] = affiliation
    if also:
        s["speaker_also"] = also
    s["cue"] = cue
    if cue_occurrence:
        s["cue_occurrence"] = cue_occurrence
    s["kind"] = kind
    if stance:
        s["stance"] = stance
    if addressee:
        s["addressee"] = addressee
    if optional:
        s["optional"] = True
    if note:
        s["note"] = note
    s["content"] = content
    if content_occurrence:
        s["content_occurrence"] = content_occurrence
    return s


def V(id, type, mentions, actors, targets, location, time, factuality="actual", mode=None, types=None,
      acled=None, cameo=None, symmetric=False, dead=None, injured=None, size=None, duration=None,
      sq=None, optional=False, merge_with=None, note=None):
    v = {"id": id, "type": type}
    if mode:
        v["mode"] = mode
    if optional:
        v["optional"] = True
    if merge_with:
        v["merge_with"] = merge_with
    if types:
        v["types_accepted"] = types
    if acled:
        v["acled"] = acled
    if cameo:
        v["cameo"] = cameo
    v["mentions"] = mentions
    v["actors"] = actors
    v["targets"] = targets
    if symmetric:
        v["symmetric"] = True
    v["location"] = location
    v["time"] = time
    if dead is not None:
        v["dead"] = dead
    if injured is not None:
        v["injured"] = injured
    if size is not None:
        v["size"] = size
    if duration is not None:
        v["duration"] = duration
    if note:
        v["note"] = note
    v["factuality"] = factuality
    if sq is not None:
        v["_sq"] = sq
    return v


def write(doc, published, published_note, boilerplate, entities, times, quantities, quotes, events):
    labels = {}
    for i, s in enumerate(quotes):
        labels[s["_label"]] = i
    qs = []
    for s in quotes:
        s = dict(s)
        s.pop("_label")
        qs.append(s)
    evs = []
    for v in events:
        v = dict(v)
        if "_sq" in v:
            v["source_quote"] = labels[v.pop("_sq")]
        evs.append(v)
    gold = {
        "doc": doc,
        "text_file": f"articles/{doc}.txt",
        "published": published,
        "published_note": published_note,
        "boilerplate": boilerplate,
        "entities": entities,
        "times": times,
        "quantities": quantities,
        "quotes": qs,
        "events": evs,
    }
    path = os.path.join(ROOT, "gold", f"{doc}.gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path
