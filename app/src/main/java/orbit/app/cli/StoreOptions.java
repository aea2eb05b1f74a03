package orbit.app.cli;

import java.nio.file.Path;
import orbit.store.Store;
import orbit.store.StoreConfig;
import picocli.CommandLine.Option;

/** The store option shared by the commands that read or write it. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "orbit.duckdb",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE} in the working directory).")
  Path db;

  Store open() {
    return Store.open(StoreConfig.file(db));
  }
}
