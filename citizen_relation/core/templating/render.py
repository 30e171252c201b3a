"""Render and validate response templates: the public entry points of the package.

:func:`render` gives a :class:`Rendered` text for a channel ("email", "letter", "portal", "sms",
"text"); :func:`validate` is the save-time check, returning a :class:`Validation`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinja2 import nodes
from jinja2.meta import find_undeclared_variables
from rapidfuzz import fuzz, process

from citizen_relation.core.i18n import N_
from citizen_relation.core.templating.errors import (
	Message,
	SmsTooLongError,
	TemplateError,
	TemplateLimitError,
	UnknownVariableError,
)
from citizen_relation.core.templating.limits import _BUDGET, DEFAULT_LIMITS, Limits, _Budget
from citizen_relation.core.templating.sandbox import _compiled, _environment, _translate
from citizen_relation.core.templating.sms import _sms_text, sms_info
from citizen_relation.core.templating.variables import VARIABLES, prepare_context, sample_context

# --- channels --------------------------------------------------------------------------------


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


# --- results ---------------------------------------------------------------------------------


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


# --- public API ------------------------------------------------------------------------------


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
