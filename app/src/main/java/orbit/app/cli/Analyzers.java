package orbit.app.cli;

import orbit.core.doc.ArticleDoc;
import orbit.ingest.Analyzer;

/** Where the command line gets the analysis step of ingest from. */
final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer {@code ./orbit ingest} runs. The NLP coder (module nlp) is wired in here, and only
   * here, by the lead when it lands. Until then this analyzer finds nothing and adds no EVENTS
   * layer, so ingested English articles are stored with status "not-coded": nothing pretends to
   * be coded, and they can be coded later.
   */
  static Analyzer forCli() {
    return ArticleDoc::of;
  }
}
