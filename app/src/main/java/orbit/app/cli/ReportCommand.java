package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import orbit.analytics.Escalation;
import orbit.analytics.InfluenceRun;
import orbit.analytics.Question;
import orbit.analytics.Regions;
import orbit.analytics.report.Brief;
import orbit.core.OrbitException;
import orbit.core.doc.Token;
import orbit.core.event.Quote;
import orbit.nlp.Analysis;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.Phrases;
import orbit.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
    header = "A self-contained HTML brief on a patron and a region: influence, trends (SVG), alerts, evidence, voices.",
    description = {"--question reads the patron and the clients from the question: the region it names (Central Asia,"
        + " the Caucasus, the former Soviet states), else the countries it names that belong to a region; the patron is"
        + " the first other country it names, else the clients' most frequent partner in the store. It prints what it"
        + " understood; --region is the region when the question names none."},
    footer = {"%nExamples:", "  ./orbit report --patron RUS --region post-soviet --out report.html",
        "  ./orbit report --patron RUS --region caucasus --from 2022 --out caucasus.html",
        "  ./orbit report --question 'Is Moscow losing its grip on Central Asia?' --out central-asia.html"})
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @ArgGroup(multiplicity = "1") Subject subject;

  static final class Subject {
    @Option(names = "--patron", required = true, paramLabel = "P",
        description = "The patron's country code, e.g. RUS.") String patron;
    @Option(names = "--question", required = true, paramLabel = "TEXT",
        description = "An analyst's question, e.g. \"Could Kazakhstan push back like Azerbaijan?\"") String question;
  }

  @Mixin InfluenceOptions options;

  @Option(names = "--out", defaultValue = "report.html", description = "The HTML file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter print = spec.commandLine().getOut();
    String patron;
    String region = options.region;
    InfluenceRun r;
    List<Quote> quotes;
    try (Store s = store.openExisting()) {
      if (subject.question != null) {
        Question q = Question.read(subject.question, countriesNamed(subject.question), Regions.standard(),
            options.region, s.analytics().facts(options.since));
        if (q.patron() == null) {
          throw new OrbitException("no patron: the question names none and the store has no event with "
              + String.join(", ", q.clients()) + "; give one with --patron");
        }
        print.printf("understood: patron %s (%s); clients %s = %s (%s)%n", q.patron(), q.patronHow(), q.region(),
            String.join(" ", q.clients()), q.regionHow());
        patron = q.patron();
        region = q.region();
      } else {
        patron = subject.patron.strip().toUpperCase(Locale.ROOT);
      }
      r = options.compute(s, patron, region);
      quotes = s.analytics().quotesMentioning(patron);
    }
    String html = new Brief(r.facts(), r.articles()).html(patron, region, subject.question, r.rows(),
        Escalation.standard().alerts(r.facts()), quotes);
    Files.writeString(out, html, StandardCharsets.UTF_8);
    print.printf("wrote %s (%d clients)%n", out, r.rows().size());
    print.flush();
    return 0;
  }

  /** The countries a question names, in order: CoreNLP tags (no parse), then the actor resolver's mentions. */
  static List<String> countriesNamed(String question) {
    LocalDate today = LocalDate.now();
    List<Token> tokens = Phrases.tag(Analysis.tagsOnly(), List.of(question), today).get(0);
    return ActorResolver.standard().mentions(tokens, today).stream().map(ActorResolver.Resolution::country)
        .filter(Objects::nonNull).distinct().toList();
  }
}
