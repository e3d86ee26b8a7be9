#!/usr/bin/env bash
# JMH benchmark of the working-day calendar's due-time computation (not part of ./mvnw verify).
# Usage: bench/calendar.sh [extra JMH options], e.g. bench/calendar.sh -f 2 -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  DeadlineBenchmark -f 1 -wi 5 -w 1s -i 10 -r 1s "$@"
