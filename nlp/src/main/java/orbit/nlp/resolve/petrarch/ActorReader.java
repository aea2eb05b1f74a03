package orbit.nlp.resolve.petrarch;

import java.util.ArrayList;
import java.util.List;
import orbit.core.actors.ActorEntry;

/** The state of reading one actors dictionary: the current block's names, then its codes. */
final class ActorReader {
  private final String file;
  final List<ActorEntry> entries = new ArrayList<>();
  final List<PetrarchDictionary.Problem> problems = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> codes = new ArrayList<>();
  private int blockLine;

  ActorReader(String file) {
    this.file = file;
  }

  void line(int number, String raw) {
    String line = PetrarchDictionary.uncomment(raw);
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (trimmed.startsWith("+")) {
      if (names.isEmpty()) {
        problems.add(new PetrarchDictionary.Problem(file, number, raw, "synonym without a name"));
      } else {
        names.add(PetrarchDictionary.phrase(trimmed.substring(1)));
      }
      return;
    }
    boolean codeLine = trimmed.startsWith("[") && (Character.isWhitespace(line.charAt(0)) || !codes.isEmpty()
        || !names.isEmpty());
    if (!codeLine) {
      flush();
      blockLine = number;
      int bracket = trimmed.indexOf('[');
      String name = bracket < 0 ? trimmed : trimmed.substring(0, bracket);
      if (name.indexOf('{') >= 0 || name.indexOf('!') >= 0 || name.indexOf('<') >= 0) {
        problems.add(new PetrarchDictionary.Problem(file, number, raw, "unsupported pattern in an actor name"));
        return;
      }
      names.add(PetrarchDictionary.phrase(name));
      if (bracket < 0) {
        return;
      }
      trimmed = trimmed.substring(bracket);
    }
    readCodes(number, raw, trimmed);
  }

  private void readCodes(int number, String raw, String text) {
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('[', i);
      if (open < 0) {
        break;
      }
      int close = text.indexOf(']', open);
      if (close < 0) {
        problems.add(new PetrarchDictionary.Problem(file, number, raw, "unclosed '['"));
        return;
      }
      codes.add(text.substring(open + 1, close) + "\u0000" + number + "\u0000" + raw);
      i = close + 1;
    }
  }

  /** Ends the current block: every name gets every code. */
  void flush() {
    if (!names.isEmpty() && codes.isEmpty()) {
      problems.add(new PetrarchDictionary.Problem(file, blockLine, names.get(0), "actor without a code"));
    }
    String name = names.isEmpty() ? null : names.get(0);
    for (String c : codes) {
      String[] parts = c.split("\u0000", 3);
      if (PetrarchDictionary.uncoded(parts[0])) {
        continue;
      }
      boolean ok = true;
      for (String phrase : names) {
        ActorEntry e = PetrarchDictionary.code(phrase, name, parts[0], ActorEntry.PETRARCH);
        if (e == null) {
          ok = false;
          break;
        }
        entries.add(e);
      }
      if (!ok) {
        problems.add(new PetrarchDictionary.Problem(file, Integer.parseInt(parts[1]), parts[2],
            "unsupported code or date range"));
      }
    }
    names.clear();
    codes.clear();
  }
}
