package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.core.event.Location;

/** Writes the store's events to a file: GDELT TSV, PLOVER JSON Lines, Parquet or CSV. */
public final class Exporter {
  private static final String EVENTS = "SELECT " + EventRow.COLUMNS + " FROM events ORDER BY event_day, id";
  private final Connection conn;
  private final Path store;

  /** {@code store}: the file of the store read (null: in memory), which an export never overwrites. */
  Exporter(Connection conn, Path store) {
    this.conn = conn;
    this.store = store;
  }

  /**
   * Writes all events in the format to the target (replacing the file if it exists and the target allows it);
   * returns the rows written. The rows go to a temporary file beside it, moved over it only once complete, so
   * a failed export leaves the old file as it was.
   */
  public long export(ExportFormat format, ExportTarget target) {
    Optional<String> refusal = target.refusal(store);
    if (refusal.isPresent()) {
      throw new OrbitException(refusal.get());
    }
    Path out = target.out();
    Path part = null;
    try {
      Path file = target.resolved();
      part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
      long rows = write(format, part);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return rows;
    } catch (SQLException e) {
      throw new OrbitException("cannot export " + format.name().toLowerCase(java.util.Locale.ROOT) + " to " + out
          + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    } finally {
      if (part != null) {
        // best effort after a failure (the error that matters is the one above); after a move it is gone already
        part.toFile().delete();
      }
    }
  }

  private long write(ExportFormat format, Path file) throws SQLException, IOException {
    return switch (format) {
      case GDELT -> gdelt(file);
      case PLOVER -> plover(file);
      case PARQUET -> copy(file, "(FORMAT parquet)");
      case CSV -> copy(file, "(FORMAT csv, HEADER true)");
    };
  }

  /** DuckDB COPY with the file name as a parameter; the options are fixed strings of this class. */
  private long copy(Path out, String options) throws SQLException {
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
    String sql = "SELECT " + prefixed("e.") + ", a.published, a.url, a.title, a.language, a.source"
        + " FROM events e JOIN articles a ON a.id = e.article ORDER BY e.event_day, e.id";
    return lines(out, sql, r -> {
      java.sql.Date day = r.getDate("event_day");
      return json(plover(EventRow.read(r), cite(r), day == null ? null : day.toLocalDate()));
    });
  }

  /** One line of a result row, or an SQL error. */
  private interface Line {
    String of(ResultSet row) throws SQLException;
  }

  /** Writes one line per row of the query to {@code out}; returns the rows written. */
  private long lines(Path out, String sql, Line line) throws SQLException, IOException {
    long rows = 0;
    try (PreparedStatement q = conn.prepareStatement(sql); ResultSet r = q.executeQuery();
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
             StandardOpenOption.WRITE)) {
      while (r.next()) {
        w.write(line.of(r));
        w.newLine();
        rows++;
      }
    }
    return rows;
  }

  /**
   * One event in the PLOVER JSON fields (PLOVER manual, chapter "Data Fields"): actor and
   * recipient entity lists, event categories, location, quad code, the Goldstein score as
   * event_scale, the cluster as link, the evidence span as text_info and the article as cite_info.
   * Orbit's own fields (domestic, cameo, date_precision, factuality, confidence) follow; a side left
   * unknown is an empty entity list.
   */
  static Map<String, Object> plover(StoredEvent s, Map<String, Object> cite, LocalDate day) {
    Event e = s.event();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("date", day == null ? null : day.toString());
    m.put("actor", entities(e.source()));
    m.put("recipient", entities(e.target()));
    m.put("domestic", e.domestic());
    m.put("event", e.plover() == null ? List.of() : List.of(e.plover()));
    Location l = e.location();
    m.put("event_loc", l == null ? null : place(l));
    m.put("event_text", e.evidence() == null ? List.of() : List.of(e.evidence()));
    m.put("quad_code", e.quad());
    m.put("event_scale", e.goldstein());
    m.put("mode", List.of());
    m.put("context", List.of());
    m.put("link", Long.toString(s.cluster()));
    m.put("text_info", Map.of("sequence", e.sentence(), "start", e.start(), "end", e.end()));
    m.put("cite_info", cite);
    m.put("cameo", e.cameo());
    m.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().label());
    m.put("factuality", e.factuality() == null ? null : e.factuality().label());
    m.put("confidence", e.confidence());
    return m;
  }

  private static List<Map<String, Object>> entities(Actor a) {
    if (a == null) {
      return List.of();
    }
    Map<String, Object> entity = new LinkedHashMap<>();
    entity.put("code", a.country());
    entity.put("sector", a.sector());
    entity.put("entity_text", a.text());
    return List.of(entity);
  }

  private static Map<String, Object> place(Location l) {
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("extracted_place", l.name());
    place.put("lat", l.lat());
    place.put("lon", l.lon());
    place.put("country_code", l.country());
    return place;
  }

  private static Map<String, Object> cite(ResultSet r) throws SQLException {
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("citation", r.getString("article"));
    cite.put("url", r.getString("url"));
    cite.put("title", r.getString("title"));
    cite.put("language", r.getString("language"));
    cite.put("publication", r.getString("source"));
    cite.put("published", r.getDate("published").toLocalDate().toString());
    cite.put("coder", "orbit");
    cite.put("codebook", "CAMEO");
    return cite;
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
