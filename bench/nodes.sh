#!/usr/bin/env bash
# Several nodes on one PostgreSQL, and one node on SQLite, in one run (issue 16): wrk through HAProxy
# (round-robin, as in docs/deploy.md) against 1 node on SQLite, then 1, 2 and 3 nodes on one
# PostgreSQL (fsync and synchronous_commit on: a 200 is a durable commit, as with SQLite). For each:
# a warm-up (WARMUP per node), a closed-loop round (the most it sustains) and a paced round (RATE
# messages/s, latency from when each message was due); around the closed-loop round, the CPU the nodes
# and the database used per message (/proc) and the nodes' time in store calls per message (their
# xiaoer_store_latency_seconds). Not part of `mvn verify`.
#
#   bench/nodes.sh                                  # DURATION=20s WARMUP=30s RATE=600 RUNS=1
#   CONFIGS="pg:1 pg:3" RUNS=3 bench/nodes.sh       # some of them, medians of 3 rounds
#
# Settings (environment): CONFIGS="sqlite:1 pg:1 pg:2 pg:3" RUNS=1 DURATION=20s WARMUP=30s RATE=600
# CONNECTIONS=64 THREADS=2 WORKERS=8 (per node: a worker holds its connection for the whole turn) JAR=target/xiaoer.jar. Needs wrk, haproxy, PostgreSQL's
# server (Debian: apt-get install -y wrk haproxy postgresql), curl, a JDK 17; as root, PostgreSQL runs
# as the postgres user. On one machine the nodes share its cores: see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

CONFIGS=${CONFIGS:-"sqlite:1 pg:1 pg:2 pg:3"}
RUNS=${RUNS:-1}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
RATE=${RATE:-600}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORKERS=${WORKERS:-8}
JAR=${JAR:-target/xiaoer.jar}
PER_THREAD=$(( CONNECTIONS / THREADS ))
LB_PORT=${LB_PORT:-18100}
PG_PORT=${PG_PORT:-18150}
NODE_PORT=${NODE_PORT:-18110}

for tool in wrk haproxy curl; do
  command -v "$tool" >/dev/null || { echo "nodes.sh: $tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n $PGBIN ]] || { echo "nodes.sh: PostgreSQL's server is missing (apt-get install -y postgresql)" >&2; exit 1; }
[[ -f $JAR ]] || mvn -B -q package -DskipTests

WORK=$(mktemp -d)
AS=()
if [[ $(id -u) == 0 ]]; then chown postgres "$WORK"; AS=(runuser -u postgres --); fi
NODES=()
LB=
cleanup() {
  stop_config
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

stop_config() {
  for pid in "${NODES[@]}" $LB; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODES[@]}" $LB; do wait "$pid" 2>/dev/null || true; done
  NODES=()
  LB=
}

wait_for() { # url, seconds
  local deadline=$(( SECONDS + $2 ))
  until curl -sf -o /dev/null "$1"; do
    (( SECONDS < deadline )) || { echo "nodes.sh: $1 did not answer within $2 s" >&2; exit 1; }
    sleep 0.2
  done
}

"${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U xiaoer --auth=trust -E UTF8 --locale=C >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o \
  "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U xiaoer -d postgres -qAt)

