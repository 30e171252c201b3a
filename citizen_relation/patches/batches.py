"""The requests a patch walks through, in batches: keyset pagination on the name (no OFFSET, so
each batch is one index range however many requests the site holds), a commit after each batch."""

import frappe
from frappe.query_builder import DocType

BATCH = 2000


def request_batches(fields, condition=None, *, batch: int = BATCH, commit=None):
	"""Yield lists of Citizen Request rows (dicts of ``name`` and ``fields``) in name order that
	match ``condition`` (a criterion on ``DocType("Citizen Request")``), ``batch`` at a time; after
	the caller has handled a batch, ``commit`` (the database's by default; a stand-in in tests)."""
	cr = DocType("Citizen Request")
	columns = [getattr(cr, f) for f in dict.fromkeys(("name", *fields))]
	last = ""
	while True:
		query = frappe.qb.from_(cr).select(*columns).where(cr.name > last)
		if condition is not None:
			query = query.where(condition)
		rows = query.orderby(cr.name).limit(batch).run(as_dict=True)
		if not rows:
			return
		yield rows
		(commit or frappe.db.commit)()
		last = rows[-1].name
