"""Hand-written French report texts for the blind duplicate set.

Styles: "a" mobile app / social media (short, SMS), "p" agent's note (phone, counter),
"m" e-mail or letter (long), "w" web portal form (medium).
``{bar}`` / ``{site}`` / ``{flat}`` are filled with the scene's noise source.
"""

EP = "Éclairage public en panne"
NP = "Nid-de-poule ou chaussée dégradée"
SI = "Signalisation endommagée"
DS = "Dépôt sauvage"
PV = "Propreté de la voie publique"
EV = "Espaces verts et élagage"
CD = "Collecte des déchets"
SG = "Stationnement gênant"
NS = "Nuisances sonores"
RE = "Réclamation"
DQ = "Demande à qualifier"

CATEGORY = {
	EP: "Technical Problem", NP: "Technical Problem", SI: "Technical Problem", DS: "Technical Problem",
	PV: "Technical Problem", EV: "Technical Problem", CD: "Technical Problem", SG: "Technical Problem",
	NS: "Complaint", RE: "Complaint", DQ: "Information Request",
}

# kind: (default type, alternative types a citizen or an agent may choose, where it sits, texts)
# where: "street" (along a street), "square" (on a square), "both"
KINDS = {
	"lamp_out": (EP, [SI, NP, RE, DQ], "both", [
		("a", "Lampadaire éteint", "Lampadaire éteint depuis hier soir."),
		("a", "lumiere", "le lampadaire devant chez moi marche plus"),
		("a", "panne lampadaire", "lampadaire HS, on voit rien en sortant du tram"),
		("a", "Réverbère", "réverbère en panne, trottoir tout noir"),
		("a", "noir complet", "plus aucune lumiere sur ce bout de trottoir depuis 3 soirs"),
		("a", "éclairage", "lampe grillée sur le poteau, c'est la seule de la rangée qui marche pas"),
		("a", "lampadère", "lampadère eteint depuis lundi svp"),
		("p", "Éclairage en panne", "Appel d'une riveraine : le candélabre face à son immeuble ne fonctionne plus depuis le week-end. Elle rentre tard du travail et a peur. Demande une intervention rapide."),
		("p", "Lampadaire", "M. signale un point lumineux éteint sur le trottoir côté pair. N° de mât illisible. Rappeler si besoin."),
		("p", "Candélabre éteint", "Tél. d'un commerçant : l'éclairage devant sa boutique ne s'allume plus, la vitrine est dans le noir le soir, crainte de cambriolage."),
		("m", "Rue plongée dans l'obscurité", "Bonjour, je me permets de vous écrire car le lampadaire situé juste devant notre entrée ne s'allume plus depuis au moins dix jours. Le soir, le trottoir est complètement dans le noir et plusieurs personnes âgées de l'immeuble n'osent plus sortir. Pourriez-vous faire passer un technicien ? Merci d'avance, cordialement."),
		("m", "Signalement éclairage", "Bonsoir, petit message pour vous dire que le réverbère en bas de chez moi est mort, ça fait une semaine environ. On ne distingue plus les marches de l'entrée. Merci de faire le nécessaire. Bonne soirée."),
		("w", "Lampadaire en panne", "Le lampadaire n'éclaire plus du tout, il fait très sombre sur ce tronçon."),
		("w", "Candélabre hors service", "Candélabre hors service, l'ampoule semble grillée. Passage fréquent d'enfants le soir."),
		("w", "Eclairage public", "Un des lampadaires s'est arrêté d'un coup mardi soir, ceux d'à côté marchent encore."),
	]),
	"lamp_blink": (EP, [SI, RE, DQ], "street", [
		("a", "Lampe qui grésille", "La lampe du candélabre s'allume et s'éteint sans arrêt"),
		("a", "clignote", "lampadaire qui clignote toute la nuit, ça donne mal à la tête"),
		("a", "Lampadaire allumé le jour", "Lampadaire allumé en plein jour à midi, gaspillage"),
		("p", "Panne éclairage public", "Appel tél. : lampadaire qui clignote depuis environ une semaine, signalé aussi par des voisins d'après l'appelant."),
		("m", "Éclairage défectueux", "Madame, Monsieur, je souhaite signaler qu'un réverbère de notre rue fonctionne par intermittence : il s'allume quelques minutes puis s'éteint, toute la nuit. Cela dure depuis le début du mois et la lumière qui saute éclaire notre chambre. Je reste disponible pour tout renseignement. Bien à vous."),
		("w", "Point lumineux", "Lumière très faible, on dirait que la lampe est en fin de vie, ça clignote orange."),
		("w", "Lampadaire qui reste allumé", "Ce lampadaire reste allumé toute la journée depuis plusieurs jours."),
	]),
	"pothole": (NP, [RE, DQ, SI], "street", [
		("a", "Nid de poule", "Gros nid de poule, attention aux vélos"),
		("a", "trou", "trou enorme sur la route, j'ai failli tomber en scooter"),
		("a", "Chaussée abîmée", "le bitume s'effrite, ça fait une cuvette pleine d'eau"),
		("a", "Trou chaussée", "trou profond dans la voie de droite, les voitures font des écarts"),
		("a", "voirie", "troue dans la chaussé, ça claque à chaque voiture qui passe"),
		("p", "Nid-de-poule", "Appel d'un chauffeur de taxi : trou d'environ 40 cm dans la voie de droite, a abîmé sa jante. Souhaite une réparation rapide."),
		("p", "Chaussée dégradée", "Riverain signale un affaissement de la chaussée devant son garage, s'aggrave depuis les pluies."),
		("p", "Trou dans l'enrobé", "Mme appelle pour un trou dans l'enrobé, les voitures font un écart et frôlent les cyclistes."),
		("m", "Dégradation de la voirie", "Bonjour, je circule tous les jours à vélo dans cette rue et un nid-de-poule s'est formé puis creusé ces dernières semaines. Il fait maintenant une quinzaine de centimètres de profondeur et on ne le voit pas la nuit quand il est rempli d'eau. Je crains un accident. Merci de faire le nécessaire."),
		("m", "Route en très mauvais état", "Bonjour, la chaussée devant chez moi est défoncée, il y a un trou qui ne cesse de s'agrandir. Mon véhicule a déjà touché deux fois. Pouvez-vous intervenir ? Cordialement, un riverain excédé."),
		("w", "Nid-de-poule dangereux", "Nid-de-poule dangereux en milieu de chaussée, environ 50 cm de large."),
		("w", "Enrobé arraché", "Morceau de goudron arraché sur plusieurs mètres, les deux-roues zigzaguent pour l'éviter."),
		("w", "Affaissement", "La route s'affaisse autour d'une plaque d'égout, grosse marche pour les voitures."),
	]),
	"dump_furniture": (DS, [CD, PV, DQ, RE], "both", [
		("a", "Dépôt sauvage", "Matelas et sommier abandonnés sur le trottoir"),
		("a", "encombrants", "quelqu'un a jeté un canapé + un matelas devant l'immeuble"),
		("a", "depot", "mattelas + carton devant la porte, depuis 2j"),
		("a", "meubles", "vieux meubles largués sur le trottoir cette nuit, on peut plus passer"),
		("p", "Dépôt sauvage", "Appel de la gardienne : un matelas, une chaise et des cartons ont été déposés pendant la nuit contre la façade. Demande l'enlèvement."),
		("p", "Encombrants abandonnés", "M. signale des meubles cassés (armoire démontée, matelas, tiroirs) laissés sur le trottoir depuis hier. Gênent le passage des poussettes."),
		("m", "Dépôt d'ordures", "Bonjour, depuis samedi un amas d'objets (matelas, sommier, une vieille télévision) encombre le trottoir au pied de notre immeuble. Cela attire les rats et les enfants jouent à côté. Pourriez-vous organiser l'enlèvement ? Je joins une photo. Merci."),
		("m", "Incivilité", "Bonjour à vous, encore une fois des gens se permettent de déposer leurs vieux meubles dans la rue comme si c'était une déchèterie. Cette fois c'est un canapé et un matelas qui bloquent la moitié du trottoir. C'est insupportable. Merci de les faire enlever."),
		("w", "Objets abandonnés", "Un matelas taché et une table basse abandonnés depuis deux jours."),
		("w", "Encombrants sur la voie publique", "Canapé, matelas et sommier déposés contre le mur, ils prennent l'eau."),
	]),
	"dump_bags": (DS, [CD, PV, DQ], "both", [
		("a", "déchets", "tas de sacs poubelles éventrés, ça pue"),
		("a", "sacs", "une dizaine de sacs noirs posés par terre depuis hier"),
		("p", "Sacs abandonnés", "Appel d'un riverain : sacs d'ordures entassés au pied d'un arbre, déchirés par les chiens, déchets étalés."),
		("m", "Tas d'ordures", "Bonjour, quelqu'un dépose régulièrement ses sacs poubelle par terre au lieu de les mettre dans les bacs. Aujourd'hui il y en a une bonne dizaine, éventrés, avec des restes de nourriture partout. Merci de faire nettoyer."),
		("w", "Sacs abandonnés", "Une dizaine de sacs noirs déposés à même le sol, certains ont été déchirés par les chiens."),
		("w", "Dépôt de sacs", "Sacs d'ordures abandonnés sur le trottoir, les pigeons s'en donnent à cœur joie."),
	]),
	"dump_rubble": (DS, [PV, NP, DQ], "street", [
		("a", "Gravats", "sacs de gravats et plaques de placo balancés au pied de l'arbre"),
		("a", "chantier sauvage", "quelqu'un a vidé sa camionnette : gravats, carrelage cassé"),
		("p", "Déchets de chantier", "Riveraine : pots de peinture, seaux et gravats déposés devant le local vélo, probablement un artisan."),
		("m", "Déchets de travaux abandonnés", "Bonjour, une entreprise peu scrupuleuse a laissé cette nuit un tas de gravats, des morceaux de plâtre et des pots de peinture sur le trottoir. Il y a de la poussière partout. Merci d'intervenir rapidement."),
		("w", "Gravats sur le trottoir", "Tas de gravats et de carrelage cassé déposé sur le trottoir, environ un mètre cube."),
		("p", "Gravats abandonnés", "Agent de quartier : une dizaine de sacs de gravats et un vieux lavabo abandonnés le long du trottoir."),
		("a", "depot gravats", "gros tas de gravats + lavabo cassé déposés cette nuit, bloque le trottoir"),
	]),
	"bins_missed": (CD, [PV, DS, DQ, RE], "street", [
		("a", "Poubelles non ramassées", "bacs pas vidés depuis mardi, ça déborde"),
		("a", "collecte", "le camion est pas passé, les poubelles sont pleines sur le trottoir"),
		("a", "ramassage", "ramassage oublié encore, ça sent très mauvais"),
		("p", "Oubli de collecte", "Appel du syndic : les bacs gris de la résidence n'ont pas été collectés lundi, odeurs, demande un passage."),
		("p", "Collecte non faite", "Mme signale que les conteneurs restent pleins depuis deux tournées, des sacs sont posés à côté."),
		("m", "Ordures non collectées", "Bonjour, nos poubelles n'ont pas été ramassées cette semaine. Les bacs débordent, des sacs s'entassent à côté et les pigeons les éventrent. Merci de nous indiquer quand le camion passera. Cordialement."),
		("w", "Bac débordant", "Bacs d'ordures ménagères qui débordent sur le trottoir, collecte manquée."),
		("w", "Bacs pleins", "Les bacs de l'immeuble n'ont pas été vidés, couvercles ouverts, odeurs fortes."),
	]),
	"glass_full": (CD, [PV, DS], "both", [
		("a", "conteneur plein", "colonne à verre pleine, bouteilles posées par terre autour"),
		("a", "verre", "silo à verre qui déborde, des tessons partout"),
		("p", "Colonne à verre", "M. indique que la colonne à verre est saturée, des bouteilles sont déposées au pied, risque de coupure."),
		("w", "Conteneurs pleins", "Le conteneur à verre déborde, des bouteilles cassées jonchent le sol."),
		("m", "Point d'apport verre saturé", "Bonjour, la borne à verre du quartier est pleine depuis plusieurs jours et les gens posent leurs bouteilles autour. Il y a des éclats de verre sur le trottoir et les chiens marchent dedans. Merci de la faire vider."),
		("p", "Borne à verre pleine", "Appel d'une habitante : impossible de mettre ses bouteilles, la borne est pleine jusqu'à la trappe."),
		("a", "verre plein", "conteneur verre plein, les gens laissent les sacs de bouteilles par terre"),
	]),
	"tag": (PV, [DQ, RE], "both", [
		("a", "Tag", "tag énorme sur la façade"),
		("a", "graffitis", "graffitis sur le mur, mots grossiers bien visibles"),
		("a", "tage", "des tages partout sur le mur, c'est moche"),
		("p", "Tags", "Appel d'un commerçant : sa devanture a été taguée cette nuit (inscriptions noires sur le rideau métallique). Demande effacement."),
		("p", "Graffiti", "Riverain signale des inscriptions injurieuses peintes à la bombe sur la façade de l'immeuble."),
		("m", "Demande d'effacement de tags", "Bonjour, notre copropriété a constaté ce matin de grands graffitis rouges sur toute la longueur du mur côté rue. Nous souhaiterions savoir si la ville peut procéder à l'effacement et dans quel délai. Cordialement, le conseil syndical."),
		("w", "Graffitis", "Graffitis peints sur la façade, environ 3 mètres de long."),
		("w", "Façade taguée", "Façade taguée, inscriptions insultantes visibles depuis l'arrêt de bus."),
	]),
	"branch_down": (EV, [NP, DQ, SI], "both", [
		("a", "Branche tombée", "grosse branche tombée sur le trottoir après l'orage"),
		("a", "branche", "une branche de platane a cédé, elle bloque le passage"),
		("a", "arbre", "branche par terre en travers du trottoir, on doit passer sur la route"),
		("p", "Chute de branche", "Mme signale une grosse branche tombée en travers du trottoir, les piétons passent sur la chaussée."),
		("m", "Branche au sol", "Bonjour, suite au coup de vent de cette nuit une grosse branche est tombée de l'arbre devant chez nous et barre le trottoir. Les personnes avec poussette doivent descendre sur la chaussée. Merci de venir l'enlever."),
		("w", "Chute de branche", "Une branche est tombée et bloque la moitié du trottoir."),
	]),
	"branch_hang": (EV, [NP, DQ, SI], "both", [
		("a", "arbre", "branche cassée qui pend au dessus du trottoir, risque de chute"),
		("a", "branche dangereuse", "une branche fendue pend au-dessus des voitures garées"),
		("p", "Branche cassée", "Appel : une branche de platane s'est cassée et pend à 3 m au-dessus du trottoir, retenue par quelques fibres. Danger pour les passants."),
		("m", "Branche menaçante", "Bonjour, suite aux rafales de cette nuit, une grosse branche de l'arbre situé devant chez nous s'est brisée et reste suspendue. Elle pourrait tomber à tout moment sur quelqu'un. Merci d'intervenir au plus vite."),
		("w", "Élagage urgent", "Branche morte au-dessus du passage, elle craque au moindre coup de vent."),
		("w", "Branche suspendue", "Branche cassée restée accrochée dans l'arbre au-dessus du trottoir."),
	]),
	"drain": (NP, [PV, DQ], "street", [
		("a", "Avaloir bouché", "grille d'égout bouchée par les feuilles"),
		("a", "inondation", "la rue est inondée à chaque pluie, flaque énorme"),
		("a", "flaque", "flaque géante au bord du trottoir, on doit marcher dans l'eau"),
		("p", "Avaloir obstrué", "Appel : bouche d'égout complètement obstruée, l'eau stagne sur toute la largeur de la rue après l'averse."),
		("p", "Eau stagnante", "Mme signale une grande étendue d'eau le long du trottoir, les voitures éclaboussent les piétons."),
		("m", "Rue inondée", "Bonjour, à chaque averse la rue se transforme en rivière devant notre immeuble et l'eau entre presque dans le hall. Il semble que la grille d'évacuation soit bouchée par des détritus. Merci de faire curer l'avaloir."),
		("w", "Grille bouchée", "Grille d'évacuation des eaux de pluie bouchée par des détritus."),
		("w", "Chaussée inondée", "Chaussée inondée sur 20 mètres, l'eau ne s'évacue pas."),
	]),
	"leak": (NP, [DQ, PV], "street", [
		("a", "Fuite d'eau", "de l'eau sort du trottoir en continu"),
		("a", "fuite", "fuite d'eau sous la chaussée, ça coule jusqu'au caniveau depuis ce matin"),
		("p", "Fuite sur la voie publique", "Appel d'un commerçant : eau claire qui jaillit d'une bouche à clé sur le trottoir depuis 7h."),
		("m", "Fuite importante", "Bonjour, une fuite d'eau importante s'est déclarée sur le trottoir, l'eau ruisselle jusqu'au carrefour depuis hier soir. Quel gâchis ! Merci de prévenir le service des eaux."),
		("w", "Fuite", "Fuite d'eau visible, le trottoir est mouillé en permanence et ça glisse."),
		("a", "eau partout", "ça fuit du trottoir depuis hier, une vraie rivière dans le caniveau"),
		("p", "Fuite d'eau", "Mme signale une fuite qui sort d'entre les pavés, l'eau coule en continu depuis la veille."),
		("w", "Fuite canalisation", "Eau qui remonte de la chaussée au bord du trottoir, sans doute une canalisation cassée."),
	]),
	"traffic_light": (SI, [EP, NP, DQ], "street", [
		("a", "Feu en panne", "feu tricolore éteint, carrefour dangereux"),
		("a", "feu rouge", "le feu reste bloqué au rouge depuis 10 min"),
		("a", "feux", "feux qui clignotent orange, les voitures passent n'importe comment"),
		("p", "Feu tricolore en panne", "Appel d'un automobiliste : feux éteints dans les deux sens au carrefour, circulation anarchique. Urgent."),
		("m", "Feux de circulation défectueux", "Bonjour, depuis ce matin les feux du carrefour près de chez moi sont complètement éteints. J'ai assisté à deux quasi-accidents en une heure. Pouvez-vous envoyer quelqu'un en urgence ? Merci."),
		("w", "Feu hors service", "Feu tricolore hors service, seul le orange clignote."),
		("a", "feu tricolore", "feu éteint au carrefour, tout le monde s'arrête pas"),
		("p", "Feux éteints", "Chauffeur de bus : feux du carrefour éteints depuis 8h, il a dû faire la circulation lui-même."),
	]),
	"ped_light": (SI, [EP, DQ], "street", [
		("a", "feu piéton", "le bouton du feu pieton marche plus, le bonhomme reste rouge"),
		("p", "Signalisation lumineuse", "Mme signale que le feu piéton ne passe plus au vert, les gens traversent au rouge."),
		("w", "Feu piéton", "Le bouton d'appel du feu piéton ne fonctionne plus, impossible d'avoir le vert."),
		("m", "Feu piétons bloqué", "Bonjour, le feu pour les piétons reste bloqué au rouge, même en appuyant sur le bouton. Les enfants de l'école traversent entre les voitures. Pouvez-vous faire vérifier rapidement ?"),
	]),
	"sign": (SI, [NP, DQ], "street", [
		("a", "Panneau", "panneau stop couché par terre"),
		("a", "panneau tordu", "panneau sens interdit tordu, on le voit plus"),
		("p", "Panneau arraché", "Appel : panneau de priorité arraché, posé contre le mur. Risque d'accident."),
		("w", "Panneau endommagé", "Panneau de signalisation plié, il pointe vers le trottoir."),
		("m", "Signalisation manquante", "Bonjour, le panneau cédez-le-passage a été renversé il y a quelques jours et traîne par terre, les voitures ne savent plus qui a la priorité. Merci."),
		("a", "panneau par terre", "le panneau 'zone 30' est tombé, il traine sur le trottoir"),
		("p", "Signalisation", "M. signale un panneau de sens interdit tourné d'un quart de tour, les voitures s'engagent à contresens."),
		("w", "Panneau au sol", "Panneau stop arraché de son poteau, il est posé contre la grille."),
	]),
	"car_abandoned": (SG, [DS, DQ, RE], "street", [
		("a", "Voiture ventouse", "voiture garée au même endroit depuis 3 semaines, pneus à plat"),
		("a", "épave", "voiture épave, vitre cassée, personne y touche depuis un mois"),
		("p", "Véhicule abandonné", "Appel : voiture sans plaque arrière, vitres cassées, immobilisée depuis un mois environ."),
		("m", "Véhicule épave", "Bonjour, une voiture visiblement abandonnée (pare-brise étoilé, feuilles mortes sur le toit, avis de la police sur la vitre depuis longtemps) occupe une place de notre rue depuis plus de deux mois. Pourriez-vous la faire enlever ? Cordialement."),
		("w", "Voiture abandonnée", "Voiture qui ne bouge plus depuis des semaines, une roue est crevée et elle est couverte de poussière."),
		("w", "Épave", "Véhicule épave stationné depuis longtemps, la plaque a été retirée."),
		("a", "voiture abandonnée", "caisse abandonnée pleine de déchets à l'intérieur, pneus crevés"),
	]),
	"car_pavement": (SG, [DQ, RE], "street", [
		("a", "stationnement", "camionnette garée sur le trottoir tous les jours, on passe plus avec la poussette"),
		("a", "voiture sur trottoir", "voiture sur le trottoir encore, fauteuil roulant bloqué"),
		("p", "Stationnement gênant", "M. signale un utilitaire stationné à cheval sur le trottoir depuis ce matin, les piétons doivent descendre sur la route."),
		("w", "Véhicule sur trottoir", "Utilitaire garé à cheval sur le trottoir, les piétons marchent sur la route."),
		("m", "Stationnement sauvage", "Bonjour, chaque matin le même véhicule de livraison se gare entièrement sur le trottoir. Avec ma poussette je suis obligée de passer sur la chaussée. Merci de faire passer la police municipale."),
		("p", "Véhicule gênant", "Appel d'une personne en fauteuil : une voiture est garée sur la rampe d'accès du trottoir, elle ne peut plus passer."),
	]),
	"noise_bar": (NS, [RE, DQ], "street", [
		("a", "Bruit bar", "musique à fond au {bar}, 1h du mat"),
		("a", "tapage", "le {bar} met la sono dehors, on entend tout au 5e"),
		("a", "nuisance", "clients du {bar} qui crient sur le trottoir, impossible de dormir"),
		("a", "bar", "encore le {bar}!! basses qui font trembler les vitres"),
		("p", "Nuisances sonores bar", "Appel d'un riverain : musique amplifiée et cris provenant du {bar} jusqu'à 2h, porte ouverte. Dit avoir déjà appelé."),
		("p", "Tapage nocturne", "Mme se plaint des clients du {bar} qui fument et chahutent devant l'établissement tard dans la nuit."),
		("m", "Nuisances sonores répétées", "Bonjour, je vous écris au sujet du {bar} situé en bas de chez moi. Cette nuit encore, la musique et les éclats de voix ont duré jusqu'à 2h30, avec des clients qui restaient sur le trottoir. Nous avons des enfants en bas âge et nous n'en pouvons plus. Merci de faire intervenir la police municipale."),
		("m", "Plainte tapage", "Madame, Monsieur, ce soir le {bar} organise encore une soirée DJ. Les basses traversent les murs et les fenêtres vibrent. J'ai appelé la police à 1h sans résultat. Que pouvez-vous faire ?"),
		("w", "Bar bruyant", "Le {bar} diffuse de la musique forte porte ouverte, on l'entend de loin."),
		("w", "Bruit terrasse", "Terrasse du {bar} bondée et très bruyante après minuit, les clients chantent."),
	]),
	"noise_site": (NS, [RE, DQ], "street", [
		("a", "chantier bruyant", "marteau-piqueur dès 6h30 sur {site}"),
		("a", "bruit chantier", "{site} tourne le samedi matin, engins depuis 7h"),
		("p", "Bruit de chantier", "Appel : {site} démarre avant 7h avec une pelleteuse, réveille tout le quartier."),
		("m", "Nuisances chantier", "Bonjour, {site} commence tous les jours vers 6h45 avec des camions toupie et des bips de recul. Ces horaires sont-ils autorisés ? Merci de vérifier."),
		("w", "Chantier hors horaires", "Travaux avec disqueuse très tôt sur {site}, bien avant l'heure autorisée."),
	]),
	"noise_flat": (NS, [RE, DQ], "street", [
		("a", "voisins bruyants", "fête chez {flat}, musique à fond à 3h"),
		("a", "tapage nocturne", "cris et musique chez {flat}, encore cette nuit"),
		("p", "Tapage", "Mme signale des nuisances venant de {flat} : musique, va-et-vient, portes qui claquent jusqu'à 4h."),
		("m", "Bruit de voisinage", "Bonjour, {flat} organise des soirées presque chaque nuit, avec musique très forte et hurlements. Nous avons tenté de discuter, sans succès. Pouvez-vous intervenir ?"),
		("w", "Soirée bruyante", "Soirée très bruyante chez {flat}, basses et cris depuis minuit."),
	]),
	"bench": (EV, [PV, DQ], "square", [
		("a", "Banc cassé", "banc cassé, une latte manque, un enfant s'est blessé"),
		("w", "Banc abîmé", "Le banc est descellé et bascule quand on s'assoit."),
		("p", "Mobilier urbain", "Appel : banc public vandalisé, dossier arraché, vis qui dépassent."),
	]),
	"street_bin": (PV, [CD, DQ], "square", [
		("a", "Corbeille", "poubelle de rue arrachée, elle est par terre"),
		("w", "Corbeille cassée", "La corbeille a brûlé, il n'en reste que le support."),
		("p", "Corbeille débordante", "Agent de quartier : corbeille pleine à ras bord, déchets éparpillés autour."),
		("a", "corbeille pleine", "corbeille qui déborde, papiers partout"),
	]),
	"playground": (EV, [DQ], "square", [
		("a", "Aire de jeux", "toboggan cassé dans l'aire de jeux, morceau de plastique coupant"),
		("w", "Jeu dangereux", "Balançoire dont la chaîne est cassée, dangereux pour les petits."),
		("p", "Aire de jeux abîmée", "Mme signale un jeu à ressort arraché de son socle, les enfants continuent à monter dessus."),
	]),
	"roots": (NP, [EV], "street", [
		("a", "trottoir soulevé", "racines qui soulèvent le trottoir, on trébuche"),
		("w", "Trottoir déformé", "Les racines de l'arbre ont soulevé le bitume du trottoir, grosse bosse."),
	]),
}

