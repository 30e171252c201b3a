"""Evaluation measures for the labelled data sets (``tests/data``): used by tests and benchmarks only.

Moved out of :mod:`citizen_relation.core.duplicates`, which only holds what the app runs.
"""

from __future__ import annotations

from collections.abc import Iterable


def precision_recall(predicted: Iterable[bool], expected: Iterable[bool]) -> tuple[float, float]:
	"""Precision and recall of boolean predictions (1.0 when there is nothing to find or predict)."""
	tp = fp = fn = 0
	for p, e in zip(predicted, expected, strict=True):
		tp += p and e
		fp += p and not e
		fn += e and not p
	return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
