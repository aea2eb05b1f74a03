-- wrk script: after a run, one line with requests/s, p50 and p99 latency and the errors by kind.
done = function(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write
  io.write(string.format("SUMMARY requests/s %.1f  p50 %.1f ms  p99 %.1f ms  requests %d  errors %d"
      .. " (non-2xx %d, timeouts %d, socket %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status + e.timeout + socket, e.status, e.timeout, socket))
end
