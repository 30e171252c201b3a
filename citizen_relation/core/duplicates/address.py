"""Addresses in duplicate detection: the street and house number a report gives, however written.

:func:`address_key` reads the house number and the normalised street of a French address
("n°50 ave Maréchal de Saxe, 69003", "en face du 69 r. de Bourgogne", "angle rue X / rue Y",
"Rue Moncey 69003 LYON"): abbreviations expanded, link words, postcode and city dropped.
:func:`mentioned_address` finds a street and a number in free text ("le banc rue Servient, devant
le 95 est cassé"), for reports whose place is only in their words. :func:`address_similarity`
compares two keys (street similarity, then the house numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from citizen_relation.core.text import is_french_word, tokens

_STREET_ABBREVIATIONS = {
	"r": "rue",
	"av": "avenue",
	"ave": "avenue",
	"aven": "avenue",
	"bd": "boulevard",
	"bld": "boulevard",
	"blvd": "boulevard",
	"boul": "boulevard",
	"bvd": "boulevard",
	"crs": "cours",
	"pl": "place",
	"pce": "place",
	"st": "saint",
	"ste": "sainte",
	"imp": "impasse",
	"ch": "chemin",
	"chem": "chemin",
	"rte": "route",
	"all": "allee",
	"sq": "square",
	"fg": "faubourg",
	"fbg": "faubourg",
	"mte": "montee",
	"qu": "quai",
	"prom": "promenade",
	"esp": "esplanade",
	"sent": "sentier",
	"res": "residence",
	"lot": "lotissement",
}
# Words that open a street name ("rue", "place"…), after abbreviation.
STREET_TYPES = frozenset(
	{
		"rue", "avenue", "boulevard", "place", "quai", "cours", "impasse", "allee", "chemin", "route",
		"montee", "passage", "esplanade", "promenade", "faubourg", "square", "sentier", "residence",
		"lotissement", "parvis", "rond", "voie", "ruelle", "traverse", "cite", "hameau", "lieu",
		"chaussee", "galerie", "mail", "port", "pont", "rampe", "clos",
	}
)
_LONG_TYPES = ("avenue", "boulevard", "impasse", "chemin", "montee", "passage", "esplanade", "promenade", "faubourg")
_ADDRESS_NOISE = frozenset({"france", "cedex", "lyon", "paris", "marseille"})
_CITY_STOP = frozenset({"france", "cedex"})
_POSTCODE = re.compile(r"^\d{5}$")
_HOUSE_NUMBER = re.compile(r"^(\d{1,4})(?:bis|bi|ter|quater|[a-d])?$")  # "12bis" is "12bi" once singular
_NUMBER_SUFFIXES = frozenset({"bis", "bi", "ter", "quater"})
_ARRONDISSEMENT = re.compile(r"^\d{1,2}(?:e|er|eme|ieme)$")
# Words that end a street name in free text: where-words, verbs and pronouns of the sentence.
_NAME_END = frozenset(
	{
		"devant", "derriere", "pres", "cote", "face", "niveau", "angle", "hauteur", "entre", "coin",
		"sous", "vers", "depuis", "juste", "avant", "apres", "pied", "numero", "no", "n", "au",
		"aux", "a", "en", "dans", "sur", "par", "pour", "avec", "il", "elle", "on", "ils", "qui",
		"que", "est", "sont", "ont", "y", "ca", "c", "encore", "toujours", "cette", "ce",
		"ces", "chez", "mon", "ma", "mes", "notre", "nos", "votre", "leur", "lyon", "pair", "impair",
		"cedex", "france", "et", "ou",
	}
)
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d"})
# Street types that are also everyday words ("sur la voie", "la place est prise", "le passage
# piéton"): in free text they open a street only before a capitalised name.
_AMBIGUOUS_TYPES = frozenset(
	{"voie", "chaussee", "route", "place", "cours", "passage", "allee", "mail", "pont", "port", "rond",
	 "lieu", "cite", "parvis", "galerie", "clos", "residence", "rampe", "traverse", "square"}
)
_ABBREVIATION_DOT = re.compile(r"\b(pl|av|ave|bd|bld|r|crs|st|ste|mte|fg|fbg|imp|ch|rte|all|sq|qu|prom|esp|boul|n)\.", re.IGNORECASE)
_MAX_NAME_WORDS = 5
_SAME_STREET = 85.0  # street similarity (%) from which two streets are taken as the same


@dataclass(frozen=True)
class AddressKey:
	"""House number (or ``None``) and normalised street ("rue republique"), without link words."""

	number: int | None
	street: str

	@property
	def street_name(self) -> str:
		"""The street without its type: "republique" for "rue republique"."""
		first, _sep, rest = self.street.partition(" ")
		return rest if first in STREET_TYPES and rest else self.street


def _words(text: str) -> list[str]:
	"""Normalised words, link words kept (they are dropped from street names later)."""
	raw = text.replace("-", " ").replace("/", " / ").replace("°", " ")
	return [_street_word(w) for w in tokens(raw, keep_stop_words=True)]


@lru_cache(maxsize=16384)
def _street_word(word: str) -> str:
	"""Abbreviations expanded, and a misspelt long street type read as it ("aveune" → "avenue")."""
	word = _STREET_ABBREVIATIONS.get(word, word)
	if len(word) >= 6 and word not in STREET_TYPES and not word.isdigit():
		found = process.extractOne(word, _LONG_TYPES, scorer=fuzz.ratio, score_cutoff=80)
		if found:
			return found[0]
	return word


def _number(word: str) -> int | None:
	m = _HOUSE_NUMBER.match(word)
	return int(m.group(1)) if m else None


@lru_cache(maxsize=16384)
def address_key(address: str | None) -> AddressKey | None:
	"""House number and normalised street of a French address; ``None`` if nothing usable.

	"12, Rue de la République, 69002 Lyon" → ``AddressKey(12, "rue republique")``. The street
	starts at its type word ("rue", "av.", "bd"…) and ends at the postcode, the city, a comma or
	a second street ("angle X / Y"); the number is the one just before the type word ("face au 12
	rue X"), or the first one of the address. Without a type word the first words are the street.
	"""
	if not address:
		return None
	first_part = re.split(r"[,;(]|\bangle\b|/| et ", address.replace("°", " "), maxsplit=1)
	words = _words(address)
	start = next((i for i, w in enumerate(words) if w in STREET_TYPES), None)
	if start is None or start > 6:
		# "Bellecour" or "12 Bourbonnais": no type word; the first part is the street
		words = _words(first_part[0]) or words
		start = 0
		while start < len(words) and (_number(words[start]) is not None or words[start] in _LINKS or words[start] in _NUMBER_SUFFIXES):
			start += 1
	number = None
	for w in reversed(words[max(0, start - 4) : start]):
		if w in _NUMBER_SUFFIXES or w in _LINKS:
			continue
		n = _number(w)
		if n is not None:
			number = n
			break
	if number is None:
		number = next((n for w in words[:start] if (n := _number(w)) is not None), None)
	street: list[str] = []
	for w in words[start:]:
		if _POSTCODE.match(w) or w in ("/", "et") or w in _CITY_STOP:
			break
		if w in _ADDRESS_NOISE or _ARRONDISSEMENT.match(w) or w in _LINKS:
			continue
		if street and (w == "angle" or (w in STREET_TYPES and len(street) > 1)):
			break
		if w.isdigit():
			if number is None and len(street) <= 1:
				number = int(w)
			continue
		street.append(w)
	if not street or street[0] in STREET_TYPES and len(street) == 1:
		return None
	return AddressKey(number, " ".join(street))


_NUMBER_CUE = re.compile(
	r"(?:n\s*°|n[o°]\.?|numéro|numero|devant(?: le| au)?|face (?:au|du)|en face du|au niveau du|"
	r"pr[eè]s du|à côté du|a cote du|hauteur du|au|du|le|entre le)\s*(\d{1,4})(?:\s*(?:bis|ter))?\b",
	re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def mentioned_address(text: str | None) -> AddressKey | None:
	"""A street (and house number) named in free text, or ``None``.

	"le banc Rue Servient, devant le 95 est cassé" → ``AddressKey(95, "rue servient")``. The street
	is the type word and up to five name words, stopping at a where-word, a verb or pronoun, a
	comma or a number (the first street named, but a "rue" rather than an everyday word read as a
	street: "chaussee defoncee rue mncey" is rue Mncey); the number is the first one introduced as
	a house number ("devant le 95", "au 12", "n°50", "entre le 20 et le 22" → 20) anywhere in the text.
	"""
	if not text:
		return None
	text = _ABBREVIATION_DOT.sub(lambda m: m.group(1) + " ", text)
	best: AddressKey | None = None
	for street, guessed in _streets_named(text):
		best = best or street
		if not guessed:
			best = street
			break
	if best is None:
		return None
	number = None
	for m in _NUMBER_CUE.finditer(text):
		value = int(m.group(1))
		if 0 < value < 2000 and not re.match(r"\s*(?:h\b|heures?|min|ans?|m\b|mètres|metres|jours?|semaines?|mois|%|€|euros?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|cm|centim)", text[m.end() :]):
			number = value
			break
	return AddressKey(number, best.street)


def _streets_named(text: str):
	"""``(AddressKey, guessed)`` of each street named in ``text``, in order. ``guessed``: the street
	type is also an everyday word and its name is in lower case ("chaussee defoncee" typed without
	accents reads like "chaussée Défoncée"), so a plain street named elsewhere ("rue mncey") wins."""
	for clause in re.split(r"[,;:.!?()\n]", text):
		words = _words(clause)
		capitalised = _capitalised_words(clause)
		for i, w in enumerate(words):
			if w not in STREET_TYPES or i + 1 >= len(words):
				continue
			following = next((x for x in words[i + 1 :] if x not in _LINKS), None)
			if following is None:
				continue
			# "place", "cours"… name a street when a proper name follows: capitalised, or, in a text
			# written all in lower case ("plus d'eclairage cours gambetta"), a word the dictionary
			# does not know ("cours gambetta", not "cours de danse", "place de parking")
			if (
				w in _AMBIGUOUS_TYPES
				and following not in capitalised
				and (capitalised or _is_plain_word(following, clause))
			):
				continue
			if following not in capitalised and _is_inflected(following):
				continue  # "la rue donne sur…", "une route défoncée": a verb or an adjective
			linked = words[i + 1] in _LINKS
			if following not in capitalised and not linked and is_french_word(following):
				continue  # "la rue sombre", "rue bloquée": a plain word, not a name ("rue de la Paix" is linked)
			name: list[str] = []
			for x in words[i + 1 : i + 1 + _MAX_NAME_WORDS + 3]:
				if x in _LINKS and not name:
					continue
				if x in _NAME_END or x.isdigit() or x in STREET_TYPES:
					break
				if x in _LINKS:
					continue
				name.append(x)
				if len(name) >= _MAX_NAME_WORDS:
					break
			if name:
				yield AddressKey(None, " ".join([w, *name])), w in _AMBIGUOUS_TYPES and following not in capitalised


def _capitalised_words(clause: str) -> frozenset[str]:
	return frozenset(w for raw in re.findall(r"\b[A-ZÀ-Ý][\wÀ-ÿ]*", clause) for w in tokens(raw, keep_stop_words=True))


@lru_cache(maxsize=16384)
def _is_inflected(word: str) -> bool:
	"""Whether the French dictionary reads ``word`` as an inflected form (a verb, a participle)."""
	from citizen_relation.core.text import lemma

	return lemma(word) != word


def _is_plain_word(word: str, clause: str) -> bool:
	"""Whether ``word`` (accents stripped), as written in ``clause``, is a dictionary word or form."""
	from citizen_relation.core.text import strip_accents

	written = {raw for raw in re.findall(r"[\wÀ-ÿ]+", clause.lower()) if strip_accents(raw) == word} or {word}
	return any(is_french_word(w) or _is_inflected(w) for w in written)


def streets_similarity(a: str, b: str) -> float:
	"""Similarity (%) of two normalised streets: typos tolerated, extra words ignored."""
	if min(a.count(" "), b.count(" ")) >= 1:
		return float(fuzz.token_set_ratio(a, b))
	return float(fuzz.ratio(a, b))


def same_street(a: AddressKey, b: AddressKey) -> bool:
	return streets_similarity(a.street, b.street) >= _SAME_STREET


def address_similarity(a: AddressKey, b: AddressKey) -> tuple[float, float]:
	"""``(street similarity in %, score in [0, 1])`` of two address keys.

	Streets must match (≥ 85 %, typos tolerated, extra city words ignored); the house numbers then
	decide: same number 1, numbers ≤ 4 apart 0.8, ≤ 10 apart 0.5, a number missing 0.7, else 0.
	"""
	street = streets_similarity(a.street, b.street)
	if street < _SAME_STREET:
		return street, 0.0
	if a.number is None or b.number is None:
		factor = 0.7
	else:
		gap = abs(a.number - b.number)
		factor = 1.0 if gap == 0 else 0.8 if gap <= 4 else 0.5 if gap <= 10 else 0.0
	return street, factor * street / 100.0


def with_number_from_text(street: AddressKey | None, text: str | None) -> AddressKey | None:
	"""``street`` with the house number its report's text gives when its address has none
	("Rue Marietton, 69009 Lyon" and "le coffret … r. Marietton vers le 86"): the number of the
	same street named in the text."""
	if street is None or street.number is not None or not text:
		return street
	named = mentioned_address(text)
	if named is None or named.number is None or streets_similarity(named.street, street.street) < 85.0:
		return street
	return AddressKey(named.number, street.street)


def street_key(street: AddressKey | str | None) -> str | None:
	"""Short, typo-tolerant key of a street for the indexed pre-filter ("rue bou" for "rue bourbonnais").

	The street type and the first three letters of its name: two spellings of one street share it
	unless the typo is in the first letters; the scorer then compares the full names. ``None``
	when there is no street.
	"""
	if street is None:
		return None
	text = street.street if isinstance(street, AddressKey) else str(street)
	words = [w for w in text.split() if w not in _LINKS]
	if not words:
		return None
	if words[0] in STREET_TYPES and len(words) > 1:
		return f"{words[0]} {words[1][:3]}"
	return words[0][:3]
