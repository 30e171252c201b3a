"""A local stand-in for the BAN geocoder, over the Lyon gazetteer of the evaluation sets.

The evaluation reports lie on the streets of ``benchmarks/data/lyon_gazetteer.py``; this geocoder
answers as the national address base would for them, without the network: a forward query finds
the street by fuzzy name (typos and abbreviations tolerated, as the BAN does) and the point of the
house number (precision "housenumber"), or the middle of the street without a number (precision
"street"); a reverse query finds the nearest street axis and the house number at that point.
Used by the benchmarks only (``bench_quality.py``, ``bench_duplicates.py``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import lyon_gazetteer as gz

from citizen_relation.core.duplicates.address import address_key, mentioned_address
from citizen_relation.core.geocoding import GeocodeResult


def _key(name: str) -> str:
	k = address_key(name)
	return k.street if k else name.lower()


def _score(a: str, b: str, **_kw) -> float:
	"""Whole-name agreement first (as the BAN ranks), a subset of words second."""
	return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2


_PLACES = list(gz.PLACES)
_KEYS = [_key(p.name) for p in _PLACES]


class GazetteerGeocoder:
	"""``geocode(text)`` and ``reverse(lat, lon)`` returning :class:`GeocodeResult` or ``None``."""

	min_score = 80

	@lru_cache(maxsize=4096)  # noqa: B019 - one instance per benchmark run
	def geocode(self, text: str) -> GeocodeResult | None:
		key = address_key(text) or mentioned_address(text)
		if key is None:
			return None
		found = process.extractOne(key.street, _KEYS, scorer=_score, score_cutoff=self.min_score)
		if found is None:
			return None
		place = _PLACES[found[2]]
		if place.is_square:
			lat, lon = place.lat, place.lon
			return GeocodeResult(lat, lon, "street", place.name, None, place.postcode, "Lyon", place.name, found[1] / 100)
		if key.number is None or key.number > place.max_number + 2:
			lat, lon = place.point(place.length / 2)
			return GeocodeResult(lat, lon, "street", place.name, None, place.postcode, "Lyon", place.name, found[1] / 100)
		s, side = place.position_of_number(key.number)
		lat, lon = place.point(min(s, place.length), side)
		return GeocodeResult(
			lat, lon, "housenumber", place.name, str(key.number), place.postcode, "Lyon",
			f"{key.number} {place.name}", found[1] / 100,
		)

	def reverse(self, lat: float, lon: float) -> GeocodeResult | None:
		best = None
		for place in gz.STREETS:
			along, across = gz.project(place, lat, lon)
			if -20 <= along <= place.length + 20:
				gap = abs(across)
				if best is None or gap < best[0]:
					best = (gap, place, along, across)
		for square in gz.SQUARES_:
			x, y = gz._local(lat, lon, square.lat, square.lon)
			gap = max(0.0, (x * x + y * y) ** 0.5 - square.radius)
			if best is None or gap < best[0]:
				best = (gap, square, None, None)
		if best is None or best[0] > 60:
			return None
		_gap, place, along, across = best
		if place.is_square:
			return GeocodeResult(lat, lon, "street", place.name, None, place.postcode, "Lyon", place.name)
		number = place.number(along, 1 if across > 0 else -1)
		return GeocodeResult(
			lat, lon, "housenumber", place.name, str(number), place.postcode, "Lyon", f"{number} {place.name}"
		)
