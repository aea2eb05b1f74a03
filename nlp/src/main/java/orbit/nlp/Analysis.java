package orbit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.nlp.annotate.CoreNlpAnnotator;
import orbit.nlp.annotate.NlpConfig;
import orbit.core.cameo.Codebook;
import orbit.nlp.code.Cues;
import orbit.nlp.code.EventCoder;
import orbit.nlp.code.EventLexicon;
import orbit.nlp.quotes.QuoteStage;
import orbit.nlp.quotes.ResolverCountries;
import orbit.nlp.resolve.ActorResolver;

/**
 * Orbit's analysis of one article: CoreNLP annotation (parsing only sentences that can hold an
 * event), quotes and their speakers, then event coding (events inside quotes attributed to the speaker). Built once (loading models takes seconds); thread-safe.
 */
public final class Analysis {
  private final Pipeline pipeline;

  private Analysis(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static Analysis standard() {
    return with(EventLexicon.standard(), ActorResolver.standard());
  }

  /** The analysis with another lexicon and actor knowledge (a user's PETRARCH dictionaries). */
  public static Analysis with(EventLexicon lexicon, ActorResolver actors) {
    EventCoder coder = new EventCoder(lexicon, Cues.standard(), actors, Codebook.standard());
    return new Analysis(Pipeline.of(new CoreNlpAnnotator(NlpConfig.standard(), coder.parseWhere()),
        new QuoteStage(new ResolverCountries(actors)), coder));
  }

  public ArticleDoc analyze(Article article) {
    return pipeline.apply(article);
  }

  public ArticleDoc analyze(Article article, Pipeline.StageClock clock) {
    return pipeline.apply(article, clock);
  }

  /** The articles analysed on {@code threads} threads, in their order. */
  public List<ArticleDoc> analyzeAll(List<Article> articles, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<ArticleDoc>> docs = new ArrayList<>();
      for (Article a : articles) {
        docs.add(pool.submit(() -> analyze(a)));
      }
      List<ArticleDoc> out = new ArrayList<>(docs.size());
      for (Future<ArticleDoc> doc : docs) {
        out.add(doc.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
