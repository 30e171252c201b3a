"""Quality measurement: the aggregate of the dashboard (daily), its queries and charts, the map,
the monthly report, the public processing times and the open data."""

from citizen_relation.core.i18n import N_

# Workspace headings and card titles, translated by the desk from their plain text.
TRANSLATED_WORKSPACE = (N_("Quality of service"), N_("Quality and Statistics"), N_("Surveys"))
