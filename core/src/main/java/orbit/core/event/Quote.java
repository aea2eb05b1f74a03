package orbit.core.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A direct or indirect quote: its span in the article text, the speaker (null when unattributed),
 * the actors (country codes) it mentions and its tone towards each of them (-1 … 1).
 */
@JsonPropertyOrder({"article", "sentence", "start", "end", "text", "direct", "speaker", "mentions", "tone"})
public record Quote(String article, int sentence, int start, int end, String text, boolean direct,
                    Speaker speaker, List<String> mentions, Map<String, Double> tone) {
  public Quote {
    mentions = List.copyOf(mentions);
    tone = Map.copyOf(tone);
  }

  public boolean covers(int offset) {
    return offset >= start && offset < end;
  }
}
