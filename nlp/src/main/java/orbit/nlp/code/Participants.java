package orbit.nlp.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import orbit.core.event.Actor;
import orbit.nlp.resolve.ActorResolver.Resolution;
import orbit.nlp.resolve.ArticleActors;

/**
 * Finds who takes part in a predicate: the heads {@link Arguments} finds at its roles, each phrase (and
 * its conjuncts) resolved to actors, pronouns and "both countries" through the discourse.
 */
final class Participants {
  private static final Words WORDS = Words.STANDARD;
  static final List<String> DEFAULT_TARGETS = List.of(Ud.OBJ, Ud.IOBJ, "obl:against", "obl:with", "obl:to",
      "obl:on", "obl:toward", "obl:towards", "obl:for", "obl:over", "obl:between", "obj.nmod:poss", "obj.nmod",
      // deeper in the object: "halted exports to and imports from Israel", "restrictions on exports of … to Korea"
      "obj.nmod.nmod", "obj.nmod.nmod:to",
      // the object of a purpose clause: "used water cannon to clear protesters"
      "purpose.obj");

  private final ParseGraph g;
  private final Arguments args;
  private final ArticleActors actors;
  private final LocalDate date;
  private final Discourse discourse;
  private final int sentence;
  private final Scene.View scene;

  Participants(ParseGraph g, ArticleActors actors, LocalDate date, Discourse discourse, int sentence,
               Scene.View scene) {
    this.g = g;
    this.args = new Arguments(g);
    this.actors = actors;
    this.date = date;
    this.discourse = discourse;
    this.sentence = sentence;
    this.scene = scene;
  }

  Scene.View scene() {
    return scene;
  }

  boolean isPassive(int verb) {
    return args.isPassive(verb);
  }

  boolean isParticipleModifier(int verb) {
    return args.isParticipleModifier(verb);
  }

  int agent(int verb) {
    return args.agent(verb);
  }

  int role(int predicate, String role) {
    return args.role(predicate, role);
  }

  int exactChild(int i, String rel) {
    return args.exactChild(i, rel);
  }

  /**
   * The actors a phrase and its conjuncts name, in text order, without repeats. A conjunct that
   * names no country shares the one its siblings name ("the Venezuelan government and the opposition").
   */
  List<Resolution> actors(int head) {
    List<Resolution> found = new ArrayList<>(2);
    if (head < 0) {
      return found;
    }
    List<Integer> heads = g.withConjuncts(head);
    List<List<Resolution>> each = new ArrayList<>(heads.size());
    Set<String> named = new java.util.HashSet<>();
    for (int h : heads) {
      List<Resolution> rs = single(h);
      each.add(rs);
      rs.stream().filter(r -> !Scene.isScene(r)).forEach(r -> named.add(r.country()));
    }
    for (int k = 0; k < heads.size(); k++) {
      List<Resolution> rs = each.get(k);
      if (named.size() == 1 && heads.size() > 1 && (rs.isEmpty() || Scene.isScene(rs.get(0)))) {
        Phrase span = g.phrase(heads.get(k));
        Resolution shared = scene.actor(g, heads.get(k), span.first(), span.last(), named.iterator().next());
        rs = shared == null ? rs : List.of(shared);
      }
      for (Resolution r : rs) {
        if (found.stream().noneMatch(f -> f.code().equals(r.code()))) {
          found.add(r);
        }
      }
    }
    return found;
  }

