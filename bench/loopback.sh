# Sourced by the benchmarks that start servers: a scratch directory ($work), the servers' pids ($pids, stopped and
# waited for on exit), a free loopback port and a wait until one listens.
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
await_port() {
  for _ in $(seq 150); do (echo >/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.2; done
  echo "nothing listens on 127.0.0.1:$1 after 30 s" >&2; return 1
}
