package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuotesCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void printsOneQuotePerLineFromAPlainTextFile() throws Exception {
    Path text = dir.resolve("tokayev.txt");
    // the country comes from the actor knowledge base, as in the quotes ingest stores: by name, not demonym
    Files.writeString(text, "Kazakhstan President Kassym-Jomart Tokayev addressed the forum in Astana on Tuesday.\n"
        + "“We respect our partners in Russia and China, but we will decide for ourselves,” he said.");
    StringWriter out = new StringWriter();
    int exit = run(out, new StringWriter(), "quotes", "--date", "2025-06-03", text.toString());
    assertThat(exit).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode q = Json.mapper().readTree(lines.get(0));
    assertThat(q.get("article").asText()).isEqualTo("tokayev");
    assertThat(q.get("text").asText()).startsWith("We respect our partners");
    assertThat(q.get("direct").asBoolean()).isTrue();
    assertThat(q.get("speaker").get("name").asText()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(q.get("speaker").get("country").asText()).isEqualTo("KAZ");
    assertThat(q.get("mentions")).extracting(JsonNode::asText).containsExactly("RUS", "CHN");
    String article = Files.readString(text);
    assertThat(article.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
  }

  @Test
  void aTextFileWithoutADateIsReadWithOneWarningLine() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "“We will not accept this under any circumstances,” Aliyev said yesterday.");
    Path b = Files.writeString(dir.resolve("b.txt"), "“We will not accept it either, whatever Moscow says,” Pashinyan said.");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "quotes", a.toString(), b.toString())).isZero();
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains(a.toString(), b.toString(), "relative dates", "not resolved");
    StringWriter asked = new StringWriter();
    assertThat(run(new StringWriter(), asked, "quotes", "--date", "file", a.toString())).isZero();
    assertThat(asked.toString()).isEmpty();
  }
}
