"""A citizen's rights over their data: access (an export of everything) and erasure on request.

A citizen is found through their Contact (most requests, whatever the channel) or, for a request
registered without one, the request itself; a portal account (Website User) is found by its
e-mail address. The erasure follows :func:`citizen_relation.core.retention.erasure`: an open
administrative procedure and a legal hold are kept (and the message says why), a request still
handled loses its citizen's identity, a closed one is anonymised with every copy; the Contact is
deleted when nothing else needs it (no kept request, no other application's record, no account).
Each erasure is logged as a Retention Run ("Erasure on request") with counts and the reference of
the demand, never the citizen's name.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.utils import now_datetime

from citizen_relation.core import retention as core
from citizen_relation.privacy import anonymise, phases
from citizen_relation.requests.lifecycle import get_lifecycle, public_labels
from citizen_relation.utils import get_settings

DOCTYPE = "Citizen Request"
NO_IMPLICIT_DECISION = "No implicit decision"
ACTION_LABELS = {
	core.ERASE_ALL: "Anonymised",
	core.ERASE_IDENTITY: "Identity erased",
	core.KEEP_REQUEST: "Kept",
	core.NOTHING: "Already anonymised",
}


# ---------------------------------------------------------------------------- finding the citizen's data
def contact_emails(contact: str) -> list[str]:
	return frappe.get_all("Contact Email", filters={"parent": contact, "parenttype": "Contact"}, pluck="email_id")


def citizen_requests(contact: str | None = None, request: str | None = None, email: str | None = None) -> list[str]:
	"""The names of a citizen's requests: linked to their contact, made from one of its (or the
	given) e-mail addresses, or the one request given. Indexed look-ups only."""
	names: dict[str, None] = {}
	emails = [email] if email else []
	if request:
		names[request] = None
		contact = contact or frappe.db.get_value(DOCTYPE, request, "contact")
	if contact:
		emails += contact_emails(contact)
		names.update(dict.fromkeys(frappe.get_all(DOCTYPE, filters={"contact": contact}, pluck="name", order_by="received_on asc")))
		names.update(
			dict.fromkeys(
				frappe.get_all("Citizen Request Co-reporter", filters={"contact": contact, "parenttype": DOCTYPE}, pluck="request")
			)
		)
	for address in {e.lower() for e in emails if e}:
		names.update(dict.fromkeys(frappe.get_all(DOCTYPE, filters={"reporter_email": address}, pluck="name")))
	return [n for n in names if n]


def _facts(names: list[str]) -> list[frappe._dict]:
	if not names:
		return []
	rows = frappe.get_all(
		DOCTYPE,
		filters={"name": ("in", names)},
		fields=["name", "status", "retention_phase", "crpa_regime", "legal_hold", "merged_into", "request_type", "received_on", "subject"],
		order_by="received_on asc",
	)
	masters = {r.merged_into for r in rows if r.merged_into}
	master_status = (
		dict(frappe.get_all(DOCTYPE, filters={"name": ("in", list(masters))}, fields=["name", "status"], as_list=True))
		if masters
		else {}
	)
	lifecycle = get_lifecycle()
	for row in rows:
		handling = master_status.get(row.merged_into, row.status) if lifecycle.is_merged(row.status) else row.status
		row.decision = core.erasure(
			handling,
			phases.PHASES.get(row.retention_phase or phases.ACTIVE, core.ACTIVE),
			procedure=(row.crpa_regime or NO_IMPLICIT_DECISION) != NO_IMPLICIT_DECISION,
			legal_hold=bool(row.legal_hold),
			lifecycle=lifecycle,
		)
	return rows


# ---------------------------------------------------------------------------- erasure
def erasure_plan(
	contact: str | None = None, request: str | None = None, email: str | None = None, ignore_account: bool = False
) -> dict:
	"""What an erasure would do, with the reason for each request kept, for the desk's dialog."""
	rows = _facts(citizen_requests(contact, request, email))
	contact = contact or (frappe.db.get_value(DOCTYPE, request, "contact") if request else None)
	kept = [r for r in rows if r.decision.action == core.KEEP_REQUEST]
	plan = {
		"requests": [
			{
				"name": r.name,
				"request_type": r.request_type,
				"status": r.status,
				"status_label": _(r.status),
				"received_on": r.received_on,
				"action": r.decision.action,
				"action_label": _(ACTION_LABELS[r.decision.action]),
				"reason": _(r.decision.message()).format(r.name) if r.decision.message() else "",
			}
			for r in rows
		],
		"contact": None,
		"kept": len(kept),
	}
	if contact and frappe.db.exists("Contact", contact):
		reasons = contact_reasons(contact, len(kept), [r.name for r in rows], ignore_account)
		plan["contact"] = {
			"name": contact,
			"deleted": not reasons,
			"reasons": [_(message).format(*args) for message, args in reasons],
		}
	return plan


