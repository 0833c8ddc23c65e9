#!/usr/bin/env bash
# Runs the dashboard benchmarks in Release. The first run generates the benchmark database (a DemoNetworkSize.Benchmark
# network) in $TMPDIR/jobnetwork-bench; later runs on the same day reuse it. Extra arguments go to BenchmarkDotNet,
# e.g. bash bench/run.sh --filter '*Bulbs*'. Results land in BenchmarkDotNet.Artifacts/ under the repository root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "$ROOT"
if [[ $# -eq 0 ]]; then
    set -- --filter '*'
fi
dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --artifacts "$ROOT/bench/BenchmarkDotNet.Artifacts" "$@"
