"""Each request's retention phase and dates, kept by the Citizen Request controller.

- ``protect`` (``before_validate``): the retention fields are written by the application only
  (REST and the desk cannot set a phase, a date or a legal hold);
- ``check_writable`` (``validate``): an archived or anonymised request is read-only;
- ``apply`` (``before_save``): an active request's closure instant and phase dates, from its
  status history (a merged request follows its master) and its type's retention;
- ``on_update``: a master's new closure instant reaches the requests merged into it.

The daily job (:mod:`citizen_relation.privacy.jobs`) only reads ``retention_due_on``, the next
date a request must be looked at: an indexed range, whatever the number of requests.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import get_datetime, getdate

from citizen_relation.core import retention as core
from citizen_relation.core.lifecycle import StatusChange
from citizen_relation.privacy.policies import PHASE_LABELS, PHASES, policy_for
from citizen_relation.requests.lifecycle import SYSTEM_WRITE_FLAG, get_lifecycle

DOCTYPE = "Citizen Request"
# Set on a request the retention code itself saves (never by agents' saves).
RETENTION_FLAG = "retention_write"
FIELDS = (
	"retention_phase",
	"retention_from",
	"archive_on",
	"anonymise_on",
	"retention_due_on",
	"archived_on",
	"anonymised_on",
	"identity_erased_on",
	"legal_hold",
	"legal_hold_reason",
)
ACTIVE = PHASE_LABELS[core.ACTIVE]
ARCHIVED = PHASE_LABELS[core.ARCHIVED]
ANONYMISED = PHASE_LABELS[core.ANONYMISED]


def mark_retention_write(doc) -> None:
	doc.flags[RETENTION_FLAG] = True


def phase_of(doc) -> str:
	return PHASES.get(doc.get("retention_phase") or ACTIVE, core.ACTIVE)


# ---------------------------------------------------------------------------- controller hooks
def protect(doc) -> None:
	"""Client values of the retention fields are ignored: a new request starts active, a saved one
	keeps what the application wrote."""
	if doc.flags.get(RETENTION_FLAG):
		return
	before = None if doc.is_new() else doc.get_doc_before_save()
	for field in FIELDS:
		doc.set(field, before.get(field) if before else None)
	if not doc.retention_phase:
		doc.retention_phase = ACTIVE
	doc.legal_hold = doc.legal_hold or 0


def check_writable(doc) -> None:
	"""An archived or anonymised request is read-only (only the application writes it)."""
	if doc.is_new() or doc.flags.get(RETENTION_FLAG) or doc.flags.get(SYSTEM_WRITE_FLAG):
		return
	before = doc.get_doc_before_save()
	phase = (before or doc).get("retention_phase") or ACTIVE
	if phase == ARCHIVED:
		frappe.throw(
			_("Request {0} is in the intermediate archive: it can be read but no longer changed. A supervisor may restore it to the active base.").format(doc.name),
			frappe.PermissionError,
			title=_("Archived request"),
		)
	if phase == ANONYMISED:
		frappe.throw(
			_("Request {0} is anonymised: only its statistics are kept and it can no longer be changed.").format(doc.name),
			frappe.PermissionError,
			title=_("Anonymised request"),
		)


def apply(doc) -> None:
	"""The closure instant and phase dates of an active request (controller ``before_save``)."""
	if phase_of(doc) != core.ACTIVE:
		return
	# what the application stored so far (client values were reset by ``protect``)
	floor = doc.get("retention_from")
	doc.update(
		schedule_values(doc.request_type, doc.status, _history(doc), _master_closed(doc), doc.legal_hold, doc.modified, floor)
	)


def on_update(doc) -> None:
	"""A master closed, reopened or rescheduled: the requests merged into it follow (controller ``on_update``)."""
	if doc.is_new() or not doc.has_value_changed("retention_from"):
		return
	followers = frappe.get_all(
		DOCTYPE,
		filters={"merged_into": doc.name, "retention_phase": ACTIVE},
		fields=["name", "request_type", "status", "legal_hold"],
	)
	for row in followers:
		values = schedule_values(row.request_type, row.status, [], doc.retention_from, row.legal_hold, None)
		frappe.db.set_value(DOCTYPE, row.name, values, update_modified=False)


# ---------------------------------------------------------------------------- the rule, from plain values
def schedule_values(request_type, status, history, master_closed, legal_hold, fallback, floor=None) -> dict:
	"""The retention fields of an active request, from its type, status and history.

	``floor``: the closure instant stored so far; a closed request keeps the later of the two (a
	request restored from the archive counts from its restoration)."""
	lifecycle = get_lifecycle()
	since = core.closed_since(history, status, lifecycle, get_datetime(master_closed) if master_closed else None)
	if since is None and not lifecycle.is_active(status) and not lifecycle.is_merged(status):
		since = get_datetime(fallback) if fallback else None  # closed before history was kept
	if since is not None and floor and not lifecycle.is_merged(status):
		since = max(since, get_datetime(floor))
	schedule = policy_for(request_type).schedule(since)
	return {
		"retention_from": since,
		"archive_on": schedule.archive_on,
		"anonymise_on": schedule.anonymise_on,
		"retention_due_on": core.next_due(core.ACTIVE, schedule, bool(legal_hold)),
	}


def stored_schedule(row) -> core.Schedule:
	"""The schedule a request's row holds (the daily job trusts the stored dates)."""
	return core.Schedule(
		get_datetime(row.retention_from) if row.get("retention_from") else None,
		getdate(row.archive_on) if row.get("archive_on") else None,
		getdate(row.anonymise_on) if row.get("anonymise_on") else None,
	)


