"""Every whitelisted function of the app, one module per capability.

These modules do **not** use ``from __future__ import annotations``: Frappe validates (and
converts) the arguments of a whitelisted function from its annotations, but skips every
annotation that is a string — which all of them are under that import. With real annotations a
client sending a number, a list or an object where text is expected gets a 417 "should be of
type" error instead of reaching the code (and a 500). ``tests/test_fuzz_endpoints.py`` checks it.

Guest endpoints are whitelisted with ``xss_safe=True``: none of them stores or echoes what a
guest sends (it only selects and ranks), and Frappe's sanitising of guest input parses any
text that looks like JSON — a ``[[[[…`` of a few thousand brackets made it fail with a server
error before the endpoint could refuse it. Each endpoint validates its own input.
"""
