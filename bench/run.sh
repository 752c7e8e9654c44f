#!/usr/bin/env bash
# Whole-process timings of `mvn somepolicy:check` on generated configurations, against an empty Maven
# build, and the up-to-date check on an unchanged configuration. See docs/performance.md.
#
#   bench/run.sh [sizes...]        default sizes: 100 500 1000 10000
#   RUNS=5 bench/run.sh 1000       number of timed runs per case (the median is printed)
#
# The plugin is installed into bench/target/m2, a local repository chained in front of ~/.m2, so that
# nothing is written to the user's own repository.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100 500 1000 10000)
WORK=$ROOT/bench/target/run
REPO=$ROOT/bench/target/m2
MVN=("$ROOT/mvnw" -o -B -q -ntp "-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=$HOME/.m2/repository")
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.somepolicy:somepolicy-maven-plugin:$VERSION:check"
mkdir -p "$WORK"

echo "building the plugin and the benchmarks..."
"${MVN[@]}" -Pbench -pl plugin,bench -am install -DskipTests -Dinvoker.skip -Dspotless.check.skip >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

# One empty project: the baseline is Maven starting, reading it and running no plugin at all.
mkdir -p "$WORK/empty"
cp "$ROOT/bench/empty-project/pom.xml" "$WORK/empty/pom.xml"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { # runs a command RUNS times (after one warm-up) and prints the median wall time in ms
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | median
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
EMPTY=$(time_ms "${MVN[@]}" -f "$WORK/empty/pom.xml" validate)
printf '%-44s %8s ms\n' "empty Maven build (mvn validate)" "$EMPTY"
for N in "${SIZES[@]}"; do
  java -cp "$CP" io.github.somepolicy.bench.CorpusGenerator "$WORK/config-$N" "$N" >/dev/null
  cp "$WORK/empty/pom.xml" "$WORK/config-$N/pom.xml"
  CHECK=("${MVN[@]}" -f "$WORK/config-$N/pom.xml" validate "$PLUGIN"
    -Dsomepolicy.today=2026-11-23 -Dsomepolicy.failOn=never
    -Dsomepolicy.formats=console,sarif,junit,json,markdown)
  FULL=$(time_ms "${CHECK[@]}" -Dsomepolicy.upToDateCheck=false)
  "${CHECK[@]}" >/dev/null 2>&1 || true
  SKIP=$(time_ms "${CHECK[@]}")
  printf '%-44s %8s ms  (+%s ms over the empty build)\n' "N=$N: mvn somepolicy:check, full run" "$FULL" "$((FULL - EMPTY))"
  printf '%-44s %8s ms  (+%s ms over the empty build)\n' "N=$N: mvn somepolicy:check, unchanged" "$SKIP" "$((SKIP - EMPTY))"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
