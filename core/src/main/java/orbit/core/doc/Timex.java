package orbit.core.doc;

/**
 * A time expression normalised against the article date: tokens {@code first}..{@code last}
 * (inclusive) of its sentence, TIMEX3 {@code type} (DATE, TIME, DURATION, SET) and {@code value}
 * ("2024-12", "2025-07-10", "2022", "PRESENT_REF", "P1M").
 */
public record Timex(int first, int last, String type, String value) {}
