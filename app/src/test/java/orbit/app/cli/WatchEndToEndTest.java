package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.app.watch.FeedServer;
import orbit.store.FactEvent;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./orbit watch with the real coder (CoreNLP loads: about a minute) on one short article from a local feed. */
class WatchEndToEndTest {
  @TempDir Path dir;

  @Test
  void anArticleFromAFeedIsCodedAndStored() throws IOException {
    Path db = dir.resolve("e2e.duckdb");
    String feed;
    try (FeedServer site = new FeedServer()) {
      feed = site.url("/feed.rss");
      site.add("yekaterinburg", LocalDate.of(2025, 6, 30), "Russian police detained two Azerbaijani nationals in"
          + " Yekaterinburg on Monday, the Azerbaijani foreign ministry said.");
      Run run = StoreCommandsTest.run("watch", "--once", "--db", db.toString(), feed);
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.err()).contains("1 new articles");
    }
    try (Store store = Store.open(StoreConfig.file(db))) {
      List<FactEvent> facts = store.analytics().facts(null);
      assertThat(facts).anySatisfy(e -> {
        assertThat(e.source()).isEqualTo("RUS");
        assertThat(e.target()).isEqualTo("AZE");
        assertThat(e.root()).isEqualTo("17");
      });
      assertThat(store.watch().version(feed).etag()).as("the feed's ETag, for the next round").isNotNull();
    }
  }
}
