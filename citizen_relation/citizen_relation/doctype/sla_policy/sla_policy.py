# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.sla.jobs import enqueue_recompute
from citizen_relation.sla.policies import clear_policy_cache


class SLAPolicy(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.sla_policy_status.sla_policy_status import SLAPolicyStatus
		from frappe.types import DF

		calendar: DF.Link | None
		category: DF.Literal["", "Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"]
		condition: DF.Code | None
		enabled: DF.Check
		escalation_role: DF.Link | None
		notify_assignee: DF.Check
		notify_supervisor: DF.Check
		policy_name: DF.Data
		priority: DF.Literal["", "Low", "Medium", "High", "Urgent"]
		rank: DF.Int
		request_type: DF.Link | None
		resolution_days: DF.Int
		resolution_target_type: DF.Literal["Working time", "Calendar days"]
		resolution_time: DF.Duration | None
		response_days: DF.Int
		response_target_type: DF.Literal["Working time", "Calendar days"]
		response_time: DF.Duration | None
		service: DF.Link | None
		statuses: DF.Table[SLAPolicyStatus]
		warning_threshold: DF.Percent
	# end: auto-generated types

	def validate(self):
		self.validate_targets()
		self.validate_statuses()
		self.validate_condition()

	def on_update(self):
		clear_policy_cache()
		enqueue_recompute()

	def on_trash(self):
		clear_policy_cache()
		enqueue_recompute()

	def validate_targets(self):
		response = self.response_days if self.response_target_type == "Calendar days" else self.response_time
		resolution = self.resolution_days if self.resolution_target_type == "Calendar days" else self.resolution_time
		if not (response or resolution):
			frappe.throw(_("Give a response target, a resolution target, or both"), title=_("No target"))
		if not 0 <= (self.warning_threshold or 0) < 100:
			frappe.throw(_("The warning threshold is a share of the time between 0 and 99 %"))

	def validate_statuses(self):
		seen = set()
		for row in self.statuses:
			if row.status in seen:
				frappe.throw(_("Status {0} is listed twice").format(_(row.status)))
			seen.add(row.status)

	def validate_condition(self):
		"""Evaluate the condition on sample requests — the most recent real ones and a new blank
		one — so that a condition that raises (a typo in a field name, ``None.lower()``, a wrong
		type) is refused here rather than failing on every matching request later."""
		if not self.condition:
			return
		try:
			compile(self.condition, "<condition>", "eval")
		except SyntaxError as error:
			frappe.throw(_("The condition is not a valid expression: {0}").format(error.msg), title=_("Invalid condition"))
		for label, values in condition_samples():
			try:
				frappe.safe_eval(self.condition, None, {"doc": values})
			except Exception as error:
				frappe.throw(
					_("The condition fails on {0}: {1}").format(label, f"{type(error).__name__}: {error}"[:300]),
					title=_("Invalid condition"),
				)


SAMPLE_REQUESTS = 20


def condition_samples():
	"""(label, values) of the requests a condition is tried on: a new blank request, then recent ones."""
	blank = frappe.new_doc("Citizen Request").as_dict()
	blank.update(name="DEM-SAMPLE", subject="", status="New", received_on=frappe.utils.now_datetime())
	yield _("a new blank request"), blank
	for name in frappe.get_all("Citizen Request", order_by="creation desc", limit=SAMPLE_REQUESTS, pluck="name"):
		yield _("request {0}").format(name), frappe.get_doc("Citizen Request", name).as_dict()
