#!/usr/bin/env bash
# Load check of the dashboard API (not a test): wrk (Debian package 'wrk') for 30 s at 50 connections against
# /api/dyads/RUS/AZE/series and /api/events on a running server, loopback only. Results go in docs/dashboard.md.
#   ./orbit demo --no-serve && ./orbit serve --db out/demo.duckdb &   # then:
#   tools/load/run.sh [PORT] [SECONDS]
set -euo pipefail
port="${1:-7070}"
secs="${2:-30}"
command -v wrk >/dev/null || { echo "load: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
for path in "/api/dyads/RUS/AZE/series" "/api/events?dyad=RUS:AZE&limit=50"; do
  echo "== GET $path, ${secs}s, 50 connections, 2 threads"
  wrk -t2 -c50 -d"${secs}s" --latency "http://127.0.0.1:${port}${path}"
done
