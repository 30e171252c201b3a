"""Concepts in what people write: the domain thesaurus matched against requests and articles.

A citizen who writes "officialiser notre vie commune" asks about the PACS without using the word;
an article titled "Conclure un PACS en mairie" never says "vie commune". Both are read into the
same concept (*pacs*) through the French thesaurus of :mod:`citizen_relation.core.thesaurus_fr`
(plus the synonyms administrators add), so that the knowledge ranking can match them and tell the
agent why ("same meaning: vie commune → PACS").

Matching is on word keys: each word is lower-cased, stripped of its accents and reduced two ways
— its light stem ("stationnement" → "stationn") and the light stem of its lemma (simplemma:
"vient" → "venir", "pacsés" → "pacser") —, and two words match when they share a key. French stop
words are skipped on both sides; a phrase may have one extra word inside it in the text ("carnet
bleu de famille" is "carnet de famille"). A word of six letters or more that is neither French
(simplemma's dictionary) nor known to the thesaurus is read as the thesaurus word it is a typo of
("déchetrie", "procurration"), when one is close enough.

Where several phrases overlap, a phrase inside a longer one is dropped ("carte d'électeur" is not
also "carte"), and each concept found adds its broader concepts (a *CNI* is a *titre d'identité*).

Pure Python, no frappe. :func:`default_thesaurus` is the built-in one (built once per process);
:meth:`Thesaurus.with_synonyms` merges administrators' synonym groups into it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from citizen_relation.core.text import (
	_WORD,
	HAS_FRENCH_DICTIONARY,
	STOP_WORDS,
	is_french_word,
	lemma,
	singular,
	strip_accents,
)

MAX_GAP = 1  # words allowed between two words of a phrase
TYPO_MIN_LENGTH = 6
TYPO_SIMILARITY = 86  # rapidfuzz ratio from which an unknown word is read as a thesaurus word
CUSTOM_PREFIX = "custom:"

# Function words: skipped in a text unless a phrase names them ("pas ramassé", "dans le noir").
_FUNCTION = STOP_WORDS | frozenset(
	"""
	etre avoir aller pouvoir vouloir devoir falloir faut peut peux veux voudrais voudrait souhaite
	souhaiterais dois doit il elle ils elles nous vous on se sa son ses leur leurs lui y en sans
	""".split()
)
# Function words a phrase may leave out ("carnet de famille" is "carnet bleu de la famille" too).
_OPTIONAL = frozenset("a au aux d de des du l la le les un une et s c ce cet cette".split())
# Function words that stand for one another in a phrase ("déclarer notre bébé" is "déclarer mon bébé").
_CLASSES = {
	**dict.fromkeys("mon ma mes ton ta tes notre nos votre vos son sa ses leur leurs".split(), "poss"),
	**dict.fromkeys("me m moi".split(), "me"),
	**dict.fromkeys("ne n".split(), "ne"),
}
# Words whose accents tell two meanings apart: "né" (born) is not the stop word "ne"; "marché"
# (market) is not "marche" (it works, stairs).
_ACCENTED = {"né": "naitre", "née": "naitre", "nés": "naitre", "nées": "naitre"}
_UNACCENTED = {"marche": "~marcher", "marches": "~marcher"}
_MAX_FUNCTION_SKIP = 3  # function words skipped between two words of a phrase

# Light stem endings (a copy of the ranking's, kept here so that the thesaurus stands alone).
_SUFFIXES = tuple(
	sorted(
		"""
		issements issement ements ement ations ation ateurs ateur atrices atrice itions ition
		ments ment ances ance ences ence ables able ibles ible euses euse eurs eur
		ives ive ifs if ages age erais erait eraient erons erez eront ees ee es er ez ent ai e
		""".split(),
		key=len,
		reverse=True,
	)
)


# The suffixes by length, longest first: one set look-up per length instead of one test per suffix
# (two suffixes of one length never both end a word, so the first found is the same).
_SUFFIXES_BY_LENGTH = tuple(
	(length, frozenset(s for s in _SUFFIXES if len(s) == length))
	for length in sorted({len(s) for s in _SUFFIXES}, reverse=True)
)


def _light_stem(word: str) -> str:
	"""Noun and verb of one family meet ("déneigement", "déneiger" → "deneig"); a stem keeps five
	letters, so that short words stay apart ("papier" is not "papi", "couleur" not "coule")."""
	if word.isdigit():
		return word
	size = len(word)
	for length, suffixes in _SUFFIXES_BY_LENGTH:
		if size - length >= 5 and word[-length:] in suffixes:
			return word[:-length]
	return word


@lru_cache(maxsize=131072)
def word_keys(raw: str) -> tuple[frozenset[str], bool]:
	"""The keys of one lower-case word and whether it is a function word.

	A content word has two keys (the light stem of the word and of its lemma); a function word
	has one, ``"=" + word``, matched only by the same function word in a phrase.
	"""
	if raw in _ACCENTED:
		return frozenset({_light_stem(_ACCENTED[raw])}), False
	if raw in _UNACCENTED:
		return frozenset({_UNACCENTED[raw]}), False
	plain = strip_accents(raw)
	if plain in _FUNCTION:
		return frozenset({"=" + _CLASSES.get(plain, plain)}), True
	lemmatised = lemma(raw)
	if lemmatised in _FUNCTION:
		return frozenset({"=" + plain}), True
	return frozenset({_light_stem(singular(plain)), _light_stem(lemmatised)}), False


def _words(text: str) -> list[tuple[str, frozenset[str], bool]]:
	"""(word as written, keys, is a function word) for every word of ``text``."""
	return [(raw, *word_keys(raw)) for raw in _WORD.findall(text.lower())]


def _phrase_keys(phrase: str) -> tuple[frozenset[str], ...]:
	"""Keys of a phrase's words; optional function words left out."""
	return tuple(k for raw, k, function in _words(phrase) if not (function and strip_accents(raw) in _OPTIONAL))


