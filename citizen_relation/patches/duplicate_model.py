"""Duplicate detection that learns (issue 12) on existing sites.

- seeded request types still at the former defaults (150 m, 30 days, 65 %) take the per-type
  radius and window, and follow the model's threshold; noise complaints, unqualified requests and
  complaints detect duplicates;
- the seeded duplicate families; the same-service default and the BAN geocoder in the settings;
- every request gets its place for duplicates from what it says (``geo_*``); those that need
  geocoding are left "Pending" for the daily job (no network during a migration).
"""

import frappe

from citizen_relation.duplicates.geocoding import BAN, DEFAULT_DOMAIN
from citizen_relation.patches.batches import request_batches
from citizen_relation.patches.singles import never_stored
from citizen_relation.setup import seed
from citizen_relation.setup.install import seed_duplicate_families


def execute():
	update_request_types()
	seed_duplicate_families()
	update_settings()
	backfill_places()


def update_request_types():
	for name, _category, *_rest in seed.REQUEST_TYPES:
		row = frappe.db.get_value(
			"Request Type",
			name,
			["duplicate_detection", "duplicate_radius_m", "duplicate_window_days", "duplicate_threshold"],
			as_dict=True,
		)
		if row is None:
			continue
		values = {}
		former_defaults = (row.duplicate_radius_m in (None, 0, 150)) and (row.duplicate_window_days in (None, 0, 30))
		if former_defaults and name in seed.DUPLICATE_SETTINGS:
			radius, window = seed.DUPLICATE_SETTINGS[name]
			values.update(duplicate_radius_m=radius, duplicate_window_days=window)
		if row.duplicate_threshold in (None, 0, 65):
			values["duplicate_threshold"] = 0  # 0: the model's threshold
		if name in seed.DUPLICATE_DETECTION_ON and not row.duplicate_detection:
			values["duplicate_detection"] = 1
		if values:
			frappe.db.set_value("Request Type", name, values, update_modified=False)
	frappe.clear_cache(doctype="Request Type")


def update_settings():
	settings = frappe.get_single("Citizen Relation Settings")
	values = {}
	if never_stored("Citizen Relation Settings", "duplicate_same_service"):
		values["duplicate_same_service"] = 1
	if not settings.get("geocoder"):
		values["geocoder"] = BAN
	if not settings.get("geocoder_domain"):
		values["geocoder_domain"] = DEFAULT_DOMAIN
	if not settings.get("duplicate_min_decisions"):
		values["duplicate_min_decisions"] = 30
	for field, value in values.items():
		frappe.db.set_single_value("Citizen Relation Settings", field, value)
	frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")


def backfill_places():
	from citizen_relation.duplicates.geocoding import place_values

	for rows in request_batches(("subject", "description", "address", "latitude", "longitude")):
		for r in rows:
			frappe.db.set_value("Citizen Request", r.name, place_values(r), update_modified=False)
