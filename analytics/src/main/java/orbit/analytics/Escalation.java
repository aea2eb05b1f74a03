package orbit.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import orbit.store.FactEvent;

/**
 * Escalation alerts: for each directed dyad, the monthly count of distinct conflict events (quad 3 or 4) over
 * every month from the first to the last month of the data, watched by a {@link Detector} on raw counts or on
 * counts normalised by the articles about the pair (docs/analytics.md).
 */
public final class Escalation {
  private final Detector detector;
  private final boolean normalised;

  public Escalation(Detector detector, boolean normalised) {
    this.detector = detector;
    this.normalised = normalised;
  }

  /** CUSUM on raw counts. */
  public Escalation(Cusum cusum) {
    this(cusum, false);
  }

  /** The default, chosen on corpus/escalations/labels.tsv (docs/analytics.md): Poisson-Gamma on raw counts. */
  public static Escalation standard() {
    return new Escalation(PoissonGamma.STANDARD, false);
  }

  /**
   * The alerts over all directed dyads, by month then dyad; {@code facts} sorted by day then id. An alert's
   * {@code baseline} is the count the detector expected and {@code cusum} the detector's statistic.
   */
  public List<Alert> alerts(List<FactEvent> facts) {
    List<Alert> alerts = new ArrayList<>();
    if (facts.isEmpty()) {
      return alerts;
    }
    DyadMonths series = new DyadMonths(facts);
    for (String dyad : series.conflicts.keySet()) {
      double[] exposure = normalised ? series.articleCounts(dyad, null) : series.ones();
      alerts.addAll(dyad(series, dyad, detector.run(series.conflictCounts(dyad, null), exposure)));
    }
    alerts.sort(Comparator.comparing(Alert::period).thenComparing(Alert::source).thenComparing(Alert::target));
    return alerts;
  }

  /** The directed dyads watched: those with at least one fact event. */
  public static long dyads(List<FactEvent> facts) {
    return facts.stream().map(e -> e.source() + " " + e.target()).distinct().count();
  }

  /** The alerts of one dyad, each with the conflict events of the run since the statistic last stood at 0. */
  private static List<Alert> dyad(DyadMonths series, String dyad, Detector.Step[] steps) {
    List<FactEvent> conflicts = series.conflicts.get(dyad);
    List<Alert> alerts = new ArrayList<>();
    int runStart = 0;
    for (int t = 0; t < steps.length; t++) {
      if (t > 0 && steps[t - 1].statistic() == 0 || t > 0 && steps[t - 1].alarm()) {
        runStart = t;
      }
      if (steps[t].alarm()) {
        LocalDate from = series.months.get(runStart).atDay(1);
        LocalDate to = series.months.get(t).plusMonths(1).atDay(1);
        List<FactEvent> drivers = conflicts.stream()
            .filter(e -> !e.day().isBefore(from) && e.day().isBefore(to)).toList();
        FactEvent any = conflicts.get(0);
        Detector.Step s = steps[t];
        alerts.add(new Alert(any.source(), any.target(), series.months.get(t).atDay(1), s.x(), s.expected(),
            s.x() - s.expected(), s.statistic(), drivers));
      }
    }
    return alerts;
  }
}
