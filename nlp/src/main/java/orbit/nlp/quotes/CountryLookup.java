package orbit.nlp.quotes;

import java.util.List;
import orbit.core.doc.Token;

/**
 * Finds countries in text: by name, demonym or metonym ("Tajikistan", "Tajik", "the Kremlin").
 * Codes are ISO 3166-1 alpha-3 as CAMEO uses them. {@link LocaleCountryLookup} is the built-in
 * implementation; the actor resolver can take its place. Implementations are immutable and thread-safe.
 */
public interface CountryLookup {
  /** The code of the country a phrase names ("Tajikistan" → TJK), or null. */
  String code(String phrase);

  /** The countries mentioned in a run of tokens, in order of appearance. */
  List<Mention> mentions(List<Token> tokens);

  /** A country mentioned at {@code tokens.get(token)}. */
  record Mention(int token, String code) {}
}
