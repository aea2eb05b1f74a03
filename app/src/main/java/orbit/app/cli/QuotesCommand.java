package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.Json;
import orbit.core.doc.Article;
import orbit.core.event.Quote;
import orbit.ingest.Inputs;
import orbit.nlp.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    header = "Find quotes and who said them; print them as JSON Lines.",
    description = {"Reads JSON Lines articles ({\"id\",\"date\",\"text\",...}) or plain text files and "
        + "prints one quote per line: its span in the article, its text, whether it is direct, the speaker "
        + "(name, role, affiliation, country), the countries it mentions and its tone toward each.",
        "Quotes need no date: plain text without --date is read as of its file's last-modified day, with one line "
            + "on stderr saying that relative dates in it were not resolved."},
    footer = {"%nExamples:", "  ./orbit quotes ../shared/seed/000_6da663fc9541656c.txt",
        "  ./orbit quotes corpus/sample/articles.jsonl", "  cat articles.jsonl | ./orbit quotes -"})
final class QuotesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", defaultValue = Inputs.STDIN,
      description = "JSON Lines or text files (or any format ingest reads); - for stdin (default)")
  List<Path> files;

  @Mixin DateOptions dates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> undated = new ArrayList<>();
    List<Article> articles = dates.inputs(item -> undated.add(item.input())).articles(files);
    if (!undated.isEmpty() && !dates.fileAsked()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("orbit quotes: no --date for " + String.join(", ", undated) + ": quotes need none, but relative dates"
          + " in the text (such as \"yesterday\") were not resolved");
      err.flush();
    }
    Analysis quotes = Analysis.quotesOnly();
    PrintWriter out = spec.commandLine().getOut();
    for (Article article : articles) {
      for (Quote q : quotes.analyze(article).quotes()) {
        out.println(Json.mapper().writeValueAsString(q));
      }
      out.flush();
    }
    return 0;
  }
}
