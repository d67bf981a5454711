#!/usr/bin/env bash
# Webhook load benchmark: wrk against `xiaoer serve` (real dialogue, real SQLite store with durable
# group commits) and, in the same run, against bench/BareServer.java (the same Netty setup answering
# a constant reply: the ceiling). Not part of `mvn verify`.
#
#   bench/load.sh                      # 3 rounds of 30 s at 64 connections, after a 90 s warm-up
#   RUNS=1 DURATION=10s bench/load.sh  # quicker
#
# Two measures, each in RUNS rounds: a closed loop (every connection sends its next message as soon
# as the last is answered: the most the service sustains, xiaoer and bare alternating), then a paced
# load of RATE messages/s over the same connections, where each message's latency counts from when
# it was due (bench/messages.lua), so a stall counts against every message it delays.
#
# Settings (environment): RUNS=3 DURATION=30s WARMUP=90s RATE=3000 CONNECTIONS=64 THREADS=2 PORT=18080
# BARE_PORT=18090 JAR=target/xiaoer.jar (another build, to compare) JAVA_OPTS (extra JVM flags for the service, e.g. -XX:StartFlightRecording=...)
# SERVE_FLAGS (extra serve flags). Needs wrk (Debian: apt-get install -y wrk), curl and a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-90s} # C2 keeps compiling for the first minute under load
RATE=${RATE:-3000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
BARE_PORT=${BARE_PORT:-18090}
JAR=${JAR:-target/xiaoer.jar}
PER_THREAD=$(( CONNECTIONS / THREADS ))

command -v wrk >/dev/null || { echo "load.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
if [[ ! -f $JAR && $JAR == target/xiaoer.jar ]]; then
  echo "building $JAR ..."
  mvn -B -q package -DskipTests
fi

DATA=$(mktemp -d)
LOGS=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$DATA"
}
trap cleanup EXIT

wait_for() { # url, seconds
  local deadline=$(( SECONDS + $2 ))
  until curl -sf -o /dev/null "$1"; do
    (( SECONDS < deadline )) || { echo "load.sh: $1 did not answer within $2 s" >&2; exit 1; }
    sleep 0.2
  done
}

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" --data "$DATA" ${SERVE_FLAGS:-} \
  >"$LOGS/xiaoer.log" 2>&1 &
PIDS+=($!)
java -cp "$JAR" bench/BareServer.java "$BARE_PORT" >"$LOGS/bare.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/readyz" 120
wait_for "http://127.0.0.1:$BARE_PORT/" 60
echo "xiaoer pid ${PIDS[0]} (data $DATA, log $LOGS/xiaoer.log), bare pid ${PIDS[1]}"

run_wrk() { # port, duration -> RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/messages.lua "http://127.0.0.1:$2" -- "$PER_THREAD" \
    >"$LOGS/wrk.out" 2>&1 || { cat "$LOGS/wrk.out" >&2; exit 1; }
  grep '^RESULT' "$LOGS/wrk.out"
}

run_paced() { # duration -> PACED line (RATE messages/s in all)
  RATE=$(( RATE / THREADS )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s bench/messages.lua "http://127.0.0.1:$PORT" \
    -- "$PER_THREAD" >"$LOGS/wrk.out" 2>&1 || { cat "$LOGS/wrk.out" >&2; exit 1; }
  grep '^PACED' "$LOGS/wrk.out"
}

echo "warm-up: $WARMUP each"
run_wrk "$WARMUP" "$PORT" >/dev/null
run_wrk "$WARMUP" "$BARE_PORT" >/dev/null

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-5s | %-6s | %8s | %7s | %7s | %7s | %6s | %s\n' run server req/s p50_ms p90_ms p99_ms errors ratio
for run in $(seq 1 "$RUNS"); do
  x=$(run_wrk "$DURATION" "$PORT")
  b=$(run_wrk "$DURATION" "$BARE_PORT")
  ratio=$(awk -v x="$(field rps "$x")" -v b="$(field rps "$b")" 'BEGIN {printf "%.3f", x / b}')
  for s in xiaoer bare; do
    line=$([[ $s == xiaoer ]] && echo "$x" || echo "$b")
    printf '%-5s | %-6s | %8s | %7s | %7s | %7s | %6s | %s\n' "$run" "$s" "$(field rps "$line")" \
      "$(field p50_ms "$line")" "$(field p90_ms "$line")" "$(field p99_ms "$line")" "$(field errors "$line")" \
      "$([[ $s == xiaoer ]] && echo "$ratio" || echo -)"
    echo "$s $line" >>"$LOGS/results"
  done
done

echo
echo "medians over $RUNS run(s), $CONNECTIONS connections, $THREADS wrk threads, $DURATION each:"
for s in xiaoer bare; do
  lines=$(grep "^$s " "$LOGS/results")
  printf '%-6s req/s %s  p50 %s ms  p90 %s ms  p99 %s ms\n' "$s" \
    "$(while read -r l; do field rps "$l"; done <<<"$lines" | median)" \
    "$(while read -r l; do field p50_ms "$l"; done <<<"$lines" | median)" \
    "$(while read -r l; do field p90_ms "$l"; done <<<"$lines" | median)" \
    "$(while read -r l; do field p99_ms "$l"; done <<<"$lines" | median)"
done
ratios=$(awk '/^xiaoer/ {match($0, /rps=[0-9.]+/); x[++i] = substr($0, RSTART + 4, RLENGTH - 4)}
              /^bare/   {match($0, /rps=[0-9.]+/); b[++j] = substr($0, RSTART + 4, RLENGTH - 4)}
              END {for (k = 1; k <= i; k++) printf "%.3f\n", x[k] / b[k]}' "$LOGS/results")
echo "ratio xiaoer/bare (median of the per-round ratios): $(median <<<"$ratios")"
echo
echo "paced: $RATE messages/s in all, $CONNECTIONS connections, $DURATION each (latency from when each message was due):"
for run in $(seq 1 "$RUNS"); do
  p=$(run_paced "$DURATION")
  echo "$run $p"
  echo "paced $p" >>"$LOGS/results"
done
lines=$(grep "^paced " "$LOGS/results")
printf 'paced  replies/s %s  p50 %s ms  p90 %s ms  p99 %s ms  (medians)\n' \
  "$(while read -r l; do field rps "$l"; done <<<"$lines" | median)" \
  "$(while read -r l; do field p50_ms "$l"; done <<<"$lines" | median)" \
  "$(while read -r l; do field p90_ms "$l"; done <<<"$lines" | median)" \
  "$(while read -r l; do field p99_ms "$l"; done <<<"$lines" | median)"
echo "messages stored: $(curl -s "http://127.0.0.1:$PORT/metrics" | awk '/^xiaoer_message_latency_seconds_count/ {print $2}')"