@dataclass(frozen=True)
class Concept:
	"""A unit of meaning: its id, the label shown to agents and the phrases that say it."""

	id: str
	label: str
	phrases: tuple[str, ...]
	broader: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
	"""A concept found in a text: ``words`` are the text's own words that said it."""

	concept: str
	words: str
	start: int
	end: int  # exclusive, in positions of non-skipped words
	broader: bool = False  # reached through a narrower concept


class Thesaurus:
	"""Concepts and their compiled phrases. Build with :func:`default_thesaurus` or :meth:`from_concepts`."""

	def __init__(self, concepts: Sequence[Concept], synonyms: Sequence[tuple[str, Sequence[str]]] = ()):
		self.concepts: dict[str, Concept] = {c.id: c for c in concepts}
		self.synonyms = tuple((label, tuple(terms)) for label, terms in synonyms)
		# first key → [(keys of each word, concept id)], longest phrases first
		self._phrases: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
		self._vocabulary: set[str] = set()
		for concept in self.concepts.values():
			for phrase in concept.phrases:
				keys = _phrase_keys(phrase)
				if not keys or all(next(iter(k)).startswith("=") for k in keys):
					continue
				entry = (keys, concept.id)
				for first in keys[0]:
					bucket = self._phrases.setdefault(first, [])
					if entry not in bucket:
						bucket.append(entry)
				for raw, _k, function in _words(phrase):
					plain = strip_accents(raw)
					if not function and len(plain) >= TYPO_MIN_LENGTH:
						self._vocabulary.add(plain)
		for bucket in self._phrases.values():
			bucket.sort(key=lambda e: -len(e[0]))
		self._known_keys = frozenset(k for bucket in self._phrases.values() for keys, _c in bucket for ks in keys for k in ks)
		self._typo_words = sorted(self._vocabulary)
		self._starting: dict[frozenset[str], tuple] = {}  # a word's keys → the phrases it may start
		self.version = self._fingerprint()

	# building

	@classmethod
	def from_concepts(
		cls, concepts: Mapping[str, tuple[str, str]], broader: Mapping[str, Sequence[str]] | None = None
	) -> Thesaurus:
		"""From ``{id: (label, "phrase | phrase")}`` and ``{id: (broader id, ...)}``."""
		broader = broader or {}
		built = [
			Concept(
				id=cid,
				label=label,
				phrases=tuple(p.strip() for p in phrases.split("|") if p.strip()),
				broader=tuple(b for b in broader.get(cid, ()) if b in concepts and b != cid),
			)
			for cid, (label, phrases) in concepts.items()
		]
		return cls(built)

	def with_synonyms(self, groups: Iterable[tuple[str, Sequence[str]]]) -> Thesaurus:
		"""This thesaurus with administrators' synonym groups merged in.

		A group ``(label, terms)`` sharing a term with built-in concepts joins them (its other terms
		become their synonyms); a group sharing none becomes a concept of its own.
		"""
		groups = [(str(label).strip(), [t.strip() for t in terms if t and t.strip()]) for label, terms in groups]
		groups = [(label or terms[0], terms) for label, terms in groups if terms]
		if not groups:
			return self
		by_phrase: dict[tuple[frozenset[str], ...], set[str]] = {}  # phrase keys → concepts
		for concept in self.concepts.values():
			for phrase in concept.phrases:
				by_phrase.setdefault(_phrase_keys(phrase), set()).add(concept.id)
		extra: dict[str, list[str]] = {}
		concepts = dict(self.concepts)
		for label, terms in groups:
			targets = set()
			for term in terms:
				targets |= by_phrase.get(_phrase_keys(term), set())
			targets &= set(self.concepts)  # only built-in concepts absorb a group
			if not targets:
				targets = {CUSTOM_PREFIX + label.lower()}
				if targets <= set(concepts):
					pass
				else:
					concepts[CUSTOM_PREFIX + label.lower()] = Concept(CUSTOM_PREFIX + label.lower(), label, ())
			for cid in targets:
				extra.setdefault(cid, []).extend(terms)
		for cid, terms in extra.items():
			c = concepts[cid]
			concepts[cid] = Concept(c.id, c.label, tuple(dict.fromkeys((*c.phrases, *terms))), c.broader)
		return Thesaurus(list(concepts.values()), (*self.synonyms, *groups))

	def _fingerprint(self) -> str:
		data = sorted((c.id, c.label, c.phrases, c.broader) for c in self.concepts.values())
		return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]

	def __len__(self) -> int:
		return len(self.concepts)

	def label(self, concept: str) -> str:
		c = self.concepts.get(concept)
		return c.label if c else concept

	# matching

	def _typo(self, raw: str) -> frozenset[str] | None:
		"""Keys of the thesaurus word ``raw`` is a typo of, or None."""
		if len(raw) < TYPO_MIN_LENGTH or raw.isdigit() or _is_french(raw):
			return None
		return _typo_keys(self, strip_accents(raw))

	def prime(self, texts: Iterable[str]) -> None:
		"""Look up at once the typos that :meth:`match` would look up one by one in ``texts``.

		Indexing thousands of articles meets tens of thousands of words the thesaurus does not
		know (names of streets, places, associations): comparing them all in one rapidfuzz
		``cdist`` call is many times faster than one ``extractOne`` per word, with the same
		result (the first best thesaurus word from the same similarity threshold).
		"""
		cache = _typo_cache(self)
		todo: dict[str, None] = {}
		for text in texts:
			if not text:
				continue
			for raw in _WORD.findall(text.lower()):
				if len(raw) < TYPO_MIN_LENGTH or raw.isdigit():
					continue
				keys, function = word_keys(raw)
				if function or (keys & self._known_keys) or _is_french(raw):
					continue
				plain = strip_accents(raw)
				if plain not in cache:
					todo[plain] = None
		if not todo or not self._typo_words:
			return
		words = list(todo)
		for start in range(0, len(words), _PRIME_CHUNK):
			chunk = words[start : start + _PRIME_CHUNK]
			scores = process.cdist(
				chunk, self._typo_words, scorer=fuzz.ratio, score_cutoff=TYPO_SIMILARITY, dtype=np.float64
			)
			best = scores.argmax(axis=1)  # the first best, as extractOne
			for plain, row, j in zip(chunk, scores, best):
				score = row[j]
				cache[plain] = word_keys(self._typo_words[j])[0] if score >= TYPO_SIMILARITY else None

	def _phrases_starting(self, here: frozenset[str]) -> tuple[tuple[tuple[frozenset[str], ...], str], ...]:
		"""The phrases whose first word has one of the keys ``here``, each once (cached per keys)."""
		seen: set[int] = set()
		out = []
		for first in here:
			for entry in self._phrases.get(first, ()):
				if id(entry[0]) not in seen:
					seen.add(id(entry[0]))
					out.append(entry)
		if len(self._starting) > 131072:
			self._starting.clear()
		self._starting[here] = found = tuple(out)
		return found

	def match(self, text: str | None) -> list[Match]:
		"""The concepts ``text`` says, in order, broader concepts after the ones that imply them."""
		if not text:
			return []
		words = _words(text)
		keys = []
		functions = []
		known = self._known_keys
		for raw, k, function in words:
			if not function and k.isdisjoint(known):
				fixed = self._typo(raw)
				if fixed:
					k = k | fixed
			keys.append(k)
			functions.append(function)
		found: list[tuple[int, int, str]] = []
		present = set().union(*keys) if keys else set()  # a phrase whose second word is absent cannot match
		starting = self._starting
		for i, here in enumerate(keys):
			candidates = starting.get(here)
			if candidates is None:
				candidates = self._phrases_starting(here)
			for phrase, concept in candidates:
				# the phrase's first word is this one: match the rest
				if len(phrase) == 1:
					end = i + 1
				elif phrase[1].isdisjoint(present):
					continue
				else:
					end = _match_rest(phrase, keys, functions, i)
				if end is not None:
					found.append((i, end, concept))
		if not found:
			return []
		# a phrase inside a longer one is dropped; equal spans of several concepts are kept
		found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
		kept: list[tuple[int, int, str]] = []
		kept_set: set[tuple[int, int, str]] = set()
		longer: list[tuple[int, int]] = []  # kept spans longer than the current candidate
		same_length: list[tuple[int, int]] = []
		length = None
		for start, end, concept in found:
			if end - start != length:
				longer.extend(same_length)
				same_length = []
				length = end - start
			if longer and any(s <= start and end <= e for s, e in longer):
				continue
			if (start, end, concept) in kept_set:
				continue
			kept.append((start, end, concept))
			kept_set.add((start, end, concept))
			same_length.append((start, end))
		kept.sort()
		out = [Match(c, " ".join(w[0] for w in words[s:e]), s, e) for s, e, c in kept]
		direct = {m.concept for m in out}
		added: set[str] = set()
		for m in list(out):
			for b in self._broader(m.concept):
				if b not in direct and b not in added:
					added.add(b)
					out.append(Match(b, m.words, m.start, m.end, broader=True))
		return out

	def _broader(self, concept: str) -> list[str]:
		out, todo = [], list(self.concepts[concept].broader) if concept in self.concepts else []
		while todo:
			b = todo.pop(0)
			if b in out or b == concept:
				continue
			out.append(b)
			todo.extend(self.concepts[b].broader if b in self.concepts else ())
		return out

	def concept_counts(self, text: str | None, broader_weight: float = 0.5) -> dict[str, float]:
		"""``{concept: count}`` of ``text``; broader concepts count ``broader_weight`` each."""
		out: dict[str, float] = {}
		for m in self.match(text):
			out[m.concept] = out.get(m.concept, 0.0) + (broader_weight if m.broader else 1.0)
		return out

	def to_dict(self) -> dict:
		"""What rebuilds this thesaurus from the built-in one: the merged synonym groups."""
		return {"version": self.version, "synonyms": [[label, list(terms)] for label, terms in self.synonyms]}


