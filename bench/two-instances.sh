#!/usr/bin/env bash
# Two MotCua instances on one PostgreSQL under load on loopback (not part of ./mvnw verify): intake on
# one instance and assignment on the other with one shared session, then checks in the database that
# codes are unique and every acknowledged write is stored with its audit entries.
# Usage: bench/two-instances.sh [seconds (30)] [clients (8)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.motcua.bench.TwoInstancesLoadBenchmark "$@"
