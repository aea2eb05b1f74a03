package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.nlp.Analysis;
import orbit.nlp.eval.Gold;
import orbit.nlp.eval.Score;
import orbit.nlp.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Score the coder against gold annotations.",
    description = "Codes the article each gold file names and prints precision, recall and F1 for events, "
        + "finer-code, date and location accuracy, non-events coded, quote and speaker accuracy, "
        + "then the misses and false alarms. With several files, the last block sums them.",
    footer = {"%nExamples:", "  ./orbit eval ../shared/gold/seed-article.json", "  ./orbit eval corpus/gold/*.json"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files (format of shared/gold/seed-article.json).")
  List<Path> golds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Analysis analysis = Analysis.standard();
    PrintWriter out = spec.commandLine().getOut();
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
    out.flush();
    return 0;
  }
}
