package orbit.app.cli;

import static orbit.app.cli.StoreCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.pipeline.Ingestion;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ./orbit export never destroys a database: not the store it reads, nor (without --force) another DuckDB file. */
class ExportGuardTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void aCodedStore() throws IOException {
    db = dir.resolve("store.duckdb");
    code(db);
  }

  private void code(Path file) throws IOException {
    try (Store store = Store.open(StoreConfig.file(file))) {
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(SampleInputs.write(dir.resolve("samples")))));
    }
  }

  private static long events(Path file) {
    try (Store store = Store.openReadOnly(StoreConfig.file(file))) {
      return store.count(Store.Table.EVENTS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gdelt", "plover", "parquet", "csv"})
  void exportOntoTheStoreItselfIsRefusedAndDestroysNothing(String format) throws IOException {
    long before = events(db);
    byte[] bytes = Files.readAllBytes(db);
    Path link = Files.createSymbolicLink(dir.resolve("link.duckdb"), db);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path relative = Path.of("").toAbsolutePath().relativize(sub).resolve("../store.duckdb");
    for (Path out : List.of(db, link, relative)) {
      for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
        Run r = run(concat(List.of("export", "--format", format, "--db", db.toString(), out.toString()), force));
        assertThat(r.exit()).as(out + " " + force).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("is the store being exported");
      }
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    assertThat(events(db)).isEqualTo(before).isPositive();
  }

  @Test
  void exportOverAnotherDuckDbDatabaseNeedsForce() throws IOException {
    Path other = dir.resolve("other.db");
    code(other);
    byte[] bytes = Files.readAllBytes(other);
    Run refused = run("export", "--format", "csv", "--db", db.toString(), other.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains(other + " is a DuckDB database", "--force");
    assertThat(Files.readAllBytes(other)).isEqualTo(bytes);

    Run forced = run("export", "--format", "csv", "--db", db.toString(), "--force", other.toString());
    assertThat(forced.exit()).isZero();
    assertThat(Files.readAllLines(other).get(0)).startsWith("id,cluster_id,");
  }

  @Test
  void exportReplacesAnOrdinaryFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("events.tsv");
    Files.writeString(out, "an older export\n");
    assertThat(run("export", "--format", "gdelt", "--db", db.toString(), out.toString()).exit()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(5).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
