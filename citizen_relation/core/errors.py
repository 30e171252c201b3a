"""Errors raised by the pure core.

Each carries an English message template (translated by the adapter with ``_()``) and its
arguments, so that the core never depends on the translation machinery.
"""

from __future__ import annotations


class CoreValidationError(ValueError):
	"""Bad input detected by the core. ``message`` is a translatable template, ``args`` its values."""

	def __init__(self, message: str, *args: object, field: str | None = None):
		super().__init__(message.format(*args) if args else message)
		self.message = message
		self.args_ = args
		self.field = field
