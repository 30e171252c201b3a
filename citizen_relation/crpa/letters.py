"""Letters and e-mails the CRPA requires: acknowledgement of receipt (L112-3, R112-5, L112-11)
and the notice of a transfer to the competent authority (L114-2)."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import now_datetime

from citizen_relation.crpa.deadlines import acknowledgement_context
from citizen_relation.requests.profile import get_profile

TEMPLATE = "citizen_relation/templates/crpa/acknowledgement.html"


def requires_acknowledgement(doc) -> bool:
	profile = get_profile(doc.request_type)
	return bool(profile and profile.requires_acknowledgement)


def render_acknowledgement(doc, context: dict | None = None) -> str:
	return frappe.render_template(TEMPLATE, {"ctx": context or acknowledgement_context(doc)})


def can_email() -> bool:
	return bool(frappe.db.exists("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}))


def send_acknowledgement(doc, *, retry: bool = False) -> bool:
	"""E-mail the acknowledgement at once (electronic submissions are acknowledged immediately);
	a request without e-mail gets it as a printed letter (print format « Accusé de réception »).
	Records when it was sent; explains on the request why it was not.

	Sending never blocks the registration of the request: when the mail cannot be queued (the
	outgoing server, the database or Redis failing), the error is logged, the request says so,
	and :func:`retry_acknowledgements` sends it later. ``retry``: called by that job (quiet
	about what it already said)."""
	if doc.acknowledged_on or not requires_acknowledgement(doc):
		return False
	context = acknowledgement_context(doc)
	missing = context["mentions"]["missing_mentions"]
	if missing:
		if not retry:
			doc.add_comment(
				"Info",
				_("Acknowledgement of receipt not sent: mandatory mentions are missing ({0}). Complete the service or the settings, then send it from the request.").format(", ".join(missing)),
			)
		return False
	if not doc.reporter_email:
		if not retry:
			doc.add_comment("Info", _("No e-mail address: print the acknowledgement of receipt and post it."))
		return False
	if not can_email():
		if not retry:
			doc.add_comment("Info", _("Acknowledgement of receipt not sent: no outgoing e-mail account is set up."))
		return False
	savepoint = "citizen_relation_acknowledgement"
	frappe.db.savepoint(savepoint)
	try:
		frappe.sendmail(
			recipients=[doc.reporter_email],
			subject=_("Acknowledgement of receipt of your request {0}").format(doc.name),
			message=render_acknowledgement(doc, context),
			reference_doctype=doc.doctype,
			reference_name=doc.name,
		)
	except Exception:
		frappe.db.rollback(save_point=savepoint)
		if not retry:
			frappe.log_error(
				title=_("Acknowledgement of {0} not sent").format(doc.name), reference_doctype=doc.doctype, reference_name=doc.name
			)
			doc.add_comment(
				"Info", _("The acknowledgement of receipt could not be e-mailed now: it will be sent again automatically.")
			)
		return False
	doc.db_set("acknowledged_on", now_datetime(), update_modified=False)
	doc.add_comment("Info", _("Acknowledgement of receipt e-mailed to {0}.").format(doc.reporter_email))
	return True


# L112-11: an electronic acknowledgement within 7 days when it is not immediate.
RETRY_DAYS = 7
RETRY_BATCH = 200


def acknowledgements_due(limit: int = RETRY_BATCH) -> list[str]:
	"""Requests of the last days whose type requires an acknowledgement by e-mail not yet sent."""
	types = frappe.get_all("Request Type", filters={"requires_acknowledgement": 1}, pluck="name")
	if not types:
		return []
	cr = frappe.qb.DocType("Citizen Request")
	since = frappe.utils.add_to_date(now_datetime(), days=-RETRY_DAYS)
	return (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(
			cr.acknowledged_on.isnull()
			& (cr.creation >= since)
			& cr.request_type.isin(types)
			& cr.reporter_email.isnotnull()
			& (cr.reporter_email != "")
			& cr.merged_into.isnull()
		)
		.orderby(cr.creation)
		.limit(limit)
	).run(pluck=True)


def retry_acknowledgements() -> int:
	"""Scheduled: send the acknowledgements that could not be sent at registration. Returns how
	many were sent; a request that still fails is tried again at the next run."""
	if not can_email():
		return 0
	sent = 0
	for name in acknowledgements_due():
		try:
			if send_acknowledgement(frappe.get_doc("Citizen Request", name), retry=True):
				sent += 1
			if not frappe.flags.in_test:
				frappe.db.commit()
		except Exception:
			if not frappe.flags.in_test:
				frappe.db.rollback()
			frappe.log_error(title=_("Acknowledgement of {0} not sent").format(name), reference_doctype="Citizen Request", reference_name=name)
	return sent


def not_yet_acknowledged(name: str):
	"""The request, for a user who may write it and whose acknowledgement is still to send."""
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission("write")
	if doc.acknowledged_on:
		frappe.throw(
			_("The acknowledgement of {0} was already sent on {1}").format(
				name, frappe.utils.format_datetime(doc.acknowledged_on)
			)
		)
	return doc


def mark_posted(doc) -> str:
	"""Record that the printed acknowledgement was posted to the citizen."""
	doc.db_set("acknowledged_on", now_datetime())
	doc.add_comment("Info", _("Acknowledgement of receipt posted."))
	return str(doc.acknowledged_on)


def notify_transfer(doc) -> None:
	"""L114-2: tell the citizen that the request went to the competent authority."""
	if doc.transfer_notified_on or not doc.reporter_email or not can_email():
		if not doc.reporter_email:
			doc.add_comment("Info", _("Inform the citizen of the transfer by letter: no e-mail address."))
		return
	frappe.sendmail(
		recipients=[doc.reporter_email],
		subject=_("Your request {0} was forwarded to {1}").format(doc.name, doc.transferred_to),
		message=_(
			"<p>Your request {0} « {1} » concerns a matter for which {2} is competent. We have forwarded it to them (article L114-2 of the CRPA); the delays run from its receipt by that authority, which will contact you.</p>"
		).format(doc.name, frappe.utils.escape_html(doc.subject), frappe.utils.escape_html(doc.transferred_to)),
		reference_doctype=doc.doctype,
		reference_name=doc.name,
	)
	doc.db_set("transfer_notified_on", now_datetime(), update_modified=False)
