// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

// "Duplicates" section of the Citizen Request form (included by citizen_request.js): possible
// duplicates explained component by component, with a small map and "Merge into this one"; the
// reports merged into this request; the master of a merged request and "Unmerge".

frappe.ui.form.on("Citizen Request", {
	refresh(frm) {
		citizen_relation.duplicates.render(frm);
	},
});

frappe.provide("citizen_relation.duplicates");

citizen_relation.duplicates.COMPONENTS = {
	distance: __("Distance"),
	street: __("Street"),
	object: __("Object"),
	fault: __("Fault"),
	text: __("Words"),
	time: __("Time"),
	type: __("Type"),
};

// One line of the explanation, in the agent's words: what was measured, and whether it speaks for
// (green, "+") or against (red, "−") a duplicate, with its weight in the decision.
citizen_relation.duplicates.describe_component = function (comp) {
	const d = comp.detail || {};
	// concepts of the lexicon are French words ("feu_tricolore"): shown as such
	const list = (xs) => (xs || []).map((x) => String(x).replace(/_/g, " ")).join(", ");
	switch (comp.name) {
		case "distance":
			if (comp.raw === null) return __("place unknown");
			return d.source === "house numbers"
				? __("about {0} m apart (house numbers)", [Math.round(comp.raw)])
				: __("{0} m apart (usual spread {1} m)", [Math.round(comp.raw), d.radius_m]);
		case "street": {
			if (comp.raw === null) return __("street unknown");
			const numbers = d.number && d.candidate_number ? __("no. {0} and {1}", [d.number, d.candidate_number]) : "";
			return comp.score > 0
				? __("same street{0}", [numbers ? " (" + numbers + ")" : ""])
				: __("other street ({0} / {1})", [d.street || "", d.candidate_street || ""]);
		}
		case "object":
			if (comp.raw === null) return __("object not named on both");
			return comp.raw ? __("same object: {0}", [list(d.objects)]) : __("other object: {0} / {1}", [list(d.objects), list(d.candidate_objects)]);
		case "fault":
			if (comp.raw === null) return __("fault not named on both");
			if (d.related) return __("cause and consequence: {0} / {1}", [list(d.faults), list(d.candidate_faults)]);
			return comp.raw ? __("same fault: {0}", [list(d.faults)]) : __("other fault: {0} / {1}", [list(d.faults), list(d.candidate_faults)]);
		case "text":
			return __("words {0} % alike", [Math.round(comp.raw)]);
		case "time": {
			const apart =
				comp.raw < 1
					? __("{0} hours apart (window {1} days)", [Math.round(comp.raw * 24), d.window_days])
					: __("{0} days apart (window {1} days)", [Math.round(comp.raw * 10) / 10, d.window_days]);
			if (!d.reminder) return apart;
			if (d.lasting_days) return apart + "; " + __("said to have lasted about {0} days", [Math.round(d.lasting_days)]);
			return apart + "; " + __("said to be still unrepaired");
		}
		case "type":
			if (comp.raw) return __("same type");
			return d.outside_families ? __("other type, same object and fault") : __("related type");
		default:
			return String(comp.raw);
	}
};

