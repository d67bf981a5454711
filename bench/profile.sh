#!/usr/bin/env bash
# Where a message's CPU goes, by part of the service: for each spec in turn, starts `xiaoer serve`,
# warms it up with a closed loop, then samples every thread's stacks with `perf record` (kernel and
# Java frames: -XX:+PreserveFramePointer and the JIT's perf map) over a paced window (RATE
# messages/s, as bench/ab.sh) and prints, per part, the samples, their share and µs of CPU per
# message (samples at FREQ Hz ÷ replies). A sample counts for the first part its thread and stack
# match, in this order: the store's writer and checkpointer threads (store write: SQLite, its
# pwrite and fsync); JSON (Jackson, the stored reply and the HTTP body); logging and metrics;
# store read; retrieval (dev.xiaoer.retrieval, Lucene); dialogue (dev.xiaoer.dialogue, text,
# OpenCC); Netty and the HTTP adapter (event-loop threads); JIT; GC; the completer thread; the
# workers' other samples (lanes, hand-overs, futex; and their SQLite reads, whose native frames
# hide the Java caller); other threads. Unlike JFR, it sees the kernel's share (syscalls, I/O).
#
#   bench/profile.sh "before|/tmp/before.jar" "after|target/xiaoer.jar"
#
# A spec is name|jar|java options. Settings (environment): WARMUP=40s DURATION=12s RATE=3000
# CONNECTIONS=64 THREADS=2 PORT=18340 FREQ=999 OUT=/tmp (perf.data files: OUT/NAME.perf.data).
# Needs wrk, curl, perf and a JDK 17 (jcmd); Linux. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

WARMUP=${WARMUP:-40s}
DURATION=${DURATION:-12}
DURATION=${DURATION%s}
RATE=${RATE:-3000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18340}
FREQ=${FREQ:-999}
OUT=${OUT:-/tmp}
PER_THREAD=$(( CONNECTIONS / THREADS ))
(( $# >= 1 )) || { sed -n '2,18p' "$0" >&2; exit 2; }
for tool in wrk perf curl jcmd; do
  command -v "$tool" >/dev/null || { echo "profile.sh: $tool is missing" >&2; exit 1; }
done

PID= DATA=
cleanup() {
  [[ -n $PID ]] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [[ -n $DATA ]] && rm -rf "$DATA"
  return 0
}
trap cleanup EXIT

CATEGORIES='BEGIN { RS = "" }
{
  split($0, L, "\n"); split(L[1], h, " "); comm = h[1]; s = $0
  if (comm ~ /^store-wr|^store-ch/) c = "store write (writer, checkpointer)"
  else if (s ~ /ReplyJson|ReplyBody|jackson/) c = "JSON"
  else if (s ~ /logback|LogLine|Telemetry|Metrics|prometheus/ || comm ~ /prometheus/) c = "logging & metrics"
  else if (s ~ /arrival|SqliteConversationReader|ReaderPool|StoredReplies/) c = "store read"
  else if (s ~ /dev\.xiaoer\.retrieval|lucene/) c = "retrieval"
  else if (s ~ /dev\.xiaoer\.dialogue|dev\.xiaoer\.text|opencc|houbb/) c = "dialogue"
  else if (comm ~ /^xiaoer-io/ || s ~ /io\.netty|HttpApi/) c = "Netty & HTTP adapter"
  else if (comm ~ /^C[12]$/) c = "JIT compilers" # perf names them "C2 CompilerThre": the first word
  else if (comm ~ /GC|^G1/) c = "GC"
  else if (comm ~ /^store-co/) c = "completer: hand-overs, futures"
  else if (comm ~ /^xiaoer-wo/) c = "workers: lanes, hand-overs, futex, SQLite reads"
  else c = "other threads, JDK"
  n[c]++; total++
}
END { for (c in n) printf "%s\t%d\n", c, n[c]; printf "all\t%d\n", total }'

for spec in "$@"; do
  IFS='|' read -r name jar javaopts <<<"$spec"
  DATA=$(mktemp -d)
  # shellcheck disable=SC2086
  java -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit ${javaopts:-} -jar "$jar" \
    serve --host 127.0.0.1 --port "$PORT" --data "$DATA" >"$DATA/serve.log" 2>&1 &
  PID=$!
  await_ready profile.sh "$name" "$PID" "$PORT"
  warm_up "$PORT"
  RATE=$(( RATE / THREADS )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( DURATION + 4 ))s" -s bench/messages.lua \
    "http://127.0.0.1:$PORT" -- "$PER_THREAD" >"$DATA/paced.txt" &
  client=$!
  sleep 3
  perf record -F "$FREQ" -g -p "$PID" -o "$OUT/$name.perf.data" -- sleep "$DURATION" >/dev/null 2>&1
  wait "$client" || true
  jcmd "$PID" Compiler.perfmap >/dev/null # the JIT's symbols, for perf script
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  paced=$(grep '^PACED' "$DATA/paced.txt")
  rm -rf "$DATA"
  DATA=
  echo "$name ${paced#PACED target=*/s/thread }"
  perf script -i "$OUT/$name.perf.data" -F comm,ip,sym 2>/dev/null | awk "$CATEGORIES" | sort -t$'\t' -k2 -rn \
    | awk -F'\t' -v freq="$FREQ" -v msgs=$(( RATE * DURATION )) '
        $1 == "all" { total = $2; next } { name[NR] = $1; n[NR] = $2 }
        END {
          for (i = 1; i <= NR; i++) if (i in n)
            printf "  %-48s %6d %5.1f%% %6.1f us/msg\n", name[i], n[i], 100 * n[i] / total, n[i] / freq * 1e6 / msgs
          printf "  %-48s %6d        %6.1f us/msg\n", "all threads", total, total / freq * 1e6 / msgs
        }'
done