  private List<Resolution> single(int h) {
    String word = g.token(h).word().toLowerCase(Locale.ROOT);
    if (WORDS.is(Words.Kind.PLURAL, word)) {
      // "China and India said they would send teams", "prosecutors said they had opened an investigation": the
      // subject of what they say they do or did is the speakers
      int clause = g.head(h);
      boolean stated = clause >= 0 && g.baseRelation(clause).equals(Ud.CCOMP);
      int speakers = stated ? exactChild(g.head(clause), Ud.NSUBJ) : -1;
      return speakers >= 0 ? actors(speakers) : List.of();
    }
    if (WORDS.is(Words.Kind.THING, word) && g.relation(h).equals(Ud.NSUBJ)) {
      // "the ministry announced that it would open corridors": a clause's "it" is the body that says it
      List<Resolution> speaker = bodySpeaking(g.head(h));
      if (!speaker.isEmpty()) {
        return speaker;
      }
    }
    if (g.token(h).pos().startsWith("PRP")) {
      Resolution r = WORDS.is(Words.Kind.PERSON, word) ? discourse.latest(sentence, h, true)
          : WORDS.is(Words.Kind.THING, word) ? discourse.latest(sentence, h, false) : null;
      return r == null ? List.of() : List.of(r);
    }
    int members = Groups.size(g, h);
    if (members > 0) {
      return discourse.latestGroup(sentence, g.phrase(h).first(), members, WORDS.is(Words.Kind.PERSONS, g.lemma(h)));
    }
    Phrase span = g.phrase(h);
    List<Resolution> found = new ArrayList<>(actors.resolve(g.tokens(), span.first(), span.last() + 1, date));
    found.removeIf(r -> !attached(r.first(), h));
    for (int of : found.isEmpty() && counts(g, h) ? g.modifiersWith(h, "of") : List.<Integer>of()) {
      return single(of); // "hundreds of troops"
    }
    for (String prep : found.isEmpty() ? WORDS.of(Words.Kind.BELONGING) : Set.<String>of()) {
      for (int m : g.modifiersWith(h, prep)) {
        int owners = Groups.size(g, m);
        if (owners > 0) { // "troops from the two countries": the two countries' troops
          return discourse.latestGroup(sentence, span.first(), owners, false).stream()
              .map(r -> Objects.requireNonNullElse(scene.actor(g, h, span.first(), span.last(), r.country()), r)).toList();
        }
      }
    }
    Resolution referred = found.isEmpty() ? referredTo(h) : null;
    if (referred != null) {
      return List.of(referred);
    }
    if (found.isEmpty()) {
      // "riot police", "protesters", "thousands": the country of the scene (Scene)
      Resolution r = scene.actor(g, h, span.first(), span.last(), null);
      return r == null ? found : List.of(r);
    }
    return found;
  }

  /** The actors of the subject of the verb a complement clause depends on, when that subject is no person. */
  private List<Resolution> bodySpeaking(int clause) {
    if (clause < 0 || !g.baseRelation(clause).equals(Ud.CCOMP) || g.head(clause) < 0) {
      return List.of();
    }
    int speaker = exactChild(g.head(clause), Ud.NSUBJ);
    boolean person = speaker >= 0 && ("PERSON".equals(g.token(speaker).ner()) || g.token(speaker).pos().startsWith("PRP"));
    return speaker < 0 || person ? List.of() : actors(speaker);
  }

  /**
   * "The kingdom", "the bloc", "the (rights) group", "the group's spokesman": the latest actor of that kind the
   * discourse named, else null; a noun that says more of itself ("the group of seven", "the Wagner group") names none.
   */
  private Resolution referredTo(int h) {
    int poss = g.child(h, Ud.NMOD_POSS);
    int noun = poss >= 0 ? poss : h;
    String lemma = g.lemma(noun);
    Predicate<Resolution> kind = WORDS.is(Words.Kind.REFERS_STATE, lemma)
        ? r -> Scene.isState(r.country()) && !scene.nonState(r)
        : WORDS.is(Words.Kind.REFERS_BODY, lemma) ? r -> Scene.isBody(r.country())
        : WORDS.is(Words.Kind.REFERS_GROUP, lemma) ? scene::nonState : null;
    boolean definite = g.children(noun).stream()
        .anyMatch(c -> WORDS.is(Words.Kind.DEFINITE, g.token(c).word().toLowerCase(Locale.ROOT)));
    boolean bare = g.children(noun).stream().allMatch(c -> Set.of(Ud.DET, Ud.CASE, Ud.AMOD).contains(g.baseRelation(c))
        || g.baseRelation(c).equals(Ud.COMPOUND) && !g.token(c).isProperNoun());
    return kind == null || !definite || !bare ? null
        : discourse.latest(sentence, h, m -> !m.person() && !m.place() && kind.test(m.actor()));
  }

