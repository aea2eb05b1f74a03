package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.core.doc.Analyzer;
import orbit.ingest.PhraseAnalyzer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./orbit ingest: its exit status, its option checks, and that it builds the analyzer only when needed. */
class IngestReliabilityTest {
  @TempDir Path dir;
  Path db;
  /** How often the command asked for the analyzer to be built (the real one loads CoreNLP: ~10 s, ~2 GB). */
  final AtomicInteger builds = new AtomicInteger();
  final Supplier<Analyzer> counted = () -> {
    builds.incrementAndGet();
    return new PhraseAnalyzer();
  };

  @BeforeEach
  void store() {
    db = dir.resolve("orbit.duckdb");
  }

  private Run ingest(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new IngestCommand(counted, Set.of("en")));
    cmd.setExecutionExceptionHandler(new ErrorHandler(() -> false));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--db", db.toString(), "--no-progress")).toArray(String[]::new);
    return new Run(cmd.execute(all), out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void anIngestThatStoresNothingAndFailsExitsWithItsOwnStatus() throws IOException {
    Path bad = file("bad.jsonl", "not json\n{\"id\":\"x\"}\n");
    Run failed = ingest(bad.toString());
    assertThat(failed.exit()).isEqualTo(IngestCommand.NOTHING_STORED).isEqualTo(3);
    assertThat(failed.out()).containsPattern("new\\s+0 articles").containsPattern("failed\\s+2")
        .contains("malformed JSON", "missing field");

    Path good = file("good.jsonl", "{\"id\":\"a\",\"date\":\"2025-06-01\",\"text\":\"Russian police detained a man.\"}\n");
    assertThat(ingest(good.toString(), bad.toString()).exit()).as("something stored").isZero();
    assertThat(ingest(good.toString()).exit()).as("only a duplicate, nothing failed").isZero();
    assertThat(new CommandLine(new IngestCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF))
        .contains("Exit status:", "3   nothing was stored and at least one item failed");
  }

  @Test
  void aBatchBelowOneIsAUsageErrorThatCreatesNothing() throws IOException {
    Path good = file("good.jsonl", "{\"id\":\"a\",\"date\":\"2025-06-01\",\"text\":\"Russian police detained a man.\"}\n");
    for (String batch : new String[] {"--batch=0", "--batch=-5"}) {
      Run r = ingest(good.toString(), batch);
      assertThat(r.exit()).as(batch).isEqualTo(2);
      assertThat(r.err()).contains("--batch must be at least 1");
    }
    assertThat(db).doesNotExist();
    assertThat(builds).hasValue(0);
  }

  @Test
  void anIngestWithNothingToCodeNeverBuildsTheAnalyzer() throws IOException {
    Path empty = file("empty.txt", "");
    Path bad = file("bad.jsonl", "not json\n");
    Run nothing = ingest(empty.toString(), bad.toString(), "--date", "2025-06-01");
    assertThat(builds).as("only empty and bad input").hasValue(0);
    assertThat(nothing.out()).containsPattern("failed\\s+2");
    assertThat(nothing.exit()).isEqualTo(IngestCommand.NOTHING_STORED);

    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      many.append("{\"id\":\"a").append(i).append("\",\"date\":\"2025-06-01\",\"text\":\"Russian police detained man ")
          .append(i).append(".\"}\n");
    }
    Run coded = ingest(file("many.jsonl", many.toString()).toString(), "--batch", "10");
    assertThat(coded.out()).containsPattern("new\\s+30 articles").containsPattern("events\\s+30 coded");
    assertThat(builds).as("built once for all the articles and threads").hasValue(1);
  }
}
