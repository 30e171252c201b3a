"""Hand-written French report texts of the blind2 duplicate set (written for this set only).

Placeholders filled by make_blind2.py:
  {loc}  where it is, as a citizen or an agent types it ("devant le 14 rue Vendôme", "angle X / Y")
  {rue}  the street or square name only, as typed
  {lm}   a landmark next to the spot ("la boulangerie", "l'arrêt de bus")
  {src}  the noise source (a bar's name, "le chantier"...), noise kinds only
Each text is "subject | description". Pools per kind:
  app    short texts from the mobile app (coordinates), often no accents, SMS style
  web    web portal form, a few sentences
  note   an agent's note taken on the phone or at the counter
  mail   a citizen's e-mail (long, polite or angry)
  social a message on the city's social media account
  again  the same fault reported again weeks later ("toujours pas réparé", "je relance")
  new    a new occurrence after the first was handled (recurrence)
"""

# Landmarks (generic shops and street furniture found in every Lyon street).
LANDMARKS = [
    "la boulangerie", "la pharmacie", "l'arrêt de bus", "l'école maternelle", "le tabac-presse",
    "la laverie", "le Carrefour City", "la station Vélo'v", "la banque", "le fleuriste",
    "le kebab", "la crèche", "l'entrée du parking", "la poste", "le cabinet médical",
    "le salon de coiffure", "l'auto-école", "le primeur", "la supérette", "le collège",
    "l'opticien", "la brasserie", "le garage", "la bibliothèque", "le gymnase",
]

# Bars, restaurants and other noise sources (names invented for this set).
BARS = [
    "Le Tonneau Bleu", "Bar du Marché", "Le Quai 7", "La Guinguette d'Ainay", "Chez Lulu",
    "Le Comptoir des Canuts", "L'Escale", "Le Petit Zinc", "O'Brady's", "La Fabrique",
    "Le Bistrot d'en face", "Le Shaker", "La Cave à Jo", "Le Saint-Graal", "Bar Le Phare",
    "Le Duplex", "La Cantine du 7", "Le Boui-Boui", "Le Vieux Canon", "Le Zinzin",
]

