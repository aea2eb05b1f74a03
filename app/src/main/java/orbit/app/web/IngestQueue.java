package orbit.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import orbit.core.doc.Analyzer;
import orbit.ingest.Languages;
import orbit.ingest.Parsed;
import orbit.pipeline.Ingestion;
import orbit.store.IngestRecord;
import orbit.store.Store;

/**
 * The one writer of a served store: ingest jobs posted over HTTP run one after another on a background thread,
 * through the same {@link Ingestion} as {@code ./orbit ingest}, on a connection of their own. Readers keep their
 * connections and see each batch once it commits. At most {@code QUEUED} jobs wait; the last 100 are remembered.
 */
public final class IngestQueue implements AutoCloseable {
  private static final int QUEUED = 8;
  private static final int REMEMBERED = 100;
  private static final int BATCH = 50;

  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** A job's progress: the outcome of each item as the ingest log records it, and an error if the job broke. */
  record Job(long id, State state, List<IngestRecord> records, String error) {}

  private final Store writer;
  private final Supplier<Analyzer> analyzers;
  private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(QUEUED), r -> new Thread(r, "orbit-ingest"));
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Job> eldest) {
      return size() > REMEMBERED;
    }
  });
  private Analyzer analyzer;
  private Languages languages;

  /** {@code analyzers} is called once, on the writer thread, when the first job runs (models load slowly). */
  IngestQueue(Store writer, Supplier<Analyzer> analyzers) {
    this.writer = writer;
    this.analyzers = analyzers;
  }

  /** Queues the items; the job's id, or empty when the queue is full. */
  OptionalLong submit(List<Parsed> items) {
    long id = ids.incrementAndGet();
    jobs.put(id, new Job(id, State.QUEUED, List.of(), null));
    try {
      thread.execute(() -> run(id, items));
      return OptionalLong.of(id);
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      return OptionalLong.empty();
    }
  }

  /** The job, with a copy of its records so far; null when unknown or forgotten. */
  Job job(long id) {
    Job j = jobs.get(id);
    if (j == null || j.state() != State.RUNNING) {
      return j;
    }
    synchronized (j.records()) {
      return new Job(id, j.state(), List.copyOf(j.records()), null);
    }
  }

  private void run(long id, List<Parsed> items) {
    List<IngestRecord> records = Collections.synchronizedList(new ArrayList<>());
    jobs.put(id, new Job(id, State.RUNNING, records, null));
    try {
      if (analyzer == null) {
        analyzer = analyzers.get();
        languages = Languages.load();
      }
      new Ingestion(analyzer, writer, languages, BATCH, records::add).run(items.stream());
      jobs.put(id, new Job(id, State.DONE, List.copyOf(records), null));
    } catch (RuntimeException e) {
      System.err.println("orbit serve: ingest job " + id + " failed: " + e);
      jobs.put(id, new Job(id, State.FAILED, List.copyOf(records), "the ingest failed; the server log has the details"));
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.close();
  }
}
