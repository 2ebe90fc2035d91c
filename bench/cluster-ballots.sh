#!/usr/bin/env bash
# Durable ballots/s on two nodes of one Jackrabbit cluster on PostgreSQL (embedded, from Maven; no
# server needed): the naive way (one save per ballot) against the vote engine (a batching writer
# per node) saving into the repository, and the vote engine with the ballot journal (PostgreSQL
# first, copied into the repository behind), half the ballots to each node; then the lag until
# node B shows a ballot and a point that node A saved.
# Usage: bench/cluster-ballots.sh [ballots] [engine]   (default 6000, both paths; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dskip.npm=true install -pl magnolia-module,standalone -am >/dev/null
mvn -B -q -pl standalone exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.alkmaar.wijkaanzet.standalone.bench.ClusterBallotBenchmark \
  -Dexec.args="${1:-6000} ${2:-}" 2>&1 | grep -v -E "^\[|INFO|WARN" || true
