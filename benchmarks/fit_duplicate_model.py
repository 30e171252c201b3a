"""Fit the seeded duplicate model on the "fit" half of the labelled pairs, and write it.

    python3 benchmarks/fit_duplicate_model.py            # print the model and its figures on fit
    python3 benchmarks/fit_duplicate_model.py --write    # also write core/duplicates/seeded_model.json
    python3 benchmarks/fit_duplicate_model.py --cv       # cross-validated F1 on the fit split (tuning)
    python3 benchmarks/fit_duplicate_model.py --grouped  # generalisation estimates (below)

``--grouped`` prints two estimates of how the pipeline transfers to wordings it was not tuned on,
both on the fit split only: **leave-one-type-out** (the pairs of each request type predicted by a
model fitted on the other types' pairs: lamp posts judged by what bins and potholes taught) and
**unseen wordings** (the same, with a random share of the lexicon's synonyms hidden when the held-
out pairs are read, as if citizens used words the lexicon does not know; averaged over draws).
Choose features, regularisation and threshold on them rather than on the in-sample figures.

The seeded model is what a collectivité gets before its agents have recorded any decision. It is
fitted with the same function as a recalibration (:func:`citizen_relation.core.duplicates.fit`),
on the pairs the app would show an agent (after the pre-filter and the gates), with geocoding.
Never fit on the holdout split: ``bench_quality.py`` reports it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from duplicate_quality import Replay

from citizen_relation.core.duplicates import FEATURES, DuplicateModel, evaluate, fit
from citizen_relation.core.duplicates.model import SEEDED_MODEL_FILE

STRENGTH = 1.0  # ridge pull towards zero: keeps coefficients moderate (few hundred pairs)


def cross_validated(replay: Replay, strength: float = STRENGTH, folds: int = 5, repeats: int = 4):
	"""P, R, F1 of the whole pipeline on the fit split, each scene predicted by a model fitted
	without it (``folds`` folds by cluster, ``repeats`` different foldings pooled): the figure to
	tune the lexicon and the features on, without touching the holdout split."""
	tp = fp = fn = 0
	for salt in range(repeats):

		def fold(p, salt=salt):
			return zlib.crc32(f"{salt}:{p['cluster']}".encode()) % folds

		for k in range(folds):
			model = _fitted(replay, lambda p, k=k: fold(p) != k, strength)
			c = _counts(model, replay.rows, lambda p, k=k: fold(p) == k)
			tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
	return _prf(tp, fp, fn)


def _fitted(replay: Replay, trained_on, strength: float) -> DuplicateModel:
	"""A model fitted from zero on the pairs the app shows an agent among those ``trained_on`` keeps."""
	zero = DuplicateModel(coefficients={f: 0.0 for f in FEATURES}, intercept=0.0, threshold=0.5, label="zero")
	train = [
		(dict(b.features), p["duplicate"])
		for p, r, b in replay.rows
		if r is None and b.gate is None and trained_on(p)
	]
	return fit([x for x, _ in train], [y for _, y in train], prior=zero, strength=strength)


def _fold_of_type(p) -> str:
	return p["b"]["request_type"]


def _counts(model, rows, held) -> tuple[int, int, int]:
	tp = fp = fn = 0
	for p, reason, b in rows:
		if not held(p):
			continue
		predicted = reason is None and b.gate is None and model.probability(b.features) >= model.threshold
		tp += predicted and p["duplicate"]
		fp += predicted and not p["duplicate"]
		fn += (not predicted) and p["duplicate"]
	return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
	precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
	return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


@contextlib.contextmanager
def hidden_lexicon(share: float, seed: int):
	"""Hide ``share`` of the object and fault phrases (and the text synonyms) while inside."""
	from citizen_relation.core.duplicates import lexicon, objects

	saved = (objects._OBJECTS, objects._FAULTS, objects._VOCABULARY, objects._VOCABULARY_SET, lexicon._LEXICON)
	rng = random.Random(seed)

	def keep(table):
		return {k: v for k, v in table.items() if rng.random() >= share}

	try:
		objects._OBJECTS, objects._FAULTS = keep(saved[0]), keep(saved[1])
		# both forms of the vocabulary: a hidden word must not stay findable through either
		objects._VOCABULARY, objects._VOCABULARY_SET = objects.vocabulary_of(objects._OBJECTS, objects._FAULTS)
		lexicon._LEXICON = keep(saved[4])
		_clear_caches()
		yield
	finally:
		(objects._OBJECTS, objects._FAULTS, objects._VOCABULARY, objects._VOCABULARY_SET, lexicon._LEXICON) = saved
		_clear_caches()


def _clear_caches():
	from citizen_relation.core.duplicates import lexicon, objects

	objects.describe.cache_clear()
	objects._corrected.cache_clear()
	lexicon.match_text.cache_clear()


def grouped(replay: Replay, strength: float = STRENGTH, share: float = 0.0, draws: int = 1):
	"""Leave-one-request-type-out P, R, F1 on the fit split; with ``share`` > 0, the held-out
	type's pairs are read with that share of the lexicon hidden (``draws`` random hidings pooled)."""
	groups = sorted({_fold_of_type(p) for p in replay.pairs})
	models = {g: _fitted(replay, lambda p, g=g: _fold_of_type(p) != g, strength) for g in groups}
	tp = fp = fn = 0
	for d in range(draws if share > 0 else 1):
		if share > 0:
			with hidden_lexicon(share, seed=d):
				rows = Replay("fit").rows
		else:
			rows = replay.rows
		for g in groups:
			c = _counts(models[g], rows, lambda p, g=g: _fold_of_type(p) == g)
			tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
	return _prf(tp, fp, fn)


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--write", action="store_true", help="write the seeded model file")
	parser.add_argument(
		"--cv", action="store_true", help="print the cross-validated figures on the fit split"
	)
	parser.add_argument(
		"--grouped",
		action="store_true",
		help="print leave-one-type-out figures, with and without a share of the lexicon hidden",
	)
	parser.add_argument("--strength", type=float, default=STRENGTH, help="ridge strength (tuning)")
	args = parser.parse_args(argv)
	replay = Replay("fit")
	if args.grouped:
		print("fit split, leave-one-request-type-out: P {:.3f} R {:.3f} F1 {:.3f}".format(*grouped(replay, args.strength)))
		for share in (0.2, 0.4):
			print(
				f"  ... reading the held-out type with {share:.0%} of the lexicon hidden (5 draws): "
				"P {:.3f} R {:.3f} F1 {:.3f}".format(*grouped(replay, args.strength, share=share, draws=5))
			)
	if args.cv:
		precision, recall, f1 = cross_validated(replay, args.strength)
		print(
			f"fit split, 5-fold cross-validation by scene (x4): P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
		)
	x, y = replay.training_rows()
	zero = DuplicateModel(coefficients={f: 0.0 for f in FEATURES}, intercept=0.0, threshold=0.5, label="zero")
	model = fit(x, y, prior=zero, strength=args.strength, label="seeded")
	print(json.dumps(model.to_dict(), indent=1, ensure_ascii=False))
	m = evaluate(model, x, y)
	print(
		f"fit split, pairs shown to agents: {len(y)} ({sum(y)} duplicates); P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}"
	)
	if args.write:
		SEEDED_MODEL_FILE.write_text(
			json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
		)
		print(f"written: {SEEDED_MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
	main()
