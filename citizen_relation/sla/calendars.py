"""Working calendars of the services (Service Calendar documents) as core calendars.

Frappe stores naive datetimes in the site's time zone; the core works on aware datetimes:
:func:`aware` and :func:`naive` convert at the boundary.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import frappe
from frappe.utils import get_datetime, get_system_timezone, getdate, now_datetime

from citizen_relation import caching
from citizen_relation.core.calendar import TERRITORIES, WorkingCalendar, french_holidays

# A calendar for sites that have none yet: Monday to Friday, 09:00–17:00, French holidays.
FALLBACK_SLOTS = tuple((day, "09:00", "17:00") for day in range(5))


# ---------------------------------------------------------------------------- time zones
def site_zone() -> ZoneInfo:
	"""The site's time zone (looked up once per request or job)."""
	return caching.request_memo("sla", "zone", lambda: ZoneInfo(get_system_timezone()))


def aware(value, zone: ZoneInfo | None = None) -> datetime | None:
	"""A stored (naive, site time zone) datetime as an aware one. ``zone``: the site's, when the
	caller converts many values (looked up once rather than per value)."""
	if not value:
		return None
	if not isinstance(value, datetime):
		value = get_datetime(value)
	return value.replace(tzinfo=zone or site_zone())


def naive(value: datetime | None, zone: ZoneInfo | None = None) -> datetime | None:
	"""An aware datetime as Frappe stores it (naive, site time zone, whole seconds)."""
	if value is None:
		return None
	return value.astimezone(zone or site_zone()).replace(tzinfo=None, microsecond=0)


# ---------------------------------------------------------------------------- calendars
def default_calendar_name() -> str | None:
	return frappe.db.get_value("Service Calendar", {"is_default": 1}, "name", cache=True)


def get_calendar(name: str | None = None) -> WorkingCalendar:
	"""The working calendar ``name`` (else the default one), built once per version of it."""
	name = name or default_calendar_name()
	if not name or not frappe.db.exists("Service Calendar", name):
		return caching.worker_memo("calendars", None, _years(), lambda: _build(None))
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
	version = (str(doc.modified), content, doc.holiday_list, str(holiday_list_modified), _years())
	return caching.worker_memo("calendars", name, version, lambda: _build(doc))


def forget_calendars(*args, **kwargs) -> None:
	"""Drop this request's memo of calendars (after a calendar or a service changes)."""
	caching.forget_request("sla_calendars")


def _years() -> range:
	this_year = now_datetime().year
	return range(this_year - 3, this_year + 4)


def _build(doc) -> WorkingCalendar:
	if doc is None:
		return WorkingCalendar(
			slots=FALLBACK_SLOTS, time_zone=get_system_timezone(), holidays=french_holidays("metropole", _years())
		)
	holidays = set(
		french_holidays(
			TERRITORIES.get(doc.territory, "metropole"), _years(), whit_monday_worked=bool(doc.whit_monday_worked)
		)
	)
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

	def resolve():
		name = policy_calendar or (service and frappe.db.get_value("Municipal Service", service, "calendar"))
		return get_calendar(name or None)

	return caching.request_memo("sla_calendars", (policy_calendar, service), resolve)
