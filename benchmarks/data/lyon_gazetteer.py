"""A small gazetteer of real Lyon streets and squares, for the evaluation sets.

Each street is a straight axis: a starting point (house number 1/2), a bearing (degrees clockwise
from north, the direction in which numbers increase) and a length. Streets of one ``GROUPS``
entry are parallel, offset sideways by the given number of metres (positive: to the right of the
bearing), which gives "the next street" 80-130 m away. Positions are approximate (a few tens of
metres) but inside the right arrondissement; house numbers follow the French rule (odd on one
side, even on the other, about one building every 14 m).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_008.8
METRES_PER_DEG_LAT = math.pi * EARTH_RADIUS_M / 180.0
BUILDING_M = 14.0  # frontage per house number pair
SIDE_OFFSET_M = 7.0  # distance from the axis to a facade


def offset(lat: float, lon: float, north_m: float, east_m: float) -> tuple[float, float]:
	"""Point ``north_m``/``east_m`` metres away (local flat approximation, fine below a few km)."""
	dlat = north_m / METRES_PER_DEG_LAT
	dlon = east_m / (METRES_PER_DEG_LAT * math.cos(math.radians(lat)))
	return lat + dlat, lon + dlon


def move(lat: float, lon: float, distance_m: float, bearing_deg: float) -> tuple[float, float]:
	b = math.radians(bearing_deg)
	return offset(lat, lon, distance_m * math.cos(b), distance_m * math.sin(b))


@dataclass(frozen=True)
class Street:
	name: str  # "rue de la République"
	postcode: str
	lat: float  # start of the axis (numbers 1 and 2)
	lon: float
	bearing: float
	length: float
	group: str | None = None
	lateral: float = 0.0  # offset inside its group
	along: float = 0.0  # along-axis start inside its group

	@property
	def is_square(self) -> bool:
		return False

	@property
	def max_number(self) -> int:
		return 2 + 2 * int(self.length // BUILDING_M)

	def point(self, s: float, side: int = 0) -> tuple[float, float]:
		"""Point at ``s`` metres from the start; side +1 right facade (even), -1 left (odd), 0 axis."""
		lat, lon = move(self.lat, self.lon, s, self.bearing)
		if side:
			lat, lon = move(lat, lon, SIDE_OFFSET_M, self.bearing + 90 * side)
		return lat, lon

	def number(self, s: float, side: int) -> int:
		"""House number at ``s`` metres: even on the right (side +1), odd on the left."""
		k = int(max(0.0, min(s, self.length)) // BUILDING_M)
		return 2 + 2 * k if side > 0 else 1 + 2 * k

	def position_of_number(self, number: int) -> tuple[float, int]:
		k = (number - 1) // 2
		return (k + 0.5) * BUILDING_M, (1 if number % 2 == 0 else -1)


@dataclass(frozen=True)
class Square:
	name: str  # "place Bellecour"
	postcode: str
	lat: float
	lon: float
	radius: float

	@property
	def is_square(self) -> bool:
		return True

	@property
	def length(self) -> float:
		return 2 * math.pi * self.radius

	@property
	def max_number(self) -> int:
		return max(4, int(self.length // (BUILDING_M / 2)))

	def point(self, angle_deg: float, fraction: float) -> tuple[float, float]:
		"""Point at ``fraction`` of the radius from the centre, towards ``angle_deg``."""
		return move(self.lat, self.lon, self.radius * fraction, angle_deg)

	def number(self, angle_deg: float) -> int:
		"""Numbers go clockwise round the square from the north."""
		return 1 + int((angle_deg % 360) / 360 * self.max_number)


# (anchor lat, anchor lon, bearing, [(name, postcode, lateral m, along m, length m)])
GROUPS = {
	"presquile_ns": (
		45.7670,
		4.8362,
		193,
		[
			("rue de la République", "69002", 0, 0, 950),
			("rue Président Édouard Herriot", "69002", 110, 0, 900),
			("rue Mercière", "69002", 215, 280, 420),
			("rue Grolée", "69002", -95, 250, 450),
		],
	),
	"ainay_ns": (
		45.7566,
		4.8310,
		192,
		[
			("rue Victor Hugo", "69002", 0, 0, 720),
			("rue de la Charité", "69002", -115, -30, 800),
			("rue Auguste Comte", "69002", 105, 0, 700),
			("rue Vaubecour", "69002", 215, 40, 650),
		],
	),
	"ainay_ew": (
		45.7540,
		4.8355,
		283,
		[
			("rue Sala", "69002", 0, 0, 620),
			("rue Sainte-Hélène", "69002", 105, 0, 600),
			("rue Franklin", "69002", -110, 0, 640),
			("rue des Remparts d'Ainay", "69002", -220, 30, 600),
		],
	),
	"vieux_lyon": (
		45.7648,
		4.8272,
		186,
		[
			("rue Saint-Jean", "69005", 0, 0, 460),
			("quai Romain Rolland", "69005", -120, 0, 620),
		],
	),
	"croix_rousse_ns": (
		45.7748,
		4.8318,
		355,
		[
			("Grande Rue de la Croix-Rousse", "69004", 0, 0, 900),
			("rue d'Austerlitz", "69004", 95, 20, 420),
			("rue Dumenge", "69004", -110, 250, 450),
		],
	),
	"brotteaux_ew": (
		45.7676,
		4.8428,
		88,
		[
			("cours Franklin Roosevelt", "69006", 0, 0, 1350),
			("rue de Sèze", "69006", -110, 0, 1450),
			("rue Bugeaud", "69006", -220, 0, 1500),
			("rue Vauban", "69006", 110, 0, 1300),
			("rue Cuvier", "69006", -330, 0, 1400),
			("rue Tronchet", "69006", -440, 0, 1400),
			("cours Vitton", "69006", -560, 0, 1600),
		],
	),
	"brotteaux_ns": (
		45.7740,
		4.8455,
		181,
		[
			("rue Vendôme", "69006", 0, 0, 850),
			("rue Duguesclin", "69006", -110, 0, 850),
			("avenue Foch", "69006", 115, 180, 650),
			("rue Créqui", "69006", -220, 0, 850),
		],
	),
	"part_dieu_ew": (
		45.7630,
		4.8410,
		92,
		[
			("cours Lafayette", "69003", 0, 0, 1900),
			("rue de Bonnel", "69003", 105, 150, 1100),
			("rue Servient", "69003", 215, 150, 1000),
			("rue Moncey", "69003", 320, 50, 1000),
			("rue Paul Bert", "69003", 470, 100, 1800),
		],
	),
	"saxe_ns": (
		45.7620,
		4.8442,
		181,
		[
			("avenue Maréchal de Saxe", "69003", 0, 0, 1050),
			("rue Pierre Corneille", "69003", -110, 0, 900),
			("rue Molière", "69003", -220, 0, 900),
		],
	),
	"guillotiere_ns": (
		45.7550,
		4.8385,
		186,
		[
			("quai Claude Bernard", "69007", 0, 0, 1100),
			("rue de Marseille", "69007", -100, 0, 1300),
			("rue Béchevelin", "69007", -200, 100, 1000),
			("rue Sébastien Gryphe", "69007", -300, 50, 1100),
			("avenue Jean Jaurès", "69007", -400, 100, 2600),
		],
	),
	"guillotiere_ew": (
		45.7512,
		4.8372,
		95,
		[
			("rue de l'Université", "69007", 0, 0, 900),
			("rue Montesquieu", "69007", 100, 100, 700),
			("rue Chevreul", "69007", 200, 0, 1100),
			("rue Jaboulay", "69007", 310, 100, 700),
			("avenue Berthelot", "69007", 560, 0, 2500),
		],
	),
}

# (name, postcode, lat, lon, bearing, length)
SINGLE_STREETS = [
	("rue de la Barre", "69002", 45.7582, 4.8350, 100, 320),
	("montée de la Grande-Côte", "69001", 45.7693, 4.8323, 352, 380),
	("rue Burdeau", "69001", 45.7706, 4.8290, 78, 480),
	("rue des Capucins", "69001", 45.7689, 4.8318, 80, 330),
	("rue Royale", "69001", 45.7688, 4.8372, 12, 520),
	("rue d'Algérie", "69001", 45.7667, 4.8303, 100, 260),
	("rue de la Martinière", "69001", 45.7688, 4.8286, 95, 250),
	("quai Saint-Vincent", "69001", 45.7690, 4.8265, 300, 800),
	("boulevard de la Croix-Rousse", "69004", 45.7742, 4.8235, 82, 1300),
	("rue Hénon", "69004", 45.7793, 4.8230, 95, 750),
	("rue Jacquard", "69004", 45.7784, 4.8297, 350, 300),
	("boulevard des Canuts", "69004", 45.7808, 4.8215, 15, 900),
	("rue Garibaldi", "69003", 45.7700, 4.8518, 181, 1900),
	("boulevard des Brotteaux", "69006", 45.7725, 4.8590, 180, 950),
	("boulevard Marius Vivier-Merle", "69003", 45.7650, 4.8595, 180, 800),
	("rue de la Villette", "69003", 45.7610, 4.8615, 180, 500),
	("avenue Félix Faure", "69003", 45.7555, 4.8455, 96, 2200),
	("rue Baraban", "69003", 45.7625, 4.8655, 182, 900),
	("cours Gambetta", "69007", 45.7537, 4.8425, 100, 1800),
	("Grande Rue de la Guillotière", "69007", 45.7545, 4.8430, 140, 1600),
	("rue de Gerland", "69007", 45.7400, 4.8345, 183, 1500),
	("avenue des Frères Lumière", "69008", 45.7455, 4.8590, 100, 1500),
	("rue Marius Berliet", "69008", 45.7418, 4.8600, 95, 1700),
	("boulevard des États-Unis", "69008", 45.7320, 4.8590, 97, 1800),
	("avenue Paul Santy", "69008", 45.7380, 4.8700, 182, 1200),
	("route de Vienne", "69008", 45.7450, 4.8490, 168, 2200),
	("avenue Jean Mermoz", "69008", 45.7425, 4.8725, 98, 1700),
	("cours Albert Thomas", "69008", 45.7485, 4.8520, 95, 2000),
	("rue Saint-Georges", "69005", 45.7592, 4.8266, 192, 520),
	("montée du Gourguillon", "69005", 45.7590, 4.8258, 255, 350),
	("avenue du Point du Jour", "69005", 45.7598, 4.8080, 265, 1100),
	("rue de Trion", "69005", 45.7580, 4.8130, 95, 600),
	("Grande Rue de Vaise", "69009", 45.7738, 4.8048, 20, 520),
	("rue de Bourgogne", "69009", 45.7722, 4.8072, 8, 1100),
	("rue Marietton", "69009", 45.7740, 4.8045, 258, 1100),
	("rue Saint-Pierre-de-Vaise", "69009", 45.7732, 4.8066, 12, 420),
	("rue du Bourbonnais", "69009", 45.7810, 4.8050, 15, 800),
]

# (name, postcode, lat, lon, radius)
SQUARES = [
	("place Bellecour", "69002", 45.7578, 4.8322, 130),
	("place des Terreaux", "69001", 45.7675, 4.8336, 50),
	("place Sathonay", "69001", 45.7697, 4.8291, 35),
	("place de la République", "69002", 45.7627, 4.8358, 35),
	("place des Jacobins", "69002", 45.7603, 4.8336, 30),
	("place Carnot", "69002", 45.7505, 4.8270, 70),
	("place Ampère", "69002", 45.7526, 4.8286, 30),
	("place de la Croix-Rousse", "69004", 45.7751, 4.8320, 40),
	("place Maréchal Lyautey", "69006", 45.7672, 4.8420, 45),
	("place Edgar Quinet", "69006", 45.7668, 4.8490, 40),
	("place Guichard", "69003", 45.7597, 4.8470, 40),
	("place Gabriel Péri", "69007", 45.7540, 4.8432, 45),
	("place Jean Macé", "69007", 45.7455, 4.8420, 50),
	("place Jean Jaurès", "69007", 45.7380, 4.8378, 50),
	("place Ambroise Courtois", "69008", 45.7453, 4.8708, 55),
	("place Saint-Jean", "69005", 45.7606, 4.8274, 30),
	("place de Trion", "69005", 45.7577, 4.8122, 35),
	("place Valmy", "69009", 45.7745, 4.8058, 40),
]


def _build():
	streets: list[Street] = []
	for group, (alat, alon, bearing, members) in GROUPS.items():
		for name, postcode, lateral, along, length in members:
			lat, lon = move(alat, alon, lateral, bearing + 90)
			lat, lon = move(lat, lon, along, bearing)
			streets.append(Street(name, postcode, lat, lon, bearing, length, group, lateral, along))
	for name, postcode, lat, lon, bearing, length in SINGLE_STREETS:
		streets.append(Street(name, postcode, lat, lon, bearing, length))
	squares = [Square(*row) for row in SQUARES]
	return streets, squares


STREETS, SQUARES_ = _build()
PLACES = [*STREETS, *SQUARES_]


def parallel_neighbours(street: Street, min_m: float = 80, max_m: float = 135) -> list[tuple[Street, float]]:
	"""Streets of the same group whose axis runs ``min_m``-``max_m`` metres away."""
	if street.group is None:
		return []
	out = []
	for other in STREETS:
		if other.group == street.group and other is not street:
			gap = abs(other.lateral - street.lateral)
			if min_m <= gap <= max_m:
				out.append((other, other.lateral - street.lateral))
	return out


def crossing_streets(street: Street) -> list[tuple[Street, float, float]]:
	"""Streets crossing ``street`` inside both extents: (other, s on street, s on other)."""
	out = []
	for other in STREETS:
		if other is street or other.group == street.group and street.group is not None:
			continue
		hit = _intersection(street, other)
		if hit is not None:
			out.append((other, *hit))
	return out


def _local(lat, lon, lat0, lon0):
	north = (lat - lat0) * METRES_PER_DEG_LAT
	east = (lon - lon0) * METRES_PER_DEG_LAT * math.cos(math.radians(lat0))
	return east, north


def _intersection(a: Street, b: Street):
	ax, ay = 0.0, 0.0
	bx, by = _local(b.lat, b.lon, a.lat, a.lon)
	da = (math.sin(math.radians(a.bearing)), math.cos(math.radians(a.bearing)))
	db = (math.sin(math.radians(b.bearing)), math.cos(math.radians(b.bearing)))
	den = da[0] * db[1] - da[1] * db[0]
	if abs(den) < 0.3:  # nearly parallel
		return None
	# solve a + t*da = b + u*db
	t = ((bx - ax) * db[1] - (by - ay) * db[0]) / den
	u = ((bx - ax) * da[1] - (by - ay) * da[0]) / den
	if 10 <= t <= a.length - 10 and 10 <= u <= b.length - 10:
		return t, u
	return None


def project(street: Street, lat: float, lon: float) -> tuple[float, float]:
	"""(along, across) metres of a point relative to the street's axis."""
	x, y = _local(lat, lon, street.lat, street.lon)
	b = math.radians(street.bearing)
	along = x * math.sin(b) + y * math.cos(b)
	across = x * math.cos(b) - y * math.sin(b)
	return along, across
