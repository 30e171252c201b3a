"""Reading the quality figures: filters (period, service, type, channel, category) checked once,
sums over the daily aggregate, and the live backlog.

Every dashboard card, chart and report goes through :func:`parse_filters`, which applies the
same rule as the request list: an agent restricted to their services sees only their services'
figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import frappe
from frappe import _
from frappe.query_builder import Case
from frappe.query_builder.functions import Count, Date, Sum
from frappe.utils import getdate, now_datetime, today

from citizen_relation.core import stats as core
from citizen_relation.core.lifecycle import MERGED
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.stats.daily import DOCTYPE
from citizen_relation.utils import core_errors, parse_json_object, text_values

DIMENSIONS = {
	# filter value → aggregate field
	"Channel": "channel",
	"Category": "category",
	"Request Type": "request_type",
	"Service": "service",
}
MAX_FILTERS = 100_000  # characters of a filters JSON text
TIMESPANS = ("Last Week", "Last Month", "Last Quarter", "Last Year", "All Time", "Select Date Range")


@dataclass(frozen=True)
class StatFilters:
	"""What to count: a period and, optionally, services (``None``: all), a type, a channel, a category."""

	period: core.Period
	services: tuple[str, ...] | None = None
	request_type: str | None = None
	channel: str | None = None
	category: str | None = None

	def with_period(self, period: core.Period) -> StatFilters:
		return replace(self, period=period)

	@property
	def service(self) -> str | None:
		return self.services[0] if self.services and len(self.services) == 1 else None


def check_read() -> None:
	frappe.has_permission(DOCTYPE, "read", throw=True)


def visible_services(requested: str | None) -> tuple[str, ...] | None:
	"""The services whose figures the user may see, narrowed to ``requested``."""
	from citizen_relation.permissions.requests import is_restricted
	from citizen_relation.requests.routing import services_of_user

	user = frappe.session.user
	if requested and not frappe.db.exists("Municipal Service", requested):
		frappe.throw(_("Service {0} does not exist").format(frappe.bold(requested)), frappe.DoesNotExistError)
	if not is_restricted(user):
		return (requested,) if requested else None
	own = tuple(services_of_user(user))
	if requested:
		if requested not in own:
			frappe.throw(
				_("You may only see the figures of your own services"), frappe.PermissionError, title=_("Not permitted")
			)
		return (requested,)
	return own


def _check_link(doctype: str, value: str | None) -> str | None:
	if value and not frappe.db.exists(doctype, value):
		frappe.throw(_("{0} {1} does not exist").format(_(doctype), frappe.bold(value)), frappe.DoesNotExistError)
	return value or None


def _check_option(fieldname: str, value: str | None) -> str | None:
	if not value:
		return None
	options = (frappe.get_meta("Citizen Request").get_field(fieldname).options or "").split("\n")
	if value not in options:
		frappe.throw(_("Unknown {0}: {1}").format(_(fieldname.title()), frappe.bold(value)))
	return value


def parse_filters(filters=None, *, default_period: str = "Last 12 months", period: core.Period | None = None) -> StatFilters:
	"""Check a dashboard's or report's filters (a dict or JSON) and build :class:`StatFilters`.

	Periods: ``period`` (one of :data:`core.stats.PERIODS`, with ``from_date``/``to_date`` for a
	range) or plain ``from_date``/``to_date`` (reports)."""
	given = parse_json_object(filters, _("Invalid filters"), max_length=MAX_FILTERS)
	filters = frappe._dict(
		text_values(given, ("period", "from_date", "to_date", "service", "request_type", "channel", "category"))
	)
	if period is None:
		with core_errors(_("Invalid period")):
			if filters.get("period"):
				period = core.named_period(
					filters.period, getdate(today()), _date(filters.get("from_date")), _date(filters.get("to_date"))
				)
			elif filters.get("from_date") or filters.get("to_date"):
				start = _date(filters.get("from_date")) or core.add_months(getdate(today()), -12)
				end = _date(filters.get("to_date")) or getdate(today())
				period = core.named_period("Date range", getdate(today()), start, end)
			else:
				period = core.named_period(default_period, getdate(today()))
	return StatFilters(
		period=period,
		services=visible_services(filters.get("service")),
		request_type=_check_link("Request Type", filters.get("request_type")),
		channel=_check_option("channel", filters.get("channel")),
		category=_check_option("category", filters.get("category")),
	)


def _date(value) -> date | None:
	if not value:
		return None
	try:
		return getdate(value)
	except (ValueError, TypeError, OverflowError):
		frappe.throw(_("Invalid date: {0}").format(frappe.bold(str(value)[:40])))


def timeseries_period(timespan: str | None, from_date=None, to_date=None, grain: str = "Monthly") -> core.Period:
	"""The period of a Frappe timeseries chart (its timespan selector), snapped to whole grains."""
	from frappe.utils.dateutils import get_from_date_from_timespan

	timespan = timespan or "Last Year"
	if timespan not in TIMESPANS:
		frappe.throw(_("Unknown time span {0}").format(frappe.bold(timespan)))
	end = getdate(today())
	if timespan == "Select Date Range":
		start, end = _date(from_date), _date(to_date) or end
		if not start:
			frappe.throw(_("Choose the first and the last day of the period"))
	elif timespan == "All Time":
		from citizen_relation.stats.daily import first_day

		start = first_day() or end
	else:
		start = getdate(get_from_date_from_timespan(end, timespan))
	with core_errors(_("Invalid period")):
		return core.Period(core.grain_start(start, grain), end + timedelta(days=1))


# ---------------------------------------------------------------------------- the aggregate
def _where(query, table, sf: StatFilters, daily: bool = False):
	condition = None
	for grain, start, end in core.reading_segments(sf.period, getdate(today()), daily):
		part = (table.grain == grain) & (table.day >= start) & (table.day < end)
		condition = part if condition is None else condition | part
	query = query.where(condition)
	if sf.services is not None:
		if not sf.services:
			return query.where(table.day.isnull())  # no service visible: nothing
		query = query.where(table.service.isin(sf.services))
	for field in ("request_type", "channel", "category"):
		value = getattr(sf, field)
		if value:
			query = query.where(table[field] == value)
	return query


def figures_by(
	sf: StatFilters, dimension: str | None = None, grain: str | None = None, histograms: bool = True
) -> dict[tuple, core.Figures]:
	"""Figures per ``(grain start or None, dimension value or None)``.

	Counters are summed by the database; the histograms (needed for medians) are read row by row
	and merged only when ``histograms``. Monthly rows are read wherever whole months allow it
	(daily and weekly grains read daily rows)."""
	table = frappe.qb.DocType(DOCTYPE)
	daily = grain in ("Daily", "Weekly")
	groups = []
	if grain:
		groups.append(table.day)
	if dimension:
		groups.append(table[dimension])
	select = [Sum(table[c]).as_(c) for c in core.COUNTERS]
	query = _where(frappe.qb.from_(table).select(*groups, *select), table, sf, daily)
	if groups:
		query = query.groupby(*groups)
	result: dict[tuple, core.Figures] = defaultdict(core.Figures)
	for row in query.run(as_dict=True):
		key = _key(row, grain, dimension)
		result[key].add(core.Figures.from_row(row))
	if histograms:
		hist_query = _where(
			frappe.qb.from_(table).select(*groups, table.response_histogram, table.resolution_histogram), table, sf, daily
		).where((table.response_histogram != "") | (table.resolution_histogram != ""))
		for row in hist_query.run(as_dict=True):
			figures = result[_key(row, grain, dimension)]
			figures.response_histogram.merge(core.Histogram.loads(row.response_histogram))
			figures.resolution_histogram.merge(core.Histogram.loads(row.resolution_histogram))
	return dict(result)


def _key(row, grain: str | None, dimension: str | None) -> tuple:
	return (
		core.grain_start(getdate(row["day"]), grain) if grain else None,
		(row.get(dimension) or "") if dimension else None,
	)


def figures(sf: StatFilters, histograms: bool = True) -> core.Figures:
	"""The totals of the period."""
	return figures_by(sf, histograms=histograms).get((None, None)) or core.Figures()


# ---------------------------------------------------------------------------- live figures
def _request_conditions(query, request, sf: StatFilters):
	if sf.services is not None:
		if not sf.services:
			return query.where(request.name.isnull())
		query = query.where(request.service.isin(sf.services))
	for field in ("request_type", "channel", "category"):
		value = getattr(sf, field)
		if value:
			query = query.where(request[field] == value)
	return query


@dataclass
class Backlog:
	"""Requests being handled now, by age since reception."""

	by_age: list[dict]  # per age class: {"within": n, "overdue": n, "no_deadline": n, "paused": n}
	total: int
	overdue: int
	paused: int


def backlog(sf: StatFilters, now: datetime | None = None) -> Backlog:
	"""The open and paused requests now (whatever the period), by age class; "overdue" once
	their resolution deadline has passed. One grouped query on the (status, service,
	received_on) index."""
	lifecycle = get_lifecycle()
	now = now or now_datetime()
	request = frappe.qb.DocType("Citizen Request")
	active = list(lifecycle.active_statuses)
	overdue_flag = (request.resolution_by < now).as_("overdue")
	no_deadline = request.resolution_by.isnull().as_("no_deadline")
	query = (
		frappe.qb.from_(request)
		.select(request.status, Date(request.received_on).as_("day"), overdue_flag, no_deadline, Count("*").as_("n"))
		.where(request.status.isin(active))
		.groupby(request.status, Date(request.received_on), overdue_flag, no_deadline)
	)
	query = _request_conditions(query, request, sf)
	classes = [{"within": 0, "overdue": 0, "no_deadline": 0, "paused": 0} for _label in core.AGE_LABELS]
	total = overdue = paused = 0
	for row in query.run(as_dict=True):
		received = datetime.combine(getdate(row.day), datetime.min.time())
		index = core.age_class(received, now)
		if lifecycle.pauses_clock(row.status):
			classes[index]["paused"] += row.n
			paused += row.n
		elif row.no_deadline:
			classes[index]["no_deadline"] += row.n
		elif row.overdue:
			classes[index]["overdue"] += row.n
			overdue += row.n
		else:
			classes[index]["within"] += row.n
		total += row.n
	return Backlog(classes, total, overdue, paused)


def recurring_places(sf: StatFilters, limit: int = 10) -> list[dict]:
	"""The streets with the most reports of one type in the period (the top recurring issues by
	place): reports, requests after merging duplicates, still being handled."""
	lifecycle = get_lifecycle()
	request = frappe.qb.DocType("Citizen Request")
	start = datetime.combine(sf.period.start, datetime.min.time())
	end = datetime.combine(sf.period.end, datetime.min.time())
	merged = lifecycle.statuses(MERGED)
	active = list(lifecycle.active_statuses)
	query = (
		frappe.qb.from_(request)
		.select(
			request.street,
			request.request_type,
			Count("*").as_("reports"),
			Sum(Case().when(request.status.isin(list(merged) or [""]), 1).else_(0)).as_("merged"),
			Sum(Case().when(request.status.isin(active), 1).else_(0)).as_("open"),
		)
		.where(request.received_on >= start)
		.where(request.received_on < end)
		.where(request.street.isnotnull())
		.where(request.street != "")
		.groupby(request.street, request.request_type)
		.orderby(Count("*"), order=frappe.qb.desc)
		.orderby(request.street)
		.limit(limit)
	)
	query = _request_conditions(query, request, sf)
	rows = query.run(as_dict=True)
	for row in rows:
		row.requests = row.reports - (row.merged or 0)
	return rows