citizen_relation.duplicates.render = async function (frm) {
	const field = frm.get_field("duplicates_html");
	if (!field) return;
	const wrapper = field.$wrapper;
	wrapper.empty();
	if (frm.is_new()) return;

	// loaded with the form (onload); asked again only when the form has none
	let data = frm.doc.__onload?.panels?.duplicates;
	if (!data) {
		({ message: data } = await frappe.call({
			method: "citizen_relation.api.duplicates.get_duplicate_candidates",
			args: { name: frm.doc.name },
		}));
	}
	if (data?.error) {
		wrapper.html(`<p class="text-muted small">${frappe.utils.escape_html(data.error)}</p>`);
		return;
	}
	if (!data || data.name !== frm.doc.name) return;
	const esc = frappe.utils.escape_html;
	const link = (name) => `<a href="/app/citizen-request/${encodeURIComponent(name)}">${esc(name)}</a>`;
	const parts = [];

	if (data.merged_into) {
		frm.dashboard.set_headline_alert(
			__("This report was merged into {0}: its reporter is kept informed with the master request.", [
				link(data.merged_into),
			]),
			"blue"
		);
		parts.push(`<p>${__("Merged into {0}", [link(data.merged_into)])}</p>`);
		if (data.can_unmerge) {
			frm.add_custom_button(__("Unmerge"), () => citizen_relation.duplicates.unmerge(frm, frm.doc.name));
		}
	} else if (data.reporter_count > 1) {
		frm.dashboard.set_headline_alert(
			__("{0} citizens reported this incident.", [data.reporter_count]),
			"orange"
		);
	}

	if (!data.merged_into && data.enabled) {
		if (!data.candidates.length) {
			parts.push(`<p class="text-muted small">${__("No possible duplicate among the open requests nearby.")}</p>`);
		} else {
			parts.push(`<div class="cr-dup-map" style="height: 200px; margin-bottom: var(--margin-md)"></div>`);
			for (const c of data.candidates) {
				const pct = Math.round(c.score * 100);
				const components = c.components
					.filter((comp) => Math.abs(comp.contribution) >= 0.05 || comp.raw !== null)
					.map((comp) => {
						const points = comp.contribution;
						const sign = points > 0.05 ? "+" : points < -0.05 ? "−" : "·";
						const colour = points > 0.05 ? "green" : points < -0.05 ? "red" : "gray";
						const title = __("{0}: {1} points in the decision", [
							citizen_relation.duplicates.COMPONENTS[comp.name] || comp.name,
							(Math.round(points * 10) / 10).toString(),
						]);
						return `<span class="indicator-pill ${colour}" style="margin: 2px" title="${esc(title)}">${sign} ${esc(
							citizen_relation.duplicates.describe_component(comp)
						)}</span>`;
					})
					.join(" ");
				parts.push(`
					<div class="cr-dup-candidate" style="border-bottom: 1px solid var(--border-color); padding: var(--padding-sm) 0">
						<div class="flex justify-between align-center">
							<div>
								<b>${link(c.name)}</b> · ${esc(c.subject || "")}
								<div class="text-muted small">
									${esc(__(c.status))} · ${esc(frappe.datetime.str_to_user(c.received_on))}
									${c.distance_m !== null ? " · " + esc(__("{0} m away", [c.distance_m])) : ""}
									${c.reporter_count > 1 ? " · " + esc(__("{0} reporters", [c.reporter_count])) : ""}
								</div>
							</div>
							<div>
							${
								data.can_merge
									? `<button class="btn btn-xs btn-default cr-dup-merge" data-name="${esc(c.name)}">${__(
											"Merge into this one"
									  )}</button>`
									: ""
							}
							${
								data.can_dismiss
									? `<button class="btn btn-xs btn-default cr-dup-dismiss" data-name="${esc(c.name)}">${__(
											"Not a duplicate"
									  )}</button>`
									: ""
							}
							</div>
						</div>
						<div class="progress" style="height: 6px; margin: 6px 0" title="${esc(__("Probability {0} % (suggested from {1} %)", [pct, Math.round(c.threshold * 100)]))}">
							<div class="progress-bar" style="width: ${pct}%"></div>
						</div>
						<div class="small">${esc(__("Probability {0} % (suggested from {1} %)", [pct, Math.round(c.threshold * 100)]))}</div>
						<div class="small">${components}</div>
					</div>`);
			}
		}
	}

	if ((data.dismissed || []).length) {
		parts.push(`<h6 style="margin-top: var(--margin-md)">${__("Marked as not duplicates")}</h6>`);
		for (const r of data.dismissed) {
			parts.push(`
				<div class="flex justify-between align-center small" style="padding: 4px 0">
					<div>${link(r.other)} · ${esc(r.decided_by || "")} · ${esc(frappe.datetime.str_to_user(r.decided_on))}</div>
					${
						data.can_dismiss
							? `<button class="btn btn-xs btn-default cr-dup-undismiss" data-name="${esc(r.other)}">${__("Undo")}</button>`
							: ""
					}
				</div>`);
		}
	}

	if (data.merged_here.length) {
		parts.push(`<h6 style="margin-top: var(--margin-md)">${__("Reports merged here")}</h6>`);
		for (const r of data.merged_here) {
			const files = r.attachments
				.map((f) => `<a href="${encodeURI(f.file_url)}" target="_blank" rel="noopener">${esc(f.file_name || f.file_url)}</a>`)
				.join(", ");
			parts.push(`
				<div class="flex justify-between align-center small" style="padding: 4px 0">
					<div>
						${link(r.request)} · ${esc(r.reporter_name || __("Unknown reporter"))} · ${esc(__(r.channel || ""))}
						· ${esc(frappe.datetime.str_to_user(r.received_on))}
						${r.communications ? " · " + esc(__("{0} e-mails", [r.communications])) : ""}
						${files ? " · " + __("Attachments:") + " " + files : ""}
					</div>
					${
						frm.perm[0]?.write
							? `<button class="btn btn-xs btn-default cr-dup-unmerge" data-name="${esc(r.request)}">${__("Unmerge")}</button>`
							: ""
					}
				</div>`);
		}
	}

	wrapper.html(parts.join(""));
	wrapper.find(".cr-dup-merge").on("click", (e) =>
		citizen_relation.duplicates.merge(frm, $(e.currentTarget).attr("data-name"))
	);
	wrapper.find(".cr-dup-dismiss").on("click", (e) =>
		citizen_relation.duplicates.dismiss(frm, $(e.currentTarget).attr("data-name"))
	);
	wrapper.find(".cr-dup-undismiss").on("click", (e) =>
		citizen_relation.duplicates.undismiss(frm, $(e.currentTarget).attr("data-name"))
	);
	wrapper.find(".cr-dup-unmerge").on("click", (e) =>
		citizen_relation.duplicates.unmerge(frm, $(e.currentTarget).attr("data-name"))
	);
	citizen_relation.duplicates.draw_map(wrapper.find(".cr-dup-map").get(0), data);
};

