#!/usr/bin/env bash
# Where one page's time goes (bench/PageCost.java): decode, read, each rule, on one thread, CPU microseconds and bytes
# allocated a page, beside commonmark's own parse. Arguments: REPS (default 200), all|seeds. Prints figures; never part
# of `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
./wfi --version >/dev/null   # builds the CLI jar on first use
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp cli/target/wfi.jar bench/PageCost.java
# the JVM options ./wfi gives errata (see bench/errata.sh)
java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1 -cp "cli/target/wfi.jar:$classes" PageCost "${1:-200}" "${2:-all}"
