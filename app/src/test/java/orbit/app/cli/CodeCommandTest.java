package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import orbit.app.cli.OrbitCommandTest.Run;
import orbit.core.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./orbit code on a plain text file without --date: dated by the file, with warnings that tell what that means. */
class CodeCommandTest {
  static final LocalDate MODIFIED = LocalDate.of(2025, 7, 2);
  @TempDir static Path dir;
  static Path text;

  @BeforeAll
  static void anArticleLastModifiedOnADay() throws IOException {
    text = Files.writeString(dir.resolve("recall.txt"), "Azerbaijan recalls ambassador from Moscow\n\n"
        + "Azerbaijan recalled its ambassador from Moscow on Monday after Russian police killed two Azerbaijani"
        + " nationals in Yekaterinburg.\n");
    Files.setLastModifiedTime(text, FileTime.from(MODIFIED.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  static List<JsonNode> events(Run r) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      events.add(Json.mapper().readTree(line));
    }
    return events;
  }

  @Test
  void withoutADateTheFileDatesTheArticleAndTheWarningsSaySo() throws IOException {
    Run r = OrbitCommandTest.run("code", text.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> events = events(r);
    assertThat(events).isNotEmpty();
    List<JsonNode> undated = events.stream().filter(e -> e.get("datePrecision").asText().equals("article")).toList();
    assertThat(undated).as("the headline's recall has no date in the text").isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("date").asText()).isEqualTo(MODIFIED.toString()));
    List<JsonNode> byText = events.stream().filter(e -> !e.get("datePrecision").asText().equals("article")).toList();
    assertThat(byText).as("'on Monday' dates the killing").isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("datePrecision").asText()).isEqualTo("day"));
    List<String> warnings = r.err().lines().toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains(text.toString(), "has no date", MODIFIED.toString(), "\"datePrecision\":\"article\"");
    assertThat(warnings.get(1)).contains(text.toString(), "relative dates (\"Monday\")", "resolved against " + MODIFIED);
  }

  @Test
  void dateFileAsksForTheFileDateAndOnlyTheRelativeDatesAreNamed() throws IOException {
    Run r = OrbitCommandTest.run("code", "--date", "file", text.toString());
    assertThat(r.exit()).isZero();
    assertThat(events(r)).anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo(MODIFIED.toString()));
    assertThat(r.err()).doesNotContain("has no date").contains("relative dates (\"Monday\")");
  }

  @Test
  void aGivenDateDatesTheArticleSilently() throws IOException {
    Run r = OrbitCommandTest.run("code", "--date", "2025-07-24", text.toString());
    assertThat(r.exit()).isZero();
    assertThat(events(r)).filteredOn(e -> e.get("datePrecision").asText().equals("article")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2025-07-24"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aDateThatIsNeitherADayNorFileIsAUsageError() {
    Run r = OrbitCommandTest.run("code", "--date", "yesterday", text.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'yesterday' is neither a day (YYYY-MM-DD) nor 'file'");
  }
}
