//! Word classes learnt from unlabelled text, for the tagger's cluster
//! features: the exchange algorithm (Kneser & Ney 1993, Martin et al.
//! 1998), which puts every word of a vocabulary into one of `k` classes so
//! that a class bigram model of the text is as likely as it can get. Words
//! that stand in the same contexts (given names, town names, speech verbs)
//! end up in the same class, so a name never seen in the labelled data
//! still gets the features of its class.
//!
//! Several granularities (e.g. 64, 256, 1024 classes) are learnt
//! independently and used together, like Brown-cluster bit prefixes.
//! Deterministic: words are ordered by count then by key, start in class
//! `rank mod k`, and are visited in that order.

use std::collections::HashMap;

#[inline]
fn xlogx(x: f64) -> f64 {
    if x > 0.0 { x * x.ln() } else { 0.0 }
}

/// Learns word classes. `sentences` are sequences of word keys (already
/// normalised); words seen fewer than `min_count` times are not clustered.
/// Returns the vocabulary, most frequent first, each word with its class
/// at every granularity of `ks`.
pub fn exchange_clusters(
    sentences: &[Vec<String>],
    ks: &[usize],
    min_count: usize,
    iterations: usize,
) -> Vec<(String, Vec<u16>)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, usize)> = counts.into_iter().filter(|(_, n)| *n >= min_count).collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, (w, _))| (*w, i)).collect();
    let v = vocab.len();
    // Word ids per sentence; rare words and sentence edges are one
    // boundary symbol (id v), which stays in its own class.
    let b = v;
    let mut left: Vec<HashMap<usize, f64>> = vec![HashMap::new(); v + 1];
    let mut right: Vec<HashMap<usize, f64>> = vec![HashMap::new(); v + 1];
    let mut count = vec![0f64; v + 1];
    for s in sentences {
        let ids: Vec<usize> = std::iter::once(b)
            .chain(s.iter().map(|w| id.get(w.as_str()).copied().unwrap_or(b)))
            .chain(std::iter::once(b))
            .collect();
        for pair in ids.windows(2) {
            let (x, y) = (pair[0], pair[1]);
            *right[x].entry(y).or_default() += 1.0;
            *left[y].entry(x).or_default() += 1.0;
        }
        for &x in &ids[1..] {
            count[x] += 1.0;
        }
    }
    // Sorted neighbour lists, for a deterministic order of summation.
    let sorted = |m: &HashMap<usize, f64>| {
        let mut x: Vec<(usize, f64)> = m.iter().map(|(a, b)| (*a, *b)).collect();
        x.sort_unstable_by_key(|p| p.0);
        x
    };
    let left: Vec<Vec<(usize, f64)>> = left.iter().map(sorted).collect();
    let right: Vec<Vec<(usize, f64)>> = right.iter().map(sorted).collect();

    let mut out: Vec<(String, Vec<u16>)> = vocab.iter().map(|(w, _)| (w.to_string(), Vec::new())).collect();
    for &k in ks {
        let k = k.clamp(2, u16::MAX as usize - 1);
        // Class k is the boundary's own.
        let nk = k + 1;
        let mut class: Vec<usize> = (0..v).map(|i| i % k).chain([k]).collect();
        let mut big = vec![0f64; nk * nk];
        let mut cc = vec![0f64; nk];
        for x in 0..=v {
            cc[class[x]] += count[x];
            for &(y, n) in &right[x] {
                big[class[x] * nk + class[y]] += n;
            }
        }
        let mut lw = vec![0f64; nk];
        let mut rw = vec![0f64; nk];
        for _ in 0..iterations {
            let mut moved = 0usize;
            for w in 0..v {
                let a = class[w];
                // Neighbour class counts of w (self-bigrams apart).
                let mut selfb = 0.0;
                for &(x, n) in &left[w] {
                    if x == w {
                        selfb = n;
                    } else {
                        lw[class[x]] += n;
                    }
                }
                for &(y, n) in &right[w] {
                    if y != w {
                        rw[class[y]] += n;
                    }
                }
                let lcls: Vec<usize> = {
                    let mut c: Vec<usize> = left[w].iter().filter(|p| p.0 != w).map(|p| class[p.0]).collect();
                    c.sort_unstable();
                    c.dedup();
                    c
                };
                let rcls: Vec<usize> = {
                    let mut c: Vec<usize> = right[w].iter().filter(|p| p.0 != w).map(|p| class[p.0]).collect();
                    c.sort_unstable();
                    c.dedup();
                    c
                };
                // Take w out of a.
                for &c in &lcls {
                    big[c * nk + a] -= lw[c];
                }
                for &d in &rcls {
                    big[a * nk + d] -= rw[d];
                }
                big[a * nk + a] -= selfb;
                cc[a] -= count[w];
                // The gain of putting w into class t.
                let gain = |t: usize| -> f64 {
                    let mut g = 0.0;
                    for &c in &lcls {
                        if c != t {
                            let n = big[c * nk + t];
                            g += xlogx(n + lw[c]) - xlogx(n);
                        }
                    }
                    for &d in &rcls {
                        if d != t {
                            let n = big[t * nk + d];
                            g += xlogx(n + rw[d]) - xlogx(n);
                        }
                    }
                    let n = big[t * nk + t];
                    g += xlogx(n + lw[t] + rw[t] + selfb) - xlogx(n);
                    g - 2.0 * (xlogx(cc[t] + count[w]) - xlogx(cc[t]))
                };
                let mut best = a;
                let mut best_gain = gain(a);
                for t in 0..k {
                    if t != a {
                        let g = gain(t);
                        if g > best_gain + 1e-9 {
                            best = t;
                            best_gain = g;
                        }
                    }
                }
                // Put w into best.
                for &c in &lcls {
                    big[c * nk + best] += lw[c];
                }
                for &d in &rcls {
                    big[best * nk + d] += rw[d];
                }
                big[best * nk + best] += selfb;
                cc[best] += count[w];
                if best != a {
                    class[w] = best;
                    moved += 1;
                }
                for &c in &lcls {
                    lw[c] = 0.0;
                }
                for &d in &rcls {
                    rw[d] = 0.0;
                }
            }
            if moved == 0 {
                break;
            }
        }
        for (w, o) in out.iter_mut().enumerate() {
            o.1.push(class[w] as u16);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut s = Vec::new();
        for name in ["احمد", "محمد", "علي", "خالد"] {
            for verb in ["قال", "اكد", "اضاف"] {
                s.push(vec![verb.to_string(), name.to_string(), "ان".to_string()]);
            }
        }
        for town in ["بغداد", "دمشق", "حلب"] {
            for p in ["في", "من"] {
                s.push(vec![p.to_string(), town.to_string(), ".".to_string()]);
            }
        }
        let c = exchange_clusters(&s, &[8], 1, 20);
        let of = |w: &str| c.iter().find(|x| x.0 == w).map(|x| x.1[0]);
        assert_eq!(of("احمد"), of("خالد"));
        assert_eq!(of("بغداد"), of("حلب"));
        assert_ne!(of("احمد"), of("بغداد"));
        // Deterministic.
        assert_eq!(c, exchange_clusters(&s, &[8], 1, 20));
    }
}
