"""Loaders and metrics for the held-out evaluation sets of ``benchmarks/data``.

- ``duplicate_eval.json``: pairs of Lyon reports labelled duplicate / not duplicate;
- ``kb_eval_articles.json`` and ``kb_eval.json``: a knowledge base and citizen questions labelled
  with the expected article(s).

Both sets carry a ``split`` ("fit" or "holdout") per pair / question. Tune on "fit"; report the
"holdout" figures and do not look at holdout errors while tuning (see benchmarks/data/README.md).
The "blind" splits (``duplicate_blind.json``, ``kb_blind.json``; ``blind2/`` to ``blind6/``) were
written later by people who had read neither the scorer nor the other sets' phrasings: report them,
never tune on them (but blind4, a development split since it was scored once: see below).
Nothing here imports the app: the loaders return plain dicts.

    from benchmarks.eval_sets import load_duplicate_pairs, load_kb, prf, top_k_accuracy
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SPLITS = ("fit", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
# The blind splits live in their own files: each written by someone who had not read the scorer,
# the lexicons nor the other sets' phrasings, after the models were fitted (report only, never
# tune). "blind2" was written for the round that added the sentence vectors, "blind3" for the
# round that compared every type on the same object and fault; "blind4" for the next round, scored
# once blind at its first look and a development split since (its misses read); "blind5" written
# during that round by someone who read none of it, scored once at its end; "blind6" written at the
# end of that round for the next one (not scored yet).
_BLIND = {
	"blind": {"duplicate_eval.json": "duplicate_blind.json", "kb_eval.json": "kb_blind.json"},
	**{
		f"blind{n}": {
			"duplicate_eval.json": f"blind{n}/duplicate_blind{n}.json",
			"kb_eval.json": f"blind{n}/kb_blind{n}.json",
		}
		for n in range(2, 7)
	},
}


def _check_split(split: str | None) -> None:
	if split is not None and split not in SPLITS:
		raise ValueError(f"split must be one of {SPLITS} or None, got {split!r}")


@cache
def _read(name: str) -> dict:
	return json.loads((DATA / name).read_text(encoding="utf-8"))


def duplicate_document() -> dict:
	"""The whole ``duplicate_eval.json`` (header: description, label_rule, cases...; and pairs)."""
	return _read("duplicate_eval.json")


def load_duplicate_pairs(split: str | None = None) -> list[dict]:
	"""Pairs of ``split`` ("fit", "holdout", or ``None`` for all), in file order.

	Each pair: ``id``, ``split``, ``cluster``, ``case``, ``duplicate`` (bool), ``distance_m``
	(``None`` unless both reports have coordinates), ``days_apart``, ``same_request_type``, and the
	reports ``a`` (the candidate) and ``b`` (the new report), each with ``name``, ``request_type``,
	``category``, ``subject``, ``description``, ``lat``, ``lon``, ``address`` (each may be ``None``),
	``received_on`` (ISO string) and ``channel``.
	"""
	_check_split(split)
	if split in _BLIND:
		return list(_read(_BLIND[split]["duplicate_eval.json"])["pairs"])
	pairs = duplicate_document()["pairs"]
	return [p for p in pairs if split is None or p["split"] == split]


def received_on(report: dict) -> datetime:
	return datetime.fromisoformat(report["received_on"])


def report_text(report: dict) -> str:
	"""Subject and description, as the app joins them for duplicate scoring."""
	return " ".join(p for p in (report.get("subject"), report.get("description")) if p)


def load_kb(split: str | None = None) -> tuple[list[dict], list[dict]]:
	"""``(articles, questions)``: every article, and the questions of ``split`` (or all).

	Article: ``name``, ``title``, ``body``, ``keywords``, ``request_types``, ``kind`` (the fields of
	``citizen_relation.core.ranking.Document``). Question: ``id``, ``split``, ``subject``,
	``description``, ``request_type`` (``None`` for about half), ``category`` (that of the request
	type, as the app fills it; ``None`` when there is no type), ``expected`` (acceptable article
	names, best first), ``cases`` (tags such as ``no_shared_word``, ``sibling``, ``sms``).
	"""
	_check_split(split)
	articles = _read("kb_eval_articles.json")["articles"]
	if split in _BLIND:
		return list(articles), list(_read(_BLIND[split]["kb_eval.json"])["questions"])
	questions = _read("kb_eval.json")["questions"]
	return list(articles), [q for q in questions if split is None or q["split"] == split]


def kb_document() -> dict:
	"""The whole ``kb_eval.json`` (header and questions)."""
	return _read("kb_eval.json")


# --------------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------------


def confusion(predicted: Iterable[bool], expected: Iterable[bool]) -> tuple[int, int, int, int]:
	"""``(tp, fp, fn, tn)`` of boolean predictions."""
	tp = fp = fn = tn = 0
	for p, e in zip(predicted, expected, strict=True):
		if p and e:
			tp += 1
		elif p:
			fp += 1
		elif e:
			fn += 1
		else:
			tn += 1
	return tp, fp, fn, tn


def prf(predicted: Iterable[bool], expected: Iterable[bool]) -> dict:
	"""Precision, recall, F1 and accuracy (precision/recall are ``None`` when undefined)."""
	tp, fp, fn, tn = confusion(predicted, expected)
	precision = tp / (tp + fp) if tp + fp else None
	recall = tp / (tp + fn) if tp + fn else None
	if precision is None or recall is None:
		f1 = None
	else:
		f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
	n = tp + fp + fn + tn
	return {
		"n": n,
		"tp": tp,
		"fp": fp,
		"fn": fn,
		"tn": tn,
		"precision": precision,
		"recall": recall,
		"f1": f1,
		"accuracy": (tp + tn) / n if n else None,
	}


def hit_at_k(ranked: Sequence[str], expected: Iterable[str], k: int) -> bool:
	"""Whether one of the ``expected`` names is among the first ``k`` of ``ranked``."""
	wanted = set(expected)
	return any(name in wanted for name in ranked[:k])


def top_k_accuracy(rankings: Iterable[Sequence[str]], expected: Iterable[Iterable[str]], k: int) -> float:
	"""Share of queries whose top ``k`` contains an expected name (0.0 for no query)."""
	hits = total = 0
	for ranked, wanted in zip(rankings, expected, strict=True):
		hits += hit_at_k(ranked, wanted, k)
		total += 1
	return hits / total if total else 0.0


def fmt(value: float | None) -> str:
	return "  -  " if value is None else f"{value:.3f}"
