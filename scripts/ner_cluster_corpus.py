#!/usr/bin/env python3
"""Writes the unlabelled Arabic text the NER word clusters are learnt from:
one line per sentence or paragraph, tokens separated by single spaces,
punctuation split off as ANERcorp does.

Sources (labels, where a source has them, are ignored):
  shared/data/anercorp/train.conll            token column only (NOT test.conll)
  shared/data/wojood_sample/{train,val}.txt   token column only (NOT test.txt:
                                              it is an evaluation set)
  shared/data/eventdata/arabic_event_gsr/*.csv  `text` column
  shared/data/eventdata/idrisi_lmd_ar/*/*.jsonl `text` field
  shared/seeds/*.txt, examples/corpus/*.txt, examples/corpus/articles.jsonl

Usage (from the repo root):
  python3 scripts/ner_cluster_corpus.py ../shared > /tmp/cluster_corpus.txt
  # for development runs, leave out the last N sentences of train.conll:
  python3 scripts/ner_cluster_corpus.py ../shared --holdout 397 > /tmp/dev_corpus.txt
"""
import csv
import glob
import json
import re
import sys

TOKEN = re.compile(r'[\w\u0600-\u06ff]+|[^\w\s]', re.UNICODE)


def tok(text):
    return ' '.join(TOKEN.findall(text))


def conll(path, holdout=0):
    sents, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(parts[0])
    if cur:
        sents.append(cur)
    if holdout:
        sents = sents[:-holdout]
    return [' '.join(s) for s in sents]


def main():
    args = sys.argv[1:]
    holdout = 0
    if '--holdout' in args:
        i = args.index('--holdout')
        holdout = int(args[i + 1])
        del args[i:i + 2]
    shared = args[0] if args else '../shared'
    out = []
    out += conll(f'{shared}/data/anercorp/train.conll', holdout)
    for p in ('train', 'val'):
        out += conll(f'{shared}/data/wojood_sample/{p}.txt')
    csv.field_size_limit(1 << 24)
    for p in sorted(glob.glob(f'{shared}/data/eventdata/arabic_event_gsr/*.csv')):
        with open(p, encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                out.append(tok(row.get('text') or ''))
    for p in sorted(glob.glob(f'{shared}/data/eventdata/idrisi_lmd_ar/*/*.jsonl')):
        with open(p, encoding='utf-8') as f:
            for line in f:
                try:
                    out.append(tok(json.loads(line).get('text') or ''))
                except ValueError:
                    pass
    for p in sorted(glob.glob(f'{shared}/seeds/*.txt') + glob.glob('examples/corpus/*.txt')):
        with open(p, encoding='utf-8') as f:
            out += [tok(l) for l in f]
    for p in sorted(glob.glob('examples/corpus/*.jsonl')):
        with open(p, encoding='utf-8') as f:
            for line in f:
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                out += [tok(l) for l in str(d.get('text') or '').split('\n')]
    sys.stdout.write(''.join(l + '\n' for l in out if l.strip()))


if __name__ == '__main__':
    main()
