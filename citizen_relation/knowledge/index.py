"""The knowledge base's ranking index: one :class:`~citizen_relation.core.ranking.RankingIndex`
of the published articles and enabled response templates.

Its JSON (``to_dict()``) lives in Redis under a version key (shared cache tier), and every worker
keeps the parsed index in memory until the version changes (worker tier); articles and templates
bump the version from ``on_update``/``on_trash`` and a background job rebuilds it.

The rest of the knowledge feature: :mod:`.suggestions` (ranking for a request),
:mod:`.rendering` (templates in the sandbox), :mod:`.usage` (the usage log).
"""

from __future__ import annotations

import json

import frappe

from citizen_relation import caching
from citizen_relation.core.ranking import Document, RankingIndex
from citizen_relation.knowledge import sentence_model, vocabulary, word_vectors

INDEX_VERSION_KEY = "knowledge_index_version"
INDEX_KEY = "knowledge_index:{0}"
INDEX_TTL = 24 * 60 * 60  # seconds; also bounds staleness after a Request Type is renamed

ARTICLE, TEMPLATE = "article", "template"


# --- the cached ranking index --------------------------------------------------------------------


def _key(kind: str, name: str) -> str:
	"""Articles and templates share one index: their names are prefixed with their kind."""
	return f"{kind}:{name}"


def split_key(key: str) -> tuple[str, str]:
	kind, _sep, name = key.partition(":")
	return kind, name


def _split_keywords(value: str | None) -> tuple[str, ...]:
	return tuple(k.strip() for k in (value or "").replace("\n", ",").replace(";", ",").split(",") if k.strip())


def _request_types(parenttype: str, names: list[str]) -> dict[str, list[str]]:
	types: dict[str, list[str]] = {}
	if not names:
		return types
	for row in frappe.get_all(
		"Knowledge Request Type",
		filters={"parenttype": parenttype, "parent": ("in", names)},
		fields=["parent", "request_type"],
		order_by="idx asc",
	):
		types.setdefault(row.parent, []).append(row.request_type)
	return types


def load_documents() -> list[Document]:
	"""Published articles (every audience) and enabled templates, as core documents."""
	articles = frappe.get_all(
		"Knowledge Article",
		filters={"status": "Published"},
		fields=["name", "title", "content_type", "body", "body_md", "keywords", "learned_vocabulary"],
	)
	templates = frappe.get_all(
		"Response Template",
		filters={"enabled": 1},
		fields=["name", "template_name", "subject", "body", "keywords", "channel", "learned_vocabulary", "language"],
	)
	article_types = _request_types("Knowledge Article", [a.name for a in articles])
	template_types = _request_types("Response Template", [t.name for t in templates])
	documents = [
		Document(
			name=_key(ARTICLE, a.name),
			title=a.title,
			body=(a.body_md if a.content_type == "Markdown" else a.body) or "",
			keywords=_split_keywords(a.keywords),
			request_types=tuple(article_types.get(a.name, ())),
			kind=ARTICLE,
			learned=vocabulary.weights(a.learned_vocabulary),
		)
		for a in articles
	]
	documents += [
		Document(
			name=_key(TEMPLATE, t.name),
			title=t.template_name,
			# Jinja markup is stripped of its variables: only the template's own words are indexed.
			body=_template_words(f"{t.subject or ''}\n{t.body or ''}"),
			keywords=_split_keywords(t.keywords),
			request_types=tuple(template_types.get(t.name, ())),
			kind=TEMPLATE,
			learned=vocabulary.weights(t.learned_vocabulary, t.language),
		)
		for t in templates
	]
	return documents


def _template_words(source: str) -> str:
	import re

	return re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", source, flags=re.DOTALL)


def build_index() -> RankingIndex:
	return RankingIndex.build(load_documents())


def _current_version() -> str:
	version = caching.shared_peek(INDEX_VERSION_KEY)
	if not version:
		version = frappe.generate_hash(length=12)
		caching.shared_set(INDEX_VERSION_KEY, version)
	return version


def get_index() -> RankingIndex:
	"""The ranking index: this worker's copy, else the cached JSON, else built from the database.

	The worker's copy carries the documents' word vectors when the optional model is installed
	(:mod:`.word_vectors`; computed from the index in this process, not cached in Redis) and their
	sentence vectors when the optional encoder is (:mod:`.sentence_model`; cached in Redis per
	text, so the copy is reloaded when the background job has added some).
	"""
	version = f"{_current_version()}:{sentence_model.generation()}"
	return caching.worker_memo("knowledge_index", "index", version, _load_index, maxsize=8)


def _load_index() -> RankingIndex:
	return sentence_model.attach(read_or_build_index().use_vectors(word_vectors.vector_table()))


def read_or_build_index() -> RankingIndex:
	"""The index of the current version from its JSON in Redis, else built and stored (without
	the vectors, which each worker attaches: :func:`get_index`)."""
	key = INDEX_KEY.format(_current_version())
	cached = caching.shared_peek(key, expires=True)
	if cached:
		try:
			return RankingIndex.from_dict(json.loads(cached))
		except (ValueError, KeyError, TypeError):
			pass  # an older format: rebuilt below
	index = build_index()
	caching.shared_set(key, json.dumps(index.to_dict(), separators=(",", ":")), expires_in_sec=INDEX_TTL)
	return index


def invalidate_index(*args, **kwargs) -> None:
	"""Drop the cached index (on article or template changes, and when such a change is rolled back)."""
	old = caching.shared_peek(INDEX_VERSION_KEY)
	caching.shared_set(INDEX_VERSION_KEY, frappe.generate_hash(length=12))
	if old:
		caching.shared_delete(INDEX_KEY.format(old))
	caching.forget_worker("knowledge_index")


def on_knowledge_change(doc=None, method=None) -> None:
	"""Called by Knowledge Article and Response Template on update and trash."""
	invalidate_index()
	# The change may still be rolled back: the index built meanwhile would then be wrong.
	frappe.db.after_rollback.add(invalidate_index)
	# Rebuild in the background once committed, so that no agent waits for it (seconds for
	# thousands of articles); several changes in a row make one job.
	frappe.db.after_commit.add(_enqueue_rebuild)


def _enqueue_rebuild() -> None:
	frappe.enqueue(
		"citizen_relation.knowledge.index.rebuild_index",
		queue="short",
		job_id="citizen_relation:rebuild_knowledge_index",
		deduplicate=True,
		enqueue_after_commit=False,
	)


def rebuild_index() -> None:
	"""Background job: build the index of the current version and store it in Redis."""
	caching.forget_worker("knowledge_index")
	get_index()


# --- suggestions -----------------------------------------------------------------------------------
