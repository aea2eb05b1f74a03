package orbit.nlp;

import java.util.Set;
import java.util.function.Supplier;
import orbit.core.doc.Analyzer;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.nlp.code.EventLexicon;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.ru.RussianCoder;

/**
 * Orbit's analyses of an article, each a pipeline of {@link Stages}: the full one (CoreNLP annotation, parsing
 * only sentences that can hold an event; quotes and their speakers; event coding, events inside quotes
 * attributed to the speaker), quotes only, tags only; Russian
 * articles go to the Russian coder's pipeline. Built once (loading models takes seconds); thread-safe.
 * {@link #analyzeAll} runs one on several threads.
 */
public final class Analysis implements Analyzer {
  /** The languages Orbit codes: English, and Russian by its own coder. */
  public static final Set<String> LANGUAGES = Set.of("en", "ru");
  private final Supplier<Pipeline> build;
  /** Each language's pipeline, built when its first article comes: a Russian run never loads CoreNLP. */
  private Pipeline pipeline;
  private Pipeline russian;

  private Analysis(Supplier<Pipeline> build) {
    this.build = build;
  }

  /** Events and quotes, with Orbit's lexicon and actor knowledge. */
  public static Analysis full() {
    return new Analysis(() -> Stages.standard().pipeline("corenlp", "quotes", "code"));
  }

  /** Events and quotes with another lexicon and actor knowledge (a user's PETRARCH dictionaries). */
  public static Analysis full(EventLexicon lexicon, ActorResolver actors) {
    return new Analysis(() -> Stages.with(lexicon, actors).pipeline("corenlp", "quotes", "code"));
  }

  /** Quotes and their speakers, found as the full analysis finds them, without a parse or events. */
  public static Analysis quotesOnly() {
    return new Analysis(() -> Stages.standard().pipeline("tagger", "quotes"));
  }

  /** Tokens, tags, lemmas and entities: for short phrases and actor look-ups. */
  public static Analysis tagsOnly() {
    return new Analysis(() -> Stages.standard().pipeline("tagger"));
  }

  @Override
  public Set<String> languages() {
    return LANGUAGES;
  }

  @Override
  public ArticleDoc analyze(Article article) {
    return pipelineFor(article).apply(article);
  }

  public ArticleDoc analyze(Article article, Pipeline.StageClock clock) {
    return pipelineFor(article).apply(article, clock);
  }

  private synchronized Pipeline pipelineFor(Article article) {
    if (RussianCoder.writtenIn(article.text())) {
      if (russian == null) {
        russian = Stages.standard().pipeline("russian");
      }
      return russian;
    }
    if (pipeline == null) {
      pipeline = build.get();
    }
    return pipeline;
  }
}
