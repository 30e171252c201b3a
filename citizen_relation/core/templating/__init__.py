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

The package is split by concern: :mod:`.errors`, :mod:`.variables` (catalogue and context),
:mod:`.limits` (limits and the per-render budget), :mod:`.filters` (French formats),
:mod:`.sandbox` (environment, static checks, AST instrumentation, compilation), :mod:`.sms`
(GSM-7 and segments) and :mod:`.render` (:func:`render`, :func:`validate`). Everything public is
re-exported here: ``from citizen_relation.core import templating; templating.render(...)``.
"""

from __future__ import annotations

from citizen_relation.core.templating.errors import (
	Message,
	SmsTooLongError,
	TemplateError,
	TemplateLimitError,
	TemplateRuntimeError,
	TemplateSecurityError,
	TemplateSyntaxError,
	UnknownVariableError,
)
from citizen_relation.core.templating.filters import (
	FILTERS,
	MONTHS_FR,
	WEEKDAYS_FR,
	amount_fr,
	date_fr,
	datetime_fr,
	nl2br,
	number_fr,
	phone_fr,
	striptags,
	time_fr,
)
from citizen_relation.core.templating.limits import (
	DEFAULT_LIMITS,
	Limits,
)
from citizen_relation.core.templating.render import (
	CHANNELS,
	Channel,
	Rendered,
	Validation,
	get_channel,
	render,
	validate,
)
from citizen_relation.core.templating.sandbox import (
	FORBIDDEN_ATTRIBUTES,
	FORBIDDEN_NAMES,
	ResponseTemplateEnvironment,
)
from citizen_relation.core.templating.sms import (
	GSM7_BASIC,
	GSM7_EXTENSION,
	SmsInfo,
	sms_info,
)
from citizen_relation.core.templating.variables import (
	GROUPS,
	SAMPLE_CONTEXT,
	VARIABLES,
	prepare_context,
	sample_context,
)

__all__ = [
	"CHANNELS",
	"Channel",
	"DEFAULT_LIMITS",
	"FILTERS",
	"FORBIDDEN_ATTRIBUTES",
	"FORBIDDEN_NAMES",
	"GROUPS",
	"GSM7_BASIC",
	"GSM7_EXTENSION",
	"Limits",
	"MONTHS_FR",
	"Message",
	"Rendered",
	"ResponseTemplateEnvironment",
	"SAMPLE_CONTEXT",
	"SmsInfo",
	"SmsTooLongError",
	"TemplateError",
	"TemplateLimitError",
	"TemplateRuntimeError",
	"TemplateSecurityError",
	"TemplateSyntaxError",
	"UnknownVariableError",
	"VARIABLES",
	"Validation",
	"WEEKDAYS_FR",
	"amount_fr",
	"date_fr",
	"datetime_fr",
	"get_channel",
	"nl2br",
	"number_fr",
	"phone_fr",
	"prepare_context",
	"render",
	"sample_context",
	"sms_info",
	"striptags",
	"time_fr",
	"validate",
]
