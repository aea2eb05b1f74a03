package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** validate-petrarch on UD-PETRARCH's suite in ../shared (skipped when it is absent). */
class ValidatePetrarchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private static String records() {
    Path file = Path.of(System.getProperty("orbit.shared", "../../shared"),
        "data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml");
    assumeTrue(Files.exists(file), "shared data absent: " + file);
    return file.toString();
  }

  @Test
  void scoresACategoryAndReportsTheDictionaryLinesItCannotUse() {
    assertThat(run("validate-petrarch", records(), "--category", "VERB", "--verbose")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).contains("category\trecords\tfound\tmissed\textra\tfound%\textra/record%");
    assertThat(lines[lines.length - 2]).startsWith("VERB\t22\t");
    assertThat(lines[lines.length - 1]).startsWith("TOTAL\t22\t");
    // "- * DIPLXMATIC [###]": the '#' starts a comment and leaves the pattern without a code
    assertThat(err.toString()).contains("orbit: dictionary line not used: PETR_Validate_verbs_2_02.txt:880: "
        + "pattern without a [code]");
  }

  @Test
  void anUnknownModeFailsWithOneLine() {
    assertThat(run("validate-petrarch", records(), "--dictionaries-mode", "mix")).isEqualTo(1);
    assertThat(err.toString()).contains("--dictionaries-mode is replace or merge, not 'mix'").hasLineCount(1);
  }
}
