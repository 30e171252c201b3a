"""Fit the seeded duplicate model on the "fit" half of the labelled pairs, and write it.

    python3 benchmarks/fit_duplicate_model.py            # print the model and its figures on fit
    python3 benchmarks/fit_duplicate_model.py --write    # also write core/duplicates/seeded_model.json
    python3 benchmarks/fit_duplicate_model.py --cv       # cross-validated F1 on the fit split (tuning)

The seeded model is what a collectivité gets before its agents have recorded any decision. It is
fitted with the same function as a recalibration (:func:`citizen_relation.core.duplicates.fit`),
on the pairs the app would show an agent (after the pre-filter and the gates), with geocoding.
Never fit on the holdout split: ``bench_quality.py`` reports it.
"""

from __future__ import annotations

import argparse
import json
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
	zero = DuplicateModel(coefficients={f: 0.0 for f in FEATURES}, intercept=0.0, threshold=0.5, label="zero")
	tp = fp = fn = 0
	for salt in range(repeats):

		def fold(p, salt=salt):
			return zlib.crc32(f"{salt}:{p['cluster']}".encode()) % folds

		for k in range(folds):
			train = [
				(dict(b.features), p["duplicate"])
				for p, r, b in replay.rows
				if r is None and b.gate is None and fold(p) != k
			]
			model = fit([x for x, _ in train], [y for _, y in train], prior=zero, strength=strength)
			for p, reason, b in replay.rows:
				if fold(p) != k:
					continue
				predicted = (
					reason is None and b.gate is None and model.probability(b.features) >= model.threshold
				)
				tp += predicted and p["duplicate"]
				fp += predicted and not p["duplicate"]
				fn += (not predicted) and p["duplicate"]
	precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
	return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--write", action="store_true", help="write the seeded model file")
	parser.add_argument(
		"--cv", action="store_true", help="print the cross-validated figures on the fit split"
	)
	args = parser.parse_args(argv)
	replay = Replay("fit")
	if args.cv:
		precision, recall, f1 = cross_validated(replay)
		print(
			f"fit split, 5-fold cross-validation by scene (x4): P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
		)
	x, y = replay.training_rows()
	zero = DuplicateModel(coefficients={f: 0.0 for f in FEATURES}, intercept=0.0, threshold=0.5, label="zero")
	model = fit(x, y, prior=zero, strength=STRENGTH, label="seeded")
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
