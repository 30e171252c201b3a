// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

// Personal data (RGPD) in the desk: a request's retention phase, a citizen's export and erasure
// (on a request and on a contact), legal holds, and running the retention from the settings.
// Every action calls citizen_relation.api.privacy, which checks the roles again.

const PRIVACY_API = "citizen_relation.api.privacy.";
const RIGHTS_ROLES = ["Citizen Relation Supervisor", "Citizen Relation Manager", "System Manager"];
const RUN_ROLES = ["Citizen Relation Manager", "System Manager"];

function privacy_can(roles) {
	return roles.some((role) => frappe.user.has_role(role));
}

function privacy_export(args) {
	window.open(`/api/method/${PRIVACY_API}download_personal_data?` + new URLSearchParams(args));
}

function privacy_erase(args, after) {
	frappe.call({ method: PRIVACY_API + "get_erasure_plan", args }).then(({ message: plan }) => {
		const esc = frappe.utils.escape_html;
		const rows = plan.requests
			.map(
				(r) => `<tr>
					<td>${esc(r.name)}<br><span class="text-muted small">${esc(r.request_type || "")} · ${esc(r.status_label)}</span></td>
					<td><b>${esc(r.action_label)}</b>${r.reason ? `<div class="small text-muted">${esc(r.reason)}</div>` : ""}</td>
				</tr>`
			)
			.join("");
		let contact = "";
		if (plan.contact) {
			contact = plan.contact.deleted
				? `<p>${__("The contact {0} is deleted: nothing else needs it.", [esc(plan.contact.name)])}</p>`
				: `<p>${plan.contact.reasons.map(esc).join("<br>")}</p>`;
		}
		const dialog = new frappe.ui.Dialog({
			title: __("Erase the citizen's personal data"),
			size: "large",
			fields: [
				{
					fieldtype: "HTML",
					fieldname: "plan",
					options: `<p>${__("What the erasure does, request by request (RGPD art. 17 and its exceptions):")}</p>
						<table class="table table-bordered"><thead><tr><th>${__("Request")}</th><th>${__("Erasure")}</th></tr></thead>
						<tbody>${rows || `<tr><td colspan="2">${__("No request")}</td></tr>`}</tbody></table>${contact}`,
				},
				{
					fieldtype: "Data",
					fieldname: "reference",
					label: __("Reference of the citizen's demand"),
					description: __("Date and channel of the demand (e.g. letter of 3 March 2026). Never the citizen's name: it is kept in the log."),
					reqd: 1,
				},
			],
			primary_action_label: __("Erase"),
			primary_action(values) {
				frappe
					.call({
						method: PRIVACY_API + "erase_personal_data",
						args: { ...args, reference: values.reference },
						freeze: true,
						freeze_message: __("Erasing…"),
					})
					.then(({ message }) => {
						dialog.hide();
						frappe.msgprint({
							title: __("Personal data erased"),
							indicator: "green",
							message: __("Done: see the log {0}.", [
								`<a href="/app/retention-run/${encodeURIComponent(message.run)}">${esc(message.run)}</a>`,
							]),
						});
						after && after(message);
					});
			},
		});
		dialog.show();
	});
}

function privacy_reason_dialog(title, label, method, args, after) {
	frappe.prompt(
		[{ fieldtype: "Small Text", fieldname: "reason", label, reqd: 1 }],
		(values) =>
			frappe.call({ method: PRIVACY_API + method, args: { ...args, reason: values.reason } }).then(after),
		title,
		__("Confirm")
	);
}

frappe.ui.form.on("Citizen Request", {
	refresh(frm) {
		if (frm.is_new()) return;
		const phase = frm.doc.retention_phase || "Active";
		if (phase === "Archived") {
			frm.set_intro(
				__("In the intermediate archive since {0}: read-only, found only by supervisors.", [
					frappe.datetime.str_to_user(frm.doc.archived_on),
				]) +
					" " +
					(frm.doc.legal_hold
						? __("Under legal hold: it will not be anonymised while the hold lasts.")
						: frm.doc.anonymise_on
						? __("Anonymised from {0}.", [frappe.datetime.str_to_user(frm.doc.anonymise_on)])
						: __("Kept in the archive.")),
				"orange"
			);
		} else if (phase === "Anonymised") {
			frm.set_intro(
				__("Anonymised on {0}: the citizen's data was removed, only what statistics need is kept.", [
					frappe.datetime.str_to_user(frm.doc.anonymised_on),
				]),
				"grey"
			);
		}
		if (phase !== "Active") {
			frm.disable_form();
			// no workflow action applies to an archived or anonymised request (the server refuses them)
			if (frm.states) frm.states.show_actions = () => frm.page.clear_actions_menu();
			frm.page.clear_actions_menu();
		}
		if (!privacy_can(RIGHTS_ROLES)) return;

		const group = __("Personal data");
		if (phase !== "Anonymised") {
			frm.add_custom_button(__("Export the citizen's data"), () => privacy_export({ request: frm.doc.name }), group);
			frm.add_custom_button(
				__("Erase the citizen's data"),
				() => privacy_erase({ request: frm.doc.name }, () => frm.reload_doc()),
				group
			);
			if (frm.doc.legal_hold) {
				frm.add_custom_button(
					__("Lift the legal hold"),
					() =>
						frappe
							.call({ method: PRIVACY_API + "set_legal_hold", args: { name: frm.doc.name, hold: 0 } })
							.then(() => frm.reload_doc()),
					group
				);
			} else {
				frm.add_custom_button(
					__("Place under legal hold"),
					() =>
						privacy_reason_dialog(
							__("Place under legal hold"),
							__("Dispute or authority that requires the request to be kept"),
							"set_legal_hold",
							{ name: frm.doc.name, hold: 1 },
							() => frm.reload_doc()
						),
					group
				);
			}
		}
		if (phase === "Archived") {
			frm.add_custom_button(
				__("Restore to the active base"),
				() =>
					privacy_reason_dialog(
						__("Restore to the active base"),
						__("Why the request is needed again"),
						"restore_from_archive",
						{ name: frm.doc.name },
						() => frm.reload_doc()
					),
				group
			);
		}
	},
});

frappe.ui.form.on("Contact", {
	refresh(frm) {
		if (frm.is_new() || !privacy_can(RIGHTS_ROLES)) return;
		const group = __("Personal data");
		frm.add_custom_button(__("Export personal data"), () => privacy_export({ contact: frm.doc.name }), group);
		frm.add_custom_button(
			__("Erase personal data"),
			() =>
				privacy_erase({ contact: frm.doc.name }, (result) => {
					if (result.contact && result.contact.deleted) frappe.set_route("List", "Contact");
					else frm.reload_doc();
				}),
			group
		);
	},
});

frappe.ui.form.on("Citizen Relation Settings", {
	refresh(frm) {
		const group = __("Personal data");
		if (privacy_can(RUN_ROLES)) {
			frm.add_custom_button(
				__("Run the retention now"),
				() =>
					frappe
						.call({ method: PRIVACY_API + "run_retention_now" })
						.then(({ message }) => frappe.show_alert({ message: message.message, indicator: "blue" })),
				group
			);
		}
		frm.add_custom_button(__("Retention runs"), () => frappe.set_route("List", "Retention Run"), group);
		frm.add_custom_button(
			__("Register of processing activities"),
			() => frappe.set_route("query-report", "Register of Processing Activities"),
			group
		);
	},
});
