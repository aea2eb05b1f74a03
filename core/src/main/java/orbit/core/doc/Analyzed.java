package orbit.core.doc;

/**
 * One article as {@link Analyzer#analyzeAll} returns it: its doc, or the failure the analysis threw, and the CPU
 * time the analysis took on its thread (which a busy machine does not distort, unlike wall time).
 */
public record Analyzed(Article article, ArticleDoc doc, RuntimeException failure, long cpuNanos) {
  /** The doc, or the analysis's failure rethrown. */
  public ArticleDoc orThrow() {
    if (failure != null) {
      throw failure;
    }
    return doc;
  }
}
