"""Desk API of personal data (RGPD): retention runs, a citizen's export and erasure, legal holds.

Exports and erasures are for supervisors, managers and system managers (the people a collectivité
names to answer citizens' requests about their data), on a citizen they may read; running the
retention now is for managers.
"""

import frappe
from frappe import _
from frappe.core.doctype.access_log.access_log import make_access_log

from citizen_relation.privacy import jobs, phases, rights

RIGHTS_ROLES = ("Citizen Relation Supervisor", "Citizen Relation Manager", "System Manager")
RUN_ROLES = ("Citizen Relation Manager", "System Manager")
MAX_REFERENCE = 140


@frappe.whitelist(methods=["POST"])
def run_retention_now() -> dict:
	"""Run the retention of personal data now, in the background, with a progress bar."""
	_require(RUN_ROLES)
	jobs.enqueue_run(frappe.session.user)
	return {"message": _("The retention run has started: its log appears in Retention Run.")}


@frappe.whitelist()
def get_erasure_plan(contact: str | None = None, request: str | None = None) -> dict:
	"""What erasing this citizen's data would do, request by request, and why some are kept."""
	contact, request = _citizen(contact, request)
	return rights.erasure_plan(contact, request)


@frappe.whitelist(methods=["POST"])
def erase_personal_data(reference: str, contact: str | None = None, request: str | None = None) -> dict:
	"""Erase a citizen's data on their request (``reference``: their demand, e.g. "letter of 3 March")."""
	contact, request = _citizen(contact, request)
	reference = (reference or "").strip()
	if not reference:
		frappe.throw(_("Give the reference of the citizen's demand (date, letter or e-mail)"), title=_("Reference missing"))
	if len(reference) > MAX_REFERENCE:
		frappe.throw(_("The reference is too long: at most {0} characters").format(MAX_REFERENCE))
	return rights.erase(contact, request, reference)


@frappe.whitelist(methods=["GET"])
def download_personal_data(contact: str | None = None, request: str | None = None) -> None:
	"""A ZIP of everything held about a citizen (right of access), streamed, never stored."""
	contact, request = _citizen(contact, request)
	filename, content = rights.export(contact, request)
	make_access_log(
		doctype="Contact" if contact else "Citizen Request",
		document=contact or request,
		file_type="ZIP",
		method=_("Personal data export"),
	)
	frappe.local.response.filename = filename
	frappe.local.response.filecontent = content
	frappe.local.response.type = "download"


@frappe.whitelist(methods=["POST"])
def set_legal_hold(name: str, hold: int | bool, reason: str | None = None) -> dict:
	"""Place a request under legal hold (kept for a dispute) or lift the hold."""
	_require(RIGHTS_ROLES)
	_readable_request(name)
	doc = phases.set_legal_hold(name, bool(frappe.utils.cint(hold)), reason)
	return {"legal_hold": doc.legal_hold, "retention_due_on": doc.retention_due_on}


@frappe.whitelist(methods=["POST"])
def restore_from_archive(name: str, reason: str) -> dict:
	"""Bring an archived request back to the active base."""
	_require(RIGHTS_ROLES)
	_readable_request(name)
	doc = phases.restore(name, reason)
	return {"retention_phase": doc.retention_phase, "archive_on": doc.archive_on}


def _require(roles: tuple[str, ...]) -> None:
	"""A role check that also holds in tests (``frappe.only_for`` lets everything through there)."""
	if not set(frappe.get_roles()) & set(roles):
		frappe.throw(_("Not permitted: this is reserved to {0}").format(", ".join(_(r) for r in roles)), frappe.PermissionError)


def _citizen(contact: str | None, request: str | None) -> tuple[str | None, str | None]:
	"""Exactly one of a contact or a request, existing and readable by a user allowed to answer
	citizens' demands about their data."""
	_require(RIGHTS_ROLES)
	if bool(contact) == bool(request):
		frappe.throw(_("Give either a contact or a request"))
	if contact:
		if not isinstance(contact, str) or len(contact) > 140 or not frappe.db.exists("Contact", contact):
			frappe.throw(_("Contact {0} does not exist").format(frappe.bold(str(contact)[:140])), frappe.DoesNotExistError)
		frappe.get_doc("Contact", contact).check_permission("read")
		return contact, None
	_readable_request(request)
	return None, request


def _readable_request(name: str) -> None:
	if not isinstance(name, str) or len(name) > 140 or not frappe.db.exists("Citizen Request", name):
		frappe.throw(_("Request {0} does not exist").format(frappe.bold(str(name)[:140])), frappe.DoesNotExistError)
	frappe.get_doc("Citizen Request", name).check_permission("read")
