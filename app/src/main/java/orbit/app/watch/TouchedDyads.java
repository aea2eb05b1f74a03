package orbit.app.watch;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import orbit.core.event.Event;
import orbit.ingest.IngestRecord;
import orbit.ingest.IngestSink;
import orbit.ingest.IngestStatus;
import orbit.ingest.Outcome;

/** A sink that passes batches on and notes the directed dyads ("SRC TGT") of the events of the articles it stored. */
final class TouchedDyads implements IngestSink {
  private final IngestSink sink;
  private final Set<String> dyads = new HashSet<>();

  TouchedDyads(IngestSink sink) {
    this.sink = sink;
  }

  static String dyad(String source, String target) {
    return source + " " + target;
  }

  Set<String> dyads() {
    return Set.copyOf(dyads);
  }

  @Override
  public Set<String> knownHashes(Collection<String> hashes) {
    return sink.knownHashes(hashes);
  }

  @Override
  public List<IngestRecord> write(List<Outcome> batch) {
    List<IngestRecord> written = sink.write(batch);
    for (int i = 0; i < written.size(); i++) {
      if (written.get(i).status() == IngestStatus.OK && batch.get(i).doc() != null) {
        for (Event e : batch.get(i).doc().events()) {
          if (e.source() != null && e.target() != null) {
            dyads.add(dyad(e.source().country(), e.target().country()));
          }
        }
      }
    }
    return written;
  }
}
