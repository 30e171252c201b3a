"""Data of the quality dashboard's charts and number cards (Frappe chart format), built from
:mod:`citizen_relation.stats.queries`. The whitelisted entry points are in
``citizen_relation.api.stats``."""

from __future__ import annotations

from datetime import date

import frappe
from frappe import _
from frappe.utils import flt, format_date

from citizen_relation.core import stats as core
from citizen_relation.stats import queries
from citizen_relation.stats.queries import DIMENSIONS, StatFilters

GRAINS = ("Daily", "Weekly", "Monthly", "Quarterly", "Yearly")
OTHER = "\x00other"
TOP_GROUPS = 7


# ---------------------------------------------------------------------------- formatting
def format_number(value: float | None, precision: int = 1) -> str:
	if value is None:
		return "–"
	return frappe.format_value(flt(value, precision), {"fieldtype": "Float", "precision": precision})


def format_duration(seconds: float | None) -> str:
	"""A duration as people say it: minutes, hours up to two days, then days."""
	if seconds is None:
		return "–"
	if seconds < core.HOUR:
		return _("{0} min").format(format_number(seconds / 60, 0))
	if seconds < 2 * core.DAY:
		return _("{0} h").format(format_number(seconds / core.HOUR, 1))
	return _("{0} days").format(format_number(seconds / core.DAY, 1))


def format_percent(rate: float | None, precision: int = 1) -> str:
	if rate is None:
		return "–"
	return _("{0} %").format(format_number(100 * rate, precision))


def percent(rate: float | None) -> float:
	"""A chart value in % (0 when there is no data: charts cannot draw gaps)."""
	return round(100 * rate, 1) if rate is not None else 0


