package orbit.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where ingested batches go (the store). Each batch is written in one transaction. */
public interface IngestSink {
  /** The content hashes among {@code hashes} that are already stored. */
  Set<String> knownHashes(Collection<String> hashes);

  /**
   * Writes the batch's articles, events, quotes and log rows in one transaction; returns the
   * final log records (an article found stored meanwhile becomes a duplicate).
   */
  List<IngestRecord> write(List<Outcome> batch);
}
