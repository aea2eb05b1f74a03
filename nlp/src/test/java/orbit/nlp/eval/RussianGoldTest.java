package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.doc.Article;
import orbit.nlp.Analysis;
import orbit.nlp.ReadmeFigures;
import orbit.nlp.ru.RussianCoder;
import org.junit.jupiter.api.Test;

/** The Russian coder on the Russian sample corpus's gold files (issue 22), through the analysis ingest runs. */
class RussianGoldTest {
  @Test
  void scoresTheRussianGoldAsReadmeSays() throws IOException {
    Path dir = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/gold-ru");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    Analysis analysis = Analysis.full();
    Score total = null;
    for (Path file : files) {
      Gold gold = Gold.read(file);
      Article article = gold.load(file);
      assertThat(RussianCoder.writtenIn(article.text())).as("%s is Russian", file).isTrue();
      Score score = Scorer.score(gold, analysis.analyze(article));
      score.lines().forEach(line -> System.out.println(file.getFileName() + "  " + line));
      total = total == null ? score : total.plus(score);
    }
    System.out.print(total.report());
    assertThat(total.f1()).as("issue 22's bar").isGreaterThanOrEqualTo(0.70);
    assertThat(total.quotesFound()).isEqualTo(total.quotesGold());
    ReadmeFigures.assertHolds(ReadmeFigures.row("Russian gold (" + files.size() + " articles)", total.precision(),
        total.recall(), total.f1(), "`./orbit eval corpus/gold-ru/*.json`"));
  }
}
