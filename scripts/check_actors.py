#!/usr/bin/env python3
"""Validates Marsad's actor lexicon and the tables that go with it.

    python3 scripts/check_actors.py [--quiet] [--warnings-as-errors]

Checks data/actors/actors.tsv, data/actors/force_nouns.tsv and
data/entities/titles.tsv (Python 3 standard library only):

- exact header, column count on every row, no tabs or double quotes in fields;
- actors: id syntax and uniqueness, category, ACLED inter (1-8), country
  (ISO 3166-1 alpha-2, checked against data/gazetteer/countries.tsv when
  present), parent exists and no parent cycles, Wikidata Q-id syntax and
  uniqueness, at least one Arabic alias;
- aliases: no alias shared by two actors after folding (أ إ آ ٱ → ا,
  ى ئ → ي, ؤ → و, ة → ه, harakat and tatweel removed, Latin lower-cased,
  white space collapsed), no duplicate alias within an actor, no
  single-word alias from a stoplist of common words, no clitic-prefixed
  alias (وقوات، بالجيش، للجيش …), Arabic aliases written in Arabic and
  English aliases in Latin script, no alias equal to a gazetteer place that
  the matcher reads bare (the actor would hide the place);
- force nouns: category, inter, `{country}` in the template, unique nouns, id syntax;
- titles: kind, takes_org in {0, 1}, unique forms.

Prints counts per category, inter and country; exits 1 on any error.
"""
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTORS = os.path.join(ROOT, "data", "actors", "actors.tsv")
FORCES = os.path.join(ROOT, "data", "actors", "force_nouns.tsv")
TITLES = os.path.join(ROOT, "data", "entities", "titles.tsv")
COUNTRIES = os.path.join(ROOT, "data", "gazetteer", "countries.tsv")
PLACES = os.path.join(ROOT, "data", "gazetteer", "places.tsv")
PLACES_EXTRA = os.path.join(ROOT, "data", "gazetteer", "places_extra.tsv")

ACTOR_COLS = ["id", "label_en", "category", "country", "inter", "parent", "wikidata", "aliases_ar", "aliases_en"]
FORCE_COLS = ["noun_ar", "category", "inter", "label_en_template", "bare", "id"]
TITLE_COLS = ["form", "kind", "label_en", "takes_org"]
CATEGORIES = {
    "armed_group", "state_military", "police", "security_service", "government", "political_party",
    "militia", "international_org", "ngo", "media", "tribe", "other",
}
TITLE_KINDS = {"title", "military_rank", "religious", "profession", "position"}

# Single words (folded) that must never be an alias on their own: common
# nouns and adjectives that news uses generically, and names of outlets or
# groups that are ordinary words (النهار، الأخبار، فتح، أمل، حسم …).
STOP_SINGLE = """
الدولة دولة الجيش جيش الحكومة حكومة الأمن أمن التحالف تحالف الجزيرة الشرطة شرطة القوات قوات
النظام نظام المعارضة معارضة الحزب حزب الحركة حركة الجماعة جماعة التنظيم تنظيم المقاومة مقاومة
الاحتلال احتلال السلطة السلطات سلطة العربية عربية العربي القاعدة قاعدة الشباب شباب الحوثي
فتح حسم أمل تقدم النصرة نصرة الحشد حشد النهضة الأخبار أخبار النهار الجديد الحدث الحرة العالم
الوطن الرياض الأهرام الشروق البيان الخليج الاتحاد اتحاد المستقبل مستقبل الإصلاح إصلاح الكرامة
العدالة الفتح الدعوة المرصد الهيئة هيئة الوكالة وكالة القناة قناة الصحيفة صحيفة المجلس مجلس
الإدارة إدارة الرئاسة رئاسة الوزارة وزارة البرلمان برلمان الفصائل فصائل الفصيل الميليشيا
الميليشيات المليشيا المليشيات ميليشيا ميليشيات مليشيا مليشيات الكتائب كتائب اللواء لواء الفرقة
فرقة الفيلق فيلق الجبهة جبهة المجموعة مجموعة المسلحين مسلحين المسلحون مسلحون المتمردين المتمردون
الإرهابيين الإرهابيون الثوار الأهالي المدنيين الأمم أعماق الأعماق الإخوان إخوان المنار الميادين
الأناضول الوسط الغد الراية الشرق اليوم السابع الراصد الفرات الخابور المسيرة العهد العالم كان
معا صفا شهاب فارس مهر تسنيم رؤيا المملكة الشعب شعب الأمة أمة الوطني الوطنية الشعبي الشعبية
المركزي الداخلية الخارجية الدفاع الحرس حرس الدرك البحرية الطيران المخابرات الاستخبارات
المباحث الأمانة النيابة القضاء المحكمة محكمة الرئيس الملك الأمير
""".split()

