#!/usr/bin/env bash
# Load test of the server-rendered pages (sign-in page, /healthz, the dashboard of a signed-in user with the generated
# 5,000-contact network) with wrk on loopback: 30 s at 50 connections each. Run on demand, not by test.sh.
# Usage: bash scripts/load/http.sh [duration=30s] [connections=50]
# Publishes the app to a temporary folder, seeds the demo network into a fresh data folder, starts the app, signs in
# with curl, runs wrk, prints requests/s, p50/p99 and errors per page, and the server's memory. Installs wrk with
# apt-get if it is missing (run as root).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${1:-30s}"
CONNECTIONS="${2:-50}"
PORT="${LOAD_PORT:-5097}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/jobnetwork-load.XXXXXX)"
EMAIL="load@example.com"
PASSWORD="Load!Passw0rd1"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk > /dev/null; then
    apt-get install -y --no-install-recommends wrk
fi

cleanup() {
    local status=$?
    if [[ $status -ne 0 ]]; then
        echo "Failed (exit $status). Last lines of the logs:" >&2
        tail -n 20 "$WORK"/*.log >&2 2> /dev/null || true
    fi
    if [[ -n "${SERVER_PID:-}" ]]; then kill "$SERVER_PID" 2> /dev/null || true; wait "$SERVER_PID" 2> /dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# JOBNETWORK_PUBLISHED=<folder> reuses a published app; JOBNETWORK_LOAD_DATA=<folder> a data folder already seeded
# for load@example.com (seeding 5,000 contacts and 50,000 asks takes minutes on a busy machine).
APP="${JOBNETWORK_PUBLISHED:-$WORK/app}"
DATA="${JOBNETWORK_LOAD_DATA:-$WORK/data}"
if [[ -z "${JOBNETWORK_PUBLISHED:-}" ]]; then
    echo "Publishing to $APP ..."
    dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$APP" > "$WORK/publish.log"
fi
cd "$WORK"
if [[ -z "${JOBNETWORK_LOAD_DATA:-}" ]]; then
    echo "Seeding the 5,000-contact demo network ..."
    JOBNETWORK_DEMO_PASSWORD="$PASSWORD" dotnet "$APP/JobNetwork.Web.dll" --DataDirectory="$DATA" --Logging:LogLevel:Default=Warning \
        --seed-demo "$EMAIL" > "$WORK/seed.log" 2>&1
fi

ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/JobNetwork.Web.dll" --DataDirectory="$DATA" \
    --Logging:LogLevel:Default=Warning --RateLimiting:SignInPermitsPerMinute=1000 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fs "$BASE/healthz" > /dev/null 2>&1 && break
    sleep 1
done

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }

# Sign in like a browser: fetch the form (antiforgery cookie + token), post it, keep the auth cookie.
JAR="$WORK/cookies.txt"
TOKEN=$(curl -fs -c "$JAR" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -w "Sign-in post: %{http_code}\n" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" --data-urlencode "_handler=login" \
    --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD" "$BASE/Account/Login"
AUTH=$(awk '$6 == "JobNetwork.Auth" {print $7}' "$JAR")
if [[ -z "$AUTH" ]]; then echo "Sign-in failed: no auth cookie." >&2; exit 1; fi
DASHBOARD_STATUS=$(curl -s -o "$WORK/dashboard.html" -w "%{http_code}" -H "Cookie: JobNetwork.Auth=$AUTH" "$BASE/")
if [[ "$DASHBOARD_STATUS" != "200" ]] || ! grep -q "load@example.com" "$WORK/dashboard.html"; then
    echo "The dashboard did not render for the signed-in user (HTTP $DASHBOARD_STATUS)." >&2; exit 1
fi

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server RSS before: $(( $(rss_kb) / 1024 )) MB"
printf "\n| Page | Requests/s | p50 | p99 | Errors (non-2xx/3xx, socket) |\n|---|---:|---:|---:|---:|\n" > "$WORK/table.md"
run() {
    local name="$1" path="$2"; shift 2
    local out="$WORK/wrk-${name//[^a-z0-9]/-}.txt"
    # A 10 s timeout: on a starved machine slow answers count as latency, not as socket errors.
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@" "$BASE$path" > "$out"
    local rps p50 p99 non2xx socket
    rps=$(awk '/Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' "$out"); non2xx=${non2xx:-0}
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$out"); socket=${socket:-0}
    echo "| $name | $rps | $p50 | $p99 | $non2xx, $socket |" >> "$WORK/table.md"
    cat "$out"
}
run "sign-in page" /Account/Login
run "healthz" /healthz
run "dashboard (5,000 contacts)" / -H "Cookie: JobNetwork.Auth=$AUTH"
cat "$WORK/table.md"
echo
echo "Server RSS after: $(( $(rss_kb) / 1024 )) MB; load average $(cut -d' ' -f1-3 /proc/loadavg); $DURATION at $CONNECTIONS connections, wrk -t2, loopback."
