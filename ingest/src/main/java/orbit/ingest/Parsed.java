package orbit.ingest;

import orbit.core.doc.Article;

/** What a reader made of one item of its input: an article, or the reason there is none. */
public record Parsed(String input, String position, Article article, String failure) {
  public static Parsed ok(String input, String position, Article article) {
    return new Parsed(input, position, article, null);
  }

  public static Parsed failed(String input, String position, String failure) {
    return new Parsed(input, position, null, failure);
  }

  public boolean isOk() {
    return article != null;
  }
}
