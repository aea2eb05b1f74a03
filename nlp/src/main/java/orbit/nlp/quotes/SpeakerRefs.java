package orbit.nlp.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import orbit.core.event.Speaker;

/**
 * Reads a reference to a speaker at a token and resolves it to a full name: a name ("Umarov",
 * "Temur Umarov"), "he"/"she" (the last subject named before it) or "the [adjectives] NOUN" with a
 * speaker noun ("the analyst": the last person named before it whose role contains the noun; none
 * when no role matches, rather than a guess). Under {@code lenient}, an unknown run of proper nouns counts as a name too ("said
 * Smith"), for use next to a speech verb only.
 */
final class SpeakerRefs {
  /** A reference over tokens {@code first}..{@code last} to the person {@code name}. */
  record Ref(int first, int last, String name) {}

  private static final int SUBJECT_REACH = 6;
  private static final int APPOSITION_REACH = 15;
  private final DocTokens doc;
  private final People people;
  private final Map<String, Speaker> profiles;
  private final SpeechLexicon lexicon;

  SpeakerRefs(DocTokens doc, People people, Map<String, Speaker> profiles, SpeechLexicon lexicon) {
    this.doc = doc;
    this.people = people;
    this.profiles = profiles;
    this.lexicon = lexicon;
  }

  /** A reference that ends at token {@code i}, or null. */
  Ref endingAt(int i, boolean lenient) {
    if (i < 0 || i >= doc.size()) {
      return null;
    }
    Ref simple = single(i, lenient);
    if (simple != null) {
      People.Mention m = people.at(i);
      return m == null ? extendBack(simple, lenient) : new Ref(m.first(), m.last(), m.name());
    }
    if (lexicon.isSpeakerNoun(doc.word(i)) && doc.get(i).isNoun()) {
      for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
        if (doc.word(j).equalsIgnoreCase("the")) {
          return new Ref(j, i, nominal(doc.word(i), j));
        }
        if (!doc.get(j).pos().startsWith("JJ") && !doc.get(j).pos().startsWith("NN")) {
          break;
        }
      }
    }
    return null;
  }

  /** A reference that starts at token {@code i}, or null. */
  Ref startingAt(int i, boolean lenient) {
    if (i < 0 || i >= doc.size()) {
      return null;
    }
    if (doc.word(i).equalsIgnoreCase("the")) {
      for (int j = i + 1; j < Math.min(doc.size(), i + 4); j++) {
        if (lexicon.isSpeakerNoun(doc.word(j)) && doc.get(j).isNoun()) {
          return new Ref(i, j, nominal(doc.word(j), i));
        }
      }
      return null;
    }
    People.Mention m = people.at(i);
    if (m != null) {
      return new Ref(m.first(), m.last(), m.name());
    }
    Ref simple = single(i, lenient);
    if (simple == null) {
      return null;
    }
    int last = i;
    while (lenient && last + 1 < doc.size() && doc.get(last + 1).isProperNoun()) {
      last++;
    }
    return new Ref(i, last, people.fullName(People.words(doc, i, last)));
  }

  /**
   * The person who speaks through the verb at token {@code verb}: the nearest reference before it
   * in its sentence, within {@value #SUBJECT_REACH} tokens, passing over adverbs, auxiliaries, a
   * participle's main clause ("he says, adding") and an apposition ("John Kirby, a spokesman …,
   * said"); null at a noun, a quote or the sentence start.
   */
  String subjectOf(int verb, IntPredicate quoted) {
    int sentence = doc.sentence(verb);
    for (int k = verb - 1; k >= Math.max(0, verb - SUBJECT_REACH) && doc.sentence(k) == sentence; k--) {
      if (quoted.test(k) || doc.isQuoteMark(k)) {
        return null;
      }
      Ref ref = endingAt(k, false);
      if (ref != null) {
        return ref.name();
      }
      if (doc.word(k).equals(",")) {
        String appositive = beforeApposition(k, sentence);
        if (appositive != null) {
          return appositive;
        }
      } else if (doc.get(k).isNoun() && !doc.get(k).pos().equals("PRP")) {
        return null;
      }
    }
    return null;
  }

  /** The person named before the comma that opens an apposition closed by the comma at {@code comma}. */
  private String beforeApposition(int comma, int sentence) {
    for (int k = comma - 1; k >= Math.max(0, comma - APPOSITION_REACH) && doc.sentence(k) == sentence; k--) {
      if (doc.word(k).equals(",")) {
        Ref ref = endingAt(k - 1, false);
        return ref == null ? null : ref.name();
      }
      if (doc.isQuoteMark(k)) {
        return null;
      }
    }
    return null;
  }

  private Ref single(int i, boolean lenient) {
    String w = doc.word(i);
    if (SpeechLexicon.isPronoun(w)) {
      People.Mention m = people.lastSubjectBefore(i);
      return m == null ? null : new Ref(i, i, m.name());
    }
    if (people.at(i) != null) {
      return new Ref(i, i, people.at(i).name());
    }
    boolean name = lenient && doc.get(i).isProperNoun() && Character.isUpperCase(w.codePointAt(0));
    return name ? new Ref(i, i, people.fullName(w)) : null;
  }

  private Ref extendBack(Ref ref, boolean lenient) {
    if (!lenient || !doc.get(ref.last()).isProperNoun()) {
      return ref;
    }
    int first = ref.first();
    while (first > 0 && doc.get(first - 1).isProperNoun()) {
      first--;
    }
    return new Ref(first, ref.last(), people.fullName(People.words(doc, first, ref.last())));
  }

  private String nominal(String noun, int before) {
    String n = noun.toLowerCase(Locale.ROOT);
    People.Mention m = people.lastBefore(before, x -> roleHas(x.name(), n));
    return m == null ? null : m.name();
  }

  private boolean roleHas(String name, String noun) {
    Speaker s = profiles.get(name);
    return s != null && s.role() != null && s.role().toLowerCase(Locale.ROOT).contains(noun);
  }
}
