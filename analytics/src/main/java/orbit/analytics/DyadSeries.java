package orbit.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;

/** The per-period series of a directed dyad, both directions, from fact events (see docs/analytics.md). */
public final class DyadSeries {
  private DyadSeries() {}

  /**
   * Rows for a → b then b → a, one per period from the first to the last period with an event in
   * either direction (empty periods included, so the series has no gaps).
   */
  public static List<DyadPeriod> of(List<FactEvent> facts, Map<LocalDate, Long> articlesPerDay, String a, String b,
                                    Granularity by) {
    List<FactEvent> ab = direction(facts, a, b);
    List<FactEvent> ba = direction(facts, b, a);
    List<DyadPeriod> rows = new ArrayList<>();
    if (ab.isEmpty() && ba.isEmpty()) {
      return rows;
    }
    LocalDate first = by.start(min(ab, ba));
    LocalDate last = by.start(max(ab, ba));
    rows.addAll(series(ab, articlesPerDay, a, b, by, first, last));
    rows.addAll(series(ba, articlesPerDay, b, a, by, first, last));
    return rows;
  }

  private static List<FactEvent> direction(List<FactEvent> facts, String source, String target) {
    return Clusters.representatives(facts.stream()
        .filter(e -> e.source().equals(source) && e.target().equals(target)).toList());
  }

  private static List<DyadPeriod> series(List<FactEvent> events, Map<LocalDate, Long> articlesPerDay, String source,
                                         String target, Granularity by, LocalDate first, LocalDate last) {
    List<DyadPeriod> rows = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
      LocalDate start = p;
      rows.add(period(events.stream().filter(e -> by.start(e.day()).equals(start)).toList(),
          articles(articlesPerDay, start, by.next(start)), source, target, start));
    }
    return rows;
  }

  /** The figures of one period, from the de-duplicated events in it and the articles published in it. */
  static DyadPeriod period(List<FactEvent> events, long articles, String source, String target, LocalDate start) {
    int[] quads = new int[5];
    double sum = 0;
    for (FactEvent e : events) {
      sum += e.goldstein();
      if (e.quad() >= 1 && e.quad() <= 4) {
        quads[e.quad()]++;
      }
    }
    int n = events.size();
    double mean = n == 0 ? 0 : sum / n;
    double conflict = n == 0 ? 0 : (double) (quads[3] + quads[4]) / n;
    double per100 = articles == 0 ? 0 : 100.0 * n / articles;
    return new DyadPeriod(source, target, start, n, sum, mean, quads[1], quads[2], quads[3], quads[4], conflict,
        articles, per100);
  }

  static long articles(Map<LocalDate, Long> articlesPerDay, LocalDate from, LocalDate until) {
    return articlesPerDay.entrySet().stream()
        .filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(until))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private static LocalDate min(List<FactEvent> x, List<FactEvent> y) {
    return java.util.stream.Stream.concat(x.stream(), y.stream()).map(FactEvent::day)
        .min(Comparator.naturalOrder()).orElseThrow();
  }

  private static LocalDate max(List<FactEvent> x, List<FactEvent> y) {
    return java.util.stream.Stream.concat(x.stream(), y.stream()).map(FactEvent::day)
        .max(Comparator.naturalOrder()).orElseThrow();
  }
}
