"""Resource limits of a rendering, and the per-render budget that enforces them.

A budget lives in a context variable for the duration of :func:`~citizen_relation.core.templating.render`;
the guarded filters and the instrumented template code (see :mod:`.sandbox`) spend it.
"""

from __future__ import annotations

import contextvars
import time as _time
from dataclasses import dataclass

from citizen_relation.core.i18n import N_
from citizen_relation.core.templating.errors import TemplateLimitError


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


# --- per-render budget -----------------------------------------------------------------------


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
