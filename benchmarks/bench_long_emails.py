"""Knowledge suggestions for questions written as long e-mails (fit and holdout splits only).

    python3 benchmarks/bench_long_emails.py                 # fit, then holdout
    python3 benchmarks/bench_long_emails.py --split fit --seed 3

Each question of the split is ranked twice, as the app ranks it (seeded articles, word and
sentence vectors when installed): as written, then wrapped in an e-mail — a greeting, two sentences
of the citizen's life that ask nothing (``CONTEXT``: moving in, children, a phone call that went
unanswered… they name other articles' topics on purpose), the question, a closing and a signature.
Half of the e-mails keep the question's subject as their subject line; the other half get a
generic one ("Demande d'information") and carry the subject as a sentence of the body.

The e-mail sentences were written for this benchmark, without reading the blind splits; the blind
splits are never wrapped here (they are read by ``bench_quality.py`` only, and never tuned on).
Prints top-1 / top-3 both ways and the drop.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_sets import hit_at_k, load_kb

from citizen_relation.core.ranking import Document, Query, RankingIndex

SPLITS = ("fit", "holdout")
GREETINGS = ("Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Bonjour à vous,")
CONTEXT = (
	"Je me permets de vous écrire car je n'ai pas trouvé l'information sur votre site internet.",
	"Nous sommes arrivés dans la commune l'an dernier avec nos deux enfants.",
	"J'ai essayé de joindre la mairie par téléphone à plusieurs reprises, sans succès.",
	"Mon mari travaille de nuit et je suis seule avec les enfants la semaine.",
	"Je suis retraitée et je ne me déplace pas facilement.",
	"Une voisine m'a conseillé de m'adresser directement à vous.",
	"Je vous écris de la part de ma mère, qui n'a pas internet.",
	"Nous habitons rue Victor Hugo, au troisième étage.",
	"J'ai lu un article dans le journal municipal à ce sujet.",
	"Je travaille à Lyon et je ne peux venir qu'en fin de journée.",
)
CLOSINGS = (
	"Je vous remercie par avance de votre réponse.",
	"Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.",
	"Merci d'avance pour votre aide.",
)
SIGNATURES = ("Cordialement,\nMarie Martin\n06 12 34 56 78", "Bien à vous,\nJean-Pierre Durand", "Cordialement\nSophie L.")
GENERIC_SUBJECTS = ("Demande d'information", "Question", "Renseignement", "Demande", "(sans objet)")


def as_email(question: dict, rng: random.Random) -> tuple[str, str]:
	"""(subject, body) of ``question`` written as a long e-mail."""
	context = " ".join(rng.sample(CONTEXT, 2))
	description = question.get("description") or ""
	if rng.random() < 0.5:
		body = f"{question['subject']}. {description}"
		subject = rng.choice(GENERIC_SUBJECTS)
	else:
		body, subject = description, question["subject"]
	text = f"{rng.choice(GREETINGS)}\n\n{context}\n\n{body}\n\n{rng.choice(CLOSINGS)}\n\n{rng.choice(SIGNATURES)}"
	return subject, text


def index_as_the_app(articles: list[dict]) -> RankingIndex:
	import bench_quality

	index = RankingIndex.build([Document(**a) for a in articles])
	table = bench_quality.vector_table()
	if table is not None:
		index.use_vectors(table)
		encoder = bench_quality.sentence_encoder()
		if encoder is not None:
			index.use_sentences(encoder)
	return index


def run(split: str, seed: int) -> None:
	articles, questions = load_kb(split)
	index = index_as_the_app(articles)
	rng = random.Random(seed)
	rows = {}
	for label, text_of in (("as written", lambda q: (q["subject"], q["description"])), ("as an e-mail", lambda q: as_email(q, rng))):
		t1 = t3 = 0
		for q in questions:
			subject, description = text_of(q)
			ranked = [r.name for r in index.rank(Query(q["request_type"], q.get("category"), subject, description), limit=3, kind="article")]
			t1 += hit_at_k(ranked, q["expected"], 1)
			t3 += hit_at_k(ranked, q["expected"], 3)
		rows[label] = (t1 / len(questions), t3 / len(questions))
		print(f"  {split:8s} {label:14s} top-1 {rows[label][0]:.3f}  top-3 {rows[label][1]:.3f}  ({len(questions)} questions)")
	(a1, a3), (b1, b3) = rows["as written"], rows["as an e-mail"]
	print(f"  {split:8s} {'drop':14s} top-1 {a1 - b1:+.3f}  top-3 {a3 - b3:+.3f}")


def main(argv=None) -> None:
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--split", choices=SPLITS, action="append")
	parser.add_argument("--seed", type=int, default=7)
	args = parser.parse_args(argv)
	for split in args.split or SPLITS:
		run(split, args.seed)


if __name__ == "__main__":
	main()
