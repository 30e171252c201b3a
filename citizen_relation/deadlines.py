"""Deadlines of citizen requests: SLA policies on service calendars, and the CRPA's legal rules.

Adapter between the documents and the pure core (``core.calendar``, ``core.sla``,
``core.crpa``). Frappe stores naive datetimes in the site's time zone; the core works on
aware datetimes: ``aware()`` and ``naive()`` convert at the boundary.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

import frappe
from dateutil.easter import easter
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_datetime, get_system_timezone, getdate, now_datetime

from citizen_relation.core import crpa
from citizen_relation.core.calendar import WorkingCalendar, french_holidays
from citizen_relation.core.sla import (
	CALENDAR_DAYS,
	WORKING_SECONDS,
	Policy,
	Target,
	match_policy,
	next_alert_due,
	sla_state,
)
from citizen_relation.utils import get_settings

TERRITORIES = {
	"Metropolitan France": "metropole",
	"Alsace-Moselle": "alsace-moselle",
	"Guadeloupe": "guadeloupe",
	"Martinique": "martinique",
	"French Guiana": "guyane",
	"La Réunion": "la-reunion",
	"Mayotte": "mayotte",
}
REGIMES = {
	"No implicit decision": crpa.NONE,
	"Silence means acceptance": crpa.ACCEPTANCE,
	"Silence means rejection": crpa.REJECTION,
}
# "Merged" pauses rather than fulfils: an unmerged report resumes its own clock.
DEFAULT_PAUSING = frozenset({"Waiting for Citizen", "Merged"})
DEFAULT_FULFILLING = frozenset({"Resolved", "Closed", "Rejected", "Transferred"})
NO_SLA = dict.fromkeys(
	("sla_policy", "agreement_status", "response_by", "resolution_by", "resolved_on", "next_alert_on")
) | {"paused_seconds": 0, "sla_alerts_sent": ""}
# A calendar for sites that have none yet: Monday to Friday, 09:00–17:00, French holidays.
FALLBACK_SLOTS = tuple((day, "09:00", "17:00") for day in range(5))
POLICY_CACHE_KEY = "citizen_relation:sla_policies"
_calendars: dict[tuple, WorkingCalendar] = {}


# ---------------------------------------------------------------------------- time zones
def site_zone() -> ZoneInfo:
	"""The site's time zone (looked up once per request or job)."""
	zone = getattr(frappe.local, "citizen_relation_zone", None)
	if zone is None:
		zone = frappe.local.citizen_relation_zone = ZoneInfo(get_system_timezone())
	return zone


def aware(value) -> datetime | None:
	"""A stored (naive, site time zone) datetime as an aware one."""
	if not value:
		return None
	if not isinstance(value, datetime):
		value = get_datetime(value)
	return value.replace(tzinfo=site_zone())


def naive(value: datetime | None) -> datetime | None:
	"""An aware datetime as Frappe stores it (naive, site time zone, whole seconds)."""
	if value is None:
		return None
	return value.astimezone(site_zone()).replace(tzinfo=None, microsecond=0)


# ---------------------------------------------------------------------------- calendars
def default_calendar_name() -> str | None:
	return frappe.db.get_value("Service Calendar", {"is_default": 1}, "name", cache=True)


def get_calendar(name: str | None = None) -> WorkingCalendar:
	"""The working calendar ``name`` (else the default one), built once per version of it."""
	name = name or default_calendar_name()
	if not name or not frappe.db.exists("Service Calendar", name):
		return _cached((frappe.local.site, None), lambda: _build(None))
	doc = frappe.get_cached_doc("Service Calendar", name)
	holiday_list_modified = (
		frappe.db.get_value("Holiday List", doc.holiday_list, "modified", cache=True) if doc.holiday_list else None
	)
	content = (
		doc.time_zone,
		doc.territory,
		doc.whit_monday_worked,
		tuple((r.weekday, str(r.start_time), str(r.end_time)) for r in doc.slots),
		tuple((str(c.from_datetime), str(c.to_datetime)) for c in doc.closures),
	)
	key = (frappe.local.site, name, str(doc.modified), content, doc.holiday_list, str(holiday_list_modified))
	return _cached(key, lambda: _build(doc))


