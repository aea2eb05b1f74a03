package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.pipeline.Ingestion;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read a store open it read-only, so they run while ./orbit serve has it open. DuckDB's
 * file lock is per process: this test holds the store as serve does and runs the commands as other processes.
 */
class ReadOnlyStoreTest {
  @TempDir Path dir;

  @Test
  void eventsAndExportReadAStoreThatServeHasOpen() throws IOException, InterruptedException {
    Path db = dir.resolve("served.duckdb");
    try (Store store = Store.open(StoreConfig.file(db))) {
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(SampleInputs.write(dir.resolve("samples")))));
    }
    Path csv = dir.resolve("events.csv");
    try (Store served = Store.openReadOnly(StoreConfig.file(db))) {
      List<Process> readers = new ArrayList<>();
      readers.add(orbit(dir.resolve("events.out"), "events", "--db", db.toString(), "--format", "tsv"));
      readers.add(orbit(dir.resolve("export.out"), "export", "--format", "csv", "--db", db.toString(), csv.toString()));
      readers.add(orbit(dir.resolve("dyad.out"), "dyad", "RUS", "AZE", "--db", db.toString()));
      for (Process p : readers) {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      }
      for (Process p : readers) {
        assertThat(p.exitValue()).as(String.join(" ", p.info().arguments().orElse(new String[0]))).isZero();
      }
      assertThat(served.count(Store.Table.EVENTS)).isEqualTo(6);
    }
    assertThat(Files.readAllLines(dir.resolve("events.out"))).hasSize(7).first().asString().startsWith("id\tcluster");
    assertThat(Files.readString(dir.resolve("export.out"))).startsWith("wrote 6 events");
    assertThat(Files.readAllLines(csv)).hasSize(7);
    assertThat(Files.readString(dir.resolve("dyad.out"), StandardCharsets.UTF_8)).contains("RUS");
  }

  /** ./orbit ARGS as another process (stdout and stderr to {@code out}). */
  private static Process orbit(Path out, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }
}
