package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;
import orbit.core.event.Factuality;

/**
 * Factuality cues (cues.tsv): reporting and alleging verbs, hedges, modals, adverbs and negations.
 * Single words are looked up by lemma and kind; multi-word phrases ("on the verge of") by their last word.
 */
public final class Cues {
  enum Kind { ADVERB, VERB, MODAL, PHRASE, NEGATION }

  record Cue(String[] words, Kind kind, Factuality factuality) {}

  private final Map<String, List<Cue>> byLastWord;

  private Cues(Map<String, List<Cue>> byLastWord) {
    this.byLastWord = byLastWord;
  }

  public static Cues standard() {
    return read(Cues.class.getResource("/orbit/code/cues.tsv"));
  }

  public static Cues read(URL tsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("cue").addColumn("kind").addColumn("factuality")
        .setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<String, List<Cue>> index = new HashMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String[] words = row.get("cue").trim().toLowerCase(Locale.ROOT).split("\\s+");
        Cue cue = new Cue(words, value(Kind.class, row.get("kind"), tsv), value(Factuality.class, row.get("factuality"), tsv));
        index.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(cue);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cues " + tsv, e);
    }
    index.replaceAll((w, list) -> List.copyOf(list));
    return new Cues(Map.copyOf(index));
  }

  private static <E extends Enum<E>> E value(Class<E> type, String text, URL file) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new OrbitException(file + ": '" + text + "' is not a valid " + type.getSimpleName());
    }
  }

  /** The cue of this kind whose (last) word is the lemma or word at {@code i}, with its words before it matching. */
  Factuality find(ParseGraph g, int i, Kind kind) {
    String lemma = g.lemma(i);
    String word = g.token(i).word().toLowerCase(Locale.ROOT);
    for (String key : new String[] {lemma, word}) {
      for (Cue cue : byLastWord.getOrDefault(key, List.of())) {
        if (cue.kind() == kind && precededBy(g, i, cue.words())) {
          return cue.factuality();
        }
      }
    }
    return null;
  }

  private static boolean precededBy(ParseGraph g, int i, String[] words) {
    int start = i - (words.length - 1);
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < words.length - 1; k++) {
      String w = g.token(start + k).word().toLowerCase(Locale.ROOT);
      if (!w.equals(words[k]) && !g.lemma(start + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
