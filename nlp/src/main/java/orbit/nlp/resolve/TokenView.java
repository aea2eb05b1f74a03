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
    TokenView view = new TokenView(Math.max(0, to - from));
    int n = 0;
    for (int i = from; i < to; i++) {
      Token t = sentence.get(i);
      String word = t.word();
      if (Lexicon.skipped(word)) {
        continue;
      }
      view.index[n] = i;
      view.words[n] = Lexicon.fold(word);
      view.lemmas[n] = t.lemma() == null ? view.words[n] : Lexicon.fold(t.lemma());
      char first = word.isEmpty() ? ' ' : word.charAt(0);
      view.capital[n] = Character.isUpperCase(first) || Character.isDigit(first);
      view.pos[n] = t.pos() == null ? "" : t.pos();
      view.person[n] = "PERSON".equals(t.ner());
      n++;
    }
    return new TokenView(view, n);
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
