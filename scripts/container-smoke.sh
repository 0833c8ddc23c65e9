#!/usr/bin/env bash
# Runs the published app the way the container does, without Docker: the Dockerfile's environment variables
# (ASPNETCORE_HTTP_PORTS, JOBNETWORK_DATA), a fresh empty data folder, and a non-root user (UID 1654, like "app")
# when started as root. Then: /healthz and the app's own --healthcheck answer, the first account registers, a
# backup is taken from a second process (as `docker compose exec app dotnet JobNetwork.Web.dll backup` does), the
# process restarts, and the old cookie still signs in (the key ring persisted) and the account is still there.
# Exits 0 when every step passed. Usage: bash scripts/container-smoke.sh  (set SMOKE_KEEP=1 to keep the temp folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/jobnetwork-smoke.XXXXXX)"
chmod 755 "$WORK"
APP="$WORK/app" DATA="$WORK/data" JAR="$WORK/cookies.txt"
APP_UID=1654
PID=""
EMAIL="owner@example.com" PASSWORD='Smoke-Test-1!'

step() { echo "[smoke $(date +%T)] $*"; }
fail() { echo "[smoke] FAILED: $*" >&2; [[ -f "$WORK/app.log" ]] && tail -n 40 "$WORK/app.log" >&2; exit 1; }
cleanup() {
    if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    if [[ "${SMOKE_KEEP:-0}" != "1" ]]; then rm -rf "$WORK"; else echo "[smoke] kept $WORK"; fi
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step "publishing to $APP"
# Reuse the Release build the test run just made; build from scratch only when there is none.
if ! dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$APP" --no-build -p:UseAppHost=false >"$WORK/publish.log" 2>&1; then
    dotnet publish "$ROOT/src/JobNetwork.Web" -c Release -o "$APP" -p:UseAppHost=false >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; fail "publish"; }
fi
chmod -R a+rX "$APP"

# The same variables the Dockerfile sets; only the port differs when 8080 is taken on this machine.
PORT=8080
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
fi
BASE="http://localhost:$PORT"
mkdir -p "$DATA"
RUN_AS=()
if [[ "$(id -u)" -eq 0 ]]; then
    chown "$APP_UID:$APP_UID" "$DATA"
    mkdir -p "$WORK/home" && chown "$APP_UID:$APP_UID" "$WORK/home"
    RUN_AS=(setpriv --reuid="$APP_UID" --regid="$APP_UID" --clear-groups)
fi
app_env=(env -i PATH="$PATH" HOME="$WORK/home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
    ASPNETCORE_HTTP_PORTS="$PORT" JOBNETWORK_DATA="$DATA" Backups__IntervalHours=24 Backups__Keep=14)

start_app() {
    # exec: the background job's PID is the app itself (setpriv and env exec too), so stop_app really stops it.
    # $1: the working directory, the image's WORKDIR (/app) unless told otherwise.
    (cd "${1:-$APP}" && exec "${RUN_AS[@]}" "${app_env[@]}" dotnet "$APP/JobNetwork.Web.dll" >>"$WORK/app.log" 2>&1) &
    PID=$!
    for _ in $(seq 1 120); do
        if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then return 0; fi
        kill -0 "$PID" 2>/dev/null || fail "the app exited during start-up"
        sleep 0.5
    done
    fail "/healthz did not answer within 60 s"
}

stop_app() {
    kill -TERM "$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
    # A restart only proves something if nothing still answers on the port.
    if curl -fsS --max-time 2 "$BASE/healthz" >/dev/null 2>&1; then fail "the app still answers after being stopped"; fi
}

step "starting as uid $([[ ${#RUN_AS[@]} -gt 0 ]] && echo "$APP_UID" || id -u) on port $PORT with an empty data folder"
start_app
[[ "$(curl -fsS "$BASE/healthz")" == "Healthy" ]] || fail "/healthz is not Healthy"
(cd "$APP" && "${RUN_AS[@]}" "${app_env[@]}" dotnet JobNetwork.Web.dll --healthcheck >/dev/null) || fail "--healthcheck exited non-zero"
step "/healthz and --healthcheck answer"

