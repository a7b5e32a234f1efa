#!/usr/bin/env bash
# Times cold runs of the ibidem CLI on the seed essay against a Java hello-world and against citeproc-java used
# directly, pair by pair, with hyperfine: each pair is measured in one hyperfine run, so both sides see the same
# machine state. Prints medians and spread, and the ratio of each command to its partner.
#
#   benchmarks/cold-start.sh [--runs N] [--warmup N] [--profile] [SEED_FILE]
#
# --profile adds where the time goes: phase timings inside one cold JVM, JVM-flag ablations (JIT, CDS) and the
# number of classes each command loads.
#
# It installs nothing and builds nothing. Build first (under the shared Maven lock), then run it under the same
# lock so that no build runs during the measurement:
#   flock /tmp/ibidem-mvn.lock benchmarks/build.sh
#   flock /tmp/ibidem-mvn.lock benchmarks/cold-start.sh
set -euo pipefail

runs=20
warmup=3
profile=0
seed=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --profile) profile=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) seed=$1; shift ;;
  esac
done

bench=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname -- "$bench")
seed=${seed:-$root/../shared/seed/brothers-no-more.txt}
out=${IBIDEM_BENCH_OUT:-$bench/target/cold-start}

missing=0
for tool in hyperfine jq java jar; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "cold-start: '$tool' is not installed." >&2
    case "$tool" in
      hyperfine) echo "  Install it with: apt-get install hyperfine   (Debian package; or: cargo install hyperfine)" >&2 ;;
      jq) echo "  Install it with: apt-get install jq" >&2 ;;
      java|jar) echo "  Install a JDK 17, e.g.: apt-get install openjdk-17-jdk-headless" >&2 ;;
    esac
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 2

if [ ! -f "$seed" ]; then
  echo "cold-start: no seed essay at $seed; pass the file to read as an argument" >&2
  exit 2
fi
jar=$root/target/ibidem.jar
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" 2>/dev/null | head -n 1)" ]; then
  echo "cold-start: $jar is missing or older than the sources; the launcher would build it inside the timing." >&2
  echo "  Build first: flock /tmp/ibidem-mvn.lock benchmarks/build.sh" >&2
  exit 2
fi
if [ ! -f "$bench/target/benchmarks.jar" ]; then
  echo "cold-start: benchmarks/target/benchmarks.jar is missing." >&2
  echo "  Build first: flock /tmp/ibidem-mvn.lock benchmarks/build.sh" >&2
  exit 2
fi

mkdir -p "$out"
classes=$bench/target/classes
lib=$bench/target/lib
# citeproc-java alone: its own jar, its runtime dependencies, the styles and the locales; nothing of Ibidem.
# The peer's class goes in a jar of its own, since class-data sharing refuses directories on the class path.
(cd "$classes" && jar cf "$out/citeproc-direct.jar" org/ibidem/bench/CiteprocDirect.class)
citeproc_cp=$out/citeproc-direct.jar
for j in citeproc-java jbibtex antlr4-runtime commons-lang3 commons-text styles locales; do
  f=$(ls "$lib/$j"-[0-9]*.jar 2>/dev/null | head -n 1)
  [ -n "$f" ] || { echo "cold-start: $lib has no $j jar; rebuild the benchmarks" >&2; exit 2; }
  citeproc_cp=$citeproc_cp:$f
done

# The launcher's JVM flags (see ./ibidem), so that the peers start the same way. Each program gets its own
# application class-data-sharing archive, as the launcher keeps one for ibidem.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m"
java $flags -XX:ArchiveClassesAtExit="$out/citeproc.jsa" -cp "$citeproc_cp" org.ibidem.bench.CiteprocDirect \
  >/dev/null 2>"$out/citeproc-cds.log" || { cat "$out/citeproc-cds.log" >&2; exit 1; }
"$root/ibidem" check "$seed" >/dev/null || true   # makes the launcher's archive if it has none

hello_default="java -cp $classes org.ibidem.bench.Hello"
hello="java $flags -cp $classes org.ibidem.bench.Hello"
check="$root/ibidem check $seed"
notes="$root/ibidem notes --json $seed"
bib="$root/ibidem bibliography --style chicago $seed"
citeproc="java $flags -XX:SharedArchiveFile=$out/citeproc.jsa -Xshare:auto -Xlog:cds=off -cp $citeproc_cp org.ibidem.bench.CiteprocDirect"