def _match_at(phrase: tuple[frozenset[str], ...], keys: list[frozenset[str]], functions: list[bool], i: int) -> int | None:
	"""End (exclusive) of ``phrase`` matched from position ``i``, or None.

	Between two words of the phrase, the text may have up to ``_MAX_FUNCTION_SKIP`` function
	words and ``MAX_GAP`` other words that the phrase does not name.
	"""
	if not (phrase[0] & keys[i]):
		return None
	return _match_rest(phrase, keys, functions, i)


def _match_rest(phrase: tuple[frozenset[str], ...], keys: list[frozenset[str]], functions: list[bool], i: int) -> int | None:
	""":func:`_match_at` once the phrase's first word is known to be at ``i``."""
	j = i + 1
	n = len(keys)
	for word in phrase[1:]:
		gap = skipped = 0
		while j < n:
			if word & keys[j]:
				break
			if functions[j]:
				skipped += 1
				if skipped > _MAX_FUNCTION_SKIP:
					return None
			else:
				gap += 1
				if gap > MAX_GAP:
					return None
			j += 1
		else:
			return None
		j += 1
	return j


# Typo look-ups per thesaurus version (the same thesaurus is rebuilt from a cached index), bounded.
_TYPO_CACHES: dict[str, dict[str, frozenset[str] | None]] = {}
_TYPO_CACHE_SIZE = 262144
_PRIME_CHUNK = 1024


