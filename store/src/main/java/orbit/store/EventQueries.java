package orbit.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/** Reads events back: filtered lists and a dyad's monthly series. All values travel as {@code ?} parameters. */
public final class EventQueries {
  private final Connection conn;

  EventQueries(Connection conn) {
    this.conn = conn;
  }

  /** The events matching the query, by event day then id, at most {@code query.limit()}. */
  public List<StoredEvent> find(EventQuery query) {
    StringBuilder sql = new StringBuilder("SELECT ").append(EventRow.COLUMNS).append(" FROM events WHERE true");
    List<Object> params = new ArrayList<>();
    condition(sql, params, " AND source_country = ?", query.source());
    condition(sql, params, " AND target_country = ?", query.target());
    if (query.actor() != null) {
      sql.append(" AND ? IN (source_country, target_country, source_code, target_code)");
      params.add(query.actor());
    }
    condition(sql, params, " AND event_day >= ?", query.since() == null ? null : Date.valueOf(query.since()));
    condition(sql, params, " AND event_day <= ?", query.until() == null ? null : Date.valueOf(query.until()));
    condition(sql, params, " AND root = ?", query.root());
    sql.append(" ORDER BY event_day, id LIMIT ?");
    params.add(query.limit());
    try (PreparedStatement q = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        q.setObject(i + 1, params.get(i));
      }
      List<StoredEvent> found = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(EventRow.read(r));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new OrbitException("cannot query events: " + e.getMessage(), e);
    }
  }

  private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  /** One month of a directed dyad: distinct real-world events (clusters), mentions and Goldstein. */
  public record DyadMonth(LocalDate month, long events, long mentions, double goldstein) {}

  /** The monthly series of source → target: one row per month that has events. */
  public List<DyadMonth> monthly(String source, String target) {
    String sql = "SELECT date_trunc('month', event_day) AS month, count(DISTINCT cluster_id), count(*), sum(goldstein)"
        + " FROM events WHERE source_country = ? AND target_country = ? AND event_day IS NOT NULL"
        + " GROUP BY month ORDER BY month";
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setString(1, source);
      q.setString(2, target);
      List<DyadMonth> months = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          months.add(new DyadMonth(r.getDate(1).toLocalDate(), r.getLong(2), r.getLong(3), r.getDouble(4)));
        }
      }
      return months;
    } catch (SQLException e) {
      throw new OrbitException("cannot query the series of " + source + " → " + target + ": " + e.getMessage(), e);
    }
  }
}
