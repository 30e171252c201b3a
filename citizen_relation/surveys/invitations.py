"""Sending a campaign's invitations: a personal link per citizen, by Frappe's e-mail queue.

The link carries a random token; only its SHA-256 is stored (like a password), so that the
database alone cannot be used to answer in someone's name.
"""

from __future__ import annotations

import hashlib
import secrets
from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import escape_html, get_url, now_datetime

INVITATION = "Survey Invitation"
CAMPAIGN = "Survey Campaign"
COMMIT_EVERY = 50


def hash_token(token: str) -> str:
	return hashlib.sha256((token or "").encode()).hexdigest()


def survey_link(token: str) -> str:
	return get_url("/barometre?" + urlencode({"t": token}))


def message(campaign, link: str) -> str:
	label = _("Answer the survey")
	anonymous = _("Your answers are anonymous: nobody can link them to you or to your requests.")
	return (
		(campaign.email_message or "")
		+ f'<p><a href="{escape_html(link)}">{escape_html(label)}</a></p>'
		+ f"<p>{escape_html(anonymous)}</p>"
	)


def send(campaign_name: str) -> int:
	"""Send every drawn invitation of the campaign (background job, with progress); returns how
	many were queued."""
	campaign = frappe.get_doc(CAMPAIGN, campaign_name)
	pending = frappe.get_all(INVITATION, filters={"campaign": campaign.name, "status": "Drawn"}, fields=["name", "email"], order_by="name")
	total = len(pending)
	for index, invitation in enumerate(pending, 1):
		token = secrets.token_urlsafe(24)
		frappe.db.set_value(
			INVITATION, invitation.name,
			{"token_hash": hash_token(token), "status": "Sent", "sent_on": now_datetime()},
			update_modified=False,
		)
		frappe.sendmail(
			recipients=[invitation.email],
			subject=campaign.email_subject,
			message=message(campaign, survey_link(token)),
			reference_doctype=CAMPAIGN,
			reference_name=campaign.name,
			delayed=True,
			unsubscribe_message=_("Do not receive surveys any more"),
		)
		if index % COMMIT_EVERY == 0 or index == total:
			frappe.db.commit()
			frappe.publish_progress(
				100 * index / total, title=_("Sending the survey invitations"),
				description=_("{0} of {1} invitations").format(index, total),
			)
	invited = frappe.db.count(INVITATION, {"campaign": campaign.name, "status": ("in", ("Sent", "Answered"))})
	frappe.db.set_value(
		CAMPAIGN, campaign.name, {"status": "Open", "invited": invited, "sent_on": now_datetime()}, update_modified=False
	)
	frappe.db.commit()
	return total


def enqueue_sending(campaign) -> None:
	frappe.db.set_value(CAMPAIGN, campaign.name, "status", "Sending", update_modified=False)
	frappe.enqueue(
		"citizen_relation.surveys.invitations.send",
		queue="long",
		timeout=3 * 3600,
		job_id=f"citizen_relation:survey:{campaign.name}",
		deduplicate=True,
		campaign_name=campaign.name,
		enqueue_after_commit=True,
	)
