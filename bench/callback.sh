#!/usr/bin/env bash
# Callback kit benchmarks; prints figures, never part of `./mvnw verify`.
# 1. JMH: decrypt + parse of a 1 KB and a 64 KB update batch (ops/s; -prof gc: bytes allocated per op).
# 2. `wfi simulate --count N` (default 10000) against the sample WFM service on 127.0.0.1: requests/s, p99.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
./mvnw -B -q -pl callback-kit,examples/sample-wfm-service,cli -am install -DskipTests
./mvnw -B -q -f bench/callback/pom.xml package
jar=bench/callback/target/callback-bench.jar
java -jar "$jar" CallbackBench -prof gc -rf text -rff bench/callback/target/jmh.txt >/dev/null
grep -E "^Benchmark|decrypt(AndParse|Only) |gc.alloc.rate.norm " bench/callback/target/jmh.txt

secret=$(mktemp)
printf 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz-0123456789ABCD\n' > "$secret"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -jar examples/sample-wfm-service/target/sample-wfm-service.jar --port "$port" --secret-file "$secret" >/dev/null &
service=$!
trap 'kill $service 2>/dev/null; rm -f "$secret"' EXIT
for _ in $(seq 50); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.2; done
java -jar cli/target/wfi.jar simulate --url "http://127.0.0.1:$port" --secret-file "$secret" --team bench \
  --count "$count" | tail -n 8
