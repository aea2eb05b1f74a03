package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import orbit.core.event.Location;
import orbit.nlp.resolve.ActorResolver;

/** Where an event took place: the gazetteer reading of an "in X"/"at X" near its trigger. */
final class EventPlaces {
  private final ActorResolver actors;

  EventPlaces(ActorResolver actors) {
    this.actors = actors;
  }

  /**
   * "in X"/"at X" on the predicate, the trigger or the clause the event sits in; unless
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
    boolean visit = trigger.pattern().code() != null && trigger.pattern().code().startsWith("042");
    for (int k = 0; k < hosts.size(); k++) {
      int host = hosts.get(k);
      if (host < 0) {
        continue;
      }
      // a visit takes place where it goes ("travelled to Beijing"); the sentence-wide fallback also
      // reads the vaguer "near"/"around" ("hitting areas around the towns of Jermuk and Goris")
      String[] preps = k < 2 && visit ? new String[] {"in", "at", "to"}
          : k >= hosts.size() - g.size() && !onlyTheEvent ? new String[] {"in", "at", "near", "around"}
          : new String[] {"in", "at"};
      for (String prep : preps) {
        for (int m : g.modifiersWith(host, prep)) {
          int[] span = who.span(m);
          var found = actors.place(g.tokens(), span[0], span[1] + 1);
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
    }
    return null;
  }
}
