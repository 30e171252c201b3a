"""The website page renderer that serves ``/open311/…`` (hook ``page_renderer``).

Frappe's website router asks each renderer whether it can render a path; this one takes the
paths under ``open311/`` (GET, HEAD and POST reach website renderers) and answers with the JSON
or XML built by :func:`citizen_relation.open311.endpoints.respond`, status codes included.
"""

from __future__ import annotations

from frappe.website.page_renderers.base_renderer import BaseRenderer

from citizen_relation.open311.endpoints import PREFIX, respond


class Open311Renderer(BaseRenderer):
	def can_render(self) -> bool:
		return self.path == PREFIX or self.path.startswith(PREFIX + "/")

	def render(self):
		return respond(self.path)
