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

  /** The store for writing, created when it does not exist yet (ingest, indicators load). */
  Store open() {
    return Store.open(StoreConfig.file(db));
  }

  /**
   * The store, which must exist, opened read-only (commands that only read it): they run while ./orbit serve or
   * another reader has it open.
   */
  Store openExisting() {
    if (!Files.isRegularFile(db)) {
      throw new OrbitException("no store at " + db + ": run ./orbit ingest first, or give --db FILE");
    }
    return Store.openReadOnly(StoreConfig.file(db));
  }
}
