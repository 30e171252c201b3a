"""Litter and dumps: a week's window for duplicates (was two weeks) on existing sites.

Litter is swept and dumps are removed within days: a new one at the same spot a week later is a
new occurrence, not a duplicate (a report saying the first one is still there looks back further,
see ``DetectionSettings.search_window_days``). Only types still at the former seeded window (14
days) change: a window an administrator chose is kept.
"""

import frappe

from citizen_relation.setup import seed

FORMER_WINDOW_DAYS = 14


def execute():
	for name in ("Dépôt sauvage", "Propreté de la voie publique"):
		window = frappe.db.get_value("Request Type", name, "duplicate_window_days")
		if window is None or float(window) != FORMER_WINDOW_DAYS:
			continue
		frappe.db.set_value(
			"Request Type", name, "duplicate_window_days", seed.DUPLICATE_SETTINGS[name][1], update_modified=False
		)
	frappe.clear_cache(doctype="Request Type")
