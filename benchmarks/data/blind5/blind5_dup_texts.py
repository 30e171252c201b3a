"""Hand-written French texts of the blind5 duplicate pairs (new for this split).

Each text is "subject | description". Placeholders: {loc} (where, inside a sentence), {rue} (the street or
square as typed), {lm} (a landmark near the spot), {src} (the name of the noisy place).
Pools per kind: app (mobile app, short, often no accents), web (web form), note (agent's note of a call or a
visit at the counter), mail (e-mail or letter), social (social media post), again (reminder / still not
repaired), new (a new occurrence after the first was handled), effect (a consequence of the fault).
All texts of one kind describe one compatible situation, so that any two can be the same incident.
"""

LANDMARKS = [
    "la boulangerie", "la pharmacie", "l'arrêt de bus", "le tabac-presse", "l'entrée de l'école", "la crèche",
    "le Carrefour City", "la station Vélo'v", "la laverie", "le kiosque", "la banque", "le fleuriste",
    "l'auto-école", "la sortie du métro", "le centre social", "la poste", "le coiffeur", "la supérette",
]

BARS = [
    "Chez Momo", "l'Épicerie du Soir", "Le Petit Creux", "Snack Istanbul", "Le Comptoir 24", "Lyon Nuit Market",
    "Le Saint-Jean Kebab", "La Cave à Bières", "L'Oasis", "Le Dépanneur",
]

