package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.event.Event;

/** Writes the store's events to a file: GDELT TSV, PLOVER-style JSON Lines, Parquet or CSV. */
public final class Exporter {
  private static final String EVENTS = "SELECT " + EventRow.COLUMNS + " FROM events ORDER BY event_day, id";
  private final Connection conn;

  Exporter(Connection conn) {
    this.conn = conn;
  }

  /** Writes all events in the format to {@code out} (replaced if it exists); returns the rows written. */
  public long export(ExportFormat format, Path out) {
    try {
      return switch (format) {
        case GDELT -> gdelt(out);
        case PLOVER -> plover(out);
        case PARQUET -> copy(out, "(FORMAT parquet)");
        case CSV -> copy(out, "(FORMAT csv, HEADER true)");
      };
    } catch (SQLException e) {
      throw new OrbitException("cannot export " + format.name().toLowerCase(java.util.Locale.ROOT) + " to " + out
          + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** DuckDB COPY with the file name as a parameter; the options are fixed strings of this class. */
  private long copy(Path out, String options) throws SQLException, IOException {
    Files.deleteIfExists(out);
    try (PreparedStatement copy = conn.prepareStatement("COPY (" + EVENTS + ") TO ? " + options)) {
      copy.setString(1, out.toAbsolutePath().toString());
      copy.execute();
    }
    try (PreparedStatement count = conn.prepareStatement("SELECT count(*) FROM events");
         ResultSet r = count.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private long gdelt(Path out) throws SQLException, IOException {
    String sql = "SELECT " + prefixed("e.") + ", c.num_mentions, c.num_sources, c.num_articles, c.first_seen, a.url"
        + " FROM clusters c JOIN events e ON e.id = c.event_id JOIN articles a ON a.id = e.article"
        + " ORDER BY c.cluster_id";
    return lines(out, sql, r -> {
      StoredEvent s = EventRow.read(r);
      java.sql.Date day = r.getDate("event_day");
      java.sql.Date added = r.getDate("first_seen");
      return GdeltRow.tsv(GdeltRow.of(s.cluster(), s.event(), day == null ? null : day.toLocalDate(),
          r.getInt("num_mentions"), r.getInt("num_sources"), r.getInt("num_articles"),
          added == null ? null : added.toLocalDate(), r.getString("url")));
    });
  }

  private long plover(Path out) throws SQLException, IOException {
    String sql = "SELECT " + prefixed("e.") + ", a.published, a.url FROM events e JOIN articles a ON a.id = e.article"
        + " ORDER BY e.event_day, e.id";
    return lines(out, sql, r -> json(plover(EventRow.read(r), r.getDate("published").toLocalDate().toString(),
        r.getString("url"))));
  }

  /** One line of a result row, or an SQL error. */
  private interface Line {
    String of(ResultSet row) throws SQLException;
  }

  /** Writes one line per row of the query to {@code out}; returns the rows written. */
  private long lines(Path out, String sql, Line line) throws SQLException, IOException {
    long rows = 0;
    try (PreparedStatement q = conn.prepareStatement(sql); ResultSet r = q.executeQuery();
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      while (r.next()) {
        w.write(line.of(r));
        w.newLine();
        rows++;
      }
    }
    return rows;
  }

  /** PLOVER/POLECAT field names: actor and recipient, event type and mode, place, story and event dates. */
  static Map<String, Object> plover(StoredEvent s, String storyDate, String url) {
    Event e = s.event();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event_id", s.id());
    m.put("cluster_id", s.cluster());
    m.put("story_date", storyDate);
    m.put("event_date", e.date());
    m.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().label());
    m.put("event_type", e.plover());
    m.put("event_mode", null);
    m.put("contexts", List.of());
    m.put("actor_name", e.source() == null ? null : e.source().text());
    m.put("actor_country", e.source() == null ? null : e.source().country());
    m.put("actor_agent", e.source() == null ? null : e.source().sector());
    m.put("recipient_name", e.target() == null ? null : e.target().text());
    m.put("recipient_country", e.target() == null ? null : e.target().country());
    m.put("recipient_agent", e.target() == null ? null : e.target().sector());
    m.put("placename", e.location() == null ? null : e.location().name());
    m.put("country", e.location() == null ? null : e.location().country());
    m.put("latitude", e.location() == null ? null : e.location().lat());
    m.put("longitude", e.location() == null ? null : e.location().lon());
    m.put("cameo", e.cameo());
    m.put("goldstein", e.goldstein());
    m.put("quad_class", e.quad());
    m.put("factuality", e.factuality() == null ? null : e.factuality().label());
    m.put("text", e.evidence());
    m.put("article", e.article());
    m.put("url", url);
    return m;
  }

  private static String prefixed(String alias) {
    return alias + EventRow.COLUMNS.replace(", ", ", " + alias);
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
  }
}