def grain_label(day: date, grain: str) -> str:
	if grain == "Monthly":
		return format_date(day, "MMM yyyy")
	if grain == "Quarterly":
		return _("Q{0} {1}").format((day.month - 1) // 3 + 1, day.year)
	if grain == "Yearly":
		return str(day.year)
	return format_date(day)


def group_label(dimension: str, value: str | None) -> str:
	"""Channels and categories are translated; services and types are names."""
	if value == OTHER:
		return _("Other")
	if not value:
		return _("Not specified")
	if dimension in ("channel", "category"):
		return _(value)
	return value


def _check_grain(grain: str | None) -> str:
	grain = grain or "Monthly"
	if grain not in GRAINS:
		frappe.throw(_("Unknown time interval {0}").format(frappe.bold(grain)))
	return grain


def _check_dimension(group_by: str | None) -> str:
	group_by = group_by or "Channel"
	if group_by not in DIMENSIONS:
		frappe.throw(_("Unknown grouping {0}").format(frappe.bold(group_by)))
	return DIMENSIONS[group_by]


# ---------------------------------------------------------------------------- volumes
TOTAL = "Total"  # the grouping of a volume chart that shows the requests received, not split


def volume_over_time(sf: StatFilters, grain: str | None, group_by: str | None) -> dict:
	"""Requests received per grain, one dataset per channel/category/type/service (the largest
	ones, the rest as "Other"), or one dataset with ``group_by`` "Total"."""
	grain = _check_grain(grain)
	dimension = None if group_by == TOTAL else _check_dimension(group_by)
	data = queries.figures_by(sf, dimension, grain, histograms=False)
	totals: dict[str | None, int] = {}
	for (_step, group), f in data.items():
		totals[group] = totals.get(group, 0) + f.received
	counted = {g: t for g, t in totals.items() if t}
	# the total is one series (of zeros when nothing was received); groups: the largest, then "Other"
	top = [None] if dimension is None else core.top_with_other(counted, TOP_GROUPS)
	steps = core.grain_steps(sf.period, grain)
	index = {step: i for i, step in enumerate(steps)}
	series: dict[str | None, list[int]] = {group: [0] * len(steps) for group in top}
	if len(top) < len(counted):
		series[OTHER] = [0] * len(steps)
	for (step, group), f in data.items():
		if step not in index or not f.received:
			continue
		series[group if group in top else OTHER][index[step]] += f.received
	return {
		"labels": [grain_label(step, grain) for step in steps],
		"datasets": [
			{"name": _("Requests received") if dimension is None else group_label(dimension, g), "values": v}
			for g, v in series.items()
		],
	}


def breakdown(sf: StatFilters, group_by: str | None) -> dict:
	"""Requests received in the period by channel/category/type/service (largest first)."""
	dimension = _check_dimension(group_by)
	data = queries.figures_by(sf, dimension, histograms=False)
	totals = {group: f.received for (_step, group), f in data.items() if f.received}
	ordered = sorted(totals, key=lambda g: (-totals[g], g or ""))
	return {
		"labels": [group_label(dimension, g) for g in ordered],
		"datasets": [{"name": _("Requests received"), "values": [totals[g] for g in ordered]}],
	}


# ---------------------------------------------------------------------------- durations
MEASURES = {"Resolution time": "resolution_histogram", "Response time": "response_histogram"}


def time_distribution(sf: StatFilters, measure: str | None) -> dict:
	"""How many requests were answered / resolved in under an hour, 1–4 h, … 30 days or more;
	the dataset's name gives the median and the 90th percentile."""
	measure = measure or "Resolution time"
	if measure not in MEASURES:
		frappe.throw(_("Unknown measure {0}").format(frappe.bold(measure)))
	histogram = getattr(queries.figures(sf), MEASURES[measure])
	name = _("Requests (median {0}, 90 % within {1})").format(
		format_duration(histogram.median), format_duration(histogram.p90)
	)
	return {
		"labels": [_(label) for label in core.DURATION_CLASS_LABELS],
		"datasets": [{"name": name, "values": histogram.coarse(core.DURATION_CLASSES)}],
	}


# ---------------------------------------------------------------------------- trends
def _days(seconds: float | None) -> float:
	return round(seconds / core.DAY, 2) if seconds is not None else 0


def _hours(seconds: float | None) -> float:
	return round(seconds / core.HOUR, 1) if seconds is not None else 0


INDICATORS = {
	"Resolution time": lambda: [
		(_("Median resolution time (days)"), lambda f: _days(f.median_resolution)),
		(_("90 % resolved within (days)"), lambda f: _days(f.p90_resolution)),
	],
	"Response time": lambda: [
		(_("Median response time (hours)"), lambda f: _hours(f.median_response)),
		(_("90 % answered within (hours)"), lambda f: _hours(f.p90_response)),
	],
	"Deadlines met": lambda: [
		(_("Answered on time (%)"), lambda f: percent(f.response_on_time_rate)),
		(_("Resolved on time (%)"), lambda f: percent(f.resolution_on_time_rate)),
	],
	"First contact and reopening": lambda: [
		(_("Resolved at first contact (%)"), lambda f: percent(f.first_contact_rate)),
		(_("Reopened (%)"), lambda f: percent(f.reopen_rate)),
	],
	"Duplicates merged": lambda: [
		(_("Reports received"), lambda f: f.received),
		(_("Reports merged into another (not handled twice)"), lambda f: f.merged),
	],
	"Knowledge base": lambda: [
		(_("Resolved with the help of the knowledge base (%)"), lambda f: percent(f.knowledge_rate)),
	],
	"Satisfaction": lambda: [
		(_("Satisfied: rated 4 or 5 (%)"), lambda f: percent(f.csat)),
		(_("Ratings per resolved request (%)"), lambda f: percent(f.rating_response_rate)),
	],
}


def indicator_trend(sf: StatFilters, grain: str | None, indicator: str | None) -> dict:
	grain = _check_grain(grain)
	indicator = indicator or "Deadlines met"
	if indicator not in INDICATORS:
		frappe.throw(_("Unknown indicator {0}").format(frappe.bold(indicator)))
	series = INDICATORS[indicator]()
	needs_histograms = indicator in ("Resolution time", "Response time")
	data = queries.figures_by(sf, None, grain, histograms=needs_histograms)
	steps = core.grain_steps(sf.period, grain)
	empty = core.Figures()
	return {
		"labels": [grain_label(step, grain) for step in steps],
		"datasets": [
			{"name": name, "values": [value(data.get((step, None), empty)) for step in steps]} for name, value in series
		],
	}


# ---------------------------------------------------------------------------- backlog, ratings
def backlog_by_age(sf: StatFilters) -> dict:
	backlog = queries.backlog(sf)
	return {
		"labels": [_(label) for label in core.AGE_LABELS],
		"datasets": [
			{"name": _("Within the deadline"), "values": [c["within"] for c in backlog.by_age]},
			{"name": _("Overdue"), "values": [c["overdue"] for c in backlog.by_age]},
			{"name": _("No deadline"), "values": [c["no_deadline"] for c in backlog.by_age]},
			{"name": _("Waiting (clock stopped)"), "values": [c["paused"] for c in backlog.by_age]},
		],
	}


def rating_distribution(sf: StatFilters) -> dict:
	f = queries.figures(sf, histograms=False)
	return {
		"labels": ["1", "2", "3", "4", "5"],
		"datasets": [
			{
				"name": _("Ratings (average {0}/5, {1} satisfied)").format(
					format_number(f.average_rating), format_percent(f.csat, 0)
				),
				"values": f.rating_counts,
			}
		],
	}


# ---------------------------------------------------------------------------- number cards
def _report_route(sf: StatFilters) -> dict:
	options = {"from_date": sf.period.start.isoformat(), "to_date": sf.period.last_day.isoformat()}
	if sf.service:
		options["service"] = sf.service
	return {"route": ["query-report", "Quality Statistics"], "route_options": options}


def _percent_card(rate: float | None) -> dict | str:
	"""A percentage (the card formats it), or a dash when there is nothing to divide."""
	return {"value": round(100 * rate, 1), "fieldtype": "Percent"} if rate is not None else "–"


CARDS = {
	"received": lambda f: {"value": f.received, "fieldtype": "Int"},
	"resolved": lambda f: {"value": f.resolved, "fieldtype": "Int"},
	"merged": lambda f: {"value": f.merged, "fieldtype": "Int"},
	"median_resolution": lambda f: format_duration(f.median_resolution),
	"median_response": lambda f: format_duration(f.median_response),
	"resolution_on_time": lambda f: _percent_card(f.resolution_on_time_rate),
	"first_contact": lambda f: _percent_card(f.first_contact_rate),
	"reopened": lambda f: _percent_card(f.reopen_rate),
	"knowledge": lambda f: _percent_card(f.knowledge_rate),
	"csat": lambda f: _percent_card(f.csat),
	"rating_response": lambda f: _percent_card(f.rating_response_rate),
	"average_rating": lambda f: _("{0} / 5").format(format_number(f.average_rating)) if f.average_rating is not None else "–",
}
HISTOGRAM_CARDS = {"median_resolution", "median_response"}


def card(indicator: str, sf: StatFilters) -> dict | str:
	"""A Custom Number Card's result: ``{"value", "fieldtype", "route", "route_options"}`` or an
	already formatted string (durations)."""
	if indicator not in CARDS:
		frappe.throw(_("Unknown indicator {0}").format(frappe.bold(indicator)))
	result = CARDS[indicator](queries.figures(sf, histograms=indicator in HISTOGRAM_CARDS))
	if isinstance(result, dict):
		result.update(_report_route(sf))
	return result


def backlog_card(sf: StatFilters, what: str) -> dict:
	from citizen_relation.requests.lifecycle import get_lifecycle

	backlog = queries.backlog(sf)
	value = {"total": backlog.total, "overdue": backlog.overdue, "paused": backlog.paused}[what]
	options = {"status": ["in", list(get_lifecycle().active_statuses)]}
	if what == "overdue":
		options["resolution_by"] = ["<", frappe.utils.now()]
	if sf.service:
		options["service"] = sf.service
	return {"value": value, "fieldtype": "Int", "route": ["List", "Citizen Request"], "route_options": options}
