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
OBJECTS_VERSION = 6

# Object concept → phrases. A concept is what an agent sends someone to fix.
URBAN_OBJECTS: dict[str, tuple[str, ...]] = {
	# places that name no object to repair: the playground is where the swing or its floor is
	"": (
		"aire de jeux", "aire de jeu", "aire de jeux pour enfants", "square pour enfants", "aire ludique",
		"espace de jeux", "parc à jeux", "parc de jeux",
	),
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
		"candélabre d'éclairage", "réverbaire", "lampaire", "lumière du lampadaire", "éclairage de la voie",
		"éclairage du parc", "éclairage du square", "éclairage du passage piéton", "éclairage piéton",
		"éclairage de la place", "éclairage du chemin", "éclairage de l'allée", "éclairage du parking",
		"éclairage municipal", "éclairage extérieur", "réseau d'éclairage", "réseau d'éclairage public",
		"mât de lampadaire", "poteau du lampadaire", "console d'éclairage", "crosse d'éclairage",
		"lanterne d'éclairage", "luminaire led", "lampadaire led", "lampe à sodium", "ballon fluo",
		"tête de candélabre", "point d'éclairage", "applique murale", "projo", "spot encastré",
		"lumière du parc", "éclairage du stade", "lampe du réverbère", "lumignon", "becs de gaz",
	),
	"feu_tricolore": (
		"feu tricolore", "feu rouge", "feu de signalisation", "feu de circulation", "feu piéton",
		"feux", "feu", "signal lumineux", "bonhomme vert", "bouton d'appel", "signal sonore",
		"carrefour à feux",
		"feux tricolores", "feux de circulation", "signal tricolore", "feu orange", "feu vert",
		"feu pour piétons", "bonhomme rouge", "boîtier piéton", "bouton poussoir", "signal piéton",
		"répétiteur", "feu clignotant", "feux de signalisation", "signalisation lumineuse",
		"feu tricolor", "feu du carrefour", "feu du passage piéton", "bonhomme lumineux",
		"petit bonhomme vert", "petit bonhomme rouge", "bouton piéton", "bouton pour piétons",
		"bouton d'appel piéton", "boîtier d'appel", "signal sonore pour aveugles",
		"signal sonore pour malvoyants", "télécommande pour malvoyants", "balise sonore", "feu sonore",
		"module sonore", "feu à décompte", "décompte piéton", "contrôleur de feux", "armoire de feux",
		"armoire de carrefour", "régulation des feux", "signalisation tricolore", "feu cyclable", "feu vélo",
		"feu pour vélos", "feu de bus", "feu de tram", "feu clignotant orange", "feu orange clignotant",
		"tête de feu", "lanterne de feu", "feu rouge du carrefour",
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
		"panneau routier", "signalisation routière", "panneau cédez-le-passage", "panneau de danger",
		"panneau école", "panneau attention école", "panneau attention enfants", "panneau d'agglomération",
		"panneau d'entrée d'agglomération", "panneau d'entrée de ville", "panneau de ville", "panneau 30",
		"panneau 50", "panneau zone 20", "panneau zone de rencontre", "panneau limitation de vitesse",
		"panneau de sens unique", "panneau interdit", "panneau stationnement interdit",
		"panneau interdiction de stationner", "panneau handicapé", "panneau pmr",
		"panneau de priorité à droite", "panneau indicateur", "poteau indicateur", "panneau de localisation",
		"panneau de déviation", "plaque de nom", "plaque indicatrice", "plaque émaillée",
		"radar pédagogique", "panneau radar", "miroir de sécurité", "miroir routier", "miroir de carrefour",
		"panneau de signalisation routière", "panneau triangulaire", "panneau rond",
		"signalisation de direction", "jalonnement piéton", "panneau de jalonnement", "panneau vélo",
		"panneau piste cyclable", "panneau de bus", "panneau parking", "panneau zone bleue",
		"panneau livraison", "panneau à message variable",
	),
	"marquage": (
		"marquage au sol", "marquage", "bande blanche", "ligne blanche", "zébra", "peinture au sol",
		"ligne continue", "bandes blanches",
		"signalisation horizontale", "passage piéton", "passage piétons", "passage clouté", "ligne jaune",
		"bande jaune", "pointillés", "ligne de stop", "flèche au sol", "marquages", "peinture routière",
		"bandes podotactiles",
		"marquage routier", "marquage de la chaussée", "peinture de la chaussée", "peinture sur la route",
		"lignes blanches", "ligne discontinue", "bande de stop", "ligne d'arrêt", "ligne d'effet des feux",
		"bande axiale", "ligne médiane", "ligne de rive", "ligne centrale", "passage pour piétons",
		"passage protégé", "clous du passage piéton", "zébra au sol", "damier", "marquage jaune",
		"ligne jaune discontinue", "zigzag jaune", "zigzags", "marquage des places",
		"marquage de stationnement", "marquage de la place handicapée", "logo vélo", "pictogramme vélo",
		"pictogramme au sol", "chevrons", "flèche de rabattement", "marquage de la piste cyclable",
		"traçage", "traçage au sol", "tracé au sol", "marquage horizontal", "peinture des passages piétons",
		"passage piétons effacé", "passage piéton 3d",
	),
	"piste_cyclable": (
		"piste cyclable", "bande cyclable", "voie vélo", "couloir vélo",
		"piste vélo", "piste cyclable", "voie cyclable", "double sens cyclable", "voie verte",
		"aménagement cyclable", "sas vélo", "pistes cyclables", "bande cyclable",
		"piste cyclabe", "piste cyclable bidirectionnelle", "piste bidirectionnelle", "voie pour les vélos",
		"voie réservée aux vélos", "couloir cyclable", "couloir bus vélo", "voie bus vélo",
		"contresens cyclable", "contre-sens cyclable", "chaucidou", "chaussée à voie centrale banalisée",
		"voie douce", "véloroute", "coronapiste", "réseau cyclable", "itinéraire cyclable",
		"piste pour vélos", "cheminement cyclable", "piste cyclable séparée", "séparateur de piste cyclable",
		"voie verte cyclable",
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
		"chaussées", "nit de poule", "trou dans la chaussée", "trou sur la chaussée", "trou sur la route",
		"trou dans la rue", "trou au milieu de la rue", "gros trou", "trou béant", "route abîmée",
		"rue abîmée", "chaussée abîmée", "chaussée dégradée", "chaussée défoncée", "rue en mauvais état",
		"route en mauvais état", "chaussée en mauvais état", "état de la chaussée", "état de la route",
		"état de la voirie", "revêtement routier", "surface de la chaussée", "bande de roulement",
		"enrobé arraché", "arrachement d'enrobé", "faïençage", "orniérage", "pelade",
		"nid de poule rebouché", "tranchée mal rebouchée", "reprise d'enrobé", "bouchage de trou",
		"rebouchage de trou", "gravillonnage", "goudron fondu", "bitume fondu", "ressuage",
		"chaussée affaissée", "affaissement de chaussée", "effondrement de chaussée", "fontis",
		"plateau traversant", "plateau ralentisseur", "casse-vitesse", "pavés de la rue", "pavés disjoints",
		"bordure de chaussée", "route pavée", "asphalte défoncé", "goudron défoncé", "bitume abîmé",
		"trou dans le goudron", "trou dans le bitume",
	),
	"trottoir": (
		"trottoir", "dalle", "pavé", "bordure", "bateau", "revêtement du trottoir", "accotement",
		"escalier", "main courante",
		"bordure de trottoir", "pavage", "carrelage", "marche d'escalier",
		"trotoir", "trottoire", "trottoirs", "dallage", "abaissé de trottoir", "bande podotactile",
		"dalle podotactile", "rampe", "rampe d'accès", "cheminement piéton", "allée piétonne",
		"bitume du trottoir", "dalles", "pavés",
		"trotoire", "trottoir abîmé", "trottoir défoncé", "bateau de trottoir", "abaissement de trottoir",
		"trottoir abaissé", "bordure abaissée", "dalles du trottoir", "pavés du trottoir",
		"enrobé du trottoir", "béton du trottoir", "dalle descellée", "pavé descellé", "bande d'éveil",
		"bande d'éveil de vigilance", "clous podotactiles", "cheminement piétonnier", "chemin piétonnier",
		"sentier piéton", "allée du parc", "allées du parc", "emmarchement", "contremarche", "nez de marche",
		"rampe d'escalier", "rampe pmr", "rampe handicapé", "dalle en pierre", "trottoir en terre",
		"trottoir soulevé", "trottoir déformé",
	),
	"avaloir": (
		"avaloir", "bouche d'égout", "grille d'égout", "grille d'évacuation", "caniveau", "égout",
		"évacuation", "regard", "canalisation", "grille", "odeur d'égout", "siphon", "puisard",
		"eaux pluviales", "écoulement",
		"bouche d'évacuation", "grille d'eau pluviale", "grille de caniveau", "rigole", "fossé", "égouts",
		"réseau d'assainissement", "assainissement", "collecteur", "bouche avaloir", "grille avaloir",
		"descente d'eau pluviale", "gouttière", "exutoire", "eaux usées", "grille pluviale", "caniveaux",
		"avaloirs",
		"avaloire", "avalloir", "bouche d'engouffrement", "bouche pluviale", "regard d'eaux pluviales",
		"regard pluvial", "réseau pluvial", "réseau d'eaux pluviales", "évacuation des eaux",
		"évacuation des eaux pluviales", "écoulement des eaux", "fil d'eau", "caniveau à grille",
		"caniveau bouché", "gargouille", "drain", "drainage", "égout pluvial", "collecteur d'eaux pluviales",
		"tuyau d'évacuation", "buse", "fossé bouché", "noue", "puisard bouché", "regard d'égout",
		"regard d'assainissement", "réseau d'égout", "égout bouché", "descente de gouttière",
		"descente pluviale", "remontée d'égout", "odeur de canalisation",
	),
	"tampon": (
		"tampon", "plaque d'égout", "plaque en fonte", "trappe", "couvercle", "plaque d'assainissement",
		"tampon de voirie", "tampon de chaussée", "plaque de voirie", "plaque d'assainissement",
		"plaque de regard", "couvercle de regard", "tampon d'assainissement", "trappe de visite",
		"plaque métallique", "plaque de fonte", "bouche à clé", "plaque télécom", "chambre télécom",
		"tampon de regard", "plaque d'égout",
		"tampon d'égout", "tampon de voirie", "tampon fonte", "couvercle d'égout",
		"couvercle de bouche d'égout", "trappe d'égout", "tampon télécom", "regard télécom",
		"plaque france télécom", "plaque orange", "plaque edf", "plaque gaz", "chambre de tirage",
		"plaque de chambre", "trappe de regard", "trappe en fonte", "tampon qui claque", "plaque qui claque",
		"plaque d'égout qui claque", "bouche à clef", "tampon descellé", "plaque descellée",
		"tampon manquant",
	),
	"banc": (
		"banc", "banc public", "assise", "banquette", "chaise", "table de pique nique",
		"bancs", "siège", "sièges", "chaises", "table de pique-nique", "banc en bois", "latte", "lattes",
		"dossier du banc", "assise du banc",
		"banc public cassé", "bans publics", "table de piquenique", "table en bois", "table et bancs",
		"banc-table", "chaise longue", "transat", "assis-debout", "banc assis-debout", "appui ischiatique",
		"lattes du banc", "planche du banc", "siège public", "assise en bois", "banc en pierre",
		"banc en béton", "banc de la place", "banc du parc", "banc du square", "accoudoir",
	),
	# Bins: a street litter bin and a bottle bank at one square are two interventions (cleansing and
	# collection); "poubelle", "bac" or "conteneur" alone may be either (related to both).
	"poubelle": (
		"poubelle", "bac", "bac à ordures", "conteneur", "container", "composteur", "sac jaune",
		"ordure ménagère", "bac roulant", "benne", "bac jaune", "bac vert",
		"poubel", "poubele", "poubl", "poubelles", "bac gris", "bac marron", "bacs",
		"containeur", "conteneurs", "poubelle de tri", "bac de tri", "poubelle jaune", "bac à déchets",
		"containers", "bac à couvercle jaune", "local poubelle", "local poubelles", "bac à verre",
		"poubelles d'immeuble", "bac d'ordures ménagères", "bac om", "poubelle grise", "poubelle verte",
		"poubelle marron", "poubelle bleue", "bac bleu", "poubelle à couvercle jaune", "bac de collecte",
		"bac collectif", "bac à biodéchets", "poubelle biodéchets", "bac à compost", "composteur collectif",
		"composteur de quartier", "bac recyclage", "poubelle de recyclage", "bac emballages",
		"poubelle emballages", "bac à roulettes", "poubelle à roulettes", "conteneur à ordures",
		"conteneur ordures ménagères", "container à ordures", "benne à ordures", "poubelle collective",
		"poubelle de la résidence", "bac de la résidence", "pouvelle", "poubellle", "conteneur poubelle",
		"poubelle d'ordures ménagères", "abri conteneurs", "aire de présentation des bacs",
		"feu de poubelle", "feu de benne", "feu de conteneur",
	),
	"corbeille": (
		"corbeille", "corbeille à papiers", "corbeille de rue", "poubelle publique", "corbeille de propreté",
		"poubelle de rue", "corbeilles", "cendrier", "poubelle à mégots", "poubelles publiques",
		"poubelles de rue", "corbeille à papier",
		"corbeille publique", "poubelle municipale", "poubelle de propreté", "poubelle du parc",
		"poubelle du square", "poubelle de la place", "poubelle sur pied", "poubelle sur poteau",
		"poubelle accrochée au poteau", "poubelle fixée au poteau", "poubelle vigipirate",
		"corbeille vigipirate", "sac vigipirate", "cerceau vigipirate", "support de sac",
		"poubelle transparente", "corbeille de ville", "corbeille du parc", "corbeille de l'arrêt de bus",
		"poubelle de l'arrêt de bus", "poubelle de l'abribus", "cendrier de rue", "cendrier public",
		"borne à mégots", "éteignoir", "éteignoir à cigarettes", "cendrier mural", "poubelle à papiers",
		"petite poubelle", "poubelle de trottoir", "corbeille à déchets",
	),
	"colonne_tri": (
		"colonne", "colonne à verre", "borne d'apport", "point d'apport volontaire", "borne de tri",
		"conteneur enterré", "borne à verre", "colonne de tri", "silo", "conteneurs enterrés",
		"borne à ordures", "borne enterrée", "bornes enterrées", "tambour d'introduction", "tambour",
		"colonne enterrée", "colonne aérienne", "point d'apport", "pav", "récup verre", "silo à verre",
		"igloo", "cloche à verre", "conteneur à verre", "colonnes", "colonnes à verre", "container à verre",
		"bac à bouteilles", "conteneur à bouteilles", "container à bouteilles", "colonne à bouteilles",
		"récupérateur de verre", "point verre", "point tri", "point d'apport volontaire enterré",
		"pav enterré", "pav aérien", "éco-point", "écopoint", "borne enterrée", "conteneur semi-enterré",
		"colonne semi-enterrée", "molok", "colonne papier", "colonne à journaux", "colonne emballages",
		"colonne carton", "conteneur à papier", "conteneur à cartons", "colonne d'apport volontaire",
		"borne d'apport volontaire", "colonne de recyclage", "borne de recyclage", "conteneur de tri",
		"igloo à verre", "benne à verre", "colonne à ordures enterrée",
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
		"dépôt illégal", "dépôt illicite", "dépôt d'encombrants", "déchets encombrants",
		"encombrants abandonnés", "meubles abandonnés", "mobilier abandonné", "objets abandonnés",
		"tas de déchets", "tas de gravats", "tas de sacs", "amas de déchets", "amoncellement de déchets",
		"montagne de déchets", "gravats de chantier", "déchets du btp", "déchets de travaux",
		"sacs de déchets verts", "sacs de terre", "tas de terre", "tas de branchages", "tas de bois",
		"branchages déposés", "tontes de gazon", "déchets de tonte", "literie", "matelas abandonné",
		"canapé abandonné", "canapé-lit", "table de nuit", "chevet", "penderie", "plan de travail",
		"porte de placard", "radiateur", "cumulus", "chaudière", "climatiseur", "cuvette de wc",
		"cuvette de toilettes", "électroménager abandonné", "frigo abandonné", "four", "téléviseur",
		"ordinateur", "imprimante", "déchets électroniques", "deee", "d3e", "bouteille de gaz", "amiante",
		"plaques d'amiante", "fibrociment", "tôle", "tôle ondulée", "laine de verre", "isolant",
		"polystyrène", "bidons d'huile", "huile de vidange usagée", "pièces de voiture abandonnées",
		"pièces automobiles", "chariots", "chariot de courses", "poussette abandonnée", "carton abandonné",
		"gros cartons", "tuyaux abandonnés", "déchets industriels", "matelas sur le trottoir",
		"meuble sur le trottoir", "dépôt d'ordures sauvage", "objets encombrants abandonnés",
		"feu de palettes", "feu de déchets",
	),
	"dechet": (
		"déchet", "détritus", "ordures", "saleté", "immondice", "papier", "canette", "emballage",
		"mégot", "sac plastique", "sacs poubelles",
		"déchets", "détritus", "immondices", "saletés", "papiers", "papiers gras", "canettes",
		"bouteilles en plastique", "plastiques", "mégots", "emballages", "restes de repas",
		"restes alimentaires", "sacs éventrés", "cochonneries", "ordures ménagères", "sac poubelle",
		"sacs poubelle", "sacs d'ordures", "crasses",
		"détritus au sol", "déchets au sol", "déchets par terre", "papiers par terre",
		"emballages de fast-food", "boîtes de pizza", "cartons de pizza", "restes de kebab",
		"restes de nourriture", "nourriture", "pain jeté", "sachets", "bouteilles vides", "canettes vides",
		"cannettes", "gobelets", "lingettes", "préservatifs", "chewing-gum", "mégots de cigarettes",
		"cartouches de protoxyde", "cartouches de protoxyde d'azote", "bonbonnes de proto",
		"bonbonnes de protoxyde", "capsules de protoxyde", "protoxyde d'azote", "gaz hilarant", "proto",
		"prospectus", "déchet plastique", "détritus divers", "salissures", "cochonneries par terre",
		"sacs poubelles éventrés", "déchets éparpillés", "déchets alimentaires", "restes de marché",
		"déchets du marché", "cagettes du marché", "masques jetés", "masques usagés", "masques chirurgicaux",
	),
	"verre": (
		"verre cassé", "débris de verre", "éclat de verre", "bouteille cassée", "tesson", "bris de verre",
		"verre brisé", "bouteille", "verre",
		"tessons", "éclats de verre", "morceaux de verre", "bouteilles cassées", "verre pilé",
		"bouts de verre", "morceaux de bouteille", "débris de bouteille", "tessons de bouteille",
		"bouteille brisée", "bris de bouteilles", "éclats de bouteille", "verre au sol", "verre par terre",
		"du verre partout", "verre pilé au sol",
	),
	"dejection": (
		"crotte", "déjection", "déjection canine", "excrément", "urine",
		"crottes", "crottes de chien", "caca", "déjections", "excréments", "fiente", "fientes",
		"fiente de pigeon", "pipi", "vomi", "vomissure", "matières fécales", "déjections canines",
		"crotte de chien",
		"caca de chien", "merde de chien", "déjection humaine", "excréments humains", "excréments de chien",
		"défécation", "urines", "pisse", "odeur d'urine", "épanchement d'urine", "miction", "pipi de chien",
		"fientes d'oiseaux", "guano", "crottin", "crottin de cheval", "vomis", "déjections de chiens",
		"besoins des chiens",
	),
	"feuille": (
		"feuille morte", "feuille",
		"feuilles mortes", "tapis de feuilles", "feuillages au sol",
		"amas de feuilles", "tas de feuilles", "tas de feuilles mortes", "feuilles sur le trottoir",
		"feuilles sur la chaussée", "ramassage des feuilles", "aiguilles de pin", "épines de pin",
		"pommes de pin", "fruits tombés", "fruits au sol", "glands", "bogues", "marrons au sol",
		"fruits du platane", "boules de platane", "akènes", "pollen", "feuillage mort",
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
		"arbre de rue", "arbre de la place", "arbre du parc", "arbre mort", "arbre penché", "jeune arbre",
		"arbrisseau", "châtaignier", "pommier", "poirier", "liquidambar", "copalme", "tulipier", "pin noir",
		"pin maritime", "séquoia", "eucalyptus", "mimosa", "chêne vert", "arbre de judée", "albizia",
		"févier", "ailante", "saule pleureur", "conifère", "arbre fruitier", "merisier", "noisetier",
		"arbre remarquable", "branche d'arbre", "branche cassée", "souche d'arbre", "racine d'arbre",
		"tronc d'arbre", "abattage d'arbre", "abattage", "dessouchage", "élagage des arbres",
		"taille des arbres", "entourage d'arbre", "protection d'arbre", "haubanage", "cépée",
		"arbre d'ornement", "bois mort",
	),
	"vegetation": (
		"haie", "herbe", "herbe haute", "mauvaise herbe", "ronce", "broussaille", "végétation",
		"pelouse", "gazon", "massif", "parterre", "buisson", "arbuste", "lierre", "plante",
		"haies", "thuya", "laurier", "buis", "herbes folles", "herbes sauvages", "chiendent", "orties",
		"roncier", "friche", "végétaux", "espace vert", "espaces verts", "plate-bande", "bambou", "liane",
		"vigne vierge", "glycine", "mousse", "plantes invasives", "ambroisie", "renouée du japon",
		"berce du caucase", "herbes hautes", "mauvaises herbes", "haie vive",
		"massif de fleurs", "parterre de fleurs", "platebande", "fleurs", "fleurissement", "plantations",
		"rosiers", "chardons", "liseron", "renouée", "herbe à poux", "berce", "plantes envahissantes",
		"végétation envahissante", "végétation sauvage", "haie du voisin", "haie de thuyas",
		"laurier-cerise", "troène", "photinia", "herbe folle", "herbes sèches", "herbe sèche", "foin",
		"gazon pelé", "prairie", "prairie fleurie", "terrain en friche", "terrain vague", "débroussaillage",
		"désherbage", "fauchage", "tonte de la pelouse", "herbes entre les pavés", "herbe sur le trottoir",
		"mauvaises herbes sur le trottoir", "végétalisation", "pied de mur végétalisé", "lierre grimpant",
		"ronces envahissantes", "branches de la haie", "végétation du voisin", "espace vert public",
		"feu de broussailles", "feu de végétation", "feu de haie",
	),
	"abribus": (
		"abribus", "abri bus", "abri de bus", "aubette", "abri voyageurs", "poteau d'arrêt",
		"abri-bus", "abris bus", "vitre de l'abribus", "abri voyageur", "abri de tram",
		"abri d'autobus", "abri de tramway", "vitre de l'abri", "vitres de l'abribus",
		"vitrage de l'abribus", "paroi de l'abribus", "toit de l'abribus", "banc de l'abribus",
		"poteau de bus", "poteau d'arrêt de bus", "abri de l'arrêt de bus", "abribuss", "abrisbus",
		"quai de bus", "borne d'information voyageurs", "écran de l'abribus",
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
		"épave de voiture", "épave automobile", "carcasse de voiture", "carcasse de véhicule",
		"voiture brûlée", "voiture calcinée", "véhicule calciné", "véhicule brûlé", "véhicule incendié",
		"voiture incendiée", "véhicule hors d'usage", "vhu", "véhicule ventouse",
		"véhicule en stationnement abusif", "voiture en stationnement abusif", "véhicule sans plaque",
		"voiture sans plaques", "véhicule immatriculé", "immatriculation", "fourgon aménagé", "voiturette",
		"voiture sans permis", "quatre-quatre", "captur", "kadjar", "qashqai", "juke", "micra", "passat",
		# a tyre burst in a pothole is the car's, not a dumped tyre
		"pneu crevé", "pneus crevés", "pneu éclaté", "pneu déchiré", "pneu abîmé", "crevé un pneu",
		"crevé mon pneu", "crevé deux pneus", "crevé les pneus", "crevaison", "jante tordue", "jante abîmée",
		"jantes abîmées", "roue voilée", "abîmé ma roue", "abîmé mon pneu",
		"tiguan", "touran", "modus", "saxo", "xsara", "c15", "espace renault", "peugeot partner",
		"renault trafic", "renault master", "citroën jumpy", "jumpy", "vito", "transit ford", "doblo",
		"caddy volkswagen", "mercedes classe a", "volvo", "alfa romeo", "seat", "suzuki", "mazda", "honda",
		"mitsubishi", "land rover", "range rover", "porsche", "mini cooper", "lancia", "chevrolet", "dodge",
		"feu de voiture", "feu de véhicule",
	),
	"velo": (
		"vélo", "bicyclette", "deux roues", "scooter", "moto", "vélib",
		"vélos", "vélo'v", "velov", "vélov", "scooters",
		"mobylette", "motos", "deux-roues", "cyclomoteur", "vélo électrique", "vae", "biclou",
		"vélo cargo", "biporteur", "vélo en libre-service", "vélo partagé", "vélo de location",
		"gyropode", "hoverboard", "monoroue", "gyroroue", "deux-roues motorisé",
		"cyclo", "mob", "bécane", "vespa", "scooters électriques", "moto-cross", "motocross", "quad",
		"motocyclette",
	),
	# a bike left locked for months, stripped: the object to remove, not a passer-by's bike
	"epave_velo": (
		"vélo abandonné", "épave de vélo", "carcasse de vélo", "cadre de vélo", "vélo ventouse", "vélo attaché",
		"vélo sans roue", "vélo sans roues", "vélo épave", "vélo en épave", "épave vélo", "vélo rouillé",
		"vélo désossé", "vélo dépouillé", "vélo cadenassé", "vélos abandonnés", "épaves de vélos",
	),
	# rental scooters dumped across the pavement
	"trottinette": (
		"trottinette", "trottinettes", "trottinette électrique", "trottinettes électriques", "trott", "trotinette",
		"trottinettes en libre-service", "trottinettes en libre service", "trottinette électrique abandonnée",
		"trottinette couchée", "trottinettes couchées", "trottinettes de location", "trottinette de location",
	),
	# Street furniture: what an agent sends someone to fix is one kind of it — a bollard knocked down
	# and a bike rack torn off at one square are two interventions. "Mobilier urbain" or a bare
	# "poteau" names none in particular (related to each kind, see RELATED_OBJECTS).
	"mobilier": (
		"mobilier urbain", "poteau", "poteaux",
		"mobilier", "équipement urbain", "mobilier de la ville", "mobilier public", "poteau métallique",
		"poteau en métal",
	),
	"potelet": (
		"potelet", "potelets", "plot", "plots", "borne", "bornes", "bitte", "borne anti-stationnement",
		"quille", "bloc béton", "plot béton", "chaînette", "poteau anti-stationnement",
		"potelé", "potelets anti-stationnement", "poteau de trottoir", "bornes anti-voitures",
		"plot anti-stationnement", "borne en fonte", "borne en pierre", "borne en granit", "chasse-roue",
		"boule en béton", "boule anti-stationnement", "bloc anti-intrusion", "borne escamotable",
		"borne rétractable", "borne amovible", "borne automatique", "potelet amovible", "potelet rabattable",
		"poteau rabattable", "borne rabattable", "potelet en bois", "potelet métallique", "potelet boule",
		"potelets en fonte", "bornes de trottoir", "plot de trottoir", "potelet parisien",
		"chaîne entre les potelets", "balise de trottoir", "balisette",
	),
	"barriere": (
		"barrière", "barrières", "rambarde", "garde corps", "garde-corps", "balustrade", "grillage",
		"clôture", "barrière de sécurité", "grille de protection", "glissière", "séparateur", "portail",
		"portillon",
		"barrière vauban", "barrière de ville", "barrière métallique", "barrière pivotante",
		"barrière levante", "barrière automatique", "barrière en bois", "barrière croix de saint-andré",
		"barrière de protection", "barrière piétonne", "garde-corps du pont", "garde-fou",
		"main courante du pont", "clôture du parc", "clôture du square", "clôture de l'école",
		"grille de clôture", "grille du parc", "grille du square", "grille de l'école", "grille d'entrée",
		"portail du parc", "portail du square", "portail du cimetière", "portillon du square",
		"portillon du parc", "barreaudage", "barreaux", "glissière de sécurité", "rail de sécurité",
		"glissière métallique", "séparateur de voie", "muret séparateur", "gba", "chicane",
		"barrière anti-scooter", "barrière sélective", "filet de protection",
	),
	"arceau_velo": (
		"arceau", "arceaux", "arceau vélo", "arceaux vélo", "range-vélo", "range vélo", "support vélo",
		"attache vélo", "appui vélo", "parking vélo", "stationnement vélo",
		"accroche vélo", "rack à vélos", "râtelier", "râtelier à vélos", "pince-roue", "parc à vélos",
		"stationnement cyclable", "garage à vélos", "abri vélo", "box vélo", "consigne vélo", "vélobox",
		"arceau cycle", "arceau moto",
	),
	"jardiniere": (
		"jardinière", "jardinières", "bac à fleurs", "bacs à fleurs", "pot de fleurs", "bac planté",
		"gros pot de fleurs", "bac de plantation", "bac végétalisé", "bac à arbuste", "bac à arbre",
		"bac en bois", "vasque", "vasque fleurie", "suspension fleurie", "suspension florale",
		"jardinière fleurie", "jardinière en bois", "jardinière en béton", "potée fleurie", "jardinère",
		"bac à plantes", "bac de végétalisation",
	),
	"affichage": (
		"panneau d'affichage", "colonne morris", "sucette", "mupi", "totem", "panneau publicitaire",
		"panneau d'affichage libre", "panneau d'affichage municipal", "affichage libre",
		"panneau d'expression libre", "panneau d'expression", "panneau administratif", "panneau municipal",
		"panneau de la mairie", "panneau d'informations municipales", "tableau d'affichage",
		"vitrine d'affichage", "colonne d'affichage", "sucette publicitaire",
		"panneau publicitaire lumineux", "panneau 4x3", "panneau de publicité", "panneau pub",
		"écran publicitaire", "écran numérique", "panneau numérique", "plan de ville", "plan du quartier",
		"relais information service", "totem d'information", "journal électronique",
	),
	"jeu": (
		"jeu", "jeux pour enfants", "toboggan", "balançoire", "tourniquet", "manège",
		"bac à sable", "structure de jeu", "tyrolienne", "petit train", "jeux d'enfants", "tape-cul", "pont de singe", "jeu à ressort", "cheval à ressort",
		"cabane", "mur d'escalade", "city stade", "city-stade", "terrain de foot",
		"panier de basket", "cage de foot", "table de ping-pong", "skatepark", "agrès", "parcours sportif",
		"balancelle", "jeux", "jeux de l'aire", "jeux du parc", "jeux du square",
		"jeux sur ressort", "balançoire à bascule", "trampoline", "filet d'escalade", "pyramide de cordes",
		"structure d'escalade", "jeu à grimper", "structure multi-jeux", "portique de balançoire",
		"cabane de jeu", "maisonnette", "revêtement souple", "dalles amortissantes", "copeaux de bois",
		"sable du bac à sable", "citystade", "city park", "terrain multisports", "plateau sportif",
		"plateau multisports", "terrain de basket", "panier de basket-ball", "cercle du panier",
		"filet du panier", "but de foot", "filet de but", "table de tennis de table", "skate park",
		"rampe de skate", "street workout", "agrès de fitness", "appareils de fitness",
		"fitness en plein air", "aire de fitness", "parcours de santé", "boulodrome", "terrain de pétanque",
		"terrain de boules", "pumptrack", "pump track", "terrain de tennis", "court de tennis",
		"filet de tennis", "mur de tennis", "jeu pour les petits", "aire de jeux des petits",
		"échelle de corde", "tunnel de jeu", "barre de traction",
	),
	"fontaine": (
		"fontaine", "borne fontaine", "point d'eau", "brumisateur",
		"fontaine à eau", "robinet", "bassin", "jet d'eau", "fontaine publique", "miroir d'eau", "fontaines",
		"fontaine à boire", "fontaine d'eau potable", "point d'eau potable", "fontaine wallace",
		"fontaine à bouton poussoir", "abreuvoir", "lavoir", "bassin de la fontaine",
		"vasque de la fontaine", "jeux d'eau", "fontaine ornementale", "fontaine de la place",
		"bassin d'ornement", "fontaine sèche", "douche de plage",
	),
	"horodateur": (
		"horodateur", "parcmètre", "borne de paiement",
		"horodateurs", "parcmetre", "borne de stationnement", "machine à tickets", "distributeur de tickets",
		"parcmètres", "horodateur hs",
		"parcomètre", "parc-mètre", "horodatteur", "horo", "borne de paiement du stationnement",
		"ticket de stationnement", "machine de stationnement", "appareil de paiement",
		"lecteur de carte de l'horodateur",
	),
	"borne_incendie": (
		"bouche à incendie", "borne incendie", "borne à incendie", "poteau incendie", "hydrant",
		"bouche d'incendie", "poteau d'incendie", "borne à incendie",
		"poteau rouge des pompiers", "borne des pompiers", "borne à eau des pompiers",
		"prise d'eau incendie",
	),
	"toilettes": (
		"toilettes publiques", "toilettes", "sanisette", "urinoir", "wc",
		"w.c.", "vespasienne", "toilette publique", "pissotière", "wc publics", "sanisettes",
		"toilettes publiques automatiques", "toilettes automatiques", "sanitaires publics", "uritrottoir",
		"chalet de nécessité", "toilettes sèches", "toilettes du parc", "toilettes de la plage", "chiottes",
		"édicule", "toilettes handicapés", "lavabo des toilettes",
	),
	"mur": (
		"mur", "façade", "muret", "volet", "porte", "vitrine", "rideau", "rideau métallique", "pignon",
		"palissade", "muraille",
		"murs", "rideau de fer", "store", "porte de garage", "devanture", "boîte aux lettres", "soubassement",
		"enduit", "crépi", "façades", "mur de soutènement", "clôture en dur",
		"mur d'enceinte", "mur de clôture", "mur mitoyen", "mur pignon", "mur aveugle", "muretin",
		"mur en pierre", "mur en pierres sèches", "mur de l'école", "mur du cimetière", "mur de la mairie",
		"mur du gymnase", "façade de la mairie", "façade de l'école", "façade de l'église",
		"façade d'immeuble", "rideau de fer du commerce", "parement", "fresque", "fresque murale",
		"mur peint", "mur antibruit", "écran acoustique", "écran antibruit", "mur végétal", "mur de la rue",
		"porche", "porte cochère", "porte d'entrée de l'immeuble",
	),
	"armoire_technique": (
		"transformateur", "armoire électrique", "boîtier", "coffret", "armoire technique", "poste électrique",
		"boîtier électrique", "coffret électrique", "armoire de commande", "boîte de raccordement", "câble",
		"câbles", "fil électrique", "fils électriques", "borne de recharge", "borne électrique",
		"borne de recharge électrique", "compteur", "poste de transformation", "armoire fibre",
		"armoire télécom", "sous-répartiteur",
		"armoire de rue", "armoire d'éclairage", "armoire d'éclairage public", "armoire ep", "coffret edf",
		"coffret enedis", "boîtier edf", "boîte edf", "coffret de branchement", "coffret gaz",
		"coffret grdf", "coffret forain", "borne foraine", "borne de marché", "armoire orange",
		"armoire france télécom", "armoire de rue fibre", "point de mutualisation", "sro", "boîtier fibre",
		"boîtier télécom", "poteau téléphonique", "poteau télécom", "poteau france télécom", "poteau orange",
		"poteau edf", "poteau béton edf", "câble téléphonique", "fil téléphonique", "fils téléphoniques",
		"câble télécom", "câble fibre", "fibre optique", "ligne téléphonique", "ligne électrique",
		"fils électriques qui pendent", "câble électrique", "gaine", "gaine électrique", "transfo",
		"poste edf", "transformateur edf", "borne irve", "irve",
		"borne de recharge pour véhicules électriques", "borne de charge", "chargeur de voiture électrique",
		"boîtier technique", "coffret technique", "boîtier de commande", "compteur électrique",
		"compteur edf", "linky",
	),
	"eau": (
		"fuite", "fuite d'eau", "eau", "inondation", "flaque", "eau stagnante", "ruisseau", "geyser",
		"gaspillage", "réseau d'eau", "conduite d'eau",
		"mare", "mare d'eau", "nappe d'eau", "ruissellement", "tuyau", "compteur d'eau", "vanne",
		"eau potable", "flaques", "flaque d'eau", "inondations", "eaux",
		"fuite sur la chaussée", "fuite sur le trottoir", "eau sur la chaussée", "eau sur la route",
		"eau sur le trottoir", "eau qui coule", "eau qui jaillit", "eau qui ruisselle", "eau qui sort",
		"eau claire", "eau boueuse", "grosse flaque", "lac sur la chaussée", "canalisation d'eau",
		"canalisation d'eau potable", "conduite d'eau potable", "tuyau d'eau", "branchement d'eau",
		"réseau d'eau potable", "aep", "regard de compteur", "vanne d'eau", "vannes", "eau de la ville",
		"crue", "rivière", "cours d'eau", "ruisseau qui déborde",
	),
	"seringue": (
		"seringue",
		"seringues", "aiguille", "aiguilles", "kit d'injection", "stéribox", "matériel d'injection",
		"seringues usagées", "seringue abandonnée", "aiguille de seringue", "aiguilles usagées",
		"matériel de toxicomane", "matériel de toxicomanie", "pipe à crack", "matériel de consommation",
		"garrot", "cuillères de shoot",
	),
	"animal": (
		"rat", "nid de guêpes", "guêpe", "frelon", "chenille processionnaire", "chat errant", "chien errant",
		"cadavre",
		"rats", "souris", "rongeur", "rongeurs", "surmulot", "cafard", "cafards", "blatte", "punaise de lit",
		"moustique", "moustique tigre", "guêpes", "nid de frelons", "frelon asiatique", "essaim", "abeilles",
		"animal mort", "oiseau mort", "chenilles", "processionnaire", "ragondin", "renard", "nuisibles",
		"dératisation",
		"rat mort", "souris mortes", "mulots", "taupes", "taupinières", "terrier", "trous de rats",
		"cafards dans la rue", "fourmis", "termites", "larves de moustiques", "gîte larvaire", "guêpier",
		"nid de frelons asiatiques", "essaim d'abeilles", "processionnaires du pin", "nid de chenilles",
		"cocon", "pigeons", "nourrissage des pigeons", "nid de pigeons", "goélands", "mouettes", "corbeaux",
		"corneilles", "étourneaux", "choucas", "sanglier", "fouine", "rats musqués", "serpent", "vipère",
		"chats sauvages", "colonie de chats", "chat abandonné", "chien divaguant", "divagation",
		"animal errant", "animal en divagation", "cadavre d'animal", "carcasse d'animal", "chat mort",
		"chien mort", "pigeon mort", "hérisson mort", "renard mort", "animal écrasé", "charogne",
		"désinsectisation", "démoustication", "dépigeonnage", "dératiser", "infestation de rats",
		"présence de rats", "rongeurs nuisibles", "vermine", "pullulation",
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
		"bar-tabac", "pmu", "bar pmu", "bar dansant", "bar musical", "bar associatif", "bar de quartier",
		"club de nuit", "restau", "rooftop", "food truck", "foodtruck", "camion pizza",
		"épicerie ouverte la nuit", "commerce de nuit", "établissement de nuit", "clients du bar",
		"clients de la terrasse", "terrasse du bar", "terrasse du restaurant", "terrasse du café",
		"terrasses des bars", "patron du bar", "gérant du bar", "bar à vin", "bar à bières",
		"soirées du bar",
	),
	"chantier": (
		"chantier", "travaux", "marteau piqueur", "perceuse", "disqueuse", "grue", "engin", "bétonnière",
		"marteau", "ouvrier", "livraison", "pelleteuse", "compresseur", "démolition", "toupie",
		"chantiers", "btp", "engins", "engins de chantier", "tractopelle", "camion toupie", "pelle mécanique",
		"bulldozer", "foreuse", "forage", "burineur", "brise-roche", "scie", "meuleuse", "ponceuse",
		"groupe électrogène", "échafaudage", "maçons", "ouvriers", "terrassement", "bip de recul",
		"travaux de nuit", "marteau-piqueur",
		"chantier de construction", "chantier de démolition", "chantier de voirie", "travaux de voirie",
		"travaux sur la chaussée", "travaux de la rue", "travaux en cours", "palissade de chantier",
		"clôture de chantier", "barrières de chantier", "balisage de chantier", "panneau de chantier",
		"cônes de chantier", "plots de chantier", "feux de chantier", "feux provisoires",
		"signalisation de chantier", "signalisation temporaire", "base vie", "bungalow de chantier",
		"algeco", "benne de chantier", "nacelle", "camion-grue", "grue de chantier", "carottage",
		"carotteuse", "sciage", "rabotage", "raboteuse", "finisseur", "compacteur", "rouleau compresseur",
		"plaque vibrante", "pilonneuse", "perforateur", "burin", "scie circulaire", "tronçonneuse à béton",
		"plaque de roulage", "tôle de chantier", "plaque métallique de chantier", "chantier abandonné",
		"chantier mal signalé", "chantier de nuit", "entreprise de travaux", "travaux publics",
		"tranchée de chantier", "matériaux de chantier", "véhicules de chantier", "camions de chantier",
		"bip de recul des camions", "travaux bruyants",
	),
	"voisinage": (
		"voisin", "voisinage", "fête", "appartement", "logement", "étage", "soirée privée", "au dessus",
		"talons", "meuble traîné",
		"voisins", "voisine", "appart", "locataire", "locataires", "colocation", "coloc", "airbnb",
		"au-dessus", "voisin du dessus", "voisins du dessous", "voisin d'en face",
		"voisins d'à côté", "mes voisins", "nos voisins", "voisinnage", "appartement du dessus",
		"appartement voisin", "logement voisin", "maison voisine", "maison d'à côté", "jardin voisin",
		"fête d'anniversaire", "soirée bruyante", "fête bruyante", "bruits de pas", "talons hauts",
		"déplacement de meubles", "sous-locataire", "location saisonnière", "location airbnb",
		"squat d'appartement",
	),
	"animal_bruit": (
		"aboiement", "chien qui aboie", "aboyer", "coq",
		"aboiements", "aboie", "jappements", "chant du coq", "chiens qui aboient", "perroquet",
		"chien qui aboie sans arrêt", "aboiements incessants", "aboiements de chien",
		"chien du voisin qui aboie", "chiens du voisin", "jappe", "hurlements de chien", "chien qui hurle",
		"coq qui chante", "poules", "poulailler", "grenouilles", "oiseaux en cage", "paons", "ânes",
	),
	"alarme": (
		"alarme", "sirène",
		"alarmes", "alarme de voiture", "alarme de magasin", "alarme incendie", "antivol",
		"alarme de voiture qui sonne", "alarme qui sonne", "alarme de maison", "alarme de la boutique",
		"alarme d'un commerce", "alarme de l'école", "alarme du gymnase", "sirène d'alarme",
		"alarme anti-intrusion", "alarme de sécurité", "détecteur de fumée", "bip d'alarme",
	),
	"circulation": (
		"rodéo", "pot d'échappement", "moteur", "klaxon", "klaxonner",
		"rodéos", "rodéo urbain", "échappement", "moteurs", "klaxons", "accélérations", "trafic routier",
		"motos qui pétaradent",
		"rodéos motorisés", "rodéo de motos", "runs", "drift", "burn", "pot d'échappement trafiqué",
		"pots trafiqués", "échappement libre", "moteurs trafiqués", "excès de vitesse", "vitesse excessive",
		"voitures qui roulent trop vite", "roulent trop vite", "roulent vite", "grande vitesse",
		"course de voitures", "courses-poursuites", "embouteillage", "bouchon de circulation",
		"trafic de poids lourds", "passage de poids lourds", "circulation des poids lourds",
		"circulation dense", "circulation intense", "flux de voitures", "coups de klaxon",
		"accélérations brutales", "crissement de pneus", "motos qui accélèrent", "deux-roues bruyants",
	),
	"ouvrage": (
		"pont", "passerelle", "tunnel", "trémie", "viaduc", "parapet", "pile de pont", "sous-terrain",
		"souterrain", "passage souterrain", "ouvrage d'art",
		"passerelle piétonne", "parapet du pont", "tablier du pont", "passage inférieur",
		"passage supérieur", "pont-rail", "pont routier", "quai maçonné", "mur de quai", "digue", "écluse",
		"escalier du pont", "berge", "perré",
	),
	"engin": (
		"souffleur", "souffleuse", "souffleur de feuilles", "tondeuse", "débroussailleuse", "taille-haie",
		"balayeuse", "laveuse", "nettoyeuse", "aspiratrice",
		"aspirateur de feuilles", "tondeuse à gazon", "rotofil", "tronçonneuse", "broyeur",
		"broyeur de végétaux", "désherbeuse", "balayeuse mécanique", "laveuse de rue", "laveuse de voirie",
		"nettoyeuse de trottoirs", "karcher", "nettoyeur haute pression", "camion de nettoyage",
		"camion-citerne de nettoyage", "aspiratrice de trottoir", "glouton", "engin de nettoyage",
		"engins d'entretien", "machine de nettoyage", "tracteur tondeuse",
	),
	"rassemblement": (
		"rassemblement", "attroupement", "bande de jeunes", "groupe de jeunes", "jeunes", "squat",
		"squatteurs", "regroupement", "individus", "dealers", "point de deal", "rassemblements",
		"groupes de jeunes",
		"jeunes qui squattent", "jeunes du quartier", "ados", "adolescents", "groupe d'individus",
		"groupe de personnes", "personnes alcoolisées", "individus alcoolisés", "ivrognes", "alcooliques",
		"consommation d'alcool", "alcoolisation", "trafic de drogue", "trafic de stupéfiants", "guetteurs",
		"point de vente de drogue", "consommateurs de drogue", "toxicomanes", "occupation du hall",
		"fêtes sauvages", "rave party", "free party", "rassemblement festif", "apéro sauvage",
		"pique-nique bruyant", "rixe", "bagarre",
	),
	# a textile bank: emptied by another operator than the glass or paper bank
	"borne_textile": (
		"borne textile", "conteneur textile", "container textile", "conteneur à vêtements",
		"borne à vêtements", "borne de collecte de vêtements", "container à vêtements", "borne le relais",
		"conteneur le relais", "borne tlc", "point de collecte textile", "collecteur de vêtements",
		"borne à habits", "conteneur à habits", "boîte à vêtements", "borne à chaussures",
	),
	# a dog-bag dispenser to refill
	"distributeur_sacs": (
		"distributeur de sacs", "distributeur de sachets", "distributeur de sacs à crottes",
		"distributeur de sacs canins", "distributeur de sacs pour chiens", "distributeur de sachets canins",
		"distributeur de sacs à déjections", "distributeur canin", "toutounet", "canisac",
		"sacs pour chiens", "sacs à crottes", "sachets canins", "sachets pour déjections", "borne canine",
		"canipropre",
	),
	# a video-protection camera of the town
	"camera": (
		"caméra", "caméra de surveillance", "caméra de vidéoprotection", "vidéoprotection",
		"vidéosurveillance", "vidéo-surveillance", "vidéo-protection", "caméra de vidéosurveillance",
		"mât de caméra", "caméra nomade",
	),
	# a defibrillator in its outdoor box
	"defibrillateur": (
		"défibrillateur", "défibrilateur", "dae", "défibrillateur automatique", "défibrillateur cardiaque",
		"boîtier du défibrillateur", "armoire du défibrillateur", "défib",
	),
	# a book box
	"boite_livres": (
		"boîte à livres", "bibliothèque de rue", "armoire à livres", "cabane à livres",
		"livres en libre service", "bibliothèque partagée", "boîte à lire",
	),
	# a statue, a monument, a memorial plaque
	"monument": (
		"monument", "monument aux morts", "statue", "sculpture", "œuvre d'art", "oeuvre d'art", "stèle",
		"plaque commémorative", "buste", "obélisque", "croix de mission", "kiosque à musique",
		"table d'orientation", "cadran solaire",
	),
	# a public clock
	"horloge": (
		"horloge", "horloge publique", "horloge de la place", "horloge de l'église", "pendule publique",
	),
	# a public lift or escalator (footbridge, car park, station)
	"ascenseur": (
		"ascenseur", "ascenseur public", "ascenseur de la passerelle", "ascenseur de la gare", "escalator",
		"escalier mécanique", "élévateur pmr", "plateforme élévatrice", "monte-escalier",
	),
	# watering of green spaces and street-cleaning hydrants
	"arrosage": (
		"arrosage automatique", "arrosage", "système d'arrosage", "arroseur", "asperseur", "goutteur",
		"goutte-à-goutte", "tuyau d'arrosage", "bouche d'arrosage", "borne d'arrosage",
		"arrosage des espaces verts", "programmateur d'arrosage", "sprinkler", "arrosage intégré",
	),
	# a camp on public land: tents, caravans settled, people sleeping rough
	"campement": (
		"campement", "campement sauvage", "campement illicite", "installation illicite", "gens du voyage",
		"caravanes installées", "caravanes de gens du voyage", "bidonville", "sans-abri", "sdf",
		"personne à la rue", "personne sans domicile", "sans domicile fixe", "tentes installées",
		"tente installée", "tentes sur le trottoir", "tentes dans le parc", "occupation illicite du terrain",
		"squat de terrain", "matelas de sdf", "abri de fortune",
	),
	# fireworks and firecrackers (a noise source)
	"artifice": (
		"feux d'artifice", "pétards", "tirs de mortiers", "mortiers d'artifice", "tirs de feux d'artifice",
		"fusées d'artifice", "engins pyrotechniques", "artifices",
	),
}

