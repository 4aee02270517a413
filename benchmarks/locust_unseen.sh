#!/usr/bin/env bash
# Fresh `vagledning serve --workers 2` on a free loopback port, then Locust (benchmarks/locustfile.py)
# from the moment /readyz is 200: 50 users x 60 s on texts the server has never seen (issue 15).
# Locust runs from its own virtualenv (not a project dependency):
#   python3 -m venv /tmp/locust-venv && /tmp/locust-venv/bin/pip install locust
# Settings: LOCUST (path to the locust executable), USERS (50), DURATION (60s), WORKERS (2),
# OUT (CSV prefix, default /tmp/locust-unseen). The store is the one of VAGLEDNING_STORE_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOCUST="${LOCUST:-/tmp/locust-venv/bin/locust}"
USERS="${USERS:-50}"; DURATION="${DURATION:-60s}"; WORKERS="${WORKERS:-2}"; OUT="${OUT:-/tmp/locust-unseen}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cd "$ROOT"
VAGLEDNING_RATE_LIMIT=1000000/minute OPENBLAS_NUM_THREADS=1 \
  setsid "$(dirname "$(command -v python)")/vagledning" serve --host 127.0.0.1 --port "$PORT" --workers "$WORKERS" \
  > "$OUT-server.log" 2>&1 &
SERVER=$!
trap 'kill -TERM -- -"$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
START=$(date +%s)
until curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; do
  kill -0 "$SERVER" 2>/dev/null || { echo "server exited; see $OUT-server.log" >&2; exit 1; }
  [ $(( $(date +%s) - START )) -gt 300 ] && { echo "server not ready after 300 s" >&2; exit 1; }
  sleep 0.5
done
echo "ready after $(( $(date +%s) - START )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$LOCUST" -f benchmarks/locustfile.py --headless -u "$USERS" -r "$USERS" -t "$DURATION" \
  --host "http://127.0.0.1:$PORT" --csv "$OUT" --only-summary --stop-timeout 30
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
