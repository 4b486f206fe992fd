#!/usr/bin/env bash
# The headline comparisons measured with wrk (issue 24, decision 2): for each scenario one invocation of the bench tool
# starts a throwaway PostgreSQL, the host as in production (ASPNETCORE_ENVIRONMENT=Production, no launch profile,
# `dotnet CommunityGrains.Host.dll`), sets it up through the API, warms it with wrk, measures with
# `wrk -t2 -c64` (bench/wrk/pool.lua: a token per request from the pool of members), checks the result and reads CPU
# per operation from /proc; then the same for the partner on the same PostgreSQL (bench/Baseline, or its bare
# `GET /raw` for read-me), and prints the ratio. Installs wrk (Debian package) when missing.
#
# Usage: bench/wrk/run.sh [duration, default 15s] [warm-up, default 10s] [scenario ...]
#   e.g. bench/wrk/run.sh 3s 2s read-me     (a smoke run: it works end to end; not a measurement)
# VOTERS (default 2000) and CHECKIN_MEMBERS (default 100000) change the issue's sizes, e.g. for a smoke run.
# Output: the bench's table and ratio per scenario, the JSON lines appended to bench/results/results-wrk.jsonl, a summary.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15s}"
warmup="${2:-10s}"
shift $(( $# > 2 ? 2 : $# ))
scenarios=("$@")
[ "${#scenarios[@]}" -gt 0 ] || scenarios=(vote-hot read-me read-group read-proposal checkin)

if ! command -v wrk >/dev/null; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build -c Release bench/CommunityGrains.Bench -v q -nologo
log="bench/results/results-wrk-$(date -u +%Y%m%d-%H%M%S).log"
echo "wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M:%S UTC'); raw output in $log"

# The issue's sizes: 2,000 voters on one proposal; first check-ins at 100,000 members on both sides.
options_for() {
  case "$1" in
    vote-hot) echo "--members ${VOTERS:-2000}" ;;
    checkin) echo "--members ${CHECKIN_MEMBERS:-100000} --baseline-members ${CHECKIN_MEMBERS:-100000}" ;;
    read-me) echo "--postgres" ;;
    *) echo "" ;;
  esac
}

status=0
summary=()
for scenario in "${scenarios[@]}"; do
  one="$(mktemp)"
  # shellcheck disable=SC2046
  if ! dotnet bench/CommunityGrains.Bench/bin/Release/net10.0/CommunityGrains.Bench.dll "$scenario" --compare --driver wrk \
      --concurrency 64 --warmup "$warmup" --duration "$duration" $(options_for "$scenario") 2>&1 | tee "$one"; then
    status=1
  fi
  cat "$one" >> "$log"
  grep '^{' "$one" >> bench/results/results-wrk.jsonl || true
  ratio="$(grep '^ratio' "$one" | cut -d' ' -f2- || true)"
  checks="$(grep -E '^[a-z-]+ \((actors|baseline|raw)\): ' "$one" | tr '\n' ' ' || true)"
  summary+=("$scenario: ${ratio:-no ratio (the run failed)} ${checks}")
  rm -f "$one"
done

echo
echo "Each ratio from one invocation (the actors, then the partner, on the same PostgreSQL):"
printf '  %s\n' "${summary[@]}"
exit "$status"
