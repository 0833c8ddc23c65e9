#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: loopback only, port 55432 (JOBNETWORK_TEST_POSTGRES_PORT), trust auth
# for user "jobnetwork". No Docker needed: Debian's postgresql package (installed when missing).
#   bash scripts/postgres-test-server.sh start   # reuses a server already answering on the port
#   bash scripts/postgres-test-server.sh stop    # stops only a server this checkout's "start" started
#
# The cluster lives in its own temporary folder (mktemp under /tmp, owned by the server user), never under the
# checkout: as root, initdb and postgres run as the "postgres" user, who cannot enter a checkout in a private folder
# such as root's home (mode 700). "start" records that folder in test-output/postgres-<port>.cluster so "stop" finds
# it; a server that was already answering is not recorded, so "stop" leaves other people's servers alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${JOBNETWORK_TEST_POSTGRES_PORT:-55432}"
STATE="$ROOT/test-output/postgres-$PORT.cluster"
SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo"; fi

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    echo "$bin"
}

# initdb and postgres refuse to run as root: run them as the package's "postgres" user, or as ourselves. From "/",
# because the server user may not be allowed into the folder we were started from.
as_server_user() {
    if [[ "$(id -u)" -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

start() {
    if [[ -z "$(pg_bin)" ]]; then
        echo "PostgreSQL is missing: installing Debian's postgresql package."
        $SUDO apt-get update -q
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends postgresql
    fi
    local bin; bin="$(pg_bin)"
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
        echo "PostgreSQL already answers on 127.0.0.1:$PORT: reusing it."
        return
    fi
    local base; base="$(mktemp -d /tmp/jobnetwork-postgres-"$PORT".XXXXXX)"
    if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$base"; fi
    mkdir -p "$(dirname "$STATE")"
    echo "$base" >"$STATE"
    # C.UTF-8 so lower()/upper() know non-ASCII letters, as on a normal server.
    as_server_user "$bin/initdb" -D "$base/data" -A trust -U jobnetwork -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    # fsync off: the cluster is thrown away, and the tests only need it fast.
    as_server_user "$bin/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 start \
        -o "-p $PORT -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
        || { cat "$base/server.log" >&2 || true; exit 1; }
    echo "PostgreSQL test server on 127.0.0.1:$PORT (cluster and log: $base)."
}

stop() {
    [[ -f "$STATE" ]] || return 0
    local base bin; base="$(cat "$STATE")"; bin="$(pg_bin)"
    if [[ -n "$bin" && -f "$base/data/postmaster.pid" ]]; then
        as_server_user "$bin/pg_ctl" -D "$base/data" -m fast -w stop >/dev/null || true
    fi
    # Only ever a folder this script made.
    if [[ "$base" == /tmp/jobnetwork-postgres-* ]]; then rm -rf "$base"; fi
    rm -f "$STATE"
    echo "PostgreSQL test server on 127.0.0.1:$PORT stopped."
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
