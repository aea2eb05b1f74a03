package orbit.analytics.report;

import org.jsoup.nodes.Entities;

/** Text into HTML: every string from the data goes through {@link #escape}. */
final class Html {
  private Html() {}

  static String escape(String text) {
    return text == null ? "" : Entities.escape(text);
  }
}
