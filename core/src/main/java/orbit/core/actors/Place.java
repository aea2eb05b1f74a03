package orbit.core.actors;

/** A place of the gazetteer: name, country (alpha-3), coordinates (null when unknown), population and kind. */
public record Place(String name, String country, Double lat, Double lon, long population, String kind) {}
