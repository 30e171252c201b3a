"""Quality of duplicate detection and knowledge suggestions on the held-out evaluation sets.

    python3 benchmarks/bench_quality.py                 # holdout, then fit
    python3 benchmarks/bench_quality.py --split holdout
    python3 benchmarks/bench_quality.py --errors 20     # also list some misses (use on fit only)

Prints, per split:

1. duplicate detection as the app does it today: the seeded settings of technical request
   types (radius 150 m, window 30 days, threshold 0.65) and the adapter's pre-filter, which only
   proposes candidates of the same request type, inside the time window, and located (bounding box,
   or address for reports without coordinates): a pair failing the pre-filter is predicted "not a
   duplicate". Also the scorer alone (no pre-filter) for reference;
2. the naive rule "same request type, within 75 m and 30 days" (pairs without coordinates on
   both sides: same normalised street and house number, within 30 days);
3. knowledge suggestions: top-1 / top-3 of ``RankingIndex.rank(..., limit=3, kind="article")``
   with the question's request type, subject and description (as ``tests/test_ranking.py`` does),
   then with the category the app also passes, then without request type.

Precision / recall / F1 overall and, per case, how many pairs the method gets right.
Imports only package-level names of ``citizen_relation.core.duplicates`` and
``citizen_relation.core.ranking``, so the script survives a reorganisation of their internals.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_sets import (
	SPLITS,
	duplicate_document,
	fmt,
	hit_at_k,
	load_duplicate_pairs,
	load_kb,
	prf,
	received_on,
	report_text,
)

from citizen_relation.core import duplicates as dup_core
from citizen_relation.core.duplicates import DetectionSettings, Report
from citizen_relation.core.ranking import Document, Query, RankingIndex

SEEDED = {
	"radius_m": 150,
	"window_days": 30,
	"threshold": 0.65,
}  # seed.DUPLICATE_DETECTION, Technical Problem
NAIVE_RADIUS_M = 75.0
NAIVE_WINDOW_DAYS = 30.0

# --------------------------------------------------------------------------------------------------
# Duplicates
# --------------------------------------------------------------------------------------------------


def to_report(d: dict) -> Report:
	return Report(
		name=d["name"],
		received_on=received_on(d),
		request_type=d["request_type"],
		category=d["category"],
		text=report_text(d),
		lat=d["lat"],
		lon=d["lon"],
		address=d["address"],
	)


def _has_coords(d: dict) -> bool:
	return d["lat"] is not None and d["lon"] is not None and not (d["lat"] == 0 and d["lon"] == 0)


def prefilter_reason(new: dict, cand: dict, settings: DetectionSettings) -> str | None:
	"""Why the adapter's pre-filter (citizen_relation.duplicates.prefilter) would not propose ``cand``.

	Same request type, received within the window, and: a geolocated new report sees candidates in
	the bounding box of the radius, plus those without coordinates when it has an address itself; a
	new report with an address only sees every candidate with an address; no location: nothing.
	"""
	if new["request_type"] != cand["request_type"]:
		return "other_type"
	if abs((received_on(new) - received_on(cand)).total_seconds()) / 86400 > settings.window_days:
		return "beyond_window"
	if _has_coords(new):
		if _has_coords(cand):
			min_lat, max_lat, min_lon, max_lon = dup_core.bounding_box(
				new["lat"], new["lon"], settings.radius_m
			)
			if not (min_lat <= cand["lat"] <= max_lat and min_lon <= cand["lon"] <= max_lon):
				return "beyond_radius"
			return None
		return None if new["address"] and cand["address"] else "no_location"
	if new["address"]:
		return None if cand["address"] else "no_location"
	return "no_location"


def score(new: dict, cand: dict, settings: DetectionSettings):
	"""The core's breakdown of ``cand`` against ``new`` (the pairwise reference, else the vectorised call)."""
	score_pair = getattr(dup_core, "score_pair", None)
	if score_pair is not None:
		return score_pair(to_report(new), to_report(cand), settings)
	found = dup_core.score_candidates(to_report(new), [to_report(cand)], settings)
	return found[0] if found else None


