"""The domain thesaurus: concepts read in citizens' words and in articles (core.thesaurus)."""

import pytest

from citizen_relation.core.ranking import Document, Query, RankingIndex, RankingParams
from citizen_relation.core.thesaurus import default_thesaurus, thesaurus_with

ARTICLES = [
	Document(name="pacs", title="Conclure un PACS en mairie", body="Les partenaires déposent leur convention."),
	Document(name="naissance", title="Déclarer une naissance", body="Dans les cinq jours suivant l'accouchement."),
	Document(name="dechetterie", title="Horaires de la déchetterie", body="Gravats, bois, métaux."),
	Document(name="cni", title="Carte nationale d'identité", body="Prendre rendez-vous pour la demande."),
]


@pytest.fixture(scope="module")
def index():
	return RankingIndex.build(ARTICLES)


def concepts(text):
	return {m.concept for m in default_thesaurus().match(text)}


def test_a_paraphrase_is_read_as_its_concept():
	assert "pacs" in concepts("nous voulons officialiser notre vie commune")
	assert "naissance" in concepts("notre bébé est venu au monde hier")


def test_words_are_matched_on_lemmas_and_without_accents():
	assert "naissance" in concepts("NAISSANCE") and "naissance" in concepts("naissence")
	assert "pacs" in concepts("nous sommes pacsés")


def test_a_phrase_inside_a_longer_one_is_not_read_twice():
	matches = default_thesaurus().match("officialiser notre vie commune")
	spans = [(m.start, m.end) for m in matches if not m.broader]
	# no match lies strictly inside another one
	for a in spans:
		assert not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)


def test_the_ranking_meets_a_paraphrase_and_says_why(index):
	ranked = index.rank(Query(subject="officialiser notre vie commune"), limit=3)
	assert ranked and ranked[0].name == "pacs"
	assert any(reason.startswith("same meaning: ") for reason in ranked[0].reasons)
	assert ranked[0].concepts


def test_without_the_thesaurus_the_paraphrase_finds_nothing():
	plain = RankingIndex.build(ARTICLES, RankingParams(concept_weight=0))
	assert plain.rank(Query(subject="officialiser notre vie commune"), limit=3) == []


def test_a_typo_of_a_thesaurus_word_is_read_as_that_word(index):
	ranked = index.rank(Query(subject="horaires dechetrie"), limit=1)
	assert ranked[0].name == "dechetterie"


def test_a_bare_common_word_does_not_say_a_problem():
	# "dort" alone is neither noise nor an abandoned car; a cat is an animal, a neighbour a neighbour
	assert concepts("le chat de la voisine dort au soleil") == {"animal", "voisin"}
	assert "vehicule_ventouse" in concepts("la voiture dort au même endroit depuis un mois")


def test_synonyms_added_to_the_thesaurus_are_matched():
	# a group naming a built-in phrase ("pacs") joins that concept
	custom = thesaurus_with([("PACS", ["pacs", "contrat d'union civile"])])
	assert "pacs" in {m.concept for m in custom.match("un contrat d'union civile")}
	assert "pacs" not in concepts("un contrat d'union civile")
	docs = RankingIndex.build(ARTICLES, thesaurus=custom)
	assert docs.rank(Query(subject="contrat d'union civile"), limit=1)[0].name == "pacs"
	# a group naming none becomes a concept of its own
	own = thesaurus_with([("Tiers-lieu", ["tiers-lieu", "fablab"])])
	assert {m.concept for m in own.match("le fablab")} == {"custom:tiers-lieu"}


def test_the_index_keeps_its_thesaurus_through_the_cache(index):
	again = RankingIndex.from_dict(index.to_dict())
	query = Query(subject="officialiser notre vie commune")
	assert [r.name for r in again.rank(query)] == [r.name for r in index.rank(query)]


def test_an_index_built_with_another_thesaurus_is_refused():
	data = RankingIndex.build(ARTICLES).to_dict()
	data["thesaurus"] = dict(data["thesaurus"], version="another")
	with pytest.raises(ValueError):
		RankingIndex.from_dict(data)


def test_everyday_wordings_of_each_domain_are_read_as_their_procedure():
	said = {
		"on n'arrive plus à joindre les deux bouts": "aide_sociale",
		"nous vivons à l'étroit avec les enfants": "logement_social",
		"je voudrais me débarrasser d'un vieux canapé": "encombrants",
		"je serai en vacances le jour du scrutin, quelqu'un vote à ma place ?": "procuration",
		"la lumière clignote toute la nuit": "eclairage",
		"le panneau est tordu au carrefour": "signalisation",
		"on veut changer les fenêtres de la maison": "declaration_prealable",
	}
	for text, concept in said.items():
		assert concept in concepts(text), text


def test_everyday_wordings_keep_their_concepts_apart():
	# "mon bureau" (work) is not a polling station, "plaques" (of ice) are not number plates
	assert "bureau_vote" not in concepts("je suis au bureau toute la journée")
	assert "vehicule_papiers" not in concepts("des plaques de verglas sur le trottoir")


@pytest.mark.parametrize(
	("text", "concept"),
	[
		("le camion poubelle est pas passé ce matin", "collecte_ordures"),
		("je voudrais faire venir ma mère d'Algérie cet été", "hebergement_visiteur"),
		("mon gamin rentre en CP en septembre", "ecole"),
		("on a de plus en plus de mal à payer, les fins de mois difficiles", "aide_sociale"),
		("ma voiture n'est plus là où je l'avais laissée", "fourriere"),
		("je veux mettre une piscine dans mon jardin", "piscine_abri"),
		("je ne serai pas là dimanche pour voter", "procuration"),
	],
)
def test_what_citizens_want_to_do_is_read_as_the_procedure(text, concept):
	assert concept in {m.concept for m in default_thesaurus().match(text)}


def test_an_intent_phrase_does_not_read_its_concept_into_a_nearby_topic():
	"""The wordings of intents are phrases: a car parked in front of one's own house to unload is
	not a parking complaint, and an "acte de décès" stays a death (not a generic civil record)."""
	thesaurus = default_thesaurus()
	assert "stationnement_genant" not in {m.concept for m in thesaurus.match("ma voiture devant chez moi")}
	found = {m.concept for m in thesaurus.match("acte de décès de mon grand-père") if not m.broader}
	assert "deces" in found and "acte_etat_civil" not in {
		m.concept for m in thesaurus.match("acte de décès") if m.end - m.start > 1 and not m.broader
	}


@pytest.mark.parametrize(
	("text", "concept"),
	[
		("que faire de mon sapin après Noël", "sapin"),
		("on vote où cette année ?", "bureau_vote"),
		("je n'ai pas reçu ma carte pour voter", "carte_electeur"),
		("nous voudrions baptiser notre fille à la mairie", "bapteme_civil"),
		("le voisin qui perce tous les dimanches matin", "bruit_chantier"),
		("est-ce que mon terrain est constructible ?", "certificat_urbanisme"),
		("une place handicapé devant chez moi pour ma mère", "stationnement_pmr"),
		("le toboggan est cassé au square", "aire_jeux"),
		("il reste un emplacement au cimetière ?", "cimetiere"),
	],
)
def test_the_concepts_articles_name_have_their_everyday_wordings(text, concept):
	assert concept in concepts(text)


def test_article_side_wordings_keep_their_concepts_apart():
	"""The citizens' census at 16 is not the Insee census, and a place for the disabled is not
	any parking place."""
	assert "recensement_population" not in concepts("recensement citoyen obligatoire à 16 ans")
	assert "stationnement_pmr" not in concepts("je cherche une place de parking dans ma rue")
