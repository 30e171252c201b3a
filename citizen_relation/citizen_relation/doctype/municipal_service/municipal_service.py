# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.requests.routing import delete_assignment_rule, sync_assignment_rule
from citizen_relation.sla.calendars import forget_calendars


class MunicipalService(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.municipal_service_member.municipal_service_member import MunicipalServiceMember
		from frappe.types import DF

		address: DF.SmallText | None
		assignment_rule: DF.Link | None
		calendar: DF.Link | None
		email: DF.Data | None
		is_active: DF.Check
		members: DF.Table[MunicipalServiceMember]
		phone: DF.Data | None
		service_name: DF.Data
		supervisor: DF.Link | None
	# end: auto-generated types

	def before_validate(self):
		self.drop_duplicate_members()

	def validate(self):
		if self.supervisor and not frappe.db.exists("User", {"name": self.supervisor, "enabled": 1}):
			frappe.throw(_("The supervisor {0} is not an active user").format(frappe.bold(self.supervisor)))

	def on_update(self):
		sync_assignment_rule(self)
		forget_calendars()

	def on_trash(self):
		delete_assignment_rule(self)

	def after_rename(self, old_name, new_name, merge=False):
		sync_assignment_rule(self)

	def drop_duplicate_members(self):
		seen, members = set(), []
		for row in self.members:
			if row.user and row.user not in seen:
				seen.add(row.user)
				members.append(row)
		self.members = members

	@property
	def member_users(self) -> list[str]:
		return [row.user for row in self.members]
