#!/usr/bin/env bash
# Install (or update) this checkout of citizen_relation into an existing bench and site, as root.
# Usage: scripts/install_into_bench.sh BENCH_DIR SITE
# The bench's apps/citizen_relation becomes a link to this checkout; the site gets the app
# installed, or migrated when it already has it. Services must be running (bench_services.sh).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="${1:?bench directory}"
SITE="${2:?site name}"
APP_DIR="$BENCH/apps/citizen_relation"

if [ -e "$APP_DIR" ] && [ ! -L "$APP_DIR" ]; then
	echo "$APP_DIR exists and is not a link: install there with 'bench get-app' instead" >&2
	exit 1
fi
ln -sfn "$REPO" "$APP_DIR"
"$BENCH/env/bin/python" -m pip install -q --disable-pip-version-check -e "$APP_DIR"
grep -qx citizen_relation "$BENCH/sites/apps.txt" || printf '\ncitizen_relation\n' >> "$BENCH/sites/apps.txt"
sed -i '/^$/d' "$BENCH/sites/apps.txt"

cd "$BENCH/sites"
frappe() { ../env/bin/python -m frappe.utils.bench_helper frappe "$@"; }
# Frappe caches each app's modules in Redis: a list cached before this app was in apps.txt
# would make install-app create none of its doctypes.
frappe --site "$SITE" clear-cache >/dev/null
if frappe --site "$SITE" list-apps 2>/dev/null | grep -q '^citizen_relation'; then
	frappe --site "$SITE" migrate
else
	frappe --site "$SITE" install-app citizen_relation
fi
frappe --site "$SITE" set-config allow_tests true >/dev/null
frappe compile-po-to-mo --app citizen_relation --force >/dev/null 2>&1 || frappe compile-po-to-mo --app citizen_relation
