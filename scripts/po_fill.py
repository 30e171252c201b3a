#!/usr/bin/env python3
"""Fill translations into a catalogue: ``python3 scripts/po_fill.py citizen_relation/locale/fr.po NEW.json``

NEW.json maps English messages to their translation. Only messages of the catalogue are filled
(run ``bench --site S execute citizen_relation.devtools.update_translations`` first so that the
catalogue lists them); existing translations are replaced only with ``--force``. Prints what is
still untranslated.
"""

import argparse
import json

from babel.messages.pofile import read_po, write_po


def main():
	parser = argparse.ArgumentParser()
	parser.add_argument("catalogue")
	parser.add_argument("translations")
	parser.add_argument("--force", action="store_true")
	args = parser.parse_args()
	with open(args.catalogue, "rb") as f:
		catalog = read_po(f, locale="fr")
	with open(args.translations, encoding="utf-8") as f:
		new = json.load(f)
	filled = 0
	for message in catalog:
		if message.id and message.id in new and (args.force or not message.string):
			message.string = new[message.id]
			message.flags.discard("fuzzy")
			filled += 1
	with open(args.catalogue, "wb") as f:
		write_po(f, catalog, sort_output=True, width=110, include_previous=False)
	missing = [m.id for m in catalog if m.id and not m.string]
	print(f"{filled} filled, {len(missing)} still untranslated")
	for m in missing:
		print("  ", json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
	main()
