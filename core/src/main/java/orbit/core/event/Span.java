package orbit.core.event;

/** Character offsets [start, end) in an article's text, such as the words of an event's trigger. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a span runs from 0 ≤ start ≤ end, got " + start + "…" + end);
    }
  }
}
