"""API of the expectation surveys: the campaign's actions in the desk (managers), and the
citizens' answers through their personal link (guest, rate-limited)."""

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit
from frappe.utils import now_datetime

from citizen_relation.surveys import answers, invitations, sampling
from citizen_relation.utils import parse_json_object

CAMPAIGN = "Survey Campaign"
MAX_ANSWERS_PAYLOAD = 50_000


def _campaign(name: str, ptype: str = "write"):
	doc = frappe.get_doc(CAMPAIGN, name)
	doc.check_permission(ptype)
	return doc


@frappe.whitelist(methods=["POST"])
def draw_sample(campaign: str) -> int:
	"""Draw (or draw again) the campaign's sample; returns the number of citizens."""
	doc = _campaign(campaign)
	count = sampling.draw(doc)
	frappe.db.set_value(
		CAMPAIGN, doc.name, {"status": "Sampled", "invited": count, "sampled_on": now_datetime()}, update_modified=False
	)
	return count


@frappe.whitelist(methods=["POST"])
def send_invitations(campaign: str) -> None:
	"""E-mail the personal links of the sample (background job with progress)."""
	doc = _campaign(campaign)
	if doc.status != "Sampled":
		frappe.throw(_("Draw the sample first"))
	if not frappe.db.exists("Survey Invitation", {"campaign": doc.name, "status": "Drawn"}):
		frappe.throw(_("The sample is empty: nobody to invite"))
	if frappe.utils.getdate(doc.closes_on) < frappe.utils.getdate():
		frappe.throw(_("The campaign closes before today: change the closing date first"))
	if not frappe.are_emails_muted() and not frappe.db.exists("Email Account", {"enable_outgoing": 1, "default_outgoing": 1}):
		frappe.throw(_("Set up a default outgoing e-mail account first (Email Account): the invitations are sent by e-mail"))
	invitations.enqueue_sending(doc)


@frappe.whitelist(methods=["POST"])
def close_campaign(campaign: str) -> None:
	doc = _campaign(campaign)
	if doc.status != "Open":
		frappe.throw(_("Only an open campaign can be closed"))
	frappe.db.set_value(CAMPAIGN, doc.name, "status", "Closed", update_modified=False)


@frappe.whitelist(allow_guest=True, methods=["POST"])
@rate_limit(limit=30, seconds=3600)
def submit_answers(token: str, answers_json: str | None = None, **form) -> dict | None:
	"""A citizen's answers to the survey of their personal link.

	``answers_json``: ``{"code": value or [values]}`` (the page's script); without it, the fields
	of a plain HTML form (``q_<code>``), and the browser is sent back to the page."""
	if answers_json is not None:
		if len(answers_json) > MAX_ANSWERS_PAYLOAD:
			frappe.throw(_("Your answers are too long"))
		given = parse_json_object(answers_json, _("Invalid answers"))
	else:
		given = {}
		for key in list(form):
			if key.startswith("q_"):
				values = frappe.request.form.getlist(key) if getattr(frappe, "request", None) else [form[key]]
				given[key[2:]] = values if len(values) > 1 else values[0]
	thank_you = answers.submit(token, given)
	if answers_json is None and getattr(frappe.local, "request", None):
		from urllib.parse import urlencode

		frappe.local.response["type"] = "redirect"
		frappe.local.response["location"] = "/barometre?" + urlencode({"t": token, "merci": 1})
		return None
	return {"message": thank_you}