pair() { # name, command A (the baseline), command B, and their names
  local name=$1 a=$2 b=$3 an=$4 bn=$5
  echo "== $name" >&2
  hyperfine -N -i --style basic --warmup "$warmup" --runs "$runs" --export-json "$out/$name.json" \
    -n "$an" "$a" -n "$bn" "$b" >"$out/$name.txt" 2>&1 || { cat "$out/$name.txt" >&2; exit 1; }
}

pair hello "$hello_default" "$hello" "hello (java defaults)" "hello (launcher flags)"
pair check "$hello" "$check" "hello (launcher flags)" "ibidem check"
pair notes "$hello" "$notes" "hello (launcher flags)" "ibidem notes --json"
pair bibliography "$hello" "$bib" "hello (launcher flags)" "ibidem bibliography --style chicago"
pair citeproc "$citeproc" "$bib" "citeproc-java direct" "ibidem bibliography --style chicago"

summary=$out/summary.md
{
  echo "Cold runs on $(basename "$seed"), $runs runs each after $warmup warm-ups; times in ms."
  echo "Ratio: median of the second command over the median of the first, measured in the same hyperfine run."
  echo
  echo "| pair | command | median | IQR (p25–p75) | min–max | mean ± sd | ratio |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for name in hello check notes bibliography citeproc; do
    jq -r --arg pair "$name" '
      def pct(p): (.times | sort) as $t | $t[((($t | length) - 1) * p | floor)] * 1000;
      def ms: . * 1000 | round;
      (.results[0].median) as $base
      | .results[] as $r
      | "| \($pair) | \($r.command) | \($r.median | ms) | \($r | pct(0.25) | round)–\($r | pct(0.75) | round) | "
        + "\($r.min | ms)–\($r.max | ms) | \($r.mean | ms) ± \($r.stddev | ms) | "
        + (if $r.median == $base then "1.00" else "\(($r.median / $base * 100 | round) / 100)" end) + " |"
    ' "$out/$name.json"
  done
} >"$summary"
cat "$summary"

if [ "$profile" -eq 1 ]; then
  echo
  echo "## Where the time goes"
  echo
  echo "Phases inside one cold JVM with the launcher's flags (no application CDS archive):"
  echo '```'
  java $flags -cp "$bench/target/benchmarks.jar" org.ibidem.bench.ColdStartPhases "$seed"
  java $flags -cp "$citeproc_cp" org.ibidem.bench.CiteprocDirect --phases 2>&1 >/dev/null
  echo '```'
  echo
  echo "Classes loaded per command (from the CDS archive / from jars and the runtime image):"
  echo '```'
  for cmd in "check" "notes --json" "bibliography --style chicago"; do
    log=$out/classes-${cmd%% *}.log
    # shellcheck disable=SC2086
    IBIDEM_JAVA_OPTS="-Xlog:class+load=info:file=$log" "$root/ibidem" $cmd "$seed" >/dev/null || true
    total=$(wc -l <"$log")
    shared=$(grep -c 'shared objects file' "$log" || true)
    echo "ibidem $cmd: $total classes, $shared from CDS archives"
  done
  java $flags -Xlog:class+load=info:file="$out/classes-hello.log" -cp "$classes" org.ibidem.bench.Hello >/dev/null
  echo "hello: $(wc -l <"$out/classes-hello.log") classes"
  echo '```'
  echo
  echo "JVM flags for ibidem bibliography (IBIDEM_JAVA_OPTS is appended after the launcher's flags):"
  hyperfine -N -i --style basic --warmup 2 --runs "$(( runs / 2 > 5 ? runs / 2 : 5 ))" \
    --export-json "$out/flags.json" \
    -n "launcher (C1, SerialGC, AppCDS)" "$bib" \
    -n "no CDS at all (-Xshare:off)" "env IBIDEM_JAVA_OPTS=-Xshare:off $bib" \
    -n "C1+C2 (-XX:TieredStopAtLevel=4)" "env IBIDEM_JAVA_OPTS=-XX:TieredStopAtLevel=4 $bib" \
    -n "interpreter only (-Xint)" "env IBIDEM_JAVA_OPTS=-Xint $bib" \
    -n "G1 (-XX:+UseG1GC)" "env IBIDEM_JAVA_OPTS=-XX:+UseG1GC $bib" >"$out/flags.txt" 2>&1 || cat "$out/flags.txt"
  echo
  echo "| flags | median ms | p25–p75 |"
  echo "|---|---:|---:|"
  jq -r 'def pct(p): (.times | sort) as $t | $t[((($t | length) - 1) * p | floor)] * 1000 | round;
    .results[] | "| \(.command) | \(.median * 1000 | round) | \(pct(0.25))–\(pct(0.75)) |"' "$out/flags.json"
fi
