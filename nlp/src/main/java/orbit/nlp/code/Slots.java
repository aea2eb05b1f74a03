package orbit.nlp.code;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import orbit.nlp.resolve.petrarch.VerbDictionary.Kind;
import orbit.nlp.resolve.petrarch.VerbDictionary.Slot;

/**
 * Matches a PETRARCH pattern's slots around its verb, as UD-PETRARCH does on the verb's
 * dependency tree: the words after {@code *} in order among the tokens the verb governs, after it;
 * outside clauses of their own; the words before {@code *} in order among the tokens before it. A
 * word matches a token's word or lemma ("RELATION" matches "relations"); PETRARCH's whole-word
 * mark '_' changes nothing then.
 * {@code $} and {@code +} mark where the source and the target stand: the first noun between the
 * neighbouring matched words.
 */
final class Slots {
  /** The heads found at the pattern's {@code $} and {@code +} (-1 when it has none). */
  record Match(int source, int target) {}

  /** Relations that lead from a word of a noun phrase up to its head. */
  private static final Set<String> IN_PHRASE = Set.of("compound", "flat", "amod", "det", "nummod", "name",
      "goeswith", "case");

  private Slots() {}

  /** The match of the pattern's slots around verb {@code verb}, or null when they do not match. */
  static Match match(ParseGraph g, int verb, Pattern p) {
    boolean[] before = new boolean[g.size()];
    boolean[] after = new boolean[g.size()];
    for (int t = 0; t < g.size(); t++) {
      before[t] = t < verb;
      after[t] = t > verb && g.dominates(verb, t) && !g.inOwnClause(verb, t);
    }
    int[] source = {-1};
    int[] target = {-1};
    if (!matchFrom(g, p.before(), 0, -1, verb, before, source, target)
        || !matchFrom(g, p.after(), 0, verb, g.size(), after, source, target)) {
      return null;
    }
    return new Match(source[0], target[0]);
  }

  /**
   * Whether slots[k…] match in order after position {@code from} and before {@code limit};
   * backtracks over the places a word can match. Fills the source and target heads on success.
   */
  private static boolean matchFrom(ParseGraph g, List<Slot> slots, int k, int from, int limit, boolean[] allowed,
                                   int[] source, int[] target) {
    if (k == slots.size()) {
      return true;
    }
    Slot slot = slots.get(k);
    if (slot.kind() != Kind.WORDS) {
      int[] marker = slot.kind() == Kind.SOURCE ? source : target;
      Slot next = k + 1 < slots.size() ? slots.get(k + 1) : null;
      if (next == null || next.kind() != Kind.WORDS) {
        int head = firstNoun(g, from + 1, limit, allowed);
        if (head >= 0 && matchFrom(g, slots, k + 1, from, limit, allowed, source, target)) {
          marker[0] = head;
          return true;
        }
        return false;
      }
      // the marked phrase lies between the previous word and the next one
      for (int t = from + 2; t < limit; t++) {
        int length = matchLength(g, next, t, allowed);
        int head = length > 0 ? firstNoun(g, from + 1, t, allowed) : -1;
        if (head >= 0 && t + length <= limit
            && matchFrom(g, slots, k + 2, t + length - 1, limit, allowed, source, target)) {
          marker[0] = head;
          return true;
        }
      }
      return false;
    }
    for (int t = from + 1; t < limit; t++) {
      int length = matchLength(g, slot, t, allowed);
      if (length > 0 && t + length <= limit && matchFrom(g, slots, k + 1, t + length - 1, limit, allowed, source, target)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens from {@code t} the slot's longest matching word sequence covers; 0 when none matches. */
  private static int matchLength(ParseGraph g, Slot slot, int t, boolean[] allowed) {
    int best = 0;
    for (List<String> words : slot.alternatives()) {
      boolean ok = t + words.size() <= g.size();
      for (int w = 0; ok && w < words.size(); w++) {
        ok = allowed[t + w] && matchesWord(g, t + w, words.get(w));
      }
      if (ok) {
        best = Math.max(best, words.size());
      }
    }
    return best;
  }

  private static boolean matchesWord(ParseGraph g, int t, String word) {
    String w = g.token(t).word().toLowerCase(Locale.ROOT);
    String lemma = g.lemma(t);
    if (word.endsWith("_")) {
      word = word.substring(0, word.length() - 1);
    }
    return w.equals(word) || lemma.equals(word);
  }

  /** The head of the first noun phrase in tokens [from, to), or -1. */
  private static int firstNoun(ParseGraph g, int from, int to, boolean[] allowed) {
    for (int t = Math.max(0, from); t < to && t < g.size(); t++) {
      String pos = g.token(t).pos();
      if (allowed[t] && (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD"))) {
        int head = t;
        while (g.head(head) >= 0 && IN_PHRASE.contains(g.baseRelation(head)) && g.token(g.head(head)).isNoun()) {
          head = g.head(head);
        }
        return head;
      }
    }
    return -1;
  }
}