cpu_ticks() { local t=0; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo $t; }
pg_pids() { pgrep -u postgres -f "postgres" | tr '\n' ' '; }
store_seconds() { # the nodes' time in store calls so far (xiaoer_store_latency_seconds_sum, summed)
  local t=0 i
  for (( i = 1; i <= $1; i++ )); do
    t=$(awk -v t="$t" '/^xiaoer_store_latency_seconds_sum/ {t += $2} END {printf "%.6f", t}' \
      <(curl -s "http://127.0.0.1:$(( NODE_PORT + i ))/metrics"))
  done
  echo "$t"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
HZ=$(getconf CLK_TCK)

start_config() { # kind, nodes, index
  local kind=$1 n=$2 i servers="" url=""
  if [[ $kind == pg ]]; then
    "${PSQL[@]}" -c "CREATE DATABASE bench_$3"
    url="jdbc:postgresql://127.0.0.1:$PG_PORT/bench_$3?user=xiaoer"
  fi
  for (( i = 1; i <= n; i++ )); do
    local port=$(( NODE_PORT + i ))
    XIAOER_STORE=$url java ${JAVA_OPTS:-} -jar "$JAR" serve --host 127.0.0.1 --port "$port" --workers "$WORKERS" \
      --data "$WORK/data-$3-$i" --message-rate off --watch false >"$WORK/node-$3-$i.log" 2>&1 &
    NODES+=($!)
    servers+="  server n$i 127.0.0.1:$port check"$'\n'
  done
  for (( i = 1; i <= n; i++ )); do wait_for "http://127.0.0.1:$(( NODE_PORT + i ))/readyz" 180; done
  cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 4000
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend in
  bind 127.0.0.1:$LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /readyz
  default-server inter 1s fall 2 rise 1
$servers
CFG
  haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
  LB=$!
  wait_for "http://127.0.0.1:$LB_PORT/readyz" 20
}

run_wrk() { # duration -> RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/messages.lua "http://127.0.0.1:$LB_PORT" -- "$PER_THREAD" \
    >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; exit 1; }
  grep '^RESULT' "$WORK/wrk.out"
}

run_paced() { # duration -> PACED line
  RATE=$(( RATE / THREADS )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s bench/messages.lua "http://127.0.0.1:$LB_PORT" \
    -- "$PER_THREAD" >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; exit 1; }
  grep '^PACED' "$WORK/wrk.out"
}

echo "nodes.sh: $RUNS round(s) of $DURATION per config after a $WARMUP warm-up; paced at $RATE/s; $CONNECTIONS connections;"
echo "          $WORKERS workers per node; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %6s %9s %9s %9s %12s %12s %12s %7s\n' config nodes "msg/s" "p99 ms" "paced p99" "node CPU ms" "db CPU ms" \
  "store ms" errors
index=0
for config in $CONFIGS; do
  kind=${config%%:*}; n=${config##*:}; index=$(( index + 1 ))
  start_config "$kind" "$n" "$index"
  # every node gets the warm-up one node gets: its own JIT compiles as much
  run_wrk "$(( ${WARMUP%s} * n ))s" >/dev/null
  rps=(); p99=(); paced=(); node_cpu=(); db_cpu=(); store=(); errors=0
  for (( r = 1; r <= RUNS; r++ )); do
    pgp=$(pg_pids)
    n0=$(cpu_ticks "${NODES[@]}"); d0=$(cpu_ticks $pgp); s0=$(store_seconds "$n")
    line=$(run_wrk "$DURATION")
    n1=$(cpu_ticks "${NODES[@]}"); d1=$(cpu_ticks $pgp); s1=$(store_seconds "$n")
    requests=$(field requests "$line")
    rps+=("$(field rps "$line")"); p99+=("$(field p99_ms "$line")")
    errors=$(( errors + $(field errors "$line") ))
    node_cpu+=("$(awk -v t=$(( n1 - n0 )) -v hz="$HZ" -v m="$requests" 'BEGIN {printf "%.2f", t / hz * 1000 / m}')")
    store+=("$(awk -v a="$s0" -v b="$s1" -v m="$requests" 'BEGIN {printf "%.2f", (b - a) * 1000 / m}')")
    if [[ $kind == pg ]]; then
      db_cpu+=("$(awk -v t=$(( d1 - d0 )) -v hz="$HZ" -v m="$requests" 'BEGIN {printf "%.2f", t / hz * 1000 / m}')")
    else
      db_cpu+=("-")
    fi
    pline=$(run_paced "$DURATION")
    paced+=("$(field p99_ms "$pline")")
  done
  printf '%-8s %6s %9s %9s %9s %12s %12s %12s %7s\n' "$kind" "$n" \
    "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)" \
    "$(printf '%s\n' "${paced[@]}" | median)" "$(printf '%s\n' "${node_cpu[@]}" | median)" \
    "$( [[ $kind == pg ]] && printf '%s\n' "${db_cpu[@]}" | median || echo -)" \
    "$(printf '%s\n' "${store[@]}" | median)" "$errors"
  stop_config
done
