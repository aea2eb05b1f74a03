package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import orbit.core.event.Location;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Targets the text leaves unnamed, for Orbit's own lexicon: the counterpart the discourse gives
 * ("voiced concern", "denied"), both parties of an accord ("Russia welcomed the deal"), or the
 * country where the event takes place ("protested in Beijing").
 */
final class ImplicitTargets {
  /** Roots whose target is often left implicit by the text ("voiced concern", "denied"). */
  private static final Set<String> DISCOURSE_ROOTS = Set.of("01", "02", "05", "10", "11", "12", "13");
  /** Roots whose target, when the text names none, is the country where the event takes place. */
  private static final Set<String> PLACE_ROOTS = Set.of("04", "14", "15");
  /** Nouns for an accord between two parties: a reaction to one concerns both. */
  private static final Set<String> ACCORDS = Set.of("deal", "agreement", "accord", "statement", "declaration",
      "treaty", "exchange", "swap", "ceasefire", "truce");

  private final EventPlaces places;

  ImplicitTargets(EventPlaces places) {
    this.places = places;
  }

  /** Source–target pairs from the discourse; none for "the parties" the discourse could not resolve. */
  List<Resolution[]> fromDiscourse(ParseGraph g, Participants who, Discourse discourse, int sentence, Trigger trigger,
                                   List<Resolution> sources, int[] sourceSpan) {
    int object = g.child(trigger.predicate(), "obj");
    List<Resolution[]> pairs = new ArrayList<>();
    if (!DISCOURSE_ROOTS.contains(trigger.pattern().root()) || object >= 0 && who.isGroupOfTwo(object)) {
      return pairs;
    }
    List<Resolution> parties = object >= 0 && ACCORDS.contains(g.lemma(object))
        ? discourse.latestPair(sentence, sourceSpan[0]) : List.of();
    for (Resolution s : sources) {
      List<Resolution> others = parties.stream().filter(t -> !t.country().equals(s.country())).toList();
      if (others.size() < 2) {
        Resolution t = discourse.counterpart(sentence, trigger.token(), s.country(), sourceSpan);
        others = t == null ? List.of() : List.of(t);
      }
      for (Resolution o : others) {
        pairs.add(new Resolution[] {s, o});
      }
    }
    return pairs;
  }

  /** Source–place pairs: the country where the event takes place, when it is not the source's own. */
  List<Resolution[]> atPlace(ParseGraph g, Participants who, Trigger trigger, List<Resolution> sources,
                             int sourceHead) {
    List<Resolution[]> pairs = new ArrayList<>();
    if (!PLACE_ROOTS.contains(trigger.pattern().root())) {
      return pairs;
    }
    Location where = places.find(g, who, trigger, sourceHead, -1, true);
    for (Resolution s : where == null ? List.<Resolution>of() : sources) {
      if (!where.country().equals(s.country())) {
        pairs.add(new Resolution[] {s, new Resolution(where.name(), where.country(), where.country(), null,
            "place:" + where.name(), 0.6, trigger.token(), trigger.token())});
      }
    }
    return pairs;
  }
}
