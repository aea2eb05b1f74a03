package orbit.ingest;

import java.util.function.Supplier;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;

/**
 * The pluggable analysis step of ingest: returns the article with the events and quotes found in
 * it. A doc without the {@code EVENTS} layer is stored as not coded. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Analyzer {
  ArticleDoc analyze(Article article);

  /**
   * The analyzer {@code build} returns, built when the first article is analysed (once, whichever thread asks
   * first), so a run whose input is all bad, empty or duplicate never pays for it (the NLP models take seconds
   * and gigabytes). A failed build is not retried: every article then fails with its error.
   */
  static Analyzer lazy(Supplier<? extends Analyzer> build) {
    return new Analyzer() {
      private volatile Supplier<Analyzer> built;

      @Override
      public ArticleDoc analyze(Article article) {
        Supplier<Analyzer> b = built;
        if (b == null) {
          synchronized (this) {
            if (built == null) {
              built = attempt(build);
            }
            b = built;
          }
        }
        return b.get().analyze(article);
      }
    };
  }

  /** The built analyzer, or the failure to build it, as a supplier that returns or rethrows it. */
  private static Supplier<Analyzer> attempt(Supplier<? extends Analyzer> build) {
    try {
      Analyzer a = build.get();
      return () -> a;
    } catch (RuntimeException e) {
      return () -> {
        throw e;
      };
    }
  }
}