  /**
   * A target on the source's own side: the same actor, or a state and one of its own organs ("Russia …
   * Russia", "Russia … the Russian government"). Domestic events, between two sectors of one country or a
   * state and its people, are events (docs/annotation.md §3: the opposition urges the government, police
   * disperse protesters, "Nicaragua freed 222 political prisoners").
   */
  boolean sameSide(Resolution source, Resolution target) {
    return source.code().equals(target.code()) || source.country().equals(target.country())
        && (isStateItself(source) && !scene.nonState(target) || isStateItself(target) && !scene.nonState(source));
  }

  private static boolean isStateItself(Resolution r) {
    return r.sector() == null || r.sector().isEmpty();
  }

  /**
   * The actors an act the phrase names was done by, when the phrase names none itself: "the incursion by Russian
   * drones", "bribes paid by Qatar", "an army drone strike". What an inquiry or a condemnation is aimed at.
   */
  List<Resolution> doers(int head) {
    List<Integer> agents = new ArrayList<>(g.modifiersWith(head, "by"));
    for (int acl : g.childrenWith(head, Ud.ACL)) {
      agents.addAll(g.token(acl).pos().equals("VBN") ? g.modifiersWith(acl, "by") : List.of());
    }
    if (g.token(head).isNoun()) {
      g.childrenWith(head, Ud.COMPOUND).stream().filter(c -> c < head).forEach(agents::add);
    }
    for (int a : agents) {
      List<Resolution> found = actors(a);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The source of the latest force event of {@code roots} in this sentence or the ones just before, or null. */
  Resolution recentForce(Set<String> roots, int at) {
    Actor a = discourse.actorOf(roots, sentence, null);
    return a == null ? null : Discourse.resolution(a, "discourse:agent", 0.5, at);
  }

  /**
   * Whether a head counts rather than names: a quantity ("hundreds" of troops) or a number heading a partitive ("13 of
   * its MiGs", "three of its citizens"); the lexicon's constraints and the actor look through it to its "of" phrase.
   */
  static boolean counts(ParseGraph g, int head) {
    return WORDS.is(Words.Kind.QUANTITY, g.lemma(head)) || g.token(head).pos().equals("CD");
  }

  /**
   * Whether a token belongs to the phrase headed by {@code head} as its actor: directly, or through
   * "of" ("the presidents of Azerbaijan"), not through another preposition ("a ceasefire from 9 a.m.
   * Moscow time", "refusal to recognise … in eastern Ukraine").
   */
  private boolean attached(int token, int head) {
    for (int node = token, steps = 0; node >= 0 && node != head && steps < g.size(); node = g.head(node), steps++) {
      String prep = g.preposition(node);
      if (!prep.isEmpty() && !WORDS.is(Words.Kind.POSSESSIVE, prep)) {
        return false;
      }
      if (g.baseRelation(node).equals(Ud.ACL)) {
        return false;
      }
    }
    return true;
  }

  /** Actors named by single modifiers inside a phrase: "Russian" in "all Russian-sponsored cultural events". */
  List<Resolution> modifierActors(int head) {
    List<Resolution> found = new ArrayList<>(1);
    Phrase span = g.phrase(head);
    for (int i = span.first(); i <= span.last(); i++) {
      String rel = g.baseRelation(i);
      if (i != head && (rel.equals(Ud.AMOD) || rel.equals(Ud.DEP) || rel.equals(Ud.COMPOUND))) {
        found.addAll(actors.resolve(g.tokens(), i, i + 1, date));
      }
    }
    return found;
  }

  Phrase span(int head) {
    return g.phrase(head);
  }
}
