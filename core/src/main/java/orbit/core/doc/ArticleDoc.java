package orbit.core.doc;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import orbit.core.event.Event;
import orbit.core.event.Quote;

/**
 * An article with the layers the pipeline has added so far. Stages never mutate a doc: each
 * returns a copy with its own layer added ({@link #with}).
 */
public record ArticleDoc(Article article, Set<Layer> layers, List<Sentence> sentences, List<Quote> quotes,
                         List<Event> events) {
  public ArticleDoc {
    layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  public static ArticleDoc of(Article article) {
    return new ArticleDoc(article, Set.of(), List.of(), List.of(), List.of());
  }

  @Override
  public Set<Layer> layers() {
    return EnumSet.copyOf(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : layers);
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public String text() {
    return article.text();
  }

  public ArticleDoc withSentences(List<Sentence> found, Set<Layer> added) {
    return new ArticleDoc(article, union(added), found, quotes, events);
  }

  public ArticleDoc withQuotes(List<Quote> found) {
    return new ArticleDoc(article, union(Set.of(Layer.QUOTES)), sentences, found, events);
  }

  public ArticleDoc withEvents(List<Event> found) {
    return new ArticleDoc(article, union(Set.of(Layer.EVENTS)), sentences, quotes, found);
  }

  private Set<Layer> union(Set<Layer> added) {
    EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
    all.addAll(layers);
    all.addAll(added);
    return all;
  }
}
