"""Render response templates (e-mail, letter, SMS) safely with Jinja2.

The adapter passes the template source as typed by an agent, a context of plain data (dicts,
lists, strings, numbers, dates) built from the request, and the channel::

	render("Bonjour {{ citizen.first_name }}, votre demande {{ request.reference }} ...",
		{"citizen": {"first_name": "Léa"}, "request": {"reference": "DEM-2026-000123"}}, "sms")
	→ Rendered(text="Bonjour Léa, votre demande DEM-2026-000123 ...", segments=1, encoding="GSM-7", ...)

Templates are untrusted: they run in a sandbox that is stricter than Jinja's own
(``jinja2.sandbox``):

* attributes: only the keys of the context dicts, a handful of string methods (``upper``...),
  date parts (``year``...) and ``loop`` attributes; anything starting with ``_`` is refused,
  so are ``format``, ``mro``, ``func_globals``... (no attribute walk to Python internals);
* no ``include``/``import``/``extends``/``macro``/``call``/block assignments/``autoescape``
  tags, no ``self``, no Jinja globals but a bounded ``range`` (no ``cycler``, ``joiner``,
  ``namespace``, ``lipsum``, ``dict``), a short list of filters (no ``attr``, ``format``,
  ``safe``, ``map``...), no ``%`` string formatting;
* resources are bounded: source length, ``range`` size, total loop iterations, size of every
  string or list the template builds (``*``, ``+``, ``~``, ``join``, ``replace``), output size,
  and wall-clock time (checked at every loop iteration, operation and output chunk).

HTML channels (e-mail, letter, portal) autoescape the context values; SMS and plain text do not.
Block tags follow ``trim_blocks``/``lstrip_blocks``: a line holding only ``{% if %}`` leaves no
blank line (write ``{% endif +%}`` to keep the newline after a tag).
Unknown variables fail (``StrictUndefined``); every missing catalogue value is ``None`` and
renders as an empty string. Dates render in French ("28 novembre 2026").

Every error is a :class:`TemplateError` (a ``CoreValidationError``) whose message is an English
template with its arguments, ending with the template line when known.
"""

from __future__ import annotations

import contextvars
import math
import re
import time as _time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from jinja2 import exceptions as jinja_exceptions
from jinja2 import nodes, pass_environment, pass_eval_context
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.filters import do_default, do_first, do_last, do_round, do_truncate
from jinja2.meta import find_undeclared_variables
from jinja2.runtime import LoopContext, StrictUndefined, Undefined, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup, escape, soft_str
from rapidfuzz import fuzz, process

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.text import has_html_tag, strip_html

# --- errors ------------------------------------------------------------------------------------


class TemplateError(CoreValidationError):
	"""A template that cannot be saved or rendered. ``lineno`` is the template line, if known."""

	def __init__(self, message: str, *args: object, lineno: int | None = None):
		self.base_message = message
		self.base_args = args
		self.lineno = lineno
		if lineno is not None:
			message = message + " (line {" + str(len(args)) + "})"
			args = (*args, lineno)
		super().__init__(message, *args, field="template")

	def with_line(self, lineno: int | None) -> TemplateError:
		if lineno is None or self.lineno is not None:
			return self
		return type(self)(self.base_message, *self.base_args, lineno=lineno)


class TemplateSyntaxError(TemplateError):
	"""The source is not a valid template (or uses an unknown filter or test)."""


class UnknownVariableError(TemplateError):
	"""The template uses a variable that is neither in the catalogue nor in the context."""


class TemplateSecurityError(TemplateError):
	"""The template tries something the sandbox forbids."""


class TemplateLimitError(TemplateSecurityError):
	"""The template exceeds a resource limit (size, loops, time): a denial-of-service guard."""


class TemplateRuntimeError(TemplateError):
	"""The template failed while rendering (bad value for a filter, division by zero...)."""


class SmsTooLongError(TemplateError):
	"""The rendered SMS needs more segments than allowed."""


class Message(str):
	"""A warning as text (English), keeping its translatable template and arguments for adapters."""

	message: str
	args_: tuple

	def __new__(cls, message: str, *args: object):
		self = super().__new__(cls, message.format(*args) if args else message)
		self.message = message
		self.args_ = args
		return self


