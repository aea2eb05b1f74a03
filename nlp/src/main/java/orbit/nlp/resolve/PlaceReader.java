package orbit.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Gazetteer;
import orbit.core.actors.Place;
import orbit.core.doc.Token;
import orbit.core.event.Location;

/** Reads the place a phrase names, for events' locations and scenes. Immutable and thread-safe. */
final class PlaceReader {
  private final Gazetteer gazetteer;
  private final PhraseMatcher matcher;

  PlaceReader(Gazetteer gazetteer, PhraseMatcher matcher) {
    this.gazetteer = gazetteer;
    this.matcher = matcher;
  }

  /** The place tokens [from, to) name: a city, region, capital or landmark of the gazetteer, else a country. */
  Optional<Location> place(List<Token> sentence, int from, int to) {
    TokenView view = TokenView.of(sentence, from, to);
    List<PhraseMatcher.Match> matches = matcher.matches(view);
    for (int i = 0; i < view.size; i++) {
      if (!view.capital[i]) {
        continue;
      }
      for (int len = Math.min(gazetteer.maxTokens(), view.size - i); len >= 1; len--) {
        Place p = gazetteer.get(view.key(i, i + len, false));
        if (p != null) {
          Optional<Location> country = country(sentence, view, matches, i, len);
          String name = p.kind().equals("landmark") ? p.name()
              : ActorResolver.text(sentence, view.index[i], view.index[i + len - 1] + 1);
          // "Bolivia's Santa Cruz region", "the Ethiopian town of …": the country the phrase names first holds it
          String owner = countryBefore(matches, i);
          return country.isPresent() ? country
              : owner != null && !owner.equals(p.country()) ? Optional.of(new Location(name, owner, null, null))
              : Optional.of(new Location(name, p.country(), p.lat(), p.lon()));
        }
      }
    }
    return capitalNamed(view, matches).or(() -> country(sentence, view, matches, -1, 0));
  }

  /** The country of a country name or demonym that ends before view position {@code i}, null when none. */
  private static String countryBefore(List<PhraseMatcher.Match> matches, int i) {
    for (PhraseMatcher.Match m : matches) {
      for (ActorEntry e : m.end() <= i ? m.entries() : List.<ActorEntry>of()) {
        if (e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.ADJECTIVE) {
          return e.country();
        }
      }
    }
    return null;
  }

  /** "the Tajik capital": the capital of the country named right before the word "capital". */
  private Optional<Location> capitalNamed(TokenView view, List<PhraseMatcher.Match> matches) {
    for (PhraseMatcher.Match m : matches) {
      if (m.end() < view.size && view.words[m.end()].equalsIgnoreCase("capital")) {
        for (ActorEntry e : m.entries()) {
          if (e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.ADJECTIVE) {
            return gazetteer.capital(e.country())
                .map(p -> new Location(p.name(), p.country(), p.lat(), p.lon()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A country or region named at view position {@code start} at least {@code len} tokens long
   * ("Armenia" is the country, not the Colombian city); with start -1, the first anywhere.
   */
  private static Optional<Location> country(List<Token> sentence, TokenView view, List<PhraseMatcher.Match> matches,
      int start, int len) {
    for (PhraseMatcher.Match m : matches) {
      if (start >= 0 && (m.start() != start || m.end() - m.start() < len)) {
        continue;
      }
      for (ActorEntry e : m.entries()) {
        if (e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.REGION) {
          String name = ActorResolver.text(sentence, view.index[m.start()], view.index[m.end() - 1] + 1);
          return Optional.of(new Location(name, e.country(), null, null));
        }
      }
    }
    return Optional.empty();
  }


  /**
   * The matches that are not part of a longer place name of the gazetteer: "British Columbia", "New Mexico" name
   * no Briton, no Mexico; the place itself is read where a sector noun acts (SectorWords.located).
   */
  List<PhraseMatcher.Match> outsidePlaceNames(TokenView view, List<PhraseMatcher.Match> matches) {
    List<PhraseMatcher.Match> kept = new ArrayList<>(matches.size());
    for (PhraseMatcher.Match m : matches) {
      boolean inside = false;
      for (int i = Math.max(0, m.end() - gazetteer.maxTokens()); i <= m.start() && !inside; i++) {
        int shortest = Math.max(m.end() - i, m.end() - m.start() + 1);
        for (int len = Math.min(gazetteer.maxTokens(), view.size - i); len >= shortest && !inside; len--) {
          inside = view.capital[i] && view.capital[i + len - 1] && gazetteer.get(view.key(i, i + len, false)) != null;
        }
      }
      if (!inside) {
        kept.add(m);
      }
    }
    return kept;
  }
}
