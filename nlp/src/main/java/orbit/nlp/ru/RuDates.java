package orbit.nlp.ru;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import orbit.core.event.DatePrecision;

/**
 * Russian date expressions against the article date: "10 июля", "1 июля 2025 года", "в декабре 2024 года",
 * "во вторник", "вчера", "накануне". A day or month without a year is the latest one not after the article
 * date (news reports what happened), unless the predicate is in the future tense.
 */
final class RuDates {
  /** A date and how precisely the text gives it. */
  record When(LocalDate date, DatePrecision precision) {}

  private static final List<String> MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
      "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
  private static final List<String> WEEKDAYS = List.of("понедельник", "вторник", "среда", "четверг", "пятница",
      "суббота", "воскресенье");
  private static final Map<String, Integer> DAYS_BACK = Map.of("вчера", 1, "накануне", 1, "сегодня", 0);

  private RuDates() {}

  /** The date expression nearest the token {@code at}, or null when the sentence has none. */
  static When nearest(List<RuToken> tokens, int at, LocalDate article, boolean future) {
    When best = null;
    int distance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      When w = at(tokens, i, article, future);
      if (w != null && Math.abs(i - at) < distance) {
        best = w;
        distance = Math.abs(i - at);
      }
    }
    return best;
  }

  private static When at(List<RuToken> tokens, int i, LocalDate article, boolean future) {
    RuToken t = tokens.get(i);
    int month = month(t);
    if (month > 0) {
      int year = year(tokens, i + 1);
      boolean day = i > 0 && tokens.get(i - 1).text().matches("\\d{1,2}");
      if (day) {
        int d = Integer.parseInt(tokens.get(i - 1).text());
        if (d < 1 || d > 31) {
          return null;
        }
        LocalDate date = year > 0 ? safe(year, month, d) : latest(article, month, d, future);
        return date == null ? null : new When(date, DatePrecision.DAY);
      }
      if (year > 0) {
        return new When(LocalDate.of(year, month, 1), DatePrecision.MONTH);
      }
      return null;
    }
    int weekday = index(t, WEEKDAYS);
    if (weekday >= 0 && i > 0 && (tokens.get(i - 1).lower().equals("в") || tokens.get(i - 1).lower().equals("во"))) {
      DayOfWeek dow = DayOfWeek.of(weekday + 1);
      LocalDate date = future ? article.with(TemporalAdjusters.nextOrSame(dow)) : article.with(TemporalAdjusters.previousOrSame(dow));
      return new When(date, DatePrecision.DAY);
    }
    Integer back = DAYS_BACK.get(t.lower());
    return back == null ? null : new When(article.minusDays(back), DatePrecision.DAY);
  }

  private static int month(RuToken t) {
    return index(t, MONTHS) + 1;
  }

  /** The position in {@code of} of one of the token's lemmas, or -1. */
  private static int index(RuToken t, List<String> of) {
    return t.lemmas().stream().mapToInt(of::indexOf).filter(k -> k >= 0).findFirst().orElse(-1);
  }

  /** "2024 года" or "2024 г." after the month. */
  private static int year(List<RuToken> tokens, int i) {
    return i < tokens.size() && tokens.get(i).text().matches("(19|20)\\d\\d") ? Integer.parseInt(tokens.get(i).text()) : 0;
  }

  private static LocalDate latest(LocalDate article, int month, int day, boolean future) {
    LocalDate date = safe(article.getYear(), month, day);
    if (date == null) {
      return null;
    }
    if (!future && date.isAfter(article)) {
      return date.minusYears(1);
    }
    return future && date.isBefore(article) ? date.plusYears(1) : date;
  }

  private static LocalDate safe(int year, int month, int day) {
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
  }
}
