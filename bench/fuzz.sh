#!/usr/bin/env bash
# Hostile requests against `wfi serve` and the sample WFM service (examples/sample-wfm-service), both on 127.0.0.1
# (bench/fuzz.py): malformed framing and protocol, oversized URIs and headers, bad tokens and query options, bodies
# with mutated JSON, invalid UTF-8, duplicate keys, deep nesting and bidi controls, and for the WFM service callbacks
# encrypted as Shifts does, tampered or not. Prints per target the answers by status class, the 5xx answers and the
# bodies that name a Java exception class (both must be 0; exit 1 otherwise).
# Usage: bench/fuzz.sh [COUNT] [SEED] (COUNT requests per target, default 10000). Needs python3 with `cryptography`.
# Never part of verify.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
seed="${2:-14}"

./wfi --help >/dev/null # builds the CLI when its sources changed
[ -f examples/sample-wfm-service/target/sample-wfm-service.jar ] || ./mvnw -B -q install -DskipTests -pl examples/sample-wfm-service -am

source bench/loopback.sh

emulator_port=$(free_port)
./wfi serve --port "$emulator_port" --data "$work/data" --key-file "$work/signing.key" > "$work/serve.out" 2> "$work/serve.log" &
pids+=("$!")
python3 -c 'import secrets,string; print("".join(secrets.choice(string.ascii_letters+string.digits) for _ in range(64)))' > "$work/secret.txt"
wfm_port=$(free_port)
java -jar examples/sample-wfm-service/target/sample-wfm-service.jar --secret-file "$work/secret.txt" --port "$wfm_port" \
  > "$work/wfm.out" 2> "$work/wfm.log" &
pids+=("$!")
await_port "$emulator_port"
await_port "$wfm_port"
token=$(./wfi token --scopes WorkforceIntegration.ReadWrite.All,Schedule.ReadWrite.All,Group.ReadWrite.All --key-file "$work/signing.key")

status=0
python3 bench/fuzz.py emulator "$emulator_port" "$count" "$seed" "$token" || status=1
python3 bench/fuzz.py callback "$wfm_port" "$count" "$seed" "$work/secret.txt" || status=1
echo "wfi serve logged $(wc -l < "$work/serve.log") lines, $(grep -c 'internal error' "$work/serve.log" || true) internal errors;" \
  "the sample WFM service $(wc -l < "$work/wfm.log") lines"
grep -m5 'internal error' "$work/serve.log" || true
exit $status
