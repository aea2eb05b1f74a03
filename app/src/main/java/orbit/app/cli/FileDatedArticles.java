package orbit.app.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Timex;
import orbit.core.event.DatePrecision;
import orbit.ingest.Parsed;

/**
 * The articles {@code code} dated by their file's last-modified day ({@link DateOptions}). Each is named on stderr
 * as it is read (unless {@code --date file} asked for it); its events the text does not date carry that day with
 * {@code "datePrecision": "article"}, which says where the date came from. Events dated by the text keep their
 * precision, but a relative date ("yesterday", "on Monday") was resolved against the file's day: once the article is
 * coded, those expressions are named on stderr so that the user can check them.
 */
final class FileDatedArticles implements Consumer<Parsed> {
  // a time expression with a year in it ("December 2024", "2025-07-10") does not depend on the article's day
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int SHOWN = 3;
  private final PrintWriter err;
  private final boolean warn;
  private final Map<Article, String> inputs = new HashMap<>();

  /** {@code warn}: name each file dated so as it is read. */
  FileDatedArticles(PrintWriter err, boolean warn) {
    this.err = err;
    this.warn = warn;
  }

  @Override
  public void accept(Parsed item) {
    inputs.put(item.article(), item.input());
    if (warn) {
      err.printf("orbit code: %s has no date (--date YYYY-MM-DD): coded as of %s, the file's last-modified day;"
          + " events the text does not date get that day with \"datePrecision\":\"article\"%n",
          item.input(), item.article().date());
      err.flush();
    }
  }

  /** After coding: when a file-dated article's events were dated by relative expressions, names those. */
  void coded(ArticleDoc doc) {
    String input = inputs.get(doc.article());
    if (input == null) {
      return;
    }
    long byText = doc.events().stream().filter(e -> e.datePrecision() != DatePrecision.ARTICLE).count();
    Set<String> relative = relativeDates(doc);
    if (byText > 0 && !relative.isEmpty()) {
      List<String> shown = relative.stream().limit(SHOWN).map(r -> "\"" + r + "\"").toList();
      err.printf("orbit code: %s: relative dates (%s%s) were resolved against %s, the file's day:"
          + " check the dates of its events dated by the text (%d)%n", input, String.join(", ", shown),
          relative.size() > SHOWN ? ", ..." : "", doc.article().date(), byText);
      err.flush();
    }
  }

  /** The article's calendar time expressions without a year, as written: SUTime resolved them against its day. */
  private static Set<String> relativeDates(ArticleDoc doc) {
    Set<String> found = new LinkedHashSet<>();
    for (Sentence s : doc.sentences()) {
      for (Timex t : s.timexes()) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
          continue;
        }
        String words = doc.text().substring(s.tokens().get(t.first()).begin(), s.tokens().get(t.last()).end());
        if (!YEAR.matcher(words).find()) {
          found.add(words);
        }
      }
    }
    return found;
  }
}
