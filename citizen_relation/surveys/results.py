"""Results of a campaign by question and segment, compared with the previous campaign.

Read from the anonymous Survey Responses only; a group (the campaign, or one channel, service or
category of it) with fewer respondents than the campaign's anonymity threshold is reported
without figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import frappe

from citizen_relation.core import surveys as core
from citizen_relation.surveys import questions_of

SEGMENTS = {"Channel": "channel", "Service": "service", "Category": "category"}
ALL = "\x00all"


@dataclass
class GroupResult:
	segment: str | None
	respondents: int
	summaries: dict[str, core.Summary]
	suppressed: bool


def _responses(campaign: str) -> dict[str, dict]:
	"""``response name → {"segment fields…", "answers": {code: value}}``."""
	response = frappe.qb.DocType("Survey Response")
	answer = frappe.qb.DocType("Survey Answer")
	rows = (
		frappe.qb.from_(response)
		.left_join(answer)
		.on((answer.parent == response.name) & (answer.parenttype == "Survey Response"))
		.select(response.name, response.channel, response.service, response.category,
		        answer.question_code, answer.kind, answer.value_int, answer.value_text)
		.where(response.campaign == campaign)
		.run(as_dict=True)
	)
	result: dict[str, dict] = {}
	for row in rows:
		entry = result.setdefault(
			row.name, {"channel": row.channel, "service": row.service, "category": row.category, "answers": {}}
		)
		if not row.question_code:
			continue
		if row.kind in core.SCALES:
			value = row.value_int
		elif row.kind == core.MULTIPLE:
			value = tuple(v for v in (row.value_text or "").split("\n") if v)
		else:
			value = row.value_text
		entry["answers"][row.question_code] = value
	return result


def campaign_results(campaign_name: str, segment: str | None = None) -> list[GroupResult]:
	"""The campaign as a whole, then (``segment``: Channel, Service or Category) each segment."""
	campaign = frappe.get_doc("Survey Campaign", campaign_name)
	questions = questions_of(frappe.get_cached_doc("Citizen Survey", campaign.survey))
	minimum = campaign.min_group_size or core.DEFAULT_MIN_GROUP
	responses = _responses(campaign.name)
	groups: dict[str, list[dict]] = defaultdict(list)
	for entry in responses.values():
		groups[ALL].append(entry)
		if segment:
			groups[entry.get(SEGMENTS[segment]) or ""].append(entry)
	order = [ALL] + sorted(k for k in groups if k != ALL)
	results = []
	for key in order:
		entries = groups[key]
		results.append(
			GroupResult(
				segment=None if key == ALL else key,
				respondents=len(entries),
				summaries={
					q.code: core.summarise(q, (e["answers"].get(q.code) for e in entries)) for q in questions
				},
				suppressed=core.suppressed(len(entries), minimum),
			)
		)
	return results


def previous_campaign(campaign) -> str | None:
	"""The campaign compared with: the one chosen, else the latest earlier one of the same survey."""
	if campaign.previous_campaign:
		return campaign.previous_campaign
	earlier = frappe.get_all(
		"Survey Campaign",
		filters={"survey": campaign.survey, "name": ("!=", campaign.name), "status": ("in", ("Open", "Closed")),
		         "period_to": ("<", campaign.period_from)},
		order_by="period_to desc",
		limit=1,
		pluck="name",
	)
	return earlier[0] if earlier else None


def free_texts(campaign_name: str) -> list[dict]:
	"""The free-text answers of a campaign, without any segment, in an order unrelated to the
	order of answering (sorted by text); none when the campaign has too few respondents."""
	campaign = frappe.get_doc("Survey Campaign", campaign_name)
	responses = _responses(campaign.name)
	if core.suppressed(len(responses), campaign.min_group_size or core.DEFAULT_MIN_GROUP):
		return []
	questions = {q.code: q for q in questions_of(frappe.get_cached_doc("Citizen Survey", campaign.survey)) if q.kind == core.TEXT}
	texts = [
		{"question": questions[code].text, "answer": value}
		for entry in responses.values()
		for code, value in entry["answers"].items()
		if code in questions and value
	]
	return sorted(texts, key=lambda t: (t["question"], t["answer"].casefold()))
