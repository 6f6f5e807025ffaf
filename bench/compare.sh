#!/usr/bin/env bash
# SectorScope against two pandas references on one generated workspace, in the same run: the full one
# (every month of every security) and the lean one (only what the report prints), and against the floor
# of an ingest (DuckDB reading the price files into a table and checkpointing, nothing else) and of a cold report (DuckDB
# computing the month-end closes straight from the price files, with no check, no store and no document).
#   bench/compare.sh SIZE            SIZE = SECURITIESxYEARS, e.g. 500x5, 5000x10, 10000x20
# Environment: BENCH_DIR (default /tmp/sectorscope-bench) caches workspaces and outputs; REPEAT (default 3)
# runs of each measurement, the median is reported; SEED (default 1); NEWS (default 200) news items;
# SHAPE (default market-year; by-code, by-date) the vendor layout of the price files.
# Each run is a whole process timed from outside with /usr/bin/time -v (wall time, max RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:?usage: bench/compare.sh SECURITIESxYEARS (e.g. 5000x10)}"
BENCH_DIR="${BENCH_DIR:-/tmp/sectorscope-bench}"; REPEAT="${REPEAT:-3}"; SEED="${SEED:-1}"; NEWS="${NEWS:-200}"; SHAPE="${SHAPE:-market-year}"
PY=/usr/bin/python3
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! "$PY" -c "import pandas" 2>/dev/null; then
  apt-get install -y -q python3-pandas >/dev/null
fi
source bench/timing.sh
build_programs

