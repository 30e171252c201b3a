"""Human request references (``DEM-2026-000123``) and where citizens quote them."""

from __future__ import annotations

import re
import secrets

REFERENCE_PREFIX = "DEM"
_REFERENCE = re.compile(r"\b(DEM-\d{4}-\d{6,})\b", re.IGNORECASE)


def find_reference(text: str | None) -> str | None:
	"""The last request reference quoted in ``text`` (e.g. an e-mail subject), upper-cased."""
	if not text:
		return None
	found = _REFERENCE.findall(text)
	return found[-1].upper() if found else None


def new_tracking_token() -> str:
	"""An unguessable token for the citizen's tracking link (192 bits, URL-safe)."""
	return secrets.token_urlsafe(24)
