package orbit.nlp.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import orbit.core.actors.ActorEntry;
import orbit.core.doc.Token;
import orbit.core.event.Location;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Where a paragraph's events take place, for the actors the text names without a country ("riot
 * police", "protesters", "thousands", "the court"; docs/annotation.md §3): the place named in the
 * sentence nearest to the phrase ("in Belgrade"), else the paragraph's scene so far (its last place,
 * or the one country its first sentences were about), else the one country the sentence's actors
 * belong to. A paragraph that names several countries and no place has no scene: no guess across
 * countries. One per article, fed sentence by sentence.
 */
final class Scene {
  /** Prepositions that introduce the place of what a clause tells. */
  /** Bodies are not scenes: only a state's actors live in one. */
  private static final Set<String> BODIES = Set.of("EUR", "NGO", "IGO");
  /** The entry of a scene actor, and of one whose scene is a place named in the sentence. */
  private static final String ENTRY = "scene";
  private static final String PLACED = "scene:place";

  /** A side the text leaves unknown (an agentless passive with no scene): null in the event. */
  static final Resolution UNKNOWN = new Resolution("", "", "", null, "unknown", 0.3, -1, -1);

  /** A place the sentence names: the token where its phrase starts, and its country. */
  record Place(int position, String country) {}

  private final ActorResolver actors;
  private final SceneRules rules;
  private String paragraph;

  Scene(ActorResolver actors, SceneRules rules) {
    this.actors = actors;
    this.rules = rules;
  }

  SceneRules rules() {
    return rules;
  }

  /**
   * The scene of the next sentence, from the places its parse reads (none when {@code g} is null:
   * the sentence is not parsed) and in its mentions, and the countries its other mentions belong to.
   */
  View next(List<Token> tokens, ParseGraph g, List<Discourse.Mention> mentions, boolean newParagraph) {
    if (newParagraph) {
      paragraph = null;
    }
    List<Place> places = new ArrayList<>(g == null ? List.of() : places(g));
    List<Place> named = new ArrayList<>();
    Set<String> about = new LinkedHashSet<>();
    for (Discourse.Mention m : mentions) {
      String country = m.actor().country();
      if (!isState(country)) {
        continue;
      }
      if (m.place()) {
        if (g == null || !postOfForeignActor(g, m.position(), country)) {
          places.add(new Place(m.position(), country));
        }
      } else {
        named.add(new Place(m.position(), country));
        about.add(country);
      }
    }
    places.sort(java.util.Comparator.comparingInt(Place::position));
    // a sentence that names no place stays in the paragraph's scene: its one country may be a counterpart
    // ("President Diaz-Canel blamed the unrest on the US embargo")
    String before = paragraph;
    String own = before != null ? before : about.size() == 1 ? about.iterator().next() : null;
    paragraph = !places.isEmpty() ? places.get(places.size() - 1).country() : own;
    return new View(tokens, List.copyOf(places), List.copyOf(named), before, own);
  }

  /** "in Belgrade", "outside parliament in Tbilisi", "across France": each locative phrase the gazetteer reads. */
  private List<Place> places(ParseGraph g) {
    List<Place> found = new ArrayList<>(2);
    for (int i = 0; i < g.size(); i++) {
      if (!Words.STANDARD.is(Words.Kind.SCENE_MARKER, g.preposition(i))) {
        continue;
      }
      Phrase span = g.phrase(i);
      int end = i;
      while (end < span.last() && !g.token(end + 1).isVerb()) {
        end++; // the place, not a clause inside its phrase ("in the case since Beijing imposed the law")
      }
      Location where = actors.place(g.tokens(), span.first(), end + 1).orElse(null);
      if (where != null && where.country() != null && !postOfForeignActor(g, i, where.country())) {
        found.add(new Place(span.first(), where.country()));
      }
    }
    return found;
  }

  /** Whether an actor's country is a state, not a body (the EU, an IGO, a transnational NGO) or a side left unknown. */
  static boolean isState(String country) {
    return country != null && country.length() == 3 && !BODIES.contains(country);
  }

  /** Whether an actor's country code is an international body's: an IGO or the EU. */
  static boolean isBody(String country) {
    return country.startsWith("IGO") || country.equals("EUR");
  }

  /** "The US commander in Iraq": a place modifying an actor of another country is where it serves, not the scene. */
  private boolean postOfForeignActor(ParseGraph g, int place, String country) {
    int noun = g.head(place);
    String preposition = g.preposition(place);
    if (noun < 0 || !g.baseRelation(place).equals(Ud.NMOD) || !Words.STANDARD.is(Words.Kind.EVENT_PLACE, preposition)) {
      return false;
    }
    Phrase span = g.phrase(noun);
    return actors.resolve(g.tokens(), span.first(), place, null).stream().anyMatch(r -> !country.equals(r.country()));
  }

  /** Whether a resolution is a scene actor, and whether its scene is a place the sentence names. */
  static boolean isScene(Resolution r) {
    return r != null && r.entry().startsWith(ENTRY);
  }

  static boolean isPlaced(Resolution r) {
    return r != null && r.entry().equals(PLACED);
  }

  /** One sentence's scene. */
  final class View {
    private final List<Token> tokens;
    private final List<Place> places;
    private final List<Place> named;
    private final String before;
    private final String own;

