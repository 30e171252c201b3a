"""Settings a patch gives a default to: a Check never saved reads as 0 on the document, so whether
an administrator chose a value is told by the Singles table, not by the value."""

import frappe
from frappe.query_builder import DocType


def never_stored(doctype: str, field: str) -> bool:
	"""Whether the single ``doctype`` has never had a value stored for ``field``."""
	singles = DocType("Singles")
	return not (
		frappe.qb.from_(singles).select(singles.field).where((singles.doctype == doctype) & (singles.field == field))
	).run()
