package orbit.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import orbit.core.doc.Article;

/** Test access to ../shared: tests that need it skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path path(String relative) {
    Path shared = Path.of(System.getProperty("orbit.shared", "../../shared"));
    Path file = shared.resolve(relative);
    assumeTrue(Files.exists(file), "shared data absent: " + file);
    return file;
  }

  /** The seed article, dated as its gold file says. */
  public static Article seed() {
    Path file = path("seed/000_6da663fc9541656c.txt");
    try {
      return new Article("seed-000", LocalDate.of(2025, 7, 24), null, null, null, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
