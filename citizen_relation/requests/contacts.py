"""Find or create the citizen's Contact (frappe.contacts) from what the citizen gave."""

from __future__ import annotations

import frappe

from citizen_relation.core.contacts import split_name
from citizen_relation.permissions.contacts import FLAG as CITIZEN_FLAG
from citizen_relation.permissions.contacts import mark_citizen

CREATE_ATTEMPTS = 3


def find_contact(email: str | None = None, phone: str | None = None) -> str | None:
	"""Name of the Contact holding this e-mail address, else this (E.164) phone number.

	A contact found by phone only matches when it has no e-mail address of its own or no e-mail
	was given: two people sharing a landline keep their own contacts.
	"""
	if email:
		name = frappe.db.get_value("Contact Email", {"email_id": email, "parenttype": "Contact"}, "parent")
		if name:
			return name
	if phone:
		for name in frappe.get_all(
			"Contact Phone", filters={"phone": phone, "parenttype": "Contact"}, pluck="parent", limit=5
		):
			if not email or not frappe.db.exists("Contact Email", {"parent": name, "parenttype": "Contact"}):
				return name
	return None


def find_or_create_contact(full_name: str | None, email: str | None, phone: str | None) -> str | None:
	"""The citizen's Contact, created when no contact matches (see ``find_contact``).

	Expects normalised input (see citizen_relation.core.contacts). A matching contact gets the
	e-mail address or phone number it lacked.
	"""
	if not email and not phone:
		return None
	name = find_contact(email, phone)
	if name:
		_complete_contact(name, email, phone)
		mark_citizen(name)
		return name

	# Contacts are named after the person ("Camille Martin", "Camille Martin-1"…): two citizens of
	# the same name registered at the same instant (portal, API) compute the same free name, and
	# the transaction that loses cannot see the winner's row to compute the next one. It takes a
	# name with a random suffix instead, inside a savepoint.
	set_name = None
	for attempt in range(CREATE_ATTEMPTS):
		contact = _new_contact(full_name, email, phone)
		frappe.db.savepoint("citizen_relation_contact")
		try:
			# Registering a request the user may create implies recording who made it, even for
			# agents without the right to create contacts in general.
			contact.insert(ignore_permissions=True, set_name=set_name)
			return contact.name
		except frappe.DuplicateEntryError:
			frappe.db.rollback(save_point="citizen_relation_contact")
			if attempt == CREATE_ATTEMPTS - 1:
				raise
			base = " ".join(p for p in (contact.first_name, contact.last_name) if p) or "Contact"
			set_name = f"{base}-{frappe.generate_hash(length=6)}"
	return None


def _new_contact(full_name: str | None, email: str | None, phone: str | None):
	first_name, last_name = split_name(full_name)
	contact = frappe.new_doc("Contact")
	contact.first_name = first_name or (email.split("@")[0] if email else phone)
	contact.last_name = last_name
	contact.set(CITIZEN_FLAG, 1)
	if email:
		contact.add_email(email, is_primary=1)
	if phone:
		contact.add_phone(phone, is_primary_mobile_no=phone.startswith(("+336", "+337")), is_primary_phone=1)
	return contact


def _complete_contact(name: str, email: str | None, phone: str | None) -> None:
	"""Add the e-mail address or phone number the contact lacks (loads the contact only then)."""
	missing_email = email and not frappe.db.exists("Contact Email", {"parent": name, "email_id": email})
	missing_phone = phone and not frappe.db.exists("Contact Phone", {"parent": name, "phone": phone})
	if not (missing_email or missing_phone):
		return
	contact = frappe.get_doc("Contact", name)
	if missing_email:
		contact.add_email(email, is_primary=not contact.email_ids)
	if missing_phone:
		contact.add_phone(phone, is_primary_phone=not contact.phone_nos)
	contact.save(ignore_permissions=True)