# --- variable catalogue ------------------------------------------------------------------------

VARIABLES: dict[str, str] = {
	"request.reference": "Référence de la demande (ex. DEM-2026-000123)",
	"request.subject": "Objet de la demande",
	"request.description": "Description de la demande, telle que saisie par l'usager",
	"request.status": "Statut de la demande",
	"request.received_on": "Date de réception de la demande",
	"request.request_type": "Type de demande",
	"request.tracking_url": "Lien de suivi de la demande pour l'usager",
	"request.missing_documents": "Pièces manquantes au dossier (liste), à fournir pour le compléter",
	"citizen.full_name": "Nom complet de l'usager",
	"citizen.first_name": "Prénom de l'usager",
	"citizen.last_name": "Nom de famille de l'usager",
	"citizen.email": "Adresse e-mail de l'usager",
	"citizen.phone": "Téléphone de l'usager",
	"service.name": "Service chargé de la demande",
	"service.email": "Adresse e-mail du service",
	"service.phone": "Téléphone du service",
	"service.address": "Adresse postale du service",
	"deadlines.response_by": "Date limite de réponse à l'usager",
	"deadlines.resolution_by": "Date limite de résolution de la demande",
	"deadlines.implicit_decision_on": "Date à laquelle, faute de réponse, une décision implicite naît",
	"deadlines.implicit_decision": "Sens de la décision implicite : « acceptation » ou « rejet » (vide si sans objet)",
	"agent.full_name": "Nom de l'agent qui répond",
	"collectivite.name": "Nom de la collectivité",
}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(name.split(".")[0] for name in VARIABLES))
_LIST_VARIABLES = frozenset({"request.missing_documents"})

SAMPLE_CONTEXT: dict[str, dict] = {
	"request": {
		"reference": "DEM-2026-000123",
		"subject": "Lampadaire éteint rue des Lilas",
		"description": "Le lampadaire devant le 12 rue des Lilas ne s'allume plus.",
		"status": "En cours",
		"received_on": date(2026, 11, 28),
		"request_type": "Éclairage public",
		"tracking_url": "https://www.example.fr/suivi/abc123",
		"missing_documents": ("Justificatif de domicile",),
	},
	"citizen": {
		"full_name": "Léa Martin",
		"first_name": "Léa",
		"last_name": "Martin",
		"email": "lea.martin@example.fr",
		"phone": "0612345678",
	},
	"service": {
		"name": "Services techniques",
		"email": "services.techniques@example.fr",
		"phone": "0123456789",
		"address": "Place de la République, 75000 Exemple",
	},
	"deadlines": {
		"response_by": date(2026, 12, 5),
		"resolution_by": date(2026, 12, 12),
		"implicit_decision_on": date(2027, 1, 28),
		"implicit_decision": "acceptation",
	},
	"agent": {"full_name": "Paul Durand"},
	"collectivite": {"name": "Ville d'Exemple"},
}


# --- channels and limits -----------------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
	name: str
	html: bool
	sms: bool = False


CHANNELS: dict[str, Channel] = {
	"email": Channel("email", html=True),
	"letter": Channel("letter", html=True),
	"portal": Channel("portal", html=True),
	"sms": Channel("sms", html=False, sms=True),
	"text": Channel("text", html=False),
}
_CHANNEL_ALIASES = {
	"e-mail": "email",
	"mail": "email",
	"courrier": "letter",
	"web": "portal",
	"plain": "text",
}


def get_channel(channel: str | Channel) -> Channel:
	if isinstance(channel, Channel):
		return channel
	key = (channel or "").strip().lower()
	key = _CHANNEL_ALIASES.get(key, key)
	if key not in CHANNELS:
		raise TemplateError(N_("Unknown channel {0}; expected one of {1}."), channel, ", ".join(CHANNELS))
	return CHANNELS[key]


