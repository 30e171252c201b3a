"""Quality statistics of the public service, as plain data.

What a request *counts for* in the statistics is decided here, from its fields and its status
history read through the site's :class:`~citizen_relation.core.lifecycle.Lifecycle` (never from
status names), so that the daily aggregate, the reports and the public page agree:

- **cohort facts**, attributed to the day the request was **received**: received, merged into
  another report (a duplicate: a report the service did not have to handle twice), resolved at
  first contact, reopened, first response (time and deadline);
- **resolution facts**, attributed to the day of its current **resolution**: resolved, time to
  resolve (calendar time from reception), resolution deadline met or missed, answered with the
  help of the knowledge base;
- **ratings**, attributed to the day the citizen rated.

Durations are kept in :class:`Histogram` s (logarithmic buckets, eight per doubling), which add
up across days, services and channels; medians and 90th percentiles read from them are within
9 % of the exact value (interpolated inside a bucket).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.lifecycle import DONE, FULFILLED, OPEN, PAUSED, Lifecycle

# A request resolved in one go — within this delay of its reception, without ever waiting in a
# paused status and without being reopened — was resolved at first contact (a counter or phone
# answer, a quick fix).
FIRST_CONTACT_WINDOW = timedelta(hours=24)

# ---------------------------------------------------------------------------------------------
# histograms of durations
# ---------------------------------------------------------------------------------------------

BUCKET_BASE_SECONDS = 60.0  # bucket 0: under a minute
BUCKETS_PER_DOUBLING = 8  # ratio 2 ** (1 / 8) ≈ 1.09 between bucket edges
MAX_BUCKET = 8 * 21  # 60 s × 2 ** 21 ≈ 4 years; longer durations are kept in the last bucket


def bucket_of(seconds: float) -> int:
	"""The bucket of a duration (negative durations — clock skew — count as zero)."""
	if seconds < BUCKET_BASE_SECONDS:
		return 0
	index = math.floor(BUCKETS_PER_DOUBLING * math.log2(seconds / BUCKET_BASE_SECONDS)) + 1
	return min(index, MAX_BUCKET)


def bucket_bounds(index: int) -> tuple[float, float]:
	"""``[low, high)`` seconds of a bucket."""
	if index <= 0:
		return 0.0, BUCKET_BASE_SECONDS
	low = BUCKET_BASE_SECONDS * 2 ** ((index - 1) / BUCKETS_PER_DOUBLING)
	high = BUCKET_BASE_SECONDS * 2 ** (index / BUCKETS_PER_DOUBLING)
	return low, high


@dataclass
class Histogram:
	"""Counts of durations per logarithmic bucket (sparse), mergeable and serialisable."""

	counts: dict[int, int] = field(default_factory=dict)

	@classmethod
	def of(cls, durations: Iterable[float]) -> Histogram:
		histogram = cls()
		for seconds in durations:
			histogram.add(seconds)
		return histogram

	def add(self, seconds: float, count: int = 1) -> None:
		index = bucket_of(seconds)
		self.counts[index] = self.counts.get(index, 0) + count

	def merge(self, other: Histogram) -> Histogram:
		for index, count in other.counts.items():
			self.counts[index] = self.counts.get(index, 0) + count
		return self

	def __add__(self, other: Histogram) -> Histogram:
		return Histogram(dict(self.counts)).merge(other)

	@property
	def total(self) -> int:
		return sum(self.counts.values())

	def quantile(self, q: float) -> float | None:
		"""The ``q``-quantile in seconds (``None`` when empty), interpolated geometrically
		inside its bucket (linearly in the first one)."""
		if not 0 <= q <= 1:
			raise CoreValidationError(N_("A quantile is between 0 and 1"))
		total = self.total
		if not total:
			return None
		rank = q * total
		seen = 0
		for index in sorted(self.counts):
			count = self.counts[index]
			if count <= 0:
				continue
			if seen + count >= rank:
				fraction = (rank - seen) / count
				low, high = bucket_bounds(index)
				if index == 0:
					return low + (high - low) * fraction
				return low * (high / low) ** fraction
			seen += count
		low, high = bucket_bounds(max(self.counts))
		return high

	@property
	def median(self) -> float | None:
		return self.quantile(0.5)

	@property
	def p90(self) -> float | None:
		return self.quantile(0.9)

	def share_below(self, seconds: float) -> float | None:
		"""Fraction of the durations under ``seconds`` (bucket resolution)."""
		total = self.total
		if not total:
			return None
		limit = bucket_of(seconds)
		return sum(c for i, c in self.counts.items() if i < limit) / total

	def coarse(self, edges_seconds: Sequence[float]) -> list[int]:
		"""Counts in the coarse classes ``[0, e1), [e1, e2), …, [en, ∞)`` (for charts); a fine
		bucket is put in the class holding its middle (geometric mean of its bounds)."""
		result = [0] * (len(edges_seconds) + 1)
		for index, count in self.counts.items():
			low, high = bucket_bounds(index)
			middle = (low + high) / 2 if index == 0 else math.sqrt(low * high)
			position = sum(1 for edge in edges_seconds if middle >= edge)
			result[position] += count
		return result

	def dumps(self) -> str:
		"""``"3:12,40:1"`` (bucket:count, sorted); empty string when empty."""
		return ",".join(f"{i}:{c}" for i, c in sorted(self.counts.items()) if c)

	@classmethod
	def loads(cls, text: str | None) -> Histogram:
		histogram = cls()
		for part in (text or "").split(","):
			if not part:
				continue
			index, _sep, count = part.partition(":")
			try:
				histogram.counts[int(index)] = histogram.counts.get(int(index), 0) + int(count)
			except ValueError:
				raise CoreValidationError(N_("Invalid histogram: {0}"), part) from None
		return histogram


# Classes of the distribution charts (seconds): < 1 h, 1–4 h, 4–24 h, 1–3 d, 3–7 d, 7–14 d, 14–30 d, ≥ 30 d
HOUR, DAY = 3600, 86_400
DURATION_CLASSES = (HOUR, 4 * HOUR, DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY)
DURATION_CLASS_LABELS = (
	N_("Under 1 hour"),
	N_("1 to 4 hours"),
	N_("4 to 24 hours"),
	N_("1 to 3 days"),
	N_("3 to 7 days"),
	N_("7 to 14 days"),
	N_("14 to 30 days"),
	N_("30 days or more"),
)

# Backlog ages (days since reception): 0–2, 3–7, 8–14, 15–30, 31–90, over 90
AGE_EDGES_DAYS = (3, 8, 15, 31, 91)
AGE_LABELS = (
	N_("0 to 2 days"),
	N_("3 to 7 days"),
	N_("8 to 14 days"),
	N_("15 to 30 days"),
	N_("31 to 90 days"),
	N_("Over 90 days"),
)


def age_class(received_on: datetime, now: datetime) -> int:
	"""Index in :data:`AGE_LABELS` of a request received at ``received_on``."""
	days = (now - received_on).total_seconds() / DAY
	return sum(1 for edge in AGE_EDGES_DAYS if days >= edge)


# ---------------------------------------------------------------------------------------------
# what one request counts for
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Path:
	"""What a request's status history says, read through the lifecycle's categories."""

	first_resolution: datetime | None  # first entry into a fulfilled or done status
	resolved_once: bool
	reopened: bool  # went back from fulfilled/done to open/paused at least once
	first_contact: bool  # resolved within the window, without waiting (no paused status), never reopened
	merged: bool


def read_path(
	history: Iterable[tuple[datetime, str]],
	status: str | None,
	lifecycle: Lifecycle,
	received_on: datetime | None = None,
	window: timedelta = FIRST_CONTACT_WINDOW,
) -> Path:
	"""The :class:`Path` of a request from its ``(changed_on, status)`` history (any order) and
	its current ``status`` (which wins when the history is incomplete)."""
	changes = sorted((at, s) for at, s in history if at is not None and s)
	categories = [lifecycle.category_of(s) for _at, s in changes]
	resolved = (FULFILLED, DONE)
	active = (OPEN, PAUSED)
	first_resolution = next((at for (at, _s), c in zip(changes, categories) if c in resolved), None)
	reopened = any(
		previous in resolved and current in active for previous, current in pairwise(categories)
	)
	merged = lifecycle.is_merged(status)
	first_index = next((i for i, c in enumerate(categories) if c in resolved), None)
	# handled in one go: only open statuses before the first resolution (nobody waited)
	direct = first_index is not None and all(c == OPEN for c in categories[:first_index])
	start = received_on or (changes[0][0] if changes else None)
	within = bool(direct and start is not None and first_resolution - start <= window)
	current_resolved = lifecycle.is_resolved(status)
	return Path(
		first_resolution=first_resolution,
		resolved_once=first_resolution is not None or current_resolved,
		reopened=reopened,
		first_contact=within and current_resolved and not reopened and not merged,
		merged=merged,
	)


@dataclass(frozen=True)
class RequestFacts:
	"""The fields of a request the statistics read (naive local datetimes, as stored)."""

	name: str
	received_on: datetime
	status: str | None
	service: str | None = None
	request_type: str | None = None
	category: str | None = None
	channel: str | None = None
	first_responded_on: datetime | None = None
	response_by: datetime | None = None
	resolved_on: datetime | None = None
	resolution_by: datetime | None = None
	history: tuple[tuple[datetime, str], ...] = ()
	knowledge_assisted: bool = False


@dataclass(frozen=True)
class RatingFacts:
	rating: int
	service: str | None = None
	request_type: str | None = None
	category: str | None = None
	channel: str | None = None
	has_comment: bool = False


Key = tuple[str, str, str, str]  # service, request type, category, channel ("" when unknown)


def key_of(item) -> Key:
	return (item.service or "", item.request_type or "", item.category or "", item.channel or "")


# Counters of a day (or of any sum of days); the names are the aggregate doctype's fields.
COUNTERS = (
	"received", "merged", "first_contact", "resolved_once", "reopened",
	"responded", "response_on_time", "response_late", "response_seconds",
	"resolved", "resolution_on_time", "resolution_late", "resolution_seconds", "knowledge_assisted",
	"ratings", "rating_sum", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5", "rating_comments",
)


@dataclass
class Figures:
	"""Sums of counters and histograms over any set of days and groups, and the indicators
	derived from them (``None`` when the denominator is zero: "no data", not 0 %)."""

	received: int = 0
	merged: int = 0
	first_contact: int = 0
	resolved_once: int = 0
	reopened: int = 0
	responded: int = 0
	response_on_time: int = 0
	response_late: int = 0
	response_seconds: float = 0.0
	resolved: int = 0
	resolution_on_time: int = 0
	resolution_late: int = 0
	resolution_seconds: float = 0.0
	knowledge_assisted: int = 0
	ratings: int = 0
	rating_sum: int = 0
	rating_1: int = 0
	rating_2: int = 0
	rating_3: int = 0
	rating_4: int = 0
	rating_5: int = 0
	rating_comments: int = 0
	response_histogram: Histogram = field(default_factory=Histogram)
	resolution_histogram: Histogram = field(default_factory=Histogram)

	# ---------------------------------------------------------------- building
	@classmethod
	def from_row(cls, row: Mapping) -> Figures:
		"""From an aggregate row (a mapping with the counters and the two serialised histograms)."""
		values = {name: row.get(name) or 0 for name in COUNTERS}
		return cls(
			**values,
			response_histogram=Histogram.loads(row.get("response_histogram")),
			resolution_histogram=Histogram.loads(row.get("resolution_histogram")),
		)

	@classmethod
	def total(cls, rows: Iterable) -> Figures:
		result = cls()
		for row in rows:
			result.add(row if isinstance(row, Figures) else cls.from_row(row))
		return result

	def add(self, other: Figures) -> Figures:
		for name in COUNTERS:
			setattr(self, name, getattr(self, name) + getattr(other, name))
		self.response_histogram.merge(other.response_histogram)
		self.resolution_histogram.merge(other.resolution_histogram)
		return self

	def __add__(self, other: Figures) -> Figures:
		return replace(
			self,
			response_histogram=Histogram(dict(self.response_histogram.counts)),
			resolution_histogram=Histogram(dict(self.resolution_histogram.counts)),
		).add(other)

	def as_row(self) -> dict:
		row = {name: getattr(self, name) for name in COUNTERS}
		row["response_histogram"] = self.response_histogram.dumps()
		row["resolution_histogram"] = self.resolution_histogram.dumps()
		return row

	def is_empty(self) -> bool:
		return not any(getattr(self, name) for name in COUNTERS)

	# ---------------------------------------------------------------- indicators
	@property
	def handled(self) -> int:
		"""Reports the service had to handle: received minus those merged into another."""
		return self.received - self.merged

	@property
	def first_contact_rate(self) -> float | None:
		return ratio(self.first_contact, self.resolved_once)

	@property
	def reopen_rate(self) -> float | None:
		return ratio(self.reopened, self.resolved_once)

	@property
	def response_on_time_rate(self) -> float | None:
		return ratio(self.response_on_time, self.response_on_time + self.response_late)

	@property
	def resolution_on_time_rate(self) -> float | None:
		return ratio(self.resolution_on_time, self.resolution_on_time + self.resolution_late)

	@property
	def knowledge_rate(self) -> float | None:
		return ratio(self.knowledge_assisted, self.resolved)

	@property
	def merged_rate(self) -> float | None:
		return ratio(self.merged, self.received)

	@property
	def average_rating(self) -> float | None:
		return ratio(self.rating_sum, self.ratings)

	@property
	def csat(self) -> float | None:
		"""Share of ratings of 4 or 5 out of 5 (the usual CSAT)."""
		return ratio(self.rating_4 + self.rating_5, self.ratings)

	@property
	def dissatisfied(self) -> int:
		return self.rating_1 + self.rating_2

	@property
	def rating_response_rate(self) -> float | None:
		"""Ratings received per request resolved in the same period."""
		return ratio(self.ratings, self.resolved)

	@property
	def median_response(self) -> float | None:
		return self.response_histogram.median

	@property
	def p90_response(self) -> float | None:
		return self.response_histogram.p90

	@property
	def median_resolution(self) -> float | None:
		return self.resolution_histogram.median

	@property
	def p90_resolution(self) -> float | None:
		return self.resolution_histogram.p90

	@property
	def average_resolution(self) -> float | None:
		return ratio(self.resolution_seconds, self.resolved)

	@property
	def average_response(self) -> float | None:
		return ratio(self.response_seconds, self.responded)

	@property
	def rating_counts(self) -> list[int]:
		return [self.rating_1, self.rating_2, self.rating_3, self.rating_4, self.rating_5]


def ratio(numerator: float, denominator: float) -> float | None:
	return numerator / denominator if denominator else None


def _seconds(start: datetime | None, end: datetime | None) -> float | None:
	if start is None or end is None:
		return None
	return max(0.0, (end - start).total_seconds())


def day_figures(
	received: Iterable[RequestFacts],
	resolved: Iterable[RequestFacts],
	ratings: Iterable[RatingFacts],
	lifecycle: Lifecycle,
) -> dict[Key, Figures]:
	"""The figures of one day, by (service, type, category, channel).

	``received``: the requests received that day; ``resolved``: those whose current resolution
	started that day (``resolved_on``); ``ratings``: the ratings given that day.
	"""
	by_key: dict[Key, Figures] = {}

	def figures(item) -> Figures:
		key = key_of(item)
		if key not in by_key:
			by_key[key] = Figures()
		return by_key[key]

	for request in received:
		f = figures(request)
		path = read_path(request.history, request.status, lifecycle, request.received_on)
		f.received += 1
		if path.merged:
			f.merged += 1
			continue  # its master is handled, timed and counted for it
		f.resolved_once += path.resolved_once
		f.reopened += path.reopened
		f.first_contact += path.first_contact
		responded = min(
			(t for t in (request.first_responded_on, path.first_resolution) if t is not None), default=None
		)
		seconds = _seconds(request.received_on, responded)
		if seconds is not None:
			f.responded += 1
			f.response_seconds += seconds
			f.response_histogram.add(seconds)
			if request.response_by is not None:
				if responded <= request.response_by:
					f.response_on_time += 1
				else:
					f.response_late += 1

	for request in resolved:
		if request.resolved_on is None or not lifecycle.is_resolved(request.status):
			continue
		f = figures(request)
		seconds = _seconds(request.received_on, request.resolved_on)
		f.resolved += 1
		f.resolution_seconds += seconds
		f.resolution_histogram.add(seconds)
		f.knowledge_assisted += bool(request.knowledge_assisted)
		if request.resolution_by is not None:
			if request.resolved_on <= request.resolution_by:
				f.resolution_on_time += 1
			else:
				f.resolution_late += 1

	for rating in ratings:
		if not 1 <= int(rating.rating or 0) <= 5:
			continue
		f = figures(rating)
		f.ratings += 1
		f.rating_sum += int(rating.rating)
		setattr(f, f"rating_{int(rating.rating)}", getattr(f, f"rating_{int(rating.rating)}") + 1)
		f.rating_comments += bool(rating.has_comment)

	return {key: f for key, f in by_key.items() if not f.is_empty()}


# ---------------------------------------------------------------------------------------------
# periods
# ---------------------------------------------------------------------------------------------

PERIODS = (
	"Last 30 days",
	"This month",
	"Last month",
	"Last 3 months",
	"Last 12 months",
	"This year",
	"Last year",
	"Date range",
)
PERIOD_LABELS = (
	N_("Last 30 days"),
	N_("This month"),
	N_("Last month"),
	N_("Last 3 months"),
	N_("Last 12 months"),
	N_("This year"),
	N_("Last year"),
	N_("Date range"),
)


def add_months(day: date, months: int) -> date:
	"""The same day ``months`` later (or earlier), clamped to the month's last day."""
	month_index = day.year * 12 + day.month - 1 + months
	year, month = divmod(month_index, 12)
	month += 1
	last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
	return date(year, month, min(day.day, last))