def erase(
	contact: str | None = None,
	request: str | None = None,
	reference: str = "",
	email: str | None = None,
	ignore_account: bool = False,
) -> dict:
	"""Erase a citizen's data (the plan above, applied) and log it. Returns the plan with the run's name.

	``ignore_account``: the portal account is being deleted too (Personal Data Deletion Request)."""
	plan = erasure_plan(contact, request, email, ignore_account)
	now = now_datetime()
	tally: Counter = Counter()
	for item in plan["requests"]:
		action = item["action"]
		if action == core.ERASE_ALL:
			anonymise.anonymise_request(item["name"], now)
		elif action == core.ERASE_IDENTITY:
			anonymise.erase_identity(item["name"], now)
		if action != core.NOTHING:
			tally[(item["request_type"], ACTION_LABELS[action])] += 1
	if plan["contact"] and plan["contact"]["deleted"]:
		name = plan["contact"]["name"]
		# usually released with the citizen's last request already
		plan["contact"]["deleted"] = not frappe.db.exists("Contact", name) or release_contact(name, ignore_account)
	run = frappe.get_doc(
		{
			"doctype": "Retention Run",
			"run_type": "Erasure on request",
			"status": "Completed",
			"as_of": now.date(),
			"triggered_by": frappe.session.user,
			"reference": (reference or "").strip()[:140],
			"started_on": now,
			"finished_on": now_datetime(),
			"anonymisation_authorised": 1,
			"counts": [
				{"request_type": request_type, "phase": outcome, "count": count}
				for (request_type, outcome), count in sorted(tally.items())
			],
			"anonymised": sum(c for (_t, o), c in tally.items() if o == "Anonymised"),
			"kept": plan["kept"],
		}
	).insert(ignore_permissions=True)
	plan["run"] = run.name
	return plan


# ---------------------------------------------------------------------------- the contact
def contact_reasons(
	contact: str, kept_requests: int = 0, ignoring: list[str] | None = None, ignore_account: bool = False
) -> list[tuple[str, tuple]]:
	"""Why ``contact`` must be kept (empty: it may be deleted)."""
	ignoring = set(ignoring or ())
	in_use = kept_requests + len([n for n in _requests_using(contact) if n not in ignoring])
	links = [
		f"{_(row.link_doctype)} {row.link_name}"
		for row in frappe.get_all(
			"Dynamic Link", filters={"parent": contact, "parenttype": "Contact"}, fields=["link_doctype", "link_name"]
		)
	]
	has_account = not ignore_account and bool(frappe.db.get_value("Contact", contact, "user"))
	return core.contact_reasons(in_use, links, has_account)


def _requests_using(contact: str) -> list[str]:
	"""Requests not yet anonymised that still name the contact (their own field or a co-reporter row)."""
	own = frappe.get_all(DOCTYPE, filters={"contact": contact, "retention_phase": ("!=", phases.ANONYMISED)}, pluck="name")
	rows = frappe.get_all("Citizen Request Co-reporter", filters={"contact": contact, "parenttype": DOCTYPE}, pluck="parent")
	return list(dict.fromkeys(own + rows))


def release_contact(contact: str, ignore_account: bool = False) -> bool:
	"""Delete the citizen's Contact when nothing needs it any more, with its own copies (e-mails,
	attachments, comments, versions, addresses only it used, export logs). Returns True if deleted."""
	if not frappe.db.exists("Contact", contact) or contact_reasons(contact, ignore_account=ignore_account):
		return False
	savepoint = "release_contact"
	frappe.db.savepoint(savepoint)
	try:
		_delete_contact(contact)
	except frappe.LinkExistsError:
		# another application's document (a sales order, an issue…) names it: it stays
		frappe.db.rollback(save_point=savepoint)
		frappe.clear_last_message()
		return False
	return True