@dataclass(frozen=True)
class Limits:
	max_source_chars: int = 20_000
	max_output_chars: int = 100_000  # also the largest string or list a template may build
	max_iterations: int = 10_000  # loop iterations over the whole rendering
	max_range: int = 1_000
	max_int_bits: int = 4_096
	max_seconds: float = 1.0
	sms_max_segments: int = 3


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Rendered:
	"""The rendered text (HTML for e-mail/letter/portal) and what the agent should know about it."""

	text: str
	channel: str
	html: bool
	segments: int | None = None  # SMS only
	encoding: str | None = None  # SMS only: "GSM-7" or "UCS-2"
	length: int | None = None  # SMS only: characters as counted by the network (septets or UTF-16 units)
	warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Validation:
	"""Result of :func:`validate`: the catalogue variables used, and warnings for the editor."""

	variables: tuple[str, ...]
	warnings: tuple[str, ...] = ()
	preview: Rendered | None = None


# --- per-render budget -------------------------------------------------------------------------


class _Budget:
	__slots__ = ("deadline", "iterations", "limits")

	def __init__(self, limits: Limits):
		self.limits = limits
		self.deadline = _time.monotonic() + limits.max_seconds
		self.iterations = 0

	def tick(self) -> None:
		if _time.monotonic() > self.deadline:
			raise TemplateLimitError(N_("The template took more than {0} s to render."), self.limits.max_seconds)

	def spend(self, n: int) -> None:
		self.iterations += n
		if self.iterations > self.limits.max_iterations:
			raise TemplateLimitError(
				N_("The template loops more than {0} times in total."), self.limits.max_iterations
			)
		self.tick()

	def size(self, n: int) -> None:
		if n > self.limits.max_output_chars:
			raise TemplateLimitError(
				N_("The template builds a value of {0} characters or items, more than {1}."),
				n,
				self.limits.max_output_chars,
			)


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("template_budget", default=None)


class _NoBudget(Exception):
	"""Raised when a guarded helper runs outside :func:`render` (e.g. Jinja's constant folding)."""


def _budget() -> _Budget:
	budget = _BUDGET.get()
	if budget is None:
		raise _NoBudget()
	return budget


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


# Called from the instrumented template code (see ``_instrument``).


def _loop_guard(iterable):
	budget = _budget()
	try:
		n = len(iterable)
	except TypeError:
		return _counted(iterable, budget)
	budget.spend(n)
	return iterable


def _counted(iterable, budget: _Budget):
	for item in iterable:
		budget.spend(1)
		yield item


@pass_eval_context
def _concat(eval_ctx, *parts):
	budget = _budget()
	texts = [soft_str(_scalar(p, "The ~ operator")) for p in parts]
	budget.size(sum(len(t) for t in texts))
	budget.tick()
	return markup_join(texts) if eval_ctx.autoescape else str_join(texts)


_LOOP_GUARD = f"{__name__}._loop_guard"
_CONCAT = f"{__name__}._concat"


# --- filters -----------------------------------------------------------------------------------

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

# Names a template may not even mention: Jinja globals removed from the sandbox, Python
# builtins and the objects other template engines (Flask, Frappe) expose.
FORBIDDEN_NAMES = frozenset(
	"""
	self caller varargs kwargs cycler joiner namespace lipsum dict
	config request_context session url_for get_flashed_messages current_app
	frappe os sys subprocess builtins getattr setattr globals locals vars eval exec
	""".split()
)

# Attribute names that lead to Python internals (old and new spellings), refused on any object.
FORBIDDEN_ATTRIBUTES = frozenset(
	"""
	mro format format_map func_globals func_code func_closure func_defaults im_func im_self im_class
	f_globals f_locals f_back f_builtins f_code gi_frame gi_code cr_frame cr_code ag_frame ag_code
	tb_frame tb_next co_code
	""".split()
)

_FORBIDDEN_NODES: dict[type, str] = {
	nodes.Extends: "extends",
	nodes.Include: "include",
	nodes.Import: "import",
	nodes.FromImport: "from ... import",
	nodes.Macro: "macro",
	nodes.CallBlock: "call",
	nodes.AssignBlock: "set ... endset",
	nodes.FilterBlock: "filter",
	nodes.Block: "block",
	nodes.EvalContextModifier: "autoescape",
}

