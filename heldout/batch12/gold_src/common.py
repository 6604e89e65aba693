import json, os
BASE = "/work/articles12"
def E(id, kind, aliases, optional=False, **kw):
    d = {"id": id, "kind": kind, "aliases": aliases}
    d.update(kw)
    if optional: d["optional"] = True
    return d
def write(stem, published, note, boilerplate, entities, times, quantities, quotes, events):
    g = {"doc": stem, "text_file": f"articles/{stem}.txt", "published": published,
         "published_note": note, "boilerplate": boilerplate, "entities": entities,
         "times": times, "quantities": quantities, "quotes": quotes, "events": events}
    with open(os.path.join(BASE, "gold", stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
