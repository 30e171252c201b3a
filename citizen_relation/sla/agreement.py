"""The SLA of a request: read its facts once, call :func:`core.sla.evaluate`, store the outcome.

``doc`` is a Citizen Request or a ``frappe._dict`` with the same fields (bulk recompute).
"""

from __future__ import annotations

from datetime import datetime

from frappe.utils import now_datetime

from citizen_relation.core import sla as core_sla
from citizen_relation.sla.calendars import aware, calendar_for, naive, site_zone
from citizen_relation.sla.policies import condition_checker, core_policies

SLA_FIELDS = (
	"sla_policy", "agreement_status", "response_by", "resolution_by", "resolved_on", "paused_seconds",
	"sla_alerts_sent", "next_alert_on",
)


def facts_of(doc) -> core_sla.Facts:
	"""What the core needs from a request, converted once (aware datetimes)."""
	zone = site_zone()
	return core_sla.Facts(
		received_on=aware(doc.get("received_on") or now_datetime(), zone),
		history=tuple((aware(r.get("changed_on"), zone), r.get("status")) for r in doc.get("status_history") or ()),
		first_responded_on=aware(doc.get("first_responded_on"), zone),
		request_type=doc.get("request_type"),
		priority=doc.get("priority"),
		service=doc.get("service"),
		category=doc.get("category"),
		merged=bool(doc.get("merged_into")),
		policy=doc.get("sla_policy"),
		alerts_sent=frozenset((doc.get("sla_alerts_sent") or "").split()),
	)


def evaluate(doc, now: datetime | None = None, policies=None) -> tuple[core_sla.Outcome, dict | None]:
	"""The request's agreement at ``now`` (default: the current time), and the row of its policy.

	``policies``: the result of :func:`core_policies`, when the caller evaluates many requests."""
	policies, rows = policies or core_policies()
	outcome = core_sla.evaluate(
		facts_of(doc),
		policies,
		lambda policy: calendar_for(policy.calendar, doc.get("service")),
		aware(now or now_datetime()),
		condition_checker(doc, rows),
	)
	return outcome, rows.get(outcome.policy.name) if outcome.policy else None


def stored_values(outcome: core_sla.Outcome) -> dict:
	"""The outcome as the request stores it (naive datetimes in the site's time zone, whole
	seconds; the zone is looked up once, not per value: this runs for every request of a
	recompute)."""
	zone = site_zone()
	return {
		field: naive(value, zone) if isinstance(value, datetime) else value for field, value in outcome.fields().items()
	}


def sla_values(doc, now: datetime | None = None, policies=None) -> dict:
	return stored_values(evaluate(doc, now, policies)[0])


def apply_sla(doc, now: datetime | None = None) -> None:
	"""Set the request's SLA fields (controller ``before_save``)."""
	doc.update(sla_values(doc, now))