def forget_calendars() -> None:
	"""Drop this request's memo of calendars (after a calendar or service changes)."""
	frappe.local.flags.pop("citizen_relation_calendars", None)


def _cached(key, build) -> WorkingCalendar:
	if key not in _calendars:
		if len(_calendars) > 256:
			_calendars.clear()
		_calendars[key] = build()
	return _calendars[key]


def _years() -> range:
	this_year = now_datetime().year
	return range(this_year - 3, this_year + 4)


def _build(doc) -> WorkingCalendar:
	if doc is None:
		return WorkingCalendar(
			slots=FALLBACK_SLOTS, time_zone=get_system_timezone(), holidays=french_holidays("metropole", _years())
		)
	holidays = set(french_holidays(TERRITORIES.get(doc.territory, "metropole"), _years()))
	if doc.whit_monday_worked:
		holidays -= {easter(year) + timedelta(days=50) for year in _years()}
	if doc.holiday_list:
		holidays.update(
			getdate(d)
			for d in frappe.get_all(
				"Holiday", filters={"parent": doc.holiday_list, "parenttype": "Holiday List"}, pluck="holiday_date"
			)
		)
	return WorkingCalendar(
		slots=tuple((row.weekday, row.start_time, row.end_time) for row in doc.slots),
		time_zone=doc.time_zone,
		holidays=frozenset(holidays),
		closures=tuple((get_datetime(c.from_datetime), get_datetime(c.to_datetime)) for c in doc.closures),
	)


def calendar_for(policy_calendar: str | None, service: str | None) -> WorkingCalendar:
	"""The policy's calendar, else the service's, else the default one (memoised per request or job)."""
	memo = frappe.local.flags.setdefault("citizen_relation_calendars", {})
	key = (policy_calendar, service)
	if key not in memo:
		name = policy_calendar or (service and frappe.db.get_value("Municipal Service", service, "calendar"))
		memo[key] = get_calendar(name or None)
	return memo[key]


# ---------------------------------------------------------------------------- policies
def get_policy_rows() -> list[dict]:
	"""Enabled SLA policies as plain dicts (cached until a policy changes)."""

	def load():
		rows = frappe.get_all(
			"SLA Policy",
			filters={"enabled": 1},
			fields=[
				"name", "modified", "rank", "request_type", "category", "priority", "service", "condition", "calendar",
				"response_target_type", "response_time", "response_days",
				"resolution_target_type", "resolution_time", "resolution_days",
				"warning_threshold", "notify_assignee", "notify_supervisor", "escalation_role",
			],
			order_by="name asc",
		)
		statuses = frappe.get_all(
			"SLA Policy Status", filters={"parenttype": "SLA Policy"}, fields=["parent", "status", "effect"]
		)
		for row in rows:
			own = [s for s in statuses if s.parent == row.name]
			row["pausing"] = sorted({s.status for s in own if s.effect == "Pause"}) if own else sorted(DEFAULT_PAUSING)
			row["fulfilling"] = (
				sorted({s.status for s in own if s.effect == "Fulfil"}) if own else sorted(DEFAULT_FULFILLING)
			)
		return rows

	return frappe.cache.get_value(POLICY_CACHE_KEY, load)


def clear_policy_cache(doc=None, method=None):
	frappe.cache.delete_value(POLICY_CACHE_KEY)


def _target(kind: str, seconds, days) -> Target | None:
	if kind == "Calendar days":
		return Target(int(days), CALENDAR_DAYS) if days and int(days) > 0 else None
	return Target(float(seconds), WORKING_SECONDS) if seconds and float(seconds) > 0 else None


_base_policies: dict[tuple, Policy | None] = {}


