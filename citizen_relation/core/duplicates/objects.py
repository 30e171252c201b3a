"""What a report is about: the urban object named, and what is wrong with it.

Two reports of one incident name the same thing (a lamp post, a bench, a bin, a tree…), whatever
the words ("réverbère", "candélabre", "luminaire" are one lamp post), and two reports at the same
place that name different things (a bench and a bin on one square) are two incidents. This module
holds a French lexicon of the objects of public space, of noise sources and of faults, each with
its synonyms; phrases are matched on lemmas (:func:`citizen_relation.core.text.lemmas`, simplemma),
so plurals, feminines and conjugations need no entry of their own.

A thing named after a place preposition ("devant l'arrêt de bus", "près des conteneurs à verre",
"à côté de la bouche de métro") is a landmark saying where, not what: it is reported apart
(``landmarks``) and does not count as the object.

Keep the lexicon general: it is the vocabulary of any French town's requests, not of one data set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from citizen_relation.core.text import (
	_WORD,
	STOP_WORDS,
	is_french_word,
	lemma,
	lemmas,
	strip_accents,
	strip_html,
)

# Bump when the lexicon or describe() change (stored descriptions are then recomputed).
OBJECTS_VERSION = 4

# Object concept → phrases. A concept is what an agent sends someone to fix.
URBAN_OBJECTS: dict[str, tuple[str, ...]] = {
	"lampadaire": (
		"lampadaire", "réverbère", "candélabre", "luminaire", "éclairage public", "éclairage",
		"mât d'éclairage", "point lumineux", "lanterne", "lumière", "poteau électrique",
		"poteau d'éclairage", "éclairage de la rue", "projecteur", "spot", "applique", "borne lumineuse",
		"ampoule",
		"lampe", "éclairage urbain", "néon", "tube lumineux",
		"lampadère", "lampadair", "lampdaire", "lampadr", "réverbere", "candélabres", "crosse", "globe",
		"lumière publique", "lumières", "éclairage nocturne", "éclairage de rue", "éclairage de nuit",
		"lumières de la rue", "lampe de rue", "lampadaire solaire", "borne d'éclairage", "plot lumineux",
		"spot au sol", "balisage lumineux", "poteau lumineux", "illumination", "guirlande lumineuse", "ep",
		"point lumineux", "foyer lumineux", "tête de lampadaire", "mât d'éclairage", "réverbères",
		"eclairage",
	),
	"feu_tricolore": (
		"feu tricolore", "feu rouge", "feu de signalisation", "feu de circulation", "feu piéton",
		"feux", "feu", "signal lumineux", "bonhomme vert", "bouton d'appel", "signal sonore",
		"carrefour à feux",
		"feux tricolores", "feux de circulation", "signal tricolore", "feu orange", "feu vert",
		"feu pour piétons", "bonhomme rouge", "boîtier piéton", "bouton poussoir", "signal piéton",
		"répétiteur", "feu clignotant", "feux de signalisation", "signalisation lumineuse",
	),
	"panneau": (
		"panneau", "panneau de signalisation", "stop", "sens interdit", "cédez le passage",
		"plaque de rue", "signalisation", "signalétique", "balise", "panonceau", "miroir",
		"panneau de limitation", "poteau de signalisation", "panneau directionnel",
		"panneau stop", "panneau de passage piéton", "panneau passage piéton", "panneau sens interdit",
		"panneau de stationnement", "panneau zone 30", "limitation de vitesse", "plaque de nom de rue",
		"nom de rue", "panneau de rue", "pancarte", "jalonnement", "panneau d'indication",
		"panneau de direction", "flèche", "cédez le passage", "signalisation verticale",
		"miroir de circulation", "miroir convexe", "panneau d'interdiction", "panneau de priorité",
		"panneau électronique", "panneau lumineux", "panneau d'information", "pano", "panneaux",
	),
	"marquage": (
		"marquage au sol", "marquage", "bande blanche", "ligne blanche", "zébra", "peinture au sol",
		"ligne continue", "bandes blanches",
		"signalisation horizontale", "passage piéton", "passage piétons", "passage clouté", "ligne jaune",
		"bande jaune", "pointillés", "ligne de stop", "flèche au sol", "marquages", "peinture routière",
		"bandes podotactiles",
	),
	"piste_cyclable": (
		"piste cyclable", "bande cyclable", "voie vélo", "couloir vélo",
		"piste vélo", "piste cyclable", "voie cyclable", "double sens cyclable", "voie verte",
		"aménagement cyclable", "sas vélo", "pistes cyclables", "bande cyclable",
	),
	"chaussee": (
		"chaussée", "route", "bitume", "enrobé", "goudron", "asphalte", "voirie", "nid de poule",
		"ornière", "affaissement", "revêtement de la chaussée", "trou", "gravillon", "dos d'âne",
		"ralentisseur", "coussin berlinois", "crevasse", "déformation", "voie", "rue défoncée",
		"nid-de-poule", "trou dans la route", "bitume défoncé", "revêtement de la route", "plaque de bitume",
		"nids de poule", "nid d'poule", "cratère", "fondrière", "rustine", "rebouchage", "raccord",
		"tranchée", "macadam", "revêtement", "gendarme couché", "plateau surélevé", "flache",
		"chaussée déformée", "chausée", "chausse défoncée", "trous", "route défoncée", "voirie dégradée",
		"enrobé dégradé", "chaussée pavée", "pavés de la chaussée", "bitume fissuré",
	),
	"trottoir": (
		"trottoir", "dalle", "pavé", "bordure", "bateau", "revêtement du trottoir", "accotement",
		"escalier", "main courante",
		"bordure de trottoir", "pavage", "carrelage", "marche d'escalier",
		"trotoir", "trottoire", "trottoirs", "dallage", "abaissé de trottoir", "bande podotactile",
		"dalle podotactile", "rampe", "rampe d'accès", "cheminement piéton", "allée piétonne",
		"bitume du trottoir", "dalles", "pavés",
	),
	"avaloir": (
		"avaloir", "bouche d'égout", "grille d'égout", "grille d'évacuation", "caniveau", "égout",
		"évacuation", "regard", "canalisation", "grille", "odeur d'égout", "siphon", "puisard",
		"eaux pluviales", "écoulement",
		"bouche d'évacuation", "grille d'eau pluviale", "grille de caniveau", "rigole", "fossé", "égouts",
		"réseau d'assainissement", "assainissement", "collecteur", "bouche avaloir", "grille avaloir",
		"descente d'eau pluviale", "gouttière", "exutoire", "eaux usées", "grille pluviale", "caniveaux",
		"avaloirs",
	),
	"tampon": (
		"tampon", "plaque d'égout", "plaque en fonte", "trappe", "couvercle",
		"plaque de regard", "couvercle de regard", "tampon d'assainissement", "trappe de visite",
		"plaque métallique", "plaque de fonte", "bouche à clé", "plaque télécom", "chambre télécom",
		"tampon de regard", "plaque d'égout",
	),
	"banc": (
		"banc", "banc public", "assise", "banquette", "chaise", "table de pique nique",
		"bancs", "siège", "sièges", "chaises", "table de pique-nique", "banc en bois", "latte", "lattes",
		"dossier du banc", "assise du banc",
	),
	# Bins: a street litter bin and a bottle bank at one square are two interventions (cleansing and
	# collection); "poubelle", "bac" or "conteneur" alone may be either (related to both).
	"poubelle": (
		"poubelle", "bac", "bac à ordures", "conteneur", "container", "composteur", "sac jaune",
		"ordure ménagère", "bac roulant", "benne", "bac jaune", "bac vert",
		"poubel", "poubele", "poubl", "poubelles", "bac gris", "bac marron", "bacs",
		"containeur", "conteneurs", "poubelle de tri", "bac de tri", "poubelle jaune", "bac à déchets",
		"containers", "bac à couvercle jaune", "local poubelle", "local poubelles", "bac à verre",
	),
	"corbeille": (
		"corbeille", "corbeille à papiers", "corbeille de rue", "poubelle publique", "corbeille de propreté",
		"poubelle de rue", "corbeilles", "cendrier", "poubelle à mégots", "poubelles publiques",
		"poubelles de rue", "corbeille à papier",
	),
	"colonne_tri": (
		"colonne", "colonne à verre", "borne d'apport", "point d'apport volontaire", "borne de tri",
		"conteneur enterré", "borne à verre", "colonne de tri", "silo", "conteneurs enterrés",
		"colonne enterrée", "colonne aérienne", "point d'apport", "pav", "récup verre", "silo à verre",
		"igloo", "cloche à verre", "conteneur à verre", "colonnes", "colonnes à verre", "container à verre",
	),
	"depot": (
		"dépôt sauvage", "dépôt", "encombrant", "matelas", "sommier", "gravats", "canapé", "fauteuil",
		"frigo", "réfrigérateur", "congélateur", "électroménager", "machine à laver", "lave linge",
		"meuble", "carton", "pneu", "sac de ciment", "décharge", "amas", "tas", "déchet de chantier",
		"armoire", "lit", "planche", "déchets verts", "sacs abandonnés", "palette", "télévision",
		"vieux meuble", "ferraille", "bidon", "jouet", "valise", "déblai", "sacs de gravats",
		"dépot", "depot sauvage", "dépôts", "encombrants", "monstres", "objets encombrants", "vieux matelas",
		"clic clac", "divan", "sofa", "frigidaire", "gazinière", "cuisinière", "micro-ondes",
		"lave-vaisselle", "sèche-linge", "chauffe-eau", "ballon d'eau chaude", "baignoire", "lavabo", "évier",
		"bidet", "buffet", "étagère", "matériaux", "plâtre", "placo", "plaques de plâtre", "parpaing",
		"parpaings", "briques", "tuiles", "big bag", "sacs de chantier", "moquette", "pneus", "pneumatique",
		"batterie", "pot de peinture", "tonte", "déchets de jardin", "tas d'ordures", "caddie",
		"chariot de supermarché", "vêtements", "sacs de vêtements", "cagette", "cageot", "bâche",
		"déchets sauvages", "dépôt d'ordures", "dépôt de déchets", "décharge sauvage", "déchets abandonnés",
		"sac abandonné",
	),
	"dechet": (
		"déchet", "détritus", "ordures", "saleté", "immondice", "papier", "canette", "emballage",
		"mégot", "sac plastique", "sacs poubelles",
		"déchets", "détritus", "immondices", "saletés", "papiers", "papiers gras", "canettes",
		"bouteilles en plastique", "plastiques", "mégots", "emballages", "restes de repas",
		"restes alimentaires", "sacs éventrés", "cochonneries", "ordures ménagères", "sac poubelle",
		"sacs poubelle", "sacs d'ordures", "crasses",
	),
	"verre": (
		"verre cassé", "débris de verre", "éclat de verre", "bouteille cassée", "tesson", "bris de verre",
		"verre brisé", "bouteille", "verre",
		"tessons", "éclats de verre", "morceaux de verre", "bouteilles cassées", "verre pilé",
	),
	"dejection": (
		"crotte", "déjection", "déjection canine", "excrément", "urine",
		"crottes", "crottes de chien", "caca", "déjections", "excréments", "fiente", "fientes",
		"fiente de pigeon", "pipi", "vomi", "vomissure", "matières fécales", "déjections canines",
		"crotte de chien",
	),
	"feuille": (
		"feuille morte", "feuille",
		"feuilles mortes", "tapis de feuilles", "feuillages au sol",
	),
	"arbre": (
		"arbre", "platane", "tilleul", "marronnier", "peuplier", "chêne", "érable", "acacia", "cèdre",
		"pin", "bouleau", "frêne", "saule", "palmier", "branche", "tronc", "souche", "racine", "élagage",
		"feuillage", "ramure",
		"branchage", "grosse branche", "houppier", "arbuste mort",
		"arbres", "arbre d'alignement", "micocoulier", "sophora", "robinier", "paulownia", "ginkgo",
		"magnolia", "cerisier", "prunus", "olivier", "pin parasol", "sapin", "cyprès", "hêtre", "orme",
		"charme", "aulne", "catalpa", "mûrier", "figuier", "branche morte", "branches", "rameau", "fût",
		"grille d'arbre", "corset d'arbre", "tuteur", "fosse d'arbre", "arbres d'alignement",
		"grosses branches",
	),
	"vegetation": (
		"haie", "herbe", "herbe haute", "mauvaise herbe", "ronce", "broussaille", "végétation",
		"pelouse", "gazon", "massif", "parterre", "buisson", "arbuste", "lierre", "plante",
		"haies", "thuya", "laurier", "buis", "herbes folles", "herbes sauvages", "chiendent", "orties",
		"roncier", "friche", "végétaux", "espace vert", "espaces verts", "plate-bande", "bambou", "liane",
		"vigne vierge", "glycine", "mousse", "plantes invasives", "ambroisie", "renouée du japon",
		"berce du caucase", "herbes hautes", "mauvaises herbes", "haie vive",
	),
	"abribus": (
		"abribus", "abri bus", "abri de bus", "aubette", "abri voyageurs", "poteau d'arrêt",
		"abri-bus", "abris bus", "vitre de l'abribus", "abri voyageur", "abri de tram",
	),
	"vehicule": (
		"voiture", "véhicule", "automobile", "épave", "camion", "camionnette", "utilitaire", "suv",
		"fourgon", "fourgonnette", "voiture ventouse", "carcasse", "caravane", "camping car", "remorque",
		"peugeot", "renault", "citroën", "clio", "twingo", "mégane", "golf", "polo", "fiat", "dacia",
		"toyota", "volkswagen", "berline", "break", "monospace",
		"bagnole", "auto", "véhicules", "voitures", "vl", "voiture-ventouse", "poids lourd", "semi-remorque",
		"van", "4x4", "minibus", "taxi", "vtc", "citroen", "kangoo", "berlingo", "jumper", "sprinter",
		"ducato", "scénic", "laguna", "zoé", "yaris", "corsa", "astra", "punto", "panda", "sandero", "duster",
		"logan", "smart", "bmw", "mercedes", "audi", "opel", "ford", "nissan", "kia", "hyundai", "skoda",
		"tesla", "jeep", "véhicule abandonné", "voiture abandonnée", "véhicule épave", "voiture épave",
	),
	"velo": (
		"vélo", "bicyclette", "trottinette", "deux roues", "scooter", "moto", "vélib",
		"vélos", "vélo'v", "velov", "vélov", "trottinettes", "trottinette électrique", "trott", "scooters",
		"mobylette", "motos", "deux-roues", "cyclomoteur", "vélo électrique", "vae", "biclou",
		"vélo abandonné", "épave de vélo",
	),
	# Street furniture: what an agent sends someone to fix is one kind of it — a bollard knocked down
	# and a bike rack torn off at one square are two interventions. "Mobilier urbain" or a bare
	# "poteau" names none in particular (related to each kind, see RELATED_OBJECTS).
	"mobilier": ("mobilier urbain", "poteau", "poteaux"),
	"potelet": (
		"potelet", "potelets", "plot", "plots", "borne", "bornes", "bitte", "borne anti-stationnement",
		"quille", "bloc béton", "plot béton", "chaînette", "poteau anti-stationnement",
	),
	"barriere": (
		"barrière", "barrières", "rambarde", "garde corps", "garde-corps", "balustrade", "grillage",
		"clôture", "barrière de sécurité", "grille de protection", "glissière", "séparateur", "portail",
		"portillon",
	),
	"arceau_velo": (
		"arceau", "arceaux", "arceau vélo", "arceaux vélo", "range-vélo", "range vélo", "support vélo",
		"attache vélo", "appui vélo", "parking vélo", "stationnement vélo",
	),
	"jardiniere": ("jardinière", "jardinières", "bac à fleurs", "bacs à fleurs", "pot de fleurs", "bac planté"),
	"affichage": ("panneau d'affichage", "colonne morris", "sucette", "mupi", "totem", "panneau publicitaire"),
	"jeu": (
		"aire de jeux", "jeu", "jeux pour enfants", "toboggan", "balançoire", "tourniquet", "manège",
		"bac à sable", "structure de jeu", "tyrolienne", "sol souple", "petit train",
		"aire de jeu", "jeux d'enfants", "tape-cul", "pont de singe", "jeu à ressort", "cheval à ressort",
		"cabane", "mur d'escalade", "sol amortissant", "city stade", "city-stade", "terrain de foot",
		"panier de basket", "cage de foot", "table de ping-pong", "skatepark", "agrès", "parcours sportif",
		"balancelle", "jeux", "aire de jeux pour enfants", "square pour enfants",
	),
	"fontaine": (
		"fontaine", "borne fontaine", "point d'eau", "brumisateur",
		"fontaine à eau", "robinet", "bassin", "jet d'eau", "fontaine publique", "miroir d'eau", "fontaines",
	),
	"horodateur": (
		"horodateur", "parcmètre", "borne de paiement",
		"horodateurs", "parcmetre", "borne de stationnement", "machine à tickets", "distributeur de tickets",
		"parcmètres", "horodateur hs",
	),
	"borne_incendie": (
		"bouche à incendie", "borne incendie", "borne à incendie", "poteau incendie", "hydrant",
		"bouche d'incendie", "poteau d'incendie", "borne à incendie",
	),
	"toilettes": (
		"toilettes publiques", "toilettes", "sanisette", "urinoir", "wc",
		"w.c.", "vespasienne", "toilette publique", "pissotière", "wc publics", "sanisettes",
	),
	"mur": (
		"mur", "façade", "muret", "volet", "porte", "vitrine", "rideau", "rideau métallique", "pignon",
		"palissade", "muraille",
		"murs", "rideau de fer", "store", "porte de garage", "devanture", "boîte aux lettres", "soubassement",
		"enduit", "crépi", "façades", "mur de soutènement", "clôture en dur",
	),
	"armoire_technique": (
		"transformateur", "armoire électrique", "boîtier", "coffret", "armoire technique", "poste électrique",
		"boîtier électrique", "coffret électrique", "armoire de commande", "boîte de raccordement", "câble",
		"câbles", "fil électrique", "fils électriques", "borne de recharge", "borne électrique",
		"borne de recharge électrique", "compteur", "poste de transformation", "armoire fibre",
		"armoire télécom", "sous-répartiteur",
	),
	"eau": (
		"fuite", "fuite d'eau", "eau", "inondation", "flaque", "eau stagnante", "ruisseau", "geyser",
		"gaspillage", "réseau d'eau", "conduite d'eau",
		"mare", "mare d'eau", "nappe d'eau", "ruissellement", "tuyau", "compteur d'eau", "vanne",
		"eau potable", "flaques", "flaque d'eau", "inondations", "eaux",
	),
	"seringue": (
		"seringue",
		"seringues", "aiguille", "aiguilles", "kit d'injection", "stéribox", "matériel d'injection",
	),
	"animal": (
		"rat", "nid de guêpes", "guêpe", "frelon", "chenille processionnaire", "chat errant", "chien errant",
		"cadavre",
		"rats", "souris", "rongeur", "rongeurs", "surmulot", "cafard", "cafards", "blatte", "punaise de lit",
		"moustique", "moustique tigre", "guêpes", "nid de frelons", "frelon asiatique", "essaim", "abeilles",
		"animal mort", "oiseau mort", "chenilles", "processionnaire", "ragondin", "renard", "nuisibles",
		"dératisation",
	),
	# noise sources
	"bar": (
		"bar", "terrasse", "café", "restaurant", "brasserie", "discothèque", "boîte de nuit", "club",
		"établissement", "clientèle", "client", "pub", "dj", "buvette", "épicerie de nuit", "karaoké",
		"concert", "snack", "kebab",
		"bars", "troquet", "bistrot", "bistro", "resto", "pizzeria", "fast food", "boîte", "night club",
		"cabaret", "salle de concert", "péniche", "guinguette", "terrasses", "débit de boissons",
		"licence iv", "fêtards", "consommateurs", "videur", "chicha", "bar à chicha", "shisha", "lounge",
		"fumeurs", "bar de nuit", "bar à cocktails", "pub irlandais",
	),
	"chantier": (
		"chantier", "travaux", "marteau piqueur", "perceuse", "disqueuse", "grue", "engin", "bétonnière",
		"marteau", "ouvrier", "livraison", "pelleteuse", "compresseur", "démolition", "toupie",
		"chantiers", "btp", "engins", "engins de chantier", "tractopelle", "camion toupie", "pelle mécanique",
		"bulldozer", "foreuse", "forage", "burineur", "brise-roche", "scie", "meuleuse", "ponceuse",
		"groupe électrogène", "échafaudage", "maçons", "ouvriers", "terrassement", "bip de recul",
		"travaux de nuit", "marteau-piqueur",
	),
	"voisinage": (
		"voisin", "voisinage", "fête", "appartement", "logement", "étage", "soirée privée", "au dessus",
		"talons", "meuble traîné",
		"voisins", "voisine", "appart", "locataire", "locataires", "colocation", "coloc", "airbnb",
		"au-dessus", "voisin du dessus", "voisins du dessous", "voisin d'en face",
	),
	"animal_bruit": (
		"aboiement", "chien qui aboie", "aboyer", "coq",
		"aboiements", "aboie", "jappements", "chant du coq", "chiens qui aboient", "perroquet",
	),
	"alarme": (
		"alarme", "sirène",
		"alarmes", "alarme de voiture", "alarme de magasin", "alarme incendie", "antivol",
	),
	"circulation": (
		"rodéo", "pot d'échappement", "moteur", "klaxon", "klaxonner",
		"rodéos", "rodéo urbain", "échappement", "moteurs", "klaxons", "accélérations", "trafic routier",
		"motos qui pétaradent",
	),
	"ouvrage": (
		"pont", "passerelle", "tunnel", "trémie", "viaduc", "parapet", "pile de pont", "sous-terrain",
		"souterrain", "passage souterrain", "ouvrage d'art",
	),
	"engin": (
		"souffleur", "souffleuse", "souffleur de feuilles", "tondeuse", "débroussailleuse", "taille-haie",
		"balayeuse", "laveuse", "nettoyeuse", "aspiratrice",
	),
	"rassemblement": (
		"rassemblement", "attroupement", "bande de jeunes", "groupe de jeunes", "jeunes", "squat",
		"squatteurs", "regroupement", "individus", "dealers", "point de deal", "rassemblements",
		"groupes de jeunes",
	),
}

# Fault concept → phrases: what is wrong, telling "tag on a lamp post" from "lamp post out".
FAULTS: dict[str, tuple[str, ...]] = {
	"panne": (
		"panne", "éteint", "s'allume plus", "allume", "allumer", "clignoter", "clignotant", "grésiller",
		"obscurité", "sombre", "faible", "faiblard", "hors service", "hs", "défaillant",
		"fonctionner", "marcher", "plus de lumière", "on n'y voit rien", "coupe gorge", "ampoule grillée",
		"lampe grillée", "hors d'usage", "intermittent", "coupure", "sans éclairage", "allumé en plein jour",
		"dans le noir", "reste au rouge", "reste au vert", "bloqué au rouge", "bloqué au vert", "feu bloqué",
		"feux bloqués", "reste à l'orange", "orange clignotant",
		"ne s'allume pas", "ne marche plus", "ne fonctionne plus", "grillé", "griller", "obscur", "pénombre",
		"nuit noire", "tout noir", "fait noir", "noir complet", "noir total", "défectueux",
		"en panne", "h.s.", "hors-service", "ne s'allume plus", "s'éteint", "s'éteindre", "éteindre",
		"allumé en journée", "allumé la journée", "allumé jour et nuit", "reste allumé", "ne fonctionne pas",
		"fonctionne pas", "marche pas", "marche plus", "en rade", "déconne", "déconner",
		"plongé dans le noir", "sans lumière", "pas de lumière", "aucune lumière", "plus d'éclairage",
		"pas d'éclairage", "manque d'éclairage", "manque de lumière", "mal éclairé", "peu éclairé",
		"non éclairé", "obscure", "scintiller", "scintillement", "vaciller", "vacillant", "clignote",
		"clignotement", "intermittence", "s'allume et s'éteint", "bug", "bugué", "disjoncté", "disjoncter",
		"court-circuit", "faux contact", "dysfonctionnement", "dysfonctionner", "en dérangement", "inopérant",
		"éteints", "éteinte", "éteintes", "plus de lumière", "noir complet", "dans l'obscurité",
		"coupure d'éclairage", "panne d'éclairage", "hs depuis",
		"n'éclaire plus", "éclaire plus", "n'éclaire pas", "éclaire mal", "ampoule morte", "lampe morte",
		"ne coule plus", "coule plus", "ne coule pas", "plus d'eau", "pas d'eau", "coupure d'eau",
		"plus de pression", "toujours rouge", "au rouge en permanence", "bloqué à l'orange",
	),
	"casse": (
		"cassé", "casser", "brisé", "endommagé", "abîmé", "abîmer", "arraché", "arracher", "tordu",
		"tordre", "plié", "plier", "détruit", "vandalisé", "vandaliser", "vandalisme", "brûlé",
		"brûler", "renversé", "renverser", "fendu", "fendre", "descellé", "desceller", "dégradé",
		"défoncé", "effondré", "fissure", "fissuré", "bosse", "trou", "soulever", "enfoncer",
		"détérioré", "déchaussé", "bancal", "basculer", "branlant", "instable", "affaissé", "percé",
		"rouillé", "incendié", "fendre", "morceau", "éclaté",
		"explosé", "exploser", "démoli", "démolir", "cabossé", "déformé", "fêlé", "ébréché", "délabré",
		"mauvais état", "dégradation", "dégât", "endommager", "décroché", "décrocher", "dévissé",
		"kc", "pété", "péter", "niqué", "foutu", "fichu", "bousillé", "esquinté", "amoché", "déglingué",
		"fracturé", "fracassé", "rayé", "troué", "craquelé", "lézardé", "lézarde", "effrité", "s'effriter",
		"décollé", "se décoller", "soulevé", "disjoint", "déboîté", "dessoudé", "desserré", "branle",
		"sectionné", "dénudé", "à nu", "fils à nu", "usé", "usure", "illisible", "estompé", "délavé",
		"décoloré", "vétuste", "pourri", "vermoulu", "rouille", "corrodé", "trous", "fissures", "crevasse",
		"affaissement", "creusé", "creux", "bosselé", "gondolé", "boursouflé", "détaché", "qui pend",
		"en ruine", "ruine", "en miettes", "casse", "cassure", "brisure", "détérioration", 
		"saccagé", "saccager", "vandales", "défoncement", "endommagement", "percuté", "percuter", "heurté",
		"heurter", "accroché par une voiture", "à moitié arraché", "arrachement", "fendillé",
		"béant", "bosses", "trappe ouverte", "câbles apparents", "fils apparents", "fils dénudés",
		"câbles à nu",
	),
	# a signal or a device that works, but badly set: another intervention than one out of order
	"reglage": (
		"trop court", "trop rapide", "trop vite", "trop long", "pas assez long", "réglage", "mal réglé",
		"déréglé", "dérégler", "temps de traversée", "pas le temps de traverser", "fini de traverser",
		"mal orienté", "éblouir", "éblouissant", "trop lumineux",
		"désynchronisé", "pas synchronisé", "mal synchronisé", "synchronisation", "attente trop longue",
		"vert trop court", "rouge trop long",
	),
	"manque": (
		"manquant", "manque", "disparu", "volé", "absent", "plus de panneau",
		"manquante", "manquants", "a disparu", "disparaître", "introuvable", "volée", "vol",
	),
	"tombe": (
		"tombé", "tombe", "tomber", "chute", "céder", "déraciné", "couché", "barrer le passage", "s'écrouler",
		"écroulé", "déraciner", "s'abattre", "abattu", "s'effondrer",
		"tombée", "chuté", "s'est effondré", "déraciné", "abattu par le vent", "effondrement", "dégringolé",
		"s'est détaché", "arraché par le vent", "gît", "tombés", "chute de branches", "chute d'arbre",
		"s'est écroulé",
	),
	# leaning, not (yet) down: a lamp post leaning still lights
	"penche": (
		"penché", "pencher", "menacer de tomber", "incliné", "de guingois", "pencher dangereusement",
		"pas droit", "menace de tomber", "risque de tomber", "prêt à tomber", "va tomber",
		"sur le point de tomber", "penche dangereusement", "penchée", "inclinée", "tient plus",
	),
	"tag": (
		"tag", "tagué", "taguer", "graffiti", "graff", "inscription", "autocollant", "affiche",
		"affichage sauvage", "peinture", "bombé", "insulte", "sticker", "dessin",
		"barbouillé", "barbouiller", "pochoir", "collage", "affichette", "bombe de peinture", "graffé",
		"tags", "taggé", "tagger", "graffitis", "graph", "graffs", "peinturluré", "dessins", "inscriptions",
		"écritures", "slogan", "gribouillé", "gribouillage", "bombage", "bomber", "affiche sauvage",
		"affichettes", "autocollants", "stickers", "papier collé", "publicité sauvage", "flyer", "tract",
		"insultes", "injure", "inscription injurieuse", "croix gammée", "tag raciste", "tag injurieux",
		"tag obscène", "peint", "peinte", "tagués", "graffité",
	),
	"deborde": (
		"déborder", "débordant", "est plein", "est pleine", "sont pleines", "sont pleins", "déjà plein",
		"déjà pleine", "complètement plein", "complètement pleine", "poubelle pleine", "corbeille pleine",
		"bac plein", "bacs pleins", "conteneur plein", "benne pleine", "colonne pleine", "rempli", "remplie",
		"saturé", "saturer", "entasser",
		"non vidé", "pas vidé", "jamais vidé", "accumuler", "amoncellement",
		"débordement", "à ras bord", "plein à craquer", "trop plein", "s'amonceler",
		"déborde", "débordent", "qui déborde", "débordé", "dégueule", "dégueuler", "qui dégueule",
		"archi plein", "croule sous", "sacs au pied", "sacs autour", "sacs à côté", "pas été vidée",
		"plus vidé", "jamais vidée", "non vidée", "attente de vidage", "trop pleine", "pleine à craquer",
		"remplie à ras bord", "ne ferme plus", "couvercle ne ferme plus", "déborde de partout",
	),
	"non_collecte": (
		"non collecté", "pas collecté", "oubli", "oublié", "pas ramassé", "collecte", "passage des éboueurs",
		"éboueur", "pas été ramassé", "pas passé",
		"ramassage", "non ramassé", "pas été collecté", "pas été vidé", "tournée",
		"collecte oubliée", "oubli de collecte", "éboueurs", "ripeurs", "benne pas passée",
		"jour de collecte", "bacs non collectés", "non ramassés", "pas ramassés", "pas été ramassées",
		"ordures pas ramassées", "camion n'est pas passé", "collecte non effectuée", "non effectué",
		"pas effectué", "collecte pas faite", "pas été faite",
	),
	"bouche": (
		"bouché", "bouchée", "boucher", "obstrué", "obstruée", "obstruer", "remonter", "stagnant",
		"déborde d'eau", "engorgé", "refouler", "stagner", "inondé", "inonder", "s'évacue plus",
		"refoule", "bouchon", "engorger", "ne s'écoule plus", "s'écoule pas", "colmaté",
		"bouchés", "bouchées", "encrassé", "encrasser", "colmater", "l'eau ne s'écoule pas",
		"ne s'évacue pas", "l'eau ne part pas", "n'évacue plus", "évacue pas", "eau stagne", "stagnation",
		"remonte", "remontée", "refoulement", "retenue d'eau", "inondée", "submergé", "noyé", "sous l'eau",
		"les pieds dans l'eau", "lac", "draine plus", "ne draine plus", "obstruée par des feuilles",
		"rempli de feuilles", "plein de feuilles", "bouchage", "engorgement",
	),
	"fuite": (
		"fuite", "fuir", "couler", "jaillir", "ruisseler", "gaspillage", "bouillonner", "sortir du sol",
		"fuit", "goutter", "suinter", "suintement", "coule",
		"fuit", "fuite importante", "jaillit", "jaillissement", "gicle", "gicler", "perd de l'eau",
		"perte d'eau", "eau qui sort", "sort du sol", "bouillonne", "suinte", "goutte à goutte",
		"robinet ouvert", "qui coule", "coule en continu", "s'écoule en permanence", "fuyant", "fuites",
	),
	"sale": (
		"sale", "saleté", "dégoûtant", "odeur", "puer", "crasseux", "puanteur", "nauséabond",
		"malodorant", "insalubre",
		"puant", "infect", "pestilentiel", "sentir mauvais", "sent mauvais", "ça sent", "crade", "souillé",
		"souiller", "salir", "sali", "insalubrité", "éventrer", "éventré",
		"sales", "salissure", "souillure", "crasse", "dégueulasse", "dégueu", "dégeu", "degueu", "cradingue",
		"crado", "immonde", "répugnant", "pue", "odeurs", "relent", "relents", "mauvaises odeurs",
		"mauvaise odeur", "ça pue", "schlinguer", "schlingue", "empester", "empeste", "taches", "tache",
		"jonché", "jonchée", "joncher", "éparpillé", "éparpiller", "répandu", "répandre", "étalé",
		"nuisance olfactive", "nuisances olfactives", "pas propre", "malpropre", "dégoûtant", "cochonnerie",
		"pas nettoyé", "jamais nettoyé", "non nettoyé", "nettoyage", "à nettoyer", "nettoyer",
	),
	"gene": (
		"gênant", "gêner", "bloquer", "bloqué", "stationner", "garer", "double file", "ventouse",
		"abandonné", "abandonner", "encombrer", "obstacle", "mal garé", "ne bouge pas", "bouge jamais",
		"entraver", "entrave", "empiéter", "stationnement sauvage", "stationné",
		"gêne", "bloque", "bloquant", "bloquer le passage", "encombre", "encombrement", "empêche de passer",
		"impossible de passer", "on ne peut plus passer", "passage impossible", "impraticable",
		"inaccessible", "accès bloqué", "sortie bloquée", "stationnement gênant", "stationnement abusif",
		"stationnement illicite", "en double file", "garé sur le trottoir", "squatte", "immobilisé",
		"n'a pas bougé", "toujours à la même place", "même place", "pas bougé", "plus bougé", "sans plaque",
		"sans plaques", "plaques d'immatriculation", "garée", "garées", "stationne", "stationnent",
		"occupe la place", "prend la place",
		"place handicapé", "place pmr", "place de livraison", "devant mon garage", "sortie de garage",
		"bateau bloqué", "devant le bateau",
	),
	"danger": ("dangereux", "danger", "blessé", "blesser", "coupant", "accident", "risque"),
	"bruit": (
		"bruit", "bruyant", "tapage", "nuisance sonore", "musique", "crier", "cri", "hurler", "hurlement",
		"vacarme", "boucan", "vibrer", "réveiller", "dormir", "infernal", "basse",
		"gueuler", "brailler", "chahut", "raffut", "vrombissement", "pétarade", "sono", "enceinte", "décibel",
		"tapage nocturne",
		"bruits", "bruyants", "barouf", "ramdam", "tintamarre", "chahut", "nuisances sonores",
		"nuisance sonore", "musique forte", "musique à fond", "sono", "basses", "boum boum", "cris", "crient",
		"hurlent", "gueulent", "braillent", "chantent", "chants", "rires", "éclats de voix", "parlent fort",
		"klaxonnent", "pétarades", "vrombissent", "claquements", "portes qui claquent", "claquer", "claque",
		"vibration", "vibrations", "réveillé", "empêche de dormir", "impossible de dormir", "pas dormir",
		"insomnie", "assourdissant", "nuisances nocturnes", "nuisances de nuit", "tapage diurne",
		"bruit de fond", "trop fort", "volume", "sonore",
	),
	"pousse": (
		"pousser", "envahir", "dépasser", "tailler", "élaguer", "trop haut", "non taillé",
		"visibilité",
		"envahissant", "proliférer", "pas entretenu", "non entretenu", "mal entretenu", "à l'abandon",
		"friche",
		"envahi", "trop grand", "trop haute", "hautes herbes", "pas taillé", "pas tondu", "non tondu",
		"tonte", "à élaguer", "besoin d'élagage", "besoin d'une taille", "gêne la visibilité",
		"masque le panneau", "cache le panneau", "cache la vue", "masquer", "branches basses",
		"branche basse", "frotte", "frotter", "touche les fils", "touche la façade", "empiète", "empiéter",
		"envahit", "prolifère", "non élagué", "pas élagué", "mal taillé", "trop poussé", "a poussé",
	),
	"glissant": (
		"verglas", "glissant", "glisser", "glisse", "patinoire", "huile", "gasoil", "gazole", "hydrocarbure",
		"carburant", "boue", "coulée de boue", "tache d'huile",
	),
	"malade": (
		"arbre mort", "arbres morts", "malade", "dépérissant", "dépérir", "desséché", "mort sur pied",
		"champignon", "champignons", "attaqué par les parasites",
	),
	# not faults: "bouche" of these is a noun (an object or a landmark)
	"": ("bouche d'égout", "bouche de métro", "bouche à incendie", "bouche d'incendie"),
}
# Things often named as the victims of an incident ("my car was damaged by the branch", "cyclists
# swerve") rather than as what is broken: they count as the object only when nothing else is named.
BYSTANDERS = frozenset({"vehicule", "velo", "voisinage"})
STREET_FURNITURE = ("potelet", "barriere", "arceau_velo", "jardiniere", "affichage")
# Objects one incident is often described by, either way round (cause and consequence, container
# and content): naming one on each side is not "another object".
RELATED_OBJECTS = frozenset(
	frozenset(pair)
	for pair in (
		("poubelle", "dechet"),
		("corbeille", "dechet"),
		("colonne_tri", "dechet"),
		("poubelle", "corbeille"),  # "la poubelle" may be the street bin
		("poubelle", "colonne_tri"),  # or the bottle bank
		("colonne_tri", "verre"),  # broken glass at the foot of the bottle bank
		("depot", "dechet"),
		("avaloir", "eau"),
		("avaloir", "tampon"),
		("arbre", "vegetation"),
		("arbre", "feuille"),
		("lampadaire", "mobilier"),  # "le poteau" of a lamp post
		*(("mobilier", kind) for kind in STREET_FURNITURE),  # "mobilier urbain" names any kind
		("lampadaire", "armoire_technique"),
		("fontaine", "eau"),
		("avaloir", "chaussee"),  # a blocked drain and the flooded roadway
		("chaussee", "eau"),
		("verre", "dechet"),
		("feuille", "vegetation"),
		("chantier", "engin"),  # works and the machines doing them
		("bar", "rassemblement"),  # the customers gathered outside a bar
		("ouvrage", "mur"),  # the wall of a bridge or a tunnel
	)
)


# Faults one incident is often described by, cause on one side and consequence on the other: a
# lamp post knocked down (broken, fallen) is a lamp post out; a fallen tree blocks the street; a
# broken pipe leaks; an overflowing bin is a dirty street and a collection missed. Naming one on
# each side is not "another fault". A tag and a lamp out, an odour and a blocked drain, a bin
# overflowing and a bin torn off are two interventions.
RELATED_FAULTS = frozenset(
	frozenset(pair)
	for pair in (
		("casse", "tombe"),
		("casse", "panne"),
		("tombe", "panne"),
		("penche", "tombe"),
		("penche", "casse"),
		("casse", "gene"),
		("tombe", "gene"),
		("casse", "fuite"),
		("bouche", "fuite"),
		("deborde", "sale"),
		("deborde", "non_collecte"),
		("non_collecte", "sale"),
		("casse", "manque"),  # a sign torn off is a sign missing
		("tombe", "manque"),
		("bouche", "deborde"),  # a drain overflowing is a drain blocked
		("pousse", "gene"),  # a hedge overgrown blocks the pavement
		("pousse", "deborde"),  # "la haie déborde sur le trottoir"
		("bruit", "gene"),  # "ça nous gêne": the noise is the nuisance
		("glissant", "sale"),  # mud or leaves on the roadway
		("malade", "tombe"),  # a dead tree is one that falls
		("malade", "penche"),
		("malade", "casse"),
	)
)


def related_faults(a: frozenset[str], b: frozenset[str]) -> bool:
	return any(frozenset((x, y)) in RELATED_FAULTS for x in a for y in b)


def main_objects(objects: frozenset[str]) -> frozenset[str]:
	"""The objects that say what is broken: bystanders dropped when something else is named."""
	kept = objects - BYSTANDERS
	return kept if kept else objects


def related_objects(a: frozenset[str], b: frozenset[str]) -> bool:
	return any(frozenset((x, y)) in RELATED_OBJECTS for x in a for y in b)


# Faults that say how serious, not what is wrong: never "another fault".
GENERIC_FAULTS = frozenset({"danger"})

# Place prepositions: a thing named right after one is a landmark ("devant l'abribus").
_PLACE_WORDS = frozenset(
	{
		"devant", "derriere", "pres", "proche", "proximite", "cote", "face", "avant", "apres", "pied",
		"niveau", "long", "coin", "angle", "vers", "hauteur", "autour", "contre", "entre", "sous",
		"chez",
	}
)
_LINK_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en", "juste", "un", "une"})
_LANDMARK_REACH = 4  # words after a place preposition in which a named thing is a landmark
# Negations: a fault named within a few words after one is denied, not reported ("une odeur
# d'égout, sans eau qui stagne": the drain is not blocked). "Sans arrêt", "sans cesse" insist.
_NEGATIONS = frozenset({"sans", "san", "aucun", "aucune", "ni"})
_NOT_NEGATED_AFTER = frozenset({"arret", "cesse", "interruption", "doute", "raison", "fin"})
_NEGATION_REACH = 3


def _stem(raw: str, lemma_: str) -> str:
	"""Lemma reduced once more, so that a verb and its participle meet ("arracher", "arrachée")."""
	if len(lemma_) > 5 and lemma_.endswith("er"):
		return lemma_[:-2]
	if len(lemma_) > 4 and lemma_.endswith("e") and raw.endswith(("é", "ée", "és", "ées")):
		return lemma_[:-1]
	return lemma_


def _words(text: str) -> list[str]:
	"""Stemmed lemmas of every word of ``text`` (stop words kept: phrases need them)."""
	out = []
	for raw in _WORD.findall(text.lower()):
		plain = strip_accents(raw)
		out.append(plain if plain in STOP_WORDS else _stem(raw, lemma(raw)))
	return out


def _phrase(text: str) -> tuple[str, ...]:
	return tuple(_words(text))


def _compile(table: dict[str, tuple[str, ...]]) -> tuple[dict[tuple[str, ...], str], int]:
	out: dict[tuple[str, ...], str] = {}
	for concept, phrases in table.items():
		for phrase in phrases:
			key = tuple(w for w in _phrase(phrase) if w not in _LINK_WORDS) or _phrase(phrase)
			if key:
				out.setdefault(key, concept)
	return out, max(len(k) for k in out)


_OBJECTS, _OBJECTS_LONGEST = _compile(URBAN_OBJECTS)
_FAULTS, _FAULTS_LONGEST = _compile(FAULTS)
def vocabulary_of(objects: dict, faults: dict) -> tuple[list[str], frozenset[str]]:
	"""The lexicon's words: those of five letters or more that typos are corrected to (sorted), and
	all of them (a verb's base is looked up there)."""
	words = {w for table in (objects, faults) for key in table for w in key}
	return sorted(w for w in words if len(w) >= 5), frozenset(words)


_VOCABULARY, _VOCABULARY_SET = vocabulary_of(_OBJECTS, _FAULTS)
_TYPO_SIMILARITY = 85  # a longer word this close to a lexicon word is read as it ("poubellle")
_LONG_TYPO_SIMILARITY = 80  # the same for words of nine letters or more starting alike ("lampadère")


# Words close to a lexicon word that are words of their own, unknown to the dictionary once their
# accents are stripped ("dégoût" is not "égout").
_NOT_TYPOS = frozenset({"degout", "degouts"})


def _plain_key(plain: str) -> str:
	"""An unaccented word without its plural and feminine marks ("degradees" → "degrade")."""
	if len(plain) > 4 and plain.endswith("s"):
		plain = plain[:-1]
	if len(plain) > 4 and plain.endswith("ee"):
		plain = plain[:-1]
	return plain


def _unaccented_forms() -> tuple[dict[str, str], dict[str, str]]:
	"""The lexicon's words as citizens type them without accents (SMS, phones, keyboards without
	accents): unaccented form → the stem the accented form has ("degrade" → that of "dégradé",
	"passee" → that of "passée"), first by the exact form, then without plural and feminine marks
	("degradees" → "dégradé"). A form whose stems name different things ("grille" the grid,
	"grillé" the burnt-out bulb) is left out."""
	exact: dict[str, set[str]] = {}
	loose: dict[str, set[str]] = {}
	for table in (URBAN_OBJECTS, FAULTS):
		for phrases in table.values():
			for phrase in phrases:
				for raw in _WORD.findall(phrase.lower()):
					plain = strip_accents(raw)
					if plain not in STOP_WORDS:
						stem = _stem(raw, lemma(raw))
						exact.setdefault(plain, set()).add(stem)
						loose.setdefault(_plain_key(plain), set()).add(stem)
	concepts: dict[str, set[str]] = {}
	for table in (_OBJECTS, _FAULTS):
		for key, concept in table.items():
			for w in key:
				concepts.setdefault(w, set()).add(concept)

	def one(stems: set[str]) -> str | None:
		if len(stems) == 1:
			return next(iter(stems))
		named = {frozenset(concepts.get(s, ())) for s in stems}
		return min(stems) if len(named) == 1 else None

	out_exact = {k: v for k, stems in exact.items() if (v := one(stems)) is not None}
	out_loose = {k: v for k, stems in loose.items() if (v := one(stems)) is not None}
	return out_exact, out_loose


# Nouns the lemmatiser reads as a verb form of the lexicon ("la gare" is not "garer").
_NOUNS_NOT_VERBS = frozenset({"gare", "gares"})

# Endings of French verb forms and participles, to read an unaccented, unknown verb form
# ("debordent", "arrachee") as the lexicon's verb ("déborder", "arracher").
_VERB_ENDINGS = ("aient", "ees", "ent", "ait", "ee", "es", "ez", "er", "e")


@lru_cache(maxsize=65536)
def _corrected(raw: str) -> str:
	"""The stem of a word as the lexicon knows it: its own, that of the accented word it stands for
	when typed without accents ("degradee" → "dégradée"), or that of the lexicon word it is a typo
	of ("poubellle" → "poubelle", "luière" → "lumière"). Whether a word is long enough and known to
	the French dictionary (then kept as it is: "immeuble" is not "meuble", "niveau" not "caniveau")
	is judged on the word as written."""
	plain = strip_accents(raw)
	if plain in STOP_WORDS or plain in _NOUNS_NOT_VERBS:
		return plain
	stem = _stem(raw, lemma(raw))
	if plain == raw and not plain.isdigit():
		if plain in _UNACCENTED_EXACT:
			return _UNACCENTED_EXACT[plain]
		found = _UNACCENTED.get(_plain_key(plain))
		if found is not None:
			return found
		if stem not in _VOCABULARY_SET and not is_french_word(raw):
			for ending in _VERB_ENDINGS:
				base = plain[: -len(ending)] if plain.endswith(ending) else None
				if base and len(base) >= 4 and base in _VOCABULARY_SET:
					return base
	if len(plain) < 6 or plain.isdigit() or plain in _PLACE_WORDS or plain in _NOT_TYPOS or is_french_word(raw):
		return stem
	found = process.extractOne(stem, _VOCABULARY, scorer=fuzz.ratio, score_cutoff=_LONG_TYPO_SIMILARITY)
	if found and (found[1] >= _TYPO_SIMILARITY or (len(plain) >= 9 and found[0][:2] == stem[:2])):
		return found[0]
	return stem


# Phrases by which a citizen says the incident was reported before and is still there.
REMINDERS = (
	"toujours pas", "toujours rien", "toujours là", "toujours en panne", "rien n'a bougé",
	"rien n'a été fait", "rien n'est fait", "rien de fait", "pas été réparé", "toujours pas réparé",
	"déjà signalé", "signalé il y a", "message précédent", "précédent signalement", "mon signalement",
	"je relance", "relance", "deuxième signalement", "nouveau signalement", "plus de deux semaines",
	"plus de trois semaines", "plus d'un mois", "plus de cinq semaines", "depuis plus d'un mois",
	"personne n'est venu", "aucune intervention", "la même chose que",
	"toujours présent", "toujours en place", "toujours pas enlevé", "toujours pas ramassé",
	"toujours pas rétabli", "toujours pas remplacé", "toujours en attente", "rien n'a changé", "sans réponse",
	"aucune réponse", "sans suite", "resté sans suite", "pas été traité", "non traité", "déjà appelé",
	"déjà écrit", "déjà contacté", "déjà fait un signalement", "je vous ai déjà", "je réitère", "réitère",
	"je renouvelle ma demande", "second signalement", "troisième signalement", "énième",
	"pour la énième fois", "encore une relance", "relancer", "tjrs pas", "tjs pas", "tjr pas",
	"toujours rien de fait", "rien n'a été réparé", "n'a toujours pas été", "toujours le même problème",
	"déjà signalée", "déjà signalés", "signalé plusieurs fois", "plusieurs signalements", "depuis mon appel",
	"depuis mon dernier message",
)
# Capitalised words that are not names of places or businesses.
_NOT_NAMES = frozenset(
	["bonjour", "bonsoir", "hello", "madame", "monsieur", "mme", "mr", "merci", "cordialement", "mairie", "ville", "metropole", "lyon", "paris", "marseille", "attention", "urgent", "photo", "svp", "france", "appel", "usager", "le", "la", "les", "l", "un", "une", "des", "du", "de", "au", "aux", "et", "je", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "ca", "cela", "c", "est"]
)
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ][a-zà-ÿ'’]+(?:[\s-][A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ][a-zà-ÿ'’]+)*)")


