# Shell functions the benchmark scripts share; sourced, not run. They read the caller's settings:
# WARMUP, THREADS, CONNECTIONS, PER_THREAD, and run from the project root (bench/messages.lua).

# await_ready SCRIPT NAME PID PORT: waits up to 120 s for the service's /readyz, and exits the
# calling script when the service dies or does not become ready.
await_ready() {
  local script=$1 name=$2 pid=$3 port=$4 deadline=$(( SECONDS + 120 ))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do
    kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )) || { echo "$script: $name did not start" >&2; exit 1; }
    sleep 0.3
  done
}

# warm_up PORT: a closed loop of bench/messages.lua for WARMUP (RATE does not apply to it).
warm_up() {
  env -u RATE wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/messages.lua "http://127.0.0.1:$1" \
    -- "$PER_THREAD" >/dev/null
}

# paced PORT DURATION: bench/messages.lua paced at RATE in all (split over THREADS) for DURATION
# (wrk's form: 30s); prints wrk's PACED line.
paced() {
  RATE=$(( RATE / THREADS )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s bench/messages.lua "http://127.0.0.1:$1" \
    -- "$PER_THREAD" | grep '^PACED'
}

# stop_service: stops the caller's service (PID) and removes its data directory (DATA), clearing both.
stop_service() {
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  rm -rf "$DATA"
  DATA=
}
