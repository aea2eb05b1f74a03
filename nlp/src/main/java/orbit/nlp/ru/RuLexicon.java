package orbit.nlp.ru;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import orbit.core.cameo.Codebook;
import orbit.nlp.quotes.WordTable;

/** Orbit's Russian event lexicon (lexicon.tsv): predicates by lemma, each with its object, roles and flags. */
final class RuLexicon {
  /** What must follow the predicate for the entry to apply. */
  enum Needs { NOTHING, OBJECT, INFINITIVE }

  /** One row: code, lemma, object lemmas, where the target and source are, and whether it is joint or a noun. */
  record Entry(String code, String lemma, Needs needs, Set<String> objects, List<String> targets, boolean own,
               boolean mutual, boolean noun, boolean police) {}

  private static final String RESOURCE = "/orbit/ru/lexicon.tsv";

  private final Map<String, List<Entry>> byLemma = new HashMap<>();

  private RuLexicon(List<Entry> entries) {
    entries.forEach(e -> byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e));
  }

  static RuLexicon load(Codebook codebook) {
    List<Entry> entries = new ArrayList<>();
    for (String[] f : WordTable.read(RESOURCE)) {
      if (f.length != 6 || codebook.find(f[0]).isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": six columns and a CAMEO code expected: " + String.join("\t", f));
      }
      Needs needs = f[2].startsWith("obj=") ? Needs.OBJECT : f[2].startsWith("inf=") ? Needs.INFINITIVE : Needs.NOTHING;
      Set<String> objects = needs == Needs.NOTHING ? Set.of() : Set.of(f[2].substring(4).split("\\|"));
      List<String> flags = List.of(f[5].split(","));
      entries.add(new Entry(f[0], f[1], needs, objects, List.of(f[3].split(",")), f[4].equals("own"),
          flags.contains("mutual"), flags.contains("noun"), flags.contains("police")));
    }
    return new RuLexicon(entries);
  }

  /** The rows of a lemma, specific ones first as the table lists them. */
  List<Entry> entries(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }
}
