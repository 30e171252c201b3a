"""Errors of response templates, and :class:`Message`, the translatable warning they return.

Every error is a :class:`TemplateError` (a ``CoreValidationError``) whose message is an English
template with its arguments, ending with the template line when known.
"""

from __future__ import annotations

from citizen_relation.core.errors import CoreValidationError


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
