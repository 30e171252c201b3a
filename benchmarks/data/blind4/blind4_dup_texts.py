"""Hand-written French report texts for the blind4 duplicate pairs (new for this split).

Each text is "subject | description". Placeholders filled by make_blind4.py: {loc} (where it is, in a
sentence), {rue} (the street or square name as typed), {lm} (a landmark), {src} (the bar / restaurant name).
Pools per kind: app (mobile app, short, often no accents), web (web form), note (agent's note of a phone
call or a counter visit), mail (e-mail or letter), social (post turned into a request), again (follow-up of
an unrepaired fault), new (a new occurrence after the first was handled), effect (a consequence of the fault).
All the texts of one kind describe one compatible situation, so that any two of them can be the same incident.
"""

LANDMARKS = [
    "la pharmacie", "le tabac-presse", "la boulangerie", "l'arrêt du bus", "l'entrée de l'école", "la laverie",
    "le kebab", "la station Vélo'v", "le Monoprix", "la supérette", "le pressing", "l'auto-école", "la banque",
    "le cabinet médical", "la crèche", "le salon de coiffure", "l'agence immobilière", "la fromagerie",
    "le garage", "la bouche de métro", "le gymnase", "la poste", "l'opticien", "le fleuriste",
]

BARS = [
    "Chez Nino", "Rhône Café", "Pinte & Co", "Bistrot 69", "Tchin", "La Grenadine", "Café Pavot", "Zinc Zinc",
    "Barbotine", "Station 7", "Le Galopin", "Ô Tonneau", "L'Abreuvoir", "Le Quai Nord",
]

S, ST, CR = "square", "street", "crossing"
NID, ECL, SIG, DEP, PRO, EV, COL, STA, NUI, REC, DAQ, INF = (
    "Nid-de-poule ou chaussée dégradée", "Éclairage public en panne", "Signalisation endommagée", "Dépôt sauvage",
    "Propreté de la voie publique", "Espaces verts et élagage", "Collecte des déchets", "Stationnement gênant",
    "Nuisances sonores", "Réclamation", "Demande à qualifier", "Demande d'information",
)

