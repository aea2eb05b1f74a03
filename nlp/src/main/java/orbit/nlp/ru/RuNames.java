package orbit.nlp.ru;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.nlp.quotes.WordTable;

/**
 * The Russian names of names.tsv, matched word by word through the dictionary's lemmas so that every case form
 * matches; people take their dated roles from the actor base through their English names.
 */
final class RuNames {
  enum Kind { COUNTRY, CAPITAL, DEMONYM, PEOPLE, SECTOR, ORG, PERSON, OFFICIAL }

  /** A name: its words as sets of lemmas, what it names, its country and sector (either may be null). */
  record Name(List<Set<String>> words, Kind kind, String country, String sector, String person) {}

  /** A country (alpha-3 or a body's code) and a CAMEO sector, either null when not known. */
  record Who(String country, String sector) {}

  /** A name found in a sentence, over tokens first…last. */
  record Match(Name name, int first, int last) {}

  private static final String RESOURCE = "/orbit/ru/names.tsv";

  private final Map<String, List<Name>> byFirstLemma = new HashMap<>();
  private final Map<String, List<ActorEntry>> roles = new HashMap<>();

  private RuNames(List<Name> names, ActorBase base) {
    for (Name n : names) {
      for (String lemma : n.words().get(0)) {
        byFirstLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(n);
      }
    }
    for (ActorEntry e : base.entries()) {
      if (e.kind() == ActorEntry.Kind.PERSON) {
        roles.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
      }
    }
    for (Name n : names) {
      if (n.kind() == Kind.PERSON && !roles.containsKey(n.person())) {
        throw new IllegalStateException(RESOURCE + ": " + n.person() + " is not a person of the actor tables");
      }
    }
  }

  static RuNames load(Morphology morphology, ActorBase base) {
    List<Name> names = new ArrayList<>();
    for (String[] f : WordTable.read(RESOURCE)) {
      Kind kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
      List<Set<String>> words = new ArrayList<>();
      for (String word : f[0].split(" ")) {
        Set<String> lemmas = new LinkedHashSet<>();
        lemmas.add(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        morphology.readings(word).forEach(reading -> lemmas.add(reading.lemma()));
        words.add(lemmas);
      }
      String[] value = f[2].split(" ");
      names.add(switch (kind) {
        case COUNTRY, CAPITAL, DEMONYM -> new Name(words, kind, value[0], null, null);
        case PEOPLE -> new Name(words, kind, value[0], "CVL", null);
        case SECTOR -> new Name(words, kind, null, value[0], null);
        case ORG, OFFICIAL -> new Name(words, kind, value[0], value.length > 1 ? value[1] : null, null);
        case PERSON -> new Name(words, kind, null, null, f[2]);
      });
    }
    return new RuNames(names, base);
  }

  /** The longest name that starts at token {@code i} and ends by {@code last}. */
  Optional<Match> at(List<RuToken> tokens, int i, int last) {
    Match best = null;
    for (String lemma : tokens.get(i).lemmas()) {
      for (Name n : byFirstLemma.getOrDefault(lemma, List.of())) {
        int end = i + n.words().size() - 1;
        if (end <= last && (best == null || end > best.last()) && matches(n, tokens, i)) {
          best = new Match(n, i, end);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean matches(Name n, List<RuToken> tokens, int from) {
    for (int k = 1; k < n.words().size(); k++) {
      Set<String> lemmas = n.words().get(k);
      if (tokens.get(from + k).lemmas().stream().noneMatch(lemmas::contains)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is a proper name of the table (a country, a capital or city, a person): such heads take no genitive. */
  boolean proper(RuToken t) {
    for (String lemma : t.lemmas()) {
      for (Name n : byFirstLemma.getOrDefault(lemma, List.of())) {
        if (n.words().size() == 1 && switch (n.kind()) {
          case COUNTRY, CAPITAL, PERSON, OFFICIAL -> true;
          default -> false;
        }) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A person's country and sector on a date: the role that holds it; after the last role, its country and ELI (a
   * former office holder); before the first, the country alone.
   */
  Who person(Name n, LocalDate date) {
    List<ActorEntry> all = roles.get(n.person());
    ActorEntry last = null;
    for (ActorEntry e : all) {
      if (e.holds(date)) {
        return new Who(e.country(), e.sector());
      }
      if (e.to() != null && !e.to().isAfter(date) && (last == null || e.to().isAfter(last.to()))) {
        last = e;
      }
    }
    return last != null ? new Who(last.country(), "ELI") : new Who(all.get(0).country(), null);
  }
}