def month_start(day: date) -> date:
	return day.replace(day=1)


@dataclass(frozen=True)
class Period:
	"""Days ``[start, end)``."""

	start: date
	end: date

	def __post_init__(self):
		if self.end <= self.start:
			raise CoreValidationError(N_("The start date must be before the end date"))

	@property
	def days(self) -> int:
		return (self.end - self.start).days

	@property
	def last_day(self) -> date:
		return self.end - timedelta(days=1)

	def is_whole_months(self) -> bool:
		return self.start.day == 1 and self.end.day == 1

	def previous(self) -> Period:
		"""The period just before, of the same length (whole months stay whole months)."""
		if self.is_whole_months():
			months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
			return Period(add_months(self.start, -months), self.start)
		return Period(self.start - timedelta(days=self.days), self.start)

	def year_before(self) -> Period:
		return Period(add_months(self.start, -12), add_months(self.end, -12))

	def months(self) -> list[date]:
		"""First days of the months the period touches."""
		result, current = [], month_start(self.start)
		while current < self.end:
			result.append(current)
			current = add_months(current, 1)
		return result


def named_period(name: str | None, today: date, start: date | None = None, end: date | None = None) -> Period:
	"""The period a dashboard filter names, relative to ``today`` (``end`` included for a range)."""
	name = name or "Last 12 months"
	tomorrow = today + timedelta(days=1)
	if name == "Last 30 days":
		return Period(tomorrow - timedelta(days=30), tomorrow)
	if name == "This month":
		return Period(month_start(today), tomorrow)
	if name == "Last month":
		return Period(add_months(month_start(today), -1), month_start(today))
	if name == "Last 3 months":
		return Period(add_months(month_start(today), -2), tomorrow)
	if name == "Last 12 months":
		return Period(add_months(month_start(today), -11), tomorrow)
	if name == "This year":
		return Period(date(today.year, 1, 1), tomorrow)
	if name == "Last year":
		return Period(date(today.year - 1, 1, 1), date(today.year, 1, 1))
	if name == "Date range":
		if not start or not end:
			raise CoreValidationError(N_("Choose the first and the last day of the period"))
		return Period(start, end + timedelta(days=1))
	raise CoreValidationError(N_("Unknown period {0}"), name)