_STR_METHODS = frozenset("upper lower title capitalize strip lstrip rstrip startswith endswith".split())
_DATE_ATTRS = frozenset("year month day".split())
_TIME_ATTRS = frozenset("hour minute".split())
_LOOP_ATTRS = frozenset(
	"index index0 revindex revindex0 first last length cycle previtem nextitem depth depth0 changed".split()
)


def _allowed_attributes(obj: object) -> frozenset[str]:
	if isinstance(obj, str):
		return _STR_METHODS
	if isinstance(obj, datetime):
		return _DATE_ATTRS | _TIME_ATTRS
	if isinstance(obj, date):
		return _DATE_ATTRS
	if isinstance(obj, time):
		return _TIME_ATTRS
	if isinstance(obj, LoopContext):
		return _LOOP_ATTRS
	return frozenset()


def _finalize(value: object) -> object:
	"""How a ``{{ value }}`` prints: None empty, dates in French, no lists or groups."""
	if value is None:
		return ""
	if isinstance(value, Undefined):
		return value  # printing it raises the undefined-variable error
	if isinstance(value, datetime):
		return datetime_fr(value)
	if isinstance(value, date):
		return date_fr(value)
	if isinstance(value, time):
		return time_fr(value)
	if isinstance(value, _CONTAINERS):
		raise TemplateRuntimeError(
			N_("A list or a group of variables cannot be printed as is; print one of its values or use |join.")
		)
	if callable(value):
		raise TemplateRuntimeError(N_("A function cannot be printed; call it with ()."))
	return value


# --- the sandbox -------------------------------------------------------------------------------


class _Record(Mapping):
	"""A read-only group of context values that knows its path, for clear error messages."""

	__slots__ = ("_data", "_path")

	def __init__(self, path: str, data: dict):
		self._path = path
		self._data = data

	def __getitem__(self, key):
		return self._data[key]

	def __iter__(self):
		return iter(self._data)

	def __len__(self) -> int:
		return len(self._data)

	def __repr__(self) -> str:
		return f"<{self._path}>"


class ResponseTemplateEnvironment(ImmutableSandboxedEnvironment):
	"""Jinja's immutable sandbox, narrowed to plain data and bounded in time and size."""

	intercepted_binops = frozenset(["+", "*", "**", "%"])

	def __init__(self, autoescape: bool):
		super().__init__(
			autoescape=autoescape,
			undefined=StrictUndefined,
			finalize=_finalize,
			loader=None,
			trim_blocks=True,
			lstrip_blocks=True,
			auto_reload=False,
		)
		self.globals.clear()
		self.globals["range"] = _range
		self.filters.clear()
		self.filters.update(FILTERS)

	# attribute and item access: plain data only

	def getattr(self, obj, attribute):
		if not isinstance(attribute, str):
			return self.undefined(obj=obj, name=attribute)
		if attribute.startswith("_") or attribute in FORBIDDEN_ATTRIBUTES:
			raise SecurityError(f"access to {attribute!r} is not allowed")
		if isinstance(obj, Undefined):
			return getattr(obj, attribute)
		if isinstance(obj, _Record):
			if attribute in obj:
				return obj[attribute]
			return self.undefined(
				hint=f"{obj._path}.{attribute} is not a known variable", obj=obj, name=attribute
			)
		if isinstance(obj, Mapping):
			try:
				return obj[attribute]
			except KeyError:
				return self.undefined(obj=obj, name=attribute)
		if attribute in _allowed_attributes(obj):
			return getattr(obj, attribute)
		raise SecurityError(f"{attribute!r} is not available on a {type(obj).__name__} value")

	def getitem(self, obj, argument):
		if isinstance(argument, str):
			if argument.startswith("_") or argument in FORBIDDEN_ATTRIBUTES:
				raise SecurityError(f"access to {argument!r} is not allowed")
			if isinstance(obj, Mapping) and not isinstance(obj, Undefined):
				return self.getattr(obj, argument)
		if isinstance(obj, Undefined):
			return obj[argument]
		if isinstance(obj, (str, tuple, list, range)) and isinstance(argument, int):
			try:
				return obj[argument]
			except IndexError:
				return self.undefined(obj=obj, name=argument)
		if isinstance(argument, str):
			return self.getattr(obj, argument)
		return self.undefined(obj=obj, name=argument)

	def call_binop(self, context, operator, left, right):
		budget = _budget()
		budget.tick()
		if operator == "%" and isinstance(left, str):
			raise SecurityError("string formatting with % is not allowed")
		sequences = (str, list, tuple)
		if operator == "+" and isinstance(left, sequences) and isinstance(right, sequences):
			budget.size(len(left) + len(right))
		elif operator == "*":
			if isinstance(left, sequences) and isinstance(right, int):
				budget.size(len(left) * max(right, 0))
			elif isinstance(right, sequences) and isinstance(left, int):
				budget.size(len(right) * max(left, 0))
			elif isinstance(left, int) and isinstance(right, int):
				self._check_bits(abs(left).bit_length() + abs(right).bit_length(), budget)
		elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
			self._check_bits(max(abs(left).bit_length(), 1) * right, budget)
		return self.binop_table[operator](left, right)

	@staticmethod
	def _check_bits(bits: int, budget: _Budget) -> None:
		if bits > budget.limits.max_int_bits:
			raise TemplateLimitError(N_("The template computes a number too large to print."))

	# static checks and instrumentation of every parsed template

	def _parse(self, source, name, filename):
		tree = super()._parse(source, name, filename)
		_check_tree(tree, self)
		_instrument(tree)
		return tree