@dataclass(frozen=True)
class Mention:
	"""What a text names: ``objects`` (concepts), ``faults``, ``landmarks`` (where-words),
	``names`` (proper names of a business or a place: "Le Tchin", "La Buvette") and whether it
	says the incident was already reported (``reminder``)."""

	objects: frozenset[str] = frozenset()
	faults: frozenset[str] = frozenset()
	landmarks: frozenset[str] = frozenset()
	names: frozenset[str] = frozenset()
	reminder: bool = False

	def to_dict(self) -> dict:
		return {
			"objects": sorted(self.objects),
			"faults": sorted(self.faults),
			"landmarks": sorted(self.landmarks),
			"names": sorted(self.names),
			"reminder": self.reminder,
		}


def _names(text: str) -> frozenset[str]:
	"""Capitalised words inside sentences, except street names and greetings."""
	from citizen_relation.core.duplicates.address import STREET_TYPES

	out: set[str] = set()
	for line in re.split(r"[\n.!?;:]\s*", text):
		for m in _CAPITALISED.finditer(line):
			if m.start() == 0:
				continue
			before = strip_accents(line[: m.start()].lower()).split()
			if before and (before[-1] in STREET_TYPES or before[-1] in {"r", "av", "bd", "pl", "crs", "de", "du", "des"}):
				continue
			street = False
			for word in re.split(r"[\s'’-]+", strip_accents(m.group(1).lower())):
				street = street or word in STREET_TYPES
				if not street and len(word) > 2 and word not in _NOT_NAMES:
					out.add(word)
	return frozenset(out)


