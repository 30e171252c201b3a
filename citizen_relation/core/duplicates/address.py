"""The address component of duplicate detection, for reports located by address only.

:func:`address_key` reads the house number and the normalised street of a French address
(abbreviations expanded, postcode and city dropped); :func:`address_similarity` compares two keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from citizen_relation.core.text import tokens

_STREET_ABBREVIATIONS = {
	"r": "rue",
	"av": "avenue",
	"ave": "avenue",
	"bd": "boulevard",
	"bld": "boulevard",
	"blvd": "boulevard",
	"boul": "boulevard",
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
}
_ADDRESS_NOISE = frozenset({"france", "cedex"})
_POSTCODE = re.compile(r"^\d{5}$")
_HOUSE_NUMBER = re.compile(r"^(\d{1,4})(?:bis|bi|ter|quater|[a-d])?$")  # "12bis" is "12bi" once singular
_NUMBER_SUFFIXES = frozenset({"bis", "ter", "quater"})
_ARRONDISSEMENT = re.compile(r"^\d{1,2}(?:e|er|eme)$")
_SAME_STREET = 85.0  # street similarity (%) from which two streets are taken as the same


@dataclass(frozen=True)
class AddressKey:
	number: int | None
	street: str


@lru_cache(maxsize=16384)
def address_key(address: str | None) -> AddressKey | None:
	"""House number and normalised street of a French address; ``None`` if nothing usable.

	"12, Rue de la République, 69002 Lyon" → ``AddressKey(12, "rue republique")``: abbreviations
	expanded, the postcode and what follows it (the city) dropped.
	"""
	if not address:
		return None
	words = tokens(address.replace("-", " "))
	number = None
	if words and (m := _HOUSE_NUMBER.match(words[0])):
		number = int(m.group(1))
		words = words[2:] if words[1:2] and words[1] in _NUMBER_SUFFIXES else words[1:]
	street: list[str] = []
	for w in words:
		if _POSTCODE.match(w):
			break
		if w in _ADDRESS_NOISE or _ARRONDISSEMENT.match(w):
			continue
		street.append(_STREET_ABBREVIATIONS.get(w, w))
	if not street:
		return None
	return AddressKey(number, " ".join(street))


def address_similarity(a: AddressKey, b: AddressKey) -> tuple[float, float]:
	"""``(street similarity in %, score in [0, 1])`` of two address keys.

	Streets must match (≥ 85 %, typos tolerated, extra city words ignored); the house numbers then
	decide: same number 1, numbers ≤ 4 apart 0.8, ≤ 10 apart 0.5, a number missing 0.7, else 0.
	"""
	if min(a.street.count(" "), b.street.count(" ")) >= 1:
		street = fuzz.token_set_ratio(a.street, b.street)
	else:
		street = fuzz.ratio(a.street, b.street)
	if street < _SAME_STREET:
		return street, 0.0
	if a.number is None or b.number is None:
		factor = 0.7
	else:
		gap = abs(a.number - b.number)
		factor = 1.0 if gap == 0 else 0.8 if gap <= 4 else 0.5 if gap <= 10 else 0.0
	return street, factor * street / 100.0
