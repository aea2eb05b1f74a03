#!/usr/bin/env bash
# Orbit's benchmarks in one run, printed as one table: the coder (./orbit bench on the seed article), the store
# (./orbit bench-store), a dyad's monthly series through the API (wrk against ./orbit serve on the benchmark store)
# and Spark (./orbit spark bench on the sample articles). With --before DIR, another checkout of Orbit (e.g.
# `git worktree add /tmp/before main`), each benchmark runs there and then here, so that the two columns are
# paired: machines that are shared drift from minute to minute, and a pair sees the same minute.
#
# Usage: tools/bench/all.sh [--before DIR] [--events N] [--articles N] [--only coder,store,api,spark] [--db FILE]
# --db: serve this benchmark store (from ./orbit bench-store --db FILE) for the API figures on both sides, instead of
# the store each side's store benchmark writes (a 10 M event store takes minutes to write).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
before="" events=10000000 articles=100 only="coder,store,api,spark" db="" duration=20
usage() { sed -n '9p' "${BASH_SOURCE[0]}" | cut -c3- >&2; exit 2; }
while (($#)); do
  case $1 in
    --before) before="$(cd "$2" && pwd)"; shift 2 ;;
    --events) events=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --db) db="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) usage ;;
  esac
done
seed="$here/../shared/seed/000_6da663fc9541656c.txt"
sample="$here/corpus/sample/articles.jsonl"
work="$(mktemp -d)"
server=""
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
sides=(after)
[[ -n $before ]] && sides=(before after)

checkout() { [[ $1 == before ]] && echo "$before" || echo "$here"; }
# put SIDE FIGURE VALUE: one cell of the table
put() { printf '%s\t%s\t%s\n' "$2" "$1" "$3" >>"$work/figures.tsv"; }
# first FILE REGEX: the first capture group of the first line of FILE that matches (sed -E)
first() { sed -nE "s#$2#\\1#p" "$1" | head -1; }
wanted() { [[ ,$only, == *,$1,* ]]; }

coder() {
  local out="$work/$1.coder"
  "$(checkout "$1")/orbit" bench --articles "$articles" --date 2025-07-24 "$seed" >"$out"
  put "$1" "coder articles/s" "$(first "$out" '^articles/s\t([0-9.]+).*')"
  put "$1" "coder CPU s/article" "$(first "$out" '^cpu s/article\t([0-9.]+).*')"
  put "$1" "coder peak heap MB" "$(first "$out" '^peak heap MB\t([0-9]+).*')"
  put "$1" "coder pipeline ready s" "$(first "$out" '^pipeline ready[^0-9]* in ([0-9.]+) s.*')"
}

store() {
  local out="$work/$1.store"
  rm -f "$work/$1.duckdb"
  "$(checkout "$1")/orbit" bench-store --events "$events" --db "$work/$1.duckdb" >"$out"
  put "$1" "store events/s" "$(first "$out" '.*\(([0-9,]+) events/s\).*')"
  put "$1" "store file MB" "$(first "$out" '^store file ([0-9,]+) MB.*')"
  put "$1" "store series query ms (repeated)" "$(first "$out" '.*repeated ([0-9]+) ms.*')"
}

# The series of RUS and AZE (both directions, as the dashboard asks) on the store that store() wrote, or --db.
api() {
  command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
  local file="${db:-$work/$1.duckdb}"
  [[ -f $file ]] || store "$1"
  "$(checkout "$1")/orbit" serve --db "$file" --port 0 >"$work/$1.serve" 2>&1 &
  server=$!
  local url="" i
  for i in $(seq 300); do
    url="$(first "$work/$1.serve" '^Orbit dashboard: (http[^ ]+)/ .*')"
    [[ -z $url ]] || break
    sleep 1
  done
  [[ -n $url ]] || { cat "$work/$1.serve" >&2; echo "all.sh: orbit serve did not start" >&2; exit 1; }
  url="$url/api/dyads/RUS/AZE/series"
  wrk -t1 -c2 -d3s "$url" >/dev/null   # warm-up: JIT, DuckDB's caches
  wrk -t1 -c1 -d"${duration}s" -s "$here/tools/load/summary.lua" "$url" >"$work/$1.wrk"   # one client: latency
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  local line
  line="$(grep '^SUMMARY' "$work/$1.wrk")"
  [[ $line == *" errors 0 "* ]] || { cat "$work/$1.wrk" >&2; echo "all.sh: series requests failed" >&2; exit 1; }
  put "$1" "API series p50 ms" "$(first "$work/$1.wrk" '.* p50 ([0-9.]+) ms.*')"
  put "$1" "API series p99 ms" "$(first "$work/$1.wrk" '.* p99 ([0-9.]+) ms.*')"
  put "$1" "API series requests/s" "$(first "$work/$1.wrk" '^SUMMARY requests/s ([0-9.]+) .*')"
}

spark() {
  local out="$work/$1.spark"
  "$(checkout "$1")/orbit" spark bench "$sample" >"$out"
  put "$1" "spark local[2] vs local[1] scaling %" "$(first "$out" '.*local\[2\] vs local\[1\] ([0-9]+)%.*')"
  put "$1" "spark local[2] vs 2-thread coder %" "$(first "$out" '.*local\[2\] vs pool-2 ([0-9]+)%.*')"
}

for bench in coder store api spark; do
  if wanted "$bench"; then
    for side in "${sides[@]}"; do
      echo "all.sh: $bench ($side: $(checkout "$side"))" >&2
      "$bench" "$side"
    done
  fi
done

# one row a figure, one column a checkout, in the order measured
awk -F'\t' -v paired="${before:+1}" '
  !($1 in seen) { seen[$1] = 1; order[++n] = $1 }
  { cell[$1, $2] = $3 }
  END {
    if (paired) { printf "%-38s %14s %14s\n", "figure", "before", "after" }
    else { printf "%-38s %14s\n", "figure", "value" }
    for (i = 1; i <= n; i++) {
      f = order[i]
      if (paired) { printf "%-38s %14s %14s\n", f, cell[f, "before"], cell[f, "after"] }
      else { printf "%-38s %14s\n", f, cell[f, "after"] }
    }
  }' "$work/figures.tsv"
