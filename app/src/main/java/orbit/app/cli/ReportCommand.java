package orbit.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.analytics.Cusum;
import orbit.analytics.Escalation;
import orbit.analytics.InfluenceRun;
import orbit.analytics.report.Brief;
import orbit.core.event.Quote;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
    header = "A self-contained HTML brief on a patron and a region: influence, trends (SVG), alerts, evidence, voices.",
    footer = {"%nExamples:", "  ./orbit report --patron RUS --region post-soviet --out report.html",
        "  ./orbit report --patron RUS --region caucasus --from 2022 --out caucasus.html"})
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--patron", required = true, paramLabel = "P", description = "The patron's country code, e.g. RUS.")
  String patron;

  @Mixin InfluenceOptions options;

  @Option(names = "--out", defaultValue = "report.html", description = "The HTML file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String p = patron.strip().toUpperCase(Locale.ROOT);
    InfluenceRun r;
    List<Quote> quotes;
    try (Store s = store.open()) {
      r = options.compute(s, p);
      quotes = s.analytics().quotesMentioning(p);
    }
    String html = new Brief(r.facts(), r.articles()).html(p, options.region, r.rows(),
        new Escalation(Cusum.STANDARD).alerts(r.facts()), quotes);
    Files.writeString(out, html, StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("wrote %s (%d clients)%n", out, r.rows().size());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
