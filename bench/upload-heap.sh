#!/usr/bin/env bash
# Upload heap harness (not part of ./mvnw verify): the packaged application started on a data
# directory holding the demo (loaded by a first start when the directory is new), with the Java heap
# limit given; a 20 MB PDF uploaded through POST /api/v1/dossiers/{code}/documents and downloaded
# again, several times, while the application's heap is watched through JMX.
# Usage: bench/upload-heap.sh [data directory (/var/tmp/motcua-upload-heap)] [-Xmx value (512m)] [uploads (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.motcua.bench.UploadHeapBenchmark \
  "$(ls target/motcua-*.jar | head -1)" "${1:-/var/tmp/motcua-upload-heap}" "${2:-512m}" "${3:-3}"
