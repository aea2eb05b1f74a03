package orbit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.ingest.SampleInputs;
import orbit.store.Store;
import orbit.store.StoreConfig;
import orbit.store.StoreRows;

/**
 * Kills a real ingest process (kill -9, via destroyForcibly) in the middle of a large JSON Lines
 * file, runs it again, and checks that every article is stored exactly once with its events.
 */
@Tag("slow")
class CrashRecoveryTest {
  private static final int ARTICLES = 4000;
  @TempDir Path dir;

  @Test
  void aKilledIngestResumesWithoutLossOrDuplicates() throws IOException, InterruptedException, SQLException {
    Path input = dir.resolve("large.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String lead = i % 4 == 0 ? "Russian police detained a citizen of Azerbaijan, case " + i + ". " : "Report " + i + ". ";
        w.write(SampleInputsLine.of("big-" + i, lead + SampleInputs.words(40 + i % 7)));
        w.newLine();
      }
    }
    Path db = dir.resolve("orbit.duckdb");

    Process first = start(db, input);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("items 600"));
      assertThat(line).as("the first run reports progress before it is killed").isEqualTo("items 600");
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long afterKill;
    try (Store store = Store.open(StoreConfig.file(db))) {
      afterKill = store.count(Store.Table.ARTICLES);
    }
    assertThat(afterKill).as("killed mid-run").isBetween(600L, ARTICLES - 1L);

    Process second = start(db, input);
    String last = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    assertThat(last).endsWith("done " + (ARTICLES - afterKill) + " " + afterKill);

    try (Store store = Store.open(StoreConfig.file(db))) {
      assertThat(store.count(Store.Table.ARTICLES)).isEqualTo(ARTICLES);
      assertThat(StoreRows.query(store, "SELECT count(DISTINCT id) || ' ' || count(DISTINCT content_hash)"
          + " FROM articles")).containsExactly(ARTICLES + " " + ARTICLES);
      assertThat(store.count(Store.Table.EVENTS)).isEqualTo(ARTICLES / 4);
      assertThat(StoreRows.query(store, "SELECT count(DISTINCT id) FROM events"))
          .containsExactly(Integer.toString(ARTICLES / 4));
      assertThat(StoreRows.query(store, "SELECT sum(num_mentions) FROM clusters"))
          .containsExactly(Integer.toString(ARTICLES / 4));
      // the dyads' monthly counts went in with their batches: each event counted once, none lost
      assertThat(StoreRows.query(store, "SELECT sum(mentions) FROM dyad_months")).containsExactlyElementsOf(
          StoreRows.query(store, "SELECT count(*) FROM events WHERE source_country IS NOT NULL"
              + " AND target_country IS NOT NULL AND event_day IS NOT NULL"));
    }
  }

  private static Process start(Path db, Path input) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), db.toString(), input.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** One JSON Lines article, written with Jackson. */
  static final class SampleInputsLine {
    private SampleInputsLine() {}

    static String of(String id, String text) throws IOException {
      return orbit.core.Json.mapper().writeValueAsString(java.util.Map.of("id", id, "date", "2025-06-01", "text", text));
    }
  }
}
