"""Completing ERPNext's setup wizard without a browser, for scripted installations (the
quickstart): a French collectivité, in euros, on Paris time.

    bench --site SITE execute citizen_relation.demo.setup.complete_setup_wizard \
        --kwargs "{'company': 'Commune de Val-Fleuri'}"

Does nothing when the wizard was already completed.
"""

from __future__ import annotations

import frappe
from frappe.utils import now_datetime


def complete_setup_wizard(
	company: str = "Commune de Val-Fleuri",
	abbreviation: str = "CVF",
	email: str = "admin@val-fleuri.example",
	password: str | None = None,
	language: str = "Français",
) -> None:
	if frappe.db.get_single_value("System Settings", "setup_complete") or frappe.db.a_row_exists("Company"):
		print("The setup wizard is already complete.")
		return
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

	year = now_datetime().year
	result = setup_complete(
		{
			"language": language,
			"country": "France",
			"timezone": "Europe/Paris",
			"currency": "EUR",
			"full_name": "Administrateur",
			"email": email,
			"password": password or frappe.generate_hash(length=16),
			"company_name": company,
			"company_abbr": abbreviation,
			"company_tagline": company,
			"industry": "Government",
			"fy_start_date": f"{year}-01-01",
			"fy_end_date": f"{year}-12-31",
			"chart_of_accounts": "Standard",
		}
	)
	frappe.db.commit()
	print(f"Setup wizard completed: {result}")
