package orbit.nlp.resolve.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.ActorEntry.Kind;

/**
 * Reads an agents dictionary: {@code NOUN {PLURALS} [~SECTOR]} lines (without braces, the regular
 * plural; {@code {}}: none) and {@code !CLASS! = A, B} substitutions.
 */
final class AgentReader {
  private AgentReader() {}

  static PetrarchDictionary.Result read(String file, List<String> lines) {
    Map<String, List<String>> classes = new HashMap<>();
    List<ActorEntry> entries = new ArrayList<>();
    List<PetrarchDictionary.Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = PetrarchDictionary.uncomment(raw).strip();
      if (line.isEmpty() || line.startsWith("<!")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (line.startsWith("!") && eq > 0) {
        List<String> values = new ArrayList<>();
        for (String v : line.substring(eq + 1).split(",")) {
          values.add(v.strip());
        }
        classes.put(line.substring(0, eq).strip(), values);
        continue;
      }
      int open = line.indexOf('[');
      int close = line.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        problems.add(new PetrarchDictionary.Problem(file, i + 1, raw, "agent without a [~CODE]"));
        continue;
      }
      String code = line.substring(open + 1, close).strip();
      int tilde = code.indexOf('~');
      String sector = tilde < 0 ? "" : tilde == 0 ? code.substring(1) : code.substring(0, tilde);
      if (tilde < 0 || sector.length() < 3) {
        problems.add(new PetrarchDictionary.Problem(file, i + 1, raw, "unsupported agent code '" + code + "'"));
        continue;
      }
      String head = line.substring(0, open);
      List<String> nouns = new ArrayList<>();
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int end = head.indexOf('}', brace);
        for (String plural : head.substring(brace + 1, end < 0 ? head.length() : end).split(",")) {
          if (!plural.isBlank()) {
            nouns.add(plural.strip());
          }
        }
        head = head.substring(0, brace);
      } else if (head.indexOf('!') < 0) {
        nouns.add(plural(head.strip()));
      }
      nouns.add(0, head.strip());
      for (String noun : nouns) {
        for (String expanded : expand(noun, classes)) {
          String phrase = PetrarchDictionary.phrase(expanded);
          entries.add(new ActorEntry(phrase, Kind.SECTOR, phrase, null, sector, null, null,
              "PETRARCH [" + code + "]", ActorEntry.PETRARCH));
        }
      }
    }
    return new PetrarchDictionary.Result(List.copyOf(entries), List.copyOf(problems));
  }

  /** PETRARCH's regular plural of an agent without listed plurals: CONGRESS → CONGRESSES, PARTY → PARTIES. */
  private static String plural(String noun) {
    String n = noun.replaceAll("_+$", "");
    if (n.matches(".*[^AEIOU]Y")) {
      return n.substring(0, n.length() - 1) + "IES";
    }
    return n + (n.matches(".*(S|X|Z|CH|SH)") ? "ES" : "S");
  }

  /** "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ... for each value of the class. */
  private static List<String> expand(String noun, Map<String, List<String>> classes) {
    int start = noun.indexOf('!');
    int end = start < 0 ? -1 : noun.indexOf('!', start + 1);
    if (end < 0) {
      return List.of(noun);
    }
    List<String> values = classes.getOrDefault(noun.substring(start, end + 1), List.of(""));
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(noun.substring(0, start) + v + noun.substring(end + 1), classes));
    }
    return out;
  }
}
