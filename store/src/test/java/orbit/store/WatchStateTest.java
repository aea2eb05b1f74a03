package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStateTest {
  @TempDir Path dir;

  private static RaisedAlert alert(String source, String month, Instant raised) {
    return new RaisedAlert(0, source, "RUS", LocalDate.parse(month + "-01"), 3, 0.5, 2.1, List.of("a#0", "b#1"), raised);
  }

  @Test
  void anAlertIsKeptOnceWithWhenItWasFirstRaisedAcrossReopens() {
    Path file = dir.resolve("w.duckdb");
    Instant first = Instant.parse("2026-01-02T03:04:05Z");
    try (Store store = Store.open(StoreConfig.file(file))) {
      RaisedAlert kept = store.watch().raise(alert("AZE", "2025-06", first)).orElseThrow();
      assertThat(kept.id()).isPositive();
      assertThat(store.watch().raise(alert("AZE", "2025-06", first.plusSeconds(60)))).isEmpty();
      assertThat(store.watch().raise(alert("GEO", "2025-06", first.plusSeconds(60)))).isPresent();
    }
    try (Store store = Store.open(StoreConfig.file(file))) {
      List<RaisedAlert> all = store.watch().alertsAfter(0, 10);
      assertThat(all).extracting(RaisedAlert::source).containsExactly("AZE", "GEO");
      assertThat(all.get(0).raised()).isEqualTo(first);
      assertThat(all.get(0).events()).containsExactly("a#0", "b#1");
      assertThat(store.watch().alertsAfter(all.get(0).id(), 10)).extracting(RaisedAlert::source).containsExactly("GEO");
      assertThat(store.count(Store.Table.ALERTS)).isEqualTo(2);
    }
  }

  @Test
  void anInputsVersionIsReplacedByItsLastPoll() {
    try (Store store = Store.inMemory()) {
      WatchState state = store.watch();
      assertThat(state.version("http://x/feed")).isEqualTo(WatchState.Version.NONE);
      state.checked("http://x/feed", new WatchState.Version("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"), "read",
          Instant.now());
      state.checked("http://x/feed", new WatchState.Version("\"v2\"", null), "read", Instant.now());
      assertThat(state.version("http://x/feed")).isEqualTo(new WatchState.Version("\"v2\"", null));
      assertThat(store.count(Store.Table.WATCHED)).isEqualTo(1);
    }
  }

  @Test
  void tellsWhichArticlesAreStored() {
    try (Store store = Store.inMemory()) {
      Article a = new Article("a1", LocalDate.of(2025, 6, 1), "t", null, "s", "Russian police detained two men.");
      store.write(List.of(new Outcome(new IngestRecord("in", "line 1", IngestStatus.OK, null), a, "hash-a1", "en",
          ArticleDoc.of(a))));
      assertThat(store.watch().storedArticles(List.of("a1", "b2"))).containsExactly("a1");
    }
  }
}
