package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import orbit.core.doc.Analyzed;
import orbit.core.doc.ArticleDoc;
import orbit.nlp.Analysis;
import orbit.nlp.ReadmeFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The coder's figures on the bank's dev and test splits (issue 16), printed in full and guarded at the level
 * reached; raise the bars as the coder improves. The test split is reported, never tuned on.
 */
@Tag("slow")
class BankScoreTest {
  @Test
  void guardsTheCodersFiguresOnDevAndTest() {
    Bank bank = Bank.read(BankCoverageTest.bankDir());
    Analysis analysis = Analysis.full();
    Set<String> nonState = BankCoverage.nonStateSectors(bank);
    List<String> rows = new java.util.ArrayList<>();
    for (String split : List.of("dev", "test")) {
      List<BankItem> items = bank.items(split);
      List<ArticleDoc> docs = analysis.analyzeAll(items.stream().map(BankItem::article), 2)
          .map(Analyzed::orThrow).toList();
      BankReport report = new BankReport(nonState);
      for (int i = 0; i < items.size(); i++) {
        report.add(items.get(i), docs.get(i));
      }
      System.out.println("# bank " + split);
      System.out.print(report.report());
      Score total = report.total();
      assertThat(total.recall()).as(split + " recall").isGreaterThanOrEqualTo(MIN_RECALL);
      assertThat(total.precision()).as(split + " precision").isGreaterThanOrEqualTo(MIN_PRECISION);
      rows.add(ReadmeFigures.row("bank " + split + " split (" + items.size() + " items)", total.precision(),
          total.recall(), total.f1(), "`./orbit eval --bank corpus/bank --split " + split + "`"));
      if (split.equals("test")) {
        report.byRoot().forEach((root, t) -> rows.add(ReadmeFigures.row("test root " + root,
            t.hits() + " of " + t.required(), t.falseAlarms(), t.precision(), t.recall(), t.f1())));
      }
    }
    ReadmeFigures.assertHolds(rows.toArray(String[]::new));
  }

  // the level reached when the bank was made (see issue 16's closing note)
  private static final double MIN_RECALL = 0.16;
  private static final double MIN_PRECISION = 0.60;
}
