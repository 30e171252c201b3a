# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class RetentionRun(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.retention_run_count.retention_run_count import RetentionRunCount
		from citizen_relation.citizen_relation.doctype.retention_run_error.retention_run_error import RetentionRunError
		from frappe.types import DF

		anonymisation_authorised: DF.Check
		anonymised: DF.Int
		archived: DF.Int
		as_of: DF.Date | None
		counts: DF.Table[RetentionRunCount]
		duration: DF.Duration | None
		errors: DF.Table[RetentionRunError]
		errors_count: DF.Int
		finished_on: DF.Datetime | None
		kept: DF.Int
		naming_series: DF.Literal["RET-.YYYY.-.#####"]
		reference: DF.Data | None
		run_type: DF.Literal["Scheduled", "From the desk", "Erasure on request"]
		started_on: DF.Datetime | None
		status: DF.Literal["Running", "Completed", "Completed with errors", "Failed"]
		triggered_by: DF.Link | None
	# end: auto-generated types
	pass
