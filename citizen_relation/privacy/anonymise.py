"""Removing a citizen's personal data from a request and from every copy of it.

A request's personal data lives in more places than its form: the reporter fields and the
Contact, the free text (subject, description, address, resolution, public note, missing pieces,
type-specific values), the co-reporter rows of a master, the status history (a citizen's portal
account), the e-mails exchanged (Communication, their attachments on disk, Email Queue), the
comments, the old values Frappe keeps in Version, assignments (ToDo), notifications, the
satisfaction comment, shares, view and activity logs. :func:`anonymise_request` reaches every
one of them; what statistics need stays (type, category, service, channel, priority, dates,
status, deadlines, the location generalised as configured, rating).

:func:`erase_identity` is the lighter operation for a request still handled when its citizen
asks for erasure: who they are and what they sent goes, what the service needs to act stays.

Everything is written with direct updates (no controller, so no new Version carrying the old
values) and deleted permanently (no Deleted Document copy).
"""

from __future__ import annotations

import re

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.utils import add_days, get_datetime, now_datetime

from citizen_relation import caching
from citizen_relation.core import geo, public
from citizen_relation.core import retention as core
from citizen_relation.privacy import phases
from citizen_relation.privacy.policies import location_precision
from citizen_relation.requests.profile import get_profile

DOCTYPE = "Citizen Request"
CO_REPORTER = "Citizen Request Co-reporter"
HISTORY = "Citizen Request Status Change"
VALUES = "Citizen Request Value"
# Free text of the request itself (the subject is rewritten, never emptied: it is the title).
FREE_TEXT = ("description", "resolution_summary", "public_note", "missing_pieces", "match_text", "merge_snapshot")
IDENTITY = ("reporter_name", "reporter_email", "reporter_phone", "contact", "tracking_token")


def anonymise_request(name: str, now=None) -> dict:
	"""Anonymise request ``name`` and every copy of its citizen's data. Idempotent.

	Returns the number of copies removed per kind (for tests and logs). The caller commits.
	"""
	now = now or now_datetime()
	row = frappe.db.get_value(
		DOCTYPE,
		name,
		[
			"name", "request_type", "address", "street", "latitude", "longitude", "contact", "owner", "modified_by",
			"retention_phase", "anonymised_on", "retention_from", "subject", "description",
		],
		as_dict=True,
		for_update=True,
	)
	if not row:
		return {}
	removed = _erase_exchanges(name)
	for kind, count in _erase_traces(name).items():
		removed[kind] = removed.get(kind, 0) + count
	removed["email_queue"] += _delete_mails_mentioning(name, row.retention_from)
	removed["co_reporter_rows"] = _scrub_co_reporters(name)
	removed["history_rows"] = _scrub_history(name)
	removed["type_values"] = _drop_type_values(name, row.request_type)
	removed["satisfaction"] = _scrub_satisfaction(name)
	# the vector of its text kept for knowledge suggestions (knowledge.sentence_model)
	from citizen_relation.knowledge.sentence_model import forget_request_text

	forget_request_text(row.subject, row.description)
	frappe.db.set_value(DOCTYPE, name, _anonymous_values(row, now), update_modified=False)
	# any version written meanwhile (none by the direct update above) would keep the old values
	removed["versions"] = removed.get("versions", 0) + _delete(DocType("Version"), ref_doctype=DOCTYPE, docname=name)
	_forget_search(name)
	if row.contact:
		from citizen_relation.privacy.rights import release_contact

		removed["contact"] = int(release_contact(row.contact))
	return removed


def erase_identity(name: str, now=None) -> dict:
	"""A request still handled whose citizen asked for erasure: their identity, messages and
	attachments go; the description of the problem, the agents' notes and assignments stay until
	the request's own anonymisation."""
	now = now or now_datetime()
	row = frappe.db.get_value(
		DOCTYPE, name, ["name", "contact", "owner", "modified_by", "retention_from"], as_dict=True, for_update=True
	)
	if not row:
		return {}
	removed = _erase_exchanges(name)
	removed["versions"] = _delete(DocType("Version"), ref_doctype=DOCTYPE, docname=name)
	removed["email_queue"] += _delete_email_queue(name) + _delete_mails_mentioning(name, row.retention_from)
	removed["co_reporter_rows"] = _scrub_co_reporters(name, own_rows=False)
	removed["history_rows"] = _scrub_history(name)
	values = {field: None for field in IDENTITY}
	values.update(_account_fields(row))
	values["identity_erased_on"] = now
	frappe.db.set_value(DOCTYPE, name, values, update_modified=False)
	_forget_search(name)
	if row.contact:
		from citizen_relation.privacy.rights import release_contact

		removed["contact"] = int(release_contact(row.contact))
	return removed


