package orbit.spark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The de-duplication rule (docs/spark.md), applied to the events of one key: the same source and
 * target country, CAMEO root and fact-or-not. An event joins the closest compatible cluster, else it
 * starts one and is its representative. Compatible with a representative: one code refines the other,
 * dates within 3 days when both are day-like (day precision, or article-dated), else overlapping
 * periods (same month or year at the coarser precision), and the same location country or one
 * unknown. Unlike the store, which clusters in ingest order, the scan takes events in a fixed order
 * (day-like first, then by date, then coarse ones from the most precise) so the result does not
 * depend on how the input was split.
 */
final class ClusterScan {
  /** How many days apart two day-like events may be. */
  static final int DAY_WINDOW = 3;
  /** An article-dated event covers the article's day and this many days before (as the store's Period). */
  static final int ARTICLE_DAYS_BEFORE = 1;
  private static final int LONGEST_PERIOD = 366;

  /** One event as the rule sees it; {@code from..to} are the days its date covers. */
  record Mention(String eventId, String cameo, LocalDate from, LocalDate to, boolean dayLike, String location) {
    /** The mention of an event dated "YYYY", "YYYY-MM" or "YYYY-MM-DD" at {@code precision}; null when the date is unreadable. */
    static Mention of(String eventId, String cameo, String date, String precision, String location) {
      if (date == null || (date.length() != 4 && date.length() != 7 && date.length() < 10)) {
        return null;
      }
      try {
        return switch (date.length()) {
          case 4 -> new Mention(eventId, cameo, LocalDate.of(Integer.parseInt(date), 1, 1),
              LocalDate.of(Integer.parseInt(date), 12, 31), false, location);
          case 7 -> new Mention(eventId, cameo, YearMonth.parse(date).atDay(1), YearMonth.parse(date).atEndOfMonth(),
              false, location);
          default -> {
            LocalDate day = LocalDate.parse(date.substring(0, 10));
            boolean article = "article".equals(precision);
            yield new Mention(eventId, cameo, article ? day.minusDays(ARTICLE_DAYS_BEFORE) : day, day, true, location);
          }
        };
      } catch (DateTimeParseException | NumberFormatException e) {
        return null;
      }
    }

    long days() {
      return ChronoUnit.DAYS.between(from, to);
    }

    long gap(Mention o) {
      return o.to.isBefore(from) ? ChronoUnit.DAYS.between(o.to, from)
          : to.isBefore(o.from) ? ChronoUnit.DAYS.between(to, o.from) : 0;
    }

    long distance(Mention o) {
      return Math.abs(ChronoUnit.DAYS.between(from, o.from) + ChronoUnit.DAYS.between(to, o.to));
    }

    boolean compatible(Mention rep) {
      return compatibleCodes(cameo, rep.cameo)
          && gap(rep) <= (dayLike && rep.dayLike ? DAY_WINDOW : 0)
          && (location == null || rep.location == null || location.equals(rep.location));
    }
  }

  /** The order events are taken in: day-like first, by date; then coarse ones, most precise first; ties by id. */
  static final Comparator<Mention> ORDER = Comparator.comparing((Mention m) -> !m.dayLike())
      .thenComparingLong(m -> m.dayLike() ? 0 : m.days())
      .thenComparing(Mention::from).thenComparing(Mention::to).thenComparing(Mention::eventId);

  private ClusterScan() {}

  /** Each event's cluster id (the event id of its cluster's representative), for the events of one key. */
  static Map<String, String> assign(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(ORDER);
    NavigableMap<LocalDate, List<Mention>> reps = new TreeMap<>();
    Map<String, String> cluster = new LinkedHashMap<>();
    for (Mention m : sorted) {
      Mention best = null;
      for (List<Mention> starting : reps.subMap(m.from().minusDays(LONGEST_PERIOD + DAY_WINDOW), true,
          m.to().plusDays(DAY_WINDOW), true).values()) {
        for (Mention rep : starting) {
          if (m.compatible(rep) && (best == null || m.distance(rep) < m.distance(best))) {
            best = rep;
          }
        }
      }
      if (best == null) {
        reps.computeIfAbsent(m.from(), d -> new ArrayList<>()).add(m);
        best = m;
      }
      cluster.put(m.eventId(), best.eventId());
    }
    return cluster;
  }

  /**
   * Codes of one root are compatible when one refines the other: "1823" refines "182"; a three-digit
   * code ending in 0 ("190", "not specified") stands for its root.
   */
  static boolean compatibleCodes(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    String x = general(a);
    String y = general(b);
    return x.startsWith(y) || y.startsWith(x);
  }

  private static String general(String code) {
    return code.length() == 3 && code.endsWith("0") ? code.substring(0, 2) : code;
  }
}
