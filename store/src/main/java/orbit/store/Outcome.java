package orbit.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;

/**
 * One item on its way to the store: its log record and, unless it failed, the article with its content hash,
 * detected language (ISO 639-1, null when unsure) and analysed doc (null when the article was not analysed:
 * duplicate or not English). {@code clusters}: when the doc was analysed elsewhere (the Spark job), each of its
 * events' cluster as found there (an event id, or null); else empty, and the store clusters every event itself.
 */
public record Outcome(IngestRecord record, Article article, String contentHash, String language, ArticleDoc doc,
                      List<String> clusters) {
  public Outcome {
    clusters = Collections.unmodifiableList(new ArrayList<>(clusters)); // nulls allowed: List.copyOf rejects them
  }

  /** An outcome whose events the store clusters itself. */
  public Outcome(IngestRecord record, Article article, String contentHash, String language, ArticleDoc doc) {
    this(record, article, contentHash, language, doc, List.of());
  }

  public static Outcome failed(IngestRecord record) {
    return new Outcome(record, null, null, null, null);
  }

  public Outcome with(IngestRecord changed) {
    return new Outcome(changed, article, contentHash, language, doc, clusters);
  }

  /** The cluster the {@code i}-th event of the doc was found in elsewhere, or null. */
  public String clusterOf(int i) {
    return i < clusters.size() ? clusters.get(i) : null;
  }

  public boolean stores() {
    return article != null && (record.status() == IngestStatus.OK || record.status() == IngestStatus.NON_ENGLISH);
  }
}
