package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import orbit.core.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CodebookCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void printsTheRowOfOneCodeUnderAHeader() {
    assertThat(run("codebook", "190")).isZero();
    assertThat(out.toString()).isEqualTo("code\tname\tgoldstein\tquad\tplover\n"
        + "190\tUse conventional military force, not specified below\t-10.0\t4\tASSAULT\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void printsTheWholeCodebookAsTsv() {
    assertThat(run("codebook", "--format", "tsv")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines.length).isGreaterThanOrEqualTo(290);
    assertThat(lines[0]).isEqualTo("code\tname\tgoldstein\tquad\tplover");
    assertThat(lines[1]).isEqualTo("01\tMake public statement\t0.0\t1\t");
    assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(5));
  }

  @Test
  void printsJsonLinesWithExactlyTheFiveColumns() throws Exception {
    assertThat(run("codebook", "--format", "json", "044", "0871")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode meet = Json.mapper().readTree(lines[0]);
    assertThat(meet.fieldNames()).toIterable().containsExactly("code", "name", "goldstein", "quad", "plover");
    assertThat(meet.get("name").asText()).isEqualTo("Meet at a \"third\" location");
    assertThat(Json.mapper().readTree(lines[1]).get("plover").asText()).isEqualTo("RETREAT");
  }

  @Test
  void anUnknownCodeFailsWithOneLineOnStderr() {
    assertThat(run("codebook", "190", "999")).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("orbit codebook: unknown CAMEO code '999': the roots are 01, 02,")
        .endsWith("\n").hasLineCount(1);
  }

  @Test
  void aBadFormatIsAUsageError() {
    assertThat(run("codebook", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("tsv, json");
  }
}
