package orbit.core.doc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What analyses articles: returns each article with the layers found in it (events, quotes). A doc
 * without the {@code EVENTS} layer is stored as not coded. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Analyzer {
  ArticleDoc analyze(Article article);

  /** The languages it codes (ISO 639-1): ingest stores an article in another language uncoded. */
  default Set<String> languages() {
    return Set.of("en");
  }

  /**
   * The articles analysed on {@code threads} threads, lazily and in their order (a few ahead of the reader). An
   * article the analysis throws on comes out with its failure; the others are not held up. Close the stream
   * when leaving it early. This is the one parallel loop of Orbit: commands, ingest and the Spark bench use it.
   */
  default Stream<Analyzed> analyzeAll(Stream<Article> articles, int threads) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    return InOrder.map(articles, Math.max(1, threads), article -> {
      long start = cpu.getCurrentThreadCpuTime();
      try {
        return new Analyzed(article, analyze(article), null, cpu.getCurrentThreadCpuTime() - start);
      } catch (RuntimeException e) {
        return new Analyzed(article, null, e, cpu.getCurrentThreadCpuTime() - start);
      }
    });
  }

  /**
   * The analyzer {@code build} returns, built when the first article is analysed (once, whichever thread asks
   * first), so a run whose input is all bad, empty or duplicate never pays for it (the NLP models take seconds
   * and gigabytes). A failed build is not retried: every article then fails with its error. {@code languages} are
   * the built analyzer's, known without building it.
   */
  static Analyzer lazy(Supplier<? extends Analyzer> build, Set<String> languages) {
    return new Analyzer() {
      private volatile Supplier<Analyzer> built;

      @Override
      public Set<String> languages() {
        return languages;
      }

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
