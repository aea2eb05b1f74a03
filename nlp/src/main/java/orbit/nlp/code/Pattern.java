package orbit.nlp.code;

import java.util.Set;

/**
 * One lexicon entry: a trigger word and the constraints its parse neighbours must meet (see
 * LEXICON-FORMAT.md). Empty sets and null strings mean "no constraint".
 *
 * @param line the lexicon line, for error messages and as a tie-breaker
 */
record Pattern(String code, Kind kind, String lemma, String particle, Set<String> objects, String oblPreposition,
               Set<String> oblHeads, Set<String> xcomps, Set<String> modifiers, Set<String> verbs, String target,
               String source, boolean reciprocal, int line) {
  enum Kind { VERB, NOUN, LIGHT }

  /** How many constraints the entry has: the most specific matching entry wins. */
  int specificity() {
    int n = 0;
    n += particle == null ? 0 : 1;
    n += objects.isEmpty() ? 0 : 2;
    n += oblPreposition == null ? 0 : (oblHeads.isEmpty() ? 1 : 2);
    n += xcomps.isEmpty() ? 0 : 2;
    n += modifiers.isEmpty() ? 0 : 2;
    n += verbs.isEmpty() ? 0 : 2;
    n += reciprocal ? 1 : 0;
    return n;
  }
}
