#!/usr/bin/env bash
# How Maven's JVM options change a short `mvn somepolicy:check` run: the full JIT (the default), the
# quick JIT alone (C1), C1 with one compiler thread and the serial collector, and the same with a
# class-data-sharing archive of the classes Maven loaded (JDK 17 dynamic CDS; Maven's class realms are
# archived too). See docs/performance.md ("Starting the JVM").
#
#   bench/jvm-options.sh [sizes...]     default sizes: 1000 10000
#   PASSES=3                            passes; each pass runs every option set once, one after the other
#
# Expects the plugin and the benchmarks installed as bench/run.sh installs them (SKIP_BUILD=1 to reuse).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PASSES=${PASSES:-3}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
WORK=$ROOT/bench/target/jvm-options
REPO=$ROOT/bench/target/m2
MVN=("$ROOT/mvnw" -o -B -q -ntp "-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=$HOME/.m2/repository")
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.somepolicy:somepolicy-maven-plugin:$VERSION:check"
mkdir -p "$WORK"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building the plugin and the benchmarks..."
  "${MVN[@]}" -Pbench -pl plugin,bench -am install -DskipTests -Dinvoker.skip -Dspotless.check.skip >/dev/null
fi
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

C1="-XX:TieredStopAtLevel=1"
LEAN="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
declare -A OPTIONS=(
  [1-default]=""
  [2-c1]="$C1"
  [3-c1-lean]="$LEAN"
  [4-c1-lean-cds]="$LEAN -XX:SharedArchiveFile=$WORK/maven.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
)
NAMES=($(printf '%s\n' "${!OPTIONS[@]}" | sort))

timed() { # prints "<wall ms> <load before> <cpu ms>" of one run
  local before wall user sys TIMEFORMAT='%3R %3U %3S'
  before=$(cut -d' ' -f1 /proc/loadavg)
  read -r wall user sys < <({ time "$@" >"$WORK/last.log" 2>&1; } 2>&1 || true)
  awk -v w="$wall" -v u="$user" -v s="$sys" -v l="$before" 'BEGIN { printf "%d %s %d\n", w * 1000, l, (u + s) * 1000 }'
}

for N in "${SIZES[@]}"; do
  DIR=$WORK/config-$N
  java -cp "$CP" io.github.somepolicy.bench.CorpusGenerator "$DIR" "$N" >/dev/null
  cp "$ROOT/bench/empty-project/pom.xml" "$DIR/pom.xml"
  CHECK=("${MVN[@]}" -f "$DIR/pom.xml" validate "$PLUGIN" -Dsomepolicy.today=2026-11-23 -Dsomepolicy.failOn=never
    -Dsomepolicy.formats=console,sarif -Dsomepolicy.upToDateCheck=false -Dsomepolicy.cache=false)
  # The archive: the classes one check loaded, dumped when its JVM ends.
  rm -f "$WORK/maven.jsa"
  MAVEN_OPTS="$LEAN -XX:ArchiveClassesAtExit=$WORK/maven.jsa -Xlog:cds=off" "${CHECK[@]}" >/dev/null 2>&1 || true
  echo
  echo "N=$N accounts, full check (console and SARIF), on $(nproc) cores"
  declare -A BEST=() BEST_CPU=() BEST_LOAD=()
  for pass in $(seq "$PASSES"); do
    line="pass $pass:"
    for name in "${NAMES[@]}"; do
      read -r ms before cpu < <(MAVEN_OPTS="${OPTIONS[$name]}" timed "${CHECK[@]}")
      line="$line  $name ${ms} ms, cpu ${cpu} ms (load $before);"
      if [ -z "${BEST[$name]:-}" ] || [ "$ms" -lt "${BEST[$name]}" ]; then
        BEST[$name]=$ms BEST_CPU[$name]=$cpu BEST_LOAD[$name]=$before
      fi
    done
    echo "$line"
  done
  for name in "${NAMES[@]}"; do
    printf '  %-16s fastest %8s ms, cpu %8s ms  (load %s)   %s\n' \
      "$name" "${BEST[$name]}" "${BEST_CPU[$name]}" "${BEST_LOAD[$name]}" "${OPTIONS[$name]}"
  done
  unset BEST BEST_CPU BEST_LOAD
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
