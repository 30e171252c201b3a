"""Agents' decisions on suggested duplicates: the data the duplicate model learns from.

**Merge** records a positive, **Not a duplicate** a negative (:class:`Duplicate Decision`), each
with the features the model saw, so that a recalibration (:mod:`.calibration`) can fit on them.
A dismissed pair is no longer proposed, in either direction, until the dismissal is undone;
unmerging takes the merge back. Undone decisions are kept (``undone``) but not learnt from.
"""

from __future__ import annotations

import json

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.utils import now_datetime

from citizen_relation.core.duplicates import FEATURES_VERSION

DOCTYPE = "Duplicate Decision"
MERGE = "Merge"
NOT_DUPLICATE = "Not a duplicate"


def _breakdown(request: str, candidate: str):
	"""The model's view of the pair (features and probability), or ``None`` when it cannot be scored."""
	from citizen_relation.duplicates.candidates import explain_pair

	try:
		return explain_pair(request, candidate)
	except Exception:  # noqa: BLE001 - a decision is recorded even when the pair can no longer be scored
		frappe.log_error(title="Duplicate decision: pair not scored", message=frappe.get_traceback())
		return None


def record(request: str, candidate: str, decision: str, breakdown=None) -> str:
	"""Insert a decision on (request, candidate) with what the model saw; returns its name."""
	if decision not in (MERGE, NOT_DUPLICATE):
		raise ValueError(decision)
	breakdown = breakdown if breakdown is not None else _breakdown(request, candidate)
	from citizen_relation.duplicates.calibration import active_model_label

	types = dict(
		frappe.get_all("Citizen Request", filters={"name": ("in", [request, candidate])}, fields=["name", "request_type"], as_list=True)
	)
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"request": request,
			"candidate": candidate,
			"decision": decision,
			"decided_by": frappe.session.user,
			"decided_on": now_datetime(),
			"request_type": types.get(request),
			"candidate_type": types.get(candidate),
			"probability": round(100 * breakdown.weighted, 2) if breakdown is not None else None,
			"model": active_model_label(),
			"features_version": FEATURES_VERSION,
			"features": json.dumps(dict(breakdown.features)) if breakdown is not None else None,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc.name


def _pair_filter(a: str, b: str):
	d = DocType(DOCTYPE)
	return ((d.request == a) & (d.candidate == b)) | ((d.request == b) & (d.candidate == a))


def dismiss(request: str, candidate: str) -> str:
	"""Record "Not a duplicate" (the caller checked the permissions); idempotent."""
	existing = active_decision(request, candidate, NOT_DUPLICATE)
	return existing or record(request, candidate, NOT_DUPLICATE)


def undo_dismissal(request: str, candidate: str) -> int:
	"""Take back "Not a duplicate" on the pair: it may be proposed again. Returns how many were undone."""
	return _undo(request, candidate, NOT_DUPLICATE)


def undo_merge(request: str, master: str) -> int:
	return _undo(request, master, MERGE)


def _undo(a: str, b: str, decision: str) -> int:
	d = DocType(DOCTYPE)
	names = (
		frappe.qb.from_(d).select(d.name).where(_pair_filter(a, b)).where(d.decision == decision).where(d.undone == 0)
	).run(pluck=True)
	for name in names:
		frappe.db.set_value(DOCTYPE, name, "undone", 1)
	return len(names)


def active_decision(a: str, b: str, decision: str) -> str | None:
	d = DocType(DOCTYPE)
	rows = (
		frappe.qb.from_(d).select(d.name).where(_pair_filter(a, b)).where(d.decision == decision).where(d.undone == 0).limit(1)
	).run(pluck=True)
	return rows[0] if rows else None


def dismissed_for(request: str | None) -> set[str]:
	"""Requests an agent said are not duplicates of ``request`` (either direction), still in force."""
	if not request or request == "__new__":
		return set()
	d = DocType(DOCTYPE)
	rows = (
		frappe.qb.from_(d)
		.select(d.request, d.candidate)
		.where(d.decision == NOT_DUPLICATE)
		.where(d.undone == 0)
		.where((d.request == request) | (d.candidate == request))
	).run()
	return {b if a == request else a for a, b in rows}


def dismissed_list(request: str) -> list[dict]:
	"""For the panel: the dismissed pairs of ``request``, with who and when (to undo them)."""
	d = DocType(DOCTYPE)
	rows = (
		frappe.qb.from_(d)
		.select(d.name, d.request, d.candidate, d.decided_by, d.decided_on)
		.where(d.decision == NOT_DUPLICATE)
		.where(d.undone == 0)
		.where((d.request == request) | (d.candidate == request))
		.orderby(d.decided_on, order=frappe.qb.desc)
	).run(as_dict=True)
	return [
		{
			"name": r.name,
			"other": r.candidate if r.request == request else r.request,
			"decided_by": frappe.utils.get_fullname(r.decided_by) if r.decided_by else "",
			"decided_on": r.decided_on,
		}
		for r in rows
	]


def training_decisions() -> tuple[list[dict], list[bool]]:
	"""Features and labels of every decision in force, recomputed when stored with older features."""
	rows, labels = [], []
	for r in frappe.get_all(
		DOCTYPE,
		filters={"undone": 0},
		fields=["name", "request", "candidate", "decision", "features", "features_version"],
		order_by="creation asc",
	):
		features = None
		if r.features and r.features_version == FEATURES_VERSION:
			try:
				features = json.loads(r.features)
			except ValueError:
				features = None
		if features is None:
			b = _breakdown(r.request, r.candidate)
			if b is None:
				continue
			features = dict(b.features)
		rows.append({k: float(v) for k, v in features.items()})
		labels.append(r.decision == MERGE)
	return rows, labels


def check_can_decide(request: str, candidate: str) -> None:
	"""Write permission on both requests (the decision changes what is proposed for each)."""
	for name in (request, candidate):
		if not frappe.db.exists("Citizen Request", name):
			frappe.throw(_("Request {0} does not exist").format(frappe.bold(name)), frappe.DoesNotExistError)
		frappe.get_doc("Citizen Request", name).check_permission("write")
	if request == candidate:
		frappe.throw(_("A request cannot be compared with itself"))
