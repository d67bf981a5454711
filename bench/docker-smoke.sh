#!/usr/bin/env bash
# Builds the Docker image and checks it the way a user meets it, where a Docker engine runs (not in
# CI, and not on the machines this project is developed on: they have the client only). The image's
# command line and environment are also checked without Docker, by ImageCommandLineIT in `mvn verify`.
#
#   bench/docker-smoke.sh                 # build, then: health, a message, metrics, ask, own knowledge, stop
#   IMAGE=xiaoer:test bench/docker-smoke.sh
#
# Also prints, for each base image, the digest the Dockerfile pins and the one its tag points at now
# (docs/maintenance.md: moving them on). Needs docker with BuildKit (buildx for the digests) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-xiaoer:smoke}
NAME=xiaoer-smoke-$$
command -v docker >/dev/null || { echo "docker-smoke.sh: docker is missing" >&2; exit 1; }
docker info >/dev/null 2>&1 || { echo "docker-smoke.sh: no Docker engine answers (docker info failed)" >&2; exit 1; }

cleanup() { docker rm -f "$NAME" >/dev/null 2>&1 || true; }
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "docker-smoke.sh: FAIL: $*" >&2; docker logs "$NAME" 2>&1 | tail -n 30 >&2 || true; exit 1; }

step "base images: pinned digest, and what the tag points at now"
grep -E '^FROM ' Dockerfile | while read -r _ ref _; do
  tag=${ref%@*} pinned=${ref#*@}
  now=$(docker buildx imagetools inspect "$tag" --format '{{json .Manifest}}' 2>/dev/null \
        | sed -n 's/.*"digest":"\(sha256:[0-9a-f]*\)".*/\1/p' | head -n 1 || true)
  echo "$tag  pinned $pinned  now ${now:-unknown}$([[ -n $now && $now != "$pinned" ]] && echo '  (moved on)')"
done

step "build (BuildKit)"
start=$SECONDS
DOCKER_BUILDKIT=1 docker build -t "$IMAGE" .
echo "built in $(( SECONDS - start )) s"

step "serve: healthy (GET /readyz) within the start period"
docker run -d --name "$NAME" -p 127.0.0.1::8080 -v "xiaoer-smoke-data-$$:/data" "$IMAGE" >/dev/null
port=$(docker port "$NAME" 8080/tcp | head -n 1 | sed 's/.*://')
start=$SECONDS
until [[ $(docker inspect --format '{{.State.Health.Status}}' "$NAME") == healthy ]]; do
  [[ $(docker inspect --format '{{.State.Running}}' "$NAME") == true ]] || fail "the container exited"
  (( SECONDS - start < 90 )) || fail "not healthy within 90 s"
  sleep 1
done
echo "healthy after $(( SECONDS - start )) s (checked every 10 s); port $port"
if docker logs "$NAME" 2>&1 | grep -q 'Picked up JAVA_TOOL_OPTIONS'; then fail "JAVA_TOOL_OPTIONS is set"; fi

step "a message, and the metrics"
reply=$(curl -sf "http://127.0.0.1:$port/v1/messages" -H 'Content-Type: application/json' \
        -d '{"conversationId":"smoke","text":"保证金怎么退","msgId":"m-1"}') || fail "POST /v1/messages"
echo "$reply" | grep -q '"kind":"flow"' || fail "unexpected reply: $reply"
curl -sf "http://127.0.0.1:$port/metrics" | grep -q '^jvm_memory_used_bytes' || fail "no JVM metrics"
curl -sf "http://127.0.0.1:$port/metrics" | grep -q '^xiaoer_messages_total{kind="flow"} 1' || fail "message not counted"

step "stop: SIGTERM, clean within docker stop's grace"
start=$SECONDS
docker stop "$NAME" >/dev/null
docker logs "$NAME" 2>&1 | grep -q 'shut down cleanly' || fail "no clean shutdown in the log"
echo "stopped in $(( SECONDS - start )) s"
docker rm "$NAME" >/dev/null
docker volume rm "xiaoer-smoke-data-$$" >/dev/null

step "one-shot commands: ask, validate"
docker run --rm "$IMAGE" ask 保证金怎么退 | head -n 1 | grep -q 'deposit.refund' || fail "ask"
bundled=$(docker run --rm "$IMAGE" validate) || fail "validate: $bundled"
echo "$bundled"

step "your own knowledge mounted over /app/knowledge"
own=$(mktemp -d)
cp -r knowledge/. "$own/"
echo "# edited for docker-smoke.sh" >>"$own/synonyms.txt" # another version, same answers
mounted=$(docker run --rm -v "$own:/app/knowledge:ro" "$IMAGE" validate) || fail "validate the mounted knowledge: $mounted"
echo "$mounted"
rm -rf "$own"
version() { sed -n 's/.*(version \([0-9a-f]*\)).*/\1/p' <<<"$1"; }
[[ -n $(version "$mounted") && $(version "$mounted") != $(version "$bundled") ]] || fail "the mounted knowledge was not read"

printf '\ndocker-smoke.sh: all checks passed (%s)\n' "$IMAGE"
