// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Quality Report", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(__("Recompute the figures"), () =>
			frappe
				.xcall("citizen_relation.api.quality.recompute_report", { name: frm.doc.name })
				.then(() => frm.reload_doc())
		);
		frm.add_custom_button(__("Send by e-mail"), () => {
			const dialog = new frappe.ui.Dialog({
				title: __("Send the report"),
				fields: [
					{
						fieldname: "recipients",
						label: __("Recipients (e-mail addresses, one per line)"),
						fieldtype: "Small Text",
						reqd: 1,
					},
				],
				primary_action_label: __("Send"),
				primary_action(values) {
					frappe
						.xcall("citizen_relation.api.quality.send_report", {
							name: frm.doc.name,
							recipients: values.recipients,
						})
						.then(() => {
							dialog.hide();
							frappe.show_alert({ message: __("The report is in the e-mail queue"), indicator: "green" });
							frm.reload_doc();
						});
				},
			});
			dialog.show();
		});
	},
});
