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
    header = "Escalation alerts: CUSUM on each directed dyad's monthly conflict events, with the events behind them.",
    description = "Method and evaluation in docs/analytics.md.",
    footer = {"%nExamples:", "  ./orbit alerts", "  ./orbit alerts --since 2025-01-01 --h 2", "  ./orbit alerts --format json",
        "  ./orbit alerts --labels corpus/sample/escalations.csv",
        "  ./orbit alerts --benchmark corpus/escalations/labels.tsv --db /tmp/e.duckdb"})
final class AlertsCommand implements Callable<Integer> {
  enum Format { table, json }

  @Mixin StoreOptions store;

  @Mixin DomesticOption domestic;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Watch from this day on.")
  LocalDate since;

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

  @Option(names = "--alpha", defaultValue = "0.01",
      description = "Tail probability below which the Poisson-Gamma detector alarms, for --benchmark (default: ${DEFAULT-VALUE}).")
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
    out.println("| detector | counts | escalations detected | detection | median lag (days) | false alarms (quiet months)"
        + " | false alarms per dyad-year | all alarms |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Detector d : detectors) {
      for (boolean normalised : new boolean[] {false, true}) {
        EscalationBenchmark.Result r = EscalationBenchmark.evaluate(facts, labels, d, normalised);
        out.printf(Locale.ROOT, "| %s | %s | %d of %d | %.0f %% | %s | %d in %d | %.2f | %d |%n", r.detector(),
            normalised ? "per article" : "raw", r.detected(), r.escalations(), 100 * r.detectionRate(),
            r.medianLag().map(String::valueOf).orElse("–"), r.falseAlarms(), r.quietMonths(),
            r.falseAlarmsPerDyadYear(), r.alarms());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    Cusum cusum;
    try {
      cusum = new Cusum(k, h, baseline);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<FactEvent> facts;
    try (Store s = store.openExisting()) {
      facts = s.analytics().facts(since, domestic.include);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (benchmark != null) {
      benchmark(facts, EscalationLabel.read(benchmark), List.of(cusum,
          new PoissonGamma(alpha, PoissonGamma.STANDARD.priorEvents(), PoissonGamma.STANDARD.priorExposure(), baseline)),
          out);
      out.flush();
      return 0;
    }
    List<Alert> alerts = new Escalation(cusum).alerts(facts);
    if (format == Format.json) {
      for (Alert a : alerts) {
        out.println(Json.mapper().writeValueAsString(a));
      }
    } else {
      for (Alert a : alerts) {
        out.printf(Locale.ROOT, "%s→%s  %s  conflict events %.0f vs baseline %.2f (excess %+.2f, CUSUM %.2f)%n",
            a.source(), a.target(), a.period().toString().substring(0, 7), a.conflict(), a.baseline(), a.excess(),
            a.cusum());
        for (FactEvent e : a.events()) {
          out.printf(Locale.ROOT, "    %s  %-5s %6.1f  %s  %s%n", e.day(), e.cameo(), e.goldstein(), e.id(),
              e.evidence() == null ? "" : e.evidence());
        }
      }
      out.printf("%d alert%s over %d directed dyads with fact events (k=%s, h=%s, baseline %d months)%n", alerts.size(),
          alerts.size() == 1 ? "" : "s", Escalation.dyads(facts), k, h, baseline);
      if (labels != null) {
        evaluation(AlertEvaluation.of(alerts, AlertEvaluation.read(labels), Escalation.dyads(facts)), out);
      }
    }
    out.flush();
    return 0;
  }
}
