"""Citizens' ratings of their handled requests (Request Satisfaction), recorded by the application.

The portal's rating form and the link in the resolution e-mail call :func:`record_rating` once
they know which request the citizen may rate (their tracking token or their account).
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint, now_datetime

from citizen_relation.requests.lifecycle import get_lifecycle

DOCTYPE = "Request Satisfaction"
MAX_COMMENT = 2000
VIA = ("Portal", "E-mail link", "Agent")


def handled_request(name: str) -> str:
	"""The request whose handling is rated: the master of a merged report, else the request."""
	return frappe.db.get_value("Citizen Request", name, "merged_into") or name


def can_rate(name: str) -> bool:
	"""Resolved (fulfilled or done) and not rated yet."""
	status = frappe.db.get_value("Citizen Request", handled_request(name), "status")
	return bool(status) and get_lifecycle().is_resolved(status) and not frappe.db.exists(DOCTYPE, {"request": name})


def record_rating(name: str, rating, comment: str | None = None, via: str = "Portal") -> str:
	"""Store the citizen's rating of request ``name`` (their own request); returns the record's name.

	Refused, with a translated message, when the request is not resolved yet, was already rated,
	or the rating is not 1–5. The caller checked that the citizen may rate this request.
	"""
	if via not in VIA:
		raise ValueError(f"unknown channel {via!r}")
	rating = cint(rating) if str(rating).strip().isdigit() else 0
	if not 1 <= rating <= 5:
		frappe.throw(_("A rating is a whole number from 1 to 5"), title=_("Invalid rating"))
	comment = (comment or "").strip()
	if len(comment) > MAX_COMMENT:
		frappe.throw(_("The comment is too long: at most {0} characters").format(MAX_COMMENT))
	master = handled_request(name)
	values = frappe.db.get_value(
		"Citizen Request", master, ["status", "request_type", "category", "service"], as_dict=True
	)
	if not values or not get_lifecycle().is_resolved(values.status):
		frappe.throw(_("This request can be rated once it has been handled"), title=_("Not yet"))
	if frappe.db.exists(DOCTYPE, {"request": name}):
		frappe.throw(_("This request has already been rated: thank you"), title=_("Already rated"))
	own = frappe.db.get_value("Citizen Request", name, ["contact", "channel"], as_dict=True)
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"request": name,
			"master": master,
			"rating": rating,
			"comment": comment or None,
			"submitted_on": now_datetime(),
			"submitted_via": via,
			"contact": own.contact,
			"channel": own.channel,
			"request_type": values.request_type,
			"category": values.category,
			"service": values.service,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc.name