    private View(List<Token> tokens, List<Place> places, List<Place> named, String before, String own) {
      this.tokens = tokens;
      this.places = places;
      this.named = named;
      this.before = before;
      this.own = own;
    }

    /** Whether an actor type is one of a state's own organs (scene.tsv 'organ'). */
    boolean isOrgan(String sector) {
      return rules.organs().contains(sector);
    }

    /** An actor that is neither a state nor one of its organs: a militia, a party, an NGO, a company. */
    boolean nonState(Resolution r) {
      return !isState(r.country()) && !isBody(r.country())
          || r.sector() != null && !r.sector().isEmpty() && !isOrgan(r.sector());
    }

    /**
     * The phrase of {@code head}, which names no country, as the actor of {@code source}'s country on the other
     * side of the state (scene.tsv 'counterpart'): "Kenya's opposition accused the government", "Georgian police
     * detained protesters"; null when it is no such actor, a word before its head names anyone ("Kurdish
     * militias"), or the act of {@code code} is done to foreigners.
     */
    Resolution counterpart(ParseGraph g, int head, Resolution source, String code) {
      Phrase span = g.phrase(head);
      if (!isState(source.country()) || code != null && rules.foreign().contains(code)
          || IntStream.range(span.first(), head).anyMatch(i -> Character.isUpperCase(word(i).charAt(0)))) {
        return null;
      }
      Resolution r = actor(g, head, span.first(), span.last(), source.country());
      boolean facing = r != null && r.sector() != null && source.sector() != null
          && (isOrgan(r.sector()) ? rules.counterparts().contains(source.sector())
              : rules.counterparts().contains(r.sector()) && isOrgan(source.sector()));
      return facing && r.first() <= head && head <= r.last() ? r : null;
    }

    /** The place nearest to {@code position}, else the country of {@code fallback} (position -1); null when none. */
    private Place at(int position, String fallback) {
      Place best = null;
      for (Place p : places) {
        if (best == null || Math.abs(p.position() - position) < Math.abs(best.position() - position)) {
          best = p;
        }
      }
      return best != null ? best : fallback == null ? null : new Place(-1, fallback);
    }

    /**
     * The scene's actor of a sector, for an act at {@code position} the text gives no agent ("were
     * detained": the police), null when no scene. The country of the people it was done to is no scene:
     * "two Russian journalists were detained" may have been detained anywhere, so the words
     * [{@code first}, {@code last}] do not count as the sentence's country.
     */
    Resolution agent(String sector, int position, Phrase patient) {
      String country = before;
      if (country == null) {
        Set<String> others = new LinkedHashSet<>();
        named.stream().filter(p -> !patient.contains(p.position())).forEach(p -> others.add(p.country()));
        country = others.size() == 1 ? others.iterator().next() : null;
      }
      Place where = at(position, country);
      return where == null ? null : resolution(tokens.get(position).word(), where, sector, position, position);
    }

    /**
     * The actor a phrase [first, last] that names none belongs to: its sector noun, or people for a
     * bare quantity headed by {@code head} ("thousands"), in {@code country}, or when null in the
     * scene's; null when neither.
     */
    Resolution actor(ParseGraph g, int head, int first, int last, String country) {
      ActorResolver.Unnamed noun = actors.unnamedSector(tokens, first, last + 1).orElse(null);
      String sector;
      if (noun != null) {
        // a noun modifying a common noun is no actor ("a police compound"); a title before a name is
        // ("President Kais Saied"), and so are owners and "of" phrases ("the government's decision")
        String relation = g.relation(noun.last());
        boolean heads = noun.first() <= head && head <= noun.last() || g.token(head).pos().startsWith("NNP")
            || !(relation.equals(Ud.COMPOUND) || relation.equals(Ud.AMOD));
        ActorEntry e = noun.entry();
        sector = e.sector() == null || e.sector().isEmpty() ? null : e.sector();
        // a country-level noun is one country ("the country"), not a class of them ("Muslim nations")
        boolean plural = sector == null && g.token(noun.last()).pos().endsWith("S");
        if (!heads || plural || !rules.takesScene(e.sector(), e.phrase())) {
          return null;
        }
      } else if (rules.crowds().contains(g.lemma(head).toLowerCase(Locale.ROOT)) && g.modifiersWith(head, "of").isEmpty()) {
        sector = "CVL";
      } else {
        return null;
      }
      Place where = country != null ? new Place(-1, country) : at(first, own);
      return where == null ? null : resolution(text(first, last), where, sector, first, last);
    }

    private Resolution resolution(String text, Place where, String sector, int first, int last) {
      String code = sector == null ? where.country() : where.country() + sector;
      return new Resolution(text, code, where.country(), sector, where.position() >= 0 ? PLACED : ENTRY, 0.5,
          first, last);
    }

    private String word(int i) {
      return tokens.get(i).word();
    }

    private String text(int first, int last) {
      StringBuilder out = new StringBuilder();
      for (int i = first; i <= last; i++) {
        if (i > first && tokens.get(i).begin() > tokens.get(i - 1).end()) {
          out.append(' ');
        }
        out.append(tokens.get(i).word());
      }
      return out.toString();
    }
  }
}
