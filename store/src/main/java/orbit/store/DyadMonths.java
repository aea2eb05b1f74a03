package orbit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LongSummaryStatistics;

/**
 * The {@code dyad_months} summary (schema version 5): per directed dyad and month, its distinct clusters, events and
 * Goldstein sum. A batch adds to it in its own transaction, after its events are appended, so a dyad's series reads
 * a few hundred rows instead of scanning every event.
 */
final class DyadMonths {
  /*
   * The batch's events are those of the clusters it created (ids from ?1 on) and, of the older clusters it joined
   * (?5; their id range ?3 … ?4 lets DuckDB skip the row groups outside it), those of its articles (?2). A cluster
   * counts in a month the first time it has an event there: distinct clusters over all events of the touched
   * clusters, less those over their events from before the batch.
   */
  private static final String ADD = "INSERT INTO dyad_months SELECT source_country, target_country,"
      + " date_trunc('month', event_day)::DATE, count(DISTINCT cluster_id) - count(DISTINCT cluster_id) FILTER (NOT fresh),"
      + " count(*) FILTER (fresh), coalesce(sum(goldstein) FILTER (fresh), 0)"
      + " FROM (SELECT source_country, target_country, event_day, cluster_id, goldstein, true AS fresh FROM events"
      + " WHERE cluster_id >= ?"
      + " UNION ALL SELECT source_country, target_country, event_day, cluster_id, goldstein,"
      + " article IN (SELECT unnest(?::VARCHAR[])) FROM events"
      + " WHERE cluster_id BETWEEN ? AND ? AND cluster_id IN (SELECT unnest(?::BIGINT[])))"
      + " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND event_day IS NOT NULL"
      + " GROUP BY ALL HAVING count(*) FILTER (fresh) > 0"
      + " ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions,"
      + " goldstein = goldstein + excluded.goldstein";

  private DyadMonths() {}

  /**
   * Adds a batch's events, already appended in the current transaction: all events of the clusters numbered from
   * {@code firstNew} on, and those of {@code articles} among the older clusters {@code joined}.
   */
  static void add(Connection conn, long firstNew, Collection<Long> joined, Collection<String> articles)
      throws SQLException {
    try (PreparedStatement add = conn.prepareStatement(ADD)) {
      add.setLong(1, firstNew);
      add.setArray(2, conn.createArrayOf("VARCHAR", articles.toArray(new String[0])));
      // none joined: min > max, an empty range
      LongSummaryStatistics range = joined.stream().mapToLong(Long::longValue).summaryStatistics();
      add.setLong(3, range.getMin());
      add.setLong(4, range.getMax());
      add.setArray(5, conn.createArrayOf("BIGINT", joined.toArray(new Long[0])));
      add.executeUpdate();
    }
  }
}
