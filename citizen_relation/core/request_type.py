"""The request-type profile: everything a request type decides, read once, as plain data.

A request type (configured by administrators in the desk) decides a request's category,
service and default priority, its own extra fields, whether and how duplicates are searched,
its legal regime under the CRPA and whether it is acknowledged, how many reporters raise its
priority, and what citizens see of it. The adapter builds one :class:`RequestTypeProfile` per
version of the type (cached) and every consumer reads that object instead of interpreting the
document's fields again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from citizen_relation.core import crpa, retention
from citizen_relation.core.duplicates import DetectionSettings
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.type_fields import FieldDef

# Desk values of the Request Type's "crpa_regime" (stored as they are on requests) → core regimes.
REGIMES = {
	"No implicit decision": crpa.NONE,
	"Silence means acceptance": crpa.ACCEPTANCE,
	"Silence means rejection": crpa.REJECTION,
}
NO_IMPLICIT_DECISION = "No implicit decision"
# Desk values of the Request Type's "retention_final_action" → core final actions.
FINAL_ACTIONS = {"Anonymise": retention.ANONYMISE, "Keep in the archive": retention.KEEP}
DEFAULT_PRIORITY = "Medium"
DEFAULT_RADIUS_M = 150.0
DEFAULT_WINDOW_DAYS = 30.0


@dataclass(frozen=True, kw_only=True)
class RequestTypeProfile:
	"""One request type as the rest of the application sees it."""

	name: str
	category: str | None = None
	service: str | None = None
	default_priority: str = DEFAULT_PRIORITY
	is_active: bool = True
	is_public: bool = True
	description: str = ""
	keywords: str = ""
	on_public_map: bool = False
	fields: tuple[FieldDef, ...] = ()
	detection: DetectionSettings | None = None
	crpa_regime: str = NO_IMPLICIT_DECISION
	regime: crpa.Regime = field(default_factory=lambda: crpa.Regime(crpa.NONE))
	requires_acknowledgement: bool = False
	priority_raise_at: int = 0
	# (active months, archive months) of the type's own retention; ``None``: the site's defaults
	retention_months: tuple[int, int] | None = None
	retention_final_action: str = retention.ANONYMISE
	retention_justification: str = ""

	def retention_policy(self, default: retention.RetentionPolicy) -> retention.RetentionPolicy:
		"""The type's retention: its own durations, or the site's ``default`` ones, with its final action."""
		active, archive = self.retention_months or (default.active_months, default.archive_months)
		return retention.RetentionPolicy(active, archive, self.retention_final_action)

	@property
	def public_fields(self) -> tuple[FieldDef, ...]:
		"""The extra fields a citizen fills and sees."""
		return tuple(f for f in self.fields if f.public)

	@property
	def detects_duplicates(self) -> bool:
		return self.detection is not None and self.detection.enabled

	@property
	def has_implicit_decision(self) -> bool:
		return self.regime.silence != crpa.NONE

	def defaults(self, priority: str | None = None, service: str | None = None) -> dict[str, str | None]:
		"""Values a request of this type takes: its category always, priority and service when not given."""
		return {
			"category": self.category,
			"priority": priority or self.default_priority or DEFAULT_PRIORITY,
			"service": service or self.service,
		}

	@classmethod
	def from_values(cls, values: Mapping[str, object], fields: Iterable[Mapping[str, object]] = ()) -> RequestTypeProfile:
		"""From the Request Type document's values (``as_dict()``) and its field rows."""
		get = values.get
		regime_label = str(get("crpa_regime") or NO_IMPLICIT_DECISION)
		silence = REGIMES.get(regime_label, crpa.NONE)
		delay = _int(get("crpa_delay_months"), crpa.DEFAULT_DELAY_MONTHS) or crpa.DEFAULT_DELAY_MONTHS
		return cls(
			name=str(get("name") or get("type_name") or ""),
			category=get("category") or None,
			service=get("service") or None,
			default_priority=str(get("default_priority") or DEFAULT_PRIORITY),
			is_active=bool(_int(get("is_active"), 1)),
			is_public=bool(_int(get("is_public"), 1)),
			description=str(get("description") or ""),
			keywords=str(get("keywords") or ""),
			on_public_map=bool(_int(get("is_public"), 1)) and bool(_int(get("show_on_public_map"), 0)),
			fields=tuple(FieldDef.from_row(dict(row)) for row in fields),
			detection=detection_settings(values),
			crpa_regime=regime_label,
			regime=crpa.Regime(silence, max(1, delay)),
			requires_acknowledgement=bool(_int(get("requires_acknowledgement"), 0)),
			priority_raise_at=max(0, _int(get("reporters_for_priority_raise"), 0)),
			retention_months=retention_months(values),
			retention_final_action=FINAL_ACTIONS.get(str(get("retention_final_action") or ""), retention.ANONYMISE),
			retention_justification=str(get("retention_justification") or ""),
		)


def retention_months(values: Mapping[str, object]) -> tuple[int, int] | None:
	"""The type's own (active, archive) durations, or ``None`` for the site's defaults (also when
	the stored values are unusable: the type's form refuses them, the defaults are the safe side)."""
	if not _int(values.get("retention_own_durations"), 0):
		return None
	months = (_int(values.get("retention_active_months"), -1), _int(values.get("retention_archive_months"), -1))
	try:
		retention.RetentionPolicy(*months)
	except CoreValidationError:
		return None
	return months


def detection_settings(values: Mapping[str, object]) -> DetectionSettings | None:
	"""The type's duplicate-detection settings, or ``None`` when detection is off.

	Empty or unusable numbers fall back to the defaults (150 m, 30 days, 65 %).
	"""
	if not _int(values.get("duplicate_detection"), 0):
		return None
	try:
		return DetectionSettings(
			radius_m=_float(values.get("duplicate_radius_m")) or DEFAULT_RADIUS_M,
			window_days=_float(values.get("duplicate_window_days")) or DEFAULT_WINDOW_DAYS,
			threshold=min(1.0, max(0.0, round(_float(values.get("duplicate_threshold")), 2) / 100.0)),
		)
	except ValueError:
		return DetectionSettings()


def _int(value: object, default: int) -> int:
	try:
		return int(value) if value not in (None, "") else default
	except (TypeError, ValueError):
		return default


def _float(value: object) -> float:
	try:
		number = float(value) if value not in (None, "") else 0.0
	except (TypeError, ValueError):
		return 0.0
	return number if math.isfinite(number) else 0.0
