"""Fields of a Citizen Request that only the application writes.

Read-only is a property of the desk form, not of the server: ``frappe.client.insert/save`` and
``/api/resource`` accept any field they are given. A forged ``merge_snapshot`` followed by an
unmerge could set any status; a forged ``tracking_token`` would let a stranger follow a request;
forged SLA dates would silence the alerts. So every save of a request goes through
:func:`enforce` (called first by the controller): unless the application itself marked the save
(:func:`citizen_relation.requests.lifecycle.mark_system_write`, or a system status change), the
values the client sent for these fields are dropped — reset to their defaults on insert, to the
stored values on update — and the status may only move as the workflow allows (never into or out
of the *merged* category). Derived fields (street, matching text, legal regime, deadlines) are
then computed again by the controller from the fields agents do write.

Values are ignored rather than refused: the desk sends read-only fields back unchanged, and an
API client copying a whole document back must not fail because it carried them along.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.requests import lifecycle

# The request's fields set by the application only (merge bookkeeping, deadlines, legal regime,
# acknowledgement, tracking, derived public fields, intake source).
PROTECTED_FIELDS: tuple[str, ...] = (
	# duplicates and merging
	"merged_into",
	"merge_snapshot",
	"co_reporters",
	"reporter_count",
	"raised_priority_from",
	# deadlines (SLA)
	"sla_policy",
	"agreement_status",
	"response_by",
	"resolution_by",
	"resolved_on",
	"paused_seconds",
	"next_alert_on",
	"sla_alerts_sent",
	"first_responded_on",
	# history and legal deadlines (CRPA)
	"status_history",
	"crpa_regime",
	"implicit_decision_on",
	"acknowledged_on",
	"transfer_notified_on",
	# tracking and derived public / search fields
	"tracking_token",
	"street",
	"match_text",
	"source",
	# Frappe's assignment cache: the list permission reads it (assigning goes through ToDo)
	"_assign",
)


def is_system_write(doc) -> bool:
	"""The application (not the client) is saving ``doc``: protected fields may change."""
	return bool(doc.flags.get(lifecycle.SYSTEM_WRITE_FLAG) or doc.flags.get(lifecycle.REASON_FLAG))


def enforce(doc) -> None:
	"""Drop client values of protected fields and refuse status moves outside the workflow."""
	if is_system_write(doc):
		return
	if doc.is_new():
		_reset_on_insert(doc)
	else:
		_restore_on_update(doc)


def _reset_on_insert(doc) -> None:
	meta = doc.meta
	for fieldname in PROTECTED_FIELDS:
		df = meta.get_field(fieldname)
		if df and df.fieldtype in frappe.model.table_fields:
			doc.set(fieldname, [])
		elif df:
			doc.set(fieldname, _default(df))
		else:
			doc.set(fieldname, None)
	# a new request starts at the lifecycle's first status; the workflow moves it on
	doc.status = lifecycle.get_lifecycle().initial


def _default(df):
	if df.fieldtype in frappe.model.numeric_fieldtypes:
		return frappe.utils.cint(df.default) if df.fieldtype == "Int" else frappe.utils.flt(df.default)
	return df.default or None


def _restore_on_update(doc) -> None:
	before = doc.get_doc_before_save()
	if not before:
		return
	meta = doc.meta
	for fieldname in PROTECTED_FIELDS:
		df = meta.get_field(fieldname)
		if df and df.fieldtype in frappe.model.table_fields:
			if _rows(doc.get(fieldname)) != _rows(before.get(fieldname)):
				doc.set(fieldname, [row.as_dict() for row in before.get(fieldname)])
		else:
			doc.set(fieldname, before.get(fieldname))
	_check_status_move(doc, before)


def _rows(rows) -> list[tuple]:
	ignored = {"name", "creation", "modified", "modified_by", "owner", "idx", "parent", "parenttype", "parentfield", "docstatus", "doctype"}
	return [
		tuple(sorted((k, str(v if v is not None else "")) for k, v in row.as_dict().items() if k not in ignored and not k.startswith("__")))
		for row in rows or ()
	]


def _check_status_move(doc, before) -> None:
	"""Agents move the status through the workflow; only merges and unmerges enter or leave *merged*."""
	if doc.status == before.status:
		return
	life = lifecycle.get_lifecycle()
	if doc.status not in life.known_statuses:
		frappe.throw(
			_("{0} is not a status of citizen requests").format(frappe.bold(doc.status)),
			frappe.ValidationError,
			title=_("Invalid status"),
		)
	if life.is_merged(doc.status) or life.is_merged(before.status):
		frappe.throw(
			_("Only merging or unmerging moves a request into or out of the status {0}").format(
				frappe.bold(_(lifecycle.core.MERGED_STATUS))
			),
			frappe.ValidationError,
			title=_("Invalid status"),
		)
