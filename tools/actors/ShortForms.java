import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Lexicon;

/**
 * The short name news gives a Phoenix person of three or more names, added as an alias: the first
 * and last word ("William Samoei Ruto" -> "William Ruto"), only when no other person of any table
 * has that pair and neither word is in the lexicon ("Sudan People's Liberation Army" would give
 * "Sudan Army", and "Sudan's army" would become South Sudan's). Surnames alone are not added: for
 * 4,800 Phoenix heads they coded wrong actors in the bank's dev split (F1 0.398 -> 0.389 with both);
 * a later "Ruto" comes from the article's own first mention instead (ArticleActors).
 */
final class ShortForms {
  private final ActorBase base;
  private final Set<String> curated;
  /** first-last pairs (keys) to how many people bear them */
  private final Map<String, Integer> bearers = new HashMap<>();

  ShortForms(ActorBase base, Map<String, MakeActorTables.Block> people, Set<String> curated) {
    this.base = base;
    this.curated = curated;
    Map<String, Set<String>> curatedPeople = new HashMap<>();
    for (ActorEntry e : base.entries()) {
      if (e.priority() == ActorEntry.ORBIT && e.kind() == ActorEntry.Kind.PERSON) {
        curatedPeople.computeIfAbsent(e.name(), k -> new HashSet<>()).add(e.phrase());
      }
    }
    curatedPeople.values().forEach(this::count);
    people.values().forEach(b -> count(b.phrases));
  }

  /** One person's first-last pairs, each once however many spellings share it. */
  private void count(Set<String> phrases) {
    Set<String> pairs = new HashSet<>();
    for (String phrase : phrases) {
      String[] w = Lexicon.key(phrase).split(" ");
      if (w.length > 1) {
        pairs.add(w[0] + " " + w[w.length - 1]);
      }
    }
    pairs.forEach(k -> bearers.merge(k, 1, Integer::sum));
  }

  /** The short form of a person's written name ("William Samoei Ruto"), if it has a safe one. */
  Optional<String> of(String name) {
    String[] words = name.split(" ");
    if (words.length < 3
        || List.of(words).stream().anyMatch(w -> MakeActorTables.SMALL.contains(w.toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    String pair = words[0] + " " + words[words.length - 1];
    String key = Lexicon.key(pair);
    // a word the lexicon knows makes a dated body, not a person ("Sudan People's Liberation Army" -> "Sudan Army")
    boolean plain = List.of(key.split(" ")).stream().allMatch(w -> base.lexicon().get(w).isEmpty());
    return plain && bearers.getOrDefault(key, 0) == 1 && !curated.contains(key) ? Optional.of(pair) : Optional.empty();
  }
}