# Scenes where one report gives the cause and the other the consequence (same incident).
# (cause kind, cause text, consequence text); each text (style, type, subject, description)
CAUSE_EFFECT = [
	(("p", SI, "Candélabre percuté", "Appel : une voiture a percuté un lampadaire cette nuit, le mât est plié et penche vers la chaussée."),
	 ("a", EP, "plus de lumière", "tout noir dans la rue ce soir, on voit rien")),
	(("a", NP, "mât couché", "poteau d'éclairage renversé sur le trottoir, fils qui dépassent"),
	 ("m", EP, "Éclairage coupé", "Bonjour, depuis dimanche la portion de rue devant chez nous n'est plus éclairée du tout. On m'a dit qu'il y avait eu un accident. Pouvez-vous rétablir la lumière ? Merci.")),
	(("a", PV, "avaloir bouché", "grille bouchée par les feuilles et des sacs plastique"),
	 ("p", NP, "Rue inondée", "Appel : la chaussée est sous l'eau sur plusieurs mètres après l'orage, l'eau arrive aux chevilles au passage piéton.")),
	(("w", NP, "Grille obstruée", "La grille d'évacuation est obstruée par de la terre et des feuilles."),
	 ("a", NP, "inondé", "encore une piscine devant l'immeuble, impossible de traverser sans se mouiller les pieds")),
	(("a", EV, "branche tombée", "grosse branche tombée en travers de la chaussée"),
	 ("p", NP, "Circulation bloquée", "Un chauffeur de bus appelle : la voie est obstruée, les véhicules doivent faire demi-tour.")),
	(("p", NP, "Fuite d'eau", "Appel : de l'eau s'écoule d'une bouche à clé sur le trottoir depuis hier."),
	 ("a", NP, "verglas", "plaque de glace sur le trottoir ce matin, une dame est tombée")),
	(("a", SI, "feu éteint", "feux éteints au carrefour"),
	 ("m", DQ, "Accident évité de justesse", "Bonjour, ce matin j'ai failli être percuté en traversant, plus personne ne sait qui doit passer au carrefour. C'est très dangereux, merci d'intervenir.")),
	(("a", CD, "poubelles pas vidées", "bacs pleins depuis 10 jours, pas de collecte"),
	 ("w", PV, "Déchets éparpillés", "Des sacs éventrés et des déchets partout sur le trottoir, les rats sortent le soir.")),
	(("p", NP, "Grille d'avaloir volée", "Appel : la grille d'un avaloir a disparu, trou ouvert au bord du trottoir."),
	 ("a", RE, "enfant blessé", "mon fils a mis le pied dans un trou au bord du trottoir, c'est ouvert, aucune protection !")),
	(("w", SI, "Poteau de feu renversé", "Un camion de livraison a renversé le poteau du feu tricolore en reculant."),
	 ("a", SI, "feux HS", "plus de feux au carrefour, tout le monde force le passage")),
]

