"""Checks of the blind6 sets (format, references, geometry, proportions). Runs no scorer.

    python3 benchmarks/data/blind6/validate_blind6.py
"""

from __future__ import annotations

import ast
import collections
import datetime as dt
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
ROOT = DATA.parent.parent
sys.path.insert(0, str(DATA))
import lyon_gazetteer as G  # noqa: E402

CHANNELS = {"Mobile App / API", "Web Portal", "Phone", "E-mail", "Social Media", "Postal Mail", "Counter"}
LAT, LON = (45.70, 45.81), (4.77, 4.90)  # Lyon
PAIR_KEYS = ["id", "split", "cluster", "case", "duplicate", "distance_m", "days_apart", "same_request_type", "a", "b"]
REPORT_KEYS = ["name", "request_type", "category", "subject", "description", "lat", "lon", "address", "received_on", "channel"]
Q_KEYS = ["id", "split", "subject", "description", "request_type", "category", "expected", "cases"]
DUP_HEADER = ["description", "city", "seed", "label_rule", "settings_assumed", "cases", "totals", "pairs"]
KB_HEADER = ["description", "label_rule", "articles_file", "seed", "cases", "totals", "questions"]
HARD_NEG = {
    "neg_neighbour_object", "neg_parallel_street", "neg_same_place_other_object", "neg_same_object_other_problem",
    "neg_same_street_far_numbers", "neg_recurrence", "neg_noise_later", "neg_noise_other_place",
}

# days_apart and distance_m ranges each case was built with (distance only when both sides have coordinates;
# the ranges include GPS jitter and the facade side)
CASE_DAYS = {
    "dup_long_running": (31, 71), "dup_noise_repeat": (0.0, 3.5), "neg_noise_later": (12, 30),
    "neg_noise_other_place": (0.0, 1.5),
}
CASE_DIST = {
    "dup_same_wording": (0, 60), "dup_paraphrase": (0, 80), "dup_cross_type": (0, 80), "dup_symptom_vs_cause": (0, 110),
    "dup_long_running": (0, 80), "dup_noise_repeat": (0, 60), "neg_neighbour_object": (60, 260),
    "neg_parallel_street": (50, 200), "neg_same_street_far_numbers": (280, 10 ** 5), "neg_noise_other_place": (40, 280),
    "neg_easy_elsewhere": (250, 4500),
}

errors: list[str] = []


def err(msg):
    errors.append(msg)


def share(value, lo, hi, what):
    if not lo <= value <= hi:
        err(f"{what}: {value:.3f} outside the intended range {lo}-{hi}")


