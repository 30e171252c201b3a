# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class SurveyResponse(Document):
	"""One citizen's anonymous answers (no link to the invitation or the citizen)."""

	pass
