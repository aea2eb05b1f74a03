package orbit.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import orbit.core.event.Event;

/**
 * Clusters found elsewhere (the Spark job's, docs/spark.md), kept as events are written: the first
 * event written of a given cluster joins or starts a store cluster by the store's rule, and the
 * other events of that cluster follow it. Events with no given cluster are clustered one by one.
 * Lives as long as one load, across its batches.
 */
final class KeptClusters {
  private final Function<Event, String> given;
  private final Map<String, Long> stored = new HashMap<>();

  /** {@code given}: an event's cluster as found elsewhere, or null when it has none. */
  KeptClusters(Function<Event, String> given) {
    this.given = given;
  }

  /** No clusters given: the store clusters every event itself (docs/dedup.md). */
  static KeptClusters none() {
    return new KeptClusters(e -> null);
  }

  long assign(Clusterer clusterer, String eventId, Event event) throws SQLException {
    String cluster = given.apply(event);
    Long id = cluster == null ? null : stored.get(cluster);
    if (id != null) {
      clusterer.join(id);
      return id;
    }
    id = clusterer.assign(eventId, event);
    if (cluster != null) {
      stored.put(cluster, id);
    }
    return id;
  }
}
