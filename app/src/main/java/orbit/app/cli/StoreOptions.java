package orbit.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import orbit.store.Store;
import orbit.store.StoreConfig;
import picocli.CommandLine.Option;

/** The store option shared by the commands that read or write it. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "orbit.duckdb",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE} in the working directory).")
  Path db;

  /** The store, created when it does not exist yet (ingest). */
  Store open() {
    return Store.open(StoreConfig.file(db));
  }

  /** The store, which must exist (commands that only read it). */
  Store openExisting() {
    if (!Files.isRegularFile(db)) {
      throw new OrbitException("no store at " + db + ": run ./orbit ingest first, or give --db FILE");
    }
    return open();
  }
}
