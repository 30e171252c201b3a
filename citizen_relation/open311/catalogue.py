"""Request types as Open311 services.

A request type is a service when it is active and offered to citizens (``is_public``); its
``service_code`` is the type's code, its ``keywords`` the words citizens use (shared with the
portal), its attributes the fields citizens fill; the location of its requests is public when
the type is shown on the portal's public map. Read through the
request-type profile (:func:`~citizen_relation.requests.profile.get_profile`); the catalogue is
built once per version of the types (their latest ``modified`` and their number) in each worker.
"""

from __future__ import annotations

from dataclasses import dataclass

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.query_builder.functions import Count, Max

from citizen_relation import caching
from citizen_relation.core.open311 import Service, keywords_of
from citizen_relation.requests.profile import get_profile


@dataclass(frozen=True)
class Catalogue:
	services: tuple[Service, ...]
	by_code: dict[str, Service]
	type_of: dict[str, str]  # service code → request type
	code_of: dict[str, str]  # request type → service code
	all_types_are_services: bool
	changeset: object  # latest change of a type


def get_catalogue() -> Catalogue:
	rt = DocType("Request Type")
	latest, count = (frappe.qb.from_(rt).select(Max(rt.modified), Count("*"))).run()[0]
	version = (str(latest), count)
	return caching.worker_memo("open311_catalogue", frappe.local.lang or "en", version, lambda: _build(latest, count))


def _build(latest, count) -> Catalogue:
	services, type_of = [], {}
	for name in frappe.get_all("Request Type", filters={"is_active": 1, "is_public": 1}, pluck="name", order_by="name asc"):
		profile = get_profile(name)
		if profile is None or not profile.open311_code:
			continue
		services.append(
			Service(
				code=profile.open311_code,
				name=profile.name,
				description=profile.description,
				group=_(profile.category) if profile.category else "",
				keywords=keywords_of(profile.keywords),
				fields=profile.fields,
				public_location=profile.on_public_map,
			)
		)
		type_of[profile.open311_code] = profile.name
	return Catalogue(
		services=tuple(services),
		by_code={s.code: s for s in services},
		type_of=type_of,
		code_of={t: c for c, t in type_of.items()},
		all_types_are_services=len(services) == count,
		changeset=latest,
	)
