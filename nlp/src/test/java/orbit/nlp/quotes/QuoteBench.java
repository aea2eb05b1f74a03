package orbit.nlp.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.nlp.annotate.CoreNlpAnnotator;
import orbit.nlp.annotate.NlpConfig;

/**
 * Times the quote stage alone on one tagged article (default: the seed), after a warm-up; prints
 * milliseconds per article next to the tagging time. A command to run, not a test:
 * {@code java -cp <test classpath> orbit.nlp.quotes.QuoteBench [FILE]}.
 */
public final class QuoteBench {
  private QuoteBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/seed/000_6da663fc9541656c.txt");
    Article article = new Article("bench", LocalDate.of(2025, 7, 24), null, null, null, Files.readString(file));
    CoreNlpAnnotator tagger = new CoreNlpAnnotator(NlpConfig.tagsOnly(), tokens -> false);
    tagger.apply(ArticleDoc.of(article));
    long t0 = System.nanoTime();
    ArticleDoc tagged = tagger.apply(ArticleDoc.of(article));
    double tagMs = (System.nanoTime() - t0) / 1e6;
    QuoteStage stage = QuoteStage.standard();
    int quotes = 0;
    for (int i = 0; i < 500; i++) {
      quotes = stage.apply(tagged).quotes().size();
    }
    int runs = 2000;
    long t1 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      quotes = stage.apply(tagged).quotes().size();
    }
    double stageMs = (System.nanoTime() - t1) / 1e6 / runs;
    System.out.printf("%s: %d sentences, %d quotes; quote stage %.3f ms/article (%.0f articles/s); "
        + "tagging (tokens, POS, lemmas, 3-class NER) %.0f ms%n", file.getFileName(), tagged.sentences().size(), quotes,
        stageMs, 1000 / stageMs, tagMs);
  }
}
