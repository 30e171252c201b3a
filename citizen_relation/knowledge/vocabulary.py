"""The learned vocabulary of articles and templates, kept from agents' usage.

An article or template inserted for a request (or voted helpful for it) learns the words of that
request; an unhelpful vote lowers them (:mod:`citizen_relation.core.vocabulary`: decayed,
capped, per language). The vocabulary is stored on the document (``learned_vocabulary``, JSON,
written by the server only) and read by the ranking index, which is rebuilt in the background.
"""

from __future__ import annotations

import json

import frappe
from frappe.utils import now_datetime

from citizen_relation.core.vocabulary import LearnedVocabulary, words_of

AMOUNTS = {"Inserted": 1.0, "Helpful": 1.0, "Unhelpful": -1.0}
_EPOCH_DAY = 86400.0


def today() -> float:
	"""Days since 1970 (the vocabulary's clock)."""
	return now_datetime().timestamp() / _EPOCH_DAY


def site_language() -> str:
	return (frappe.db.get_default("lang") or "fr").split("-")[0]


def read(value: str | None) -> LearnedVocabulary:
	try:
		return LearnedVocabulary.from_dict(json.loads(value or "{}"))
	except ValueError:
		return LearnedVocabulary()


def learn_from_usage(request: str | None, doctype: str, name: str, action: str) -> None:
	"""Teach ``name`` the words of ``request`` (or unteach them on an unhelpful vote)."""
	amount = AMOUNTS.get(action)
	if not request or amount is None:
		return
	row = frappe.db.get_value("Citizen Request", request, ["subject", "description"], as_dict=True)
	if row is None:
		return
	words = words_of(row.subject, frappe.utils.strip_html(row.description or ""))
	if not words:
		return
	language = site_language()
	if doctype == "Response Template":
		language = (frappe.db.get_value(doctype, name, "language") or language).split("-")[0]
	# row lock: two insertions at once must not lose words
	current = frappe.db.get_value(doctype, name, "learned_vocabulary", for_update=True)
	vocabulary = read(current)
	vocabulary.learn(words, language, today(), amount)
	frappe.db.set_value(
		doctype, name, "learned_vocabulary", json.dumps(vocabulary.to_dict(), separators=(",", ":")), update_modified=False
	)
	from citizen_relation.knowledge.index import on_knowledge_change

	on_knowledge_change()


def weights(value: str | None, language: str | None = None) -> dict[str, float]:
	"""The current weights of a stored vocabulary, for the ranking index."""
	return read(value).weights(language or site_language(), today())
