// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Survey Campaign", {
	refresh(frm) {
		if (frm.is_new()) return;
		const call = (method, message) =>
			frappe.xcall(`citizen_relation.api.surveys.${method}`, { campaign: frm.doc.name }).then((result) => {
				if (message) frappe.show_alert({ message: message(result), indicator: "green" });
				frm.reload_doc();
			});
		if (["Draft", "Sampled"].includes(frm.doc.status)) {
			frm.add_custom_button(__("Draw the sample"), () =>
				call("draw_sample", (n) => __("{0} citizens drawn", [n]))
			);
		}
		if (frm.doc.status === "Sampled") {
			frm.add_custom_button(
				__("Send the invitations"),
				() =>
					frappe.confirm(
						__("Send the survey to the {0} citizens of the sample?", [frm.doc.invited || 0]),
						() => call("send_invitations", () => __("The invitations are being sent"))
					),
				null
			).addClass("btn-primary");
		}
		if (frm.doc.status === "Open") {
			frm.add_custom_button(__("Close the campaign"), () => call("close_campaign"));
		}
		if (["Open", "Closed"].includes(frm.doc.status)) {
			frm.add_custom_button(__("Results"), () =>
				frappe.set_route("query-report", "Survey Results", { campaign: frm.doc.name })
			);
		}
	},
});
