#!/usr/bin/env bash
# Start the MariaDB and Redis servers a development bench needs, if they are not running yet.
# Usage: scripts/bench_services.sh [BENCH_DIR]   (Debian's mariadb-server and redis-server)
set -euo pipefail
BENCH="${1:-${CITIZEN_RELATION_BENCH:-/opt/frappe-bench}}"

if ! mysqladmin ping --silent >/dev/null 2>&1; then
	if command -v service >/dev/null && service mariadb start >/dev/null 2>&1; then :; else
		(mysqld_safe >/dev/null 2>&1 &)
	fi
	for _ in $(seq 60); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 1; done
	mysqladmin ping --silent >/dev/null 2>&1 || { echo "MariaDB did not start" >&2; exit 1; }
fi

# Every redis URL of common_site_config.json on this machine (cache, queue, socketio).
for port in $("$BENCH/env/bin/python" - "$BENCH/sites/common_site_config.json" <<'PY'
import json, sys
from urllib.parse import urlparse
config = json.load(open(sys.argv[1]))
ports = {urlparse(v).port for k, v in config.items() if k.startswith("redis_") and isinstance(v, str)}
print(" ".join(str(p) for p in sorted(p for p in ports if p)))
PY
); do
	if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
		redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no >/dev/null
		for _ in $(seq 30); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.5; done
	fi
done
