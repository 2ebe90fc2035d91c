#!/usr/bin/env bash
# Public reads at campaign scale: a host with N published points in one wijk, loaded by wrk
# (2 threads, 32 connections) address after address in one run, /health first as the ceiling.
# Usage: bench/pages.sh [points=200] [seconds=10] [clock=2024-04-20T12:00:00Z]
#        (builds what it needs; installs wrk from Debian when absent)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
mvn -B -q -DskipTests -Dskip.npm=true install -pl magnolia-module,standalone -am >/dev/null
mvn -B -q -pl standalone exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.alkmaar.wijkaanzet.standalone.bench.PagesBenchmark \
  -Dexec.args="${1:-200} ${2:-10} ${3:-2024-04-20T12:00:00Z}" 2>&1 \
  | grep -v -E "^\[|INFO|WARN|DEBUG" || true