def _scan(words: list[str], table: dict[tuple[str, ...], str], longest: int):
	"""(position, concept) of each phrase of ``table`` found in ``words`` (longest match first)."""
	i = 0
	while i < len(words):
		for size in range(min(longest, len(words) - i), 0, -1):
			concept = table.get(tuple(words[i : i + size]))
			if concept is not None:
				yield i, concept
				i += size
				break
		else:
			i += 1


# The name of a street after its type word ("avenue des Frères Lumière", "rue de la Fontaine",
# "pl. du Pont"): capitalised words, with their link words. It says where, not what is broken.
_STREET_NAME = re.compile(
	r"\b((?i:rue|avenue|av|boulevard|bd|boul|place|pl|quai|cours|crs|allée|impasse|chemin|square|"
	r"promenade|esplanade|montée|passage|faubourg|parvis))\.?"
	r"((?:\s+(?:(?:de|du|des|la|le|les|l|d|et|sur|en|aux?)(?:\s+|['’])?)*[A-ZÀ-Ý][\wÀ-ÿ]*(?:-[\wÀ-ÿ]+)*)+)"
)


def _without_street_names(text: str) -> str:
	return _STREET_NAME.sub(lambda m: m.group(1), text)


@lru_cache(maxsize=16384)
def describe(*parts: str | None) -> Mention:
	"""The objects, faults and landmarks a report's texts name (subject, description…)."""
	text = strip_html(" ".join(p for p in parts if p))
	all_words = [_corrected(raw) for raw in _WORD.findall(_without_street_names(text).lower())]
	# positions are counted without link words, so that "près de la" reaches as far as "devant"
	words = [w for w in all_words if w not in _LINK_WORDS]
	place_at = [i for i, w in enumerate(words) if w in _PLACE_WORDS]
	objects: set[str] = set()
	landmarks: set[str] = set()
	for i, concept in _scan(words, _OBJECTS, _OBJECTS_LONGEST):
		if any(0 < i - p <= _LANDMARK_REACH for p in place_at):
			landmarks.add(concept)
		else:
			objects.add(concept)
	negated_at = [
		i for i, w in enumerate(words) if w in _NEGATIONS and (i + 1 >= len(words) or words[i + 1] not in _NOT_NEGATED_AFTER)
	]
	faults = {
		concept
		for i, concept in _scan(words, _FAULTS, _FAULTS_LONGEST)
		if concept and concept not in GENERIC_FAULTS and not any(0 < i - p <= _NEGATION_REACH for p in negated_at)
	}
	plain = " ".join(lemmas(text, keep_stop_words=True))
	reminder = any(f" {r} " in f" {plain} " for r in _REMINDERS)
	return Mention(frozenset(objects), frozenset(faults), frozenset(landmarks), _names(text), reminder)


_REMINDERS = tuple(" ".join(lemmas(r, keep_stop_words=True)) for r in REMINDERS)
_UNACCENTED_EXACT, _UNACCENTED = _unaccented_forms()
