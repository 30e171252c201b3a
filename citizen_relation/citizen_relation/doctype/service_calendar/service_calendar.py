# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document

from citizen_relation.core.calendar import check_calendar
from citizen_relation.sla.calendars import forget_calendars
from citizen_relation.sla.jobs import enqueue_recompute
from citizen_relation.utils import core_errors


class ServiceCalendar(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.service_calendar_closure.service_calendar_closure import ServiceCalendarClosure
		from citizen_relation.citizen_relation.doctype.service_calendar_slot.service_calendar_slot import ServiceCalendarSlot
		from frappe.types import DF

		calendar_name: DF.Data
		closures: DF.Table[ServiceCalendarClosure]
		holiday_list: DF.Link | None
		is_default: DF.Check
		slots: DF.Table[ServiceCalendarSlot]
		territory: DF.Literal["Metropolitan France", "Alsace-Moselle", "Guadeloupe", "Martinique", "French Guiana", "La R\u00e9union", "Mayotte"]
		time_zone: DF.Autocomplete
		whit_monday_worked: DF.Check
	# end: auto-generated types

	def before_validate(self):
		self.time_zone = (self.time_zone or "Europe/Paris").strip()

	def validate(self):
		with core_errors():
			check_calendar(
				self.time_zone,
				[(row.weekday, row.start_time, row.end_time) for row in self.slots],
				[(frappe.utils.get_datetime(c.from_datetime), frappe.utils.get_datetime(c.to_datetime)) for c in self.closures],
			)

	def on_update(self):
		if self.is_default:
			self.unset_other_defaults()
		forget_calendars()
		enqueue_recompute()

	def unset_other_defaults(self):
		for name in frappe.get_all("Service Calendar", filters={"is_default": 1, "name": ("!=", self.name)}, pluck="name"):
			frappe.db.set_value("Service Calendar", name, "is_default", 0)

