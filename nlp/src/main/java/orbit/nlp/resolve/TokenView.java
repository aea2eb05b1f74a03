package orbit.nlp.resolve;

import java.util.List;
import orbit.core.actors.Lexicon;
import orbit.core.doc.Token;

/**
 * Tokens [from, to) of a sentence normalised once for lexicon look-ups: folded words and lemmas,
 * without hyphens and possessive markers, each mapped back to its index in the sentence.
 */
final class TokenView {
  final int[] index;
  final String[] words;
  final String[] lemmas;
  final boolean[] capital;
  final String[] pos;
  /** CoreNLP tagged the token as part of a person's name */
  final boolean[] person;
  final int size;

  private TokenView(int capacity) {
    index = new int[capacity];
    words = new String[capacity];
    lemmas = new String[capacity];
    capital = new boolean[capacity];
    pos = new String[capacity];
    person = new boolean[capacity];
    size = 0;
  }

  private TokenView(TokenView filled, int size) {
    this.index = filled.index;
    this.words = filled.words;
    this.lemmas = filled.lemmas;
    this.capital = filled.capital;
    this.pos = filled.pos;
    this.person = filled.person;
    this.size = size;
  }

  static TokenView of(List<Token> sentence, int from, int to) {
    TokenView view = new TokenView(2 * Math.max(0, to - from));
    int n = 0;
    for (int i = from; i < to; i++) {
      Token t = sentence.get(i);
      String word = t.word();
      if (Lexicon.skipped(word) || word.isEmpty()) {
        continue;
      }
      String folded = Lexicon.fold(word);
      String lemma = t.lemma() == null ? folded : Lexicon.fold(t.lemma());
      int rest = 0;
      // The tokenizer keeps a one-letter prefix ("e-mail"), so the ezafe of "Lashkar-e-Taiba" stays on
      // "e-Taiba"; the lexicon's keys split at hyphens, so the view splits it too.
      if (folded.length() > 2 && folded.charAt(1) == '-' && Character.isLetter(folded.charAt(0))) {
        n = view.put(n, i, t, folded.substring(0, 1), folded.substring(0, 1), word.charAt(0));
        folded = folded.substring(2);
        lemma = lemma.length() > 2 && lemma.charAt(1) == '-' ? lemma.substring(2) : lemma;
        rest = 2;
      }
      n = view.put(n, i, t, folded, lemma, word.charAt(rest));
    }
    return new TokenView(view, n);
  }

  private int put(int n, int i, Token t, String word, String lemma, char first) {
    index[n] = i;
    words[n] = word;
    lemmas[n] = lemma;
    capital[n] = Character.isUpperCase(first) || Character.isDigit(first);
    pos[n] = t.pos() == null ? "" : t.pos();
    person[n] = "PERSON".equals(t.ner());
    return n + 1;
  }

  /** This view with the word (and lemma) at position {@code i} replaced: a corrected spelling. */
  TokenView with(int i, String word) {
    TokenView copy = new TokenView(index.length);
    System.arraycopy(index, 0, copy.index, 0, size);
    System.arraycopy(words, 0, copy.words, 0, size);
    System.arraycopy(lemmas, 0, copy.lemmas, 0, size);
    System.arraycopy(capital, 0, copy.capital, 0, size);
    System.arraycopy(pos, 0, copy.pos, 0, size);
    System.arraycopy(person, 0, copy.person, 0, size);
    copy.words[i] = word;
    copy.lemmas[i] = word;
    return new TokenView(copy, size);
  }

  /** The key of view tokens [start, end), with the lemma for the last token when {@code lemmaLast}. */
  String key(int start, int end, boolean lemmaLast) {
    StringBuilder key = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        key.append(' ');
      }
      key.append(lemmaLast && i == end - 1 ? lemmas[i] : words[i]);
    }
    return key.toString();
  }
}
