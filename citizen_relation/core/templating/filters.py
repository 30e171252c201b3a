"""The filters a response template may use: French formats and bounded string helpers.

French formats: ``date_fr`` ("28 novembre 2026"), ``datetime_fr``, ``time_fr`` ("14 h 30"),
``number_fr`` ("1 234,5"), ``amount_fr`` ("86,00 €"), ``phone_fr`` ("01 23 45 67 89"); text:
``striptags``, ``nl2br``, ``join``, ``replace``, ``truncate``... Filters that build text spend the
render budget (:mod:`.limits`); none accepts a list or a group where a single value is expected.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from jinja2 import pass_environment, pass_eval_context
from jinja2.filters import do_default, do_first, do_last, do_round, do_truncate
from jinja2.runtime import LoopContext
from markupsafe import Markup, escape, soft_str

from citizen_relation.core.i18n import N_
from citizen_relation.core.templating.errors import TemplateRuntimeError
from citizen_relation.core.templating.limits import _budget
from citizen_relation.core.text import strip_html

# --- values ----------------------------------------------------------------------------------

_CONTAINERS = (list, tuple, set, frozenset, Mapping, range, LoopContext)


def _scalar(value: object, what: str) -> object:
	if isinstance(value, _CONTAINERS):
		raise TemplateRuntimeError(N_("{0} expects a single value, not a list or a group of variables."), what)
	return value


def _text(value: object, what: str) -> str:
	"""``value`` as text for a string filter, Markup kept; ``None`` is the empty string."""
	if value is None:
		return ""
	return soft_str(_scalar(value, what))


# --- filters ---------------------------------------------------------------------------------

MONTHS_FR = (
	"janvier",
	"février",
	"mars",
	"avril",
	"mai",
	"juin",
	"juillet",
	"août",
	"septembre",
	"octobre",
	"novembre",
	"décembre",
)
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _as_datetime(value: object, what: str) -> date | datetime | None:
	if value is None or value == "":
		return None
	if isinstance(value, (date, datetime)):
		return value
	if isinstance(value, str):
		text = value.strip()
		try:
			if len(text) == 10:
				return date.fromisoformat(text)
			return datetime.fromisoformat(text.replace("Z", "+00:00"))
		except ValueError:
			pass
	raise TemplateRuntimeError(N_("{0} expects a date, got {1!r}."), what, str(value)[:40])


def date_fr(value: object, weekday: bool = False) -> str:
	"""``date(2026, 11, 28)`` → "28 novembre 2026" ("1er" for the first; "samedi 28..." with weekday)."""
	d = _as_datetime(value, "date_fr")
	if d is None:
		return ""
	day = "1er" if d.day == 1 else str(d.day)
	text = f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
	return f"{WEEKDAYS_FR[d.weekday()]} {text}" if weekday else text


def time_fr(value: object) -> str:
	"""``time(14, 30)`` → "14 h 30", ``time(9, 0)`` → "9 h"."""
	if value is None or value == "":
		return ""
	if isinstance(value, str):
		try:
			value = time.fromisoformat(value.strip())
		except ValueError:
			value = _as_datetime(value, "time_fr")
	if not isinstance(value, (time, datetime)):
		raise TemplateRuntimeError(N_("{0} expects a date, got {1!r}."), "time_fr", str(value)[:40])
	return f"{value.hour} h" if value.minute == 0 else f"{value.hour} h {value.minute:02d}"


def datetime_fr(value: object, weekday: bool = False) -> str:
	"""``datetime(2026, 11, 28, 14, 30)`` → "28 novembre 2026 à 14 h 30" (a date: no time)."""
	d = _as_datetime(value, "datetime_fr")
	if d is None:
		return ""
	if not isinstance(d, datetime):
		return date_fr(d, weekday)
	return f"{date_fr(d, weekday)} à {time_fr(d)}"


def number_fr(value: object, decimals: int | None = None) -> str:
	"""``1234.5`` → "1 234,5"; ``decimals`` fixes the number of decimals."""
	if value is None or value == "":
		return ""
	try:
		number = Decimal(str(_scalar(value, "number_fr")).replace(",", "."))
	except InvalidOperation:
		raise TemplateRuntimeError(N_("{0} expects a number, got {1!r}."), "number_fr", str(value)[:40]) from None
	if not number.is_finite() or abs(number) >= Decimal(10) ** 18:
		raise TemplateRuntimeError(N_("{0} expects a number, got {1!r}."), "number_fr", str(value)[:40])
	fixed = max(0, min(int(decimals), 6)) if decimals is not None else 6  # at most 6 decimals
	text = f"{number:,.{fixed}f}"
	if decimals is None and "." in text:
		text = text.rstrip("0").rstrip(".")
	return text.replace(",", " ").replace(".", ",")


def amount_fr(value: object) -> str:
	"""``86`` → "86,00 €"."""
	text = number_fr(value, 2)
	return f"{text} €" if text else ""


_PHONE_DIGITS = re.compile(r"[\s.\-()]")


def phone_fr(value: object) -> str:
	"""``"0123456789"`` → "01 23 45 67 89", ``"+33612345678"`` → "+33 6 12 34 56 78"."""
	text = _text(value, "phone_fr")
	digits = _PHONE_DIGITS.sub("", text)
	if re.fullmatch(r"0\d{9}", digits):
		return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
	if re.fullmatch(r"\+33\d{9}", digits):
		rest = digits[4:]
		return "+33 " + digits[3] + " " + " ".join(rest[i : i + 2] for i in range(0, 8, 2))
	return text


_SPACES = re.compile(r"[ \t\r\f\v]+")


def striptags(value: object) -> str:
	"""Text without HTML tags, entities decoded, runs of spaces collapsed (linear time)."""
	text = _SPACES.sub(" ", strip_html(str(_text(value, "striptags"))))
	return re.sub(r" ?\n[\s]*", "\n", text).strip()


@pass_eval_context
def nl2br(eval_ctx, value: object):
	"""Line breaks of a citizen's text as ``<br>`` in HTML channels (text escaped first)."""
	text = _text(value, "nl2br")
	if not eval_ctx.autoescape:
		return text
	return Markup("<br>\n").join(escape(line) for line in str(text).split("\n"))


