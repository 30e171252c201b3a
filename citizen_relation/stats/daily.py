"""The aggregate behind the quality dashboard: Request Statistic, by day and by month.

Every chart, card and report of quality reads pre-aggregated days instead of the requests, so
that each stays well under a second with a million requests. A day's rows are a pure function of
the requests (:func:`citizen_relation.core.stats.day_figures`): recomputing a day from scratch is
always right, and cheap (a few indexed range queries). Each month also has rows that sum its
days, so that a year is read from about twelve rows per group instead of 365.

Keeping them fresh, incrementally:

- a request saved (or deleted) marks the days it counts for — reception and resolution, before
  and after the change — as *dirty* in a Redis set; so does a rating;
- :func:`refresh_dirty` (every 10 minutes) recomputes the dirty days;
- :func:`refresh_recent` (daily) recomputes the last 31 days and :func:`refresh_year` (weekly)
  the last 400, a safety net for writes that bypass the controllers (bulk SLA recomputation,
  SQL fixes, a knowledge-base insertion made after a resolution);
- :func:`backfill` rebuilds any range with a progress bar (installation on an existing base):
  ``bench --site SITE execute citizen_relation.stats.daily.backfill``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime, today

from citizen_relation.core import stats as core
from citizen_relation.requests.lifecycle import get_lifecycle

DOCTYPE = "Request Statistic"
REQUEST = "Citizen Request"
DIRTY_KEY = "citizen_relation:stats:dirty_days"
# Fields of a request that change what it counts for.
RELEVANT_FIELDS = (
	"received_on", "status", "service", "request_type", "category", "channel", "first_responded_on",
	"response_by", "resolved_on", "resolution_by", "merged_into",
)
REQUEST_FIELDS = (
	"name", "received_on", "status", "service", "request_type", "category", "channel",
	"first_responded_on", "response_by", "resolved_on", "resolution_by",
)
KEY_FIELDS = ("service", "request_type", "category", "channel")
DAY, MONTH = core.DAY_ROWS, core.MONTH_ROWS
ROW_FIELDS = ["name", "creation", "modified", "owner", "modified_by", "docstatus", "idx", "grain", "day", *KEY_FIELDS]
VALUE_FIELDS = [*core.COUNTERS, "response_histogram", "resolution_histogram"]
PROGRESS_EVERY = 10


# ---------------------------------------------------------------------------- dirty days
def _day(value) -> str | None:
	if not value:
		return None
	return getdate(value).isoformat()


def mark_dirty(days: Iterable) -> None:
	"""Recompute these days at the next run of :func:`refresh_dirty`."""
	values = sorted({_day(d) for d in days if d})
	if values:
		frappe.cache.sadd(DIRTY_KEY, *values)


def note_request_change(doc) -> None:
	"""Citizen Request ``on_update``: mark the days the request counted for and counts for now."""
	before = doc.get_doc_before_save()
	if before is not None and all(before.get(f) == doc.get(f) for f in RELEVANT_FIELDS):
		return
	days = {doc.get("received_on"), doc.get("resolved_on")}
	if before is not None:
		days |= {before.get("received_on"), before.get("resolved_on")}
	mark_dirty(days)


def note_request_deleted(doc) -> None:
	mark_dirty({doc.get("received_on"), doc.get("resolved_on")})


def note_rating(doc) -> None:
	"""A rating counts on the day it was given."""
	mark_dirty({doc.get("submitted_on")})


def dirty_days() -> list[str]:
	return sorted(d.decode() if isinstance(d, bytes) else d for d in frappe.cache.smembers(DIRTY_KEY))


# ---------------------------------------------------------------------------- one day
def _request_facts(rows: list[dict], knowledge: set[str] | None = None, with_history: bool = True) -> list[core.RequestFacts]:
	histories: dict[str, list] = {}
	if with_history and rows:
		change = frappe.qb.DocType("Citizen Request Status Change")
		names = [r["name"] for r in rows]
		for start in range(0, len(names), 1000):
			for parent, status, changed_on in (
				frappe.qb.from_(change)
				.select(change.parent, change.status, change.changed_on)
				.where(change.parenttype == REQUEST)
				.where(change.parent.isin(names[start : start + 1000]))
				.run()
			):
				histories.setdefault(parent, []).append((changed_on, status))
	return [
		core.RequestFacts(
			name=r["name"],
			received_on=r["received_on"],
			status=r["status"],
			service=r["service"],
			request_type=r["request_type"],
			category=r["category"],
			channel=r["channel"],
			first_responded_on=r["first_responded_on"],
			response_by=r["response_by"],
			resolved_on=r["resolved_on"],
			resolution_by=r["resolution_by"],
			history=tuple(histories.get(r["name"], ())),
			knowledge_assisted=bool(knowledge and r["name"] in knowledge),
		)
		for r in rows
	]


def _requests_between(field: str, start: datetime, end: datetime) -> list[dict]:
	request = frappe.qb.DocType(REQUEST)
	return (
		frappe.qb.from_(request)
		.select(*(request[f] for f in REQUEST_FIELDS))
		.where(request[field] >= start)
		.where(request[field] < end)
		.run(as_dict=True)
	)


def _knowledge_assisted(names: list[str]) -> set[str]:
	if not names:
		return set()
	usage = frappe.qb.DocType("Knowledge Usage")
	found = set()
	for start in range(0, len(names), 1000):
		found.update(
			r[0]
			for r in frappe.qb.from_(usage)
			.select(usage.request)
			.distinct()
			.where(usage.request.isin(names[start : start + 1000]))
			.where(usage.action == "Inserted")
			.run()
		)
	return found


def _ratings_between(start: datetime, end: datetime) -> list[core.RatingFacts]:
	rating = frappe.qb.DocType("Request Satisfaction")
	rows = (
		frappe.qb.from_(rating)
		.select(rating.rating, rating.service, rating.request_type, rating.category, rating.channel, rating.comment)
		.where(rating.submitted_on >= start)
		.where(rating.submitted_on < end)
		.run(as_dict=True)
	)
	return [
		core.RatingFacts(
			rating=r.rating,
			service=r.service,
			request_type=r.request_type,
			category=r.category,
			channel=r.channel,
			has_comment=bool((r.comment or "").strip()),
		)
		for r in rows
	]


def compute_day(day: date) -> dict[core.Key, core.Figures]:
	"""The figures of ``day`` from the requests and ratings (reads only)."""
	start = datetime.combine(day, datetime.min.time())
	end = start + timedelta(days=1)
	received = _request_facts(_requests_between("received_on", start, end))
	resolved_rows = _requests_between("resolved_on", start, end)
	knowledge = _knowledge_assisted([r["name"] for r in resolved_rows])
	resolved = _request_facts(resolved_rows, knowledge, with_history=False)
	return core.day_figures(received, resolved, _ratings_between(start, end), get_lifecycle())


def row_name(grain: str, day: date, key: core.Key) -> str:
	"""A stable name per grain, day and group: recomputing twice at once cannot duplicate rows."""
	digest = hashlib.sha1("\x1f".join(key).encode()).hexdigest()[:12]
	return f"{'M' if grain == MONTH else 'D'}{day.isoformat()}-{digest}"


def _write(grain: str, day: date, figures: dict[core.Key, core.Figures]) -> int:
	frappe.db.delete(DOCTYPE, {"grain": grain, "day": day})
	if not figures:
		return 0
	now = now_datetime()
	values = []
	for key, f in sorted(figures.items()):
		row = f.as_row()
		values.append(
			(row_name(grain, day, key), now, now, "Administrator", "Administrator", 0, 0, grain, day, *(k or None for k in key))
			+ tuple(row[c] for c in VALUE_FIELDS)
		)
	frappe.db.bulk_insert(DOCTYPE, ROW_FIELDS + VALUE_FIELDS, values)
	return len(values)


def recompute_day(day) -> int:
	"""Replace the rows of ``day`` (not its month's: see :func:`recompute_month`); returns how
	many groups it has. No commit."""
	day = getdate(day)
	return _write(DAY, day, compute_day(day))


def recompute_month(month) -> int:
	"""Replace the monthly rows of ``month`` by the sum of its days' rows. No commit."""
	first = getdate(month).replace(day=1)
	table = frappe.qb.DocType(DOCTYPE)
	rows = (
		frappe.qb.from_(table)
		.select(*(table[f] for f in KEY_FIELDS), *(table[f] for f in VALUE_FIELDS))
		.where(table.grain == DAY)
		.where(table.day >= first)
		.where(table.day < core.add_months(first, 1))
		.run(as_dict=True)
	)
	totals: dict[core.Key, core.Figures] = {}
	for row in rows:
		key = core.key_of(row)
		totals.setdefault(key, core.Figures()).add(core.Figures.from_row(row))
	return _write(MONTH, first, totals)


# ---------------------------------------------------------------------------- many days
def recompute_days(days: Iterable, title: str | None = None, commit: bool = True) -> int:
	"""Recompute each day, then the months they belong to (committing after each when
	``commit``), showing progress."""
	days = sorted({getdate(d) for d in days})
	months = sorted({d.replace(day=1) for d in days})
	total, rows = len(days) + len(months), 0
	title = title or _("Updating the quality statistics")
	for index, day in enumerate(days, 1):
		rows += recompute_day(day)
		if commit:
			frappe.db.commit()
		if index % PROGRESS_EVERY == 0:
			_progress(title, index, total, day)
	for index, month in enumerate(months, len(days) + 1):
		recompute_month(month)
		if commit:
			frappe.db.commit()
		if index % PROGRESS_EVERY == 0 or index == total:
			_progress(title, index, total, month)
	return rows


def _progress(title: str, index: int, total: int, day: date) -> None:
	description = _("{0} of {1} days and months ({2})").format(index, total, day.isoformat())
	frappe.publish_progress(index * 100 / total, title=title, description=description)
	if not getattr(frappe.local, "request", None) and not frappe.flags.in_test:
		# bench execute: a progress line on the console
		print(f"\r{title}: {description}", end="\n" if index == total else "", flush=True)


def refresh_dirty() -> int:
	"""Scheduled every 10 minutes: recompute the days marked by changes since the last run."""
	days = []
	while True:
		value = frappe.cache.spop(DIRTY_KEY)
		if value is None:
			break
		days.append(value.decode() if isinstance(value, bytes) else value)
	if not days:
		return 0
	try:
		return recompute_days(days)
	except Exception:
		frappe.db.rollback()
		mark_dirty(days)  # not lost: the next run tries again
		raise


def refresh_recent(days: int = 31) -> int:
	"""Daily: recompute the last ``days`` days."""
	end = getdate(today())
	return recompute_days(end - timedelta(days=n) for n in range(days))


def refresh_year() -> int:
	"""Weekly: recompute the last 400 days (a year of comparisons)."""
	return refresh_recent(400)


def first_day() -> date | None:
	request = frappe.qb.DocType(REQUEST)
	first = frappe.qb.from_(request).select(request.received_on).orderby(request.received_on).limit(1).run()
	return getdate(first[0][0]) if first and first[0][0] else None


def backfill(from_date: str | None = None, to_date: str | None = None) -> int:
	"""Rebuild the statistics of ``[from_date, to_date]`` (default: from the first request to
	today), day by day with a progress bar; safe to interrupt and run again."""
	start = getdate(from_date) if from_date else first_day()
	end = getdate(to_date) if to_date else getdate(today())
	if start is None:
		print(_("No request yet: nothing to compute."))
		return 0
	if start > end:
		frappe.throw(_("The start date must be before the end date"))
	days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
	# rows left outside the range by an earlier base (deleted requests) are not touched
	return recompute_days(days, title=_("Computing the quality statistics"))


def enqueue_backfill(from_date: str | None = None, to_date: str | None = None) -> None:
	frappe.enqueue(
		"citizen_relation.stats.daily.backfill",
		queue="long",
		timeout=4 * 3600,
		job_id="citizen_relation:stats_backfill",
		deduplicate=True,
		from_date=from_date,
		to_date=to_date,
	)
