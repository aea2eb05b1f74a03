package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.ingest.Ingestion;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
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
  void ingestStoresEverythingOnceAndCodesTheNewArticles() {
    String db = dir.resolve("cli.duckdb").toString();
    Run first = run("ingest", samples.toString(), "--date", "2025-06-01", "--db", db, "--no-progress");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).containsPattern("read\\s+21 items").containsPattern("new\\s+12 articles")
        .containsPattern("duplicates\\s+1 ").containsPattern("failed\\s+8").containsPattern("1\\s+too large")
        .containsPattern("non-English\\s+2").containsPattern("events\\s+[1-9]\\d* coded");
    Run again = run("ingest", samples.toString(), "--date", "2025-06-01", "--db", db, "--no-progress");
    assertThat(again.out()).containsPattern("new\\s+0 articles").containsPattern("duplicates\\s+13 ");
  }

  @Test
  void ingestOfAMissingPathFailsWithOneLine() {
    Run r = run("ingest", dir.resolve("nowhere").toString(), "--db", dir.resolve("x.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("orbit ingest: no such file or folder").doesNotContain("\n");
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
