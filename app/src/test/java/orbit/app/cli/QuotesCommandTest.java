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
    Files.writeString(text, "Kazakh President Kassym-Jomart Tokayev addressed the forum in Astana on Tuesday.\n"
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
  void aTextFileWithoutADateIsAUsageError() throws Exception {
    Path text = dir.resolve("a.txt");
    Files.writeString(text, "“No,” he said.");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "quotes", text.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--date");
  }
}
