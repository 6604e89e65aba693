#!/usr/bin/env python3
"""Fit the event confidence model (data/events/confidence.tsv).

Input: the JSON lines `marsad eval gsr --signals FILE` writes, one labelled
GSR sentence per line with its events' signals. A sentence is positive when
its label is "yes", negative for "easy no" / "difficult no".

Model: an event of type T showing signals S gets
    p = sigmoid(sum of w["*"][s] + w[T][s] for s in S + {bias}).
A sentence is detected when one of its events of the row's type (actual or
attempted, as `marsad eval gsr` counts) is; training treats the sentence as
a bag of those events (noisy-or: P = 1 - prod(1 - p_i)), so a background
mention beside the reported event is not pushed up with it. Weights shared
by all types ("*") have an L2 penalty `lam`; the per-type deviations a
penalty `lam * TYPE_SHRINK`, so types with few sentences stay near the
shared model and types the GSR has no sentences for use it alone.

Cross-validation by article (sentences of one article stay in one fold)
picks the penalty and reports honest P/R/F1 per type at each threshold;
the final weights are fitted on everything.

Usage:
  target/release/marsad eval gsr --dir ../shared/data/eventdata/arabic_event_gsr --signals /tmp/sig.jsonl
  python3 scripts/fit_event_confidence.py /tmp/sig.jsonl --out data/events/confidence.tsv
Standard library only; deterministic.
"""

import argparse
import hashlib
import json
import math
import sys

TYPE_SHRINK = 4.0
FOLDS = 5
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]
# Never seen in training (only actual and attempted events are detected),
# so not fitted: a hand-set prior that keeps other factualities low.
FIXED = {("*", "unreal"): -2.0}


def article(id_):
    if "-" in id_:
        return id_.rsplit("-", 1)[0]
    return id_.rsplit("_", 1)[0]


def fold_of(group):
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % FOLDS


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["label"] not in ("yes", "easy no", "difficult no"):
                continue
            bag = [
                ["bias"] + e["signals"]
                for e in r["events"]
                if e["type"] == r["type"] and e["factuality"] in ("actual", "attempted")
            ]
            rows.append((r["id"], r["type"], r["label"] == "yes", bag))
    return rows


def sigmoid(z):
    if z < -35:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def event_p(w, kind, signals):
    z = 0.0
    for s in signals:
        z += w.get(("*", s), 0.0) + w.get((kind, s), 0.0)
    z += sum(v for (k, s), v in FIXED.items() if k == "*" and s in signals)
    return sigmoid(z)


def fit(rows, lam, iters=600, lr=0.5):
    """Gradient descent on the noisy-or log loss + L2 (Adam steps)."""
    w = {}
    m = {}
    v = {}
    data = [r for r in rows if r[3]]
    n = max(1, len(data))
    for t in range(1, iters + 1):
        g = {}
        for _, kind, y, bag in data:
            ps = [event_p(w, kind, sig) for sig in bag]
            q = 1.0
            for p in ps:
                q *= 1.0 - p
            big_p = min(max(1.0 - q, 1e-9), 1 - 1e-12)
            for p, sig in zip(ps, bag):
                d = -(1.0 - big_p) * p / big_p if y else p
                for s in sig:
                    if ("*", s) in FIXED:
                        continue
                    g[("*", s)] = g.get(("*", s), 0.0) + d / n
                    g[(kind, s)] = g.get((kind, s), 0.0) + d / n
        for key in set(g) | set(w):
            shrink = lam if key[0] == "*" else lam * TYPE_SHRINK
            gk = g.get(key, 0.0) + shrink * w.get(key, 0.0) / n
            m[key] = 0.9 * m.get(key, 0.0) + 0.1 * gk
            v[key] = 0.999 * v.get(key, 0.0) + 0.001 * gk * gk
            mh = m[key] / (1 - 0.9**t)
            vh = v[key] / (1 - 0.999**t)
            w[key] = w.get(key, 0.0) - lr * 0.1 * mh / (math.sqrt(vh) + 1e-8)
    return w


def score(w, rows):
    """The detection probability of each sentence (max over its events)."""
    return [max((event_p(w, kind, s) for s in bag), default=0.0) for _, kind, _, bag in rows]


def prf(rows, probs, kind, th):
    tp = fp = fn = 0
    for (_, k, y, _), p in zip(rows, probs):
        if k != kind:
            continue
        hit = p >= th
        tp += y and hit
        fp += (not y) and hit
        fn += y and not hit
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f


def cross_validate(rows, lam):
    probs = [0.0] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(article(r[0])) != k]
        w = fit(train, lam)
        for i, r in enumerate(rows):
            if fold_of(article(r[0])) == k:
                probs[i] = score(w, [r])[0]
    return probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("signals")
    ap.add_argument("--out")
    ap.add_argument("--lams", default="0.3,1,3,10")
    a = ap.parse_args()
    rows = load(a.signals)
    kinds = sorted({r[1] for r in rows})
    best = None
    for lam in [float(x) for x in a.lams.split(",")]:
        probs = cross_validate(rows, lam)
        for th in THRESHOLDS:
            fs = [prf(rows, probs, k, th)[2] for k in kinds]
            mean = sum(fs) / len(fs)
            if best is None or mean > best[0] + 1e-9:
                best = (mean, lam, th, probs)
    mean, lam, th, probs = best
    print(f"cross-validated ({FOLDS} folds by article): L2 {lam}, best mean F1 {mean:.3f} at threshold {th}")
    for k in kinds:
        cells = []
        # 0.25: the extractor's operating point (event::MIN_CONFIDENCE).
        for t in (0.25, 0.3, 0.4, 0.5, 0.6, 0.7):
            p, r, f = prf(rows, probs, k, t)
            cells.append(f"≥{t} {p:.2f}/{r:.2f}/{f:.2f}")
        p, r, f = prf(rows, probs, k, th)
        print(f"  {k:8} at {th}: P {p:.3f} R {r:.3f} F1 {f:.3f}   " + "  ".join(cells))
    w = fit(rows, lam)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("type\tsignal\tweight\n")
            f.write("# Event confidence: logistic weights per signal (see crates/marsad-core/src/event/lexicon.rs).\n")
            f.write("# Fitted by scripts/fit_event_confidence.py on the Arabic event GSR development part;\n")
            f.write(f"# L2 {lam}, cross-validated mean F1 {mean:.3f} at threshold {th}. '*' rows apply to every type.\n")
            f.write("# Regenerate: see the script's docstring.\n")
            f.write("# Hand-set prior, not fitted (the GSR counts only actual and attempted events):\n")
            for (k, s), v in sorted(FIXED.items()):
                f.write(f"{k}\t{s}\t{v}\n")
            f.write("# Fitted:\n")
            for (k, s), v in sorted(w.items(), key=lambda x: (x[0][0] != "*", x[0][0], x[0][1])):
                if abs(v) >= 0.005:
                    f.write(f"{k}\t{s}\t{v:.3f}\n")
        print(f"wrote {a.out}", file=sys.stderr)
    else:
        for (k, s), v in sorted(w.items()):
            print(f"{k}\t{s}\t{v:.3f}")


if __name__ == "__main__":
    main()
