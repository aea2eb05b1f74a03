package orbit.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Lexicon;

/**
 * Longest-match scan of a token view against the actor lexicon. Names (countries, people,
 * bodies, places) match only from a capitalised token; sector nouns match in any case, on the
 * word or, for the last token, on its lemma ("presidents" = "president").
 */
final class PhraseMatcher {
  /** One match: view positions [start, end) and the entries the phrase names. */
  record Match(int start, int end, List<ActorEntry> entries) {}

  private final Lexicon<ActorEntry> lexicon;

  PhraseMatcher(Lexicon<ActorEntry> lexicon) {
    this.lexicon = lexicon;
  }

  List<Match> matches(TokenView view) {
    List<Match> found = new ArrayList<>(4);
    int i = 0;
    while (i < view.size) {
      Match m = longestAt(view, i);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.end();
      }
    }
    return found;
  }

  private Match longestAt(TokenView view, int start) {
    int longest = Math.min(lexicon.maxTokens(), view.size - start);
    Match best = null;
    StringBuilder key = new StringBuilder();
    for (int len = 1; len <= longest; len++) {
      int end = start + len;
      int before = key.length();
      if (len > 1) {
        key.append(' ');
      }
      key.append(view.words[end - 1]);
      String words = key.toString();
      // a sector noun is a noun: "Israel pressed its assault" names no press
      boolean verb = view.pos[end - 1].startsWith("VB");
      // a name may start with a lower-case particle: "von der Leyen", "al-Qaeda"
      boolean named = view.capital[start] || len > 1 && view.capital[end - 1];
      List<ActorEntry> entries = usable(lexicon.get(words), named, verb);
      if (entries.isEmpty() && !verb && !view.lemmas[end - 1].equals(view.words[end - 1])) {
        String lemma = key.substring(0, before) + (len > 1 ? " " : "") + view.lemmas[end - 1];
        entries = sectorsOnly(lexicon.get(lemma));
      }
      if (!entries.isEmpty()) {
        best = new Match(start, end, entries);
      }
      if (!lexicon.continues(words)) {
        break;
      }
    }
    return best;
  }

  /** Lower-case words name only sectors; a word tagged as a verb names no sector. */
  private static List<ActorEntry> usable(List<ActorEntry> entries, boolean capital, boolean verb) {
    if (entries.isEmpty()) {
      return entries;
    }
    if (verb) {
      return capital ? kinds(entries, false) : List.of();
    }
    return capital ? entries : sectorsOnly(entries);
  }

  private static List<ActorEntry> sectorsOnly(List<ActorEntry> entries) {
    return kinds(entries, true);
  }

  /** The sector entries of a match, or ({@code sectors} false) its other entries. */
  private static List<ActorEntry> kinds(List<ActorEntry> entries, boolean sectors) {
    List<ActorEntry> kept = null;
    for (ActorEntry e : entries) {
      if ((e.kind() == ActorEntry.Kind.SECTOR) == sectors) {
        if (kept == null) {
          kept = new ArrayList<>(1);
        }
        kept.add(e);
      }
    }
    return kept == null ? List.of() : kept;
  }
}
