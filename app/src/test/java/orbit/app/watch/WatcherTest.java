package orbit.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import orbit.core.doc.Article;
import orbit.pipeline.Ingestion;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.Parsed;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.WebInputs;
import orbit.store.RaisedAlert;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Rounds of the watcher against a local feed server and a drop folder, with the phrase coder (no models). */
public class WatcherTest {
  public static final String CONDEMNED = "Azerbaijan condemned the Russian strike on the border post.";
  public static final String RECALLED = "Baku recalled its ambassador from Moscow after the strike.";
  public static final String DETAINED = "Russian police detained two Azerbaijani traders at a market.";
  private static int told;
  @TempDir Path dir;
  Path db;
  FeedServer site;

  @BeforeEach
  void start() throws IOException {
    db = dir.resolve("watch.duckdb");
    site = new FeedServer();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Watcher watcher(Store store, Duration deadline, String... inputs) {
    return new Watcher(store, List.of(inputs), new WebInputs(null, deadline), new Inputs(null), new PhraseAnalyzer());
  }

  /** Three AZE→RUS conflict events in June 2025 after a quiet January: the standard CUSUM alarms in June. */
  private void june() {
    site.add("b", LocalDate.of(2025, 6, 2), news(CONDEMNED));
    site.add("c", LocalDate.of(2025, 6, 12), news(RECALLED));
    site.add("d", LocalDate.of(2025, 6, 25), news(CONDEMNED));
  }

  @Test
  void aFeedThatGrowsIsReadOnlyWhenItChangedAndEachAlertIsRaisedOnce() {
    site.add("a", LocalDate.of(2025, 1, 10), news(CONDEMNED));
    try (Store store = Store.open(StoreConfig.file(db))) {
      Watcher w = watcher(store, Duration.ofSeconds(10), site.url("/feed.rss"));
      Watcher.Round first = w.round();
      assertThat(first.ingest().stored()).isEqualTo(1);
      assertThat(first.alerts()).isEmpty();
      assertThat(w.round().ingest().read()).as("not modified: nothing read").isZero();
      assertThat(site.notModified.get()).isEqualTo(1);
      june();
      Watcher.Round grown = w.round();
      assertThat(grown.ingest().stored()).as("only the new entries go to ingest").isEqualTo(3);
      assertThat(grown.ingest().duplicates()).isZero();
      assertThat(grown.alerts()).singleElement().satisfies(a -> {
        assertThat(a.alert().source() + "→" + a.alert().target()).isEqualTo("AZE→RUS");
        assertThat(a.alert().period()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(a.alert().events()).hasSize(3);
      });
      site.add("e", LocalDate.of(2025, 6, 28), news(RECALLED));
      Watcher.Round later = w.round();
      assertThat(later.ingest().stored()).isEqualTo(1);
      assertThat(later.alerts()).as("June was raised already").isEmpty();
      List<RaisedAlert> kept = store.watch().alertsAfter(0, 10);
      assertThat(kept).singleElement().extracting(RaisedAlert::id).isEqualTo(grown.alerts().get(0).id());
      assertThat(store.count(Store.Table.INGEST_LOG)).as("entries served again are not logged again").isEqualTo(5);
    }
  }

  @Test
  @Timeout(60)
  void aFeedThatFailsOrTimesOutIsLoggedAndAskedAgainNextRound() throws SQLException {
    site.add("a", LocalDate.of(2025, 1, 10), news(CONDEMNED));
    try (Store store = Store.open(StoreConfig.file(db))) {
      Watcher w = watcher(store, Duration.ofSeconds(1), site.url("/broken"), site.url("/slow"), site.url("/feed.rss"));
      Watcher.Round first = w.round();
      assertThat(first.ingest().failed()).isEqualTo(2);
      assertThat(first.ingest().stored()).isEqualTo(1);
      assertThat(store.watch().version(site.url("/broken")).etag()).isNull();
      site.broken = false;
      site.slowSeconds = 0;
      site.add("b", LocalDate.of(2025, 1, 20), news(DETAINED));
      Watcher.Round second = w.round();
      assertThat(second.ingest().failed()).isZero();
      assertThat(second.ingest().stored()).as("b once, though three feeds serve it").isEqualTo(1);
      assertThat(second.ingest().duplicates()).isEqualTo(2);
    }
    assertThat(column("SELECT reason FROM ingest_log WHERE status = 'failed' ORDER BY reason"))
        .containsExactly("HTTP 500", "fetch exceeded the 1 s deadline");
    assertThat(column("SELECT outcome FROM watched ORDER BY input"))
        .containsExactly("read 2 items", "read 2 items", "read 2 items");
  }

  @Test
  void aDropFolderIsReadWhenAFileIsNewOrChanged() throws IOException {
    Path drop = Files.createDirectory(dir.resolve("drop"));
    Path file = drop.resolve("wire.jsonl");
    Files.writeString(file, line("w1", "2025-01-10", news(CONDEMNED)));
    try (Store store = Store.open(StoreConfig.file(db))) {
      Watcher w = watcher(store, Duration.ofSeconds(10), drop.toString());
      assertThat(w.round().ingest().stored()).isEqualTo(1);
      assertThat(w.round().ingest().read()).as("unchanged: not read").isZero();
      Files.writeString(file, line("w2", "2025-01-11", news(DETAINED)), StandardOpenOption.APPEND);
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
      Watcher.Round grown = w.round();
      assertThat(grown.ingest().read()).as("only the new line goes to ingest").isEqualTo(1);
      assertThat(grown.ingest().stored()).isEqualTo(1);
      assertThat(store.count(Store.Table.ARTICLES)).isEqualTo(2);
    }
  }

  @Test
  void aRestartRaisesWhatACrashBetweenIngestAndAlertsLeftUnraised() throws IOException {
    site.add("a", LocalDate.of(2025, 1, 10), news(DETAINED));
    try (Store store = Store.open(StoreConfig.file(db))) {
      Watcher w = watcher(store, Duration.ofSeconds(10), site.url("/feed.rss"));
      assertThat(w.round().alerts()).isEmpty();
      // a round that stored these articles and stopped before it evaluated the alerts
      List<Parsed> stored = new ArrayList<>();
      stored.add(Parsed.ok("crashed", "line 1", article("x1", "2025-01-12", news(CONDEMNED))));
      stored.add(Parsed.ok("crashed", "line 2", article("x2", "2025-06-02", news(CONDEMNED))));
      stored.add(Parsed.ok("crashed", "line 3", article("x3", "2025-06-12", news(RECALLED))));
      stored.add(Parsed.ok("crashed", "line 4", article("x4", "2025-06-25", news(CONDEMNED))));
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { }).run(stored.stream());
      site.add("f", LocalDate.of(2025, 6, 20), news(DETAINED));
      assertThat(w.round().alerts()).as("this round touched RUS→AZE only").isEmpty();
    }
    try (Store store = Store.open(StoreConfig.file(db))) {
      Watcher restarted = watcher(store, Duration.ofSeconds(10), site.url("/feed.rss"));
      Watcher.Round first = restarted.round();
      assertThat(first.ingest().read()).as("the feed did not change: not read again").isZero();
      assertThat(first.alerts()).extracting(a -> a.alert().source() + "→" + a.alert().target() + " "
          + a.alert().period()).containsExactly("AZE→RUS 2025-06-01");
    }
  }

  @Test
  @Timeout(30)
  void stoppingEndsTheLoopAfterTheRoundRunning() throws InterruptedException {
    site.add("a", LocalDate.of(2025, 1, 10), news(DETAINED));
    try (Store store = Store.open(StoreConfig.file(db))) {
      CountDownLatch rounds = new CountDownLatch(1);
      WatchLoop loop = new WatchLoop(watcher(store, Duration.ofSeconds(10), site.url("/feed.rss")), Duration.ofHours(1),
          r -> rounds.countDown(), e -> { });
      Thread running = new Thread(() -> loop.run(false));
      running.start();
      assertThat(rounds.await(20, TimeUnit.SECONDS)).isTrue();
      loop.stop();
      running.join(5000);
      assertThat(running.isAlive()).as("no waiting out the hour").isFalse();
      assertThat(store.count(Store.Table.ARTICLES)).isEqualTo(1);
    }
  }

  /** The sentence with a second one that makes its text (and content hash) its own. */
  public static String news(String sentence) {
    return sentence + " It was report " + ++told + " of the day.";
  }

  private static Article article(String id, String day, String text) {
    return new Article(id, LocalDate.parse(day), null, null, "crashed round", text);
  }

  private static String line(String id, String day, String text) {
    return "{\"id\": \"" + id + "\", \"date\": \"" + day + "\", \"text\": \"" + text + "\"}\n";
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db); var s = conn.createStatement();
         ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
