#!/usr/bin/env bash
# What a message costs the kernel: for each spec in turn, starts `xiaoer serve`, warms it up with a
# closed loop, then counts with `perf stat` over a paced window (RATE messages/s, as bench/ab.sh)
# and prints per message: CPU (task-clock), context switches, system calls, and the calls that
# matter here (futex: thread hand-overs; fsync: commits and checkpoints; pwrite64: WAL frames and
# checkpointed pages; read/write/writev/epoll_wait: Netty and the log line). Unlike CPU time, these
# counts hardly move with the neighbours on a shared machine, as long as the service keeps the pace
# (a service that falls behind batches more per wake-up: compare runs whose p50 is a few ms).
#
#   bench/perfstat.sh "before|/tmp/before.jar" "after|target/xiaoer.jar"
#   bench/perfstat.sh "el2|target/xiaoer.jar|-Dio.netty.eventLoopThreads=2"
#
# A spec is name|jar|java options. Settings (environment): WARMUP=30s DURATION=15s RATE=3000
# CONNECTIONS=64 THREADS=2 PORT=18330. Needs wrk, curl, perf (with the syscalls tracepoints) and a
# JDK 17; Linux. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-15s}
RATE=${RATE:-3000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18330}
PER_THREAD=$(( CONNECTIONS / THREADS ))
(( $# >= 1 )) || { sed -n '2,15p' "$0" >&2; exit 2; }
for tool in wrk perf curl; do
  command -v "$tool" >/dev/null || { echo "perfstat.sh: $tool is missing" >&2; exit 1; }
done
EVENTS=task-clock,context-switches,raw_syscalls:sys_enter
for call in futex fsync pwrite64 write writev read epoll_wait; do
  EVENTS+=",syscalls:sys_enter_$call"
done

PID= DATA= STATS=$(mktemp)
cleanup() {
  [[ -n $PID ]] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [[ -n $DATA ]] && rm -rf "$DATA"
  rm -f "$STATS"
}
trap cleanup EXIT

for spec in "$@"; do
  IFS='|' read -r name jar javaopts <<<"$spec"
  DATA=$(mktemp -d)
  # shellcheck disable=SC2086
  java ${javaopts:-} -jar "$jar" serve --host 127.0.0.1 --port "$PORT" --data "$DATA" >"$DATA/serve.log" 2>&1 &
  PID=$!
  await_ready perfstat.sh "$name" "$PID" "$PORT"
  warm_up "$PORT"
  perf stat -x, -e "$EVENTS" -p "$PID" -o "$STATS" &
  counter=$!
  paced=$(paced "$PORT" "$DURATION")
  kill -INT "$counter"
  wait "$counter" || true
  stop_service
  replies=$(sed -n 's/.* replies=\([0-9]*\).*/\1/p' <<<"$paced")
  echo "$name ${paced#PACED target=*/s/thread }"
  awk -F, -v r="$replies" '$1 ~ /^[0-9.]+$/ {
      e = $3; sub(/^raw_syscalls:sys_enter$/, "syscalls", e); sub(/^syscalls:sys_enter_/, "", e)
      if (e == "task-clock") printf "  cpu_ms_per_msg=%.3f", $1 / r; else printf "  %s=%.2f", e, $1 / r
    } END {print ""}' "$STATS"
done
