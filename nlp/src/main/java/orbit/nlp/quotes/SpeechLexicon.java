package orbit.nlp.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark speech: verb forms from {@code speech-verbs.tsv} and the nouns of
 * {@code speaker-nouns.tsv} that refer back to a named person. Loaded once; immutable.
 */
final class SpeechLexicon {
  private final Map<String, Boolean> verbs;
  private final Set<String> nouns;

  private SpeechLexicon(Map<String, Boolean> verbs, Set<String> nouns) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
  }

  static SpeechLexicon standard() {
    Map<String, Boolean> verbs = new HashMap<>();
    for (String[] row : WordTable.read("speech-verbs.tsv")) {
      for (String form : row[1].split(" ")) {
        verbs.put(form, row[2].equals("yes"));
      }
    }
    Set<String> nouns = new HashSet<>();
    for (String[] row : WordTable.read("speaker-nouns.tsv")) {
      nouns.add(row[0]);
    }
    return new SpeechLexicon(verbs, nouns);
  }

  /** Whether a word (as written, any case) is a form of a speech verb. */
  boolean isVerb(String word) {
    return verbs.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the verb's noun-phrase object is reported content ("highlights the contradictions"). */
  boolean takesObject(String word) {
    return verbs.getOrDefault(word.toLowerCase(Locale.ROOT), false);
  }

  /** Whether a noun can refer back to a named speaker ("the analyst"). */
  boolean isSpeakerNoun(String word) {
    return nouns.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("he") || w.equals("she");
  }
}