# A report of the same unrepaired incident weeks later: (kind, later text)
LONG_RUNNING = [
	("lamp_out", ("w", "Lampadaire toujours éteint", "Je l'avais déjà signalé le mois dernier : le lampadaire est toujours en panne, rien n'a bougé.")),
	("pothole", ("m", "Relance nid-de-poule", "Bonjour, je vous relance : le trou signalé il y a plus d'un mois est toujours là et il s'est agrandi. Deux cyclistes sont tombés. Quand sera-t-il rebouché ?")),
	("ped_light", ("a", "feu piéton tjrs HS", "ça fait 6 semaines que le bouton du feu pieton marche pas, personne est venu")),
	("car_abandoned", ("p", "Épave toujours là", "Rappel d'un riverain : la voiture abandonnée qu'il a signalée il y a plus d'un mois n'a toujours pas été enlevée.")),
	("tag", ("a", "tags", "les tags sont toujours sur la façade, ça fait presque 2 mois")),
	("sign", ("w", "Panneau toujours couché", "Le panneau est toujours par terre depuis mon signalement il y a cinq semaines.")),
	("drain", ("m", "Avaloir toujours bouché", "Deuxième signalement : la grille d'évacuation est toujours bouchée, à chaque pluie l'eau monte sur le trottoir. Personne n'est venu depuis mon premier message.")),
	("lamp_blink", ("a", "toujours", "lampadaire qui clignote toujours depuis le mois dernier, c'est pas réparé")),
]