KINDS = {
    # ------------------------------------------------------------------ bollards at a school gate
    "potelets_ecole": {
        "where": "street", "type": "Signalisation endommagée",
        "alt": ["Nid-de-poule ou chaussée dégradée", "Réclamation"],
        "lasting": True, "multi": False,
        "app": [
            "Potelet arraché | potelet arrache devant l ecole, il reste la tige en fer qui depasse du trottoir",
            "Signalisation endommagée | 2 potelets couches par terre devant la sortie des enfants",
            "Potelets école | les poteaux anti stationnement devant l ecole sont pliés, les voitures montent sur le trottoir",
            "Potelet tordu | potelet plié à 45° devant l'école, les gamins se prennent dedans",
        ],
        "web": [
            "Potelets de protection endommagés devant l'école | Plusieurs potelets qui protègent la sortie de l'école {loc} ont été renversés, probablement par un camion de livraison. Les voitures se garent désormais sur le trottoir aux heures de sortie.",
            "Bornes de trottoir cassées - sortie d'école | Les bornes métalliques devant le portail de l'école sont couchées au sol, une a été arrachée et le socle en béton est à nu. C'est dangereux pour les enfants.",
        ],
        "note": [
            "Appel de Mme Rochas, directrice de l'école | potelets renversés devant le portail {loc}, un arraché, tige coupante au ras du sol. Demande sécurisation rapide avant la rentrée des classes de lundi.",
            "Guichet : parent d'élève | signale les plots / potelets pliés devant l'école ({rue}), les parents se garent sur le trottoir, risque pour les enfants.",
            "Signalé par l'ATSEM de l'école | potelets couchés et un manquant devant l'entrée, moignon métallique qui dépasse.",
        ],
        "mail": [
            "Sécurité devant l'école | Bonjour, je suis parent d'élève et je me permets de vous écrire au sujet des potelets qui protègent le trottoir devant l'école {loc}. Depuis la semaine dernière, deux d'entre eux sont couchés et un troisième a disparu, il ne reste qu'un bout de métal qui dépasse. Le matin, les voitures en profitent pour s'arrêter sur le trottoir et les enfants passent entre les pare-chocs. Pourriez-vous les remettre en place ? Merci d'avance. Cordialement, Julien Perret",
            "Potelets | Madame, Monsieur, en tant que membre du conseil d'école, je vous signale que les potelets devant l'établissement ({loc}) ont été renversés. Les enfants risquent de trébucher sur les pieds coupés. Bien à vous, C. Nguyen, représentante des parents",
        ],
        "social": [
            "@VilledeLyon les potelets devant l'école {loc} sont par terre depuis des jours, les voitures se garent sur le trottoir à la sortie 😡 #securite #ecole",
        ],
        "again": [
            "Potelets école toujours pas réparés | Bonjour, je relance : les potelets devant l'école {loc} sont toujours couchés, ça fait plus d'un mois que j'ai fait le premier signalement. Les voitures continuent de se garer sur le trottoir.",
            "Appel de Mme Rochas, directrice (2e appel) | potelets toujours au sol devant l'école {loc}, rien n'a bougé depuis son appel du mois dernier, les parents se plaignent.",
            "relance potelets | toujours les poteaux couchés devant l ecole, personne n est passé depuis debut du mois dernier",
        ],
    },
    # ------------------------------------------------------------------ fallen tree across a cycle path
    "arbre_piste": {
        "where": "street", "type": "Espaces verts et élagage",
        "alt": ["Nid-de-poule ou chaussée dégradée", "Demande à qualifier"],
        "lasting": False, "multi": False, "cause": True, "effect_type": "Réclamation",
        "app": [
            "Arbre tombé | arbre couche en travers de la piste cyclable, impossible de passer en velo",
            "Espaces verts et élagage | un arbre est tombe cette nuit avec le vent, il bloque toute la bande cyclable",
            "Arbre sur piste cyclable | gros arbre déraciné sur la piste, les vélos passent sur la route",
        ],
        "web": [
            "Arbre tombé sur la piste cyclable | Suite au coup de vent de cette nuit, un arbre s'est effondré {loc} et barre entièrement la piste cyclable. Les cyclistes sont obligés de descendre sur la chaussée au milieu des voitures.",
            "Chute d'arbre - voie vélo bloquée | Un arbre (un platane je crois) est tombé en travers de la voie réservée aux vélos. Le tronc occupe toute la largeur, les branches débordent sur le trottoir.",
        ],
        "note": [
            "Tél. d'un cycliste | arbre tombé en travers de la piste cyclable {loc}, piste impraticable, demande évacuation du tronc.",
            "Appel de M. Girardin | arbre déraciné par la tempête, couché sur la bande cyclable {loc}, des branches sur le trottoir aussi.",
        ],
        "mail": [
            "Piste cyclable bloquée | Bonjour, ce matin en allant au travail à vélo j'ai trouvé un arbre entier couché en travers de la piste cyclable {loc}. J'ai dû faire demi-tour et passer par la chaussée, comme tous les autres vélotaffeurs. Pouvez-vous envoyer une équipe pour le dégager ? Merci, Thomas B.",
            "Arbre | Madame, Monsieur, un arbre est tombé pendant la tempête de cette nuit {loc}. Il bloque la piste vélo et une partie du trottoir. Je ne sais pas s'il y a des blessés mais c'est dangereux. Cordialement, Mme Fabre",
        ],
        "social": [
            "Un arbre en travers de la piste cyclable {loc} depuis ce matin, on fait comment nous les cyclistes ? @VilledeLyon @TCL #velo #Lyon",
        ],
        "effect": [
            "Chute à vélo | Bonjour, hier soir en rentrant à vélo je suis tombée sur la piste cyclable {loc} : il faisait nuit et il y avait un tronc en travers, aucune signalisation. J'ai le poignet foulé et la roue voilée. Je souhaite que ce soit signalé. Camille D.",
            "Appel d'un cycliste blessé | s'est pris des branches en pleine figure sur la piste cyclable {loc} en pleine nuit, arbre tombé non balisé, demande qu'on mette au moins des barrières.",
        ],
    },
    # ------------------------------------------------------------------ vandalised EV charging point
    "borne_recharge": {
        "where": "street", "type": "Réclamation",
        "alt": ["Demande à qualifier", "Signalisation endommagée"],
        "lasting": True, "multi": False,
        "app": [
            "Borne recharge HS | borne de recharge vandalisee, cable coupe net, ecran fracasse",
            "Borne électrique cassée | la borne pour voiture electrique, cable arraché, impossible de recharger",
            "Borne IRVE | prise arrachée et écran pété sur la borne de recharge",
        ],
        "web": [
            "Borne de recharge pour véhicules électriques vandalisée | La borne de recharge {loc} a été dégradée : le câble de charge a été sectionné (probablement pour le cuivre) et l'écran est brisé. Elle n'est plus utilisable.",
            "Point de charge hors service | Le point de recharge électrique de la rue est hors d'usage : trappe forcée, câble coupé. J'ai un véhicule électrique et c'est la seule borne du quartier.",
        ],
        "note": [
            "Appel de M. Vernet | borne de recharge véhicules électriques {loc} : câble coupé, écran cassé, borne inutilisable. Il demande qui s'en occupe (ville ou opérateur).",
            "Guichet : usager en voiture électrique | signale la borne de recharge {loc} vandalisée, câble sectionné et boîtier ouvert.",
        ],
        "mail": [
            "Borne de recharge dégradée | Bonjour, je vous signale que la borne de recharge pour voitures électriques située {loc} a été vandalisée ce week-end. Le câble a été coupé et l'écran est en morceaux. Je dois aller recharger à l'autre bout de l'arrondissement. Pourriez-vous faire le nécessaire auprès de l'exploitant ? Merci. Cordialement, Sandrine Lopes",
            "Réclamation borne électrique | Madame, Monsieur, je paie un abonnement pour recharger mon véhicule et la borne {loc} est hors service depuis qu'elle a été saccagée (câble volé, façade enfoncée). Je souhaiterais savoir quand elle sera réparée. Salutations, M. Delorme",
        ],
        "social": [
            "Encore une borne de recharge saccagée {loc}, câble coupé 🙄 @VilledeLyon vous comptez faire quoi ? #voitureelectrique",
        ],
        "again": [
            "Borne recharge toujours HS | Bonjour, 2e signalement pour la borne de recharge {loc} : toujours le câble coupé, rien n'a été fait depuis plus d'un mois.",
            "Rappel de M. Vernet | la borne de recharge {loc} est toujours hors service depuis son premier appel il y a 5 semaines, demande un délai.",
            "borne toujours cassee | ca fait un mois que la borne de recharge est vandalisee et personne n est venu",
        ],
        "new": [
            "Borne recharge re-vandalisée | la borne avait été réparée mais le câble a de nouveau été coupé cette nuit",
            "Borne de recharge à nouveau dégradée | Elle venait d'être remise en service et l'écran a encore été cassé ce week-end, avec le câble arraché.",
        ],
    },
    # ------------------------------------------------------------------ thermal car on the charging place
    "borne_ventouse": {
        "where": "street", "type": "Stationnement gênant",
        "alt": ["Réclamation"],
        "lasting": True, "multi": False,
        "app": [
            "Place recharge occupée | voiture essence garee sur la place de recharge depuis 1 semaine",
            "Stationnement gênant | un utilitaire stationne en permanence devant la borne electrique, on ne peut jamais charger",
        ],
        "web": [
            "Voiture thermique sur la place de recharge | Une voiture diesel est garée depuis plusieurs jours sur l'emplacement réservé à la recharge des véhicules électriques {loc}. Personne ne peut utiliser la borne.",
        ],
        "note": [
            "Appel de Mme Barbier | emplacement de recharge électrique {loc} squatté par une voiture non électrique depuis 8 jours, demande verbalisation.",
        ],
        "mail": [
            "Place de recharge squattée | Bonjour, la place réservée à la recharge électrique {loc} est occupée en permanence par la même camionnette blanche qui n'est pas électrique. La borne fonctionne mais on ne peut pas s'en approcher. Est-ce que la police municipale peut passer ? Merci, F. Morel",
        ],
        "social": [
            "Une Clio diesel garée sur la place de recharge {loc} depuis une semaine, la borne ne sert à rien @PoliceLyon #stationnement",
        ],
        "again": [],
    },
    # ------------------------------------------------------------------ broken bench in a park / on a square
    "banc_casse": {
        "where": "square", "type": "Espaces verts et élagage",
        "alt": ["Réclamation", "Propreté de la voie publique"],
        "lasting": True, "multi": True,
        "app": [
            "Banc cassé | banc casse, 2 lattes en moins et des vis qui depassent",
            "Banc public | le banc est defonce, l assise est cassee en deux",
            "Banc abîmé | plus de dossier sur le banc et une planche pourrie qui a cédé",
        ],
        "web": [
            "Banc public endommagé | Un banc {loc} est cassé : deux planches de l'assise manquent et les vis rouillées dépassent. Les personnes âgées ne peuvent plus s'y asseoir et un enfant pourrait se blesser.",
            "Banc détérioré sur la place | Le banc près des arbres a l'assise fendue et une latte du dossier arrachée, il y a des échardes partout.",
        ],
        "note": [
            "Appel de Mme Pichon (78 ans) | le banc où elle s'assoit {loc} est cassé, planches manquantes, elle n'a plus où se reposer en allant au marché.",
            "Guichet : riverain | banc cassé {loc}, lattes arrachées et vis apparentes, demande réparation.",
        ],
        "mail": [
            "Banc | Bonjour, je voulais vous signaler que le banc {loc} est cassé depuis quelque temps : il manque deux planches sur l'assise et une sur le dossier, et les boulons dépassent. Beaucoup de personnes âgées du quartier s'y arrêtaient. Serait-il possible de le réparer ou de le remplacer ? Cordialement, Marie-Hélène Vidal",
            "Banc dégradé | Madame, Monsieur, habitant le quartier depuis vingt ans, je constate que le banc {loc} a été vandalisé : assise brisée, lattes au sol. Merci de faire intervenir vos services. Salutations distinguées. R. Chapuis",
        ],
        "social": [
            "Le banc {loc} est en miettes depuis des semaines, mamie n'a plus où s'asseoir 😕 @VilledeLyon #Lyon",
        ],
        "again": [
            "Banc toujours cassé | Bonjour, je vous avais écrit début mars pour le banc {loc}, il est toujours dans le même état, planches manquantes. Merci de me tenir au courant.",
            "Appel de Mme Pichon (relance) | troisième fois qu'elle appelle pour le banc cassé {loc}, toujours pas réparé.",
        ],
    },
    # ------------------------------------------------------------------ tags / chewing gum on the same bench
    "banc_tague": {
        "where": "square", "type": "Propreté de la voie publique",
        "alt": ["Espaces verts et élagage"],
        "lasting": False, "multi": True,
        "app": [
            "Banc tagué | banc recouvert de tags a la bombe noire, insultes ecrites dessus",
            "Propreté de la voie publique | le banc est plein de graffitis et de peinture, on ne peut pas s assoir sans se salir",
        ],
        "web": [
            "Tags sur un banc | Le banc {loc} a été entièrement tagué à la peinture en bombe, avec des inscriptions insultantes. Ce n'est pas joli pour les enfants qui jouent à côté.",
        ],
        "note": [
            "Guichet : Mme Ferrand | banc {loc} couvert d'inscriptions à la bombe (insultes), demande nettoyage.",
        ],
        "mail": [
            "Graffitis | Bonjour, le banc {loc} a été recouvert de graffitis et d'inscriptions obscènes au marqueur et à la bombe. Pourriez-vous envoyer l'équipe de nettoyage ? Merci, Lucie G.",
        ],
        "social": [
            "Bravo les artistes... le banc {loc} tagué de partout 🙄 @VilledeLyon #proprete",
        ],
        "again": [],
        "new": [
            "Banc retagué | le banc a été nettoyé le mois dernier et il est de nouveau couvert de tags",
            "Nouveaux tags sur le banc | Après le nettoyage, de nouvelles inscriptions à la bombe sont apparues sur le banc ce week-end.",
        ],
    },
    # ------------------------------------------------------------------ bus-stop passenger information display
    "afficheur_bus": {
        "where": "street", "type": "Signalisation endommagée",
        "alt": ["Éclairage public en panne", "Demande à qualifier"],
        "lasting": True, "multi": True,
        "app": [
            "Écran arrêt de bus | l ecran des horaires a l arret de bus est noir, on sait pas quand passe le bus",
            "Afficheur bus HS | afficheur temps d'attente en panne à l'arret, vitre fissuree",
            "Panneau horaires | le panneau lumineux de l abribus affiche n importe quoi depuis 3 jours",
        ],
        "web": [
            "Afficheur d'horaires en panne à l'arrêt de bus | L'écran qui indique le temps d'attente des prochains bus {loc} est éteint et sa vitre est fêlée. Les usagers, notamment les personnes âgées, n'ont plus d'information.",
            "Borne d'information voyageurs défectueuse | À l'arrêt de bus, le boîtier d'affichage des horaires est hors service : écran noir, impossible de connaître les passages.",
        ],
        "note": [
            "Appel de M. Duval | afficheur des temps d'attente de l'arrêt de bus {loc} éteint, vitre fendue. Orienté aussi vers TCL.",
            "Tél. conducteur TCL | écran d'info voyageurs de l'arrêt {loc} HS, les usagers lui posent la question à chaque passage.",
        ],
        "mail": [
            "Écran arrêt de bus | Bonjour, je prends le bus tous les matins {loc} et l'écran qui affiche l'attente des prochains bus ne fonctionne plus depuis une bonne semaine : il est noir et la vitre est fissurée. Je ne sais pas si c'est la ville ou les TCL qui gèrent ça, je vous laisse transmettre. Bonne journée, Nadia Belkacem",
        ],
        "social": [
            "L'écran de l'arrêt de bus {loc} est noir depuis une semaine, on attend au pif 🙃 @TCL_SYTRAL @VilledeLyon",
        ],
        "again": [
            "Afficheur arrêt toujours en panne | Je relance : l'écran de l'arrêt de bus {loc} est toujours éteint, ça fait maintenant plus d'un mois.",
            "ecran bus toujours noir | depuis debut fevrier l afficheur de l arret ne marche plus, c est la 2e fois que je signale",
        ],
    },
    # ------------------------------------------------------------------ loose paving slab on a square
    "dalle_place": {
        "where": "square", "type": "Nid-de-poule ou chaussée dégradée",
        "alt": ["Réclamation", "Demande à qualifier"],
        "lasting": True, "multi": False, "cause": True, "effect_type": "Réclamation",
        "app": [
            "Dalle descellée | dalle qui bouge sur la place, elle bascule quand on marche dessus",
            "Pavé instable | grande dalle de pierre descellee, ca fait un rebord de 3 cm",
            "Nid-de-poule ou chaussée dégradée | dalle cassee et qui se souleve au milieu de la place",
        ],
        "web": [
            "Dalle de pierre descellée sur la place | Une dalle du revêtement {loc} est descellée : elle bascule sous le pied et forme une marche de plusieurs centimètres. Les poussettes et les personnes âgées risquent de chuter.",
            "Revêtement dégradé | Une grande dalle est fendue et soulevée, il y a un trou dessous qui se remplit d'eau quand il pleut.",
        ],
        "note": [
            "Guichet : M. Ollier | dalle qui bascule {loc}, éclabousse quand il pleut, risque de chute.",
            "Appel de la gérante du café | dalle descellée devant sa terrasse {loc}, ses clients trébuchent, demande intervention.",
        ],
        "mail": [
            "Dalle dangereuse | Bonjour, je traverse tous les jours la place et une dalle {loc} est complètement descellée : quand on pose le pied dessus elle bascule et l'eau gicle. J'ai failli tomber deux fois. Pourriez-vous la faire refixer avant qu'il y ait un accident ? Merci, Gérard Poncet",
            "Sol de la place | Madame, Monsieur, une des dalles en pierre {loc} est cassée et surélevée de plusieurs centimètres. Avec mon déambulateur c'est un vrai obstacle. Je compte sur vous. Cordialement, Mme Jacquet",
        ],
        "social": [
            "Attention à la dalle qui bascule {loc}, j'ai failli me ramasser 😬 @VilledeLyon ça fait des semaines",
        ],
        "again": [
            "Dalle toujours descellée | Bonjour, c'est la troisième fois que j'écris pour la dalle {loc}, toujours rien. Quelqu'un va finir par se blesser.",
            "Appel de M. Ollier (2e fois) | dalle toujours instable {loc}, aucune intervention depuis son signalement il y a un mois et demi.",
        ],
        "effect": [
            "Chute sur la place | Bonjour, ma mère (82 ans) est tombée hier {loc} en se prenant le pied dans une dalle qui dépasse. Elle a le genou ouvert. Je souhaite faire une réclamation, ce n'est pas normal. Sophie Arnaud",
            "Appel de Mme Lenoir | s'est tordu la cheville {loc} sur une dalle qui a basculé sous son pied, veut savoir comment déclarer le sinistre.",
        ],
    },
    # ------------------------------------------------------------------ overflowing dog-waste bin (canisette)
    "canisette_pleine": {
        "where": "street", "type": "Propreté de la voie publique",
        "alt": ["Collecte des déchets"],
        "lasting": False, "multi": True,
        "app": [
            "Poubelle crottes de chien | la poubelle a sacs a crottes deborde, sacs par terre tout autour",
            "Canisette pleine | distributeur de sacs vide et poubelle canine pleine a ras bord, ca pue",
            "Propreté de la voie publique | poubelle pour dejections canines qui deborde depuis plusieurs jours",
        ],
        "web": [
            "Corbeille à déjections canines débordante | La petite poubelle pour les sacs de déjections canines {loc} déborde, les sacs s'entassent au pied du poteau et l'odeur est insupportable.",
            "Distributeur de sacs pour chiens | La borne avec les sachets pour ramasser les crottes est vide et sa poubelle est pleine, les sacs usagés sont jetés par terre.",
        ],
        "note": [
            "Appel de Mme Roux | poubelle à sacs pour chiens {loc} pleine, sacs au sol, odeur, demande vidage.",
            "Guichet : riverain promeneur de chien | plus de sachets dans le distributeur {loc} et la corbeille déborde.",
        ],
        "mail": [
            "Sacs pour chiens | Bonjour, je promène mon chien tous les jours {loc} et la poubelle à déjections canines n'a pas été vidée depuis au moins une semaine. Les sacs débordent et tombent sur le trottoir, c'est très sale. Et il n'y a plus de sachets dans le distributeur. Merci de passer. Cordialement, Hélène Marchand",
        ],
        "social": [
            "La poubelle à crottes {loc} déborde, sacs partout sur le trottoir 🤢 #proprete @VilledeLyon",
        ],
        "again": [],
        "new": [
            "Canisette déborde encore | la poubelle a crottes deborde de nouveau, elle avait ete videe il y a 2 semaines",
            "Poubelle canine à nouveau pleine | Elle a été vidée récemment mais c'est reparti : sacs au sol et plus de sachets.",
        ],
    },
    # ------------------------------------------------------------------ dog-waste dispenser torn off
    "canisette_arrachee": {
        "where": "street", "type": "Propreté de la voie publique",
        "alt": ["Signalisation endommagée", "Réclamation"],
        "lasting": True, "multi": True,
        "app": [
            "Distributeur arraché | le poteau du distributeur de sacs a chien est arraché, il est couché par terre",
            "Borne sacs chiens cassée | distributeur de sachets arrache du poteau, morceaux de plastique partout",
        ],
        "web": [
            "Distributeur de sacs pour déjections arraché | Le distributeur de sachets pour chiens {loc} a été arraché de son support : le poteau est plié et le boîtier gît sur le trottoir.",
        ],
        "note": [
            "Appel de M. Sarda | distributeur de sacs canins arraché {loc}, boîtier au sol, poteau tordu.",
        ],
        "mail": [
            "Distributeur cassé | Bonjour, le distributeur de sacs pour chiens {loc} a été arraché (sans doute par une voiture en manœuvre), le poteau est tordu et le boîtier est par terre. Il faudrait le remplacer. Merci, A. Lefebvre",
        ],
        "social": [
            "Quelqu'un a arraché le distributeur de sacs à crottes {loc} 🙄 @VilledeLyon",
        ],
        "again": [
            "Distributeur toujours par terre | Je relance pour le distributeur de sacs à chiens arraché {loc}, il est toujours au sol depuis un mois.",
        ],
    },
    # ------------------------------------------------------------------ abandoned furniture
    "meubles": {
        "where": "street", "type": "Dépôt sauvage",
        "alt": ["Collecte des déchets", "Propreté de la voie publique"],
        "lasting": False, "multi": False,
        "app": [
            "Meubles abandonnés | armoire demontee + canape abandonnes sur le trottoir",
            "Dépôt sauvage | vieux canape et matelas et une commode laisses sur le trottoir",
            "Encombrants trottoir | quelqu un a vide son appart sur le trottoir, armoire, chaises, canape",
        ],
        "web": [
            "Meubles déposés sur le trottoir | Une armoire en kit démontée, un canapé d'angle et plusieurs chaises ont été abandonnés {loc}. Le trottoir est quasiment bloqué pour les poussettes.",
            "Dépôt de mobilier | Des meubles (canapé, commode, planches d'armoire) ont été laissés sur le trottoir depuis hier soir, sans doute un déménagement.",
        ],
        "note": [
            "Appel de Mme Benali | canapé, armoire démontée et chaises déposés {loc} depuis ce week-end, trottoir encombré.",
            "Guichet : gardien d'immeuble | meubles abandonnés devant l'immeuble {loc} (canapé, commode), ce ne sont pas ceux des résidents.",
        ],
        "mail": [
            "Dépôt de meubles | Bonjour, depuis samedi un canapé, une commode et une armoire démontée sont entassés sur le trottoir {loc}. Visiblement quelqu'un a déménagé et a tout laissé là. Les enfants grimpent dessus et il commence à pleuvoir. Merci d'organiser l'enlèvement. Cordialement, Yasmine K.",
            "Encombrants abandonnés | Madame, Monsieur, je vous signale un dépôt de meubles {loc} : canapé, chaises et planches. Ce n'est pas un jour de ramassage et personne n'a pris rendez-vous. Cordialement, P. Garnier",
        ],
        "social": [
            "Le trottoir {loc} transformé en salon : canapé, armoire et chaises 🛋️ @VilledeLyon #depotsauvage",
        ],
        "again": [],
        "new": [
            "Nouveau dépôt de meubles | encore des meubles abandonnés au même endroit, cette fois un lit et une table",
            "Encore des meubles | Le dépôt avait été enlevé mais de nouveaux meubles (buffet, chaises cassées) ont été déposés au même endroit.",
        ],
    },
    # ------------------------------------------------------------------ burnt-out car
    "voiture_brulee": {
        "where": "street", "type": "Stationnement gênant",
        "alt": ["Dépôt sauvage", "Demande à qualifier"],
        "lasting": True, "multi": False,
        "app": [
            "Voiture brûlée | carcasse de voiture brulee garee depuis l incendie de samedi",
            "Épave calcinée | voiture completement cramee, plus de pneus, ca sent encore le brule",
            "Stationnement gênant | voiture incendiee laissee sur place, verre et plastique fondu par terre",
        ],
        "web": [
            "Véhicule incendié abandonné | Une voiture a brûlé dans la nuit de samedi {loc}. La carcasse calcinée est toujours là, avec des débris de verre et de plastique fondu autour. Il faudrait l'enlever.",
            "Carcasse de voiture brûlée | Depuis l'incendie de la semaine dernière, l'épave noircie occupe une place et les enfants jouent autour.",
        ],
        "note": [
            "Appel de M. Bouvier | carcasse de voiture brûlée {loc} depuis plusieurs jours, demande enlèvement par la fourrière.",
            "Guichet : commerçant | véhicule calciné stationné devant son magasin {loc}, odeur et débris.",
        ],
        "mail": [
            "Voiture calcinée | Bonjour, une voiture a été incendiée il y a quelques jours {loc} et la carcasse n'a toujours pas été enlevée. Il reste du verre brisé et des morceaux de plastique fondu sur le trottoir, et l'odeur de brûlé est encore forte. Pouvez-vous faire enlever l'épave ? Merci, Jérôme Blanc",
            "Épave | Madame, Monsieur, suite à l'incendie d'un véhicule devant chez moi ({loc}), la carcasse reste garée et attire les curieux la nuit. Je vous remercie de faire le nécessaire. Cordialement, Mme Aubert",
        ],
        "social": [
            "Une voiture cramée {loc} depuis 5 jours, toujours pas enlevée 🔥 @VilledeLyon @PoliceLyon",
        ],
        "again": [
            "Épave brûlée toujours là | Bonjour, ça fait un mois que la voiture brûlée est {loc}, je l'ai déjà signalé, toujours rien.",
            "Appel de M. Bouvier (relance) | carcasse brûlée toujours présente {loc}, pas de nouvelles depuis le premier appel.",
        ],
        "new": [
            "Nouvelle voiture brûlée | encore une voiture incendiee cette nuit au meme endroit, l autre avait ete enlevee",
        ],
    },
    # ------------------------------------------------------------------ broken glass on a playground
    "verre_aire_jeux": {
        "where": "square", "type": "Propreté de la voie publique",
        "alt": ["Espaces verts et élagage", "Réclamation"],
        "lasting": False, "multi": False,
        "app": [
            "Verre cassé aire de jeux | bouteilles cassees dans le bac a sable de l aire de jeux",
            "Propreté de la voie publique | plein de debris de verre sous le toboggan, dangereux pour les petits",
            "Tessons aire de jeux | tessons de bouteille partout sur l aire de jeux ce matin",
        ],
        "web": [
            "Débris de verre dans l'aire de jeux | Ce matin, l'aire de jeux {loc} était jonchée de bouteilles cassées, notamment dans le bac à sable et au pied du toboggan. Les enfants ne peuvent pas jouer.",
            "Bouteilles brisées sur le sol souple | Des tessons de verre sont éparpillés sur le sol de l'aire de jeux après une soirée, c'est dangereux.",
        ],
        "note": [
            "Appel de Mme Caron, assistante maternelle | verre cassé dans l'aire de jeux {loc}, elle a dû repartir avec les enfants, demande nettoyage.",
            "Guichet : parent | tessons de bouteilles dans le bac à sable {loc}.",
        ],
        "mail": [
            "Aire de jeux | Bonjour, en arrivant ce matin à l'aire de jeux {loc} avec mes deux enfants, j'ai trouvé des bouteilles de bière cassées un peu partout, y compris dans le sable. Nous avons dû rentrer. Pouvez-vous faire nettoyer rapidement ? Merci beaucoup, Aurélie Fontaine",
        ],
        "social": [
            "Encore des bouteilles cassées dans l'aire de jeux {loc} 😤 les petits ne peuvent pas jouer @VilledeLyon #proprete",
        ],
        "again": [],
        "new": [
            "Verre aire de jeux encore | de nouveau du verre casse dans l aire de jeux apres la soiree de samedi",
            "Encore des tessons | L'aire de jeux avait été nettoyée mais il y a à nouveau des bouteilles brisées ce matin.",
        ],
    },
    # ------------------------------------------------------------------ leaking water main
    "fuite_conduite": {
        "where": "street", "type": "Nid-de-poule ou chaussée dégradée",
        "alt": ["Demande à qualifier", "Propreté de la voie publique"],
        "lasting": True, "multi": False, "cause": True, "effect_type": "Réclamation",
        "app": [
            "Fuite d'eau | de l eau sort de la chaussee en continu, ca coule dans le caniveau depuis hier",
            "Fuite canalisation | eau qui remonte du bitume, grosse flaque permanente",
            "Eau qui jaillit | fuite sur la route, ca fait des bulles dans l enrobe",
        ],
        "web": [
            "Fuite d'eau sous la chaussée | De l'eau claire remonte en permanence à travers le bitume {loc} et ruisselle dans le caniveau. Il n'a pas plu depuis une semaine, ça ressemble à une conduite d'eau percée.",
            "Fuite importante sur la voie | Une fuite fait jaillir de l'eau entre les pavés du trottoir et de la chaussée, la flaque grandit chaque jour.",
        ],
        "note": [
            "Appel de M. Pelletier | eau qui sort du sol {loc} jour et nuit, suspecte une conduite cassée. Transmis aussi au service des eaux.",
            "Guichet : Mme Dumont | flaque permanente et eau qui bouillonne au milieu de la rue {loc}.",
        ],
        "mail": [
            "Fuite d'eau rue | Bonjour, depuis trois jours de l'eau sort en continu du sol {loc}, elle remonte par les fissures du goudron et coule jusqu'à l'égout. Ça fait des litres d'eau potable perdus. Je pense que c'est une canalisation qui a cédé. Pourriez-vous prévenir le service concerné ? Cordialement, Bernard Roche",
        ],
        "social": [
            "Une vraie source au milieu de la rue {loc}, l'eau coule depuis 3 jours 💧 @VilledeLyon @EauduGrandLyon",
        ],
        "again": [
            "Fuite toujours pas réparée | Bonjour, je relance pour la fuite {loc} : ça coule toujours depuis plus d'un mois, la chaussée commence à se creuser.",
            "Appel de M. Pelletier (relance) | l'eau sort toujours du sol {loc}, cinq semaines après son premier appel.",
        ],
        "new": [
            "Nouvelle fuite | la fuite avait ete reparee cet hiver, ca recommence au meme endroit",
            "Fuite d'eau de nouveau | Après les travaux de réparation il y a quelques mois, l'eau ressort à nouveau du bitume au même endroit.",
        ],
        "effect": [
            "Plus de pression | Bonjour, depuis deux jours nous n'avons presque plus de pression au robinet dans l'immeuble {loc}, et dehors il y a de l'eau qui coule du trottoir. Pouvez-vous vérifier ? Mme Lucas",
            "Chaussée qui s'affaisse | Appel de M. Renard : la chaussée s'affaisse {loc}, c'est toujours mouillé à cet endroit, on voit un creux qui se forme.",
        ],
    },
    # ------------------------------------------------------------------ faded stop line
    "stop_efface": {
        "where": "crossing", "type": "Signalisation endommagée",
        "alt": ["Nid-de-poule ou chaussée dégradée", "Réclamation"],
        "lasting": True, "multi": False, "cause": True, "effect_type": "Réclamation",
        "app": [
            "Marquage stop effacé | la ligne du stop a disparu, on voit plus ou s arreter",
            "Signalisation endommagée | marquage STOP au sol completement efface au carrefour",
            "Stop illisible | ligne blanche du stop effacee, les voitures grillent le stop",
        ],
        "web": [
            "Ligne d'arrêt du stop effacée | Au carrefour {loc}, le marquage au sol du stop (ligne blanche et inscription STOP) est complètement effacé. Les automobilistes ne marquent plus l'arrêt.",
            "Marquage au sol à refaire | La bande blanche du stop n'est plus visible, surtout la nuit et par temps de pluie.",
        ],
        "note": [
            "Appel de M. Leroy | marquage du stop effacé {loc}, voitures qui ne s'arrêtent plus, demande repeinture.",
            "Signalé par la police municipale | ligne de stop et lettres STOP effacées {loc}, à reprendre.",
        ],
        "mail": [
            "Marquage stop | Bonjour, au croisement {loc}, la ligne blanche du stop et l'inscription au sol ont complètement disparu. Les conducteurs qui ne connaissent pas le quartier passent sans s'arrêter, j'ai vu plusieurs fois des coups de frein de justesse. Il faudrait repeindre. Cordialement, Patrick Hoarau",
        ],
        "social": [
            "Le stop {loc} n'a plus de marquage au sol, personne ne s'arrête 😱 @VilledeLyon #securiteroutiere",
        ],
        "again": [
            "Stop toujours effacé | Bonjour, deuxième signalement : le marquage du stop {loc} n'a toujours pas été refait, depuis début mars.",
        ],
        "effect": [
            "Presque accident | Bonjour, hier une voiture a failli percuter mon fils à vélo {loc} : le conducteur n'a pas vu le stop, dont le marquage a disparu. Je demande une intervention. M. Tessier",
            "Appel de Mme Gauthier | accrochage au carrefour {loc} ce matin, l'autre conducteur dit qu'il n'a pas vu de stop au sol.",
        ],
    },
    # ------------------------------------------------------------------ pigeons nesting under a bridge
    "pigeons_pont": {
        "where": "street", "type": "Propreté de la voie publique",
        "alt": ["Demande à qualifier", "Réclamation"],
        "lasting": True, "multi": False, "cause": True, "effect_type": "Propreté de la voie publique",
        "app": [
            "Pigeons sous le pont | des dizaines de pigeons nichent sous le pont, fientes partout sur le trottoir",
            "Nids de pigeons | pigeons installes sous le pont sncf, ca roucoule et ca salit tout",
        ],
        "web": [
            "Colonie de pigeons sous le pont | Une colonie de pigeons s'est installée dans les poutres sous le pont {loc}. Le trottoir en dessous est couvert de fientes et de plumes.",
            "Pigeons nichant sous l'ouvrage | Des pigeons nichent sous le tablier du pont ferroviaire, il faudrait poser des filets ou des pics.",
        ],
        "note": [
            "Appel de Mme Morin | pigeons qui nichent sous le pont {loc}, demande pose de filets anti-pigeons.",
            "Guichet : riverain | nids de pigeons dans la structure du pont {loc}, salissures sur le passage piéton.",
        ],
        "mail": [
            "Pigeons | Bonjour, je passe tous les jours à pied sous le pont {loc} et une grosse colonie de pigeons s'y est installée dans les poutrelles. Il y a des nids partout. Pourriez-vous voir avec le propriétaire de l'ouvrage pour installer un dispositif ? Cordialement, Annie Brun",
        ],
        "social": [
            "Passer sous le pont {loc} c'est la roulette russe avec les pigeons 🐦💩 @VilledeLyon",
        ],
        "again": [
            "Pigeons toujours là | Bonjour, je vous ai déjà écrit il y a six semaines pour les pigeons sous le pont {loc}, rien n'a été fait.",
        ],
        "effect": [
            "Fientes sur le trottoir | le trottoir sous le pont est recouvert de fientes, ca glisse et ca pue",
            "Trottoir glissant de fientes | Appel de M. Faure : sa femme a glissé sur les fientes sous le pont {loc}, le trottoir est blanc de fientes.",
        ],
    },
    # ------------------------------------------------------------------ hanging cable
    "cable_pendant": {
        "where": "street", "type": "Éclairage public en panne",
        "alt": ["Signalisation endommagée", "Demande à qualifier"],
        "lasting": True, "multi": False, "cause": True, "effect_type": "Réclamation",
        "app": [
            "Câble qui pend | un cable noir pend de la facade jusqu au trottoir, a hauteur de tete",
            "Fil qui pend | cable decroche qui traverse la rue et pend tres bas",
            "Éclairage public en panne | cable electrique ou telephone qui pend du poteau au milieu du trottoir",
        ],
        "web": [
            "Câble décroché pendant sur le trottoir | Un câble (téléphone ou électricité, je ne sais pas) s'est décroché de la façade {loc} et pend jusqu'à hauteur de tête au-dessus du trottoir.",
            "Fil aérien tombé | Un fil aérien traverse la rue en pendant très bas, un camion pourrait l'arracher.",
        ],
        "note": [
            "Appel de M. Arnaud | câble qui pend entre deux façades {loc}, bas au-dessus du trottoir, ne sait pas s'il est sous tension.",
            "Guichet : Mme Petit | fil détaché qui pend {loc}, les piétons se baissent pour passer.",
        ],
        "mail": [
            "Câble dangereux | Bonjour, un câble noir s'est détaché de son support {loc} et pend en travers du trottoir, à environ 1m60 du sol. Les gens doivent se baisser et le soir on ne le voit pas. J'ignore s'il est électrique. Merci d'intervenir rapidement. Cordialement, Karim Haddad",
        ],
        "social": [
            "Un câble qui pend au-dessus du trottoir {loc} à hauteur de tête, ça attend un accident ? @VilledeLyon @Enedis",
        ],
        "again": [
            "Câble toujours pendant | ça fait un mois que le câble pend {loc}, je l'ai déjà signalé deux fois, personne n'est venu.",
        ],
        "effect": [
            "Accroché par un câble | Bonjour, ce matin je me suis pris un câble qui pendait en pleine figure en marchant {loc}, j'ai une coupure au front. Qui est responsable ? Bastien R.",
            "Camion qui arrache un fil | Appel de Mme Simon : un camion de livraison a accroché le fil qui pendait {loc}, il est maintenant par terre sur le trottoir.",
        ],
    },
    # ------------------------------------------------------------------ large planter knocked over
    "jardiniere": {
        "where": "street", "type": "Espaces verts et élagage",
        "alt": ["Nid-de-poule ou chaussée dégradée", "Propreté de la voie publique"],
        "lasting": True, "multi": True,
        "app": [
            "Jardinière cassée | grand bac a fleurs en beton renverse, terre etalee sur le trottoir",
            "Bac à fleurs | jardiniere fendue en deux, les plantes et la terre sur le trottoir",
        ],
        "web": [
            "Jardinière renversée sur le trottoir | Une grande jardinière en béton {loc} a été percutée par un véhicule : elle est fendue, renversée et la terre s'étale sur le trottoir.",
        ],
        "note": [
            "Appel de Mme Chevalier | bac à fleurs municipal cassé {loc}, morceaux de béton et terre sur le trottoir.",
        ],
        "mail": [
            "Jardinière | Bonjour, la jardinière en béton {loc} a été renversée, sans doute par une camionnette qui a reculé. Elle est cassée, les fleurs sont écrasées et la terre est partout. Pouvez-vous faire enlever les débris ? Merci, Valérie Roussel",
        ],
        "social": [
            "RIP la jardinière {loc}, renversée et en morceaux 🌷 @VilledeLyon",
        ],
        "again": [
            "Jardinière toujours cassée | je relance, le bac à fleurs est toujours renversé {loc} depuis le mois dernier",
        ],
    },
}

