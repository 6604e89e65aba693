#!/usr/bin/env python3
"""Validate the event lexicons in data/events/ and show which triggers fire.

    python3 scripts/check_events.py                 # validate the three files
    python3 scripts/check_events.py TEXT...         # validate, then list the triggers
                                                    # (and factuality cues, anaphoric
                                                    # nouns) found in each text file
    python3 scripts/check_events.py --counts TEXT...  # hits per trigger form over the texts
    python3 scripts/check_events.py --kwic FORM TEXT... # each hit of one form with context
    python3 scripts/check_events.py --dir DIR ...     # check the files in DIR instead of data/events

A text file may also be a CoNLL file (one token per line, token in column 1);
it is read as running text. Standard library only.

The matching imitates crates/marsad-core/src/event/phrase.rs: the text and the
forms are folded to the match key (diacritics and tatweel dropped, أ إ آ ٱ → ا,
ى ئ → ي, ؤ → و); a form matches whole words, after a string of proclitics
(و ف ب ل ك س ال لل …) and before a pronoun suffix (ه ها هم …) or, for nouns
and participles, the tanwin alef; a form in ة also matches its construct in ت
before a suffix. Verbs are never read with the article. Overlapping hits keep
the longest. It is an approximation for curating the lexicon, not the
extractor.
"""

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "events"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

# PLOVER modes by type (NGEC codebook and CAMEO2PLOVER-2021), plus Marsad's
# extensions `clash` (ASSAULT) and `surrender` (RETREAT).
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "surrender"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    # deny is Marsad's own: a body's denial (نفت الوزارة), which PLOVER files
    # under REJECT with none of its modes; the extractor keys on it.
    "REJECT": {"assist", "change", "yield", "meet", "deny"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "cleansing", "massacre", "unconventional", "clash"},
}

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

POS = {"verb", "noun", "participle", "light-noun"}
VOICES = {"active", "passive", "any"}
VALUES = {"actual", "attempted", "foiled", "planned", "threatened", "denied", "hypothetical"}
POSITIONS = {"before", "after"}

HEADERS = {
    "triggers.tsv": ["form", "pos", "voice", "type", "mode", "cameo", "acled_event", "acled_sub", "note"],
    "factuality.tsv": ["form", "value", "position", "note"],
    "coref_nouns.tsv": ["form", "type", "note"],
}

# ---- the match key ---------------------------------------------------------

DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ک": "ك"})


def key(s: str) -> str:
    s = DIACRITICS.sub("", s).translate(FOLD)
    return " ".join(s.split())


PROCLITICS = ["وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
              "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س", ""]
SUFFIXES = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه"]
ARABIC_LETTER = re.compile(r"^[\u0621-\u064A]")


def suffix_ok(s: str, nominal: bool) -> bool:
    return s == "" or s in SUFFIXES or (nominal and s == "ا")


# ---- validation --------------------------------------------------------------

