#!/usr/bin/env bash
# First start with the demo (not part of ./mvnw verify): the packaged application started on a new,
# empty data directory, so that it creates its PostgreSQL cluster, migrates and loads the whole demo;
# the time from launch until /actuator/health/readiness answers UP, which it does only once every
# start-up runner (the demo included) is done. Repeated with a new directory each run.
# Usage: bench/first-start.sh [runs (3)] [port (18080)] [application arguments, e.g. --motcua.demo=false]
# (build first: ./mvnw -B -q -DskipTests package)
# PRIORITY=-15 runs the application and its PostgreSQL with that scheduling priority (autogroup nice,
# root only) over whatever else the machine runs, to stand for an otherwise idle machine; KEEP_LOG=1
# keeps each run's log beside its (deleted) data directory.
# JAR=path runs another build of the application.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${PRIORITY:-}" ] && [ -z "${FIRST_START_SESSION:-}" ]; then
  # A session of its own, so that the priority is this run's and not the caller's shell's.
  exec setsid env FIRST_START_SESSION=1 "$0" "$@"
fi
runs="${1:-3}"
port="${2:-18080}"
shift $(( $# < 2 ? $# : 2 ))
jar="${JAR:-$(ls target/motcua-*.jar | head -1)}"
prioritise() {
  [ -n "${PRIORITY:-}" ] && echo "$PRIORITY" > "/proc/$1/autogroup" 2>/dev/null || true
}
prioritise $$
for run in $(seq 1 "$runs"); do
  data="$(mktemp -d /var/tmp/motcua-first-start.XXXXXX)"
  log="$data.log"
  start=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --motcua.data-dir="$data" "$@" >"$log" 2>&1 &
  pid=$!
  postgres_prioritised=
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health/readiness")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the application stopped; see $log" >&2
      exit 1
    fi
    # PostgreSQL is started by pg_ctl in a session of its own: give it the same priority once it runs.
    if [ -n "${PRIORITY:-}" ] && [ -z "$postgres_prioritised" ]; then
      postmaster=$(pgrep -f -- "bin/postgres -D $data/postgres" | head -1 || true)
      if [ -n "$postmaster" ]; then
        prioritise "$postmaster"
        postgres_prioritised=1
      fi
    fi
    sleep 0.1
  done
  ready=$(date +%s.%N)
  printf 'run %d: ready after %.1f s (%s)\n' "$run" "$(echo "$ready - $start" | bc)" \
    "$(grep -o 'Started MotCuaApplication in [0-9.]* seconds' "$log" || true)"
  kill "$pid"
  wait "$pid" || true
  rm -rf "$data"
  [ -n "${KEEP_LOG:-}" ] || rm -f "$log"
done
