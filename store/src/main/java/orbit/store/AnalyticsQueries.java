package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;

/** What analytics reads: fact events between countries, article volume per day, quotes and indicators. */
public final class AnalyticsQueries {
  private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Double>> TONE = new TypeReference<>() {};
  private final Connection conn;

  AnalyticsQueries(Connection conn) {
    this.conn = conn;
  }

  /** Fact events (asserted or reported) with a day and two different countries, on or after {@code since}. */
  public List<FactEvent> facts(LocalDate since) {
    return facts(since, false);
  }

  /**
   * Fact events (asserted or reported) with a day and both sides known, on or after {@code since}:
   * between two different countries, and with {@code domestic} also those within one country.
   */
  public List<FactEvent> facts(LocalDate since, boolean domestic) {
    return facts(since, domestic, null, null);
  }

  /**
   * The fact events of {@link #facts(LocalDate, boolean)} from {@code a} to {@code b} or from {@code b} to
   * {@code a}, or all of them when {@code a} is null: a dyad's series reads only its own events.
   */
  public List<FactEvent> facts(LocalDate since, boolean domestic, String a, String b) {
    String sql = "SELECT id, cluster_id, article, event_day, source_country, target_country, cameo, root, goldstein,"
        + " quad, evidence FROM events WHERE factuality IN ('asserted', 'reported') AND event_day IS NOT NULL"
        + " AND event_day >= ? AND source_country IS NOT NULL AND target_country IS NOT NULL"
        + " AND (? OR source_country <> target_country)"
        + " AND (?::VARCHAR IS NULL OR (source_country = ? AND target_country = ?)"
        + " OR (source_country = ? AND target_country = ?)) ORDER BY event_day, id";
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setDate(1, Date.valueOf(since == null ? EPOCH : since));
      q.setBoolean(2, domestic);
      q.setString(3, a);
      q.setString(4, a);
      q.setString(5, b);
      q.setString(6, b);
      q.setString(7, a);
      List<FactEvent> found = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(new FactEvent(r.getString(1), r.getLong(2), r.getString(3), r.getDate(4).toLocalDate(),
              r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getDouble(9), r.getInt(10),
              r.getString(11)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new OrbitException("cannot read the fact events: " + e.getMessage(), e);
    }
  }

  /** Stored articles per publication day, on or after {@code since}. */
  public Map<LocalDate, Long> articlesPerDay(LocalDate since) {
    String sql = "SELECT published, count(*) FROM articles WHERE published >= ? GROUP BY published ORDER BY published";
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setDate(1, Date.valueOf(since == null ? EPOCH : since));
      Map<LocalDate, Long> days = new TreeMap<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          days.put(r.getDate(1).toLocalDate(), r.getLong(2));
        }
      }
      return days;
    } catch (SQLException e) {
      throw new OrbitException("cannot count articles: " + e.getMessage(), e);
    }
  }

  /** The quotes that mention {@code country}, by article and position, with speaker, mentions and tone. */
  public List<Quote> quotesMentioning(String country) {
    String sql = "SELECT article, sentence, start, \"end\", text, direct, speaker_name, speaker_role, speaker_affiliation,"
        + " speaker_country, mentions, tone FROM quotes WHERE mentions LIKE ? ORDER BY article, start";
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setString(1, "%\"" + country + "\"%");
      List<Quote> found = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Speaker speaker = r.getString(7) == null && r.getString(10) == null ? null
              : new Speaker(r.getString(7), r.getString(8), r.getString(9), r.getString(10));
          List<String> mentions = Json.mapper().readValue(r.getString(11), STRINGS);
          Map<String, Double> tone = r.getString(12) == null ? Map.of() : Json.mapper().readValue(r.getString(12), TONE);
          if (mentions.contains(country)) {
            found.add(new Quote(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getString(5), r.getBoolean(6),
                speaker, mentions, tone));
          }
        }
      }
      return found;
    } catch (SQLException | JsonProcessingException e) {
      throw new OrbitException("cannot read quotes: " + e.getMessage(), e);
    }
  }

  /** Replaces rows with the same key (country, partner, year, indicator, source); returns the rows written. */
  public int loadIndicators(List<Indicator> rows) {
    String sql = "INSERT OR REPLACE INTO indicators (country, partner, year, indicator, value, unit, source, url, note)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try {
      boolean auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try (PreparedStatement q = conn.prepareStatement(sql)) {
        for (Indicator i : rows) {
          q.setString(1, i.country());
          q.setString(2, i.partner());
          q.setInt(3, i.year());
          q.setString(4, i.indicator());
          q.setDouble(5, i.value());
          q.setString(6, i.unit());
          q.setString(7, i.source());
          q.setString(8, i.url());
          q.setString(9, i.note());
          q.addBatch();
        }
        q.executeBatch();
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(auto);
      }
      return rows.size();
    } catch (SQLException e) {
      throw new OrbitException("cannot load indicators, none was written: " + e.getMessage(), e);
    }
  }

  /** All indicator rows, by country, partner, indicator and year. */
  public List<Indicator> indicators() {
    String sql = "SELECT country, partner, year, indicator, value, unit, source, url, note FROM indicators"
        + " ORDER BY country, partner, indicator, year, source";
    try (PreparedStatement q = conn.prepareStatement(sql); ResultSet r = q.executeQuery()) {
      List<Indicator> found = new ArrayList<>();
      while (r.next()) {
        found.add(new Indicator(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getDouble(5),
            r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
      }
      return found;
    } catch (SQLException e) {
      throw new OrbitException("cannot read indicators: " + e.getMessage(), e);
    }
  }
}
