package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;

/**
 * The influence of a patron over one client in a baseline (years {@code fromYear} … {@code toYear − 1})
 * and in {@code toYear} (docs/influence.md): the relational and structural parts and the combined
 * index in each (null where the data has none; the baseline's structural part is that of its last
 * year), the change of
 * the index, the structural components of the later year, and the client–patron events of the later
 * year that pushed most in the direction of the change.
 */
@JsonPropertyOrder({"client", "patron", "fromYear", "toYear", "relationalFrom", "relationalTo", "structuralFrom",
    "structuralTo", "indexFrom", "indexTo", "change", "eventsFrom", "eventsTo", "components", "drivers"})
public record ClientInfluence(String client, String patron, int fromYear, int toYear, Double relationalFrom,
                              Double relationalTo, Double structuralFrom, Double structuralTo, Double indexFrom,
                              Double indexTo, Double change, int eventsFrom, int eventsTo,
                              Map<String, Double> components, List<FactEvent> drivers) {}
