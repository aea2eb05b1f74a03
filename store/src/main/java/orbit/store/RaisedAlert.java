package orbit.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An escalation alert as {@code orbit watch} kept it: its id (increasing in the order raised), the directed dyad,
 * the month, the month's conflict events against the baseline mean, the CUSUM statistic, the ids of the events
 * behind it and when it was first raised.
 */
public record RaisedAlert(long id, String source, String target, LocalDate period, double conflict, double baseline,
                          double cusum, List<String> events, Instant raised) {
  public RaisedAlert {
    events = List.copyOf(events);
  }
}
