package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.core.doc.Analyzed;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Event;
import orbit.ingest.Inputs;
import orbit.nlp.Analysis;
import orbit.nlp.petrarch.Dictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "code", mixinStandardHelpOptions = true,
    header = "Code events from articles; print them as JSON Lines.",
    description = {"Reads JSON Lines articles ({\"id\",\"date\",\"text\",...}) or plain text files "
        + "and prints one CAMEO event per line with its evidence, actors, date, place and factuality.",
        "A plain text file is dated by --date, else by its last-modified day, with a warning on stderr: events the "
            + "text does not date then carry that day with \"datePrecision\":\"article\", and relative dates the coder "
            + "resolved against it (\"yesterday\") are named on stderr."},
    footer = {"%nExamples:", "  ./orbit code corpus/sample/articles.jsonl",
        "  ./orbit code --date 2025-07-24 ../shared/seed/000_6da663fc9541656c.txt",
        "  ./orbit code --date file my-article.txt",
        "  cat articles.jsonl | ./orbit code - --threads 2",
        "  ./orbit code --dictionaries ../shared/data/petrarch/petrarch2 --date 2025-07-24 article.txt"})
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", defaultValue = Inputs.STDIN,
      description = "JSON Lines or text files (or any format ingest reads); - for stdin (default)")
  List<Path> files;

  @Mixin DateOptions dates;

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded in parallel (default ${DEFAULT-VALUE}).")
  int threads;

  @Mixin DictionaryOptions dictionaries;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FileDatedArticles fileDated = new FileDatedArticles(err, !dates.fileAsked());
    List<Article> articles = dates.inputs(fileDated).articles(files);
    Analysis analysis = analysis(err);
    int done = 0;
    try (Stream<Analyzed> coded = analysis.analyzeAll(articles.stream(), threads)) {
      for (Iterator<Analyzed> it = coded.iterator(); it.hasNext(); ) {
        ArticleDoc doc = it.next().orThrow();
        for (Event e : doc.events()) {
          out.println(Json.mapper().writeValueAsString(e));
        }
        out.flush();
        fileDated.coded(doc);
        if (++done % 25 == 0 || (done == articles.size() && articles.size() >= 25)) {
          err.printf("orbit code: %d of %d articles%n", done, articles.size());
          err.flush();
        }
      }
    }
    return 0;
  }

  /** Orbit's analysis, or with the user's PETRARCH dictionaries (their unread lines reported on stderr). */
  private Analysis analysis(PrintWriter err) {
    if (!dictionaries.given()) {
      return Analysis.full();
    }
    Dictionaries d = dictionaries.load(err);
    return Analysis.full(d.lexicon(), d.actors());
  }
}
