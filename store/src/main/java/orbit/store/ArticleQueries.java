package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import orbit.core.Json;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;

/** Reads articles and quotes back. All values travel as {@code ?} parameters. */
public final class ArticleQueries {
  private static final String QUOTE_COLUMNS = "article, sentence, start, \"end\", text, direct, speaker_name,"
      + " speaker_role, speaker_affiliation, speaker_country, mentions, tone";
  private final Connection conn;

  ArticleQueries(Connection conn) {
    this.conn = conn;
  }

  /** A stored article with its full text as ingested (offsets of events and quotes point into it). */
  public record StoredArticle(String id, String url, String source, LocalDate published, String title, String text) {}

  public Optional<StoredArticle> byId(String id) {
    String sql = "SELECT id, url, source, published, title, text FROM articles WHERE id = ?";
    return Rows.list(conn, sql, List.of(id), r -> new StoredArticle(r.getString(1), r.getString(2), r.getString(3),
        Rows.date(r, 4), r.getString(5), r.getString(6)), "article " + id).stream().findFirst();
  }

  /** The quotes of one article, in text order. */
  public List<Quote> quotesOf(String article) {
    String sql = "SELECT " + QUOTE_COLUMNS + " FROM quotes WHERE article = ? ORDER BY start";
    return Rows.list(conn, sql, List.of(article), ArticleQueries::quote, "quotes of " + article);
  }

  /**
   * Quotes by speaker: {@code speaker} is a case-insensitive part of the speaker's name, role or
   * affiliation, {@code mentioned} a country code the quote mentions; null matches everything.
   */
  public List<Quote> quotes(String speaker, String mentioned, int limit, int offset) {
    StringBuilder sql = new StringBuilder("SELECT ").append(QUOTE_COLUMNS).append(" FROM quotes WHERE true");
    List<Object> params = new ArrayList<>();
    if (speaker != null) {
      sql.append(" AND concat_ws(' ', speaker_name, speaker_role, speaker_affiliation) ILIKE ? ESCAPE '\\'");
      params.add("%" + Rows.likeEscaped(speaker) + "%");
    }
    if (mentioned != null) {
      sql.append(" AND list_contains(CAST(json_extract_string(mentions, '$[*]') AS VARCHAR[]), ?)");
      params.add(mentioned);
    }
    sql.append(" ORDER BY speaker_name NULLS LAST, article, start LIMIT ? OFFSET ?");
    params.add(limit);
    params.add(offset);
    return Rows.list(conn, sql.toString(), params, ArticleQueries::quote, "quotes");
  }

  private static Quote quote(ResultSet r) throws SQLException {
    Speaker speaker = r.getString(7) == null && r.getString(8) == null && r.getString(9) == null ? null
        : new Speaker(r.getString(7), r.getString(8), r.getString(9), r.getString(10));
    try {
      List<String> mentions = r.getString(11) == null ? List.of()
          : Json.mapper().readValue(r.getString(11), new TypeReference<List<String>>() {});
      Map<String, Double> tone = r.getString(12) == null ? Map.of()
          : Json.mapper().readValue(r.getString(12), new TypeReference<Map<String, Double>>() {});
      return new Quote(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getString(5), r.getBoolean(6),
          speaker, mentions, tone);
    } catch (JsonProcessingException e) {
      throw new SQLException("a quote's mentions or tone is not the JSON the store writes: " + e.getMessage(), e);
    }
  }
}
