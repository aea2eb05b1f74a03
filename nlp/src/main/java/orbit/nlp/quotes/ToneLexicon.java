package orbit.nlp.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.doc.Token;

/**
 * Tone of a quote toward each country it mentions, by lexicon ({@code tone-words.tsv}): in the
 * quote's sentences that mention the country, count favourable (+1) and unfavourable (-1) words,
 * flipping a word that follows a negation ("no", "not", "never", "without", "n't") within two
 * tokens. Tone = (favourable - unfavourable) / (favourable + unfavourable), rounded to two
 * decimals; 0 when no tone word occurs. Loaded once; immutable.
 */
final class ToneLexicon {
  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "n't", "n’t", "nor", "nothing");
  private final Map<String, Integer> polarity;

  private ToneLexicon(Map<String, Integer> polarity) {
    this.polarity = Map.copyOf(polarity);
  }

  static ToneLexicon standard() {
    Map<String, Integer> polarity = new HashMap<>();
    for (String[] row : WordTable.read("tone-words.tsv")) {
      polarity.put(row[0], Integer.parseInt(row[1]));
    }
    return new ToneLexicon(polarity);
  }

  /** The polarity sum and the count of tone words in {@code tokens}: {sum, count}. */
  int[] score(List<Token> tokens) {
    int sum = 0;
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Integer p = polarity.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
      if (p != null) {
        sum += negated(tokens, i) ? -p : p;
        count++;
      }
    }
    return new int[] {sum, count};
  }

  static double tone(int sum, int count) {
    return count == 0 ? 0.0 : Math.round(100.0 * sum / count) / 100.0;
  }

  private static boolean negated(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (NEGATIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
