package orbit.app.cli;

import static orbit.app.cli.StoreCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import orbit.app.cli.StoreCommandsTest.Run;
import org.junit.jupiter.api.Test;

/** validate-petrarch on UD-PETRARCH's suite in ../shared (skipped when it is absent). */
class ValidatePetrarchCommandTest {
  private static String records() {
    Path file = Path.of(System.getProperty("orbit.shared", "../../shared"),
        "data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml");
    assumeTrue(Files.exists(file), "shared data absent: " + file);
    return file.toString();
  }

  @Test
  void scoresACategoryAndReportsTheDictionaryLinesItCannotUse() {
    Run r = run("validate-petrarch", records(), "--category", "VERB", "--verbose");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).contains("category\trecords\tfound\tmissed\textra\tfound%\textra/record%");
    assertThat(lines[lines.length - 2]).startsWith("VERB\t22\t");
    assertThat(lines[lines.length - 1]).startsWith("TOTAL\t22\t");
    // "- * DIPLXMATIC [###]": the '#' starts a comment and leaves the pattern without a code
    assertThat(r.err()).contains("orbit: dictionary line not used: PETR_Validate_verbs_2_02.txt:880: "
        + "pattern without a [code]");
  }

  @Test
  void anUnknownModeFailsWithOneLine() {
    Run r = run("validate-petrarch", records(), "--dictionaries-mode", "mix");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--dictionaries-mode is replace or merge, not 'mix'").hasLineCount(1);
  }
}
