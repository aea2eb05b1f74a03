package orbit.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import orbit.core.doc.Article;

/** A store for tests: keeps the log records and the stored articles of an ingest run, in order. */
final class MemorySink implements IngestSink {
  private static final Languages LANGUAGES = Languages.load();
  private final List<IngestRecord> log = new ArrayList<>();
  private final List<Article> stored = new ArrayList<>();
  private final Set<String> hashes = new HashSet<>();

  /** Ingests the items into a new sink, in batches of two so that a run spans several batches. */
  static MemorySink ingest(Stream<Parsed> items) {
    MemorySink sink = new MemorySink();
    new Ingestion(new PhraseAnalyzer(), sink, LANGUAGES, 2, record -> {}).run(items);
    return sink;
  }

  @Override
  public Set<String> knownHashes(Collection<String> candidates) {
    return candidates.stream().filter(hashes::contains).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public List<IngestRecord> write(List<Outcome> batch) {
    for (Outcome o : batch) {
      if (o.stores()) {
        stored.add(o.article());
        hashes.add(o.contentHash());
      }
      log.add(o.record());
    }
    return batch.stream().map(Outcome::record).toList();
  }

  /** The log as "position status reason" lines. */
  List<String> outcomes() {
    return log.stream().map(r -> r.position() + " " + r.status().label() + (r.reason() == null ? "" : " " + r.reason()))
        .toList();
  }

  List<Article> stored() {
    return stored;
  }
}
