package orbit.nlp.code;

/** The tokens [first, last] of a phrase in a parsed sentence. */
record Phrase(int first, int last) {
  /** A phrase of no tokens: it contains none. */
  static final Phrase EMPTY = new Phrase(0, -1);

  /** The one-token phrase of token {@code t}. */
  static Phrase of(int t) {
    return new Phrase(t, t);
  }

  boolean contains(int t) {
    return t >= first && t <= last;
  }

  /** This phrase grown to take in token {@code t}. */
  Phrase with(int t) {
    return new Phrase(Math.min(first, t), Math.max(last, t));
  }
}
