// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Register of Processing Activities"] = {
	filters: [],
	onload(report) {
		report.page.add_inner_button(__("Citizen Relation Settings"), () =>
			frappe.set_route("Form", "Citizen Relation Settings")
		);
	},
};
