package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import orbit.app.cli.OrbitCommandTest.Run;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.pipeline.Ingestion;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./orbit demo over a store that holds articles already (so it codes nothing): what it suggests next. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void endsWithOneRunnableCommandALine() throws IOException {
    Path db = dir.resolve("demo.duckdb");
    try (Store store = Store.open(StoreConfig.file(db))) {
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(SampleInputs.write(dir.resolve("samples")))));
    }
    Run r = OrbitCommandTest.run("demo", "--db", db.toString(), "--no-serve");
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    int next = lines.indexOf(lines.stream().filter(l -> l.startsWith("Next")).findFirst().orElseThrow());
    List<String> commands = lines.subList(next + 1, lines.size());
    assertThat(commands).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(c -> assertThat(c).startsWith("  ./orbit ").doesNotContain("|"));
    for (String command : commands) {
      String[] args = command.strip().substring("./orbit ".length()).split(" ");
      assertThatCode(() -> OrbitCommand.commandLine().parseArgs(args)).as(command).doesNotThrowAnyException();
    }
    assertThat(commands).anySatisfy(c -> assertThat(c).contains("export", db.toString()));
  }
}
