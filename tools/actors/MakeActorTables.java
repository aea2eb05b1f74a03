import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.CountryTable;
import orbit.core.actors.Lexicon;
import orbit.nlp.resolve.petrarch.PetrarchDictionary;

/**
 * Writes Orbit's generated actor tables (people-phoenix.tsv, organisations-phoenix.tsv) from the
 * Phoenix actor dictionaries, read with Orbit's own PETRARCH reader. Facts are transformed into
 * Orbit's columns: PETRARCH codes become country + one CAMEO sector, IGO sub-codes the nearest
 * body of igos.tsv, MNC/NGO codes a home country with BUS/NGO. Phrases Orbit's hand-curated files
 * already have are left out (those rows win); so are one-word names of people (surnames collide) and
 * one-word names that are common words (tools/actors/common-words.txt). People get the short name
 * news uses ({@link ShortForms}): "William Ruto" for "William Samoei Ruto".
 * Run: tools/actors/make-tables.sh PHOENIX_DIR (see README, "Actors").
 */
public final class MakeActorTables {
  static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "JRN",
      "MED", "BUS", "CVL", "LAB", "EDU", "REL", "HRI", "NGO", "REF", "CRM", "ELI", "UAF", "HLH");
  static final Set<String> SMALL = Set.of("of", "the", "and", "for", "al", "el", "de", "la", "le", "du", "des",
      "in", "on", "to", "bin", "ibn", "van", "von", "der", "da", "do", "dos", "das", "y");
  static final String[] FILES = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
      "Phoenix.MilNonState.actors.txt"};

  record Row(String name, String country, String sector, LocalDate from, LocalDate to, String role) {}

  /** One dictionary block: its phrases and its rows, in file order. */
  static final class Block {
    final Set<String> phrases = new LinkedHashSet<>();
    final List<Row> rows = new ArrayList<>();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: MakeActorTables PHOENIX_DIR OUT_DIR COMMON_WORDS");
      System.exit(2);
    }
    Set<String> common = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        common.add(Lexicon.key(line.strip()));
      }
    }
    ActorBase base = ActorBase.standard();
    Set<String> curated = new HashSet<>();
    for (ActorEntry e : base.entries()) {
      if (e.priority() == ActorEntry.ORBIT) {
        curated.add(Lexicon.key(e.phrase()));
      }
    }
    Map<String, Block> people = new LinkedHashMap<>();
    Map<String, Block> organisations = new LinkedHashMap<>();
    int skipped = 0;
    for (String file : FILES) {
      PetrarchDictionary.Result r = PetrarchDictionary.actors(Path.of(args[0], file));
      Map<String, Block> blocks = new LinkedHashMap<>();
      for (ActorEntry e : r.entries()) {
        Row row = row(e, base.countries());
        Block b = blocks.computeIfAbsent(e.name(), k -> new Block());
        b.phrases.add(e.phrase());
        if (row == null) {
          skipped++;
        } else if (!b.rows.contains(row)) {
          b.rows.add(row);
        }
      }
      for (Map.Entry<String, Block> b : blocks.entrySet()) {
        boolean dated = b.getValue().rows.stream().anyMatch(x -> x.from() != null || x.to() != null);
        dropUndatedElite(b.getValue(), dated);
        if (!b.getValue().rows.isEmpty()) {
          Map<String, Block> into = dated ? people : organisations;
          Block known = into.putIfAbsent(b.getKey(), b.getValue());
          if (known != null) {
            known.phrases.addAll(b.getValue().phrases);
            b.getValue().rows.stream().filter(x -> !known.rows.contains(x)).forEach(known.rows::add);
          }
        }
      }
    }
    Path out = Path.of(args[1]);
    curated.addAll(common);
    ShortForms shortForms = new ShortForms(base, people, curated);
    int p = write(out.resolve("people-phoenix.tsv"), people, curated, shortForms);
    int o = write(out.resolve("organisations-phoenix.tsv"), organisations, curated, null);
    System.err.println("people rows: " + p + ", organisation rows: " + o + ", codes left out: " + skipped);
  }

  /** Phoenix's undated [ELI] after dated offices: Orbit already codes a former office holder ELI. */
  static void dropUndatedElite(Block b, boolean dated) {
    if (dated) {
      b.rows.removeIf(x -> x.from() == null && x.to() == null && "ELI".equals(x.sector()));
    }
  }

  /** One entry as Orbit's country + sector, or null when the code has no country Orbit knows. */
  static Row row(ActorEntry e, CountryTable countries) {
    String code = e.note().substring("PETRARCH ".length()).split("\\s+")[0].toUpperCase(Locale.ROOT);
    String country;
    String rest;
    if (code.startsWith("IGO")) {
      country = null;
      for (int n = code.length(); n >= 6 && country == null; n -= 3) {
        country = countries.igo(code.substring(0, n)).isPresent() ? code.substring(0, n) : null;
      }
      rest = country == null ? "" : code.substring(country.length());
    } else if (code.startsWith("MNC") || code.startsWith("NGO")) {
      String home = code.length() >= 6 ? code.substring(3, 6) : "";
      boolean homed = countries.country(home).isPresent();
      String own = code.startsWith("MNC") ? (code.startsWith("MED", 6) ? "MED" : "BUS") : "NGO";
      if (code.startsWith("MNC") && !homed) {
        return null;  // a multinational without a home country: Orbit has no country to give
      }
      country = homed ? home : "NGO";
      rest = homed ? own : code.substring(3);
    } else if (code.startsWith("IMG")) {
      country = "IMG";
      rest = "";
    } else {
      country = code.length() >= 3 && countries.country(code.substring(0, 3)).isPresent() ? code.substring(0, 3) : null;
      rest = country == null ? "" : code.substring(3);
    }
    if (e.from() != null && e.to() != null && !e.from().isBefore(e.to())) {
      return null;  // an empty or inverted range, a slip in the source
    }
    if (country == null || (country.length() == 3 && rest.isEmpty() && e.kind() == ActorEntry.Kind.COUNTRY)) {
      return null;  // unknown code, or a country's own name (countries.tsv has those)
    }
    String sector = rest.length() >= 3 && SECTORS.contains(rest.substring(0, 3)) ? rest.substring(0, 3) : null;
    if (sector == null && !rest.isEmpty() && !code.startsWith("IGO") && !code.startsWith("NGO")) {
      return null;  // a territory's sub-code ([USAASM] American Samoa): countries.tsv codes those by their own ISO code
    }
    return new Row(e.name(), country, sector, e.from(), e.to(), "Phoenix [" + code
        + (e.from() == null && e.to() == null ? "" : " " + e.from() + "/" + e.to()) + "]");
  }

  /** Writes a table; {@code shortForms} null for organisations, else the people's short names to add. */
  static int write(Path file, Map<String, Block> blocks, Set<String> curated, ShortForms shortForms) throws IOException {
    boolean person = shortForms != null;
    int rows = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("# GENERATED by tools/actors/make-tables.sh from the Phoenix dictionaries (Phoenix."
          + "{Countries,International,MilNonState}.actors.txt,");
      out.println("#   Open Event Data Alliance, MIT licence; facts only, transformed into Orbit's columns). Do not edit:");
      out.println("#   add or override a row in " + (person ? "people.tsv" : "organisations.tsv")
          + " (hand-curated rows win over these on the same phrase).");
      out.println("# Source: Phoenix dictionaries, MIT, dated entries end around 2015: an office shown as open here may have ended.");
      out.println("# Columns as in people.tsv: name, aliases, country, sector, from, to, role (the Phoenix code it came from).");
      out.println("name\taliases\tcountry\tsector\tfrom\tto\trole");
      for (Block b : blocks.values()) {
        List<String> phrases = new ArrayList<>();
        boolean curatedName = false;
        for (String raw : b.phrases) {
          for (String phrase : split(raw)) {
            String key = Lexicon.key(phrase);
            curatedName |= curated.contains(key) && person;
            boolean oneWord = key.indexOf(' ') < 0;
            if (!curated.contains(key) && !(person && oneWord) && key.length() >= 3 && clean(phrase)
                && phrases.stream().noneMatch(x -> Lexicon.key(x).equals(key))) {
              phrases.add(title(phrase, person));
            }
          }
        }
        if (phrases.isEmpty() || curatedName) {
          continue;  // Orbit's own rows name this person: theirs win
        }
        if (person) {
          shortForms.of(phrases.get(0)).filter(x -> phrases.stream().noneMatch(y -> Lexicon.key(y).equals(Lexicon.key(x))))
              .ifPresent(phrases::add);
        }
        String aliases = String.join("|", phrases.subList(1, phrases.size()));
        boolean first = true;
        for (Row r : b.rows) {
          out.println(String.join("\t", phrases.get(0), first ? aliases : "", r.country(),
              Objects.toString(r.sector(), ""), Objects.toString(r.from(), ""), Objects.toString(r.to(), ""),
              r.role()));
          first = false;
          rows++;
        }
      }
    }
    return rows;
  }

  /** "ANIMAL LIBERATION FRONT (ALF)" -> the name and its acronym. */
  static List<String> split(String phrase) {
    int open = phrase.indexOf('(');
    int close = phrase.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      return List.of(phrase);
    }
    String outside = (phrase.substring(0, open) + phrase.substring(close + 1)).strip().replaceAll(" +", " ");
    return List.of(outside, phrase.substring(open + 1, close).strip());
  }

  /** Only names a news text can contain: letters, digits, spaces and . ' & - */
  static boolean clean(String phrase) {
    return !phrase.isBlank() && phrase.chars().allMatch(c -> Character.isLetterOrDigit(c) || " .'&-/".indexOf(c) >= 0);
  }

  /**
   * Phoenix writes capitals: "DANIEL ARAP MOI" -> "Daniel Arap Moi"; dotted or vowel-less words
   * stay ("FBI", "U.N."), and so does an organisation's one-word name of up to six letters ("USAID").
   */
  static String title(String phrase, boolean person) {
    List<String> words = new ArrayList<>();
    String[] split = phrase.split(" ");
    for (String w : split) {
      String lower = w.toLowerCase(Locale.ROOT);
      boolean acronym = !SMALL.contains(lower) && (w.indexOf('.') >= 0 || w.length() == 2 || !lower.matches(".*[aeiouy].*")
          || (!person && split.length == 1 && w.length() <= 6));
      words.add(acronym ? w : SMALL.contains(lower) && !words.isEmpty() ? lower : capitalise(lower));
    }
    return String.join(" ", words);
  }

  static String capitalise(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    boolean start = true;
    for (char c : lower.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '.';
    }
    return out.toString();
  }
}
