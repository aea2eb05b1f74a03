package orbit.nlp.ru;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import orbit.core.event.DatePrecision;
import orbit.nlp.quotes.WordTable;

/**
 * Russian date expressions against the article date: "10 июля", "1 июля 2025 года", "в декабре 2024 года",
 * "во вторник", "вчера", "накануне". A day or month without a year is the latest one not after the article
 * date (news reports what happened), unless the predicate is in the future tense. The words are in dates.tsv.
 */
final class RuDates {
  /** A date and how precisely the text gives it. */
  record When(LocalDate date, DatePrecision precision) {}

  /** The words of dates.tsv by kind (month, weekday, back), each with its number. */
  private final Map<String, Map<String, Integer>> words = new HashMap<>();
  private final RuCues cues;

  private RuDates(RuCues cues) {
    this.cues = cues;
  }

  static RuDates load(RuCues cues) {
    RuDates dates = new RuDates(cues);
    for (String[] row : WordTable.read("/orbit/ru/dates.tsv")) {
      dates.words.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], Integer.parseInt(row[2]));
    }
    return dates;
  }

  /** The date expression nearest the token {@code at}, or null when the sentence has none. */
  When nearest(List<RuToken> tokens, int at, LocalDate article, boolean future) {
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

  private When at(List<RuToken> tokens, int i, LocalDate article, boolean future) {
    RuToken t = tokens.get(i);
    int month = number("month", t);
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
    int weekday = number("weekday", t);
    if (weekday > 0 && i > 0 && cues.is(RuCues.Kind.LOCATIVE, tokens.get(i - 1).lower())) {
      DayOfWeek dow = DayOfWeek.of(weekday);
      LocalDate date = future ? article.with(TemporalAdjusters.nextOrSame(dow)) : article.with(TemporalAdjusters.previousOrSame(dow));
      return new When(date, DatePrecision.DAY);
    }
    Integer back = words.getOrDefault("back", Map.of()).get(t.lower());
    return back == null ? null : new When(article.minusDays(back), DatePrecision.DAY);
  }

  /** The number of the first of the token's lemmas that is a word of that kind, or 0. */
  private int number(String kind, RuToken t) {
    Map<String, Integer> of = words.getOrDefault(kind, Map.of());
    return t.lemmas().stream().filter(of::containsKey).map(of::get).findFirst().orElse(0);
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
