package orbit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import orbit.store.Store;
import orbit.store.StoreBench;
import orbit.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
    header = "Time the store: append synthetic events, then one dyad's monthly series.",
    description = "Writes to a new temporary DuckDB file (deleted afterwards) unless --db names a new file.",
    footer = {"%nExamples:", "  ./orbit bench-store", "  ./orbit bench-store --events 1000000"})
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--events", paramLabel = "N", defaultValue = "10000000",
      description = "Synthetic events to write (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the benchmark store in this new file.")
  Path db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (events < 1) {
      throw new ParameterException(spec.commandLine(), "--events must be at least 1, not " + events);
    }
    if (db != null && Files.exists(db)) {
      throw new ParameterException(spec.commandLine(), "--db " + db + " exists; the benchmark writes a new file");
    }
    Path dir = db == null ? Files.createTempDirectory("orbit-bench") : null;
    Path file = db == null ? dir.resolve("bench.duckdb") : db;
    StoreBench.Result r;
    try (Store store = Store.open(StoreConfig.file(file))) {
      r = StoreBench.run(store, events, 42);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("wrote %,d events in %.1f s (%,.0f events/s) as ingest writes them%n", r.events(),
        r.write().toMillis() / 1000.0, r.eventsPerSecond());
    out.printf("store file %,d MB%n", Files.size(file) / (1024 * 1024));
    out.printf("RUS→AZE monthly series: %d months, %,d events; first query %d ms, repeated %d ms%n", r.months(),
        r.monthlyEvents(), r.firstQuery().toMillis(), r.repeatQuery().toMillis());
    Runtime rt = Runtime.getRuntime();
    out.printf("heap used %,d MB of %,d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024),
        rt.maxMemory() / (1024 * 1024));
    out.flush();
    if (dir != null) {
      delete(dir);
    }
    return 0;
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
      Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the benchmark store " + dir, e);
    }
  }
}
