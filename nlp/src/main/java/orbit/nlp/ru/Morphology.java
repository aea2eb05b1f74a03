package orbit.nlp.ru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The adapter to the Russian morphological dictionary of LanguageTool (language-ru, LGPL; a Morfologik automaton
 * of word forms with lemma and tag), the only place that reads it. Loads in about half a second; shared by all
 * threads, each with its own lookup (Morfologik's lookups are not thread-safe).
 */
final class Morphology {
  private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";

  private final ThreadLocal<DictionaryLookup> lookup;

  private Morphology(Dictionary dictionary) {
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  static Morphology load() {
    URL url = Morphology.class.getResource(DICTIONARY);
    if (url == null) {
      throw new IllegalStateException("LanguageTool's Russian dictionary is not on the class path: " + DICTIONARY);
    }
    try {
      return new Morphology(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + DICTIONARY, e);
    }
  }

  /** Every reading of a word form (the dictionary spells 'ё' as 'е'); none for words it lacks. */
  List<Reading> readings(String word) {
    String key = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    List<Reading> found = new ArrayList<>();
    for (WordData w : lookup.get().lookup(key)) {
      if (w.getTag() != null && w.getStem() != null) {
        found.add(Reading.of(w.getStem().toString(), w.getTag().toString()));
      }
    }
    return found;
  }
}
