"""The retention of each request type, read from its profile and the site's defaults."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import retention as core
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import core_errors, get_settings

# Desk values of the settings' "anonymised_location" → core precision keys.
LOCATION_OPTIONS = {
	"Rounded to the street (about 100 m)": "street",
	"Rounded to the district (about 1 km)": "district",
	"Dropped": "dropped",
}
# Desk labels of the phases (the request's "retention_phase" Select) ↔ core phases.
PHASE_LABELS = {core.ACTIVE: "Active", core.ARCHIVED: "Archived", core.ANONYMISED: "Anonymised"}
PHASES = {label: phase for phase, label in PHASE_LABELS.items()}


def default_policy() -> core.RetentionPolicy:
	"""The settings' durations (the core's defaults where a value was never saved)."""
	settings = get_settings()
	active = settings.get("retention_active_months")
	archive = settings.get("retention_archive_months")
	try:
		return core.RetentionPolicy(
			core.DEFAULT_POLICY.active_months if active is None else int(active),
			core.DEFAULT_POLICY.archive_months if archive is None else int(archive),
		)
	except (core.CoreValidationError, TypeError, ValueError):
		frappe.log_error(title=_("Citizen Relation: invalid default retention durations, the built-in ones apply"))
		return core.DEFAULT_POLICY


def policy_for(request_type: str | None) -> core.RetentionPolicy:
	"""The retention of a request type (the defaults for an unknown or empty type)."""
	profile = get_profile(request_type)
	default = default_policy()
	return profile.retention_policy(default) if profile else default


def anonymisation_authorised() -> bool:
	"""Anonymising archived requests eliminates public archives: only with the archives' visa."""
	settings = get_settings()
	return bool(settings.get("anonymisation_authorised")) and bool((settings.get("elimination_visa") or "").strip())


def location_precision() -> int | None:
	key = LOCATION_OPTIONS.get(get_settings().get("anonymised_location") or "", "street")
	return core.LOCATION_PRECISION[key]


def validate_settings(settings) -> None:
	"""Citizen Relation Settings.validate: usable durations; the visa named when anonymisation is on."""
	with core_errors(_("Retention of personal data")):
		core.RetentionPolicy(int(settings.retention_active_months or 0), int(settings.retention_archive_months or 0))
	if settings.anonymisation_authorised and not (settings.elimination_visa or "").strip():
		frappe.throw(
			_("Give the reference of the archives' elimination visa before authorising anonymisation"),
			title=_("Elimination visa missing"),
		)


def validate_request_type(doc) -> None:
	"""Request Type.validate: its own durations must be usable."""
	if doc.retention_own_durations:
		with core_errors(_("Retention of personal data")):
			core.RetentionPolicy(int(doc.retention_active_months or 0), int(doc.retention_archive_months or 0))


RETENTION_TYPE_FIELDS = ("retention_own_durations", "retention_active_months", "retention_archive_months", "retention_final_action")


def on_request_type_update(doc) -> None:
	"""Request Type.on_update: new durations reach the type's closed requests (in the background)."""
	if any(doc.has_value_changed(field) for field in RETENTION_TYPE_FIELDS):
		from citizen_relation.privacy.jobs import enqueue_recompute

		enqueue_recompute([doc.name])


def on_settings_update(settings) -> None:
	"""Citizen Relation Settings.on_update: new default durations reach the types that follow them."""
	if settings.has_value_changed("retention_active_months") or settings.has_value_changed("retention_archive_months"):
		from citizen_relation.privacy.jobs import enqueue_recompute

		enqueue_recompute(None)
