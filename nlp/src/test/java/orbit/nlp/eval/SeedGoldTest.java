package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import orbit.core.doc.ArticleDoc;
import orbit.nlp.Analysis;
import orbit.nlp.ReadmeFigures;
import orbit.nlp.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coder's bar on the seed article's hand-made gold (issue 4). */
class SeedGoldTest {
  private static Score score;

  @BeforeAll
  static void codeSeed() {
    Path file = SharedData.path("gold/seed-article.json");
    Gold gold = Gold.read(file);
    ArticleDoc doc = Analysis.full().analyze(gold.load(file));
    score = Scorer.score(gold, doc);
    System.out.print(score.report());
    score.lines().forEach(System.out::println);
  }

  @Test
  void findsRequiredEventsPrecisely() {
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
    ReadmeFigures.assertHolds(ReadmeFigures.row("seed gold (1 article)", score.precision(), score.recall(),
        score.f1(), "`./orbit eval ../shared/gold/seed-article.json`"));
  }

  @Test
  void codesNoNonEventAsFact() {
    assertThat(score.nonEventsCoded()).isZero();
  }

  @Test
  void datesAndPlacesOfMatchedEventsAreRight() {
    assertThat(score.dateHits()).isEqualTo(score.dateChecks()).isGreaterThanOrEqualTo(3);
    assertThat(score.placeHits()).isEqualTo(score.placeChecks()).isGreaterThanOrEqualTo(3);
  }
}
