package orbit.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import orbit.core.event.Event;

/**
 * Clusters found elsewhere (the Spark job's, docs/spark.md), kept as events are written: the first
 * event written of a given cluster joins or starts a store cluster by the store's rule, and the
 * other events of that cluster follow it. Events with no given cluster are clustered one by one
 * (docs/dedup.md). Lives as long as its store, across batches.
 */
final class KeptClusters {
  private final Map<String, Long> stored = new HashMap<>();

  /** {@code cluster}: the event's cluster as found elsewhere ({@link Outcome#clusterOf}), or null when it has none. */
  long assign(Clusterer clusterer, String eventId, Event event, String cluster) throws SQLException {
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