def base_policy(row: dict) -> Policy | None:
	"""The row as a core Policy, without its condition (built once per version of the row)."""
	key = (frappe.local.site, row["name"], str(row["modified"]))
	if key not in _base_policies:
		if len(_base_policies) > 1024:
			_base_policies.clear()
		response = _target(row["response_target_type"], row["response_time"], row["response_days"])
		resolution = _target(row["resolution_target_type"], row["resolution_time"], row["resolution_days"])
		_base_policies[key] = (
			Policy(
				row["name"],
				response=response,
				resolution=resolution,
				request_type=row["request_type"],
				priority=row["priority"],
				service=row["service"],
				category=row["category"],
				rank=row["rank"] or 0,
				pausing_statuses=frozenset(row["pausing"]),
				fulfilling_statuses=frozenset(row["fulfilling"]),
			)
			if response or resolution
			else None
		)
	return _base_policies[key]


def policy_for(doc) -> tuple[Policy, dict] | tuple[None, None]:
	"""The most specific enabled policy for the request; conditions are evaluated only for
	the policies whose type, priority and service already match."""
	candidates, rows = [], {}
	for row in get_policy_rows():
		policy = base_policy(row)
		if policy is None or not policy.matches(doc.request_type, doc.priority, doc.service, doc.category):
			continue
		if row.get("condition"):
			values = doc.as_dict() if isinstance(doc, Document) else doc
			policy = replace(policy, condition=bool(frappe.safe_eval(row["condition"], None, {"doc": values})))
		candidates.append(policy)
		rows[policy.name] = row
	policy = match_policy(
		candidates, request_type=doc.request_type, priority=doc.priority, service=doc.service, category=doc.category
	)
	return (policy, rows[policy.name]) if policy else (None, None)


# ---------------------------------------------------------------------------- SLA on a request
def thresholds(row: dict) -> list[float]:
	share = (row.get("warning_threshold") or 0) / 100
	return [share] if 0 < share < 1 else []


def apply_sla(doc, now: datetime | None = None) -> None:
	"""Set the request's SLA fields for ``now`` (default: the current time).

	``doc`` is a Citizen Request or a ``frappe._dict`` with the same fields (bulk recompute).
	"""
	doc.update(sla_values(doc, now))


class SlaEvaluation(NamedTuple):
	"""A request's agreement at ``now``: the core state and what it was computed from."""

	state: object
	policy: Policy
	row: dict
	calendar: WorkingCalendar
	now: datetime


def evaluate_sla(doc, now: datetime | None = None) -> SlaEvaluation | None:
	"""The request's agreement at ``now``; ``None`` when no deadline applies to it."""
	if doc.get("merged_into"):
		return None  # a merged report is handled, and timed, by its master
	policy, row = policy_for(doc)
	if policy is None:
		return None
	now = aware(now or now_datetime())
	calendar = calendar_for(row["calendar"], doc.service)
	state = sla_state(
		received_on=aware(doc.received_on),
		history=[(aware(r.changed_on), r.status) for r in doc.status_history or ()],
		policy=policy,
		calendar=calendar,
		now=now,
		first_responded_on=aware(doc.first_responded_on),
	)
	return SlaEvaluation(state, policy, row, calendar, now)


def alerts_sent(doc, policy: Policy) -> set[str]:
	"""Keys of the alerts already sent for the request's current agreement (a new agreement —
	type, priority or service changed — starts afresh)."""
	return set((doc.sla_alerts_sent or "").split()) if doc.sla_policy == policy.name else set()


def values_of(evaluation: SlaEvaluation | None, sent: set[str]) -> dict:
	"""The SLA fields to store for an evaluation and the alerts sent."""
	if evaluation is None:
		return dict(NO_SLA)
	state, policy, row, calendar, now = evaluation
	return {
		"sla_policy": policy.name,
		"agreement_status": state.agreement_status,
		"response_by": naive(state.response_by),
		"resolution_by": naive(state.resolution_by),
		"resolved_on": naive(state.resolved_on),
		"paused_seconds": int(state.paused_seconds),
		"sla_alerts_sent": " ".join(sorted(sent)),
		"next_alert_on": naive(next_alert_due(state, policy, calendar, now, thresholds(row), sent)),
	}


def sla_values(doc, now: datetime | None = None) -> dict:
	"""The SLA fields of a request at ``now``; ``doc.flags``-free so that jobs can use it on rows."""
	evaluation = evaluate_sla(doc, now)
	return values_of(evaluation, alerts_sent(doc, evaluation.policy) if evaluation else set())


