#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: loopback only, port 55432, trust auth for user "jobnetwork",
# data under test-output/postgres. No Docker needed: Debian's postgresql package (installed when missing).
#   bash scripts/postgres-test-server.sh start   # idempotent: reuses a server already answering on the port
#   bash scripts/postgres-test-server.sh stop
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${JOBNETWORK_TEST_POSTGRES_PORT:-55432}"
BASE="$ROOT/test-output/postgres"
DATA="$BASE/data"
SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo"; fi

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    echo "$bin"
}

# initdb and postgres refuse to run as root: run them as the package's "postgres" user, or as ourselves.
as_server_user() {
    if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    if [[ -z "$(pg_bin)" ]]; then
        echo "PostgreSQL is missing: installing Debian's postgresql package."
        $SUDO apt-get update -q
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends postgresql
    fi
    local bin; bin="$(pg_bin)"
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
        echo "PostgreSQL already answers on 127.0.0.1:$PORT."
        return
    fi
    mkdir -p "$BASE"
    if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$BASE"; fi
    if [[ ! -f "$DATA/PG_VERSION" ]]; then
        # C.UTF-8 so lower()/upper() know non-ASCII letters, as on a normal server.
        as_server_user "$bin/initdb" -D "$DATA" -A trust -U jobnetwork -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    # fsync off: the cluster is thrown away, and the tests only need it fast.
    as_server_user "$bin/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 start \
        -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
    echo "PostgreSQL test server on 127.0.0.1:$PORT (log: $BASE/server.log)."
}

stop() {
    local bin; bin="$(pg_bin)"
    if [[ -n "$bin" && -f "$DATA/postmaster.pid" ]]; then
        as_server_user "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true
    fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
