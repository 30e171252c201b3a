"""Hand-written French texts of the blind6 duplicate set (new for this split).

Every text is "subject | description". Placeholders filled by make_blind6.py: {loc} (where, inside a sentence),
{rue} (the street / square name as typed), {lm} (a landmark nearby), {src} (the karaoke bar's name).
All the texts of one kind describe one compatible situation.
"""

LANDMARKS = [
    "la boulangerie", "l'arrêt de bus", "la pharmacie", "le tabac-presse", "l'école", "la laverie",
    "le kiosque", "la station Vélo'v", "le fleuriste", "la crèche", "le bureau de poste", "la supérette",
    "le gymnase", "la médiathèque", "l'église",
]

BARS = ["Studio K", "Voxbox", "Micro Folie", "Kanta Bar", "Diapason", "Chante-Clair", "Sing Song", "Red Mic"]

E = "Espaces verts et élagage"
C = "Nid-de-poule ou chaussée dégradée"
S = "Signalisation endommagée"
P = "Propreté de la voie publique"
R = "Réclamation"
Q = "Demande à qualifier"
L = "Éclairage public en panne"
ST = "Stationnement gênant"

KINDS = {
    # ------------------------------------------------------------------ public clock stopped on a square
    "horloge": {
        "type": R, "where": "square", "lasting": True, "multi": False, "alt": [Q, S, L], "cause": False,
        "app": [
            "Horloge arrêtée | horloge de la place bloquee sur 4h10 depuis des jours",
            "Horloge | l horloge sur le mat {loc} est arretee, aiguilles qui bougent plus",
            "Pendule publique HS | la grosse pendule indique toujours 11h52, elle marche plus",
        ],
        "web": [
            "Horloge publique arrêtée | L'horloge sur poteau {loc} est arrêtée depuis au moins une semaine, elle affiche 4h10 en permanence. Les gens s'y fient pour le bus.",
            "Horloge en panne | L'horloge à quatre cadrans de la place ne fonctionne plus : les aiguilles sont figées et un des cadrans est embué de l'intérieur.",
        ],
        "note": [
            "Horloge place | Appel de M. Perret : l'horloge publique {loc} ne tourne plus, bloquée sur la même heure depuis plusieurs jours.",
            "Horloge arrêtée | Guichet : une dame signale que l'horloge de la place est arrêtée, elle a raté son car à cause d'elle. À transmettre au service concerné.",
        ],
        "mail": [
            "Horloge de la place | Bonjour, je me permets de vous écrire au sujet de la belle horloge {loc}. Depuis le week-end dernier elle est arrêtée et affiche obstinément la même heure. C'est dommage pour le patrimoine du quartier et beaucoup de personnes âgées s'en servent encore. Pourriez-vous faire intervenir l'horloger ? Bien cordialement, Colette Marchand",
            "Une horloge qui ne donne plus l'heure | Madame, Monsieur, habitant la place depuis vingt ans, je constate que l'horloge municipale est figée depuis plusieurs jours. Peut-être une coupure de courant ou un mécanisme grippé. Merci de faire le nécessaire. Salutations, J.-P. Rolland",
        ],
        "social": [
            "Facebook - horloge arrêtée | Il est 4h10 depuis une semaine {loc} 😅 quelqu'un à la mairie peut remonter la pendule ? #Lyon",
        ],
        "again": [
            "Horloge toujours arrêtée | Bonjour, je vous avais signalé il y a plus d'un mois que l'horloge {loc} était arrêtée. Elle l'est toujours. Merci de relancer. M. Perret",
            "relance horloge | toujours la meme heure sur l horloge de la place, ca fait des semaines, personne est venu",
            "Rappel de Mme Chabert | Rappel de Mme Chabert : l'horloge de la place est arrêtée depuis fin du mois dernier, rien n'a bougé.",
        ],
        "new": [],
    },
    # ------------------------------------------------------------------ tree guard knocked over
    "corset_arbre": {
        "type": E, "where": "street", "lasting": True, "multi": True, "alt": [C, S], "cause": False,
        "app": [
            "Protection arbre tordue | le corset metallique autour du jeune arbre est couche sur le trottoir",
            "Grille arbre | protection d arbre arrachee, pointes qui depassent {loc}",
            "corset arbre | la cage autour de l arbre est pliee en deux, surement une voiture",
        ],
        "web": [
            "Protection d'arbre renversée | Le corset métallique qui protège un jeune arbre {loc} a été percuté et il est couché sur le trottoir. Les barres dépassent à hauteur de jambe.",
            "Cage de protection arrachée | La cage en fer autour du jeune tilleul est arrachée d'un côté et penche vers la chaussée. Danger pour les piétons le soir.",
        ],
        "note": [
            "Corset arbre | Appel de Mme Girardet : protection métallique d'un jeune arbre tordue et à moitié arrachée {loc}, barres saillantes sur le trottoir.",
            "Protection arbre | Signalé par la police municipale : corset d'arbre plié (choc de véhicule probable) {loc}. Pas de blessé.",
        ],
        "mail": [
            "Arbre | Bonjour, en promenant mon chien ce matin j'ai vu que la grille de protection autour d'un des jeunes arbres plantés l'an dernier {loc} était complètement tordue, couchée sur le trottoir. Un enfant pourrait s'y blesser. Sinon merci pour les plantations, c'est très agréable. Cordialement, Anne Delorme",
        ],
        "social": [
            "Twitter - protection arbre | @Lyon un camion a plié la protection du petit arbre {loc}, les barres trainent sur le trottoir",
        ],
        "again": [
            "Toujours pas réparé | Bonjour, la protection de l'arbre {loc} est toujours couchée sur le trottoir depuis mon signalement du mois dernier. Merci de relancer vos services.",
            "relance | 2e signalement, le corset de l arbre toujours par terre depuis 5 semaines",
        ],
        "new": [
            "Protection arbre de nouveau arrachée | La protection du jeune arbre {loc}, remise en place récemment, a encore été percutée et est tordue.",
            "ca recommence | la grille de l arbre qu on venait de refaire est encore pliee, encore un camion de livraison",
        ],
    },
    "arbre_casse": {
        "type": E, "where": "street", "lasting": True, "multi": True, "alt": [], "cause": False,
        "app": [
            "Jeune arbre cassé | le petit arbre a ete casse en deux, le tronc pend",
            "Arbre vandalisé | quelqu un a casse le tronc du jeune arbre {loc}, il est mort",
        ],
        "web": [
            "Jeune arbre brisé | Le jeune arbre planté {loc} a été cassé à mi-hauteur cette nuit, la cime pend. Il faudra sans doute le remplacer.",
        ],
        "note": [
            "Arbre cassé | Appel de M. Vidal : jeune arbre au tronc sectionné {loc}, probablement du vandalisme.",
        ],
        "mail": [
            "Arbre planté cassé | Bonjour, le jeune arbre devant chez nous {loc} a été brisé net, le haut est tombé au pied. Pouvez-vous le remplacer à la prochaine saison de plantation ? Merci, famille Benali",
        ],
        "social": [],
        "again": [],
        "new": [],
    },
    # ------------------------------------------------------------------ public toilet leaking
    "sanisette_fuite": {
        "type": P, "where": "square", "lasting": True, "multi": False, "alt": [C, R], "cause": True,
        "effect_type": C,
        "app": [
            "Toilettes publiques fuite | l eau coule en continu sous la sanisette, flaque enorme",
            "Sanisette qui fuit | fuite d eau sous les wc publics {loc}",
            "fuite wc publics | ca coule de dessous les toilettes automatiques jusque sur le trottoir",
        ],
        "web": [
            "Fuite aux toilettes publiques | Les toilettes automatiques {loc} fuient : de l'eau s'écoule en permanence par le bas de la cabine et forme une grande flaque.",
            "Sanisette : écoulement permanent | Un filet d'eau sort sans arrêt de la sanisette et ruisselle vers le caniveau. Gaspillage et sol glissant.",
        ],
        "note": [
            "Sanisette fuite | Appel de M. Hamdi, commerçant : la sanisette {loc} fuit, eau qui coule en continu devant sa vitrine.",
            "WC publics | Signalé par la police municipale : écoulement d'eau continu depuis la base des toilettes publiques {loc}.",
        ],
        "mail": [
            "Fuite d'eau | Bonjour, depuis trois jours les toilettes publiques {loc} laissent échapper de l'eau en permanence. On marche dans une flaque pour aller au marché, et avec ce qu'on nous dit sur les économies d'eau ça me choque un peu. Pouvez-vous prévenir la société qui s'en occupe ? Bien à vous, Sylvie Ferrand",
        ],
        "social": [
            "Instagram - sanisette | Ruisseau permanent sous les toilettes publiques {loc} 💧 #gaspillage #Lyon",
        ],
        "again": [
            "Toujours la fuite | Bonjour, je relance : la sanisette {loc} fuit toujours, cela fait maintenant plus d'un mois. Merci.",
            "relance fuite sanisette | ca coule toujours sous les toilettes de la place, depuis debut du mois dernier",
        ],
        "new": [],
        "effect": [
            "Verglas devant les toilettes | ce matin plaque de glace sur le trottoir {loc}, l eau vient des wc publics, j ai failli tomber",
            "Flaque permanente | Guichet : une dame âgée a glissé dans la flaque qui stagne devant les toilettes publiques {loc}, elle demande que ça soit réglé.",
            "Eau sous la vitrine | Bonjour, l'eau qui ruisselle sur le trottoir {loc} depuis la sanisette rentre maintenant sous la porte de mon magasin. Merci d'intervenir vite. M. Hamdi",
        ],
    },
    "sanisette_porte": {
        "type": R, "where": "square", "lasting": True, "multi": False, "alt": [], "cause": False,
        "app": [
            "Toilettes fermees | la porte de la sanisette reste bloquee, impossible d entrer",
            "wc publics hors service | voyant rouge, la porte s ouvre plus {loc}",
        ],
        "web": [
            "Toilettes publiques inaccessibles | La porte des toilettes automatiques {loc} ne s'ouvre plus, le bouton ne réagit pas. Pénible pour les familles du square.",
        ],
        "note": [
            "Sanisette porte | Appel de Mme Roux : la sanisette {loc} reste fermée, porte bloquée, affichage 'hors service'.",
        ],
        "mail": [
            "Toilettes | Bonjour, les toilettes publiques {loc} sont bloquées porte fermée depuis samedi. Avec les enfants au parc c'est compliqué. Merci de faire venir un technicien. Cordialement, Mme Roux",
        ],
        "social": [],
        "again": [],
        "new": [],
    },
    # ------------------------------------------------------------------ pedestrian guard rail bent at a crossing
    "barriere_pieton": {
        "type": S, "where": "crossing", "lasting": True, "multi": False, "alt": [C, R], "cause": False,
        "app": [
            "Barriere pieton pliee | la barriere du trottoir au carrefour est couchee, une voiture a du la percuter",
            "Garde corps tordu | barriere de securite arrachee {loc}",
            "barriere | les barrieres devant le passage pieton sont par terre",
        ],
        "web": [
            "Barrière de sécurité arrachée | Au carrefour, {loc}, la barrière qui empêche les piétons de traverser hors du passage a été percutée : deux éléments sont couchés et l'un dépasse sur la chaussée.",
            "Garde-corps endommagé | Les barrières métalliques le long du trottoir au carrefour sont tordues et un poteau est descellé.",
        ],
        "note": [
            "Barrière carrefour | Appel de M. Lopez, parent d'élève : barrières de protection piétons couchées {loc}, les enfants passent par la route.",
            "Garde-corps | Tél. conducteur TCL : barrière métallique tordue qui dépasse sur la voie {loc}, gêne pour tourner.",
        ],
        "mail": [
            "Sécurité carrefour | Bonjour, je passe tous les jours avec ma fille {loc} et depuis le week-end les barrières qui séparent le trottoir de la route sont arrachées, sans doute un accident. Il n'y a plus rien pour retenir les petits au bord du carrefour. Pouvez-vous les remplacer rapidement ? Merci d'avance. Cordialement, Nadia Chevalier",
        ],
        "social": [
            "Twitter - barrières | Barrières piétons explosées {loc} depuis samedi, rien pour protéger les enfants #Lyon @Lyon",
        ],
        "again": [
            "2e signalement barrières | Bonjour, les barrières du carrefour {loc} sont toujours par terre six semaines après mon premier message. Je relance.",
            "relance barriere | toujours pas remplacee la barriere au carrefour, ca fait plus d un mois",
        ],
        "new": [
            "Barrière encore percutée | Les barrières du carrefour {loc}, changées il y a peu, ont de nouveau été pliées par un véhicule.",
        ],
    },
    # ------------------------------------------------------------------ defibrillator box vandalised
    "dae_vitre": {
        "type": R, "where": "street", "lasting": True, "multi": False, "alt": [Q, S], "cause": False,
        "app": [
            "Defibrillateur vandalise | la vitre du boitier du defibrillateur est cassee",
            "DAE casse | boitier defibrillateur fracture, porte arrachee {loc}",
            "defib | quelqu un a defonce le caisson du defibrillateur sur le mur",
        ],
        "web": [
            "Boîtier de défibrillateur dégradé | Le caisson du défibrillateur fixé au mur {loc} a été vandalisé : la porte en plexiglas est brisée et pend. Il y a des éclats par terre.",
            "Défibrillateur vandalisé | La vitrine de protection du défibrillateur public est cassée, l'appareil est exposé à la pluie.",
        ],
        "note": [
            "DAE | Appel de Mme Fabre, pharmacienne : boîtier du défibrillateur {loc} vandalisé, façade cassée.",
            "Défibrillateur | Signalé par la police municipale lors de la ronde : caisson DAE fracturé {loc}.",
        ],
        "mail": [
            "Défibrillateur | Bonjour, secouriste bénévole, je fais attention à ces équipements et j'ai remarqué que le caisson du défibrillateur {loc} a été cassé, la porte est arrachée. Si quelqu'un fait un malaise il faut que l'appareil soit en état. Pouvez-vous vérifier et réparer ? Bien cordialement, Thomas Guérin",
        ],
        "social": [
            "Facebook - défibrillateur | Honteux, le boîtier du défibrillateur {loc} a été défoncé. Ça peut sauver une vie ce truc !",
        ],
        "again": [
            "Défibrillateur toujours cassé | Bonjour, je relance pour le défibrillateur {loc} : le boîtier est toujours cassé depuis mon signalement il y a plus d'un mois. T. Guérin",
            "relance defibrillateur | boitier toujours casse, ca fait 5 semaines",
        ],
        "new": [],
    },
    "dae_voyant": {
        "type": R, "where": "street", "lasting": True, "multi": False, "alt": [], "cause": False,
        "app": [
            "Defibrillateur voyant rouge | le voyant du defibrillateur clignote rouge, batterie ?",
            "DAE hors service | l ecran du boitier indique appareil non operationnel",
        ],
        "web": [
            "Défibrillateur signalé hors service | Le voyant d'état du défibrillateur {loc} est rouge et un bip retentit toutes les minutes. Le boîtier est intact mais l'appareil semble hors d'usage.",
        ],
        "note": [
            "DAE voyant | Appel de M. Aubert : défibrillateur {loc}, voyant rouge et bip, boîtier en bon état.",
        ],
        "mail": [
            "Défibrillateur en défaut | Bonjour, le défibrillateur {loc} affiche un voyant rouge depuis plusieurs jours, il y a peut-être un problème de batterie ou d'électrodes. Le boîtier n'est pas abîmé. Cordialement, M. Aubert",
        ],
        "social": [],
        "again": [],
        "new": [],
    },
    # ------------------------------------------------------------------ faded disabled parking marking
    "marquage_pmr": {
        "type": S, "where": "street", "lasting": True, "multi": True, "alt": [ST], "cause": True, "effect_type": ST,
        "app": [
            "Place handicape effacee | le marquage de la place handicape se voit plus",
            "Marquage PMR | logo fauteuil efface au sol {loc}, panneau absent",
            "place pmr | peinture bleue partie, on voit plus que c est une place reservee",
        ],
        "web": [
            "Marquage de place PMR effacé | La place réservée aux personnes handicapées {loc} n'est plus visible : la peinture bleue et le pictogramme ont disparu et il n'y a pas de panneau.",
            "Place handicapé illisible | Le marquage au sol de la place pour personnes à mobilité réduite est effacé, les automobilistes ne savent plus qu'elle est réservée.",
        ],
        "note": [
            "Place PMR | Appel de M. Caron, titulaire CMI : marquage de la place réservée {loc} complètement effacé.",
            "Marquage PMR | Guichet : une usagère en fauteuil signale que la place handicapé {loc} n'a plus de marquage.",
        ],
        "mail": [
            "Place réservée | Bonjour, je me déplace en fauteuil et la place réservée près de chez moi {loc} n'a plus aucun marquage visible depuis l'hiver. Personne ne la respecte puisqu'on ne la voit plus. Serait-il possible de la repeindre ? Merci beaucoup. Cordialement, Gérard Caron",
        ],
        "social": [
            "Twitter - place PMR | La place handicapé {loc} est tellement effacée qu'elle n'existe plus @Lyon #accessibilité",
        ],
        "again": [
            "Relance place PMR | Bonjour, la place réservée {loc} n'a toujours pas été repeinte, mon signalement date d'il y a deux mois. G. Caron",
            "toujours pas repeinte | place handicape toujours effacee, 3e fois que je signale",
        ],
        "new": [],
        "effect": [
            "Voiture sur la place handicapé | tous les jours une voiture sans macaron est garee sur la place pmr {loc}, on voit plus le marquage donc ils se garent",
            "Place réservée occupée | Appel de Mme Blanc : ne trouve jamais la place PMR libre {loc}, des voitures s'y garent car le sol n'est plus marqué.",
        ],
    },
    # ------------------------------------------------------------------ school-zone flashing sign dead
    "panneau_ecole": {
        "type": S, "where": "street", "lasting": True, "multi": True, "alt": [L, R], "cause": False,
        "app": [
            "Panneau ecole eteint | le panneau clignotant ecole ne clignote plus",
            "Panneau lumineux école | feu orange du panneau enfants en panne {loc}",
            "clignotant ecole | le panneau attention ecole est eteint le matin",
        ],
        "web": [
            "Panneau clignotant de l'école en panne | Le panneau lumineux qui clignote aux heures d'entrée de l'école {loc} est éteint depuis la rentrée. Les voitures ne ralentissent plus.",
            "Signalisation école éteinte | Les feux orange clignotants du panneau 'école' ne fonctionnent plus, ni le matin ni à 16h30.",
        ],
        "note": [
            "Panneau école | Appel de la directrice de l'école : panneau lumineux clignotant {loc} éteint, demande réparation.",
            "Clignotant école | Signalé par l'agent de sortie d'école : le panneau à LED 'attention enfants' {loc} ne s'allume plus.",
        ],
        "mail": [
            "Panneau école | Bonjour, parent d'élève, je vous signale que le panneau clignotant qui avertit les automobilistes de la présence de l'école {loc} est éteint depuis plusieurs jours. Le matin la rue est très passante et les voitures arrivent vite. Pourriez-vous le réparer ? Je vous remercie. Laure Bonnet, représentante des parents",
        ],
        "social": [
            "Facebook - école | Le panneau clignotant devant l'école {loc} est mort 😡 les voitures foncent",
        ],
        "again": [
            "Toujours éteint | Bonjour, le panneau clignotant de l'école {loc} est toujours en panne, je vous avais écrit début du mois dernier. L. Bonnet",
            "relance | panneau ecole toujours eteint depuis plus d un mois",
        ],
        "new": [],
    },
    "panneau_ecole_nuit": {
        "type": S, "where": "street", "lasting": True, "multi": False, "alt": [], "cause": False,
        "app": [
            "Panneau ecole clignote la nuit | le panneau ecole clignote toute la nuit et le week end",
            "clignotant | panneau ecole allume h24, ca eclaire ma chambre",
        ],
        "web": [
            "Panneau école qui clignote en permanence | Le panneau lumineux de l'école {loc} clignote jour et nuit, y compris le dimanche. Le programmateur doit être déréglé.",
        ],
        "note": [
            "Panneau école | Appel de M. Morel, riverain : le panneau clignotant de l'école {loc} fonctionne toute la nuit, gêne dans sa chambre.",
        ],
        "mail": [
            "Clignotant nocturne | Bonjour, j'habite juste en face et le panneau de l'école {loc} clignote toute la nuit depuis les vacances, l'horloge doit être déréglée. Merci de le reprogrammer. M. Morel",
        ],
        "social": [],
        "again": [],
        "new": [],
    },
    # ------------------------------------------------------------------ exit mirror at a crossing broken
    "miroir": {
        "type": S, "where": "crossing", "lasting": True, "multi": False, "alt": [R, C], "cause": True, "effect_type": R,
        "app": [
            "Miroir casse | le miroir du carrefour est brise, on voit plus rien",
            "Miroir de circulation | miroir tourne vers le mur {loc}, inutile",
            "miroir | glace du miroir convexe explosee au croisement",
        ],
        "web": [
            "Miroir de carrefour brisé | Le miroir convexe qui permet de voir les voitures arrivant {loc} est brisé, il ne reste que des morceaux dans le cadre. La sortie est devenue dangereuse.",
            "Miroir endommagé | Le miroir au coin de la rue a été tourné ou heurté et ne montre plus la rue transversale.",
        ],
        "note": [
            "Miroir | Appel de M. Ribeiro, livreur : miroir de carrefour cassé {loc}, aucune visibilité pour s'engager.",
            "Miroir carrefour | Signalé par la police municipale : miroir d'agglomération détérioré {loc}.",
        ],
        "mail": [
            "Miroir | Bonjour, le miroir installé au croisement {loc} est cassé depuis quelques jours. En sortant de la rue en voiture on ne voit plus du tout ce qui arrive sur la gauche, j'ai déjà eu deux frayeurs. Merci de le remplacer au plus vite. Cordialement, Patrick Lemaire",
        ],
        "social": [
            "Twitter - miroir | Miroir explosé {loc}, on sort à l'aveugle, ça va finir en accident @Lyon",
        ],
        "again": [
            "Miroir toujours cassé | Bonjour, je relance au sujet du miroir {loc} : toujours pas remplacé, cela fait plus d'un mois. P. Lemaire",
            "relance miroir | toujours pas de miroir au croisement, 2e signalement",
        ],
        "new": [
            "Miroir de nouveau cassé | Le miroir du carrefour {loc}, remplacé récemment, a de nouveau été brisé.",
        ],
        "effect": [
            "Accrochage au carrefour | Appel de Mme Pons : accrochage ce matin en sortant de la rue {loc}, elle ne voyait rien venir depuis que le miroir est HS.",
            "Presque accident | j ai failli me faire percuter en sortant du croisement {loc}, on voit rien sans le miroir",
        ],
    },
    # ------------------------------------------------------------------ collapsed low wall
    "muret": {
        "type": C, "where": "street", "lasting": True, "multi": False, "alt": [E, R], "cause": False,
        "app": [
            "Muret effondre | un muret en pierre s est ecroule sur le trottoir",
            "Mur tombe | pierres du muret partout sur le trottoir {loc}",
            "muret | le petit mur du talus a cede, les pierres bloquent le passage",
        ],
        "web": [
            "Effondrement d'un muret | Le muret en pierres qui borde le trottoir {loc} s'est en partie effondré après les pluies. Les pierres occupent la moitié du trottoir.",
            "Muret écroulé | Un pan du petit mur de soutènement est tombé, de la terre et des pierres glissent sur le passage piéton.",
        ],
        "note": [
            "Muret | Appel de Mme Garnier : muret effondré {loc}, pierres sur le trottoir, poussettes obligées de descendre sur la route.",
            "Muret effondré | Signalé par la police municipale : éboulement d'un muret {loc}, zone à sécuriser.",
        ],
        "mail": [
            "Éboulement | Bonjour, suite aux orages de la semaine, le muret en pierres sèches {loc} s'est écroulé sur environ deux mètres. Les pierres sont sur le trottoir et il faut passer sur la chaussée. Je ne sais pas si ce mur appartient à la ville ou à la copropriété voisine, mais il faudrait au moins sécuriser. Merci, Bernard Noël",
        ],
        "social": [
            "Facebook - muret | Le muret {loc} s'est effondré, tout est sur le trottoir, attention en passant avec les poussettes",
        ],
        "again": [
            "Relance muret | Bonjour, les pierres du muret effondré {loc} sont toujours sur le trottoir, rien n'a été fait depuis plus d'un mois. B. Noël",
            "toujours pas | muret toujours ecroule, juste un ruban rouge et blanc depuis des semaines",
        ],
        "new": [],
    },
    # ------------------------------------------------------------------ book box vandalised
    "boite_livres": {
        "type": P, "where": "square", "lasting": True, "multi": False, "alt": [R, Q], "cause": False,
        "app": [
            "Boite a livres vandalisee | porte de la boite a livres arrachee, livres par terre",
            "Boîte à livres | livres trempes et dechires partout {loc}",
            "boite a livres | vitre cassee et bouquins jetes dans la flaque",
        ],
        "web": [
            "Boîte à livres saccagée | La boîte à livres {loc} a été vandalisée : porte arrachée, livres jetés par terre et détrempés par la pluie.",
            "Dégradation de la boîte à livres | La petite bibliothèque de rue a été forcée cette nuit, la porte vitrée est cassée et les livres sont éparpillés.",
        ],
        "note": [
            "Boîte à livres | Appel de Mme Weber, bénévole de la boîte à livres : porte arrachée et livres répandus {loc}.",
            "Boîte à livres | Guichet : un habitant signale la boîte à livres {loc} cassée, livres au sol.",
        ],
        "mail": [
            "Notre boîte à livres | Bonjour, je fais partie des habitants qui entretiennent la boîte à livres {loc}. Ce matin nous l'avons trouvée saccagée, porte arrachée et une cinquantaine de livres dans la boue. C'est décourageant. Pourriez-vous réparer la porte ? Nous nous chargeons de regarnir. Merci, Hélène Weber, collectif Lire au square",
        ],
        "social": [
            "Instagram - boîte à livres | Tristesse ce matin {loc}, la boîte à livres a été saccagée 📚💔 #Lyon",
        ],
        "again": [
            "Boîte à livres toujours cassée | Bonjour, la porte de la boîte à livres {loc} n'est toujours pas réparée depuis mon message de l'autre mois, les livres prennent l'eau. H. Weber",
        ],
        "new": [
            "Boîte à livres de nouveau vandalisée | La boîte à livres {loc}, réparée il y a quelques semaines, a encore été cassée cette nuit.",
            "encore | la boite a livres a ete encore defoncee, ca recommence",
        ],
    },
    # ------------------------------------------------------------------ ping-pong table net torn off
    "pingpong": {
        "type": E, "where": "square", "lasting": True, "multi": False, "alt": [R, P], "cause": False,
        "app": [
            "Table de ping pong | filet en metal de la table de ping pong arrache",
            "Ping-pong HS | plus de filet sur la table {loc}",
            "table ping pong | le filet est tordu et pend, on peut plus jouer",
        ],
        "web": [
            "Table de tennis de table dégradée | Le filet métallique de la table de ping-pong en béton {loc} a été arraché et traîne à côté. Les jeunes ne peuvent plus jouer.",
            "Filet de ping-pong arraché | Sur la table de ping-pong publique du square, le filet a été descellé et plié.",
        ],
        "note": [
            "Ping-pong | Appel de M. Tessier : filet de la table de ping-pong {loc} arraché.",
            "Table ping-pong | Signalé par l'éducateur de rue : table de tennis de table {loc} sans filet, vandalisme.",
        ],
        "mail": [
            "Table de ping-pong | Bonjour, mes enfants adorent jouer au ping-pong {loc} mais depuis quelques jours le filet métallique a été arraché, il traîne par terre avec des vis qui dépassent. Est-ce que vous pouvez le refixer ? Merci et bonne journée, Julien Tessier",
        ],
        "social": [
            "Facebook - ping-pong | Qui a arraché le filet de la table de ping-pong {loc} ?? Les gamins sont dégoûtés",
        ],
        "again": [
            "Relance table de ping-pong | Bonjour, le filet de la table de ping-pong {loc} n'a toujours pas été remis, je relance après plus d'un mois. J. Tessier",
        ],
        "new": [
            "Filet de nouveau arraché | Le filet de la table de ping-pong {loc}, refixé récemment, a encore été arraché.",
        ],
    },
}

