package orbit.core.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as ingested. {@code text} is the exact text all character offsets refer to.
 * {@code id}, {@code date} and {@code text} are required; the rest may be null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, LocalDate date, String title, String url, String source, String text) {
  public Article {
    Objects.requireNonNull(id, "article id");
    Objects.requireNonNull(date, "article date");
    Objects.requireNonNull(text, "article text");
  }
}