def _range(*args: int) -> range:
	budget = _budget()
	if len(args) > 3 or not all(isinstance(a, int) for a in args):
		raise TemplateRuntimeError(N_("range() takes one to three whole numbers."))
	r = range(*args)
	if len(r) > budget.limits.max_range:
		raise TemplateLimitError(N_("range() is limited to {0} values."), budget.limits.max_range)
	return r


def _check_tree(tree: nodes.Template, env: ResponseTemplateEnvironment) -> None:
	for node in tree.find_all(nodes.Node):
		for node_type, tag in _FORBIDDEN_NODES.items():
			if isinstance(node, node_type):
				raise TemplateSecurityError(
					N_("The {0} tag is not allowed in response templates."), tag, lineno=node.lineno
				)
		if isinstance(node, nodes.For) and node.recursive:
			raise TemplateSecurityError(N_("Recursive loops are not allowed."), lineno=node.lineno)
		elif isinstance(node, nodes.Name):
			if node.name.startswith("_") or node.name in FORBIDDEN_NAMES:
				raise TemplateSecurityError(
					N_("{0} is not available in templates."), node.name, lineno=node.lineno
				)
		elif isinstance(node, nodes.Getattr):
			if node.attr.startswith("_") or node.attr in FORBIDDEN_ATTRIBUTES:
				raise TemplateSecurityError(N_("Access to {0} is not allowed."), node.attr, lineno=node.lineno)
		elif isinstance(node, nodes.Getitem):
			arg = node.arg
			if (
				isinstance(arg, nodes.Const)
				and isinstance(arg.value, str)
				and (arg.value.startswith("_") or arg.value in FORBIDDEN_ATTRIBUTES)
			):
				raise TemplateSecurityError(N_("Access to {0} is not allowed."), arg.value, lineno=node.lineno)
		elif isinstance(node, nodes.Filter) and node.name not in env.filters:
			if node.name in JINJA_FILTERS:
				raise TemplateSecurityError(
					N_("The filter {0} is not allowed in response templates."), node.name, lineno=node.lineno
				)
			raise TemplateSyntaxError(
				N_("Unknown filter {0}; available filters: {1}."),
				node.name,
				", ".join(sorted(env.filters)),
				lineno=node.lineno,
			)
		elif isinstance(node, nodes.Test) and node.name not in env.tests:
			raise TemplateSyntaxError(N_("Unknown test {0}."), node.name, lineno=node.lineno)


def _instrument(tree: nodes.Template) -> None:
	"""Count loop iterations and bound ``~`` concatenations (see ``_loop_guard``, ``_concat``)."""
	for node in list(tree.find_all(nodes.For)):
		node.iter = nodes.Call(
			nodes.ImportedName(_LOOP_GUARD, lineno=node.lineno),
			[node.iter],
			[],
			None,
			None,
			lineno=node.lineno,
		)
	# Concat nodes are replaced in their parents (a node cannot replace itself), until none is left.
	changed = True
	while changed:
		changed = False
		for parent in list(tree.find_all(nodes.Node)):
			for field_name, value in parent.iter_fields():
				if isinstance(value, nodes.Concat):
					setattr(parent, field_name, _guarded_concat(value))
					changed = True
				elif isinstance(value, list):
					for i, item in enumerate(value):
						if isinstance(item, nodes.Concat):
							value[i] = _guarded_concat(item)
							changed = True


