#!/usr/bin/env python3
"""Extracts given names and surnames in Arabic script for the NER tagger's
name features from the name index shipped in the PyPI package
`arabic-name-romanizer` 0.2.0 (MIT; its `names.sqlite3` is built from
Wikidata person labels, CC0, and the Algerian name corpora, CC0/MIT; see
data/names/PROVENANCE.md).

The index keys are folded (أ/إ/آ → ا, ى → ي, ة → ه). Our match keys keep
ة, so a key ending in ه is written twice: as is and with ة (فاطمه and
فاطمة); the one that never occurs costs nothing.

A name unit is kept when the index has seen it at least MIN_COUNT times
in its role (given / surname): single sightings are mostly one-off
transliterations and typos.

Writes data/names/wikidata_given.txt, data/names/wikidata_surnames.txt
and data/names/wikidata_full.txt (full names of 2-4 words; sorted,
deterministic). Usage, from the repo root:

    pip download --no-deps arabic-name-romanizer==0.2.0 -d /tmp/anr
    unzip -q /tmp/anr/arabic_name_romanizer-0.2.0-py3-none-any.whl -d /tmp/anr/x
    python3 scripts/mine_wikidata_names.py \
        /tmp/anr/x/arabic_name_romanizer/resources/names.sqlite3
"""
import collections
import sqlite3
import sys

MIN_COUNT = 2


def variants(key):
    yield key
    if key.endswith('ه') and len(key) >= 3:
        yield key[:-1] + 'ة'


def main(db, out_dir='data/names'):
    con = sqlite3.connect(db)
    for role, name in (('given', 'wikidata_given.txt'), ('surname', 'wikidata_surnames.txt')):
        counts = collections.Counter()
        for k, n in con.execute('select arabic_key, count from units where role = ?', (role,)):
            counts[k.strip()] += n
        keep = set()
        for k, n in counts.items():
            if n >= MIN_COUNT and k:
                keep.update(variants(k))
        with open(f'{out_dir}/{name}', 'w', encoding='utf-8') as f:
            f.write(f'# {role} names from arabic-name-romanizer 0.2.0 names.sqlite3 (Wikidata, CC0),\n')
            f.write(f'# seen >= {MIN_COUNT} times; made by scripts/mine_wikidata_names.py. Do not edit by hand.\n')
            for k in sorted(keep):
                f.write(k + '\n')
        print(f'{name}: {len(keep)} names', file=sys.stderr)
    # Full names of two words or more, for multi-word matches.
    keep = set()
    for (k,) in con.execute('select distinct arabic_key from full_names'):
        words = k.split()
        if 2 <= len(words) <= 4:
            keep.add(' '.join(words[:-1] + list(variants(words[-1]))[:1]))
            keep.add(' '.join(words[:-1] + list(variants(words[-1]))[-1:]))
    with open(f'{out_dir}/wikidata_full.txt', 'w', encoding='utf-8') as f:
        f.write('# full person names (2-4 words) from arabic-name-romanizer 0.2.0 names.sqlite3\n')
        f.write('# (Wikidata, CC0); made by scripts/mine_wikidata_names.py. Do not edit by hand.\n')
        for k in sorted(keep):
            f.write(k + '\n')
    print(f'wikidata_full.txt: {len(keep)} names', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
