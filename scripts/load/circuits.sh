#!/usr/bin/env bash
# Interactive-circuit load test (see circuits/circuits.mjs): publishes the app, starts it with open registration on a
# fresh data folder, and runs N concurrent Chromium pages for each N. Run on demand, not by test.sh.
# Usage: bash scripts/load/circuits.sh [Ns=10,25,50] [seconds=60]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COUNTS="${1:-10,25,50}"
SECONDS_PER_RUN="${2:-60}"
PORT="${LOAD_PORT:-5098}"
BASE="http://localhost:$PORT"
WORK="$(mktemp -d /tmp/jobnetwork-circuits.XXXXXX)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cleanup() {
    if [[ -n "${SERVER_PID:-}" ]]; then kill "$SERVER_PID" 2> /dev/null || true; wait "$SERVER_PID" 2> /dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$ROOT/scripts/load/circuits" && npm install --no-audit --no-fund --silent)
# dotnet-gcdump reads the server's live heap after a full GC, and counts its circuits.
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-gcdump > /dev/null || dotnet tool install -g dotnet-gcdump > /dev/null
APP="${JOBNETWORK_PUBLISHED:-}"
if [[ -z "$APP" ]]; then
    dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$WORK/app" > "$WORK/publish.log"
    APP="$WORK/app"
fi
cd "$WORK"
ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/JobNetwork.Web.dll" --DataDirectory="$WORK/data" \
    --Logging:LogLevel:Default=Warning --Registration:Mode=Open --RateLimiting:SignInPermitsPerMinute=100000 --Circuits:DisconnectedRetentionSeconds=5 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -fs "$BASE/healthz" > /dev/null 2>&1 && break; sleep 1; done
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node "$ROOT/scripts/load/circuits/circuits.mjs" "$BASE" "$SERVER_PID" "$COUNTS" "$SECONDS_PER_RUN"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
