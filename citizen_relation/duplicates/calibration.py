"""Recalibration of the duplicate model from this collectivité's decisions. Nothing changes silently.

- The model in use is the one an administrator adopted (Citizen Relation Settings › Duplicate
  model in use, a :doctype:`Duplicate Model` with status *Active*), or the seeded one.
- Weekly (and on demand), :func:`recalibrate` fits a model on the agents' decisions (merges,
  "not a duplicate"), pulled towards the seeded model so that few decisions move it little; with
  too few decisions it proposes nothing. A proposal is stored as a *Proposed* Duplicate Model with
  the precision and recall of the current and the proposed model on the past decisions.
- :func:`adopt` (an administrator's button on the proposal) makes it the model in use; the
  previous one is archived. A recalibration never adopts its own proposal.
"""

from __future__ import annotations

import json

import frappe
from frappe import _
from frappe.utils import cint, now_datetime

from citizen_relation import caching
from citizen_relation.core.duplicates import DuplicateModel, seeded_model
from citizen_relation.core.duplicates import recalibrate as core_recalibrate
from citizen_relation.utils import get_settings

DOCTYPE = "Duplicate Model"
PROPOSED, ACTIVE, ARCHIVED = "Proposed", "Active", "Archived"
ADMIN_ROLES = ("System Manager", "Citizen Relation Manager")


def active_model() -> DuplicateModel:
	"""The model in use: the adopted one, else the seeded model (cached per adoption)."""
	name = get_settings().get("duplicate_model")
	if not name:
		return seeded_model()
	modified = frappe.db.get_value(DOCTYPE, name, "modified")
	if modified is None:
		return seeded_model()

	def build() -> DuplicateModel:
		raw = frappe.db.get_value(DOCTYPE, name, "model_json")
		try:
			return DuplicateModel.from_dict(json.loads(raw or "{}"))
		except (ValueError, TypeError):
			return seeded_model()

	return caching.worker_memo("duplicate_model", name, str(modified), build)


def active_model_label() -> str:
	name = get_settings().get("duplicate_model")
	return name or "seeded"


def _pct(value: float | None) -> float | None:
	return None if value is None else round(100 * value, 2)


def recalibrate(publish: bool = False) -> str | None:
	"""Propose a model fitted on the decisions in force; returns the proposal's name (or ``None``).

	Earlier proposals still waiting are archived: the newest one reflects every decision.
	"""
	from citizen_relation.duplicates.decisions import training_decisions

	if publish:
		frappe.publish_progress(10, title=_("Recalibrating duplicate detection"), description=_("Reading decisions"))
	rows, labels = training_decisions()
	if publish:
		frappe.publish_progress(50, title=_("Recalibrating duplicate detection"), description=_("Fitting the model"))
	current = active_model()
	minimum = cint(get_settings().get("duplicate_min_decisions")) or 30
	result = core_recalibrate(rows, labels, current, floor=seeded_model(), min_decisions=minimum)
	if publish:
		frappe.publish_progress(90, title=_("Recalibrating duplicate detection"), description=_("Saving the proposal"))
	if result.proposed is None:
		return None
	for name in frappe.get_all(DOCTYPE, filters={"status": PROPOSED}, pluck="name"):
		frappe.db.set_value(DOCTYPE, name, "status", ARCHIVED)
	proposed, cm, pm = result.proposed, result.current_metrics, result.proposed_metrics
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"label": _("Recalibrated on {0}").format(frappe.utils.format_datetime(now_datetime(), "dd/MM/yyyy HH:mm")),
			"status": PROPOSED,
			"decisions": result.decisions,
			"positives": result.positives,
			"negatives": result.negatives,
			"current_precision": _pct(cm.precision),
			"current_recall": _pct(cm.recall),
			"current_f1": _pct(cm.f1),
			"proposed_precision": _pct(pm.precision if pm else None),
			"proposed_recall": _pct(pm.recall if pm else None),
			"proposed_f1": _pct(pm.f1 if pm else None),
			"model_json": json.dumps(proposed.to_dict(), indent=1),
		}
	)
	doc.insert(ignore_permissions=True)
	if publish:
		frappe.publish_progress(100, title=_("Recalibrating duplicate detection"))
	return doc.name


def weekly_recalibration() -> None:
	"""Scheduler entry: propose, never adopt."""
	recalibrate()


def adopt(name: str) -> None:
	"""Make the model ``name`` the one in use (the caller checked the administrator's role)."""
	doc = frappe.get_doc(DOCTYPE, name)
	if doc.status == ACTIVE:
		return
	try:
		DuplicateModel.from_dict(json.loads(doc.model_json or "{}"))
	except (ValueError, TypeError) as exc:
		frappe.throw(_("This model cannot be used: {0}").format(str(exc)))
	for other in frappe.get_all(DOCTYPE, filters={"status": ACTIVE}, pluck="name"):
		frappe.db.set_value(DOCTYPE, other, "status", ARCHIVED)
	doc.db_set({"status": ACTIVE, "adopted_by": frappe.session.user, "adopted_on": now_datetime()})
	frappe.db.set_single_value("Citizen Relation Settings", "duplicate_model", doc.name)
	frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")


def back_to_seeded() -> None:
	"""Use the seeded model again (the adopted one is archived)."""
	for other in frappe.get_all(DOCTYPE, filters={"status": ACTIVE}, pluck="name"):
		frappe.db.set_value(DOCTYPE, other, "status", ARCHIVED)
	frappe.db.set_single_value("Citizen Relation Settings", "duplicate_model", None)
	frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")


def check_admin() -> None:
	if not set(ADMIN_ROLES) & set(frappe.get_roles()):
		frappe.throw(_("Only an administrator can change the duplicate model"), frappe.PermissionError)
