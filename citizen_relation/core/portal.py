"""The citizen portal's rules that need no database: what a guest may learn, and bot checks.

* :func:`distance_band` and :func:`coarse_point`: the "already reported?" check and the public
  map tell a citizen *roughly* where a known report is, never where exactly. Distances are
  measured between points snapped to a grid (:data:`GRID_M`), then given as a band, so that a
  caller choosing the point it asks from learns at best the grid cell of a report, whatever
  the number of calls (no trilateration).
* :func:`check_timing` / :func:`form_stamp`: the bot traps (a hidden field people leave empty,
  a minimum time to fill the form, a signed start time that a bot cannot forge).
* :func:`rank_types`: the intent search of the report page ("lampadaire" → public lighting).
* :func:`contrast_ratio`: the portal's colours keep the contrast RGAA requires (WCAG 1.4.3).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.text import strip_accents, tokens

# --- what a guest may learn of a location -------------------------------------------------------

GRID_M = 100.0
# (upper bound in metres, label) — the label is translated by the adapter
DISTANCE_BANDS: tuple[tuple[float, str], ...] = (
	(100.0, N_("less than 100 m away")),
	(300.0, N_("100 to 300 m away")),
	(1000.0, N_("300 m to 1 km away")),
)
FAR = N_("more than 1 km away")
_M_PER_DEGREE_LAT = 111_320.0


def coarse_point(latitude: float, longitude: float, cell_m: float = GRID_M) -> tuple[float, float]:
	"""The centre of the grid cell holding the point (cells of about ``cell_m`` metres).

	Longitude cells are widened by the latitude's cosine, taken at the cell's row so that every
	point of a row uses the same width.
	"""
	step_lat = cell_m / _M_PER_DEGREE_LAT
	row = math.floor(latitude / step_lat)
	lat = (row + 0.5) * step_lat
	step_lon = cell_m / (_M_PER_DEGREE_LAT * max(0.01, math.cos(math.radians(lat))))
	col = math.floor(longitude / step_lon)
	return round(lat, 6), round((col + 0.5) * step_lon, 6)


def distance_band(distance_m: float | None) -> str | None:
	"""The band label of a distance (between coarse points), ``None`` when unknown."""
	if distance_m is None or not math.isfinite(distance_m):
		return None
	for upper, label in DISTANCE_BANDS:
		if distance_m < upper:
			return label
	return FAR


# --- bot traps ------------------------------------------------------------------------------------

MAX_FORM_AGE_S = 24 * 3600


def form_stamp(started_at: int, secret: str) -> str:
	"""``"<unix time>.<signature>"``: put in the form when it is shown, checked when it comes back."""
	return f"{int(started_at)}.{_sign(int(started_at), secret)}"


def _sign(started_at: int, secret: str) -> str:
	return hmac.new(secret.encode(), str(started_at).encode(), hashlib.sha256).hexdigest()[:32]


def check_timing(stamp: str | None, honeypot: str | None, now: float, secret: str, min_seconds: float) -> None:
	"""Raise when the submission looks automated: the hidden field was filled, the stamp is
	missing, forged or stale, or the form came back faster than a person can fill it."""
	if str(honeypot or "").strip():
		raise CoreValidationError(N_("The form could not be accepted. Please try again."))
	try:
		started_text, signature = str(stamp or "").split(".", 1)
		started = int(started_text)
	except ValueError:
		raise CoreValidationError(N_("The form has expired. Please fill it in again.")) from None
	if not hmac.compare_digest(signature, _sign(started, secret)) or now - started > MAX_FORM_AGE_S:
		raise CoreValidationError(N_("The form has expired. Please fill it in again."))
	if now - started < min_seconds:
		raise CoreValidationError(N_("The form was sent too quickly. Please check it and send it again."))


# --- intent search ----------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str | None) -> list[str]:
	return tokens(text, keep_stop_words=False)


def rank_types(query: str | None, types: list[dict], limit: int = 5) -> list[str]:
	"""Names of the request types that match what the citizen typed, best first.

	``types``: dicts with ``name``, ``description``, ``keywords`` (comma-separated words citizens
	use) and ``category_label``. A query word matches a type's word when one starts with the
	other (at least 4 letters), so "lampadaires" finds "lampadaire" and "poubel" finds "poubelle".
	Keywords weigh most, then the type's name, then its description and category.
	"""
	query_words = [w for w in _words(query) if len(w) >= 3]
	if not query_words:
		return []
	scored = []
	for position, t in enumerate(types):
		fields = (
			(3.0, _words((t.get("keywords") or "").replace(",", " "))),
			(2.0, _words(t.get("name"))),
			(1.0, _words(t.get("description")) + _words(t.get("category_label"))),
		)
		score = 0.0
		for q in query_words:
			best = 0.0
			for weight, words in fields:
				if any(_matches(q, w) for w in words):
					best = max(best, weight)
			score += best
		if score > 0:
			scored.append((-score, position, t["name"]))
	return [name for _s, _p, name in sorted(scored)[:limit]]


def _matches(query_word: str, word: str) -> bool:
	if query_word == word:
		return True
	shorter, longer = sorted((query_word, word), key=len)
	return len(shorter) >= 4 and longer.startswith(shorter)


# --- colours ------------------------------------------------------------------------------------------

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
MIN_CONTRAST = 4.5  # WCAG 2.1 AA / RGAA 3.2 for normal text


def parse_colour(value: str | None) -> tuple[int, int, int]:
	match = _HEX.match((value or "").strip())
	if not match:
		raise CoreValidationError(N_("{0} is not a colour written as #RRGGBB"), value or "")
	digits = match.group(1)
	if len(digits) == 3:
		digits = "".join(c * 2 for c in digits)
	return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _luminance(rgb: tuple[int, int, int]) -> float:
	def channel(c: int) -> float:
		c = c / 255.0
		return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

	r, g, b = (channel(c) for c in rgb)
	return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
	"""WCAG contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
	a, b = sorted((_luminance(parse_colour(foreground)), _luminance(parse_colour(background))), reverse=True)
	return (a + 0.05) / (b + 0.05)


def check_brand_colour(colour: str) -> str:
	"""The colour as ``#rrggbb`` when white text on it, and it as text on white, are readable."""
	rgb = parse_colour(colour)
	normal = "#{:02x}{:02x}{:02x}".format(*rgb)
	ratio = contrast_ratio(normal, "#ffffff")
	if ratio < MIN_CONTRAST:
		raise CoreValidationError(
			N_("The colour {0} is too light: its contrast with white is {1}:1, at least {2}:1 is needed (RGAA)"),
			normal,
			f"{ratio:.1f}",
			MIN_CONTRAST,
		)
	return normal


def shade(colour: str, factor: float) -> str:
	"""A darker (factor < 1) version of a colour, for hover and focus states."""
	r, g, b = parse_colour(colour)
	return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c * factor))) for c in (r, g, b)))


def normalised_words(text: str | None) -> str:
	"""Lower-case, accent-free words (for keyword storage and comparisons)."""
	return " ".join(_WORD.findall(strip_accents((text or "").lower())))
