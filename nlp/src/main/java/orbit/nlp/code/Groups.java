package orbit.nlp.code;

import java.util.Locale;

/**
 * Noun phrases that stand for actors just discussed, by the word classes of words.tsv: a group ("both countries",
 * "the two sides", "all three") and a reciprocal ("each other").
 */
final class Groups {
  private static final Words WORDS = Words.STANDARD;

  private Groups() {}

  /** "both countries", "the two sides", "each side", "the parties": the two countries just discussed. */
  static boolean isPair(ParseGraph g, int h) {
    return size(g, h) == 2;
  }

  /**
   * How many actors just discussed a group names, 0 when it names none: two for "both countries", "the two sides",
   * "each side", "the parties"; n for "the three countries" and, a number alone, "all three", "the three agreed".
   */
  static int size(ParseGraph g, int h) {
    if (g.token(h).pos().equals("CD")) {
      boolean determined = g.children(h).stream().anyMatch(c -> g.relation(c).equals(Ud.DET));
      return determined && g.modifiersWith(h, "of").isEmpty() ? Math.max(0, cardinal(g, h)) : 0;
    }
    if (!WORDS.is(Words.Kind.GROUP, g.lemma(h)) || !g.token(h).pos().startsWith("NN")) {
      return 0;
    }
    if (g.token(h).pos().equals("NNS") && WORDS.is(Words.Kind.PARTIES, g.lemma(h))
        && g.children(h).stream().anyMatch(c -> WORDS.is(Words.Kind.DEFINITE, g.token(c).word().toLowerCase(Locale.ROOT)))) {
      return 2;
    }
    for (int c : g.children(h)) {
      if (WORDS.is(Words.Kind.PAIR, g.token(c).word().toLowerCase(Locale.ROOT))) {
        return 2;
      }
      int n = g.relation(c).equals(Ud.NUMMOD) ? cardinal(g, c) : -1;
      if (n > 2) {
        return n;
      }
    }
    return 0;
  }

  /** The number a number word of more than two (words.tsv cardinal: three, four …) stands for, else -1. */
  private static int cardinal(ParseGraph g, int i) {
    int n = 3;
    for (String w : WORDS.of(Words.Kind.CARDINAL)) {
      if (w.equals(g.token(i).word().toLowerCase(Locale.ROOT))) {
        return n;
      }
      n++;
    }
    return -1;
  }

  /** True when the phrase says "each other", "one another" or "the other" (after "each side"). */
  static boolean isReciprocal(ParseGraph g, int head) {
    if (head < 0) {
      return false;
    }
    Phrase span = g.phrase(head);
    for (int i = span.first(); i < span.last(); i++) {
      String a = g.token(i).word().toLowerCase(Locale.ROOT);
      String b = g.token(i + 1).word().toLowerCase(Locale.ROOT);
      if (WORDS.is(Words.Kind.RECIPROCAL, a + " " + b)) {
        return true;
      }
    }
    return false;
  }
}
