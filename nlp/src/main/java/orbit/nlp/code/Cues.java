package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;
import orbit.core.event.Factuality;

/**
 * Factuality cues (cues.tsv): reporting and alleging verbs, hedges, modals, adverbs and negations, the
 * cues of an actor's stated intention or threat, and the precedence of factualities.
 * Single words are looked up by lemma and kind; multi-word phrases ("on the verge of") by their last word.
 */
public final class Cues {
  enum Kind { ADVERB, VERB, MODAL, PHRASE, NEGATION, CONDITION }

  /** A cue sets either a factuality or, for an intention or threat, a modality (the other is null). */
  record Cue(String[] words, Kind kind, Factuality factuality, Modality.Kind modality) {}

  /** The kind column of a precedence row, whose cue column is the factuality's rank. */
  private static final String RANK = "rank";

  private final Map<String, List<Cue>> byLastWord;
  private final Map<Factuality, Integer> ranks;

  private Cues(Map<String, List<Cue>> byLastWord, Map<Factuality, Integer> ranks) {
    this.byLastWord = byLastWord;
    this.ranks = ranks;
  }

  public static Cues standard() {
    return read(Cues.class.getResource("/orbit/code/cues.tsv"));
  }

  public static Cues read(URL tsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("cue").addColumn("kind").addColumn("reading")
        .setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<String, List<Cue>> index = new HashMap<>();
    Map<Factuality, Integer> ranks = new EnumMap<>(Factuality.class);
    ranks.put(Factuality.ASSERTED, 0);
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String reading = row.get("reading");
        if (row.get("kind").trim().equals(RANK)) {
          ranks.put(value(Factuality.class, reading, tsv), rank(row.get("cue"), tsv));
          continue;
        }
        String[] words = row.get("cue").trim().toLowerCase(Locale.ROOT).split("\\s+");
        Kind kind = value(Kind.class, row.get("kind"), tsv);
        Cue cue = isModality(reading) ? new Cue(words, kind, null, value(Modality.Kind.class, reading, tsv))
            : new Cue(words, kind, value(Factuality.class, reading, tsv), null);
        index.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(cue);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cues " + tsv, e);
    }
    if (ranks.size() < Factuality.values().length) {
      throw new OrbitException(tsv + ": every factuality needs a rank row, have " + ranks.keySet());
    }
    index.replaceAll((w, list) -> List.copyOf(list));
    return new Cues(Map.copyOf(index), Map.copyOf(ranks));
  }

  private static boolean isModality(String reading) {
    String r = reading == null ? "" : reading.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(Modality.Kind.values()).anyMatch(k -> k.name().equals(r));
  }

  private static int rank(String text, URL file) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new OrbitException(file + ": rank '" + text + "' is not a number");
    }
  }

  /** Whether factuality {@code a} wins over {@code b} when cues for both govern one event (the rank rows). */
  boolean stronger(Factuality a, Factuality b) {
    return ranks.get(a) > ranks.get(b);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String text, URL file) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new OrbitException(file + ": '" + text + "' is not a valid " + type.getSimpleName());
    }
  }

  /** Whether a lower-case word is a one-word negation ("not", "no", "without"). */
  boolean negates(String word) {
    for (Cue cue : byLastWord.getOrDefault(word, List.of())) {
      if (cue.kind() == Kind.NEGATION && cue.words().length == 1 && cue.factuality() == Factuality.NEGATED) {
        return true;
      }
    }
    return false;
  }

  /**
   * The factuality of the cue of this kind whose (last) word is the lemma or word at {@code i}, with its
   * words before it matching.
   */
  Factuality find(ParseGraph g, int i, Kind kind) {
    Cue cue = first(g, i, kind, false);
    return cue == null ? null : cue.factuality();
  }

  /** The modality of such a cue: an intention ("will", "agreed to") or a threat ("threatened to", "warned"). */
  Modality.Kind modality(ParseGraph g, int i, Kind kind) {
    Cue cue = first(g, i, kind, true);
    return cue == null ? null : cue.modality();
  }

  private Cue first(ParseGraph g, int i, Kind kind, boolean modality) {
    String lemma = g.lemma(i);
    String word = g.token(i).word().toLowerCase(Locale.ROOT);
    for (String key : new String[] {lemma, word}) {
      for (Cue cue : byLastWord.getOrDefault(key, List.of())) {
        if (cue.kind() == kind && (cue.modality() != null) == modality && precededBy(g, i, cue.words())) {
          return cue;
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
