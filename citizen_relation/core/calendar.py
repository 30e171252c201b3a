"""Working-time calendar arithmetic for service deadlines.

Model
-----
A :class:`WorkingCalendar` says when a service is open: weekly slots in local wall-clock
time (several per weekday), holidays (whole local dates) and exceptional closures (local
wall-clock ranges, possibly a few hours). An *instant* is open when its local wall-clock
reading falls in a slot of its weekday, on a date that is not a holiday, outside every
closure. This definition is exact on daylight-saving days: on the night clocks go forward
a Sunday slot 01:00–04:00 is open two real hours, on the night they go back four (the
repeated hour is lived twice, open both times); a slot 01:00–02:30 on the night they go
back is open 01:00–02:30 summer time and again 02:00–02:30 winter time. Slots that do not
touch the changing hour (08:30–12:00, …) are unaffected.

*Working time* between two instants is the real duration, in seconds, during which the
calendar is open. All arithmetic is on integers (microseconds), without any loop over the
days or seconds of a span:

* the open time of the weekly pattern up to a wall-clock position is one integer division
  (whole weeks) plus a bisect into the cumulative offsets of the slots in a week;
* holidays and closures are merged into sorted *cuts* with prefix sums of the open time
  they remove, so removing them is another bisect, and moving forward only iterates over
  the cuts it crosses;
* daylight-saving transitions are corrections at the few transition instants inside the
  span, where the wall clock skips or repeats an interval.

Conventions
-----------
* Inputs are timezone-aware datetimes (any zone); results are aware datetimes in UTC,
  because Python compares and subtracts datetimes that share a tzinfo by their wall clock,
  which is wrong across a DST change. Frappe stores naive datetimes in the site time zone:
  adapters attach it (``value.replace(tzinfo=ZoneInfo(site_tz))``) before calling, and
  convert back (``result.astimezone(ZoneInfo(site_tz)).replace(tzinfo=None)``) to store.
* Working time starts at the next opening when the start instant is closed (outside the
  slots, on a holiday, during a closure).
* A deadline whose working time runs out exactly at the end of an opening (a slot end, the
  start of a closure, the eve of a holiday) is that end, never the next opening.
* UTC offsets of the zone are read once per zone and year (one probe per day of that year,
  then a bisection to the second) and cached; zones where two offset changes happen
  within the same 24 hours are not supported (the tz database has none since 1970).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_lib
from dateutil.easter import easter  # python-dateutil: a dependency of holidays

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_

US = 1_000_000  # microseconds in a second
DAY_US = 86_400 * US
WEEK_US = 7 * DAY_US
_UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
# Wall-clock positions count microseconds from 0001-01-01 00:00 (a Monday), so that the
# day index of a position is ``position // DAY_US`` and its weekday ``day index % 7``.
_EPOCH_WALL = (date(1970, 1, 1).toordinal() - 1) * DAY_US

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$")


# --------------------------------------------------------------------------------------
# Plain data


@dataclass(frozen=True, order=True)
class Slot:
	"""A weekly opening ``[start, end)`` in local wall-clock time.

	``weekday`` is 0 for Monday … 6 for Sunday. An ``end`` of ``time(0)`` means midnight at
	the end of the day (24:00); otherwise ``start < end`` on the same day.
	"""

	weekday: int
	start: time
	end: time

	def __post_init__(self):
		if not 0 <= self.weekday <= 6:
			raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {self.weekday!r}")
		if self.start_us >= self.end_us:
			raise ValueError(f"slot must end after it starts: {self.start} – {self.end}")

	@classmethod
	def parse(cls, weekday: int | str, start: time | timedelta | str, end: time | timedelta | str) -> Slot:
		"""Build a slot from loose values, as Frappe rows hold them.

		``weekday``: 0–6 or an English day name ("Monday"). Times: ``datetime.time``,
		``timedelta`` (how MariaDB returns TIME columns) or "HH:MM[:SS[.ffffff]]"; an end of
		"24:00" or ``timedelta(hours=24)`` means midnight at the end of the day.
		"""
		if isinstance(weekday, str):
			name = weekday.strip().lower()
			if name not in WEEKDAYS:
				raise ValueError(f"not an English weekday name: {weekday!r}")
			weekday = WEEKDAYS.index(name)
		return cls(
			weekday, _parse_clock(start, allow_midnight_end=False), _parse_clock(end, allow_midnight_end=True)
		)

	@property
	def start_us(self) -> int:
		"""Start, in microseconds after local midnight."""
		return _time_us(self.start)

	@property
	def end_us(self) -> int:
		"""End, in microseconds after local midnight (``DAY_US`` for 24:00)."""
		return _time_us(self.end) or DAY_US


@dataclass(frozen=True)
class Closure:
	"""An exceptional closure ``[start, end)`` in local wall-clock time (naive datetimes).

	It may be a few hours (an afternoon closed for a ceremony) or several weeks.
	"""

	start: datetime
	end: datetime

	def __post_init__(self):
		if self.start.tzinfo is not None or self.end.tzinfo is not None:
			raise ValueError("closures are local wall-clock ranges: pass naive datetimes")
		if self.end < self.start:
			raise ValueError(f"closure ends before it starts: {self.start} – {self.end}")


@dataclass(frozen=True)
class WorkingCalendar:
	"""When a service is open: weekly slots, a time zone, holidays and closures.

	Built from plain data: ``slots`` may hold :class:`Slot` objects or
	``(weekday, start, end)`` tuples (see :meth:`Slot.parse`), ``closures`` may hold
	:class:`Closure` objects or ``(start, end)`` naive datetime pairs, ``holidays`` any
	iterable of dates (see :func:`french_holidays`). Touching slots are merged; overlapping
	slots and a calendar without any opening raise ``ValueError``.
	"""

	slots: tuple[Slot, ...]
	time_zone: str = "Europe/Paris"
	holidays: frozenset[date] = frozenset()
	closures: tuple[Closure, ...] = ()
	_zone: ZoneInfo = field(init=False, repr=False, compare=False)
	_offsets: _ZoneOffsets = field(init=False, repr=False, compare=False)
	_hours: _Timeline = field(init=False, repr=False, compare=False)
	_days: _Timeline = field(init=False, repr=False, compare=False)
	_risky_years: dict = field(init=False, repr=False, compare=False)

	def __post_init__(self):
		slots = tuple(sorted(s if isinstance(s, Slot) else Slot.parse(*s) for s in self.slots))
		closures = tuple(c if isinstance(c, Closure) else Closure(*c) for c in self.closures)
		set_ = object.__setattr__
		set_(self, "slots", slots)
		set_(self, "holidays", frozenset(self.holidays))
		set_(self, "closures", closures)
		if not slots:
			raise ValueError("a working calendar needs at least one slot")
		pattern = _merge(
			(slot.weekday * DAY_US + slot.start_us, slot.weekday * DAY_US + slot.end_us) for slot in slots
		)
		if sum(end - start for start, end in pattern) != sum(s.end_us - s.start_us for s in slots):
			raise ValueError("slots of the same weekday overlap")
		cuts = _merge(
			[((day.toordinal() - 1) * DAY_US, day.toordinal() * DAY_US) for day in self.holidays]
			+ [(_naive_wall(c.start), _naive_wall(c.end)) for c in closures if c.end > c.start]
		)
		hours = _Timeline(WEEK_US, pattern, cuts)
		set_(self, "_zone", ZoneInfo(self.time_zone))
		set_(self, "_offsets", _zone_offsets(self.time_zone))
		set_(self, "_hours", hours)
		working_weekdays = _merge((s.weekday, s.weekday + 1) for s in slots)
		set_(self, "_days", _Timeline(7, working_weekdays, _dead_days(hours, cuts)))
		set_(self, "_risky_years", {})

	def _risk_free_century(self) -> bool:
		"""Whether no clock change of 2001–2098 skips or repeats open time (memoised)."""
		if "century" not in self._risky_years:
			self._risky_years["century"] = not any(self._has_risky_transition(y) for y in range(2001, 2099))
		return self._risky_years["century"]

	def _has_risky_transition(self, year: int) -> bool:
		"""Whether a clock change of ``year`` skips or repeats open time (memoised per year)."""
		if year not in self._risky_years:
			start, end = _year_start(year) * US, _year_start(year + 1) * US
			hours = self._hours
			self._risky_years[year] = any(
				hours.cumulative(max(before, after)) != hours.cumulative(min(before, after))
				for _, before, after in self._offsets.transitions(start, end)
			)
		return self._risky_years[year]

	def _wall(self, instant: int) -> int:
		"""Local wall-clock position of an instant (microseconds since the Unix epoch)."""
		return instant + _EPOCH_WALL + self._offsets.offset_at(instant)


def check_calendar(time_zone: str, slots: Iterable[tuple], closures: Iterable[tuple] = ()) -> None:
	"""Raise a translatable error on what the desk lets an administrator type wrong.

	``slots``: ``(weekday name, start, end)`` rows; ``closures``: ``(start, end)`` rows.
	Everything accepted here builds a :class:`WorkingCalendar`.
	"""
	try:
		ZoneInfo(time_zone or "")
	except (ZoneInfoNotFoundError, ValueError):
		raise CoreValidationError(N_("{0} is not a known time zone (e.g. Europe/Paris)"), time_zone) from None
	parsed = []
	for weekday, start, end in slots:
		try:
			parsed.append(Slot.parse(weekday, start, end))
		except ValueError:
			raise CoreValidationError(
				N_("The opening of {0} from {1} to {2} must end after it starts"), weekday, start, end
			) from None
	if not parsed:
		raise CoreValidationError(N_("The calendar needs at least one opening"))
	parsed.sort()
	for previous, slot in zip(parsed, parsed[1:]):
		if previous.weekday == slot.weekday and slot.start_us < previous.end_us:
			raise CoreValidationError(N_("Two openings of {0} overlap"), WEEKDAYS[slot.weekday].capitalize())
	for start, end in closures:
		if end <= start:
			raise CoreValidationError(N_("The closure from {0} to {1} must end after it starts"), start, end)


# --------------------------------------------------------------------------------------
# Public arithmetic


def add_working_time(cal: WorkingCalendar, start: datetime, seconds: float) -> datetime:
	"""The earliest instant by which ``seconds`` of working time have elapsed since ``start``.

	Guarantees: ``working_seconds_between(cal, start, result) == seconds`` (to the
	microsecond); the result is open or is the end of an opening (never later than
	needed); it is non-decreasing in both ``start`` and ``seconds``. ``seconds == 0``
	returns ``start`` itself. The result is in UTC. Raises ``ValueError`` for a negative
	amount or a naive datetime.
	"""
	amount = _to_us(seconds)
	if amount < 0:
		raise ValueError("working time to add must not be negative")
	instant = _instant(start)
	if amount == 0:
		return _utc(instant)
	hours, offsets = cal._hours, cal._offsets
	wall = cal._wall(instant)
	while True:
		end_wall = hours.advance(wall, amount)
		candidate = instant + (end_wall - wall)
		crossed = offsets.first_transition(instant, candidate)
		if crossed is None:
			return _utc(candidate)
		# The wall clock jumps at the transition: consume up to it, resume after it.
		at, wall_before, wall_after = crossed
		amount -= hours.cumulative(wall_before) - hours.cumulative(wall)
		instant, wall = at, wall_after


def add_working_time_local(cal: WorkingCalendar, start: datetime, seconds: float) -> datetime:
	""":func:`add_working_time` for naive datetimes of the calendar's own time zone (how Frappe
	stores them when the calendar is in the site's zone), returning a naive local datetime.

	Exactly ``add_working_time(cal, start.replace(tzinfo=zone), seconds)`` in local time, but
	computed on the wall clock in one pass when no clock change inside the span skips or repeats
	open time (a transition at 02:00–03:00 only matters to a service open at night); otherwise it
	falls back to the general algorithm.
	"""
	amount = _to_us(seconds)
	if amount < 0:
		raise ValueError("working time to add must not be negative")
	if start.tzinfo is not None:
		raise ValueError("add_working_time_local takes a naive local datetime")
	wall = _naive_wall(start)
	end_wall = cal._hours.advance(wall, amount) if amount else wall
	end = _WALL_ORIGIN + timedelta(microseconds=end_wall)
	# Conservative: any risky clock change in the years spanned sends the computation to the
	# general algorithm. Most calendars have none in this century: one check, memoised.
	if _CENTURY_WALL[0] <= wall and end_wall <= _CENTURY_WALL[1] and cal._risk_free_century():
		return end
	if any(cal._has_risky_transition(year) for year in range(start.year - 1, end.year + 2)):
		result = add_working_time(cal, start.replace(tzinfo=cal._zone), seconds)
		return result.astimezone(cal._zone).replace(tzinfo=None)
	return end


def working_seconds_between(cal: WorkingCalendar, a: datetime, b: datetime) -> int | float:
	"""Working time in ``[a, b)``, in seconds: an ``int`` when whole, else a ``float``.

	Antisymmetric: negative when ``b`` is before ``a`` (useful for "time left").
	"""
	start, end = _instant(a), _instant(b)
	if end < start:
		return -working_seconds_between(cal, b, a)
	hours = cal._hours
	total = hours.cumulative(cal._wall(end)) - hours.cumulative(cal._wall(start))
	for _, wall_before, wall_after in cal._offsets.transitions(start, end):
		# Forward jump: the skipped wall interval was never lived (subtract its open time);
		# backward jump: the repeated interval was lived twice (add it once more).
		total += hours.cumulative(wall_before) - hours.cumulative(wall_after)
	return _seconds(total)


def is_open(cal: WorkingCalendar, when: datetime) -> bool:
	"""Whether the service is open at this instant (slot ends are closed: ``[start, end)``)."""
	wall = cal._wall(_instant(when))
	return cal._hours.cumulative(wall + 1) > cal._hours.cumulative(wall)


def add_calendar_days(cal: WorkingCalendar, start: datetime, days: int) -> datetime:
	"""The instant at the same local wall-clock time ``days`` calendar days later (in UTC).

	Across a daylight-saving change the real duration is 24 h × days ± 1 h. A wall-clock
	time that does not exist on the target day (clocks forward) is moved forward by the
	gap; an ambiguous one (clocks back) is the first occurrence.
	"""
	local = _utc(_instant(start)).astimezone(cal._zone).replace(tzinfo=None) + timedelta(days=days)
	return local.replace(tzinfo=cal._zone).astimezone(_UTC)


def add_working_days(cal: WorkingCalendar, start: date, days: int) -> date:
	"""The ``days``-th working day strictly after ``start`` (``start`` itself when 0).

	A working day is a date with some wall-clock opening left once holidays and closures
	are removed (a morning closure does not remove the day). An aware datetime counts as its
	local date in the calendar's zone. "Within N working days" means by the end of the
	returned date.
	"""
	if days < 0:
		raise ValueError("working days to add must not be negative")
	if isinstance(start, datetime):
		start = _utc(_instant(start)).astimezone(cal._zone).date()
	if days == 0:
		return start
	# Day positions: the day timeline is open one unit on every working day.
	return date.fromordinal(cal._days.advance(start.toordinal(), days))


def french_holidays(territory: str, years: Iterable[int], whit_monday_worked: bool = False) -> frozenset[date]:
	"""French public holidays of a territory, from the ``holidays`` package.

	``territory``: "metropole"; "alsace-moselle" (Moselle, Bas-Rhin, Haut-Rhin: adds Good
	Friday and 26 December); "guadeloupe", "martinique", "guyane", "la-reunion", "mayotte"
	(each adds the abolition of slavery on its own date: 27 May, 22 May, 10 June,
	20 December, 27 April). Department numbers ("57", "67", "68", "971"…"976"), ISO codes
	("GP", "MQ", "GF", "RE", "YT") and the desk labels of :data:`TERRITORIES`
	("Metropolitan France"…) are accepted too. The subdivision code is picked among
	those the installed ``holidays`` version knows: recent releases use "57", "971"…,
	0.28 used "GES", "GP"….

	``whit_monday_worked``: the service works on Whit Monday (Easter + 50 days), as many
	collectivités do for the *journée de solidarité*; the day is then not a holiday.
	"""
	key = territory.strip().lower()
	canonical = _TERRITORY_ALIASES.get(key, key)
	if canonical not in _TERRITORY_SUBDIVISIONS:
		raise ValueError(f"unknown French territory {territory!r}")
	years = list(years)
	found = frozenset(holidays_lib.France(subdiv=_subdivision(canonical), years=years).keys())
	if whit_monday_worked:
		found -= {whit_monday(year) for year in years}
	return found


def whit_monday(year: int) -> date:
	"""Whit Monday (lundi de Pentecôte) of ``year``: Easter Sunday + 50 days."""
	return easter(year) + timedelta(days=50)


# Labels of the Service Calendar "territory" field (what the desk stores) → territory codes.
TERRITORIES: dict[str, str] = {
	"Metropolitan France": "metropole",
	"Alsace-Moselle": "alsace-moselle",
	"Guadeloupe": "guadeloupe",
	"Martinique": "martinique",
	"French Guiana": "guyane",
	"La Réunion": "la-reunion",
	"Mayotte": "mayotte",
}

# Subdivision codes of holidays.France: current naming first, then that of holidays 0.28.
_TERRITORY_SUBDIVISIONS = {
	"metropole": (),
	"alsace-moselle": ("57", "GES"),
	"guadeloupe": ("971", "GP"),
	"martinique": ("972", "MQ"),
	"guyane": ("973", "GY"),
	"la-reunion": ("974", "RE"),
	"mayotte": ("976", "YT"),
}
_TERRITORY_ALIASES = {
	"métropole": "metropole",
	"57": "alsace-moselle",
	"67": "alsace-moselle",
	"68": "alsace-moselle",
	"alsace": "alsace-moselle",
	"moselle": "alsace-moselle",
	"971": "guadeloupe",
	"gp": "guadeloupe",
	"972": "martinique",
	"mq": "martinique",
	"973": "guyane",
	"gf": "guyane",
	"974": "la-reunion",
	"re": "la-reunion",
	"la réunion": "la-reunion",
	"reunion": "la-reunion",
	"976": "mayotte",
	"yt": "mayotte",
} | {label.lower(): code for label, code in TERRITORIES.items()}


def _subdivision(territory: str) -> str | None:
	candidates = _TERRITORY_SUBDIVISIONS[territory]
	if not candidates:
		return None
	known = set(holidays_lib.France.subdivisions) | set(
		getattr(holidays_lib.France, "subdivisions_aliases", ())
	)
	for code in candidates:
		if code in known:
			return code
	raise RuntimeError(f"the installed holidays package knows none of {candidates} for {territory}")


# --------------------------------------------------------------------------------------
# Periodic timeline with cuts


class _Timeline:
	"""Cumulative open measure along an integer axis.

	The axis is open on a periodic ``pattern`` (sorted, disjoint ``(start, end)`` within one
	``period``) except inside ``cuts`` (sorted, disjoint, non-touching intervals).
	``cumulative(x)`` is the open measure from an arbitrary origin to ``x``: continuous,
	non-decreasing and piecewise linear, so measures are differences of two calls.
	"""

	__slots__ = (
		"_before",
		"_cut_ends",
		"_cut_level",
		"_cut_removed",
		"_cut_starts",
		"_ends",
		"_per_period",
		"_period",
		"_starts",
		"_through",
	)

	def __init__(self, period: int, pattern: Sequence[tuple[int, int]], cuts: Sequence[tuple[int, int]]):
		self._period = period
		self._starts = [start for start, _ in pattern]
		self._ends = [end for _, end in pattern]
		self._before, self._through, total = [], [], 0
		for start, end in pattern:
			self._before.append(total)
			total += end - start
			self._through.append(total)
		self._per_period = total
		self._cut_starts = [start for start, _ in cuts]
		self._cut_ends = [end for _, end in cuts]
		# _cut_removed[k]: base measure removed by cuts before k; _cut_level[k]: the
		# cumulative measure inside cut k (flat there).
		self._cut_removed, self._cut_level, removed = [0], [], 0
		for start, end in cuts:
			self._cut_level.append(self._base(start) - removed)
			removed += self._base(end) - self._base(start)
			self._cut_removed.append(removed)

	def _base(self, x: int) -> int:
		"""Open measure of the pattern alone, from the axis origin to ``x``."""
		weeks, rest = divmod(x, self._period)
		i = bisect_right(self._starts, rest) - 1
		if i < 0:
			return weeks * self._per_period
		return weeks * self._per_period + min(self._before[i] + rest - self._starts[i], self._through[i])

	def _base_inverse(self, level: int) -> int:
		"""The smallest ``x`` with ``_base(x) >= level``."""
		weeks, rest = divmod(level, self._per_period)
		if rest == 0:
			return (weeks - 1) * self._period + self._ends[-1]
		j = bisect_left(self._through, rest)
		return weeks * self._period + self._starts[j] + rest - self._before[j]

	def cumulative(self, x: int) -> int:
		"""Open measure from the axis origin to ``x``, cuts removed."""
		k = bisect_left(self._cut_starts, x)
		if k == 0:
			return self._base(x)
		if x < self._cut_ends[k - 1]:
			return self._cut_level[k - 1]
		return self._base(x) - self._cut_removed[k]

	def advance(self, x: int, amount: int) -> int:
		"""The smallest ``y`` with ``cumulative(y) - cumulative(x) == amount`` (``amount > 0``).

		No walk over the cuts: the target level falls before the first cut whose flat level
		reaches it (a bisection), and between two cuts ``cumulative`` is the pattern's
		measure minus what the earlier cuts removed.
		"""
		level = self.cumulative(x) + amount
		k = bisect_left(self._cut_level, level)
		return self._base_inverse(level + self._cut_removed[k])


def _dead_days(hours: _Timeline, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
	"""Day ranges (day indices) left without any opening by the cuts."""
	dead = []
	for start, end in cuts:
		first_full, after_full = -(-start // DAY_US), end // DAY_US
		if first_full < after_full:
			dead.append((first_full, after_full))
		for day in {start // DAY_US, (end - 1) // DAY_US}:
			if hours.cumulative((day + 1) * DAY_US) == hours.cumulative(day * DAY_US):
				dead.append((day, day + 1))
	return _merge(dead)


def _merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
	"""Sorted union of intervals, touching ones joined, empty ones dropped."""
	merged: list[tuple[int, int]] = []
	for start, end in sorted(intervals):
		if end <= start:
			continue
		if merged and start <= merged[-1][1]:
			if end > merged[-1][1]:
				merged[-1] = (merged[-1][0], end)
		else:
			merged.append((start, end))
	return merged


# --------------------------------------------------------------------------------------
# Time zone offsets


class _ZoneOffsets:
	"""UTC offsets of a zone as a sorted list of transitions, read lazily by whole years."""

	def __init__(self, zone: ZoneInfo):
		self._zone = zone
		# (covered from, covered to, transition instants, offsets after them, offset before
		# the first), replaced as a whole so that readers never see a half-built table.
		self._table: tuple[int, int, list[int], list[int], int] = (0, 0, [], [], 0)
		self._years: tuple[int, int] | None = None

	def offset_at(self, instant: int) -> int:
		_, _, times, offsets, initial = self._cover(instant, instant)
		i = bisect_right(times, instant)
		return offsets[i - 1] if i else initial

	def transitions(self, start: int, end: int) -> list[tuple[int, int, int]]:
		"""``(instant, wall before, wall after)`` of the transitions in ``(start, end]``."""
		_, _, times, offsets, initial = self._cover(start, end)
		first, last = bisect_right(times, start), bisect_right(times, end)
		return [
			(
				times[i],
				times[i] + _EPOCH_WALL + (offsets[i - 1] if i else initial),
				times[i] + _EPOCH_WALL + offsets[i],
			)
			for i in range(first, last)
		]

	def first_transition(self, start: int, before: int) -> tuple[int, int, int] | None:
		"""The first transition in ``(start, before)``, if any."""
		found = self.transitions(start, before - 1)
		return found[0] if found else None

	def _cover(self, start: int, end: int) -> tuple[int, int, list[int], list[int], int]:
		table = self._table
		if table[0] <= start and end < table[1]:
			return table
		first, last = _year_of(start) - 1, _year_of(end) + 1
		if self._years:
			first, last = min(first, self._years[0]), max(last, self._years[1])
		self._years = (first, last)
		self._table = table = self._read(first, last)
		return table

	def _read(self, first_year: int, last_year: int) -> tuple[int, int, list[int], list[int], int]:
		"""Transitions of ``[first_year, last_year]``: daily probes, then bisection to the second."""
		day, stop = _year_start(first_year), _year_start(last_year + 1)
		initial = previous = self._offset(day)
		times, offsets = [], []
		while day < stop:
			following = day + 86_400
			offset = self._offset(following)
			if offset != previous:
				lo, hi = day, following
				while hi - lo > 1:
					mid = (lo + hi) // 2
					if self._offset(mid) == previous:
						lo = mid
					else:
						hi = mid
				times.append(hi * US)
				offsets.append(offset)
				previous = offset
			day = following
		return (_year_start(first_year) * US, stop * US, times, offsets, initial)

	def _offset(self, epoch_second: int) -> int:
		offset = (_EPOCH + timedelta(seconds=epoch_second)).astimezone(self._zone).utcoffset()
		return (offset.days * 86_400 + offset.seconds) * US + offset.microseconds


@cache
def _zone_offsets(key: str) -> _ZoneOffsets:
	return _ZoneOffsets(ZoneInfo(key))


def _year_start(year: int) -> int:
	"""Unix time (seconds) of 1 January of ``year``, 00:00 UTC."""
	return (date(year, 1, 1).toordinal() - date(1970, 1, 1).toordinal()) * 86_400


def _year_of(instant: int) -> int:
	return (_EPOCH + timedelta(microseconds=instant)).year


# --------------------------------------------------------------------------------------
# Conversions


def _instant(value: datetime) -> int:
	"""Microseconds since the Unix epoch of an aware datetime."""
	if value.tzinfo is None or value.utcoffset() is None:
		raise ValueError(
			"naive datetime: attach the site time zone in the adapter, e.g. value.replace(tzinfo=ZoneInfo(tz))"
		)
	delta = value - _EPOCH
	return (delta.days * 86_400 + delta.seconds) * US + delta.microseconds


def _utc(instant: int) -> datetime:
	return _EPOCH + timedelta(microseconds=instant)


_WALL_ORIGIN = datetime(1, 1, 1)
_CENTURY_WALL = ((date(2002, 1, 1).toordinal() - 1) * DAY_US, (date(2098, 1, 1).toordinal() - 1) * DAY_US)


def _naive_wall(value: datetime) -> int:
	return (value.toordinal() - 1) * DAY_US + _time_us(value.time())


def _time_us(value: time) -> int:
	return ((value.hour * 60 + value.minute) * 60 + value.second) * US + value.microsecond


def _to_us(seconds: float) -> int:
	return seconds * US if isinstance(seconds, int) else round(seconds * US)


def _seconds(microseconds: int) -> int | float:
	whole, rest = divmod(microseconds, US)
	return whole if rest == 0 else microseconds / US


def _parse_clock(value: time | timedelta | str, *, allow_midnight_end: bool) -> time:
	if isinstance(value, time):
		return value
	if isinstance(value, timedelta):
		total = value // timedelta(microseconds=1)
	else:
		match = _CLOCK.match(value.strip())
		if not match:
			raise ValueError(f"not a clock time: {value!r}")
		hour, minute, second, fraction = match.groups()
		total = ((int(hour) * 60 + int(minute)) * 60 + int(second or 0)) * US + int(
			(fraction or "0").ljust(6, "0")
		)
		if int(minute) > 59 or int(second or 0) > 59:
			raise ValueError(f"not a clock time: {value!r}")
	if total == DAY_US and allow_midnight_end:
		return time(0)
	if not 0 <= total < DAY_US:
		raise ValueError(f"clock time out of range: {value!r}")
	whole, micro = divmod(total, US)
	return time(whole // 3600, whole // 60 % 60, whole % 60, micro)
