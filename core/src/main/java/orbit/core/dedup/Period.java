package orbit.core.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import orbit.core.event.DatePrecision;

/**
 * The days an event date covers at its precision: a day is itself, a month or a year all its
 * days, and an article-dated event (the text gave no date) the article's day and the day before.
 */
public record Period(LocalDate from, LocalDate to) {
  public static final int ARTICLE_DAYS_BEFORE = 1;

  /** The period of an event date ("2025", "2025-06", "2025-06-01"), or null when it cannot be read. */
  public static Period of(String date, DatePrecision precision) {
    if (date == null || (date.length() != 4 && date.length() != 7 && date.length() < 10)) {
      return null;
    }
    try {
      return switch (date.length()) {
        case 4 -> new Period(LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31));
        case 7 -> {
          YearMonth month = YearMonth.parse(date);
          yield new Period(month.atDay(1), month.atEndOfMonth());
        }
        default -> {
          LocalDate day = LocalDate.parse(date.substring(0, 10));
          yield precision == DatePrecision.ARTICLE ? new Period(day.minusDays(ARTICLE_DAYS_BEFORE), day) : new Period(day, day);
        }
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** Days between the two periods: 0 when they overlap. */
  public long gap(Period other) {
    if (other.to.isBefore(from)) {
      return ChronoUnit.DAYS.between(other.to, from);
    }
    if (to.isBefore(other.from)) {
      return ChronoUnit.DAYS.between(to, other.from);
    }
    return 0;
  }

  /** How many days the period spans after its first (0 for one day). */
  public long days() {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Days between the periods' middles, to pick the closest of several compatible clusters. */
  public long distance(Period other) {
    return Math.abs(ChronoUnit.DAYS.between(from, other.from) + ChronoUnit.DAYS.between(to, other.to));
  }
}
