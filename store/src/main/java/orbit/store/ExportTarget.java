package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file an export writes, and whether it may replace another DuckDB database ({@code replaceDatabase}, the
 * command line's --force). A mistyped OUT must not destroy data: an export never writes over the store it reads
 * nor its write-ahead log, nor a folder, nor (unless {@code replaceDatabase}) any other DuckDB database.
 */
public record ExportTarget(Path out, boolean replaceDatabase) {
  /** DuckDB's database files carry this magic at byte 8 (after a checksum). */
  private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
  private static final int MAGIC_OFFSET = 8;

  /** An export to {@code out} that replaces only files that are not DuckDB databases. */
  public static ExportTarget of(Path out) {
    return new ExportTarget(out, false);
  }

  /**
   * Why writing {@code out} would destroy data, or empty when it is safe; {@code store} is the store exported
   * (null: one in memory). Paths are compared after resolving symbolic links and relative parts.
   */
  public Optional<String> refusal(Path store) {
    try {
      Path real = resolved();
      if (store != null && Files.exists(store)) {
        Path storeReal = store.toRealPath();
        if (real.equals(storeReal) || Files.exists(real) && Files.isSameFile(real, storeReal)
            || real.equals(storeReal.resolveSibling(storeReal.getFileName() + ".wal"))) {
          return Optional.of(out + " is the store being exported (" + store + "): give another file to write");
        }
      }
      if (Files.isDirectory(real)) {
        return Optional.of(out + " is a folder: give the file to write");
      }
      if (!replaceDatabase && isDuckDb(real)) {
        return Optional.of(out + " is a DuckDB database, which the export would replace: give another file,"
            + " or --force to replace it");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot check " + out + " before writing it: " + e.getMessage());
    }
  }

  /**
   * The file actually written: {@code out} with symbolic links resolved (an existing link is followed, so its target
   * is replaced, not the link), or the absolute path in its folder's real path when it does not exist yet.
   */
  Path resolved() throws IOException {
    if (Files.exists(out)) {
      return out.toRealPath();
    }
    Path absolute = out.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
  }

  /** Whether {@code file} is a regular file that starts like a DuckDB database. */
  static boolean isDuckDb(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MAGIC_OFFSET + DUCKDB_MAGIC.length);
      return head.length == MAGIC_OFFSET + DUCKDB_MAGIC.length
          && Arrays.equals(head, MAGIC_OFFSET, head.length, DUCKDB_MAGIC, 0, DUCKDB_MAGIC.length);
    }
  }
}