def read_tsv(path: Path, errors: list):
    rows = []
    if not path.exists():
        errors.append(f"{path.name}: missing")
        return rows
    header = None
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if header != HEADERS[path.name]:
                errors.append(f"{path.name}:{n}: header {header} is not {HEADERS[path.name]}")
            continue
        if len(cells) > len(header):
            errors.append(f"{path.name}:{n}: {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        if line != line.rstrip("\r"):
            errors.append(f"{path.name}:{n}: CR line ending")
        rows.append((n, dict(zip(header, cells))))
    if header is None:
        errors.append(f"{path.name}: no header")
    return rows


def check_form(name, n, form, errors, article_ok=False):
    if not form:
        errors.append(f"{name}:{n}: empty form")
        return
    if not ARABIC_LETTER.match(key(form)):
        errors.append(f"{name}:{n}: form {form!r} does not start with an Arabic letter")
    if re.search(r"[^\u0600-\u06FF ]", form):
        errors.append(f"{name}:{n}: form {form!r} holds characters that are not Arabic letters or spaces")
    raw = DIACRITICS.sub("", form)
    if not article_ok and raw.startswith("ال") and key(form).split()[0] not in ALLOWED_AL:
        # Written with a bare alef: the article (أل/إل/آل are letters of the word).
        errors.append(f"{name}:{n}: form {form!r} starts with the article ال, which the matcher adds itself")


# Words written with a bare alef + lam that is no article (hamzat al-wasl verbs).
ALLOWED_AL = {"التقي", "التقت", "التقوا", "التقيا", "التحق", "التحقت", "التحقوا", "التزم", "التزمت", "التزموا"}


def validate():
    errors = []
    trig = read_tsv(DATA / "triggers.tsv", errors)
    fact = read_tsv(DATA / "factuality.tsv", errors)
    coref = read_tsv(DATA / "coref_nouns.tsv", errors)

    seen = {}
    keys_by_pos = defaultdict(set)
    for n, r in trig:
        keys_by_pos[r["pos"]].add(key(r["form"]))
    for n, r in trig:
        f = "triggers.tsv"
        check_form(f, n, r["form"], errors)
        if r["pos"] not in POS:
            errors.append(f"{f}:{n}: pos {r['pos']!r} not in {sorted(POS)}")
        if r["voice"] not in VOICES:
            errors.append(f"{f}:{n}: voice {r['voice']!r} not in {sorted(VOICES)}")
        t = r["type"]
        if t not in PLOVER_TYPES:
            errors.append(f"{f}:{n}: type {t!r} is not a PLOVER type (uppercase)")
        if r["mode"] and r["mode"] not in MODES.get(t, set()):
            errors.append(f"{f}:{n}: mode {r['mode']!r} is not a mode of {t}")
        if r["cameo"] and not re.fullmatch(r"\d{2,4}", r["cameo"]):
            errors.append(f"{f}:{n}: cameo {r['cameo']!r} is not a CAMEO code")
        ev, sub = r["acled_event"], r["acled_sub"]
        if ev or sub:
            if ev not in ACLED or sub not in ACLED[ev]:
                errors.append(f"{f}:{n}: ACLED pair {ev!r}/{sub!r} is not allowed")
        k = (key(r["form"]), r["pos"], t)
        if k in seen:
            errors.append(f"{f}:{n}: duplicate (form, pos, type) {k} (line {seen[k]})")
        seen[k] = n
        kf = key(r["form"])
        words = kf.split()
        # A proclitic the matcher handles: و/ف + a listed form, ب/ل + a listed noun.
        for p in ("و", "ف"):
            if words and words[0].startswith(p) and " ".join([words[0][1:]] + words[1:]) in keys_by_pos[r["pos"]]:
                errors.append(f"{f}:{n}: {r['form']!r} is {p} + a listed form: the matcher strips {p} itself")
        if r["pos"] != "verb":
            for p in ("ب", "ل"):
                if words and words[0].startswith(p) and " ".join([words[0][1:]] + words[1:]) in keys_by_pos[r["pos"]]:
                    errors.append(f"{f}:{n}: {r['form']!r} is {p} + a listed form: the matcher strips {p} itself")
        # The pronoun suffix is the matcher's too.
        if r["pos"] == "verb" and len(words) == 1:
            for s in ("هم", "ها", "ه"):
                if kf.endswith(s) and kf[: -len(s)] in keys_by_pos["verb"]:
                    errors.append(f"{f}:{n}: {r['form']!r} is a listed verb + the suffix {s}")
                    break

    seen_f = {}
    for n, r in fact:
        f = "factuality.tsv"
        check_form(f, n, r["form"], errors)
        if r["value"] not in VALUES:
            errors.append(f"{f}:{n}: value {r['value']!r} not in {sorted(VALUES)}")
        if r["position"] not in POSITIONS:
            errors.append(f"{f}:{n}: position {r['position']!r} not in {sorted(POSITIONS)}")
        k = (key(r["form"]), r["value"], r["position"])
        if k in seen_f:
            errors.append(f"{f}:{n}: duplicate {k} (line {seen_f[k]})")
        seen_f[k] = n

    seen_c = {}
    for n, r in coref:
        f = "coref_nouns.tsv"
        check_form(f, n, r["form"], errors, article_ok=True)
        t = r["type"]
        if t != "any" and t not in PLOVER_TYPES:
            errors.append(f"{f}:{n}: type {t!r} is neither a PLOVER type nor any")
        k = key(r["form"])
        k = k[2:] if k.startswith("ال") and len(k) >= 4 else k
        if k in seen_c:
            errors.append(f"{f}:{n}: duplicate form {r['form']!r} (line {seen_c[k]})")
        seen_c[k] = n
    return errors, trig, fact, coref


# ---- matching ------------------------------------------------------------------

TOKEN = re.compile(r"[\u0621-\u064A\u064B-\u065F\u0670\u0640\u0671-\u06D3]+|[A-Za-z0-9]+|[^\s\"“”«»'‘’]")


def tokens(text: str):
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def read_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".conll":
        words = []
        for line in text.split("\n"):
            if not line.strip():
                words.append("\n")
            else:
                words.append(line.split()[0])
        return " ".join(words)
    return text


class Matcher:
    def __init__(self, entries):
        """entries: (form, nominal, is_verb, payload)."""
        self.by_first = defaultdict(list)
        for form, nominal, is_verb, payload in entries:
            words = key(form).split()
            if words:
                self.by_first[len(words)].append((words, nominal, is_verb, payload))
        self.index = defaultdict(list)  # last-word stem → patterns
        for n, pats in self.by_first.items():
            for p in pats:
                self.index[p[0][0]].append(p)
                if p[0][0].endswith("ة") and len(p[0][0]) >= 3:
                    self.index[p[0][0][:-1] + "ت"].append(p)

    def find(self, text):
        toks = tokens(text)
        keys = [key(t[0]) for t in toks]
        hits = []
        for i, k in enumerate(keys):
            if not k or not ARABIC_LETTER.match(k):
                continue
            for pre in PROCLITICS:
                if not k.startswith(pre):
                    continue
                rest = k[len(pre):]
                # candidate first words: rest itself, or rest minus a suffix (single words)
                cands = {rest} | {rest[: -len(s)] for s in SUFFIXES + ["ا"] if rest.endswith(s) and len(rest) > len(s)}
                for c in cands:
                    for words, nominal, is_verb, payload in self.index.get(c, []):
                        if is_verb and ("ال" in pre or pre.endswith("لل")):
                            continue
                        n = len(words)
                        first = c
                        construct = False
                        if first != words[0]:
                            if words[0].endswith("ة") and first == words[0][:-1] + "ت":
                                construct = True
                            else:
                                continue
                        if n == 1:
                            tail = rest[len(first):]
                            if not suffix_ok(tail, nominal) or (construct and tail == ""):
                                continue
                            hits.append((i, i + 1, words, payload, toks[i][1], toks[i][2]))
                            continue
                        if rest != first or construct:
                            continue
                        if i + n > len(keys) or keys[i + 1:i + n - 1] != words[1:-1]:
                            continue
                        last = keys[i + n - 1]
                        w = words[-1]
                        ok = last.startswith(w) and suffix_ok(last[len(w):], nominal)
                        if not ok and w.endswith("ة") and last.startswith(w[:-1] + "ت"):
                            ok = last[len(w):] in SUFFIXES
                        if ok:
                            hits.append((i, i + n, words, payload, toks[i][1], toks[i + n - 1][2]))
        # longest first
        hits.sort(key=lambda h: (-len(" ".join(h[2])), h[4]))
        kept, used = [], set()
        for h in hits:
            span = set(range(h[0], h[1]))
            if span & used and not any(k[0] == h[0] and k[1] == h[1] and k[2] == h[2] for k in kept):
                continue
            used |= span
            kept.append(h)
        kept.sort(key=lambda h: h[4])
        return kept


def main(argv):
    global DATA
    args = list(argv)
    if args[:1] == ["--dir"]:
        DATA, args = Path(args[1]), args[2:]
    errors, trig, fact, coref = validate()
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    counts = Counter(r["type"] for _, r in trig)
    print(f"triggers {len(trig)} rows ({', '.join(f'{t} {c}' for t, c in sorted(counts.items()))}); "
          f"factuality {len(fact)}; coref nouns {len(coref)}", file=sys.stderr)
    if errors:
        return 1
    mode, kwic = "list", None
    if args and args[0] == "--counts":
        mode, args = "counts", args[1:]
    elif args and args[0] == "--kwic":
        mode, kwic, args = "kwic", key(args[1]), args[2:]
    if not args:
        return 0
    tm = Matcher((r["form"], r["pos"] != "verb", r["pos"] == "verb", (r["form"], r["pos"], r["type"], r["mode"]))
                 for _, r in trig)
    fm = Matcher((r["form"], False, False, (r["form"], r["value"], r["position"])) for _, r in fact)
    cm = Matcher((r["form"][2:] if key(r["form"]).startswith("ال") and len(key(r["form"])) >= 4 else r["form"],
                  True, False, (r["form"], r["type"])) for _, r in coref)
    total = Counter()
    for a in args:
        text = read_text(Path(a))
        if mode == "list":
            print(f"== {a}")
            for name, m in (("trigger", tm), ("factuality", fm), ("coref", cm)):
                for h in m.find(text):
                    print(f"{name:10} {text[h[4]:h[5]]!s:24} {' | '.join(x for x in h[3] if x)}")
        elif mode == "counts":
            for h in tm.find(text):
                total[h[3]] += 1
        else:
            for h in tm.find(text):
                if key(h[3][0]) == kwic:
                    print(text[max(0, h[4] - 70):h[4]].replace("\n", " "), "[[", text[h[4]:h[5]], "]]",
                          text[h[5]:h[5] + 70].replace("\n", " "))
    if mode == "counts":
        for (form, pos, t, md), c in sorted(total.items(), key=lambda x: -x[1]):
            print(f"{c:6}  {form}\t{pos}\t{t}\t{md}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
