"""/barometre?t=<token> — the page where a citizen answers an expectation survey.

The personal link's token identifies the invitation only to check that it may still answer;
the answers are stored without it (see citizen_relation.surveys.answers).
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import surveys as core
from citizen_relation.portal.context import page_context
from citizen_relation.surveys import answers, questions_of

no_cache = 1


def get_context(context):
	page_context(context, _("Your opinion on our services"))
	context.robots = "noindex, nofollow"  # personal links
	context.collectivite = frappe.db.get_single_value("Citizen Relation Settings", "collectivite_name") or ""
	token = frappe.form_dict.get("t") or ""
	context.token = token
	context.state = "invalid"
	invitation = answers.find_invitation(token)
	if not invitation:
		return context
	campaign = frappe.get_doc("Survey Campaign", invitation.campaign)
	survey = frappe.get_cached_doc("Citizen Survey", campaign.survey)
	context.survey_title = survey.title
	context.thank_you = survey.thank_you or _("Thank you for your answers!")
	if invitation.status == "Answered":
		context.state = "thanks" if frappe.form_dict.get("merci") else "answered"
		return context
	state = answers.campaign_state(campaign)
	if state != "open":
		context.state = "closed"
		return context
	context.state = "form"
	context.introduction = survey.introduction
	context.closes_on = frappe.utils.format_date(campaign.closes_on)
	context.questions = [
		{
			"code": q.code,
			"text": q.text,
			"kind": q.kind,
			"required": q.required,
			"options": list(q.options),
			"scale": list(range(q.scale[0], q.scale[1] + 1)) if q.scale else [],
			"low_label": row.low_label,
			"high_label": row.high_label,
			"is_scale": bool(q.scale),
			"is_single": q.kind == core.SINGLE,
			"is_multiple": q.kind == core.MULTIPLE,
			"is_text": q.kind == core.TEXT,
		}
		for q, row in zip(questions_of(survey), survey.questions)
	]
	return context
