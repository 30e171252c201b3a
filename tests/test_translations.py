"""The desk must be fully usable in French: every catalogued message has a French translation,
and every message marked in the code is in the catalogue."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

PACKAGE = Path(__file__).resolve().parent.parent / "citizen_relation"
LOCALE = PACKAGE / "locale"
PLACEHOLDER = re.compile(r"\{\d*\}")
# _("…"), N_("…") in Python and Jinja templates, __("…") in JavaScript, single- or double-quoted, one line.
MARKED = re.compile(r"""(?<![\w.])(?:_|N_|__)\(\s*(["'])((?:\\.|(?!\1).)+)\1\s*[,)]""")


def catalogue(name):
	with open(LOCALE / name, "rb") as f:
		return read_po(f)


def test_every_message_has_a_french_translation_with_the_same_placeholders():
	fr = catalogue("fr.po")
	untranslated = [m.id for m in fr if m.id and not m.string]
	assert not untranslated, f"untranslated: {untranslated}"
	fuzzy = [m.id for m in fr if m.id and m.fuzzy]
	assert not fuzzy, f"fuzzy: {fuzzy}"
	for m in fr:
		if m.id:
			assert sorted(PLACEHOLDER.findall(m.id)) == sorted(PLACEHOLDER.findall(m.string)), m.id


def test_french_catalogue_matches_the_template():
	template = {m.id for m in catalogue("main.pot") if m.id}
	fr = {m.id for m in catalogue("fr.po") if m.id}
	assert template == fr


@pytest.mark.parametrize(
	"path", sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".js", ".html") and "tests" not in p.parts), ids=str
)
def test_marked_messages_are_catalogued(path):
	template = {m.id for m in catalogue("main.pot") if m.id}
	for _quote, message in MARKED.findall(path.read_text(encoding="utf-8")):
		message = message.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in message else message
		assert message in template, f"{path.name}: {message!r} is not in locale/main.pot (run devtools.update_translations)"
