"""Communication (frappe.core): e-mail intake around a citizen request.

- ``thread_by_reference`` (before_insert): a fresh mail quoting a reference joins that request.
- ``after_insert``: the first message sent to the citizen fulfils the SLA's response target; a
  citizen's answer to a request that waited for them resumes it (the lifecycle's writer).

Threading by reference:

Frappe threads replies by their headers and by a ``(#name)`` tag in the subject. Citizens also
write a fresh e-mail quoting their reference ("Ma demande DEM-2026-000123"): Frappe then opens a
new request for it. This hook moves such a message onto the quoted request and drops the request
that was opened for it in the same intake, so that one citizen's exchange stays in one thread.
"""

import frappe

from citizen_relation.citizen_relation.doctype.citizen_request.citizen_request import EMAIL_INTAKE_FLAG
from citizen_relation.core.references import find_reference
from citizen_relation.requests.lifecycle import mark_system_write, resume_on_citizen_reply


def thread_by_reference(doc, method=None):
	if doc.sent_or_received != "Received" or doc.reference_doctype != "Citizen Request":
		return
	opened_for_this_mail = frappe.local.flags.get(EMAIL_INTAKE_FLAG) or set()
	if doc.reference_name not in opened_for_this_mail:
		return
	quoted = find_reference(doc.subject)
	if not quoted or quoted == doc.reference_name:
		return
	# Only the citizen who made the quoted request may add to it: a reference is not a secret.
	reporter = frappe.db.get_value("Citizen Request", quoted, "reporter_email")
	if not reporter or reporter.lower() != (doc.sender or "").strip().lower():
		return
	opened_for_this_mail.discard(doc.reference_name)
	frappe.delete_doc("Citizen Request", doc.reference_name, ignore_permissions=True, force=True)
	doc.reference_name = quoted


def after_insert(doc, method=None):
	if (
		doc.reference_doctype != "Citizen Request"
		or doc.communication_type != "Communication"
		or not doc.reference_name
	):
		return
	if doc.sent_or_received == "Sent":
		record_first_response(doc)
	elif doc.sent_or_received == "Received" and _from_reporter(doc):
		resume_on_citizen_reply(doc.reference_name)


def record_first_response(doc) -> None:
	"""The first message sent to the citizen fulfils the SLA's response target."""
	if frappe.db.get_value("Citizen Request", doc.reference_name, "first_responded_on"):
		return
	request = frappe.get_doc("Citizen Request", doc.reference_name)
	request.first_responded_on = doc.communication_date or frappe.utils.now_datetime()
	request.flags.ignore_permissions = True
	mark_system_write(request)
	request.save()


def _from_reporter(doc) -> bool:
	"""The mail comes from the request's own reporter (a request opened by this very mail is new)."""
	if doc.reference_name in (frappe.local.flags.get(EMAIL_INTAKE_FLAG) or set()):
		return False
	sender = (doc.sender or "").strip().lower()
	reporter = (frappe.db.get_value("Citizen Request", doc.reference_name, "reporter_email") or "").lower()
	return bool(sender) and sender == reporter
