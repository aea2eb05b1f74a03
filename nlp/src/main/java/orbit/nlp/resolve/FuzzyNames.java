package orbit.nlp.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Place;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Corrects one misspelt capitalised name of at least {@value #MIN_LETTERS} letters ("Mumbay",
 * "Uzbekz") to a one-word name of the lexicon or the gazetteer: edit distance 1 (2 from
 * {@value #TWO_EDITS} letters), and only when every nearest name points at one country, so a
 * correction never picks between two actors, and never inside a person's full name; names of
 * loaded PETRARCH or user dictionaries are not corrected towards. Answers are cached per word.
 * Thread-safe.
 */
final class FuzzyNames {
  static final int MIN_LETTERS = 5;
  static final int TWO_EDITS = 8;
  private static final int CACHE = 100_000;

  /** The view with the name corrected, and what was corrected ("Mumbay -> mumbai"). */
  record Fix(TokenView view, String note) {}

  private final ActorBase base;
  /** one-word names by first letter and length */
  private final Map<String, List<String>> buckets = new HashMap<>();
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  FuzzyNames(ActorBase base) {
    this.base = base;
    Set<String> names = new HashSet<>();
    for (String key : base.lexicon().keys()) {
      if (key.indexOf(' ') < 0 && key.length() >= MIN_LETTERS - 1 && country(key) != null) {
        names.add(key);
      }
    }
    for (String key : base.gazetteer().keys()) {
      // cities and regions, not subdivisions: their names are often words ("Centrale" is no "Central")
      if (key.indexOf(' ') < 0 && key.length() >= MIN_LETTERS - 1
          && !base.gazetteer().get(key).kind().equals("subdivision")) {
        names.add(key);
      }
    }
    for (String name : new java.util.TreeSet<>(names)) {  // sorted: ties resolve the same way every run
      buckets.computeIfAbsent(bucket(name.charAt(0), name.length()), k -> new ArrayList<>()).add(name);
    }
  }

  /** The view with its first correctable name corrected, or null when there is none. */
  Fix fix(TokenView view) {
    for (int i = 0; i < view.size; i++) {
      String word = view.words[i];
      if (!view.capital[i] || inFullName(view, i) || word.length() < MIN_LETTERS
          || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      if (cache.size() > CACHE) {
        cache.clear();
      }
      Optional<String> fixed = cache.computeIfAbsent(word, this::nearest);
      if (fixed.isPresent()) {
        return new Fix(view.with(i, fixed.get()), word + " -> " + fixed.get());
      }
    }
    return null;
  }

  /**
   * A word of a person's full name is no misspelt place ("Sarah Parris" is not Paris); a lone word
   * CoreNLP calls a person may still be one ("Kenyya", which it has never seen).
   */
  private static boolean inFullName(TokenView view, int i) {
    return view.person[i] && (i > 0 && view.person[i - 1] || i + 1 < view.size && view.person[i + 1]);
  }

  private Optional<String> nearest(String word) {
    if (!base.lexicon().get(word).isEmpty() || base.gazetteer().get(word) != null) {
      return Optional.empty();  // a known name is no misspelling
    }
    int limit = word.length() >= TWO_EDITS ? 2 : 1;
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    int best = limit + 1;
    List<String> nearest = new ArrayList<>();
    for (int len = word.length() - limit; len <= word.length() + limit; len++) {
      for (String name : buckets.getOrDefault(bucket(word.charAt(0), len), List.of())) {
        int d = distance.apply(word, name);
        if (d >= 0 && d < best) {
          best = d;
          nearest.clear();
        }
        if (d >= 0 && d == best) {
          nearest.add(name);
        }
      }
    }
    Set<String> countries = new HashSet<>();
    nearest.forEach(n -> countries.add(country(n)));
    return nearest.isEmpty() || countries.size() != 1 || countries.contains(null) ? Optional.empty() : Optional.of(nearest.get(0));
  }

  /**
   * The one country a one-word name points at, or null (none, several, only a sector noun, or a
   * name from a loaded dictionary: those match exactly, as PETRARCH matches them).
   */
  private String country(String key) {
    Set<String> countries = new HashSet<>();
    for (ActorEntry e : base.lexicon().get(key)) {
      if (e.priority() > ActorEntry.ORBIT) {
        return null;
      }
      if (e.kind() != ActorEntry.Kind.SECTOR) {
        countries.add(e.country());
      }
    }
    Place p = base.gazetteer().get(key);
    if (p != null) {
      countries.add(p.country());
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  private static String bucket(char first, int length) {
    return first + ":" + length;
  }
}
