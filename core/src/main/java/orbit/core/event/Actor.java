package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A resolved actor as it appears in an event: CAMEO-style {@code code} (country + sector, e.g.
 * "RUSCOP"), ISO 3166-1 alpha-3 {@code country} (or an international body's code such as "EUR"),
 * CAMEO actor type {@code sector} (null when unknown) and the {@code text} it was resolved from.
 */
@JsonPropertyOrder({"code", "country", "sector", "text"})
public record Actor(String code, String country, String sector, String text) {
  public static Actor of(String country, String sector, String text) {
    return new Actor(country + (sector == null ? "" : sector), country, sector, text);
  }
}
