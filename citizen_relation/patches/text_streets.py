"""Streets named in the text, read again on existing sites.

A request with neither an address nor coordinates is placed by the street its text names
(:func:`citizen_relation.core.duplicates.mentioned_address`). That reading now prefers a plain
street type to an everyday word read as one ("chaussee defoncee rue mncey" is rue Mncey, not
"chaussée Défoncée"); the requests whose reading changes get their new street, and are left
"Pending" for the geocoding job when a geocoder is configured (no network during a migration).
"""

import frappe
from frappe.query_builder import DocType
from frappe.query_builder.functions import Coalesce

from citizen_relation.duplicates.geocoding import place_values
from citizen_relation.patches.batches import request_batches


def execute():
	read_again()


def read_again(commit=None):
	"""Re-read the street of every request placed by its text only; ``commit`` after each batch."""
	cr = DocType("Citizen Request")
	placed_by_text = (
		(Coalesce(cr.address, "") == "") & (Coalesce(cr.latitude, 0) == 0) & (Coalesce(cr.longitude, 0) == 0)
	)
	for rows in request_batches(("subject", "description", "geo_street"), placed_by_text, commit=commit):
		for r in rows:
			values = place_values(r)
			if values["geo_street"] != (r.geo_street or None):
				frappe.db.set_value("Citizen Request", r.name, values, update_modified=False)
