package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import orbit.core.Json;
import orbit.core.OrbitException;

/**
 * What {@code orbit watch} keeps in the store between rounds and across restarts: the version of each watched input
 * last read, which articles are stored already, and the alerts raised ({@code V6__alerts.sql}).
 */
public final class WatchState {
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {};
  private static final String ALERT_COLUMNS = "id, source, target, period, conflict, baseline, cusum, events, raised";
  private final Connection conn;

  WatchState(Connection conn) {
    this.conn = conn;
  }

  /** The validators of an input's version last read (HTTP ETag and Last-Modified, or a file's size and time). */
  public record Version(String etag, String lastModified) {
    public static final Version NONE = new Version(null, null);
  }

  /** The version of {@code input} last read, {@link Version#NONE} if none was. */
  public Version version(String input) {
    return Rows.list(conn, "SELECT etag, last_modified FROM watched WHERE input = ?", List.of(input),
        r -> new Version(r.getString(1), r.getString(2)), "the watched input " + input).stream().findFirst()
        .orElse(Version.NONE);
  }

  /** Records a poll of {@code input}: the version now read (or still the one before) and the outcome. */
  public void checked(String input, Version version, String outcome, Instant at) {
    String sql = "INSERT OR REPLACE INTO watched (input, etag, last_modified, checked, outcome) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      s.setString(1, input);
      s.setString(2, version.etag());
      s.setString(3, version.lastModified());
      s.setObject(4, at.atOffset(ZoneOffset.UTC).toLocalDateTime());
      s.setString(5, outcome);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new OrbitException("cannot record the poll of " + input + ": " + e.getMessage(), e);
    }
  }

  /** Which of the article ids are stored already. */
  public Set<String> storedArticles(Collection<String> ids) {
    try {
      return BatchWriter.existing(conn, BatchWriter.IDS, ids);
    } catch (SQLException e) {
      throw new OrbitException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** The directed dyads ("SRC TGT") of the events with both sides known in articles stored at or after {@code since}. */
  public Set<String> dyadsStoredSince(Instant since) {
    String sql = "SELECT DISTINCT e.source_country || ' ' || e.target_country FROM events e JOIN articles a"
        + " ON a.id = e.article WHERE a.ingested >= ? AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL";
    Set<String> dyads = new HashSet<>();
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setObject(1, since.atOffset(ZoneOffset.UTC).toLocalDateTime());
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          dyads.add(r.getString(1));
        }
      }
      return dyads;
    } catch (SQLException e) {
      throw new OrbitException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps the alert (its id is ignored) unless its dyad and month were raised before; returns it as stored, with
   * its id, or empty when it was raised already.
   */
  public Optional<RaisedAlert> raise(RaisedAlert a) {
    String sql = "INSERT INTO alerts (source, target, period, conflict, baseline, cusum, events, raised)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, target, period) DO NOTHING RETURNING id";
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      s.setString(1, a.source());
      s.setString(2, a.target());
      s.setObject(3, a.period());
      s.setDouble(4, a.conflict());
      s.setDouble(5, a.baseline());
      s.setDouble(6, a.cusum());
      s.setString(7, Json.mapper().writeValueAsString(a.events()));
      s.setObject(8, a.raised().atOffset(ZoneOffset.UTC).toLocalDateTime());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new RaisedAlert(r.getLong(1), a.source(), a.target(), a.period(), a.conflict(),
            a.baseline(), a.cusum(), a.events(), a.raised())) : Optional.empty();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new OrbitException("cannot keep the alert " + a.source() + "→" + a.target() + " " + a.period() + ": "
          + e.getMessage(), e);
    }
  }

  /** The alerts raised after the one with id {@code after}, oldest first, at most {@code limit}. */
  public List<RaisedAlert> alertsAfter(long after, int limit) {
    String sql = "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id > ? ORDER BY id LIMIT ?";
    return Rows.list(conn, sql, List.of(after, limit), WatchState::alert, "the raised alerts");
  }

  private static RaisedAlert alert(ResultSet r) throws SQLException {
    try {
      Timestamp raised = r.getTimestamp(9);
      return new RaisedAlert(r.getLong(1), r.getString(2), r.getString(3), Rows.date(r, 4), r.getDouble(5),
          r.getDouble(6), r.getDouble(7), Json.mapper().readValue(r.getString(8), IDS),
          raised.toLocalDateTime().toInstant(ZoneOffset.UTC));
    } catch (JsonProcessingException e) {
      throw new SQLException("alert " + r.getLong(1) + " has bad event ids: " + e.getMessage(), e);
    }
  }
}
