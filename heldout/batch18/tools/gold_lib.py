"""Small helpers to write gold files in the conventions of examples/gold."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ent(id, kind, aliases, optional=False, geo=None, attributes=None, kinds_accepted=None, note=None):
    d = {"id": id, "kind": kind, "aliases": aliases}
    if optional:
        d["optional"] = True
    if kinds_accepted:
        d["kinds_accepted"] = kinds_accepted
    if attributes:
        d["attributes"] = attributes
    if geo:
        d["geo"] = geo
    if note:
        d["note"] = note
    return d


def tm(text, value, optional=False, occurrence=None, note=None):
    d = {"text": text, "value": value}
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


def qt(text, value, unit=None, approx=False, optional=False, occurrence=None, note=None):
    d = {"text": text, "value": value}
    if unit:
        d["unit"] = unit
    if approx:
        d["approx"] = True
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


def quote(speaker, cue, content, kind, stance=None, speaker_text=None, affiliation=None, also=None,
          addressee=None, optional=False, note=None, cue_occurrence=None, content_occurrence=None):
    d = {"speaker": speaker}
    if speaker_text:
        d["speaker_text"] = speaker_text
    if affiliation:
        d["speaker_affiliation"] = affiliation
    if also:
        d["speaker_also"] = also
    d["cue"] = cue
    if cue_occurrence:
        d["cue_occurrence"] = cue_occurrence
    d["kind"] = kind
    if stance:
        d["stance"] = stance
    if addressee:
        d["addressee"] = addressee
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    d["content"] = content
    if content_occurrence:
        d["content_occurrence"] = content_occurrence
    return d


def ev(id, type, mentions, actors, targets, location, time, factuality="actual", mode=None, acled=None,
       cameo=None, types_accepted=None, dead=None, injured=None, size=None, duration=None, symmetric=False,
       optional=False, merge_with=None, source_quote=None, note=None):
    d = {"id": id, "type": type}
    if mode:
        d["mode"] = mode
    if acled:
        d["acled"] = acled
    if cameo:
        d["cameo"] = cameo
    if types_accepted:
        d["types_accepted"] = types_accepted
    if optional:
        d["optional"] = True
    if merge_with:
        d["merge_with"] = merge_with
    d["mentions"] = mentions
    d["actors"] = actors
    d["targets"] = targets
    if symmetric:
        d["symmetric"] = True
    d["location"] = location
    d["time"] = time
    for k, v in (("dead", dead), ("injured", injured), ("size", size), ("duration", duration)):
        if v is not None:
            d[k] = v
    d["factuality"] = factuality
    if source_quote is not None:
        d["source_quote"] = source_quote
    if note:
        d["note"] = note
    return d


def write(doc, published, published_note, boilerplate, entities, times, quantities, quotes, events):
    g = {"doc": doc, "text_file": f"articles/{doc}.txt", "published": published,
         "published_note": published_note, "boilerplate": boilerplate, "entities": entities,
         "times": times, "quantities": quantities, "quotes": quotes, "events": events}
    path = os.path.join(ROOT, "gold", doc + ".gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", path)
