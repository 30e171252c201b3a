"""Geocoding for duplicate detection, as plain data: what to ask a geocoder, and what it answered.

A report located only by coordinates is compared with one located only by an address once the
address has been geocoded (coordinates) or the coordinates reverse-geocoded (a street and a house
number). The adapter (:mod:`citizen_relation.duplicates.geocoding`) asks a pluggable geocoder in
the background; this module decides the question (:func:`geocoding_query`) and reads answers
(:class:`GeocodeResult`), and :func:`located_values` turns them into the fields stored on a request.

Only house-number answers give coordinates used for distances: a street-level answer (the middle
of a long street) would put the report hundreds of metres away from where it is; it still gives
the street.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from citizen_relation.core.duplicates.address import address_key, mentioned_address

FORWARD = "forward"
REVERSE = "reverse"
PRECISE = frozenset({"housenumber", "poi", "address"})


@dataclass(frozen=True)
class GeocodeResult:
	"""One geocoder answer: the point, its precision ("housenumber", "street", "locality"…), and the
	street (as written by the geocoder) and house number it found."""

	latitude: float
	longitude: float
	precision: str = "street"
	street: str | None = None
	house_number: str | None = None
	postcode: str | None = None
	city: str | None = None
	label: str | None = None
	score: float | None = None

	@property
	def is_precise(self) -> bool:
		return self.precision in PRECISE

	def to_dict(self) -> dict:
		return {k: getattr(self, k) for k in self.__dataclass_fields__}

	@classmethod
	def from_dict(cls, data: dict) -> GeocodeResult:
		return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class GeocodingQuery:
	"""What to ask: ``kind`` is :data:`FORWARD` (``text`` → point) or :data:`REVERSE` (point → street)."""

	kind: str
	text: str | None = None
	latitude: float | None = None
	longitude: float | None = None

	@property
	def cache_key(self) -> str:
		if self.kind == REVERSE:
			# ~1 m: the same point asked twice is answered from the cache
			return f"r:{self.latitude:.5f},{self.longitude:.5f}"
		return "f:" + " ".join((self.text or "").lower().split())


def _has_coordinates(lat, lon) -> bool:
	try:
		lat, lon = float(lat or 0), float(lon or 0)
	except (TypeError, ValueError):
		return False
	return math.isfinite(lat) and math.isfinite(lon) and not (lat == 0 and lon == 0)


def geocoding_query(
	latitude, longitude, address: str | None, text: str | None, *, city: str | None = None
) -> GeocodingQuery | None:
	"""The question to ask for a report, or ``None`` when it has both a point and an address.

	Coordinates without an address: reverse. An address without coordinates: forward (the
	collectivité's ``city`` is added when the address has no postcode, so that "12 rue de la Gare"
	is looked for in the right town). Neither: forward on a street named in the text, if any.
	"""
	has_point = _has_coordinates(latitude, longitude)
	address = (address or "").strip()
	if has_point and address:
		return None
	if has_point:
		return GeocodingQuery(REVERSE, latitude=float(latitude), longitude=float(longitude))
	if address and address_key(address) is not None:
		return GeocodingQuery(FORWARD, text=_with_city(address, city))
	mentioned = mentioned_address(text)
	if mentioned is not None:
		words = f"{mentioned.number} {mentioned.street}" if mentioned.number else mentioned.street
		return GeocodingQuery(FORWARD, text=_with_city(words, city))
	return None


def _with_city(text: str, city: str | None) -> str:
	if not city or _has_postcode(text) or city.lower() in text.lower():
		return text
	return f"{text}, {city}"


def _has_postcode(text: str) -> bool:
	return any(len(w) == 5 and w.isdigit() for w in text.replace(",", " ").split())


def located_values(result: GeocodeResult | None, query: GeocodingQuery) -> dict:
	"""Fields of a request filled from a geocoder's answer (``geo_*``), empty when nothing usable.

	A forward answer gives coordinates when precise to the house number (and the street in any
	case); a reverse answer gives the street and house number of the point.
	"""
	if result is None:
		return {}
	out: dict = {}
	if query.kind == FORWARD and result.is_precise:
		out["geo_latitude"] = float(result.latitude)
		out["geo_longitude"] = float(result.longitude)
	street = address_key(result.street or "") if result.street else None
	if street is not None:
		out["geo_street"] = street.street
		number = _number(result.house_number)
		if number is not None:
			out["geo_house_number"] = number
	return out


def _number(value) -> int | None:
	if value in (None, ""):
		return None
	digits = "".join(ch for ch in str(value) if ch.isdigit())
	return int(digits[:5]) if digits else None
