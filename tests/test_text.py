from citizen_relation.core.text import normalise, singular, strip_accents, tokens


def test_normalise_removes_case_accents_stop_words_and_plurals():
	assert normalise("Les lampadaires de la Rue Émile-Zola sont éteints") == "lampadaire rue emile zola eteint"


def test_plural_rules():
	assert singular("trous") == "trou"
	assert singular("chevaux") == "cheval"
	assert singular("poteaux") == "poteau"
	assert singular("bus") == "bus"
	assert singular("travaux") == "travail"
	assert singular("nids") == "nid"


def test_same_meaning_different_forms_normalise_equal():
	assert normalise("Nid-de-poule AVENUE Foch") == normalise("nids de poules avenue foch")


def test_empty_and_none():
	assert normalise(None) == ""
	assert tokens("") == []


def test_strip_accents_ligatures():
	assert strip_accents("cœur ÉTÉ") == "coeur ETE"
