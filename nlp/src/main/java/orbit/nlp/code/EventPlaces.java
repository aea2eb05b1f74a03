package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import orbit.core.event.Location;
import orbit.nlp.resolve.ActorResolver;

/** Where an event took place: the gazetteer reading of an "in X"/"at X" near its trigger. */
final class EventPlaces {
  /** The prepositions tried in turn on the event's words; of a destination code; in the sentence-wide fallback. */
  private static final List<String> EVENT_PLACE = List.copyOf(Words.STANDARD.of(Words.Kind.EVENT_PLACE));
  private static final List<String> DESTINATION = concat(EVENT_PLACE, Words.Kind.DESTINATION);
  private static final List<String> VAGUE = concat(EVENT_PLACE, Words.Kind.VAGUE_PLACE);

  private final ActorResolver actors;

  EventPlaces(ActorResolver actors) {
    this.actors = actors;
  }

  /**
   * "in X"/"at X" (words.tsv event-place) on the predicate, the trigger or the clause the event sits in; unless
   * {@code onlyTheEvent}, then on the actors' phrases and anywhere in the sentence.
   */
  Location find(ParseGraph g, Participants who, Trigger trigger, int sourceHead, int targetHead, boolean onlyTheEvent) {
    List<Integer> hosts = new ArrayList<>(List.of(trigger.predicate(), trigger.token()));
    for (int node = g.head(trigger.predicate()), steps = 0; node >= 0 && steps < 3; node = g.head(node), steps++) {
      hosts.add(node);
    }
    if (!onlyTheEvent) {
      hosts.add(sourceHead);
      hosts.add(targetHead);
      for (int i = 0; i < g.size(); i++) {
        hosts.add(i); // failing those, the sentence's first "in X" that is a place
      }
    }
    String code = trigger.pattern().code();
    boolean visit = code != null && RootPolicies.STANDARD.of(code).destination();
    for (int k = 0; k < hosts.size(); k++) {
      int host = hosts.get(k);
      if (host < 0) {
        continue;
      }
      // a visit takes place where it goes ("travelled to Beijing"); the sentence-wide fallback also
      // reads the vaguer "near"/"around" ("hitting areas around the towns of Jermuk and Goris")
      List<String> preps = k < 2 && visit ? DESTINATION
          : k >= hosts.size() - g.size() && !onlyTheEvent ? VAGUE : EVENT_PLACE;
      for (String prep : preps) {
        for (int m : g.modifiersWith(host, prep)) {
          Phrase span = who.span(m);
          var found = actors.place(g.tokens(), span.first(), span.last() + 1);
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
    }
    return null;
  }

  /** The place a phrase names ("two villages in Khost", "a car in southern Lebanon"), null when none. */
  Location named(ParseGraph g, Participants who, int head) {
    Phrase span = who.span(head);
    return actors.place(g.tokens(), span.first(), span.last() + 1).orElse(null);
  }

  private static List<String> concat(List<String> first, Words.Kind then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(Words.STANDARD.of(then));
    return List.copyOf(all);
  }
}
