package orbit.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;

/**
 * De-duplication for analytics: one real-world event per (cluster, source, target). Its representative
 * is its earliest mention (by day, then id), whose day, Goldstein weight and QuadClass it takes.
 */
final class Clusters {
  private Clusters() {}

  /** The representatives of the events, in the order of first mention; input sorted by day then id. */
  static List<FactEvent> representatives(List<FactEvent> events) {
    Map<String, FactEvent> first = new LinkedHashMap<>();
    for (FactEvent e : events) {
      first.merge(e.cluster() + " " + e.source() + " " + e.target(), e,
          (a, b) -> key(b).compareTo(key(a)) < 0 ? b : a);
    }
    return new ArrayList<>(first.values());
  }

  private static String key(FactEvent e) {
    return e.day() + " " + e.id();
  }
}
