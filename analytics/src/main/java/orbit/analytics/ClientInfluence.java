package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import orbit.store.FactEvent;

/**
 * The influence of a patron over one client in a baseline (years {@code fromYear} … {@code toYear − 1})
 * and in {@code toYear} (docs/influence.md): the relational and structural parts and the combined
 * index in each (null where the data has none; the baseline's structural part is that of its last
 * year), each with its bootstrap interval (null, "insufficient evidence", for a span with fewer than
 * {@code minEvents} client–patron events), the change of the index and its trend ({@link Influence#trend}), the
 * structural components of the later year, and the client–patron events of the later year that pushed most in the direction of the change; {@code partnersFrom} and {@code partnersTo} are the
 * relational scores with each partner's share of the client's cooperation and conflict (the "why"), and
 * {@code others} the strongest event of the later year with each of the client's two largest other cooperation partners.
 */
@JsonPropertyOrder({"client", "patron", "fromYear", "toYear", "minEvents", "relationalFrom", "relationalTo",
    "structuralFrom", "structuralTo", "indexFrom", "indexTo", "change", "trend", "eventsFrom", "eventsTo", "components",
    "drivers", "partnersFrom", "partnersTo", "patronSharesFrom", "patronSharesTo", "others"})
public record ClientInfluence(String client, String patron, int fromYear, int toYear, int minEvents,
                              Estimate relationalFrom, Estimate relationalTo, Double structuralFrom,
                              Double structuralTo, Estimate indexFrom, Estimate indexTo, Estimate change, String trend,
                              int eventsFrom, int eventsTo, Map<String, Double> components, List<FactEvent> drivers,
                              Relational.Score partnersFrom, Relational.Score partnersTo, PatronShares patronSharesFrom,
                              PatronShares patronSharesTo, List<FactEvent> others) {
  /** The patron's share of the client's cooperation mass and of its conflict mass in a span, with intervals. */
  public record PatronShares(Estimate cooperation, Estimate conflict) {}

  /** Partners shown in {@link #why()}. */
  static final int PARTNERS = 3;

  /**
   * Why the relational part moved: the patron's share of the client's cooperation and conflict in each span, and
   * the client's largest partners in the later year; null when the client has no event with the patron in either span (shown even with too few events to score).
   */
  public String why() {
    if (partnersFrom.value() == null || partnersTo.value() == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%s's share of %s's cooperation %s → %s, of its conflict %s → %s; "
            + "%d cooperation: %s; conflict: %s", patron, client, share(patronSharesFrom.cooperation()),
        share(patronSharesTo.cooperation()), share(patronSharesFrom.conflict()), share(patronSharesTo.conflict()), toYear,
        top(partnersTo.cooperation()), top(partnersTo.conflict()));
  }

  private static String share(Estimate e) {
    return e.plusMinus("%.2f");
  }

  private static String top(Map<String, Double> shares) {
    return shares.isEmpty() ? "none" : shares.entrySet().stream().limit(PARTNERS)
        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
  }
}
