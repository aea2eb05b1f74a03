package orbit.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import orbit.core.event.Event;

/** An event as stored: its id ("article#index"), its cluster (the real-world event it reports) and the event. */
@JsonPropertyOrder({"id", "cluster"})
public record StoredEvent(String id, long cluster, @JsonUnwrapped Event event) {}
