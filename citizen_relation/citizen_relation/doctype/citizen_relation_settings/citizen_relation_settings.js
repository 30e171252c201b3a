// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

// What letters to citizens still lack: the collectivité's identity (from its Company or
// overridden here), the signatory, services without address or phone, the outgoing account.
frappe.ui.form.on("Citizen Relation Settings", {
	refresh(frm) {
		render_letters_setup(frm);
	},
	company(frm) {
		// the checklist reflects saved values; say so when the Company changes
		const field = frm.get_field("letters_setup_html");
		field?.$wrapper.find(".cr-setup-stale").removeClass("hidden");
	},
});

function render_letters_setup(frm) {
	const setup = frm.doc.__onload?.letters_setup;
	const field = frm.get_field("letters_setup_html");
	if (!setup || !field) return;
	const esc = frappe.utils.escape_html;
	const rows = setup.items
		.map((item) => {
			const missing = { required: ["red", __("Missing")], recommended: ["orange", __("Recommended")] };
			const [colour, state] = item.ok ? ["green", __("Ready")] : missing[item.level] || ["gray", __("Optional")];
			const value = item.value ? `<span class="text-muted">${esc(item.value)}</span>` : "";
			const source = item.source ? ` <span class="text-muted small">(${esc(item.source)})</span>` : "";
			const hint = item.hint
				? `<div class="small">${item.route ? `<a href="${esc(item.route)}">${esc(item.hint)}</a>` : esc(item.hint)}</div>`
				: "";
			return `<tr>
				<td style="width: 8em"><span class="indicator-pill ${colour}">${esc(state)}</span></td>
				<td><strong>${esc(item.label)}</strong> ${value}${source}${hint}</td>
			</tr>`;
		})
		.join("");
	field.$wrapper.html(`
		<p class="cr-setup-stale hidden text-warning small">${esc(__("Save to update this checklist."))}</p>
		<table class="table table-sm" aria-label="${esc(__("Letters setup"))}"><tbody>${rows}</tbody></table>`);
	const message = setup.complete
		? __("Letters to citizens: ready.")
		: __("Letters to citizens: {0} mandatory item(s) missing; letters that need them are not produced.", [setup.missing]);
	frm.dashboard.clear_headline();
	frm.dashboard.set_headline_alert(esc(message), setup.complete ? "green" : "red");
}
