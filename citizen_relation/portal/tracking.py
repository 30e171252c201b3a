"""A request as its citizen sees it: by its tracking link (reference + token) or their account.

Who may see a request: whoever holds its tracking link (the token is a 192-bit secret sent only
to the citizen, compared in constant time, replaced when an agent revokes it), and the logged-in
citizen it belongs to (their Contact, or their account's e-mail address as reporter). Nobody
else — not another citizen, not a guest guessing references — and what is shown is the
citizen's own request plus the public face of the report it was merged into.
"""

from __future__ import annotations

import secrets

import frappe
from frappe import _
from frappe.utils import cint, getdate
from frappe.utils.html_utils import sanitize_html

from citizen_relation.core import lifecycle as core_lifecycle
from citizen_relation.core.references import new_tracking_token
from citizen_relation.portal import uploads
from citizen_relation.portal.public import status_label
from citizen_relation.portal.submission import PortalFormError, citizen_of_user
from citizen_relation.requests.lifecycle import get_lifecycle, mark_system_write, resume_on_citizen_reply
from citizen_relation.satisfaction import ratings
from citizen_relation.utils import tracking_url

DOCTYPE = "Citizen Request"
MAX_REPLY = 5000
MAX_REFERENCE = 40
MAX_TOKEN = 64


# ------------------------------------------------------------------------------------------ access
def find_by_token(reference: str | None, token: str | None) -> str | None:
	"""The request's name when ``token`` is its current tracking token, else ``None``."""
	if not isinstance(reference, str) or not isinstance(token, str):
		return None
	reference, token = reference.strip().upper(), token.strip()
	if not reference or not token or len(reference) > MAX_REFERENCE or len(token) > MAX_TOKEN:
		return None
	stored = frappe.db.get_value(DOCTYPE, reference, "tracking_token")
	if stored and secrets.compare_digest(stored.encode(), token.encode()):
		return reference
	return None


def user_contacts(user: str) -> tuple[str, list[str]]:
	"""(the account's e-mail address, the Contacts that are this citizen)."""
	email = (frappe.db.get_value("User", user, "email") or user).lower()
	contacts = set(frappe.get_all("Contact", filters={"user": user}, pluck="name"))
	contacts.update(frappe.get_all("Contact Email", filters={"email_id": email, "parenttype": "Contact"}, pluck="parent"))
	return email, sorted(contacts)


def belongs_to_user(name: str, user: str | None = None) -> bool:
	user = user or frappe.session.user
	if user == "Guest" or not isinstance(name, str):
		return False
	values = frappe.db.get_value(DOCTYPE, name, ["contact", "reporter_email"], as_dict=True)
	if not values:
		return False
	email, contacts = user_contacts(user)
	return (values.reporter_email or "").lower() == email or (values.contact and values.contact in contacts)


def resolve(reference: str | None, token: str | None = None) -> str | None:
	"""The request the caller may follow: by token, else the logged-in citizen's own."""
	name = find_by_token(reference, token) if token else None
	if name:
		return name
	if isinstance(reference, str) and len(reference) <= MAX_REFERENCE:
		reference = reference.strip().upper()
		if belongs_to_user(reference):
			return reference
	return None


def my_requests(user: str | None = None, limit: int = 100) -> list[dict]:
	"""The logged-in citizen's requests, newest first."""
	user = user or frappe.session.user
	if user == "Guest":
		return []
	email, contacts = user_contacts(user)
	rows = frappe.get_all(
		DOCTYPE,
		or_filters=[["reporter_email", "=", email], *([["contact", "in", contacts]] if contacts else [])],
		fields=["name", "subject", "request_type", "status", "received_on", "merged_into"],
		order_by="received_on desc",
		limit_page_length=limit,
		ignore_permissions=True,  # the filter above is the citizen's own rule
	)
	masters = _statuses([r.merged_into for r in rows if r.merged_into])
	return [
		{
			"name": r.name,
			"subject": r.subject,
			"request_type": r.request_type,
			"status": status_label(masters.get(r.merged_into) or r.status),
			"received_on": getdate(r.received_on),
		}
		for r in rows
	]


def _statuses(names: list[str]) -> dict[str, str]:
	if not names:
		return {}
	return dict(frappe.get_all(DOCTYPE, filters={"name": ("in", names)}, fields=["name", "status"], as_list=True))


