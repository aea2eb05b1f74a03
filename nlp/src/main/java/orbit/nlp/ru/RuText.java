package orbit.nlp.ru;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Russian text into sentences and words with their readings: the JDK's break iterators for the Russian locale
 * (sentences within each paragraph, a line break always ends one), the dictionary for the readings.
 */
final class RuText {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /** A sentence: index, character span in the article text, its words. */
  record RuSentence(int index, int begin, int end, List<RuToken> tokens) {}

  private final Morphology morphology;

  RuText(Morphology morphology) {
    this.morphology = morphology;
  }

  List<RuSentence> sentences(String text) {
    List<RuSentence> out = new ArrayList<>();
    int line = 0;
    while (line < text.length()) {
      int next = text.indexOf('\n', line);
      int end = next < 0 ? text.length() : next;
      BreakIterator sentences = BreakIterator.getSentenceInstance(RUSSIAN);
      sentences.setText(text.substring(line, end));
      for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
        List<RuToken> tokens = words(text, line + s, line + e);
        if (!tokens.isEmpty()) {
          out.add(new RuSentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
      }
      line = end + 1;
    }
    return out;
  }

  private List<RuToken> words(String text, int from, int to) {
    BreakIterator words = BreakIterator.getWordInstance(RUSSIAN);
    words.setText(text.substring(from, to));
    List<RuToken> tokens = new ArrayList<>();
    for (int s = words.first(), e = words.next(); e != BreakIterator.DONE; s = e, e = words.next()) {
      String word = text.substring(from + s, from + e);
      if (!word.isBlank()) {
        tokens.add(new RuToken(tokens.size(), from + s, from + e, word, morphology.readings(word)));
      }
    }
    return tokens;
  }
}
