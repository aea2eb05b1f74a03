package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precisely the text dates an event; ARTICLE means the text gave no date and the article's was used. */
public enum DatePrecision {
  DAY, MONTH, YEAR, ARTICLE;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
