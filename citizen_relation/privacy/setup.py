"""Installation and migration of the personal-data features (idempotent)."""

from __future__ import annotations

import frappe

from citizen_relation.core import retention as core

SETTINGS = "Citizen Relation Settings"


def after_install() -> None:
	seed_settings()
	seed_request_types()


def before_tests() -> None:
	after_install()
	frappe.db.commit()


def seed_settings() -> None:
	"""The default durations, written once (a Single's defaults are not stored until saved)."""
	values = {
		"retention_active_months": core.DEFAULT_POLICY.active_months,
		"retention_archive_months": core.DEFAULT_POLICY.archive_months,
		"anonymised_location": "Rounded to the street (about 100 m)",
	}
	singles = frappe.qb.Table("tabSingles")
	stored = set(
		frappe.qb.from_(singles).select(singles.field).where((singles.doctype == SETTINGS) & singles.field.isin(list(values))).run(pluck=True)
	)
	for field, value in values.items():
		# a missing Int reads as 0 through the document: only the table says it was never saved
		if field not in stored:
			frappe.db.set_single_value(SETTINGS, field, value)
	frappe.clear_document_cache(SETTINGS, SETTINGS)


def seed_request_types() -> None:
	"""Each request type gets the durations of its category as its own, with their justification,
	unless an administrator already set them."""
	for row in frappe.get_all("Request Type", fields=["name", "category", "retention_own_durations", "retention_justification"]):
		if row.retention_own_durations or row.retention_justification:
			continue
		policy, note = core.category_default(row.category)
		frappe.db.set_value(
			"Request Type",
			row.name,
			{
				"retention_own_durations": 1,
				"retention_active_months": policy.active_months,
				"retention_archive_months": policy.archive_months,
				"retention_final_action": "Anonymise",
				"retention_justification": note,
			},
			update_modified=True,
		)


def add_indexes() -> None:
	"""The daily job's range: phase, then next step date."""
	frappe.db.add_index("Citizen Request", ["retention_phase", "retention_due_on"])