def current_app(pair: dict, settings: DetectionSettings) -> tuple[bool, str]:
	"""(prediction, reason) of the app today: b is the new report, a the candidate."""
	reason = prefilter_reason(pair["b"], pair["a"], settings)
	if reason:
		return False, f"prefilter:{reason}"
	b = score(pair["b"], pair["a"], settings)
	if b is None:
		return False, "gate_or_threshold"
	if getattr(b, "is_duplicate", False):
		return True, "suggested"
	gate = getattr(b, "gate", None)
	return False, f"gate:{gate}" if gate else "below_threshold"


def scorer_only(pair: dict, settings: DetectionSettings) -> bool:
	b = score(pair["b"], pair["a"], settings)
	return bool(b is not None and getattr(b, "is_duplicate", False))


def _address_key(address):
	key = getattr(dup_core, "address_key", None)
	if key is not None:
		return key(address)
	return None


def naive_rule(pair: dict) -> bool:
	"""Same type, within 75 m and 30 days; without coordinates: same street and number."""
	a, b = pair["a"], pair["b"]
	if a["request_type"] != b["request_type"] or pair["days_apart"] > NAIVE_WINDOW_DAYS:
		return False
	if _has_coords(a) and _has_coords(b):
		return dup_core.haversine_m(a["lat"], a["lon"], b["lat"], b["lon"]) <= NAIVE_RADIUS_M
	ka, kb = _address_key(a["address"]), _address_key(b["address"])
	if ka is None or kb is None or ka.number is None or kb.number is None:
		return False
	return ka.street == kb.street and ka.number == kb.number


def line(label: str, m: dict) -> str:
	return (
		f"  {label:44s} P {fmt(m['precision'])}  R {fmt(m['recall'])}  F1 {fmt(m['f1'])}"
		f"  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']}, tn {m['tn']})"
	)


def bench_duplicates(split: str, errors: int) -> dict:
	pairs = load_duplicate_pairs(split)
	settings = DetectionSettings(**SEEDED)
	expected = [p["duplicate"] for p in pairs]
	app = [current_app(p, settings) for p in pairs]
	app_pred = [x[0] for x in app]
	alone = [scorer_only(p, settings) for p in pairs]
	naive = [naive_rule(p) for p in pairs]
	results = {"app": prf(app_pred, expected), "scorer": prf(alone, expected), "naive": prf(naive, expected)}

	n_dup = sum(expected)
	print(
		f"\n== Duplicate detection, {split} split: {len(pairs)} pairs, {n_dup} duplicates ({n_dup / len(pairs):.0%})"
	)
	print(line("current app (same-type pre-filter + scorer)", results["app"]))
	print(line("scorer alone (no pre-filter)", results["scorer"]))
	print(line("naive: same type, <= 75 m, <= 30 days", results["naive"]))

	by_case = defaultdict(list)
	for p, a, s, nv in zip(pairs, app_pred, alone, naive):
		by_case[p["case"]].append((p["duplicate"], a, s, nv))
	print(
		f"\n  {'case':32s} {'label':5s} {'n':>4s}   {'app':>12s}  {'scorer':>12s}  {'naive':>12s}   (right / n)"
	)
	for case in duplicate_document()["cases"]:
		rows = by_case.get(case, [])
		if not rows:
			continue
		label = "dup" if rows[0][0] else "not"
		cells = []
		for k in (1, 2, 3):
			right = sum(r[k] == r[0] for r in rows)
			cells.append(f"{right:3d}/{len(rows):<3d} {right / len(rows):4.0%}")
		print(f"  {case:32s} {label:5s} {len(rows):4d}   {cells[0]:>12s}  {cells[1]:>12s}  {cells[2]:>12s}")

	# per-case P/R/F1: each duplicate case against all negatives, each negative case against all duplicates
	print(
		"\n  per case, current app: P/R/F1 on (this case + all pairs of the other label); for a negative case"
	)
	print("  recall is that of all duplicates, precision shows what this kind of negative costs")
	neg_idx = [i for i, p in enumerate(pairs) if not p["duplicate"]]
	dup_idx = [i for i, p in enumerate(pairs) if p["duplicate"]]
	for case in duplicate_document()["cases"]:
		idx = [i for i, p in enumerate(pairs) if p["case"] == case]
		if not idx:
			continue
		other = neg_idx if pairs[idx[0]]["duplicate"] else dup_idx
		sel = idx + other
		m = prf([app_pred[i] for i in sel], [expected[i] for i in sel])
		print(f"  {case:32s} P {fmt(m['precision'])}  R {fmt(m['recall'])}  F1 {fmt(m['f1'])}")

	missed = Counter(reason for (pred, reason), e in zip(app, expected) if e and not pred)
	false = Counter(p["case"] for p, pred, e in zip(pairs, app_pred, expected) if pred and not e)
	print(f"\n  why the app misses duplicates: {', '.join(f'{k} {v}' for k, v in missed.most_common())}")
	print(f"  false suggestions by case: {', '.join(f'{k} {v}' for k, v in false.most_common()) or 'none'}")
	if errors:
		shown = 0
		for p, (pred, reason), e in zip(pairs, app, expected):
			if pred != e and shown < errors:
				shown += 1
				print(
					f"  {p['id']} {p['case']} expected {e} got {pred} ({reason}) d={p['distance_m']} days={p['days_apart']}"
				)
				for side in ("a", "b"):
					r = p[side]
					print(f"      {side}: [{r['request_type']}] {report_text(r)[:140]!r} @ {r['address']}")
	return results