generated_workspace "$size"
out="$BENCH_DIR/out-$size-$SHAPE"; rm -rf "$out"; mkdir -p "$out"
pickle="$BENCH_DIR/ws-$size-s$SEED-$SHAPE.pickle"
lean_pickle="$BENCH_DIR/ws-$size-s$SEED-$SHAPE.lean.pickle"
period=2024-11; asof=2024-12-02
rows=$(cat "$ws"/prices/*.csv | wc -l); files=$(ls "$ws"/prices/*.csv | wc -l)
echo "workspace $ws ($SHAPE): $files price files, $((rows - files)) price rows; $(nproc) cores; repeat $REPEAT"

ss=(dotnet "$CLI")
ref=("$PY" bench/reference/market_review.py "$ws" --period "$period" --as-of "$asof")
lean=("$PY" bench/reference/market_review_lean.py "$ws" --period "$period" --as-of "$asof")
floor=(dotnet "$SCALE" floor --workspace "$ws" --db "$out/floor.duckdb")
report_floor=(dotnet "$SCALE" report-floor --workspace "$ws" --period "$period")

"${ref[@]}" --out "$out/ref-setup" --write-pickle "$pickle" >/dev/null
"${lean[@]}" --out "$out/lean-setup" --write-pickle "$lean_pickle" >/dev/null
victim=$(ls "$ws"/prices/*.csv | tail -1)
cp "$victim" "$out/victim.orig"
for ((i = 1; i <= REPEAT; i++)); do
  rm -rf "$ws/.sectorscope"
  timed ss-cold "${ss[@]}" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --out "$out/ss-cold"
  timed ref-cold "${ref[@]}" --out "$out/ref-cold"
  timed lean-cold "${lean[@]}" --out "$out/lean-cold"
  timed ss-warm "${ss[@]}" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --out "$out/ss-warm"
  timed ref-warm "${ref[@]}" --out "$out/ref-warm" --from-pickle "$pickle"
  timed lean-warm "${lean[@]}" --out "$out/lean-warm" --from-pickle "$lean_pickle"
  # After a narrative edit: the store, its kept answers and the charts unchanged, the report computed again (the warm run
  # above writes the report kept for unchanged inputs, .sectorscope/reports).
  risks="$ws/narrative/risks.md"; rm -f "$out/risks.orig"; [[ -f "$risks" ]] && cp "$risks" "$out/risks.orig"
  mkdir -p "$ws/narrative"; printf '\n\n监管政策变化的节奏存在不确定性（%d）。\n' "$i" >>"$risks"
  timed ss-warm-edit "${ss[@]}" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --out "$out/ss-warm-edit"
  if [[ -f "$out/risks.orig" ]]; then cp "$out/risks.orig" "$risks"; else rm -f "$risks"; rmdir "$ws/narrative" 2>/dev/null || true; fi
  # Warm store but charts drawn again (the warm run above finds them in .sectorscope/charts) and the report computed.
  rm -rf "$ws/.sectorscope/charts" "$ws/.sectorscope/reports"
  timed ss-warm-draw "${ss[@]}" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --out "$out/ss-warm-draw"
  "$PY" bench/reference/compare_numbers.py "$out/ss-cold/tables" "$out/ref-cold" >"$out/compare-cold.log"
  "$PY" bench/reference/compare_numbers.py "$out/ss-warm/tables" "$out/ref-warm" >"$out/compare-warm.log"
  "$PY" bench/reference/compare_numbers.py "$out/ss-cold/tables" "$out/lean-cold" >"$out/compare-lean-cold.log"
  "$PY" bench/reference/compare_numbers.py "$out/ss-warm/tables" "$out/lean-warm" >"$out/compare-lean-warm.log"
  # A full ingest, then the same store after one price file changed (one close edited, as a vendor correction).
  timed ingest-full "${ss[@]}" ingest --workspace "$ws" --rebuild
  timed duckdb-floor "${floor[@]}"
  timed report-floor "${report_floor[@]}"
  # The floors' own time without their process start, for the bounds below (one process start, SectorScope's, is counted).
  for f in duckdb-floor report-floor; do tail -n 1 "$out/$f.log" | cut -d' ' -f2- >>"$out/$f-inner.times"; done
  awk -F, 'NR == 2 { $3 = sprintf("%.4f", $3 * 1.01) } { print }' OFS=, "$out/victim.orig" >"$victim"
  timed ingest-one "${ss[@]}" ingest --workspace "$ws"
  cp "$out/victim.orig" "$victim"
  "${ss[@]}" ingest --workspace "$ws" >/dev/null
done
cat "$out/compare-cold.log" "$out/compare-lean-cold.log"
echo "SectorScope steps (last run): cold: $(tail -n 2 "$out/ss-cold.log" | tr -d '\n')"
echo "                              warm: $(tail -n 2 "$out/ss-warm.log" | tr -d '\n')"

printf '\n%-28s %10s %12s %10s\n' "measurement ($size)" "wall s" "max RSS MB" "cpu s"
for name in ss-cold ref-cold lean-cold ss-warm ss-warm-edit ss-warm-draw ref-warm lean-warm ingest-full duckdb-floor ingest-one report-floor; do
  printf '%-28s %10.2f %12.0f %10.2f\n' "$name" "$(median "$name" 1)" "$(awk "BEGIN { print $(median "$name" 2) / 1024 }")" "$(median "$name" 3)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
ratio() { awk "BEGIN { printf \"%.2f\", $(median "$1" 1) / $(median "$2" 1) }"; }
cpu_ratio() { awk "BEGIN { printf \"%.2f\", $(median "$1" 3) / $(median "$2" 3) }"; }
echo
echo "cold: lean pandas / SectorScope = $(ratio lean-cold ss-cold)x   (target >= 2); full pandas / SectorScope = $(ratio ref-cold ss-cold)x"
echo "warm: lean pandas / SectorScope = $(ratio lean-warm ss-warm)x   (target >= 5, aim 10); after a narrative edit: $(ratio lean-warm ss-warm-edit)x; charts drawn again: $(ratio lean-warm ss-warm-draw)x; full pandas / SectorScope = $(ratio ref-warm ss-warm)x"
echo "full ingest / DuckDB floor = $(ratio ingest-full duckdb-floor)x   (target <= 1.5)"
echo "by CPU time: cold $(cpu_ratio lean-cold ss-cold)x, warm $(cpu_ratio lean-warm ss-warm)x, after a narrative edit $(cpu_ratio lean-warm ss-warm-edit)x, full ingest / floor $(cpu_ratio ingest-full duckdb-floor)x"
echo "re-ingest one file / full ingest = $(awk "BEGIN { printf \"%.1f\", 100 * $(median ingest-one 1) / $(median ingest-full 1) }")%   (target < 10%)"
echo "memory (cold/warm): SectorScope $(awk "BEGIN { printf \"%.0f/%.0f\", $(median ss-cold 2) / 1024, $(median ss-warm 2) / 1024 }") MB; lean pandas $(awk "BEGIN { printf \"%.0f/%.0f\", $(median lean-cold 2) / 1024, $(median lean-warm 2) / 1024 }") MB; full pandas $(awk "BEGIN { printf \"%.0f/%.0f\", $(median ref-cold 2) / 1024, $(median ref-warm 2) / 1024 }") MB"
# What a cold report 2x the lean script would have to beat: the target's wall time, against two lower bounds from this run.
# A report that leaves its store complete spends at least the ingest floor's CPU and the CPU of drawing a report from numbers
# already computed (ss-warm-draw, a whole process), spread over every core; one that writes no store at all still waits for
# the report floor, then draws its documents. The floors count from their first use of DuckDB: one process start is counted.
echo "cold 2x target: at most $(awk "BEGIN { printf \"%.2f\", $(median lean-cold 1) / 2 }") s; bounds: with its store written, (floor + draw CPU) / $(nproc) cores = $(awk "BEGIN { printf \"%.2f\", ($(median duckdb-floor-inner 3) + $(median ss-warm-draw 3)) / $(nproc) }") s; with no store, report floor + draw = $(awk "BEGIN { printf \"%.2f\", $(median report-floor-inner 1) + $(median ss-warm-draw 1) }") s"