SAME_PLACE_OTHER_OBJECT = [
    ("horloge", "boite_livres"), ("sanisette_fuite", "pingpong"), ("horloge", "sanisette_porte"),
    ("corset_arbre", "marquage_pmr"), ("dae_vitre", "panneau_ecole"), ("muret", "corset_arbre"),
    ("barriere_pieton", "miroir"), ("marquage_pmr", "panneau_ecole"), ("boite_livres", "pingpong"),
    ("dae_vitre", "muret"),
]
SAME_OBJECT_OTHER_FAULT = [
    ("corset_arbre", "arbre_casse"), ("sanisette_fuite", "sanisette_porte"), ("dae_vitre", "dae_voyant"),
    ("panneau_ecole", "panneau_ecole_nuit"),
]

N = "Nuisances sonores"
NOISE_NIGHT = {"bar", "voisin", "alarme"}
NOISE = {
    "bar": {  # karaoke bar
        "app": [
            "Karaoke bruyant | karaoke a fond jusqu a 2h, on entend chaque chanson",
            "Bruit bar karaoke | le {src} chante fort porte ouverte, impossible de dormir",
        ],
        "web": [
            "Nuisances du bar karaoké | Le bar karaoké {src} {loc} laisse sa porte ouverte et les clients chantent au micro jusqu'à 2 heures du matin. Les murs vibrent.",
            "Karaoké nocturne | Chaque nuit les chansons du karaoké {src} résonnent dans toute la rue, avec les clients qui hurlent dehors.",
        ],
        "note": [
            "Karaoké | Appel de Mme Lambert : bruit du karaoké {src} {loc} jusqu'à 2h, chant au micro audible depuis le 4e étage.",
            "Bar karaoké | Riverain au téléphone : enceintes du karaoké {src} poussées à fond, clients sur le trottoir.",
        ],
        "mail": [
            "Bruit nocturne | Bonjour, j'habite au-dessus du bar karaoké {src} {loc}. Depuis qu'il a ouvert, nous avons droit tous les soirs à des reprises de variété au micro jusqu'à deux heures. J'ai deux enfants qui vont à l'école. Que pouvez-vous faire ? Merci de votre retour. Cordialement, Marc Lambert",
        ],
        "social": [
            "Twitter - karaoké | 1h40 et toujours Céline Dion à fond au karaoké {src} {loc} 😩 @Lyon",
        ],
        "again": [
            "Encore le karaoké | encore cette nuit le karaoke {src} jusqu a 2h30, c est tous les soirs",
            "Suite bruit karaoké | Bonjour, suite à mon message d'hier, le karaoké {src} a recommencé cette nuit, mêmes horaires. M. Lambert",
        ],
    },
    "voisin": {  # rooftop party
        "app": [
            "Fete sur le toit | fete sur le toit terrasse de l immeuble d en face, musique a fond",
            "Soiree rooftop | enceinte et cris sur le toit {loc} a 1h du matin",
        ],
        "web": [
            "Fête sur un toit-terrasse | Des occupants organisent une soirée sur le toit-terrasse de l'immeuble {loc}, musique et cris jusqu'au petit matin, le bruit porte dans tout l'îlot.",
        ],
        "note": [
            "Fête toit | Appel de M. Simon : soirée bruyante sur un toit-terrasse {loc}, musique amplifiée depuis 23h.",
            "Tapage | Riverain au téléphone : fête sur le toit de l'immeuble voisin {loc}, cris, basses.",
        ],
        "mail": [
            "Tapage nocturne | Bonjour, cette nuit encore, des jeunes ont fait la fête sur le toit-terrasse de l'immeuble {loc}, avec une enceinte et des cris jusqu'à quatre heures. Nous ne savons pas à qui nous adresser. Merci de votre aide. Claire Simon",
        ],
        "social": [
            "Twitter - fête | Soirée DJ sur un toit {loc} à 3h du mat, merci pour la nuit blanche #tapage",
        ],
        "again": [
            "Re fête sur le toit | ils remettent ca ce soir sur le toit, meme musique",
            "Tapage toit-terrasse | Appel de M. Simon : fête de nouveau ce soir sur le toit-terrasse {loc}, même occupants qu'hier.",
        ],
    },
    "alarme": {  # car alarm at night
        "app": [
            "Alarme de voiture | une alarme de voiture sonne depuis 1h, personne vient",
            "alarme auto | alarme qui se declenche toutes les 10 min {loc}",
        ],
        "web": [
            "Alarme de véhicule en continu | Une voiture garée {loc} déclenche son alarme toutes les dix minutes depuis minuit. Le propriétaire ne se manifeste pas.",
        ],
        "note": [
            "Alarme voiture | Appel de Mme Moulin : alarme d'une voiture garée {loc} qui sonne par intermittence depuis minuit.",
        ],
        "mail": [
            "Alarme | Bonjour, une voiture grise garée {loc} fait sonner son alarme toute la nuit, par épisodes, depuis deux nuits. Impossible de dormir. Pouvez-vous intervenir ou faire enlever le véhicule ? Merci, Odile Moulin",
        ],
        "social": [
            "Twitter - alarme | Ça fait 3h qu'une alarme de voiture hurle {loc}, @Lyon quelqu'un ?",
        ],
        "again": [
            "Toujours l'alarme | la meme voiture a encore sonne toute la nuit",
            "Alarme à nouveau | Appel de Mme Moulin : l'alarme de la même voiture {loc} s'est encore déclenchée cette nuit.",
        ],
    },
    "souffleur": {  # leaf blower at 7 a.m.
        "app": [
            "Souffleur a 7h | souffleur de feuilles a 7h du matin devant la residence",
            "Souffleuse | bruit de souffleur thermique des 6h45 {loc}",
        ],
        "web": [
            "Souffleur de feuilles trop tôt | L'entreprise d'entretien de la résidence {loc} passe le souffleur thermique dès 7 heures, y compris le samedi. Le bruit est insupportable.",
        ],
        "note": [
            "Souffleur | Appel de M. Henry : souffleur à moteur utilisé à 7h {loc} par le jardinier de la copropriété.",
        ],
        "mail": [
            "Bruit matinal | Bonjour, chaque matin vers 7h un employé passe un souffleur thermique dans l'allée de la résidence {loc}. Je travaille de nuit et je ne peux plus dormir. Y a-t-il des horaires à respecter ? Cordialement, Paul Henry",
        ],
        "social": [
            "Twitter - souffleur | 7h du mat, souffleur de feuilles à fond {loc}, sérieux ? #bruit",
        ],
        "again": [
            "Souffleur encore | ce matin encore le souffleur des 7h, comme hier",
            "Souffleur de nouveau | Bonjour, le souffleur a recommencé ce matin à 7h, je vous avais écrit hier. P. Henry",
        ],
    },
}
