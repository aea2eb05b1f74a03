package orbit.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import orbit.analytics.ClientInfluence;
import orbit.analytics.Cusum;
import orbit.analytics.Escalation;
import orbit.analytics.Influence;
import orbit.analytics.Regions;
import orbit.analytics.report.Brief;
import orbit.store.FactEvent;
import orbit.store.Indicator;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
    header = "A self-contained HTML brief on a patron and a region: influence, trends (SVG), alerts, evidence.",
    footer = {"%nExamples:", "  ./orbit report --patron RUS --region post-soviet --out report.html",
        "  ./orbit report --patron RUS --region caucasus --from 2022 --out caucasus.html"})
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--patron", required = true, paramLabel = "P", description = "The patron's country code, e.g. RUS.")
  String patron;

  @Option(names = "--region", defaultValue = "post-soviet",
      description = "post-soviet, central-asia, caucasus or a list such as ARM,AZE (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--to", paramLabel = "YEAR", description = "The year compared (default: the last year with articles).")
  Integer to;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year of the baseline (default: the year before --to).")
  Integer from;

  @Option(names = "--out", defaultValue = "report.html", description = "The HTML file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String p = patron.strip().toUpperCase(Locale.ROOT);
    List<String> clients = Regions.standard().countries(region);
    List<FactEvent> facts;
    List<Indicator> indicators;
    Map<LocalDate, Long> articles;
    try (Store s = store.open()) {
      facts = s.analytics().facts(null);
      indicators = s.analytics().indicators();
      articles = s.analytics().articlesPerDay(null);
    }
    int toYear = to != null ? to : articles.keySet().stream().mapToInt(LocalDate::getYear).max()
        .orElse(LocalDate.now().getYear());
    List<ClientInfluence> rows = new Influence(facts, indicators).clients(p, clients, from == null ? toYear - 1 : from, toYear);
    String html = new Brief(facts, articles).html(p, region, rows, new Escalation(Cusum.STANDARD).alerts(facts));
    Files.writeString(out, html, StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("wrote %s (%d clients)%n", out, rows.size());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
