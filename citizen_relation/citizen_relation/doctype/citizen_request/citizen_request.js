// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Citizen Request", {
	setup(frm) {
		frm.set_query("request_type", () => ({ filters: { is_active: 1 } }));
		frm.set_query("service", () => ({ filters: { is_active: 1 } }));
	},

	refresh(frm) {
		// Frappe appends the time zone to a Datetime field's description and then translates the
		// whole, which no catalogue holds ("Reçue le" kept its English help): give it the translation
		for (const df of frappe.get_meta(frm.doctype).fields) {
			if (df.fieldtype === "Datetime" && df.description && frm.fields_dict[df.fieldname]) {
				frm.set_df_property(df.fieldname, "description", __(df.description));
			}
		}
		frm.trigger("render_type_fields");
		frm.trigger("show_deadlines");
		frm.trigger("letters_buttons");
		if (!frm.is_new() && frm.doc.contact) {
			frm.add_custom_button(__("Citizen's requests"), () =>
				frappe.set_route("List", "Citizen Request", { contact: frm.doc.contact })
			);
		}
	},

	request_type(frm) {
		frm.trigger("render_type_fields");
	},

	// Deadlines at a glance, above the form.
	show_deadlines(frm) {
		if (frm.is_new()) return;
		const colours = { "Response Due": "blue", "Resolution Due": "orange", Paused: "grey", Fulfilled: "green", Failed: "red" };
		const parts = [];
		if (frm.doc.agreement_status) {
			const next =
				frm.doc.agreement_status === "Response Due"
					? __("respond by {0}", [frappe.datetime.str_to_user(frm.doc.response_by)])
					: frm.doc.agreement_status === "Resolution Due"
					? __("resolve by {0}", [frappe.datetime.str_to_user(frm.doc.resolution_by)])
					: "";
			parts.push(
				`<span class="indicator-pill ${colours[frm.doc.agreement_status] || "grey"}">${__(frm.doc.agreement_status)}</span> ${next}`
			);
		}
		if (frm.doc.implicit_decision_on) {
			const meaning = frm.doc.crpa_regime === "Silence means rejection" ? __("implicit rejection") : __("implicit acceptance");
			parts.push(__("{0} on {1}", [meaning, frappe.datetime.str_to_user(frm.doc.implicit_decision_on)]));
		} else if ((frm.doc.missing_pieces || "").trim() && !frm.doc.pieces_received_on) {
			parts.push(__("legal delay suspended: pieces missing"));
		}
		if (frm.doc.appeal_delays_unenforceable) {
			parts.push(
				`<span class="indicator-pill red">${__("Appeal delays not enforceable (L112-6)")}</span> ${__(
					"no complete acknowledgement of receipt was sent to the citizen"
				)}`
			);
		}
		if (parts.length) frm.dashboard.set_headline(parts.join(" · "));
	},

	// Letters to the citizen (acknowledgement, missing pieces, transfer, decision, merge notice):
	// each one is built and checked on the server; a letter missing a mandatory mention cannot
	// be printed, e-mailed nor recorded as posted, and the form says what to fill and where.
	letters_buttons(frm) {
		if (frm.is_new()) return;
		const panel = frm.doc.__onload?.panels?.letters;
		if (!panel || panel.error || !panel.letters) return;
		const group = __("Letters");
		const can_write = frm.perm[0]?.write;
		const refused = [];
		// an incomplete letter's buttons are greyed out, say why on hover, and explain on click
		const add = (label, action, letter, reason) => {
			if (letter.complete) return frm.add_custom_button(label, action, group);
			const $button = frm.add_custom_button(
				__("{0} (incomplete)", [label]),
				() => show_missing_mentions(frm, letter),
				group
			);
			$button.addClass("text-muted").attr({ title: reason, "aria-disabled": "true" });
			return $button;
		};
		for (const letter of panel.letters) {
			const why = letter.missing.map((m) => m.label).join(", ");
			if (!letter.complete) refused.push(letter);
			add(
				__("Print: {0}", [letter.title]),
				() =>
					window.open(
						"/printview?" +
							new URLSearchParams({ doctype: "Citizen Request", name: frm.doc.name, format: letter.print_format })
					),
				letter,
				__("Cannot be printed: {0} missing", [why])
			);
			if (!can_write || (letter.kind === "acknowledgement" && letter.sent_on)) continue;
			if (letter.can_email) {
				add(
					__("E-mail: {0}", [letter.title]),
					() =>
						frappe
							.call({
								method: "citizen_relation.api.crpa.send_letter",
								args: { name: frm.doc.name, kind: letter.kind },
								freeze: true,
							})
							.then(() => frm.reload_doc()),
					letter,
					__("Cannot be e-mailed: {0} missing", [why])
				);
			}
			if (letter.can_mark_posted && !letter.sent_on) {
				add(
					__("Mark as posted: {0}", [letter.title]),
					() =>
						frappe
							.call({
								method: "citizen_relation.api.crpa.mark_letter_posted",
								args: { name: frm.doc.name, kind: letter.kind },
							})
							.then(() => frm.reload_doc()),
					letter,
					__("Cannot have been posted: {0} missing", [why])
				);
			}
		}
		// above the form: why those buttons are disabled, and where to fill what is missing
		for (const letter of refused) {
			frm.dashboard.add_comment(missing_mentions_html(letter), "red", true);
		}
		bind_field_links(frm, frm.layout.message);
	},

	// The request type's own fields, rendered as real inputs and stored in `type_values`.
	async render_type_fields(frm) {
		const wrapper = frm.get_field("type_fields_html").$wrapper;
		wrapper.empty();
		frm.set_df_property("type_values", "hidden", 1);
		if (!frm.doc.request_type) return;

		// the saved type's fields come with the form; another type chosen in the form is asked for
		const panels = frm.doc.__onload?.panels;
		let definitions = panels && panels.request_type === frm.doc.request_type ? panels.type_fields : null;
		if (!definitions) {
			({ message: definitions } = await frappe.call({
				method: "citizen_relation.api.requests.get_type_fields",
				args: { request_type: frm.doc.request_type },
			}));
		}
		definitions = definitions || [];
		if (!definitions.length) {
			wrapper.html(`<p class="text-muted small">${__("This type of request has no specific fields.")}</p>`);
			return;
		}
		const current = Object.fromEntries((frm.doc.type_values || []).map((row) => [row.fieldname, row.value]));
		const read_only = !frm.perm[0]?.write || frm.doc.docstatus > 0;
		const group = new frappe.ui.FieldGroup({
			parent: wrapper,
			fields: definitions.map((d) => ({
				fieldname: d.fieldname,
				label: __(d.label),
				fieldtype: d.fieldtype,
				options: d.fieldtype === "Select" ? ["", ...(d.options || "").split("\n")].join("\n") : undefined,
				reqd: d.reqd,
				description: [d.description, d.public ? "" : __("Not shown to the citizen")]
					.filter(Boolean)
					.join(" · "),
				read_only,
				change() {
					set_type_value(frm, d, group.get_value(d.fieldname));
				},
			})),
			body: wrapper,
		});
		group.make();
		group.set_values(current);
	},
});

