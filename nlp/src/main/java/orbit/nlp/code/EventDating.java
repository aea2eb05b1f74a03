package orbit.nlp.code;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Timex;
import orbit.core.event.DatePrecision;

/**
 * The date an event happened: the time expression of its sentence nearest to its trigger (SUTime
 * values normalised against the article date: "In December 2024" → 2024-12, "on July 10" →
 * 2025-07-10, "last week" → a week), else the article date with precision ARTICLE.
 */
final class EventDating {
  record When(String value, DatePrecision precision) {}

  // compiled once: precision() runs for every time expression near every event
  private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EventDating() {}

  /**
   * The event's date: its own sentence's nearest date; for a past-tense event whose sentence has
   * none, the latest date of the sentences before it in the same paragraph (news narrates one day
   * at a time), else the news peg: the day the lead sentence names, when it lies in the week before
   * publication (a report published on Wednesday about Tuesday's fighting); else the article date.
   */
  static When date(ArticleDoc doc, Sentence sentence, int trigger, boolean past) {
    LocalDate articleDate = doc.article().date();
    When own = date(sentence, trigger, articleDate);
    if (own.precision() != DatePrecision.ARTICLE || !past) {
      return past ? pastDay(own, articleDate) : own;
    }
    for (int k = sentence.index() - 1; k >= 0; k--) {
      Sentence before = doc.sentences().get(k);
      if (startsParagraph(doc, doc.sentences().get(k + 1))) {
        break;
      }
      When inherited = date(before, before.tokens().size(), articleDate);
      if (inherited.precision() == DatePrecision.DAY || inherited.precision() == DatePrecision.MONTH) {
        return pastDay(inherited, articleDate);
      }
    }
    if (sentence.index() > 0) {
      for (Timex t : doc.sentences().get(0).timexes()) {
        String value = calendarValue(t);
        if (value != null && DAY.matcher(value).matches()) {
          LocalDate day = LocalDate.parse(value);
          if (!day.isAfter(articleDate) && day.isAfter(articleDate.minusDays(8))) {
            return new When(value, DatePrecision.DAY);
          }
        }
      }
    }
    return own;
  }

  /**
   * When an actor stated an intention or threat: dated as a past event at the stating word ("said on
   * Friday"); a date after the article's is when the act would happen ("next month"), so the article date stands.
   */
  static When stated(ArticleDoc doc, Sentence sentence, int token) {
    When when = date(doc, sentence, token, true);
    String article = doc.article().date().toString();
    return when.value().compareTo(article) > 0 ? new When(article, DatePrecision.ARTICLE) : when;
  }

  /** Whether a line break separates the sentence from the one before it. */
  static boolean startsParagraph(ArticleDoc doc, Sentence sentence) {
    int k = sentence.index();
    return k == 0 || doc.text().substring(doc.sentences().get(k - 1).end(), sentence.begin()).indexOf('\n') >= 0;
  }

  /**
   * A past event's day as SUTime may resolve a weekday forward ("On Monday" in a Saturday report →
   * the next Monday): a past event lies in the week before publication.
   */
  private static When pastDay(When when, LocalDate articleDate) {
    if (when.precision() == DatePrecision.DAY) {
      LocalDate day = LocalDate.parse(when.value());
      if (day.isAfter(articleDate) && !day.isAfter(articleDate.plusDays(7))) {
        return new When(day.minusDays(7).toString(), DatePrecision.DAY);
      }
    }
    return when;
  }

  static When date(Sentence sentence, int trigger, LocalDate articleDate) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : sentence.timexes()) {
      if (calendarValue(t) == null) {
        continue;
      }
      int distance = trigger < t.first() ? t.first() - trigger : Math.max(0, trigger - t.last());
      if (distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return new When(articleDate.toString(), DatePrecision.ARTICLE);
    }
    String value = calendarValue(best);
    if (value.equals("PRESENT_REF")) {
      return new When(articleDate.toString(), DatePrecision.DAY);
    }
    if (value.contains("-W")) {
      return new When(weekStart(value).toString(), DatePrecision.DAY);
    }
    return new When(value, precision(value));
  }

  /**
   * The calendar date a time expression names: a DATE's value, or the day of a TIME ("shortly after
   * midnight on Tuesday, September 13" → 2022-09-13); null for anything else (durations, sets).
   */
  private static String calendarValue(Timex t) {
    String value = t.value();
    if (t.type().equals("TIME") && value != null && value.length() > 10 && value.charAt(10) == 'T'
        && DAY.matcher(value.substring(0, 10)).matches()) {
      return value.substring(0, 10);
    }
    return t.type().equals("DATE") && value != null && precision(value) != null ? value : null;
  }

  /** Year, month or day precision of a TIMEX3 date value; null for values that are not calendar dates. */
  static DatePrecision precision(String value) {
    if (value.equals("PRESENT_REF") || WEEK.matcher(value).matches()) {
      return DatePrecision.DAY;
    }
    if (YEAR.matcher(value).matches()) {
      return DatePrecision.YEAR;
    }
    if (MONTH.matcher(value).matches()) {
      return DatePrecision.MONTH;
    }
    if (DAY.matcher(value).matches()) {
      return DatePrecision.DAY;
    }
    return null;
  }

  private static LocalDate weekStart(String value) {
    int year = Integer.parseInt(value.substring(0, 4));
    int week = Integer.parseInt(value.substring(6, 8));
    return LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(java.time.DayOfWeek.MONDAY);
  }

}
