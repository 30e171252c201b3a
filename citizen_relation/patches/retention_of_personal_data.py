"""Sites installed before the retention of personal data: default durations in the settings, each
request type's durations seeded from its category (with their justification), and the phase dates
of every closed request computed from its status history. Requests all start active; the next
daily run archives (and, once the archives' visa is recorded, anonymises) those whose day is past.

Batched (2,000 requests, one query for their history, one UPDATE per field), restartable."""

import frappe
from frappe.query_builder import Case, DocType

from citizen_relation.core.lifecycle import StatusChange
from citizen_relation.patches.batches import request_batches
from citizen_relation.privacy import phases, setup
from citizen_relation.requests.lifecycle import get_lifecycle

FIELDS = ("retention_from", "archive_on", "anonymise_on", "retention_due_on")


def execute():
	for doctype in ("retention_run_count", "retention_run_error", "retention_run", "request_type", "citizen_relation_settings", "citizen_request"):
		frappe.reload_doc("citizen_relation", "doctype", doctype)
	setup.seed_settings()
	setup.seed_request_types()
	setup.add_indexes()
	frappe.db.commit()
	lifecycle = get_lifecycle()
	closed = [s for s in lifecycle.known_statuses if not lifecycle.is_active(s) and not lifecycle.is_merged(s)]
	merged = [s for s in lifecycle.known_statuses if lifecycle.is_merged(s)]
	backfill(closed, with_master=False)
	backfill(merged, with_master=True)


def backfill(statuses, with_master: bool, commit=None) -> None:
	if not statuses:
		return
	cr = DocType("Citizen Request")
	history = DocType("Citizen Request Status Change")
	pending = cr.status.isin(statuses) & cr.retention_from.isnull() & (cr.retention_phase == phases.ACTIVE)
	fields = ("request_type", "status", "merged_into", "legal_hold", "modified")
	for rows in request_batches(fields, pending, commit=commit):
		names = [r.name for r in rows]
		changes: dict[str, list] = {}
		for change in (
			frappe.qb.from_(history)
			.select(history.parent, history.status, history.changed_on)
			.where(history.parent.isin(names) & (history.parenttype == "Citizen Request"))
			.orderby(history.parent)
			.orderby(history.idx)  # rows of one instant stay in the order they were recorded
		).run(as_dict=True):
			changes.setdefault(change.parent, []).append(StatusChange(change.status, change.changed_on))
		masters = {}
		if with_master:
			wanted = list({r.merged_into for r in rows if r.merged_into})
			if wanted:
				masters = dict(frappe.qb.from_(cr).select(cr.name, cr.retention_from).where(cr.name.isin(wanted)).run())
		values: dict[str, dict] = {field: {} for field in FIELDS}
		for row in rows:
			computed = phases.schedule_values(
				row.request_type, row.status, changes.get(row.name, []), masters.get(row.merged_into), row.legal_hold, row.modified
			)
			for field in FIELDS:
				values[field][row.name] = computed[field]
		for field, by_name in values.items():
			case = Case()
			for name, value in by_name.items():
				case = case.when(cr.name == name, value)
			frappe.qb.update(cr).set(cr[field], case).where(cr.name.isin(names)).run()