// What a letter lacks, each mention with where to fill it (links into the desk).
function missing_mentions_html(letter) {
	const esc = frappe.utils.escape_html;
	const items = letter.missing
		.map((m) => {
			const field = m.fieldname ? ` data-field="${esc(m.fieldname)}"` : "";
			const where = m.route ? `<a href="${esc(m.route)}"${field}>${esc(m.where)}</a>` : esc(m.where);
			return `<li><strong>${esc(m.label)}</strong>${m.legal ? ` (${esc(m.legal)})` : ""}: ${where}</li>`;
		})
		.join("");
	return `<div><strong>${esc(__("{0} cannot be produced: mandatory mentions are missing.", [letter.title]))}</strong>
		<ul class="mb-0">${items}</ul></div>`;
}

function show_missing_mentions(frm, letter) {
	const dialog = frappe.msgprint({ title: letter.title, message: missing_mentions_html(letter), indicator: "red" });
	bind_field_links(frm, dialog.$wrapper, () => dialog.hide());
}

// A missing mention of this very request: its link scrolls to the field instead of reloading.
function bind_field_links(frm, $wrapper, before) {
	$wrapper.find("a[data-field]").off("click.cr").on("click.cr", (e) => {
		e.preventDefault();
		before?.();
		frm.scroll_to_field(e.currentTarget.dataset.field);
	});
}

// Keep the `type_values` row of a field in step with its input; a value that did not change
// (e.g. when the inputs are first filled) leaves the form clean.
function set_type_value(frm, definition, value) {
	const empty = value === undefined || value === null || value === "";
	let row = (frm.doc.type_values || []).find((r) => r.fieldname === definition.fieldname);
	if ((empty && !row) || (row && !empty && String(row.value) === String(value))) return;
	if (empty && row) {
		frm.get_field("type_values").grid.grid_rows_by_docname[row.name]?.remove();
		frm.doc.type_values = frm.doc.type_values.filter((r) => r !== row);
	} else if (!empty) {
		if (!row) {
			row = frm.add_child("type_values", { fieldname: definition.fieldname, label: definition.label });
		}
		row.value = String(value);
	}
	frm.dirty();
}