def month_period(month: date) -> Period:
	first = month_start(month)
	return Period(first, add_months(first, 1))


def change(current: float | None, reference: float | None) -> float | None:
	"""Relative change from ``reference`` to ``current`` (0.08 = +8 %), ``None`` when unknown."""
	if current is None or reference in (None, 0):
		return None
	return (current - reference) / reference


def grain_start(day: date, grain: str) -> date:
	"""The first day of the ``grain`` ("Daily", "Weekly" (Monday), "Monthly", "Quarterly",
	"Yearly") holding ``day``."""
	if grain == "Daily":
		return day
	if grain == "Weekly":
		return day - timedelta(days=day.weekday())
	if grain == "Monthly":
		return day.replace(day=1)
	if grain == "Quarterly":
		return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
	if grain == "Yearly":
		return date(day.year, 1, 1)
	raise CoreValidationError(N_("Unknown time interval {0}"), grain)


def grain_steps(period: Period, grain: str) -> list[date]:
	"""Every grain start from the one holding ``period.start`` to the one holding its last day."""
	steps, current = [], grain_start(period.start, grain)
	last = grain_start(period.last_day, grain)
	while current <= last:
		steps.append(current)
		if grain == "Daily":
			current += timedelta(days=1)
		elif grain == "Weekly":
			current += timedelta(days=7)
		elif grain == "Monthly":
			current = add_months(current, 1)
		elif grain == "Quarterly":
			current = add_months(current, 3)
		else:
			current = date(current.year + 1, 1, 1)
	return steps


