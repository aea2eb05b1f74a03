package orbit.app.cli;

import static orbit.app.watch.WatcherTest.CONDEMNED;
import static orbit.app.watch.WatcherTest.RECALLED;
import static orbit.app.watch.WatcherTest.news;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.app.watch.FeedServer;
import orbit.core.Json;
import orbit.ingest.PhraseAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./orbit watch --once against a local feed that grows between runs: new alerts as JSON Lines, state across runs. */
class WatchCommandTest {
  @TempDir Path dir;
  FeedServer site;

  @BeforeEach
  void start() throws IOException {
    site = new FeedServer();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Run watch(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new WatchCommand(new PhraseAnalyzer()));
    cmd.setExecutionExceptionHandler(new ErrorHandler(() -> false));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return new Run(cmd.execute(args), out.toString(), err.toString());
  }

  @Test
  void eachRunPrintsTheAlertsRaisedSinceTheLastAsJsonLines() throws IOException {
    String db = dir.resolve("w.duckdb").toString();
    site.add("a", LocalDate.of(2025, 1, 10), news(CONDEMNED));
    Run first = watch("--once", "--db", db, site.url("/feed.rss"));
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(first.err()).contains("1 new articles").contains("0 new alerts");
    site.add("b", LocalDate.of(2025, 6, 2), news(CONDEMNED));
    site.add("c", LocalDate.of(2025, 6, 12), news(RECALLED));
    site.add("d", LocalDate.of(2025, 6, 25), news(CONDEMNED));
    Run grown = watch("--once", "--db", db, site.url("/feed.rss"));
    assertThat(grown.out().lines()).hasSize(1);
    JsonNode alert = Json.mapper().readTree(grown.out());
    assertThat(alert.get("id").asLong()).isPositive();
    assertThat(alert.get("raised").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(alert.get("source").asText() + alert.get("target").asText() + alert.get("period").asText())
        .isEqualTo("AZERUS2025-06-01");
    assertThat(alert.get("events").findValuesAsText("evidence")).containsExactly("condemned", "recalled its ambassador",
        "condemned");
    Run again = watch("--once", "--db", db, site.url("/feed.rss"));
    assertThat(again.out()).as("raised before: not printed again").isEmpty();
    assertThat(site.notModified.get()).as("the ETag was kept in the store across runs").isEqualTo(1);
  }

  @Test
  void badOptionsAndInputsAreRefused() {
    String db = dir.resolve("w.duckdb").toString();
    assertThat(watch("--every", "0m", "--db", db, site.url("/feed.rss")).exit()).isEqualTo(2);
    assertThat(watch("--every", "soon", "--db", db, site.url("/feed.rss")).err()).contains("like 30s, 15m or 1h30m");
    Run missing = watch("--once", "--db", db, dir.resolve("no-such-folder").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("not a feed URL nor a folder");
  }
}
