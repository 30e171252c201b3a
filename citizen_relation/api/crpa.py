"""Desk API of the CRPA's letters: the acknowledgement of receipt (preview, e-mail, posted)."""

import frappe
from frappe import _

from citizen_relation.crpa import letters


@frappe.whitelist()
def get_acknowledgement(name: str) -> str:
	"""The acknowledgement of receipt as it is (or would be) sent, for the desk's preview."""
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission("read")
	return letters.render_acknowledgement(doc)


@frappe.whitelist(methods=["POST"])
def mark_acknowledged(name: str) -> str:
	"""Record that the printed acknowledgement was posted to the citizen."""
	return letters.mark_posted(letters.not_yet_acknowledged(name))


@frappe.whitelist(methods=["POST"])
def resend_acknowledgement(name: str) -> bool:
	"""E-mail the acknowledgement that could not be sent at registration."""
	if not letters.send_acknowledgement(letters.not_yet_acknowledged(name)):
		frappe.throw(_("The acknowledgement could not be e-mailed: see the request's timeline"))
	return True
