#!/usr/bin/env bash
# From a fresh Debian/Ubuntu server to a running citizen_relation demo, in one command:
#
#     sudo scripts/quickstart.sh
#
# The standard Frappe installation from the official sources: MariaDB, Redis, Node and
# wkhtmltopdf from the system's packages; the bench CLI from PyPI; `bench init` of Frappe v15
# (github.com/frappe/frappe, branch version-15); ERPNext v15 (github.com/frappe/erpnext); a site;
# this app; the demo data of a fictional commune; the site served at a printed URL.
#
# Run it again at any time: every step checks what is already done and skips it.
#
# Optional variables (defaults in brackets):
#   FRAPPE_SOURCE     Frappe source: a git URL or a local folder  [https://github.com/frappe/frappe]
#   ERPNEXT_SOURCE    ERPNext source: a git URL or a local folder [https://github.com/frappe/erpnext]
#   FRAPPE_BRANCH     branch of Frappe and ERPNext                [version-15]
#   APP_SOURCE        this app: a git URL or a local folder       [the checkout holding this script]
#   APP_BRANCH        branch of this app                          [the checkout's current branch]
#   BENCH_DIR         where the bench goes                        [/home/$FRAPPE_USER/frappe-bench]
#   FRAPPE_USER       system user that owns and runs the bench    [frappe] (created if missing)
#   SITE              site name                                   [citizen-relation.localhost]
#   ADMIN_PASSWORD    the site's Administrator password           [admin]
#   DB_ROOT_PASSWORD  MariaDB root password (set if root has none) [generated, kept in $BENCH_DIR/.db_root_password]
#   LOAD_DEMO         1 to load the demo commune, 0 not to        [1]
#   DEMO_REQUESTS     requests of the demo year                   [1000]
#   START             1 to start the bench and wait for the site  [1]
#   SKIP_PACKAGES     1 when the system packages are known to be there [0]
#
# Tested offline with local sources, e.g.:
#   FRAPPE_SOURCE=/path/to/frappe ERPNEXT_SOURCE=/path/to/erpnext BENCH_DIR=/opt/quickstart-test \
#   DB_ROOT_PASSWORD=... sudo -E scripts/quickstart.sh
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FRAPPE_SOURCE="${FRAPPE_SOURCE:-https://github.com/frappe/frappe}"
ERPNEXT_SOURCE="${ERPNEXT_SOURCE:-https://github.com/frappe/erpnext}"
FRAPPE_BRANCH="${FRAPPE_BRANCH:-version-15}"
APP_SOURCE="${APP_SOURCE:-$HERE}"
FRAPPE_USER="${FRAPPE_USER:-frappe}"
BENCH_DIR="${BENCH_DIR:-/home/$FRAPPE_USER/frappe-bench}"
SITE="${SITE:-citizen-relation.localhost}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin}"
LOAD_DEMO="${LOAD_DEMO:-1}"
DEMO_REQUESTS="${DEMO_REQUESTS:-1000}"
START="${START:-1}"
SKIP_PACKAGES="${SKIP_PACKAGES:-0}"
BENCH_CLI_DIR="/opt/frappe-bench-cli"
# the system's Python (readable by the bench's user; not a pyenv of root's)
SYSTEM_PYTHON="${SYSTEM_PYTHON:-/usr/bin/python3}"
PACKAGES=(git curl python3-dev python3-venv python3-pip pkg-config build-essential libffi-dev libssl-dev
	libmariadb-dev mariadb-server mariadb-client redis-server wkhtmltopdf xvfb fontconfig fonts-dejavu-core cron)

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
ok() { printf '    \033[32m✓\033[0m %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
fail() { printf '\n\033[1;31m✗ %s\033[0m\n' "$*" >&2; exit 1; }
trap 'fail "Stopped at line $LINENO (command: $BASH_COMMAND). Fix the cause and run the script again: finished steps are skipped."' ERR

[ "$(id -u)" -eq 0 ] || fail "Run as root (sudo): the script installs system packages and creates the user $FRAPPE_USER."

as_user() { runuser -u "$FRAPPE_USER" -- env HOME="$(getent passwd "$FRAPPE_USER" | cut -d: -f6)" \
	PATH="$BENCH_CLI_DIR/bin:/usr/local/bin:/usr/bin:/bin" "$@"; }
bench() { (cd "$BENCH_DIR" && as_user "$BENCH_CLI_DIR/bin/bench" "$@"); }
site_python() { (cd "$BENCH_DIR/sites" && as_user ../env/bin/python -m frappe.utils.bench_helper frappe --site "$SITE" "$@"); }
is_git_url() { [[ "$1" =~ ^(https?|git|ssh):// || "$1" =~ ^git@ ]]; }
# git refuses to read a checkout owned by another user unless told it is safe
trust() {
	local path
	for path in "$1" "$1/.git"; do
		as_user git config --global --get-all safe.directory 2>/dev/null | grep -qxF "$path" \
			|| as_user git config --global --add safe.directory "$path"
	done
}

# ------------------------------------------------------------------------------------------------
step "System packages (MariaDB, Redis, Node, wkhtmltopdf…)"
if [ "$SKIP_PACKAGES" = 1 ]; then
	note "skipped (SKIP_PACKAGES=1)"
else
	missing=()
	for package in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
	done
	# Node: the system's packages unless a Node is already there (e.g. from NodeSource, npm included)
	command -v node >/dev/null || missing+=(nodejs npm)
	if [ ${#missing[@]} -gt 0 ]; then
		command -v apt-get >/dev/null || fail "apt-get not found: install ${missing[*]} with your system's package manager, then run again with SKIP_PACKAGES=1"
		note "installing: ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	fi
	ok "system packages present"
fi
for command in git mariadb redis-server node npm "$SYSTEM_PYTHON"; do
	command -v "$command" >/dev/null || fail "$command is missing: install it (or its package) and run again"
done
node_major="$(node -v | sed 's/^v\([0-9]*\).*/\1/')"
[ "$node_major" -ge 18 ] || fail "Frappe v15 needs Node 18 or later (found $(node -v)): install a newer nodejs and run again"
command -v yarn >/dev/null || { npm install -g yarn >/dev/null 2>&1 && ok "yarn installed"; }
ok "node $(node -v), yarn $(yarn -v), $("$SYSTEM_PYTHON" --version)"

# ------------------------------------------------------------------------------------------------
step "MariaDB for Frappe (utf8mb4) and Redis"
MARIADB_CONF=/etc/mysql/mariadb.conf.d/99-frappe.cnf
if [ ! -f "$MARIADB_CONF" ] && [ -d /etc/mysql/mariadb.conf.d ]; then
	cat > "$MARIADB_CONF" <<'EOF'
[mysqld]
character-set-client-handshake = FALSE
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci

[mysql]
default-character-set = utf8mb4
EOF
	note "written $MARIADB_CONF"
	service mariadb restart >/dev/null 2>&1 || systemctl restart mariadb
fi
if ! mariadb-admin ping >/dev/null 2>&1; then
	service mariadb start >/dev/null 2>&1 || systemctl start mariadb
fi
mariadb-admin ping >/dev/null 2>&1 || fail "MariaDB does not start: see journalctl -u mariadb"
ok "MariaDB $(mariadb --version | sed 's/.*Distrib \([^,-]*\).*/\1/;s/.*from \([0-9.]*\).*/\1/') running"

# ------------------------------------------------------------------------------------------------
step "User $FRAPPE_USER and the bench CLI"
if ! id "$FRAPPE_USER" >/dev/null 2>&1; then
	useradd --create-home --shell /bin/bash "$FRAPPE_USER"
	ok "user $FRAPPE_USER created"
else
	ok "user $FRAPPE_USER exists"
fi
chmod o+x "$(getent passwd "$FRAPPE_USER" | cut -d: -f6)"
if [ ! -x "$BENCH_CLI_DIR/bin/bench" ]; then
	"$SYSTEM_PYTHON" -m venv "$BENCH_CLI_DIR"
	"$BENCH_CLI_DIR/bin/pip" install -q --disable-pip-version-check frappe-bench
fi
ok "$("$BENCH_CLI_DIR/bin/bench" --version 2>/dev/null | tail -1 | sed 's/^/bench /')"

# The database root password (Frappe creates each site's database and user with it).
DB_PASSWORD_FILE="$BENCH_DIR/.db_root_password"
if [ -z "${DB_ROOT_PASSWORD:-}" ] && [ -f "$DB_PASSWORD_FILE" ]; then
	DB_ROOT_PASSWORD="$(cat "$DB_PASSWORD_FILE")"
fi
if [ -z "${DB_ROOT_PASSWORD:-}" ]; then
	DB_ROOT_PASSWORD="$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
	# root keeps its Unix-socket login (Debian's maintenance) and gains this password
	mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('$DB_ROOT_PASSWORD') OR unix_socket; FLUSH PRIVILEGES;" \
		|| fail "Could not set MariaDB's root password: give the current one with DB_ROOT_PASSWORD=…"
	note "MariaDB root password set (kept in $DB_PASSWORD_FILE)"
fi
mariadb -uroot -p"$DB_ROOT_PASSWORD" -h 127.0.0.1 -e "select 1" >/dev/null 2>&1 \
	|| fail "MariaDB refuses root with the given DB_ROOT_PASSWORD"
ok "MariaDB root access checked"

# ------------------------------------------------------------------------------------------------
step "Frappe $FRAPPE_BRANCH in $BENCH_DIR"
if [ -d "$BENCH_DIR/apps/frappe" ] && [ -x "$BENCH_DIR/env/bin/python" ]; then
	ok "bench already initialised"
else
	if [ -e "$BENCH_DIR" ] && [ -n "$(ls -A "$BENCH_DIR" | grep -v '^.db_root_password$' || true)" ]; then
		fail "$BENCH_DIR exists but holds no bench: choose another BENCH_DIR or empty it"
	fi
	mkdir -p "$BENCH_DIR"
	chown "$FRAPPE_USER": "$BENCH_DIR"
	init_args=(init "$BENCH_DIR" --ignore-exist --frappe-branch "$FRAPPE_BRANCH" --python "$SYSTEM_PYTHON")
	if is_git_url "$FRAPPE_SOURCE"; then
		init_args+=(--frappe-path "$FRAPPE_SOURCE")
	else
		[ -d "$FRAPPE_SOURCE" ] || fail "FRAPPE_SOURCE=$FRAPPE_SOURCE is neither a git URL nor a folder"
		FRAPPE_SOURCE="$(cd "$FRAPPE_SOURCE" && pwd)"
		trust "$FRAPPE_SOURCE"
		init_args+=(--frappe-path "$FRAPPE_SOURCE")
	fi
	note "bench ${init_args[*]} (downloads Python and Node packages, builds the assets: several minutes)"
	(cd "$BENCH_DIR" && as_user "$BENCH_CLI_DIR/bin/bench" "${init_args[@]}")
	ok "Frappe installed"
fi
# Frappe v15 still imports pkg_resources, which setuptools 81 and later no longer ship
if ! as_user "$BENCH_DIR/env/bin/python" -c "import pkg_resources" >/dev/null 2>&1; then
	as_user "$BENCH_DIR/env/bin/python" -m pip install -q --disable-pip-version-check "setuptools<81"
	ok "setuptools < 81 in the bench's environment (pkg_resources)"
fi
install -m 600 -o "$FRAPPE_USER" /dev/null "$DB_PASSWORD_FILE.tmp" && printf '%s' "$DB_ROOT_PASSWORD" > "$DB_PASSWORD_FILE.tmp" \
	&& mv "$DB_PASSWORD_FILE.tmp" "$DB_PASSWORD_FILE"

get_app() {
	local name="$1" source="$2" branch="$3"
	if [ -d "$BENCH_DIR/apps/$name" ]; then
		ok "$name already in the bench"
		return
	fi
	if ! is_git_url "$source"; then
		[ -d "$source" ] || fail "the source of $name ($source) is neither a git URL nor a folder"
		source="$(cd "$source" && pwd)"
		trust "$source"
	fi
	note "bench get-app $source --branch $branch"
	bench get-app "$source" --branch "$branch" --skip-assets
	ok "$name added"
}

step "ERPNext $FRAPPE_BRANCH"
get_app erpnext "$ERPNEXT_SOURCE" "$FRAPPE_BRANCH"

step "citizen_relation"
if [ -z "${APP_BRANCH:-}" ]; then
	if is_git_url "$APP_SOURCE"; then APP_BRANCH=main; else APP_BRANCH="$(git -C "$APP_SOURCE" rev-parse --abbrev-ref HEAD)"; fi
fi
if ! is_git_url "$APP_SOURCE"; then
	trust "$APP_SOURCE"
	# a git worktree keeps its own folder inside the main repository's: trust both
	trust "$(git -C "$APP_SOURCE" rev-parse --absolute-git-dir)"
	common_dir="$(cd "$APP_SOURCE" && cd "$(git rev-parse --git-common-dir)" && pwd)"
	trust "$common_dir"
	trust "${common_dir%/.git}"
fi
get_app citizen_relation "$APP_SOURCE" "$APP_BRANCH"
if [ ! -f "$BENCH_DIR/sites/assets/assets.json" ] || ! grep -q citizen_relation "$BENCH_DIR/sites/assets/assets.json"; then
	note "building the desk assets"
	bench build >/dev/null
fi
ok "assets built"

# ------------------------------------------------------------------------------------------------
step "Site $SITE"
grep -q "^127.0.0.1[[:space:]].*\b$SITE\b" /etc/hosts || echo "127.0.0.1 $SITE" >> /etc/hosts
port="$(python3 -c "import json; print(json.load(open('$BENCH_DIR/sites/common_site_config.json')).get('webserver_port', 8000))")"
url="http://$SITE:$port"
# bench start runs the bench's Redis (needed to install), web server, workers and scheduler
cache_port="$(sed -n 's/^port \([0-9]*\)/\1/p' "$BENCH_DIR/config/redis_cache.conf")"
if [ "$START" = 1 ] && ! redis-cli -p "$cache_port" ping >/dev/null 2>&1; then
	(cd "$BENCH_DIR" && as_user nohup "$BENCH_CLI_DIR/bin/bench" start --no-dev > "$BENCH_DIR/logs/quickstart-start.log" 2>&1 &)
	for _ in $(seq 1 60); do redis-cli -p "$cache_port" ping >/dev/null 2>&1 && break; sleep 1; done
	ok "bench start running (log: $BENCH_DIR/logs/quickstart-start.log)"
elif [ "$START" != 1 ] && ! redis-cli -p "$cache_port" ping >/dev/null 2>&1; then
	for conf in redis_cache redis_queue; do as_user redis-server "$BENCH_DIR/config/$conf.conf" --daemonize yes >/dev/null; done
	ok "the bench's Redis started"
fi
redis-cli -p "$cache_port" ping >/dev/null 2>&1 || fail "the bench's Redis does not answer on port $cache_port: see $BENCH_DIR/logs/quickstart-start.log"
if [ -d "$BENCH_DIR/sites/$SITE" ] && site_python list-apps 2>/dev/null | grep -q '^erpnext'; then
	ok "site exists with ERPNext"
else
	# a site left half-made by an interrupted run is made again
	force=(); [ ! -d "$BENCH_DIR/sites/$SITE" ] || force=(--force)
	note "bench new-site $SITE --install-app erpnext (several minutes)"
	bench new-site "$SITE" --db-root-password "$DB_ROOT_PASSWORD" --admin-password "$ADMIN_PASSWORD" \
		--install-app erpnext --set-default "${force[@]}" >/dev/null
	ok "site created with ERPNext"
fi
if ! site_python list-apps 2>/dev/null | grep -q '^citizen_relation'; then
	site_python install-app citizen_relation >/dev/null
	ok "citizen_relation installed"
else
	site_python migrate >/dev/null
	ok "citizen_relation installed (migrated)"
fi
site_python execute citizen_relation.demo.setup.complete_setup_wizard \
	--kwargs "{'password': '$ADMIN_PASSWORD'}" | tail -1 | sed 's/^/    /'
site_python enable-scheduler >/dev/null
ok "scheduler enabled"

# ------------------------------------------------------------------------------------------------
step "Demo data"
if [ "$LOAD_DEMO" != 1 ]; then
	note "skipped (LOAD_DEMO=0)"
else
	# the demo replays a year of activity with freezegun (one of Frappe's development tools)
	as_user "$BENCH_DIR/env/bin/python" -c "import freezegun" 2>/dev/null \
		|| as_user "$BENCH_DIR/env/bin/pip" install -q --disable-pip-version-check freezegun
	note "a year of Val-Fleuri (about $DEMO_REQUESTS requests): a few minutes, with progress"
	site_python execute citizen_relation.demo.load --kwargs "{'requests': $DEMO_REQUESTS}" | tr '\r' '\n' \
		| grep --line-buffered -v '^$' | awk 'NR % 25 == 1 || /ready|already|could not/' | sed 's/^/    /'
fi

# ------------------------------------------------------------------------------------------------
if [ "$START" = 1 ]; then
	step "Serving the site"
	for _ in $(seq 1 90); do
		curl -fs -o /dev/null "$url/api/method/ping" && break
		sleep 2
	done
	curl -fs -o /dev/null "$url/api/method/ping" || fail "the site does not answer on $url: see $BENCH_DIR/logs/quickstart-start.log"
	ok "$url answers"
fi

printf '\n\033[1;32mcitizen_relation is ready: %s\033[0m\n' "$url/app/citizen-relation"
printf '  Administrator / %s\n' "$ADMIN_PASSWORD"
if [ "$LOAD_DEMO" = 1 ]; then
	printf '  Demo manager: claire.fontaine@val-fleuri.example / Demo-Val-Fleuri-2026 (French desk)\n'
	printf '  Public pages: %s/transparence\n' "$url"
fi
printf '  From another machine, add "<server address> %s" to its hosts file.\n' "$SITE"
