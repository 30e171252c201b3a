"""Merging duplicate reports into one master request: the rules, without the database.

Pure Python (no frappe). The adapter (``citizen_relation.duplicates``) locks the rows, reads
the requests, asks these functions what to do and writes the result:

- :func:`check_merge`: whether a request may be merged into a master (after the adapter has
  followed the master's own ``merged_into`` to the end of the chain, so that chains stay flat);
- :class:`Snapshot`: what merging changes on the merged request, kept on it so that unmerging
  restores it exactly (status, priority, reporter bookkeeping and the reporters it carried);
- :func:`apply_priority_rule`: the "N reporters raise the priority one level" rule, reversible;
- :func:`statuses_to_notify`: which reporters still have to hear about the master's status.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.lifecycle import MERGED_STATUS  # noqa: F401  (re-exported: the merge rules name it)

# Lowest first; a priority outside this list is never raised.
PRIORITY_LEVELS = ("Low", "Medium", "High", "Urgent")
SNAPSHOT_VERSION = 1


def check_merge(request: str, request_merged_into: str | None, master: str, master_merged_into: str | None) -> None:
	"""Raise :class:`CoreValidationError` when ``request`` cannot be merged into ``master``.

	``master`` must already be the end of its chain (the adapter follows ``merged_into``), so
	``master_merged_into`` is only a guard against a chain the adapter failed to flatten.
	"""
	if not request or not master:
		raise CoreValidationError(N_("Choose the request to merge and the master request"))
	if request == master:
		raise CoreValidationError(N_("A request cannot be merged into itself"))
	if request_merged_into:
		raise CoreValidationError(
			N_("Request {0} is already merged into {1}: unmerge it first"), request, request_merged_into
		)
	if master_merged_into:
		raise CoreValidationError(
			N_("Request {0} is merged into {1}: merge into {1} instead"), master, master_merged_into
		)


def follow_chain(start: str, merged_into: Mapping[str, str | None], max_depth: int = 50) -> str:
	"""End of the ``merged_into`` chain from ``start`` (``start`` itself when not merged).

	``merged_into`` maps a request to its master (or ``None``); a cycle, which flattening should
	make impossible, raises :class:`CoreValidationError` instead of looping.
	"""
	seen = [start]
	current = start
	for _ in range(max_depth):
		parent = merged_into.get(current)
		if not parent:
			return current
		if parent in seen:
			raise CoreValidationError(N_("Requests {0} are merged into each other"), ", ".join(seen))
		seen.append(parent)
		current = parent
	raise CoreValidationError(N_("Requests {0} are merged into each other"), ", ".join(seen))


def reporter_count(co_reporters: int) -> int:
	"""Reporters of a request: its own plus those of the requests merged into it."""
	return 1 + max(0, int(co_reporters))


def apply_priority_rule(
	priority: str | None, raised_from: str | None, reporters: int, raise_at: int
) -> tuple[str | None, str | None]:
	"""``(priority, raised_from)`` after the reporter count changed.

	With ``raise_at`` > 0, a request with at least ``raise_at`` reporters gets its priority raised
	one level, once; ``raised_from`` remembers the priority before the raise. When the count falls
	back below ``raise_at`` (an unmerge) the raise is undone, unless someone changed the priority
	in between (then their choice stays). ``raise_at`` = 0 never raises.
	"""
	due = raise_at > 0 and reporters >= raise_at
	if due and raised_from is None:
		if priority not in PRIORITY_LEVELS or priority == PRIORITY_LEVELS[-1]:
			return priority, None
		return PRIORITY_LEVELS[PRIORITY_LEVELS.index(priority) + 1], priority
	if not due and raised_from is not None:
		if raised_from in PRIORITY_LEVELS and priority == _next_level(raised_from):
			return raised_from, None
		return priority, None
	return priority, raised_from


def _next_level(priority: str) -> str | None:
	i = PRIORITY_LEVELS.index(priority)
	return PRIORITY_LEVELS[i + 1] if i + 1 < len(PRIORITY_LEVELS) else None


@dataclass(frozen=True)
class Snapshot:
	"""What a merge changed on the merged request, to put it back on unmerge.

	``co_reporters``: the rows the request carried as a master itself (moved to the new master);
	``moved``: the requests that were merged into it and now point at the new master.
	"""

	status: str
	priority: str | None
	reporter_count: int
	raised_priority_from: str | None = None
	co_reporters: tuple[Mapping[str, object], ...] = ()
	moved: tuple[str, ...] = ()
	version: int = SNAPSHOT_VERSION
	extra: Mapping[str, object] = field(default_factory=dict)

	def to_json(self) -> str:
		data = asdict(self)
		data["co_reporters"] = [dict(r) for r in self.co_reporters]
		data["moved"] = list(self.moved)
		return json.dumps(data, default=str, sort_keys=True, ensure_ascii=False)

	@classmethod
	def from_json(cls, text: str | None) -> Snapshot:
		if not text:
			raise CoreValidationError(N_("This request has no record of its state before the merge"))
		try:
			data = json.loads(text)
		except ValueError as error:
			raise CoreValidationError(N_("The record of the state before the merge is damaged")) from error
		if not isinstance(data, dict) or data.get("version") != SNAPSHOT_VERSION or not data.get("status"):
			raise CoreValidationError(N_("The record of the state before the merge is damaged"))
		return cls(
			status=data["status"],
			priority=data.get("priority"),
			reporter_count=int(data.get("reporter_count") or 1),
			raised_priority_from=data.get("raised_priority_from"),
			co_reporters=tuple(dict(r) for r in data.get("co_reporters") or ()),
			moved=tuple(data.get("moved") or ()),
			extra=dict(data.get("extra") or {}),
		)


def statuses_to_notify(rows: Iterable[Mapping[str, object]], status: str) -> list[Mapping[str, object]]:
	"""Co-reporter rows not yet told about ``status`` (idempotent notifications)."""
	return [r for r in rows if r.get("notified_status") != status]
