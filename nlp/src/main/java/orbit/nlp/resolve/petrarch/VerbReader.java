package orbit.nlp.resolve.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import orbit.nlp.resolve.petrarch.PetrarchDictionary.Problem;
import orbit.nlp.resolve.petrarch.VerbDictionary.Kind;
import orbit.nlp.resolve.petrarch.VerbDictionary.Slot;
import orbit.nlp.resolve.petrarch.VerbDictionary.VerbPattern;

/**
 * The state of reading one verbs dictionary. Synsets may be used before they are defined, so
 * pattern lines are kept with their block and read once the whole file is in.
 */
final class VerbReader {
  private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile("^---\\s*(.*?)\\s*\\[([^]]*)][\\s-]*$");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{2,4}[A-Z]?");

  /** A verb of a block: its lemma, forms, the words of a compound verb around it, and its own code. */
  private record Verb(String lemma, Set<String> forms, List<Slot> before, List<Slot> after, String[] code, int line) {}

  private static final class Block {
    final String[] code;
    final int line;
    final List<Verb> verbs = new ArrayList<>();
    final List<Synsets.Line> patterns = new ArrayList<>();

    Block(String[] code, int line) {
      this.code = code;
      this.line = line;
    }
  }

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Synsets synsets = new Synsets(this::problem);
  private final List<Block> blocks = new ArrayList<>();
  private List<Synsets.Line> synset;
  private Block block;

  VerbReader(String file) {
    this.file = file;
  }

  void line(int number, String raw) {
    String text = PetrarchDictionary.uncomment(raw).strip();
    if (text.isEmpty() || text.startsWith("<!") || text.startsWith("-->")) {
      return;
    }
    if (text.startsWith("---")) {
      Matcher m = HEADER.matcher(text);
      String[] code = m.matches() ? code(number, raw, m.group(2)) : null;
      if (code == null) {
        problem(number, raw, "verb block header is not '--- NAME [code] ---'");
      }
      block = code == null ? null : new Block(code, number);
      if (block != null) {
        blocks.add(block);
      }
      synset = null;
    } else if (text.startsWith("&")) {
      synset = new ArrayList<>();
      synsets.define(Synsets.name(text.split("\\s+")[0]), synset);
      block = null;
    } else if (text.startsWith("~")) {
      problem(number, raw, "transformation rules ('~ a (b . VERB) SAY = …') are not supported");
    } else if (synset != null && text.startsWith("+")) {
      synset.add(new Synsets.Line(number, text.substring(1).strip()));
    } else if (block == null) {
      problem(number, raw, "line outside a synset or verb block");
    } else if (text.startsWith("-")) {
      block.patterns.add(new Synsets.Line(number, text.substring(1)));
    } else if (text.startsWith("*")) {
      problem(number, raw, "pattern line without its leading '-'");
    } else {
      verb(number, raw, text);
    }
  }

  /** {@code SAY {SAYS SAID SAYING} [code]}, {@code +GO_THROUGH {+WENT_THROUGH}}, {@code WIRE_+TAP}. */
  private void verb(int number, String raw, String text) {
    String[] code = null;
    int bracket = text.indexOf('[');
    if (bracket >= 0) {
      int close = text.indexOf(']', bracket);
      code = close < 0 ? null : code(number, raw, text.substring(bracket + 1, close));
      if (code == null) {
        if (close < 0) {
          problem(number, raw, "unclosed '['");
        }
        return;
      }
      text = text.substring(0, bracket).strip();
    }
    List<String> forms = new ArrayList<>();
    int brace = text.indexOf('{');
    if (brace >= 0) {
      int close = text.indexOf('}', brace);
      if (close < 0) {
        problem(number, raw, "unclosed '{' in a verb line");
        return;
      }
      forms.addAll(List.of(text.substring(brace + 1, close).strip().split("\\s+")));
      forms.removeIf(String::isBlank);
      text = text.substring(0, brace).strip();
    }
    if (text.isEmpty() || text.contains(" ") || !Synsets.isWord(text.replace("+", ""))) {
      problem(number, raw, "verb line is not 'VERB {FORMS} [code]'");
      return;
    }
    String[] words = words(text.startsWith("+") ? text.substring(1) : text);
    int at = verbIndex(words);
    Set<String> lemmaForms = new LinkedHashSet<>();
    for (String f : forms) {
      String[] fw = words(f.startsWith("+") ? f.substring(1) : f);
      lemmaForms.add(clean(fw[Math.min(verbIndex(fw), fw.length - 1)]));
    }
    List<Slot> before = new ArrayList<>();
    List<Slot> after = new ArrayList<>();
    for (int k = 0; k < words.length; k++) {
      if (k != at) {
        (k < at ? before : after).add(new Slot(Kind.WORDS, List.of(List.of(clean(words[k])))));
      }
    }
    block.verbs.add(new Verb(clean(words[at]), lemmaForms, before, after, code, number));
  }

