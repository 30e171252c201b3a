"""Type families: request types searched together for duplicates.

Citizens choose different types for one incident (a dumped mattress filed as "Dépôt sauvage" and
as "Collecte des déchets"; a fallen branch as "Espaces verts" and as a road hazard; an e-mail left
as "Demande à qualifier"), so the candidates of a report are searched among the types related to
its own:

- its own type;
- the types of the same service, when the collectivité keeps that default (one service, one family);
- the members of every family it belongs to (families are edited by administrators);
- catch-all types (a family marked "compare with every type", e.g. "Demande à qualifier") are
  searched from every type, and search every type themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class TypeFamily:
	"""A named group of request types; ``any_type``: its members compare with every type."""

	name: str
	types: frozenset[str]
	any_type: bool = False


def related_types(
	request_type: str | None,
	families: Iterable[TypeFamily] = (),
	service_of: Mapping[str, str | None] | None = None,
	*,
	same_service: bool = True,
	all_types: Iterable[str] = (),
) -> frozenset[str]:
	"""The types whose requests are candidates for a report of ``request_type`` (itself included).

	``service_of`` maps every type with detection on to its service; ``all_types`` lists them
	(the candidates of a catch-all type).
	"""
	if not request_type:
		return frozenset()
	families = list(families)
	service_of = service_of or {}
	out = {request_type}
	service = service_of.get(request_type)
	if same_service and service:
		out.update(t for t, s in service_of.items() if s == service)
	for family in families:
		if family.any_type:
			out.update(family.types)
			if request_type in family.types:
				out.update(all_types or service_of.keys())
		elif request_type in family.types:
			out.update(family.types)
	return frozenset(out)
