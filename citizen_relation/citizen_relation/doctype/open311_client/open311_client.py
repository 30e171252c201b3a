# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint

from citizen_relation.open311 import callbacks, clients

# Written only by clients.issue_key / revoke_key (never through the form or REST).
KEY_FIELDS = ("api_key_hash", "key_hint", "key_issued_on", "key_revoked_on", "callback_secret", "last_used_on")


class Open311Client(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from citizen_relation.citizen_relation.doctype.open311_client_service.open311_client_service import (
			Open311ClientService,
		)

		allowed_services: DF.TableMultiSelect[Open311ClientService]
		api_key_hash: DF.Data | None
		callback_secret: DF.Password | None
		callback_url: DF.Data | None
		client_name: DF.Data
		contact_email: DF.Data | None
		description: DF.SmallText | None
		enabled: DF.Check
		key_hint: DF.Data | None
		key_issued_on: DF.Datetime | None
		key_revoked_on: DF.Datetime | None
		last_used_on: DF.Datetime | None
		posts_per_hour: DF.Int
		requests_per_minute: DF.Int
	# end: auto-generated types

	def before_validate(self):
		self.keep_key_fields()
		self.callback_url = (self.callback_url or "").strip() or None

	def validate(self):
		self.validate_limits()
		self.validate_callback_url()

	def on_update(self):
		clients.forget_client(self.api_key_hash)
		before = self.get_doc_before_save()
		if before and before.api_key_hash != self.api_key_hash:
			clients.forget_client(before.api_key_hash)
		callbacks.forget()

	def on_trash(self):
		clients.forget_client(self.api_key_hash)
		callbacks.forget()

	def keep_key_fields(self):
		"""The key, its hash and the callback secret are the application's to write: a form or a
		REST call that sends them is ignored."""
		if self.flags.get("open311_key_change"):
			return
		before = None if self.is_new() else self.get_doc_before_save()
		for fieldname in KEY_FIELDS:
			if fieldname == "callback_secret":
				# a Password field comes back masked; the stored secret is kept as is
				if self.is_new() or self.callback_secret != (before and before.callback_secret):
					self.callback_secret = before.callback_secret if before else None
				continue
			self.set(fieldname, before.get(fieldname) if before else None)

	def validate_limits(self):
		for fieldname in ("requests_per_minute", "posts_per_hour"):
			if cint(self.get(fieldname)) < 0 or cint(self.get(fieldname)) > 1_000_000:
				frappe.throw(_("{0} must be between 0 and 1,000,000").format(_(self.meta.get_label(fieldname))))

	def validate_callback_url(self):
		if not self.callback_url:
			return
		from urllib.parse import urlsplit

		parts = urlsplit(self.callback_url)
		if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
			frappe.throw(_("The callback URL must be an http or https URL without credentials"))
		if parts.scheme == "http" and not frappe.conf.get("open311_allow_private_callbacks"):
			frappe.throw(_("The callback URL must use https"))
