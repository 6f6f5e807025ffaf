# Shared by the bench scripts (sourced): whole processes timed from outside with /usr/bin/time -v.
# They write into "$out" (set by the caller) one line per run of NAME: "seconds kilobytes cpu-seconds".

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
