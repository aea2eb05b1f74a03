package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One coded event, in the JSON Lines contract of DESIGN.md. Provenance is required: the article
 * id, the sentence index and the character span of {@code evidence} in the article text.
 * {@code trigger} is the span of the words that name the event (the verb, or a light verb and its noun:
 * "held talks") in the article text, null when unknown.
 * {@code source} is null for a side the text leaves unknown (an agentless passive with no scene to take
 * it from: "five activists were detained"); such events are stored and shown, and left out of dyad analytics.
 * {@code domestic} (derived, written to JSON) is true when source and target are of the same country
 * (government vs opposition, police vs protesters); analytics default to international dyads.
 * {@code date} is "YYYY", "YYYY-MM" or "YYYY-MM-DD" as {@code datePrecision} says.
 */
@JsonPropertyOrder({"article", "sentence", "start", "end", "evidence", "trigger", "source", "target", "domestic", "cameo",
    "root", "plover", "goldstein", "quad", "date", "datePrecision", "location", "factuality", "attributedTo",
    "confidence"})
@JsonIgnoreProperties(value = "domestic", allowGetters = true)
public record Event(String article, int sentence, int start, int end, String evidence, Span trigger, Actor source,
                    Actor target, String cameo, String root, String plover, double goldstein, int quad,
                    String date, DatePrecision datePrecision, Location location, Factuality factuality,
                    String attributedTo, double confidence) {
  /** The same event at another place. */
  public Event withLocation(Location where) {
    return new Event(article, sentence, start, end, evidence, trigger, source, target, cameo, root, plover, goldstein,
        quad, date, datePrecision, where, factuality, attributedTo, confidence);
  }

  /** Whether both sides are known and of the same country; false when either is unknown. */
  @JsonProperty("domestic")
  public boolean domestic() {
    return source != null && target != null && source.country() != null && source.country().equals(target.country());
  }
}
