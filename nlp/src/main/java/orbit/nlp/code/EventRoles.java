package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.ActorResolver.Resolution;

/** Who plays which part in a trigger's event: the source phrase and the target found by role. */
final class EventRoles {
  /** Roles that name a partner of the event rather than a circumstance. */
  private static final Set<String> PARTNER_ROLES = Set.of(Ud.OBJ, Ud.IOBJ, "obl:with", "obl:against", "obl:to",
      "nmod:with", "nmod:against", "nmod:to", "nmod:between");
  private static final List<String> NOUN_TARGETS = List.of("nmod:against", "nmod:with", "nmod:on", "nmod:to",
      "nmod:toward", "nmod:of", "nmod:between", "nmod:over", "nmod:into");
  /** A target on the light verb that carries a noun event ("issued an apology to X"). */
  private static final String PREDICATE = "pred.";
  /** Roles tried after the usual ones for an act aimed at something (roots.tsv aimed). */
  private static final List<String> AIMED_NOUN_TARGETS = List.of("nmod:at", PREDICATE + "obl:at");
  private static final List<String> AIMED_TARGETS = Stream.concat(Participants.DEFAULT_TARGETS.stream(),
      Stream.of("obl:at", "obl:into")).toList();
  /** The subject of a request's complement clause, tried after the usual targets. */
  private static final String REQUESTED = "asked.nsubj";
  /** The role of a target a PETRARCH pattern marks with '+'. */
  private static final String MARKED = "marked";

  /**
   * Where a trigger names its source: the phrase with head {@code head}, the trigger noun's own modifiers
   * ("Russian strikes", {@link Where#TRIGGER}), or nowhere; {@code head} is -1 unless it is a phrase.
   */
  record Source(Where where, int head) {
    enum Where { PHRASE, TRIGGER, NONE }

    static final Source ON_TRIGGER = new Source(Where.TRIGGER, -1);
    static final Source NONE = new Source(Where.NONE, -1);

    static Source phrase(int head) {
      return new Source(Where.PHRASE, head);
    }
  }

  /** The target found: its head (-1 when none), the role it was found at (null when none) and its actors. */
  record Target(int head, String role, List<Resolution> actors) {
    /** No target found. */
    static final Target NONE = new Target(-1, null, List.of());
  }

  private final ActorResolver actors;

  EventRoles(ActorResolver actors) {
    this.actors = actors;
  }

  /** The first role of the trigger whose phrase names actors other than the sources (or says "each other"). */
  Target target(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources, int sourceHead,
                Phrase sourceSpan) {
    LexiconEntry p = trigger.pattern();
    if (trigger.target() >= 0 && trigger.target() != sourceHead) {
      List<Resolution> found = new ArrayList<>(who.actors(trigger.target()));
      found.removeIf(t -> sources.stream().anyMatch(s -> s.code().equals(t.code())));
      if (!found.isEmpty()) {
        return new Target(trigger.target(), MARKED, found);
      }
    }
    // a domestic statement or cooperation has its target as a partner (the one urged, met) named by the
    // phrase itself, not what it is about ("discussed the crash of an Azerbaijani airliner")
    boolean cooperative = RootPolicies.STANDARD.of(p.root()).partner();
    for (String role : targetRoles(trigger)) {
      boolean modifier = role.endsWith(".amod");
      boolean onPredicate = role.startsWith(PREDICATE);
      String path = role.substring(onPredicate ? PREDICATE.length() : 0,
          role.length() - (modifier ? ".amod".length() : 0));
      int anchor = onPredicate || p.target() != null || trigger.noun() < 0 ? trigger.predicate() : trigger.noun();
      if (path.equals(Ud.OBJ) && trigger.noun() < 0 && Words.STANDARD.is(Words.Kind.SENDING, g.lemma(anchor))) {
        continue; // "offered to send 1,000 officers to Haiti": what is sent is the sender's, not its target
      }
      int head = who.role(anchor, path);
      if (head >= 0 && head != sourceHead && (head < sourceSpan.first() || head > sourceSpan.last())) {
        List<Resolution> found = new ArrayList<>(modifier ? who.modifierActors(head) : who.actors(head));
        found.addAll(found.isEmpty() && !cooperative && !modifier ? who.doers(head) : List.of());
        // the object only ("on state television" is no counterpart), and not for several sources: "Armenia and
        // Azerbaijan exchanged prisoners" are each other's
        Resolution counterpart = found.isEmpty() && role.equals(Ud.OBJ) && sources.size() == 1
            ? who.scene().counterpart(g, head, sources.get(0), p.code()) : null;
        found.addAll(counterpart == null ? List.of() : List.of(counterpart));
        List<Integer> heads = g.withConjuncts(head);
        // the role the lexicon row names is its partner's ("called on Hezbollah": target=obl:on)
        boolean partner = isPartner(role) || role.equals(p.target());
        found.removeIf(t -> sources.stream().anyMatch(s -> who.sameSide(s, t)
            || cooperative && s.country().equals(t.country())
                && (!partner || heads.stream().noneMatch(h -> namesHead(g, h, t)))));
        if (!found.isEmpty() || Groups.isReciprocal(g, head)) {
          return new Target(head, role, found);
        }
      }
    }
    return p.roles().unnamedTarget(g, who, trigger.predicate(), sources, sourceSpan);
  }