# pairs of kinds that can be at the same place but are different objects
SAME_PLACE_OTHER_OBJECT = [
    ("banc_casse", "verre_aire_jeux"), ("dalle_place", "banc_casse"), ("verre_aire_jeux", "dalle_place"),
    ("afficheur_bus", "canisette_pleine"), ("voiture_brulee", "meubles"), ("borne_recharge", "voiture_brulee"),
    ("potelets_ecole", "cable_pendant"), ("pigeons_pont", "cable_pendant"), ("jardiniere", "canisette_arrachee"),
    ("afficheur_bus", "jardiniere"), ("fuite_conduite", "potelets_ecole"), ("meubles", "canisette_pleine"),
]
# pairs of kinds that are another fault on the same object (another intervention)
SAME_OBJECT_OTHER_FAULT = [
    ("banc_casse", "banc_tague"), ("borne_recharge", "borne_ventouse"), ("canisette_pleine", "canisette_arrachee"),
]

NOISE = {
    # a night shop / snack with customers outside
    "bar": {
        "app": [
            "Bruit épicerie de nuit | attroupement devant {src} jusqu a 3h, cris, musique des voitures",
            "Nuisances sonores | clients de {src} qui crient sur le trottoir toute la nuit",
        ],
        "web": [
            "Nuisances nocturnes devant une épicerie de nuit | Chaque nuit, des groupes stationnent devant {src} {loc} jusqu'à 3 ou 4 heures du matin : éclats de voix, portières, musique. Impossible de dormir.",
        ],
        "note": [
            "Appel de Mme Girard | bruit devant {src} {loc} toute la nuit, clients qui boivent dehors, demande passage de la police.",
            "Appel de M. Lambert | rassemblements bruyants devant le commerce de nuit {src}, scooters qui tournent.",
        ],
        "mail": [
            "Bruit la nuit | Bonjour, j'habite au-dessus de {src} {loc}. Depuis l'ouverture de ce commerce de nuit, des clients restent devant jusqu'à 4 h du matin à parler fort et à écouter de la musique dans leurs voitures. Mes enfants se réveillent. Que pouvez-vous faire ? Cordialement, Martine Coste",
        ],
        "social": [
            "3h du mat et toujours la fête devant {src} {loc} 😩 @PoliceLyon #bruit",
        ],
        "again": [
            "Encore {src} | encore cette nuit le bruit devant {src}, j avais deja signale hier",
            "Appel de Mme Girard (nouveau) | rappelle : même problème que la nuit dernière devant {src}, rien n'a changé.",
        ],
    },
    # a dog barking in a flat / on a balcony
    "voisin": {
        "app": [
            "Chien qui aboie | chien qui aboie sans arret sur un balcon, le maitre est absent",
            "Aboiements | le chien du voisin hurle toute la journée et le soir",
        ],
        "web": [
            "Aboiements incessants | Un chien laissé seul dans un appartement {loc} aboie et hurle pendant des heures, y compris tard le soir. Les voisins n'en peuvent plus.",
        ],
        "note": [
            "Appel de M. Rey | chien qui aboie en continu dans un appartement {loc}, propriétaire absent toute la journée.",
        ],
        "mail": [
            "Chien | Bonjour, un chien enfermé sur un balcon {loc} aboie du matin au soir, parfois jusqu'à 23 h. J'ai essayé de parler au propriétaire, sans réponse. Je travaille de nuit et je ne peux plus dormir. Merci de votre aide. Nicolas Perrin",
        ],
        "social": [
            "Le chien du balcon {loc} aboie depuis 6h du mat 🐕😫 #bruit",
        ],
        "again": [
            "Toujours le chien | le chien aboie encore aujourd hui, meme balcon, c est pareil qu hier",
        ],
    },
    # a party hall rented for events
    "salle": {
        "app": [
            "Bruit salle des fêtes | musique a fond dans la salle de reception jusqu a 4h, basses qui font vibrer",
        ],
        "web": [
            "Nuisances sonores d'une salle de réception | La salle de réception {loc} organise des soirées tous les week-ends : musique très forte, invités qui fument et crient dehors jusqu'au petit matin.",
        ],
        "note": [
            "Appel de Mme Garcia | salle louée pour des mariages {loc}, musique et feux d'artifice jusqu'à 4 h, demande contrôle.",
        ],
        "mail": [
            "Salle de fêtes bruyante | Bonjour, la salle de réception {loc} est louée presque chaque samedi et la musique, les klaxons et les cris durent jusqu'à 4 h. Les basses traversent les murs. Y a-t-il des règles pour ce type d'établissement ? Cordialement, Jean-Marc Bonnet",
        ],
        "social": [
            "Encore un mariage à la salle {loc}, boum boum jusqu'à 4h 🎉😴 @VilledeLyon",
        ],
        "again": [
            "Salle encore | ce soir encore la salle de reception met la musique a fond",
        ],
    },
    # a gym with loud music early in the morning
    "salle_sport": {
        "app": [
            "Bruit salle de sport | musique et poids qui tombent dans la salle de sport des 6h du matin",
        ],
        "web": [
            "Bruit d'une salle de sport | La salle de fitness {loc}, au rez-de-chaussée de notre immeuble, diffuse de la musique forte dès 6 heures et on entend les haltères tomber au sol.",
        ],
        "note": [
            "Appel de M. Da Silva | salle de sport en bas de chez lui {loc}, musique et chocs dès 6 h, vibrations dans le plancher.",
        ],
        "mail": [
            "Salle de fitness | Bonjour, une salle de sport a ouvert au rez-de-chaussée {loc}. Dès 6 h du matin, musique à fond et bruits sourds des poids qui tombent, ça fait trembler les vitres. Je voudrais savoir si c'est autorisé. Cordialement, Élodie Masson",
        ],
        "social": [
            "Réveil à 6h par la salle de sport {loc} qui met la techno à fond 🏋️ #bruit",
        ],
        "again": [
            "Salle de sport encore | ce matin encore 6h la musique de la salle de sport, meme chose qu hier",
        ],
    },
}
NOISE_NIGHT = {"bar", "salle"}