# --------------------------------------------------------------------------------------------------
# Knowledge suggestions
# --------------------------------------------------------------------------------------------------


def bench_kb(split: str, errors: int) -> dict:
	articles, questions = load_kb(split)
	index = RankingIndex.build([Document(**a) for a in articles])

	def run(use_type: bool, use_category: bool):
		ranked = []
		for q in questions:
			query = Query(
				request_type=q["request_type"] if use_type else None,
				category=q.get("category") if use_category else None,
				subject=q["subject"],
				description=q["description"],
			)
			ranked.append([r.name for r in index.rank(query, limit=3, kind="article")])
		top1 = [hit_at_k(r, q["expected"], 1) for r, q in zip(ranked, questions)]
		top3 = [hit_at_k(r, q["expected"], 3) for r, q in zip(ranked, questions)]
		return ranked, top1, top3

	n = len(questions)
	typed = sum(q["request_type"] is not None for q in questions)
	print(
		f"\n== Knowledge suggestions, {split} split: {n} questions ({typed} with a request type), {len(articles)} articles"
	)
	results = {}
	for label, use_type, use_cat in (
		("as tests/test_ranking.py (type, subject, description)", True, False),
		("as the app (type, category, subject, description)", True, True),
		("without request type nor category", False, False),
	):
		ranked, top1, top3 = run(use_type, use_cat)
		results[label] = {"top1": sum(top1) / n, "top3": sum(top3) / n}
		print(f"  {label:58s} top-1 {sum(top1) / n:.3f}  top-3 {sum(top3) / n:.3f}")
		if use_type and not use_cat:
			main = (ranked, top1, top3)

	ranked, top1, top3 = main
	tags = defaultdict(list)
	for q, t1, t3 in zip(questions, top1, top3):
		for tag in q["cases"] or ["plain"]:
			tags[tag].append((t1, t3))
		tags["with_type" if q["request_type"] else "without_type"].append((t1, t3))
	print(f"\n  {'case (a question may have several)':36s} {'n':>4s}  top-1  top-3")
	for tag in sorted(tags):
		rows = tags[tag]
		print(
			f"  {tag:36s} {len(rows):4d}  {sum(r[0] for r in rows) / len(rows):.3f}  {sum(r[1] for r in rows) / len(rows):.3f}"
		)
	if errors:
		shown = 0
		for q, r, t1 in zip(questions, ranked, top1):
			if not t1 and shown < errors:
				shown += 1
				print(
					f"  {q['id']} expected {q['expected']} got {r} | {q['subject']!r} {q['description'][:100]!r}"
				)
	return results


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--split", choices=[*SPLITS, "all"], default=None, help="default: holdout then fit")
	parser.add_argument("--errors", type=int, default=0, help="list up to N misses per section")
	args = parser.parse_args(argv)
	splits = ["holdout", "fit"] if args.split is None else [None if args.split == "all" else args.split]
	for split in splits:
		bench_duplicates(split, args.errors)
		bench_kb(split, args.errors)


if __name__ == "__main__":
	main()
