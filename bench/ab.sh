#!/usr/bin/env bash
# Compares builds (or settings) in the same run: starts one `xiaoer serve` per spec side by side,
# warms each up with a closed loop, then runs paced rounds against them in turn and prints each
# round's latency (from when each message was due, as bench/load.sh's paced mode) and the service's
# CPU per message (from /proc/PID/stat), in all and by thread group (workers, event loops, the store's
# writer, completer and checkpointer, JIT, GC and VM, other; from /proc/PID/task/*/stat). On a shared machine only such paired rounds compare.
#
#   bench/ab.sh "before|/tmp/before.jar" "after|target/xiaoer.jar"
#   bench/ab.sh "w2|target/xiaoer.jar||--workers 2" "w4|target/xiaoer.jar||--workers 4"
#
# A spec is name|jar|java options|serve flags (the last two may be empty).
# Settings (environment): ROUNDS=3 DURATION=30s WARMUP=60s RATE=3000 CONNECTIONS=64 THREADS=2 PORT=18200
# The warm-up is a closed loop (RATE does not apply to it).
# Needs wrk, curl, bc and a JDK 17; Linux (/proc). Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
RATE=${RATE:-3000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18200}
PER_THREAD=$(( CONNECTIONS / THREADS ))
(( $# >= 1 )) || { sed -n '2,12p' "$0" >&2; exit 2; }
command -v wrk >/dev/null || { echo "ab.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }

NAMES=() PIDS=() PORTS=() DIRS=()
fail() { # name index, why
  echo "ab.sh: ${NAMES[$1]} $2; its log:" >&2
  tail -n 20 "${DIRS[$1]}/serve.log" >&2 || true
  exit 1
}
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for dir in "${DIRS[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT

for spec in "$@"; do
  IFS='|' read -r name jar javaopts flags <<<"$spec"
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "ab.sh: port $PORT is in use (another server would be measured); set PORT" >&2
    exit 1
  fi
  dir=$(mktemp -d)
  # shellcheck disable=SC2086
  java ${javaopts:-} -jar "$jar" serve --host 127.0.0.1 --port "$PORT" --data "$dir" ${flags:-} >"$dir/serve.log" 2>&1 &
  NAMES+=("$name") PIDS+=($!) PORTS+=("$PORT") DIRS+=("$dir")
  PORT=$(( PORT + 1 ))
done
for i in "${!NAMES[@]}"; do
  deadline=$(( SECONDS + 120 ))
  until curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}/readyz"; do
    # a server that could not start must not leave its port's other tenant to be measured
    kill -0 "${PIDS[$i]}" 2>/dev/null || fail "$i" "exited"
    (( SECONDS < deadline )) || fail "$i" "was not ready within 120 s"
    sleep 0.3
  done
  kill -0 "${PIDS[$i]}" 2>/dev/null || fail "$i" "exited"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# thread_ticks PID: "group ticks" per line, the service's threads grouped by name (a thread's stat
# has its name in parentheses, spaces and all: the fields are counted after it)
thread_ticks() {
  for task in /proc/"$1"/task/*; do
    { read -r name <"$task/comm"; read -r stat <"$task/stat"; } 2>/dev/null || continue
    case $name in
      xiaoer-worker*) group=workers ;; xiaoer-io*) group=io ;; store-writer) group=writer ;;
      store-completer) group=completer ;; store-checkpoin*) group=checkpointer ;;
      C1*|C2*) group=jit ;; G1*|GC*|VM\ Thread) group=gc_vm ;; *) group=other ;;
    esac
    awk -v g="$group" '{sub(/.*\) /, ""); print g, $12 + $13}' <<<"$stat"
  done
}
ticks_per_s=$(getconf CLK_TCK)

for i in "${!NAMES[@]}"; do
  warm=$(env -u RATE wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/messages.lua "http://127.0.0.1:${PORTS[$i]}" -- "$PER_THREAD" | grep '^RESULT')
  echo "${NAMES[$i]} warm-up ${warm#RESULT }"
done
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!NAMES[@]}"; do
    before=$(cpu_ticks "${PIDS[$i]}")
    threads_before=$(thread_ticks "${PIDS[$i]}")
    paced=$(paced "${PORTS[$i]}" "$DURATION")
    after=$(cpu_ticks "${PIDS[$i]}")
    threads_after=$(thread_ticks "${PIDS[$i]}")
    replies=$(sed -n 's/.* replies=\([0-9]*\).*/\1/p' <<<"$paced")
    cpu=$(echo "scale=3; ($after - $before) * 1000 / $ticks_per_s / $replies" | bc)
    echo "round $round ${NAMES[$i]} ${paced#PACED target=*/s/thread } cpu_ms_per_msg=$cpu"
    # the same by thread group, µs a message (threads started during the round count from 0)
    awk -v tps="$ticks_per_s" -v r="$replies" 'NR == FNR { b[$1] += $2; next } { a[$1] += $2 }
      END { printf "  us_per_msg"; n = split("workers io writer completer checkpointer jit gc_vm other", g, " ")
            for (i = 1; i <= n; i++) printf " %s=%.0f", g[i], (a[g[i]] - b[g[i]]) * 1e6 / tps / r; print "" }' \
      <(echo "$threads_before") <(echo "$threads_after")
  done
done
