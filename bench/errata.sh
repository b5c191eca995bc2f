#!/usr/bin/env bash
# Errata engine benchmark: throughput and peak heap on a checkout of 20,000 generated pages under -Xmx256m, then the cold-start time of
# `./wfi errata` on the bundled corpus (median of 5). Prints figures; never part of `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
./wfi --version >/dev/null   # builds the CLI jar on first use
# compiled first, so the JVM runs the engine alone as a user's does: run as a source file, javac would share its JIT,
# code cache and heap
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp cli/target/wfi.jar bench/ErrataBench.java
# the JVM options ./wfi gives errata (C1 only, serial collector, young generation of half the heap; see the
# launcher), so the figure is what a user gets
java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1 -cp "cli/target/wfi.jar:$classes" ErrataBench "${1:-20000}" "${2:-all}"

out=$(mktemp -d)
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  ./wfi errata --out "$out" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -rf "$out"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold ./wfi errata, 5 runs (ms): ${times[*]}; median: ${sorted[2]} ms"
