package orbit.nlp.ru;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import orbit.nlp.quotes.WordTable;

/** The Russian cue words of cues.tsv by kind: negation, modals, verbs of saying, boundaries, pronouns, places. */
final class RuCues {
  enum Kind { NEGATION, MODAL, REPORT, ACCORDING, BOUNDARY, PRONOUN, LOCATIVE, POSTED, CONJUNCTION }

  private final Map<Kind, Set<String>> words = new HashMap<>();

  private RuCues() {}

  static RuCues load() {
    RuCues cues = new RuCues();
    for (String[] row : WordTable.read("/orbit/ru/cues.tsv")) {
      cues.words.computeIfAbsent(Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)), k -> new HashSet<>()).add(row[1]);
    }
    return cues;
  }

  /** Whether the word, as written (lower case), is a cue of that kind. */
  boolean is(Kind kind, String word) {
    return word != null && words.getOrDefault(kind, Set.of()).contains(word);
  }

  /** Whether the token is a cue of that kind, by its form or one of its lemmas. */
  boolean is(Kind kind, RuToken t) {
    Set<String> set = words.getOrDefault(kind, Set.of());
    return set.contains(t.lower()) || t.lemmas().stream().anyMatch(set::contains);
  }
}
