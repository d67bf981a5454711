#!/usr/bin/env bash
# The first five minutes: how long a cold JVM takes to be useful, measured as a user sees it.
#   serve: from launch to /healthz answering (listening) and to /readyz answering 200 (ready), with
#          the CPU the process used until then; a fresh data directory each time.
#   ask:   `ask 保证金怎么退`, launch to exit (wall and CPU).
#   validate: the same for `validate`.
# In the same rounds, a bare Netty hello-world server (bench/BareServer.java: the same Netty setup,
# a constant reply) is started two ways, to the first 200: compiled beforehand (bare), and as
# bench/load.sh starts it, a single-file source program (bare-src, which compiles it first). The
# ratios serve-ready / bare are taken within each round, so they survive a busy machine.
#
#   bench/startup.sh                                   # target/xiaoer.jar with and without the launcher
#   bench/startup.sh "before|java -jar /tmp/before.jar" "after|java -jar target/xiaoer.jar"
#   RUNS=9 bench/startup.sh "cds|java -XX:SharedArchiveFile=target/xiaoer.jsa -jar target/xiaoer.jar"
#
# A spec is name|command: the command that runs xiaoer (the subcommand and its flags follow it).
# Run from the repository root as a new user would (./knowledge is read, and watched, by serve).
# Settings (environment): RUNS=5 PORT=18400 QUESTION=保证金怎么退. Needs curl, a JDK 17 and Linux (/proc).
# Prints one line per measurement, then the medians (and the CPU seconds, less noisy on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-18400}
QUESTION=${QUESTION:-保证金怎么退}
SPECS=("$@")
if (( ${#SPECS[@]} == 0 )); then
  SPECS=("jar|java -jar target/xiaoer.jar")
  if [[ -x bin/xiaoer ]]; then SPECS+=("launcher|bin/xiaoer"); fi
fi
JAR=${JAR:-target/xiaoer.jar}
[[ -f $JAR ]] || { echo "startup.sh: $JAR is missing: mvn -B package -DskipTests" >&2; exit 1; }
TICK=$(getconf CLK_TCK)

WORK=$(mktemp -d)
PID=
cleanup() {
  if [[ -n $PID ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
javac -cp "$JAR" -d "$WORK/bare" bench/BareServer.java
RESULTS=$WORK/results.tsv
: >"$RESULTS"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ms() { # pid -> CPU milliseconds (user + system) so far
  local stat
  stat=$(<"/proc/$1/stat") || { echo 0; return; }
  stat=${stat##*) } # fields after the command name
  read -r -a f <<<"$stat"
  echo $(( (f[11] + f[12]) * 1000 / TICK ))
}
until_ok() { # url, pid: waits for a 200 while pid lives
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null) == 200 ]]; do
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.01
  done
}
record() { # round name measure value
  printf '%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"
  printf 'round %s  %-10s %-16s %6s\n' "$@"
}
stop() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}

bare() { # round, name, launch command...
  local round=$1 name=$2 start port=$((PORT + 1))
  shift 2
  start=$(now_ms)
  "$@" "$port" >"$WORK/bare.log" 2>&1 &
  PID=$!
  until_ok "http://127.0.0.1:$port/" "$PID" || { cat "$WORK/bare.log" >&2; exit 1; }
  record "$round" "$name" ready_ms $(( $(now_ms) - start ))
  record "$round" "$name" ready_cpu_ms "$(cpu_ms "$PID")"
  stop
}

serve() { # round, name, command
  local round=$1 name=$2 start listening=
  start=$(now_ms)
  # shellcheck disable=SC2086
  $3 serve --host 127.0.0.1 --port "$PORT" --data "$WORK/data-$round-$name" >"$WORK/serve.log" 2>&1 &
  PID=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz" 2>/dev/null) == 200 ]]; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    if [[ -z $listening ]] && curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then
      listening=$(( $(now_ms) - start ))
    fi
    sleep 0.01
  done
  local ready=$(( $(now_ms) - start ))
  record "$round" "$name" serve_ready_ms "$ready"
  record "$round" "$name" serve_listen_ms "${listening:-$ready}"
  record "$round" "$name" serve_cpu_ms "$(cpu_ms "$PID")"
  stop
}

timed() { # round, name, measure, command... (stdout discarded; wall and CPU recorded)
  local round=$1 name=$2 measure=$3
  shift 3
  /usr/bin/time -o "$WORK/time" -f '%e %U %S' "$@" >/dev/null 2>"$WORK/cmd.err" \
    || { cat "$WORK/cmd.err" >&2; exit 1; }
  read -r wall user sys <"$WORK/time"
  record "$round" "$name" "${measure}_ms" "$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')"
  record "$round" "$name" "${measure}_cpu_ms" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

echo "startup.sh: $RUNS rounds; load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
for (( round = 1; round <= RUNS; round++ )); do
  bare "$round" bare java -cp "$WORK/bare:$JAR" BareServer
  bare "$round" bare-src java -cp "$JAR" bench/BareServer.java
  for spec in "${SPECS[@]}"; do
    IFS='|' read -r name command <<<"$spec"
    serve "$round" "$name" "$command"
    # shellcheck disable=SC2086
    timed "$round" "$name" ask $command ask "$QUESTION"
    # shellcheck disable=SC2086
    timed "$round" "$name" validate $command validate
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Medians per name and measure, then each spec's serve-ready over the round's bare start, median of rounds.
awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { v[$2 "\t" $3] = v[$2 "\t" $3] " " $4; val[$1, $2, $3] = $4; names[$2]; rounds[$1] }
  END {
    print ""
    printf "%-10s %-16s %8s   %s\n", "name", "measure", "median", "all rounds"
    for (k in v) { split(k, p, "\t"); printf "%-10s %-16s %8s  %s\n", p[1], p[2], median(v[k]), v[k] | "sort" }
    close("sort")
    print ""
    for (n in names) {
      if (n ~ /^bare/) continue
      for (b in names) {
        if (b !~ /^bare/) continue
        list = ""
        for (r in rounds) if ((r, n, "serve_ready_ms") in val) list = list " " sprintf("%.2f", val[r, n, "serve_ready_ms"] / val[r, b, "ready_ms"])
        printf "%-10s serve ready / %-8s start: median %.2f x  (%s )\n", n, b, median(list), list
      }
    }
  }' "$RESULTS"
