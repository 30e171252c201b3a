"""What the request form shows besides its fields, gathered in one round-trip (the form's ``onload``).

The desk script reads ``frm.doc.__onload.panels``: the request type's own fields, the letters to
the citizen (which apply, whether each can be produced, what is missing and where to fill it),
the suggested answers and the duplicates panel. The whitelisted functions of
``api/`` serve the same data again after an action (a merge, a vote).
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.crpa.letters import letters_panel
from citizen_relation.duplicates.panel import panel as duplicates_panel
from citizen_relation.knowledge.suggestions import suggest_for_request
from citizen_relation.requests.profile import get_profile

SUGGESTIONS_SHOWN = 5


def type_fields(profile) -> list[dict]:
	"""The type's own fields as the form renders them."""
	return [
		{
			"fieldname": f.fieldname,
			"label": f.label,
			"fieldtype": f.fieldtype,
			"options": "\n".join(f.options),
			"reqd": f.reqd,
			"public": f.public,
			"description": f.description,
		}
		for f in (profile.fields if profile else ())
	]


def form_panels(doc) -> dict:
	profile = get_profile(doc.request_type)
	return {
		"request_type": doc.request_type,
		"type_fields": type_fields(profile),
		"requires_acknowledgement": bool(profile and profile.requires_acknowledgement),
		"letters": _guarded(_("Letters to the citizen"), lambda: letters_panel(doc)),
		"knowledge": _guarded(_("Suggested answers"), lambda: suggest_for_request(doc, SUGGESTIONS_SHOWN)),
		"duplicates": _guarded(_("Duplicates"), lambda: duplicates_panel(doc)),
	}


def _guarded(label: str, build):
	"""A panel that fails is reported in its place (and logged); the form still opens."""
	try:
		return build()
	except frappe.PermissionError:
		frappe.clear_last_message()
		return {"error": _("You are not allowed to see this panel.")}
	except Exception:
		frappe.log_error(title=_("Citizen request form: the panel {0} failed").format(label))
		return {"error": _("This panel could not be loaded; the error was logged.")}
