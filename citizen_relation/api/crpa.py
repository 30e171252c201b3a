"""Desk API of the letters to citizens: preview, e-mail, record a posted letter.

Every letter goes through :mod:`citizen_relation.crpa.letters`, which refuses an incomplete
one (the refusal says what is missing and where to fill it).
"""

import frappe
from frappe import _

from citizen_relation.crpa import letters


@frappe.whitelist()
def get_letter(name: str, kind: str) -> dict:
	"""A letter as it would be e-mailed, or why it cannot be produced (read permission)."""
	doc = letters.require_letter(name, kind, "read")
	letter = letters.build(doc, kind, for_email=True)
	return {
		"complete": letter.complete,
		"subject": letter.subject,
		"html": letter.html if letter.complete else letters.refusal_html(doc, letter),
		"missing": letters.explain(letter.missing, doc),
	}


@frappe.whitelist(methods=["POST"])
def send_letter(name: str, kind: str) -> str | None:
	"""E-mail a letter to the citizen (write permission); returns when it was recorded."""
	doc = letters.require_letter(name, kind, "write")
	sent_on = letters.send_from_desk(doc, kind)
	return str(sent_on) if sent_on else None


@frappe.whitelist(methods=["POST"])
def mark_letter_posted(name: str, kind: str) -> str:
	"""Record that the printed letter was posted to the citizen (write permission)."""
	return letters.mark_posted(letters.require_letter(name, kind, "write"), kind)


# The acknowledgement's endpoints of earlier versions (kept for existing desk scripts).
@frappe.whitelist()
def get_acknowledgement(name: str) -> str:
	"""The acknowledgement of receipt as it is (or would be) sent, or why it cannot be."""
	doc = letters.require_letter(name, letters.ACKNOWLEDGEMENT, "read")
	return letters.render_acknowledgement(doc)


@frappe.whitelist(methods=["POST"])
def mark_acknowledged(name: str) -> str:
	"""Record that the printed acknowledgement was posted to the citizen."""
	return letters.mark_posted(letters.not_yet_acknowledged(name), letters.ACKNOWLEDGEMENT)


@frappe.whitelist(methods=["POST"])
def resend_acknowledgement(name: str) -> bool:
	"""E-mail the acknowledgement that could not be sent at registration."""
	doc = letters.not_yet_acknowledged(name)
	if not letters.send_from_desk(doc, letters.ACKNOWLEDGEMENT):
		frappe.throw(_("The acknowledgement could not be e-mailed: see the request's timeline"))
	return True