def _history(doc) -> list[StatusChange]:
	return [
		StatusChange(row.status, get_datetime(row.changed_on), row.changed_by)
		for row in doc.get("status_history") or ()
		if row.status and row.changed_on
	]


def _master_closed(doc):
	if not doc.merged_into or not get_lifecycle().is_merged(doc.status):
		return None
	return frappe.db.get_value(DOCTYPE, doc.merged_into, "retention_from")


# ---------------------------------------------------------------------------- supervisors' actions
def set_legal_hold(name: str, hold: bool, reason: str | None = None):
	"""Place a request under legal hold (a dispute: never anonymised nor erased) or lift it."""
	doc = frappe.get_doc(DOCTYPE, name, for_update=True)
	if phase_of(doc) == core.ANONYMISED:
		frappe.throw(_("Request {0} is already anonymised: there is nothing left to hold.").format(name))
	reason = (reason or "").strip()
	if hold and not reason:
		frappe.throw(_("Say why the request is held (the dispute, the authority that asked)"), title=_("Reason missing"))
	if len(reason) > 1000:
		frappe.throw(_("The reason is too long: at most {0} characters").format(1000))
	doc.legal_hold = int(bool(hold))
	doc.legal_hold_reason = reason if hold else None
	if phase_of(doc) == core.ARCHIVED:
		doc.retention_due_on = core.next_due(core.ARCHIVED, stored_schedule(doc), bool(hold))
	_system_save(doc)
	doc.add_comment(
		"Info",
		_("Placed under legal hold: {0}").format(frappe.utils.escape_html(reason)) if hold else _("Legal hold lifted."),
	)
	return doc


def restore(name: str, reason: str):
	"""Bring an archived request back to the active base (the citizen came back, a new fact): its
	retention starts again from today."""
	doc = frappe.get_doc(DOCTYPE, name, for_update=True)
	if phase_of(doc) != core.ARCHIVED:
		frappe.throw(_("Only an archived request can be restored to the active base"))
	reason = (reason or "").strip()
	if not reason or len(reason) > 1000:
		frappe.throw(_("Say in a few words why the request is restored"), title=_("Reason missing"))
	doc.retention_phase = ACTIVE
	doc.archived_on = None
	schedule = policy_for(doc.request_type).schedule(frappe.utils.now_datetime())
	doc.update(
		{
			"retention_from": schedule.retention_from,
			"archive_on": schedule.archive_on,
			"anonymise_on": schedule.anonymise_on,
			"retention_due_on": core.next_due(core.ACTIVE, schedule, bool(doc.legal_hold)),
		}
	)
	_system_save(doc)
	doc.add_comment("Info", _("Restored from the archive: {0}").format(frappe.utils.escape_html(reason)))
	return doc


def _system_save(doc) -> None:
	mark_retention_write(doc)
	doc.flags.ignore_permissions = True
	try:
		doc.save()
	finally:
		doc.flags.pop(RETENTION_FLAG, None)