# Fault concept → phrases: what is wrong, telling "tag on a lamp post" from "lamp post out".
FAULTS: dict[str, tuple[str, ...]] = {
	"panne": (
		"coincé", "coincée", "ne tourne plus", "tourne plus", "panne", "éteint", "s'allume plus", "allume", "allumer", "clignoter", "clignotant", "grésiller",
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
		"ne s'allume jamais", "ne s'allume plus la nuit", "s'allume par intermittence",
		"s'allume puis s'éteint", "s'éteint et se rallume", "allumé toute la journée",
		"allumé en permanence", "allumé le jour", "reste allumé le jour", "éclairé en plein jour",
		"grésillement", "fait des flashs", "stroboscope", "effet stroboscope", "lumière faible",
		"lumière faiblarde", "éclairage faible", "éclairage insuffisant", "éclairage défectueux",
		"défaut d'éclairage", "pas assez éclairé", "trop sombre", "très sombre", "on voit rien",
		"on ne voit rien", "on voit plus rien", "on y voit rien", "plus rien ne s'allume",
		"ampoule à changer", "ampoule à remplacer", "lampe à changer", "lampe à remplacer",
		"changer l'ampoule", "remplacer l'ampoule", "ampoule hs", "ampoule claquée", "lampe claquée",
		"coupure de courant", "panne de courant", "panne électrique", "panne de secteur", "plus de courant",
		"plus d'électricité", "pas de courant", "fonctionne mal", "marche mal", "fonctionne plus",
		"marche jamais", "ne marche jamais", "ne fonctionne jamais", "hors fonction", "ko", "naze", "nase",
		"non fonctionnel", "inutilisable", "plus utilisable", "ne répond plus", "ne répond pas",
		"bloqué en position", "reste levée", "ne se baisse plus", "ne descend plus", "ne monte plus",
		"ne s'ouvre plus", "ne s'ouvre pas", "n'accepte plus la carte", "n'accepte pas la carte",
		"refuse la carte", "carte refusée", "refuse les pièces", "ne prend pas les pièces",
		"ne prend plus les pièces", "avale les pièces", "pièces bloquées", "écran noir", "écran éteint",
		"écran illisible", "ne délivre pas de ticket", "ne délivre plus de ticket", "ne donne pas de ticket",
		"ne sort pas de ticket", "plus de papier", "plus de tickets", "bourrage", "le bouton ne marche pas",
		"bouton ne fonctionne pas", "signal sonore ne fonctionne plus", "ne bipe plus", "plus de son",
		"muet", "toujours vert", "reste au rouge en permanence", "feu éteint", "feu en panne",
		"clignote orange", "plus de jet", "ne jaillit plus", "eau coupée", "fontaine coupée",
		"fontaine à sec", "plus de débit", "faible débit", "ne se déclenche plus", "se déclenche pas",
		"ne se déclenche pas", "ascenseur bloqué", "en panne depuis", "dysfonctionne",
		"hs depuis des semaines", "éteint depuis", "clignoter sans arrêt", "lumière qui clignote",
		"lumière clignotante", "ampoule qui clignote", "lampadaire mort", "lampadaire est mort",
		"réverbère mort", "éclairage mort",
	),
	"casse": (
		"qui bouge", "bascule", "en vrac", "désolidarisé", "désolidarisée", "n'est plus fixé", "n'est plus fixée",
		"plus fixée", "mal fixé", "mal fixée", "nid de poule", "nid-de-poule", "nids de poule", "nids-de-poule", "nid de poules",
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
		"brisée", "décapité", "déboulonné", "dégondé", "démanché", "pendouille", "qui pendouille",
		"câble qui pend", "fils qui pendent", "bringuebalant", "brinquebalant", "mal fixé", "plus fixé",
		"n'est plus fixé", "mal scellé", "plus scellé", "dessellé", "désolidarisé", "démonté",
		"à moitié démonté", "embouti", "emboutir", "percuté par une voiture", "percuté par un véhicule",
		"heurté par un véhicule", "heurté par un camion", "renversé par une voiture",
		"renversé par un camion", "accroché par un camion", "touché par une voiture",
		"couché par une voiture", "plié par un camion", "défoncé par", "écrasé par", "crevé", "crevée",
		"déchiré", "lacéré", "entaillé", "rompu", "rompre", "rupture", "cassé net", "coupé en deux",
		"fendu en deux", "en mille morceaux", "éclaté en morceaux", "vitre brisée", "vitre cassée",
		"vitres brisées", "vitres cassées", "vitre étoilée", "étoilé", "verre étoilé", "plexiglas cassé",
		"ravagé", "dévasté", "massacré", "vandalisée", "abimée", "tordus", "plié en deux", "crevassé",
		"soulevé par les racines", "bouge quand on s'assoit", "oxydé", "calciné", "carbonisé", "fondu",
		"noirci", "mis le feu", "départ de feu", "pris feu", "incendie volontaire", "effacé",
		"à moitié effacé", "s'efface", "presque effacé", "plus visible", "peu visible", "à repeindre",
		"à refaire", "à retracer", "laissé ouvert", "grand ouvert", "coffret ouvert", "armoire ouverte",
		"boîtier ouvert", "porte arrachée", "regard ouvert", "tampon ouvert", "trappe arrachée",
		"couvercle arraché", "couvercle cassé", "sans couvercle", "charnière cassée", "roue cassée",
		"latte cassée", "planche cassée", "manque une latte", "vis qui dépassent", "clou qui dépasse",
		"pointe qui dépasse", "écharde", "bord coupant", "arête coupante", "tranchant", "dégonflé",
		"défectuosité", "en piteux état", "en sale état", "état lamentable", "état déplorable", "très abîmé",
		"complètement cassé", "hors d'état", "dangereusement abîmé", "ne ferme plus à clé", "serrure cassée",
		"serrure forcée", "effraction", "trou dans", "trouée", "percée", "éventré par", "désossé",
		"dépouillé", "pillé", "cannibalisé", "fissure dans", "fissures importantes", "s'affaisse",
		"s'enfonce", "se creuse", "se dégrade", "se détache", "s'arrache", "bosse dans", "cloque", "cloqué",
		"dalle cassée", "pavé cassé", "bordure cassée", "tôle coupante", "feu de poubelle", "feu de benne",
		"feu de conteneur", "feu de voiture", "feu de véhicule", "feu de broussailles", "feu de végétation",
		"feu de déchets", "feu de palettes", "porte forcée", "impact sur la vitre",
	),
	# a signal or a device that works, but badly set: another intervention than one out of order
	"reglage": (
		"trop court", "trop rapide", "trop vite", "trop long", "pas assez long", "réglage", "mal réglé",
		"déréglé", "dérégler", "temps de traversée", "pas le temps de traverser", "fini de traverser",
		"mal orienté", "éblouir", "éblouissant", "trop lumineux",
		"désynchronisé", "pas synchronisé", "mal synchronisé", "synchronisation", "attente trop longue",
		"vert trop court", "rouge trop long",
		"feu trop long", "attente interminable", "trop d'attente", "trop longtemps au rouge",
		"reste trop longtemps au rouge", "vert trop bref", "pas le temps de passer",
		"temps de passage trop court", "temps de vert", "cycle des feux", "programmation des feux",
		"mal programmé", "mauvaise programmation", "décalé", "pas à l'heure", "n'est pas à l'heure",
		"heure fausse", "mauvaise heure", "mal positionné", "mal placé", "mal installé", "à l'envers",
		"dans le mauvais sens", "orienté dans le mauvais sens", "pollution lumineuse", "lumière intrusive",
		"éclaire dans ma chambre", "éclaire dans les chambres", "éclaire chez moi", "éclaire ma fenêtre",
		"trop éclairé", "trop d'éclairage", "lumière trop forte", "lumière trop vive", "éblouissement",
		"aveuglant", "horaires d'allumage", "s'allume trop tôt", "s'allume trop tard", "s'éteint trop tôt",
		"s'éteint trop tard", "ne détecte pas", "ne détecte pas les vélos", "trop sensible",
		"pas assez sensible", "temporisation", "tourné vers", "tournée vers", "orienté vers",
		"tournée contre le mur",
	),
	"manque": (
		"manquant", "manque", "disparu", "volé", "absent", "plus de panneau",
		"manquante", "manquants", "a disparu", "disparaître", "introuvable", "volée", "vol",
		"a été volé", "a été volée", "ont été volés", "dérobé", "subtilisé", "a été enlevé", "a été retiré",
		"ont été retirés", "a été démonté", "n'existe plus", "envolé", "envolée", "volatilisé", "il manque",
		"manquent", "pas de panneau", "aucun panneau", "plus de banc", "plus de poubelle",
		"plus de corbeille", "plus de couvercle", "plus de grille", "plus de tampon", "plus de plaque",
		"plus de sacs", "pas de sacs", "plus de sachets", "pas de sachets", "plus aucun sac",
		"réapprovisionner", "pas réapprovisionné", "non réapprovisionné", "pas rechargé", "réassort",
		"non remplacé", "pas remplacé", "jamais remplacé", "jamais remis", "pas remis", "remettre en place",
		"remise en place", "à réinstaller", "a disparu depuis", "disparition",
	),
	"tombe": (
		"tombé", "tombe", "tomber", "chute", "céder", "déraciné", "couché", "barrer le passage", "s'écrouler",
		"écroulé", "déraciner", "s'abattre", "abattu", "s'effondrer",
		"tombée", "chuté", "s'est effondré", "déraciné", "abattu par le vent", "effondrement", "dégringolé",
		"s'est détaché", "arraché par le vent", "gît", "tombés", "chute de branches", "chute d'arbre",
		"s'est écroulé",
		"est tombé", "sont tombés", "sont tombées", "tombé à terre", "gisant", "couché au sol",
		"couché sur la chaussée", "couché sur le trottoir", "en travers de la route", "en travers de la rue",
		"en travers de la chaussée", "en travers du trottoir", "en travers du chemin", "barre la route",
		"barre le passage", "barre la rue", "barre le trottoir", "arraché par la tempête",
		"tombé avec le vent", "tombé avec la tempête", "renversé par le vent", "emporté par le vent",
		"tombé suite à la tempête", "tombé pendant la nuit", "tombé cette nuit", "s'est renversé",
		"s'est couché", "s'est écrasé", "s'est cassé la figure", "branche tombée", "branches tombées",
		"arbre tombé", "arbre à terre", "arbre couché", "affalé", "décroché et tombé",
	),
	# leaning, not (yet) down: a lamp post leaning still lights
	"penche": (
		"penché", "pencher", "menacer de tomber", "incliné", "de guingois", "pencher dangereusement",
		"pas droit", "menace de tomber", "risque de tomber", "prêt à tomber", "va tomber",
		"sur le point de tomber", "penche dangereusement", "penchée", "inclinée", "tient plus",
		"qui penche", "tout de travers", "tordu et penché", "incliné dangereusement",
		"menace de s'effondrer", "menace de céder", "menace de s'écrouler", "menace ruine",
		"risque de s'effondrer", "risque de céder", "risque de basculer", "prêt à céder",
		"sur le point de céder", "tient à peine", "ne tient qu'à un fil", "bouge au vent", "oscille",
		"en équilibre", "déséquilibré", "n'est plus droit", "n'est plus d'aplomb", "pas d'aplomb",
		"hors d'aplomb", "couché à moitié", "à moitié couché", "à moitié tombé", "penché sur la route",
		"penché sur la chaussée", "penché sur les fils", "penche vers",
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
		"taguée", "tagage", "taggage", "tagueur", "graffeur", "graffitti", "grafitti", "graffitis obscènes",
		"dessin obscène", "dessin de sexe", "sexe dessiné", "bite dessinée", "inscriptions à la bombe",
		"peinture à la bombe", "peint à la bombe", "écrit à la bombe", "inscription au marqueur",
		"au marqueur", "écrit au marqueur", "feutre", "gravure", "rayé au couteau", "affiches collées",
		"affichage illégal", "affichage illicite", "collage d'affiches", "tracts collés", "stickers collés",
		"autocollants collés", "pub collée", "affiches publicitaires sauvages", "graffitis racistes",
		"tag antisémite", "insultes racistes", "propos injurieux", "propos racistes", "inscription raciste",
		"svastika", "tags homophobes", "message injurieux", "insultes sur le mur", "gribouillis",
		"peinturlurage", "peinture sauvage", "vandalisé par des tags", "couvert de tags",
		"recouvert de tags", "plein de tags", "dégradé par des tags", "effacement de tags",
		"effacer les tags", "enlever les tags", "nettoyage des tags", "dégraffitage", "détaggage",
		"détagage", "tag sur", "graffiti sur",
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
		"déborde de déchets", "déborde de sacs", "plein à ras bord", "blindée", "bacs pleins à craquer",
		"conteneur plein à craquer", "colonne à verre pleine", "benne débordante", "colonne débordante",
		"bac débordant", "bac déborde", "plus de place dans", "plus de place dans la poubelle",
		"on ne peut plus rien mettre", "impossible de mettre", "ne peut plus jeter", "impossible de jeter",
		"sacs posés à côté", "sacs déposés à côté", "déchets autour", "déchets à côté", "déchets au pied",
		"sacs entassés", "entassement", "s'entassent", "s'accumulent", "accumulation",
		"accumulation de sacs", "amoncellement de sacs", "couvercle ouvert", "couvercle ne ferme pas",
		"couvercle relevé", "ne se ferme plus", "pas vidée", "plus vidée", "vidage", "besoin d'être vidé",
		"mérite d'être vidée", "borne à verre pleine", "borne pleine", "bornes pleines", "conteneur à verre plein",
		"colonne à verre remplie", "containers pleins", "container plein", "bac à verre plein",
	),
	"non_collecte": (
		"non collecté", "pas collecté", "oubli", "oublié", "pas ramassé", "collecte", "passage des éboueurs",
		"éboueur", "pas été ramassé", "pas passé",
		"ramassage", "non ramassé", "pas été collecté", "pas été vidé", "tournée",
		"collecte oubliée", "oubli de collecte", "éboueurs", "ripeurs", "benne pas passée",
		"jour de collecte", "bacs non collectés", "non ramassés", "pas ramassés", "pas été ramassées",
		"ordures pas ramassées", "camion n'est pas passé", "collecte non effectuée", "non effectué",
		"pas effectué", "collecte pas faite", "pas été faite",
		"oubli de ramassage", "oublié par les éboueurs", "oubliés par la collecte", "collecte non faite",
		"collecte ratée", "collecte manquée", "collecte non assurée", "pas de collecte", "pas de ramassage",
		"les éboueurs ne sont pas passés", "éboueurs pas passés", "pas passée", "benne n'est pas passée",
		"camion poubelle pas passé", "tournée de collecte", "tournée oubliée", "rattrapage",
		"collecte des encombrants", "collecte des ordures", "ramassage des ordures",
		"ramassage des poubelles", "collecte des bacs", "collecte du tri", "collecte sélective",
		"collecte des sacs jaunes", "collecte du verre", "collecte des déchets verts",
		"ramassage des encombrants", "enlèvement des encombrants", "pas été enlevé", "pas enlevé",
		"non enlevé", "toujours pas collecté", "refus de collecte", "bac refusé", "bac non conforme",
		"scotch rouge", "autocollant de refus", "bacs restés pleins", "bacs pas vidés", "bac non vidé",
		"bac pas vidé",
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
		"bouchée par", "bouchée par les feuilles", "obstrué par", "obstruction", "ensablé", "envasé",
		"rempli de terre", "rempli de boue", "plein de boue", "plein de terre", "plein de sable",
		"encombré de feuilles", "feuilles dans la grille", "feuilles sur la grille", "l'eau reste",
		"l'eau ne s'évacue plus", "l'eau ne s'écoule plus", "eau qui stagne", "eaux stagnantes",
		"qui stagne", "flaque permanente", "grosse flaque après la pluie", "inondé à chaque pluie",
		"inondé quand il pleut", "ne draine pas", "ne draine rien", "n'absorbe plus", "n'avale plus",
		"avale plus", "refoulement d'égout", "remontées d'eau", "remonte par la grille",
		"ressort par la grille", "déborde de la grille", "déborde par la grille",
		"inondation de la chaussée", "chaussée inondée", "rue inondée", "trottoir inondé", "cave inondée",
		"lac à chaque pluie", "à curer", "curage", "à déboucher", "débouchage", "hydrocurage",
		"nettoyage de l'avaloir", "à nettoyer la grille",
	),
	"fuite": (
		"fuite", "fuir", "couler", "jaillir", "ruisseler", "gaspillage", "bouillonner", "sortir du sol",
		"fuit", "goutter", "suinter", "suintement", "coule",
		"fuit", "fuite importante", "jaillit", "jaillissement", "gicle", "gicler", "perd de l'eau",
		"perte d'eau", "eau qui sort", "sort du sol", "bouillonne", "suinte", "goutte à goutte",
		"robinet ouvert", "qui coule", "coule en continu", "s'écoule en permanence", "fuyant", "fuites",
		"ça coule", "qui fuit", "fuite importante d'eau", "grosse fuite", "fuite d'eau importante",
		"fuite sur", "fuite au niveau", "fuite depuis", "jaillit du sol", "sort de terre",
		"sort du trottoir", "sort de la chaussée", "remonte du sol", "bouillonnement", "geyser",
		"gicle partout", "coule sans arrêt", "coule en permanence", "coule jour et nuit", "coule non-stop",
		"coule sur la chaussée", "coule sur le trottoir", "coule dans la rue", "ruissellement permanent",
		"eau qui ruisselle", "robinet qui fuit", "robinet bloqué ouvert", "robinet bloqué",
		"ne s'arrête pas de couler", "n'arrête pas de couler", "arrosage qui fuit", "canalisation percée",
		"canalisation cassée", "conduite cassée", "rupture de canalisation", "rupture de conduite",
		"casse de canalisation", "tuyau percé", "tuyau cassé", "perte d'eau importante", "gaspillage d'eau",
		"eau gaspillée", "inondation due à une fuite", "suintant",
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
		"pas propre du tout", "très sale", "super sale", "trop sale", "saleté repoussante", "poisseux",
		"gluant", "odeur nauséabonde", "odeur pestilentielle", "odeur d'urine", "sent l'urine",
		"sent la pisse", "pue la pisse", "pue l'urine", "odeur de pisse", "odeur de poubelle",
		"odeur de putréfaction", "putréfaction", "putride", "fétide", "odeur fétide", "remugle",
		"émanations", "odeurs fortes", "forte odeur", "odeur insupportable", "ça schlingue", "pourriture",
		"moisi", "moisissure", "couvert de déchets", "plein de déchets partout", "répandus",
		"éparpillés partout", "partout sur le trottoir", "balayage", "pas balayé", "jamais balayé",
		"à balayer", "non balayé", "lavage", "nettoyage de la rue", "nettoyage du trottoir",
		"manque de propreté", "problème de propreté", "défaut de propreté", "malpropreté",
		"manque d'hygiène", "problème d'hygiène", "tacheté", "taché", "taches de graisse", "graisseux",
		"sale depuis",
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
		"garé en double file", "garé sur le passage piéton", "garé sur la piste cyclable",
		"garé sur la place handicapé", "garé devant", "stationné sur le trottoir",
		"stationnement sur le trottoir", "stationnement interdit", "stationnement illégal",
		"stationnement dangereux", "stationnement anarchique", "stationnement en double file",
		"stationnement prolongé", "stationnement de longue durée", "stationnée depuis", "garé depuis",
		"immobile depuis", "n'a pas bougé depuis", "ne bouge plus", "jamais bougé", "bloque l'accès",
		"bloque la sortie", "bloque l'entrée", "bloque la rue", "bloque la route", "bloque le trottoir",
		"obstrue le passage", "obstrue le trottoir", "obstrue l'accès", "passage obstrué", "accès obstrué",
		"trottoir obstrué", "empêche le passage", "empêche de circuler", "empêche la circulation",
		"empêche l'accès", "on ne peut pas passer", "on peut plus passer", "on peut pas passer",
		"impossible de circuler", "impossible d'accéder", "impossible de sortir", "impossible de rentrer",
		"passage bloqué", "trottoir encombré", "trottoir bloqué", "gêne la circulation", "gêne le passage",
		"gêne les piétons", "gêne pour les piétons", "gêne pour les poussettes", "piétons obligés",
		"obligé de descendre sur la chaussée", "obligés de marcher sur la route", "marcher sur la chaussée",
		"mord sur le trottoir", "occupe le trottoir", "occupation du domaine public", "occupation illégale",
		"occupation abusive", "occupation du trottoir", "terrasse qui déborde", "terrasse débordante",
		"terrasse sauvage", "empiète sur", "laissé sur place", "laissés à l'abandon", "délaissé",
		"sans plaque d'immatriculation", "pneus crevés", "pneus à plat", "accès pompiers",
		"accès pompiers bloqué",
	),
	"danger": (
		"dangereux", "danger", "blessé", "blesser", "coupant", "accident", "risque",
		"dangereusement", "danger public", "mise en danger", "risque de chute", "risque d'accident",
		"se blesser", "s'est blessé", "blessure", "trébuché", "j'ai trébuché", "tordu la cheville",
		"se tordre la cheville", "entorse", "je suis tombé", "suis tombé", "est tombée dedans",
		"s'est fait mal", "fait mal", "périlleux", "urgence", "urgent", "très urgent", "insécurité",
		"sécurité", "sécuriser", "mettre en sécurité", "piège", "piégeux", "risque pour les enfants",
		"risque pour les piétons", "dangerosité", "accident évité de justesse", "frôlé l'accident",
		"catastrophe", "drame",
	),
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
		"fait du bruit", "font du bruit", "bruit excessif", "trop bruyant", "nuit blanche", "nuits blanches",
		"impossible de fermer l'œil", "pas fermé l'œil", "on ne dort plus", "on ne peut pas dormir",
		"dort plus", "réveil", "réveillé en pleine nuit", "jusqu'à l'aube", "jusqu'au petit matin",
		"jusqu'à 2h", "jusqu'à 3h", "jusqu'à 4h", "jusqu'à 5h", "musique trop forte", "musique forte tard",
		"musique à plein volume", "son trop fort", "son à fond", "sono à fond", "haut-parleur",
		"enceinte portable", "enceinte bluetooth", "basses qui résonnent", "résonne", "tremble",
		"tremblement", "grince", "grincement", "couine", "sifflement", "siffle", "bourdonnement",
		"bourdonne", "ronronnement", "ronflement", "pétarader", "pétaradent", "bip", "bipe", "bipent",
		"sonne", "sonnerie", "sonne toute la nuit", "sonne sans arrêt", "moteur qui tourne", "moteur allumé",
		"tapent", "coups de marteau", "martèlement", "cris d'enfants", "éclats de rire", "conversations",
		"bavardages", "braillements", "aboiements", "aboient", "jappent", "fanfare", "tambours",
		"percussions", "feux d'artifice", "pétards", "mortiers", "explosions", "détonations", "tape",
		"tapage nocturne et diurne", "bruits de moteur", "bruit de chantier", "bruit de travaux",
		"bruit de la collecte", "bruit des poubelles", "bruit de verre", "vidage du verre",
		"bruit de bouteilles", "bruit insupportable", "bruit infernal", "bruits incessants",
		"bruit permanent", "bruit continu", "nuisances sonores nocturnes", "pollution sonore",
		"sonorisation",
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
		"qui dépasse", "très haute", "herbe haute", "pas coupé", "non coupé", "besoin d'être taillé",
		"doit être taillé", "tailler la haie", "taille de la haie", "élagage nécessaire", "élagage urgent",
		"à élaguer d'urgence", "débroussailler", "débroussaillage", "tondre", "pas été tondu",
		"tonte pas faite", "faucher", "pas fauché", "non fauché", "fauchage", "désherber", "pas désherbé",
		"non désherbé", "désherbage", "envahi par", "recouvert par", "couvre le panneau",
		"masque la signalisation", "masque le feu", "cache le feu", "masque le feu rouge",
		"cache la signalisation", "cache l'éclairage", "masque l'éclairage", "cache le lampadaire",
		"gêne la vue", "manque de visibilité", "problème de visibilité", "pas de visibilité",
		"aucune visibilité", "on ne voit pas les voitures", "on ne voit pas arriver",
		"branches qui touchent", "touche les câbles", "touche les fenêtres", "touche la maison",
		"touche le toit", "touche les volets", "dans les fils", "dans les câbles", "trop près des fenêtres",
		"fait de l'ombre", "trop d'ombre", "prive de lumière", "racines qui soulèvent",
		"racines qui dépassent", "repousse", "poussée", "ont poussé", "prolifération", "grandi", "touffu",
		"non entretenue", "pas entretenue", "mal entretenue", "défaut d'entretien", "manque d'entretien",
		"pas d'entretien", "aucun entretien", "jamais entretenu", "laissé en friche", "à l'abandon complet",
		"jungle", "forêt vierge",
	),
	"glissant": (
		"verglas", "glissant", "glisser", "glisse", "patinoire", "huile", "gasoil", "gazole", "hydrocarbure",
		"carburant", "boue", "coulée de boue", "tache d'huile",
		"glissante", "glissade", "verglacé", "plaque de verglas", "plaque de glace", "gelé", "gel", "neige",
		"enneigé", "pas déneigé", "non déneigé", "déneiger", "déneigement", "pas salé", "non salé", "salage",
		"sel de déneigement", "neige verglacée", "neige tassée", "congère", "gadoue", "boue sur la chaussée",
		"boue sur la route", "terre sur la chaussée", "terre sur la route", "coulées de boue", "fioul",
		"mazout", "flaque d'huile", "traînée d'huile", "nappe d'huile", "huile de vidange",
		"huile sur la route", "huile sur la chaussée", "gasoil sur la chaussée", "carburant sur la chaussée",
		"gazole sur la route", "feuilles glissantes", "mousse glissante", "sable sur la chaussée",
		"gravillons sur la chaussée", "gravillons sur la route", "on glisse", "ça glisse", "dérapage",
		"déraper",
	),
	"malade": (
		"arbre mort", "arbres morts", "malade", "dépérissant", "dépérir", "desséché", "mort sur pied",
		"champignon", "champignons", "attaqué par les parasites",
		"arbre sec", "branches sèches", "branche sèche", "bois mort", "dépérissement", "en train de mourir",
		"mourant", "sec sur pied", "feuilles jaunes", "feuilles jaunies", "jaunit", "perd ses feuilles",
		"plus de feuilles", "parasites", "parasité", "scolytes", "chancre", "chancre coloré", "graphiose",
		"pyrale du buis", "pyrale", "maladie", "arbre malade", "pourri de l'intérieur",
		"creux à l'intérieur", "tronc creux", "tronc pourri", "champignons au pied", "carpophores",
		"nécrose", "écorce qui tombe", "écorce décollée", "fendu au tronc", "gui", "cochenilles", "pucerons",
		"miellat", "sève qui coule", "collant à cause des pucerons", "arbre est mort", "arbres sont morts",
		"platane mort", "est mort sur pied",
	),
	# not faults: "bouche" of these is a noun (an object or a landmark)
	"": (
		"bouche d'égout", "bouche de métro", "bouche à incendie", "bouche d'incendie",
		"bouche d'arrosage", "bouche d'engouffrement", "bouche avaloir", "bouche à clé", "bouche à clef",
		"bouche d'évacuation", "bouche pluviale", "bouche de ventilation", "bouche d'aération",
		"jour de marché", "place du marché", "après le marché", "fin du marché", "marché couvert",
		"halle du marché", "marché alimentaire", "marché forain", "marché de noël", "marché aux puces",
		"marché hebdomadaire", "le marché du dimanche", "le marché du samedi",
		# a container named by its use, not a missed collection
		"bac de collecte", "bacs de collecte", "point de collecte", "borne de collecte", "conteneur de collecte",
		"colonne de collecte", "point d'apport volontaire", "en plein jour", "en pleine journée", "en pleine nuit",
		"en pleine rue", "en plein milieu", "en plein centre",
	),
}
# Things often named as the victims of an incident ("my car was damaged by the branch", "cyclists
# swerve") rather than as what is broken: they count as the object only when nothing else is named.
BYSTANDERS = frozenset({"vehicule", "velo", "voisinage"})
STREET_FURNITURE = ("potelet", "barriere", "arceau_velo", "jardiniere", "affichage", "distributeur_sacs")
# Objects one incident is often described by, either way round (cause and consequence, container
# and content): naming one on each side is not "another object".
RELATED_OBJECTS = frozenset(
	frozenset(pair)
	for pair in (
		("epave_velo", "velo"),
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
		("feuille", "avaloir"),  # dead leaves blocking the drain
		("borne_incendie", "eau"),  # a hydrant knocked off gushes water
		("arrosage", "eau"),  # a sprinkler leaking floods the path
		("borne_textile", "depot"),  # bags of clothes left at the foot of the textile bank
		("borne_textile", "dechet"),
		("campement", "depot"),  # a camp and the mattresses and bags around it
		("campement", "dechet"),
		("campement", "rassemblement"),
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
		("deborde", "gene"),  # bags piled around the bin block the pavement
		("manque", "panne"),  # a bulb or a cable stolen: the lamp is out
		("casse", "bruit"),  # a loose manhole cover clacks, a loose sign bangs in the wind
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
	"depuis mon dernier message", "2e signalement", "2ème signalement", "3e signalement", "3ème signalement",
	"4e signalement", "2e relance", "2e appel", "2ème appel", "2e message", "2e mail", "suite à mon appel",
	"suite à mon message", "suite à mon mail", "suite à mon courriel", "mon précédent message", "rappel de mon",
	"je signale à nouveau", "je vous signale à nouveau", "je reviens vers vous", "sans nouvelles de vos services",
	"toujours sans nouvelles", "je vous recontacte",
)

# How long a text says the fault has lasted: "depuis six semaines", "ça fait 2 mois", "plus de
# cinq semaines que ça dure", "signalé il y a trois semaines", "depuis des mois".
_NUMBER_WORDS = {
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
	"neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
}
_UNIT_DAYS = {"j": 1, "jour": 1, "jours": 1, "sem": 7, "semaine": 7, "semaines": 7, "mois": 30, "an": 365, "ans": 365, "annee": 365, "annees": 365}
_QUANTITY = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")(?:\s+bonnes?|\s+bons?|\s+longues?|\s+longs?)?"
_UNIT = r"(?P<unit>jours?|j|semaines?|sem|mois|ans?|annees?)\b(?P<half> et demie?)?"
_ABOUT = r"(?:(?:maintenant|deja|bientot|plus de|pres de|presque|au moins|environ|pas loin de|facilement)\s+)*"
_LASTING = tuple(
	re.compile(r"\b" + pattern)
	for pattern in (
		# "depuis six semaines", "ça fait 2 mois", "signalé il y a trois semaines"
		r"(?:depuis|(?:ca|cela|voila) fait|(?:signale|signalee|signales|signalees|appele|ecrit|prevenu|contacte|relance)"
		rf"\s+(?:\w+\s+)?il y a|il y a)\s+{_ABOUT}{_QUANTITY}\s+{_UNIT}",
		# "plus de cinq semaines que ça dure"
		rf"(?:plus de|pres de|presque|bientot|au moins|deja)\s+{_QUANTITY}\s+{_UNIT}\s+que",
		# "6 semaines que j'attends"
		rf"{_QUANTITY}\s+{_UNIT}\s+que\s+(?:ca|cela|c'est|j|je|on|nous|rien|personne|le|la|les|l)\b",
	)
)
# Durations said without a number (days): "depuis des semaines", "depuis longtemps".
_VAGUE_LASTING = (
	(re.compile(r"\bdepuis (?:une|la) quinzaine\b|\bune quinzaine de jours\b"), 15),
	(re.compile(r"\bdepuis (?:des|plusieurs|quelques|de longues) semaines\b|\bdes semaines que\b"), 21),
	(re.compile(r"\bdepuis (?:des|plusieurs|quelques|de longs) mois\b|\bdes mois que\b|\bdepuis le mois dernier\b"), 60),
	(re.compile(r"\bdepuis (?:longtemps|des lustres|une eternite|un bail|belle lurette)\b"), 30),
	(re.compile(r"\bdepuis (?:des|plusieurs) annees\b|\bdepuis l'an dernier\b|\bdepuis l'annee derniere\b"), 180),
)


_ABOUT_THE_CITIZEN = re.compile(r"\b(?:habit\w*|vis|vit|vivons|vivent|reside\w*|install\w*|demenage\w*|travaill\w*|proprietaire|locataire|retraite\w*)\b")


def lasting_days(text: str) -> float | None:
	"""The longest time, in days, ``text`` says its fault has lasted or was first reported ago.

	A report saying "ça fait six semaines" is about an incident that started six weeks before:
	it looks back that far for the request already filed (:meth:`.scoring.DetectionSettings.search_window_days`).
	``None`` when the text says no such thing.
	"""
	plain = strip_accents(text.lower()).replace("’", "'")
	found: list[float] = []
	for pattern in _LASTING:
		for m in pattern.finditer(plain):
			if _ABOUT_THE_CITIZEN.search(plain[max(0, m.start() - 40) : m.start()]):
				continue  # "j'habite ici depuis dix ans": how long the citizen has lived there
			number = m.group("n")
			value = int(number) if number.isdigit() else _NUMBER_WORDS[number]
			found.append((value + (0.5 if m.group("half") else 0.0)) * _UNIT_DAYS[m.group("unit")])
	for pattern, days in _VAGUE_LASTING:
		if pattern.search(plain):
			found.append(float(days))
	return max(found) if found else None


# Capitalised words that are not names of places or businesses.
_NOT_NAMES = frozenset(
	["bonjour", "bonsoir", "hello", "madame", "monsieur", "mme", "mr", "merci", "cordialement", "mairie", "ville", "metropole", "lyon", "paris", "marseille", "attention", "urgent", "photo", "svp", "france", "appel", "usager", "le", "la", "les", "l", "un", "une", "des", "du", "de", "au", "aux", "et", "je", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "ca", "cela", "c", "est"]
)
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ][a-zà-ÿ'’]+(?:[\s-][A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ][a-zà-ÿ'’]+)*)")


