#!/usr/bin/env bash
# Runs the recorded comparisons one after another (each pair in one invocation, on one throwaway PostgreSQL) and
# appends every JSON line to bench/results/results.jsonl. Usage: bench/run-all.sh [duration, default 15s]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15s}"
dotnet build -c Release bench/CommunityGrains.Bench -v q -nologo
bench() { dotnet bench/CommunityGrains.Bench/bin/Release/net10.0/CommunityGrains.Bench.dll "$@" | tee -a bench/results/results.log | grep '^{' >> bench/results/results.jsonl; }
bench vote-hot --compare --duration "$duration" --concurrency 32
bench vote-hot --compare --duration "$duration" --concurrency 64
bench vote-hot --compare --duration "$duration" --concurrency 128
bench checkin --compare --duration "$duration" --concurrency 32 --members 100000 --baseline-members 100000
bench read-group --compare --duration "$duration" --concurrency 32
bench read-proposal --compare --duration "$duration" --concurrency 32
bench read-me --compare --postgres --duration "$duration" --concurrency 32
bench read-me --postgres --duration "$duration" --concurrency 32 --rate 50%
bench vote-hot --postgres --duration "$duration" --concurrency 32 --rate 50%
bench read-group --postgres --duration "$duration" --concurrency 32 --rate 50%
bench checkin --postgres --members 100000 --duration "$duration" --concurrency 32 --rate 50%
bench checkin --members 20000 --duration 10s --concurrency 32
bench checkin --postgres --members 20000 --duration 10s --concurrency 32
bench vote-spread --postgres --duration "$duration" --concurrency 32
bench help-near --postgres --duration "$duration" --concurrency 32
bench mixed --postgres --duration "$duration" --concurrency 32
bench activate --members 100000 --postgres