// Suggested answers: the knowledge-base articles and response templates that fit the request,
// each inserted into the reply composer in one click (the insertion is recorded by the server).
frappe.ui.form.on("Citizen Request", {
	refresh(frm) {
		knowledge_panel(frm);
	},
});

async function knowledge_panel(frm) {
	const field = frm.get_field("knowledge_html");
	if (!field || frm.is_new()) return;
	const $wrapper = field.$wrapper.empty();
	let message = frm.doc.__onload?.panels?.knowledge;
	if (!message) {
		({ message } = await frappe.call({
			method: "citizen_relation.api.knowledge.suggest_for_request",
			args: { name: frm.doc.name, limit: 5 },
		}));
	}
	if (message.error) {
		$wrapper.html(`<p class="text-muted small">${frappe.utils.escape_html(message.error)}</p>`);
		return;
	}
	const badge = (row) => (row.kind === "article" ? row.audience : row.channel);
	const item = (row) => `
		<li class="list-unstyled" style="margin-bottom: var(--margin-sm)">
			<div class="flex justify-between align-center">
				<a href="/app/${row.kind === "article" ? "knowledge-article" : "response-template"}/${encodeURIComponent(row.name)}">
					${frappe.utils.escape_html(row.title)}</a>
				<span>
					<span class="indicator-pill ${row.kind === "article" ? "blue" : "gray"}">
						${frappe.utils.escape_html(__(badge(row)))}</span>
					<button class="btn btn-xs btn-default kb-insert" data-kind="${row.kind}"
						data-name="${frappe.utils.escape_html(row.name)}" data-rank="${row.rank}">${__("Insert")}</button>
				</span>
			</div>
			<div class="text-muted small">${row.reasons.map(frappe.utils.escape_html).join(" · ")}</div>
		</li>`;
	const column = (title, rows, empty) => `
		<div class="col-md-6">
			<h6 class="text-muted">${title}</h6>
			${rows.length ? `<ul class="list-unstyled">${rows.map(item).join("")}</ul>` : `<p class="text-muted small">${empty}</p>`}
		</div>`;
	$wrapper.html(`<div class="row">
		${column(__("Articles"), message.articles, __("No article matches this request."))}
		${column(__("Response templates"), message.templates, __("No response template matches this request."))}
	</div>`);
	$wrapper.find(".kb-insert").on("click", (e) => {
		const { kind, name, rank } = e.currentTarget.dataset;
		insert_knowledge(frm, kind, name, rank);
	});
}

async function insert_knowledge(frm, kind, name, rank) {
	const { message: out } = await frappe.call({
		method:
			kind === "article"
				? "citizen_relation.api.knowledge.get_article_for_request"
				: "citizen_relation.api.knowledge.render_template_for_request",
		args: kind === "article"
			? { article: name, request: frm.doc.name, suggestion_rank: rank }
			: { template: name, request: frm.doc.name, suggestion_rank: rank },
		freeze: true,
	});
	(out.warnings || []).forEach((w) => frappe.show_alert({ message: w, indicator: "orange" }));
	if (kind === "template" && out.channel === "SMS") {
		const dialog = frappe.msgprint({
			title: __("SMS to send ({0} segment(s), {1})", [out.segments, out.encoding]),
			message: `<pre style="white-space: pre-wrap">${frappe.utils.escape_html(out.message)}</pre>`,
			primary_action: {
				label: __("Copy"),
				action: () => {
					frappe.utils.copy_to_clipboard(out.message);
					dialog.hide();
				},
			},
		});
		return;
	}
	new frappe.views.CommunicationComposer({
		doc: frm.doc,
		frm,
		subject: out.subject,
		recipients: frm.doc.reporter_email,
		message: out.message,
	});
}
{% include "citizen_relation/public/js/duplicates_panel.js" %}

// Citizen portal: the tracking link can be revoked (a new one is issued and e-mailed to the citizen).
frappe.ui.form.on("Citizen Request", {
	refresh(frm) {
		if (frm.is_new() || !frm.doc.tracking_token || !frm.perm[0]?.write) return;
		frm.add_custom_button(
			__("Revoke tracking link"),
			() =>
				frappe.confirm(
					__("The citizen's current tracking link will stop working. A new link is issued and e-mailed to the citizen when their address is known. Continue?"),
					async () => {
						const { message } = await frappe.call({
							method: "citizen_relation.api.portal.revoke_tracking_link",
							args: { name: frm.doc.name },
							freeze: true,
						});
						frappe.show_alert({
							message: message.emailed
								? __("New tracking link issued and e-mailed to the citizen")
								: __("New tracking link issued (no e-mail address to send it to)"),
							indicator: "green",
						});
						frm.reload_doc();
					}
				),
			__("Portal")
		);
	},
});
