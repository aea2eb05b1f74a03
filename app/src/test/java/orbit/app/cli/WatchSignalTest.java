package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import orbit.app.watch.FeedServer;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** ./orbit watch in a process of its own, stopped by SIGTERM while it waits for its next round. */
class WatchSignalTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void sigtermStopsTheLoopAndLeavesAStoreThatOpensWithTheRoundKept() throws Exception {
    Path db = dir.resolve("signal.duckdb");
    try (FeedServer site = new FeedServer()) {
      // not English: stored without coding, so the process never loads the NLP models
      site.add("de", LocalDate.of(2025, 6, 2), "Die Regierung in Baku hat am Montag den russischen Botschafter"
          + " einbestellt, nachdem zwei Aserbaidschaner in Jekaterinburg festgenommen worden waren.");
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "watch", "--every", "1h", "--db",
          db.toString(), site.url("/feed.rss"));
      Process watch = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).start();
      try (BufferedReader err = new BufferedReader(new InputStreamReader(watch.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = err.readLine()) != null && !line.startsWith("orbit watch:")) {
          // library warnings while it starts
        }
        assertThat(line).as("the first round ended").contains("1 new articles");
        watch.destroy(); // SIGTERM
        assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("stopped without waiting out the hour").isTrue();
      } finally {
        watch.destroyForcibly();
      }
    }
    try (Store store = Store.open(StoreConfig.file(db))) {
      assertThat(store.count(Store.Table.ARTICLES)).isEqualTo(1);
      assertThat(store.count(Store.Table.WATCHED)).isEqualTo(1);
    }
  }
}
