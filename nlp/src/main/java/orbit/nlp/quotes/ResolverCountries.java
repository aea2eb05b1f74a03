package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import orbit.core.doc.Token;
import orbit.nlp.resolve.ActorResolver;

/** The quote stage's country lookup backed by Orbit's actor resolver: names, demonyms, metonyms, people, bodies. */
public final class ResolverCountries implements CountryLookup {
  private final ActorResolver resolver;

  public ResolverCountries(ActorResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String code(String phrase) {
    // names are capitalised: "and" is not Andorra's code
    if (phrase == null || phrase.isEmpty() || !Character.isUpperCase(phrase.charAt(0))) {
      return null;
    }
    return resolver.base().countries().code(phrase).orElse(null);
  }

  @Override
  public List<Mention> mentions(List<Token> tokens) {
    List<Mention> found = new ArrayList<>();
    for (ActorResolver.Resolution r : resolver.mentions(tokens, null)) {
      if (found.isEmpty() || !found.get(found.size() - 1).code().equals(r.country())) {
        found.add(new Mention(r.first(), r.country()));
      }
    }
    return found;
  }
}