def _guarded_concat(node: nodes.Concat) -> nodes.Call:
	return nodes.Call(
		nodes.ImportedName(_CONCAT, lineno=node.lineno), node.nodes, [], None, None, lineno=node.lineno
	)


_ENVIRONMENTS: dict[bool, ResponseTemplateEnvironment] = {}


def _environment(html_channel: bool) -> ResponseTemplateEnvironment:
	env = _ENVIRONMENTS.get(html_channel)
	if env is None:
		env = _ENVIRONMENTS[html_channel] = ResponseTemplateEnvironment(autoescape=html_channel)
	return env


# --- compiling and error translation -----------------------------------------------------------


def _template_line(exc: BaseException) -> int | None:
	line = None
	for frame, lineno in traceback.walk_tb(exc.__traceback__):
		if frame.f_code.co_filename == "<template>":
			line = lineno
	return line


def _translate(exc: BaseException) -> TemplateError:
	lineno = _template_line(exc)
	if isinstance(exc, TemplateError):
		return exc.with_line(lineno)
	if isinstance(exc, jinja_exceptions.TemplateSyntaxError):
		return TemplateSyntaxError(N_("Syntax error: {0}"), exc.message or str(exc), lineno=exc.lineno)
	if isinstance(exc, SecurityError):
		return TemplateSecurityError(N_("Forbidden in templates: {0}"), str(exc), lineno=lineno)
	if isinstance(exc, jinja_exceptions.UndefinedError):
		return UnknownVariableError(N_("Unknown variable: {0}"), exc.message or str(exc), lineno=lineno)
	if isinstance(exc, (RecursionError, MemoryError)):
		return TemplateLimitError(N_("The template is too complex to render."), lineno=lineno)
	return TemplateRuntimeError(
		N_("Rendering failed: {0}: {1}"), type(exc).__name__, str(exc)[:200], lineno=lineno
	)


@lru_cache(maxsize=256)
def _compile(source: str, html_channel: bool):
	try:
		return _environment(html_channel).from_string(source)
	except TemplateError:
		raise
	except jinja_exceptions.TemplateSyntaxError as exc:
		raise _translate(exc) from None
	except (RecursionError, MemoryError, SyntaxError, ValueError):
		raise TemplateSyntaxError(N_("The template is too complex (nesting too deep).")) from None


def _compiled(source: str, html_channel: bool, limits: Limits):
	if not isinstance(source, str):
		raise TemplateError(N_("A template source must be text."))
	if len(source) > limits.max_source_chars:
		raise TemplateLimitError(
			N_("The template has {0} characters, more than {1}."), len(source), limits.max_source_chars
		)
	return _compile(source, html_channel)


# --- context -----------------------------------------------------------------------------------


