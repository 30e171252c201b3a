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
	return families, services, bool(get_settings().get("duplicate_same_service"))


def family_setup() -> tuple[list[TypeFamily], dict[str, str | None], bool]:
	return caching.worker_memo("duplicate_families", "all", _version(), _load)


def _related(request_type: str | None, setup) -> frozenset[str]:
	families, services, same_service = setup
	return related_types(request_type, families, services, same_service=same_service, all_types=list(services))


def types_searched_with(request_type: str | None) -> frozenset[str]:
	"""The request types related to ``request_type`` (its own, its service's, its families')."""
	return _related(request_type, family_setup())


def search_scope(request_type: str | None) -> tuple[frozenset[str], frozenset[str] | None]:
	"""``(types searched, related types)`` for a report of ``request_type``.

	With the setting "Compare every type when both reports name the same object and fault" (on
	by default), every type that detects duplicates is searched, and a candidate of a type outside
	the related ones must name the same object with the same fault (the core's ``GATE_OTHER_TYPE``);
	the related types are then returned for that gate. Off: only the related types, no gate (``None``).
	"""
	setup = family_setup()  # one look at the families' version per search
	related = _related(request_type, setup)
	if not related or not get_settings().get("duplicate_other_types"):
		return related, None
	return frozenset(setup[1]) | related, related
