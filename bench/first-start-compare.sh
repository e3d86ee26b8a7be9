#!/usr/bin/env bash
# Two builds' first starts, alternating, so that both meet the same moments of a shared virtual machine (whose speed
# drifts by a third within minutes): each run is bench/first-start.sh on a new data directory, and from its log come
# the parts of the start — the Spring context, the demo catalogue, the dossiers, what follows them, the approved report.
# Usage: bench/first-start-compare.sh BEFORE.jar AFTER.jar [pairs (3)] [port (18080)]
# BEFORE_OPTS and AFTER_OPTS are each build's JVM flags (default: those ./mvnw spring-boot:run uses, from the pom).
# Each run waits for the disk after the run before (sync and a pause of PAUSE seconds, 8 by default); the runs' data
# directories are deleted after the last pair (why: bench/first-start.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"
after="$2"
pairs="${3:-3}"
port="${4:-18080}"
default_opts="$(sed -n 's:.*<motcua.run.jvm>\(.*\)</motcua.run.jvm>.*:\1:p' pom.xml) -XX:TieredStopAtLevel=1"
# Seconds between two log lines' times (HH:MM:SS.mmm, the same day).
between() {
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, ":"); split(b, y, ":"); printf "%.2f", (y[1]*3600 + y[2]*60 + y[3]) - (x[1]*3600 + x[2]*60 + x[3]) }'
}
parent="$(mktemp -d /var/tmp/motcua-first-start.XXXXXX)"
# The runs' data is deleted at the end and left a minute to age; after a failure it is kept, with the logs.
finish() {
  local status=$?
  [ "$status" -eq 0 ] || { echo "The runs' data and logs are kept in $parent" >&2; return; }
  rm -rf "$parent" && sync && sleep "${AGE:-65}"
}
trap finish EXIT
for pair in $(seq 1 "$pairs"); do
  for build in before after; do
    if [ "$build" = before ]; then jar="$before"; opts="${BEFORE_OPTS:-$default_opts}"; else jar="$after"; opts="${AFTER_OPTS:-$default_opts}"; fi
    sync
    sleep "${PAUSE:-8}"
    line=$(JAR="$jar" JAVA_OPTS="$opts" DATA_PARENT="$parent" bench/first-start.sh 1 "$port" | tail -1)
    log=$(ls -t "$parent"/*.log | head -1)
    time_of() { grep -m1 "$1" "$log" | cut -c12-23; }
    printf '%s %-6s ready %s s | context %s s | catalogue %s ms | dossiers %s ms | after them %s s | report %s ms | %s\n' \
      "$pair" "$build" "$(echo "$line" | grep -o 'ready after [0-9.]*' | awk '{print $3}')" \
      "$(grep -o 'Started MotCuaApplication in [0-9.]*' "$log" | awk '{print $4}')" \
      "$(grep -o 'procedures in [0-9]*' "$log" | awk '{print $3}')" \
      "$(grep -o 'since 2025-07-01, in [0-9]*' "$log" | awk '{print $NF}')" \
      "$(between "$(time_of 'demo dossiers:')" "$(time_of 'reform index of')")" \
      "$(grep -o 'approved (signed) in [0-9]*' "$log" | awk '{print $NF}')" \
      "$(echo "$line" | grep -o 'CPU [0-9.]* s application + [0-9.]* s PostgreSQL; [0-9.]* s stolen')"
  done
done
