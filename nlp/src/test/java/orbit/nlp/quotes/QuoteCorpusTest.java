package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import orbit.nlp.eval.Gold;
import orbit.nlp.eval.Score;
import orbit.nlp.eval.Scorer;
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
    Score total = null;
    for (Path file : files) {
      Gold g = Gold.read(file);
      Score score = Scorer.score(g, Annotated.quotes(g.load(file)));
      score.lines().stream().filter(l -> l.startsWith("quote") || l.startsWith("wrong speaker") || l.startsWith("scare"))
          .forEach(m -> System.out.println(file.getFileName() + "\t" + m));
      total = total == null ? score : total.plus(score);
    }
    System.out.printf("corpus quotes: %d gold, %d found, %d attributed, %d scare quotes reported%n",
        total.quotesGold(), total.quotesFound(), total.speakersRight(), total.notQuotesReported());
    assertThat(total.quotesFound()).isGreaterThanOrEqualTo(total.quotesGold() * 9 / 10);
    assertThat(total.speakersRight()).isGreaterThanOrEqualTo(total.quotesGold() * 8 / 10);
    assertThat(total.notQuotesReported()).isZero();
  }
}
