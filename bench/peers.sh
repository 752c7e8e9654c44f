#!/usr/bin/env bash
# The plugin against its peers on the same generated configurations: ajv-cli (the account schema alone,
# and the schema with the planted checks a schema can express) and Spectral (the schema and the same
# checks as rules). Installs ajv-cli and Spectral from npm into bench/target/peers when they are
# missing. Not part of a normal build; see docs/performance.md ("Peers").
#
#   bench/peers.sh [sizes...]        default sizes: 1000 10000
#   PASSES=3 bench/peers.sh 1000     passes; each pass runs every case once, one after the other
#   SPECTRAL_MAX=1000                Spectral takes minutes at 10,000 accounts: larger sizes leave it out
#   SPECTRAL_PASSES=1                and only the first passes run it
#
# Two more cases give the floor of any check inside Maven: the same build with the goal skipped, and
# Maven alone (the build without the plugin). Two more time the plugin as a developer reruns it: one
# account changed again right after a check (b2), and nothing changed since the last check (h).
# Cases run in the order of their names; the full run (a) keeps no fingerprint, so the first run with
# one account changed (b) hashes every file, as a fresh checkout in CI does.
#
# Every case is timed whole-process (wall clock), with the 1-minute load average read just before it.
# Per case the fastest pass is printed with its load, and, per pass, the plugin's runs against ajv-cli's
# schema-only run of the same pass, since cases timed side by side share the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PASSES=${PASSES:-3}
SPECTRAL_MAX=${SPECTRAL_MAX:-1000}
SPECTRAL_PASSES=${SPECTRAL_PASSES:-$PASSES}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
WORK=$ROOT/bench/target/peers-run
PEERS=$ROOT/bench/target/peers
REPO=$ROOT/bench/target/m2
MVN=("$ROOT/mvnw" -o -B -q -ntp "-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=$HOME/.m2/repository")
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.somepolicy:somepolicy-maven-plugin:$VERSION:check"
BIN=$PEERS/node_modules/.bin
mkdir -p "$WORK" "$PEERS"

if [ ! -x "$BIN/ajv" ] || [ ! -x "$BIN/spectral" ] || [ ! -d "$PEERS/node_modules/ajv-formats" ]; then
  echo "installing ajv-cli and Spectral into $PEERS..."
  npm install --no-audit --no-fund --prefix "$PEERS" ajv-cli@5 ajv-formats@2 @stoplight/spectral-cli@6 >/dev/null
fi
echo "ajv-cli $(node -p "require('$PEERS/node_modules/ajv-cli/package.json').version"), Spectral $("$BIN/spectral" --version)"

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building the plugin and the benchmarks..."
  "${MVN[@]}" -Pbench -pl plugin,bench -am install -DskipTests -Dinvoker.skip -Dspotless.check.skip >/dev/null
fi
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

load() { cut -d' ' -f1 /proc/loadavg; }
# Runs a command once and prints "<wall ms> <load before> <cpu ms>" (cpu: user and system time of the
# command and its children, which a loaded machine inflates far less than the wall time); the
# command's output goes to a log.
timed() {
  local before wall user sys TIMEFORMAT='%3R %3U %3S'
  before=$(load)
  read -r wall user sys < <({ time "$@" >"$WORK/last.log" 2>&1; } 2>&1 || true)
  awk -v w="$wall" -v u="$user" -v s="$sys" -v l="$before" 'BEGIN { printf "%d %s %d\n", w * 1000, l, (u + s) * 1000 }'
}

