package orbit.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import orbit.core.actors.ActorEntry;
import orbit.core.actors.Lexicon;
import orbit.core.doc.Token;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * One article's actors: the resolver, plus what the article's earlier mentions taught it. A name
 * first met with its country is that actor later on: "Kenyan President William Ruto" makes a later
 * "Ruto" KENGOV, "Egyptian Foreign Minister Badr Abdelatty" or the apposition "Badr Abdelatty,
 * Egypt's foreign minister" makes "Abdelatty" EGYGOV. A definite role noun alone ("the president")
 * is the first actor met with that noun. A link applies only where the resolver finds nothing, with
 * confidence 0.1 lower and an entry ending "(same article: FIRST MENTION)". Use the resolver's own
 * methods for places and sector nouns. One instance per article, read in order; not thread-safe.
 */
public final class ArticleActors {
  private static final Comparator<Resolution> IN_ORDER = Comparator.comparingInt(Resolution::first);

  private final ActorResolver resolver;
  private final PhraseMatcher matcher;
  /** name keys ("william ruto", "ruto") and role keys ("president") to the actors first met with them */
  private final Map<String, List<Resolution>> names = new HashMap<>();
  private final Map<String, List<Resolution>> roles = new HashMap<>();

  public ArticleActors(ActorResolver resolver) {
    this.resolver = resolver;
    this.matcher = new PhraseMatcher(resolver.base().lexicon());
  }

  /** As {@link ActorResolver#resolve}, learning from what it finds and linking what it does not. */
  public List<Resolution> resolve(List<Token> sentence, int from, int to, LocalDate date) {
    TokenView view = TokenView.of(sentence, from, to);
    List<Resolution> found = resolver.resolve(sentence, from, to, date);
    if (!found.isEmpty()) {
      learn(sentence, view, found);
      return found;
    }
    int name = trailingName(view, matcher.matches(view));
    // the name heads the phrase: "the measures against Sputnik Azerbaijan" are not the agency
    List<Resolution> linked = name < 0 || afterPreposition(view, name) ? null
        : names.get(view.key(name, view.size, false));
    // "the president", not "the authorities": one actor, the first met with that noun
    int noun = view.size > 0 && view.words[0].equals("the") ? 1
        : from > 0 && sentence.get(from - 1).word().equalsIgnoreCase("the") ? 0 : -1;
    if (linked == null && noun >= 0 && noun < view.size && !view.pos[view.size - 1].endsWith("S")) {
      linked = roles.get(view.key(noun, view.size, true));
    }
    return linked == null ? List.of() : linked(linked, sentence, from, to);
  }

  /** As {@link ActorResolver#anchors}, with the names learnt so far. */
  public boolean[] anchors(List<Token> sentence) {
    boolean[] anchor = resolver.anchors(sentence);
    TokenView view = TokenView.of(sentence, 0, sentence.size());
    for (int i = 0; i < view.size; i++) {
      for (int j = i + 1; j <= view.size && view.capital[j - 1]; j++) {
        if (names.containsKey(view.key(i, j, false))) {
          for (int k = view.index[i]; k <= view.index[j - 1]; k++) {
            anchor[k] = true;
          }
        }
      }
    }
    return anchor;
  }

  /**
   * As {@link ActorResolver#mentions}, in order, learning first the unknown names beside an actor
   * with a country and a role: right after it ("Moroccan Interior Minister" + "Karim Benlahcen") or
   * across a comma, an apposition ("Tomas Valdrik, Estonia's defence minister,").
   */
  public List<Resolution> mentions(List<Token> sentence, LocalDate date) {
    for (int[] run : runs(sentence, resolver.anchors(sentence), true)) {
      List<Resolution> found = resolver.resolve(sentence, run[0], run[1], date);
      // a title or role noun, not a bare country or capital ("According to Parviz Mullojanov, Russia's
      // focus …", "Azerbaijan's ambassador in Moscow, Rahman Mustafayev")
      if (found.size() == 1 && found.get(0).country() != null && namesRole(TokenView.of(sentence, run[0], run[1]))) {
        learnProperNouns(sentence, run[1], 1, found);
        if (run[0] >= 2 && sentence.get(run[0] - 1).word().equals(",") && closes(sentence, run[1])) {
          learnProperNouns(sentence, run[0] - 2, -1, found);
        }
        if (run[1] + 1 < sentence.size() && sentence.get(run[1]).word().equals(",")) {
          learnProperNouns(sentence, run[1] + 1, 1, found);
        }
      }
    }
    List<Resolution> out = new ArrayList<>();
    for (int[] run : runs(sentence, anchors(sentence), false)) {  // the resolver's own mentions, plus links
      out.addAll(resolve(sentence, run[0], run[1], date));
    }
    out.sort(IN_ORDER);
    return out;
  }

