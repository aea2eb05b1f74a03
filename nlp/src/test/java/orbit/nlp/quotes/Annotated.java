package orbit.nlp.quotes;

import java.time.LocalDate;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.nlp.annotate.CoreNlpAnnotator;
import orbit.nlp.annotate.NlpConfig;

/** Test helper: one tagging pipeline plus the quote stage, built once for all quote tests. */
final class Annotated {
  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.of(new CoreNlpAnnotator(NlpConfig.tagsOnly(), tokens -> false),
        QuoteStage.standard());
  }

  private Annotated() {}

  static ArticleDoc quotes(Article article) {
    return Holder.PIPELINE.apply(article);
  }

  static ArticleDoc quotes(String text) {
    return quotes(new Article("test", LocalDate.of(2025, 1, 1), null, null, null, text));
  }
}
