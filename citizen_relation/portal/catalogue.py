"""The request types offered to citizens, grouped by category, and the intent search."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation import caching
from citizen_relation.core import portal as core_portal
from citizen_relation.requests.profile import get_profile

DOCTYPE = "Request Type"
# The Request Type's categories, in the order citizens meet them (technical problems first).
CATEGORY_ORDER = (
	"Technical Problem",
	"Complaint",
	"Information Request",
	"Administrative Procedure",
	"Suggestion",
	"Thanks",
)


def public_types() -> list[dict]:
	"""Active types offered on the portal: name, category and its label, description, keywords."""

	def build():
		rows = frappe.get_all(
			DOCTYPE,
			filters={"is_active": 1, "is_public": 1},
			fields=["name", "category", "description", "keywords", "show_on_public_map"],
			order_by="name asc",
		)
		for row in rows:
			row.category_label = _(row.category) if row.category else ""
		order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
		return sorted(rows, key=lambda r: (order.get(r.category, len(order)), r.name))

	return caching.request_memo("portal", ("types", frappe.local.lang), build)


def grouped_types() -> list[dict]:
	"""``[{category, label, types: [...]}]`` in the categories' order."""
	groups: dict[str, dict] = {}
	for row in public_types():
		group = groups.setdefault(row.category or "", {"category": row.category, "label": row.category_label, "types": []})
		group["types"].append(row)
	return list(groups.values())


def public_profile(name: str | None):
	"""The profile of a type a citizen may use, else ``None``."""
	profile = get_profile(name)
	if profile is None or not profile.is_active or not profile.is_public:
		return None
	return profile


def search_types(query: str | None, limit: int = 5) -> list[dict]:
	"""The types that match the citizen's words ("lampadaire", "poubelle"), best first."""
	types = public_types()
	names = core_portal.rank_types(query, [dict(t) for t in types], limit=limit)
	by_name = {t.name: t for t in types}
	return [
		{"name": n, "category": by_name[n].category_label, "description": by_name[n].description or ""}
		for n in names
	]


def needs_location(profile) -> bool:
	"""Technical problems happen somewhere: their reports need an address or a point on the map."""
	return profile.category == "Technical Problem"
