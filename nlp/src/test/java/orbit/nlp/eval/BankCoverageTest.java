package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import orbit.core.cameo.Codebook;
import org.junit.jupiter.api.Test;

/** The annotated bank holds what issue 16 asks for, and every item is valid (parses, anchors verbatim, codes exist). */
class BankCoverageTest {
  static Path bankDir() {
    return Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/bank");
  }

  @Test
  void bankMeetsItsCoverageTargetsAndEveryItemIsValid() {
    BankCoverage coverage = BankCoverage.of(Bank.read(bankDir()), Codebook.standard());
    coverage.figures().forEach((k, v) -> System.out.println(k + "\t" + v));
    assertThat(coverage.failures()).isEmpty();
  }

  @Test
  void splitsAreSixtyTwentyTwentyAndStratifiedByRoot() {
    Bank bank = Bank.read(bankDir());
    int all = bank.items().size();
    assertThat(bank.items("train").size()).isBetween((int) (0.57 * all), (int) (0.63 * all));
    assertThat(bank.items("dev").size()).isBetween((int) (0.17 * all), (int) (0.23 * all));
    assertThat(bank.items("test").size()).isBetween((int) (0.17 * all), (int) (0.23 * all));
    // every root with at least ten items has items in the test split
    bank.items().stream().collect(java.util.stream.Collectors.groupingBy(BankItem::mainRoot)).forEach((root, items) -> {
      if (items.size() >= 10) {
        assertThat(items).as("root " + root).anyMatch(i -> "test".equals(bank.splits().get(i.id())));
      }
    });
  }
}
