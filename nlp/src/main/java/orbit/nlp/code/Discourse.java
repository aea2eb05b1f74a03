package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * What the article has mentioned so far, in order: resolves "he", "it", "both countries" and the
 * implicit counterpart of statements such as "voiced concern" to recent actors. One per article.
 */
final class Discourse {
  /** How many sentences back a reference may reach. */
  private static final int REACH = 2;

  record Mention(int sentence, int position, Resolution actor, boolean person, boolean place, boolean subject) {}

  private final List<Mention> mentions = new ArrayList<>();

  /** {@code place}: the mention follows a locative preposition ("in Astana") and names a place, not an actor. */
  void add(Mention m) {
    mentions.add(m);
  }

  /**
   * The latest person (for "he"/"she") or non-person actor (for "it") mentioned before this point,
   * preferring one that was a grammatical subject: "he" continues the story of its last subject.
   */
  Resolution latest(int sentence, int position, boolean person) {
    Mention any = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (before(m, sentence, position) && m.person() == person) {
        if (m.subject()) {
          return m.actor();
        }
        any = any == null ? m : any;
      }
    }
    return any == null ? null : any.actor();
  }

  /**
   * The two countries "both countries", "the two sides" refer to: a pair named earlier in the
   * sentence ("A and B agreed …, but each side accused the other"), else the latest earlier sentence
   * that names two (pairs are introduced together: "Armenia and Azerbaijan agreed …"), else the two
   * latest across sentences. A lone earlier mention in the sentence is a speaker ("X said the two sides …").
   */
  List<Resolution> latestPair(int sentence, int position) {
    List<Resolution> found = pair(m -> m.sentence() == sentence && m.position() < position, sentence);
    for (int k = sentence - 1; found.isEmpty() && k >= Math.max(0, sentence - REACH); k--) {
      int before = k;
      found = pair(m -> m.sentence() == before, sentence);
    }
    return found.isEmpty() ? pair(m -> m.sentence() < sentence, sentence) : found;
  }

  private List<Resolution> pair(Predicate<Mention> where, int sentence) {
    List<Resolution> pair = new ArrayList<>(2);
    for (int k = mentions.size() - 1; k >= 0 && pair.size() < 2; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (where.test(m) && !m.place() && !m.actor().country().startsWith("IGO")
          && pair.stream().noneMatch(r -> r.country().equals(m.actor().country()))) {
        pair.add(0, m.actor());
      }
    }
    return pair.size() == 2 ? pair : List.of();
  }

  /**
   * The counterpart of an event whose text names no target: the other country of the same sentence
   * nearest to the trigger (outside the source phrase, places excluded), else the latest other
   * country of the sentences just before.
   */
  Resolution counterpart(int sentence, int trigger, String sourceCountry, Phrase sourceSpan) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.sentence() == sentence && !m.place() && !m.actor().country().equals(sourceCountry)
          && (m.position() < sourceSpan.first() || m.position() > sourceSpan.last())
          && (best == null || Math.abs(m.position() - trigger) < Math.abs(best.position() - trigger))) {
        best = m;
      }
    }
    if (best != null) {
      return best.actor();
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (m.sentence() < sentence && !m.place() && !m.actor().country().equals(sourceCountry)) {
        return m.actor();
      }
    }
    return null;
  }

  private static boolean before(Mention m, int sentence, int position) {
    return m.sentence() < sentence || (m.sentence() == sentence && m.position() < position);
  }
}
