package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import orbit.nlp.ReadmeFigures;
import orbit.nlp.ru.RussianCoder;
import org.junit.jupiter.api.Test;

/** The Russian coder on the Russian sample corpus's gold files (issue 22), through the analysis ingest runs. */
class RussianGoldTest {
  @Test
  void scoresTheRussianGoldAsReadmeSays() throws IOException {
    List<Path> files = GoldFiles.in("gold-ru", 10);
    Score total = GoldFiles.scoreAll(files,
        (file, article) -> assertThat(RussianCoder.writtenIn(article.text())).as("%s is Russian", file).isTrue());
    assertThat(total.f1()).as("issue 22's bar").isGreaterThanOrEqualTo(0.70);
    assertThat(total.quotesFound()).isEqualTo(total.quotesGold());
    ReadmeFigures.assertHolds(ReadmeFigures.row("Russian gold (" + files.size() + " articles)", total.precision(),
        total.recall(), total.f1(), "`./orbit eval corpus/gold-ru/*.json`"));
  }
}
