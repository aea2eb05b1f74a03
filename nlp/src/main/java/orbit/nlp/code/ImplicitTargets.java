package orbit.nlp.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import orbit.core.event.Actor;
import orbit.core.event.Location;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Targets the text leaves unnamed, for Orbit's own lexicon: the counterpart the discourse gives
 * ("voiced concern", "denied"), both parties of an accord ("Russia welcomed the deal"), the
 * country where the event takes place ("protested in Beijing"), the protesters' own government, or the
 * source's own country (a government that lifts a curfew or resigns yields to its own people).
 */
final class ImplicitTargets {
  /** The CAMEO actor type of a government. */
  private static final String GOVERNMENT = "GOV";

  private final EventPlaces places;
  private final SceneRules rules;
  private final EventLexicon lexicon;

  ImplicitTargets(EventPlaces places, SceneRules rules, EventLexicon lexicon) {
    this.places = places;
    this.rules = rules;
    this.lexicon = lexicon;
  }

  /**
   * The pairs of the first source of an unnamed target (roots.tsv implicit, in the row's order) that gives any;
   * the discourse is asked only when {@code discourse} (the text names no target at all), the own country not when
   * {@code unowned}.
   */
  List<Pair> infer(Coding at, Trigger trigger, List<Resolution> sources, Phrase sourceSpan, int sourceHead,
                   boolean unowned, boolean discourse) {
    ParseGraph g = at.g();
    Participants who = at.who();
    for (RootPolicies.Implicit mode : RootPolicies.STANDARD.of(trigger.pattern().codedAs()).implicit()) {
      List<Pair> pairs = switch (mode) {
        case DISCOURSE, PARTIES -> discourse
            ? fromDiscourse(g, who, at.discourse(), at.sentence().index(), trigger, sources, sourceSpan) : List.of();
        case ACCUSER -> discourse ? fromAccuser(g, who, trigger, sources) : List.of();
        case OBJECT -> atObject(g, who, trigger, sources);
        case PLACE, SITE -> atPlace(g, who, trigger, sources, sourceHead, mode == RootPolicies.Implicit.SITE);
        case GOVERNMENT -> atGovernment(g, who, trigger, sources);
        case OWN -> unowned ? List.of() : atHome(g, who, trigger, sources);
      };
      if (!pairs.isEmpty()) {
        return pairs;
      }
    }
    return List.of();
  }

  /**
   * Source–target pairs with the one a denial answers: the subject of the clause it follows ("Iran denied …, after
   * Kyiv said …", words.tsv answer-marker), when of another country.
   */
  private static List<Pair> fromAccuser(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources) {
    List<Pair> pairs = new ArrayList<>();
    // the parser attaches "after …" to the denial or anywhere in what it denies, at times as a noun's clause (acl)
    for (int clause = 0; clause < g.size(); clause++) {
      String rel = g.relation(clause);
      if (!(rel.equals(Ud.ADVCL) || rel.equals(Ud.ACL)) || !g.dominates(trigger.predicate(), clause)) {
        continue;
      }
      boolean answers = g.childrenWith(clause, Ud.MARK).stream()
          .anyMatch(m -> Words.STANDARD.is(Words.Kind.ANSWER_MARKER, g.lemma(m)));
      int subject = answers ? g.child(clause, Ud.NSUBJ) : -1;
      List<Resolution> accusers = who.actors(subject);
      for (Resolution s : sources) {
        accusers.stream().filter(t -> !t.country().equals(s.country())).forEach(t -> pairs.add(new Pair(s, t)));
      }
    }
    return pairs;
  }

  /** Source–target pairs from the discourse; none for "the parties" the discourse could not resolve. */
  List<Pair> fromDiscourse(ParseGraph g, Participants who, Discourse discourse, int sentence, Trigger trigger,
                                   List<Resolution> sources, Phrase sourceSpan) {
    int object = g.child(trigger.predicate(), Ud.OBJ);
    List<Pair> pairs = new ArrayList<>();
    boolean counterpart = implicit(trigger, RootPolicies.Implicit.DISCOURSE);
    if (!counterpart && !implicit(trigger, RootPolicies.Implicit.PARTIES) || object >= 0 && Groups.isPair(g, object)) {
      return pairs;
    }
    int act = actReferredTo(g, trigger.predicate(), object);
    // a third party's accord ("a ceasefire brokered by Qatar") names its parties before it, in the same sentence
    List<Resolution> parties = act < 0 || !Words.STANDARD.is(Words.Kind.ACCORD, g.lemma(act)) ? List.of()
        : counterpart ? discourse.latestPair(sentence, sourceSpan.first(), false) : discourse.pairBefore(sentence, sourceSpan.first());
    Set<String> roots = act >= 0 && g.token(act).isNoun() ? eventRoots(g.lemma(act)) : Set.of();
    Set<String> side = new HashSet<>();
    sources.forEach(s -> side.add(s.country()));
    for (Resolution s : sources) {
      List<Resolution> others = parties.stream().filter(t -> !t.country().equals(s.country())).toList();
      Actor actor = others.size() < 2 && !roots.isEmpty() ? discourse.actorOf(roots, sentence, s.country()) : null;
      if (actor != null) {
        others = List.of(Discourse.resolution(actor, "event:" + g.lemma(act), 0.6, act));
      } else if (others.size() < 2 && counterpart) {
        Resolution t = discourse.counterpart(sentence, trigger.token(), side, sourceSpan);
        others = t == null ? List.of() : List.of(t);
      }
      // a co-source shares the act, it is not its target ("talks brokered by Saudi Arabia and the United States")
      others.stream().filter(o -> !side.contains(o.country())).forEach(o -> pairs.add(new Pair(s, o)));
    }
    return pairs;
  }

