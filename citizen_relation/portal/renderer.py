"""The page renderer of the portal's ``www/`` pages (``page_renderer`` hook).

They are Frappe template pages in every respect but one: they do not build the generic website
context (Website Settings' navbar and footer, the desk apps' boot data with every workspace's
sidebar), which their own base template never shows and which cost about half of each page's
time in the portal benchmark. Everything else — routing, ``get_context``, redirects, status
codes, error pages, CSRF — is Frappe's ``TemplatePage``.
"""

from __future__ import annotations

import frappe
from frappe.website.page_renderers.template_page import TemplatePage

APP = "citizen_relation"


class PortalPage(TemplatePage):
	def can_render(self):
		return getattr(self, "app", None) == APP and super().can_render()

	def init_context(self):
		self.context = frappe._dict()
		self.context.update(frappe.local.conf.get("website_context") or {})