  private static String[] words(String text) {
    return text.replaceAll("_+$", "").split("_");
  }

  private static int verbIndex(String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (words[k].startsWith("+")) {
        return k;
      }
    }
    return 0;
  }

  private static String clean(String word) {
    return word.replace("+", "").toLowerCase(Locale.ROOT);
  }

  /** "042:043" → {042, 043}; ":173" → {null, 173}; "---" → {null, null}; null when no code. */
  private String[] code(int number, String raw, String inside) {
    String text = inside.strip();
    if (text.startsWith("---")) {
      return new String[] {null, null};
    }
    String[] parts = text.split(":", -1);
    if (parts.length > 2) {
      problem(number, raw, "code '" + text + "' has more than two parts");
      return null;
    }
    String[] code = new String[2];
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k].strip();
      if (p.isEmpty() || p.equals("---")) {
        continue;
      }
      if (!CODE.matcher(p).matches()) {
        problem(number, raw, "'" + p + "' is no event code");
        return null;
      }
      code[k] = p;
    }
    return code;
  }

  VerbDictionary finish() {
    List<VerbPattern> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b.verbs.isEmpty()) {
        problem(b.line, "", "verb block without verbs");
        continue;
      }
      List<Parsed> parsed = new ArrayList<>();
      for (Synsets.Line l : b.patterns) {
        Parsed p = pattern(l);
        if (p != null) {
          parsed.add(p);
        }
      }
      for (Verb v : b.verbs) {
        String[] own = v.code() != null ? v.code() : b.code;
        out.add(new VerbPattern(v.lemma(), v.forms(), v.before(), v.after(), own[0], own[1], false, file, v.line()));
        for (Parsed p : parsed) {
          out.add(new VerbPattern(v.lemma(), v.forms(), concat(p.before, v.before()), concat(v.after(), p.after),
              p.code[0], p.code[1], p.compound, file, p.line));
        }
      }
    }
    // a bad synset member is met at each use of its synset: report it once
    return new VerbDictionary(List.copyOf(out), List.copyOf(new LinkedHashSet<>(problems)));
  }

  private static List<Slot> concat(List<Slot> a, List<Slot> b) {
    List<Slot> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private record Parsed(List<Slot> before, List<Slot> after, String[] code, boolean compound, int line) {}

  /** One pattern line after its '-': slots before and after '*', and the code. */
  private Parsed pattern(Synsets.Line l) {
    String text = l.text();
    int open = text.lastIndexOf('[');
    int close = text.lastIndexOf(']');
    if (open < 0 || close < open) {
      problem(l.number(), text, "pattern without a [code]");
      return null;
    }
    String[] code = code(l.number(), "-" + text, text.substring(open + 1, close));
    if (code == null) {
      return null;
    }
    List<Slot> before = new ArrayList<>();
    List<Slot> after = new ArrayList<>();
    boolean star = false;
    boolean compound = false;
    int depth = 0;
    List<Slot> phrase = null;  // the words of an open {…} noun phrase, which must stand together
    for (String token : text.substring(0, open).replaceAll("([(){}])", " $1 ").strip().split("\\s+")) {
      List<Slot> out = phrase != null ? phrase : star ? after : before;
      switch (token) {
        case "*" -> {
          if (star || phrase != null) {
            problem(l.number(), "-" + text, phrase != null ? "'*' inside a {…} phrase" : "pattern with more than one '*'");
            return null;
          }
          star = true;
        }
        case "(" -> depth++;
        case ")" -> depth--;
        case "{" -> {
          if (phrase != null) {
            problem(l.number(), "-" + text, "nested '{'");
            return null;
          }
          phrase = new ArrayList<>();
        }
        case "}" -> {
          if (phrase == null) {
            problem(l.number(), "-" + text, "unbalanced '}'");
            return null;
          }
          Slot together = synsets.together(phrase, l);
          if (together == null) {
            return null;
          }
          phrase = null;
          (star ? after : before).add(together);
        }
        case "%" -> compound = true;
        case "^", "" -> { }
        case "$" -> out.add(new Slot(Kind.SOURCE, List.of()));
        case "+" -> out.add(new Slot(Kind.TARGET, List.of()));
        default -> {
          Slot s = synsets.slot(token, l);
          if (s == null) {
            return null;
          }
          out.add(s);
        }
      }
      if (depth < 0) {
        break;
      }
    }
    if (phrase != null) {
      depth = -1;
    }
    if (depth != 0) {
      problem(l.number(), "-" + text, "unbalanced '(' or '{'");
      return null;
    }
    if (!star) {
      problem(l.number(), "-" + text, "pattern without '*' for the verb");
      return null;
    }
    return new Parsed(List.copyOf(before), List.copyOf(after), code, compound, l.number());
  }

  private void problem(int number, String raw, String reason) {
    problems.add(new Problem(file, number, raw.strip(), reason));
  }
}
