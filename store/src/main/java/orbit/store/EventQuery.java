package orbit.store;

import java.time.LocalDate;

/**
 * A filter over stored events; each null part matches everything. {@code source}/{@code target}
 * are the countries of a directed dyad, {@code actor} a country or actor code on either side,
 * {@code since}/{@code until} bound the event's day (inclusive), {@code root} a CAMEO root code,
 * {@code text} a case-insensitive substring of the evidence or the actors' words; {@code domestic}
 * includes the events within one country, which are left out otherwise. The page is {@code limit}
 * events from {@code offset}.
 */
public record EventQuery(String source, String target, String actor, LocalDate since, LocalDate until, String root,
                         String text, int limit, int offset, boolean domestic) {
  public EventQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  public EventQuery(String source, String target, String actor, LocalDate since, LocalDate until, String root,
                    String text, int limit, int offset) {
    this(source, target, actor, since, until, root, text, limit, offset, false);
  }

  public EventQuery(String source, String target, String actor, LocalDate since, LocalDate until, String root,
                    int limit) {
    this(source, target, actor, since, until, root, null, limit, 0);
  }

  /** Every event, domestic ones included. */
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, null, limit, 0, true);
  }
}
