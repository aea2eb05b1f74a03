package orbit.spark;

import orbit.nlp.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Analysis} of this JVM (driver in local mode, else each executor): built on first
 * use, then shared by every task and partition the JVM runs. CoreNLP's models take seconds and
 * about 3 GB to load, so they must not be loaded per record, task or partition. This is the one
 * static in the module, and it holds an immutable, thread-safe object.
 */
final class ExecutorAnalysis {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorAnalysis.class);

  private ExecutorAnalysis() {}

  /** The JVM's analysis; the first caller loads it (class initialisation makes this lazy and thread-safe). */
  static Analysis get() {
    return Holder.ANALYSIS;
  }

  private static final class Holder {
    static final Analysis ANALYSIS = load();

    private static Analysis load() {
      long start = System.nanoTime();
      Analysis analysis = Analysis.full();
      LOG.info("Orbit analysis loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return analysis;
    }
  }
}