  /**
   * What the predicate says something of: its object ("condemned the attack"), its passive subject ("the verdict was
   * denounced by Estonia"), the subject of its secondary predicate ("called the attack a provocation") or the noun its
   * relative or participle clause modifies ("an attack Qatar condemned", "a deal brokered by China"); -1 when none.
   */
  private static int actReferredTo(ParseGraph g, int predicate, int object) {
    int said = g.child(predicate, Ud.XCOMP);
    int of = said >= 0 ? g.child(said, Ud.NSUBJ) : -1;
    int patient = g.child(predicate, Ud.NSUBJ_PASS);
    // "the verdict": one act just reported; "such meetings" are not
    patient = patient >= 0 && g.childrenWith(patient, Ud.DET).stream()
        .anyMatch(d -> Words.STANDARD.is(Words.Kind.DEFINITE, g.token(d).word().toLowerCase(Locale.ROOT))) ? patient : -1;
    return object >= 0 ? object : patient >= 0 ? patient : of >= 0 ? of
        : g.baseRelation(predicate).equals(Ud.ACL) ? g.head(predicate) : -1;
  }

  /** The roots an event noun codes ("attack": 19, "detention": 17): the act a "the attack" refers back to. */
  private Set<String> eventRoots(String lemma) {
    Set<String> roots = new HashSet<>();
    for (LexiconEntry e : lexicon.nouns(lemma)) {
      roots.add(e.root());
    }
    return roots;
  }

  /**
   * Source–place pairs: the country where the event takes place, when it is not the source's own unless
   * {@code home} (forces deployed or put on alert at home: "sent troops to Gorno-Badakhshan").
   */
  List<Pair> atPlace(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources,
                             int sourceHead, boolean home) {
    List<Pair> pairs = new ArrayList<>();
    Location where = places.find(g, who, trigger, sourceHead, -1, true);
    // "the BRICS summit in Kazan": a body's own gathering takes place somewhere, it does not meet its host
    boolean gathering = trigger.noun() >= 0 && trigger.noun() == trigger.predicate();
    for (Resolution s : where == null ? List.<Resolution>of() : sources) {
      if ((home || !where.country().equals(s.country())) && !(gathering && !Scene.isState(s.country()))) {
        pairs.add(new Pair(s, new Resolution(where.name(), where.country(), where.country(), null,
            "place:" + where.name(), 0.6, trigger.token(), trigger.token())));
      }
    }
    return pairs;
  }

  /**
   * The government of the protesters' own country, for a protest whose text names no target: always
   * when the protesters are a sector of society ("thousands of people marched through Berlin"), and for
   * a country when the text says it is aimed at the government: a grievance ("against a bill", "over fuel prices"), an
   * "anti-government" protest, a seat of power it takes place at ("rallied outside parliament"), or
   * a verb joined to it that addresses that government ("rallied … and demanded that President Vučić …").
   */
  List<Pair> atGovernment(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources) {
    List<Pair> pairs = new ArrayList<>();
    boolean aimed = aimedAtGovernment(g, trigger);
    for (Resolution s : sources) {
      // a sector of society protesting at home protests to its government (CAMEO's default target)
      boolean at = aimed || s.sector() != null
          || Scene.isState(s.country()) && joinedAddressesGovernment(g, who, trigger.predicate(), s.country());
      if (at && Scene.isState(s.country()) && !GOVERNMENT.equals(s.sector())) {
        pairs.add(new Pair(s, new Resolution(g.token(trigger.token()).word(), s.country() + GOVERNMENT,
            s.country(), GOVERNMENT, "scene:government", 0.5, trigger.token(), trigger.token())));
      }
    }
    return pairs;
  }

