package orbit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import orbit.core.Json;
import orbit.core.doc.Article;
import org.junit.jupiter.api.Test;

/** The bundled sample corpus (issue 5): well-formed, unique, in range, within the length bounds. */
class SampleCorpusTest {
  static final Path CORPUS = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/sample/articles.jsonl");

  @Test
  void everyLineIsAValidArticle() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
    Set<String> ids = new HashSet<>();
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (String line : lines) {
      JsonNode node = Json.mapper().readTree(line);
      Article a = Json.mapper().treeToValue(node, Article.class);
      assertThat(ids.add(a.id())).as("unique id %s", a.id()).isTrue();
      assertThat(a.date()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
      assertThat(a.title()).isNotBlank();
      assertThat(a.source()).isEqualTo("Orbit sample corpus");
      int words = a.text().trim().split("\\s+").length;
      assertThat(words).as("words in %s", a.id()).isBetween(120, 500);
      first = a.date().isBefore(first) ? a.date() : first;
      last = a.date().isAfter(last) ? a.date() : last;
    }
    assertThat(first.plusMonths(30)).as("the corpus spans at least 30 months").isBeforeOrEqualTo(last);
  }

  @Test
  void everyArticleIsListedInSources() throws IOException {
    String sources = Files.readString(CORPUS.resolveSibling("SOURCES.md"));
    for (String line : Files.readAllLines(CORPUS)) {
      String id = Json.mapper().readTree(line).path("id").asText();
      assertThat(sources).as("SOURCES.md lists %s", id).contains(id);
    }
  }
}