@dataclass(frozen=True)
class Mention:
	"""What a text names: ``objects`` (concepts), ``faults``, ``landmarks`` (where-words),
	``names`` (proper names of a business or a place: "Le Tchin", "La Buvette") and whether it
	says the incident was already reported (``reminder``) or how long it has lasted
	(``lasting_days``: "depuis six semaines", "ça fait deux mois"; see :func:`lasting_days`)."""

	objects: frozenset[str] = frozenset()
	faults: frozenset[str] = frozenset()
	landmarks: frozenset[str] = frozenset()
	names: frozenset[str] = frozenset()
	reminder: bool = False
	lasting_days: float | None = None

	def to_dict(self) -> dict:
		return {
			"objects": sorted(self.objects),
			"faults": sorted(self.faults),
			"landmarks": sorted(self.landmarks),
			"names": sorted(self.names),
			"reminder": self.reminder,
			"lasting_days": self.lasting_days,
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
	for i, _size, concept in _spans(words, table, longest):
		yield i, concept


def _spans(words: list[str], table: dict[tuple[str, ...], str], longest: int):
	"""(position, length, concept) of each phrase of ``table`` found in ``words`` (longest match first)."""
	i = 0
	while i < len(words):
		for size in range(min(longest, len(words) - i), 0, -1):
			concept = table.get(tuple(words[i : i + size]))
			if concept is not None:
				yield i, size, concept
				i += size
				break
		else:
			i += 1


# Parts of an object that call for another intervention than the object itself, named by a part
# word followed by the word of the whole, with words between ("la grille métallique
# posée autour d'un arbre", "le sol en caoutchouc sous la balançoire", "la petite porte du
# lampadaire"): concept → (part words, whole words). The grate around a tree is not the tree (a dead
# tree and a loose grate are two jobs), the soft floor of a playground not its swing.
COMPOUND_OBJECTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
	"grille_arbre": (("grille", "grilles", "entourage", "entourages", "corset", "corsets"), ("arbre", "arbres")),
	"sol_jeux": (
		("sol", "sols", "revêtement", "revetement", "tapis", "dalle", "dalles"),
		("jeu", "jeux", "balançoire", "balancoire", "toboggan", "amortissant", "amortissants", "souple", "caoutchouc"),
	),
	"portillon": (("porte", "portillon", "portail", "portillons"), ("jeu", "jeux", "square", "parc", "aire")),
	"trappe_lampadaire": (
		("trappe", "porte", "portillon", "capot", "boîtier", "boitier"),
		("lampadaire", "lampadaires", "candélabre", "candelabre", "mât", "mat", "réverbère", "reverbere", "poteau"),
	),
}
_COMPOUND_REACH = 5  # words (without link words) from the part to the whole after it
# What a fault word says of such a part: a gate that "ne ferme plus" is broken, not an overflowing
# bin; a grate whose corner "dépasse" is lifted, not an overgrown hedge.
FAULTS_OF_PARTS: dict[str, dict[str, str]] = {
	"portillon": {"deborde": "casse"},
	"trappe_lampadaire": {"deborde": "casse"},
	"grille_arbre": {"pousse": "casse"},
	"tampon": {"pousse": "casse"},
}
# A gate or a hatch left open is a fault of its own ("la petite porte du lampadaire est ouverte").
OPEN_PARTS = frozenset({"portillon", "trappe_lampadaire"})
_OPEN_WORDS = frozenset({"ouvert", "ouverte", "ouverts", "ouvertes"})