_EXTRA = {
    "borne_ventouse": {
        "app": ["Ventouse borne électrique | camping car garé devant la borne de recharge, il bouge plus depuis 10 jours"],
        "web": ["Emplacement de recharge occupé en permanence | La place équipée d'une borne pour véhicules électriques est occupée jour et nuit par un véhicule à essence qui ne se recharge évidemment pas."],
        "note": ["Guichet : M. Chauvin | une voiture essence reste garée sur la place de la borne électrique {loc}, la borne marche mais personne ne peut y accéder."],
    },
    "banc_tague": {
        "app": ["Graffitis banc | tags et dessins obscenes sur le banc, meme sur l assise"],
        "note": ["Appel de M. Tardy | banc {loc} tagué à la bombe rouge pendant la nuit, inscriptions injurieuses."],
        "web": ["Banc couvert de graffitis | Des tags au marqueur et à la peinture recouvrent l'assise et le dossier du banc, on ne peut plus s'asseoir sans se tacher."],
    },
    "canisette_arrachee": {
        "web": ["Poteau du distributeur de sacs pour chiens tordu | Le support du distributeur de sacs canins est plié au ras du sol et le boîtier a été arraché, il n'y a plus de sacs disponibles."],
        "note": ["Guichet : Mme Jolly | le distributeur de sacs pour chiens {loc} a été arraché de son poteau, débris sur le trottoir."],
        "app": ["Propreté de la voie publique | quelqu un a arraché la boite a sacs pour crottes, le poteau est plie"],
    },
    "jardiniere": {
        "app": ["Espaces verts et élagage | bac a fleurs renverse par une voiture, beton casse et terre partout"],
        "web": ["Bac à fleurs en béton brisé | Le grand bac de plantation du trottoir est cassé en plusieurs morceaux après un choc, les arbustes sont arrachés et la terre s'étale."],
        "note": ["Guichet : M. Barre | jardinière municipale {loc} percutée, fendue, terre répandue, morceaux coupants."],
    },
    "afficheur_bus": {"app": ["Signalisation endommagée | ecran de l abribus qui indique les bus est eteint"]},
    "potelets_ecole": {"web": ["Potelets à remplacer devant un groupe scolaire | Les potelets métalliques devant le portail de l'école sont pliés ou arrachés, il reste des tiges coupantes au sol et les voitures se garent sur le trottoir."]},
    "stop_efface": {"note": ["Appel de Mme Vial | au carrefour {loc}, plus de ligne blanche ni de STOP peint au sol, les voitures passent sans s'arrêter."]},
    "cable_pendant": {"again": ["Appel de M. Arnaud (relance) | le câble pend toujours {loc}, troisième appel, il trouve ça dangereux pour les enfants."]},
    "fuite_conduite": {"again": ["eau toujours | ça coule toujours depuis début mars, la flaque est énorme maintenant"]},
    "banc_casse": {"again": ["banc toujours pas repare | ca fait un mois et demi que le banc est casse, deja signale"]},
    "dalle_place": {"again": ["dalle toujours là | la dalle bouge toujours, deja signalé le mois dernier, rien n a ete fait"]},
}
_EXTRA_NOISE = {
    "bar": {
        "app": ["Bruit la nuit | scooters et musique devant {src} toute la nuit, ca crie jusqu a 4h"],
        "web": ["Attroupement nocturne devant un commerce de nuit | Des clients de {src} s'installent sur le trottoir avec leurs canettes et leurs enceintes. Le bruit dure jusqu'au petit matin."],
        "note": ["Appel de Mme Brunet | groupe bruyant devant {src} {loc} cette nuit, portières et klaxons."],
        "again": ["Bruit devant {src} encore | Bonjour, c'est reparti ce soir devant {src}, comme la nuit dernière, j'appelle la police municipale ?"],
    },
    "voisin": {
        "web": ["Chien qui aboie toute la journée | Depuis plusieurs jours, le chien d'un voisin {loc} aboie dès que son maître part, de 8 h à 19 h sans interruption."],
        "note": ["Guichet : Mme Aubry | se plaint d'un chien qui aboie et hurle toute la journée dans l'appartement du voisin {loc}."],
        "app": ["Nuisances sonores | chien enferme sur la terrasse, aboie des heures, on entend jusqu au bout de la rue"],
        "again": ["Chien aboie encore | Appel de M. Rey : encore des aboiements aujourd'hui, même chien, même appartement qu'hier."],
    },
    "salle": {
        "note": ["Appel de M. Morel | soirée dans la salle de réception {loc}, musique très forte et invités dehors à 3 h."],
        "app": ["Nuisances sonores | soiree dans la salle de fetes, sono a fond et cris sur le parking"],
        "again": ["Salle de réception encore | Bonjour, de nouveau cette nuit des basses et des klaxons à la salle {loc}, comme hier soir."],
    },
    "salle_sport": {
        "note": ["Guichet : Mme Poulain | la salle de fitness {loc} fait du bruit dès 6 h (musique, poids au sol), ça résonne dans tout l'immeuble."],
        "app": ["Nuisances sonores | la salle de muscu ouvre a 6h et on entend boum boum au plafond"],
        "again": ["Salle de sport toujours | Appel de M. Da Silva : ce matin encore, musique et chocs dès 6 h, comme hier."],
    },
}
for _k, _pools in _EXTRA.items():
    for _p, _ts in _pools.items():
        KINDS[_k][_p] = KINDS[_k].get(_p, []) + _ts
