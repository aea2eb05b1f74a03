package orbit.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period of a series: a day, an ISO week (starting Monday) or a calendar month, named by its first day. */
public enum Granularity {
  day, week, month;

  /** The first day of the period containing {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case day -> d;
      case week -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case month -> d.withDayOfMonth(1);
    };
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case day -> start.plusDays(1);
      case week -> start.plusWeeks(1);
      case month -> start.plusMonths(1);
    };
  }
}
