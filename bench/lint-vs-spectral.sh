#!/usr/bin/env bash
# wfi lint against Spectral (its spectral:oas ruleset) on the same spec: 5 timed runs of each after one warm-up,
# medians and their ratio. Spectral is installed from npm into bench/node_modules (ignored by git).
# Usage: bench/lint-vs-spectral.sh [SPEC]   (default: spec/workforceIntegration.yaml). Never part of `./mvnw verify`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
spec=$(cd "$(dirname "${1:-$root/spec/workforceIntegration.yaml}")" && pwd)/$(basename "${1:-spec/workforceIntegration.yaml}")
spectral=$root/bench/node_modules/.bin/spectral

if [ ! -x "$spectral" ]; then
  echo "installing @stoplight/spectral-cli into bench/node_modules..." >&2
  npm install --prefix "$root/bench" --no-save --no-audit --no-fund --loglevel=error @stoplight/spectral-cli >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'extends: ["spectral:oas"]\n' > "$work/.spectral.yaml"

run_wfi() { "$root/wfi" lint "$spec" --fail-on never >/dev/null; }
run_spectral() { "$spectral" lint --ruleset "$work/.spectral.yaml" --quiet "$spec" >/dev/null || true; }

# median wall time in ms of 5 runs of a function, after one warm-up (which builds wfi and its CDS archive)
median() {
  "$1"
  local times=() start end
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$1"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  echo "$1 (ms): ${times[*]}" >&2
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "spec: $spec ($(wc -l < "$spec") lines); spectral $("$spectral" --version); $(java -version 2>&1 | head -1)"
wfi_ms=$(median run_wfi)
spectral_ms=$(median run_spectral)
echo "wfi lint median: ${wfi_ms} ms"
echo "spectral lint (spectral:oas) median: ${spectral_ms} ms"
awk -v w="$wfi_ms" -v s="$spectral_ms" 'BEGIN { printf "ratio wfi/spectral: %.2f (target: at most 0.50)\n", w / s }'
