#!/usr/bin/env bash
# Times `sectorscope import` of a wide vendor export, as .xlsx and as CSV, into a workspace without prices:
#   bench/import.sh SIZE          SIZE = SECURITIESxYEARS, e.g. 5000x10
# The workspace comes from bench/SectorScope.Scale (`generate`), the wide files from its `wide` command
# (name row, code row with five-digit Hong Kong codes, unit row, "--" for no close, a vendor note below).
# Each import is a whole process timed from outside with /usr/bin/time -v (wall time, max RSS); the
# command also prints the time and peak memory of its reading phase and of its validation (the ingest
# `check` runs) to stderr. The imported price file is checked to equal the generated prices exactly.
# Environment: BENCH_DIR (default /tmp/sectorscope-bench), REPEAT (default 3, the median is reported), SEED (1).
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:?usage: bench/import.sh SECURITIESxYEARS (e.g. 5000x10)}"
securities="${size%x*}"; years="${size#*x}"
BENCH_DIR="${BENCH_DIR:-/tmp/sectorscope-bench}"; REPEAT="${REPEAT:-3}"; SEED="${SEED:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [[ -z "${SKIP_BUILD:-}" ]]; then
  bash tools/publish.sh "$BENCH_DIR/sectorscope" >/dev/null
  dotnet build bench/SectorScope.Scale -c Release -v q -nologo >/dev/null
fi
CLI="$BENCH_DIR/sectorscope/SectorScope.Cli.dll"
SCALE="bench/SectorScope.Scale/bin/Release/net10.0/SectorScope.Scale.dll"

ws="$BENCH_DIR/import-ws-$size-s$SEED"
if [[ ! -f "$ws/.complete" ]]; then
  rm -rf "$ws"; mkdir -p "$BENCH_DIR"
  dotnet "$SCALE" generate --securities "$securities" --years "$years" --seed "$SEED" --news 10 --out "$ws"
  dotnet "$SCALE" wide --workspace "$ws" --out "$BENCH_DIR/wide-$size.csv"
  dotnet "$SCALE" wide --workspace "$ws" --out "$BENCH_DIR/wide-$size.xlsx"
  touch "$ws/.complete"
fi
ls -l "$BENCH_DIR/wide-$size.csv" "$BENCH_DIR/wide-$size.xlsx"

run() { # format → "seconds MB" of one import into a fresh copy without prices; prints the phase lines
  local target="$BENCH_DIR/import-target"
  rm -rf "$target"; mkdir -p "$target"
  (cd "$ws" && cp -r $(ls -A | grep -vx -e prices -e .sectorscope -e .complete) "$target/")
  /usr/bin/time -v dotnet "$CLI" import -w "$target" --kind prices "$BENCH_DIR/wide-$size.$1" >"$BENCH_DIR/import.out" 2>"$BENCH_DIR/import.err"
  grep -E "读取完成|校验与写入完成" "$BENCH_DIR/import.err" >&2
  /usr/bin/python3 - "$ws" "$target" <<'PY'
import csv, glob, sys
def rows(root):
    out = {}
    for p in glob.glob(root + "/prices/*.csv"):
        for r in csv.DictReader(open(p, encoding="utf-8")):
            out[(r["date"], r["code"])] = float(r["close"])
    return out
assert rows(sys.argv[1]) == rows(sys.argv[2]), "imported prices differ from the generated ones"
PY
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
              /Maximum resident set size/ { kb = $2 } END { printf "%.2f %d\n", s, kb / 1024 }' "$BENCH_DIR/import.err"
}
median() { sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }

for format in csv xlsx; do
  times=(); for _ in $(seq "$REPEAT"); do times+=("$(run "$format")"); done
  s=$(printf '%s\n' "${times[@]}" | cut -d' ' -f1 | median); mb=$(printf '%s\n' "${times[@]}" | cut -d' ' -f2 | median)
  echo "import $size wide .$format: ${s} s, ${mb} MB (median of $REPEAT)"
done
