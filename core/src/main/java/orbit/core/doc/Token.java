package orbit.core.doc;

/**
 * A token of a sentence. {@code index} counts from 0 within the sentence; {@code begin}/{@code end}
 * are character offsets in the article text. {@code ner} is "O" when the token is no entity.
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos, String ner) {
  public boolean isNoun() {
    return pos.startsWith("NN") || pos.equals("PRP");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
