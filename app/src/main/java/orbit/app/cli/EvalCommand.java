package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.cameo.Codebook;
import orbit.core.doc.Analyzed;
import orbit.core.doc.ArticleDoc;
import orbit.nlp.Analysis;
import orbit.nlp.eval.Bank;
import orbit.nlp.eval.BankAgreement;
import orbit.nlp.eval.BankCoverage;
import orbit.nlp.eval.BankItem;
import orbit.nlp.eval.BankReport;
import orbit.nlp.eval.Gold;
import orbit.nlp.eval.Score;
import orbit.nlp.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Score the coder against gold annotations or the annotated bank.",
    description = {"Codes the article each gold file names and prints precision, recall and F1 for events, "
        + "finer-code, date and location accuracy, non-events coded, quote and speaker accuracy, "
        + "then the misses and false alarms. With several files, the last block sums them.",
        "With --bank, codes the bank's items (one split or all) and prints the totals, then precision, recall and F1 "
            + "per root, per construction and per actor kind, then every miss and false alarm (corpus/bank/README.md). "
            + "--coverage prints what the bank holds against its targets instead, and exits 1 when one is not met; "
            + "--agreement prints Cohen's kappa and triple F1 against the second annotation pass."},
    footer = {"%nExamples:", "  ./orbit eval ../shared/gold/seed-article.json", "  ./orbit eval corpus/gold/*.json",
        "  ./orbit eval --bank corpus/bank --split dev", "  ./orbit eval --bank corpus/bank --coverage"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD", arity = "0..*", description = "Gold files (format of shared/gold/seed-article.json).")
  List<Path> golds = List.of();

  @Option(names = "--bank", paramLabel = "DIR", description = "Score on the annotated bank in DIR (corpus/bank).")
  Path bank;

  @Option(names = "--split", paramLabel = "SPLIT", description = "With --bank: train, dev or test (default: all items).")
  String split;

  @Option(names = "--coverage", description = "With --bank: print the bank's coverage and validity, code nothing.")
  boolean coverage;

  @Option(names = "--agreement", description = "With --bank: agreement with the independent second pass (second-pass/).")
  boolean agreement;

  @Option(names = "--threads", defaultValue = "2", description = "Items coded in parallel (default ${DEFAULT-VALUE}).")
  int threads;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (bank == null == golds.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give gold files or --bank DIR, not both");
    }
    PrintWriter out = spec.commandLine().getOut();
    int status = bank == null ? golds(out) : bank(out);
    out.flush();
    return status;
  }

  private int golds(PrintWriter out) {
    Analysis analysis = Analysis.full();
    Score total = null;
    for (Path file : golds) {
      Gold gold = Gold.read(file);
      Score score = Scorer.score(gold, analysis.analyze(gold.load(file)));
      out.println("# " + file);
      out.print(score.report());
      score.lines().forEach(line -> out.println("  " + line));
      total = total == null ? score : total.plus(score);
    }
    if (golds.size() > 1) {
      out.println("# total of " + golds.size() + " files");
      out.print(total.report());
    }
    return 0;
  }

  private int bank(PrintWriter out) {
    Bank b = Bank.read(bank);
    if (coverage) {
      BankCoverage c = BankCoverage.of(b, Codebook.standard());
      c.figures().forEach((k, v) -> out.println(k + "\t" + v));
      c.failures().forEach(f -> out.println("NOT MET\t" + f));
      return c.failures().isEmpty() ? 0 : 1;
    }
    if (agreement) {
      BankAgreement a = BankAgreement.of(b);
      out.printf(java.util.Locale.ROOT, "items\t%d%nroot.kappa\t%.3f\t(observed agreement %.3f)%n"
          + "triples.f1\t%.3f\t(%d matched; %d bank, %d second pass)%n", a.items(), a.kappa(), a.observed(),
          a.tripleF1(), a.matched(), a.triplesA(), a.triplesB());
      a.disagreements().forEach(d -> out.println("  " + d));
      return 0;
    }
    List<BankItem> items = b.items(split);
    List<ArticleDoc> docs = Analysis.full().analyzeAll(items.stream().map(BankItem::article), threads)
        .map(Analyzed::orThrow).toList();
    BankReport report = new BankReport(BankCoverage.nonStateSectors(b));
    for (int i = 0; i < items.size(); i++) {
      report.add(items.get(i), docs.get(i));
    }
    out.println("# bank " + bank + (split == null ? " (all items)" : " (" + split + " split)"));
    out.print(report.report());
    return 0;
  }
}
