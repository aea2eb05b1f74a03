package orbit.core.actors;

import java.util.List;

/**
 * An international body of igos.tsv: its CAMEO-style {@code code} ("EUR", "IGOUNO", "IGOWSTNAT"),
 * names, the words used as modifiers, and member states ({@code open} when the body is open to
 * nearly all states and its members are not listed).
 */
public record Igo(String code, String name, List<String> aliases, List<String> adjectives,
    List<String> members, boolean open) {}
