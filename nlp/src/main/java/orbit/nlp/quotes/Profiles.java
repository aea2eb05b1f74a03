package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import orbit.core.event.Speaker;

/**
 * Speaker profiles from the article: role and affiliation from an apposition or copular clause after
 * a name ("Temur Umarov, a fellow at the Carnegie Center in Berlin," / "Umarov is a fellow at …"),
 * else from a title before it ("Tajik President Emomali Rahmon"); an apposition may open with a
 * country's possessive (", Germany's foreign minister,"). The affiliation follows the first
 * "at", "from" or "with", else an "of" or "in" before a capital; roles joined by "and" are listed
 * ("political analyst, former deputy head"). "Tajikistan's Center for Strategic Studies" becomes
 * "Center for Strategic Studies (Tajikistan)" and "Carnegie Center in Berlin" "Carnegie Center,
 * Berlin". An apposition with a finite verb is a clause, not a profile. The country is stated by a
 * country's possessive, an affiliation that is a country (or its capital: "from Moscow"), or a
 * demonym before the title; an organisation's city gives none ("Carnegie Center in Berlin").
 */
final class Profiles {
  private static final Pattern AFFILIATION = Pattern.compile(" (?:based )?(at|from|with) | (?:based )?(of|in) (?=(?:the )?\\p{Lu})");
  private static final Pattern POSSESSIVE = Pattern.compile("^(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*)['’]s (.+)$");
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
  private static final Pattern IN_PLACE = Pattern.compile(" in (?=\\p{Lu})");

  private Profiles() {}

  static Map<String, Speaker> of(DocTokens doc, People people, CountryLookup countries, SpeechLexicon lexicon) {
    Map<String, Speaker> profiles = new HashMap<>();
    for (People.Mention m : people.mentions()) {
      if (profiles.containsKey(m.name()) && profiles.get(m.name()).role() != null) {
        continue;
      }
      int[] clause = apposition(doc, m.last() + 1);
      Speaker found = clause == null ? null
          : parse(m.name(), doc.text().substring(doc.get(clause[0]).begin(), doc.get(clause[1]).end()), countries);
      if (found == null) {
        found = title(doc, m, countries, lexicon);
      }
      if (found != null || !profiles.containsKey(m.name())) {
        profiles.put(m.name(), found == null ? new Speaker(m.name(), null, null, null) : found);
      }
    }
    return Map.copyOf(profiles);
  }

  /** Tokens of ", a/an/the …," or "is/was a/an …" after a name, up to the next comma or sentence end. */
  private static int[] apposition(DocTokens doc, int i) {
    String first = doc.word(i);
    if (!first.equals(",") && !first.equals("is") && !first.equals("was")) {
      return null;
    }
    String det = doc.word(i + 1).toLowerCase(Locale.ROOT);
    boolean possessive = doc.word(i + 2).equals("’s") || doc.word(i + 2).equals("'s");
    if (!det.equals("a") && !det.equals("an") && !det.equals("the") && !possessive) {
      return null;
    }
    int end = i + 1;
    while (end + 1 < doc.size() && doc.sentence(end + 1) == doc.sentence(i) && !stops(doc.word(end + 1))) {
      end++;
    }
    for (int j = i + 1; j <= end; j++) {
      if (FINITE.contains(doc.get(j).pos())) {
        return null;
      }
    }
    return end > i + 1 ? new int[] {i + 1, end} : null;
  }

  private static boolean stops(String word) {
    return word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":") || word.equals("“")
        || word.equals("\"") || word.equals("—") || word.equals("(");
  }

  static Speaker parse(String name, String apposition, CountryLookup countries) {
    String s = stripDeterminer(apposition);
    String country = null;
    Matcher whose = POSSESSIVE.matcher(s);
    if (whose.matches() && countries.code(whose.group(1)) != null) {
      country = countries.code(whose.group(1));
      s = whose.group(2);
    }
    Matcher at = AFFILIATION.matcher(s);
    String rolePart = s;
    String affiliation = null;
    if (at.find()) {
      rolePart = s.substring(0, at.start());
      affiliation = stripDeterminer(s.substring(at.end()));
      Matcher possessive = POSSESSIVE.matcher(affiliation);
      if (possessive.matches() && countries.code(possessive.group(1)) != null) {
        country = countries.code(possessive.group(1));
        affiliation = possessive.group(2) + " (" + possessive.group(1) + ")";
      } else if (countries.code(affiliation) != null) {
        country = countries.code(affiliation);
      }
      affiliation = IN_PLACE.matcher(affiliation).replaceAll(", ");
    }
    List<String> roles = new ArrayList<>();
    for (String role : rolePart.split(" and ")) {
      roles.add(stripDeterminer(role));
    }
    return new Speaker(name, String.join(", ", roles), affiliation, country);
  }

  /** "Tajik President Emomali Rahmon": capitalised title words before the name, ending in a speaker noun. */
  private static Speaker title(DocTokens doc, People.Mention m, CountryLookup countries, SpeechLexicon lexicon) {
    int first = m.first();
    while (first > 0 && doc.get(first - 1).isProperNoun() && doc.sentence(first - 1) == doc.sentence(m.first())
        && countries.code(doc.word(first - 1)) == null) {
      first--;
    }
    if (first == m.first() || !lexicon.isSpeakerNoun(doc.word(m.first() - 1))) {
      return null;
    }
    String country = first > 0 ? countries.code(doc.word(first - 1)) : null;
    return new Speaker(m.name(), People.words(doc, first, m.first() - 1), null, country);
  }

  private static String stripDeterminer(String s) {
    String t = s.strip();
    for (String det : new String[] {"a ", "an ", "the "}) {
      if (t.regionMatches(true, 0, det, 0, det.length())) {
        return t.substring(det.length()).strip();
      }
    }
    return t;
  }
}