  private boolean namesRole(TokenView view) {
    return matcher.matches(view).stream().anyMatch(m -> m.entries().get(0).kind() == ActorEntry.Kind.SECTOR);
  }

  /** Whether an apposition ends at token {@code i}: a comma, the sentence's end or its last punctuation. */
  private static boolean closes(List<Token> sentence, int i) {
    return i >= sentence.size() || sentence.get(i).word().equals(",")
        || i == sentence.size() - 1 && !Character.isLetterOrDigit(sentence.get(i).word().charAt(0));
  }

  /** The proper nouns running from token {@code start} in direction {@code step}, learnt as a name of the actor. */
  private void learnProperNouns(List<Token> sentence, int start, int step, List<Resolution> actor) {
    int end = start;
    while (end >= 0 && end < sentence.size() && sentence.get(end).pos().startsWith("NNP")
        && Character.isUpperCase(sentence.get(end).word().charAt(0))) {
      end += step;
    }
    if (end != start) {
      learnName(sentence, TokenView.of(sentence, Math.min(start, end + 1), Math.max(start + 1, end)), 0, actor);
    }
  }

  /**
   * Maximal runs [start, end) of anchors; with {@code possessive}, a possessive between two joins
   * them ("Estonia 's defence minister").
   */
  private static List<int[]> runs(List<Token> sentence, boolean[] anchors, boolean possessive) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < anchors.length; i++) {
      if (anchors[i]) {
        int end = i;
        while (end < anchors.length && (anchors[end] || possessive && end + 1 < anchors.length && anchors[end + 1]
            && Lexicon.skipped(sentence.get(end).word()))) {
          end++;
        }
        runs.add(new int[] {i, end});
        i = end;
      }
    }
    return runs;
  }

  /** A phrase naming one actor with a country teaches its trailing name and its last role noun. */
  private void learn(List<Token> sentence, TokenView view, List<Resolution> found) {
    if (found.stream().anyMatch(r -> r.country() == null)) {
      return;
    }
    List<PhraseMatcher.Match> matches = matcher.matches(view);
    int name = trailingName(view, matches);
    if (name >= 0) {
      learnName(sentence, view, name, found);
    }
    for (int m = matches.size() - 1; m >= 0 && found.size() == 1; m--) {
      PhraseMatcher.Match match = matches.get(m);
      if (match.entries().get(0).kind() == ActorEntry.Kind.SECTOR) {  // "interior minister", and "minister"
        roles.putIfAbsent(view.key(match.start(), match.end(), true), found);
        roles.putIfAbsent(view.lemmas[match.end() - 1], found);
        break;
      }
    }
  }

  /**
   * A name from view position {@code start} to the end: the whole name and its last word, if not
   * taken; only a person's or organisation's name ("on Thursday" ends phrases too).
   */
  private void learnName(List<Token> sentence, TokenView view, int start, List<Resolution> actor) {
    for (int i = start; i < view.size; i++) {
      String ner = sentence.get(view.index[i]).ner();
      if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner)) {
        return;
      }
    }
    names.putIfAbsent(view.key(start, view.size, false), actor);
    String last = view.words[view.size - 1];
    if (view.size - start > 1 && last.length() >= 3 && resolver.base().lexicon().get(last).isEmpty()) {
      names.putIfAbsent(last, actor);
    }
  }

  /**
   * View positions [start, size) of the capitalised proper nouns that end the phrase after its last
   * country, demonym, body or sector noun ("William Ruto" of "Kenyan President William Ruto"); -1 when none.
   */
  private static int trailingName(TokenView view, List<PhraseMatcher.Match> matches) {
    int start = view.size;
    while (start > 0 && view.capital[start - 1] && view.pos[start - 1].startsWith("NNP")) {
      start--;
    }
    for (PhraseMatcher.Match m : matches) {
      if (m.end() > start && !m.entries().get(0).named()) {
        start = m.end();
      }
    }
    return start < view.size ? start : -1;
  }

  private static boolean afterPreposition(TokenView view, int name) {
    for (int i = 0; i < name; i++) {
      if (view.pos[i].equals("IN") || view.pos[i].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  private static List<Resolution> linked(List<Resolution> first, List<Token> sentence, int from, int to) {
    List<Resolution> out = new ArrayList<>(first.size());
    String text = ActorResolver.text(sentence, from, to);
    for (Resolution r : first) {
      out.add(new Resolution(text, r.code(), r.country(), r.sector(), r.entry() + " (same article: " + r.text() + ")",
          Math.round((r.confidence() - 0.1) * 100) / 100.0, from, to - 1));
    }
    return out;
  }
}