KINDS = {
    # ------------------------------------------------------------------ roads
    "nid_de_poule": dict(
        type="Nid-de-poule ou chaussée dégradée",
        alt=["Réclamation", "Demande à qualifier", "Signalisation endommagée"],
        obj="chaussee", lasting=True, where="street",
        app=[
            ("Nid de poule | gros trou sur la route, attention aux 2 roues",),
            ("trou chaussee | trou profond au milieu de la voie, j'ai failli tomber en scooter",),
            ("Route abimee | la chaussee s'effondre, trou d'au moins 20 cm",),
            ("nid-de-poule | encore un trou énorme, les voitures font des écarts pour l'éviter",),
            ("Trou | trou dans le bitume pres de {lm}, plein d'eau quand il pleut",),
        ],
        web=[
            ("Trou dangereux sur la chaussée | Un nid-de-poule s'est formé sur la voie de droite. Il fait la taille d'une roue et les cyclistes doivent se déporter au milieu de la circulation.",),
            ("Chaussée défoncée | Le revêtement est arraché sur plusieurs mètres, il y a des morceaux de goudron partout. C'est à la hauteur de {lm}.",),
        ],
        note=[
            ("Nid-de-poule signalé par téléphone | Appel d'un riverain : trou profond sur la chaussée {loc}. A crevé un pneu hier soir. Demande une intervention rapide.",),
            ("Chaussée dégradée | Usager au guichet. Signale un trou dans la route {loc}, côté {lm}. Dangereux pour les motos.",),
            ("Trou route | Mme R. appelle pour un affaissement de la chaussée {loc}. Pas de balisage.",),
        ],
        mail=[
            ("Trou dans la rue | Bonjour,\nJe me permets de vous écrire car il y a depuis quelques jours un énorme trou dans la chaussée {loc}. Ce matin un livreur à vélo a chuté en voulant l'éviter. Pourriez-vous faire le nécessaire avant qu'il y ait un blessé grave ?\nCordialement",),
            ("Danger chaussée | Madame, Monsieur, je passe tous les jours en voiture {loc} et la route est dans un état lamentable : un trou béant s'est ouvert et s'agrandit à chaque averse. J'ai abîmé ma jante. Merci de reboucher ce trou au plus vite. Bien à vous.",),
        ],
        social=[
            ("Message Facebook | @VilleDeLyon quand est-ce que vous rebouchez le cratère {loc} ?? Ça devient la piste de ski",),
        ],
        again=[
            ("Trou toujours là | Je relance : le nid-de-poule signalé le mois dernier {loc} n'a toujours pas été rebouché, il est encore plus gros.",),
            ("toujours pas repare | 2e signalement, le trou est toujours la et personne n'est venu",),
            ("Relance nid-de-poule | Bonjour, plusieurs semaines après mon premier message, rien n'a bougé {loc}. Le trou est toujours là et j'ai vu un cycliste tomber hier.",),
        ],
        new=[
            ("Nouveau trou | Le trou a réapparu, la réparation de l'an dernier n'a pas tenu",),
            ("Trou de nouveau | La chaussée s'est de nouveau creusée au même endroit que l'hiver dernier, malgré le rebouchage.",),
        ],
    ),
    "trottoir_dalle": dict(
        type="Nid-de-poule ou chaussée dégradée",
        alt=["Espaces verts et élagage", "Réclamation"],
        obj="trottoir", lasting=True, where="street",
        app=[
            ("Trottoir | dalles descellees sur le trottoir, on se tord les chevilles",),
            ("Dalle cassee | une dalle du trottoir bouge et fait bascule",),
            ("trottoir souleve | les racines ont souleve le trottoir, impossible de passer avec une poussette",),
        ],
        web=[
            ("Trottoir dangereux | Plusieurs pavés du trottoir sont descellés et forment une marche. Ma mère âgée a trébuché la semaine dernière. C'est juste à côté de {lm}.",),
            ("Revêtement trottoir | Le bitume du trottoir est bombé par les racines de l'arbre, il y a une bosse de 10 cm. En fauteuil roulant c'est infranchissable.",),
        ],
        note=[
            ("Trottoir abîmé | Appel : trottoir dégradé {loc}, dalles qui bougent. Une personne âgée est tombée.",),
            ("Bordure cassée | Usager au guichet : bordure de trottoir cassée {loc}, morceaux de béton sur la chaussée.",),
        ],
        mail=[
            ("Trottoir impraticable | Bonjour, le trottoir {loc} est dans un état déplorable : les dalles sont cassées et certaines se soulèvent quand on marche dessus. Avec une poussette double je dois descendre sur la route. Pouvez-vous intervenir ? Merci.",),
        ],
        social=[],
        again=[
            ("Trottoir toujours cassé | Relance : les dalles {loc} sont toujours descellées, malgré mon signalement il y a plus d'un mois.",),
            ("trottoir pas repare | toujours rien de fait pour le trottoir, ca fait des semaines",),
        ],
        new=[],
    ),
    "plaque_egout": dict(
        type="Nid-de-poule ou chaussée dégradée",
        alt=["Nuisances sonores", "Signalisation endommagée"],
        obj="plaque", lasting=True, where="street",
        app=[
            ("Plaque d'egout | la plaque claque a chaque voiture, bruit toute la nuit",),
            ("Tampon deplace | plaque d'egout decalee, un trou se forme sur le cote",),
            ("plaque qui bouge | la bouche d'egout bouge et fait un bruit metallique",),
        ],
        web=[
            ("Plaque d'égout bruyante | Le tampon de la bouche d'égout devant {lm} n'est plus calé : chaque voiture qui passe dessus fait un claquement énorme, jusqu'à 2 h du matin.",),
        ],
        note=[
            ("Plaque égout | Riverain au téléphone : plaque d'égout descellée {loc}, claque au passage des véhicules, l'empêche de dormir.",),
            ("Regard déplacé | Signalement par téléphone : regard de visite mal repositionné {loc}, dépasse de 3 cm.",),
        ],
        mail=[
            ("Bruit plaque | Bonjour, depuis les travaux de la semaine dernière, la plaque métallique posée sur la chaussée {loc} fait un bruit de tonnerre à chaque passage de bus. Nous n'arrivons plus à dormir fenêtres ouvertes. Merci de la refixer.",),
        ],
        social=[],
        again=[
            ("Plaque toujours bruyante | Je relance pour la plaque qui claque {loc}, toujours pas refixée.",),
        ],
        new=[],
    ),
    # ---------------------------------------------------------------- lighting
    "lampadaire_eteint": dict(
        type="Éclairage public en panne",
        alt=["Demande à qualifier", "Réclamation", "Signalisation endommagée"],
        obj="lampadaire", lasting=True, where="street",
        app=[
            ("Lampadaire eteint | le lampadaire ne s'allume plus le soir",),
            ("Eclairage | lampe eteinte depuis 3 jours",),
            ("lampadaire en panne | plus de lumiere devant {lm}",),
            ("Reverbere HS | le reverbere ne marche plus, c'est tout noir",),
            ("Lampadaire | il clignote toute la nuit puis s'eteint",),
        ],
        web=[
            ("Éclairage public défectueux | Le candélabre situé devant {lm} est éteint depuis le début de la semaine. Le trottoir est plongé dans le noir, ce n'est pas rassurant en rentrant du travail.",),
            ("Lampadaire hors service | Le lampadaire côté impair ne s'allume plus à la tombée de la nuit. Les autres de la rue fonctionnent.",),
        ],
        note=[
            ("Lampadaire éteint | Appel d'une habitante : lampadaire en panne {loc}. Pas de numéro de mât relevé.",),
            ("Éclairage en panne | Signalé au guichet : candélabre éteint {loc}, devant {lm}.",),
            ("Panne éclairage | Tél : le lampadaire {loc} s'allume puis s'éteint toutes les deux minutes.",),
        ],
        mail=[
            ("Lampadaire en panne | Bonjour,\nLe lampadaire situé {loc} ne fonctionne plus depuis une dizaine de jours. Le soir, ce passage est complètement dans l'obscurité et plusieurs voisines n'osent plus rentrer à pied. Pourriez-vous envoyer quelqu'un ? Merci d'avance.",),
            ("Absence d'éclairage | Madame, Monsieur,\nJe vous signale qu'un point lumineux de l'éclairage public est éteint {loc}, à proximité de {lm}. C'est la deuxième fois cette année. Je vous remercie de bien vouloir procéder à la réparation.",),
        ],
        social=[
            ("Tweet | @Lyon lampadaire mort {loc} depuis une semaine, on y voit rien le soir 🔦",),
        ],
        again=[
            ("Toujours dans le noir | Je relance pour le lampadaire {loc} : toujours éteint plus d'un mois après mon signalement.",),
            ("lampadaire tjs en panne | toujours pas repare, ca fait 6 semaines que c'est noir",),
            ("Relance éclairage | Bonjour, malgré mon signalement, le réverbère {loc} ne s'allume toujours pas. Merci de faire le nécessaire cette fois.",),
        ],
        new=[
            ("Lampadaire de nouveau en panne | Le lampadaire réparé en début d'année est de nouveau éteint.",),
        ],
    ),
    "lampadaire_jour": dict(
        type="Éclairage public en panne",
        alt=["Suggestion", "Réclamation"],
        obj="lampadaire", lasting=True, where="street",
        app=[
            ("Lampadaire allume en journee | allume en plein jour, gaspillage",),
            ("Eclairage jour | le lampadaire reste allume toute la journee",),
        ],
        web=[
            ("Éclairage allumé le jour | Le réverbère devant {lm} reste allumé en plein après-midi depuis plusieurs jours. Quel gaspillage d'électricité !",),
        ],
        note=[
            ("Lampadaire allumé de jour | Appel : lampadaire {loc} allumé 24 h/24.",),
        ],
        mail=[
            ("Gaspillage | Bonjour, je constate que le lampadaire {loc} est allumé en permanence, même à midi. En période de sobriété énergétique c'est dommage. Cordialement.",),
        ],
        social=[], again=[], new=[],
    ),
    "lampadaire_tag": dict(
        type="Propreté de la voie publique",
        alt=["Éclairage public en panne"],
        obj="lampadaire", lasting=False, where="street",
        app=[
            ("Tag lampadaire | le poteau du lampadaire est couvert de tags et d'autocollants",),
            ("Affiches | plein d'affiches collees sur le mat de l'eclairage",),
        ],
        web=[
            ("Mât tagué | Le mât du lampadaire devant {lm} a été entièrement tagué à la peinture noire cette nuit.",),
        ],
        note=[
            ("Tag sur candélabre | Guichet : tags et stickers sur le candélabre {loc}, demande nettoyage.",),
        ],
        mail=[], social=[], again=[], new=[],
    ),
    "lampadaire_renverse": dict(
        type="Signalisation endommagée",
        alt=["Éclairage public en panne", "Nid-de-poule ou chaussée dégradée"],
        obj="lampadaire", lasting=True, where="street",
        cause=True,
        app=[
            ("Poteau renverse | une voiture a percute le lampadaire, il est couche sur le trottoir",),
            ("Lampadaire tombe | mat plie a 45 degres, fils qui depassent",),
        ],
        web=[
            ("Candélabre percuté | Cette nuit un véhicule a heurté le lampadaire devant {lm} : le mât est tordu et penche sur la chaussée. Des câbles sont visibles à la base.",),
        ],
        note=[
            ("Mât accidenté | Appel police municipale : candélabre percuté par un véhicule {loc}, mât au sol, périmètre à sécuriser.",),
        ],
        mail=[
            ("Lampadaire à terre | Bonjour, suite à un accident ce week-end, le lampadaire {loc} est à moitié arraché et penche dangereusement au-dessus du trottoir. Il y a des fils électriques apparents, des enfants passent là pour aller à l'école.",),
        ],
        social=[],
        effect=[
            ("Rue dans le noir | depuis l'accident de samedi plus aucune lumiere dans ce bout de rue",),
            ("Plus d'éclairage | Appel : plus d'éclairage {loc} depuis ce week-end, la riveraine pense que c'est lié au poteau abîmé.",),
            ("Obscurité | Bonjour, depuis quelques jours la portion {loc} est totalement dans le noir le soir. Il me semble que le lampadaire a été endommagé. Merci.",),
        ],
        effect_type="Éclairage public en panne",
        again=[], new=[],
    ),
    # --------------------------------------------------------------- signage
    "feu_tricolore": dict(
        type="Signalisation endommagée",
        alt=["Éclairage public en panne", "Demande à qualifier"],
        obj="feu", lasting=False, where="crossing",
        cause=True,
        app=[
            ("Feu rouge en panne | le feu clignote orange depuis ce matin au carrefour",),
            ("Feu tricolore | feu pieton eteint, on ne sait pas quand traverser",),
            ("feu hs | feux eteints au croisement, c'est la jungle",),
        ],
        web=[
            ("Feux de circulation hors service | Les feux du carrefour {loc} sont éteints dans les deux sens. Les voitures passent sans ralentir, c'est dangereux pour les piétons et les enfants du quartier.",),
        ],
        note=[
            ("Feu en panne | Appel : feu tricolore en panne {loc}, orange clignotant. Transmis en urgence.",),
            ("Feu piéton | Guichet : le bouton d'appel du feu piéton {loc} ne fonctionne plus, le bonhomme reste rouge.",),
        ],
        mail=[
            ("Feu de signalisation | Bonjour, je vous informe que le feu tricolore {loc} ne fonctionne plus depuis hier soir. J'ai assisté à deux freinages d'urgence ce matin. Il faudrait intervenir très vite. Cordialement.",),
        ],
        social=[("Message X (Twitter) | @Lyon feu HS {loc}, ça va finir en accident, les feux sont éteints depuis 7h",)],
        effect=[
            ("Accident évité de justesse | ce matin j'ai failli me faire renverser en traversant, aucune voiture ne s'arrete plus au croisement",),
            ("Carrefour dangereux | Appel : riverain signale un carrefour anarchique {loc}, voitures qui s'engagent de tous les côtés, embouteillage.",),
        ],
        effect_type="Demande à qualifier",
        again=[], new=[],
    ),
    "panneau_tordu": dict(
        type="Signalisation endommagée",
        alt=["Demande à qualifier", "Réclamation"],
        obj="panneau", lasting=True, where="street",
        app=[
            ("Panneau stop tordu | le panneau stop est plie vers le sol",),
            ("Panneau arrache | panneau sens interdit par terre",),
            ("panneau | panneau couche sur le trottoir apres un choc",),
        ],
        web=[
            ("Panneau de signalisation au sol | Le panneau « sens interdit » a été arraché et repose sur le trottoir. Des voitures s'engagent à contresens.",),
        ],
        note=[
            ("Panneau endommagé | Tél : panneau de signalisation tordu {loc}, illisible pour les automobilistes.",),
        ],
        mail=[
            ("Signalisation | Bonjour, le panneau de limitation de vitesse {loc} a été plié, sans doute par un camion de livraison, et n'est plus visible. Merci de le remplacer.",),
        ],
        social=[],
        again=[("Panneau toujours tordu | je relance, le panneau est toujours plié depuis plus d'un mois",)],
        new=[],
    ),
    "panneau_tag": dict(
        type="Propreté de la voie publique",
        alt=["Signalisation endommagée"],
        obj="panneau", lasting=False, where="street",
        app=[("Panneau tague | panneau couvert de stickers, on lit plus rien",)],
        web=[("Panneau recouvert | Le panneau près de {lm} est recouvert d'autocollants et de peinture.",)],
        note=[("Panneau tagué | Guichet : panneau routier tagué {loc}.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "marquage_efface": dict(
        type="Signalisation endommagée",
        alt=["Suggestion", "Nid-de-poule ou chaussée dégradée"],
        obj="marquage", lasting=True, where="street",
        app=[
            ("Passage pieton efface | on ne voit plus les bandes blanches",),
            ("Marquage | passage pieton presque invisible devant {lm}",),
        ],
        web=[
            ("Marquage au sol effacé | Le passage piéton devant {lm} est complètement effacé. Les voitures ne s'arrêtent plus pour laisser traverser les enfants.",),
        ],
        note=[
            ("Passage piéton | Appel parent d'élève : marquage du passage piéton {loc} effacé, demande réfection.",),
        ],
        mail=[
            ("Sécurité piétons | Bonjour, le marquage du passage protégé {loc} a disparu avec l'usure. Aux heures d'école c'est très dangereux. Pourriez-vous le repeindre ?",),
        ],
        social=[],
        again=[("Marquage toujours pas refait | relance : toujours pas de bandes blanches au passage pieton",)],
        new=[],
    ),
    "potelet": dict(
        type="Signalisation endommagée",
        alt=["Nid-de-poule ou chaussée dégradée", "Stationnement gênant"],
        obj="potelet", lasting=True, where="street",
        app=[
            ("Potelet arrache | le poteau anti-stationnement est arrache, reste une tige qui depasse",),
            ("Borne couchee | plot metallique couche sur le trottoir",),
        ],
        web=[
            ("Potelet cassé | Un des potelets qui empêchent les voitures de monter sur le trottoir a été arraché. Il reste un moignon de fer coupant au ras du sol.",),
        ],
        note=[
            ("Potelet | Guichet : potelet arraché {loc}, tige dangereuse pour les piétons malvoyants.",),
        ],
        mail=[], social=[], again=[], new=[],
    ),
    # ------------------------------------------------------------ waste
    "depot_encombrants": dict(
        type="Dépôt sauvage",
        alt=["Propreté de la voie publique", "Collecte des déchets", "Demande à qualifier"],
        obj="depot", lasting=False, where="street",
        app=[
            ("Matelas abandonne | matelas + sommier deposes sur le trottoir",),
            ("Depot sauvage | canape et meuble casse abandonnes sur le trottoir",),
            ("encombrants | quelqu'un a vide son appart sur le trottoir, chaises, matelas, cartons",),
            ("Dechets | frigo abandonne devant {lm}",),
        ],
        web=[
            ("Encombrants sur le trottoir | Un matelas, un sommier et une armoire démontée ont été déposés sur le trottoir cette nuit. On ne peut plus passer avec une poussette.",),
            ("Dépôt d'objets | Un vieux canapé en cuir et une télé sont abandonnés à côté de {lm} depuis hier. La pluie arrive, ça va être une horreur.",),
        ],
        note=[
            ("Dépôt sauvage | Appel : dépôt d'encombrants {loc} (matelas, sommier). Volume : coffre de voiture.",),
            ("Encombrants abandonnés | Usager au guichet signale meubles et électroménager abandonnés {loc}, près de {lm}.",),
        ],
        mail=[
            ("Dépôt d'ordures | Bonjour,\nDepuis samedi, un tas de meubles (un matelas, deux chaises, une commode) traîne {loc}. Ce n'est pas la première fois dans ce coin. Pourriez-vous les faire enlever ? Merci.",),
            ("Incivilités | Madame, Monsieur, encore un déménagement sauvage : un lit complet et des sacs de vêtements ont été abandonnés {loc}. Les enfants jouent dessus. Je compte sur vous pour faire enlever tout ça.",),
        ],
        social=[("Bravo les gens... | un matelas et un canapé {loc} depuis 3 jours @Lyon",)],
        again=[],
        new=[
            ("Nouveau dépôt | encore des meubles abandonnés au même endroit, ça recommence",),
            ("Dépôt sauvage récurrent | Nouveau dépôt ce matin au même endroit que le mois dernier : cette fois un frigo et des cartons.",),
        ],
    ),
    "depot_gravats": dict(
        type="Dépôt sauvage",
        alt=["Propreté de la voie publique", "Demande à qualifier"],
        obj="depot", lasting=False, where="street",
        app=[
            ("Gravats | sacs de gravats et plaques de placo laisses sur le trottoir",),
            ("Depot gravats | une dizaine de sacs de chantier abandonnes",),
        ],
        web=[
            ("Déchets de chantier abandonnés | Des sacs de gravats, des pots de peinture et des morceaux de carrelage ont été déposés au pied de l'arbre près de {lm}.",),
        ],
        note=[
            ("Gravats | Tél : dépôt de gravats et de plâtre {loc}, probablement un artisan. Volume camionnette.",),
        ],
        mail=[
            ("Gravats | Bonjour, une entreprise de travaux a laissé ses déchets (sacs de gravats, seaux de peinture) {loc}. Ça fait une semaine. Merci d'intervenir.",),
        ],
        social=[], again=[],
        new=[("Encore des gravats | de nouveau des sacs de gravats au meme endroit",)],
    ),
    "sacs_colonne": dict(
        type="Dépôt sauvage",
        alt=["Collecte des déchets", "Propreté de la voie publique"],
        obj="colonne", lasting=False, where="street",
        app=[
            ("Sacs poubelle | sacs poubelles entasses au pied des conteneurs a verre",),
            ("Poubelles | plein de sacs deposes au pied de la colonne, ca pue",),
        ],
        web=[
            ("Sacs au pied des colonnes | Une quinzaine de sacs d'ordures ont été déposés au pied des colonnes de tri. Les rats commencent à les éventrer.",),
        ],
        note=[
            ("Sacs abandonnés | Appel : sacs d'ordures au pied des colonnes {loc}, odeurs, rats.",),
        ],
        mail=[
            ("Colonnes de tri | Bonjour, les abords des colonnes {loc} sont transformés en décharge : sacs éventrés, cartons, bouteilles cassées. Merci de passer nettoyer.",),
        ],
        social=[], again=[],
        new=[("Encore des sacs | Les sacs sont revenus au pied des colonnes, une semaine après le nettoyage.",)],
    ),
    "colonne_verre": dict(
        type="Collecte des déchets",
        alt=["Propreté de la voie publique", "Dépôt sauvage"],
        obj="colonne", lasting=False, where="street",
        cause=True,
        app=[
            ("Colonne verre pleine | le conteneur a verre deborde, impossible de jeter",),
            ("Verre | la colonne a verre n'a pas ete videe depuis 2 semaines",),
        ],
        web=[
            ("Conteneur à verre plein | La colonne à verre déborde, les gens laissent leurs bouteilles à côté.",),
        ],
        note=[
            ("Colonne pleine | Tél : colonne à verre saturée {loc}, bouteilles posées autour.",),
        ],
        mail=[
            ("Colonne à verre | Bonjour, le conteneur à verre {loc} est plein à ras bord depuis plusieurs jours et des bouteilles s'accumulent au sol. Merci de programmer une collecte.",),
        ],
        social=[],
        effect=[
            ("Verre cassé | plein de verre brise sur le trottoir, les chiens se coupent les pattes",),
            ("Débris de verre | Appel : éclats de verre sur le trottoir {loc}, bouteilles cassées autour des conteneurs.",),
        ],
        effect_type="Propreté de la voie publique",
        again=[],
        new=[("Colonne encore pleine | la colonne deborde de nouveau",)],
    ),
    "corbeille_pleine": dict(
        type="Propreté de la voie publique",
        alt=["Collecte des déchets"],
        obj="corbeille", lasting=False, where="square",
        app=[
            ("Poubelle pleine | la corbeille deborde, dechets partout autour",),
            ("Corbeille | poubelle publique pleine a craquer depuis le week-end",),
        ],
        web=[
            ("Corbeille qui déborde | La poubelle publique près des bancs déborde et le vent éparpille les emballages sur la pelouse.",),
        ],
        note=[
            ("Corbeille pleine | Guichet : corbeille de rue non vidée {loc}, déchets au sol.",),
        ],
        mail=[
            ("Propreté | Bonjour, la corbeille {loc} n'a pas été vidée depuis plusieurs jours, des canettes et des barquettes jonchent le sol autour. Merci.",),
        ],
        social=[], again=[],
        new=[("Corbeille pleine encore | encore pleine, comme tous les lundis",)],
    ),
    "corbeille_cassee": dict(
        type="Propreté de la voie publique",
        alt=["Espaces verts et élagage"],
        obj="corbeille", lasting=True, where="square",
        app=[
            ("Poubelle cassee | la corbeille est arrachee de son poteau",),
            ("corbeille brulee | poubelle publique brulee cette nuit, fondue",),
        ],
        web=[
            ("Corbeille détruite | La corbeille de rue a été incendiée : il ne reste que l'armature noircie.",),
        ],
        note=[
            ("Corbeille cassée | Tél : corbeille de propreté arrachée {loc}, demande remplacement.",),
        ],
        mail=[], social=[], again=[], new=[],
    ),
    "bac_non_collecte": dict(
        type="Collecte des déchets",
        alt=["Réclamation", "Demande à qualifier"],
        obj="bac", lasting=False, where="street",
        app=[
            ("Poubelles pas ramassees | les bacs de l'immeuble n'ont pas ete vides ce matin",),
            ("Collecte oubliee | bac jaune pas collecte, le camion est passe sans s'arreter",),
        ],
        web=[
            ("Oubli de collecte | Les bacs gris de notre copropriété étaient sortis à l'heure mais n'ont pas été vidés. Ils débordent.",),
        ],
        note=[
            ("Collecte non faite | Appel du gardien : bacs OM non collectés {loc} depuis mardi.",),
        ],
        mail=[
            ("Ramassage des ordures | Bonjour, pour la deuxième fois ce mois-ci, les poubelles de notre immeuble {loc} n'ont pas été ramassées. Les bacs débordent et attirent les rats. Que se passe-t-il ?",),
        ],
        social=[], again=[],
        new=[("Encore oublie | bacs encore pas ramasses cette semaine",)],
    ),
    # ------------------------------------------------------------ cleanliness
    "tag_facade": dict(
        type="Propreté de la voie publique",
        alt=["Réclamation", "Demande à qualifier"],
        obj="mur", lasting=True, where="street",
        app=[
            ("Tags | mur entierement tague cette nuit",),
            ("Graffiti | gros graffiti sur la facade a cote de {lm}",),
            ("tag insultant | tag avec des insultes sur le mur, visible par les enfants",),
        ],
        web=[
            ("Graffitis sur façade | La façade a été recouverte de tags à la bombe rouge et noire sur toute sa longueur. Nous sommes copropriétaires et souhaitons bénéficier de l'effacement.",),
        ],
        note=[
            ("Tags | Appel syndic : tags sur la façade {loc}, accord du propriétaire pour effacement.",),
            ("Graffiti | Guichet : habitant signale un tag injurieux {loc}, près de {lm}.",),
        ],
        mail=[
            ("Tags sur notre immeuble | Bonjour, notre immeuble {loc} a été tagué dans la nuit de vendredi à samedi. Les inscriptions font plusieurs mètres. Comment faire pour les faire effacer ? Merci de votre aide.",),
        ],
        social=[], 
        again=[("Tags toujours là | relance : les tags ne sont toujours pas effacés",)],
        new=[("Nouveaux tags | le mur a été retagué une semaine après le nettoyage",)],
    ),
    "dejections": dict(
        type="Propreté de la voie publique",
        alt=["Réclamation"],
        obj="sol", lasting=False, where="street",
        app=[
            ("Crottes | trottoir couvert de dejections canines",),
            ("Urine | odeur d'urine insupportable dans le renfoncement",),
        ],
        web=[
            ("Rue sale | Le trottoir est souillé d'excréments de chien sur 20 mètres, on slalome.",),
        ],
        note=[
            ("Propreté | Appel : déjections et urine {loc}, demande lavage du trottoir.",),
        ],
        mail=[
            ("Saleté | Bonjour, le passage {loc} sert de toilettes : odeurs d'urine, excréments. Pouvez-vous programmer un nettoyage au jet ?",),
        ],
        social=[], again=[], new=[],
    ),
    "animal_mort": dict(
        type="Propreté de la voie publique",
        alt=["Demande à qualifier", "Espaces verts et élagage"],
        obj="animal", lasting=False, where="street",
        app=[
            ("Animal mort | un chat mort sur le trottoir",),
            ("Cadavre | pigeon mort devant {lm}, depuis hier",),
            ("rat mort | gros rat creve au milieu du trottoir",),
        ],
        web=[
            ("Animal mort sur la voie publique | Un chat a été percuté et gît au bord de la chaussée. Merci de venir le ramasser, c'est très triste pour les enfants.",),
        ],
        note=[
            ("Cadavre animal | Tél : chat mort {loc}, bord de chaussée.",),
        ],
        mail=[
            ("Animal mort | Bonjour, un hérisson (ou un chat ?) mort se trouve {loc} depuis ce matin. Pouvez-vous le faire enlever ? Merci",),
        ],
        social=[], again=[], new=[],
    ),
    # ------------------------------------------------------------ green spaces
    "branche_tombee": dict(
        type="Espaces verts et élagage",
        alt=["Nid-de-poule ou chaussée dégradée", "Demande à qualifier", "Signalisation endommagée"],
        obj="arbre", lasting=False, where="street",
        cause=True,
        app=[
            ("Branche tombee | grosse branche tombee sur la route apres l'orage",),
            ("Branche | branche cassee qui pend au dessus du trottoir, risque de chute",),
            ("arbre | une branche est tombee et bloque la piste cyclable",),
        ],
        web=[
            ("Branche sur la chaussée | Suite au coup de vent, une grosse branche de platane est tombée et occupe une voie. Les voitures se déportent.",),
            ("Branche menaçante | Une branche morte est à moitié arrachée et pend au-dessus du trottoir à hauteur de {lm}.",),
        ],
        note=[
            ("Branche tombée | Appel : grosse branche tombée sur la voie {loc}, gêne la circulation.",),
            ("Chute de branche | Guichet : branche cassée suspendue {loc}, danger piétons.",),
        ],
        mail=[
            ("Arbre dangereux | Bonjour, lors de l'orage d'hier soir, une grosse branche du platane {loc} s'est brisée et repose sur la chaussée. Elle gêne le passage des bus. Merci d'intervenir rapidement.",),
        ],
        social=[("Orage | une branche enorme sur la route {loc}, faites attention",)],
        effect=[
            ("Route bloquée | la rue est bloquee, impossible de passer en voiture depuis ce matin",),
            ("Piste cyclable bloquée | Appel d'un cycliste : piste cyclable obstruée {loc}, obligé de rouler sur la voie de bus.",),
        ],
        effect_type="Nid-de-poule ou chaussée dégradée",
        again=[], new=[],
    ),
    "arbre_penche": dict(
        type="Espaces verts et élagage",
        alt=["Demande à qualifier", "Réclamation"],
        obj="arbre", lasting=True, where="street",
        app=[
            ("Arbre penche | l'arbre penche de plus en plus vers les facades",),
            ("Arbre malade | arbre creux, le tronc est fendu",),
        ],
        web=[
            ("Arbre dangereux | L'arbre d'alignement devant {lm} s'incline dangereusement depuis la tempête et ses racines soulèvent la terre.",),
        ],
        note=[
            ("Arbre | Tél : arbre d'alignement penché {loc}, fissure au pied du tronc, riveraine inquiète.",),
        ],
        mail=[
            ("Inquiétude arbre | Bonjour, l'arbre situé {loc} présente une large fente dans le tronc et penche vers notre balcon. Pouvez-vous le faire examiner ?",),
        ],
        social=[],
        again=[("Arbre toujours penché | relance : personne n'est venu voir l'arbre depuis mon message d'il y a deux mois",)],
        new=[],
    ),
    "haie": dict(
        type="Espaces verts et élagage",
        alt=["Nid-de-poule ou chaussée dégradée", "Réclamation"],
        obj="haie", lasting=True, where="street",
        app=[
            ("Haie | la haie deborde sur le trottoir, on doit marcher sur la route",),
            ("Vegetation | buissons qui cachent le panneau stop",),
        ],
        web=[
            ("Haie envahissante | La haie d'une propriété déborde de plus d'un mètre sur le trottoir. Impossible de passer avec une poussette.",),
        ],
        note=[("Haie | Guichet : haie débordante {loc}, trottoir impraticable.",)],
        mail=[], social=[],
        again=[("Haie toujours pas taillée | relance, la haie déborde toujours",)],
        new=[],
    ),
    "banc_casse": dict(
        type="Espaces verts et élagage",
        alt=["Propreté de la voie publique", "Réclamation"],
        obj="banc", lasting=True, where="square",
        app=[
            ("Banc casse | latte du banc cassee, on peut plus s'asseoir",),
            ("banc | banc descelle qui bascule",),
            ("Banc abime | planches arrachees sur le banc, clous qui depassent",),
        ],
        web=[
            ("Banc public dégradé | Deux lattes du banc ont été arrachées et il reste des vis qui dépassent. Un enfant s'est égratigné.",),
        ],
        note=[
            ("Banc cassé | Appel : banc public endommagé {loc}, lattes manquantes.",),
        ],
        mail=[
            ("Mobilier urbain | Bonjour, le banc {loc} est cassé depuis un moment : l'assise est fendue en deux. Les personnes âgées du quartier aiment s'y asseoir. Merci de le réparer.",),
        ],
        social=[],
        again=[("Banc toujours cassé | toujours pas repare le banc, ca fait 2 mois",)],
        new=[],
    ),
    "banc_tag": dict(
        type="Propreté de la voie publique",
        alt=["Espaces verts et élagage"],
        obj="banc", lasting=False, where="square",
        app=[("Banc tague | le banc est couvert de tags",)],
        web=[("Banc tagué | Le banc a été couvert d'inscriptions à la bombe.",)],
        note=[("Tags banc | Guichet : banc tagué {loc}.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "jeux_casses": dict(
        type="Espaces verts et élagage",
        alt=["Réclamation", "Demande à qualifier"],
        obj="jeux", lasting=True, where="square",
        app=[
            ("Aire de jeux | le toboggan a une marche cassee",),
            ("Jeu casse | la balancoire a une chaine cassee",),
            ("jeux enfants | le tourniquet est bloque et la planche est fendue",),
        ],
        web=[
            ("Jeux d'enfants dangereux | Sur l'aire de jeux, le toboggan a un trou dans la glissière et une vis dépasse. Mon fils s'est coupé la main.",),
        ],
        note=[
            ("Aire de jeux | Appel d'une assistante maternelle : jeu à ressort cassé {loc}, à neutraliser.",),
        ],
        mail=[
            ("Aire de jeux | Bonjour, l'aire de jeux {loc} est dans un triste état : une balançoire n'a plus qu'une chaîne et le sol amortissant est arraché. Merci de sécuriser rapidement.",),
        ],
        social=[],
        again=[("Jeux toujours cassés | Relance : le jeu est toujours cassé et simplement entouré de rubalise",)],
        new=[],
    ),
    "fontaine": dict(
        type="Espaces verts et élagage",
        alt=["Nid-de-poule ou chaussée dégradée", "Demande à qualifier"],
        obj="fontaine", lasting=True, where="square",
        app=[
            ("Fontaine | la fontaine a boire coule en continu",),
            ("borne fontaine | plus d'eau a la fontaine",),
        ],
        web=[("Fontaine en panne | La fontaine à boire ne donne plus d'eau depuis une semaine, en pleine canicule.",)],
        note=[("Fontaine | Tél : fontaine à boire {loc} fuit en continu, flaque permanente.",)],
        mail=[], social=[], again=[], new=[],
    ),
    # ------------------------------------------------------------ water
    "avaloir_bouche": dict(
        type="Nid-de-poule ou chaussée dégradée",
        alt=["Propreté de la voie publique", "Demande à qualifier"],
        obj="avaloir", lasting=True, where="street",
        cause=True,
        app=[
            ("Avaloir bouche | grille d'egout bouchee par les feuilles",),
            ("Egout | bouche d'egout bouchee, ca refoule",),
            ("grille bouchee | la grille au bord du trottoir est pleine de terre",),
        ],
        web=[
            ("Avaloir obstrué | La grille d'évacuation des eaux de pluie au bord du trottoir est complètement bouchée par des feuilles et des déchets.",),
        ],
        note=[
            ("Avaloir | Appel : avaloir bouché {loc}, odeurs.",),
        ],
        mail=[
            ("Évacuation des eaux | Bonjour, la bouche d'égout {loc} est obstruée depuis des semaines. Merci de passer la curer avant les prochaines pluies.",),
        ],
        social=[],
        effect=[
            ("Rue inondee | la rue est inondee a chaque pluie, enorme flaque",),
            ("Inondation | Tél : chaussée inondée {loc} après l'averse, l'eau monte jusqu'au trottoir, les voitures éclaboussent les piétons.",),
            ("Flaque géante | Bonjour, à chaque averse une mare d'eau se forme {loc} et ne s'évacue pas. Nous sommes éclaboussés à chaque passage de voiture.",),
        ],
        effect_type="Propreté de la voie publique",
        again=[("Grille toujours bouchée | je relance : la grille est toujours bouchée et la rue inondée à chaque pluie",)],
        new=[],
    ),
    "fuite_eau": dict(
        type="Nid-de-poule ou chaussée dégradée",
        alt=["Demande à qualifier", "Réclamation"],
        obj="canalisation", lasting=True, where="street",
        cause=True,
        app=[
            ("Fuite d'eau | eau qui sort du trottoir en continu",),
            ("fuite | de l'eau jaillit d'une plaque au sol",),
        ],
        web=[
            ("Fuite sur la voie publique | De l'eau claire s'écoule en permanence d'une fissure du trottoir depuis deux jours. Il y a un ruisseau jusqu'au caniveau.",),
        ],
        note=[
            ("Fuite | Appel : fuite d'eau importante {loc}, trottoir inondé.",),
        ],
        mail=[
            ("Fuite d'eau | Bonjour, je vous signale une fuite d'eau potable {loc} : l'eau sort du bitume et coule le long du trottoir depuis au moins trois jours. Quel gaspillage ! Merci de prévenir le service des eaux.",),
        ],
        social=[],
        effect=[
            ("Trottoir verglacé | le trottoir est une patinoire ce matin, de l'eau coule en permanence et a gele",),
            ("Chaussée mouillée en permanence | Appel : la chaussée reste mouillée {loc} alors qu'il ne pleut pas depuis une semaine, mousse verte sur le trottoir.",),
        ],
        effect_type="Propreté de la voie publique",
        again=[("Fuite toujours là | relance, l'eau coule toujours, ca fait un mois",)],
        new=[],
    ),
    # ------------------------------------------------------------ parking
    "voiture_ventouse": dict(
        type="Stationnement gênant",
        alt=["Dépôt sauvage", "Demande à qualifier"],
        obj="voiture", lasting=True, where="street",
        app=[
            ("Voiture ventouse | clio grise qui n'a pas bouge depuis 3 semaines, pneus a plat",),
            ("Epave | voiture abandonnee, vitres cassees",),
            ("vehicule abandonne | camionnette blanche garee depuis un mois, pleine de feuilles",),
        ],
        web=[
            ("Véhicule abandonné | Une Peugeot 206 bleue est stationnée au même endroit depuis plus d'un mois. Les pneus sont à plat et la vitre arrière est cassée.",),
        ],
        note=[
            ("Véhicule ventouse | Tél : véhicule en stationnement prolongé {loc}, Twingo rouge sans plaque avant.",),
            ("Épave | Guichet : voiture brûlée {loc}, devant {lm}.",),
        ],
        mail=[
            ("Voiture épave | Bonjour, une voiture visiblement abandonnée (carrosserie rouillée, pneus dégonflés, papiers sur le tableau de bord) occupe une place {loc} depuis le début du mois dernier. Pouvez-vous la faire enlever ?",),
        ],
        social=[],
        again=[("Épave toujours là | la voiture abandonnée est toujours là, je relance",)],
        new=[],
    ),
    "velo_epave": dict(
        type="Stationnement gênant",
        alt=["Dépôt sauvage", "Propreté de la voie publique"],
        obj="velo", lasting=True, where="street",
        app=[
            ("Velo abandonne | velo sans roues attache a l'arceau depuis des mois",),
            ("epave velo | carcasse de velo rouillee sur le trottoir",),
        ],
        web=[
            ("Vélo épave | Un vélo désossé (plus de roue avant, selle volée) est cadenassé aux arceaux depuis l'été. Il prend une place.",),
        ],
        note=[("Vélo abandonné | Guichet : épave de vélo attachée {loc}.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "trottinette": dict(
        type="Stationnement gênant",
        alt=["Dépôt sauvage"],
        obj="trottinette", lasting=False, where="street",
        app=[("Trottinettes | trottinettes en libre service couchees en travers du trottoir",)],
        web=[("Trottinettes abandonnées | Trois trottinettes électriques bloquent le trottoir, un malvoyant a trébuché.",)],
        note=[("Trottinettes | Tél : trottinettes couchées {loc}, gênent le passage.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "feu_masque": dict(
        type="Espaces verts et élagage",
        alt=["Signalisation endommagée"],
        obj="feu", lasting=True, where="crossing",
        app=[
            ("Feu cache | on voit plus le feu rouge a cause des branches du platane",),
            ("feu masque | feuillage devant le feu tricolore, les voitures le voient au dernier moment",),
        ],
        web=[("Feu masqué par un arbre | Les branches basses d'un arbre cachent complètement le feu tricolore quand on arrive du nord. Il faudrait tailler.",)],
        note=[("Élagage feu | Tél : feu de circulation {loc} masqué par la végétation, demande de taille.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "panneau_masque": dict(
        type="Espaces verts et élagage",
        alt=["Signalisation endommagée"],
        obj="panneau", lasting=True, where="street",
        app=[("Panneau cache | le panneau est cache par les branches, on le voit pas",)],
        web=[("Panneau invisible | Le panneau de priorité est entièrement caché par le feuillage d'un arbre, les automobilistes ne le voient pas.",)],
        note=[("Végétation panneau | Guichet : panneau routier masqué par un arbre {loc}, à élaguer.",)],
        mail=[], social=[], again=[], new=[],
    ),
    "jeux_sale": dict(
        type="Propreté de la voie publique",
        alt=["Espaces verts et élagage"],
        obj="jeux", lasting=False, where="square",
        app=[
            ("Bac a sable | verre casse et megots dans le bac a sable",),
            ("aire de jeux sale | seringue trouvee pres du toboggan !!",),
        ],
        web=[("Aire de jeux souillée | Le bac à sable de l'aire de jeux est plein de tessons de bouteilles et de canettes après la soirée d'hier.",)],
        note=[("Propreté aire de jeux | Appel : déchets et verre cassé dans l'aire de jeux {loc}, demande nettoyage avant l'arrivée des enfants.",)],
        mail=[], social=[], again=[], new=[],
    ),
}

# Pairs of kinds on the same object with another fault (neg_same_object_other_problem).
SAME_OBJECT_OTHER_FAULT = [
    ("lampadaire_eteint", "lampadaire_tag"),
    ("banc_casse", "banc_tag"),
    ("corbeille_pleine", "corbeille_cassee"),
    ("panneau_tordu", "panneau_tag"),
    ("panneau_tordu", "panneau_masque"),
    ("feu_tricolore", "feu_masque"),
    ("jeux_casses", "jeux_sale"),
]
# Pairs of kinds on different objects at the same place (neg_same_place_other_object).
SAME_PLACE_OTHER_OBJECT = [
    ("banc_casse", "corbeille_pleine"),
    ("jeux_casses", "banc_casse"),
    ("fontaine", "jeux_casses"),
    ("corbeille_cassee", "banc_casse"),
    ("lampadaire_eteint", "nid_de_poule"),
    ("feu_tricolore", "marquage_efface"),
    ("panneau_tordu", "potelet"),
    ("arbre_penche", "lampadaire_eteint"),
    ("tag_facade", "depot_encombrants"),
    ("voiture_ventouse", "velo_epave"),
    ("avaloir_bouche", "nid_de_poule"),
    ("colonne_verre", "depot_gravats"),
    ("trottinette", "trottoir_dalle"),
    ("animal_mort", "dejections"),
    ("trottoir_dalle", "dejections"),
    ("plaque_egout", "avaloir_bouche"),
    ("colonne_verre", "bac_non_collecte"),
]

# ---------------------------------------------------------------- noise
NOISE = {
    "bar": dict(
        app=[
            ("Bruit bar | musique a fond au bar {src}, il est 1h du mat",),
            ("Tapage | clients du bar {src} qui hurlent sur le trottoir",),
            ("bruit | encore la sono du bar {src}, impossible de dormir",),
            ("Nuisances | terrasse du bar {src} bondee jusqu'a 2h, cris",),
        ],
        web=[
            ("Nuisances sonores d'un bar | Le bar {src} diffuse de la musique très fort portes ouvertes jusqu'à 2 h. Les clients fument dehors et crient. Nous avons des enfants qui ne dorment plus.",),
            ("Bruit nocturne | Chaque soir de week-end, le bar {src} déborde sur le trottoir : verres, cris, musique. Nous demandons que la fermeture soit respectée.",),
        ],
        note=[
            ("Bruit établissement | Appel à 23h40 : musique amplifiée au bar {src} {loc}, riverain excédé.",),
            ("Tapage nocturne | Tél : clients du bar {src} {loc} bruyants sur le trottoir, bouteilles cassées.",),
        ],
        mail=[
            ("Plainte bruit bar | Madame, Monsieur,\nJ'habite au-dessus du bar {src}, {loc}. Depuis l'arrivée du nouveau gérant, la musique résonne dans tout l'immeuble jusqu'à deux heures du matin, y compris en semaine. Je travaille tôt et je ne dors plus. Merci de faire constater ces nuisances.\nCordialement",),
        ],
        social=[("Tweet | @PoliceLyon le bar {src} {loc} fait encore la fête, 2h du matin, stop",)],
        again=[
            ("Encore le bar | ca recommence ce soir au bar {src}, meme musique",),
            ("Bruit bar suite | Je rappelle : même problème que cette nuit avec le bar {src}, la musique a repris.",),
            ("Toujours le bruit | Appel : riverain rappelle pour le bar {src}, toujours de la musique à 1h30.",),
        ],
    ),
    "chantier": dict(
        app=[
            ("Bruit chantier | marteau piqueur des 6h30 sur le chantier",),
            ("chantier | ca tape depuis 6h du matin, on est samedi",),
        ],
        web=[
            ("Chantier bruyant | Le chantier de l'immeuble en construction commence avant 7 h avec des camions toupie et un marteau-piqueur. Est-ce autorisé ?",),
        ],
        note=[
            ("Bruit chantier | Tél : travaux bruyants {loc} dès 6h15, engins de chantier.",),
        ],
        mail=[
            ("Nuisances du chantier | Bonjour, le chantier {loc} démarre tous les jours avant l'heure autorisée, y compris le samedi. Les camions bipent en reculant et les ouvriers crient. Pouvez-vous vérifier leurs horaires ?",),
        ],
        social=[],
        again=[
            ("Chantier encore | encore ce matin, le chantier a demarre a 6h",),
            ("Chantier suite | Rappel : le chantier {loc} a de nouveau commencé avant 7 h aujourd'hui.",),
        ],
    ),
    "voisin": dict(
        app=[
            ("Voisins bruyants | fete chez les voisins du dessus, musique a fond",),
            ("tapage | voisin qui crie et tape sur les murs a 3h",),
        ],
        web=[
            ("Bruit de voisinage | Les occupants de l'appartement du 3e organisent des soirées plusieurs nuits par semaine, musique et cris jusqu'à l'aube.",),
        ],
        note=[
            ("Bruit voisinage | Appel : tapage nocturne dans l'immeuble {loc}, appartement du 2e.",),
        ],
        mail=[
            ("Voisinage | Bonjour, je suis locataire {loc} et mes voisins du dessus font un bruit infernal la nuit (musique, déplacements de meubles, cris). Le dialogue n'a rien donné. Que puis-je faire ?",),
        ],
        social=[],
        again=[
            ("Encore les voisins | ca recommence ce soir, meme appart",),
            ("Voisins suite | Rappel de la dame de ce matin : la musique a repris chez le voisin du dessus.",),
        ],
    ),
    "livraison": dict(
        app=[
            ("Livraisons nuit | camion de livraison du supermarche a 5h du mat, moteur allume",),
        ],
        web=[
            ("Livraisons nocturnes | Le supermarché se fait livrer à 4 h 30, hayon, transpalettes et moteur qui tourne. Tous les jours.",),
        ],
        note=[("Bruit livraisons | Tél : livraisons nocturnes du supermarché {loc}, réveil à 5h.",)],
        mail=[],
        social=[],
        again=[("Encore les livraisons | rebelote ce matin a 4h45",)],
    ),
}
