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
 * year), the change of
 * the index, the structural components of the later year, and the client–patron events of the later
 * year that pushed most in the direction of the change; {@code partnersFrom} and {@code partnersTo} are the
 * relational scores with each partner's share of the client's cooperation and conflict (the "why"), and
 * {@code others} the strongest event of the later year with each of the client's two largest other cooperation partners.
 */
@JsonPropertyOrder({"client", "patron", "fromYear", "toYear", "relationalFrom", "relationalTo", "structuralFrom",
    "structuralTo", "indexFrom", "indexTo", "change", "eventsFrom", "eventsTo", "components", "drivers",
    "partnersFrom", "partnersTo", "others"})
public record ClientInfluence(String client, String patron, int fromYear, int toYear, Double relationalFrom,
                              Double relationalTo, Double structuralFrom, Double structuralTo, Double indexFrom,
                              Double indexTo, Double change, int eventsFrom, int eventsTo,
                              Map<String, Double> components, List<FactEvent> drivers, Relational.Score partnersFrom,
                              Relational.Score partnersTo, List<FactEvent> others) {
  /** Partners shown in {@link #why()}. */
  static final int PARTNERS = 3;

  /**
   * Why the relational part moved: the patron's share of the client's cooperation and conflict in each span, and
   * the client's largest partners in the later year; null when the relational part is missing in either span.
   */
  public String why() {
    if (relationalFrom == null || relationalTo == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%s's share of %s's cooperation %.2f → %.2f, of its conflict %.2f → %.2f; "
            + "%d cooperation: %s; conflict: %s", patron, client, partnersFrom.cooperationShare(),
        partnersTo.cooperationShare(), partnersFrom.conflictShare(), partnersTo.conflictShare(), toYear,
        top(partnersTo.cooperation()), top(partnersTo.conflict()));
  }

  private static String top(Map<String, Double> shares) {
    return shares.isEmpty() ? "none" : shares.entrySet().stream().limit(PARTNERS)
        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
  }
}
