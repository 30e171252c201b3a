// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Quality Settings", {
	refresh(frm) {
		frm.add_custom_button(
			__("Send last month's report now"),
			() =>
				frappe
					.xcall("citizen_relation.api.quality.send_monthly_reports_now")
					.then((names) =>
						frappe.msgprint(
							names.length
								? __("{0} reports are in the e-mail queue.", [names.length])
								: __("Add recipients first.")
						)
					),
			__("Actions")
		);
		frm.add_custom_button(
			__("Publish the open data now"),
			() =>
				frappe.xcall("citizen_relation.api.quality.publish_open_data").then((message) =>
					frappe.show_alert({ message, indicator: "blue" })
				),
			__("Actions")
		);
		frm.add_custom_button(
			__("Recompute the statistics"),
			() =>
				frappe.confirm(
					__("Recompute every day's statistics from the requests? It runs in the background and may take a few minutes."),
					() =>
						frappe
							.xcall("citizen_relation.api.stats.rebuild_statistics")
							.then((message) => frappe.show_alert({ message, indicator: "blue" }))
				),
			__("Actions")
		);
		if (frm.doc.opendata_csv) {
			frm.set_intro(
				__("Open data published on {0}: {1} requests.", [
					frappe.datetime.str_to_user(frm.doc.opendata_published_on),
					frm.doc.opendata_rows,
				]),
				"blue"
			);
		}
	},
});
