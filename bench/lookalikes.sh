#!/usr/bin/env bash
# Look-alike quality (P@1, R@5, singletons with a suggestion) on the team's labelled set and on the
# six blind sets of issue 15 (A–D may be tuned on; E and F are held out), leave-one-out within each wijk.
# Usage: bench/lookalikes.sh   (MISSES=b lists a tuning set's misses; SWEEP=1 tries shares on the tuning sets only;
#   CONCEPTS=0.1 reports all sets with that share of concepts instead of the engine's own)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dskip.npm=true -pl magnolia-module test-compile >/dev/null
mvn -B -q -pl magnolia-module exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.alkmaar.wijkaanzet.idea.similar.BlindLookAlikeReport \
  -Dmisses="${MISSES:-}" -Dsweep="${SWEEP:-}" -Dconcepts="${CONCEPTS:-}" 2>&1 | grep -v -E "^\[|INFO|WARN" || true
