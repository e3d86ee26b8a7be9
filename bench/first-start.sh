#!/usr/bin/env bash
# First start with the demo (not part of ./mvnw verify): the packaged application started on a new,
# empty data directory, so that it creates its PostgreSQL cluster, migrates and loads the whole demo;
# the time from launch until /actuator/health/readiness answers UP, which it does only once every
# start-up runner (the demo included) is done. Repeated with a new directory each run.
# Usage: bench/first-start.sh [runs (3)] [port (18080)] [application arguments, e.g. --motcua.demo=false]
# (build first: ./mvnw -B -q -DskipTests package)
# PRIORITY=-15 runs the application and its PostgreSQL with that scheduling priority (autogroup nice,
# root only) over whatever else the machine runs, to stand for an otherwise idle machine; KEEP_LOG=1
# keeps each run's log as /var/tmp/motcua-first-start.run.*.log.
# The runs' data directories (a few hundred MB each) are deleted together after the last run, not between runs: a
# cluster's 1.400 files deleted just before a run made this machine's ext4 (without a journal) pass over the inodes
# deleted in the last minute each time PostgreSQL created a file (perf: recently_deleted, find_inode_bit), 0,8–3,3 s more
# PostgreSQL CPU than a newcomer's first start pays. DATA_PARENT=dir puts them in dir and leaves the deleting to the
# caller (bench/first-start-compare.sh deletes its runs' after its last pair).
# Each run also prints how long a fixed awk loop took just before it: this shared machine's speed drifts by a third
# within minutes, and the loop tells a slow moment from a slow build.
# JAR=path runs another build of the application; JAVA_OPTS are passed to the JVM (e.g. a JFR recording). Unset, they are
# those ./mvnw spring-boot:run starts it with: the pom's motcua.run.jvm and the plugin's -XX:TieredStopAtLevel=1.
# RUN=mvn starts it as a newcomer does, with ./mvnw spring-boot:run (compiled first: ./mvnw -B -q compile), and counts
# from the moment its JVM started (the log's "process running for"), not Maven's own start. That JVM maps the class
# archive an earlier run of the command wrote; without one, the first run of a build's classes runs as before and the
# second writes one as it exits (docs/decisions/0019). Each run says which: compare builds on runs of the same kind.
# Each run prints the load average when it started (the machine is shared) and the CPU seconds the
# application and its PostgreSQL used until ready, which depend much less on the other work than the
# wall-clock time does.
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
JAVA_OPTS="${JAVA_OPTS-$(sed -n 's:.*<motcua.run.jvm>\(.*\)</motcua.run.jvm>.*:\1:p' pom.xml) -XX:TieredStopAtLevel=1}"
prioritise() {
  [ -n "${PRIORITY:-}" ] && echo "$PRIORITY" > "/proc/$1/autogroup" 2>/dev/null || true
}
prioritise $$
# CPU seconds (user + system, with reaped children) of a process, from /proc/<pid>/stat.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15 + $16 + $17) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0
}
parent="${DATA_PARENT:-$(mktemp -d /var/tmp/motcua-first-start.XXXXXX)}"
pid=
maven=
archive=
# At the end the runs' data is deleted and left a minute to age, so that a benchmark started right after this one starts
# as clean as this one did (unless DATA_PARENT is the caller's). A run that failed, or Ctrl+C, stops the application and
# keeps the data and the logs to look at.
finish() {
  local status=$?
  for process in $pid $maven; do
    kill "$process" 2>/dev/null || true
  done
  if [ -n "${DATA_PARENT:-}" ]; then
    return
  fi
  if [ "$status" -eq 0 ]; then
    echo "Deleting the runs' data, then ${AGE:-65} s for its inodes to age" >&2
    rm -rf "$parent"
    sync
    sleep "${AGE:-65}"
  else
    echo "The runs' data and logs are kept in $parent" >&2
  fi
}
trap finish EXIT
# Clock ticks the hypervisor gave both virtual cores to other machines ("steal" in /proc/stat): a run that lost several
# seconds was measured on a slower machine than one that lost none. Whole ticks, as awk prints large totals rounded.
steal_ticks() {
  awk '/^cpu / { print $9 }' /proc/stat
}
# Seconds a fixed loop takes on one core (0,3–0,7 s on this machine the day it was written).
loop_seconds() {
  local started
  started=$(date +%s.%N)
  awk 'BEGIN { for (i = 0; i < 20000000; i++) s += i }'
  echo "$(date +%s.%N) - $started" | bc
}
for run in $(seq 1 "$runs"); do
  loop=$(loop_seconds)
  stolen=$(steal_ticks)
  data="$(mktemp -d "$parent/run.XXXXXX")"
  log="$data.log"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  if [ "${RUN:-jar}" = mvn ]; then
    ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --motcua.data-dir=$data $*" >"$log" 2>&1 &
    maven=$!
    until pid=$(pgrep -f -- "vn.motcua.MotCuaApplication.*--motcua.data-dir=$data" | head -1) && [ -n "$pid" ]; do
      kill -0 "$maven" 2>/dev/null || { echo "run $run: Maven stopped; see $log" >&2; exit 1; }
      sleep 0.05
    done
    # Whether this JVM maps the class archive an earlier run wrote, or writes one as it exits (docs/decisions/0019).
    case "$(cat target/run/class-archive.args 2>/dev/null)" in
      *SharedArchiveFile*) archive="; the class archive used" ;;
      *ArchiveClassesAtExit*) archive="; no class archive: this run writes one as it exits" ;;
      *DumpLoadedClassList*) archive="; no class archive: these classes' first run, the next writes one" ;;
      *) archive= ;;
    esac
  else
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --motcua.data-dir="$data" "$@" >"$log" 2>&1 &
    pid=$!
  fi
  postgres_prioritised=
  # Four probes a second: each is a request the application answers, and ten a second took half a second of CPU from the
  # start they measure (a load balancer probes every few seconds); the time is known to a quarter of a second.
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
    sleep 0.25
  done
  ready=$(date +%s.%N)
  stolen=$(awk -v before="$stolen" -v after="$(steal_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (after - before) / hz }')
  if [ "${RUN:-jar}" = mvn ]; then
    # From the JVM's own start: the time of the "Started" line less the process's age it gives.
    started=$(grep -o '^[0-9T:.-]*Z.*Started MotCuaApplication in [0-9.]* seconds (process running for [0-9.]*' "$log" | head -1)
    start=$(echo "$(date -d "$(echo "$started" | cut -c1-24)" +%s.%N) - ${started##* }" | bc)
  fi
  postmaster=$(pgrep -f -- "bin/postgres -D $data/postgres" | head -1 || true)
  app_cpu=$(cpu_seconds "$pid")
  db_cpu=0
  # The postmaster counts the backends that ended; those still connected (the pool) count their own.
  for process in $postmaster $([ -n "$postmaster" ] && pgrep -P "$postmaster" || true); do
    db_cpu=$(echo "$db_cpu + $(cpu_seconds "$process")" | bc)
  done
  printf 'run %d: ready after %.1f s; load average %s at launch; loop %.2f s; CPU %.1f s application + %.1f s PostgreSQL; %.1f s stolen (%s)%s\n' \
    "$run" "$(echo "$ready - $start" | bc)" "$load" "$loop" "$app_cpu" "$db_cpu" "$stolen" \
    "$(grep -o 'Started MotCuaApplication in [0-9.]* seconds' "$log" || true)" "${archive:-}"
  kill "$pid"
  if [ "${RUN:-jar}" = mvn ]; then
    wait "$maven" || true
  else
    wait "$pid" || true
  fi
  pid=
  maven=
  if [ -n "${KEEP_LOG:-}" ]; then
    cp "$log" "/var/tmp/motcua-first-start.$(basename "$data").log"
  fi
done
