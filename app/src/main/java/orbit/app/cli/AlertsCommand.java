package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.analytics.Alert;
import orbit.analytics.AlertEvaluation;
import orbit.analytics.Cusum;
import orbit.analytics.Detector;
import orbit.analytics.Escalation;
import orbit.analytics.EscalationBenchmark;
import orbit.analytics.EscalationLabel;
import orbit.analytics.PoissonGamma;
import orbit.core.Json;
import orbit.store.FactEvent;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
    header = "Escalation alerts on each directed dyad's monthly conflict events, with the events behind them.",
    description = "Method and evaluation in docs/analytics.md.",
    footer = {"%nExamples:", "  ./orbit alerts", "  ./orbit alerts --since 2025-01-01 --h 2", "  ./orbit alerts --format json",
        "  ./orbit alerts --labels corpus/sample/escalations.csv",
        "  ./orbit alerts --benchmark corpus/escalations/labels.tsv --db /tmp/e.duckdb"})
final class AlertsCommand implements Callable<Integer> {
  enum Format { table, json }

  enum Kind { poisson_gamma, cusum }

  @Mixin StoreOptions store;

  @Mixin DomesticOption domestic;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Watch from this day on.")
  LocalDate since;

  @Option(names = "--detector", defaultValue = "poisson_gamma",
      description = "poisson_gamma (Poisson-Gamma baseline, the default) or cusum (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(names = "--per-article",
      description = "Normalise by coverage: expect conflict events in proportion to the month's articles about the pair.")
  boolean perArticle;

  @Option(names = "--k", defaultValue = "1.0", description = "CUSUM allowance in baseline deviations (default: ${DEFAULT-VALUE}).")
  double k;

  @Option(names = "--h", defaultValue = "1.5", description = "CUSUM threshold; lower alerts more (default: ${DEFAULT-VALUE}).")
  double h;

  @Option(names = "--baseline", paramLabel = "MONTHS", defaultValue = "12",
      description = "Trailing months of the baseline (default: ${DEFAULT-VALUE}).")
  int baseline;

  @Option(names = "--labels", paramLabel = "CSV",
      description = "Score the alerts against labelled escalations (source,target,from,to,note), e.g. corpus/sample/escalations.csv.")
  Path labels;

  @Option(names = "--benchmark", paramLabel = "TSV",
      description = "Instead of alerts, score CUSUM and the Poisson-Gamma detector, on raw and on coverage-normalised counts,"
          + " against labelled dyad-months, e.g. corpus/escalations/labels.tsv.")
  Path benchmark;

  @Option(names = "--alpha", defaultValue = "0.1",
      description = "Poisson-Gamma: alarm when the month's count is this unlikely under the baseline (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  private static void evaluation(AlertEvaluation e, PrintWriter out) {
    e.detected().forEach(l -> out.printf("detected  %s→%s %s…%s  %s%n", l.source(), l.target(), l.from(), l.to(), l.note()));
    e.missed().forEach(l -> out.printf("missed    %s→%s %s…%s  %s%n", l.source(), l.target(), l.from(), l.to(), l.note()));
    e.falseAlarms().forEach(a -> out.printf("false alarm  %s→%s %s%n", a.source(), a.target(),
        a.period().toString().substring(0, 7)));
    out.printf(Locale.ROOT, "labelled escalations detected %d of %d; false alarms %d on %d of %d dyads (rate %.1f %%)%n",
        e.detected().size(), e.detected().size() + e.missed().size(), e.falseAlarms().size(), e.dyadsWithFalseAlarms(),
        e.dyads(), 100 * e.falseAlarmRate());
  }

  /** The comparison table of docs/analytics.md: each detector on raw and on coverage-normalised counts. */
  static void benchmark(List<FactEvent> facts, List<EscalationLabel> labels, List<Detector> detectors, PrintWriter out) {
    out.println("| detector | counts | escalations detected | detection | median lag, range (days) | false alarms (quiet months)"
        + " | false alarms per dyad-year | other alarms per watched dyad-year |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Detector d : detectors) {
      for (boolean normalised : new boolean[] {false, true}) {
        EscalationBenchmark.Result r = EscalationBenchmark.evaluate(facts, labels, d, normalised);
        out.printf(Locale.ROOT, "| %s | %s | %d of %d | %.0f %% | %s | %d in %d | %.2f | %d, %.3f |%n", r.detector(),
            normalised ? "per article" : "raw", r.detected(), r.escalations(), 100 * r.detectionRate(),
            r.medianLag().map(m -> m + ", " + r.lags().stream().min(Long::compare).orElseThrow() + " … "
                + r.lags().stream().max(Long::compare).orElseThrow()).orElse("–"), r.falseAlarms(), r.quietMonths(),
            r.falseAlarmsPerDyadYear(), r.otherAlarms(), r.otherAlarmsPerDyadYear());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    Cusum cusum;
    PoissonGamma poissonGamma;
    try {
      cusum = new Cusum(k, h, baseline);
      poissonGamma = new PoissonGamma(alpha, PoissonGamma.STANDARD.priorEvents(), PoissonGamma.STANDARD.priorExposure(),
          baseline);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<FactEvent> facts;
    try (Store s = store.openExisting()) {
      facts = s.analytics().facts(since, domestic.include);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (benchmark != null) {
      benchmark(facts, EscalationLabel.read(benchmark), List.of(cusum, poissonGamma), out);
      out.flush();
      return 0;
    }
    Detector detector = kind == Kind.cusum ? cusum : poissonGamma;
    List<Alert> alerts = new Escalation(detector, perArticle).alerts(facts);
    if (format == Format.json) {
      for (Alert a : alerts) {
        out.println(Json.mapper().writeValueAsString(a));
      }
    } else {
      for (Alert a : alerts) {
        out.printf(Locale.ROOT, "%s→%s  %s  conflict events %.0f vs baseline %.2f (excess %+.2f, statistic %.2f)%n",
            a.source(), a.target(), a.period().toString().substring(0, 7), a.conflict(), a.baseline(), a.excess(),
            a.cusum());
        for (FactEvent e : a.events()) {
          out.printf(Locale.ROOT, "    %s  %-5s %6.1f  %s  %s%n", e.day(), e.cameo(), e.goldstein(), e.id(),
              e.evidence() == null ? "" : e.evidence());
        }
      }
      out.printf("%d alert%s over %d directed dyads with fact events (%s on %s counts, baseline %d months)%n",
          alerts.size(), alerts.size() == 1 ? "" : "s", Escalation.dyads(facts), detector.label(),
          perArticle ? "per-article" : "raw", baseline);
      if (labels != null) {
        evaluation(AlertEvaluation.of(alerts, AlertEvaluation.read(labels), Escalation.dyads(facts)), out);
      }
    }
    out.flush();
    return 0;
  }
}
