package orbit.nlp;

import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.nlp.annotate.CoreNlpAnnotator;
import orbit.nlp.annotate.NlpConfig;
import orbit.nlp.code.EventCoder;

/**
 * Orbit's analysis of one article: CoreNLP annotation (parsing only sentences that can hold an
 * event), then event coding. Built once (loading models takes seconds); thread-safe.
 */
public final class Analysis {
  private final Pipeline pipeline;

  private Analysis(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static Analysis standard() {
    EventCoder coder = EventCoder.standard();
    return new Analysis(Pipeline.of(new CoreNlpAnnotator(NlpConfig.standard(), coder.parseWhere()), coder));
  }

  public ArticleDoc analyze(Article article) {
    return pipeline.apply(article);
  }

  public ArticleDoc analyze(Article article, Pipeline.StageClock clock) {
    return pipeline.apply(article, clock);
  }
}