def top_with_other(totals: Mapping[str, float], limit: int) -> list[str]:
	"""The ``limit`` largest keys (ties by name); the rest is grouped by the caller as "Other"."""
	ordered = sorted(totals, key=lambda k: (-totals[k], k))
	return ordered[:limit]


# ---------------------------------------------------------------------------------------------
# reading the aggregate
# ---------------------------------------------------------------------------------------------

DAY_ROWS, MONTH_ROWS = "Day", "Month"


def reading_segments(period: Period, today_: date, daily: bool = False) -> list[tuple[str, date, date]]:
	"""How to read ``period`` from the aggregate: ``(grain, start, end)`` ranges of monthly rows
	for its whole months and of daily rows for the days before the first and after the last
	whole month (a month still running counts as whole when the period reaches past ``today_``:
	nothing exists after today). ``daily``: daily rows only (daily and weekly charts)."""
	if daily:
		return [(DAY_ROWS, period.start, period.end)]
	result: list[tuple[str, date, date]] = []
	current = period.start
	if current.day != 1:
		boundary = min(add_months(current.replace(day=1), 1), period.end)
		result.append((DAY_ROWS, current, boundary))
		current = boundary
	while current < period.end:
		following = add_months(current, 1)
		if following <= period.end or period.end > today_:
			result.append((MONTH_ROWS, current, following))
		else:
			result.append((DAY_ROWS, current, period.end))
		current = following
	merged: list[tuple[str, date, date]] = []
	for grain, start, end in result:
		if merged and merged[-1][0] == grain and merged[-1][2] == start:
			merged[-1] = (grain, merged[-1][1], end)
		else:
			merged.append((grain, start, end))
	return merged


