package orbit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import orbit.core.dedup.ClusterKey;
import orbit.core.dedup.Period;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import orbit.core.event.Span;
import org.duckdb.DuckDBAppender;

/** An event as a row of the {@code events} table, in the table's column order, and back. */
final class EventRow {
  /** The table's columns, in order, for SELECTs that read rows back with {@link #read}. */
  static final String COLUMNS = "id, cluster_id, article, sentence, start, \"end\", evidence, source_code, source_country,"
      + " source_sector, source_text, target_code, target_country, target_sector, target_text, cameo, root, plover,"
      + " goldstein, quad, event_date, date_precision, event_day, location_name, location_country, location_lat,"
      + " location_lon, factuality, attributed_to, confidence, trigger_start, trigger_end, domestic";

  private EventRow() {}

  /** Appends the event's values, in column order, to the row (or struct) that {@code app} has begun. */
  static void append(DuckDBAppender app, String id, long cluster, String article, Event e) throws SQLException {
    Period period = Period.of(e.date(), e.datePrecision());
    app.append(id).append(cluster).append(article).append(e.sentence()).append(e.start()).append(e.end())
        .append(e.evidence());
    actor(app, e.source());
    actor(app, e.target());
    app.append(e.cameo()).append(ClusterKey.rootOf(e.root(), e.cameo())).append(e.plover()).append(e.goldstein())
        .append(e.quad()).append(e.date()).append(e.datePrecision() == null ? null : e.datePrecision().label());
    if (period == null) {
      app.appendNull();
    } else {
      app.append(e.datePrecision() == DatePrecision.ARTICLE ? period.to() : period.from());
    }
    Location l = e.location();
    if (l == null) {
      app.appendNull().appendNull().appendNull().appendNull();
    } else {
      app.append(l.name()).append(l.country()).append(l.lat()).append(l.lon());
    }
    app.append(e.factuality() == null ? null : e.factuality().label()).append(e.attributedTo())
        .append(e.confidence());
    Span trigger = e.trigger();
    if (trigger == null) {
      app.appendNull().appendNull();
    } else {
      app.append(trigger.start()).append(trigger.end());
    }
    app.append(e.domestic());
  }

  private static void actor(DuckDBAppender app, Actor a) throws SQLException {
    if (a == null) {
      app.appendNull().appendNull().appendNull().appendNull();
    } else {
      app.append(a.code()).append(a.country()).append(a.sector()).append(a.text());
    }
  }

  /** The event of the current row of a result selecting {@link #COLUMNS}. */
  static StoredEvent read(ResultSet r) throws SQLException {
    Actor source = actor(r, "source");
    Actor target = actor(r, "target");
    Location location = r.getString("location_name") == null && r.getString("location_country") == null ? null
        : new Location(r.getString("location_name"), r.getString("location_country"),
            (Double) r.getObject("location_lat"), (Double) r.getObject("location_lon"));
    Event e = new Event(r.getString("article"), r.getInt("sentence"), r.getInt("start"), r.getInt("end"),
        r.getString("evidence"), trigger(r), source, target, r.getString("cameo"), r.getString("root"), r.getString("plover"),
        r.getDouble("goldstein"), r.getInt("quad"), r.getString("event_date"), precision(r.getString("date_precision")),
        location, factuality(r.getString("factuality")), r.getString("attributed_to"), r.getDouble("confidence"));
    return new StoredEvent(r.getString("id"), r.getLong("cluster_id"), e);
  }

  private static Span trigger(ResultSet r) throws SQLException {
    Object start = r.getObject("trigger_start");
    Object end = r.getObject("trigger_end");
    return start == null || end == null ? null : new Span(((Number) start).intValue(), ((Number) end).intValue());
  }

  private static Actor actor(ResultSet r, String side) throws SQLException {
    String code = r.getString(side + "_code");
    String country = r.getString(side + "_country");
    return code == null && country == null ? null
        : new Actor(code, country, r.getString(side + "_sector"), r.getString(side + "_text"));
  }

  static DatePrecision precision(String label) {
    return label == null ? null : DatePrecision.valueOf(label.toUpperCase(Locale.ROOT));
  }

  static Factuality factuality(String label) {
    return label == null ? null : Factuality.valueOf(label.toUpperCase(Locale.ROOT));
  }
}
