package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import orbit.core.doc.Token;

/**
 * The people an article names, for resolving speakers without full coreference. A mention is a run
 * of PERSON tokens, or a proper noun that repeats a word of a name already seen (the 3-class NER
 * model misses some surnames: "Mullojanov explains"). A short name resolves to the first full name
 * containing it ("Umarov" → "Temur Umarov"). A mention is a <em>subject</em> when it stands outside
 * quotes and before the first verb of its sentence, or right after "according to" or a speech verb
 * ("says Umarov"); "he" and "she" resolve to the last subject before them.
 */
final class People {
  /** A person named by tokens {@code first}..{@code last} of the article; {@code name} is the full name. */
  record Mention(int first, int last, String name, boolean subject) {}

  private final List<Mention> mentions;
  private final Map<String, String> fullNames;

  private People(List<Mention> mentions, Map<String, String> fullNames) {
    this.mentions = List.copyOf(mentions);
    this.fullNames = Map.copyOf(fullNames);
  }

  static People of(DocTokens doc, Predicate<Integer> quoted, SpeechLexicon lexicon) {
    List<int[]> runs = personRuns(doc);
    Map<String, String> fullNames = new HashMap<>();
    for (int[] run : runs) {
      if (run[1] > run[0]) {
        String name = words(doc, run[0], run[1]);
        fullNames.putIfAbsent(doc.word(run[1]), name);
        fullNames.putIfAbsent(name, name);
      }
    }
    for (int[] run : runs) {
      for (int i = run[0]; i < run[1]; i++) {
        fullNames.putIfAbsent(doc.word(i), words(doc, run[0], run[1]));
      }
    }
    List<Mention> mentions = new ArrayList<>();
    int r = 0;
    for (int i = 0; i < doc.size(); i++) {
      int[] run = r < runs.size() && runs.get(r)[0] == i ? runs.get(r++) : null;
      int last = run != null ? run[1]
          : doc.get(i).isProperNoun() && fullNames.containsKey(doc.word(i)) ? i : -1;
      if (last >= 0) {
        String text = words(doc, i, last);
        boolean subject = !quoted.test(i) && subjectAt(doc, i, quoted, lexicon);
        mentions.add(new Mention(i, last, fullNames.getOrDefault(text, text), subject));
        i = last;
      }
    }
    return new People(mentions, fullNames);
  }

  /** The full name a name as written stands for (itself when no fuller form is known). */
  String fullName(String written) {
    return fullNames.getOrDefault(written, written);
  }

  /** The mention covering token {@code i}, or null. */
  Mention at(int i) {
    for (Mention m : mentions) {
      if (m.first() <= i && i <= m.last()) {
        return m;
      }
    }
    return null;
  }

  /** The last subject mention that ends before token {@code i}, or null. */
  Mention lastSubjectBefore(int i) {
    return lastBefore(i, Mention::subject);
  }

  /** The last mention that ends before token {@code i} and passes {@code filter}, or null. */
  Mention lastBefore(int i, Predicate<Mention> filter) {
    Mention found = null;
    for (Mention m : mentions) {
      if (m.last() >= i) {
        break;
      }
      if (filter.test(m)) {
        found = m;
      }
    }
    return found;
  }

  List<Mention> mentions() {
    return mentions;
  }

  private static boolean subjectAt(DocTokens doc, int i, Predicate<Integer> quoted, SpeechLexicon lexicon) {
    if (i > 0 && lexicon.isVerb(doc.word(i - 1)) && !quoted.test(i - 1)) {
      return true;
    }
    if (i > 1 && doc.word(i - 2).equalsIgnoreCase("according") && doc.word(i - 1).equals("to")) {
      return true;
    }
    int sentence = doc.sentence(i);
    for (int j = i - 1; j >= 0 && doc.sentence(j) == sentence; j--) {
      if (doc.get(j).isVerb() && !quoted.test(j)) {
        return false;
      }
    }
    return true;
  }

  private static List<int[]> personRuns(DocTokens doc) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.get(i).ner().equals("PERSON")) {
        int last = i;
        while (last + 1 < doc.size() && doc.get(last + 1).ner().equals("PERSON")
            && doc.sentence(last + 1) == doc.sentence(i)) {
          last++;
        }
        runs.add(new int[] {i, last});
        i = last;
      }
    }
    return runs;
  }

  /** The text of tokens {@code first}..{@code last} as written ("Kassym-Jomart Tokayev"). */
  static String words(DocTokens doc, int first, int last) {
    return doc.text().substring(doc.get(first).begin(), doc.get(last).end());
  }
}
