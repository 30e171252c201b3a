"""Frappe's Personal Data Deletion Request (a portal account's "delete my data"), aware of the
citizen's requests.

Frappe disables and renames the account and redacts the documents listed in ``user_data_fields``.
Before that, the citizen's requests go through the same erasure as the desk's action, with the
same legal exceptions: when one of their requests is an administrative procedure still under way
or under legal hold, the deletion is put on hold with the reasons (the account is what the citizen
follows the procedure with); *Delete Data* again once the procedure is closed.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import escape_html
from frappe.website.doctype.personal_data_deletion_request.personal_data_deletion_request import (
	PersonalDataDeletionRequest,
)

from citizen_relation.core import retention as core
from citizen_relation.privacy import rights


def citizen_contact(email: str) -> str | None:
	"""The Contact of a portal account: linked to the user, else holding their address."""
	return frappe.db.get_value("Contact", {"user": email}, "name") or frappe.db.get_value(
		"Contact Email", {"email_id": email, "parenttype": "Contact"}, "parent"
	)


class CitizenPersonalDataDeletionRequest(PersonalDataDeletionRequest):
	@frappe.whitelist()
	def trigger_data_deletion(self):
		if "System Manager" not in frappe.get_roles():
			frappe.throw(_("Only a System Manager deletes an account's data"), frappe.PermissionError)
		plan = rights.erasure_plan(contact=citizen_contact(self.email), email=self.email.lower(), ignore_account=True)
		kept = [item["reason"] for item in plan["requests"] if item["action"] == core.KEEP_REQUEST]
		if kept:
			self.db_set("status", "On Hold")
			message = _("The deletion is postponed: some of this citizen's requests must be kept for now.")
			self.add_comment("Comment", message + "<ul>" + "".join(f"<li>{escape_html(r)}</li>" for r in kept) + "</ul>")
			frappe.msgprint(
				message + "<ul>" + "".join(f"<li>{escape_html(r)}</li>" for r in kept) + "</ul>",
				title=_("Deletion postponed"),
				indicator="orange",
			)
			return
		if self.status == "On Hold":
			self.db_set("status", "Pending Approval")
		return super().trigger_data_deletion()

	def _anonymize_data(self, email=None, anon=None, set_data=True, commit=False):
		email = (email or self.email).lower()
		rights.erase(contact=citizen_contact(email), email=email, reference=self.name, ignore_account=True)
		if commit:
			frappe.db.commit()
		return super()._anonymize_data(email, anon, set_data, commit)
