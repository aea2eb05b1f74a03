package orbit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/** Reads stored quotes back with their article's date, for "who said what about whom". */
public final class QuoteQueries {
  private final Connection conn;

  QuoteQueries(Connection conn) {
    this.conn = conn;
  }

  /** A stored quote with its speaker's profile and the publication date of its article. */
  public record StoredQuote(String article, LocalDate published, int start, int end, String text, boolean direct,
                            String speaker, String role, String affiliation, String country, String mentions) {}

  /**
   * Quotes that mention {@code about} (a country code; null for all) by speakers whose name contains
   * {@code speaker} (case-insensitive; null for all), grouped by speaker, oldest first.
   */
  public List<StoredQuote> find(String about, String speaker, int limit) {
    String sql = """
        SELECT q.article, a.published, q.start, q."end", q.text, q.direct, q.speaker_name, q.speaker_role,
               q.speaker_affiliation, q.speaker_country, q.mentions
        FROM quotes q JOIN articles a ON a.id = q.article
        WHERE (? IS NULL OR q.mentions LIKE '%"' || ? || '"%')
          AND (? IS NULL OR q.speaker_name ILIKE '%' || ? || '%')
        ORDER BY q.speaker_name NULLS LAST, a.published, q.article, q.start
        LIMIT ?""";
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      q.setString(1, about);
      q.setString(2, about);
      q.setString(3, speaker);
      q.setString(4, speaker);
      q.setInt(5, limit);
      List<StoredQuote> found = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(new StoredQuote(r.getString(1), r.getObject(2, LocalDate.class), r.getInt(3), r.getInt(4),
              r.getString(5), r.getBoolean(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
              r.getString(11)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new OrbitException("cannot query quotes: " + e.getMessage(), e);
    }
  }
}
