package orbit.core.doc;

/** The annotation layers of an {@link ArticleDoc}; stages declare which they require and provide. */
public enum Layer {
  TOKENS, POS, LEMMAS, ENTITIES, TIMEXES, DEPENDENCIES, QUOTES, EVENTS
}
