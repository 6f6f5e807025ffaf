# Shared by the bench scripts (sourced): the programs, the generated workspaces, and whole processes timed from
# outside with /usr/bin/time -v.
# The timers write into "$out" (set by the caller) one line per run of NAME: "seconds kilobytes cpu-seconds".

# timed NAME COMMAND...: runs COMMAND with its output in $out/NAME.log and appends its wall time, peak RSS and CPU
# time (user + system: on a machine shared with other work the wall time stretches with the load, CPU time much less).
timed() {
  local name="$1"; shift
  /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1 || { cat "$out/$name.log" "$out/$name.time" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 } /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
              END { printf "%.3f %d %.3f\n", s, kb, cpu }' "$out/$name.time" >>"$out/$name.times"
}

# median NAME COLUMN: the median of one column (1 wall s, 2 max RSS kB, 3 CPU s) of NAME's runs.
median() { sort -n -k"$2" "$out/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

# SectorScope as it is deployed (published, ReadyToRun: no JIT of the libraries at start-up) into $BENCH_DIR/sectorscope,
# and the generator, unless SKIP_BUILD is set; sets CLI and SCALE to the two programs.
build_programs() {
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    bash tools/publish.sh "$BENCH_DIR/sectorscope" >/dev/null
    dotnet build bench/SectorScope.Scale -c Release -v q -nologo >/dev/null
  fi
  CLI="$BENCH_DIR/sectorscope/SectorScope.Cli.dll"
  SCALE="bench/SectorScope.Scale/bin/Release/net10.0/SectorScope.Scale.dll"
}

# generated_workspace SIZE: the generated workspace of SIZE (SECURITIESxYEARS) in $SHAPE with $SEED and $NEWS, written
# once into $BENCH_DIR and reused by every script; sets ws to its folder.
generated_workspace() {
  ws="$BENCH_DIR/ws-$1-s$SEED-n$NEWS-$SHAPE"
  if [[ ! -f "$ws/.complete" ]]; then
    rm -rf "$ws"; mkdir -p "$BENCH_DIR"
    dotnet "$SCALE" generate --securities "${1%x*}" --years "${1#*x}" --seed "$SEED" --news "$NEWS" --shape "$SHAPE" --out "$ws"
    touch "$ws/.complete"
  fi
}
