"""What the public may see of a request: its street (without house number) and a public title.

Citizens' own words (subjects, descriptions) may name people or give house numbers; the portal,
Open311 and the open-data export show instead a title built from the request type and the
street, which agents may edit.
"""

from __future__ import annotations

import re

from citizen_relation.core.text import strip_accents

_LEADING_NUMBER = re.compile(r"^\s*\d{1,4}\s*(?:bis|ter|quater|[a-dA-D](?![a-zA-Z]))?\s*[,\-]?\s*", re.IGNORECASE)
_POSTCODE_AND_CITY = re.compile(r"[,\s]*\b\d{5}\b.*$", re.DOTALL)
_SPACES = re.compile(r"\s+")
MAX_TITLE = 140


def public_street(address: str | None) -> str | None:
	"""The street of a French postal address, without house number, postcode or city.

	"12 bis, rue de la République, 69002 Lyon" → "rue de la République". Only the first line of
	a multi-line address is read. ``None`` when nothing usable is left.
	"""
	if not address:
		return None
	first = next((line for line in str(address).splitlines() if line.strip()), "")
	street = _POSTCODE_AND_CITY.sub("", first)
	street = _LEADING_NUMBER.sub("", street)
	street = _SPACES.sub(" ", street).strip(" ,;-")
	if not street or not re.search(r"[^\W\d_]", street):
		return None
	return street[:MAX_TITLE]


def public_title(type_label: str | None, street: str | None) -> str:
	"""``"Éclairage public en panne – rue de la République"``; the type alone without a street."""
	parts = [p for p in ((type_label or "").strip(), (street or "").strip()) if p]
	return " – ".join(parts)[:MAX_TITLE]


def same_street(a: str | None, b: str | None) -> bool:
	"""Loose equality of two public streets (case and accents ignored)."""
	if not a or not b:
		return False
	return strip_accents(a).casefold() == strip_accents(b).casefold()