for N in "${SIZES[@]}"; do
  DIR=$WORK/config-$N
  java -cp "$CP" io.github.somepolicy.bench.CorpusGenerator "$DIR" "$N" >/dev/null
  cat >"$DIR/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>peers</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
  # A municipality's configuration is a Git repository, and CI checks a fresh clone of it: the corpus
  # is committed as one, so the check can take unchanged files from Git's index as it does there.
  rm -rf "$DIR/.git"
  git -C "$DIR" init -q
  printf 'target/\n' >"$DIR/.gitignore"
  git -C "$DIR" add -A
  git -C "$DIR" -c user.name=bench -c user.email=bench@example.org commit -q -m corpus
  # The configuration starts Maven as the example configuration does.
  if [ -f "$ROOT/example-config/.mvn/jvm.config" ]; then
    mkdir -p "$DIR/.mvn" && cp "$ROOT/example-config/.mvn/jvm.config" "$DIR/.mvn/jvm.config"
  fi
  TOOLS=$WORK/tools-$N
  NODE_PATH="$PEERS/node_modules/ajv-cli/node_modules:$PEERS/node_modules" \
    node "$ROOT/bench/peers/peer-configs.js" "$ROOT/schemas" "$DIR" "$TOOLS"
  DATA=()
  while read -r file; do DATA+=(-d "$file"); done <"$TOOLS/parseable.txt"
  CHECK=("${MVN[@]}" -f "$DIR/pom.xml" validate "$PLUGIN" -Dsomepolicy.today=2026-11-23
    -Dsomepolicy.failOn=never -Dsomepolicy.formats=console,sarif)
  AJV=("$BIN/ajv" validate --spec=draft2020 -c ajv-formats --strict=false --errors=no)
  # One account changes before each run of the incremental case.
  EDITED=$(find "$DIR/accounts" -name '*.yaml' | sort | sed -n 1p)
  edit_one() { echo "# edited $(date +%s%N)" >>"$EDITED"; }

  declare -A CASES=(
    [a-full]="${CHECK[*]} -Dsomepolicy.upToDateCheck=false -Dsomepolicy.cache=false"
    [b-one-changed]="${CHECK[*]}"
    # The same right after it, as a second local run: the fingerprint of the run before tells which
    # files stand as they stood, so only the edited one is hashed (in a fresh checkout every file is).
    [b2-one-changed-again]="${CHECK[*]}"
    [c-ajv-schema]="${AJV[*]} -s $TOOLS/account.ajv.schema.json ${DATA[*]}"
    [d-ajv-checks]="${AJV[*]} -s $TOOLS/account.ajv-checks.schema.json ${DATA[*]}"
    # What no check can go below inside Maven: the same build with the goal skipped (Maven started, the
    # plugin resolved and loaded), and the build without the plugin.
    [f-mvn-skipped]="${CHECK[*]} -Dsomepolicy.skip=true"
    [g-mvn-empty]="${MVN[*]} -f $DIR/pom.xml validate"
    # Nothing changed since the run before: the up-to-date check reuses its reports.
    [h-unchanged]="${CHECK[*]}"
  )
  if [ "$N" -le "$SPECTRAL_MAX" ]; then
    CASES[e-spectral]="$BIN/spectral lint --quiet -f text --ruleset $TOOLS/spectral.json '$DIR/accounts/**/*.yaml'"
  fi
  NAMES=($(printf '%s\n' "${!CASES[@]}" | sort))
  # Warm the file cache, and give the incremental case the cache of a full run.
  "${CHECK[@]}" >/dev/null 2>&1 || true
  "${AJV[@]}" -s "$TOOLS/account.ajv.schema.json" "${DATA[@]}" >/dev/null 2>&1 || true

  echo
  echo "N=$N accounts, $(find "$DIR" -name '*.yaml' | wc -l) files, on $(nproc) cores"
  declare -A BEST=() BEST_CPU=() BEST_LOAD=()
  for pass in $(seq "$PASSES"); do
    line="pass $pass:"
    declare -A MS=() CPU=()
    for name in "${NAMES[@]}"; do
      if [ "$name" = e-spectral ] && [ "$pass" -gt "$SPECTRAL_PASSES" ]; then continue; fi
      case "$name" in b-one-changed | b2-one-changed-again) edit_one ;; esac
      read -r ms before cpu < <(eval timed "${CASES[$name]}")
      MS[$name]=$ms
      CPU[$name]=$cpu
      line="$line  $name ${ms} ms, cpu ${cpu} ms (load $before);"
      if [ -z "${BEST[$name]:-}" ] || [ "$ms" -lt "${BEST[$name]}" ]; then
        BEST[$name]=$ms
        BEST_CPU[$name]=$cpu
        BEST_LOAD[$name]=$before
      fi
    done
    echo "$line"
    awk -v f="${MS[a-full]}" -v o="${MS[b-one-changed]}" -v a="${MS[c-ajv-schema]}" \
      -v fc="${CPU[a-full]}" -v oc="${CPU[b-one-changed]}" -v ac="${CPU[c-ajv-schema]}" \
      'BEGIN { printf "  against ajv-cli schema-only in this pass: full run %.2fx (cpu %.2fx), one account changed %.2fx (cpu %.2fx)\n", f / a, fc / ac, o / a, oc / ac }'
  done
  for name in "${NAMES[@]}"; do
    printf '  %-16s fastest %8s ms, cpu %8s ms  (load %s)\n' "$name" "${BEST[$name]}" "${BEST_CPU[$name]}" "${BEST_LOAD[$name]}"
  done
  unset CASES BEST BEST_CPU BEST_LOAD
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
