#!/usr/bin/env bash
# The shared PostgreSQL store beside the workspace's DuckDB store, on one generated workspace:
#   bench/postgres.sh SIZE          SIZE = SECURITIESxYEARS, e.g. 500x5, 5000x10, 10000x20
# Starts a throwaway PostgreSQL cluster (Debian's package, default settings but listening on 127.0.0.1 only) in a
# temporary folder, and times as whole processes (/usr/bin/time -v: wall time, max RSS), REPEAT (default 3) times,
# median reported:
#   pg-load        ingest --store of the workspace's market files into an empty database
#   pg-reload      the same again, nothing changed
#   pg-correct     one close of one price file corrected
#   pg-report      report --store from the workspace without its market files (its own DuckDB store already built)
#   duck-ingest    ingest --rebuild of the whole workspace into DuckDB
#   duck-report    report from the full workspace with its DuckDB store up to date
# and checks that report.json, report.md and tables/*.csv are the same bytes from both stores.
# Environment: BENCH_DIR (default /tmp/sectorscope-bench), REPEAT, SEED (default 1), SKIP_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:?usage: bench/postgres.sh SECURITIESxYEARS (e.g. 5000x10)}"
securities="${size%x*}"; years="${size#*x}"
BENCH_DIR="${BENCH_DIR:-/tmp/sectorscope-bench}"; REPEAT="${REPEAT:-3}"; SEED="${SEED:-1}"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [[ -z "${SKIP_BUILD:-}" ]]; then
  bash tools/publish.sh "$BENCH_DIR/sectorscope" >/dev/null
  dotnet build bench/SectorScope.Scale -c Release -v q -nologo >/dev/null
fi
CLI=(dotnet "$BENCH_DIR/sectorscope/SectorScope.Cli.dll")
SCALE="bench/SectorScope.Scale/bin/Release/net10.0/SectorScope.Scale.dll"
ws="$BENCH_DIR/ws-$size-s$SEED-n200"
if [[ ! -f "$ws/.complete" ]]; then
  rm -rf "$ws"; mkdir -p "$BENCH_DIR"
  dotnet "$SCALE" generate --securities "$securities" --years "$years" --seed "$SEED" --news 200 --out "$ws"
  touch "$ws/.complete"
fi
out="$BENCH_DIR/pg-out-$size"; rm -rf "$out"; mkdir -p "$out"
analyst="$out/analyst"; cp -r "$ws" "$analyst"; rm -rf "$analyst/prices" "$analyst/valuations.csv" "$analyst/fx.csv" "$analyst/.sectorscope"
period=2024-11; asof=2024-12-02

# The throwaway server: as root it runs as the postgres user (initdb refuses root).
pg=$(mktemp -d /tmp/sectorscope-pgbench.XXXX); as=()
if [[ $(id -u) -eq 0 ]]; then chown postgres "$pg"; as=(runuser -u postgres --); fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as[@]}" "$PGBIN/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" "$PGBIN/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-p $port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null
trap '"${as[@]}" "$PGBIN/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null; rm -rf "$pg"' EXIT
psql=("$PGBIN/psql" -X -q -A -t -h "$pg" -p "$port" -U postgres)
store="postgresql://127.0.0.1:$port/market?user=postgres"
rows=$(cat "$ws"/prices/*.csv | wc -l); files=$(ls "$ws"/prices/*.csv | wc -l)
echo "workspace $ws: $files price files, $((rows - files)) price rows; $(nproc) cores; PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'); repeat $REPEAT"

timed() {
  local name="$1"; shift
  /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1 || { cat "$out/$name.log" "$out/$name.time" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 } END { printf "%.3f %d\n", s, kb }' "$out/$name.time" >>"$out/$name.times"
}
victim=$(ls "$ws"/prices/*.csv | tail -1)
cp "$victim" "$out/victim.orig"
for ((i = 1; i <= REPEAT; i++)); do
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS market" -c "CREATE DATABASE market"
  timed pg-load "${CLI[@]}" ingest --store "$store" --market-data "$ws"
  timed pg-reload "${CLI[@]}" ingest --store "$store" --market-data "$ws"
  awk -F, 'NR == 2 { $3 = sprintf("%.4f", $3 * 1.01) } { print }' OFS=, "$out/victim.orig" >"$victim"
  timed pg-correct "${CLI[@]}" ingest --store "$store" --market-data "$ws"
  cp "$out/victim.orig" "$victim"
  "${CLI[@]}" ingest --store "$store" --market-data "$ws" >/dev/null
  "${CLI[@]}" ingest --workspace "$analyst" >/dev/null
  timed pg-report "${CLI[@]}" report --workspace "$analyst" --period "$period" --as-of "$asof" --format md,json --no-history --store "$store" --out "$out/pg-report"
  timed duck-ingest "${CLI[@]}" ingest --workspace "$ws" --rebuild
  timed duck-report "${CLI[@]}" report --workspace "$ws" --period "$period" --as-of "$asof" --format md,json --no-history --out "$out/duck-report"
done
for f in report.json report.md $(cd "$out/duck-report" && ls tables/*.csv); do
  cmp -s "$out/duck-report/$f" "$out/pg-report/$f" || { echo "DIFFERS: $f" >&2; exit 1; }
done
echo "report.json, report.md and tables/*.csv: the same bytes from DuckDB and PostgreSQL"
echo "database size: $("${psql[@]}" -d market -c "SELECT pg_size_pretty(pg_database_size('market'))")"
echo "PostgreSQL report steps (last run): $(tail -n 2 "$out/pg-report.log" | tr -d '\n')"
echo "DuckDB report steps (last run):     $(tail -n 2 "$out/duck-report.log" | tr -d '\n')"
median() { sort -n -k"$2" "$out/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
printf '\n%-28s %10s %12s\n' "measurement ($size)" "wall s" "max RSS MB"
for name in pg-load pg-reload pg-correct pg-report duck-ingest duck-report; do
  printf '%-28s %10.2f %12.0f\n' "$name" "$(median "$name" 1)" "$(awk "BEGIN { print $(median "$name" 2) / 1024 }")"
done