  /**
   * Whether an actor is the phrase of head {@code h} itself, not what it is about: "President Petro's government",
   * "the Azerbaijani airliner", but not "the crash of an Azerbaijani airliner" (an nmod of the head).
   */
  private static boolean namesHead(ParseGraph g, int h, Resolution t) {
    if (t.first() <= h && h <= t.last()) {
      return true;
    }
    if (!g.phrase(h).contains(t.first())) {
      return false;
    }
    for (int c : g.children(h)) {
      String rel = g.relation(c);
      if ((rel.startsWith(Ud.NMOD) && !rel.equals(Ud.NMOD_POSS) || rel.startsWith(Ud.ACL)) && g.subtree(c).contains(t.first())) {
        return false;
      }
    }
    return true;
  }

  /** The parts of a passive read as PETRARCH reads it: source phrase and actors, target phrase and actors. */
  record Passive(int sourceHead, List<Resolution> sources, int targetHead, List<Resolution> targets) {
    /** Each source with each target. */
    List<Pair> pairs() {
      List<Pair> pairs = new ArrayList<>();
      for (Resolution s : sources) {
        for (Resolution t : targets) {
          pairs.add(new Pair(s, t));
        }
      }
      return pairs;
    }
  }

  /** Whether a role names a partner of the event ("with X", the object) rather than a circumstance ("in X"). */
  static boolean isPartner(String role) {
    return role != null && PARTNER_ROLES.contains(role.replace(PREDICATE, ""));
  }

  /** Whether the target is what the object goes to: "pledged assistance to Afghanistan" (nmod "to" of the object). */
  static boolean isRecipient(ParseGraph g, Target target) {
    return "obj.nmod".equals(target.role()) && target.head() >= 0 && g.preposition(target.head()).equals("to");
  }

  /**
   * The source of an act the text gives no agent: an agentless passive ("more than 200 people had
   * been detained", "six fishermen detained in Benghazi") or a bare event noun ("the violent dispersal
   * of protesters") of a code scene.tsv names an agent for was done by that actor of the scene's
   * country (its police, its judiciary); with no scene, by a side left unknown ({@link Scene#UNKNOWN}).
   * Null when the trigger has an agent or its code no such row.
   */
  static Resolution unstatedAgent(ParseGraph g, Participants who, Trigger trigger, Source source, Scene.View scene,
                                  SceneRules rules) {
    LexiconEntry p = trigger.pattern();
    String sector = !p.roles().sceneAgents() || p.code() == null ? null : rules.agent(p.code());
    if (sector == null) {
      return null;
    }
    int predicate = trigger.predicate();
    boolean bareNoun = trigger.noun() >= 0 && trigger.noun() == predicate && source.where() == Source.Where.TRIGGER;
    boolean modifier = who.isParticipleModifier(predicate);
    boolean passive = trigger.noun() < 0 && source.where() == Source.Where.NONE
        && (who.isPassive(predicate) || modifier);
    // "a protest note" is no protest; "condemned the arrest of …" may be someone else's arrest
    String relation = g.baseRelation(predicate);
    boolean modifierOrObject = bareNoun && (relation.equals(Ud.COMPOUND) || relation.equals(Ud.OBJ));
    if (!bareNoun && !passive || modifierOrObject) {
      return null;
    }
    // "the killing of X" mostly refers back to an act whose agent the text tells elsewhere; "four soldiers were
    // killed" after "Azerbaijani forces shelled …" were killed by them
    if (sector.equals(SceneRules.UNKNOWN_AGENT)) {
      Resolution recent = passive && !modifier ? who.recentForce(rules.placed(), trigger.token()) : null;
      return recent != null ? recent : passive && !modifier ? Scene.UNKNOWN : null;
    }
    int patient = passive ? who.role(predicate, Ud.OBJ) : who.role(predicate, "nmod:of");
    if (sector.equals(SceneRules.OWN_AGENT)) {
      // forces put on alert by their own state: the forces act, at home ("police in Abuja were placed on alert")
      List<Resolution> own = passive && !modifier && patient >= 0 ? who.actors(patient) : List.of();
      return own.isEmpty() ? null : own.get(0);
    }
    Resolution agent = scene.agent(sector, trigger.token(), patient >= 0 ? who.span(patient) : Phrase.EMPTY);
    // a participle modifier is often background ("a businessman convicted in absentia"): only with a scene
    return agent != null ? agent : modifier ? null : Scene.UNKNOWN;
  }

