package orbit.ingest;

import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;

/**
 * One item on its way to the store: its log record and, unless it failed, the article with its
 * content hash, detected language (ISO 639-1, null when unsure) and analysed doc (null when the
 * article was not analysed: duplicate or not English).
 */
public record Outcome(IngestRecord record, Article article, String contentHash, String language, ArticleDoc doc) {
  public static Outcome failed(IngestRecord record) {
    return new Outcome(record, null, null, null, null);
  }

  public Outcome with(IngestRecord changed) {
    return new Outcome(changed, article, contentHash, language, doc);
  }

  public boolean stores() {
    return article != null && (record.status() == IngestStatus.OK || record.status() == IngestStatus.NON_ENGLISH);
  }
}
