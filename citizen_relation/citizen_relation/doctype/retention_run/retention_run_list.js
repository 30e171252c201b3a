// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.listview_settings["Retention Run"] = {
	get_indicator(doc) {
		const colours = { Running: "blue", Completed: "green", "Completed with errors": "orange", Failed: "red" };
		return [__(doc.status), colours[doc.status] || "grey", "status,=," + doc.status];
	},
	onload(listview) {
		if (!["Citizen Relation Manager", "System Manager"].some((role) => frappe.user.has_role(role))) return;
		listview.page.add_inner_button(__("Run the retention now"), () =>
			frappe
				.call({ method: "citizen_relation.api.privacy.run_retention_now" })
				.then(({ message }) => frappe.show_alert({ message: message.message, indicator: "blue" }))
		);
	},
};
