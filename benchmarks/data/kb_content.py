"""Build ``kb_eval_articles.json`` and ``kb_eval.json`` (called by ``generate_eval.py``)."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from kb_articles_new import NEW_ARTICLES, SEEDED_TYPES_OF_TEST_ARTICLES
from kb_questions import MORE, QUESTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TEST_ARTICLES = ROOT / "tests" / "data" / "kb_articles.json"
ARTICLES_FILE = HERE / "kb_eval_articles.json"
QUESTIONS_FILE = HERE / "kb_eval.json"

# citizen_relation/setup/seed.py: request type → category (English names, as the app stores them)
CATEGORY_OF_TYPE = {
	"Nid-de-poule ou chaussée dégradée": "Technical Problem",
	"Éclairage public en panne": "Technical Problem",
	"Signalisation endommagée": "Technical Problem",
	"Dépôt sauvage": "Technical Problem",
	"Propreté de la voie publique": "Technical Problem",
	"Espaces verts et élagage": "Technical Problem",
	"Collecte des déchets": "Technical Problem",
	"Stationnement gênant": "Technical Problem",
	"Nuisances sonores": "Complaint",
	"Réclamation": "Complaint",
	"Demande d'acte d'état civil": "Administrative Procedure",
	"Demande d'urbanisme": "Administrative Procedure",
	"Demande d'information": "Information Request",
	"Demande à qualifier": "Information Request",
	"Suggestion": "Suggestion",
	"Remerciements": "Thanks",
}

STOP = frozenset(
	"""
	a au aux avec ce ces cet cette c ca dans de des du d elle elles en et eux il ils je j l la le les
	leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se
	ses son sur ta te tes toi ton tu un une vos votre vous y s m n t est sont ete etait suis ai as
	avons avez ont avait sera fait faire tres plus moins bien aussi depuis encore deja tout tous toute
	toutes cela ceci comme si car donc ni bonjour merci svp quoi quel quelle quels quelles comment
	combien pourquoi quand peut peux faut dois doit est-ce ya y-a-t-il chez apres avant puis
	""".split()  # noqa: SIM905
)


def _norm(text: str) -> str:
	return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def stems(text: str) -> set[str]:
	"""Conservative word stems: accents off, stop words out, plural s/x off, first 5 letters."""
	out = set()
	for w in re.findall(r"[a-z0-9]+", _norm(re.sub(r"<[^>]+>", " ", text))):
		if w in STOP or len(w) < 3:
			continue
		if len(w) > 4 and w[-1] in "sx":
			w = w[:-1]
		out.add(w[:5])
	return out


def articles(seed: int) -> list[dict]:
	test = json.loads(TEST_ARTICLES.read_text(encoding="utf-8"))
	out = []
	for a in test:
		out.append(
			{
				"name": a["name"],
				"title": a["title"],
				"body": a["body"],
				"keywords": list(a["keywords"]),
				"request_types": SEEDED_TYPES_OF_TEST_ARTICLES[a["name"]],
				"kind": a.get("kind", "article"),
			}
		)
	out.extend(dict(a) for a in NEW_ARTICLES)
	return out


_TYPE = re.compile(r"^\{([^}]+)\}\s*")


def parse(raw: str):
	forced = None
	m = _TYPE.match(raw)
	if m:
		forced, raw = m.group(1), raw[m.end() :]
	sibling = raw.startswith("^")
	raw = raw.lstrip("^ ").lstrip("~ ")
	extra = []
	if "=>" in raw:
		raw, tail = raw.split("=>", 1)
		extra = [x.strip() for x in tail.split(",") if x.strip()]
	subject, _, description = raw.partition("|")
	return forced, sibling, subject.strip(), description.strip(), extra


def noisy(text: str, r: random.Random, kind: str) -> str:
	if kind == "no_accents":
		return (
			_norm(text)
			if r.random() < 0.5
			else "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
		)
	if kind == "typos":
		words = text.split(" ")
		for i, w in enumerate(words):
			if len(w) > 4 and w.isalpha() and r.random() < 0.25:
				j = r.randrange(1, len(w) - 1)
				words[i] = w[:j] + w[j + 1 :] if r.random() < 0.5 else w[:j] + w[j + 1] + w[j] + w[j + 2 :]
		return " ".join(words)
	return text


def build_questions(seed: int, arts: list[dict], splits) -> list[dict]:
	by_name = {a["name"]: a for a in arts}
	merged = {name: [*raws, *MORE.get(name, [])] for name, raws in QUESTIONS.items()}
	for name, raws in MORE.items():
		merged.setdefault(name, list(raws))
	missing = set(merged) - set(by_name)
	assert not missing, missing
	rows = []
	for k, (name, raws) in enumerate(merged.items()):
		r = random.Random(f"{seed}:kb:{name}")
		order = list(range(len(raws)))
		r.shuffle(order)
		start = k % 2
		split_of = {i: splits[(pos + start) % 2] for pos, i in enumerate(order)}
		for i, raw in enumerate(raws):
			forced, sibling, subject, description, extra = parse(raw)
			expected = [name, *extra]
			for e in expected:
				assert e in by_name, (name, e)
			art = by_name[name]
			if forced:
				rtype = forced
			else:
				x = r.random()
				if x < 0.5:
					rtype = None
				elif x < 0.58:
					rtype = "Demande à qualifier"  # e-mails wait for an agent with this type
				elif x < 0.64 and art["request_types"][0] != "Demande d'information":
					rtype = "Demande d'information"  # a citizen picks the catch-all type
				else:
					rtype = art["request_types"][0]
			tags = []
			x = r.random()
			before = (subject, description)
			if x < 0.12:
				subject, description = noisy(subject, r, "no_accents"), noisy(description, r, "no_accents")
				if (subject, description) != before:
					tags.append("noised_no_accents")
			elif x < 0.2:
				description = noisy(description, r, "typos")
				if description != before[1]:
					tags.append("noised_typos")
			rows.append(
				{
					"split": split_of[i],
					"subject": subject,
					"description": description,
					"request_type": rtype,
					"category": CATEGORY_OF_TYPE.get(rtype) if rtype else None,
					"expected": expected,
					"cases": tags,
					"_sibling": sibling,
				}
			)
	# computed tags
	head_stems = {a["name"]: stems(a["title"] + " " + " ".join(a["keywords"])) for a in arts}
	all_stems = {a["name"]: head_stems[a["name"]] | stems(a["body"]) for a in arts}
	type_siblings = defaultdict(set)
	for a in arts:
		for t in a["request_types"]:
			type_siblings[t].add(a["name"])
	for q in rows:
		words = stems(q["subject"] + " " + q["description"])
		target = q["expected"][0]
		if not words & head_stems[target]:
			q["cases"].append("no_shared_word")
			if not words & all_stems[target]:
				q["cases"].append("no_shared_word_even_body")
		if q.pop("_sibling"):
			q["cases"].append("sibling")
		if len(q["expected"]) > 1:
			q["cases"].append("two_acceptable")
		if q["category"]:
			cat = stems(q["category"])
			if any(cat & head_stems[n] for n in head_stems if n not in q["expected"]):
				q["cases"].append("category_confusion")
		if q["request_type"] and target not in type_siblings.get(q["request_type"], ()):
			q["cases"].append("type_not_linked")
		n_words = len((q["subject"] + " " + q["description"]).split())
		if n_words <= 7:
			q["cases"].append("very_short")
		elif n_words >= 22:
			q["cases"].append("long")
		if re.search(
			r"\b(slt|bjr|stp|c quel|qqn|qq1|pk|jsp|bcp)\b", _norm(q["subject"] + " " + q["description"])
		):
			q["cases"].append("sms")
	random.Random(f"{seed}:kb:order").shuffle(rows)
	for i, q in enumerate(rows, 1):
		q_id = {"id": f"Q{i:04d}"}
		q_id.update(q)
		rows[i - 1] = q_id
	return rows


CASE_HELP = {
	"no_shared_word": "No word stem in common with the expected article's title and keywords (paraphrase: 'officialiser notre vie commune' for PACS).",
	"no_shared_word_even_body": "Not even with its body.",
	"sibling": "Another article of the same request type looks closer than the expected, more specific one.",
	"two_acceptable": "Two articles are acceptable.",
	"category_confusion": "The English category the app passes (e.g. 'Information Request', 'Suggestion') shares a word with another article's title or keywords.",
	"type_not_linked": "The request type given is not linked to the expected article (catch-all type, 'Demande à qualifier' of e-mails, a complaint filed as 'Réclamation').",
	"very_short": "Seven words or fewer.",
	"long": "22 words or more.",
	"sms": "SMS / chat abbreviations.",
	"noised_no_accents": "Accents removed (deterministic noise).",
	"noised_typos": "Typos added (deterministic noise).",
}


def build_documents(seed: int, splits) -> dict:
	arts = articles(seed)
	questions = build_questions(seed, arts, splits)
	tags = Counter(t for q in questions for t in q["cases"])
	new_names = [a["name"] for a in NEW_ARTICLES]
	art_doc = {
		"description": (
			"Knowledge base of the knowledge-suggestion evaluation (format of "
			"citizen_relation.core.ranking.Document). The 46 articles of tests/data/kb_articles.json, "
			"copied as they were when this set was built but linked to the request types seeded by "
			"citizen_relation/setup/seed.py (the test file uses another taxonomy), plus "
			f"{len(new_names)} articles written for this set (benchmarks/data/kb_articles_new.py), many of "
			"them siblings of the same request type as an existing article. Frozen: do not edit to "
			"improve a score."
		),
		"sources": {
			"tests/data/kb_articles.json": [a["name"] for a in arts if a["name"] not in new_names],
			"benchmarks/data/kb_articles_new.py": new_names,
		},
		"articles": arts,
	}
	by_split = {s: sum(q["split"] == s for q in questions) for s in splits}
	q_doc = {
		"description": (
			"Citizen questions labelled with the knowledge article(s) an agent would suggest, for "
			"citizen_relation.core.ranking. Hand-written (benchmarks/data/kb_questions.py): typos, SMS "
			"style, missing accents, rambling or very short, paraphrases sharing no word with the "
			"article, same-type siblings. request_type: the seeded type the citizen or the agent chose "
			"(null for about half); category: that type's category as the app fills it. 'split': "
			"fit / holdout, balanced per article (each article's questions alternate between the two). "
			"'cases' tags are computed by the generator except 'sibling' (hand-marked)."
		),
		"label_rule": (
			"expected[0] is the article whose title answers the question; a second name is given only when "
			"another article answers it as well. A general article that merely mentions the topic is not "
			"acceptable when a specific one exists (sibling case)."
		),
		"articles_file": "kb_eval_articles.json",
		"cases": {t: {"count": tags[t], "description": CASE_HELP.get(t, "")} for t in CASE_HELP},
		"totals": {
			"questions": len(questions),
			"articles": len(arts),
			"articles_with_questions": len({q["expected"][0] for q in questions}),
			"with_request_type": sum(q["request_type"] is not None for q in questions),
			**by_split,
		},
		"questions": questions,
	}
	return {ARTICLES_FILE: art_doc, QUESTIONS_FILE: q_doc}


def check(outputs: dict) -> None:
	arts = outputs[ARTICLES_FILE]["articles"]
	questions = outputs[QUESTIONS_FILE]["questions"]
	names = [a["name"] for a in arts]
	assert len(names) == len(set(names))
	keys = Counter((q["subject"], q["description"]) for q in questions)
	assert all(n == 1 for n in keys.values()), [k for k, n in keys.items() if n > 1]
	for q in questions:
		assert set(q["expected"]) <= set(names)
	n = len(questions)
	tags = Counter(t for q in questions for t in q["cases"])
	per_split = {
		s: Counter(t for q in questions if q["split"] == s for t in q["cases"]) for s in ("fit", "holdout")
	}
	typed = sum(q["request_type"] is not None for q in questions)
	print(f"kb_eval: {n} questions over {len(arts)} articles; with request type {typed} ({typed / n:.0%})")
	for s in ("fit", "holdout"):
		print(f"  {s:8s} {sum(q['split'] == s for q in questions)} questions")
	for t, c in tags.most_common():
		print(
			f"  {t:26s} {c:4d} ({c / n:.0%})  fit {per_split['fit'][t]:3d}  holdout {per_split['holdout'][t]:3d}"
		)
