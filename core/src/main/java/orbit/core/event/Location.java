package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A place: its name as written, its country (ISO alpha-3) and coordinates when the gazetteer has them. */
@JsonPropertyOrder({"name", "country", "lat", "lon"})
public record Location(String name, String country, Double lat, Double lon) {}