# Same object, another fault needing another intervention: (kind a, text a, kind b, text b)
OTHER_FAULT = [
	(("a", EP, "lampadaire éteint", "lampadaire éteint depuis 2 jours"),
	 ("w", PV, "Tags sur lampadaire", "Le mât du lampadaire est couvert de tags et d'autocollants.")),
	(("w", EP, "Candélabre en panne", "Le candélabre ne s'allume plus le soir."),
	 ("p", EP, "Trappe ouverte", "Appel : la trappe de visite au pied du lampadaire est ouverte, fils électriques apparents, danger pour les enfants.")),
	(("a", EV, "banc cassé", "banc cassé, il manque deux lattes"),
	 ("a", PV, "tag banc", "banc tagué au marqueur noir")),
	(("p", SI, "Feu en panne", "Appel : feu tricolore éteint dans un sens de circulation."),
	 ("w", SI, "Bouton arraché", "Le boîtier d'appel piéton du feu a été arraché, il pend au bout des fils.")),
	(("a", PV, "corbeille pleine", "corbeille pleine, ça déborde"),
	 ("a", PV, "corbeille brûlée", "la corbeille a été incendiée cette nuit, tout fondu")),
	(("w", EV, "Branche morte", "Une grosse branche morte menace de tomber de l'arbre."),
	 ("a", NP, "racines", "les racines du même arbre soulèvent les dalles du trottoir")),
	(("p", CD, "Bac non collecté", "Bac collectif non vidé lors du passage de lundi."),
	 ("a", CD, "couvercle cassé", "le couvercle du bac est arraché, on peut plus le fermer")),
	(("a", SI, "panneau tordu", "panneau stop tordu après un choc"),
	 ("w", SI, "Panneau recouvert", "Le panneau stop est recouvert d'autocollants, on ne lit plus rien.")),
	(("w", EV, "Balançoire cassée", "La chaîne de la balançoire est cassée."),
	 ("a", PV, "verre dans le sable", "bouts de verre dans le bac à sable de l'aire de jeux")),
	(("a", CD, "verre plein", "la colonne à verre est pleine"),
	 ("w", PV, "Colonne taguée", "La colonne à verre a été entièrement taguée.")),
	(("p", EV, "Branche cassée", "Appel : branche cassée qui pend dans l'arbre devant le n° indiqué."),
	 ("a", PV, "frelons", "nid de frelons dans l'arbre, ils attaquent les passants")),
	(("a", EP, "lampadaire clignote", "lampadaire qui clignote sans arrêt"),
	 ("w", EP, "Globe cassé", "Le globe du lampadaire est cassé, des morceaux de verre sont tombés sur le trottoir.")),
]

