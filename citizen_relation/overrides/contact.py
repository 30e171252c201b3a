"""Contact (frappe.contacts): show the citizen's requests on the contact's dashboard."""

from frappe import _


def get_dashboard_data(data):
	data = data or {}
	data.setdefault("non_standard_fieldnames", {})["Citizen Request"] = "contact"
	data.setdefault("transactions", []).append({"label": _("Citizen Relation"), "items": ["Citizen Request"]})
	data.setdefault("fieldname", "contact")
	return data
