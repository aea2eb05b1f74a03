package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.doc.Article;
import orbit.core.doc.Layer;
import orbit.core.event.Event;
import orbit.core.event.Quote;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes one batch in one transaction: its articles, their events (clustered) and quotes, and
 * every item's ingest log row. An article whose content hash is already stored becomes a
 * duplicate; an article whose id is taken by other text gets the id suffixed with its hash.
 * Rows go in through DuckDB's Appender (events by way of {@link EventStage}); the dyads' monthly counts ({@link DyadMonths}) follow in the same transaction.
 */
final class BatchWriter {
  static final String HASHES = "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))";
  static final String IDS = "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))";
  private final DuckDBConnection conn;
  private final KeptClusters kept;

  BatchWriter(DuckDBConnection conn, KeptClusters kept) {
    this.conn = conn;
    this.kept = kept;
  }

  List<IngestRecord> write(List<Outcome> batch) {
    try {
      conn.setAutoCommit(false);
      try {
        List<IngestRecord> records = writeAll(batch);
        conn.commit();
        return records;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new OrbitException("cannot write a batch of " + batch.size() + " items to the store (nothing of it was"
          + " written; run ingest again): " + e.getMessage(), e);
    }
  }

  private List<IngestRecord> writeAll(List<Outcome> batch) throws SQLException {
    List<String> hashes = batch.stream().filter(Outcome::stores).map(Outcome::contentHash).toList();
    List<String> wanted = batch.stream().filter(Outcome::stores).map(o -> o.article().id()).toList();
    Set<String> known = existing(conn, HASHES, hashes);
    Set<String> ids = existing(conn, IDS, wanted);
    List<IngestRecord> records = new ArrayList<>(batch.size());
    List<Outcome> stored = new ArrayList<>();
    for (Outcome o : batch) {
      if (o.stores() && known.contains(o.contentHash())) {
        o = o.with(o.record().withStatus(IngestStatus.DUPLICATE, "same text as a stored article"));
      } else if (o.stores()) {
        String id = o.article().id();
        if (!ids.add(id)) {
          id = id + "~" + o.contentHash().substring(0, 8);
          ids.add(id);
        }
        stored.add(renamed(o, id));
      }
      records.add(o.record());
    }
    appendArticles(stored);
    appendEventsAndQuotes(stored);
    appendLog(records);
    return records;
  }

  /** Which of the values the lookup (a fixed query with one VARCHAR[] parameter) finds, in one round trip. */
  static Set<String> existing(Connection conn, String lookup, Collection<String> values) throws SQLException {
    Set<String> found = new HashSet<>();
    try (PreparedStatement q = conn.prepareStatement(lookup)) {
      q.setArray(1, conn.createArrayOf("VARCHAR", values.toArray(new String[0])));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    return found;
  }

  private static Outcome renamed(Outcome o, String id) {
    Article a = o.article();
    return id.equals(a.id()) ? o : new Outcome(o.record(), new Article(id, a.date(), a.title(), a.url(), a.source(),
        a.text()), o.contentHash(), o.language(), o.doc(), o.clusters());
  }

  private void appendArticles(List<Outcome> stored) throws SQLException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (DuckDBAppender app = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
      for (Outcome o : stored) {
        Article a = o.article();
        boolean coded = o.doc() != null && o.doc().has(Layer.EVENTS);
        app.beginRow().append(a.id()).append(a.url()).append(a.source()).append(a.date()).append(a.title())
            .append(a.text()).append(o.contentHash()).append(o.language()).append(coded ? "coded" : "not-coded")
            .append(now).endRow();
      }
      app.flush();
    }
  }

  private void appendEventsAndQuotes(List<Outcome> stored) throws SQLException {
    Clusterer clusterer = new Clusterer(conn);
    try (EventStage events = new EventStage(conn);
         DuckDBAppender quotes = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quotes")) {
      for (Outcome o : stored) {
        if (o.doc() == null) {
          continue;
        }
        String article = o.article().id();
        List<Event> found = o.doc().events();
        for (int i = 0; i < found.size(); i++) {
          String id = article + "#" + i;
          events.add(id, kept.assign(clusterer, id, found.get(i), o.clusterOf(i)), article, found.get(i));
        }
        for (Quote q : o.doc().quotes()) {
          appendQuote(quotes, article, q);
        }
      }
      events.write();
      quotes.flush();
    }
    DyadMonths.add(conn, clusterer.firstNew(), clusterer.joined(), stored.stream().map(o -> o.article().id()).toList());
    clusterer.refresh();
  }

  private static void appendQuote(DuckDBAppender app, String article, Quote q) throws SQLException {
    app.beginRow().append(article).append(q.sentence()).append(q.start()).append(q.end()).append(q.text())
        .append(q.direct());
    if (q.speaker() == null) {
      app.appendNull().appendNull().appendNull().appendNull();
    } else {
      app.append(q.speaker().name()).append(q.speaker().role()).append(q.speaker().affiliation())
          .append(q.speaker().country());
    }
    app.append(json(q.mentions())).append(json(q.tone())).endRow();
  }

  private void appendLog(List<IngestRecord> records) throws SQLException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (DuckDBAppender app = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ingest_log")) {
      for (IngestRecord r : records) {
        app.beginRow().append(now).append(r.input()).append(r.position()).append(r.status().label())
            .append(r.reason()).endRow();
      }
      app.flush();
    }
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("lists and maps of strings and numbers always serialise", e);
    }
  }
}
