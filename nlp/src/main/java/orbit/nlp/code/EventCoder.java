package orbit.nlp.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import orbit.core.cameo.Codebook;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.core.doc.Stage;
import orbit.core.doc.Token;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.ActorResolver.Resolution;
import orbit.nlp.resolve.ArticleActors;

/**
 * The event coder: for each parsed sentence, finds lexicon triggers, their source and target
 * actors, the event's date, place and factuality, and emits CAMEO events with the sentence span
 * as evidence. Immutable and thread-safe; one instance serves every article.
 */
public final class EventCoder implements Stage {

  private final EventLexicon lexicon;
  private final TriggerFinder triggers;
  private final ActorResolver actors;
  private final ImplicitTargets implicit;
  private final EventRoles roles;
  private final SceneRules scenes;
  private final Intentions intentions;
  private final EventEmitter emitter;

  public EventCoder(EventLexicon lexicon, Cues cues, ActorResolver actors, Codebook codebook) {
    this.lexicon = lexicon;
    this.triggers = new TriggerFinder(lexicon);
    Factualities factualities = new Factualities(cues);
    EventPlaces places = new EventPlaces(actors);
    this.actors = actors;
    this.scenes = SceneRules.standard();
    this.implicit = new ImplicitTargets(places, scenes, lexicon);
    this.roles = new EventRoles(actors);
    this.intentions = new Intentions(Modality.standard(codebook), factualities, roles);
    this.emitter = new EventEmitter(factualities, intentions, codebook, places);
  }

  public static EventCoder standard() {
    return new EventCoder(EventLexicon.standard(), Cues.standard(), ActorResolver.standard(), Codebook.standard());
  }

  /** Which sentences are worth a dependency parse: a trigger word and something that can be an actor. */
  public Predicate<List<Token>> parseWhere() {
    return tokens -> {
      boolean trigger = false;
      for (Token t : tokens) {
        trigger |= lexicon.mayTrigger(t);
      }
      if (!trigger) {
        return false;
      }
      for (boolean anchor : actors.anchors(tokens)) {
        if (anchor) {
          return true;
        }
      }
      return tokens.stream().anyMatch(t -> t.pos().startsWith("PRP") || isGroupNoun(t));
    };
  }

  /** "both countries", "the two sides": a plural that may stand for actors just discussed (words.tsv group). */
  private static boolean isGroupNoun(Token t) {
    return t.pos().equals("NNS") && Words.STANDARD.is(Words.Kind.GROUP, t.lemma().toLowerCase(Locale.ROOT));
  }