def _delete_contact(contact: str) -> None:
	started = now_datetime()
	comm = DocType("Communication")
	for communication in (
		frappe.qb.from_(comm).select(comm.name).where((comm.reference_doctype == "Contact") & (comm.reference_name == contact))
	).run(pluck=True):
		anonymise._delete_files("Communication", communication)
		anonymise._delete_email_queue(communication=communication)
		frappe.delete_doc("Communication", communication, ignore_permissions=True, force=True, delete_permanently=True)
	anonymise._delete(DocType("Communication Link"), link_doctype="Contact", link_name=contact)
	for address in frappe.get_all(
		"Dynamic Link", filters={"link_doctype": "Contact", "link_name": contact, "parenttype": "Address"}, pluck="parent"
	):
		if frappe.db.count("Dynamic Link", {"parent": address, "parenttype": "Address"}) == 1:
			frappe.delete_doc("Address", address, ignore_permissions=True, force=True, delete_permanently=True)
	anonymise._delete(DocType("Dynamic Link"), link_doctype="Contact", link_name=contact)
	for table, fields in (
		("Comment", ("reference_doctype", "reference_name")),
		("Version", ("ref_doctype", "docname")),
		("ToDo", ("reference_type", "reference_name")),
		("View Log", ("reference_doctype", "reference_name")),
		("Activity Log", ("reference_doctype", "reference_name")),
		("DocShare", ("share_doctype", "share_name")),
		("Access Log", ("export_from", "reference_document")),
	):
		anonymise._delete(DocType(table), **{fields[0]: "Contact", fields[1]: contact})
	frappe.delete_doc("Contact", contact, ignore_permissions=True, delete_permanently=True)
	_forget_deletion_feed(("Contact", "Address"), started)


def _forget_deletion_feed(doctypes: tuple[str, ...], since) -> None:
	"""Frappe notes each deletion in the activity feed as "Contact <name>": the name is the citizen's."""
	comment = DocType("Comment")
	(
		frappe.qb.from_(comment)
		.delete()
		.where(
			comment.reference_doctype.isin(list(doctypes))
			& (comment.comment_type == "Deleted")
			& (comment.creation >= since)
		)
	).run()


# ---------------------------------------------------------------------------- access (export)
def export(contact: str | None = None, request: str | None = None) -> tuple[str, bytes]:
	"""Everything the collectivité holds about a citizen, as a ZIP: ``donnees.json`` (their contact,
	each request with its history, messages, comments and rating) and the attached files."""
	names = citizen_requests(contact, request)
	contact = contact or (frappe.db.get_value(DOCTYPE, request, "contact") if request else None)
	files: list[tuple[str, bytes]] = []
	data = {
		"generated_on": str(now_datetime()),
		"controller": _controller(),
		"contact": _contact_data(contact, files) if contact else None,
		"requests": [_request_data(name, files) for name in names],
	}
	buffer = io.BytesIO()
	with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
		archive.writestr("donnees.json", json.dumps(data, ensure_ascii=False, indent=1, default=str))
		archive.writestr("LISEZMOI.txt", _readme(data))
		for path, content in files:
			archive.writestr(path, content)
	stem = frappe.scrub(contact or request or "citoyen")[:60]
	return f"donnees-personnelles-{stem}.zip", buffer.getvalue()


def _controller() -> dict:
	settings = get_settings()
	return {
		"name": settings.collectivite_name,
		"address": settings.collectivite_address,
		"email": settings.collectivite_email,
		"dpo": settings.get("dpo_name"),
		"dpo_email": settings.get("dpo_email"),
	}


def _contact_data(contact: str, files: list) -> dict | None:
	if not frappe.db.exists("Contact", contact):
		return None
	doc = frappe.get_doc("Contact", contact)
	return {
		"name": doc.name,
		"first_name": doc.first_name,
		"last_name": doc.last_name,
		"salutation": doc.salutation,
		"emails": [row.email_id for row in doc.email_ids],
		"phones": [row.phone for row in doc.phone_nos],
		"address": doc.address,
		"portal_account": doc.user,
		"created_on": doc.creation,
		"attachments": _files("Contact", contact, files, f"contact/{frappe.scrub(contact)[:40]}"),
	}


