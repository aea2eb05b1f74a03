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
      "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "month", "months", "year", "years",
      "weekend", "ago", "decade", "spring", "summer", "autumn", "fall", "winter", "earlier", "later");

  private DateWords() {}

  static boolean anyIn(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word();
      // "may" is a month only when capitalised mid-sentence; the modal verb is far more common
      if (isYear(w) || w.equals("May") || WORDS.contains(w.toLowerCase(Locale.ROOT))) {
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
