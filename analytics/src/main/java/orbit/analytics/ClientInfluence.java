package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;

/**
 * The influence of a patron over one client in two years (docs/influence.md): the relational and
 * structural parts and the combined index in each year (null where the data has none), the change of
 * the index, the structural components of the later year, and the client–patron events of the later
 * year that pushed most in the direction of the change.
 */
@JsonPropertyOrder({"client", "patron", "fromYear", "toYear", "relationalFrom", "relationalTo", "structuralFrom",
    "structuralTo", "indexFrom", "indexTo", "change", "eventsFrom", "eventsTo", "components", "drivers"})
public record ClientInfluence(String client, String patron, int fromYear, int toYear, Double relationalFrom,
                              Double relationalTo, Double structuralFrom, Double structuralTo, Double indexFrom,
                              Double indexTo, Double change, int eventsFrom, int eventsTo,
                              Map<String, Double> components, List<FactEvent> drivers) {}
