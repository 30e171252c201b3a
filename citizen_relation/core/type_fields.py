"""Extra fields that administrators define per request type, and the values requests give them.

Definitions come from the Request Type's "Fields" table; values are stored as text rows on the
request (one row per field), so reports can filter on them whatever the type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.text import strip_accents

FIELD_TYPES = ("Data", "Small Text", "Int", "Float", "Check", "Date", "Select")
MAX_VALUE_LENGTH = {"Data": 140, "Small Text": 2000}
_FIELDNAME = re.compile(r"^[a-z][a-z0-9_]{0,61}$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


@dataclass(frozen=True)
class FieldDef:
	label: str
	fieldname: str
	fieldtype: str = "Data"
	options: tuple[str, ...] = ()
	reqd: bool = False
	public: bool = True
	description: str = ""

	@classmethod
	def from_row(cls, row: dict) -> "FieldDef":
		options = tuple(o.strip() for o in (row.get("options") or "").splitlines() if o.strip())
		return cls(
			label=(row.get("label") or "").strip(),
			fieldname=(row.get("fieldname") or "").strip(),
			fieldtype=row.get("fieldtype") or "Data",
			options=options,
			reqd=bool(int(row.get("reqd") or 0)),
			public=bool(int(row.get("public") or 0)),
			description=(row.get("description") or "").strip(),
		)


def make_fieldname(label: str) -> str:
	"""A field name from a label: "N° de plaque" → "n_de_plaque"."""
	name = re.sub(r"[^a-z0-9]+", "_", strip_accents(label or "").lower()).strip("_")
	if not name:
		return "field"
	if name[0].isdigit():
		name = "f_" + name
	return name[:62]


def check_definitions(defs: list[FieldDef]) -> None:
	"""Raise on a definition the desk could not render or store."""
	seen: set[str] = set()
	for d in defs:
		if not d.label:
			raise CoreValidationError(N_("Every type-specific field needs a label"))
		if d.fieldtype not in FIELD_TYPES:
			raise CoreValidationError(N_("Field {0}: type {1} is not supported"), d.label, d.fieldtype)
		if not _FIELDNAME.match(d.fieldname):
			raise CoreValidationError(N_("Field {0}: the field name {1} may only hold lower-case letters, digits and underscores"),
				d.label,
				d.fieldname,
			)
		if d.fieldname in seen:
			raise CoreValidationError(N_("Field name {0} is used twice"), d.fieldname)
		seen.add(d.fieldname)
		if d.fieldtype == "Select" and not d.options:
			raise CoreValidationError(N_("Field {0}: a Select field needs at least one option"), d.label)


def clean_values(defs: list[FieldDef], values: dict[str, object]) -> dict[str, str]:
	"""Checked values as stored text, keyed by field name, in the definitions' order.

	Values of fields the type does not define are dropped (e.g. after a change of type); a
	mandatory field left empty, or a value of the wrong kind, raises with the field's label.
	"""
	cleaned: dict[str, str] = {}
	for d in defs:
		raw = values.get(d.fieldname)
		text = _as_text(d, raw)
		if text == "" and d.reqd and d.fieldtype != "Check":
			raise CoreValidationError(N_("{0} is mandatory for this type of request"), d.label, field=d.fieldname)
		if text != "":
			cleaned[d.fieldname] = text
	return cleaned


def _as_text(d: FieldDef, raw: object) -> str:
	if raw is None:
		return "0" if d.fieldtype == "Check" else ""
	if isinstance(raw, str):
		raw = raw.strip()
		if raw == "":
			return "0" if d.fieldtype == "Check" else ""
	if d.fieldtype in ("Data", "Small Text"):
		text = str(raw)
		if len(text) > MAX_VALUE_LENGTH[d.fieldtype]:
			raise CoreValidationError(N_("{0} is too long ({1} characters, at most {2})"), d.label, len(text), MAX_VALUE_LENGTH[d.fieldtype]
			)
		return text
	if d.fieldtype == "Int":
		try:
			return str(int(str(raw).replace(" ", "")))
		except ValueError:
			raise CoreValidationError(N_("{0} must be a whole number"), d.label, field=d.fieldname) from None
	if d.fieldtype == "Float":
		try:
			return repr(float(str(raw).replace(" ", "").replace(",", ".")))
		except ValueError:
			raise CoreValidationError(N_("{0} must be a number"), d.label, field=d.fieldname) from None
	if d.fieldtype == "Check":
		if str(raw).lower() in ("1", "true", "yes", "oui", "on"):
			return "1"
		if str(raw).lower() in ("0", "false", "no", "non", "off"):
			return "0"
		raise CoreValidationError(N_("{0} must be yes or no"), d.label, field=d.fieldname)
	if d.fieldtype == "Date":
		return _as_date(d, raw)
	if d.fieldtype == "Select":
		text = str(raw)
		if text not in d.options:
			raise CoreValidationError(N_("{0}: {1} is not one of the allowed values ({2})"), d.label, text, ", ".join(d.options),
				field=d.fieldname,
			)
		return text
	raise CoreValidationError(N_("Field {0}: type {1} is not supported"), d.label, d.fieldtype)


def _as_date(d: FieldDef, raw: object) -> str:
	if isinstance(raw, datetime):
		return raw.date().isoformat()
	if isinstance(raw, date):
		return raw.isoformat()
	for fmt in _DATE_FORMATS:
		try:
			return datetime.strptime(str(raw), fmt).date().isoformat()
		except ValueError:
			continue
	raise CoreValidationError(N_("{0} must be a date (DD/MM/YYYY)"), d.label, field=d.fieldname)