# ------------------------------------------------------------------------------------------ the view
def tracking_view(name: str) -> dict:
	"""Everything the tracking page shows of request ``name`` (already checked by :func:`resolve`)."""
	doc = frappe.get_doc(DOCTYPE, name)
	lifecycle = get_lifecycle()
	master = frappe.get_doc(DOCTYPE, doc.merged_into) if doc.merged_into else doc
	status = master.status
	category = lifecycle.category_of(status)
	view = {
		"name": doc.name,
		"token": doc.tracking_token,
		"tracking_url": tracking_url(doc.name, doc.tracking_token) if doc.tracking_token else None,
		"request_type": doc.request_type,
		"subject": doc.subject,
		"description": sanitize_html(doc.description or ""),
		"address": doc.address,
		"received_on": doc.received_on,
		"status": status_label(status),
		"status_category": category,
		"is_active": lifecycle.is_active(status),
		"is_resolved": lifecycle.is_resolved(status),
		"waits_for_citizen": category == core_lifecycle.PAUSED and not doc.merged_into,
		"merged": None,
		"history": history(master if doc.merged_into else doc, also=doc if doc.merged_into else None),
		"public_note": master.public_note,
		"resolution": sanitize_html(master.resolution_summary or "") if lifecycle.is_resolved(status) else "",
		"response_by": master.response_by if lifecycle.is_active(status) and not master.first_responded_on else None,
		"resolution_by": master.resolution_by if lifecycle.is_active(status) else None,
		"implicit_decision_on": doc.implicit_decision_on,
		"acknowledged_on": doc.acknowledged_on,
		"type_values": [{"label": row.label, "value": row.value} for row in doc.type_values if _is_public_field(doc, row.fieldname)],
		"messages": messages(doc),
		"photos": photos(doc.name),
		"can_rate": ratings.can_rate(doc.name),
		"rated": bool(frappe.db.exists("Request Satisfaction", {"request": doc.name})),
	}
	if doc.merged_into:
		view["merged"] = {
			"reference": master.name,
			"public_title": master.public_title or master.request_type,
			"reporters": cint(master.reporter_count) or 1,
		}
	return view


def _is_public_field(doc, fieldname: str) -> bool:
	from citizen_relation.requests.profile import get_profile

	profile = get_profile(doc.request_type)
	return bool(profile) and any(f.fieldname == fieldname for f in profile.public_fields)


def history(doc, also=None) -> list[dict]:
	"""Status changes in plain language, oldest first (the citizen's own report's first rows
	when it was merged into another)."""
	rows = [(r.changed_on, r.status) for r in doc.status_history]
	if also is not None:
		rows = [(r.changed_on, r.status) for r in also.status_history if r.status != "Merged"] + [
			(r.changed_on, r.status) for r in doc.status_history if also.received_on and r.changed_on >= also.received_on
		]
	out = []
	for changed_on, status in sorted(rows, key=lambda r: r[0]):
		label = status_label(status)
		if out and out[-1]["status"] == label:
			continue
		out.append({"status": label, "on": changed_on})
	return out


def messages(doc) -> list[dict]:
	"""The messages exchanged with this citizen about this request (only those meant for them)."""
	email = (doc.reporter_email or "").lower()
	rows = frappe.get_all(
		"Communication",
		filters={"reference_doctype": DOCTYPE, "reference_name": doc.name, "communication_type": "Communication"},
		fields=["name", "sent_or_received", "sender", "recipients", "subject", "content", "communication_date", "communication_medium"],
		order_by="communication_date asc",
		limit_page_length=200,
	)
	out = []
	for row in rows:
		recipients = (row.recipients or "").lower()
		sender = (row.sender or "").lower()
		if row.sent_or_received == "Sent" and email and email in recipients:
			who = "agent"
		elif row.sent_or_received == "Received" and ((email and sender == email) or (not sender and row.communication_medium == "Other")):
			who = "citizen"
		else:
			continue
		out.append(
			{
				"from_citizen": who == "citizen",
				"subject": row.subject,
				"content": sanitize_html(row.content or ""),
				"on": row.communication_date,
			}
		)
	return out


def photos(name: str) -> list[dict]:
	"""The request's photos (their File names, for the token-checked photo endpoint)."""
	return [
		{"file": f.name, "label": _("Photo {0}").format(i)}
		for i, f in enumerate(
			frappe.get_all(
				"File",
				filters={"attached_to_doctype": DOCTYPE, "attached_to_name": name, "file_name": ("not like", "thumb-%")},
				fields=["name"],
				order_by="creation asc",
				limit_page_length=20,
			),
			start=1,
		)
	]