# English aliases that are ordinary words or too short and ambiguous in
# Latin text.
STOP_EN = {
    "is", "it", "an", "the", "at", "as", "on", "in", "us", "we", "who", "am", "pa", "un", "au", "aa",
    "spa", "isa", "army", "police", "government", "coalition", "state", "forces", "rebels", "militia",
    "opposition", "regime", "ministry", "council", "front", "party", "movement", "news", "agency",
}

# The proclitics the matcher strips itself (و، ف، ب، ل، ك and للـ): an alias
# must not start with them glued to a head noun or to the article.
CLITIC_HEADS = """
قوات القوات جيش الجيش حركة الحركة تنظيم التنظيم جماعة الجماعة ميليشيا ميليشيات مليشيا مليشيات حزب
الحزب كتائب الكتائب لواء اللواء فصيل الفصيل فصائل الفصائل هيئة الهيئة منظمة المنظمة وكالة الوكالة قناة
القناة صحيفة الصحيفة جبهة الجبهة مجلس المجلس وزارة الوزارة سرايا فرقة الفرقة قيادة القيادة حكومة
الحكومة شرطة الشرطة داعش قسد حماس طالبان حزب
""".split()

HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC = re.compile("[\u0621-\u064a]")
LATIN = re.compile("[A-Za-z]")
BAD_ALIAS_CHARS = re.compile("[()\\[\\]{}\"«»“”،,;؛:!?؟/\\\\]")


def fold(s):
    """Match key plus ة → ه (what the loader and the search key ignore)."""
    s = HARAKAT.sub("", s)
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و",
                                   "ة": "ه", "ی": "ي", "ک": "ك", "\u200c": "", "\u200f": "", "\u200e": ""}))
    s = s.lower()
    return " ".join(s.split())


STOP_SINGLE_KEYS = {fold(w) for w in STOP_SINGLE}
CLITIC_HEAD_KEYS = {fold(w) for w in CLITIC_HEADS}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def read_tsv(path, cols, rep):
    """Rows as dicts, with their line numbers; checks the header and widths."""
    name = os.path.relpath(path, ROOT)
    rows = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        rep.error(name, "byte order mark at the start of the file")
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        rep.warn(name, "no newline at the end of the file")
    if not lines:
        rep.error(name, "empty file")
        return rows
    header = lines[0].split("\t")
    if header != cols:
        rep.error(f"{name}:1", f"header is {header}, expected {cols}")
        return rows
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            rep.error(f"{name}:{n}", "blank line")
            continue
        if "\r" in line:
            rep.error(f"{name}:{n}", "carriage return")
        fields = line.split("\t")
        if len(fields) != len(cols):
            rep.error(f"{name}:{n}", f"{len(fields)} columns, expected {len(cols)}")
            continue
        for c, v in zip(cols, fields):
            if '"' in v:
                rep.error(f"{name}:{n}", f"double quote in {c}")
            if v != v.strip():
                rep.error(f"{name}:{n}", f"leading or trailing space in {c}")
        rows.append((n, dict(zip(cols, fields))))
    return rows


def country_codes():
    if not os.path.exists(COUNTRIES):
        return None
    codes = set()
    with open(COUNTRIES, encoding="utf-8") as f:
        next(f, None)
        for line in f:
            code = line.split("\t", 1)[0].strip()
            if code:
                codes.add(code)
    return codes


def bare_places():
    """Folded names of places the matcher reads bare: name -> a place id."""
    out = {}

    def bare(feature, pop):
        if feature in ("village", "locality", "neighbourhood"):
            return False
        if feature == "town":
            return pop >= 5000 or pop == 0
        return True

    for path, extra in ((COUNTRIES, None), (PLACES, False), (PLACES_EXTRA, True)):
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            idx = {c: i for i, c in enumerate(header)}
            for line in f:
                p = line.rstrip("\n").split("\t")
                if extra is None:
                    pid, ok = "iso:" + p[idx["iso2"]], True
                else:
                    pid = p[idx["id"]]
                    try:
                        pop = int(p[idx["population"]] or 0)
                    except (ValueError, IndexError):
                        pop = 0
                    ok = extra or bare(p[idx["feature"]], pop)
                if not ok:
                    continue
                for name in p[idx["names_ar"]].split("|"):
                    k = fold(name.strip())
                    if len(k) >= 2:
                        out.setdefault(k, pid)
    return out


