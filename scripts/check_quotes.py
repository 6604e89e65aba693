#!/usr/bin/env python3
"""Check data/quotes/cues.tsv and data/quotes/unnamed_sources.tsv, and show
which cues fire on a text.

    python3 scripts/check_quotes.py                  # validate both files
    python3 scripts/check_quotes.py --text FILE      # hits per line of FILE
    python3 scripts/check_quotes.py --count FILE     # hit counts per form over FILE
    python3 scripts/check_quotes.py --kwic FORM FILE # contexts of one form (terminal only)

QUOTE_CUES / QUOTE_UNNAMED in the environment point at draft files instead.

Standard library only; exit code 1 on any validation error. The matcher
here mirrors crates/marsad-core/src/event/phrase.rs closely enough for
counting: match key (harakat and tatweel dropped, أ إ آ ٱ → ا, ى ئ → ي,
ؤ → و), quotation marks left out of the stream, proclitic strings before a
form, pronoun suffixes after verbs and participles, pronoun suffixes and
the tanwin alef after nouns, the construct form of a noun in ة before a
suffix, longest match first.
"""
import argparse
import os
import re
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUES = os.path.join(ROOT, "data", "quotes", "cues.tsv")
UNNAMED = os.path.join(ROOT, "data", "quotes", "unnamed_sources.tsv")

KINDS = {"verb", "guarded_verb", "participle", "guarded_participle", "according", "post", "addressee", "noun"}
STANCES = {"assert", "deny", "announce", "expect", "claim", "demand", "accuse"}
NUMBERS = {"singular", "plural"}

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و"})
QUOTES = "\"'“”«»‹›„‟‘’‚‛″＂"
PROCLITICS = ["وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
              "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س", ""]
SUFFIXES = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه"]
TAIL = {"verb": "pronoun", "participle": "pronoun", "guarded_participle": "pronoun", "guarded_verb": "pronoun", "noun": "nominal",
        "according": "exact", "post": "exact", "addressee": "exact"}
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def key(s):
    s = unicodedata.normalize("NFKC", s)
    s = DIACRITICS.sub("", s).translate(FOLD)
    return s.lower()


def tokens(line):
    """Word tokens (match keys) of a line, quotation marks left out."""
    k = key(line)
    for q in QUOTES:
        k = k.replace(q, " ")
    return re.findall(r"[\u0621-\u064a\u0671-\u06d3]+|[a-z]+|[0-9]+|[^\s\w]", k)


def read_tsv(path, required):
    """Rows (line number, dict) of a TSV file; errors as a list of strings."""
    errors, rows = [], []
    try:
        text = open(path, encoding="utf-8").read()
    except OSError as e:
        return [f"{path}: {e}"], []
    if "\r" in text:
        errors.append(f"{path}: CR line endings")
    lines = [(n + 1, l) for n, l in enumerate(text.split("\n")) if l.strip() and not l.startswith("#")]
    if not lines:
        return [f"{path}: no header"], []
    header = lines[0][1].split("\t")
    if header[: len(required)] != required:
        errors.append(f"{path}:{lines[0][0]}: header must start with {required}, is {header}")
        return errors, []
    for n, l in lines[1:]:
        cells = l.split("\t")
        if len(cells) != len(header):
            errors.append(f"{path}:{n}: {len(cells)} columns, header has {len(header)}")
            continue
        if any(c != c.strip() for c in cells):
            errors.append(f"{path}:{n}: a cell has leading or trailing spaces")
        rows.append((n, dict(zip(header, [c.strip() for c in cells]))))
    return errors, rows


def validate():
    global CUES, UNNAMED
    CUES = os.environ.get("QUOTE_CUES", CUES)
    UNNAMED = os.environ.get("QUOTE_UNNAMED", UNNAMED)
    errors = []
    e, cues = read_tsv(CUES, ["form", "kind", "stance", "lemma", "note"])
    errors += e
    e, unnamed = read_tsv(UNNAMED, ["form", "number", "note"])
    errors += e
    seen = {}
    forms = {key(r["form"]) for _, r in cues}
    for n, r in cues:
        f, k, s = r["form"], r["kind"], r["stance"]
        where = f"{CUES}:{n}"
        if not f or not ARABIC_LETTER.search(f):
            errors.append(f"{where}: empty or non-Arabic form {f!r}")
        if k not in KINDS:
            errors.append(f"{where}: kind {k!r} not in {sorted(KINDS)}")
        if s not in STANCES:
            errors.append(f"{where}: stance {s!r} not in {sorted(STANCES)}")
        if not r["lemma"]:
            errors.append(f"{where}: empty lemma")
        kk = (key(f), k)
        if kk in seen:
            errors.append(f"{where}: duplicate (form, kind) of line {seen[kk]}: {f}")
        seen[kk] = n
        first = key(f).split(" ")[0]
        # وقال، فأضاف، بحسب… : a proclitic the matcher strips, before a listed form.
        for p in ("و", "ف"):
            rest = key(f)[len(p):]
            if key(f).startswith(p) and rest in forms:
                errors.append(f"{where}: {f} is {p} + the listed form {rest}; the matcher strips {p}")
        if first.startswith(("وال", "فال", "بال", "لل")) and k in ("verb", "participle"):
            errors.append(f"{where}: {f} carries the article or a preposition")
        if "ـ" in f:
            errors.append(f"{where}: tatweel in {f!r}: write لـ as ل")
    useen = {}
    uforms = {key(r["form"]) for _, r in unnamed}
    for n, r in unnamed:
        f = r["form"]
        where = f"{UNNAMED}:{n}"
        if not f or not ARABIC_LETTER.search(f):
            errors.append(f"{where}: empty or non-Arabic form {f!r}")
        if r["number"] not in NUMBERS:
            errors.append(f"{where}: number {r['number']!r} not in {sorted(NUMBERS)}")
        kf = key(f)
        if kf in useen:
            errors.append(f"{where}: duplicate form of line {useen[kf]}: {f}")
        useen[kf] = n
        for p in ("و", "ف", "ال", "ب", "ل"):
            if kf.startswith(p) and kf[len(p):] in uforms:
                errors.append(f"{where}: {f} is {p} + the listed form {kf[len(p):]}")
    return errors, cues, unnamed


