package orbit.store;

import java.nio.file.Path;

/**
 * Where the store lives and what DuckDB may use: it shares the machine with CoreNLP, so memory
 * and threads are capped. {@code file} null means an in-memory database (tests).
 */
public record StoreConfig(Path file, String memoryLimit, int threads) {
  public static final Path DEFAULT_FILE = Path.of("orbit.duckdb");

  public StoreConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("DuckDB needs at least 1 thread, got " + threads);
    }
    if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|KiB|MiB|GiB)")) {
      throw new IllegalArgumentException("memory limit is a size such as 2GB or 512MB, not " + memoryLimit);
    }
  }

  public static StoreConfig file(Path file) {
    return new StoreConfig(file, "2GB", 2);
  }

  public static StoreConfig inMemory() {
    return new StoreConfig(null, "1GB", 2);
  }
}
