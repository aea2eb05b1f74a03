package orbit.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    if (!query.domestic()) {
      sql.append(" AND NOT coalesce(domestic, false)");
    }
    if (query.text() != null) {
      sql.append(" AND concat_ws(' ', evidence, source_text, target_text) ILIKE ? ESCAPE '\\'");
      params.add("%" + Rows.likeEscaped(query.text()) + "%");
    }
    sql.append(" ORDER BY event_day, id LIMIT ? OFFSET ?");
    params.add(query.limit());
    params.add(query.offset());
    return Rows.list(conn, sql.toString(), params, EventRow::read, "events");
  }

  /** The event with this id ("article#index"). */
  public Optional<StoredEvent> byId(String id) {
    String sql = "SELECT " + EventRow.COLUMNS + " FROM events WHERE id = ?";
    return Rows.list(conn, sql, List.of(id), EventRow::read, "event " + id).stream().findFirst();
  }

  /** The events coded in one article, in text order. */
  public List<StoredEvent> ofArticle(String article) {
    String sql = "SELECT " + EventRow.COLUMNS + " FROM events WHERE article = ? ORDER BY start, id";
    return Rows.list(conn, sql, List.of(article), EventRow::read, "events of " + article);
  }

  /** A real-world event: its representative fields and how often it was reported. */
  public record Cluster(long id, String source, String target, String root, String cameo, String date,
                        LocalDate firstSeen, LocalDate lastSeen, int mentions, int articles, int sources) {}

  public Optional<Cluster> cluster(long id) {
    String sql = "SELECT cluster_id, source_country, target_country, root, cameo, event_date, first_seen, last_seen,"
        + " num_mentions, num_articles, num_sources FROM clusters WHERE cluster_id = ?";
    return Rows.list(conn, sql, List.of(id), r -> new Cluster(r.getLong(1), r.getString(2), r.getString(3),
        r.getString(4), r.getString(5), r.getString(6), Rows.date(r, 7), Rows.date(r, 8), r.getInt(9),
        r.getInt(10), r.getInt(11)), "cluster " + id).stream().findFirst();
  }

  /**
   * A directed pair of countries over a period: its events (mentions), real-world events (clusters), mean
   * Goldstein weight and the share of its events that are conflict (QuadClass 3 or 4).
   */
  public record DyadCount(String source, String target, long events, long clusters, double goldstein,
                          double conflict) {}

  /** The most reported directed dyads between two different countries, over all time. */
  public List<DyadCount> topDyads(int limit) {
    return dyads(null, null, limit);
  }

  /** The most reported directed dyads between two different countries with events dated from since to until (null: open). */
  public List<DyadCount> dyads(LocalDate since, LocalDate until, int limit) {
    StringBuilder sql = new StringBuilder("SELECT source_country, target_country, count(*) AS n, count(DISTINCT cluster_id),"
        + " coalesce(avg(goldstein), 0), avg(CASE WHEN quad >= 3 THEN 1.0 ELSE 0.0 END) FROM events"
        + " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country");
    List<Object> params = new ArrayList<>();
    condition(sql, params, " AND event_day >= ?", since == null ? null : Date.valueOf(since));
    condition(sql, params, " AND event_day <= ?", until == null ? null : Date.valueOf(until));
    sql.append(" GROUP BY ALL ORDER BY n DESC, source_country, target_country LIMIT ?");
    params.add(limit);
    return Rows.list(conn, sql.toString(), params, r -> new DyadCount(r.getString(1), r.getString(2), r.getLong(3),
        r.getLong(4), r.getDouble(5), r.getDouble(6)), "dyads");
  }

  private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  /** One month of a directed dyad: distinct real-world events (clusters), mentions and Goldstein. */
  public record DyadMonth(LocalDate month, long events, long mentions, double goldstein) {}

  /** The monthly series of source → target: one row per month that has events (from the summary, {@link DyadMonths}). */
  public List<DyadMonth> monthly(String source, String target) {
    String sql = "SELECT month, events, mentions, goldstein FROM dyad_months WHERE source_country = ? AND target_country = ?"
        + " ORDER BY month";
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
