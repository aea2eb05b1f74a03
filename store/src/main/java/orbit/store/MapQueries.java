package orbit.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the dashboard's map draws: events by the place the coder gave them (with coordinates) and countries by their
 * relations, over a period, optionally around one country. All values travel as {@code ?} parameters.
 */
public final class MapQueries {
  /** The most recent events of a place, for its drill-down. */
  static final int LATEST = 5;
  private final Connection conn;

  MapQueries(Connection conn) {
    this.conn = conn;
  }

  /** The filter: event days from since to until (null: open), {@code actor} a country on either side (null: all). */
  public record Filter(LocalDate since, LocalDate until, String actor, boolean domestic) {}

  /** A place with events: mean Goldstein weight, conflict share (QuadClass 3–4) and its latest event ids. */
  public record PlaceCount(String name, String country, double lat, double lon, long events, double goldstein,
                           double conflict, List<String> latest) {}

  /**
   * A country with events in the filter: with an actor, the events between it and the actor (either direction);
   * without, the international events it is a side of.
   */
  public record CountryCount(String country, long events, long clusters, double goldstein, double conflict) {}

  /** The places with coordinates, most events first. */
  public List<PlaceCount> places(Filter f, int limit) {
    StringBuilder sql = new StringBuilder("SELECT location_name, location_country, location_lat, location_lon,"
        + " count(*) AS n, coalesce(avg(goldstein), 0), avg(CASE WHEN quad >= 3 THEN 1.0 ELSE 0.0 END),"
        + " list(id ORDER BY event_day DESC NULLS LAST, id)[1:" + LATEST + "] FROM events"
        + " WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL");
    List<Object> params = new ArrayList<>();
    where(sql, params, f);
    if (f.actor() != null) {
      sql.append(" AND ? IN (source_country, target_country)");
      params.add(f.actor());
    }
    sql.append(" GROUP BY ALL ORDER BY n DESC, location_name LIMIT ?");
    params.add(limit);
    return Rows.list(conn, sql.toString(), params, r -> new PlaceCount(r.getString(1), r.getString(2), r.getDouble(3),
        r.getDouble(4), r.getLong(5), r.getDouble(6), r.getDouble(7), ids(r.getArray(8))), "places");
  }

  /** The countries with international events in the filter (domestic events have no partner to shade). */
  public List<CountryCount> countries(Filter f) {
    StringBuilder sql = new StringBuilder("SELECT side, count(*) AS n, count(DISTINCT cluster_id),"
        + " coalesce(avg(goldstein), 0), avg(CASE WHEN quad >= 3 THEN 1.0 ELSE 0.0 END)"
        + " FROM events CROSS JOIN unnest([source_country, target_country]) AS s(side)"
        + " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country");
    List<Object> params = new ArrayList<>();
    where(sql, params, new Filter(f.since(), f.until(), null, false));
    if (f.actor() != null) {
      sql.append(" AND ? IN (source_country, target_country) AND side <> ?");
      params.add(f.actor());
      params.add(f.actor());
    }
    sql.append(" GROUP BY side ORDER BY n DESC, side");
    return Rows.list(conn, sql.toString(), params, r -> new CountryCount(r.getString(1), r.getLong(2), r.getLong(3),
        r.getDouble(4), r.getDouble(5)), "countries");
  }

  private static void where(StringBuilder sql, List<Object> params, Filter f) {
    if (f.since() != null) {
      sql.append(" AND event_day >= ?");
      params.add(Date.valueOf(f.since()));
    }
    if (f.until() != null) {
      sql.append(" AND event_day <= ?");
      params.add(Date.valueOf(f.until()));
    }
    if (!f.domestic()) {
      sql.append(" AND NOT coalesce(domestic, false)");
    }
  }

  private static List<String> ids(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