# ---------------------------------------------------------------------------------------------
# indicators and comparisons (monthly report, report of figures)
# ---------------------------------------------------------------------------------------------

COUNT, PERCENT, DURATION, RATING = "count", "percent", "duration", "rating"


@dataclass(frozen=True)
class Indicator:
	"""A figure of the quality report. ``better``: +1 when higher is better, -1 when lower is
	better, 0 when neither (volumes). Percentages are fractions; durations are seconds."""

	key: str
	label: str
	unit: str
	better: int
	attribute: str

	def value(self, figures: Figures) -> float | None:
		return getattr(figures, self.attribute)


INDICATORS = (
	Indicator("received", N_("Requests received"), COUNT, 0, "received"),
	Indicator("merged", N_("Duplicate reports merged (not handled twice)"), COUNT, 0, "merged"),
	Indicator("handled", N_("Requests to handle"), COUNT, 0, "handled"),
	Indicator("resolved", N_("Requests resolved"), COUNT, 0, "resolved"),
	Indicator("median_response", N_("Median time to answer"), DURATION, -1, "median_response"),
	Indicator("p90_response", N_("90 % answered within"), DURATION, -1, "p90_response"),
	Indicator("median_resolution", N_("Median time to resolve"), DURATION, -1, "median_resolution"),
	Indicator("p90_resolution", N_("90 % resolved within"), DURATION, -1, "p90_resolution"),
	Indicator("response_on_time", N_("Answered within the deadline"), PERCENT, 1, "response_on_time_rate"),
	Indicator("resolution_on_time", N_("Resolved within the deadline"), PERCENT, 1, "resolution_on_time_rate"),
	Indicator("first_contact", N_("Resolved at first contact"), PERCENT, 1, "first_contact_rate"),
	Indicator("reopened", N_("Reopened after resolution"), PERCENT, -1, "reopen_rate"),
	Indicator("knowledge", N_("Resolved with the help of the knowledge base"), PERCENT, 1, "knowledge_rate"),
	Indicator("ratings", N_("Ratings received"), COUNT, 0, "ratings"),
	Indicator("rating_response", N_("Ratings per resolved request"), PERCENT, 1, "rating_response_rate"),
	Indicator("average_rating", N_("Average rating (out of 5)"), RATING, 1, "average_rating"),
	Indicator("csat", N_("Satisfied citizens (rated 4 or 5)"), PERCENT, 1, "csat"),
)
INDICATOR_BY_KEY = {i.key: i for i in INDICATORS}


