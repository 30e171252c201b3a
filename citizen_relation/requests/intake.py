"""Registering a request, whatever the channel: the one path from plain values to a Citizen Request.

Quick entry in the desk, the citizen portal and Open311 clients all call :func:`create_request`
with the values they accepted (e-mail intake goes through Frappe's Email Account, which inserts
the request itself). The request's controller does the rest: defaults from the type's profile,
the citizen's Contact, normalisation and checks, deadlines, acknowledgement, routing.

:func:`follow` is the citizen's "me too": their report is registered as their own request (with
its own reference and tracking link) and merged at once into the master they chose, so that they
are informed like every other reporter and nothing they wrote is lost.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.requests.lifecycle import SYSTEM_WRITE_FLAG, mark_system_write
from citizen_relation.utils import retry_once_on_deadlock

DOCTYPE = "Citizen Request"
# Values a channel may give; everything else about a request is derived or the agents' to set.
ACCEPTED = (
	"channel",
	"request_type",
	"subject",
	"description",
	"contact",
	"reporter_name",
	"reporter_email",
	"reporter_phone",
	"address",
	"latitude",
	"longitude",
	"location",
	"received_on",
	"source",
)


def build_request(values: dict, type_values: dict | None = None):
	"""An unsaved request from accepted values (unknown keys are ignored, never stored)."""
	if type_values is not None and not isinstance(type_values, dict):
		frappe.throw(_("Type-specific values must be given as field name: value"))
	doc = frappe.new_doc(DOCTYPE)
	doc.update({key: values.get(key) for key in ACCEPTED if values.get(key) not in (None, "")})
	doc.subject = (doc.subject or "").strip()
	doc.set("type_values", [{"fieldname": k, "value": v} for k, v in (type_values or {}).items()])
	return doc


def create_request(values: dict, type_values: dict | None = None, *, ignore_permissions: bool = False):
	"""Insert a request; ``ignore_permissions`` for channels whose caller was checked otherwise
	(a guest on the portal, an Open311 client's key). Returns the inserted document."""
	doc = build_request(values, type_values)
	doc.flags.ignore_permissions = ignore_permissions
	# the values were filtered to ACCEPTED above: ``source`` (the channel's own label) is the
	# only protected field among them, and it is ours to set
	mark_system_write(doc)
	try:
		doc.insert()
	finally:
		doc.flags.pop(SYSTEM_WRITE_FLAG, None)
	return doc


@retry_once_on_deadlock
def follow(master: str, values: dict, type_values: dict | None = None):
	"""Register the citizen's report and merge it at once into ``master`` (an active request).

	Returns the citizen's own request (status Merged, ``merged_into`` the master actually used).
	"""
	from citizen_relation.duplicates.merging import lock_master, merge

	# The master's row lock first: the new request's reference (its naming series row, locked
	# until commit) must not be held while waiting for a busy master, or every other intake of
	# the site would wait behind it.
	target = lock_master(master)
	doc = create_request(values, type_values, ignore_permissions=True)
	merge(doc.name, target, as_system=True)
	doc.reload()
	return doc
