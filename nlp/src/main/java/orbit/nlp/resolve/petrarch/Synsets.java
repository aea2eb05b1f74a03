package orbit.nlp.resolve.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.nlp.resolve.petrarch.VerbDictionary.Kind;
import orbit.nlp.resolve.petrarch.VerbDictionary.Slot;

/**
 * The synsets of a verbs dictionary ({@code &TIETYPES} with its {@code +} members) and the word slots of
 * pattern lines built from words, synsets and {…} phrases. Members are expanded at use, so a synset may
 * be used before it is defined.
 */
final class Synsets {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z0-9'./\\-_]+");

  /** A dictionary line: its number and text. */
  record Line(int number, String text) {}

  /** Where problems with a line go: its number, raw text and the reason. */
  interface Problems {
    void report(int number, String raw, String reason);
  }

  private final Map<String, List<Line>> byName = new LinkedHashMap<>();
  private final Problems problems;

  Synsets(Problems problems) {
    this.problems = problems;
  }

  /** Defines a synset by its member lines (filled in as the file is read). */
  void define(String name, List<Line> members) {
    byName.put(name, members);
  }

  /** Whether a token is a plain dictionary word ("TIES", "URBAN_CENTER", "CLOSURE_"). */
  static boolean isWord(String token) {
    return WORD.matcher(token).matches();
  }

  /** The slots of a {…} phrase as one slot: every way to fill them in turn, as one word sequence. */
  Slot together(List<Slot> phrase, Line l) {
    List<List<String>> sequences = List.of(List.of());
    for (Slot s : phrase) {
      if (s.kind() != Kind.WORDS) {
        problems.report(l.number(), "-" + l.text(), "'$' or '+' inside a {…} phrase");
        return null;
      }
      List<List<String>> longer = new ArrayList<>();
      for (List<String> start : sequences) {
        for (List<String> end : s.alternatives()) {
          List<String> both = new ArrayList<>(start);
          both.addAll(end);
          longer.add(List.copyOf(both));
        }
      }
      sequences = longer;
    }
    return new Slot(Kind.WORDS, List.copyOf(sequences));
  }

  /** A word ("TIES", "URBAN_CENTER", "CLOSURE_") or a synset ("&TIETYPES"), or null when unsupported. */
  Slot slot(String token, Line l) {
    return slot(token, l, new LinkedHashSet<>());
  }

  private Slot slot(String token, Line l, Set<String> seen) {
    if (token.startsWith("&")) {
      List<List<String>> alternatives = expand(name(token), l, seen);
      return alternatives == null ? null : new Slot(Kind.WORDS, alternatives);
    }
    if (!isWord(token)) {
      problems.report(l.number(), "-" + l.text(), "unsupported pattern element '" + token + "'");
      return null;
    }
    return new Slot(Kind.WORDS, List.of(sequence(token)));
  }

  private List<List<String>> expand(String name, Line l, Set<String> seen) {
    List<Line> members = byName.get(name);
    if (members == null || !seen.add(name)) {
      problems.report(l.number(), "-" + l.text(), members == null ? "unknown synset &" + name : "synset &" + name + " contains itself");
      return null;
    }
    List<List<String>> out = new ArrayList<>();
    for (Line m : members) {
      String member = m.text().replace("(", " ").replace(")", " ").strip();
      if (member.startsWith("&")) {
        List<List<String>> nested = expand(name(member), m, seen);
        if (nested != null) {
          out.addAll(nested);
        }
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : member.split("\\s+")) {
        if (!isWord(w)) {
          problems.report(m.number(), "+" + m.text(), "unsupported synset member");
          words = null;
          break;
        }
        words.addAll(sequence(w));
      }
      if (words != null) {
        out.add(List.copyOf(words));
      }
    }
    seen.remove(name);
    return out;
  }

  /** "URBAN_CENTER" → [urban, center]; the trailing '_' that asks for a whole word stays on the last word. */
  private static List<String> sequence(String token) {
    boolean whole = token.endsWith("_");
    String[] parts = token.replaceAll("_+$", "").split("_+");
    List<String> words = new ArrayList<>(parts.length);
    for (String p : parts) {
      words.add(p.toLowerCase(Locale.ROOT));
    }
    if (whole) {
      words.set(words.size() - 1, words.get(words.size() - 1) + "_");
    }
    return List.copyOf(words);
  }

  /** A synset's name as defined and used: "&TIETYPES_" → TIETYPES. */
  static String name(String token) {
    return token.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT);
  }
}
