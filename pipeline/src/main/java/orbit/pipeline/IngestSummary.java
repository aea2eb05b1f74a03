package orbit.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of one ingest run: items read, articles stored new (coded or not), duplicates,
 * failures (counted by kind of reason, in name order), articles in a language the analyzer does not code (stored, not coded), events coded.
 */
public record IngestSummary(long read, long stored, long duplicates, long failed, long nonEnglish, long events,
                            Map<String, Long> failures, Duration time) {
  public IngestSummary {
    failures = Collections.unmodifiableMap(new TreeMap<>(failures));
  }

  /** The kind of a failure reason, for the summary: the reason up to its first colon or parenthesis. */
  public static String kind(String reason) {
    String r = reason == null ? "unknown" : reason;
    int cut = r.length();
    for (char c : new char[] {':', '('}) {
      int at = r.indexOf(c);
      cut = at > 0 ? Math.min(cut, at) : cut;
    }
    return r.substring(0, cut).strip();
  }
}
