#!/usr/bin/env bash
# The emulator (`./wfi serve` as the README runs it, in memory) against Stoplight Prism mocking the same contract
# (spec/workforceIntegration.yaml) and against jersey-empty, the floor: Jersey on the emulator's container with
# one resource that answers fixed bytes (bench/emulator/EmptyJersey.java). In one run: GET and PATCH of one
# workforceIntegration at 16 keep-alive connections on 127.0.0.1, every target and operation warmed up first,
# then a measured run of each (bench/emulator/HttpLoad.java); prints requests/s, p50, p99, each server's CPU time
# per request and the ratios to Prism.
# Target: at least 10x Prism's requests/s with p99 under 5 ms. Prism is installed from npm into bench/.cache
# (ignored by git). Usage: bench/emulator.sh [SECONDS] (measured seconds per run, default 10; the warm-up is
# twice that per target and operation); WFI_JAVA_OPTS reaches the emulator's JVM through the launcher. Never part of verify.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections=16
prism_version=5.16.0
prism=bench/.cache/prism-$prism_version/node_modules/.bin/prism

if [ ! -x "$prism" ]; then
  echo "installing @stoplight/prism-cli@$prism_version into bench/.cache..." >&2
  npm install --prefix "bench/.cache/prism-$prism_version" --no-save --no-audit --no-fund --loglevel=error \
    "@stoplight/prism-cli@$prism_version" >&2
fi
./wfi --help >/dev/null # builds the CLI when its sources changed, before anything is timed

source bench/loopback.sh

emulator_port=$(free_port)
./wfi serve --port "$emulator_port" --key-file "$work/signing.key" > "$work/serve.out" 2> "$work/serve.log" &
emulator_pid=$!
pids+=("$emulator_pid")
prism_port=$(free_port)
"$prism" mock -h 127.0.0.1 -p "$prism_port" spec/workforceIntegration.yaml > "$work/prism.log" 2>&1 &
prism_pid=$!
pids+=("$prism_pid")
empty_port=$(free_port)
java -cp cli/target/wfi.jar bench/emulator/EmptyJersey.java "$empty_port" > "$work/empty.log" 2>&1 &
empty_pid=$!
pids+=("$empty_pid")
await_port "$emulator_port"
await_port "$prism_port"
await_port "$empty_port"
base="http://127.0.0.1:$emulator_port/v1.0/"
token=$(./wfi token --scopes WorkforceIntegration.ReadWrite.All --app --key-file "$work/signing.key")

# one integration to read and update; Prism answers its example for any id
id=$(curl -sf -X POST "${base}teamwork/workforceIntegrations" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d '{"displayName":"bench","apiVersion":1,"isActive":true,"url":"https://wfm.example.com/bench",
       "encryption":{"protocol":"sharedSecret","secret":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
       "supportedEntities":"shift,swapRequest"}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')

echo "$(java -version 2>&1 | head -1)${WFI_JAVA_OPTS:+ (WFI_JAVA_OPTS=$WFI_JAVA_OPTS)}; prism $("$prism" --version); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "GET and PATCH /teamwork/workforceIntegrations/{id}, $connections connections, ${seconds} s each after $((2 * seconds)) s of each to warm up"
java bench/emulator/HttpLoad.java --token "$token" --connections "$connections" --seconds "$seconds" --warmup "$((2 * seconds))" \
  --goal-ratio 10 --goal-p99-ms 5 --baseline prism \
  --pid "emulator=$emulator_pid" --pid "prism=$prism_pid" --pid "jersey-empty=$empty_pid" \
  --target "emulator=${base}teamwork/workforceIntegrations/$id" \
  --target "prism=http://127.0.0.1:$prism_port/teamwork/workforceIntegrations/$id" \
  --target "jersey-empty=http://127.0.0.1:$empty_port/v1.0/teamwork/workforceIntegrations/$id"
