package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the text presents an event. Only ASSERTED and REPORTED events are facts for analytics. */
public enum Factuality {
  /** stated by the article as fact */
  ASSERTED,
  /** attributed to someone ("X says that ...") */
  REPORTED,
  /** claimed, not established ("allegedly", "accuses") */
  ALLEGED,
  /** an actor denies it happened */
  DENIED,
  /** the text says it did not happen ("never apologised") */
  NEGATED,
  /** future, conditional or hedged ("could", "on the verge of") */
  HYPOTHETICAL;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isFact() {
    return this == ASSERTED || this == REPORTED;
  }
}