def photo_content(name: str, file: str, thumbnail: bool = True) -> tuple[str, bytes] | None:
	"""(file name, bytes) of a photo of the request, or its thumbnail; ``None`` when not its own."""
	if not isinstance(file, str) or len(file) > 140:
		return None
	row = frappe.db.get_value(
		"File", {"name": file, "attached_to_doctype": DOCTYPE, "attached_to_name": name}, ["file_name", "thumbnail_url"], as_dict=True
	)
	if not row:
		return None
	if thumbnail and row.thumbnail_url:
		thumb = frappe.db.get_value("File", {"file_url": row.thumbnail_url, "attached_to_name": name}, "name")
		if thumb:
			file = thumb
	doc = frappe.get_doc("File", file)
	return doc.file_name, doc.get_content()


# ------------------------------------------------------------------------------------------ actions
def add_reply(name: str, message: str, files: list[tuple[str, bytes]] | None = None) -> bool:
	"""The citizen's answer to a request that waits for them: a Communication on the request (with
	its photos), and the clock resumes. Returns whether the request resumed."""
	errors = {}
	text = (message or "").replace("\r\n", "\n").strip() if isinstance(message, str) else ""
	if len(text) < 2:
		errors["message"] = _("Please write your answer")
	elif len(text) > MAX_REPLY:
		errors["message"] = _("Your answer is too long: {0} characters, at most {1}").format(len(text), MAX_REPLY)
	doc = frappe.get_doc(DOCTYPE, name)
	if get_lifecycle().category_of(doc.status) != core_lifecycle.PAUSED or doc.merged_into:
		errors["__form__"] = _("This request is not waiting for an answer from you")
	clean = []
	if files:
		clean, photo_error = uploads.check_photos(files)
		if photo_error:
			errors["photos"] = photo_error
	if errors:
		raise PortalFormError(errors)
	frappe.db.savepoint("portal_reply")
	try:
		comm = frappe.get_doc(
			{
				"doctype": "Communication",
				"communication_type": "Communication",
				"communication_medium": "Other",
				"sent_or_received": "Received",
				"subject": _("Answer from the citizen portal: {0}").format(doc.name),
				"content": "".join(
					f"<p>{frappe.utils.escape_html(p)}</p>".replace("\n", "<br>") for p in text.split("\n\n") if p.strip()
				),
				"sender": doc.reporter_email or None,
				"sender_full_name": doc.reporter_name or _("The citizen"),
				"reference_doctype": DOCTYPE,
				"reference_name": doc.name,
			}
		)
		comm.insert(ignore_permissions=True)
		uploads.attach_photos("Communication", comm.name, clean, prefix="reply-")
		resumed = resume_on_citizen_reply(doc.name)
	except Exception:
		frappe.db.rollback(save_point="portal_reply")
		raise
	return resumed or get_lifecycle().category_of(frappe.db.get_value(DOCTYPE, doc.name, "status")) != core_lifecycle.PAUSED


def rate(name: str, rating, comment: str | None) -> str:
	"""Record the citizen's rating of their request (once), with errors tied to the fields."""
	if not ratings.can_rate(name):
		if frappe.db.exists("Request Satisfaction", {"request": name}):
			raise PortalFormError({"__form__": _("This request has already been rated: thank you")})
		raise PortalFormError({"__form__": _("This request can be rated once it has been handled")})
	if str(rating or "").strip() not in ("1", "2", "3", "4", "5"):
		raise PortalFormError({"rating": _("Please choose a rating from 1 to 5")})
	if isinstance(comment, str) and len(comment.strip()) > ratings.MAX_COMMENT:
		raise PortalFormError({"comment": _("The comment is too long: at most {0} characters").format(ratings.MAX_COMMENT)})
	return ratings.record_rating(name, rating, comment if isinstance(comment, str) else None, via="Portal")


def revoke_tracking_link(name: str) -> str:
	"""Replace the request's tracking token (the old link stops working) and e-mail the new link
	to the citizen when their address is known. Returns the new link."""
	doc = frappe.get_doc(DOCTYPE, name, for_update=True)
	doc.tracking_token = new_tracking_token()
	mark_system_write(doc)
	doc.flags.ignore_permissions = True
	doc.save()
	url = tracking_url(doc.name, doc.tracking_token)
	doc.add_comment("Info", _("Tracking link revoked: the previous link no longer works."))
	if doc.reporter_email:
		frappe.sendmail(
			recipients=[doc.reporter_email],
			subject=_("Your request {0}: new tracking link").format(doc.name),
			message="".join(
				f"<p>{line}</p>"
				for line in (
					_("Hello,"),
					_("For your security, the link to follow your request {0} has been replaced. The previous link no longer works.").format(doc.name),
					'<a href="{}">{}</a>'.format(url, _("Follow your request {0}").format(doc.name)),
				)
			),
			reference_doctype=DOCTYPE,
			reference_name=doc.name,
		)
	return url


def current_user_citizen() -> dict:
	return citizen_of_user()
