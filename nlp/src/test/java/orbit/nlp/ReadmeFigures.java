package orbit.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * README's accuracy tables are checked by the tests that measure them: each test builds the rows its figures
 * give and requires README.md to hold them verbatim, so a change that moves a figure must update README.
 */
public final class ReadmeFigures {
  private ReadmeFigures() {}

  /** One table row: {@code | name | cells… |}, numbers with three decimals. */
  public static String row(String name, Object... cells) {
    StringBuilder row = new StringBuilder("| ").append(name).append(" |");
    for (Object c : cells) {
      row.append(' ').append(c instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : c).append(" |");
    }
    return row.toString();
  }

  /** README.md holds every row (printed in full on failure, to copy into README). */
  public static void assertHolds(String... rows) {
    Path readme = Path.of(System.getProperty("orbit.root", "..")).resolve("README.md");
    String text;
    try {
      text = Files.readString(readme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String row : rows) {
      assertThat(text).as("README.md's accuracy table must hold the measured row (update README):%n%s",
          String.join("\n", rows)).contains(row);
    }
  }
}
