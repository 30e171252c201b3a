"""Desk API of the quality dashboard: the Custom Number Cards, the Dashboard Chart Sources, the
map of requests, and the rebuild of the daily statistics.

Each function checks the permission to read the statistics first; the filters go through
:func:`citizen_relation.stats.queries.parse_filters` (an agent restricted to their services sees
their services only).
"""

import frappe
from frappe import _

from citizen_relation.stats import charts, queries
from citizen_relation.utils import parse_json_object, text_values

Filters = str | dict | None


def _filters(filters: Filters, **kwargs) -> queries.StatFilters:
	queries.check_read()
	return queries.parse_filters(filters, **kwargs)


def _timeseries(filters: Filters, timespan, from_date, to_date, time_interval) -> queries.StatFilters:
	queries.check_read()
	grain = time_interval or "Monthly"
	period = queries.timeseries_period(timespan, from_date, to_date, grain if grain in charts.GRAINS else "Monthly")
	return queries.parse_filters(filters, period=period)


def _option(filters: Filters, key: str) -> str | None:
	value = text_values(parse_json_object(filters, _("Invalid filters"), max_length=queries.MAX_FILTERS), (key,)).get(key)
	return value or None


# ---------------------------------------------------------------------------- number cards
def _card(indicator: str, filters: Filters):
	return charts.card(indicator, _filters(filters, default_period="Last 30 days"))


@frappe.whitelist()
def card_received(filters: Filters = None):
	return _card("received", filters)


@frappe.whitelist()
def card_resolved(filters: Filters = None):
	return _card("resolved", filters)


@frappe.whitelist()
def card_merged(filters: Filters = None):
	return _card("merged", filters)


@frappe.whitelist()
def card_median_resolution(filters: Filters = None):
	return _card("median_resolution", filters)


@frappe.whitelist()
def card_median_response(filters: Filters = None):
	return _card("median_response", filters)


@frappe.whitelist()
def card_resolution_on_time(filters: Filters = None):
	return _card("resolution_on_time", filters)


@frappe.whitelist()
def card_first_contact(filters: Filters = None):
	return _card("first_contact", filters)


@frappe.whitelist()
def card_reopened(filters: Filters = None):
	return _card("reopened", filters)


@frappe.whitelist()
def card_knowledge(filters: Filters = None):
	return _card("knowledge", filters)


@frappe.whitelist()
def card_csat(filters: Filters = None):
	return _card("csat", filters)


@frappe.whitelist()
def card_rating_response(filters: Filters = None):
	return _card("rating_response", filters)


@frappe.whitelist()
def card_backlog(filters: Filters = None):
	return charts.backlog_card(_filters(filters), "total")


@frappe.whitelist()
def card_overdue(filters: Filters = None):
	return charts.backlog_card(_filters(filters), "overdue")


# ---------------------------------------------------------------------------- chart sources
# Frappe's chart widget calls a source with these arguments (chart_name, filters, refresh, …).


@frappe.whitelist()
def volume_over_time(
	chart_name: str | None = None,
	filters: Filters = None,
	timespan: str | None = None,
	time_interval: str | None = None,
	from_date: str | None = None,
	to_date: str | None = None,
	**_ignored,
):
	sf = _timeseries(filters, timespan, from_date, to_date, time_interval)
	return charts.volume_over_time(sf, time_interval, _option(filters, "group_by"))


@frappe.whitelist()
def breakdown(chart_name: str | None = None, filters: Filters = None, **_ignored):
	return charts.breakdown(_filters(filters), _option(filters, "group_by"))


@frappe.whitelist()
def time_distribution(chart_name: str | None = None, filters: Filters = None, **_ignored):
	return charts.time_distribution(_filters(filters), _option(filters, "measure"))


@frappe.whitelist()
def indicator_trend(
	chart_name: str | None = None,
	filters: Filters = None,
	timespan: str | None = None,
	time_interval: str | None = None,
	from_date: str | None = None,
	to_date: str | None = None,
	**_ignored,
):
	sf = _timeseries(filters, timespan, from_date, to_date, time_interval)
	return charts.indicator_trend(sf, time_interval, _option(filters, "indicator"))


@frappe.whitelist()
def backlog_by_age(chart_name: str | None = None, filters: Filters = None, **_ignored):
	return charts.backlog_by_age(_filters(filters))


@frappe.whitelist()
def rating_distribution(chart_name: str | None = None, filters: Filters = None, **_ignored):
	return charts.rating_distribution(_filters(filters))


# ---------------------------------------------------------------------------- map
@frappe.whitelist()
def map_cells(
	filters: Filters = None,
	south: float | None = None,
	west: float | None = None,
	north: float | None = None,
	east: float | None = None,
	zoom: int | None = None,
):
	"""Requests of the period on the map, counted per grid cell of the visible area (a heat map
	that stays light with a million requests), with the individual requests when few."""
	from citizen_relation.stats import geomap

	frappe.has_permission("Citizen Request", "read", throw=True)
	sf = _filters(filters, default_period="Last 3 months")
	return geomap.cells(sf, (south, west, north, east), zoom)


# ---------------------------------------------------------------------------- maintenance
@frappe.whitelist(methods=["POST"])
def rebuild_statistics(from_date: str | None = None, to_date: str | None = None) -> str:
	"""Recompute the daily statistics in the background (progress shown to the caller)."""
	frappe.has_permission("Quality Settings", "write", throw=True)
	from citizen_relation.stats.daily import enqueue_backfill

	enqueue_backfill(from_date, to_date)
	return _("The statistics are being recomputed in the background.")