# Noise sources of the scenes (invented names).
BARS = [
	"Comptoir des Pentes", "Zinc Bleu", "bar Chez Gégé", "bar L'Escale", "Cave à Léon", "Petit Rhône",
	"Bar des Amis", "Atelier 42", "Shamrock", "Gone Café", "bar La Cantina", "Sablier", "Tchin-Tchin",
	"bar La Fabrique", "Bouchon d'Or", "Lézard Vert", "Tonneau", "bar Le Baobab", "Quai 7",
	"Café du Marché", "Vinyle", "bar La Frégate", "Ptit Canut", "Bistrot Pirate", "Mandragore",
	"bar L'Ours Brun", "Brasserie du Pont", "Fût Rieur", "bar La Lanterne", "Troquet d'Ainay",
	"bar Le Kraken", "Pavé Mouillé", "bar Le Colibri", "Comptoir Saxe", "Melting Potes", "bar Le Dock",
]
SITES = [
	"le chantier de la résidence neuve", "le chantier d'en face", "le chantier de démolition",
	"le chantier du futur gymnase", "le chantier de l'immeuble en rénovation", "le chantier de la crèche",
	"le chantier au coin de la rue", "le chantier du parking", "le chantier de surélévation",
]
FLATS = [
	"le voisin du 2e", "l'appartement du 3e gauche", "le locataire du 4e", "le voisin du dessus",
	"l'appart du rez-de-chaussée", "le logement Airbnb du 1er", "le voisin du 5e", "le studio du 6e",
	"la coloc du 2e droite", "le 3e étage côté cour",
]

