"""The citizen portal (Frappe ``www/`` pages and the guest API behind them).

Everything a page or ``api/portal.py`` needs, one module per concern: ``settings`` (the
collectivité's configuration), ``context`` (what every page shares: language, identity,
navigation), ``guard`` (rate limits and bot traps), ``catalogue`` (the request types offered),
``uploads`` (photos), ``submission`` (a report, checked field by field), ``similar`` (the "already
reported?" check), ``tracking`` (a request seen by its citizen), ``public_map`` and ``faq``.
The pages and the API call these; nothing here is whitelisted.
"""