for _k, _pools in _EXTRA_NOISE.items():
    for _p, _ts in _pools.items():
        NOISE[_k][_p] = NOISE[_k].get(_p, []) + _ts

# social media posts are turned into requests by an agent, who types a subject
_SOCIAL_SUBJECT = {
    "potelets_ecole": "Twitter - potelets école", "arbre_piste": "Post X : arbre piste cyclable",
    "borne_recharge": "Réseaux sociaux - borne de recharge", "borne_ventouse": "Message Facebook stationnement",
    "banc_casse": "Facebook - banc", "banc_tague": "Instagram - tags banc", "afficheur_bus": "Tweet arrêt de bus",
    "dalle_place": "Réseaux sociaux : dalle", "canisette_pleine": "Post Facebook propreté",
    "canisette_arrachee": "Twitter - distributeur sacs", "meubles": "Instagram dépôt", "voiture_brulee": "X - voiture brûlée",
    "verre_aire_jeux": "Facebook aire de jeux", "fuite_conduite": "Tweet fuite d'eau", "stop_efface": "Réseaux sociaux stop",
    "pigeons_pont": "Facebook - pigeons", "cable_pendant": "Post X câble", "jardiniere": "Instagram jardinière",
    "bar": "Twitter - bruit nocturne", "voisin": "Facebook - chien", "salle": "Post X salle de réception",
    "salle_sport": "Instagram - bruit salle de sport",
}
for _k, _v in [*KINDS.items(), *NOISE.items()]:
    _v["social"] = [t if " | " in t else f"{_SOCIAL_SUBJECT[_k]} | {t}" for t in _v["social"]]

