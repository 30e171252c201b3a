// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Survey Results"] = {
	filters: [
		{ fieldname: "campaign", label: __("Campaign"), fieldtype: "Link", options: "Survey Campaign", reqd: 1 },
		{
			fieldname: "segment",
			label: __("By"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Channel", label: __("Channel") },
				{ value: "Service", label: __("Service") },
				{ value: "Category", label: __("Category") },
			],
		},
	],
};
