package orbit.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import orbit.store.FactEvent;

/**
 * Escalation alerts: for each directed dyad, the monthly count of distinct conflict events (quad 3
 * or 4) over every month from the first to the last month of the data, watched by a {@link Cusum}.
 */
public final class Escalation {
  private final Cusum cusum;

  public Escalation(Cusum cusum) {
    this.cusum = cusum;
  }

  /** The alerts over all directed dyads, by month then dyad; {@code facts} sorted by day then id. */
  public List<Alert> alerts(List<FactEvent> facts) {
    List<Alert> alerts = new ArrayList<>();
    if (facts.isEmpty()) {
      return alerts;
    }
    List<FactEvent> clusters = Clusters.representatives(facts);
    List<LocalDate> months = months(clusters);
    Map<String, List<FactEvent>> byDyad = clusters.stream().filter(e -> e.quad() >= 3)
        .collect(Collectors.groupingBy(e -> e.source() + " " + e.target(), TreeMap::new, Collectors.toList()));
    byDyad.values().forEach(events -> alerts.addAll(dyad(events, months)));
    alerts.sort(Comparator.comparing(Alert::period).thenComparing(Alert::source).thenComparing(Alert::target));
    return alerts;
  }

  /** The directed dyads watched: those with at least one fact event. */
  public static long dyads(List<FactEvent> facts) {
    return facts.stream().map(e -> e.source() + " " + e.target()).distinct().count();
  }

  private List<Alert> dyad(List<FactEvent> conflicts, List<LocalDate> months) {
    double[] xs = new double[months.size()];
    for (FactEvent e : conflicts) {
      xs[months.indexOf(e.day().withDayOfMonth(1))]++;
    }
    Cusum.Step[] steps = cusum.run(xs);
    List<Alert> alerts = new ArrayList<>();
    int runStart = 0;
    for (int t = 0; t < steps.length; t++) {
      if (t > 0 && steps[t - 1].s() == 0 || t > 0 && steps[t - 1].alarm()) {
        runStart = t;
      }
      if (steps[t].alarm()) {
        LocalDate from = months.get(runStart);
        LocalDate to = months.get(t).plusMonths(1);
        List<FactEvent> drivers = conflicts.stream()
            .filter(e -> !e.day().isBefore(from) && e.day().isBefore(to)).toList();
        FactEvent any = conflicts.get(0);
        Cusum.Step s = steps[t];
        alerts.add(new Alert(any.source(), any.target(), months.get(t), s.x(), s.mean(), s.x() - s.mean(),
            s.s(), drivers));
      }
    }
    return alerts;
  }

  private static List<LocalDate> months(List<FactEvent> events) {
    LocalDate first = events.stream().map(FactEvent::day).min(Comparator.naturalOrder()).orElseThrow().withDayOfMonth(1);
    LocalDate last = events.stream().map(FactEvent::day).max(Comparator.naturalOrder()).orElseThrow().withDayOfMonth(1);
    List<LocalDate> months = new ArrayList<>();
    for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
