"""Communication (frappe.core): e-mail intake around a citizen request.

- ``thread_by_reference`` (before_insert): a received mail joins an existing request only if it
  answers a mail we sent about it or comes from one of its reporters; a fresh mail quoting its
  sender's own reference joins that request; anything else opens a new request.
- ``after_insert``: the first message sent to the citizen fulfils the SLA's response target; a
  citizen's answer to a request that waited for them resumes it (the lifecycle's writer).

Threading by reference:

Frappe threads replies by their headers and by a ``(#name)`` tag in the subject. Citizens also
write a fresh e-mail quoting their reference ("Ma demande DEM-2026-000123"): Frappe then opens a
new request for it. This hook moves such a message onto the quoted request and drops the request
that was opened for it in the same intake, so that one citizen's exchange stays in one thread.
"""

import frappe
from frappe import _

from citizen_relation.citizen_relation.doctype.citizen_request.citizen_request import EMAIL_INTAKE_FLAG
from citizen_relation.core.references import find_reference
from citizen_relation.requests.lifecycle import mark_system_write, resume_on_citizen_reply


def thread_by_reference(doc, method=None):
	"""Decide which request a received mail belongs to (Communication ``before_insert``).

	Frappe's receiver threads a mail into an existing request by the ``#DEM-…`` in its subject,
	by a subject equal to a reference, or by a subject and sender match — for any sender; a
	reference is sequential and printed on letters, so a stranger could write on another
	citizen's request and get the desk's reply. A mail joins an existing request only when

	- it answers a mail we sent about that request (its ``In-Reply-To`` header names our
	  message: Frappe resolves it to ``in_reply_to``), or
	- its sender is the request's reporter or one of its co-reporters.

	Anything else opens a new request, with a comment for the agent that it mentions the other
	reference. A fresh mail that quotes its sender's own reference joins that request.
	"""
	if doc.sent_or_received != "Received" or doc.reference_doctype != "Citizen Request" or not doc.reference_name:
		return
	if not doc.flags.in_receive:
		return  # recorded by a user in the desk, not threaded by the mail receiver
	opened_for_this_mail = frappe.local.flags.get(EMAIL_INTAKE_FLAG) or set()
	sender = (doc.sender or "").strip().lower()
	if doc.reference_name not in opened_for_this_mail:
		# Frappe threaded the mail into an existing request
		if _answers_our_mail(doc) or _is_reporter(doc.reference_name, sender):
			return
		mentioned = doc.reference_name
		doc.reference_name = _open_request_for_mail(doc)
		_note_mention(doc.reference_name, mentioned)
		return
	quoted = find_reference(doc.subject)
	if not quoted or quoted == doc.reference_name or not frappe.db.exists("Citizen Request", quoted):
		return
	# Only the citizen who made the quoted request may add to it: a reference is not a secret.
	if not _is_reporter(quoted, sender):
		_note_mention(doc.reference_name, quoted)
		return
	opened_for_this_mail.discard(doc.reference_name)
	frappe.delete_doc("Citizen Request", doc.reference_name, ignore_permissions=True, force=True)
	doc.reference_name = quoted


def _answers_our_mail(doc) -> bool:
	"""The mail's In-Reply-To names a mail we sent about this request (or a request merged into it)."""
	if not doc.in_reply_to:
		return False
	parent = frappe.db.get_value(
		"Communication", doc.in_reply_to, ["sent_or_received", "reference_doctype", "reference_name"], as_dict=True
	)
	if not parent or parent.sent_or_received != "Sent" or parent.reference_doctype != "Citizen Request":
		return False
	return parent.reference_name == doc.reference_name or frappe.db.get_value(
		"Citizen Request", parent.reference_name, "merged_into"
	) == doc.reference_name


def reporter_addresses(name: str) -> set[str]:
	"""E-mail addresses of the request's reporter and of every co-reporter merged into it."""
	emails = {frappe.db.get_value("Citizen Request", name, "reporter_email")}
	merged = frappe.get_all(
		"Citizen Request Co-reporter", filters={"parent": name, "parenttype": "Citizen Request"}, pluck="request"
	)
	if merged:
		emails.update(frappe.get_all("Citizen Request", filters={"name": ("in", merged)}, pluck="reporter_email"))
	return {e.strip().lower() for e in emails if e}


def _is_reporter(name: str, sender: str) -> bool:
	return bool(sender) and sender in reporter_addresses(name)


def _open_request_for_mail(doc) -> str:
	"""A new request for a mail that may not join the request Frappe chose (as Frappe opens one)."""
	request = frappe.new_doc("Citizen Request")
	request.subject = (doc.subject or "")[:140]
	request.reporter_email = doc.sender
	request.reporter_name = doc.sender_full_name
	request.flags.ignore_mandatory = True
	request.insert(ignore_permissions=True)
	frappe.local.flags.setdefault(EMAIL_INTAKE_FLAG, set()).add(request.name)
	return request.name


def _note_mention(request: str, mentioned: str) -> None:
	"""Tell the agent that this mail mentions another request, without joining it."""
	frappe.get_doc("Citizen Request", request).add_comment(
		"Info", _("This e-mail mentions {0}; its sender is not a reporter of that request.").format(mentioned)
	)


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
	return _is_reporter(doc.reference_name, (doc.sender or "").strip().lower())