# ---------------------------------------------------------------------------- the request's row
def _anonymous_values(row, now) -> dict:
	precision = location_precision()
	street = core.anonymous_street(row.address) or core.anonymous_street(row.street)
	if precision != core.LOCATION_PRECISION["street"]:
		street = None  # coarser than a street, or dropped
	point = core.generalise_location(row.latitude, row.longitude, precision)
	title = public.public_title(row.request_type, street) or _("Anonymised request")
	values = {field: None for field in (*IDENTITY, *FREE_TEXT)}
	values.update(
		{
			"subject": title,
			"public_title": title,
			"address": street,
			"street": street,
			"latitude": point[0] if point else 0,
			"longitude": point[1] if point else 0,
			"location": geo.geojson_point(*point) if point else None,
			"_comments": None,
			"retention_phase": phases.ANONYMISED,
			"anonymised_on": row.anonymised_on or now,  # run again (idempotent): the first date stays
			"retention_due_on": None,
		}
	)
	if row.retention_phase == phases.ACTIVE:
		values["archived_on"] = now
	values.update(_account_fields(row))
	return values


def _account_fields(row) -> dict:
	"""A portal account that created or last changed the request is replaced by Guest."""
	return {field: "Guest" for field in ("owner", "modified_by") if _is_citizen_account(row.get(field))}


def _is_citizen_account(user: str | None) -> bool:
	if not user or user in ("Guest", "Administrator"):
		return False
	return caching.request_memo(
		"privacy_website_users", user, lambda: frappe.db.get_value("User", user, "user_type") == "Website User"
	)


# ---------------------------------------------------------------------------- copies
def _erase_exchanges(name: str) -> dict:
	"""E-mails of the request (their attachments and queued copies) and its own attachments."""
	comm = DocType("Communication")
	link = DocType("Communication Link")
	communications = (
		frappe.qb.from_(comm).select(comm.name).where((comm.reference_doctype == DOCTYPE) & (comm.reference_name == name))
	).run(pluck=True)
	removed = {"communications": 0, "files": 0, "email_queue": 0}
	for communication in communications:
		removed["files"] += _delete_files("Communication", communication)
		removed["email_queue"] += _delete_email_queue(communication=communication)
		_delete(DocType("Comment"), reference_doctype="Communication", reference_name=communication)
		frappe.delete_doc(
			"Communication", communication, ignore_permissions=True, force=True, delete_permanently=True, for_reload=False
		)
		removed["communications"] += 1
	# other documents' e-mails shown on this request's timeline: the link goes, the e-mail is theirs
	_delete(link, link_doctype=DOCTYPE, link_name=name)
	removed["files"] += _delete_files(DOCTYPE, name)
	return removed


def _erase_traces(name: str) -> dict:
	"""Comments, old values, assignments, queued mails, notifications, shares, view/activity logs."""
	return {
		"comments": _delete(DocType("Comment"), reference_doctype=DOCTYPE, reference_name=name),
		"versions": _delete(DocType("Version"), ref_doctype=DOCTYPE, docname=name),
		"todos": _delete(DocType("ToDo"), reference_type=DOCTYPE, reference_name=name),
		"email_queue": _delete_email_queue(name),
		"notifications": _delete(DocType("Notification Log"), document_type=DOCTYPE, document_name=name),
		"shares": _delete(DocType("DocShare"), share_doctype=DOCTYPE, share_name=name),
		"views": _delete(DocType("View Log"), reference_doctype=DOCTYPE, reference_name=name),
		"follows": _delete(DocType("Document Follow"), ref_doctype=DOCTYPE, ref_docname=name),
		"activity": _delete(DocType("Activity Log"), reference_doctype=DOCTYPE, reference_name=name)
		+ _delete(DocType("Activity Log"), timeline_doctype=DOCTYPE, timeline_name=name),
	}


def _scrub_co_reporters(name: str, own_rows: bool = True) -> int:
	"""Rows naming this request's reporter in a master, and (``own_rows``) the rows this request
	holds as a master (its co-reporters' requests follow it and are anonymised with it)."""
	table = DocType(CO_REPORTER)
	condition = table.request == name
	if own_rows:
		condition = condition | ((table.parent == name) & (table.parenttype == DOCTYPE))
	names = frappe.qb.from_(table).select(table.name).where(condition).run(pluck=True)
	if names:
		frappe.qb.update(table).set(table.reporter_name, None).set(table.contact, None).where(table.name.isin(names)).run()
	return len(names)


