# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

"""The duplicate model in use and the proposals, judged on agents' past decisions.

One row per model: the seeded one (or the adopted one) as measured today on every decision in
force, then each proposal with the figures stored when it was fitted (cross-validated). An
administrator compares them before clicking *Adopt this model* on a proposal.
"""

import frappe
from frappe import _

from citizen_relation.core.duplicates import evaluate
from citizen_relation.duplicates.calibration import active_model, active_model_label
from citizen_relation.duplicates.decisions import training_decisions

MAX_ROWS = 50


def execute(filters: dict | None = None):
	frappe.has_permission("Duplicate Model", "read", throw=True)
	rows, labels = training_decisions()
	current = evaluate(active_model(), rows, labels)
	data = [
		{
			"model": active_model_label(),
			"label": _("In use") + (" (" + _("seeded") + ")" if active_model_label() == "seeded" else ""),
			"status": _("Active"),
			"decisions": current.n,
			"positives": sum(labels),
			"precision": _pct(current.precision),
			"recall": _pct(current.recall),
			"f1": _pct(current.f1),
			"measured": _("today, on every decision"),
		}
	]
	for m in frappe.get_all(
		"Duplicate Model",
		fields=["name", "label", "status", "decisions", "positives", "proposed_precision", "proposed_recall", "proposed_f1", "creation"],
		order_by="creation desc",
		limit=MAX_ROWS,
	):
		if m.name == active_model_label():
			continue
		data.append(
			{
				"model": m.name,
				"label": m.label,
				"status": _(m.status),
				"decisions": m.decisions,
				"positives": m.positives,
				"precision": m.proposed_precision,
				"recall": m.proposed_recall,
				"f1": m.proposed_f1,
				"measured": _("cross-validated when fitted"),
			}
		)
	return columns(), data


def _pct(value):
	return None if value is None else round(100 * value, 1)


def columns() -> list[dict]:
	return [
		{"fieldname": "model", "label": _("Duplicate Model"), "fieldtype": "Data", "width": 140},
		{"fieldname": "label", "label": _("Label"), "fieldtype": "Data", "width": 220},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 90},
		{"fieldname": "decisions", "label": _("Decisions"), "fieldtype": "Int", "width": 90},
		{"fieldname": "positives", "label": _("Merges"), "fieldtype": "Int", "width": 80},
		{"fieldname": "precision", "label": _("Precision (%)"), "fieldtype": "Percent", "width": 110},
		{"fieldname": "recall", "label": _("Recall (%)"), "fieldtype": "Percent", "width": 100},
		{"fieldname": "f1", "label": _("F1 (%)"), "fieldtype": "Percent", "width": 90},
		{"fieldname": "measured", "label": _("Measured"), "fieldtype": "Data", "width": 200},
	]