# Frames to put a place in a text whose report has neither coordinates nor address.
LOCATION_FRAMES = [
	"C'est au {n} {street}.",
	"Adresse : {street}, à hauteur du n°{n}.",
	"(devant le {n} {street})",
	"Ça se trouve {street}, vers le numéro {n}.",
	"Lieu : {n} {street}, {arr}.",
	"Je suis au {n} {street} si besoin.",
]

# Texts of a new occurrence at the same place after the first was handled (kind: texts)
RECURRENCE = {
	"pothole": [
		("w", "Nid-de-poule revenu", "Le trou rebouché au printemps s'est rouvert au même endroit, encore plus large."),
		("a", "re-trou", "de nouveau un trou dans la chaussée, la réparation a pas tenu"),
	],
	"dump_furniture": [
		("a", "encore un dépôt", "rebelote, nouveaux meubles jetés au même endroit"),
		("p", "Nouveau dépôt", "Appel : nouveau tas d'encombrants au même endroit, le précédent avait pourtant été enlevé."),
	],
	"dump_bags": [
		("a", "sacs", "re des sacs poubelles par terre, ça recommence"),
	],
	"bins_missed": [
		("w", "Collecte encore oubliée", "Cette semaine encore, les bacs n'ont pas été vidés."),
	],
	"glass_full": [
		("a", "verre", "colonne à verre de nouveau pleine à craquer"),
	],
}
