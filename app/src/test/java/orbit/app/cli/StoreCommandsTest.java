package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import orbit.core.Json;
import orbit.core.doc.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.pipeline.Ingestion;
import orbit.store.Store;
import orbit.store.StoreConfig;
import picocli.CommandLine;

/** The ingest, events and export commands, run in-process as a user would type them. */
class StoreCommandsTest {
  @TempDir static Path dir;
  static Path samples;
  static Path coded;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void samplesAndACodedStore() throws IOException {
    samples = SampleInputs.write(dir.resolve("samples"));
    coded = dir.resolve("coded.duckdb");
    try (Store store = Store.open(StoreConfig.file(coded))) {
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(samples)));
    }
  }

  @Test
  void ingestStoresEverythingOnceAndReportsEachOutcome() {
    String db = dir.resolve("cli.duckdb").toString();
    Run first = run("ingest", samples.toString(), "--date", "2025-06-01", "--db", db, "--no-progress");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).containsPattern("read\\s+21 items").containsPattern("new\\s+12 articles")
        .containsPattern("duplicates\\s+1 ").containsPattern("failed\\s+8").containsPattern("1\\s+too large")
        .containsPattern("uncoded\\s+1").containsPattern("events\\s+[1-9]\\d* coded");
    Run again = run("ingest", samples.toString(), "--date", "2025-06-01", "--db", db);
    assertThat(again.out()).containsPattern("new\\s+0 articles").containsPattern("duplicates\\s+13 ");
  }

  @Test
  void voicesGroupsStoredQuotesBySpeaker() throws IOException {
    Path article = dir.resolve("voices.jsonl");
    Files.writeString(article, "{\"id\":\"v1\",\"date\":\"2025-07-02\",\"text\":\"Russian Foreign Ministry spokeswoman "
        + "Maria Zakharova criticised the detentions in Baku. \\u201cSuch measures against journalists are unacceptable "
        + "and harm relations with Russia,\\u201d Zakharova said on Wednesday.\"}\n");
    String db = dir.resolve("voices.duckdb").toString();
    assertThat(run("ingest", article.toString(), "--db", db, "--no-progress").exit()).isZero();
    Run about = run("voices", "--db", db, "--about", "rus");
    assertThat(about.out()).contains("Maria Zakharova", "2025-07-02  v1  Such measures against journalists", "1 quotes");
    assertThat(run("voices", "--db", db, "--speaker", "nobody").out()).contains("0 quotes");
  }

  /** Two articles as JSON Lines, written with Jackson. */
  static byte[] twoArticles() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("p1", "p2")) {
      lines.append(Json.mapper().writeValueAsString(new Article(id, SampleInputs.DATE, null, null, null,
          "Azerbaijan summoned the Russian ambassador in Baku over article " + id + "."))).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The progress line as last drawn (it is redrawn after a carriage return). */
  static String lastDrawn(String err) {
    String[] drawn = err.strip().split("\r");
    return drawn[drawn.length - 1].strip();
  }

  @Test
  void ingestDrawsABarAgainstTheItemsCountedFirst() throws IOException {
    Path jsonl = Files.write(dir.resolve("two.jsonl"), twoArticles());
    Run r = run("ingest", jsonl.toString(), "--db", dir.resolve("bar.duckdb").toString());
    assertThat(r.exit()).isZero();
    // the rate reads "? items/s" when the run took under a second; the total is what must be known
    assertThat(lastDrawn(r.err())).startsWith("ingest 100%").contains("2/2 items");
    assertThat(r.err()).doesNotContain("? %", "/?");
  }

  @Test
  void ingestOfWhatCannotBeCountedFirstDrawsTheCountAndRateWithoutABar() throws IOException {
    Path gz = dir.resolve("two.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(twoArticles());
    }
    Run r = run("ingest", gz.toString(), "--db", dir.resolve("spin.duckdb").toString());
    assertThat(r.exit()).isZero();
    assertThat(lastDrawn(r.err())).matches("ingest [|/\\\\-] 2 items  \\d+\\.\\d items/s  \\d:\\d\\d:\\d\\d ok");
    assertThat(r.err()).doesNotContain("%", "?", "[");
  }

  @Test
  void ingestOfAMissingPathFailsWithOneLine() {
    Run r = run("ingest", dir.resolve("nowhere").toString(), "--db", dir.resolve("x.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("orbit ingest: no such file or folder").doesNotContain("\n");
  }

  @Test
  void ingestTakesEitherInputsOrTheSparkJobsOutput() {
    Run neither = run("ingest", "--db", dir.resolve("x.duckdb").toString());
    assertThat(neither.exit()).isEqualTo(1);
    assertThat(neither.err()).contains("give either INPUTS or --events PARQUET_DIR");
    Run notSpark = run("ingest", "--events", samples.toString(), "--db", dir.resolve("x.duckdb").toString());
    assertThat(notSpark.exit()).isEqualTo(1);
    assertThat(notSpark.err()).contains("is not the output of the Spark job: it has no articles folder");
  }

  @Test
  void ingestRejectsAFetchDeadlineBelowOneSecondAsAUsageError() {
    Run r = run("ingest", samples.toString(), "--fetch-deadline", "0", "--db", dir.resolve("x.duckdb").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--fetch-deadline must be at least 1 second, not 0");
  }

  @Test
  void eventsFiltersAndFormats() {
    Run tsv = run("events", "--db", coded.toString(), "--dyad", "rus:aze", "--format", "tsv");
    assertThat(tsv.exit()).isZero();
    assertThat(tsv.out().lines()).hasSize(4).first().asString().startsWith("id\tcluster\tarticle");
    Run table = run("events", "--db", coded.toString(), "--actor", "AZE", "--root", "11");
    assertThat(table.out()).contains("AZEGOV→RUSGOV", "111", "DISAPPROVE", "2 events");
    Run jsonl = run("events", "--db", coded.toString(), "--since", "2025-06-20", "--format", "jsonl");
    assertThat(jsonl.out().lines()).singleElement().asString().contains("\"cluster\":", "\"cameo\":\"173\"");
  }

  @Test
  void readingAMissingStoreFailsWithoutCreatingIt() {
    Path missing = dir.resolve("missing.duckdb");
    Run r = run("events", "--db", missing.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no store at").contains("run ./orbit ingest first");
    assertThat(missing).doesNotExist();
  }

  @Test
  void eventsRejectsABadDyadAsAUsageError() {
    Run r = run("events", "--db", coded.toString(), "--dyad", "RUS");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--dyad is SOURCE:TARGET");
  }

  @Test
  void exportWritesEachFormat() throws IOException {
    Path gdelt = dir.resolve("out.tsv");
    assertThat(run("export", "--format", "gdelt", "--db", coded.toString(), gdelt.toString()).out())
        .startsWith("wrote 5 events (clusters)");
    assertThat(Files.readAllLines(gdelt)).hasSize(5);
    Path parquet = dir.resolve("out.parquet");
    assertThat(run("export", "--format", "parquet", "--db", coded.toString(), parquet.toString()).out())
        .startsWith("wrote 6 events");
    assertThat(Files.size(parquet)).isPositive();
    Run bad = run("export", "--format", "xml", "--db", coded.toString(), "x");
    assertThat(bad.exit()).isEqualTo(2);
  }
}
