package orbit.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import orbit.core.dedup.ClusterKey;
import orbit.core.event.Event;

/**
 * Assigns events to clusters inside the batch's transaction, incrementally: an event joins the
 * closest compatible cluster ({@link ClusterKey#compatible}) or starts a new one. After the events
 * are written, {@link #refresh} recounts mentions, articles, sources and first/last seen of the
 * clusters the batch touched, in one statement.
 */
final class Clusterer {
  private static final String CANDIDATES = "SELECT cluster_id, cameo, event_date, date_precision, location_country"
      + " FROM clusters WHERE source_country = ? AND target_country = ? AND root = ? AND is_fact = ?"
      + " AND day_from <= ? AND day_to >= ?";
  private static final String INSERT = "INSERT INTO clusters (cluster_id, source_country, target_country, root, cameo,"
      + " is_fact, event_date, date_precision, day_from, day_to, location_country, event_id, num_mentions,"
      + " num_articles, num_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)";
  private static final String REFRESH = "UPDATE clusters SET num_mentions = s.n, num_articles = s.na,"
      + " num_sources = s.ns, first_seen = s.f, last_seen = s.l FROM (SELECT e.cluster_id AS id, count(*) AS n,"
      + " count(DISTINCT e.article) AS na, count(DISTINCT coalesce(a.source, a.id)) AS ns,"
      + " min(a.published) AS f, max(a.published) AS l FROM events e JOIN articles a ON a.id = e.article"
      + " WHERE e.cluster_id IN (SELECT unnest(?::BIGINT[])) GROUP BY e.cluster_id) s"
      + " WHERE clusters.cluster_id = s.id";
  private final Connection conn;
  private final Set<Long> touched = new LinkedHashSet<>();
  private final long firstNew;
  private long nextId;

  Clusterer(Connection conn) throws SQLException {
    this.conn = conn;
    try (Statement s = conn.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(cluster_id), 0) + 1 FROM clusters")) {
      r.next();
      nextId = r.getLong(1);
    }
    firstNew = nextId;
  }

  /** The id of the first cluster this clusterer creates: those from it on are new. */
  long firstNew() {
    return firstNew;
  }

  /** The older clusters that events joined since the last refresh. */
  List<Long> joined() {
    return touched.stream().filter(id -> id < firstNew).toList();
  }

  /** The cluster of an event with id {@code eventId}; a new cluster when none is compatible. */
  long assign(String eventId, Event event) throws SQLException {
    ClusterKey key = ClusterKey.of(event);
    Long best = key.group() == null ? null : closest(key);
    if (best == null) {
      best = create(eventId, event, key);
    }
    touched.add(best);
    return best;
  }

  /** Records that an event joined cluster {@code id}, so that {@link #refresh} recounts it. */
  void join(long id) {
    touched.add(id);
  }

  private Long closest(ClusterKey key) throws SQLException {
    Long best = null;
    long bestDistance = Long.MAX_VALUE;
    try (PreparedStatement q = conn.prepareStatement(CANDIDATES)) {
      q.setString(1, key.sourceCountry());
      q.setString(2, key.targetCountry());
      q.setString(3, key.root());
      q.setBoolean(4, key.fact());
      q.setDate(5, Date.valueOf(key.period().to().plusDays(ClusterKey.DAY_WINDOW)));
      q.setDate(6, Date.valueOf(key.period().from().minusDays(ClusterKey.DAY_WINDOW)));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          ClusterKey other = ClusterKey.of(key.sourceCountry(), key.targetCountry(), key.root(), r.getString(2),
              key.fact(), r.getString(3), EventRow.precision(r.getString(4)), r.getString(5));
          long distance = key.period().distance(other.period());
          if (key.compatible(other) && (best == null || distance < bestDistance)) {
            best = r.getLong(1);
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  private long create(String eventId, Event event, ClusterKey key) throws SQLException {
    long id = nextId++;
    try (PreparedStatement insert = conn.prepareStatement(INSERT)) {
      insert.setLong(1, id);
      insert.setString(2, key.sourceCountry());
      insert.setString(3, key.targetCountry());
      insert.setString(4, key.root());
      insert.setString(5, event.cameo());
      insert.setBoolean(6, key.fact());
      insert.setString(7, event.date());
      insert.setString(8, event.datePrecision() == null ? null : event.datePrecision().label());
      setDate(insert, 9, key.period() == null ? null : key.period().from());
      setDate(insert, 10, key.period() == null ? null : key.period().to());
      insert.setString(11, key.locationCountry());
      insert.setString(12, eventId);
      insert.executeUpdate();
    }
    return id;
  }

  /** Recounts the clusters assigned since the last refresh; call after their events are written. */
  void refresh() throws SQLException {
    if (touched.isEmpty()) {
      return;
    }
    try (PreparedStatement update = conn.prepareStatement(REFRESH)) {
      update.setArray(1, conn.createArrayOf("BIGINT", touched.toArray(new Long[0])));
      update.executeUpdate();
    }
    touched.clear();
  }

  private static void setDate(PreparedStatement s, int index, java.time.LocalDate day) throws SQLException {
    if (day == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(day));
    }
  }
}
