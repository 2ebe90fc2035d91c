#!/usr/bin/env bash
# Live vote bars under load: a host with -Xmx256m in its own JVM, N Server-Sent Event streams on
# one wijk, ballots cast one after another; heap, resident memory and vote-to-client latency.
# Usage: bench/live-bars.sh [streams=10000] [ballots=100]   (builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 20000 2>/dev/null || true
mvn -B -q -DskipTests install >/dev/null
mvn -B -q -pl standalone exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.alkmaar.wijkaanzet.standalone.bench.LiveBarsBenchmark \
  -Dexec.args="${1:-10000} ${2:-100} $(pwd)/standalone/target/wijkaanzet-standalone.jar" 2>&1 \
  | grep -v -E "^\[|INFO|WARN" || true
