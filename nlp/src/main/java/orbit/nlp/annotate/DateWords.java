package orbit.nlp.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import orbit.core.doc.Token;

/** Decides cheaply whether a sentence may hold a time expression worth running SUTime on. */
final class DateWords {
  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tomorrow", "tonight", "ago");
  /** Period words that date an event only with a deictic word before them: "last week", "next month". */
  private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year");
  private static final Set<String> DEICTIC = Set.of("last", "next", "this", "previous", "past", "coming");

  private DateWords() {}

  static boolean anyIn(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      String lower = w.toLowerCase(Locale.ROOT);
      // "may" is a month only when capitalised; the modal verb is far more common
      if (isYear(w) || w.equals("May") || WORDS.contains(lower)
          || i > 0 && PERIODS.contains(lower) && DEICTIC.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String w) {
    if (w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))) {
      return false;
    }
    return Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
  }
}
