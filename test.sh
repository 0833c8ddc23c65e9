#!/usr/bin/env bash
# Runs every test project (unit/integration and browser E2E) and ends with one line: "N passed, N failed".
# Extra arguments go to dotnet test, e.g. bash test.sh --filter "FullyQualifiedName~Settings".
# Exits non-zero when a test fails, when the build fails, or when no test ran at all.
# Needs only the .NET SDK; installs what is missing from Debian: Chromium (E2E tests), docker-compose and caddy
# (compose file and proxy config checks) and PostgreSQL (the second provider pass).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RESULTS="$ROOT/test-output/results"
CHROMIUM=/usr/bin/chromium

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Playwright's own browser download is not used: the E2E tests launch $CHROMIUM.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

missing_packages=()
if [[ ! -x "$CHROMIUM" ]]; then missing_packages+=(chromium); fi
# The deployment tests validate docker-compose.yml with Debian's docker-compose (no Docker engine needed).
if ! command -v docker-compose >/dev/null 2>&1; then missing_packages+=(docker-compose); fi
# The PostgreSQL deployment's Caddyfile is checked with caddy itself.
if ! command -v caddy >/dev/null 2>&1; then missing_packages+=(caddy); fi
if [[ ${#missing_packages[@]} -gt 0 ]]; then
    echo "Missing: ${missing_packages[*]}: installing with apt-get."
    SUDO=""
    if [[ "$(id -u)" -ne 0 ]]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing_packages[@]}"
fi

cd "$ROOT"
# The provider-neutral data and service tests run a second time on PostgreSQL: a throwaway cluster on a loopback
# port (installs Debian's postgresql when missing). If it cannot start, that pass fails loudly; it is never skipped.
bash scripts/postgres-test-server.sh start || echo "The PostgreSQL test server did not start: the PostgreSQL pass will fail." >&2

rm -rf "$RESULTS" "$ROOT/test-output/screenshots"
mkdir -p "$RESULTS" "$ROOT/test-output/screenshots"

dotnet restore JobNetwork.sln

# Keep going when a project fails: every project reports, then the summary decides.
set +e
dotnet test JobNetwork.sln -c Release --no-restore \
    --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS" "$@"
test_exit=$?

postgres_args=(--filter "Database=Any")
if [[ $# -gt 0 ]]; then postgres_args=("$@"); fi
JOBNETWORK_TEST_PROVIDER=Postgres dotnet test tests/JobNetwork.Tests/JobNetwork.Tests.csproj -c Release --no-build \
    --logger "trx;LogFilePrefix=postgres" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" "${postgres_args[@]}"
postgres_exit=$?
set -e
if [[ $postgres_exit -ne 0 && $test_exit -eq 0 ]]; then test_exit=$postgres_exit; fi

# Sum the <Counters .../> of every .trx (one per test project); anything that did not pass counts as failed.
counter() { grep -o "<Counters [^>]*>" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]\+" || echo 0; }
passed=0 failed=0 total=0 reports=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
    reports=$((reports + 1))
    total=$((total + $(counter "$trx" total)))
    passed=$((passed + $(counter "$trx" passed)))
    failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
done

status=0
if [[ $test_exit -ne 0 ]]; then
    echo "dotnet test exited with $test_exit (a build error, a failing test or a crashed test host)." >&2
    status=1
fi
# A test host that dies leaves no .trx: that project's tests never counted, so the run cannot be green.
projects=$(grep -cE 'tests[\\/][^"]*[.]csproj' JobNetwork.sln || true)
if [[ $reports -lt $projects ]]; then
    echo "Only $reports of $projects test projects reported results: a test host crashed or was killed." >&2
    status=1
fi
if [[ $reports -eq 0 || $total -eq 0 ]]; then
    echo "No tests ran ($reports result files, $total tests)." >&2
    status=1
fi
if [[ $failed -gt 0 ]]; then
    status=1
fi

echo "Results: $RESULTS  Screenshots: $ROOT/test-output/screenshots"
echo "$passed passed, $failed failed"
exit $status
