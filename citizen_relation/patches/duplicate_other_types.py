"""Every type compared when both reports name the same object and fault, on existing sites.

The new setting "Compare every type when both reports name the same object and fault" is on by
default; a site whose settings were saved before it existed would read it as off. It is turned on
unless it was ever stored.
"""

import frappe

from citizen_relation.patches.singles import never_stored

SETTINGS = "Citizen Relation Settings"
FIELD = "duplicate_other_types"


def execute():
	if never_stored(SETTINGS, FIELD):
		frappe.db.set_single_value(SETTINGS, FIELD, 1)
		frappe.clear_document_cache(SETTINGS, SETTINGS)
