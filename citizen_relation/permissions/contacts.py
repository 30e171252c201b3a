"""Which Contacts the citizen-relation roles see: citizens' contacts only.

The app lets its roles read, write and create Contacts so that agents look citizens up and
complete their details. On a site with ERPNext the same doctype holds the contacts of customers
and suppliers, which are none of an agent's business. So a Contact is a **citizen's contact**
when it carries the flag *Citizen* (``is_citizen``, a custom field the app adds and sets: on
every contact a request is linked to — found, created or chosen — and on contacts created by
users whose only access to contacts comes from the app). Users whose Contact access comes only
from the app's roles see, write and create only those; a user who also holds a role that grants
Contact access by itself (Sales User, Purchase User, System Manager…) keeps what that role
gives. Guests and portal users are not concerned (no role of ours).
"""

from __future__ import annotations

import frappe

from citizen_relation.setup.seed import ROLES

FLAG = "is_citizen"
# Roles whose Contact permission rows must not count as "another role grants it"
IGNORED_ROLES = {*ROLES, "All", "Guest", "Administrator"}


def is_restricted(user: str | None = None) -> bool:
	"""The user reaches Contacts through the app's roles only."""
	user = user or frappe.session.user
	if user == "Administrator":
		return False
	cache = frappe.local.flags.setdefault("citizen_relation_contact_restricted", {})
	if user not in cache:
		roles = set(frappe.get_roles(user))
		cache[user] = bool(roles & set(ROLES)) and not _other_roles_read_contacts(roles - IGNORED_ROLES)
	return cache[user]


def _other_roles_read_contacts(roles: set[str]) -> bool:
	if not roles:
		return False
	table = "Custom DocPerm" if frappe.db.exists("Custom DocPerm", {"parent": "Contact"}) else "DocPerm"
	return bool(
		frappe.db.exists(table, {"parent": "Contact", "permlevel": 0, "read": 1, "role": ("in", list(roles)), "if_owner": 0})
	)


def contact_query_conditions(user: str | None = None) -> str:
	if not is_restricted(user):
		return ""
	return f"ifnull(`tabContact`.`{FLAG}`, 0) = 1"


def contact_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	if not is_restricted(user):
		return None
	if doc.get("__islocal"):
		return True  # a new contact is flagged at insert (``flag_new_contact``)
	return bool(doc.get(FLAG))


def flag_new_contact(doc, method=None) -> None:
	"""Contact ``before_insert``: a contact created by an agent of the app is a citizen's."""
	if is_restricted():
		doc.set(FLAG, 1)


def mark_citizen(name: str | None) -> None:
	"""Flag the contact a request is linked to (it may be an existing ERPNext contact)."""
	if name and not frappe.db.get_value("Contact", name, FLAG):
		frappe.db.set_value("Contact", name, FLAG, 1, update_modified=False)
