package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who is quoted: full name, role ("political analyst"), affiliation and country, each null when not stated. */
@JsonPropertyOrder({"name", "role", "affiliation", "country"})
public record Speaker(String name, String role, String affiliation, String country) {}
