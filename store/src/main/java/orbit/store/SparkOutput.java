package orbit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Event;
import orbit.core.event.Quote;

/**
 * The Parquet output of the Spark job (docs/spark.md: {@code articles}, {@code events} partitioned by
 * event_month, {@code quotes}, {@code failures}) read with DuckDB, as a stream of outcomes: its failures, then
 * its articles by date and id, each analysed already (the events and quotes the job coded) and with each
 * event's cluster as the job found it ({@link Outcome#clusters}). Ingest then stores them as it stores what it
 * reads and codes itself.
 */
public final class SparkOutput implements AutoCloseable {
  private static final String FAILURES = "SELECT origin, id, \"partition\", reason FROM read_parquet(?)"
      + " ORDER BY origin, id";
  private static final String EVENTS = "SELECT article, list(to_json(e)::VARCHAR ORDER BY n) AS events,"
      + " list(cluster_id ORDER BY n) AS clusters FROM (SELECT *, CAST(regexp_extract(event_id, '#([0-9]+)$', 1)"
      + " AS INTEGER) AS n FROM read_parquet(?, hive_partitioning = true)) e GROUP BY article";
  private static final String NO_EVENTS = "SELECT NULL::VARCHAR AS article, NULL::VARCHAR[] AS events,"
      + " NULL::VARCHAR[] AS clusters LIMIT 0";
  private static final String ARTICLES = "WITH ev AS (%s), qu AS (SELECT article, list(to_json(q)::VARCHAR ORDER BY sentence,"
      + " start) AS quotes FROM read_parquet(?) q GROUP BY article)"
      + " SELECT a.origin, a.id, a.date, a.title, a.url, a.source, a.text, ev.events, ev.clusters, qu.quotes"
      + " FROM read_parquet(?) a LEFT JOIN ev ON ev.article = a.id LEFT JOIN qu ON qu.article = a.id"
      + " ORDER BY a.date, a.id";
  private static final ObjectReader EVENT = Json.mapper().readerFor(Event.class);
  private static final ObjectReader QUOTE = Json.mapper().readerFor(Quote.class);
  private final Path dir;
  private final Connection duckdb;

  private SparkOutput(Path dir, Connection duckdb) {
    this.dir = dir;
    this.duckdb = duckdb;
  }

  /** The job's output folder (OUT of {@code orbit spark code IN OUT}); read with an in-memory DuckDB. */
  public static SparkOutput open(Path dir) {
    for (String part : List.of("articles", "events", "quotes", "failures")) {
      if (!Files.isDirectory(dir.resolve(part))) {
        throw new OrbitException(dir + " is not the output of the Spark job: it has no " + part + " folder");
      }
    }
    try {
      return new SparkOutput(dir, DriverManager.getConnection("jdbc:duckdb:"));
    } catch (SQLException e) {
      throw new OrbitException("cannot start DuckDB to read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The job's failures, then its articles (lazily); close the stream to end the read. */
  public Stream<Outcome> outcomes() {
    try {
      boolean events = hasEvents();
      PreparedStatement q = duckdb.prepareStatement(ARTICLES.formatted(events ? EVENTS : NO_EVENTS));
      int i = 1;
      if (events) {
        q.setString(i++, glob("events", "*/*.parquet"));
      }
      q.setString(i++, glob("quotes", "*.parquet"));
      q.setString(i, glob("articles", "*.parquet"));
      ResultSet rows = q.executeQuery();
      Spliterator<Outcome> read = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
        @Override
        public boolean tryAdvance(Consumer<? super Outcome> action) {
          try {
            if (!rows.next()) {
              return false;
            }
            action.accept(article(rows));
            return true;
          } catch (SQLException e) {
            throw new OrbitException("cannot read the Spark job's output in " + dir + ": " + e.getMessage(), e);
          }
        }
      };
      return Stream.concat(failures().stream(), StreamSupport.stream(read, false).onClose(() -> close(q)));
    } catch (SQLException e) {
      throw new OrbitException("cannot read the Spark job's output in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Whether the job wrote any event (an empty dataset partitioned by month is a folder without files). */
  private boolean hasEvents() {
    try (Stream<Path> files = Files.walk(dir.resolve("events"))) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.resolve("events"), e);
    }
  }

  private List<Outcome> failures() throws SQLException {
    List<Outcome> failed = new ArrayList<>();
    try (PreparedStatement q = duckdb.prepareStatement(FAILURES)) {
      q.setString(1, glob("failures", "*.parquet"));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String id = r.getString(2);
          failed.add(Outcome.failed(new IngestRecord(r.getString(1), id != null ? "id " + id : "partition " + r.getInt(3),
              IngestStatus.FAILED, r.getString(4))));
        }
      }
    }
    return failed;
  }

  /** An article row: the article with its events, their clusters and its quotes, or the failure to read them. */
  private Outcome article(ResultSet r) throws SQLException {
    Article article = new Article(r.getString(2), r.getObject(3, LocalDate.class), r.getString(4), r.getString(5),
        r.getString(6), r.getString(7));
    IngestRecord record = new IngestRecord(r.getString(1), "id " + article.id(), IngestStatus.OK, null);
    try {
      List<Event> events = new ArrayList<>();
      for (Object json : array(r, 8)) {
        events.add(EVENT.readValue((String) json));
      }
      List<String> clusters = new ArrayList<>();
      for (Object id : array(r, 9)) {
        clusters.add((String) id);
      }
      List<Quote> quotes = new ArrayList<>();
      for (Object json : array(r, 10)) {
        quotes.add(QUOTE.readValue((String) json));
      }
      ArticleDoc doc = ArticleDoc.of(article).withQuotes(quotes).withEvents(events);
      return new Outcome(record, article, null, null, doc, clusters);
    } catch (JsonProcessingException e) {
      return Outcome.failed(record.withStatus(IngestStatus.FAILED, "unreadable event or quote: " + e.getOriginalMessage()));
    }
  }

  private static Object[] array(ResultSet r, int column) throws SQLException {
    java.sql.Array array = r.getArray(column);
    return array == null ? new Object[0] : (Object[]) array.getArray();
  }

  private String glob(String part, String files) {
    return dir.resolve(part).toAbsolutePath() + "/" + files;
  }

  private static void close(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      throw new OrbitException("cannot close a read of Parquet: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    close(duckdb);
  }
}