  @Override
  public String name() {
    return "code";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIMEXES, Layer.DEPENDENCIES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public ArticleDoc apply(ArticleDoc doc) {
    Discourse discourse = new Discourse(new ArticleActors(actors));
    Scene where = new Scene(actors, scenes);
    List<Event> events = new ArrayList<>();
    Event scene = null; // the paragraph's latest event with a place
    for (Sentence sentence : doc.sentences()) {
      ParseGraph g = sentence.isParsed() ? new ParseGraph(sentence) : null;
      List<Discourse.Mention> mentions = discourse.remember(sentence, g, doc.article().date());
      boolean paragraph = EventDating.startsParagraph(doc, sentence);
      scene = paragraph ? null : scene;
      Scene.View view = where.next(sentence.tokens(), g, mentions, paragraph);
      EventLexicon.Discard discard = lexicon.discard(sentence.tokens());
      if (discard == EventLexicon.Discard.STORY) {
        return doc.withEvents(List.of());
      }
      if (g != null && discard == EventLexicon.Discard.NONE) {
        for (Event e : code(doc, sentence, g, discourse, view)) {
          if (e.location() != null) {
            scene = e;
          } else if (scene != null && sameScene(scene, e)) {
            e = e.withLocation(scene.location());
          }
          events.add(e);
        }
      }
    }
    return doc.withEvents(events);
  }

  /**
   * A paragraph narrates one scene: an event without a place of its own, on the same day as the last
   * placed one and with one of its countries, happened there ("… met Aliyev in Dushanbe. Aliyev thanked Putin").
   */
  private static boolean sameScene(Event placed, Event e) {
    Set<String> countries = new HashSet<>(Arrays.asList(country(placed.source()), country(placed.target())));
    countries.remove(null);
    return e.date().equals(placed.date()) && e.datePrecision() == DatePrecision.DAY
        && (countries.contains(country(e.source())) || countries.contains(country(e.target())));
  }

  /** An event side's country; null for a side the text leaves unknown. */
  private static String country(Actor side) {
    return side == null ? null : side.country();
  }

  private List<Event> code(ArticleDoc doc, Sentence sentence, ParseGraph g, Discourse discourse, Scene.View scene) {
    LocalDate date = doc.article().date();
    Participants who = new Participants(g, discourse.actors(), date, discourse, sentence.index(), scene);
    Coding at = new Coding(doc, sentence, g, who, discourse, scene);
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> byClause = new HashMap<>();
    List<Trigger> found = intentions.fold(g, who, triggers.find(g));
    for (Trigger trigger : found) {
      if (isContentOfRequest(g, trigger, found)) {
        continue;
      }
      for (Event e : events(at, trigger)) {
        // one event per dyad for a clause and its participial adjuncts, and per dyad and code in a sentence;
        // an adjunct's specific code tells more than its clause's generic one ("attacked the village, killing 50")
        String dyad = "|" + country(e.source()) + "|" + country(e.target());
        String key = group(g, trigger.predicate()) + dyad;
        Integer clause = byClause.get(key);
        boolean newCode = seen.add(e.cameo() + dyad);
        if (clause == null) {
          byClause.put(key, newCode ? events.size() : -1);
        }
        Event first = clause == null || clause < 0 ? null : events.get(clause);
        if (!newCode || clause != null && first == null) {
          continue;
        }
        if (first != null && isGeneric(first.cameo()) && !isGeneric(e.cameo())) {
          events.set(clause, e);
        } else if (first == null || !e.root().equals(first.root())) {
          events.add(e); // an adjunct of another root is an act of its own ("called for his resignation, blaming him")
        } else {
          continue;
        }
        discourse.witnessed(e);
      }
    }
    return events;
  }

  /** A root's own code ("190", "040"): the act without the detail a more specific code gives. */
  private static boolean isGeneric(String cameo) {
    return cameo.length() == 3 && cameo.endsWith("0");
  }

  /**
   * "called on Moscow to admit its guilt", "demanded that Israel lift its ban", "urged Minsk to free the
   * protesters and open a dialogue": the complement of an appeal or demand, and what is joined to it, is what
   * another actor is asked to do, not an event; the request itself is coded.
   */
  private static boolean isContentOfRequest(ParseGraph g, Trigger trigger, List<Trigger> found) {
    int content = trigger.predicate();
    while (g.head(content) >= 0 && g.baseRelation(content).equals(Ud.CONJ) && g.token(g.head(content)).isVerb()) {
      content = g.head(content);
    }
    int head = g.head(content);
    String relation = g.baseRelation(content);
    if (head < 0 || !relation.equals(Ud.XCOMP) && !relation.equals(Ud.CCOMP)) {
      return false;
    }
    return found.stream()
        .anyMatch(t -> t.predicate() == head && RootPolicies.STANDARD.of(t.pattern().root()).request());
  }

  /**
   * Participial adjuncts ("…, calling for …") and purposes ("met Aliyev to discuss the crash") elaborate their
   * clause's event: they share its group.
   */
  private static int group(ParseGraph g, int predicate) {
    int node = predicate;
    for (int steps = 0; steps < 4 && g.head(node) >= 0; steps++) {
      String base = g.baseRelation(node);
      boolean participle = g.token(node).pos().equals("VBG");
      if (!(participle && (base.equals(Ud.ADVCL) || base.equals(Ud.CONJ) || base.equals(Ud.DEP))
          || Arguments.isPurpose(g, node))) {
        break;
      }
      node = g.head(node);
    }
    return node;
  }

  private List<Event> events(Coding at, Trigger trigger) {
    ParseGraph g = at.g();
    Participants who = at.who();
    LexiconEntry p = trigger.pattern();
    EventRoles.Source source = EventRoles.source(g, who, trigger);
    List<Resolution> sources = roles.sourceActors(g, who, trigger, source);
    Resolution unstated = sources.isEmpty()
        ? EventRoles.unstatedAgent(g, who, trigger, source, at.scene(), scenes) : null;
    int sourceHead = source.head();
    if (unstated != null) {
      sources = List.of(unstated);
      sourceHead = -1;
    }
    if (sources.isEmpty()) {
      // a dictionary pattern's passive without its agent, read as PETRARCH reads it
      EventRoles.Passive passive = p.roles().agentlessPassive(g, who, trigger.predicate());
      return passive == null ? List.of()
          : emitter.emit(at, trigger, passive.pairs(), passive.sourceHead(), passive.targetHead());
    }
    Phrase sourceSpan = sourceHead >= 0 ? who.span(sourceHead) : Phrase.of(trigger.token());
    EventRoles.Target target = roles.target(g, who, trigger, sources, sourceHead, sourceSpan);
    int targetHead = target.head();
    List<Resolution> targets = target.actors();
    List<Pair> pairs = new ArrayList<>();
    boolean mutual = sources.size() > 1 && p.roles().mutual(p);
    if (mutual && !EventRoles.isPartner(target.role()) && !EventRoles.isRecipient(g, target)) {
      targets = List.of();
      targetHead = -1;
    }
    if (Groups.isReciprocal(g, targetHead) || mutual && p.roles().mutualBeforeTargets()) {
      for (Resolution a : sources) {
        for (Resolution b : sources) {
          if (a != b) {
            pairs.add(new Pair(a, b));
          }
        }
      }
    } else if (!targets.isEmpty()) {
      for (Resolution s : sources) {
        for (Resolution t : targets) {
          if (!s.code().equals(t.code()) || !s.text().equals(t.text())) {
            pairs.add(new Pair(s, t));
          }
        }
      }
    } else if (mutual) { // "A, B and C signed a pact": each pair of them, once
      for (int j = 0; j < sources.size(); j++) {
        for (int k = j + 1; k < sources.size(); k++) {
          pairs.add(new Pair(sources.get(j), sources.get(k)));
        }
      }
    }
    if (pairs.isEmpty() && p.roles().infersTargets()) {
      // no own country where the text names whom but not whose: the noun a participle modifies ("the mayor
      // … jailed", "forced on the Gulf state"); nor for an event noun whose agent is the scene's guess ("the crackdown");
      // the discourse's counterpart only where the text names no target at all
      boolean unowned = unstated != null && trigger.noun() >= 0
          || trigger.noun() < 0 && who.isParticipleModifier(trigger.predicate());
      boolean unnamed = targets.isEmpty() && !mutual && !Groups.isReciprocal(g, targetHead);
      pairs.addAll(implicit.infer(at, trigger, sources, sourceSpan, sourceHead, unowned, unnamed));
      targetHead = pairs.isEmpty() ? targetHead : -1;
    }
    // force is often used abroad: its unnamed actors take a country only from a place the sentence names;
    // and those deported or expelled are foreigners where it happens
    pairs.removeIf(pair -> scenes.placed().contains(p.root())
        && (Scene.isScene(pair.source()) && !Scene.isPlaced(pair.source())
            || Scene.isScene(pair.target()) && !Scene.isPlaced(pair.target()))
        || p.code() != null && scenes.foreign().contains(p.code()) && Scene.isScene(pair.target()));
    return emitter.emit(at, trigger, pairs, sourceHead, targetHead);
  }
}
