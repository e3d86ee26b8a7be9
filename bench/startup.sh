#!/usr/bin/env bash
# Start-up harness (not part of ./mvnw verify): the packaged application, extracted, started several
# times against a database directory without and with a class data sharing archive.
# Usage: bench/startup.sh [data directory (/var/tmp/motcua-10m, as bench/scale.sh leaves it)] [runs (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/extracted
java -Djarmode=tools -jar target/motcua-*.jar extract --destination target/extracted >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.motcua.bench.StartupBenchmark \
  target/extracted "${1:-/var/tmp/motcua-10m}" "${2:-3}"
