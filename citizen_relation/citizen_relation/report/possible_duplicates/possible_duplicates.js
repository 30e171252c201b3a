// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Possible Duplicates"] = {
	filters: [
		{
			fieldname: "request_type",
			label: __("Request Type"),
			fieldtype: "Link",
			options: "Request Type",
			get_query: () => ({ filters: { duplicate_detection: 1 } }),
		},
		{
			fieldname: "from_date",
			label: __("Received Since"),
			fieldtype: "Date",
			default: frappe.datetime.add_days(frappe.datetime.get_today(), -30),
		},
	],
};