def clitic_prefixed(alias_key):
    first = alias_key.split(" ")[0]
    if first.startswith("لل") and len(first) > 3:
        return True
    for p in ("و", "ف", "ب", "ك", "ل"):
        if first.startswith(p):
            rest = first[len(p):]
            if rest.startswith("ال") and rest not in ("الله",) and len(rest) > 3:
                return True
            if rest in CLITIC_HEAD_KEYS:
                return True
    return False


def check_alias_text(where, alias, lang, rep):
    if not alias:
        rep.error(where, "empty alias (stray |)")
        return
    if BAD_ALIAS_CHARS.search(alias):
        rep.error(where, f"punctuation in alias {alias!r}")
    if lang == "ar":
        if not ARABIC.search(alias):
            rep.error(where, f"aliases_ar entry without Arabic letters: {alias!r}")
        if alias.startswith("ال") and alias.endswith("ـ"):
            rep.error(where, f"tatweel at end of alias {alias!r}")
    else:
        if ARABIC.search(alias):
            rep.error(where, f"aliases_en entry with Arabic letters: {alias!r}")
        if len(alias) < 2:
            rep.error(where, f"aliases_en entry too short: {alias!r}")
        if fold(alias) in STOP_EN:
            rep.error(where, f"aliases_en entry is a common word: {alias!r}")


def check_actors(rep, codes, places):
    name = os.path.relpath(ACTORS, ROOT)
    rows = read_tsv(ACTORS, ACTOR_COLS, rep)
    ids = {}
    qids = {}
    alias_owner = {}
    n_alias = 0
    for n, r in rows:
        where = f"{name}:{n} [{r['id']}]"
        aid = r["id"]
        if not re.fullmatch(r"[a-z0-9_]+", aid):
            rep.error(where, "id must match [a-z0-9_]+")
        if aid in ids:
            rep.error(where, f"duplicate id (first on line {ids[aid]})")
        ids[aid] = n
        if not r["label_en"]:
            rep.error(where, "empty label_en")
        if r["category"] not in CATEGORIES:
            rep.error(where, f"unknown category {r['category']!r}")
        if r["country"]:
            if not re.fullmatch(r"[A-Z]{2}", r["country"]):
                rep.error(where, f"country {r['country']!r} is not an ISO 3166-1 alpha-2 code")
            elif codes is not None and r["country"] not in codes:
                rep.error(where, f"country {r['country']!r} not in gazetteer/countries.tsv")
        elif r["category"] not in ("international_org", "ngo", "armed_group", "state_military", "media", "political_party"):
            rep.warn(where, "no country for a national-type actor")
        if not re.fullmatch(r"[1-8]", r["inter"]):
            rep.error(where, f"inter {r['inter']!r} must be 1-8")
        if r["wikidata"]:
            if not re.fullmatch(r"Q[1-9][0-9]*", r["wikidata"]):
                rep.error(where, f"bad Wikidata id {r['wikidata']!r}")
            elif r["wikidata"] in qids:
                rep.error(where, f"Wikidata id also on {qids[r['wikidata']]}")
            qids.setdefault(r["wikidata"], aid)
        ar = r["aliases_ar"].split("|") if r["aliases_ar"] else []
        en = r["aliases_en"].split("|") if r["aliases_en"] else []
        if not ar:
            rep.error(where, "no Arabic alias")
        seen = {}
        for lang, lst in (("ar", ar), ("en", en)):
            for a in lst:
                check_alias_text(where, a, lang, rep)
                k = fold(a)
                if not k:
                    continue
                n_alias += 1
                if k in seen:
                    rep.error(where, f"alias {a!r} repeats {seen[k]!r} after folding")
                    continue
                seen[k] = a
                if k in alias_owner and alias_owner[k][0] != aid:
                    rep.error(where, f"alias {a!r} also belongs to {alias_owner[k][0]}")
                alias_owner.setdefault(k, (aid, a))
                if lang == "ar":
                    if " " not in k and k in STOP_SINGLE_KEYS:
                        rep.error(where, f"alias {a!r} is a common word on its own")
                    if " " not in k and len(k) < 3:
                        rep.error(where, f"alias {a!r} is shorter than 3 letters")
                    if clitic_prefixed(k):
                        rep.error(where, f"alias {a!r} starts with a clitic the matcher strips")
                    if k in places:
                        rep.error(where, f"alias {a!r} is also the bare-matched place {places[k]}")
    # Parents.
    parent = {}
    for n, r in rows:
        p = r["parent"]
        if not p:
            continue
        where = f"{name}:{n} [{r['id']}]"
        if p == r["id"]:
            rep.error(where, "actor is its own parent")
        elif p not in ids:
            rep.error(where, f"parent {p!r} is not an actor id")
        else:
            parent[r["id"]] = p
    for start in parent:
        seen, cur = set(), start
        while cur in parent:
            if cur in seen:
                rep.error(name, f"parent cycle through {start}")
                break
            seen.add(cur)
            cur = parent[cur]
    return [r for _, r in rows], n_alias, alias_owner


