package orbit.core.dedup;

import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import orbit.core.event.Span;

/** Hand-made events for de-duplication tests (here and in the store's): Russian strikes on Kharkiv. */
public final class Strikes {
  public static final Actor RUSSIA = Actor.of("RUS", "MIL", "Russian forces");
  public static final Actor UKRAINE = Actor.of("UKR", "CVL", "civilians in Kharkiv");
  public static final Location KHARKIV = new Location("Kharkiv", "UKR", 49.99, 36.23);

  private Strikes() {}

  public static Event strike(String cameo, String date, DatePrecision precision, Location where, Factuality f) {
    return new Event("a", 0, 0, 10, "Russian forces shelled Kharkiv", new Span(15, 22), RUSSIA, UKRAINE, cameo,
        cameo.substring(0, 2), "ASSAULT", -10.0, 4, date, precision, where, f, null, 0.9);
  }
}