step "registering the first account"
register_page=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/Account/Register")
token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$register_page" | head -n1 | sed 's/.*value="\([^"]*\)"/\1/')
[[ -n "$token" ]] || fail "no antiforgery token on the registration page"
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" "$BASE/Account/Register" \
    --data-urlencode "_handler=register" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "Input.ConfirmPassword=$PASSWORD")
[[ "$status" == "302 $BASE/" ]] || fail "registration answered '$status', expected a redirect to /"
grep -q "JobNetwork.Auth" "$JAR" || fail "registration did not sign in"

signed_in_as() { curl -sS -o "$WORK/page.html" -w '%{http_code}' -b "$JAR" "$BASE/Account/Manage"; }
[[ "$(signed_in_as)" == "200" ]] && grep -q "$EMAIL" "$WORK/page.html" || fail "not signed in after registering"

step "taking a backup from a second process while the app runs"
(cd "$APP" && "${RUN_AS[@]}" "${app_env[@]}" dotnet JobNetwork.Web.dll backup >"$WORK/backup.log" 2>&1) || { cat "$WORK/backup.log" >&2; fail "the backup command failed"; }
ls "$DATA"/backups/jobnetwork-*-manual.db >/dev/null 2>&1 || fail "no backup file in $DATA/backups"

# Every script and style sheet the sign-in page names must come back non-empty with its type, compressed as a browser
# asks: without them the page renders but no circuit ever starts.
assets_are_served() {
    local page assets asset headers
    page=$(curl -fsS "$BASE/Account/Login")
    assets=$(grep -oE '(src|href)="[^"]+\.(js|css)"' <<<"$page" | sed -E 's/^(src|href)="//; s/"$//' | sort -u)
    [[ -n "$assets" ]] || fail "the sign-in page names no scripts or style sheets"
    for asset in $assets; do
        headers=$(curl -fsS -o "$WORK/asset" -D - -H 'Accept-Encoding: gzip, deflate, br' "$BASE/${asset#/}")
        [[ -s "$WORK/asset" ]] || fail "$asset is served empty"
        grep -qiE '^content-type: (text/(css|javascript)|application/javascript)' <<<"$headers" || fail "$asset is served without its content type"
    done
}
assets_are_served
step "scripts and style sheets are served"

step "restarting the process from another working directory (as a plain 'dotnet /app/JobNetwork.Web.dll' would be)"
first_pid=$PID
stop_app
start_app /
assets_are_served
[[ "$PID" != "$first_pid" ]] || fail "the restarted app has the old process id"
[[ "$(grep -c 'Now listening on' "$WORK/app.log")" -ge 2 ]] || fail "the app log does not show two starts"

[[ "$(signed_in_as)" == "200" ]] && grep -q "$EMAIL" "$WORK/page.html" || fail "the old cookie no longer signs in after a restart (key ring not persisted?)"
step "still signed in after the restart"

fresh="$WORK/fresh.txt"
login_page=$(curl -fsS -c "$fresh" -b "$fresh" "$BASE/Account/Login")
token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$login_page" | head -n1 | sed 's/.*value="\([^"]*\)"/\1/')
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$fresh" -b "$fresh" "$BASE/Account/Login" \
    --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD")
[[ "$status" == "302 $BASE/" ]] || fail "signing in again answered '$status': the account did not survive the restart"
step "the account is still there: a fresh sign-in works"

for item in jobnetwork.db keys backups; do [[ -e "$DATA/$item" ]] || fail "$DATA/$item is missing"; done
if [[ "${#RUN_AS[@]}" -gt 0 ]]; then
    foreign=$(find "$DATA" ! -uid "$APP_UID" | head -n1)
    [[ -z "$foreign" ]] || fail "$foreign is not owned by uid $APP_UID"
fi
stop_app
step "passed"
