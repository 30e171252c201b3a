"""The website page renderer that serves ``/open311/…`` (hooks ``page_renderer`` and
``website_path_resolver``).

Frappe's website router asks each renderer whether it can render a path; this one takes the
paths under ``open311/`` (GET, HEAD and POST reach website renderers) and answers with the JSON
or XML built by :func:`citizen_relation.open311.endpoints.respond`, status codes included.

:func:`resolve_path` lets those paths skip Frappe's dynamic route map, which is compiled again
on every call (tens of milliseconds under load); every other path goes to Frappe's own resolver.
"""

from __future__ import annotations

from frappe.website.page_renderers.base_renderer import BaseRenderer

from citizen_relation.open311.endpoints import PREFIX, respond


def is_open311(path: str) -> bool:
	path = (path or "").strip("/ ")
	return path == PREFIX or path.startswith(PREFIX + "/")


def resolve_path(path: str) -> str:
	if is_open311(path):
		return path.strip("/ ")
	from frappe.website.path_resolver import resolve_path as frappe_resolve_path

	return frappe_resolve_path(path)


class Open311Renderer(BaseRenderer):
	def can_render(self) -> bool:
		return is_open311(self.path)

	def render(self):
		return respond(self.path)
