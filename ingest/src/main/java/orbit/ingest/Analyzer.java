package orbit.ingest;

import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;

/**
 * The pluggable analysis step of ingest: returns the article with the events and quotes found in
 * it. A doc without the {@code EVENTS} layer is stored as not coded. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Analyzer {
  ArticleDoc analyze(Article article);
}
