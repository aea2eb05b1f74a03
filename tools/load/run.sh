#!/usr/bin/env bash
# Load check of the dashboard API (not a test): wrk (Debian package 'wrk') at 50 connections against
# /api/dyads/RUS/AZE/series and /api/events on a running server, loopback only. Results go in docs/dashboard.md.
#   ./orbit demo --no-serve && ./orbit serve --db out/demo.duckdb &   # then:
#   tools/load/run.sh [PORT] [SECONDS]        (default 7070, 30 s)
# Prints wrk's report and a SUMMARY line per URL: requests/s, p50, p99, errors (non-2xx, timeouts over 10 s, socket).
set -euo pipefail
port="${1:-7070}"
secs="${2:-30}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk >/dev/null || { echo "load: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
curl -fsS -o /dev/null "http://127.0.0.1:${port}/api/overview" \
  || { echo "load: no Orbit server on 127.0.0.1:${port} (start ./orbit serve --db out/demo.duckdb)" >&2; exit 1; }
for path in "/api/dyads/RUS/AZE/series" "/api/events?dyad=RUS:AZE&limit=50"; do
  echo "== GET $path, ${secs}s, 50 connections, 2 threads"
  wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency -s "$here/summary.lua" "http://127.0.0.1:${port}${path}"
done