  /**
   * Source–place pairs for force done to a place ("seized the town of Uvira", "bombed two villages in Khost",
   * "the siege of El Fasher"): the country of the place its object names; a town the gazetteer does not know,
   * taken by an armed group or a party of a country, lies in that country ("RSF fighters shelled the town of Babanusa").
   */
  List<Pair> atObject(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources) {
    List<Pair> pairs = new ArrayList<>();
    int object = objectOf(g, who, trigger);
    if (object < 0) {
      return pairs;
    }
    Location where = places.named(g, who, object);
    // a name that only starts with a place's is no place of it ("sealed off Victoria Park")
    where = where != null && g.token(object).isProperNoun() && !where.name().contains(g.token(object).word()) ? null : where;
    boolean settlement = Words.STANDARD.is(Words.Kind.SETTLEMENT, g.lemma(object));
    Phrase span = who.span(object);
    String name = where != null ? where.name() : g.token(object).word();
    String entry = "place:" + (where != null ? where.name() : "own");
    for (Resolution s : sources) {
      String country = where != null ? where.country()
          : settlement && who.scene().nonState(s) && Scene.isState(s.country()) ? s.country() : null;
      if (country != null) {
        pairs.add(new Pair(s, new Resolution(name, country, country, null, entry, 0.6, span.first(), span.last())));
      }
    }
    return pairs;
  }

  /** The thing an act is done to: a verb's object or aimed oblique, an event noun's "on"/"of"/"against" phrase; -1 when none. */
  private static int objectOf(ParseGraph g, Participants who, Trigger trigger) {
    boolean noun = trigger.noun() >= 0;
    for (String role : noun ? List.of("nmod:on", "nmod:of", "nmod:against", "nmod:at") : List.of(Ud.OBJ, "obl:at", "obl:into", "obl:on")) {
      int head = who.role(noun ? trigger.noun() : trigger.predicate(), role);
      if (head >= 0) {
        return head;
      }
    }
    return -1;
  }

  /** Source–own-country pairs, for an act at home of a state or its organ that names no one it is done to ("lifted the curfew"). */
  List<Pair> atHome(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources) {
    List<Pair> pairs = new ArrayList<>();
    for (Resolution s : sources) {
      if (Scene.isState(s.country()) && !who.scene().nonState(s)) {
        pairs.add(new Pair(s, new Resolution(g.token(trigger.token()).word(), s.country(), s.country(), null,
            "scene:own", 0.5, trigger.token(), trigger.token())));
      }
    }
    return pairs;
  }

  /** Whether the row of the trigger's code (roots.tsv, its longest prefix) lets an unnamed target come from this source. */
  private static boolean implicit(Trigger trigger, RootPolicies.Implicit source) {
    return RootPolicies.STANDARD.of(trigger.pattern().codedAs()).implicit().contains(source);
  }

  private boolean aimedAtGovernment(ParseGraph g, Trigger trigger) {
    for (int host : new int[] {trigger.predicate(), trigger.token()}) {
      for (int c : g.children(host)) {
        String base = g.baseRelation(c);
        if (base.equals(Ud.AMOD) && rules.anti().contains(g.lemma(c))) {
          return true;
        }
        boolean oblique = base.equals(Ud.OBL) || base.equals(Ud.NMOD);
        if (oblique && (rules.grievances().contains(g.preposition(c)) || isSeat(g, c))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb joined to the protest (a conjunct or an adverbial clause: "and demanded", ", accusing")
   * addresses the government of {@code country}: its object, the subject of its complement clause, or the
   * one whose resignation it demands.
   */
  private static boolean joinedAddressesGovernment(ParseGraph g, Participants who, int predicate, String country) {
    List<Integer> joined = new ArrayList<>();
    for (int c : g.children(predicate)) {
      String base = g.baseRelation(c);
      if (g.token(c).isVerb() && (base.equals(Ud.CONJ) || base.equals(Ud.ADVCL))) {
        joined.add(c);
      }
    }
    for (int verb : joined) {
      List<Integer> addressed = new ArrayList<>();
      int obj = g.child(verb, Ud.OBJ);
      addressed.add(obj);
      addressed.addAll(obj < 0 ? List.of() : g.modifiersWith(obj, "of"));
      int clause = g.child(verb, Ud.CCOMP);
      addressed.add(clause < 0 ? -1 : g.child(clause, Ud.NSUBJ));
      for (int head : addressed) {
        if (who.actors(head).stream().anyMatch(r -> r.country().equals(country) && GOVERNMENT.equals(r.sector()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A seat of power at an oblique or its own modifier: "outside parliament", "the streets around the National Assembly". */
  private boolean isSeat(ParseGraph g, int node) {
    if (rules.seats().contains(g.lemma(node))) {
      return true;
    }
    for (int c : g.children(node)) {
      if (g.baseRelation(c).equals(Ud.NMOD) && rules.seats().contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
