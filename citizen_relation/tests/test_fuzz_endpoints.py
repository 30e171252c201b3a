"""1,000 malformed calls to every guest and agent endpoint of the app: no server error (issue 8).

The endpoints are discovered (every whitelisted function of ``citizen_relation.api``, the same
list as the permission matrix), so that endpoints added later are fuzzed too. Each call gets,
for every parameter of the function, a value drawn by ``hypothesis`` from what clients get wrong:
wrong types, huge or non-finite numbers, empty and huge texts, control and multi-byte
characters, broken and deeply nested JSON, names that do not exist or belong to someone else.
A call may be refused (HTTP 4xx as Frappe's handler would answer); it must never end in a 5xx.
"""

from __future__ import annotations

import inspect
import json

import frappe
from frappe.tests.utils import FrappeTestCase
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citizen_relation.tests.endpoints import outcome
from citizen_relation.tests.factories import (
	BELLECOUR,
	make_agent,
	make_article,
	make_duplicate_type,
	make_report,
	make_service,
)
from citizen_relation.tests.test_permission_matrix import app_endpoints

CALLS = 1_000

JUNK_TEXT = st.one_of(
	st.text(max_size=50),
	st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=200, max_size=3000),
	st.sampled_from(
		[
			"",
			" ",
			"null",
			"None",
			"{",
			"[",
			'{"a":',
			"[" * 5000,
			'{"type":"FeatureCollection","features":"x"}',
			"DEM-2026-999999",
			"' or 1=1 --",
			"%",
			"_",
			"\x00",
			"<script>alert(1)</script>",
			"🚧" * 30000,
			"x" * 200_000,
			"2026-13-45",
			"1e999",
			"-1",
			"NaN",
			"Citizen Request",
			"Administrator",
		]
	),
)
JUNK_NUMBER = st.one_of(
	st.integers(min_value=-(10**30), max_value=10**30),
	st.floats(allow_nan=True, allow_infinity=True),
	st.just(10**400),
)
JUNK_JSON = st.recursive(
	st.none() | st.booleans() | st.integers(min_value=-1000, max_value=1000) | st.text(max_size=20),
	lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
	max_leaves=12,
)
JUNK = st.one_of(JUNK_TEXT, JUNK_NUMBER, JUNK_JSON, st.none(), st.booleans())


class TestFuzzEndpoints(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.agent = make_agent()
		request_type = make_duplicate_type(service=make_service(members=[cls.agent]).name).name
		cls.request = make_report(request_type, subject="Lampadaire éteint", reporter_email="fuzz@example.fr").name
		cls.article = make_article(audience="Public").name
		cls.request_type = request_type
		cls.endpoints = sorted(app_endpoints().items())
		cls.real = {
			"name": [cls.request, cls.article],
			"request": [cls.request],
			"master": [cls.request],
			"article": [cls.article],
			"request_type": [request_type],
			"latitude": [BELLECOUR[0]],
			"longitude": [BELLECOUR[1]],
			"channel": ["Phone", "E-mail", "SMS"],
			"doctype": ["Citizen Request", "Contact", "Citizen Request Co-reporter"],
		}

	def setUp(self):
		for key in frappe.cache.keys("*citizen_relation:rl:*"):
			frappe.cache.delete(key)

	def tearDown(self):
		frappe.set_user("Administrator")

	def test_malformed_calls_cause_no_server_error(self):
		errors: list[str] = []
		frappe_errors: list[str] = []  # raised before the app's code ran (Frappe's own handling)
		calls = [0]

		@st.composite
		def a_call(draw):
			cmd, fn = draw(st.sampled_from(self.endpoints))
			user = draw(st.sampled_from(["Guest", self.agent]))
			kwargs = {}
			for name, param in inspect.signature(fn).parameters.items():
				if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
					continue
				choices = [JUNK] + ([st.sampled_from(self.real[name])] if name in self.real else [])
				if param.default is not param.empty and draw(st.booleans()):
					continue  # leave optional arguments out half the time
				kwargs[name] = draw(st.one_of(*choices))
			# a form post sends text: JSON-encode the structured values half the time
			if draw(st.booleans()):
				kwargs = {k: v if isinstance(v, str) or v is None else json.dumps(v, default=str) for k, v in kwargs.items()}
			return cmd, user, kwargs, draw(st.sampled_from(["GET", "POST"]))

		@settings(
			max_examples=CALLS,
			deadline=None,
			derandomize=True,
			database=None,
			suppress_health_check=list(HealthCheck),
		)
		@given(a_call())
		def run(call):
			cmd, user, kwargs, method = call
			calls[0] += 1
			status, result = outcome(cmd, user, method, **kwargs)
			if status == "error" and not _raised_in_app(result):
				frappe_errors.append(f"{method} {cmd}: {type(result).__name__}")
			elif status == "error":
				shown = {k: (repr(v)[:60]) for k, v in kwargs.items()}
				errors.append(f"{user} {method} {cmd}({shown}): {type(result).__name__}: {str(result)[:200]}")

		run()
		self.assertGreaterEqual(calls[0], CALLS * 0.9)
		self.assertEqual(errors, [], f"{len(errors)} server errors in {calls[0]} calls:\n" + "\n".join(errors[:30]))
		if frappe_errors:
			print(f"{len(frappe_errors)} server errors raised by Frappe before the app's code:", sorted(set(frappe_errors)))

	def test_endpoint_annotations_are_types_frappe_can_validate(self):
		"""A string annotation (``from __future__ import annotations``) turns Frappe's check off."""
		stringly = [
			f"{cmd}.{name}"
			for cmd, fn in self.endpoints
			for name, annotation in fn.__annotations__.items()
			if isinstance(annotation, str)
		]
		self.assertEqual(stringly, [])


def _raised_in_app(error: BaseException) -> bool:
	"""Whether the app's own code (not its tests, not Frappe before it) is on the error's stack."""
	import traceback

	frames = traceback.extract_tb(error.__traceback__)
	return any("/citizen_relation/" in f.filename and "/citizen_relation/tests/" not in f.filename for f in frames)
