package orbit.core.doc;

/**
 * A Universal Dependencies arc between two tokens of one sentence (indices as in {@link Token#index()}).
 * The root's governor is -1. {@code relation} keeps UD subtypes ("nsubj:pass", "obl:tmod", "nmod:poss").
 */
public record Dependency(int governor, int dependent, String relation) {
  public static final int ROOT = -1;
}
