#!/usr/bin/env bash
# Two app processes on different ports sharing one PostgreSQL database, as behind the load balancer of
# docker-compose.postgres.yml: both start at the same moment on an empty database (one migrates, the other waits on
# the migration lock), both report healthy, an account registered through the first is signed in through the
# second (one key ring, in the database), and an account registered through the second can sign in through the first.
# Needs the PostgreSQL test server (bash scripts/postgres-test-server.sh start). Exits 0 when every step passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/jobnetwork-two.XXXXXX)"
APP="$WORK/app"
PG_PORT="${JOBNETWORK_TEST_POSTGRES_PORT:-55432}"
DB="jn_two_$(date +%s)_$$"
PASSWORD='Two-Instances-1!'
PIDS=()

step() { echo "[two-instance $(date +%T)] $*"; }
fail() {
    echo "[two-instance] FAILED: $*" >&2
    for log in "$WORK"/instance-*.log; do [[ -f "$log" ]] && { echo "--- $log" >&2; tail -n 30 "$log" >&2; }; done
    exit 1
}
psql_admin() { psql -h 127.0.0.1 -p "$PG_PORT" -U jobnetwork -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    psql_admin "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE);" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

step "publishing"
if ! dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$APP" --no-build -p:UseAppHost=false >"$WORK/publish.log" 2>&1; then
    dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$APP" -p:UseAppHost=false >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; fail "publish"; }
fi

psql_admin "SELECT 1" >/dev/null || fail "no PostgreSQL on 127.0.0.1:$PG_PORT: run bash scripts/postgres-test-server.sh start"
psql_admin "CREATE DATABASE \"$DB\";" >/dev/null
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=jobnetwork"

PORTS=("$(free_port)" "$(free_port)")
start_instance() {
    local n=$1 port=${PORTS[$1]}
    mkdir -p "$WORK/data-$n"
    # exec: the background PID is the app itself, so the clean-up really stops it.
    (cd "$APP" && exec env ASPNETCORE_HTTP_PORTS="$port" JOBNETWORK_DATA="$WORK/data-$n" \
        Database__Provider=Postgres Database__ConnectionString="$CONNECTION" Registration__Mode=Open Backups__IntervalHours=0 \
        dotnet JobNetwork.Web.dll >"$WORK/instance-$n.log" 2>&1) &
    PIDS+=($!)
}
wait_healthy() {
    local n=$1
    for _ in $(seq 1 180); do
        [[ "$(curl -fsS "http://localhost:${PORTS[$n]}/healthz" 2>/dev/null)" == "Healthy" ]] && return 0
        kill -0 "${PIDS[$n]}" 2>/dev/null || fail "instance $n exited during start-up"
        sleep 0.5
    done
    fail "instance $n did not report healthy within 90 s"
}

step "starting two instances at once on an empty database (ports ${PORTS[0]} and ${PORTS[1]})"
start_instance 0
start_instance 1
wait_healthy 0
wait_healthy 1
tables=$(psql_admin "SELECT count(*) FROM \"__EFMigrationsHistory\";" -d "$DB" 2>/dev/null || psql -h 127.0.0.1 -p "$PG_PORT" -U jobnetwork -d "$DB" -qtAc 'SELECT count(*) FROM "__EFMigrationsHistory";')
[[ "$tables" -ge 1 ]] || fail "no migration recorded"
step "both healthy; migrations applied once ($tables in the history)"

# Posts a static server-rendered Identity form the way a browser does: token from the page, then the form.
post_form() {
    local base=$1 path=$2 handler=$3 jar=$4; shift 4
    local page token
    page=$(curl -fsS -c "$jar" -b "$jar" "$base$path")
    token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | head -n1 | sed 's/.*value="\([^"]*\)"/\1/')
    [[ -n "$token" ]] || fail "no antiforgery token on $base$path"
    local args=(--data-urlencode "_handler=$handler" --data-urlencode "__RequestVerificationToken=$token")
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base$path" "${args[@]}"
}
signed_in_as() {
    local base=$1 jar=$2 email=$3
    local page
    page=$(curl -sS -b "$jar" -w '\n%{http_code}' "$base/Account/Manage")
    [[ "$(tail -n1 <<<"$page")" == "200" ]] && grep -q "$email" <<<"$page"
}

A="http://localhost:${PORTS[0]}" B="http://localhost:${PORTS[1]}"
status=$(post_form "$A" /Account/Register register "$WORK/ann.jar" "Input.Email=ann@example.com" "Input.Password=$PASSWORD" "Input.ConfirmPassword=$PASSWORD")
[[ "$status" == "302" ]] || fail "registering through the first instance answered $status"
signed_in_as "$A" "$WORK/ann.jar" ann@example.com || fail "not signed in through the first instance"
signed_in_as "$B" "$WORK/ann.jar" ann@example.com || fail "the cookie from the first instance is not accepted by the second"
step "signed in through the first instance, and through the second with the same cookie"

status=$(post_form "$B" /Account/Register register "$WORK/bo.jar" "Input.Email=bo@example.com" "Input.Password=$PASSWORD" "Input.ConfirmPassword=$PASSWORD")
[[ "$status" == "302" ]] || fail "registering through the second instance answered $status"
status=$(post_form "$A" /Account/Login login "$WORK/bo-again.jar" "Input.Email=bo@example.com" "Input.Password=$PASSWORD")
[[ "$status" == "302" ]] || fail "signing in through the first instance with an account made on the second answered $status"
signed_in_as "$A" "$WORK/bo-again.jar" bo@example.com || fail "the account registered through the second instance cannot use the first"
step "an account registered through the second instance signs in through the first"
step "passed"
