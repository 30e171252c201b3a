"""The duplicate model: how the measured facts of a pair of reports weigh, learnt from decisions.

A pair of reports is described by a few **features** (:mod:`.features`), each a number in a small
range that an agent can read: how close the two places are relative to the type's usual spread,
whether the streets and house numbers agree, whether both name the same object (or different
ones), how far apart in time relative to the type's window, how alike the words are, whether the
types are the same. The model is a logistic regression over them:

    probability = 1 / (1 + exp(-(intercept + Σ coefficient × feature)))

so each component's part of the decision is its ``coefficient × feature`` (in "logit points"),
which the desk shows line by line. A pair is suggested when the probability reaches the model's
``threshold``.

:func:`fit` learns coefficients from labelled pairs (agents' merges are positives, "Not a
duplicate" decisions negatives) with numpy, pulled towards a ``prior`` model (ridge penalty on the
difference), so that a handful of decisions moves the seeded model a little and many decisions
move it more. :func:`recalibrate` wraps it with the floor of too few decisions and the figures an
administrator reads before adopting a proposed model; nothing is adopted here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# Feature name → component it explains. Order is the column order of the design matrix.
FEATURES: dict[str, str] = {
	"near": "distance",  # 1 at the same spot, 0 at the type's radius and beyond
	"far": "distance",  # distance beyond a quarter of the radius, relative to the radius (0..2)
	"unlocated": "distance",  # 1 when no distance could be measured or estimated
	"same_street": "street",
	"other_street": "street",
	"same_object": "object",
	"other_object": "object",
	"same_fault": "fault",
	"other_fault": "fault",
	"object_other_fault": "fault",  # the same object, another fault: another intervention
	"text": "text",  # similarity of the words, 0..1
	"same_name": "text",  # both name the same business or place ("Le Tchin")
	"elapsed": "time",  # time apart relative to the type's window, 0..1
	"same_day": "time",  # 1 when received within a day of each other (decays over two days)
	"reminder": "time",  # a report says it was reported before and is still there (× elapsed)
	"same_type": "type",
}
COMPONENTS: tuple[str, ...] = tuple(dict.fromkeys(FEATURES.values()))
# The direction each feature may push (a fitted coefficient of the wrong sign is set to 0): the
# model stays explainable ("the same object speaks for a duplicate") and learns no accident of
# its data ("similar words speak against").
SIGNS: dict[str, int] = {
	"near": 1,
	"far": -1,
	"unlocated": -1,
	"same_street": 1,
	"other_street": -1,
	"same_object": 1,
	"other_object": -1,
	"same_fault": 1,
	"other_fault": -1,
	"object_other_fault": -1,
	"text": 1,
	"same_name": 1,
	"elapsed": -1,
	"reminder": 1,
	"same_day": 1,
	"same_type": 1,
}
FEATURES_VERSION = 1

# Seeded model (no decision recorded yet): fitted with fit() on the "fit" half of the labelled
# Lyon pairs of benchmarks/data (python3 benchmarks/fit_duplicate_model.py --write).
SEEDED_MODEL_FILE = Path(__file__).resolve().parent / "seeded_model.json"


def _load_seeded() -> tuple[dict[str, float], float, float]:
	try:
		data = json.loads(SEEDED_MODEL_FILE.read_text(encoding="utf-8"))
	except (OSError, ValueError):
		return {name: 0.0 for name in FEATURES}, 0.0, 0.5
	coefficients = {name: float(data.get("coefficients", {}).get(name, 0.0)) for name in FEATURES}
	return coefficients, float(data.get("intercept", 0.0)), float(data.get("threshold", 0.5))


SEEDED_COEFFICIENTS, SEEDED_INTERCEPT, SEEDED_THRESHOLD = _load_seeded()


@dataclass(frozen=True)
class DuplicateModel:
	"""Coefficients per feature, intercept, and the probability from which a pair is suggested."""

	coefficients: Mapping[str, float] = field(default_factory=lambda: dict(SEEDED_COEFFICIENTS))
	intercept: float = SEEDED_INTERCEPT
	threshold: float = SEEDED_THRESHOLD
	label: str = "seeded"

	def __post_init__(self):
		if not 0.0 < self.threshold < 1.0:
			raise ValueError(f"threshold must be strictly between 0 and 1, got {self.threshold!r}")
		values = [self.intercept, *self.coefficients.values()]
		if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
			raise ValueError("coefficients must be finite numbers")
		unknown = set(self.coefficients) - set(FEATURES)
		if unknown:
			raise ValueError(f"unknown features: {sorted(unknown)}")

	def coefficient(self, feature: str) -> float:
		return float(self.coefficients.get(feature, 0.0))

	def vector(self) -> np.ndarray:
		return np.array([self.coefficient(f) for f in FEATURES], dtype=np.float64)

	def logit(self, features: Mapping[str, float]) -> float:
		return self.intercept + sum(self.coefficient(f) * float(v) for f, v in features.items())

	def probability(self, features: Mapping[str, float]) -> float:
		return sigmoid(self.logit(features))

	def probabilities(self, matrix: np.ndarray) -> np.ndarray:
		"""Probabilities of the rows of a design matrix (columns in :data:`FEATURES` order)."""
		return sigmoid_np(self.intercept + matrix @ self.vector())

	def contributions(self, features: Mapping[str, float]) -> dict[str, float]:
		"""Logit points each component adds (its features' coefficient × value)."""
		out = {c: 0.0 for c in COMPONENTS}
		for f, v in features.items():
			out[FEATURES[f]] += self.coefficient(f) * float(v)
		return out

	def to_dict(self) -> dict:
		return {
			"format": "citizen_relation.duplicate_model/1",
			"features_version": FEATURES_VERSION,
			"label": self.label,
			"intercept": round(self.intercept, 6),
			"threshold": round(self.threshold, 6),
			"coefficients": {f: round(self.coefficient(f), 6) for f in FEATURES},
		}

	@classmethod
	def from_dict(cls, data: Mapping[str, object]) -> DuplicateModel:
		"""From :meth:`to_dict`'s output; features this version does not know are ignored."""
		coefficients = {f: float(v) for f, v in dict(data.get("coefficients") or {}).items() if f in FEATURES}
		return cls(
			coefficients={**SEEDED_COEFFICIENTS, **coefficients},
			intercept=float(data.get("intercept", SEEDED_INTERCEPT)),
			threshold=float(data.get("threshold", SEEDED_THRESHOLD)),
			label=str(data.get("label") or "stored"),
		)


def seeded_model() -> DuplicateModel:
	return DuplicateModel()


def sigmoid(z: float) -> float:
	if z >= 0:
		return 1.0 / (1.0 + math.exp(-z))
	e = math.exp(z)
	return e / (1.0 + e)


def sigmoid_np(z: np.ndarray) -> np.ndarray:
	return 0.5 * (1.0 + np.tanh(0.5 * z))


def design_matrix(rows: Sequence[Mapping[str, float]]) -> np.ndarray:
	"""Rows of features (missing ones are 0) as a matrix in :data:`FEATURES` column order."""
	names = list(FEATURES)
	return np.array([[float(r.get(f, 0.0)) for f in names] for r in rows], dtype=np.float64).reshape(
		len(rows), len(names)
	)


# --------------------------------------------------------------------------------------------------
# Learning
# --------------------------------------------------------------------------------------------------


def fit(
	rows: Sequence[Mapping[str, float]],
	labels: Sequence[bool],
	*,
	prior: DuplicateModel | None = None,
	strength: float = 1.0,
	label: str = "fitted",
	iterations: int = 50,
) -> DuplicateModel:
	"""Logistic regression of ``labels`` on the feature ``rows`` (Newton's method, numpy).

	The penalty ``strength × ‖w − w_prior‖²`` pulls the coefficients towards ``prior`` (zero when
	no prior): with few decisions the result stays near the prior. The threshold is the one that
	maximises F1 on the same rows (the prior's when one class is missing).
	"""
	x = design_matrix(rows)
	y = np.asarray(labels, dtype=np.float64)
	if len(y) != len(x):
		raise ValueError("rows and labels must have the same length")
	prior = prior or DuplicateModel(coefficients={f: 0.0 for f in FEATURES}, intercept=0.0)
	w0 = np.concatenate([[prior.intercept], prior.vector()])
	if len(y) == 0 or y.min() == y.max():
		return DuplicateModel(prior.coefficients, prior.intercept, prior.threshold, label)
	xa = np.hstack([np.ones((len(x), 1)), x])
	penalty = np.full(xa.shape[1], float(strength))
	penalty[0] = strength * 0.01  # the intercept follows the data
	signs = np.array([0, *(SIGNS.get(f, 0) for f in FEATURES)], dtype=np.float64)
	free = np.ones(xa.shape[1], dtype=bool)  # coefficients not pinned at 0 by their sign
	w = np.where(signs * w0 < 0, 0.0, w0)
	for _round in range(len(FEATURES) + 1):
		for _ in range(iterations):
			p = sigmoid_np(xa @ w)
			grad = (xa.T @ (p - y) + penalty * (w - w0))[free]
			hess = ((xa * (p * (1 - p))[:, None]).T @ xa + np.diag(penalty))[np.ix_(free, free)]
			step = np.linalg.solve(hess, grad)
			w[free] -= step
			if np.max(np.abs(step)) < 1e-8:
				break
		wrong = free & (signs * w < 0)
		if not wrong.any():
			break
		# pin the most wrong one at 0 and fit the others again
		worst = int(np.argmin(np.where(wrong, signs * w, np.inf)))
		free[worst] = False
		w[worst] = 0.0
	model = DuplicateModel(
		coefficients={f: float(c) for f, c in zip(FEATURES, w[1:], strict=True)},
		intercept=float(w[0]),
		threshold=prior.threshold,
		label=label,
	)
	probabilities = model.probabilities(x)
	return DuplicateModel(model.coefficients, model.intercept, best_threshold(probabilities, y), label)


def best_threshold(probabilities: np.ndarray, labels: np.ndarray) -> float:
	"""Probability cut that maximises F1 (the midpoint between neighbouring scores, in 0.05..0.95)."""
	order = np.argsort(-probabilities)
	p, y = probabilities[order], labels[order].astype(bool)
	positives = y.sum()
	if positives == 0:
		return 0.5
	tp = np.cumsum(y)
	k = np.arange(1, len(y) + 1)
	f1 = 2 * tp / (k + positives)
	best = int(np.argmax(f1))
	cut = p[best] if best + 1 >= len(p) else (p[best] + p[best + 1]) / 2
	return float(min(0.95, max(0.05, cut)))


@dataclass(frozen=True)
class Metrics:
	"""Precision, recall and F1 of a model on labelled pairs (``None`` when undefined)."""

	n: int
	tp: int
	fp: int
	fn: int
	tn: int

	@property
	def precision(self) -> float | None:
		return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

	@property
	def recall(self) -> float | None:
		return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

	@property
	def f1(self) -> float | None:
		p, r = self.precision, self.recall
		if p is None or r is None:
			return None
		return 2 * p * r / (p + r) if p + r else 0.0

	def to_dict(self) -> dict:
		return {
			"n": self.n,
			"tp": self.tp,
			"fp": self.fp,
			"fn": self.fn,
			"tn": self.tn,
			"precision": self.precision,
			"recall": self.recall,
			"f1": self.f1,
		}


def evaluate(model: DuplicateModel, rows: Sequence[Mapping[str, float]], labels: Sequence[bool]) -> Metrics:
	if not rows:
		return Metrics(0, 0, 0, 0, 0)
	predicted = model.probabilities(design_matrix(rows)) >= model.threshold
	expected = np.asarray(labels, dtype=bool)
	tp = int(np.sum(predicted & expected))
	fp = int(np.sum(predicted & ~expected))
	fn = int(np.sum(~predicted & expected))
	tn = int(np.sum(~predicted & ~expected))
	return Metrics(len(expected), tp, fp, fn, tn)


# --------------------------------------------------------------------------------------------------
# Recalibration from agents' decisions
# --------------------------------------------------------------------------------------------------

MIN_DECISIONS = 30  # below this many decisions, no proposal: the seeded model stays the floor
MIN_EACH = 10  # …and at least this many merges and as many "not a duplicate"
PRIOR_STRENGTH = 2.0  # ridge pull towards the current model, in "decisions' worth"


@dataclass(frozen=True)
class Recalibration:
	"""A proposed model and what it would have done on the past decisions, next to the current one.

	``proposed`` is ``None`` when there are too few decisions (``reason`` says why). ``current``
	and ``proposed`` metrics are measured on the recorded decisions; the proposed model's are
	cross-validated (each decision predicted by a model fitted without it), so they do not flatter it.
	"""

	proposed: DuplicateModel | None
	current_metrics: Metrics
	proposed_metrics: Metrics | None
	decisions: int
	positives: int
	negatives: int
	reason: str = ""

	def to_dict(self) -> dict:
		return {
			"proposed": self.proposed.to_dict() if self.proposed else None,
			"current_metrics": self.current_metrics.to_dict(),
			"proposed_metrics": self.proposed_metrics.to_dict() if self.proposed_metrics else None,
			"decisions": self.decisions,
			"positives": self.positives,
			"negatives": self.negatives,
			"reason": self.reason,
		}


def recalibrate(
	rows: Sequence[Mapping[str, float]],
	labels: Sequence[bool],
	current: DuplicateModel,
	*,
	floor: DuplicateModel | None = None,
	min_decisions: int = MIN_DECISIONS,
	min_each: int = MIN_EACH,
	strength: float = PRIOR_STRENGTH,
	folds: int = 5,
	label: str = "recalibrated",
) -> Recalibration:
	"""Propose a model fitted on the decisions, pulled towards ``floor`` (the seeded model).

	Returns the proposal and the figures to compare; adopting it is the administrator's act.
	"""
	floor = floor or seeded_model()
	y = [bool(v) for v in labels]
	positives = sum(y)
	negatives = len(y) - positives
	current_metrics = evaluate(current, rows, y)
	if len(y) < min_decisions or positives < min_each or negatives < min_each:
		return Recalibration(
			None,
			current_metrics,
			None,
			len(y),
			positives,
			negatives,
			reason=f"too few decisions: {len(y)} ({positives} merges, {negatives} not duplicates); "
			f"needs {min_decisions}, with {min_each} of each",
		)
	proposed = fit(rows, y, prior=floor, strength=strength, label=label)
	return Recalibration(
		proposed,
		current_metrics,
		_cross_validated(rows, y, floor, strength, folds),
		len(y),
		positives,
		negatives,
	)


def _cross_validated(rows, labels, prior, strength, folds) -> Metrics:
	n = len(labels)
	folds = max(2, min(folds, n))
	tp = fp = fn = tn = 0
	for k in range(folds):
		test = [i for i in range(n) if i % folds == k]
		train = [i for i in range(n) if i % folds != k]
		model = fit([rows[i] for i in train], [labels[i] for i in train], prior=prior, strength=strength)
		m = evaluate(model, [rows[i] for i in test], [labels[i] for i in test])
		tp, fp, fn, tn = tp + m.tp, fp + m.fp, fn + m.fn, tn + m.tn
	return Metrics(n, tp, fp, fn, tn)
