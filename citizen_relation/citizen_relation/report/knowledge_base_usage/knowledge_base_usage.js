// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Knowledge Base Usage"] = {
	filters: [
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
			default: frappe.datetime.add_months(frappe.datetime.get_today(), -1),
			reqd: 1,
		},
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date", default: frappe.datetime.get_today(), reqd: 1 },
		{ fieldname: "kind", label: __("Kind"), fieldtype: "Select", options: ["", "Article", "Template"] },
		{ fieldname: "show_unused", label: __("Show Unused"), fieldtype: "Check" },
	],
};