def _scrub_history(name: str) -> int:
	"""The status history keeps statuses and dates; a citizen's account is not kept as the author."""
	table = DocType(HISTORY)
	users = (
		frappe.qb.from_(table)
		.select(table.changed_by)
		.distinct()
		.where((table.parent == name) & (table.parenttype == DOCTYPE) & table.changed_by.isnotnull())
	).run(pluck=True)
	citizens = [u for u in users if _is_citizen_account(u)]
	if not citizens:
		return 0
	rows = (
		frappe.qb.from_(table).select(table.name).where((table.parent == name) & table.changed_by.isin(citizens))
	).run(pluck=True)
	frappe.qb.update(table).set(table.changed_by, None).where(table.name.isin(rows)).run()
	return len(rows)


def _drop_type_values(name: str, request_type: str | None) -> int:
	table = DocType(VALUES)
	rows = (
		frappe.qb.from_(table)
		.select(table.name, table.fieldname, table.value)
		.where((table.parent == name) & (table.parenttype == DOCTYPE))
	).run(as_dict=True)
	profile = get_profile(request_type)
	kept = core.kept_type_values(profile.fields if profile else (), {r.fieldname: r.value for r in rows})
	dropped = [r.name for r in rows if r.fieldname not in kept]
	if dropped:
		frappe.qb.from_(table).delete().where(table.name.isin(dropped)).run()
	return len(dropped)


def _scrub_satisfaction(name: str) -> int:
	"""Ratings stay (statistics); the comment and the contact go."""
	table = DocType("Request Satisfaction")
	names = (
		frappe.qb.from_(table).select(table.name).where((table.request == name) | (table.master == name))
	).run(pluck=True)
	if names:
		frappe.qb.update(table).set(table.comment, None).set(table.contact, None).where(table.name.isin(names)).run()
		for satisfaction in names:
			_delete(DocType("Version"), ref_doctype="Request Satisfaction", docname=satisfaction)
	return len(names)


def _delete_mails_mentioning(name: str, closed_on) -> int:
	"""Notification e-mails (assignments, deadline alerts, mentions) carry the request's subject but no
	reference to it. Frappe keeps the outbox for the days set in Log Settings (30 by default): for a
	request closed within that window, its queued mails are found by its reference in their text
	(an index range on ``modified``, then the text)."""
	days = frappe.db.get_value("Logs To Clear", {"ref_doctype": "Email Queue"}, "days") or 30
	cutoff = add_days(now_datetime(), -int(days) - 1)
	if closed_on and get_datetime(closed_on) < cutoff:
		return 0
	queue = DocType("Email Queue")
	rows = (
		frappe.qb.from_(queue)
		.select(queue.name, queue.message)
		.where((queue.modified >= cutoff) & queue.message.like(f"%{name}%"))
	).run(as_dict=True)
	mention = re.compile(rf"{re.escape(name)}(?!\d)")
	names = [r.name for r in rows if mention.search(r.message or "")]
	if names:
		recipient = DocType("Email Queue Recipient")
		frappe.qb.from_(recipient).delete().where(recipient.parent.isin(names)).run()
		frappe.qb.from_(queue).delete().where(queue.name.isin(names)).run()
	return len(names)


def _delete_email_queue(reference_name: str | None = None, communication: str | None = None) -> int:
	queue = DocType("Email Queue")
	condition = (
		(queue.communication == communication)
		if communication
		else ((queue.reference_doctype == DOCTYPE) & (queue.reference_name == reference_name))
	)
	names = frappe.qb.from_(queue).select(queue.name).where(condition).run(pluck=True)
	if names:
		recipient = DocType("Email Queue Recipient")
		frappe.qb.from_(recipient).delete().where(recipient.parent.isin(names)).run()
		frappe.qb.from_(queue).delete().where(queue.name.isin(names)).run()
	return len(names)


def _delete_files(doctype: str, name: str) -> int:
	"""Attachments, on disk too (Frappe removes the file once no other File row points to it)."""
	files = frappe.get_all("File", filters={"attached_to_doctype": doctype, "attached_to_name": name}, pluck="name")
	for file in files:
		frappe.delete_doc("File", file, ignore_permissions=True, force=True, delete_permanently=True)
	return len(files)


def _delete(table, **conditions) -> int:
	"""Delete the rows matching ``conditions`` (one indexed DELETE); returns how many went."""
	query = frappe.qb.from_(table).delete()
	for field, value in conditions.items():
		query = query.where(table[field] == value)
	query.run()
	return max(frappe.db._cursor.rowcount or 0, 0)


def _forget_search(name: str) -> None:
	"""Frappe's global search and the form's cached document."""
	from frappe.utils.global_search import delete_for_document

	delete_for_document(frappe._dict(doctype=DOCTYPE, name=name))
	frappe.clear_document_cache(DOCTYPE, name)
