#!/usr/bin/env bash
# Allocation per message, by thread group, site and class: for each spec in turn, starts `xiaoer serve`
# with a JFR recording (settings=profile) that covers only a paced window, warms the service up with a
# closed loop, runs the paced window (RATE messages/s, as bench/ab.sh), then reads the recording with
# bench/Allocations.java, dividing by the replies of that window. Bytes a message hardly move with the
# neighbours on a shared machine (unlike CPU time), so one window per build compares.
#
#   bench/allocations.sh "before|/tmp/before.jar" "after|target/xiaoer.jar"
#
# A spec is name|jar|java options. Settings (environment): WARMUP=45s DURATION=30 RATE=3000
# CONNECTIONS=64 THREADS=2 PORT=18390 TOP=25 OUT=/tmp (recordings: OUT/NAME.alloc.jfr).
# Needs wrk, curl and a JDK 17; Linux. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

WARMUP=${WARMUP:-45s}
DURATION=${DURATION:-30}
DURATION=${DURATION%s}
RATE=${RATE:-3000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18390}
TOP=${TOP:-25}
OUT=${OUT:-/tmp}
PER_THREAD=$(( CONNECTIONS / THREADS ))
(( $# >= 1 )) || { sed -n '2,11p' "$0" >&2; exit 2; }
command -v wrk >/dev/null || { echo "allocations.sh: wrk is missing" >&2; exit 1; }

PID= DATA=
cleanup() {
  [[ -n $PID ]] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [[ -n $DATA ]] && rm -rf "$DATA"
  return 0
}
trap cleanup EXIT

for spec in "$@"; do
  IFS='|' read -r name jar javaopts <<<"$spec"
  DATA=$(mktemp -d)
  jfr="$OUT/$name.alloc.jfr"
  rm -f "$jfr"
  # shellcheck disable=SC2086
  java ${javaopts:-} -jar "$jar" serve --host 127.0.0.1 --port "$PORT" --data "$DATA" >"$DATA/serve.log" 2>&1 &
  PID=$!
  await_ready allocations.sh "$name" "$PID" "$PORT"
  warm_up "$PORT"
  jcmd "$PID" JFR.start name=alloc settings=profile filename="$jfr" >/dev/null
  paced=$(paced "$PORT" "${DURATION}s")
  jcmd "$PID" JFR.stop name=alloc >/dev/null
  stop_service
  replies=$(sed -n 's/.* replies=\([0-9]*\).*/\1/p' <<<"$paced")
  echo "== $name ${paced#PACED target=*/s/thread }"
  java bench/Allocations.java "$jfr" "$replies" "$TOP"
done
