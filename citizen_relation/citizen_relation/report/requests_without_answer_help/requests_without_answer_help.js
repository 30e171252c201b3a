// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Requests Without Answer Help"] = {
	filters: [
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
			default: frappe.datetime.add_months(frappe.datetime.get_today(), -3),
			reqd: 1,
		},
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date", default: frappe.datetime.get_today(), reqd: 1 },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
		{ fieldname: "service", label: __("Responsible Service"), fieldtype: "Link", options: "Municipal Service" },
	],
};