def _request_data(name: str, files: list) -> dict:
	doc = frappe.get_doc(DOCTYPE, name)
	labels = public_labels()
	folder = f"demandes/{name}"
	comm = frappe.get_all(
		"Communication",
		filters={"reference_doctype": DOCTYPE, "reference_name": name, "communication_type": "Communication"},
		fields=["name", "communication_date", "sent_or_received", "sender", "recipients", "cc", "subject", "content"],
		order_by="communication_date asc",
	)
	return {
		"reference": doc.name,
		"received_on": doc.received_on,
		"channel": _(doc.channel) if doc.channel else None,
		"request_type": doc.request_type,
		"subject": doc.subject,
		"description": frappe.utils.strip_html(doc.description or "") or None,
		"address": doc.address,
		"latitude": doc.latitude or None,
		"longitude": doc.longitude or None,
		"reporter": {"name": doc.reporter_name, "email": doc.reporter_email, "phone": doc.reporter_phone},
		"status": labels.get(doc.status) or _(doc.status),
		"status_history": [
			{"status": labels.get(row.status) or _(row.status), "on": row.changed_on}
			for row in sorted(doc.status_history, key=lambda r: (str(r.changed_on), r.idx))
		],
		"type_values": [{"field": row.label, "value": row.value} for row in doc.type_values],
		"resolution": frappe.utils.strip_html(doc.resolution_summary or "") or None,
		"public_note": doc.public_note,
		"merged_into": doc.merged_into,
		"retention": {
			"phase": _(doc.retention_phase or "Active"),
			"archive_on": doc.archive_on,
			"anonymise_on": doc.anonymise_on,
		},
		"messages": [
			{
				"date": c.communication_date,
				"direction": _(c.sent_or_received),
				"from": c.sender,
				"to": c.recipients,
				"cc": c.cc,
				"subject": c.subject,
				"content": frappe.utils.strip_html(c.content or ""),
				"attachments": _files("Communication", c.name, files, f"{folder}/messages"),
			}
			for c in comm
		],
		"notes": [
			{"date": c.creation, "content": frappe.utils.strip_html(c.content or "")}
			for c in frappe.get_all(
				"Comment",
				filters={"reference_doctype": DOCTYPE, "reference_name": name, "comment_type": "Comment"},
				fields=["creation", "content"],
				order_by="creation asc",
			)
		],
		"attachments": _files(DOCTYPE, name, files, folder),
		"satisfaction": frappe.db.get_value(
			"Request Satisfaction", {"request": name}, ["rating", "comment", "submitted_on"], as_dict=True
		),
	}


def _files(doctype: str, name: str, files: list, folder: str) -> list[str]:
	"""Attachments of a document copied into the archive; returns their paths in it."""
	paths = []
	for file in frappe.get_all(
		"File", filters={"attached_to_doctype": doctype, "attached_to_name": name, "is_folder": 0}, pluck="name"
	):
		doc = frappe.get_doc("File", file)
		try:
			content = doc.get_content()
		except (OSError, frappe.DoesNotExistError):
			continue
		if isinstance(content, str):
			content = content.encode()
		path = f"{folder}/{doc.name[:10]}-{doc.file_name or 'fichier'}"
		files.append((path, content))
		paths.append(path)
	return paths


def _readme(data: dict) -> str:
	controller = data["controller"]
	lines = [
		_("Personal data held by {0} about you, as of {1}.").format(controller.get("name") or "", data["generated_on"][:16]),
		"",
		_("donnees.json lists your contact details and each of your requests: what you sent, its history, the messages exchanged, the agents' notes, your rating, and when it will be archived and anonymised."),
		_("The folders hold the files you sent or received."),
		"",
		_("For any question about your data, or to have it corrected or erased, write to: {0}").format(
			controller.get("dpo_email") or controller.get("email") or ""
		),
	]
	return "\n".join(lines) + "\n"
