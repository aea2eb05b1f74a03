package orbit.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import orbit.store.FactEvent;

/**
 * The monthly series the detectors watch, for every month from the first to the last month of the data: per
 * directed dyad, its distinct conflict events (cluster representatives with QuadClass 3 or 4) and the articles
 * about the pair (distinct articles with a fact event between the two countries, either direction, that month).
 */
final class DyadMonths {
  final List<YearMonth> months = new ArrayList<>();
  /** Conflict representatives per directed dyad "SRC TGT", by day. */
  final Map<String, List<FactEvent>> conflicts;
  /** Every fact event (all mentions) per unordered pair "A B". */
  private final Map<String, List<FactEvent>> byPair;

  DyadMonths(List<FactEvent> facts) {
    YearMonth first = facts.stream().map(e -> YearMonth.from(e.day())).min(Comparator.naturalOrder()).orElseThrow();
    YearMonth last = facts.stream().map(e -> YearMonth.from(e.day())).max(Comparator.naturalOrder()).orElseThrow();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    conflicts = Clusters.representatives(facts).stream().filter(e -> e.quad() >= 3)
        .sorted(Comparator.comparing(FactEvent::day).thenComparing(FactEvent::id))
        .collect(Collectors.groupingBy(e -> e.source() + " " + e.target(), TreeMap::new, Collectors.toList()));
    byPair = facts.stream().collect(Collectors.groupingBy(DyadMonths::pair));
  }

  /** Conflict events of the dyad per month, counting only days up to {@code upTo} (null: all). */
  double[] conflictCounts(String dyad, LocalDate upTo) {
    return count(conflicts.get(dyad), upTo, false);
  }

  /** Articles about the dyad's pair per month, counting only days up to {@code upTo} (null: all). */
  double[] articleCounts(String dyad, LocalDate upTo) {
    String[] st = dyad.split(" ");
    return count(byPair.get(pair(st[0], st[1])), upTo, true);
  }

  /** Exposure 1 for every month: raw counts. */
  double[] ones() {
    double[] ones = new double[months.size()];
    Arrays.fill(ones, 1);
    return ones;
  }

  int index(YearMonth month) {
    return months.indexOf(month);
  }

  private double[] count(List<FactEvent> events, LocalDate upTo, boolean distinctArticles) {
    double[] counts = new double[months.size()];
    Set<String> seen = new HashSet<>();
    for (FactEvent e : events == null ? List.<FactEvent>of() : events) {
      YearMonth m = YearMonth.from(e.day());
      if ((upTo == null || !e.day().isAfter(upTo)) && (!distinctArticles || seen.add(e.article() + " " + m))) {
        counts[months.indexOf(m)]++;
      }
    }
    return counts;
  }

  private static String pair(FactEvent e) {
    return pair(e.source(), e.target());
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
