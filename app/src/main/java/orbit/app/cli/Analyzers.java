package orbit.app.cli;

import orbit.ingest.Analyzer;
import orbit.nlp.Analysis;

/** Where the command line gets the analysis step of ingest from: Orbit's coder (CoreNLP, quotes, events). */
final class Analyzers {
  private Analyzers() {}

  /** The analyzer {@code ./orbit ingest} runs; builds the NLP pipeline once (models load in seconds). */
  static Analyzer forCli() {
    return Analysis.standard()::analyze;
  }
}