def _typo_cache(thesaurus: Thesaurus) -> dict[str, frozenset[str] | None]:
	cache = _TYPO_CACHES.get(thesaurus.version)
	if cache is None:
		if len(_TYPO_CACHES) > 16:
			_TYPO_CACHES.clear()
		cache = _TYPO_CACHES[thesaurus.version] = {}
	elif len(cache) > _TYPO_CACHE_SIZE:
		cache.clear()
	return cache


def _typo_keys(thesaurus: Thesaurus, plain: str) -> frozenset[str] | None:
	cache = _typo_cache(thesaurus)
	try:
		return cache[plain]
	except KeyError:
		pass
	found = process.extractOne(plain, thesaurus._typo_words, scorer=fuzz.ratio, score_cutoff=TYPO_SIMILARITY)
	keys = word_keys(found[0])[0] if found else None
	cache[plain] = keys
	return keys


def _is_french(raw: str) -> bool:
	"""Whether the word is French as written (a real French word is never "corrected"); without a
	dictionary, every word is taken as written."""
	return is_french_word(raw) if HAS_FRENCH_DICTIONARY else True


@lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
	"""The built-in French municipal thesaurus (:mod:`citizen_relation.core.thesaurus_fr`)."""
	from citizen_relation.core.thesaurus_fr import BROADER, CONCEPTS

	return Thesaurus.from_concepts(CONCEPTS, BROADER)


def thesaurus_with(synonyms: Iterable[tuple[str, Sequence[str]]] | None) -> Thesaurus:
	"""The built-in thesaurus with ``synonyms`` (administrators' groups) merged in."""
	base = default_thesaurus()
	return base.with_synonyms(synonyms) if synonyms else base
