"""Citizen contact data: phone numbers and e-mail addresses as citizens give them."""

from __future__ import annotations

import re

import phonenumbers

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_

# Pragmatic address check (RFC 5322 is far wider, but no mail server accepts most of it).
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
MAX_EMAIL_LENGTH = 254
# Overseas departments and collectivities dial their own country codes but share France's
# national format ("0590 …", "0262 …"): a national number invalid in metropolitan France is
# read in each of them in turn.
FRENCH_OVERSEAS_REGIONS = ("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF")


def normalise_email(raw: str | None) -> str | None:
	"""Trimmed, lower-cased address, or ``None`` when empty; raises on a malformed address."""
	if raw is None or not raw.strip():
		return None
	email = raw.strip().lower()
	if len(email) > MAX_EMAIL_LENGTH or ".." in email or not _EMAIL.match(email):
		raise CoreValidationError(N_("{0} is not a valid e-mail address"), raw.strip(), field="email")
	return email


def normalise_phone(raw: str | None, region: str = "FR") -> str | None:
	"""E.164 form of a phone number (``"06 12 34 56 78"`` → ``"+33612345678"``), ``None`` when empty.

	Numbers without an international prefix are read in ``region`` (France by default, overseas
	departments included: "0590 12 34 56" → "+590590123456"). Raises on an impossible number.
	"""
	if raw is None or not raw.strip():
		return None
	region = (region or "FR").upper()
	candidates = (region, *FRENCH_OVERSEAS_REGIONS) if region == "FR" else (region,)
	for candidate in candidates:
		try:
			number = phonenumbers.parse(raw.strip(), candidate)
		except phonenumbers.NumberParseException:
			break
		if phonenumbers.is_valid_number(number):
			return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
		if raw.strip().startswith(("+", "00")):
			break
	raise CoreValidationError(N_("{0} is not a valid phone number"), raw.strip(), field="phone")


def display_phone(e164: str | None) -> str:
	"""National display form for French numbers (``+33612345678`` → ``06 12 34 56 78``)."""
	if not e164:
		return ""
	try:
		number = phonenumbers.parse(e164, None)
	except phonenumbers.NumberParseException:
		return e164
	if number.country_code == 33:
		return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
	return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def split_name(full_name: str | None) -> tuple[str, str]:
	"""(first name, last name) from a name typed in one field; the last word is the last name."""
	parts = (full_name or "").split()
	if not parts:
		return "", ""
	if len(parts) == 1:
		return parts[0], ""
	return " ".join(parts[:-1]), parts[-1]
