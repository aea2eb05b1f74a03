package orbit.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} requests per client address in each clock minute. Keyed on the connection's address,
 * not on X-Forwarded-For (which a client can set at will; Javalin's NaiveRateLimit trusts it and is JVM-global).
 */
final class RateLimit {
  private final int perMinute;
  private final Map<String, long[]> windows = new ConcurrentHashMap<>();

  RateLimit(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("the rate limit is at least 1 request a minute, got " + perMinute);
    }
    this.perMinute = perMinute;
  }

  /** Counts a request of {@code client}; false when it is over the limit of the current minute. */
  boolean allow(String client, long nowMillis) {
    long minute = nowMillis / 60_000;
    windows.values().removeIf(w -> w[0] < minute);
    long[] w = windows.compute(client, (k, old) -> old == null || old[0] != minute ? new long[] {minute, 1}
        : new long[] {minute, old[1] + 1});
    return w[1] <= perMinute;
  }
}