def seeded_types():
    tree = ast.parse((ROOT / "citizen_relation" / "setup" / "seed.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "REQUEST_TYPES" for t in node.targets):
            return {row[0]: row[1] for row in ast.literal_eval(node.value)}
    raise SystemExit("REQUEST_TYPES not found")


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * G.EARTH_RADIUS_M * math.asin(math.sqrt(h))


def pct(n, d):
    return f"{n} / {d} = {100 * n / d:.1f} %" if d else "0"


def check_report(r, where, types):
    if list(r) != REPORT_KEYS:
        err(f"{where}: keys {list(r)}")
    if r["request_type"] not in types:
        err(f"{where}: unknown type {r['request_type']!r}")
    elif types[r["request_type"]] != r["category"]:
        err(f"{where}: category {r['category']!r} is not {types[r['request_type']]!r}")
    if r["channel"] not in CHANNELS:
        err(f"{where}: channel {r['channel']!r}")
    if not r["subject"] or not r["description"]:
        err(f"{where}: empty text")
    for f in ("subject", "description", "address"):
        if r[f] and ("{" in r[f] or "}" in r[f]):
            err(f"{where}: unfilled placeholder in {f}: {r[f]!r}")
    if (r["lat"] is None) != (r["lon"] is None):
        err(f"{where}: half coordinates")
    if r["lat"] is not None and not (LAT[0] < r["lat"] < LAT[1] and LON[0] < r["lon"] < LON[1]):
        err(f"{where}: outside Lyon {r['lat']},{r['lon']}")
    try:
        return dt.datetime.strptime(r["received_on"], "%Y-%m-%dT%H:%M")
    except ValueError:
        err(f"{where}: received_on {r['received_on']!r}")
        return None


def validate_dup(types):
    d = json.loads((HERE / "duplicate_blind6.json").read_text(encoding="utf-8"))
    if list(d) != DUP_HEADER:
        err(f"duplicate header keys {list(d)}")
    pairs = d["pairs"]
    ids = [p["id"] for p in pairs]
    names = [p[s]["name"] for p in pairs for s in "ab"]
    if len(set(ids)) != len(ids):
        err("duplicate pair ids")
    if len(set(names)) != len(names):
        err("duplicate report names")
    if len({p["cluster"] for p in pairs}) != len(pairs):
        err("cluster reused")
    by_case = collections.Counter(p["case"] for p in pairs)
    for case, meta in d["cases"].items():
        if by_case[case] != meta["count"]:
            err(f"case {case}: header {meta['count']} vs {by_case[case]}")
    for p in pairs:
        w = p["id"]
        if list(p) != PAIR_KEYS:
            err(f"{w}: keys {list(p)}")
        if p["split"] != "blind6":
            err(f"{w}: split")
        if p["duplicate"] != p["case"].startswith("dup_") or d["cases"][p["case"]]["duplicate"] != p["duplicate"]:
            err(f"{w}: label vs case")
        ta, tb = check_report(p["a"], w + ".a", types), check_report(p["b"], w + ".b", types)
        if ta and tb:
            if tb <= ta:
                err(f"{w}: b not after a")
            days = round((tb - ta).total_seconds() / 86400, 3)
            if abs(days - p["days_apart"]) > 0.0011:
                err(f"{w}: days_apart {p['days_apart']} vs {days}")
        a, b = p["a"], p["b"]
        if a["lat"] is not None and b["lat"] is not None:
            dist = round(haversine(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
            if p["distance_m"] is None or abs(dist - p["distance_m"]) > 0.15:
                err(f"{w}: distance {p['distance_m']} vs {dist}")
        elif p["distance_m"] is not None:
            err(f"{w}: distance without coordinates")
        if p["same_request_type"] != (a["request_type"] == b["request_type"]):
            err(f"{w}: same_request_type")
        if p["case"] == "dup_location_in_text":
            if not any(r["lat"] is None and not r["address"] for r in (a, b)):
                err(f"{w}: no text-only side")

        if a["description"] == b["description"]:
            err(f"{w}: a and b have the same description")
        lo_hi = CASE_DAYS.get(p["case"])
        if lo_hi and not lo_hi[0] <= p["days_apart"] <= lo_hi[1]:
            err(f"{w}: days_apart {p['days_apart']} outside {lo_hi} for {p['case']}")
        lo_hi = CASE_DIST.get(p["case"])
        if lo_hi and p["distance_m"] is not None and not lo_hi[0] <= p["distance_m"] <= lo_hi[1]:
            err(f"{w}: distance {p['distance_m']} outside {lo_hi} for {p['case']}")

    dups = [p for p in pairs if p["duplicate"]]
    negs = [p for p in pairs if not p["duplicate"]]

    def cva(p):
        a, b = p["a"], p["b"]
        return (a["lat"] is not None and not a["address"] and b["lat"] is None and bool(b["address"])) or (
            b["lat"] is not None and not b["address"] and a["lat"] is None and bool(a["address"]))

    text_only = sum(any(r["lat"] is None and not r["address"] for r in (p["a"], p["b"])) for p in dups)
    t = d["totals"]
    if t["pairs"] != len(pairs) or t["duplicates"] != len(dups) or t["blind6"] != len(pairs):
        err(f"header totals {t}")
    if t["duplicates_with_different_types"] != sum(not p["same_request_type"] for p in dups):
        err("header duplicates_with_different_types")
    if t["duplicates_coords_one_side_address_other"] != sum(map(cva, dups)):
        err("header duplicates_coords_one_side_address_other")
    share(len(pairs), 200, 10 ** 6, "pairs")
    share(len(dups) / len(pairs), 0.36, 0.44, "share of duplicates")
    share(sum(not p["same_request_type"] for p in dups) / len(dups), 0.24, 0.32, "duplicates with different types")
    share(sum(map(cva, dups)) / len(dups), 0.15, 0.19, "duplicates coords one side / address other")
    share(text_only / len(dups), 0.09, 0.14, "duplicates with a text-only side")
    share(sum(p["case"] in HARD_NEG for p in negs) / len(negs), 0.70, 0.80, "hard negatives")

    print("== duplicate_blind6.json")
    print("pairs", len(pairs), "| duplicates", pct(len(dups), len(pairs)))
    print("duplicates with different request types", pct(sum(not p["same_request_type"] for p in dups), len(dups)))
    print("duplicates with coordinates on one side only, address only on the other", pct(sum(map(cva, dups)), len(dups)))
    print("duplicates with one side located only in its text",
          pct(sum(any(r["lat"] is None and not r["address"] for r in (p["a"], p["b"])) for p in dups), len(dups)))
    print("hard negatives", pct(sum(p["case"] in HARD_NEG for p in negs), len(negs)))
    print("pairs with a distance", pct(sum(p["distance_m"] is not None for p in pairs), len(pairs)))
    for case in d["cases"]:
        ps = [p for p in pairs if p["case"] == case]
        ds = sorted(p["distance_m"] for p in ps if p["distance_m"] is not None)
        days = sorted(p["days_apart"] for p in ps)
        drange = f"{ds[0]:.0f}-{ds[-1]:.0f} m ({len(ds)})" if ds else "-"
        print(f"  {case:32s} {len(ps):4d}  distance {drange:22s} days {days[0]:.2f}-{days[-1]:.2f}")
    ch = collections.Counter(p[s]["channel"] for p in pairs for s in "ab")
    print("channels", dict(ch.most_common()))
    rt = collections.Counter(p[s]["request_type"] for p in pairs for s in "ab")
    print("request types", dict(rt.most_common()))


def validate_kb(types):
    d = json.loads((HERE / "kb_blind6.json").read_text(encoding="utf-8"))
    if list(d) != KB_HEADER:
        err(f"kb header keys {list(d)}")
    arts = {a["name"]: a for a in json.loads((DATA / d["articles_file"]).read_text(encoding="utf-8"))["articles"]}
    qs = d["questions"]
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    texts = collections.Counter((q["subject"], q["description"]) for q in qs)
    for t, n in texts.items():
        if n > 1:
            err(f"question repeated: {t}")
    per_art = collections.Counter()
    tags = collections.Counter()
    for q in qs:
        w = q["id"]
        if list(q) != Q_KEYS:
            err(f"{w}: keys {list(q)}")
        if q["split"] != "blind6":
            err(f"{w}: split")
        if not q["expected"] or any(n not in arts for n in q["expected"]):
            err(f"{w}: expected {q['expected']}")
        if len(set(q["expected"])) != len(q["expected"]):
            err(f"{w}: expected repeated")
        per_art.update(q["expected"][:1])
        if q["request_type"] is None:
            if q["category"] is not None:
                err(f"{w}: category without type")
        elif q["request_type"] not in types:
            err(f"{w}: unknown type {q['request_type']!r}")
        elif types[q["request_type"]] != q["category"]:
            err(f"{w}: category")
        if ("two_acceptable" in q["cases"]) != (len(q["expected"]) == 2):
            err(f"{w}: two_acceptable tag")
        if q["request_type"] and ("type_not_linked" in q["cases"]) == (q["request_type"] in arts[q["expected"][0]]["request_types"]):
            err(f"{w}: type_not_linked tag")
        tags.update(q["cases"])
        for c in q["cases"]:
            if c not in d["cases"]:
                err(f"{w}: tag {c} not in header")
    for name in arts:
        if not 2 <= per_art[name] <= 5:
            err(f"article {name}: {per_art[name]} questions as expected[0] (2-5 wanted)")
    share(len(qs), 156, 10 ** 6, "questions")
    share(sum(q["request_type"] is None for q in qs) / len(qs), 0.40, 0.50, "questions without request type")
    share(tags["no_shared_word"] / len(qs), 0.27, 0.35, "no_shared_word")
    t = d["totals"]
    if t["questions"] != len(qs) or t["blind6"] != len(qs) or t["articles"] != len(arts):
        err(f"kb header totals {t}")
    for tag, meta in d["cases"].items():
        if tags[tag] != meta["count"]:
            err(f"tag {tag}: header {meta['count']} vs {tags[tag]}")
    print("== kb_blind6.json")
    print("questions", len(qs), "| articles", len(arts), "| min / max questions per article",
          min(per_art[n] for n in arts), "/", max(per_art.values()))
    print("with a request type", pct(sum(q["request_type"] is not None for q in qs), len(qs)))
    for tag in d["cases"]:
        print(f"  {tag:26s} {pct(tags[tag], len(qs))}")
    rt = collections.Counter(q["request_type"] for q in qs if q["request_type"])
    print("request types", dict(rt.most_common()))


def main():
    types = seeded_types()
    validate_dup(types)
    validate_kb(types)
    if errors:
        print(f"\n{len(errors)} ERROR(S)")
        for e in errors[:60]:
            print("  ", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
