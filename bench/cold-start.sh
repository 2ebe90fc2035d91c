#!/usr/bin/env bash
# Cold start to first page of the standalone host: from `java -jar` until GET / answers 200.
# "fresh" = empty data folder (repository created, CND loaded, campaign imported);
# "warm"  = the same folder again (repository opened, campaign updated).
# Usage: bench/cold-start.sh [runs]   (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=standalone/target/wijkaanzet-standalone.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
port=18080

one_start() { # $1 = data folder; prints milliseconds to the first 200 on /
  local data=$1 start end pid
  start=$(date +%s%N)
  java -jar "$jar" --port "$port" --data "$data" --clock 2024-04-10T12:00 --zonder-demo >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null)" = 200 ]; do
    sleep 0.02
    kill -0 "$pid" 2>/dev/null || { echo "host died" >&2; exit 1; }
  done
  end=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fresh=(); warm=()
for i in $(seq 1 "$runs"); do
  fresh+=("$(one_start "$tmp/fresh-$i")")
  warm+=("$(one_start "$tmp/fresh-$i")")
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
echo "fresh data folder (ms): ${fresh[*]}  median $(printf '%s\n' "${fresh[@]}" | median)"
echo "existing data folder (ms): ${warm[*]}  median $(printf '%s\n' "${warm[@]}" | median)"
