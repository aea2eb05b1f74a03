package orbit.nlp.ru;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** A word of a Russian sentence: index, character span in the article text, the text and every dictionary reading. */
record RuToken(int index, int begin, int end, String text, List<Reading> readings) {
  RuToken {
    readings = List.copyOf(readings);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  boolean any(Predicate<Reading> test) {
    return readings.stream().anyMatch(test);
  }

  /** The lemmas to look words up by: every reading's, or the lower-cased form of a word the dictionary lacks. */
  List<String> lemmas() {
    return readings.isEmpty() ? List.of(lower()) : readings.stream().map(Reading::lemma).distinct().toList();
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** A noun-phrase word: noun, adjective, full participle, abbreviation, or a capitalised word the dictionary lacks. */
  boolean nominal() {
    if (readings.isEmpty()) {
      return isWord() && (Character.isUpperCase(text.codePointAt(0)) || text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)));
    }
    return any(r -> r.is("NN") || r.is("ADJ") || r.is("ABR") || r.is("PT"))
        && !any(r -> r.is("PREP") || r.is("CONJ"));
  }
}
