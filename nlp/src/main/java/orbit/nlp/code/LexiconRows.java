package orbit.nlp.code;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.OrbitException;

/** One row of lexicon.tsv (format in LEXICON-FORMAT.md) read into its entry, with a clear message for a bad row. */
final class LexiconRows {
  private LexiconRows() {}

  static LexiconEntry parse(Map<String, String> row, int line, URL source) {
    String code = require(row, "code", line, source);
    String pos = require(row, "pos", line, source);
    String lemma = require(row, "lemma", line, source).toLowerCase(Locale.ROOT);
    LexiconEntry.Kind kind;
    try {
      kind = LexiconEntry.Kind.valueOf(pos.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new OrbitException(source + ":" + line + ": pos '" + pos + "' is not one of verb, noun, light");
    }
    Constraints c = new Constraints();
    String constraints = row.getOrDefault("constraints", "-");
    if (constraints != null && !constraints.isBlank() && !constraints.equals("-")) {
      for (String part : constraints.trim().split("\\s+")) {
        c.add(part, line, source);
      }
    }
    return new LexiconEntry(code, kind, lemma, c.particle, c.subjects, c.objects, c.oblPreposition, c.oblHeads, c.xcomps,
        c.modifiers, c.verbs, c.target, c.source, c.reciprocal, c.count, List.of(), List.of(), null, OrbitRoles.INSTANCE, line);
  }

  private static String require(Map<String, String> row, String column, int line, URL source) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new OrbitException(source + ":" + line + ": column '" + column + "' is empty");
    }
    return value.trim();
  }

  /** Mutable holder used only while one line is parsed. */
  private static final class Constraints {
    String particle;
    Set<String> subjects = Set.of();
    Set<String> objects = Set.of();
    String oblPreposition;
    Set<String> oblHeads = Set.of();
    Set<String> xcomps = Set.of();
    Set<String> modifiers = Set.of();
    Set<String> verbs = Set.of();
    String target;
    String source;
    boolean reciprocal;
    int count;

    void add(String part, int line, URL file) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new OrbitException(file + ":" + line + ": constraint '" + part + "' is not key=value");
      }
      String key = part.substring(0, eq);
      String value = part.substring(eq + 1).toLowerCase(Locale.ROOT);
      switch (key) {
        case "prt" -> particle = value;
        case "subj" -> subjects = words(value);
        case "obj" -> objects = words(value);
        case "obl" -> {
          int colon = value.indexOf(':');
          oblPreposition = colon < 0 ? value : value.substring(0, colon);
          String heads = colon < 0 ? "*" : value.substring(colon + 1);
          oblHeads = heads.equals("*") ? Set.of() : words(heads);
        }
        case "xcomp" -> xcomps = words(value);
        case "amod" -> modifiers = words(value);
        case "verb" -> verbs = words(value);
        case "target" -> target = value;
        case "source" -> source = value;
        case "mode" -> reciprocal = value.equals("reciprocal");
        case "count" -> count = number(value, line, file);
        default -> throw new OrbitException(file + ":" + line + ": unknown constraint '" + key
            + "'; valid: prt, subj, obj, obl, xcomp, amod, verb, target, source, mode, count");
      }
    }

    private static int number(String value, int line, URL file) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new OrbitException(file + ":" + line + ": count '" + value + "' is not a whole number");
      }
    }

    /**
     * "a|b_c": the words a and "b c"; "@class": the words of a class of words.tsv ("@condemnation", "tank|@weapon"),
     * and the class's own name, for the classes a token matches otherwise too ("@person": a person's name).
     */
    private static Set<String> words(String value) {
      Set<String> all = new java.util.HashSet<>();
      for (String item : value.replace('_', ' ').split("\\|")) {
        if (item.startsWith("@")) {
          all.addAll(Words.STANDARD.of(Words.Kind.named(item.substring(1))));
        }
        all.add(item);
      }
      return Set.copyOf(all);
    }
  }
}
