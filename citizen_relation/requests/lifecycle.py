"""The request lifecycle in Frappe: the site's status mapping, and the one writer of status.

What a status *means* (open, paused, fulfilled, done, merged) is decided by
:mod:`citizen_relation.core.lifecycle` from the mapping administrators keep in Citizen Relation
Settings (*Status categories*); every feature asks :func:`get_lifecycle` and keeps no list of
its own.

Status is written in one way: the request is saved, and its controller records the history
row (:func:`record_history`), recomputes the deadlines and tells whoever must know. Agents
change it through the Workflow (the desk's actions save the request); the application itself
— merges, unmerges, a citizen's answer from e-mail, the portal or Open311 — goes through
:func:`change_status`, which checks the core's rule for that system transition and lets the
save past the workflow's role check.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import now_datetime

from citizen_relation import caching
from citizen_relation.core import lifecycle as core
from citizen_relation.core.lifecycle import Lifecycle
from citizen_relation.utils import core_errors

DOCTYPE = "Citizen Request"
SETTINGS = "Citizen Relation Settings"
# Desk labels of the categories (the Select of the settings' table) → core constants.
CATEGORY_OPTIONS = {
	"Open": core.OPEN,
	"Paused": core.PAUSED,
	"Fulfilled": core.FULFILLED,
	"Done": core.DONE,
	"Merged": core.MERGED,
}
DESK_CATEGORY = {value: label for label, value in CATEGORY_OPTIONS.items()}
CANDIDATE_OPTIONS = {"": None, "Yes": True, "No": False}
# Flags on a request being saved by the application itself:
# - a system transition checked here (the controller lets it past the workflow's role check);
REASON_FLAG = "status_change_reason"
# - fields that only the application writes (merge bookkeeping, SLA, tokens…) may change.
SYSTEM_WRITE_FLAG = "system_write"


def mark_system_write(doc) -> None:
	"""Let the next save of ``doc`` change the fields only the application may write."""
	doc.flags[SYSTEM_WRITE_FLAG] = True


def get_lifecycle() -> Lifecycle:
	"""The site's lifecycle (built once per version of the settings in each worker)."""
	settings = frappe.get_cached_doc(SETTINGS)
	return caching.worker_memo("lifecycle", SETTINGS, str(settings.modified), lambda: _build(settings))


def _build(settings) -> Lifecycle:
	rows = [
		(row.status, CATEGORY_OPTIONS.get(row.category, core.OPEN), CANDIDATE_OPTIONS.get(row.get("duplicate_candidate") or ""))
		for row in settings.get("status_categories") or ()
		if row.status
	]
	try:
		return Lifecycle.from_rows(rows, resume_status=settings.get("resume_status"))
	except core.CoreValidationError:
		# a mapping the settings' own validation would refuse (e.g. edited in the database):
		# the defaults keep every feature working
		frappe.log_error(title=_("Citizen Relation: invalid status categories, defaults used"))
		return core.DEFAULT_LIFECYCLE


def validate_mapping(settings) -> Lifecycle:
	"""Check the settings' table as the core would use it (Citizen Relation Settings.validate)."""
	rows = [
		(row.status, CATEGORY_OPTIONS.get(row.category, ""), CANDIDATE_OPTIONS.get(row.get("duplicate_candidate") or ""))
		for row in settings.get("status_categories") or ()
	]
	seen = set()
	for status, *_rest in rows:
		if status in seen:
			frappe.throw(_("The status {0} is listed twice in the status categories").format(frappe.bold(_(status))))
		seen.add(status)
	with core_errors(_("Status categories")):
		return Lifecycle.from_rows(rows, resume_status=settings.get("resume_status"))


