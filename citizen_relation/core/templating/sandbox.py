"""The sandbox response templates run in: stricter than Jinja's own, bounded in time and size.

* attributes: only the keys of the context dicts, a handful of string methods, date parts and
  ``loop`` attributes; :data:`FORBIDDEN_NAMES` and :data:`FORBIDDEN_ATTRIBUTES` are refused;
* static checks of every parsed template (forbidden tags, names, attributes, filters);
* AST instrumentation: every ``for`` loop and ``~`` concatenation calls a guard of this module
  (by its dotted path, see ``_LOOP_GUARD``) that spends the render budget (:mod:`.limits`);
* compilation (cached) and the translation of any failure into a :class:`TemplateError`.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import lru_cache

from jinja2 import exceptions as jinja_exceptions
from jinja2 import nodes, pass_eval_context
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.runtime import LoopContext, StrictUndefined, Undefined, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import soft_str

from citizen_relation.core.i18n import N_
from citizen_relation.core.templating.errors import (
	TemplateError,
	TemplateLimitError,
	TemplateRuntimeError,
	TemplateSecurityError,
	TemplateSyntaxError,
	UnknownVariableError,
)
from citizen_relation.core.templating.filters import (
	_CONTAINERS,
	FILTERS,
	_scalar,
	date_fr,
	datetime_fr,
	time_fr,
)
from citizen_relation.core.templating.limits import Limits, _Budget, _budget
from citizen_relation.core.templating.variables import _Record


def _loop_guard(iterable):
	budget = _budget()
	try:
		n = len(iterable)
	except TypeError:
		return _counted(iterable, budget)
	budget.spend(n)
	return _Ticking(iterable, budget)


class _Ticking:
	"""A sized iterable whose every step checks the time budget: a loop of 1,000 iterations
	each doing heavy filter work must stop at the deadline, not after the last iteration.
	Sized, so that ``loop.length`` and ``loop.revindex`` keep working."""

	__slots__ = ("_budget", "_items")

	def __init__(self, items, budget: _Budget):
		self._items, self._budget = items, budget

	def __len__(self) -> int:
		return len(self._items)

	def __iter__(self):
		tick = self._budget.tick
		for item in self._items:
			tick()
			yield item


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


# --- names, attributes and printing ----------------------------------------------------------

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


# --- the environment -------------------------------------------------------------------------


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


# --- compiling and error translation ---------------------------------------------------------


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