@pass_eval_context
def _replace(eval_ctx, value: object, old: object, new: object, count: int | None = None):
	budget = _budget()
	text, old, new = _text(value, "replace"), _text(old, "replace"), _text(new, "replace")
	hits = text.count(old) if old else len(text) + 1
	if count is not None:
		hits = min(hits, max(int(count), 0))
	budget.size(len(text) + hits * max(len(new) - len(old), 0))
	if eval_ctx.autoescape:
		text, old, new = escape(text), escape(old), escape(new)
	return text.replace(old, new, -1 if count is None else max(int(count), 0))


@pass_eval_context
def _join(eval_ctx, value: object, separator: object = ""):
	budget = _budget()
	if isinstance(value, (str, Mapping)) or not isinstance(value, _CONTAINERS):
		raise TemplateRuntimeError(N_("{0} expects a list."), "join")
	items = [_text(x, "join") for x in value]
	separator = _text(separator, "join")
	budget.size(sum(len(x) for x in items) + len(separator) * max(len(items) - 1, 0))
	if eval_ctx.autoescape:
		return Markup(escape(separator)).join(escape(x) for x in items)
	return str(separator).join(str(x) for x in items)


@pass_environment
def _truncate(env, value: object, length: int = 255, killwords: bool = False, end: str = "...", leeway=None):
	return do_truncate(env, _text(value, "truncate"), length, killwords, _text(end, "truncate"), leeway)


def _text_filter(method: str):
	def apply(value: object):
		return getattr(_text(value, method), method)()

	apply.__name__ = method
	return apply


def _trim(value: object, chars: object = None):
	return _text(value, "trim").strip(None if chars is None else str(chars))


def _length(value: object) -> int:
	return len(value)


def _escape(value: object):
	return escape(_text(value, "escape"))


def _string(value: object):
	return _text(value, "string")


def _to_int(value: object, default: int = 0) -> int:
	try:
		if isinstance(value, str):
			return int(float(value.replace(",", "."))) if value.strip() else default
		return int(value)
	except (TypeError, ValueError, OverflowError):
		return default


def _to_float(value: object, default: float = 0.0) -> float:
	try:
		if isinstance(value, str):
			return float(value.replace(",", ".")) if value.strip() else default
		return float(value)
	except (TypeError, ValueError, OverflowError):
		return default


def _abs(value: object):
	return abs(_scalar(value, "abs"))


def _guarded(fn):
	"""Every filter checks the time budget before it runs and bounds what it returns: the
	deadline holds inside filters and chains of filters, and no filter hands on a value larger
	than the output limit (``nl2br``, ``escape``, ``upper``… may grow a text)."""

	@functools.wraps(fn)
	def guarded(*args, **kwargs):
		budget = _budget()
		budget.tick()
		result = fn(*args, **kwargs)
		if isinstance(result, str | list | tuple):
			budget.size(len(result))
		budget.tick()
		return result

	return guarded


FILTERS = {
	"upper": _text_filter("upper"),
	"lower": _text_filter("lower"),
	"capitalize": _text_filter("capitalize"),
	"title": _text_filter("title"),
	"trim": _trim,
	"truncate": _truncate,
	"replace": _replace,
	"striptags": striptags,
	"escape": _escape,
	"e": _escape,
	"string": _string,
	"nl2br": nl2br,
	"default": do_default,
	"d": do_default,
	"first": do_first,
	"last": do_last,
	"length": _length,
	"count": _length,
	"join": _join,
	"int": _to_int,
	"float": _to_float,
	"round": do_round,
	"abs": _abs,
	"date_fr": date_fr,
	"datetime_fr": datetime_fr,
	"time_fr": time_fr,
	"number_fr": number_fr,
	"amount_fr": amount_fr,
	"phone_fr": phone_fr,
}

FILTERS = {name: _guarded(fn) for name, fn in FILTERS.items()}
