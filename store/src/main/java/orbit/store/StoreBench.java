package orbit.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import orbit.core.OrbitException;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The store benchmark: appends synthetic events (random dyads among 30 countries, days from 2015
 * to 2025) through the Appender, then times one dyad's monthly series. Run as {@code ./orbit bench-store}.
 */
public final class StoreBench {
  private static final List<String> COUNTRIES = List.of("RUS", "AZE", "ARM", "GEO", "TUR", "IRN", "UKR", "BLR", "KAZ",
      "UZB", "USA", "CHN", "FRA", "DEU", "GBR", "ISR", "PSE", "EGY", "SAU", "ARE", "IND", "PAK", "AFG", "SYR", "IRQ",
      "JPN", "KOR", "PRK", "POL", "EUR");
  private static final String[] CODES = {"010", "036", "042", "057", "111", "112", "130", "161", "173", "190", "193"};
  private static final LocalDate START = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 11 * 365;
  private static final long CHUNK = 1_000_000;

  /** What one run measured. */
  public record Result(long events, Duration write, Duration firstQuery, Duration repeatQuery, int months,
                       long monthlyEvents) {
    public double eventsPerSecond() {
      return events / Math.max(write.toNanos() / 1e9, 1e-9);
    }
  }

  private StoreBench() {}

  /** Appends {@code events} synthetic events to the store, then queries RUS → AZE by month twice. */
  public static Result run(Store store, long events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = System.nanoTime();
    DuckDBConnection conn = (DuckDBConnection) store.connection();
    try {
      for (long done = 0; done < events; done += CHUNK) {
        appendChunk(conn, random, done, Math.min(events, done + CHUNK));
      }
    } catch (SQLException e) {
      throw new OrbitException("cannot append benchmark events: " + e.getMessage(), e);
    }
    Duration write = Duration.ofNanos(System.nanoTime() - start);
    long q1 = System.nanoTime();
    List<EventQueries.DyadMonth> months = store.events().monthly("RUS", "AZE");
    Duration first = Duration.ofNanos(System.nanoTime() - q1);
    long q2 = System.nanoTime();
    store.events().monthly("RUS", "AZE");
    Duration repeat = Duration.ofNanos(System.nanoTime() - q2);
    return new Result(events, write, first, repeat, months.size(),
        months.stream().mapToLong(EventQueries.DyadMonth::mentions).sum());
  }

  /** Events {@code from} … {@code to - 1}, in one transaction (as ingest writes a batch). */
  private static void appendChunk(DuckDBConnection conn, SplittableRandom random, long from, long to)
      throws SQLException {
    conn.setAutoCommit(false);
    try (var begin = conn.createStatement()) {
      begin.execute("SELECT 1");
    }
    try (DuckDBAppender app = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (long i = from; i < to; i++) {
        Event e = event(random, "bench-" + (i / 4));
        EventRow.append(app, "bench-" + (i / 4) + "#" + (i % 4), i / 3 + 1, e.article(), e);
      }
      app.flush();
    }
    conn.commit();
    conn.setAutoCommit(true);
  }

  private static Event event(SplittableRandom random, String article) {
    int s = random.nextInt(COUNTRIES.size());
    int t = (s + 1 + random.nextInt(COUNTRIES.size() - 1)) % COUNTRIES.size();
    String cameo = CODES[random.nextInt(CODES.length)];
    String day = START.plusDays(random.nextInt(DAYS)).toString();
    return new Event(article, random.nextInt(30), 0, 80, "synthetic", null, Actor.of(COUNTRIES.get(s), "GOV", null),
        Actor.of(COUNTRIES.get(t), "GOV", null), cameo, cameo.substring(0, 2), null, random.nextDouble() * 20 - 10,
        1 + random.nextInt(4), day, DatePrecision.DAY, null, Factuality.ASSERTED, null, 0.5);
  }
}
