# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""Results of an expectation survey campaign by question and, optionally, by segment (channel,
service, category of the citizens' requests), compared with the previous campaign. Groups with
fewer answers than the campaign's anonymity threshold are shown without figures."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import surveys as core
from citizen_relation.surveys import results as survey_results
from citizen_relation.surveys.results import SEGMENTS


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	if not filters.get("campaign"):
		frappe.throw(_("Choose a campaign"))
	campaign = frappe.get_doc("Survey Campaign", filters.campaign)
	campaign.check_permission("read")
	segment = filters.get("segment") or None
	if segment and segment not in SEGMENTS:
		frappe.throw(_("Unknown segment {0}").format(frappe.bold(segment)))
	groups = survey_results.campaign_results(campaign.name, segment)
	previous_name = survey_results.previous_campaign(campaign)
	previous = {}
	if previous_name and frappe.has_permission("Survey Campaign", "read", previous_name):
		for group in survey_results.campaign_results(previous_name, segment):
			previous[group.segment] = group
	minimum = campaign.min_group_size or core.DEFAULT_MIN_GROUP
	rows = []
	for group in groups:
		label = _("All respondents") if group.segment is None else (_(group.segment) if segment in ("Channel", "Category") else group.segment) or _("Not specified")
		before = previous.get(group.segment)
		for code, summary in group.summaries.items():
			rows.extend(question_rows(summary, label, group, before.summaries.get(code) if before and not before.suppressed else None, minimum))
	return columns(previous_name), rows


def question_rows(summary: core.Summary, label: str, group, before: core.Summary | None, minimum: int) -> list[dict]:
	question = summary.question
	base = {"question": question.text, "segment": label, "respondents": group.respondents}
	if group.suppressed:
		return [{**base, "detail": _("Fewer than {0} answers: not shown, to keep answers anonymous").format(minimum)}]
	if question.scale:
		low, high = question.scale
		distribution = " · ".join(f"{v}: {summary.counts.get(str(v), 0)}" for v in range(low, high + 1))
		mean = round(summary.mean, 2) if summary.mean is not None else None
		favourable = round(100 * summary.favourable_share, 1) if summary.favourable_share is not None else None
		previous_mean = round(before.mean, 2) if before and before.mean is not None else None
		return [
			{
				**base,
				"answers": summary.answers,
				"mean": mean,
				"favourable": favourable,
				"detail": distribution,
				"previous_mean": previous_mean,
				"change": round(mean - previous_mean, 2) if mean is not None and previous_mean is not None else None,
				"previous_favourable": round(100 * before.favourable_share, 1) if before and before.favourable_share is not None else None,
			}
		]
	if question.kind in (core.SINGLE, core.MULTIPLE):
		result = []
		for option in question.options:
			share = summary.share(option)
			previous_share = before.share(option) if before else None
			result.append(
				{
					**base,
					"answers": summary.answers,
					"detail": option,
					"favourable": round(100 * share, 1) if share is not None else None,
					"previous_favourable": round(100 * previous_share, 1) if previous_share is not None else None,
				}
			)
		return result
	return [{**base, "answers": summary.answers, "detail": _("Free answers: see the report Survey Comments")}]


def columns(previous_name: str | None) -> list[dict]:
	previous_label = frappe.db.get_value("Survey Campaign", previous_name, "title") if previous_name else None
	return [
		{"fieldname": "question", "label": _("Question"), "fieldtype": "Data", "width": 280},
		{"fieldname": "segment", "label": _("Respondents"), "fieldtype": "Data", "width": 160},
		{"fieldname": "respondents", "label": _("Number"), "fieldtype": "Int", "width": 80},
		{"fieldname": "answers", "label": _("Answers"), "fieldtype": "Int", "width": 80},
		{"fieldname": "mean", "label": _("Average"), "fieldtype": "Float", "precision": 2, "width": 90},
		{"fieldname": "favourable", "label": _("Favourable or chosen (%)"), "fieldtype": "Percent", "width": 150},
		{"fieldname": "detail", "label": _("Detail"), "fieldtype": "Data", "width": 260},
		{"fieldname": "previous_mean", "label": _("Average, {0}").format(previous_label) if previous_label else _("Previous average"), "fieldtype": "Float", "precision": 2, "width": 150},
		{"fieldname": "change", "label": _("Change"), "fieldtype": "Float", "precision": 2, "width": 80},
		{"fieldname": "previous_favourable", "label": _("Previously favourable or chosen (%)"), "fieldtype": "Percent", "width": 200},
	]