@lru_cache(maxsize=1)
def _compound_stems() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
	return tuple(
		(concept, frozenset(_corrected(w) for w in parts), frozenset(_corrected(w) for w in wholes))
		for concept, (parts, wholes) in COMPOUND_OBJECTS.items()
	)


def _compounds(words: list[str]) -> tuple[set[str], set[int]]:
	"""The parts named (see :data:`COMPOUND_OBJECTS`) and the positions of the words naming them."""
	found: set[str] = set()
	used: set[int] = set()
	for concept, parts, wholes in _compound_stems():
		for i, w in enumerate(words):
			if w not in parts or i in used:
				continue
			# the whole comes after the part ("grille … arbre", "sol amortissant"): "une branche
			# d'arbre tombée sur la grille de l'avaloir" names no tree grate
			near = [j for j in range(i + 1, min(len(words), i + _COMPOUND_REACH + 1)) if words[j] in wholes]
			if near:
				found.add(concept)
				used.update((i, *near))
	return found, used


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
	objects, used = _compounds(words)
	landmarks: set[str] = set()
	for i, size, concept in _spans(words, _OBJECTS, _OBJECTS_LONGEST):
		if not concept or used.intersection(range(i, i + size)):
			continue  # a place naming no object; a word of a part and its whole ("grille d'arbre")
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
	for part in objects & FAULTS_OF_PARTS.keys():
		faults = {FAULTS_OF_PARTS[part].get(f, f) for f in faults}
	if objects & OPEN_PARTS and not faults and _OPEN_WORDS.intersection(strip_accents(w) for w in all_words):
		faults = {"casse"}
	plain = " ".join(lemmas(text, keep_stop_words=True))
	reminder = any(f" {r} " in f" {plain} " for r in _REMINDERS)
	return Mention(frozenset(objects), frozenset(faults), frozenset(landmarks), _names(text), reminder, lasting_days(text))


_REMINDERS = tuple(" ".join(lemmas(r, keep_stop_words=True)) for r in REMINDERS)
_UNACCENTED_EXACT, _UNACCENTED = _unaccented_forms()
