"""Transparency: the processing times the collectivité publishes (page ``/transparence``).

For each request type offered to citizens (``is_public`` in its profile), over the last 12
months: how many requests were resolved, the median time to resolve and the time within which
90 % were resolved, and the median time to a first answer. A type with fewer resolved requests
than the threshold of Quality Settings is listed without figures (too few to be meaningful, and
to avoid pointing at individual cases). Computed from the daily aggregate, cached for an hour.
"""

from __future__ import annotations

from datetime import date

import frappe
from frappe.utils import cint, getdate, today

from citizen_relation import caching
from citizen_relation.core import stats as core
from citizen_relation.requests.profile import get_profile
from citizen_relation.stats import queries

CACHE_KEY = "transparency:processing_times"
CACHE_SECONDS = 3600
DEFAULT_MINIMUM = 10


def minimum_requests() -> int:
	value = frappe.db.get_single_value("Quality Settings", "min_requests_to_publish")
	return max(1, cint(value) or DEFAULT_MINIMUM)


def is_published() -> bool:
	value = frappe.db.get_single_value("Quality Settings", "publish_processing_times")
	return value is None or bool(cint(value))


def processing_times(today_: date | None = None) -> dict:
	"""``{"period": [start, last day], "types": [{request_type, category, resolved, median,
	p90, median_response, published}]}`` (seconds), for the public request types."""
	period = core.named_period("Last 12 months", getdate(today_ or today()))
	sf = queries.StatFilters(period=period)
	data = queries.figures_by(sf, "request_type")
	minimum = minimum_requests()
	types = []
	for name in frappe.get_all("Request Type", filters={"is_active": 1}, pluck="name", order_by="name"):
		profile = get_profile(name)
		if profile is None or not profile.is_public:
			continue
		f = data.get((None, name), core.Figures())
		published = f.resolved >= minimum
		types.append(
			{
				"request_type": name,
				"category": profile.category,
				"description": profile.description,
				"resolved": f.resolved,
				"published": published,
				"median": f.median_resolution if published else None,
				"p90": f.p90_resolution if published else None,
				"median_response": f.median_response if published else None,
			}
		)
	return {"period": [period.start.isoformat(), period.last_day.isoformat()], "minimum": minimum, "types": types}


def cached_processing_times() -> dict:
	"""The figures of the public page, computed at most once an hour (shared by every worker)."""
	cached = caching.shared_peek(CACHE_KEY)
	if cached:
		return cached
	value = processing_times()
	caching.shared_set(CACHE_KEY, value, expires_in_sec=CACHE_SECONDS)
	return value
