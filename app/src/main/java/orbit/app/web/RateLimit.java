package orbit.app.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} counted events per client address in any 60 seconds (a sliding window, so a burst
 * cannot straddle two clock minutes to get twice the limit). Keyed on the connection's address, not on
 * X-Forwarded-For (which a client can set at will; Javalin's NaiveRateLimit trusts it and is JVM-global).
 */
final class RateLimit {
  private static final long WINDOW_MILLIS = 60_000;
  private final int perMinute;
  private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

  RateLimit(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("the rate limit is at least 1 request a minute, got " + perMinute);
    }
    this.perMinute = perMinute;
  }

  /** Counts an event of {@code client}; false (and not counted) when it already had its limit in the last minute. */
  boolean allow(String client, long nowMillis) {
    if (spent(client, nowMillis)) {
      return false;
    }
    record(client, nowMillis);
    return true;
  }

  /** Whether {@code client} had {@code perMinute} counted events in the last minute. */
  boolean spent(String client, long nowMillis) {
    Deque<Long> times = recent.computeIfPresent(client, (k, t) -> expire(t, nowMillis));
    return times != null && times.size() >= perMinute;
  }

  /** Counts an event of {@code client} (keeping the latest {@code perMinute}: enough to tell when it is spent). */
  void record(String client, long nowMillis) {
    // forget clients that went quiet; per key, as compute is atomic per key only
    recent.keySet().forEach(other -> recent.computeIfPresent(other, (k, t) -> expire(t, nowMillis)));
    recent.compute(client, (k, t) -> {
      Deque<Long> times = t == null ? new ArrayDeque<>() : t;
      times.addLast(nowMillis);
      if (times.size() > perMinute) {
        times.removeFirst();
      }
      return times;
    });
  }

  /** {@code times} without those older than the window; null (the entry removed) when none is left. */
  private static Deque<Long> expire(Deque<Long> times, long nowMillis) {
    while (!times.isEmpty() && times.peekFirst() <= nowMillis - WINDOW_MILLIS) {
      times.removeFirst();
    }
    return times.isEmpty() ? null : times;
  }
}