def check_forces(rep, alias_owner):
    name = os.path.relpath(FORCES, ROOT)
    rows = read_tsv(FORCES, FORCE_COLS, rep)
    seen = {}
    for n, r in rows:
        where = f"{name}:{n} [{r['noun_ar']}]"
        k = fold(r["noun_ar"])
        if not ARABIC.search(r["noun_ar"]):
            rep.error(where, "noun_ar without Arabic letters")
        if k in seen:
            rep.error(where, f"noun repeats line {seen[k]} after folding")
        seen[k] = n
        if clitic_prefixed(k):
            rep.error(where, "noun starts with a clitic the matcher strips")
        if r["category"] not in CATEGORIES:
            rep.error(where, f"unknown category {r['category']!r}")
        if not re.fullmatch(r"[1-8]", r["inter"]):
            rep.error(where, f"inter {r['inter']!r} must be 1-8")
        if "{country}" not in r["label_en_template"]:
            rep.error(where, "label_en_template lacks {country}")
        if r.get("bare", "") not in ("", "1", "place"):
            rep.error(where, f"bare {r.get('bare')!r} must be empty, 1 or place")
        if not re.fullmatch(r"[a-z_]*", r.get("id", "")):
            rep.error(where, f"id {r.get('id')!r} must be lower-case letters and _ (empty: the category)")
        if k in alias_owner:
            rep.warn(where, f"force noun is also an alias of {alias_owner[k][0]} (the actor wins)")
    return [r for _, r in rows]


def check_titles(rep):
    name = os.path.relpath(TITLES, ROOT)
    rows = read_tsv(TITLES, TITLE_COLS, rep)
    seen = {}
    for n, r in rows:
        where = f"{name}:{n} [{r['form']}]"
        k = fold(r["form"])
        if not ARABIC.search(r["form"]):
            rep.error(where, "form without Arabic letters")
        if k in seen:
            rep.error(where, f"form repeats line {seen[k]} after folding")
        seen[k] = n
        if r["kind"] not in TITLE_KINDS:
            rep.error(where, f"unknown kind {r['kind']!r}")
        if r["takes_org"] not in ("0", "1"):
            rep.error(where, f"takes_org {r['takes_org']!r} must be 0 or 1")
        if not r["label_en"]:
            rep.error(where, "empty label_en")
        if clitic_prefixed(k) and not k.startswith("ل"):
            rep.error(where, "form starts with a clitic the matcher strips")
    return [r for _, r in rows]


def table(counter, title):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k or '(none)':<20} {v}")


def main(argv):
    quiet = "--quiet" in argv
    strict = "--warnings-as-errors" in argv
    rep = Report()
    codes = country_codes()
    places = bare_places()
    actors, n_alias, owners = ([], 0, {})
    if os.path.exists(ACTORS):
        actors, n_alias, owners = check_actors(rep, codes, places)
    else:
        rep.error("data/actors/actors.tsv", "missing")
    forces = check_forces(rep, owners) if os.path.exists(FORCES) else rep.error("data/actors/force_nouns.tsv", "missing") or []
    titles = check_titles(rep) if os.path.exists(TITLES) else rep.error("data/entities/titles.tsv", "missing") or []

    if not quiet:
        print(f"actors: {len(actors)} rows, {n_alias} aliases")
        table(Counter(a["category"] for a in actors), "per category")
        table(Counter(a["inter"] for a in actors), "per inter")
        table(Counter(a["country"] for a in actors), "per country")
        print(f"\nforce_nouns: {len(forces)} rows")
        table(Counter(f["category"] for f in forces), "force nouns per category")
        print(f"\ntitles: {len(titles)} rows")
        table(Counter(t["kind"] for t in titles), "titles per kind")
    for w in rep.warnings:
        print("warning:", w, file=sys.stderr)
    for e in rep.errors:
        print("error:", e, file=sys.stderr)
    failed = bool(rep.errors) or (strict and bool(rep.warnings))
    print(f"\n{len(rep.errors)} errors, {len(rep.warnings)} warnings", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
