#!/usr/bin/env bash
# How a full ingest and a cold report grow with the data: the same generated market at several sizes, each step a
# whole process timed from outside, the median of REPEAT runs; then each step's time per million price rows and the
# growth between consecutive sizes against the growth of the rows (no worse than linear: time grows no faster).
#   bench/growth.sh [SIZE...]         SIZE = SECURITIESxYEARS; default 500x5 2000x10 5000x10 10000x20
# Environment: BENCH_DIR (default /tmp/sectorscope-bench; workspaces are shared with bench/compare.sh), REPEAT
# (default 3), SEED (1), NEWS (200), SHAPE (market-year; by-code, by-date), SKIP_BUILD (reuse the published build).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(500x5 2000x10 5000x10 10000x20)
BENCH_DIR="${BENCH_DIR:-/tmp/sectorscope-bench}"; REPEAT="${REPEAT:-3}"; SEED="${SEED:-1}"; NEWS="${NEWS:-200}"; SHAPE="${SHAPE:-market-year}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source bench/timing.sh
build_programs
period=2024-11; asof=2024-12-02
summary="$BENCH_DIR/growth-$SHAPE.txt"; : >"$summary"

for size in "${sizes[@]}"; do
  generated_workspace "$size"
  out="$BENCH_DIR/growth-$size-$SHAPE"; rm -rf "$out"; mkdir -p "$out"
  rows=$(cat "$ws"/prices/*.csv | wc -l); files=$(ls "$ws"/prices/*.csv | wc -l); rows=$((rows - files))
  for ((i = 1; i <= REPEAT; i++)); do
    rm -rf "$ws/.sectorscope"
    timed cold dotnet "$CLI" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --out "$out/report"
    timed ingest dotnet "$CLI" ingest --workspace "$ws" --rebuild
  done
  echo "$size $rows $(median cold 1) $(median cold 2) $(median ingest 1) $(median ingest 2)" >>"$summary"
  echo "$size: $rows price rows; cold $(median cold 1) s, ingest $(median ingest 1) s (medians of $REPEAT)"
done

echo
printf '%-10s %12s %10s %10s %10s %10s %14s %14s\n' size "price rows" "cold s" "cold MB" "ingest s" "ingest MB" "cold s/M rows" "ingest s/M rows"
awk '{ printf "%-10s %12d %10.2f %10.0f %10.2f %10.0f %14.3f %14.3f\n", $1, $2, $3, $4 / 1024, $5, $6 / 1024, $3 * 1e6 / $2, $5 * 1e6 / $2 }' "$summary"
echo
echo "growth between consecutive sizes (time ratio against rows ratio; no worse than linear when time grows no faster):"
awk 'NR > 1 { printf "  %s -> %s: rows %.2fx, cold %.2fx, ingest %.2fx\n", size, $1, $2 / rows, $3 / cold, $5 / ingest }
     { size = $1; rows = $2; cold = $3; ingest = $5 }' "$summary"
awk 'NR == 1 { size = $1; rows = $2; cold = $3; ingest = $5 } END { if (NR > 2) printf "  %s -> %s: rows %.2fx, cold %.2fx, ingest %.2fx\n", size, $1, $2 / rows, $3 / cold, $5 / ingest }' "$summary"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
