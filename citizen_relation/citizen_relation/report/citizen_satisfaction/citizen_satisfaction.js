// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Citizen Satisfaction"] = {
	filters: [
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
			default: frappe.datetime.add_months(frappe.datetime.month_start(), -11),
			reqd: 1,
		},
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date", default: frappe.datetime.get_today(), reqd: 1 },
		{
			fieldname: "group_by",
			label: __("Group by"),
			fieldtype: "Select",
			options: [
				{ value: "Service", label: __("Service") },
				{ value: "Request Type", label: __("Request Type") },
				{ value: "Channel", label: __("Channel") },
				{ value: "Category", label: __("Category") },
			],
			default: "Service",
		},
		{
			fieldname: "time_interval",
			label: __("Time interval"),
			fieldtype: "Select",
			options: [
				{ value: "Monthly", label: __("Monthly") },
				{ value: "Quarterly", label: __("Quarterly") },
				{ value: "Yearly", label: __("Yearly") },
				{ value: "Whole period", label: __("Whole period") },
			],
			default: "Whole period",
		},
		{ fieldname: "service", label: __("Service"), fieldtype: "Link", options: "Municipal Service" },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
	],
};
