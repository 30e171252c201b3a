# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from __future__ import annotations

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.core import portal as core_portal
from citizen_relation.utils import core_errors


class CitizenPortalSettings(Document):
	"""What the collectivité configures of its citizen portal (read through portal.settings)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		accessibility_statement: DF.SmallText | None
		confirm_anonymous_by_email: DF.Check
		consent_text: DF.SmallText
		footer_text: DF.SmallText | None
		guest_submissions_per_day_per_email: DF.Int
		guest_submissions_per_hour: DF.Int
		home_intro: DF.SmallText | None
		logo: DF.AttachImage | None
		map_latitude: DF.Float
		map_longitude: DF.Float
		map_zoom: DF.Int
		max_photo_size_mb: DF.Int
		max_photos: DF.Int
		min_fill_seconds: DF.Int
		portal_title: DF.Data
		primary_colour: DF.Color
		report_intro: DF.SmallText | None
		rgpd_notice: DF.TextEditor | None
		tile_attribution: DF.Data | None
		tile_url: DF.Data | None
	# end: auto-generated types

	def before_validate(self):
		self.portal_title = " ".join((self.portal_title or "").split())
		self.tile_url = (self.tile_url or "").strip()

	def validate(self):
		self.validate_colour()
		self.validate_map()
		self.validate_limits()

	def on_update(self):
		from citizen_relation.portal.settings import forget_settings

		forget_settings()

	def validate_colour(self):
		with core_errors(_("Main colour")):
			self.primary_colour = core_portal.check_brand_colour(self.primary_colour or "#000091")

	def validate_map(self):
		if not -90 <= (self.map_latitude or 0) <= 90 or not -180 <= (self.map_longitude or 0) <= 180:
			frappe.throw(_("The map centre must be a latitude between -90 and 90 and a longitude between -180 and 180"))
		if not 3 <= (self.map_zoom or 0) <= 18:
			frappe.throw(_("The map zoom must be between 3 and 18"))
		url = self.tile_url
		if url and (not url.startswith("https://") or not all(p in url for p in ("{z}", "{x}", "{y}"))):
			frappe.throw(_("The map tiles address must start with https:// and contain {z}, {x} and {y}"))

	def validate_limits(self):
		for fieldname, low, high in (
			("min_fill_seconds", 0, 600),
			("guest_submissions_per_hour", 1, 10000),
			("guest_submissions_per_day_per_email", 1, 10000),
			("max_photos", 0, 10),
			("max_photo_size_mb", 1, 25),
		):
			value = self.get(fieldname)
			if value is None or not low <= value <= high:
				frappe.throw(
					_("{0} must be between {1} and {2}").format(_(self.meta.get_label(fieldname)), low, high)
				)
