"""Hand-written French texts of the blind3 duplicate pairs (read by make_blind3.py).

Every text is "subject | description". Placeholders filled by the generator: {loc} (where it is, in a
sentence), {rue} (the street name as typed), {lm} (a landmark of the spot), {src} (a bar's name).
Pools per incident kind, by writing style:
  app    mobile app (short, often no accents, SMS)       web    web form
  note   agent's note (phone call, counter)               mail   e-mail / letter
  social social media post                               again  the same fault reported again weeks later
  new    a new occurrence after the first was handled     effect the consequence of the fault (cause kinds)
All texts of one kind describe one compatible situation, so that two of them can be the same incident.
"""

LANDMARKS = [
    "la boulangerie", "la pharmacie", "le tabac-presse", "l'arrêt de bus", "la laverie", "la supérette",
    "l'entrée du métro", "la station Vélo'v", "le coiffeur", "la banque", "le kebab", "la poste",
    "le fleuriste", "la crèche", "le cabinet médical", "l'auto-école", "le bureau de tabac", "la salle de sport",
    "le primeur", "l'opticien", "la brasserie", "le square", "l'agence immobilière", "le pressing",
]

BARS = [
    "Le Comptoir des Pentes", "Chez Momo", "Le Zinc", "L'Apostrophe", "Le Shamrock", "La Cave à Léon",
    "Le Petit Bouchon", "Le Rade", "Le Ballon Rouge", "O'Brady's", "Le Kiosque", "La Cantine du Quai",
    "Le Bar du Marché", "Le Tonneau", "L'Escale", "Le Sirius Club",
]


def kind(where, type, alt=(), lasting=True, multi=True, app=(), web=(), note=(), mail=(), social=(), again=(),
         new=(), effect=(), effect_type=None):
    return {
        "where": where, "type": type, "alt": list(alt), "lasting": lasting, "multi": multi,
        "app": list(app), "web": list(web), "note": list(note), "mail": list(mail), "social": list(social),
        "again": list(again), "new": list(new), "effect": list(effect), "effect_type": effect_type,
        "cause": bool(effect),
    }


ROAD = "Nid-de-poule ou chaussée dégradée"
LIGHT = "Éclairage public en panne"
SIGN = "Signalisation endommagée"
DUMP = "Dépôt sauvage"
CLEAN = "Propreté de la voie publique"
GREEN = "Espaces verts et élagage"
WASTE = "Collecte des déchets"
PARK = "Stationnement gênant"
NOISE = "Nuisances sonores"
CLAIM = "Réclamation"
TOQUALIFY = "Demande à qualifier"
SUGG = "Suggestion"

