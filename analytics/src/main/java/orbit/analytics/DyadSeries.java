package orbit.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import orbit.store.FactEvent;

/** The per-period series of a directed dyad, both directions, from fact events (see docs/analytics.md). */
public final class DyadSeries {
  /** How many figures of a period get an interval (see {@link #figures}). */
  private static final int FIGURES = 5;

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
    Map<LocalDate, List<FactEvent>> byPeriod = events.stream().collect(Collectors.groupingBy(e -> by.start(e.day())));
    List<DyadPeriod> rows = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
      rows.add(period(byPeriod.getOrDefault(p, List.of()), articles(articlesPerDay, p, by.next(p)), source, target, p));
    }
    return rows;
  }

  /**
   * The figures of one period, from the de-duplicated events in it and the articles published in it, with their
   * intervals from the Poisson bootstrap of the period's events.
   */
  static DyadPeriod period(List<FactEvent> events, long articles, String source, String target, LocalDate start) {
    int[] quads = new int[5];
    for (FactEvent e : events) {
      if (e.quad() >= 1 && e.quad() <= 4) {
        quads[e.quad()]++;
      }
    }
    // the events' Goldstein weights and whether each is conflict, read once for the thousand replicates
    double[] goldstein = events.stream().mapToDouble(FactEvent::goldstein).toArray();
    boolean[] conflict = new boolean[events.size()];
    for (int i = 0; i < conflict.length; i++) {
      conflict[i] = events.get(i).quad() == 3 || events.get(i).quad() == 4;
    }
    double[][] replicates = new double[FIGURES][Bootstrap.REPLICATES];
    Bootstrap.replicates(events.size(), source + " " + target + " " + start, (w, i) -> {
      double[] f = figures(goldstein, conflict, w, articles);
      for (int k = 0; k < FIGURES; k++) {
        replicates[k][i] = f[k];
      }
    });
    double[] point = figures(goldstein, conflict, null, articles);
    Estimate[] e = new Estimate[FIGURES];
    for (int k = 0; k < FIGURES; k++) {
      e[k] = Estimate.of(point[k], replicates[k]);
    }
    return new DyadPeriod(source, target, start, events.size(), e[0].low(), e[0].high(), point[1], e[1].low(),
        e[1].high(), point[2], e[2].low(), e[2].high(), quads[1], quads[2], quads[3], quads[4], point[3], e[3].low(),
        e[3].high(), articles, point[4], e[4].low(), e[4].high());
  }

  /** events, Goldstein sum, mean, conflict share, events per 100 articles; each event counted {@code weights} times (null: once). */
  private static double[] figures(double[] goldstein, boolean[] conflicts, int[] weights, long articles) {
    double n = 0;
    double sum = 0;
    double conflict = 0;
    for (int i = 0; i < goldstein.length; i++) {
      int w = weights == null ? 1 : weights[i];
      n += w;
      sum += w * goldstein[i];
      conflict += conflicts[i] ? w : 0;
    }
    // a resample without events has no mean or share (NaN: left out of the interval); the data as observed has 0
    double none = weights == null ? 0 : Double.NaN;
    return new double[] {n, sum, n == 0 ? none : sum / n, n == 0 ? none : conflict / n,
        articles == 0 ? 0 : 100 * n / articles};
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
