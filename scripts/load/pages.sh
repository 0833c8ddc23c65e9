#!/usr/bin/env bash
# Page sizes of the heavy pages for a signed-in user with the generated 5,000-contact network (20 strings, 5,000
# contacts, 50,000 asks, 5,000 leads): bytes of HTML the server sends for the dashboard, the lead board, the lead list
# and the contacts page, and each one's server time to first byte (median of 5 after a warm-up). Deterministic sizes;
# the times depend on the machine. Run on demand, not by test.sh.
# Usage: bash scripts/load/pages.sh
# JOBNETWORK_PUBLISHED=<folder> reuses a published app; JOBNETWORK_LOAD_DATA=<folder> a data folder already seeded for
# load@example.com (as in http.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${LOAD_PORT:-5096}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/jobnetwork-pages.XXXXXX)"
EMAIL="load@example.com"
PASSWORD="Load!Passw0rd1"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cleanup() {
    if [[ -n "${SERVER_PID:-}" ]]; then kill "$SERVER_PID" 2> /dev/null || true; wait "$SERVER_PID" 2> /dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

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

JAR="$WORK/cookies.txt"
TOKEN=$(curl -fs -c "$JAR" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "__RequestVerificationToken=$TOKEN" --data-urlencode "_handler=login" \
    --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD" "$BASE/Account/Login"
AUTH=$(awk '$6 == "JobNetwork.Auth" {print $7}' "$JAR")
if [[ -z "$AUTH" ]]; then echo "Sign-in failed: no auth cookie." >&2; exit 1; fi

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "\n| Page | HTML bytes | KB | Server time to first byte (median of 5) |\n|---|---:|---:|---:|\n"
measure() {
    local name="$1" path="$2" times=() size
    curl -fs -o /dev/null -H "Cookie: JobNetwork.Auth=$AUTH" "$BASE$path" # warm-up
    for _ in 1 2 3 4 5; do
        times+=("$(curl -fs -o "$WORK/page.html" -w "%{time_starttransfer}" -H "Cookie: JobNetwork.Auth=$AUTH" "$BASE$path")")
    done
    size=$(stat -c %s "$WORK/page.html")
    local median
    median=$(printf "%s\n" "${times[@]}" | sort -n | sed -n 3p)
    printf "| %s | %s | %s | %.0f ms |\n" "$name" "$size" "$(( size / 1024 ))" "$(echo "$median * 1000" | bc -l)"
    cp "$WORK/page.html" "${PAGES_KEEP:-$WORK}/$(echo "$name" | tr -c 'a-z0-9\n' '-').html" 2> /dev/null || true
}
measure "dashboard" /
measure "lead board" /leads
measure "lead list" "/leads?view=list"
measure "contacts" /contacts
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
