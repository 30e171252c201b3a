"""Printing a request with Frappe's own print formats (Standard, or one built by an administrator).

Those formats print Data and Text values as HTML and Text Editor values as they are: a subject
typed as ``<img src="https://tracker/p.gif">`` would become a tracking pixel in the print view
and its PDF, a ``<a href>`` a live phishing link. Before printing, every plain-text value of the
request and of its rows is escaped and rich text is reduced to escaped paragraphs — for that
print only (the document is not saved). Letters to citizens do not need this: they are built
by ``crpa/letters.py`` from the stored values, in an escaping template.
"""

from __future__ import annotations

from frappe.utils import escape_html

from citizen_relation.core.letters import paragraphs

PLAIN = frozenset({"Data", "Small Text", "Text", "Long Text", "Read Only"})
RICH = frozenset({"Text Editor", "HTML Editor", "Markdown Editor"})
ESCAPED_FLAG = "escaped_for_print"


def escape_for_print(doc) -> None:
	if doc.flags.get(ESCAPED_FLAG):
		return
	for row in [doc, *doc.get_all_children()]:
		for df in row.meta.fields:
			value = row.get(df.fieldname)
			if not value or not isinstance(value, str):
				continue
			if df.fieldtype in PLAIN:
				row.set(df.fieldname, escape_html(value))
			elif df.fieldtype in RICH:
				row.set(df.fieldname, "".join(f"<p>{escape_html(p)}</p>" for p in paragraphs(value)))
	doc.flags[ESCAPED_FLAG] = True