KINDS = {
    # ------------------------------------------------------------------ roads and pavements
    "nid_de_poule": kind(
        "street", ROAD, alt=[CLAIM, SIGN, TOQUALIFY], multi=True,
        app=[
            "Nid de poule | gros trou sur la chaussee, attention aux 2 roues",
            "Chaussée dégradée | trou profond au milieu de la voie, plusieurs voitures ont tapé dedans ce matin",
            "Voirie | la route est défoncée ici, un vrai cratère",
            "Nid de poule | trou ds la route, rempli d eau qd il pleut on le voit pas",
            "Trou | gros trou dans le bitume juste avant le passage pieton",
            "nid de poule | ca s agrandit de jour en jour, le goudron part en morceaux",
        ],
        web=[
            "Trou dangereux dans la chaussée | Bonjour, il y a un trou d'une bonne vingtaine de centimètres de profondeur {loc}. Les cyclistes font des écarts pour l'éviter, c'est dangereux.",
            "Chaussée en très mauvais état | L'enrobé s'est effondré {loc} et forme une cuvette où les roues des voitures tapent. Des gravillons sont éparpillés tout autour.",
            "Cratère sur la voie | Un trou s'est ouvert dans le revêtement {loc}, au niveau de la file de droite. Les scooters le découvrent au dernier moment.",
        ],
        note=[
            "Trou chaussée - appel riverain | Appel de M. Perrin : trou important sur la chaussée {loc}, a failli chuter en scooter hier soir. Demande intervention rapide.",
            "Affaissement chaussée | Mme Dias (riveraine) signale un affaissement de la chaussée devant son immeuble, le trou s'agrandit depuis les pluies. Rappel souhaité.",
            "Nid-de-poule | Tél. chauffeur de taxi : gros nid-de-poule sur la voie {loc}, a abîmé une jante. Demande balisage.",
        ],
        mail=[
            "Route en très mauvais état | Bonjour,\nJe me permets de vous écrire car la chaussée {loc} est dans un état lamentable : un trou s'est formé il y a une quinzaine de jours et il ne fait que grossir. Le soir on ne le voit pas du tout. J'ai vu un livreur à vélo faire un écart brutal pour l'éviter et manquer de se faire renverser. Pourriez-vous intervenir avant qu'il n'y ait un accident ?\nBien cordialement,\nSophie L.",
            "Signalement voirie | Madame, Monsieur,\nRiverain de la {rue}, je vous signale un nid-de-poule profond à hauteur de {lm}. Il se remplit d'eau à chaque averse et les voitures nous éclaboussent sur le trottoir. Merci de le faire reboucher.\nCordialement,\nM. Gaillard",
        ],
        social=[
            "Facebook | @VilleDeLyon la {rue} c'est plus une route c'est la surface de la lune 🌑 un trou énorme vers {lm}, vous attendez quoi ?",
            "Twitter | Encore une jante de perdue dans le cratère {loc} 😡 #Lyon #voirie",
        ],
        again=[
            "Toujours ce trou | Bonjour, je vous avais signalé le mois dernier le nid-de-poule {loc}. Rien n'a bougé, il est encore plus gros. Merci de faire le nécessaire.",
            "Relance | 2e signalement pour le trou dans la chaussee, toujours pas rebouché",
            "Trou non rebouché | Appel de Mme Dias, relance : le trou de la chaussée devant chez elle n'est toujours pas rebouché, ça fait plus d'un mois. Mécontente.",
            "nid de poule | ca fait 6 semaines que c est signale et le trou est toujours la...",
        ],
        new=[
            "Trou revenu | Le trou qui avait été rebouché cet hiver s'est rouvert au même endroit {loc}, l'enrobé est reparti.",
            "nid de poule | encore un trou au meme endroit qu avant, la reparation a pas tenu",
        ],
        effect=[
            "Pneu crevé | Bonjour, j'ai éclaté mon pneu avant dans un trou {loc} hier soir. Je voudrais savoir comment me faire rembourser, j'ai la facture du garagiste.",
            "Chute à vélo | Appel de M. Guérin : sa fille est tombée de vélo ce matin à cause d'un trou dans la chaussée {loc}, genou ouvert. Demande que ce soit sécurisé.",
            "jante | jante tordue en roulant dans un trou, qui paie ?",
        ],
        effect_type=CLAIM,
    ),
    "dalle_trottoir": kind(
        "street", ROAD, alt=[CLEAN, CLAIM], multi=True,
        app=[
            "Trottoir | dalle descellee qui bouge quand on marche dessus",
            "Trottoir abîmé | pavés arrachés sur le trottoir, on se tord les pieds",
            "trottoir | plusieurs dalles cassees, impossible de passer avec la poussette sans sauter",
            "Chaussée dégradée | trottoir souleve par les racines, marche de 5 cm",
        ],
        web=[
            "Trottoir dangereux | Sur le trottoir {loc}, des dalles sont soulevées et forment une marche de plusieurs centimètres. Ma mère de 82 ans a trébuché la semaine dernière.",
            "Pavés descellés | Bonjour, des pavés du trottoir sont descellés {loc}, certains ont même disparu. Il reste un creux où l'on se prend les pieds.",
        ],
        note=[
            "Trottoir dégradé | Guichet : usager signale un trottoir très dégradé {loc}, dalles fendues et qui basculent. Personne âgée, craint une chute.",
            "Dalle qui bascule | Appel de Mme Roux : dalle qui bascule sur le trottoir devant {lm}, elle s'est tordu la cheville. Souhaite un retour.",
        ],
        mail=[
            "Trottoir impraticable | Madame, Monsieur,\nJe circule en fauteuil roulant et le trottoir {loc} est devenu impraticable : dalles cassées, revêtement soulevé, je dois descendre sur la chaussée au milieu des voitures. Merci de faire réparer rapidement.\nCordialement,\nK. Mansour",
        ],
        social=[
            "Twitter | Le trottoir {rue} à hauteur de {lm} c'est un parcours du combattant, dalles qui bougent partout. @Lyon",
        ],
        again=[
            "Dalles toujours pas refaites | Bonjour, relance pour le trottoir signalé il y a un mois {loc} : les dalles bougent toujours et personne n'est passé.",
            "trottoir | je relance, toujours les memes dalles cassees, quelqu un va finir par tomber",
        ],
    ),
    "grille_manquante": kind(
        "street", ROAD, alt=[SIGN, TOQUALIFY], multi=True,
        app=[
            "Plaque d'égout | plaque d egout manquante, trou béant au bord du trottoir",
            "Danger | la grille de l avaloir a disparu, un pied passe dedans",
            "Voirie | regard ouvert sans couvercle, quelqu un a mis un plot dedans",
            "plaque | plaque de fonte deplacee, trou ouvert sur la chaussee",
        ],
        web=[
            "Grille d'égout volée | La grille en fonte de l'évacuation d'eau {loc} n'est plus là. Il reste un trou carré d'environ 40 cm, très dangereux pour les enfants et les vélos.",
            "Bouche d'égout ouverte | Bonjour, le tampon de la bouche d'égout {loc} a été retiré ou a sauté, le trou est à découvert.",
        ],
        note=[
            "Trou ouvert sur voirie | Appel M. Ferrand : trou ouvert au sol {loc}, la grille manque. A posé une caisse dessus en attendant. Urgent.",
            "Regard sans couvercle | Signalé par un chauffeur TCL : couvercle de regard manquant sur la voie de droite {loc}.",
        ],
        mail=[
            "Trou sans grille | Bonjour,\nEn rentrant de l'école avec mon fils nous avons failli mettre le pied dans un trou {loc} : la grille qui recouvre normalement l'écoulement des eaux a disparu. On voit le fond à un mètre. Je pense qu'elle a été volée (la fonte se revend). Merci de sécuriser au plus vite.\nM. Chaix",
        ],
        social=[
            "Instagram | @VilleDeLyon une bouche d'égout sans couvercle {loc}, on attend qu'un gamin tombe dedans ? 😡",
        ],
        again=[
            "Toujours pas de grille | Bonjour, il y a plus d'un mois j'ai signalé une grille d'égout manquante {loc}. Le trou est toujours là, avec un simple carton dessus.",
        ],
    ),
    "avaloir_bouche": kind(
        "street", ROAD, alt=[CLEAN, TOQUALIFY], multi=True,
        app=[
            "Égout bouché | avaloir bouche par les feuilles, l eau ne s evacue plus",
            "Bouche d'égout | grille d evacuation completement obstruee (feuilles, canettes, terre)",
            "avaloir | ca sent l egout et l eau stagne au bord du trottoir",
            "Caniveau | caniveau bouché, eau croupie depuis des jours",
        ],
        web=[
            "Évacuation des eaux pluviales bouchée | Bonjour, la grille d'évacuation {loc} est obstruée par de la boue et des feuilles mortes. À chaque pluie l'eau ne part plus.",
            "Odeur d'égout et eau stagnante | Depuis une semaine l'eau reste dans le caniveau {loc} et ça commence à sentir très mauvais, il y a des moustiques.",
        ],
        note=[
            "Avaloir à curer | Appel de M. Lopez : grille d'eaux pluviales bouchée {loc}, eau qui stagne. Demande curage.",
            "Caniveau bouché | Guichet : riveraine signale que le caniveau devant chez elle est plein de terre et de feuilles, l'avaloir ne prend plus l'eau.",
        ],
        mail=[
            "Avaloir obstrué | Bonjour,\nL'avaloir situé {loc} est complètement bouché (feuilles, sacs plastique, mégots). Lors de l'orage de dimanche l'eau est montée jusqu'au seuil des commerces. Serait-il possible de prévoir un nettoyage avant les prochaines pluies ?\nMerci d'avance,\nA. Benali, commerçant",
        ],
        social=[
            "Facebook | Caniveau bouché {loc} depuis des semaines, ça pue et ça déborde à la moindre averse. #Lyon",
        ],
        new=[
            "Grille de nouveau bouchée | La grille d'égout {loc}, nettoyée au printemps, est à nouveau bouchée par les feuilles depuis le début de l'automne.",
        ],
        effect=[
            "Rue inondée | Après la pluie de cet après-midi la rue est sous l'eau {loc}, on a de l'eau jusqu'aux chevilles pour traverser et les voitures arrosent les piétons.",
            "inondation | grosse flaque sur toute la largeur de la voie, impossible de passer a pied sec",
            "Chaussée inondée | Appel de Mme Morel : la chaussée est inondée devant chez elle à chaque averse, l'eau arrive jusqu'à la porte du garage.",
        ],
        effect_type=CLEAN,
    ),
    "tremie_inondee": kind(
        "street", ROAD, alt=[CLEAN, TOQUALIFY], multi=False,
        app=[
            "Inondation | passage souterrain pieton sous l eau, 20 cm au moins",
            "Passage inondé | le tunnel pieton est inondé, impossible de passer sans se mouiller les pieds",
            "trémie | eau dans la tremie, les voitures passent au ralenti et font des vagues",
        ],
        web=[
            "Passage souterrain inondé | Le passage piéton souterrain {loc} est rempli d'eau depuis l'orage d'hier, les pompes ne semblent pas fonctionner.",
        ],
        note=[
            "Souterrain inondé | Appel d'un usager : souterrain piéton inondé {loc}, les gens font demi-tour et traversent la voie à pied. Dangereux.",
            "Passage sous la voie | Mme Girard signale que le passage sous la voie {loc} est encore sous l'eau ce matin, flaque boueuse sur toute la largeur.",
        ],
        mail=[
            "Tunnel piéton sous l'eau | Bonjour,\nJe prends chaque matin le petit passage souterrain {loc} pour aller à la gare. Depuis samedi il y a plusieurs centimètres d'eau sale au fond, ça ne s'évacue pas, et l'éclairage est en partie coupé. Nous sommes nombreux à traverser en haut, entre les voitures. Pouvez-vous faire pomper ?\nBonne journée",
        ],
        social=[
            "Twitter | Le souterrain {loc} transformé en piscine 🏊 depuis 2 jours, merci la ville",
        ],
        again=[
            "Souterrain toujours inondé | Appel de M. Boyer : le passage souterrain {loc} est encore plein d'eau, il avait déjà appelé il y a plusieurs semaines. Pompes HS ?",
        ],
    ),
    "fuite_eau": kind(
        "street", ROAD, alt=[TOQUALIFY, CLEAN], multi=False,
        app=[
            "Fuite d'eau | de l eau sort du sol sur le trottoir en continu",
            "Fuite | eau qui jaillit d une bouche sous le trottoir depuis ce matin",
            "fuite | fuite d eau claire qui coule dans le caniveau jour et nuit",
            "Eau | ca bouillonne au niveau d une plaque au sol, grosse fuite",
        ],
        web=[
            "Fuite d'eau sur la voie publique | Depuis trois jours, de l'eau claire sort d'une plaque en fonte sur le trottoir {loc} et coule en permanence dans le caniveau. Quel gâchis.",
            "Fuite canalisation | Une fuite importante semble provenir d'une canalisation {loc} : le bitume est gonflé et l'eau ressort par les fissures.",
        ],
        note=[
            "Fuite d'eau trottoir | Appel M. Da Silva : fuite d'eau sur le trottoir {loc}, eau qui remonte par une trappe. Transmis service des eaux ?",
            "Eau qui coule | Guichet : une commerçante signale de l'eau qui coule sans arrêt devant sa boutique, ça vient d'une bouche à clé sur le trottoir.",
        ],
        mail=[
            "Fuite permanente | Bonjour,\nJe souhaite vous signaler une fuite d'eau {loc}. Cela fait bientôt une semaine que l'eau ruisselle depuis le pied d'un regard sur le trottoir jusqu'à la bouche d'égout. Je ne sais pas si cela relève de la ville ou de la Métropole, mais vu la sécheresse cet été je trouve dommage de laisser couler ainsi.\nBien à vous,\nJ. Martinez",
        ],
        social=[
            "Facebook | Ça fait 4 jours que de l'eau potable coule sur le trottoir {rue} (vers {lm}). Qui s'en occupe ?",
        ],
        again=[
            "Fuite toujours active | Bonjour, la fuite d'eau sur le trottoir {loc} que j'ai signalée le mois dernier coule toujours. Est-ce que quelqu'un est au courant ?",
        ],
        effect=[
            "Verglas | le trottoir est une patinoire, l eau qui coule a gelé cette nuit, 2 personnes sont tombees",
            "Plaque de glace sur le trottoir | Appel de Mme Fontaine : plaque de glace sur tout le trottoir {loc}, due à de l'eau qui coule en permanence. Elle a glissé ce matin.",
            "Chaussée qui s'affaisse | Bonjour, le bitume s'enfonce {loc} à l'endroit où l'eau ressort depuis des jours, on dirait que ça se creuse en dessous.",
        ],
        effect_type=ROAD,
    ),
    # ------------------------------------------------------------------ lighting
    "lampadaire_eteint": kind(
        "street", LIGHT, alt=[CLAIM, TOQUALIFY], multi=True,
        app=[
            "Éclairage public | lampadaire eteint",
            "Lampadaire en panne | le réverbère devant chez moi ne s'allume plus le soir",
            "lumiere | plus de lumiere dans la rue depuis 3 nuits, c est tout noir",
            "Eclairage | candelabre hs, ampoule grillee je pense",
            "Éclairage public en panne | la lampe du poteau ne s'allume plus, le trottoir est très sombre",
        ],
        web=[
            "Réverbère éteint | Bonjour, le lampadaire situé {loc} ne fonctionne plus depuis plusieurs jours. Le trottoir est plongé dans l'obscurité et je ne me sens pas en sécurité en rentrant du travail.",
            "Panne d'éclairage | La lumière de la rue ne s'allume plus {loc}, seul ce candélabre est éteint, les autres marchent.",
        ],
        note=[
            "Lampadaire éteint | Appel de Mme Leroy : lampadaire éteint {loc} depuis une semaine. Numéro sur le mât illisible.",
            "Éclairage HS | Tél. M. Nguyen : l'éclairage public ne fonctionne plus devant son immeuble, rue noire le soir, inquiet pour sa fille qui rentre tard.",
        ],
        mail=[
            "Plus de lumière dans ma rue | Bonjour,\nDepuis vendredi, le réverbère qui éclaire l'entrée de mon immeuble {loc} reste éteint toute la nuit. Avec l'heure d'hiver il fait noir dès 17 h 30 et on ne voit plus rien. Nous avons déjà eu des tentatives de cambriolage dans le quartier. Merci de bien vouloir envoyer un technicien.\nCordialement,\nFamille Aubert",
        ],
        social=[
            "Twitter | @Lyon toujours aussi agréable de rentrer dans le noir complet {rue}, le lampadaire vers {lm} est mort 🔦",
        ],
        again=[
            "Lampadaire toujours éteint | Bonjour, je reviens vers vous au sujet du réverbère {loc} signalé il y a plus d'un mois : il est toujours en panne. Merci de me tenir informé.",
            "eclairage | 3e fois que je signale ce lampadaire, tjrs eteint...",
            "Relance éclairage | Appel de Mme Leroy, relance : le lampadaire n'est toujours pas réparé malgré son appel du mois dernier.",
        ],
        new=[
            "Lampadaire de nouveau en panne | Le lampadaire qui avait été réparé au printemps s'est de nouveau éteint {loc}.",
            "eclairage | re-panne du lampadaire, il avait ete change y a quelques mois",
        ],
    ),
    "lampadaire_jour": kind(
        "street", LIGHT, alt=[SUGG, CLAIM], multi=True,
        app=[
            "Éclairage public | lampadaire allumé en plein jour",
            "lampadaire | reste allume toute la journee depuis lundi, gaspillage",
            "Eclairage | le réverbère reste allumé le matin et l après midi",
        ],
        web=[
            "Lampadaire allumé le jour | Bonjour, le lampadaire {loc} reste allumé en pleine journée depuis plusieurs jours. En période d'économies d'énergie c'est dommage.",
        ],
        note=[
            "Candélabre allumé jour et nuit | Appel M. Garnier : candélabre allumé jour et nuit {loc}. Signale le gaspillage.",
        ],
        mail=[
            "Éclairage allumé en permanence | Bonjour,\nJe constate depuis une bonne semaine que l'éclairage public {loc} ne s'éteint plus : la lampe est allumée à midi comme à minuit. Sans doute un problème d'horloge ou de capteur. À l'heure où l'on nous demande de faire attention à notre consommation, je trouvais utile de vous le signaler.\nCordialement",
        ],
        social=[
            "Facebook | Lampadaire {rue} allumé à 14h en plein soleil ☀️💡 bravo la sobriété énergétique",
        ],
        again=[
            "Toujours allumé le jour | Relance : le lampadaire {loc} est toujours allumé en journée, plus d'un mois après mon premier message.",
        ],
    ),
    "lampadaire_renverse": kind(
        "street", LIGHT, alt=[SIGN, ROAD], lasting=False, multi=True,
        app=[
            "Lampadaire à terre | un lampadaire a ete percute par une voiture, il est couché sur le trottoir",
            "Candélabre | poteau d eclairage plié en deux suite accident",
            "Danger | lampadaire arraché, fils electriques qui depassent du socle",
        ],
        web=[
            "Poteau d'éclairage renversé | Cette nuit une voiture a percuté le candélabre {loc}. Il est tombé en travers du trottoir, les fils sortent du socle.",
        ],
        note=[
            "Mât percuté | Appel police municipale : mât d'éclairage public percuté par un véhicule {loc}, au sol. Périmètre balisé provisoirement.",
            "Réverbère tordu | M. Caron signale un réverbère plié qui penche dangereusement sur la chaussée après un accrochage {loc}.",
        ],
        mail=[
            "Lampadaire couché après un accident | Bonjour,\nCe matin vers 6 h une camionnette a heurté le lampadaire {loc}. Le mât est plié et repose sur la grille d'un jardin, et on voit des câbles dénudés au pied. J'ai prévenu la police mais je préfère vous écrire aussi.\nSalutations",
        ],
        social=[
            "Twitter | Lampadaire fauché cette nuit {loc}, il est par terre avec les câbles à l'air, attention !",
        ],
        effect=[
            "Rue dans le noir | plus aucune lumiere sur ce bout de trottoir depuis hier soir, tout est eteint",
            "Rue plongée dans l'obscurité | Bonsoir, depuis hier il n'y a plus d'éclairage du tout {loc}, on ne voit pas où on met les pieds.",
            "Plus d'éclairage | Appel Mme Blanc : rue complètement noire le soir {loc} depuis l'accident de la camionnette.",
        ],
        effect_type=LIGHT,
    ),
    "cables_pendants": kind(
        "street", LIGHT, alt=[SIGN, TOQUALIFY, CLAIM], multi=False,
        app=[
            "Câbles | cables electriques qui pendent d un poteau a hauteur de tete",
            "Danger électrique | trappe du lampadaire ouverte, fils a nu",
            "fils | des fils pendent du poteau jusqu au trottoir, on passe dessous",
        ],
        web=[
            "Câbles pendants sur le trottoir | Bonjour, des câbles (électriques ou télécom ?) pendent d'un poteau {loc} depuis plusieurs jours, à environ 1,50 m du sol. Les passants doivent se baisser.",
        ],
        note=[
            "Câble qui pend | Appel de Mme Petit : câble qui pend d'un mât {loc}, touche presque le sol. Craint pour les enfants.",
            "Fils dénudés | Guichet : un monsieur signale une trappe de visite ouverte au pied d'un poteau d'éclairage avec des fils dénudés {loc}.",
        ],
        mail=[
            "Fils électriques dangereux | Bonjour,\nJe vous alerte sur une situation qui me semble dangereuse {loc} : un faisceau de câbles est décroché du poteau et pend jusqu'au trottoir. J'ignore s'il s'agit d'électricité, de fibre ou de téléphone, mais les enfants de l'école passent juste à côté.\nMerci de faire vérifier,\nN. Roche",
        ],
        social=[
            "Facebook | Des câbles qui pendent en plein milieu du trottoir {loc} depuis une semaine… personne ne bouge ?",
        ],
        again=[
            "Câbles toujours là | Bonjour, les câbles qui pendent {loc}, signalés il y a cinq semaines, sont toujours là. Ce n'est vraiment pas normal.",
        ],
    ),
    # ------------------------------------------------------------------ signs, lights, crossings
    "feu_tricolore": kind(
        "crossing", SIGN, alt=[TOQUALIFY, CLAIM], lasting=False, multi=False,
        app=[
            "Feu rouge | feu tricolore en panne, orange clignotant dans tous les sens",
            "Signalisation | feux eteints au carrefour, les voitures passent n importe comment",
            "feu | les feux marchent plus au croisement",
            "Feu tricolore HS | feu tricolore hs depuis ce matin",
        ],
        web=[
            "Feux de circulation hors service | Les feux du carrefour {loc} sont complètement éteints depuis ce matin. La circulation est très dangereuse aux heures de pointe.",
        ],
        note=[
            "Feux HS carrefour | Appel M. Simon : feux tricolores HS au carrefour {loc}, clignotant orange. Prévenir PM.",
            "Feu en panne | Tél. chauffeur de bus : feu en panne {loc}, plus rien ne s'allume d'un côté.",
        ],
        mail=[
            "Feu tricolore en panne | Bonjour,\nLe feu tricolore {loc} ne fonctionne plus depuis hier après-midi (il est éteint d'un côté et clignote de l'autre). J'ai vu plusieurs voitures forcer le passage. Je traverse là tous les jours avec mes enfants, pouvez-vous intervenir en urgence ?\nCordialement,\nC. Vidal",
        ],
        social=[
            "Twitter | Carrefour {loc} : feux éteints, c'est la jungle. @Lyon @TCL",
        ],
        again=[
            "Feu toujours en panne | Je relance : le feu du carrefour {loc} clignote toujours orange, ça fait des semaines.",
        ],
        effect=[
            "Presque un accident | une voiture a failli renverser un pieton au carrefour, personne sait qui a la priorite",
            "Embouteillage | Bouchon monstre au carrefour {loc} depuis ce matin, les voitures se bloquent mutuellement, plus rien ne règle la circulation.",
            "Piétonne choquée | Appel Mme Laurent : a failli être percutée en traversant {loc}, les voitures ne s'arrêtent plus. Très choquée.",
        ],
        effect_type=CLAIM,
    ),
    "bouton_pieton": kind(
        "crossing", SIGN, alt=[CLAIM, TOQUALIFY], multi=False,
        app=[
            "Feu piéton | le bouton d appel pieton ne marche plus, le feu ne passe jamais au vert",
            "bouton | bouton du feu pieton enfoncé et casse",
            "Signalisation | boitier pour traverser casse, le bonhomme reste rouge",
        ],
        web=[
            "Bouton d'appel du passage piéton cassé | Le bouton pour demander le passage piéton {loc} est arraché. Il faut attendre plusieurs cycles avant de pouvoir traverser, les gens finissent par traverser au rouge.",
        ],
        note=[
            "Boîtier sonore HS | Appel de M. Vincent (malvoyant) : le boîtier du feu piéton {loc} ne fonctionne plus, ni le bouton ni le son, il ne sait plus quand traverser.",
            "Bouton feu piéton | Guichet : dame âgée signale que le bouton du feu pour piétons {loc} ne répond plus.",
        ],
        mail=[
            "Bouton feu piéton | Bonjour,\nAu carrefour {loc}, le bouton-poussoir du feu piéton est hors d'usage depuis au moins dix jours (il reste enfoncé). Le petit bonhomme ne passe plus au vert, et avec le collège juste à côté les élèves traversent n'importe comment.\nMerci,\nUn parent d'élève",
        ],
        social=[
            "Facebook | Le bouton du feu piéton {loc} est cassé, on attend pour rien. Qui répare ça ?",
        ],
        again=[
            "Bouton toujours cassé | bouton du feu pieton tjs pas repare, signalé le mois dernier",
        ],
    ),
    "panneau_tombe": kind(
        "street", SIGN, alt=[ROAD, CLAIM], multi=True,
        app=[
            "Panneau | panneau de signalisation couche par terre",
            "Signalisation | panneau arraché, posé contre le mur",
            "Panneau tombé | panneau tombé sur le trottoir, le poteau a cassé a la base",
            "panneau | plus de panneau, juste le poteau plié au sol",
        ],
        web=[
            "Panneau de signalisation à terre | Bonjour, un panneau routier est tombé {loc}, sans doute heurté par un camion de livraison. Il gît sur le trottoir et les automobilistes n'ont plus l'indication.",
        ],
        note=[
            "Panneau au sol | Appel M. Robin : panneau routier au sol {loc}, poteau cassé. Gêne les piétons.",
            "Panneau renversé | Guichet : usager signale un panneau renversé sur le trottoir {loc} depuis le week-end.",
        ],
        mail=[
            "Panneau renversé | Bonjour,\nJe vous signale qu'un panneau de circulation a été renversé {loc}. Il est couché en travers du trottoir, on doit l'enjamber, et les voitures qui arrivent n'ont plus l'indication. Merci de le faire remettre en place.\nCordialement",
        ],
        social=[
            "Instagram | Panneau par terre {loc} depuis 3 jours 🙄 #Lyon",
        ],
        again=[
            "Panneau toujours au sol | Bonjour, le panneau tombé {loc} que j'ai signalé il y a plus d'un mois est toujours par terre, quelqu'un l'a juste poussé contre le mur.",
        ],
    ),
    "potelets_piste": kind(
        "street", SIGN, alt=[ROAD, CLAIM], multi=True,
        app=[
            "Piste cyclable | plusieurs potelets de la piste cyclable arrachés, les voitures se garent dessus",
            "Potelets | potelets plastique de la bande cyclable couchés",
            "velo | balises de separation piste velo cassees, bouts de plastique sur la piste",
            "Piste vélo | les plots qui protègent la piste cyclable ont été arrachés",
        ],
        web=[
            "Balises de piste cyclable détruites | Bonjour, sur la piste cyclable {loc}, les balises flexibles qui la séparent des voitures ont été arrachées sur une dizaine de mètres. Les voitures roulent désormais à cheval sur la piste.",
        ],
        note=[
            "Séparateurs piste vélo | Appel de M. Thomas, cycliste : séparateurs de la piste vélo arrachés {loc}, débris sur la piste.",
            "Potelets couchés | Guichet : usager signale des potelets de la voie cyclable couchés au sol {loc}.",
        ],
        mail=[
            "Potelets arrachés sur la piste cyclable | Bonjour,\nJe suis vélotaffeur et j'emprunte tous les jours la piste {loc}. Depuis quelques jours, les potelets qui la protègent sont arrachés ou couchés, et des morceaux traînent sur la piste. En plus les voitures en profitent pour y stationner. C'est dangereux.\nMerci de remettre tout ça en état,\nPierre",
        ],
        social=[
            "Twitter | Les potelets de la piste cyclable {loc} ont tous sauté, la piste sert de parking maintenant 🚲😤 @Lyon",
        ],
        again=[
            "Piste cyclable : relance | Plus d'un mois après mon signalement, les potelets arrachés de la piste cyclable {loc} n'ont pas été remplacés.",
        ],
    ),
    "passage_pieton_efface": kind(
        "crossing", SIGN, alt=[SUGG, ROAD], multi=False,
        app=[
            "Marquage au sol | passage pieton efface, on voit plus les bandes",
            "Passage piéton | bandes blanches quasi invisibles",
            "marquage | passage cloute completement delave",
        ],
        web=[
            "Passage piéton effacé | Le marquage du passage pour piétons {loc} a presque disparu. Les automobilistes ne s'arrêtent plus, surtout la nuit.",
        ],
        note=[
            "Marquage à refaire | Appel Mme Colin : passage piéton près de {lm} effacé, demande repeinture.",
        ],
        mail=[
            "Marquage à refaire | Bonjour,\nLes bandes blanches du passage piéton {loc} sont tellement usées qu'on ne les distingue plus, surtout par temps de pluie. C'est le trajet de nombreux enfants vers l'école. Serait-il possible de refaire le marquage ?\nMerci",
        ],
        social=[
            "Facebook | Le passage piéton {loc}, il faut deviner où il est 👻",
        ],
        again=[
            "Passage piéton toujours effacé | Je relance : le marquage du passage piéton {loc} n'a toujours pas été refait.",
        ],
    ),
    "barriere_chantier": kind(
        "street", SIGN, alt=[CLAIM, ROAD, TOQUALIFY], lasting=False, multi=False,
        app=[
            "Chantier | barrieres de chantier tombees sur le trottoir",
            "Barrière chantier | les grilles du chantier sont tombées avec le vent, elles bloquent le trottoir",
            "chantier | cloture de chantier couchée, la tranchee est a decouvert",
        ],
        web=[
            "Clôture de chantier renversée | Bonjour, les barrières métalliques qui entourent le chantier {loc} sont tombées avec le vent de cette nuit. Elles barrent le trottoir et une partie de la chaussée.",
        ],
        note=[
            "Grilles de chantier au sol | Appel de M. Aubry : grilles de chantier renversées sur le trottoir {loc}, le trou du chantier est à découvert.",
            "Chantier non sécurisé | Guichet : dame signale que les barrières du chantier {loc} sont au sol, les piétons marchent sur la route.",
        ],
        mail=[
            "Chantier mal sécurisé | Bonjour,\nLe chantier situé {loc} n'est plus sécurisé : les panneaux de clôture sont tombés (le vent sans doute) et personne n'est venu les relever depuis vendredi. La tranchée est accessible et les poussettes doivent passer sur la chaussée. Pouvez-vous contacter l'entreprise ?\nCordialement",
        ],
        social=[
            "Twitter | Barrières de chantier par terre {loc}, trottoir bloqué, personne ne les relève. #Lyon",
        ],
    ),
    # ------------------------------------------------------------------ cleanliness
    "tag_ecole": kind(
        "street", CLEAN, alt=[CLAIM, TOQUALIFY], multi=False,
        app=[
            "Tags | mur de l ecole couvert de tags",
            "Graffitis | gros graffitis sur le mur de l'école",
            "tag | inscriptions insultantes bombées sur le mur de l ecole",
            "Propreté | tags sur la facade de l'ecole, les enfants lisent ça tous les matins",
        ],
        web=[
            "Graffitis sur le mur d'une école | Bonjour, le mur de l'école {loc} a été recouvert de graffitis, dont certains à caractère injurieux. Merci de les faire effacer rapidement.",
        ],
        note=[
            "Tags école | Appel de la directrice de l'école : tags sur la façade côté rue {loc}, inscriptions grossières. Demande effacement avant lundi.",
            "Graffitis école | Guichet : parent d'élève signale des graffitis sur le mur de l'école {loc}.",
        ],
        mail=[
            "Tags sur l'école | Madame, Monsieur,\nEn accompagnant mes enfants ce matin j'ai découvert que le mur d'enceinte de l'école {loc} avait été tagué sur toute sa longueur, avec des mots que je préfère ne pas répéter. Les enfants ont entre 3 et 10 ans. Je compte sur vous pour une intervention rapide.\nSalutations,\nMme Haddad",
        ],
        social=[
            "Facebook | Le mur de l'école {loc} défiguré par des tags 😞",
        ],
        again=[
            "Tags toujours présents | Bonjour, les tags sur le mur de l'école {loc}, signalés il y a plus d'un mois, n'ont toujours pas été effacés.",
        ],
        new=[
            "Mur de l'école retagué | Le mur de l'école {loc}, qui avait été nettoyé, a de nouveau été recouvert de tags cette nuit.",
            "tags | ils ont re-tagué le mur de l ecole, c etait propre depuis 2 semaines",
        ],
    ),
    "affichage_sauvage": kind(
        "street", CLEAN, alt=[CLAIM], multi=True,
        app=[
            "Affichage sauvage | affiches collées partout sur l armoire electrique et le mur",
            "Affiches | affichage sauvage de concerts sur tout le mur",
            "affiches | mur recouvert d affiches et d autocollants",
        ],
        web=[
            "Affichage sauvage | Bonjour, des dizaines d'affiches pour des soirées ont été collées {loc}, sur le mur et le boîtier électrique. C'est très sale.",
        ],
        note=[
            "Affichage sauvage | Appel M. Marchand : affichage sauvage sur la façade de son immeuble {loc}, affiches collées à la colle forte.",
        ],
        mail=[
            "Affiches collées sur notre façade | Bonjour,\nNotre copropriété {loc} subit de l'affichage sauvage : cette semaine la façade et la porte du local poubelles sont couvertes d'affiches de concerts. Qui peut les retirer et peut-on verbaliser l'organisateur, dont le nom figure sur l'affiche ?\nLe conseil syndical",
        ],
        social=[
            "Instagram | Affichage sauvage partout {loc}, on ne voit même plus le mur 🙄",
        ],
        again=[
            "Affiches toujours là | Les affiches collées {loc} sont toujours là, plus d'un mois après mon signalement.",
        ],
        new=[
            "Affiches recollées | De nouvelles affiches ont été collées {loc}, au même endroit que celles retirées le mois dernier.",
        ],
    ),
    "abribus_vitre": kind(
        "street", CLEAN, alt=[SIGN, TOQUALIFY], multi=False,
        app=[
            "Abribus | vitre de l abribus explosée, du verre partout",
            "Arrêt de bus | vitre de l abri cassée, éclats sur le trottoir",
            "abribus | abribus vandalisé, paroi en verre brisée",
            "Verre cassé | verre securit en miettes sous l abribus",
        ],
        web=[
            "Vitre d'abribus brisée | Bonjour, une des vitres de l'abri de l'arrêt de bus {loc} a été brisée cette nuit. Il y a des éclats de verre sur le trottoir et sur le banc.",
        ],
        note=[
            "Abri bus vandalisé | Appel Mme Bertrand : abri bus vandalisé {loc}, paroi vitrée cassée, débris de verre. Risque pour les enfants.",
            "Vitre d'abribus | Signalé par un agent TCL : vitre d'abribus brisée {loc}, à sécuriser.",
        ],
        mail=[
            "Abribus cassé | Bonjour,\nJe prends le bus tous les matins {loc}. Depuis hier, la vitre latérale de l'abribus est en mille morceaux et on marche sur le verre. Par temps de pluie l'abri ne protège plus rien. Je ne sais pas si c'est à la ville ou aux TCL de le réparer.\nBonne journée",
        ],
        social=[
            "Twitter | L'abribus {loc} a pris cher cette nuit, vitre explosée 😤",
        ],
        again=[
            "Abribus toujours pas réparé | Relance : la vitre cassée de l'abribus {loc} n'est toujours pas remplacée, plus d'un mois après.",
        ],
    ),
    "abribus_affiches": kind(
        "street", CLEAN, alt=[CLAIM], multi=False,
        app=[
            "Abribus | abribus couvert de tags et d autocollants",
            "Tags | abri bus entierement tagué, on voit plus le plan",
            "abribus | stickers et affichettes collés sur toutes les vitres de l abri",
        ],
        web=[
            "Abribus tagué | Les vitres de l'abribus {loc} sont couvertes de tags et d'autocollants, on ne voit plus les horaires.",
        ],
        note=[
            "Abri de bus tagué | Appel d'un usager : abri de bus recouvert de graffitis {loc}, plan illisible.",
        ],
        mail=[
            "Abri de bus sale | Bonjour,\nL'abribus {loc} est couvert de tags et d'affichettes depuis des semaines, on ne peut plus lire le plan du réseau ni les horaires. Merci de le faire nettoyer.\nCordialement",
        ],
    ),
    "rats_poubelles": kind(
        "street", CLEAN, alt=[WASTE, TOQUALIFY], multi=False,
        app=[
            "Rats | des rats autour des poubelles, on en voit tous les soirs",
            "Nuisibles | plusieurs rats qui sortent du local a poubelles",
            "rats | gros rats pres des conteneurs, ils courent sur le trottoir en plein jour",
            "Rongeurs | invasion de rats vers les bacs, les gamins ont peur",
        ],
        web=[
            "Présence de rats | Bonjour, depuis une dizaine de jours nous voyons des rats circuler entre les conteneurs à déchets {loc}, même en journée. Il y a des terriers dans le massif à côté.",
        ],
        note=[
            "Dératisation | Appel de Mme Nicolas : rats autour des bacs {loc}, terriers dans la terre. Demande dératisation.",
            "Rats poubelles | Guichet : commerçant signale la présence de rats près des poubelles devant {lm}.",
        ],
        mail=[
            "Invasion de rats | Bonjour,\nJe vous écris au nom de plusieurs voisins : les rats prolifèrent autour des bacs à ordures {loc}. Le soir on en compte cinq ou six, ils ne se cachent même plus. Nous avons des enfants en bas âge. Une campagne de dératisation est-elle prévue ?\nMerci,\nR. Meunier",
        ],
        social=[
            "Facebook | Les rats {loc} sont plus nombreux que les habitants 🐀 Il serait temps de dératiser",
        ],
        again=[
            "Toujours des rats | Bonjour, malgré mon message d'il y a un mois et demi, les rats sont toujours là autour des poubelles {loc}. Personne n'est passé.",
        ],
    ),
    "corbeille_pleine": kind(
        "street", CLEAN, alt=[WASTE, DUMP], lasting=False, multi=True,
        app=[
            "Corbeille | poubelle de rue qui deborde, dechets par terre",
            "Propreté | corbeille pleine a ras bord, les pigeons eparpillent tout",
            "poubelle | la poubelle publique est pleine depuis des jours",
            "Corbeille pleine | sac de la corbeille plein, canettes et emballages autour",
        ],
        web=[
            "Corbeille de rue pleine | La corbeille {loc} n'a pas été vidée depuis plusieurs jours, les détritus s'accumulent autour et le vent les disperse.",
        ],
        note=[
            "Corbeille débordante | Appel M. Benoît : corbeille publique qui déborde {loc}, odeurs.",
            "Poubelle de rue pleine | Guichet : usagère signale une poubelle de rue pleine à craquer devant {lm}.",
        ],
        mail=[
            "Poubelle publique débordante | Bonjour,\nLa petite poubelle de rue {loc} déborde depuis le week-end. Il y a des emballages de fast-food partout autour et ça attire les pigeons et les rats. Pourriez-vous passer la vider ?\nMerci",
        ],
        social=[
            "Twitter | Poubelle {loc} qui déborde depuis 4 jours 🗑️ #Lyon #propreté",
        ],
        new=[
            "Corbeille à nouveau pleine | La corbeille {loc} déborde encore, elle avait pourtant été vidée après mon précédent signalement il y a quelques semaines.",
        ],
    ),
    "corbeille_arrachee": kind(
        "street", CLEAN, alt=[DUMP], multi=True,
        app=[
            "Corbeille | poubelle de rue arrachee de son poteau",
            "Poubelle cassée | corbeille cassee, elle pend par une seule vis",
            "corbeille | la poubelle publique a ete arrachee, elle traine par terre",
        ],
        web=[
            "Corbeille arrachée | La poubelle de rue {loc} a été arrachée de son support et gît sur le trottoir.",
        ],
        note=[
            "Corbeille cassée | Appel d'un riverain : corbeille de rue cassée et décrochée {loc}.",
        ],
        mail=[
            "Poubelle publique cassée | Bonjour,\nLa corbeille {loc} a été arrachée (vandalisme ?). Il ne reste que le poteau, et les gens posent leurs déchets par terre à la place. Merci de la remplacer.\nCordialement",
        ],
    ),
    # ------------------------------------------------------------------ dumping
    "encombrants": kind(
        "street", DUMP, alt=[WASTE, CLEAN, TOQUALIFY], lasting=False, multi=True,
        app=[
            "Dépôt sauvage | matelas abandonné sur le trottoir",
            "Encombrants | un matelas et un sommier déposés contre le mur",
            "depot | vieux matelas pourri laissé devant l immeuble",
            "Dépôt sauvage | matelas + sommier qui bloquent le trottoir depuis hier",
        ],
        web=[
            "Matelas abandonné | Bonjour, quelqu'un a déposé un matelas double et un sommier {loc}. Ils sont trempés par la pluie et bloquent la moitié du trottoir.",
        ],
        note=[
            "Dépôt literie | Appel de Mme Moulin : dépôt d'un matelas et d'un sommier {loc} depuis samedi. Demande enlèvement.",
            "Literie abandonnée | Guichet : usager signale de la literie abandonnée devant {lm}.",
        ],
        mail=[
            "Literie abandonnée | Bonjour,\nUn matelas a été abandonné {loc}, probablement suite à un déménagement. Il est posé contre l'arbre et des enfants jouent déjà dessus. Pourriez-vous organiser son enlèvement ?\nBien à vous",
        ],
        social=[
            "Facebook | Un matelas jeté sur le trottoir {loc}, les gens n'ont vraiment aucun respect.",
        ],
        new=[
            "Nouveau dépôt | Encore un matelas déposé au même endroit {loc}, le précédent avait été enlevé il y a deux semaines.",
            "depot sauvage | ca recommence, un autre matelas au meme endroit",
        ],
    ),
    "gravats": kind(
        "street", DUMP, alt=[CLEAN, ROAD], lasting=False, multi=True,
        app=[
            "Gravats | sacs de gravats abandonnés au bord de la route",
            "Dépôt sauvage | tas de gravats et de plâtre sur le trottoir",
            "dechets chantier | big bag de gravats laissé au bord du trottoir",
            "Dépôt | debris de carrelage et sacs de ciment deversés la nuit",
        ],
        web=[
            "Dépôt de gravats | Un artisan peu scrupuleux a déversé des gravats {loc} : morceaux de béton, plâtre, carrelage. Il y en a au moins un mètre cube.",
        ],
        note=[
            "Déchets de chantier | Appel M. Rey : dépôt de déchets de chantier {loc} cette nuit, sacs de gravats et plaques de plâtre.",
        ],
        mail=[
            "Déchets de travaux abandonnés | Bonjour,\nCe matin nous avons découvert {loc} un tas de gravats et de sacs de ciment éventrés, manifestement laissés par une entreprise. La poussière s'envole dès qu'une voiture passe. Merci de faire enlever ce dépôt et, si possible, de rechercher l'auteur.\nCordialement,\nM. et Mme Lacroix",
        ],
        social=[
            "Twitter | Dépôt de gravats {loc} 🤬 les artisans qui jettent leurs déchets dans la rue, ça suffit",
        ],
        new=[
            "Gravats de nouveau | Nouveau dépôt de gravats {loc}, au même endroit que le mois dernier.",
        ],
    ),
    "caddies": kind(
        "street", DUMP, alt=[CLEAN, TOQUALIFY], lasting=False, multi=True,
        app=[
            "Caddies | des caddies abandonnés sur le trottoir",
            "Chariots | chariots de supermarché laissés en plein milieu du passage",
            "caddie | caddies qui trainent depuis une semaine, un est renversé",
        ],
        web=[
            "Chariots de supermarché abandonnés | Bonjour, plusieurs chariots de supermarché sont abandonnés {loc} depuis des jours. Ils encombrent le trottoir.",
        ],
        note=[
            "Caddies abandonnés | Appel Mme Perret : caddies abandonnés {loc}, gênent le passage des poussettes.",
        ],
        mail=[
            "Caddies qui traînent | Bonjour,\nDes chariots du supermarché du quartier ont été abandonnés {loc}. Il y en a plusieurs, dont un renversé sur le trottoir. Est-ce à la ville de les enlever ou au magasin ? Merci d'intervenir.\nCordialement",
        ],
        social=[
            "Instagram | Le cimetière des caddies {loc} 🛒🛒",
        ],
        new=[
            "Caddies de nouveau | Re-caddies abandonnés {loc}, ceux de la dernière fois avaient été ramassés.",
        ],
    ),
    "sacs_colonne": kind(
        "street", DUMP, alt=[WASTE, CLEAN], lasting=False, multi=False,
        app=[
            "Dépôt sauvage | sacs poubelle entassés au pied des conteneurs de tri",
            "sacs | sacs de dechets laissés a coté des containers de tri",
            "Déchets | tas de sacs et cartons autour des colonnes",
        ],
        web=[
            "Sacs au pied des conteneurs | Des sacs d'ordures ménagères et des cartons sont déposés au pied des colonnes de tri {loc}. Ça déborde sur le trottoir et ça sent mauvais.",
        ],
        note=[
            "Sacs autour des colonnes | Appel M. Girard : sacs poubelles et cartons déposés autour des conteneurs de tri {loc}.",
        ],
        mail=[
            "Dépôts autour des points de tri | Bonjour,\nLe point d'apport volontaire {loc} est devenu une décharge : sacs noirs éventrés, cartons, même une chaise. Les colonnes ne sont pourtant pas pleines, les gens posent juste leurs sacs par terre.\nMerci de nettoyer,\nUn habitant",
        ],
        social=[
            "Facebook | Les conteneurs {loc} entourés de sacs poubelles, c'est dégoûtant",
        ],
        new=[
            "De nouveau des sacs | Nouveau dépôt de sacs au pied des colonnes {loc}, c'était propre depuis le passage de la semaine dernière.",
        ],
    ),
    # ------------------------------------------------------------------ waste collection
    "colonne_verre_pleine": kind(
        "street", WASTE, alt=[DUMP, CLEAN], lasting=False, multi=False,
        app=[
            "Colonne à verre | colonne a verre pleine, impossible de jeter les bouteilles",
            "Verre | container verre plein a ras bord",
            "Tri | la colonne a verre deborde, des bouteilles posées dessus",
        ],
        web=[
            "Colonne à verre saturée | La colonne à verre {loc} est pleine depuis plusieurs jours, on ne peut plus rien y mettre.",
        ],
        note=[
            "Colonne verre pleine | Appel Mme Michaud : colonne de verre pleine {loc}, demande vidage.",
        ],
        mail=[
            "Conteneur à verre plein | Bonjour,\nLe conteneur à verre {loc} est plein depuis au moins une semaine. Je suis venu deux fois avec mes bouteilles et j'ai dû repartir avec. Serait-il possible d'augmenter la fréquence de vidage ?\nCordialement",
        ],
        social=[
            "Twitter | La colonne à verre {loc} est pleine à craquer 🍾",
        ],
        new=[
            "Colonne à verre de nouveau pleine | La colonne {loc} déborde de nouveau, trois semaines après avoir été vidée.",
        ],
        effect=[
            "Bouteilles par terre | des dizaines de bouteilles posées par terre autour du conteneur a verre, du verre cassé partout",
            "Verre cassé sur le trottoir | Appel M. Simon : bouteilles et bocaux abandonnés au pied du conteneur à verre {loc}, des éclats sur le trottoir, son chien s'est coupé la patte.",
        ],
        effect_type=DUMP,
    ),
    "bac_non_collecte": kind(
        "street", WASTE, alt=[CLAIM, TOQUALIFY], lasting=False, multi=True,
        app=[
            "Collecte | poubelles pas ramassées depuis lundi",
            "Bac non collecté | le camion est pas passé, bacs pleins sur le trottoir",
            "ordures | bacs gris pleins pas vidés cette semaine",
            "Collecte des déchets | le camion poubelle a oublié notre immeuble",
        ],
        web=[
            "Ordures ménagères non collectées | Bonjour, les bacs de notre immeuble {loc} n'ont pas été vidés au dernier passage. Ils sont sortis sur le trottoir et débordent.",
        ],
        note=[
            "Oubli de collecte | Appel du gardien de l'immeuble {loc} : bacs OM non collectés ce matin, tous sortis.",
            "Poubelles non ramassées | Guichet : résidente signale que les poubelles de sa résidence n'ont pas été ramassées cette semaine.",
        ],
        mail=[
            "Oubli de collecte | Bonjour,\nNos poubelles n'ont pas été ramassées cette semaine {loc}, alors qu'elles étaient sorties la veille au soir comme d'habitude. Avec la chaleur l'odeur devient insupportable. Merci de faire repasser le camion.\nCordialement,\nSyndic bénévole",
        ],
        social=[
            "Facebook | Les poubelles {loc} n'ont pas été ramassées, ça pue dans toute la rue. Allo @VilleDeLyon ?",
        ],
        new=[
            "Poubelles encore oubliées | Nos bacs n'ont encore pas été collectés cette semaine {loc}, c'est la deuxième fois ce mois-ci.",
        ],
    ),
    # ------------------------------------------------------------------ green spaces
    "branche_tombee": kind(
        "street", GREEN, alt=[ROAD, SIGN], lasting=False, multi=True,
        app=[
            "Arbre | grosse branche tombee sur le trottoir",
            "Branche cassée | une branche s'est détachée de l'arbre et est au sol",
            "Élagage | branche arrachee par le vent en travers du trottoir",
            "branche | une branche est tombee de l arbre, elle barre le passage",
        ],
        web=[
            "Branche tombée | Suite au coup de vent de cette nuit, une grosse branche de platane est tombée {loc}.",
        ],
        note=[
            "Branche au sol | Appel M. Chevalier : branche d'arbre tombée {loc}, a failli toucher un passant.",
            "Branche cassée | Guichet : une dame signale une branche cassée au sol sous l'arbre devant {lm}.",
        ],
        mail=[
            "Branche d'arbre au sol | Bonjour,\nUne branche de plusieurs mètres s'est détachée d'un arbre {loc} pendant l'orage. Elle est tombée sur le trottoir et déborde sur la chaussée. Heureusement personne n'était dessous. Merci de venir la dégager et de vérifier l'arbre.\nSalutations",
        ],
        social=[
            "Twitter | Grosse branche tombée {loc} après l'orage, attention en passant ⚠️🌳",
        ],
        effect=[
            "Route bloquée | la voie est bloquée, les voitures doivent monter sur le trottoir pour passer",
            "Voiture abîmée | Bonjour, ma voiture garée {loc} a été endommagée cette nuit par la chute d'une branche (pare-brise et capot). Comment faire une déclaration ?",
            "Chaussée obstruée | Appel d'un chauffeur de bus : chaussée obstruée {loc} par des branchages, le bus ne peut plus passer.",
        ],
        effect_type=ROAD,
    ),
    "nid_guepes": kind(
        "square", GREEN, alt=[CLEAN, TOQUALIFY], multi=False,
        app=[
            "Guêpes | nid de guepes dans un arbre du square, au dessus des bancs",
            "Nuisibles | gros nid de frelons dans l arbre pres des bancs",
            "guepes | essaim de guêpes autour d un arbre du parc, des enfants piqués",
        ],
        web=[
            "Nid de guêpes dans un arbre du square | Bonjour, un nid de guêpes (ou de frelons ?) est accroché dans un arbre {loc}, juste au-dessus des bancs. Les insectes sont très nombreux.",
        ],
        note=[
            "Nid de frelons | Appel de Mme Gauthier : nid de frelons dans un arbre {loc}, près des bancs. Demande destruction.",
            "Nid d'insectes | Guichet : assistante maternelle signale un nid d'insectes dans un arbre du square {loc}, enfants piqués.",
        ],
        mail=[
            "Nid de frelons dans le parc | Bonjour,\nEn promenant mon chien {loc} j'ai remarqué un nid énorme, gros comme un ballon, dans un arbre près des bancs. Il y a un va-et-vient incessant de frelons. Des familles pique-niquent juste en dessous. Pouvez-vous envoyer quelqu'un ?\nMerci",
        ],
        social=[
            "Facebook | Nid de guêpes {loc} juste au-dessus des bancs 🐝 attention les parents",
        ],
        again=[
            "Nid toujours là | Relance : le nid de frelons signalé dans un arbre {loc} il y a plus d'un mois n'a toujours pas été détruit.",
        ],
    ),
    "fontaine": kind(
        "square", GREEN, alt=[TOQUALIFY, CLAIM], multi=False,
        app=[
            "Fontaine | fontaine a eau ne coule plus",
            "Borne fontaine | la fontaine à boire est en panne, bouton qui ne fait rien",
            "fontaine | plus d eau a la fontaine du square",
        ],
        web=[
            "Fontaine à boire hors service | Bonjour, la fontaine d'eau potable {loc} ne fonctionne plus depuis plusieurs jours. Avec la chaleur c'est bien dommage.",
        ],
        note=[
            "Borne fontaine à sec | Appel M. Lambert : borne fontaine {loc} à sec, le bouton poussoir ne fonctionne plus.",
        ],
        mail=[
            "Fontaine en panne | Bonjour,\nLa fontaine d'eau potable {loc} est en panne : quand on appuie, rien ne sort. C'est la seule du secteur et beaucoup de joggeurs et de familles s'en servent l'été. Merci de la faire réparer.\nBien cordialement",
        ],
        social=[
            "Twitter | La fontaine {loc} est à sec en pleine canicule 🥵",
        ],
        again=[
            "Fontaine toujours en panne | La fontaine {loc} ne fonctionne toujours pas, ça fait plus d'un mois.",
        ],
    ),
    "banc_casse": kind(
        "square", GREEN, alt=[CLEAN, TOQUALIFY], multi=True,
        app=[
            "Banc | banc cassé, il manque deux lattes",
            "Mobilier | banc public casse, planches arrachees",
            "banc | le banc est defoncé, des vis depassent",
        ],
        web=[
            "Banc public dégradé | Bonjour, un banc {loc} a été vandalisé : plusieurs lattes du dossier et de l'assise sont cassées, des vis dépassent.",
        ],
        note=[
            "Banc cassé | Appel M. Bonnet : banc cassé {loc}, planches arrachées, vis qui dépassent. Les personnes âgées ne peuvent plus s'asseoir.",
        ],
        mail=[
            "Banc cassé | Bonjour,\nJe suis une personne âgée et je m'assois chaque jour sur le banc {loc}. Depuis la semaine dernière il est cassé : il manque des planches et les vis dépassent. J'ai déchiré mon manteau dessus. Pouvez-vous le réparer ?\nMerci,\nMme Dupuis",
        ],
        social=[
            "Instagram | Banc cassé {loc}, il ne sert plus à rien 🪑",
        ],
        again=[
            "Banc toujours cassé | Relance : le banc cassé {loc}, signalé il y a plus d'un mois, n'a pas été réparé.",
        ],
    ),
    "banc_tague": kind(
        "square", CLEAN, alt=[GREEN], multi=True,
        app=[
            "Banc | banc couvert de tags",
            "Tags | inscriptions au marqueur et peinture sur le banc",
            "banc | banc tagué a la bombe",
        ],
        web=[
            "Banc tagué | Le banc {loc} a été recouvert de graffitis à la bombe de peinture.",
        ],
        note=[
            "Banc tagué | Appel d'une riveraine : banc public tagué {loc}.",
        ],
        mail=[
            "Tags sur un banc | Bonjour,\nLe banc {loc} est couvert de tags depuis quelques jours. Merci de le faire nettoyer.\nCordialement",
        ],
    ),
    "lampadaire_tague": kind(
        "street", CLEAN, alt=[LIGHT], multi=True,
        app=[
            "Tags | lampadaire couvert de tags et d autocollants",
            "Propreté | poteau d eclairage peint a la bombe",
            "tag | mat de lampadaire recouvert de stickers",
        ],
        web=[
            "Candélabre tagué | Le mât du lampadaire {loc} est couvert de tags et d'autocollants.",
        ],
        note=[
            "Tags poteau d'éclairage | Appel M. Poirier : tags et stickers sur le poteau d'éclairage {loc}.",
        ],
        mail=[
            "Lampadaire dégradé | Bonjour,\nLe lampadaire {loc} a été tagué sur toute sa hauteur et couvert d'autocollants. Merci de le faire nettoyer.\nCordialement",
        ],
    ),
    "aire_jeux": kind(
        "square", GREEN, alt=[CLAIM, TOQUALIFY], multi=False,
        app=[
            "Aire de jeux | toboggan cassé, plastique fendu avec bord coupant",
            "jeux | le toboggan est casse, bord coupant",
            "Aire de jeux | toboggan fendu, un enfant s est coupé",
        ],
        web=[
            "Toboggan dangereux | Bonjour, le toboggan de l'aire de jeux {loc} est fendu sur le côté, le bord est coupant. Mon fils s'est égratigné la main.",
        ],
        note=[
            "Toboggan cassé | Appel de Mme Rousseau : toboggan cassé dans l'aire de jeux {loc}, demande mise en sécurité.",
        ],
        mail=[
            "Aire de jeux : toboggan cassé | Bonjour,\nL'aire de jeux {loc} est très fréquentée par les enfants du quartier. Le toboggan est cassé depuis plusieurs jours : une partie du plastique est fendue et forme une arête tranchante. Pourriez-vous au moins le condamner en attendant la réparation ?\nMerci pour les enfants,\nUne maman",
        ],
        social=[
            "Facebook | Le toboggan {loc} est cassé et coupant, personne n'a mis de rubalise 😡",
        ],
        again=[
            "Toboggan toujours cassé | Relance : toboggan de l'aire de jeux {loc} toujours cassé, plus d'un mois après.",
        ],
    ),
    # ------------------------------------------------------------------ parking
    "voiture_ventouse": kind(
        "street", PARK, alt=[DUMP, TOQUALIFY], multi=True,
        app=[
            "Véhicule abandonné | voiture qui n a pas bougé depuis des mois, pneus a plat",
            "Épave | voiture epave, vitre cassee, remplie de dechets",
            "ventouse | voiture ventouse grise, pv sur le pare brise depuis des semaines",
            "Stationnement | voiture abandonnée, couverte de poussière et de feuilles",
        ],
        web=[
            "Voiture ventouse | Bonjour, une voiture grise est stationnée {loc} depuis au moins trois mois. Les pneus sont à plat et elle a une vitre cassée.",
        ],
        note=[
            "Véhicule épave | Appel de M. Renaud : véhicule épave {loc}, plaques arrachées, stationné depuis l'été.",
            "Voiture abandonnée | Guichet : usagère signale une voiture abandonnée devant {lm}, pneus crevés.",
        ],
        mail=[
            "Véhicule abandonné depuis des mois | Bonjour,\nUne Clio grise est garée {loc} depuis le mois de juin. Elle n'a jamais bougé, les pneus sont dégonflés, la vitre arrière est cassée et des gens commencent à y jeter des déchets. Pouvez-vous faire le nécessaire pour l'enlèvement ?\nCordialement,\nG. Faure",
        ],
        social=[
            "Twitter | La voiture épave {loc} fait partie du décor maintenant 🚗🕸️ @Lyon",
        ],
        again=[
            "Toujours l'épave | Bonjour, la voiture abandonnée {loc} signalée il y a plus d'un mois est toujours là.",
        ],
    ),
}

