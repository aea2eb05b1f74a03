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
import org.duckdb.DuckDBConnection;

/**
 * The store benchmark: writes synthetic events (random dyads among 30 countries, days from 2015
 * to 2025) as ingest does ({@link EventStage}) in batches of a million, each batch in one transaction with its dyads' monthly
 * counts, then times one dyad's monthly series. Run as {@code ./orbit bench-store}.
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
    Synthetic synthetic = new Synthetic(seed);
    long start = System.nanoTime();
    DuckDBConnection conn = (DuckDBConnection) store.connection();
    try {
      for (long done = 0; done < events; done += CHUNK) {
        appendChunk(conn, synthetic, done, Math.min(events, done + CHUNK));
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

  /**
   * Events {@code from} … {@code to - 1} (from a multiple of 4), in one transaction with their monthly counts, as
   * ingest writes a batch. Four events an article, one cluster an article, so no cluster spans two chunks.
   */
  private static void appendChunk(DuckDBConnection conn, Synthetic synthetic, long from, long to)
      throws SQLException {
    conn.setAutoCommit(false);
    try {
      try (EventStage stage = new EventStage(conn)) {
        String article = null;
        for (long i = from; i < to; i++) {
          if (i % 4 == 0) {
            article = "bench-" + (i / 4);
          }
          stage.add(article + "#" + (i % 4), i / 4 + 1, article, synthetic.event(article));
        }
        stage.write();
      }
      DyadMonths.add(conn, from / 4 + 1, List.of(), List.of());
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Random events; the actors and days are made once, so that the run times the store rather than the generator. */
  private static final class Synthetic {
    private final SplittableRandom random;
    private final List<Actor> actors = COUNTRIES.stream().map(c -> Actor.of(c, "GOV", null)).toList();
    private final String[] days = new String[DAYS];

    Synthetic(long seed) {
      random = new SplittableRandom(seed);
      for (int d = 0; d < DAYS; d++) {
        days[d] = START.plusDays(d).toString();
      }
    }

    Event event(String article) {
      int s = random.nextInt(actors.size());
      int t = (s + 1 + random.nextInt(actors.size() - 1)) % actors.size();
      String cameo = CODES[random.nextInt(CODES.length)];
      String day = days[random.nextInt(DAYS)];
      return new Event(article, random.nextInt(30), 0, 80, "synthetic", null, actors.get(s), actors.get(t), cameo,
          cameo.substring(0, 2), null, random.nextDouble() * 20 - 10, 1 + random.nextInt(4), day, DatePrecision.DAY,
          null, Factuality.ASSERTED, null, 0.5);
    }
  }
}
