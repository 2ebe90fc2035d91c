#!/usr/bin/env bash
# Durable ballots/s on the standalone host's store (Jackrabbit 2 on Derby, on disk): the naive way
# (one save per ballot in the request thread) against the vote engine (Voting.castWithCode, one
# batching writer), each with many senders at once and at 1,000 ballots/s offered.
# Usage: bench/ballots.sh [ballots] [naive|engine]   (default 6000, both paths; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dskip.npm=true install -pl magnolia-module,standalone -am >/dev/null
mvn -B -q -pl standalone exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.alkmaar.wijkaanzet.standalone.bench.BallotBenchmark \
  -Dexec.args="${1:-6000} ${2:-}" 2>&1 | grep -v -E "^\[|INFO|WARN" || true
