package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.OrbitException;

/** The coder's English word classes (words.tsv): an immutable, ordered set of words per class, read once. */
final class Words {
  /** The classes of words.tsv, named there in lower case with '-' for '_'. */
  enum Kind { QUANTITY, GROUP, PARTIES, PAIR, RECIPROCAL, RELATIVE, PERSON, THING, PLURAL, ACCORD, PLACE_MARKER,
    EVENT_PLACE, DESTINATION, VAGUE_PLACE, SCENE_MARKER, POSSESSIVE, POLARITY,
    SIDES, STATED_ACT, DEFINITE, CONDEMNATION, MANY, CIRCUMSTANCE,
    REFERS_STATE, REFERS_BODY, REFERS_GROUP, SETTLEMENT, PLURAL_POSSESSIVE, CHARGE_MARKER, WEAPON, HUMAN, ANSWER_MARKER,
    ACCIDENT, PERSONS, BELONGING, GIVING, SUBORDINATOR, CARDINAL, CONTROL, CONTENT_NOUN, SENDING;

    /** The class a words.tsv name ("place-marker") stands for. */
    static Kind named(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new OrbitException("'" + name + "' is not a word class of words.tsv; classes: "
            + List.of(values()).stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
      }
    }
  }

  /** The standard word classes, shared by every coder. */
  static final Words STANDARD = read(Words.class.getResource("/orbit/code/words.tsv"));

  private final Map<Kind, Set<String>> byKind;

  private Words(Map<Kind, Set<String>> byKind) {
    this.byKind = byKind;
  }

  static Words read(URL tsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("class").addColumn("word")
        .setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<Kind, Set<String>> sets = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      sets.put(k, new LinkedHashSet<>());
    }
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String name = row.get("class").trim();
        String word = row.get("word") == null ? "" : row.get("word").trim();
        Kind kind = Kind.named(name);
        if (word.isEmpty()) {
          throw new OrbitException(tsv + ": a '" + name + "' row has no word");
        }
        sets.get(kind).add(word.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word classes " + tsv, e);
    }
    sets.replaceAll((k, words) -> Collections.unmodifiableSet(words));
    return new Words(Map.copyOf(sets));
  }

  /** Whether a lower-case word (or lemma, as the class says) is of the class. */
  boolean is(Kind kind, String word) {
    return byKind.get(kind).contains(word);
  }

  /** The words of a class, in the order of their rows. */
  Set<String> of(Kind kind) {
    return byKind.get(kind);
  }
}