  /** Where the trigger names its source: a phrase, the trigger noun itself (an amod demonym), or nowhere. */
  static Source source(ParseGraph g, Participants who, Trigger trigger) {
    if (trigger.source() >= 0) {
      return Source.phrase(trigger.source());
    }
    if (trigger.pattern().source() != null) {
      int head = who.role(trigger.predicate(), trigger.pattern().source());
      return head >= 0 ? Source.phrase(head) : Source.NONE;
    }
    int noun = trigger.noun();
    if (noun >= 0) {
      int poss = g.child(noun, Ud.NMOD_POSS);
      // "launched their joint exercises": a plural possessive of an event its verb carries is that verb's agent
      // (the singular ones refer back through the discourse)
      int carrier = trigger.predicate() != noun && poss >= 0 && Words.STANDARD.is(Words.Kind.PLURAL_POSSESSIVE,
          g.token(poss).word().toLowerCase(java.util.Locale.ROOT)) ? who.agent(trigger.predicate()) : -1;
      if (carrier >= 0) {
        return Source.phrase(carrier);
      }
      if (poss >= 0 && !g.isTime(poss)) { // "this month's strike" names when, not who
        return Source.phrase(poss);
      }
      List<Integer> by = g.modifiersWith(noun, "by");
      if (!by.isEmpty()) {
        return Source.phrase(by.get(0));
      }
      if (trigger.predicate() == noun) {
        return Source.ON_TRIGGER;
      }
    }
    int agent = who.agent(trigger.predicate());
    return agent >= 0 ? Source.phrase(agent) : Source.NONE;
  }

  /** The actors the source names; none where it is nowhere. */
  List<Resolution> sourceActors(ParseGraph g, Participants who, Trigger trigger, Source source) {
    List<Resolution> found = new ArrayList<>();
    if (source.where() == Source.Where.PHRASE) {
      found.addAll(who.actors(source.head()));
    } else if (source.where() == Source.Where.TRIGGER) {
      for (int c : g.children(trigger.noun())) {
        String rel = g.baseRelation(c);
        if (rel.equals(Ud.AMOD) || rel.equals(Ud.COMPOUND)) {
          found.addAll(actors.resolve(g.tokens(), c, c + 1, null));
        }
      }
    }
    if (found.isEmpty() && trigger.pattern().reciprocal() && trigger.noun() >= 0) {
      // "(held) talks between Armenia and Azerbaijan": the parties it is between are its sides
      for (String prep : Words.STANDARD.of(Words.Kind.SIDES)) {
        for (int between : g.modifiersWith(trigger.noun(), prep)) {
          found.addAll(who.actors(between));
        }
      }
    }
    if (found.isEmpty() && source.where() == Source.Where.TRIGGER && (trigger.pattern().reciprocal()
        || RootPolicies.STANDARD.of(trigger.pattern().codedAs()).destination())) {
      // "agreed to a ceasefire after talks in Putrajaya", "announced during a visit to Kyiv": the clause's agent
      int verb = g.head(trigger.noun());
      boolean circumstance = verb >= 0 && g.token(verb).isVerb() && g.baseRelation(trigger.noun()).equals(Ud.OBL)
          && Words.STANDARD.is(Words.Kind.CIRCUMSTANCE, g.preposition(trigger.noun()));
      found.addAll(circumstance ? who.actors(who.agent(verb)) : List.of());
    }
    return found;
  }

  private static List<String> targetRoles(Trigger trigger) {
    if (trigger.pattern().target() != null) {
      return List.of(trigger.pattern().target());
    }
    boolean aimed = RootPolicies.STANDARD.of(trigger.pattern().root()).aimed();
    if (trigger.noun() >= 0) {
      List<String> roles = new ArrayList<>(NOUN_TARGETS);
      if (trigger.predicate() != trigger.noun()) {
        roles.addAll(List.of(PREDICATE + "iobj", PREDICATE + "obl:to", PREDICATE + "obl:with",
            PREDICATE + "obl:against", PREDICATE + "obl:on", PREDICATE + "obl:into"));
      }
      roles.addAll(aimed ? AIMED_NOUN_TARGETS : List.of());
      return roles;
    }
    if (RootPolicies.STANDARD.of(trigger.pattern().root()).request()) {
      // "demanded on Sunday that Israel lift its ban": the one asked to act is the subject of what is asked
      return Stream.concat(Participants.DEFAULT_TARGETS.stream(), Stream.of(REQUESTED)).toList();
    }
    return aimed ? AIMED_TARGETS : Participants.DEFAULT_TARGETS;
  }
}