citizen_relation.duplicates.draw_map = function (element, data) {
	if (!element || typeof L === "undefined") {
		$(element).remove();
		return;
	}
	const located = data.candidates.filter((c) => c.latitude || c.longitude);
	if (!(data.latitude || data.longitude) || !located.length) {
		$(element).remove();
		return;
	}
	const map = L.map(element, { scrollWheelZoom: false });
	L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {
		attribution: "© OpenStreetMap",
	}).addTo(map);
	const here = L.circleMarker([data.latitude, data.longitude], { color: "#000091", radius: 8 }).addTo(map);
	here.bindTooltip(__("This request"));
	const points = [[data.latitude, data.longitude]];
	for (const c of located) {
		L.circleMarker([c.latitude, c.longitude], { color: "#e1000f", radius: 6 })
			.addTo(map)
			.bindTooltip(`${frappe.utils.escape_html(c.name)} · ${Math.round(c.score * 100)} %`);
		points.push([c.latitude, c.longitude]);
	}
	map.fitBounds(points, { padding: [20, 20], maxZoom: 18 });
	setTimeout(() => map.invalidateSize(), 200);
};

citizen_relation.duplicates.merge = function (frm, master) {
	frappe.confirm(
		__("Merge {0} into {1}? Its reporter will be kept informed with {1}.", [
			frappe.utils.escape_html(frm.doc.name),
			frappe.utils.escape_html(master),
		]),
		async () => {
			await frappe.call({
				method: "citizen_relation.api.duplicates.merge_requests",
				args: { name: frm.doc.name, master },
				freeze: true,
			});
			frappe.show_alert({ message: __("Merged into {0}", [master]), indicator: "green" });
			frm.reload_doc();
		}
	);
};

citizen_relation.duplicates.unmerge = function (frm, name) {
	frappe.confirm(__("Unmerge {0}? It gets back its own status and reporters.", [frappe.utils.escape_html(name)]), async () => {
		await frappe.call({
			method: "citizen_relation.api.duplicates.unmerge_request",
			args: { name },
			freeze: true,
		});
		frappe.show_alert({ message: __("{0} unmerged", [name]), indicator: "green" });
		frm.reload_doc();
	});
};

citizen_relation.duplicates.dismiss = async function (frm, candidate, after) {
	await frappe.call({
		method: "citizen_relation.api.duplicates.mark_not_duplicate",
		args: { name: frm ? frm.doc.name : after.name, candidate },
		freeze: true,
	});
	frappe.show_alert({ message: __("{0} will no longer be proposed as a duplicate", [candidate]), indicator: "green" });
	if (frm) frm.reload_doc();
	else if (after?.callback) after.callback();
};

citizen_relation.duplicates.undismiss = async function (frm, candidate) {
	await frappe.call({
		method: "citizen_relation.api.duplicates.undo_not_duplicate",
		args: { name: frm.doc.name, candidate },
		freeze: true,
	});
	frappe.show_alert({ message: __("{0} may be proposed again", [candidate]), indicator: "green" });
	frm.reload_doc();
};
