package orbit.core.doc;

import java.util.Set;

/** One pipeline step: a pure function from a doc to a doc with {@link #provides()} added. Thread-safe. */
public interface Stage {
  String name();

  Set<Layer> requires();

  Set<Layer> provides();

  ArticleDoc apply(ArticleDoc doc);
}