# ---------------------------------------------------------------------------- history
def record_history(doc) -> None:
	"""The history rule, applied on every save (controller ``before_save``)."""
	previous = None
	if not doc.is_new():
		before = doc.get_doc_before_save()
		previous = before.status if before else None
	with core_errors():
		entry = get_lifecycle().history_entry(
			previous, doc.status, now_datetime(), frappe.session.user, is_new=doc.is_new()
		)
	if entry:
		doc.append("status_history", {"status": entry.status, "changed_on": entry.changed_on, "changed_by": entry.changed_by})


# ---------------------------------------------------------------------------- the writer
def change_status(
	request,
	status: str,
	*,
	reason: str,
	values: dict | None = None,
	comment: str | None = None,
	ignore_permissions: bool = False,
):
	"""Move a request to ``status`` for a system ``reason`` (``core.lifecycle.SYSTEM_REASONS``).

	``request``: a name or a document (loaded ``for_update`` by the caller when it must be).
	``values``: other fields changed with the status (saved together). Returns the saved document.
	"""
	doc = frappe.get_doc(DOCTYPE, request, for_update=True) if isinstance(request, str) else request
	with core_errors(_("Status change refused")):
		get_lifecycle().check_system_transition(doc.status, status, reason)
	doc.status = status
	if values:
		doc.update(values)
	doc.flags[REASON_FLAG] = reason
	mark_system_write(doc)
	doc.flags.ignore_permissions = ignore_permissions or doc.flags.ignore_permissions
	try:
		doc.save()
	finally:
		doc.flags.pop(REASON_FLAG, None)
		doc.flags.pop(SYSTEM_WRITE_FLAG, None)
	if comment:
		doc.add_comment("Info", comment)
	return doc


def resume_on_citizen_reply(name: str) -> bool:
	"""A citizen answered a request that waited for them: it resumes (e-mail, portal, Open311)."""
	lifecycle = get_lifecycle()
	status = frappe.db.get_value(DOCTYPE, name, "status")
	if lifecycle.category_of(status) != core.PAUSED:
		return False
	change_status(
		name,
		lifecycle.resume_status,
		reason=core.CITIZEN_REPLY,
		ignore_permissions=True,
		comment=_("The citizen answered: the request resumes."),
	)
	return True


def boot_session(bootinfo) -> None:
	"""The desk's list and form colour statuses by category (an added state needs no script)."""
	if frappe.session.user == "Guest":
		return
	bootinfo.citizen_relation_status_categories = dict(get_lifecycle().categories)


def public_labels() -> dict[str, str]:
	"""Status → the label citizens read (plain language), from the settings' table."""
	settings = frappe.get_cached_doc(SETTINGS)
	return {row.status: row.public_label for row in settings.get("status_categories") or () if row.public_label}


# ---------------------------------------------------------------------------- configuration
def default_rows() -> list[dict]:
	"""The mapping seeded for the default workflow."""
	return [
		{
			"status": status,
			"category": DESK_CATEGORY[category],
			"duplicate_candidate": {True: "Yes", False: "No"}.get(core.DEFAULT_CANDIDATES.get(status), ""),
		}
		for status, category in core.DEFAULT_CATEGORIES.items()
	]


def sync_status_options(lifecycle: Lifecycle | None = None) -> None:
	"""Every mapped status becomes a value of the request's ``status`` field (a Property Setter),
	so that a workflow state an administrator adds can be saved on requests."""
	from frappe.custom.doctype.property_setter.property_setter import make_property_setter

	lifecycle = lifecycle or get_lifecycle()
	standard = frappe.get_meta(DOCTYPE, cached=False).get_field("status")
	standard_options = [o for o in (frappe.db.get_value("DocField", {"parent": DOCTYPE, "fieldname": "status"}, "options") or "").split("\n") if o]
	options = list(dict.fromkeys([*standard_options, *lifecycle.known_statuses]))
	if standard and (standard.options or "").split("\n") == options:
		return
	make_property_setter(DOCTYPE, "status", "options", "\n".join(options), "Text", validate_fields_for_doctype=False)
