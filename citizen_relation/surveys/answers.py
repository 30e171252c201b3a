"""A citizen's answers, stored anonymously.

The Survey Response keeps the campaign, the segment of the qualifying request (channel,
service, category), the answers and the **day** only: no link to the invitation, the contact or
the request, and its timestamps are cut to the day, so that the order of answers cannot be
matched with the invitations' (whose modification time is left untouched when they are used).
"""

from __future__ import annotations

from datetime import datetime

import frappe
from frappe import _
from frappe.utils import getdate, today

from citizen_relation.core import surveys as core
from citizen_relation.surveys import questions_of
from citizen_relation.surveys.invitations import INVITATION, hash_token
from citizen_relation.utils import core_errors

RESPONSE = "Survey Response"
TOKEN_LENGTH = (20, 64)


class SurveyClosed(frappe.ValidationError):
	pass


def find_invitation(token: str | None, for_update: bool = False):
	"""The invitation of a personal link, or ``None`` (unknown, malformed)."""
	token = (token or "").strip()
	if not TOKEN_LENGTH[0] <= len(token) <= TOKEN_LENGTH[1]:
		return None
	name = frappe.db.get_value(INVITATION, {"token_hash": hash_token(token)}, "name", for_update=for_update)
	return frappe.db.get_value(
		INVITATION, name, ["name", "campaign", "status", "channel", "service", "category"], as_dict=True
	) if name else None


def campaign_state(campaign) -> str:
	"""``open``, ``closed`` or ``not_started`` for citizens."""
	if campaign.status in ("Draft", "Sampled"):
		return "not_started"
	if campaign.status == "Closed" or (campaign.closes_on and getdate(campaign.closes_on) < getdate(today())):
		return "closed"
	return "open"


def submit(token: str, answers: dict) -> str:
	"""Record the answers of the personal link ``token``; returns the survey's thank-you text."""
	invitation = find_invitation(token, for_update=True)
	if not invitation:
		frappe.throw(_("This survey link is not valid. Please use the link of your e-mail."), frappe.DoesNotExistError)
	campaign = frappe.get_doc("Survey Campaign", invitation.campaign)
	if campaign_state(campaign) != "open":
		frappe.throw(_("This survey is closed: thank you for your interest."), SurveyClosed)
	if invitation.status == "Answered":
		frappe.throw(_("You have already answered this survey: thank you."), SurveyClosed)
	return record(invitation, campaign, answers or {})


def record(invitation, campaign, given: dict) -> str:
	"""Store the checked answers of an invitation that may answer (see :func:`submit`)."""
	survey = frappe.get_cached_doc("Citizen Survey", campaign.survey)
	questions = questions_of(survey)
	with core_errors(_("Your answers")):
		cleaned = core.clean_answers(questions, given)
	rows = []
	for question in questions:
		if question.code not in cleaned:
			continue
		value = cleaned[question.code]
		rows.append(
			{
				"question_code": question.code,
				"question": question.text,
				"kind": question.kind,
				"value_int": value if isinstance(value, int) else None,
				"value_text": "\n".join(value) if isinstance(value, tuple) else (value if isinstance(value, str) else None),
			}
		)
	response = frappe.get_doc(
		{
			"doctype": RESPONSE,
			"campaign": campaign.name,
			"survey": campaign.survey,
			"submitted_on": today(),
			"channel": invitation.channel,
			"service": invitation.service,
			"category": invitation.category,
			"answers": rows,
		}
	)
	response.flags.ignore_permissions = True
	response.insert()
	blur_timestamps(response.name)
	frappe.db.set_value(INVITATION, invitation.name, "status", "Answered", update_modified=False)
	answered = frappe.db.count(RESPONSE, {"campaign": campaign.name})
	invited = campaign.invited or 0
	frappe.db.set_value(
		"Survey Campaign", campaign.name,
		{"answered": answered, "response_rate": round(100 * answered / invited, 1) if invited else 0},
		update_modified=False,
	)
	return survey.thank_you or _("Thank you for your answers!")


def blur_timestamps(name: str) -> None:
	"""Cut the response's (and its rows') timestamps to the day."""
	day = datetime.combine(getdate(today()), datetime.min.time())
	for doctype, field in ((RESPONSE, "name"), ("Survey Answer", "parent")):
		table = frappe.qb.DocType(doctype)
		(
			frappe.qb.update(table)
			.set(table.creation, day)
			.set(table.modified, day)
			.set(table.owner, "Guest")
			.set(table.modified_by, "Guest")
			.where(table[field] == name)
		).run()
