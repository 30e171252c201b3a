"""Time duplicate scoring of one new report against 1 … 10,000 candidates.

Vectorised ``score_candidates`` (rapidfuzz ``cdist`` + numpy) against a pairwise loop of
``score_pair`` filtered and sorted the same way. Candidates carry a stored ``normalised_text``,
as the adapter passes them; a last line times the same run normalising the texts on the fly.

    python benchmarks/bench_duplicates_core.py
"""

from __future__ import annotations

import json
import math
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from citizen_relation.core.duplicates import (
	DetectionSettings,
	Report,
	match_text,
	score_candidates,
	score_pair,
	seeded_model,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "duplicate_pairs.json"
CENTRE = (45.7600, 4.8400)  # Lyon
SIZES = (1, 100, 1_000, 10_000)
CATEGORIES = ("Éclairage public", "Voirie", "Propreté", "Tags et graffitis", "Espaces verts")


def sample_texts() -> list[str]:
	pairs = json.loads(DATA.read_text(encoding="utf-8"))["pairs"]
	return [p[side]["text"] for p in pairs for side in ("a", "b")]


def make_candidates(n: int, texts: list[str], now: datetime, seed: int = 42) -> list[Report]:
	"""Candidates as a bounding-box pre-filter would return them: within ~150 m, some without coordinates."""
	rng = np.random.default_rng(seed)
	out = []
	for i in range(n):
		distance, bearing = rng.uniform(0, 200), rng.uniform(0, 2 * math.pi)
		lat = CENTRE[0] + distance * math.cos(bearing) / 111_195
		lon = CENTRE[1] + distance * math.sin(bearing) / (111_195 * math.cos(math.radians(CENTRE[0])))
		located = rng.random() < 0.9
		text = texts[rng.integers(len(texts))]
		out.append(
			Report(
				name=f"CR-{i:06d}",
				received_on=now - timedelta(days=float(rng.uniform(0, 30))),
				request_type="Signalement",
				category=CATEGORIES[rng.integers(len(CATEGORIES))],
				text=text,
				normalised_text=match_text(text),
				lat=lat if located else None,
				lon=lon if located else None,
				address=f"{rng.integers(1, 80)} rue de la République, 69002 Lyon",
				status="Open",
			)
		)
	return out


def fresh(candidates: list[Report]) -> list[Report]:
	"""New objects each run, so that no cached property from a previous run helps."""
	return [replace(c) for c in candidates]


def pairwise(new: Report, candidates: list[Report], settings: DetectionSettings):
	scored = [score_pair(new, c, settings) for c in candidates]
	cut = settings.threshold if settings.threshold is not None else seeded_model().threshold
	kept = [b for b in scored if b.gate is None and b.score >= cut]
	kept.sort(key=lambda b: -b.score)
	return kept


def best_time(fn, candidates: list[Report], repeats: int) -> tuple[float, int]:
	best, found = math.inf, 0
	for _ in range(repeats):
		batch = fresh(candidates)
		start = time.perf_counter()
		found = len(fn(batch))
		best = min(best, time.perf_counter() - start)
	return best, found


def main() -> None:
	settings = DetectionSettings()
	now = datetime(2024, 6, 3, 10, 0)
	texts = sample_texts()
	new = Report(
		name="NEW",
		received_on=now,
		request_type="Signalement",
		category="Éclairage public",
		text="Le réverbère devant la pharmacie ne s'allume plus",
		lat=CENTRE[0],
		lon=CENTRE[1],
		address="24 rue de la République, 69002 Lyon",
	)
	print(f"score 1 new report against N candidates (best of several runs, threshold {seeded_model().threshold:.2f})")
	print(f"{'N':>7} {'vectorised':>12} {'pairwise':>12} {'speed-up':>9} {'found':>6}")
	for n in SIZES:
		candidates = make_candidates(n, texts, now)
		repeats = 7 if n <= 1_000 else 3
		vec, found_vec = best_time(lambda cs: score_candidates(new, cs, settings), candidates, repeats)
		loop, found_loop = best_time(lambda cs: pairwise(new, cs, settings), candidates, repeats)
		assert found_vec == found_loop, (found_vec, found_loop)
		print(f"{n:>7,} {vec * 1e3:>9.2f} ms {loop * 1e3:>9.2f} ms {loop / vec:>8.1f}x {found_vec:>6}")

	candidates = [replace(c, normalised_text=None) for c in make_candidates(10_000, texts, now)]
	match_text.cache_clear()
	start = time.perf_counter()
	score_candidates(new, candidates, settings)
	print(
		f"10,000 candidates normalising their texts on the fly (cold cache): {(time.perf_counter() - start) * 1e3:.1f} ms"
	)


if __name__ == "__main__":
	main()
