package orbit.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import orbit.core.dedup.ClusterKey;

/**
 * The store's de-duplication rule ({@link ClusterKey#compatible}, docs/dedup.md) applied to the
 * events of one {@link ClusterKey#group}: an event joins the closest compatible cluster, else it
 * starts one and is its representative. Unlike the store, which clusters in ingest order, the scan
 * takes events in a fixed order (day-like first, then by date, then coarse ones from the most
 * precise) so the result does not depend on how the input was split.
 */
final class ClusterScan {
  private static final int LONGEST_PERIOD = 366;

  /** One event as the rule sees it; its key has a readable date (a {@link ClusterKey#group}). */
  record Mention(String eventId, ClusterKey key) {
    LocalDate from() {
      return key.period().from();
    }

    LocalDate to() {
      return key.period().to();
    }

    long distance(Mention o) {
      return key.period().distance(o.key.period());
    }
  }

  /** The order events are taken in: day-like first, by date; then coarse ones, most precise first; ties by id. */
  static final Comparator<Mention> ORDER = Comparator.comparing((Mention m) -> !m.key().dayLike())
      .thenComparingLong(m -> m.key().dayLike() ? 0 : m.key().period().days())
      .thenComparing(Mention::from).thenComparing(Mention::to).thenComparing(Mention::eventId);

  private ClusterScan() {}

  /** Each event's cluster id (the event id of its cluster's representative), for the events of one group. */
  static Map<String, String> assign(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(ORDER);
    NavigableMap<LocalDate, List<Mention>> reps = new TreeMap<>();
    Map<String, String> cluster = new LinkedHashMap<>();
    for (Mention m : sorted) {
      Mention best = null;
      for (List<Mention> starting : reps.subMap(m.from().minusDays(LONGEST_PERIOD + ClusterKey.DAY_WINDOW), true,
          m.to().plusDays(ClusterKey.DAY_WINDOW), true).values()) {
        for (Mention rep : starting) {
          if (m.key().compatible(rep.key()) && (best == null || m.distance(rep) < m.distance(best))) {
            best = rep;
          }
        }
      }
      if (best == null) {
        reps.computeIfAbsent(m.from(), d -> new ArrayList<>()).add(m);
        best = m;
      }
      cluster.put(m.eventId(), best.eventId());
    }
    return cluster;
  }
}
