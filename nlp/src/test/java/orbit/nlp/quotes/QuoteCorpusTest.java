package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import org.junit.jupiter.api.Test;

/** Quote figures on the sample corpus's gold files (corpus/gold); skips when the corpus is absent. */
class QuoteCorpusTest {
  @Test
  void findsAndAttributesTheCorpusQuotes() throws IOException {
    Path gold = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/gold");
    assumeTrue(Files.isDirectory(gold), "sample corpus absent: " + gold);
    List<Path> files;
    try (Stream<Path> list = Files.list(gold)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    QuoteGold total = new QuoteGold(0, 0, 0, 0, List.of());
    for (Path file : files) {
      JsonNode g = Json.mapper().readTree(file.toFile());
      ArticleDoc doc = Annotated.quotes(article(file, g.get("article")));
      QuoteGold s = QuoteGold.score(g, doc);
      s.misses().forEach(m -> System.out.println(file.getFileName() + "\t" + m));
      total = total.plus(s);
    }
    System.out.printf("corpus quotes: %d gold, %d found, %d attributed, %d scare quotes reported%n",
        total.gold(), total.found(), total.attributed(), total.scareReported());
    assertThat(total.found()).isGreaterThanOrEqualTo(total.gold() * 9 / 10);
    assertThat(total.attributed()).isGreaterThanOrEqualTo(total.gold() * 8 / 10);
    assertThat(total.scareReported()).isZero();
  }

  /** The JSON Lines article the gold file names by {@code article.file} and {@code article.id}. */
  private static Article article(Path goldFile, JsonNode ref) throws IOException {
    Path jsonl = goldFile.getParent().resolve(ref.get("file").asText()).normalize();
    try (InputStream in = Files.newInputStream(jsonl)) {
      var it = Json.mapper().readerFor(Article.class).<Article>readValues(in);
      while (it.hasNext()) {
        Article a = it.next();
        if (a.id().equals(ref.get("id").asText())) {
          return a;
        }
      }
    }
    throw new IllegalStateException(goldFile + ": no article " + ref.get("id") + " in " + jsonl);
  }
}
