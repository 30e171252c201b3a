"""Type families from the desk: which request types are searched together for duplicates.

Reads the enabled Duplicate Families, the services of the types that detect duplicates and the
setting "Search the types of the same service together", and asks the core
(:func:`citizen_relation.core.duplicates.related_types`). Built once per version of those
documents in each worker (the versions are their latest ``modified`` stamps).
"""

from __future__ import annotations

import frappe

from citizen_relation import caching
from citizen_relation.core.duplicates.families import TypeFamily, related_types
from citizen_relation.utils import get_settings


def _version() -> tuple:
	"""Changes of families, types or settings, read in one round trip (cheap on every search)."""
	row = frappe.db.sql(
		"""select (select max(modified) from `tabDuplicate Family`),
			(select count(*) from `tabDuplicate Family`),
			(select max(modified) from `tabRequest Type`)"""
	)[0]
	return (*(str(v) for v in row), str(get_settings().modified))


def _load() -> tuple[list[TypeFamily], dict[str, str | None], bool]:
	families = []
	for name, any_type in frappe.get_all(
		"Duplicate Family", filters={"enabled": 1}, fields=["name", "any_type"], as_list=True
	):
		types = frappe.get_all(
			"Duplicate Family Type", filters={"parent": name, "parenttype": "Duplicate Family"}, pluck="request_type"
		)
		families.append(TypeFamily(name, frozenset(types), bool(any_type)))
	services = dict(
		frappe.get_all("Request Type", filters={"duplicate_detection": 1}, fields=["name", "service"], as_list=True)
	)
	same_service = bool(get_settings().get("duplicate_same_service") if get_settings().get("duplicate_same_service") is not None else 1)
	return families, services, same_service


def family_setup() -> tuple[list[TypeFamily], dict[str, str | None], bool]:
	return caching.worker_memo("duplicate_families", "all", _version(), _load)


def types_searched_with(request_type: str | None) -> frozenset[str]:
	"""The request types whose requests are candidates for a report of ``request_type``."""
	families, services, same_service = family_setup()
	return related_types(request_type, families, services, same_service=same_service, all_types=list(services))