def _plain(value: object, path: str, depth: int = 0) -> object:
	if depth > 6:
		raise TypeError(f"template context too deep at {path}")
	if value is None or isinstance(value, (bool, int, float, Decimal, date, time)):
		return value
	if isinstance(value, str):
		return str(value)  # a Markup from the adapter is escaped like any text
	if isinstance(value, Mapping):
		data = {}
		for key, item in value.items():
			if not isinstance(key, str) or key.startswith("_"):
				raise TypeError(f"template context key {key!r} at {path} must be text not starting with _")
			data[key] = _plain(item, f"{path}.{key}", depth + 1)
		return _Record(path, data)
	if isinstance(value, (list, tuple)):
		return tuple(_plain(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
	raise TypeError(f"template context value at {path} must be plain data, not {type(value).__name__}")


def prepare_context(context: Mapping | None) -> dict[str, object]:
	"""The context a template sees: every catalogue variable present (``None`` when unknown),
	extra keys kept, everything converted to read-only plain data (anything else is a TypeError)."""
	skeleton: dict[str, dict] = {group: {} for group in GROUPS}
	for name in VARIABLES:
		group, key = name.split(".", 1)
		skeleton[group][key] = () if name in _LIST_VARIABLES else None
	merged: dict[str, object] = dict(skeleton)
	for key, value in (context or {}).items():
		if not isinstance(key, str) or key.startswith("_") or not key.isidentifier():
			raise TypeError(f"template context key {key!r} must be an identifier not starting with _")
		if key in skeleton and isinstance(value, Mapping):
			merged[key] = {**skeleton[key], **value}
		else:
			merged[key] = value
	return {key: _plain(value, key) for key, value in merged.items()}


def sample_context() -> dict[str, dict]:
	"""Realistic values for every catalogue variable, for previews and save-time checks."""
	return {group: dict(values) for group, values in SAMPLE_CONTEXT.items()}


# --- SMS ---------------------------------------------------------------------------------------

GSM7_BASIC = frozenset(
	"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
_SMS_PUNCTUATION = str.maketrans(
	{
		"\u2019": "'",
		"\u2018": "'",
		"\u201c": '"',
		"\u201d": '"',
		"\u00ab": '"',
		"\u00bb": '"',
		"\u2013": "-",
		"\u2014": "-",
		"\u2026": "...",
		"\u00a0": " ",
		"\u202f": " ",
		"\u2009": " ",
		"\t": " ",
	}
)


@dataclass(frozen=True)
class SmsInfo:
	encoding: str  # "GSM-7" or "UCS-2"
	length: int  # septets (extension characters count 2) or UTF-16 code units
	segments: int
	non_gsm: tuple[str, ...] = field(default=())


def sms_info(text: str) -> SmsInfo:
	"""Encoding, length and segment count of an SMS: 160/153 GSM-7 septets, else 70/67 UCS-2 units."""
	non_gsm = tuple(dict.fromkeys(c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENSION))
	if not non_gsm:
		length = sum(2 if c in GSM7_EXTENSION else 1 for c in text)
		single, multi, encoding = 160, 153, "GSM-7"
	else:
		length = len(text.encode("utf-16-le")) // 2
		single, multi, encoding = 70, 67, "UCS-2"
	segments = 0 if length == 0 else 1 if length <= single else math.ceil(length / multi)
	return SmsInfo(encoding, length, segments, non_gsm)


def _sms_text(text: str) -> tuple[str, list[str]]:
	warnings = []
	replaced = sorted({c for c in text if c in "\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026"})
	text = text.translate(_SMS_PUNCTUATION)
	if replaced:
		warnings.append(
			Message(N_("Typographic characters replaced to stay in the GSM-7 alphabet: {0}"), " ".join(replaced))
		)
	lines = [line.rstrip() for line in text.strip().split("\n")]
	text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
	text = re.sub(r" {2,}", " ", text)
	if has_html_tag(text):
		warnings.append(Message(N_("The SMS contains HTML tags, which phones show as is.")))
	return text, warnings


# --- public API --------------------------------------------------------------------------------


def render(
	template_source: str,
	context: Mapping | None,
	channel: str | Channel,
	*,
	limits: Limits | None = None,
	sms_max_segments: int | None = None,
) -> Rendered:
	"""Render ``template_source`` for ``channel`` ("email", "letter", "portal", "sms", "text").

	``context`` maps catalogue groups (``request``, ``citizen``...) to dicts of plain values; it
	may hold extra keys. Raises a :class:`TemplateError` subclass, with the line when known.
	"""
	limits = limits or DEFAULT_LIMITS
	ch = get_channel(channel)
	template = _compiled(template_source, ch.html, limits)
	variables = prepare_context(context)
	budget = _Budget(limits)
	token = _BUDGET.set(budget)
	size = 0
	parts: list[str] = []
	try:
		for chunk in template.generate(variables):
			size += len(chunk)
			if size > limits.max_output_chars:
				raise TemplateLimitError(N_("The rendered text exceeds {0} characters."), limits.max_output_chars)
			budget.tick()
			parts.append(chunk)
	except Exception as exc:  # noqa: BLE001 - every failure inside the template becomes a TemplateError
		raise _translate(exc) from None
	finally:
		_BUDGET.reset(token)
	text = "".join(parts)

	warnings: list[str] = []
	if not ch.sms:
		if not text.strip():
			warnings.append(Message(N_("The template renders an empty text.")))
		return Rendered(text=text, channel=ch.name, html=ch.html, warnings=tuple(warnings))

	text, warnings = _sms_text(text)
	info = sms_info(text)
	if not text:
		warnings.append(Message(N_("The template renders an empty text.")))
	if info.encoding == "UCS-2":
		characters = " ".join(info.non_gsm[:10])
		warnings.append(
			Message(
				N_("Characters outside the GSM-7 alphabet ({0}) limit each SMS segment to 70 characters."),
				characters,
			)
		)
	max_segments = sms_max_segments if sms_max_segments is not None else limits.sms_max_segments
	if info.segments > max_segments:
		raise SmsTooLongError(
			N_("The SMS has {0} characters ({1}) and needs {2} segments, more than the maximum of {3}."),
			info.length,
			info.encoding,
			info.segments,
			max_segments,
		)
	return Rendered(
		text=text,
		channel=ch.name,
		html=False,
		segments=info.segments,
		encoding=info.encoding,
		length=info.length,
		warnings=tuple(warnings),
	)


def validate(
	template_source: str,
	*,
	channel: str | Channel | None = None,
	extra_variables: tuple[str, ...] | list[str] = (),
	limits: Limits | None = None,
) -> Validation:
	"""Save-time check: syntax, sandbox rules, and every variable in the catalogue
	(``extra_variables`` adds names such as ``"custom.field"`` or ``"custom"``).

	With ``channel``, the template is also rendered with :data:`SAMPLE_CONTEXT` to catch runtime
	errors and to preview the SMS length; the preview is returned.
	"""
	limits = limits or DEFAULT_LIMITS
	html_channel = get_channel(channel).html if channel is not None else True
	_compiled(template_source, html_channel, limits)
	tree = _environment(html_channel).parse(template_source)

	known = set(VARIABLES) | set(extra_variables)
	known_roots = {name.split(".")[0] for name in known}
	used: set[str] = set()
	undeclared = find_undeclared_variables(tree) - {"range", "loop"}
	for name in sorted(undeclared, key=lambda n: _first_line(tree, n)):
		if name not in known_roots:
			raise _unknown_variable(name, known_roots, _first_line(tree, name))
	for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
		root = node.node
		if not (isinstance(root, nodes.Name) and root.ctx == "load" and root.name in undeclared):
			continue
		if isinstance(node, nodes.Getattr):
			key = node.attr
		elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
			key = node.arg.value
		else:
			continue
		path = f"{root.name}.{key}"
		if path not in known and root.name not in known:
			raise _unknown_variable(path, known, node.lineno)
		used.add(path)
	used.update(n for n in undeclared if n in known)

	warnings: list[str] = []
	preview = None
	if channel is not None:
		context = sample_context()
		for name in extra_variables:
			group, _dot, key = name.partition(".")
			if key:
				context.setdefault(group, {}).setdefault(key, f"<{name}>")
			else:
				context.setdefault(group, f"<{name}>")
		preview = render(template_source, context, channel, limits=limits, sms_max_segments=1_000)
		warnings.extend(preview.warnings)
		if preview.segments is not None:
			warnings.append(
				Message(
					N_("With sample data the SMS takes {0} segment(s) ({1})."), preview.segments, preview.encoding
				)
			)
	return Validation(variables=tuple(sorted(used)), warnings=tuple(warnings), preview=preview)


def _first_line(tree: nodes.Template, name: str) -> int:
	for node in tree.find_all(nodes.Name):
		if node.name == name:
			return node.lineno
	return 0


def _unknown_variable(name: str, known, lineno: int | None) -> UnknownVariableError:
	match = process.extractOne(name, sorted(known), scorer=fuzz.ratio, score_cutoff=60)
	if match:
		return UnknownVariableError(N_("Unknown variable {0} (did you mean {1}?)."), name, match[0], lineno=lineno)
	return UnknownVariableError(N_("Unknown variable {0}."), name, lineno=lineno)
