"""Marking messages for translation without depending on Frappe.

``N_(message)`` returns its argument unchanged; Frappe's Babel extractor collects it into the
app's catalogue (``locale/main.pot``) and the adapters translate it with ``_()`` when shown.
"""


def N_(message: str) -> str:
	return message
