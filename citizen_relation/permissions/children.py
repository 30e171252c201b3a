"""Child rows follow their parent.

Frappe checks a child row read as a document against its parent document, but a *list* of a
child doctype (``frappe.client.get_list``/``get_value``, ``/api/resource`` with
``parent=Citizen Request``) only checks that the caller may read the parent doctype at all: the
parent's list rule (an agent sees their services' requests) was skipped, and an agent of one
service read the co-reporters, status history and own-field values of every request. The
conditions below restrict such lists to rows whose parent the caller may list.

A child row saved on its own (``/api/resource/<child doctype>`` POST/PUT/DELETE) bypasses its
parent's controller — and with it the checks and the protection of system-managed fields —
so :class:`ParentOwnedRow`, the base class of the app's child doctypes, refuses it: rows change
through their parent document.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.model.document import Document

# child doctype → its parent doctype (each of the app's child doctypes has one parent)
CHILD_PARENTS = {
	"Citizen Request Co-reporter": "Citizen Request",
	"Citizen Request Status Change": "Citizen Request",
	"Citizen Request Value": "Citizen Request",
	"Knowledge Request Type": "Knowledge Article",
}


def child_query_conditions(doctype: str, user: str | None = None) -> str:
	"""Rows of ``doctype`` whose parent the user may list (empty: no rule on the parent)."""
	parent = CHILD_PARENTS[doctype]
	user = user or frappe.session.user
	methods = frappe.get_hooks("permission_query_conditions", {}).get(parent) or []
	conditions = [c for c in (frappe.call(frappe.get_attr(m), user=user) for m in methods) if c]
	if not conditions:
		return ""
	child, parent_table = f"`tab{doctype}`", f"`tab{parent}`"
	where = " and ".join(f"({c})" for c in conditions)
	return (
		f"({child}.`parenttype` = {frappe.db.escape(parent)} and {child}.`parent` in "
		f"(select {parent_table}.`name` from {parent_table} where {where}))"
	)


def co_reporter_query_conditions(user: str | None = None) -> str:
	return child_query_conditions("Citizen Request Co-reporter", user)


def status_change_query_conditions(user: str | None = None) -> str:
	return child_query_conditions("Citizen Request Status Change", user)


def value_query_conditions(user: str | None = None) -> str:
	return child_query_conditions("Citizen Request Value", user)


def knowledge_request_type_query_conditions(user: str | None = None) -> str:
	return child_query_conditions("Knowledge Request Type", user)


class ParentOwnedRow(Document):
	"""A child row of the app: written only through its parent document."""

	def has_permission(self, permtype="read", *, debug=False, user=None) -> bool:
		"""A row read on its own (``frappe.client.get``, ``/api/resource/<child>/<name>``) is
		checked against its parent *document*: Frappe only checks the parent doctype then."""
		if not super().has_permission(permtype, debug=debug, user=user):
			return False
		if self.flags.ignore_permissions or self.parent_doc is not None or not (self.parenttype and self.parent):
			return True
		return bool(frappe.has_permission(self.parenttype, permtype, doc=self.parent, user=user, debug=debug))

	def before_validate(self):
		refuse_standalone_write(self)

	def on_trash(self):
		refuse_standalone_write(self)


def refuse_standalone_write(row) -> None:
	frappe.throw(
		_("{0} rows are changed through their {1}").format(_(row.doctype), _(row.parenttype or "parent document")),
		frappe.PermissionError,
	)
