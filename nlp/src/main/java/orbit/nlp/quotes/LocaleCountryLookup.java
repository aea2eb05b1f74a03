package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.doc.Token;

/**
 * Countries from {@link Locale}'s English names (ISO alpha-2 → alpha-3), the demonyms derived from
 * them and the aliases in {@code country-aliases.tsv}. Derived demonyms, each with a plural "s": a
 * name ending in "stan" drops "istan"/"stan" (Tajikistan → Tajik) and adds "i" (Pakistani); one
 * ending in "a" adds "n" (Russia → Russian); in "e", turns it into "ian" (Ukraine → Ukrainian); in
 * another consonant, adds "i" (Azerbaijani, Iraqi), and "ian" after an "n" (Iranian). Derived forms
 * that are no word (Japani) never match, so over-generating costs nothing.
 * Matching is case-sensitive and takes the longest name of up to four tokens; a word inside a
 * hyphenated token counts ("Russia-led", "anti-Russian"); words of a multi-word person name do not.
 */
public final class LocaleCountryLookup implements CountryLookup {
  private static final int LONGEST = 4;
  private final Map<String, String> codes;

  private LocaleCountryLookup(Map<String, String> codes) {
    this.codes = Map.copyOf(codes);
  }

  public static LocaleCountryLookup standard() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      String name = country.getDisplayCountry(Locale.ENGLISH);
      String code = country.getISO3Country();
      codes.putIfAbsent(name, code);
      if (!name.contains(" ")) {
        for (String demonym : demonyms(name)) {
          codes.putIfAbsent(demonym, code);
          codes.putIfAbsent(demonym + "s", code);
        }
      }
    }
    for (String[] row : WordTable.read("country-aliases.tsv")) {
      codes.put(row[0], row[1]);
    }
    return new LocaleCountryLookup(codes);
  }

  static List<String> demonyms(String name) {
    List<String> out = new ArrayList<>();
    if (name.endsWith("stan")) {
      out.add(name.substring(0, name.length() - (name.endsWith("istan") ? 5 : 4)));
      out.add(name + "i");
    } else if (name.endsWith("a")) {
      out.add(name + "n");
    } else if (name.endsWith("e")) {
      out.add(name.substring(0, name.length() - 1) + "ian");
    } else if (!"iouy".contains(name.substring(name.length() - 1))) {
      out.add(name + "i");
      if (name.endsWith("n")) {
        out.add(name + "ian");
      }
    }
    return out;
  }

  @Override
  public String code(String phrase) {
    String p = phrase.strip();
    if (p.startsWith("the ")) {
      p = p.substring(4);
    }
    return codes.get(p);
  }

  @Override
  public List<Mention> mentions(List<Token> tokens) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = longestAt(tokens, i, found);
      i += Math.max(1, matched);
    }
    return found;
  }

  private int longestAt(List<Token> tokens, int i, List<Mention> found) {
    Token first = tokens.get(i);
    if (first.word().isEmpty() || !Character.isUpperCase(first.word().codePointAt(0)) && first.word().indexOf('-') < 0) {
      return 0;
    }
    if (partOfLongName(tokens, i)) {
      return 0;
    }
    StringBuilder phrase = new StringBuilder();
    int best = 0;
    String bestCode = null;
    for (int n = 0; n < LONGEST && i + n < tokens.size(); n++) {
      phrase.append(n == 0 ? "" : " ").append(tokens.get(i + n).word());
      String code = codes.get(phrase.toString());
      if (code != null) {
        best = n + 1;
        bestCode = code;
      }
    }
    if (bestCode == null && first.word().indexOf('-') > 0) {
      for (String part : first.word().split("-")) {
        bestCode = bestCode == null ? codes.get(part) : bestCode;
      }
      best = bestCode == null ? 0 : 1;
    }
    if (bestCode != null) {
      found.add(new Mention(i, bestCode));
    }
    return best;
  }

  /** A token inside a person name of two or more tokens ("Georgia" in "Georgia Smith" is not a country). */
  private static boolean partOfLongName(List<Token> tokens, int i) {
    if (!tokens.get(i).ner().equals("PERSON")) {
      return false;
    }
    boolean before = i > 0 && tokens.get(i - 1).ner().equals("PERSON");
    boolean after = i + 1 < tokens.size() && tokens.get(i + 1).ner().equals("PERSON");
    return before || after;
  }
}
