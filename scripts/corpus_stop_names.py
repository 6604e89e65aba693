#!/usr/bin/env python3
"""Place names that are mostly ordinary words in tagged news.

For every name in data/gazetteer/places.tsv that the extractor would match
bare, count how often it occurs in ANERcorp's training split (tokens with a
proclitic و ف ب ل ك or the article allowed in front) tagged LOC, as another
entity, or O. Names seen at least MIN_O times as O and tagged LOC in less than
MAX_LOC of their occurrences are printed: candidates for stop_names.txt.
Only the training split is read (never test.conll).

usage: scripts/corpus_stop_names.py ../shared/data/anercorp/train.conll data/gazetteer/stop_names.txt

With a third argument, a plain news text (e.g. /tmp/gsr_all.txt: the text column of
shared/data/eventdata/arabic_event_gsr/*_gsr.csv, one sentence a paragraph), the candidates
are the one-word names of the small places (not a country, governorate or city, fewer than
100,000 people; villages included, which are read bare after a preposition of place) that
occur at least MIN_TEXT times in the text and ANERcorp together (O-tagged in ANERcorp),
tagged LOC in ANERcorp at most half as often as O. The text has no tags, so every row
needs the reviewer's eye (a village like نعلين is mostly a place in the news).
Printed: name, text+O, text count, O, LOC, other entity, features.
"""
import collections
import re
import sys

MIN_O = 2
MAX_LOC = 0.34
SMALL = {"village", "town", "neighbourhood", "hamlet", "locality", "facility", "camp", ""}
DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")


def key(s):
    s = DIAC.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي")):
        s = s.replace(a, b)
    return s


def readings(tok):
    """The token and its forms without proclitics (the article stays: names
    are matched with the article they are written with)."""
    out = {tok}
    for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            out.add(tok[len(p):])
    for p in ("لل", "ولل", "فلل"):
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            out.add("ال" + tok[len(p):])
    return out


def stopped(n, stop):
    """As the extractor reads the list: with or without the article."""
    plain = n[2:] if n.startswith("ال") else n
    return n in stop or plain in stop or "ال" + plain in stop


MIN_TEXT = 3


def conll_tokens(conll):
    """(match key, O / LOC / ENT) of every token of a CoNLL file."""
    for line in open(conll, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        tag = parts[-1]
        yield key(parts[0]), "O" if tag == "O" else ("LOC" if tag.endswith("LOC") else "ENT")


def text_candidates(conll, stop, text_path):
    feat, big = collections.defaultdict(set), set()
    for path in ("data/gazetteer/places.tsv", "data/gazetteer/places_extra.tsv"):
        for row in open(path, encoding="utf-8"):
            cols = row.rstrip("\n").split("\t")
            if cols[0] == "id" or len(cols) < 12:
                continue
            pop = int(cols[11] or 0)
            for n in cols[2].split("|"):
                k = key(n.strip())
                if k and " " not in k:
                    feat[k].add(cols[3])
                    if cols[3] in ("country", "governorate", "city") or pop >= 100000:
                        big.add(k)
    names = set(feat)
    text = collections.Counter()
    for tok in re.findall(r"[\u0600-\u06FF]+", open(text_path, encoding="utf-8").read()):
        hit = next((r for r in readings(key(tok)) if r in names), None)
        if hit:
            text[hit] += 1
    tags = collections.defaultdict(collections.Counter)
    for tok, kind in conll_tokens(conll):
        hit = next((r for r in readings(tok) if r in names), None)
        if hit:
            tags[hit][kind] += 1
    rows = []
    for n in names - big:
        c = tags[n]
        if not stopped(n, stop) and text[n] + c["O"] >= MIN_TEXT and c["LOC"] <= c["O"] / 2:
            rows.append((text[n] + c["O"], text[n], c["O"], c["LOC"], c["ENT"], n, ",".join(sorted(feat[n]))))
    for r in sorted(rows, reverse=True):
        print(f"{r[5]}\t{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[6]}")


def main():
    conll, stop_path = sys.argv[1], sys.argv[2]
    stop = {key(l.strip()) for l in open(stop_path, encoding="utf-8") if l.strip() and not l.startswith("#")}
    if len(sys.argv) > 3:
        text_candidates(conll, stop, sys.argv[3])
        return
    # Only names the extractor matches bare (see bare_feature in
    # entity/lexicon.rs: villages and neighbourhoods never are). Each name
    # keeps its largest feature: a name of a city or an admin area is shown
    # for review (ANERcorp's annotation is loose: الموصل is tagged O more
    # than once), a town's name is a candidate outright.
    feat = {}
    for row in open("data/gazetteer/places.tsv", encoding="utf-8"):
        cols = row.rstrip("\n").split("\t")
        if cols[0] == "id" or len(cols) < 12:
            continue
        f, pop = cols[3], int(cols[11] or 0)
        if f in ("village", "locality", "neighbourhood") or (f == "town" and 0 < pop < 5000):
            continue
        for n in cols[2].split("|"):
            k = key(n.strip())
            if k and " " not in k:
                if feat.get(k) != "big":
                    feat[k] = "town" if f == "town" else "big"
    names = set(feat)
    counts = collections.defaultdict(collections.Counter)
    for tok, kind in conll_tokens(conll):
        for r in readings(tok):
            if r in names:
                counts[r][kind] += 1
    for n, c in sorted(counts.items(), key=lambda x: -x[1]["O"]):
        total = sum(c.values())
        if c["O"] >= MIN_O and c["LOC"] / total < MAX_LOC and not stopped(n, stop):
            print(f"{n}\t{c['O']}\t{c['LOC']}\t{c['ENT']}\t{feat[n]}")


if __name__ == "__main__":
    main()
