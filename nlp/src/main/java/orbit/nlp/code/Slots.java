package orbit.nlp.code;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import orbit.nlp.resolve.petrarch.VerbDictionary.Kind;
import orbit.nlp.resolve.petrarch.VerbDictionary.Slot;

/**
 * Matches a PETRARCH pattern's slots around its verb, as UD-PETRARCH does on the verb's dependency
 * tree: the words after {@code *} in order among the tokens the verb governs, after it, outside
 * clauses of their own; the words before {@code *} in order in its subject's phrase ("{DEATH TOLL} *";
 * not an adverb: UD-PETRARCH's validation leaves "Gollum recently allowed" to plain ALLOW). A word
 * matches a token's word or lemma ("RELATION" matches "relations"), so PETRARCH's whole-word mark '_'
 * changes nothing. A {@code {…}} phrase's words stand in order in one phrase, its last two together,
 * past conjuncts ("death and injury toll", "new global economic relations"). {@code $} and {@code +}
 * mark where the source and the target stand: the first noun between the neighbouring matched words.
 */
final class Slots {
  /** The heads found at the pattern's {@code $} and {@code +} (-1 when it has none). */
  record Match(int source, int target) {
    /** This match with the head a marker slot found. */
    Match marking(Kind marker, int head) {
      return marker == Kind.SOURCE ? new Match(head, target) : new Match(source, head);
    }

    /** This match with the heads the later one found. */
    Match and(Match later) {
      return new Match(later.source >= 0 ? later.source : source, later.target >= 0 ? later.target : target);
    }
  }

  /** The match of a pattern without slots: it marks no heads. */
  static final Match NONE = new Match(-1, -1);

  /** Relations that lead from a word of a noun phrase up to its head. */
  private static final Set<String> IN_PHRASE = Set.of(Ud.COMPOUND, Ud.FLAT, Ud.AMOD, Ud.DET, Ud.NUMMOD, "name",
      Ud.GOESWITH, Ud.CASE);

  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG");

  private Slots() {}

  /** The match of the pattern's slots around verb {@code verb}, or null when they do not match. */
  static Match match(ParseGraph g, int verb, LexiconEntry p) {
    boolean[] before = new boolean[g.size()];
    boolean[] after = new boolean[g.size()];
    int subject = subject(g, verb);
    Phrase span = subject < 0 ? Phrase.EMPTY : g.phrase(subject);
    for (int t = 0; t < g.size(); t++) {
      before[t] = t < verb && span.contains(t);
      after[t] = t > verb && g.dominates(verb, t) && !g.inOwnClause(verb, t);
    }
    Match first = matchFrom(g, p.before(), 0, -1, verb, before);
    Match then = first == null ? null : matchFrom(g, p.after(), 0, verb, g.size(), after);
    return then == null ? null : first.and(then);
  }

  /**
   * Whether slots[k…] match in order after position {@code from} and before {@code limit};
   * backtracks over the places a word can match. The match gives the source and target heads found;
   * null when the slots do not match.
   */
  private static Match matchFrom(ParseGraph g, List<Slot> slots, int k, int from, int limit, boolean[] allowed) {
    if (k == slots.size()) {
      return NONE;
    }
    Slot slot = slots.get(k);
    if (slot.kind() != Kind.WORDS) {
      Slot next = k + 1 < slots.size() ? slots.get(k + 1) : null;
      if (next == null || next.kind() != Kind.WORDS) {
        int head = firstNoun(g, from + 1, limit, allowed);
        Match rest = head >= 0 ? matchFrom(g, slots, k + 1, from, limit, allowed) : null;
        return rest == null ? null : rest.marking(slot.kind(), head);
      }
      // the marked phrase lies between the previous word and the next one
      for (int t = from + 2; t < limit; t++) {
        int length = matchLength(g, next, t, allowed);
        int head = length > 0 ? firstNoun(g, from + 1, t, allowed) : -1;
        Match rest = head >= 0 && t + length <= limit
            ? matchFrom(g, slots, k + 2, t + length - 1, limit, allowed) : null;
        if (rest != null) {
          return rest.marking(slot.kind(), head);
        }
      }
      return null;
    }
    for (int t = from + 1; t < limit; t++) {
      int length = matchLength(g, slot, t, allowed);
      Match rest = length > 0 && t + length <= limit
          ? matchFrom(g, slots, k + 1, t + length - 1, limit, allowed) : null;
      if (rest != null) {
        return rest;
      }
    }
    return null;
  }

  /** How many tokens from {@code t} the slot's longest matching word sequence covers; 0 when none matches. */
  private static int matchLength(ParseGraph g, Slot slot, int t, boolean[] allowed) {
    int best = 0;
    for (List<String> words : slot.alternatives()) {
      int at = t;
      boolean ok = allowed[t] && matchesWord(g, t, words.get(0));
      for (int w = 1; ok && w < words.size(); w++) {
        at = next(g, at);
        // modifiers may come between a phrase's words, not before its last: "new global economic relations"
        while (w < words.size() - 1 && at < g.size() && allowed[at] && !matchesWord(g, at, words.get(w))
            && MODIFIER_TAGS.contains(g.token(at).pos())) {
          at++;
        }
        ok = at < g.size() && allowed[at] && matchesWord(g, at, words.get(w));
      }
      at++;
      if (ok) {
        best = Math.max(best, at - t);
      }
    }
    return best;
  }

  /** The token after {@code last}, past the conjuncts of {@code last} ("death and injury toll" reads "death toll"). */
  private static int next(ParseGraph g, int last) {
    int t = last + 1;
    while (t < g.size() && conjoinedTo(g, t, last)) {
      t++;
    }
    return t;
  }

  private static boolean conjoinedTo(ParseGraph g, int t, int last) {
    for (int node = t, steps = 0; node >= 0 && steps < g.size(); node = g.head(node), steps++) {
      if (g.head(node) == last) {
        String rel = g.baseRelation(node);
        return rel.equals(Ud.CONJ) || rel.equals(Ud.CC);
      }
    }
    return false;
  }

  private static boolean matchesWord(ParseGraph g, int t, String word) {
    String w = g.token(t).word().toLowerCase(Locale.ROOT);
    String lemma = g.lemma(t);
    if (word.endsWith("_")) {
      word = word.substring(0, word.length() - 1);
    }
    return w.equals(word) || lemma.equals(word);
  }

  /** The verb's subject, or that of the clause it completes or is conjoined to ("is about to restore"); -1 when none. */
  private static int subject(ParseGraph g, int verb) {
    for (int v = verb, steps = 0; v >= 0 && steps < 4; v = g.head(v), steps++) {
      for (int c : g.children(v)) {
        if (g.baseRelation(c).equals(Ud.NSUBJ)) {
          return c;
        }
      }
      String rel = g.baseRelation(v);
      if (!rel.equals(Ud.XCOMP) && !rel.equals(Ud.CONJ)) {
        break;
      }
    }
    return -1;
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
