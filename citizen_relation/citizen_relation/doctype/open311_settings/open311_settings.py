# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class Open311Settings(Document):
	def validate(self):
		from citizen_relation.open311.settings import validate_settings

		validate_settings(self)

	def on_update(self):
		from citizen_relation.open311.settings import forget_settings

		forget_settings()
