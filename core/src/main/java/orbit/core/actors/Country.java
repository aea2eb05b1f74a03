package orbit.core.actors;

import java.util.List;

/**
 * A country of Orbit's table (countries.tsv): ISO 3166-1 alpha-3 {@code code} as CAMEO uses it,
 * alpha-2 {@code iso2} (null for former states), names, demonyms, capitals and {@code status}
 * ("iso", "partial" or "former").
 */
public record Country(String code, String iso2, String name, List<String> aliases,
    List<String> adjectives, List<String> people, List<String> capitals, String status) {}
