"""Drawing a campaign's sample: the citizens who had a request resolved in the period (their own
request, or a report of theirs merged into a request resolved in the period), with an e-mail
address, not opted out, not over the yearly cap, not already in the campaign."""

from __future__ import annotations

from datetime import datetime, timedelta

import frappe
from frappe import _
from frappe.query_builder.functions import Count
from frappe.utils import add_days, getdate, now_datetime

from citizen_relation.core import surveys as core
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.utils import core_errors

INVITATION = "Survey Invitation"
COUNTED = ("Sent", "Answered")  # drawn-but-never-sent invitations do not count against the cap


def candidates(campaign) -> list[core.Candidate]:
	start = datetime.combine(getdate(campaign.period_from), datetime.min.time())
	end = datetime.combine(add_days(getdate(campaign.period_to), 1), datetime.min.time())
	lifecycle = get_lifecycle()
	request = frappe.qb.DocType("Citizen Request")
	master = frappe.qb.DocType("Citizen Request").as_("master")
	channels = [row.channel for row in campaign.channels if row.channel]
	services = [row.service for row in campaign.services if row.service]

	def narrowed(query, source):
		if channels:
			query = query.where(request.channel.isin(channels))
		if services:
			query = query.where(source.service.isin(services))
		return query

	own = narrowed(
		frappe.qb.from_(request)
		.select(request.contact, request.reporter_email, request.name, request.resolved_on.as_("resolved_on"),
		        request.channel, request.service, request.category)
		.where(request.resolved_on >= start)
		.where(request.resolved_on < end)
		.where(request.status.isin(list(lifecycle.resolved_statuses) or [""]))
		.where(request.contact.isnotnull())
		.where(request.reporter_email.isnotnull()),
		request,
	)
	merged = narrowed(
		frappe.qb.from_(request)
		.join(master)
		.on(master.name == request.merged_into)
		.select(request.contact, request.reporter_email, request.name, master.resolved_on.as_("resolved_on"),
		        request.channel, master.service, master.category)
		.where(master.resolved_on >= start)
		.where(master.resolved_on < end)
		.where(master.status.isin(list(lifecycle.resolved_statuses) or [""]))
		.where(request.contact.isnotnull())
		.where(request.reporter_email.isnotnull()),
		master,
	)
	rows = own.run(as_dict=True) + merged.run(as_dict=True)
	return [
		core.Candidate(
			contact=r.contact, email=r.reporter_email, request=r.name, resolved_on=r.resolved_on,
			channel=r.channel, service=r.service, category=r.category,
		)
		for r in rows
	]


def invited_last_year(contacts: list[str], now: datetime | None = None) -> dict[str, int]:
	"""Invitations sent to each contact over the last twelve months (any campaign)."""
	if not contacts:
		return {}
	since = (now or now_datetime()) - timedelta(days=365)
	invitation = frappe.qb.DocType(INVITATION)
	counts: dict[str, int] = {}
	for start in range(0, len(contacts), 1000):
		for contact, count in (
			frappe.qb.from_(invitation)
			.select(invitation.contact, Count("*"))
			.where(invitation.contact.isin(contacts[start : start + 1000]))
			.where(invitation.status.isin(COUNTED))
			.where(invitation.sent_on >= since)
			.groupby(invitation.contact)
			.run()
		):
			counts[contact] = count
	return counts


def opted_out(emails: list[str], contacts: list[str]) -> set[str]:
	"""Addresses that refuse such e-mails: unsubscribed contacts, global unsubscriptions, and
	unsubscriptions from survey campaigns."""
	result = set()
	if contacts:
		result |= {
			(e or "").lower()
			for e in frappe.get_all("Contact", filters={"name": ("in", contacts), "unsubscribed": 1}, pluck="email_id")
		}
	if emails:
		unsubscribe = frappe.qb.DocType("Email Unsubscribe")
		result |= {
			(e or "").lower()
			for e in (
				frappe.qb.from_(unsubscribe)
				.select(unsubscribe.email)
				.where(unsubscribe.email.isin(emails))
				.where((unsubscribe.global_unsubscribe == 1) | (unsubscribe.reference_doctype == "Survey Campaign"))
				.run(pluck=True)
			)
		}
	return result


def draw(campaign) -> int:
	"""Replace the campaign's drawn (not yet sent) invitations by a new sample; returns its size."""
	if campaign.status not in ("Draft", "Sampled"):
		frappe.throw(_("The invitations of this campaign have been sent: the sample can no longer change"))
	frappe.db.delete(INVITATION, {"campaign": campaign.name, "status": "Drawn"})
	found = candidates(campaign)
	contacts = sorted({c.contact for c in found})
	emails = sorted({c.email for c in found})
	in_campaign = set(frappe.get_all(INVITATION, filters={"campaign": campaign.name}, pluck="contact"))
	with core_errors(_("Sample")):
		sample = core.draw_sample(
			found,
			size=campaign.sample_size,
			cap=campaign.cap_per_year,
			invited_last_year=invited_last_year(contacts),
			in_campaign=in_campaign,
			excluded_emails=opted_out(emails, contacts),
			seed=campaign.name,
		)
	now = now_datetime()
	fields = ["name", "creation", "modified", "owner", "modified_by", "docstatus", "campaign", "contact", "email",
	          "status", "request", "channel", "service", "category"]
	values = [
		(frappe.generate_hash(length=12), now, now, frappe.session.user, frappe.session.user, 0, campaign.name,
		 c.contact, c.email, "Drawn", c.request, c.channel, c.service, c.category)
		for c in sample
	]
	if values:
		frappe.db.bulk_insert(INVITATION, fields, values)
	return len(values)