# agents' notes: the agent types a short subject, the note starts with who called ("Appel de Mme X : ...")
_NOTE_SUBJECT = {
    "potelets_ecole": "Potelets renversés école", "arbre_piste": "Arbre tombé piste cyclable",
    "borne_recharge": "Borne de recharge HS", "borne_ventouse": "Place de recharge occupée",
    "banc_casse": "Banc cassé", "banc_tague": "Banc tagué", "afficheur_bus": "Afficheur arrêt de bus",
    "dalle_place": "Dalle descellée", "canisette_pleine": "Canisette pleine",
    "canisette_arrachee": "Distributeur sacs canins arraché", "meubles": "Dépôt de meubles", "voiture_brulee": "Véhicule calciné",
    "verre_aire_jeux": "Verre aire de jeux", "fuite_conduite": "Fuite d'eau chaussée", "stop_efface": "Marquage stop",
    "pigeons_pont": "Pigeons sous pont", "cable_pendant": "Câble pendant", "jardiniere": "Jardinière cassée",
    "bar": "Bruit commerce de nuit", "voisin": "Aboiements", "salle": "Bruit salle de réception",
    "salle_sport": "Bruit salle de sport",
}
_NOTE_HEADS = ("Appel", "Tél", "Guichet", "Signalé", "Rappel")


_EFFECT_SUBJECT = {
    "arbre_piste": "Cycliste blessé piste cyclable", "dalle_place": "Chute d'une piétonne", "stop_efface": "Accrochage au carrefour",
}


def _note(kind, pool, t):
    subj, desc = t.split(" | ", 1)
    if not subj.startswith(_NOTE_HEADS):
        return t
    sep = ", " if ":" in subj else " : "
    if pool == "effect":
        head = _EFFECT_SUBJECT[kind]
    elif pool == "again":
        head = "Relance - " + _NOTE_SUBJECT[kind][0].lower() + _NOTE_SUBJECT[kind][1:]
    else:
        head = _NOTE_SUBJECT[kind]
    return f"{head} | {subj}{sep}{desc}"


for _k, _v in [*KINDS.items(), *NOISE.items()]:
    for _p in ("note", "again", "effect", "new"):
        if _p in _v:
            _v[_p] = [_note(_k, _p, t) for t in _v[_p]]
