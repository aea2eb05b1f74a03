package orbit.app.cli;

import orbit.core.doc.Analyzer;
import orbit.nlp.Analysis;

/** Where the command line gets the analysis step of ingest from: Orbit's coder (CoreNLP, quotes, events). */
final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer {@code ./orbit ingest} and {@code serve} run; builds the NLP pipeline (models load in ~10 s and take
   * ~2 GB), so callers ask for it only once an article needs coding ({@link orbit.core.doc.Analyzer#lazy}).
   */
  static Analyzer forCli() {
    return Analysis.full();
  }

  /** {@link #forCli} built when the first article in one of its languages needs coding. */
  static Analyzer lazily() {
    return Analyzer.lazy(Analyzers::forCli, Analysis.LANGUAGES);
  }
}
