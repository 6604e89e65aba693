#!/usr/bin/env python3
"""Mines given names and surnames for the NER tagger's name features from
the UniversalPetrarch Arabic actor dictionary (shared/data/eventdata/
universalpetrarch_arabic/dictionaries/actor_dict_ar_v4.txt).

An entry of 2-4 words (words joined by `_`) whose first word is rare in
running news text is taken as a person: its first word is a given-name
candidate, its last word a surname candidate. "Rare" is judged on the
token text of ANERcorp train.conll (labels ignored; never test.conll):
words seen 3 times or more there (with or without ال and a clitic) (حركة، وزارة، مجلس …) are common nouns,
not names, unless they are in data/names/given_names.txt.

Writes data/names/petrarch_given.txt and data/names/petrarch_surnames.txt
(sorted, deterministic). Usage, from the repo root:

    python3 scripts/mine_person_names.py ../shared
"""
import collections
import re
import sys
import unicodedata

HARAKAT = re.compile('[\u064b-\u0652\u0670\u0640]')


def key(w):
    w = unicodedata.normalize('NFKC', w)
    w = HARAKAT.sub('', w)
    for a, b in (('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ى', 'ي'), ('ئ', 'ي'), ('ؤ', 'و')):
        w = w.replace(a, b)
    return w


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
    counts = collections.Counter()
    with open(f'{shared}/data/anercorp/train.conll', encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if parts:
                counts[key(parts[0])] += 1
    given = set()
    with open('data/names/given_names.txt', encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                given.add(key(line))
    def seen(w):
        # Common words, with or without the article and a و/ب/ل clitic.
        forms = {w, 'ال' + w, 'و' + w, 'ب' + w, 'ل' + w, 'وال' + w, 'بال' + w, 'لل' + w}
        return sum(counts[x] for x in forms)

    first, last = set(), set()
    path = f'{shared}/data/eventdata/universalpetrarch_arabic/dictionaries/actor_dict_ar_v4.txt'
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line[0] in ' \t#[':
                continue
            entry = line.split('[')[0].split('#')[0].strip()
            words = [w for w in entry.strip('_').split('_') if w]
            if not 2 <= len(words) <= 4:
                continue
            if any(not re.fullmatch('[\u0621-\u064a\u0670]+', w) for w in words):
                continue
            words = [HARAKAT.sub('', w) for w in words]
            f0 = key(words[0])
            if f0 not in given and seen(f0) >= 3:
                continue
            if len(f0) >= 2:
                first.add(words[0])
            fl = key(words[-1])
            if len(fl) >= 3 and seen(fl) < 3 and fl not in given:
                last.add(words[-1])
    head = ('# Mined by scripts/mine_person_names.py from the UniversalPetrarch Arabic\n'
            '# actor dictionary (see data/names/PROVENANCE.md). Do not edit by hand.\n')
    with open('data/names/petrarch_given.txt', 'w', encoding='utf-8') as f:
        f.write(head + ''.join(w + '\n' for w in sorted(first)))
    with open('data/names/petrarch_surnames.txt', 'w', encoding='utf-8') as f:
        f.write(head + ''.join(w + '\n' for w in sorted(last)))
    print(f'{len(first)} given names, {len(last)} surnames')


if __name__ == '__main__':
    main()
