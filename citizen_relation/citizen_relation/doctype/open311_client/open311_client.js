// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Open311 Client", {
	refresh(frm) {
		if (frm.is_new() || !frm.perm[0]?.write) return;
		const has_key = !!frm.doc.api_key_hash || (!!frm.doc.key_hint && !frm.doc.key_revoked_on);
		frm.add_custom_button(has_key ? __("Regenerate API key") : __("Generate API key"), () => {
			const go = () => generate(frm);
			if (has_key) {
				frappe.confirm(__("The current key will stop working at once. Continue?"), go);
			} else {
				go();
			}
		}, __("API key"));
		if (has_key) {
			frm.add_custom_button(__("Revoke API key"), () => {
				frappe.confirm(__("Calls with this key will be refused at once. Continue?"), () =>
					frappe
						.call("citizen_relation.api.open311.revoke_api_key", { client: frm.doc.name })
						.then(() => frm.reload_doc())
				);
			}, __("API key"));
		}
		frm.add_custom_button(__("Traffic"), () =>
			frappe.set_route("query-report", "Open311 Traffic", { api_client: frm.doc.name })
		);
	},
	after_save(frm) {
		// the key is generated (and shown once) right after the client is created
		if (!frm.doc.key_hint && !frm.doc.key_revoked_on) generate(frm);
	},
});

function generate(frm) {
	frappe.call("citizen_relation.api.open311.generate_api_key", { client: frm.doc.name }).then((r) => {
		const keys = r.message;
		const dialog = new frappe.ui.Dialog({
			title: __("API key of {0}", [frm.doc.client_name]),
			fields: [
				{
					fieldtype: "HTML",
					options: `<p class="text-warning">${__(
						"Copy the key and the callback secret now: they will not be shown again."
					)}</p>`,
				},
				{ fieldname: "api_key", fieldtype: "Data", label: __("API key"), read_only: 1, default: keys.api_key },
				{
					fieldname: "callback_secret",
					fieldtype: "Data",
					label: __("Callback secret"),
					read_only: 1,
					default: keys.callback_secret,
				},
			],
			primary_action_label: __("Copy the key"),
			primary_action() {
				frappe.utils.copy_to_clipboard(keys.api_key);
			},
		});
		dialog.onhide = () => frm.reload_doc();
		dialog.show();
	});
}
