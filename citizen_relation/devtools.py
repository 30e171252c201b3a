"""Developer tools, run inside a bench.

    bench --site SITE execute citizen_relation.devtools.update_translations

extracts every translatable string of the app (Python ``_()``, JS ``__()``, doctype labels,
options and descriptions, workspaces, reports…) with Frappe's own Babel extractors into
``locale/main.pot`` and merges it into ``locale/fr.po`` (existing translations kept, new
strings left empty for a translator, obsolete ones dropped).
"""

from __future__ import annotations

from pathlib import Path

import frappe


def update_translations(app: str = "citizen_relation", locale: str = "fr") -> None:
	import importlib

	from babel.messages.pofile import read_po, write_po
	from frappe.gettext import translate
	from frappe.gettext.extractors import navbar

	# The app folder may be a link to a checkout outside the bench, which Frappe's gitignore
	# check and hooks extractor (paths relative to the bench) cannot handle; the app's own
	# .gitignore excludes nothing translatable.
	app_root = Path(frappe.get_app_path(app)).parent

	def get_module(path):
		return importlib.import_module(".".join(Path(path).relative_to(app_root).with_suffix("").parts))

	originals = translate.get_is_gitignored_function_for_app, navbar.get_module
	translate.get_is_gitignored_function_for_app = lambda app=None: (lambda path: False)
	navbar.get_module = get_module
	try:
		translate.generate_pot(app)
	finally:
		translate.get_is_gitignored_function_for_app, navbar.get_module = originals

	locale_dir = Path(frappe.get_app_path(app, "locale"))
	with open(locale_dir / "main.pot", "rb") as f:
		template = read_po(f)
	po_path = locale_dir / f"{locale}.po"
	if po_path.exists():
		with open(po_path, "rb") as f:
			catalog = read_po(f, locale=locale)
	else:
		catalog = translate.new_catalog(app, locale)
	catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
	catalog.obsolete.clear()
	with open(po_path, "wb") as f:
		write_po(f, catalog, sort_output=True, width=110, include_previous=False)
	missing = [m.id for m in catalog if m.id and not m.string]
	print(f"{len(catalog)} messages, {len(missing)} without a translation in {po_path.name}")


def export_types(module: str = "Citizen Relation") -> None:
	"""Regenerate the typed field block of every controller of the module from its doctype JSON.

	bench --site SITE execute citizen_relation.devtools.export_types
	"""
	from frappe.types.exporter import TypeExporter

	for name in frappe.get_all("DocType", filters={"module": module, "custom": 0}, pluck="name"):
		TypeExporter(frappe.get_doc("DocType", name)).export_types()
		print(f"types exported for {name}")


def open311_client(name: str = "Demo app", callback_url: str | None = None) -> str:
	"""Create (or re-key) an Open311 client and print its new API key, for scripts and demos:
	``bench --site S execute citizen_relation.devtools.open311_client --kwargs '{"name": "Demo app"}'``."""
	import frappe

	from citizen_relation.open311.clients import issue_key

	if not frappe.db.exists("Open311 Client", name):
		frappe.get_doc({"doctype": "Open311 Client", "client_name": name, "callback_url": callback_url}).insert(
			ignore_permissions=True
		)
	key = issue_key(name)["api_key"]
	frappe.db.commit()
	print(key)
	return key