# different objects at the same place (not duplicates)
SAME_PLACE_OTHER_OBJECT = [
    ("banc_casse", "corbeille_pleine"), ("aire_jeux", "fontaine"), ("nid_guepes", "banc_casse"),
    ("feu_tricolore", "passage_pieton_efface"), ("nid_de_poule", "lampadaire_eteint"), ("abribus_vitre", "panneau_tombe"),
    ("bac_non_collecte", "encombrants"), ("potelets_piste", "lampadaire_eteint"), ("caddies", "corbeille_pleine"),
    ("cables_pendants", "dalle_trottoir"), ("bouton_pieton", "nid_de_poule"), ("voiture_ventouse", "grille_manquante"),
    ("tag_ecole", "dalle_trottoir"), ("aire_jeux", "nid_guepes"), ("fontaine", "banc_casse"),
    ("rats_poubelles", "lampadaire_eteint"), ("affichage_sauvage", "avaloir_bouche"),
]

# the same object, another fault needing another intervention (not duplicates)
SAME_OBJECT_OTHER_FAULT = [
    ("lampadaire_eteint", "lampadaire_tague"), ("lampadaire_jour", "lampadaire_tague"), ("banc_casse", "banc_tague"),
    ("corbeille_pleine", "corbeille_arrachee"), ("abribus_vitre", "abribus_affiches"),
]

