package orbit.nlp.resolve.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.OrbitException;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.ActorEntry.Kind;
import orbit.core.actors.CountryTable;

/**
 * Reads PETRARCH/TABARI actor and agent dictionaries leniently into actor entries of priority
 * {@link ActorEntry#PETRARCH}. Actors: {@code NAME_ [CODE date]} blocks with {@code +SYNONYM}
 * lines and code lines {@code [CODE]}, {@code [CODE >yymmdd]}, {@code [CODE <yymmdd]},
 * {@code [CODE yymmdd-yymmdd]} (two-digit years below 30 are 20xx; eight digits are yyyymmdd); an
 * undated code holds whenever no dated one does. Agents: {@code NOUN {PLURALS} [~SECTOR]} with
 * {@code !CLASS! = A, B} substitutions. Codes map to Orbit as: IGO/NGO/IMG/MNC codes are the
 * country field whole; otherwise the first three letters are the country and the rest the sector
 * (PSEREBHMS: PSE, REBHMS; agents' ~GOVFRM likewise whole, so that codes come out as PETRARCH's); a bare three-letter code names a country (a modifier, like a demonym). Lines it cannot
 * read are returned as problems with file and line, never thrown.
 */
public final class PetrarchDictionary {
  /** A line the loader skipped, and why. */
  public record Problem(String file, int line, String text, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reason + ": " + text;
    }
  }

  /** The entries read and the lines skipped. */
  public record Result(List<ActorEntry> entries, List<Problem> problems) {}

  private PetrarchDictionary() {}

  /** Reads an actors dictionary (Phoenix.Countries.actors.txt and friends). */
  public static Result actors(Path file) {
    ActorReader reader = new ActorReader(file.getFileName().toString());
    List<String> lines = lines(file);
    boolean inComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (inComment || line.startsWith("<!") || line.startsWith("# -->")) {
        inComment = (inComment || line.startsWith("<!")) && !line.contains("-->");
        continue;
      }
      reader.line(i + 1, line);
    }
    reader.flush();
    return new Result(List.copyOf(reader.entries), List.copyOf(reader.problems));
  }

  /**
   * A discards dictionary: phrases whose sentence (or, marked {@code +}, whose whole story) is
   * not coded ("SOCCER", "+WORLD GOLF CHAMPIONSHIPS"); each phrase as lower-case words.
   */
  public record Discards(List<List<String>> sentence, List<List<String>> story) {
    public static final Discards NONE = new Discards(List.of(), List.of());
  }

  /** Reads a discards dictionary (Phoenix.discards.txt). */
  public static Discards discards(Path file) {
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    for (String raw : lines(file)) {
      String line = uncomment(raw).strip();
      if (line.isEmpty() || line.startsWith("<!")) {
        continue;
      }
      boolean whole = line.startsWith("+");
      String p = phrase(whole ? line.substring(1) : line).toLowerCase(Locale.ROOT);
      if (!p.isEmpty()) {
        (whole ? story : sentence).add(List.of(p.split(" ")));
      }
    }
    return new Discards(List.copyOf(sentence), List.copyOf(story));
  }

  /** Reads an agents dictionary (Phoenix.agents.txt). */
  public static Result agents(Path file) {
    return AgentReader.read(file.getFileName().toString(), lines(file));
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new OrbitException("cannot read PETRARCH dictionary " + file + ": " + e.getMessage(), e);
    }
  }

  /** Strips a '#' comment. */
  static String uncomment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** "UNITED_NATIONS_" -> "UNITED NATIONS" (trailing underscores mark whole words in PETRARCH). */
  static String phrase(String raw) {
    return raw.replace('_', ' ').strip().replaceAll(" +", " ");
  }

  /** "[---]": PETRARCH's explicit "do not code". */
  static boolean uncoded(String inside) {
    return inside.strip().startsWith("---");
  }

  /** One code with its dates, or null when the text is no code PETRARCH writes. */
  static ActorEntry code(String phrase, String name, String inside, int priority) {
    String[] parts = inside.strip().split("\\s+", 2);
    String code = parts[0].toUpperCase(Locale.ROOT);
    if (code.isEmpty() || !code.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '/')) {
      return null;
    }
    LocalDate from = null;
    LocalDate to = null;
    if (parts.length > 1) {
      String range = parts[1].replace(" ", "");
      if (range.startsWith(">")) {
        from = date(range.substring(1));
      } else if (range.startsWith("<")) {
        to = date(range.substring(1));
      } else {
        int dash = range.indexOf('-');
        if (dash < 0) {
          return null;
        }
        from = date(range.substring(0, dash));
        to = date(range.substring(dash + 1));
      }
      if ((from == null && to == null) || (range.indexOf('-') > 0 && (from == null || to == null))) {
        return null;
      }
    }
    boolean transnational = CountryTable.isTransnational(code);
    String country = transnational || code.length() < 3 ? code : code.substring(0, 3);
    String sector = transnational || code.length() < 6 ? null : code.substring(3);
    Kind kind = code.length() == 3 && !transnational ? Kind.COUNTRY : Kind.ORGANISATION;
    return new ActorEntry(phrase, kind, name, country, sector, from, to, "PETRARCH " + inside.strip(), priority);
  }

  static LocalDate date(String digits) {
    try {
      if (digits.length() == 6) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
            Integer.parseInt(digits.substring(4, 6)));
      }
      if (digits.length() == 8) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6, 8)));
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }
}