def record_status_change_in_db(name: str, status: str) -> None:
	"""For status changes written without a save (merge, unmerge): add the history row and
	store the recomputed SLA fields."""
	doc = frappe.get_doc("Citizen Request", name)
	row = doc.append("status_history", {"status": status, "changed_on": now_datetime(), "changed_by": frappe.session.user})
	row.db_insert()
	doc.db_set(sla_values(doc), update_modified=False)


def record_status_change(doc) -> None:
	"""Append the status to the request's history when it changes (the SLA clock reads it)."""
	if doc.is_new() or doc.has_value_changed("status"):
		doc.append("status_history", {"status": doc.status, "changed_on": now_datetime(), "changed_by": frappe.session.user})


# ---------------------------------------------------------------------------- CRPA
def regime_of(request_type: str | None) -> crpa.Regime:
	if not request_type:
		return crpa.Regime(crpa.NONE)
	row = frappe.get_cached_doc("Request Type", request_type)
	return crpa.Regime(REGIMES.get(row.crpa_regime or "No implicit decision", crpa.NONE), row.crpa_delay_months or 2)


def filing_of(doc) -> crpa.Filing:
	return crpa.Filing(
		received_on=getdate(doc.received_on),
		competent_received_on=getdate(doc.competent_received_on) if doc.competent_received_on else None,
		missing_pieces=tuple(p.strip() for p in (doc.missing_pieces or "").splitlines() if p.strip()),
		missing_pieces_due_on=getdate(doc.missing_pieces_due_on) if doc.missing_pieces_due_on else None,
		pieces_received_on=getdate(doc.pieces_received_on) if doc.pieces_received_on else None,
	)


def apply_crpa(doc) -> None:
	"""The request's legal regime and implicit-decision date (suspended while pieces are missing)."""
	regime = regime_of(doc.request_type)
	doc.crpa_regime = frappe.get_cached_value("Request Type", doc.request_type, "crpa_regime") if doc.request_type else None
	doc.implicit_decision_on = crpa.implicit_decision_date(regime, filing_of(doc))


def validate_crpa(doc) -> None:
	if doc.pieces_received_on and not (doc.missing_pieces or "").strip():
		frappe.throw(_("Pieces can only be received when missing pieces were listed"), title=_("Legal deadlines"))
	if doc.missing_pieces_due_on and not (doc.missing_pieces or "").strip():
		frappe.throw(_("List the missing pieces before giving a date to provide them"), title=_("Legal deadlines"))
	today = getdate()
	for field in ("pieces_received_on", "competent_received_on"):
		if doc.get(field) and getdate(doc.get(field)) > today:
			frappe.throw(_("{0} cannot be in the future").format(_(doc.meta.get_label(field))), title=_("Invalid date"))
	if doc.status == "Transferred" and not (doc.transferred_to or "").strip():
		frappe.throw(
			_("Name the competent authority the request is forwarded to before transferring it"),
			title=_("Transfer (L114-2)"),
		)


def service_contact(service: str | None) -> crpa.Service:
	"""The handling service's contact details, completed by the collectivité's own."""
	settings = get_settings()
	row = frappe.get_cached_doc("Municipal Service", service) if service else None
	return crpa.Service(
		name=(row.service_name if row else "") or settings.collectivite_name or "",
		address=(row.address if row else "") or settings.collectivite_address or "",
		email=(row.email if row else "") or settings.collectivite_email or "",
		phone=(row.phone if row else "") or settings.collectivite_phone or "",
	)


def acknowledgement_context(doc) -> dict:
	"""Everything the acknowledgement (e-mail or letter) shows, R112-5 mentions included."""
	if isinstance(doc, str):
		doc = frappe.get_doc("Citizen Request", doc)
		doc.check_permission("read")
	mentions = crpa.acknowledgement_mentions(regime_of(doc.request_type), filing_of(doc), service_contact(doc.service))
	return {
		"doc": doc,
		"mentions": mentions,
		"collectivite": get_settings().collectivite_name or "",
		"request_type": doc.request_type,
	}