# ------------------------------------------------------------------ noise (source {src} = a bar's name)
NOISE = {
    "bar": {
        "app": [
            "Bruit | musique tres forte au bar {src}, 1h du matin",
            "Nuisances sonores | clients du bar {src} qui hurlent dans la rue, impossible de dormir",
            "tapage | bar {src} encore ouvert a 2h, musique a fond",
            "Bruit | attroupement devant {src}, cris et klaxons",
        ],
        "web": [
            "Nuisances du bar {src} | Bonsoir, le bar {src} {loc} diffuse de la musique amplifiée bien après minuit et les clients fument et crient sur le trottoir. Nous avons des enfants qui ne dorment plus.",
            "Tapage nocturne d'un établissement | Terrasse bondée et enceintes dehors au {src} {loc}, jusqu'à 2 h du matin. Les riverains n'en peuvent plus.",
        ],
        "note": [
            "Tapage bar | Appel de M. Lefèvre à 23 h 40 : tapage devant le bar {src} {loc}, musique et clients en terrasse. Demande passage police municipale.",
            "Bruit d'établissement | Mme Arnaud (riveraine du 2e étage) se plaint du bruit du bar {src} chaque nuit jusqu'à 2 h.",
        ],
        "mail": [
            "Bruit du bar en bas de chez moi | Bonjour,\nJ'habite {loc}, juste au-dessus du bar {src}. Depuis le début de la saison, la terrasse reste pleine jusqu'à 1 h passée, avec de la musique, des cris et des bouteilles jetées dans la rue. Je me lève à 5 h pour travailler. J'ai déjà parlé au gérant, sans résultat. Que pouvez-vous faire ?\nCordialement,\nD. Martin",
        ],
        "social": [
            "Twitter | 2h du mat, le bar {src} {loc} fait encore la fête comme si de rien n'était 🎶😴 #tapagenocturne",
        ],
        "again": [
            "Encore le bar | Ça recommence ce soir avec le bar {src}, musique à fond, c'est la deuxième nuit de suite.",
            "bruit | re-bruit au {src} cette nuit, rien n a changé depuis mon message d hier",
            "Nouvel appel tapage | Appel de M. Lefèvre, nouveau : toujours du bruit au bar {src}, il a déjà appelé plus tôt dans la soirée.",
        ],
    },
    "voisin": {
        "app": [
            "Bruit voisin | voisin du dessus qui met la musique a fond toutes les nuits",
            "Tapage nocturne | fête chez le voisin, basses qui font trembler les murs",
            "bruit | cris et musique dans l appart d a coté depuis 23h",
        ],
        "web": [
            "Tapage nocturne d'un voisin | Bonsoir, mon voisin de palier {loc} organise des soirées presque tous les soirs, musique très forte et cris jusqu'à 3 h. J'ai essayé de lui parler, il ne veut rien entendre.",
        ],
        "note": [
            "Voisin bruyant | Appel de Mme Guillot : voisin bruyant dans son immeuble {loc}, musique et cris la nuit. Souhaite une médiation.",
        ],
        "mail": [
            "Nuisances sonores de voisinage | Bonjour,\nJe vis dans un immeuble {loc} et depuis l'arrivée d'un nouveau locataire au 3e étage, les nuits sont infernales : musique, basses, éclats de voix, portes qui claquent à 2 h. Le syndic ne fait rien. Quels sont mes recours ?\nMerci de votre aide",
        ],
        "social": [
            "Facebook | Voisin qui fait la fête jusqu'à 4h du mat {rue}, on en peut plus 😩",
        ],
        "again": [
            "Bruit voisin, encore | Le voisin a recommencé cette nuit, même appartement, même musique. Déjà signalé hier.",
            "voisin | encore la fete au dessus cette nuit, comme avant hier",
        ],
    },
    "chantier": {
        "app": [
            "Chantier | marteau piqueur des 6h du matin",
            "Bruit chantier | engins qui tournent avant 7h",
            "chantier | bruit de chantier tres tot, scies et perceuses",
        ],
        "web": [
            "Chantier bruyant | Bonjour, le chantier {loc} commence tous les jours avant 7 h avec des engins et un marteau-piqueur. Est-ce autorisé ?",
        ],
        "note": [
            "Horaires de chantier | Appel de M. Dumont : chantier {loc} qui démarre à 6 h 30, camions et bips de recul. Demande vérification des horaires.",
        ],
        "mail": [
            "Nuisances du chantier | Bonjour,\nLe chantier de construction {loc} génère un bruit insupportable : dès 6 h 45 les camions toupie arrivent et les engins démarrent. Je télétravaille et ne peux plus tenir une réunion. Pouvez-vous faire respecter les horaires ?\nCordialement",
        ],
        "social": [
            "Twitter | Réveillé à 6h par le chantier {loc} 🙃",
        ],
        "again": [
            "Chantier encore | Le chantier {loc} a encore démarré avant 7 h ce matin, comme hier.",
        ],
    },
    "livraison": {
        "app": [
            "Livraison | camion de livraison qui decharge a 5h du matin moteur allumé",
            "Bruit | livraisons bruyantes de la superette a 4h, rolls sur le trottoir",
            "livraison | transpalette et camion frigo qui tourne la nuit",
        ],
        "web": [
            "Livraisons nocturnes | Bonjour, chaque nuit vers 4 h un camion frigorifique livre le supermarché {loc}, moteur tournant et chariots métalliques sur le trottoir.",
        ],
        "note": [
            "Livraisons de nuit | Appel Mme Lemoine : livraisons de nuit au magasin {loc}, bruit de chariots et de hayon à 4 h 30.",
        ],
        "mail": [
            "Livraisons en pleine nuit | Bonjour,\nLe supermarché {loc} se fait livrer entre 4 h et 5 h du matin. Le camion frigorifique reste moteur allumé, le hayon claque, les rolls roulent sur les pavés. Nous sommes réveillés toutes les nuits. Existe-t-il une réglementation ?\nCordialement",
        ],
        "social": [
            "Facebook | Le camion de livraison {loc} qui me réveille à 4h tous les jours 🚚😤",
        ],
        "again": [
            "Livraison encore | Encore le camion de livraison cette nuit {loc}, à 4 h 10.",
        ],
    },
}
