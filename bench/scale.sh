#!/usr/bin/env bash
# Scale harness (not part of ./mvnw verify): start-up and heap, bulk import of a generated history,
# the quarter's report against a plain SQL GROUP BY, intake throughput through the HTTP API.
# Usage: bench/scale.sh [dossiers (100000)] [intake seconds (30)] [intake clients (8)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.motcua.bench.ScaleBenchmark "$@"