KINDS = {
    # ------------------------------------------------------------------ trench badly filled in, sinking
    "tranchee": dict(
        type=NID, where=ST, multi=True, lasting=True, cause=True, effect_type=REC, alt=[REC, SIG],
        app=[
            "Chaussée affaissée | la tranchee des travaux s'est affaissee, ca fait une marche",
            "Chaussée affaissée | tranchée rebouchée n'importe comment, creux de 10 cm sur la voie",
            "trou travaux | le rebouchage du chantier gaz s enfonce, les voitures tapent",
            "Chaussée affaissée | bande de goudron qui s'effondre en travers de la rue",
        ],
        web=[
            "Affaissement après travaux | Depuis la fin des travaux sur le réseau, la bande d'enrobé qui traverse la chaussée s'est creusée. Il y a maintenant un vrai décrochement d'une dizaine de centimètres.",
            "Tranchée mal refermée | La saignée faite par l'entreprise pour les câbles n'a pas été reprise correctement : elle s'affaisse et l'eau stagne dedans. {loc}.",
            "Chaussée qui s'enfonce | Le raccord de bitume en travers de la voie descend un peu plus chaque semaine. Les deux-roues doivent faire un écart.",
        ],
        note=[
            "Appel riverain | Appel de M. Perrin : tranchée de travaux refermée il y a un mois, elle s'est tassée, décrochement sur toute la largeur. Souhaite savoir quelle entreprise est responsable.",
            "Guichet : affaissement | Guichet : une habitante signale un creux en travers de la chaussée à l'endroit de l'ancienne tranchée (travaux réseau). Bruit de choc à chaque voiture.",
            "Tél. commerçant | Tél. gérant de {lm} : la bande refaite après les travaux s'est enfoncée, les livreurs râlent, une camionnette a touché. {loc}.",
        ],
        mail=[
            "Travaux mal terminés devant chez nous | Bonjour, des travaux ont eu lieu cet automne dans notre rue ({loc}) et la tranchée a été rebouchée à la va-vite. Aujourd'hui le revêtement s'est affaissé sur toute la largeur de la chaussée, on a une marche de plusieurs centimètres. Les voitures freinent brutalement et de nuit c'est dangereux pour les vélos. Pouvez-vous faire intervenir l'entreprise ? Cordialement, Hélène G.",
            "Affaissement de chaussée | Madame, Monsieur, je vous écris au sujet du raccord de bitume laissé après les travaux de raccordement {loc}. Il s'enfonce progressivement et forme une cuvette où l'eau reste plusieurs jours. Merci de transmettre au service voirie. Bien à vous, J.-P. Marchand",
        ],
        social=[
            "Post Facebook | Bravo pour la tranchée rebouchée avec les pieds {loc} 👏 maintenant c'est une marche d'escalier pour les voitures @VilledeLyon",
        ],
        again=[
            "Relance affaissement | Je relance : la tranchée affaissée signalée le mois dernier n'a pas bougé, c'est même pire. {loc}.",
            "Toujours le creux | toujours pas repris le rebouchage des travaux, le creux s'agrandit, ca fait plus d un mois",
            "Rappel de Mme Lenoir | Rappel de Mme Lenoir : 2e appel pour l'affaissement de la tranchée, rien n'a été fait depuis son premier signalement.",
        ],
        new=[
            "Chaussée qui s'affaisse à nouveau | La tranchée avait été reprise au printemps mais le goudron recommence à s'enfoncer au même endroit.",
        ],
        effect=[
            "Jante abîmée | Bonjour, j'ai abîmé ma jante en passant dans le creux de l'ancienne tranchée {loc}. Je souhaite savoir comment me faire rembourser, j'ai la facture du garage.",
            "Chute en scooter | scooter tombé hier soir à cause de la marche dans la chaussée {loc}, genou ouvert. Qui est responsable ?",
            "Appel motard | Appel de M. Diallo : moto déséquilibrée dans le décrochement de la chaussée {loc}, pas de blessé mais carénage rayé. Demande une indemnisation.",
        ],
    ),
    # ------------------------------------------------------------------ tree roots lifting the pavement
    "racines": dict(
        type=NID, where=ST, multi=True, lasting=True, cause=True, effect_type=REC, alt=[EV],
        app=[
            "Trottoir soulevé | racines de platane qui soulevent le trottoir, bosse enorme",
            "Trottoir soulevé | le bitume du trottoir est bombé par les racines, on se prend les pieds",
            "trottoir | trottoir fendu et soulevé par un arbre, impossible avec la poussette",
        ],
        web=[
            "Revêtement du trottoir soulevé par un arbre | Les racines de l'arbre d'alignement ont fait éclater l'enrobé du trottoir sur deux mètres. On a une bosse de 15 cm avec des fissures, c'est un piège pour les personnes âgées.",
            "Trottoir déformé | Le trottoir est complètement déformé au pied d'un platane {loc}. Les fauteuils roulants doivent descendre sur la chaussée.",
        ],
        note=[
            "Appel de Mme Cohen | Appel de Mme Cohen (78 ans) : trottoir gondolé par les racines d'un arbre, elle a failli tomber en allant à {lm}. Demande une reprise rapide.",
            "Guichet : trottoir bosselé | Guichet : riverain signale que les racines d'un platane ont soulevé et cassé le revêtement du trottoir. Photos montrées sur son téléphone.",
        ],
        mail=[
            "Trottoir dangereux à cause d'un arbre | Bonjour, je pousse tous les jours une poussette double {loc} et le trottoir est devenu impraticable : les racines ont soulevé le goudron, ça fait des vagues et des fissures. Je dois passer sur la route au milieu des voitures. Serait-il possible de le refaire ? Merci d'avance, Camille",
            "Accessibilité trottoir | Madame, Monsieur, en tant que personne en fauteuil je vous signale un passage devenu infranchissable : l'enrobé du trottoir est bombé par les racines d'un arbre {loc}. Je vous remercie de votre attention. Marc V.",
        ],
        social=[
            "Tweet | Le trottoir {loc} ressemble à des montagnes russes grâce aux racines du platane. Les poussettes et fauteuils passent sur la route. #Lyon #accessibilité",
        ],
        again=[
            "Relance trottoir soulevé | Bonjour, deuxième message pour le trottoir soulevé par les racines, rien n'a changé depuis plus d'un mois.",
            "trottoir toujours pas fait | toujours la bosse des racines sur le trottoir, signalé depuis longtemps, qqun va se casser la figure",
        ],
        new=[],
        effect=[
            "Chute sur le trottoir | Ma mère est tombée en se prenant le pied dans le trottoir bombé par les racines {loc}, poignet cassé. Nous voulons déclarer le sinistre à la ville.",
            "Appel fille d'une riveraine | Appel : une dame âgée a chuté sur le trottoir déformé par un arbre {loc}, pompiers venus. La famille demande qui contacter pour une réclamation.",
        ],
    ),
    # ------------------------------------------------------------------ tree grate lifted
    "grille_arbre": dict(
        type=EV, where=ST, multi=True, lasting=True, alt=[NID],
        app=[
            "Grille d'arbre | grille au pied de l arbre soulevée, un coin depasse de 5cm",
            "Grille d'arbre | la grille en fonte autour de l'arbre est cassée, un morceau manque",
            "grille arbre | grille d arbre qui bascule quand on marche dessus",
        ],
        web=[
            "Grille de pied d'arbre descellée | La grille en fonte qui entoure le pied d'un arbre n'est plus fixée : elle bouge et un angle ressort. On s'y accroche facilement.",
            "Entourage d'arbre cassé | Il manque un quart de la grille au pied d'un arbre, ça laisse un trou de terre d'une vingtaine de centimètres sur le trottoir.",
        ],
        note=[
            "Appel riverain | Appel : grille de protection au pied d'un arbre soulevée, une passante a trébuché. {loc}.",
            "Signalement par téléphone | Signalement par téléphone d'une grille d'arbre cassée et qui bascule, trou au bord du trottoir devant {lm}.",
        ],
        mail=[
            "Grille d'arbre dangereuse | Bonjour, la grille métallique posée autour d'un arbre {loc} est désolidarisée : une partie est relevée et l'autre s'enfonce. Avec les enfants qui sortent de l'école, c'est un risque de chute. Merci d'envoyer quelqu'un. Sophie",
        ],
        social=[
            "Message Instagram | Grille d'arbre en vrac {loc}, un coin dépasse, j'ai failli m'étaler 🙄 @lyon",
        ],
        again=[
            "Grille d'arbre toujours cassée | toujours pas reparé la grille autour de l arbre, signalé il y a 5 semaines",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ speed cushion broken
    "coussin": dict(
        type=SIG, where=ST, multi=True, lasting=True, alt=[NID],
        app=[
            "Ralentisseur cassé | coussin berlinois casse, des morceaux de caoutchouc sur la route",
            "Ralentisseur cassé | ralentisseur arraché en partie, il reste les vis qui depassent",
            "ralentisseur | le dos d ane en plastique est en morceaux, les voitures roulent dessus",
        ],
        web=[
            "Coussin ralentisseur endommagé | Le coussin ralentisseur en éléments préfabriqués est cassé : deux modules ont été arrachés et les tiges de fixation dépassent de la chaussée.",
            "Ralentisseur détérioré | Le ralentisseur modulaire est disloqué, des morceaux noirs et jaunes traînent sur la voie.",
        ],
        note=[
            "Tél. chauffeur TCL | Tél. conducteur de bus : ralentisseur en plastique cassé, éléments épars sur la chaussée, boulons apparents. {loc}.",
            "Appel de M. Girard | Appel de M. Girard : le coussin berlinois est explosé, il demande s'il va être remplacé car les voitures accélèrent à nouveau.",
        ],
        mail=[
            "Ralentisseur hors service | Bonjour, le ralentisseur installé {loc} il y a deux ans est aujourd'hui en morceaux. Les blocs se sont détachés, il reste des tiges métalliques qui sortent du bitume, ce qui est dangereux pour les vélos. Merci de faire le nécessaire. Cordialement, Association des parents d'élèves",
        ],
        social=[
            "Post groupe quartier | Qui a démonté le ralentisseur {loc} ? 😂 Il reste trois bouts et des boulons qui dépassent, attention à vos pneus",
        ],
        again=[
            "Relance ralentisseur | Je reviens vers vous pour le ralentisseur cassé : toujours des morceaux sur la route et des tiges qui dépassent, ça fait six semaines.",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ flickering street light
    "lampe_clignote": dict(
        type=ECL, where=ST, multi=True, lasting=True, alt=[DAQ],
        app=[
            "Lampadaire | lampadaire qui clignote toute la nuit",
            "Lampadaire | lampe qui s allume et s eteint sans arret, effet stroboscope",
            "Lampadaire | lampadaire clignotant en face de chez moi",
            "lumiere rue | le reverbere fait des flashs toutes les 2 secondes",
        ],
        web=[
            "Candélabre qui clignote | Un candélabre s'allume et s'éteint en boucle dès la tombée de la nuit. La lumière qui clignote entre dans les chambres.",
            "Éclairage défaillant | La lampe d'un poteau d'éclairage grésille et clignote, parfois elle reste éteinte une demi-heure. {loc}.",
        ],
        note=[
            "Appel de Mme Ruiz | Appel de Mme Ruiz : le lampadaire sous ses fenêtres clignote chaque nuit, impossible de dormir volets ouverts. {loc}.",
            "Usager au guichet | Usager au guichet : réverbère qui fait de la lumière intermittente depuis une semaine, devant {lm}.",
        ],
        mail=[
            "Lampadaire défectueux | Bonsoir, depuis quelques jours le lampadaire situé {loc} clignote sans arrêt du soir au matin. C'est très fatigant pour les yeux et mon fils épileptique ne supporte pas ce genre de lumière. Pourriez-vous changer l'ampoule rapidement ? Merci, Nadia B.",
            "Éclairage public | Bonjour, je vous signale un point lumineux qui fonctionne par intermittence (il s'éteint puis se rallume toutes les quelques secondes) {loc}. Cordialement.",
        ],
        social=[
            "Tweet | Boîte de nuit gratuite {loc}, le lampadaire fait stroboscope toute la nuit 🕺 @Lyon",
        ],
        again=[
            "Lampadaire toujours clignotant | je relance, le lampadaire clignote toujours depuis mon signalement d il y a plus d un mois",
            "Rappel de Mme Ruiz | Rappel de Mme Ruiz : lumière toujours intermittente, personne n'est passé. Elle est excédée.",
        ],
        new=[
            "Lampadaire qui clignote de nouveau | Le lampadaire réparé cet hiver s'est remis à clignoter toutes les nuits.",
        ],
        effect=[],
    ),
    # ------------------------------------------------------------------ open hatch at the foot of a lamp post
    "trappe_candelabre": dict(
        type=ECL, where=ST, multi=True, lasting=True, alt=[SIG, DAQ],
        app=[
            "Lampadaire | trappe du lampadaire ouverte, fils electriques visibles",
            "Lampadaire | porte en bas du poteau d eclairage arrachée, cables a l air",
            "danger electrique | petite porte du lampadaire ouverte, des enfants jouent a cote",
        ],
        web=[
            "Câbles apparents sur un candélabre | Le petit capot au pied d'un mât d'éclairage a disparu, on voit les fils et le boîtier électrique. Accessible à n'importe quel enfant.",
            "Portillon de lampadaire ouvert | La trappe de visite d'un lampadaire est ouverte et pend, des câbles dénudés dépassent.",
        ],
        note=[
            "Appel de M. Fabre | Appel de M. Fabre : trappe de visite d'un lampadaire ouverte, câbles visibles, à côté de {lm}. Demande une mise en sécurité.",
            "Guichet : fils électriques | Guichet : une mère de famille signale un poteau d'éclairage dont la porte du bas est arrachée, fils apparents.",
        ],
        mail=[
            "Danger électrique sur la voie publique | Bonjour, je voulais vous signaler un risque d'électrocution {loc} : le cache en bas d'un réverbère a été arraché et on voit les branchements électriques. Des enfants traînent souvent là. Merci de faire vite. Bien cordialement, Luc",
        ],
        social=[
            "Post | Franchement @Lyon un lampadaire avec les fils à l'air {loc}, à hauteur d'enfant 😡",
        ],
        again=[
            "Trappe toujours ouverte | Toujours pas remis le capot du lampadaire, les câbles sont à l'air depuis plus d'un mois !",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ street cabinet / whole stretch dark
    "armoire": dict(
        type=ECL, where=ST, multi=False, lasting=True, cause=True, effect_type=DAQ, alt=[SIG],
        app=[
            "Armoire électrique | armoire electrique de l eclairage grande ouverte, cables coupés",
            "Armoire électrique | coffret gris sur le trottoir forcé, fils arrachés a l interieur",
        ],
        web=[
            "Coffret électrique vandalisé | L'armoire de commande de l'éclairage public a été forcée : la porte est tordue et ne ferme plus, tout le tableau électrique est accessible.",
            "Armoire de l'éclairage ouverte | Le coffret métallique qui commande les lampadaires est ouvert et en partie arraché, {loc}.",
        ],
        note=[
            "Tél. police municipale | Tél. patrouille police municipale : armoire d'éclairage public fracturée, fils arrachés. {loc}. Demande intervention électricien.",
        ],
        mail=[
            "Armoire électrique forcée | Bonjour, en rentrant ce matin j'ai vu que le gros coffret électrique qui sert à l'éclairage de la rue ({loc}) a été fracturé, la porte pend et on voit des fils coupés. Je pense que c'est lié au vol de cuivre. Cordialement, A. Morel",
        ],
        social=[],
        again=[
            "Armoire toujours ouverte | toujours rien pour l armoire electrique forcée, la porte pend depuis des semaines",
        ],
        new=[],
        effect=[
            "Rue dans le noir | tous les lampadaires de la rue sont eteints depuis hier soir, noir complet {loc}",
            "Plus d'éclairage | Bonjour, depuis deux nuits il n'y a plus aucune lumière sur tout le tronçon {loc}. Les femmes du quartier n'osent plus rentrer seules. Merci de rétablir l'éclairage.",
            "Appel de Mme Petit | Appel de Mme Petit : secteur entièrement éteint la nuit, plus un seul lampadaire allumé {loc}.",
        ],
    ),
    # ------------------------------------------------------------------ pedestrian light dead at a crossing
    "feu_pieton": dict(
        type=SIG, where=CR, multi=False, lasting=True, cause=True, effect_type=REC, alt=[REC, DAQ],
        app=[
            "Feu tricolore | feu pieton eteint des 2 cotes, on sait pas quand traverser",
            "Feu tricolore | le petit bonhomme ne s allume plus au carrefour",
            "feu pieton | feu des pietons mort, les voitures elles ont leur feu",
        ],
        web=[
            "Feu piétons hors service | Au carrefour, les feux destinés aux piétons sont éteints alors que ceux des voitures fonctionnent. Impossible de savoir quand traverser.",
            "Signal piéton en panne | Les deux signaux piétons (rouge et vert) restent noirs à ce croisement, les enfants de l'école traversent au hasard.",
        ],
        note=[
            "Appel de M. Roux | Appel de M. Roux, malvoyant : le feu piéton sonore et lumineux ne fonctionne plus du tout, {loc}.",
            "Signalé par l'agent de sortie d'école | Signalé par l'agent de sortie d'école : les feux piétons ne s'allument plus depuis ce matin au carrefour.",
        ],
        mail=[
            "Feux piétons éteints | Bonjour, je traverse tous les matins {loc} pour aller au travail. Depuis lundi les feux pour piétons ne s'allument plus, seuls les feux des voitures marchent. Les gens traversent n'importe quand et j'ai vu un enfant frôlé par une voiture. Merci de réparer vite. Jeanne",
        ],
        social=[
            "Tweet | Feux piétons HS {loc} depuis 3 jours, on traverse à l'instinct 🚶‍♀️🚗 @TCL_SYTRAL @Lyon",
        ],
        again=[
            "Feu piéton toujours en panne | Deuxième signalement : le feu piéton est toujours éteint, ça dure depuis plus d'un mois, c'est un carrefour devant une école !",
        ],
        new=[],
        effect=[
            "Accident évité de justesse | Bonjour, ce matin une voiture a failli renverser un collégien {loc}, personne ne sait quand traverser parce que le signal piéton ne marche pas. Il faut agir.",
            "Appel témoin | Appel : une piétonne a été légèrement percutée {loc}, les feux piétons ne fonctionnaient pas selon le témoin.",
        ],
    ),
    # ------------------------------------------------------------------ sign turned round
    "panneau_tourne": dict(
        type=SIG, where=ST, multi=True, lasting=True, alt=[DAQ],
        app=[
            "Panneau | panneau sens interdit tourné vers le mur, on le voit plus",
            "Panneau | panneau de signalisation pivoté de 90 degres",
            "panneau | le panneau a tourné sur son poteau, il indique plus rien",
        ],
        web=[
            "Panneau tourné sur son mât | Le panneau de sens interdit a pivoté autour de son poteau et n'est plus visible pour les automobilistes qui arrivent.",
            "Signalisation mal orientée | Un panneau routier a été tourné (vandalisme ou vent), il fait face au trottoir au lieu de la chaussée.",
        ],
        note=[
            "Appel de M. Blanc | Appel de M. Blanc : le panneau d'interdiction est tourné, les voitures s'engagent à contresens. {loc}.",
            "Guichet | Guichet : un livreur signale un panneau routier qui tourne sur son mât devant {lm}.",
        ],
        mail=[
            "Panneau de signalisation tourné | Bonjour, le panneau sens interdit {loc} a été tourné de côté, probablement par des jeunes. Résultat, plusieurs voitures prennent la rue à l'envers chaque jour. Merci de le remettre en place et de le fixer. Cordialement, P. Lambert",
        ],
        social=[],
        again=[
            "Panneau toujours tourné | toujours le panneau tourné, les voitures continuent de prendre la rue a l envers, ca fait 6 semaines",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ oil / fuel slick on the road
    "huile": dict(
        type=PRO, where=ST, multi=False, lasting=False, cause=True, effect_type=DAQ, alt=[NID, SIG],
        app=[
            "Chaussée glissante | grosse tache d huile sur la route, ca glisse",
            "Chaussée glissante | trainee de gasoil sur la chaussée sur 30m",
            "huile route | flaque d huile au milieu de la voie, attention scooters",
        ],
        web=[
            "Hydrocarbures sur la chaussée | Un véhicule a perdu du carburant : une longue traînée irisée couvre la voie, ça sent le gasoil et c'est très glissant.",
            "Tache d'huile dangereuse | Une grande tache d'huile de moteur s'étale sur la chaussée {loc}, les deux-roues dérapent.",
        ],
        note=[
            "Tél. chauffeur de bus | Tél. conducteur TCL : traînée de gasoil sur la voie, bus qui patine au freinage. {loc}. Demande sablage.",
            "Appel de Mme Lopez | Appel de Mme Lopez : coulée d'huile sur la route devant {lm}, odeur forte de carburant.",
        ],
        mail=[
            "Gasoil sur la route | Bonjour, un camion a visiblement perdu du gasoil ce matin {loc}. Il y a une nappe sur plusieurs dizaines de mètres et j'ai vu un scooter partir en glissade. Il faudrait mettre de l'absorbant. Merci. Romain",
        ],
        social=[
            "Post Twitter | ⚠️ Motards attention {loc} : nappe de gasoil sur la chaussée, ça glisse comme de la glace",
        ],
        again=[],
        new=[],
        effect=[
            "Chute deux-roues | Je suis tombé en scooter {loc}, la route était grasse, il y avait de l'huile partout. Je voudrais savoir à qui m'adresser.",
            "Appel motard | Appel : motard qui a glissé sur la chaussée grasse {loc}, demande que la route soit nettoyée avant qu'il y ait un blessé.",
        ],
    ),
    # ------------------------------------------------------------------ leaking fire hydrant
    "fuite_borne": dict(
        type=NID, where=ST, multi=True, lasting=True, cause=True, effect_type=REC, alt=[DAQ, PRO],
        app=[
            "Fuite d'eau | borne incendie qui fuit, eau qui coule dans le caniveau",
            "Fuite d'eau | la bouche d incendie pisse de l eau en continu",
            "fuite eau | poteau incendie rouge qui goutte fort a la base",
        ],
        web=[
            "Poteau d'incendie qui fuit | Le poteau d'incendie rouge laisse échapper de l'eau en permanence par sa base, le trottoir est inondé et l'eau part dans le caniveau.",
            "Gaspillage d'eau | Un hydrant fuit depuis plusieurs jours {loc}, un filet d'eau coule jour et nuit.",
        ],
        note=[
            "Appel de M. Aubert | Appel de M. Aubert : fuite continue sur une borne incendie devant {lm}, flaque permanente.",
            "Tél. gardienne d'immeuble | Tél. gardienne : l'eau coule sans arrêt au pied du poteau rouge des pompiers, {loc}.",
        ],
        mail=[
            "Fuite sur un poteau incendie | Bonjour, je vous signale une fuite importante sur la borne à incendie {loc}. L'eau s'écoule en continu sur le trottoir depuis au moins trois jours, quel gâchis en période de sécheresse. Pouvez-vous prévenir le service des eaux ? Merci, F. Chevalier",
        ],
        social=[
            "Post | Ça fait une semaine que la borne incendie {loc} fuit, des milliers de litres perdus 💧 @EauduGrandLyon",
        ],
        again=[
            "Fuite toujours pas réparée | Je relance pour la borne incendie qui fuit : toujours de l'eau qui coule, ça fait plus d'un mois.",
            "borne qui fuit encore | 2e signalement, la borne pompier fuit toujours, rien n a été fait",
        ],
        new=[
            "Borne incendie ouverte | Des jeunes ont encore ouvert la borne incendie, l'eau jaillit sur la chaussée.",
        ],
        effect=[
            "Plaque de verglas | ce matin plaque de glace sur le trottoir {loc}, l eau qui coule a gelé, j ai failli tomber",
            "Cave inondée | Bonjour, notre cave est inondée, l'eau vient de la rue où quelque chose fuit depuis des jours {loc}. Qui prend en charge les dégâts ?",
        ],
    ),
    # ------------------------------------------------------------------ manhole cover that clanks
    "plaque_claque": dict(
        type=NID, where=ST, multi=True, lasting=True, cause=True, effect_type=NUI, alt=[NUI],
        app=[
            "Plaque d'égout | plaque d egout qui claque a chaque voiture",
            "Plaque d'égout | tampon qui bouge et fait bang quand on roule dessus",
            "plaque bruyante | plaque en fonte mal calée, clac clac toute la journee",
        ],
        web=[
            "Regard d'égout descellé | Le couvercle en fonte d'un regard n'est plus calé : il bascule et claque très fort au passage de chaque véhicule.",
            "Tampon de voirie instable | La plaque d'assainissement au milieu de la voie tape à chaque passage de bus {loc}.",
        ],
        note=[
            "Appel de Mme Faure | Appel de Mme Faure : plaque d'égout qui cogne sous ses fenêtres à chaque voiture, y compris la nuit. {loc}.",
            "Guichet : plaque qui bouge | Guichet : riverain signale un tampon de chaussée descellé, bruit métallique permanent devant {lm}.",
        ],
        mail=[
            "Bruit de plaque d'égout | Bonjour, depuis quelques semaines la plaque d'égout située {loc} est mal fixée. À chaque passage de voiture elle fait un « clang » métallique, des centaines de fois par jour et jusqu'à tard le soir. Pourriez-vous la recaler ? Merci d'avance, Thomas et Inès",
        ],
        social=[],
        again=[
            "Plaque toujours bruyante | Je reviens vers vous : la plaque d'égout claque toujours, signalée il y a deux mois. On n'en peut plus.",
            "toujours la plaque | toujours pas recalé le tampon, bang bang toute la nuit",
        ],
        new=[],
        effect=[
            "Bruit la nuit | Impossible de dormir : un bruit de choc métallique à chaque voiture qui passe sous nos fenêtres {loc}, même à 3 h du matin.",
            "Nuisance sonore rue | Appel de M. Vidal : bruit métallique sur la chaussée toute la nuit, il pense que ça vient de la route elle-même. {loc}.",
        ],
    ),
    # ------------------------------------------------------------------ sewer smell
    "odeur_egout": dict(
        type=NID, where=ST, multi=False, lasting=True, alt=[PRO, DAQ],
        app=[
            "Odeur d'égout | odeur d egout insupportable qui remonte de la bouche",
            "Odeur d'égout | ca pue l oeuf pourri au niveau du regard",
        ],
        web=[
            "Mauvaises odeurs d'assainissement | Une odeur nauséabonde remonte du regard d'égout en permanence, surtout les jours de chaleur. On ne peut plus ouvrir les fenêtres.",
            "Odeurs d'égout | Forte odeur de canalisation qui sort de la plaque sur le trottoir {loc}.",
        ],
        note=[
            "Appel de M. Sanchez | Appel de M. Sanchez : odeurs d'égout très fortes devant {lm}, ça dure depuis dix jours.",
        ],
        mail=[
            "Odeur pestilentielle | Bonjour, depuis le début de l'été une odeur d'égout épouvantable remonte de la plaque située {loc}. Les clients de la terrasse voisine partent. Pourriez-vous faire contrôler le réseau ? Cordialement, le gérant de {lm}",
        ],
        social=[],
        again=[
            "Odeur toujours là | toujours l odeur d egout, signalé il y a plus d un mois, personne venu",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ abandoned bike wreck
    "velo_epave": dict(
        type=STA, where=ST, multi=True, lasting=True, alt=[DEP, PRO],
        app=[
            "Vélo abandonné | velo sans roues attaché au poteau depuis des mois",
            "Vélo abandonné | carcasse de velo rouillée accrochée aux arceaux",
            "velo epave | velo desossé plus de selle plus de roue avant",
        ],
        web=[
            "Épave de vélo | Un vélo réduit à l'état de squelette (plus de roues ni de selle) est cadenassé aux arceaux depuis l'an dernier et prend une place.",
            "Vélo ventouse | Un vieux vélo rouillé, pneus crevés et chaîne cassée, est attaché à la barrière {loc} depuis des mois.",
        ],
        note=[
            "Guichet : vélo épave | Guichet : habitant signale un cadre de vélo rouillé cadenassé devant {lm}, abandonné depuis l'hiver.",
            "Appel de Mme Henry | Appel de Mme Henry : carcasse de bicyclette attachée à un poteau, elle gêne le passage des poussettes. {loc}.",
        ],
        mail=[
            "Vélo abandonné à enlever | Bonjour, un vélo en piteux état (sans roue avant, guidon tordu) est cadenassé aux arceaux {loc} depuis au moins six mois. Il prend une place alors qu'on manque d'attaches. Est-il possible de couper l'antivol et de l'enlever ? Merci, Yann",
        ],
        social=[
            "Post groupe vélo | Le squelette de vélo {loc} fait partie du mobilier urbain maintenant 🚲💀 quelqu'un peut le faire enlever ?",
        ],
        again=[
            "Vélo toujours là | le velo epave est toujours attaché, signalé il y a 2 mois",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ rental scooters dumped across the pavement
    "trottinettes": dict(
        type=STA, where=ST, multi=True, lasting=False, alt=[PRO, REC],
        app=[
            "Trottinettes | 4 trottinettes couchées en travers du trottoir",
            "Trottinettes | trottinettes en libre service jetées par terre, on peut pas passer",
            "trotinettes | tas de trottinettes electriques qui bloque le passage",
        ],
        web=[
            "Trottinettes en libre-service gênantes | Plusieurs trottinettes de location sont renversées sur le trottoir et bloquent totalement le cheminement piéton.",
            "Encombrement du trottoir | Un amas de trottinettes électriques empêche les piétons de passer {loc}, il faut descendre sur la route.",
        ],
        note=[
            "Appel de M. Lefèvre | Appel de M. Lefèvre, malvoyant : a buté sur des trottinettes couchées sur le trottoir devant {lm}.",
            "Signalé par un agent de propreté | Signalé par un agent de propreté : trottinettes électriques abandonnées en tas en travers du trottoir.",
        ],
        mail=[
            "Trottinettes sur le trottoir | Bonjour, encore ce matin un tas de trottinettes en libre-service est renversé {loc}. Avec mon déambulateur je ne peux pas passer. Pourriez-vous demander à l'opérateur de les enlever ? Merci. G. Rousseau",
        ],
        social=[
            "Tweet | Parcours d'obstacles {loc} : 5 trottinettes couchées en plein milieu du trottoir 🛴🛴🛴 @Lyon",
        ],
        again=[],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ camper van parked for weeks
    "camping_car": dict(
        type=STA, where=ST, multi=False, lasting=True, alt=[REC, DAQ],
        app=[
            "Stationnement gênant | camping car garé au meme endroit depuis 3 semaines",
            "Stationnement gênant | fourgon aménagé qui bouge plus, des gens dorment dedans",
        ],
        web=[
            "Camping-car ventouse | Un camping-car blanc est stationné sans bouger depuis près d'un mois et occupe deux places.",
            "Véhicule stationné depuis des semaines | Un gros fourgon de camping immatriculé à l'étranger n'a pas bougé depuis trois semaines {loc}.",
        ],
        note=[
            "Appel de Mme Garnier | Appel de Mme Garnier : camping-car blanc stationné depuis plusieurs semaines devant {lm}, eaux usées vidées dans le caniveau.",
        ],
        mail=[
            "Camping-car stationné en permanence | Bonjour, un camping-car est garé {loc} depuis début du mois, il occupe deux places et ses occupants vident leurs eaux grises dans le caniveau. Pouvez-vous faire passer la police municipale ? Cordialement, M. Bertin",
        ],
        social=[],
        again=[
            "Camping-car toujours là | Je relance, le camping-car n'a toujours pas bougé, ça fait bientôt deux mois.",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ fridge / washing machine dumped
    "frigo": dict(
        type=DEP, where=ST, multi=False, lasting=True, alt=[COL],
        app=[
            "Dépôt sauvage | frigo abandonné sur le trottoir",
            "Dépôt sauvage | un refrigerateur laissé contre le mur, porte ouverte",
            "encombrant | frigo blanc jeté sur le trottoir depuis ce matin",
        ],
        web=[
            "Réfrigérateur abandonné | Un grand réfrigérateur blanc a été déposé sur le trottoir, porte arrachée, à côté d'un arbre.",
            "Électroménager déposé | Un vieux frigo est abandonné {loc}, les enfants jouent à s'enfermer dedans.",
        ],
        note=[
            "Appel de M. Simon | Appel de M. Simon : réfrigérateur abandonné sur le trottoir devant {lm} depuis hier soir.",
            "Guichet : frigo | Guichet : habitante signale un frigo déposé la nuit sur le trottoir, la porte traîne à côté.",
        ],
        mail=[
            "Frigo abandonné | Bonjour, quelqu'un a abandonné un réfrigérateur {loc} cette nuit. Il est couché sur le trottoir, la porte ouverte, et bloque une partie du passage. Merci de le faire enlever. Cordialement, Élodie",
        ],
        social=[
            "Post Facebook | Qui a oublié son frigo {loc} ? 🙃 Le prochain c'est la machine à laver. @Lyon",
        ],
        again=[
            "Frigo toujours pas enlevé | le frigo est toujours sur le trottoir, ca fait une semaine",
        ],
        new=[
            "Nouveau dépôt d'électroménager | Encore de l'électroménager jeté au même endroit : cette fois un frigo et un four.",
        ],
        effect=[],
    ),
    # ------------------------------------------------------------------ garden cuttings dumped
    "dechets_verts": dict(
        type=DEP, where=ST, multi=False, lasting=True, alt=[EV, COL],
        app=[
            "Dépôt sauvage | tas de branches et de thuya coupés jeté sur le trottoir",
            "Dépôt sauvage | sacs de tonte et branchages abandonnés",
            "branchages | quelqu un a vidé sa taille de haie sur le trottoir",
        ],
        web=[
            "Déchets de jardin abandonnés | Un tas de branches coupées et plusieurs sacs de gazon ont été déposés au pied d'un arbre, ça déborde sur le trottoir.",
            "Dépôt de végétaux | Des résidus de taille de haie (thuyas) ont été vidés {loc}, le tas fait plus d'un mètre.",
        ],
        note=[
            "Appel de Mme Mercier | Appel de Mme Mercier : quelqu'un a jeté des branchages et sacs de pelouse sur le trottoir devant {lm}.",
        ],
        mail=[
            "Branchages abandonnés | Bonjour, un jardinier peu scrupuleux a déchargé un gros tas de branches et de feuilles {loc}, sans doute pour éviter la déchèterie. Le trottoir est à moitié bloqué. Merci de faire le nécessaire. C. Arnaud",
        ],
        social=[],
        again=[
            "Branches toujours là | Toujours le tas de branches sur le trottoir, ça commence à pourrir.",
        ],
        new=[
            "Encore des déchets verts | Encore un dépôt de branches et de gazon au même endroit, deuxième fois ce printemps.",
        ],
        effect=[],
    ),
    # ------------------------------------------------------------------ underground container jammed
    "conteneur_bloque": dict(
        type=COL, where=ST, multi=True, lasting=True, cause=True, effect_type=DEP, alt=[DEP, PRO],
        app=[
            "Conteneur enterré | la trappe du conteneur enterré est bloquée, on peut rien mettre",
            "Conteneur enterré | borne a ordures coincée, le tambour tourne plus",
            "poubelle enterrée | tambour de la colonne enterree bloqué",
        ],
        web=[
            "Colonne enterrée hors service | Le tambour d'introduction de la colonne enterrée pour les ordures ménagères est bloqué, impossible d'y déposer nos sacs.",
            "Borne de collecte coincée | La trappe de la borne enterrée ne s'ouvre plus {loc}, les habitants laissent leurs sacs à côté.",
        ],
        note=[
            "Appel gardien résidence | Appel du gardien de la résidence : borne enterrée grise bloquée depuis trois jours, trappe qui ne tourne plus.",
            "Guichet : colonne bloquée | Guichet : riveraine signale que la colonne enterrée d'ordures devant {lm} ne s'ouvre plus.",
        ],
        mail=[
            "Conteneur enterré bloqué | Bonjour, le conteneur enterré pour les ordures ménagères situé {loc} est bloqué depuis le week-end : la trappe ne pivote plus. Les gens posent leurs sacs à côté et ça attire les rats. Merci d'intervenir. Cordialement, Conseil syndical",
        ],
        social=[],
        again=[
            "Conteneur toujours bloqué | je relance, la borne enterree est toujours bloquée depuis mon message du mois dernier",
        ],
        new=[
            "Borne à nouveau bloquée | La borne enterrée réparée le mois dernier est de nouveau coincée.",
        ],
        effect=[
            "Sacs poubelle sur le trottoir | montagne de sacs poubelle sur le trottoir autour de la borne {loc}",
            "Ordures entassées | Bonjour, des dizaines de sacs d'ordures s'entassent au pied des bornes {loc}, ça sent très mauvais et les chats les éventrent.",
        ],
    ),
    # ------------------------------------------------------------------ tags on a shop shutter / facade
    "tag_rideau": dict(
        type=PRO, where=ST, multi=True, lasting=True, alt=[DAQ],
        app=[
            "Tag | rideau metallique du local vide couvert de tags",
            "Tag | grosses inscriptions a la bombe sur la facade",
            "tags | tag noir enorme sur le rideau de fer",
        ],
        web=[
            "Graffitis sur une devanture | Le rideau métallique d'une boutique fermée a été entièrement tagué à la bombe noire et argent.",
            "Façade taguée | Des inscriptions à la peinture ont été faites cette nuit sur la façade et la porte d'entrée {loc}.",
        ],
        note=[
            "Guichet : tags | Guichet : commerçante signale que son rideau de fer a été tagué cette nuit, vient pour l'effacement gratuit.",
            "Appel de M. Colin | Appel de M. Colin : façade taguée à côté de {lm}, grosses lettres argentées.",
        ],
        mail=[
            "Demande d'effacement de tags | Bonjour, notre copropriété {loc} a été victime de tags sur la façade et le rideau du local commercial du rez-de-chaussée. Nous donnons notre accord pour l'effacement. Vous trouverez les photos en pièce jointe. Cordialement, le syndic",
        ],
        social=[],
        again=[
            "Tags toujours présents | Bonjour, nous attendons toujours l'effacement des tags demandé il y a plus d'un mois.",
        ],
        new=[
            "Nouveaux tags | Le rideau avait été nettoyé, il a été retagué cette semaine.",
        ],
        effect=[],
    ),
    # ------------------------------------------------------------------ road-works barriers left behind
    "barrieres_oubliees": dict(
        type=SIG, where=ST, multi=False, lasting=True, alt=[REC, DEP],
        app=[
            "Barrières de chantier | barrieres et plots oranges laissés alors que le chantier est fini",
            "Barrières de chantier | des barrieres de travaux abandonnées sur la place de parking",
        ],
        web=[
            "Matériel de chantier oublié | Les travaux sont terminés depuis trois semaines mais des barrières, des cônes et un panneau « route barrée » sont toujours là.",
            "Barrières abandonnées | Des barrières rouges et blanches et des plots de chantier restent entassés {loc} alors qu'il n'y a plus de travaux.",
        ],
        note=[
            "Appel de Mme Brun | Appel de Mme Brun : matériel de chantier abandonné (barrières, cônes) devant {lm}, chantier fini depuis longtemps.",
        ],
        mail=[
            "Barrières de travaux toujours en place | Bonjour, les travaux {loc} sont finis depuis le mois dernier, pourtant les barrières et les plots orange bloquent toujours deux places de stationnement. Merci de contacter l'entreprise. Cordialement, D. Fontaine",
        ],
        social=[],
        again=[
            "Barrières toujours là | Toujours les barrières de chantier oubliées, je vous l'ai signalé il y a plus d'un mois.",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ dead tree
    "arbre_mort": dict(
        type=EV, where=ST, multi=True, lasting=True, alt=[DAQ],
        app=[
            "Arbre | arbre mort sur le trottoir, plus une feuille en plein ete",
            "Arbre | arbre sec et tout gris, l ecorce tombe",
            "arbre malade | un des arbres de la rue est mort, il penche",
        ],
        web=[
            "Arbre d'alignement mort | Un arbre d'alignement est complètement sec : pas une feuille alors que les autres sont verts, l'écorce se détache. Il risque de tomber.",
            "Arbre dépérissant | Un arbre est mort {loc}, des grosses branches sèches menacent de tomber sur les piétons.",
        ],
        note=[
            "Appel de M. Gauthier | Appel de M. Gauthier : arbre mort devant {lm}, branches sèches au-dessus du trottoir.",
        ],
        mail=[
            "Arbre mort dangereux | Bonjour, l'un des arbres {loc} est visiblement mort depuis le printemps : aucune feuille, écorce qui tombe par plaques. Avec le vent, j'ai peur qu'il casse. Pouvez-vous le faire expertiser ? Cordialement, Anne",
        ],
        social=[
            "Post | Un arbre tout sec {loc} au milieu des autres bien verts, @Lyon vous attendez qu'il tombe sur quelqu'un ? 🌳",
        ],
        again=[
            "Arbre mort toujours debout | toujours l arbre mort, pas abattu, pas sécurisé, signalé il y a 2 mois",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ playground: swing broken
    "balancoire": dict(
        type=EV, where=S, multi=False, lasting=True, alt=[REC],
        app=[
            "Aire de jeux | balancoire cassée, une chaine pend",
            "Aire de jeux | siege de balancoire arraché",
            "jeux enfants | la balançoire du square est cassée",
        ],
        web=[
            "Balançoire endommagée | Dans l'aire de jeux, une des balançoires a une chaîne rompue, le siège pend d'un côté.",
            "Jeu d'enfants dangereux | La balançoire des petits est cassée, le siège tient par une seule chaîne {loc}.",
        ],
        note=[
            "Appel de Mme Masson | Appel de Mme Masson, assistante maternelle : balançoire cassée dans le square, chaîne rompue.",
            "Guichet : aire de jeux | Guichet : papa signale que le siège d'une balançoire est détaché d'un côté, risque de chute.",
        ],
        mail=[
            "Balançoire cassée | Bonjour, je vais tous les jours au square avec mes enfants ({loc}). Depuis le week-end, une balançoire a une chaîne cassée et pend dans le vide. Les enfants veulent quand même monter dessus. Merci de la réparer ou de la retirer. Laura",
        ],
        social=[
            "Post groupe parents | La balançoire du square {loc} est cassée depuis samedi, attention avec les petits ⚠️",
        ],
        again=[
            "Balançoire toujours cassée | Je relance : la balançoire est toujours cassée, ça fait plus d'un mois, même pas de ruban.",
        ],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ playground: rubber floor torn
    "jeux_sol": dict(
        type=EV, where=S, multi=False, lasting=True, alt=[REC],
        app=[
            "Aire de jeux | sol en caoutchouc arraché sous la balancoire, trou",
            "Aire de jeux | revetement mou des jeux decollé, les enfants se prennent les pieds",
        ],
        web=[
            "Sol amortissant abîmé | Le sol souple sous les jeux est déchiré : une grosse plaque s'est décollée sous la balançoire et laisse un trou de béton.",
        ],
        note=[
            "Appel de M. Picard | Appel de M. Picard : revêtement souple de l'aire de jeux arraché sous la balançoire, enfant tombé sur le dur.",
        ],
        mail=[
            "Sol de l'aire de jeux | Bonjour, le revêtement amortissant de l'aire de jeux {loc} est décollé et troué sous la balançoire. Si un enfant tombe, il tombe sur le béton. Merci de le faire reprendre. Cordialement, une maman du quartier",
        ],
        social=[],
        again=[],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ playground gate
    "portillon": dict(
        type=EV, where=S, multi=False, lasting=True, alt=[],
        app=[
            "Aire de jeux | portillon de l aire de jeux ferme plus, les chiens rentrent",
            "Aire de jeux | la porte du parc a jeux est cassée, elle reste ouverte",
        ],
        web=[
            "Portillon cassé | Le portillon qui ferme l'aire de jeux des enfants ne se referme plus (ressort cassé), les chiens et les vélos entrent.",
        ],
        note=[
            "Appel de Mme Leroy | Appel de Mme Leroy : le portillon de l'aire de jeux ne ferme plus, un tout-petit est sorti sur l'allée.",
        ],
        mail=[
            "Portillon de l'aire de jeux | Bonjour, le petit portail de l'aire de jeux {loc} ne se ferme plus depuis quinze jours. Des chiens viennent faire leurs besoins dans le bac à sable. Merci de réparer le ressort. Cordialement, Pauline",
        ],
        social=[],
        again=[],
        new=[],
        effect=[],
    ),
    # ------------------------------------------------------------------ syringes in a square
    "seringues": dict(
        type=PRO, where=S, multi=False, lasting=False, alt=[EV, DAQ],
        app=[
            "Seringues | seringues par terre dans les massifs du square",
            "Seringues | plusieurs seringues usagées pres des bancs",
            "seringue | seringue dans le bac a sable !!!",
        ],
        web=[
            "Seringues usagées | J'ai trouvé plusieurs seringues et des bouchons orange dans les plates-bandes à côté des jeux d'enfants.",
            "Matériel d'injection abandonné | Des seringues traînent au sol {loc}, près de l'endroit où jouent les enfants.",
        ],
        note=[
            "Appel de Mme Roche | Appel de Mme Roche : seringues trouvées dans les buissons du square, à côté des jeux.",
            "Guichet : seringues | Guichet : un grand-père signale des seringues au sol sur la place, demande un ramassage sécurisé.",
        ],
        mail=[
            "Seringues dans le square | Bonjour, ce matin en emmenant ma fille au square ({loc}), j'ai vu au moins cinq seringues dans la terre des massifs, juste à côté du toboggan. C'est très inquiétant. Pourriez-vous envoyer une équipe ? Merci, Clara",
        ],
        social=[
            "Tweet | Des seringues au pied des jeux pour enfants {loc}, sérieusement ?! @Lyon 😠",
        ],
        again=[],
        new=[
            "Encore des seringues | De nouveau des seringues ce matin dans les massifs, comme le mois dernier.",
        ],
        effect=[],
    ),
}

# different objects at one place (not the same incident)
SAME_PLACE_OTHER_OBJECT = [
    ("balancoire", "portillon"), ("balancoire", "seringues"), ("portillon", "seringues"), ("velo_epave", "trottinettes"),
    ("frigo", "conteneur_bloque"), ("plaque_claque", "fuite_borne"), ("coussin", "panneau_tourne"),
    ("tag_rideau", "velo_epave"), ("dechets_verts", "grille_arbre"), ("huile", "plaque_claque"),
    ("lampe_clignote", "coussin"), ("trottinettes", "conteneur_bloque"), ("camping_car", "arbre_mort"),
    ("racines", "trappe_candelabre"),
]
# the same object, another fault needing another intervention
SAME_OBJECT_OTHER_FAULT = [
    ("lampe_clignote", "trappe_candelabre"), ("arbre_mort", "grille_arbre"), ("balancoire", "jeux_sol"),
    ("plaque_claque", "odeur_egout"),
]

# ----------------------------------------------------------------------------- noise
NOISE = {
    "bar": dict(
        app=[
            "Bruit | musique a fond au bar {src} jusqu a 2h",
            "Bruit | clients du bar {src} qui hurlent dehors toute la nuit",
            "bruit bar | terrasse du bar {src} encore pleine a 1h du mat, cris",
        ],
        web=[
            "Nuisances d'un bar | Le bar {src} laisse ses portes ouvertes avec de la musique forte bien après minuit, les clients fument et crient sur le trottoir.",
            "Tapage nocturne | Tous les soirs le bar {src} organise des soirées avec DJ, les basses traversent les murs jusqu'à 2 h.",
        ],
        note=[
            "Appel de Mme Thomas | Appel de Mme Thomas : bruit du bar {src} (musique et clients dehors) cette nuit jusqu'à 2 h, troisième fois ce mois-ci.",
            "Appel riverain excédé | Appel riverain : attroupement bruyant devant le bar {src}, bouteilles cassées, cris après la fermeture.",
        ],
        mail=[
            "Bruit du bar en bas de chez moi | Bonjour, j'habite au-dessus du bar {src} ({loc}). Chaque week-end, la musique est poussée au maximum jusqu'à 2 h et les clients restent ensuite sur le trottoir à parler fort. J'ai deux enfants qui n'arrivent plus à dormir. Je vous demande de faire respecter les horaires. Cordialement, Mme Duval",
            "Nuisances nocturnes | Madame, Monsieur, nous, habitants de l'immeuble voisin du bar {src}, subissons depuis des semaines un bruit infernal : musique amplifiée, cris, portières. Nous souhaitons une intervention. Collectif des riverains",
        ],
        social=[
            "Tweet | 1h30 et le bar {src} fait toujours trembler l'immeuble 🎶😤 @PoliceLyon @Lyon",
        ],
        again=[
            "Encore le bar | encore le bar {src} cette nuit, meme chose que le signalement d hier",
            "Bruit bar, suite | Suite à mon appel de la semaine, rien ne change au bar {src}, musique jusqu'à 2 h encore cette nuit.",
            "Rappel de Mme Thomas | Rappel de Mme Thomas : à nouveau du bruit au bar {src} cette nuit, elle attend une intervention.",
        ],
    ),
    "voisin": dict(
        app=[
            "Bruit | voisin du dessus qui met la musique a fond a 1h",
            "Bruit | fete chez le voisin du 3e, ca crie et ca saute",
        ],
        web=[
            "Tapage nocturne d'un voisin | Mon voisin organise des soirées presque chaque nuit : musique très forte, cris et chocs au plafond jusqu'à 4 h du matin.",
            "Bruits de voisinage | Le locataire de l'appartement du dessus fait un bruit infernal la nuit (musique, meubles traînés, éclats de voix).",
        ],
        note=[
            "Appel de M. Perret | Appel de M. Perret : voisin de palier avec musique forte chaque nuit, ne répond pas quand on frappe.",
        ],
        mail=[
            "Voisin bruyant | Bonjour, je vous écris car je n'en peux plus : depuis l'arrivée d'un nouveau locataire au-dessus de chez moi ({loc}), il y a de la musique et des cris presque toutes les nuits. J'ai essayé de lui parler, sans résultat. Que puis-je faire ? Cordialement, Stéphanie",
        ],
        social=[],
        again=[
            "Voisin encore | encore la fete chez le voisin cette nuit, rien n a changé",
            "Bruit voisin, suite | Suite de ma plainte : même vacarme cette nuit chez le voisin du dessus.",
        ],
    ),
    "chantier": dict(
        app=[
            "Bruit chantier | chantier qui commence a 6h avec le marteau piqueur",
            "Bruit chantier | engins de chantier des 6h du matin",
        ],
        web=[
            "Chantier trop matinal | Le chantier de l'immeuble en construction démarre ses engins et sa bétonnière avant 7 h tous les jours, samedi compris.",
            "Nuisances de travaux | Le chantier voisin fait tourner un brise-roche dès l'aube, le bruit est continu toute la journée.",
        ],
        note=[
            "Appel de Mme Baron | Appel de Mme Baron : chantier de construction qui démarre à 6 h 15 avec des camions et un marteau-piqueur. {loc}.",
        ],
        mail=[
            "Horaires du chantier | Bonjour, le chantier installé {loc} commence chaque matin vers 6 h avec des livraisons de béton et un marteau-piqueur. Je travaille de nuit et je ne peux plus dormir. Quels horaires l'entreprise a-t-elle le droit de respecter ? Cordialement, Karim",
        ],
        social=[],
        again=[
            "Chantier encore tôt | encore le chantier a 6h ce matin, comme hier",
            "Bruit chantier, suite | Suite à ma réclamation : ce matin encore les engins ont démarré avant 6 h 30.",
        ],
    ),
    "clim": dict(
        app=[
            "Bruit | ventilation du resto {src} qui ronfle jour et nuit",
            "Bruit | moteur d extraction du restaurant {src}, bourdonnement permanent",
        ],
        web=[
            "Bruit d'extracteur | Le groupe d'extraction d'air du restaurant {src}, installé dans la cour, tourne en continu et produit un bourdonnement très pénible.",
            "Climatisation bruyante | Le climatiseur du restaurant {src} fait un bruit de moteur incessant, même la nuit.",
        ],
        note=[
            "Appel de M. Benoit | Appel de M. Benoit : bourdonnement de l'extracteur du restaurant {src} dans la cour, jusqu'à minuit passé.",
        ],
        mail=[
            "Nuisance sonore d'une hotte de restaurant | Bonjour, depuis l'ouverture du restaurant {src} ({loc}), la hotte d'extraction placée sur la façade arrière tourne de 10 h à 1 h du matin. Le bruit résonne dans toute la cour et nos chambres donnent dessus. Cordialement, copropriété",
        ],
        social=[],
        again=[
            "Extracteur encore | encore le ronflement de l extraction du resto {src} cette nuit",
            "Ventilation, suite | Suite à mon message : la ventilation du restaurant {src} tourne encore toute la nuit.",
        ],
    ),
}
NOISE_NIGHT = {"bar", "voisin", "clim"}