def delta(indicator: Indicator, current: float | None, reference: float | None) -> float | None:
	"""Relative change for counts and durations; difference (in points) for percentages and ratings."""
	if current is None or reference is None:
		return None
	if indicator.unit in (PERCENT, RATING):
		return current - reference
	return change(current, reference)


def verdict(indicator: Indicator, difference: float | None, tolerance: float = 0.02) -> str:
	"""``"better"``, ``"worse"``, ``"stable"`` or ``"unknown"`` (``"up"``/``"down"`` for neutral volumes)."""
	if difference is None:
		return "unknown"
	threshold = tolerance if indicator.unit != RATING else 0.1
	if abs(difference) < threshold:
		return "stable"
	if indicator.better == 0:
		return "up" if difference > 0 else "down"
	return "better" if difference * indicator.better > 0 else "worse"


@dataclass(frozen=True)
class Comparison:
	indicator: Indicator
	current: float | None
	previous: float | None
	year_ago: float | None

	@property
	def change_previous(self) -> float | None:
		return delta(self.indicator, self.current, self.previous)

	@property
	def change_year(self) -> float | None:
		return delta(self.indicator, self.current, self.year_ago)

	@property
	def verdict_previous(self) -> str:
		return verdict(self.indicator, self.change_previous)

	@property
	def verdict_year(self) -> str:
		return verdict(self.indicator, self.change_year)


def compare(current: Figures, previous: Figures, year_ago: Figures) -> list[Comparison]:
	return [Comparison(i, i.value(current), i.value(previous), i.value(year_ago)) for i in INDICATORS]