class Matcher:
    def __init__(self, entries):
        """entries: (form, tail, label)."""
        self.by_key = {}
        self.maxw = 1
        for form, tail, label in entries:
            k = key(form)
            self.by_key.setdefault(k, []).append((tail, False, label))
            self.maxw = max(self.maxw, k.count(" ") + 1)
            if tail != "exact" and k.endswith("ة") and len(k) >= 3:
                self.by_key.setdefault(k[:-1] + "ت", []).append((tail, True, label))

    @staticmethod
    def suffix_ok(s, tail, needs):
        if needs and not s:
            return False
        if tail == "exact":
            return s == ""
        if tail == "pronoun":
            return s == "" or s in SUFFIXES
        return s == "" or s == "ا" or s in SUFFIXES

    def find(self, toks):
        hits = []
        for i, t in enumerate(toks):
            for p in PROCLITICS:
                if not t.startswith(p) or len(t) - len(p) < 1:
                    continue
                stem = t[len(p):]
                for w in range(1, self.maxw + 1):
                    if i + w > len(toks):
                        break
                    span = " ".join([stem] + toks[i + 1: i + w])
                    for cut in range(0, 4):
                        if cut > len(span) - 1:
                            break
                        cand, suf = (span[:-cut], span[-cut:]) if cut else (span, "")
                        if " " in suf:
                            break
                        for tail, needs, label in self.by_key.get(cand, []):
                            if self.suffix_ok(suf, tail, needs):
                                hits.append((i, i + w, len(cand), p, suf, cand, label))
        # Longest first, then leftmost.
        hits.sort(key=lambda h: (-h[2], h[0]))
        kept = []
        for h in hits:
            if not any(h[0] < k[1] and k[0] < h[1] for k in kept):
                kept.append(h)
        kept.sort(key=lambda h: h[0])
        return kept


def matchers(cues, unnamed):
    cm = Matcher([(r["form"], TAIL.get(r["kind"], "exact"), (r["kind"], r["stance"], r["form"])) for _, r in cues])
    um = Matcher([(r["form"], "nominal", ("source", r["number"], r["form"])) for _, r in unnamed])
    return cm, um


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", help="print the hits of every line of this file")
    ap.add_argument("--count", help="count hits per listed form over this file")
    ap.add_argument("--kwic", nargs=2, metavar=("FORM", "FILE"), help="contexts of one listed form")
    a = ap.parse_args()
    errors, cues, unnamed = validate()
    for e in errors:
        print("ERROR", e)
    kinds = Counter(r["kind"] for _, r in cues)
    stances = Counter(r["stance"] for _, r in cues)
    numbers = Counter(r["number"] for _, r in unnamed)
    print(f"cues: {len(cues)} rows; by kind {dict(sorted(kinds.items()))}; by stance {dict(sorted(stances.items()))}")
    print(f"unnamed sources: {len(unnamed)} rows; {dict(sorted(numbers.items()))}")
    if errors:
        sys.exit(1)
    cm, um = matchers(cues, unnamed)
    if a.text:
        for n, line in enumerate(open(a.text, encoding="utf-8"), 1):
            toks = tokens(line)
            out = []
            for h in cm.find(toks):
                kind, stance, form = h[6]
                out.append(f"{'+'.join(toks[h[0]:h[1]])}→{form}/{kind}/{stance}" + (" [article]" if h[3].endswith(("ال", "لل")) else ""))
            for h in um.find(toks):
                out.append(f"{'+'.join(toks[h[0]:h[1]])}→{h[6][2]}/source")
            if out:
                print(n, " | ".join(out))
    if a.count:
        c, art = Counter(), Counter()
        for line in open(a.count, encoding="utf-8"):
            toks = tokens(line)
            for h in cm.find(toks) + um.find(toks):
                lab = h[6]
                c[(lab[0], lab[2])] += 1
                if h[3].endswith(("ال", "لل")):
                    art[(lab[0], lab[2])] += 1
        for (kind, form), v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"{v}\t{art[(kind, form)]}\t{kind}\t{form}")
    if a.kwic:
        form, path = a.kwic
        fk = key(form)
        for line in open(path, encoding="utf-8"):
            toks = tokens(line)
            for h in cm.find(toks) + um.find(toks):
                if key(h[6][2]) == fk:
                    print(" ".join(toks[max(0, h[0] - 5): h[0]]), "[[", " ".join(toks[h[0]:h[1]]), "]]",
                          " ".join(toks[h[1]: h[1] + 6]))


if __name__ == "__main__":
    main()
