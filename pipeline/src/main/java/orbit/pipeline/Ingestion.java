package orbit.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import orbit.core.doc.Analyzed;
import orbit.core.doc.Analyzer;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.ingest.ContentHash;
import orbit.ingest.Languages;
import orbit.ingest.Parsed;
import orbit.ingest.RawInput;
import orbit.store.IngestRecord;
import orbit.store.IngestStatus;
import orbit.store.Outcome;
import orbit.store.Store;

/**
 * One ingest run, the one path from articles to the store: reads items in batches, drops what is too large,
 * hashes and identifies the language of each article, skips duplicates (by content hash, against the store and
 * within the batch), analyses new articles in the analyzer's languages ({@link Analyzer#analyzeAll}; the others are
 * stored uncoded) and writes each batch to the
 * store as one transaction. Items analysed elsewhere (the Spark job's output, {@link #load}) take the same path
 * and keep their docs.
 */
public final class Ingestion {
  private final Analyzer analyzer;
  private final Store store;
  private final Languages languages;
  private final int batchSize;
  private final Consumer<IngestRecord> progress;

  public Ingestion(Analyzer analyzer, Store store, Languages languages, int batchSize,
                   Consumer<IngestRecord> progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.store = Objects.requireNonNull(store, "store");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.batchSize = batchSize;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Reads, analyses and stores what the readers made of the inputs. */
  public IngestSummary run(Stream<Parsed> items) {
    return load(items.map(Ingestion::read));
  }

  /** Stores the outcomes; an article without a doc is analysed first, one with a doc keeps it. */
  public IngestSummary load(Stream<Outcome> items) {
    long start = System.nanoTime();
    Tally tally = new Tally();
    List<Outcome> batch = new ArrayList<>(batchSize);
    try (items) {
      Iterator<Outcome> it = items.iterator();
      while (it.hasNext()) {
        batch.add(it.next());
        if (batch.size() == batchSize) {
          flush(batch, tally);
        }
      }
      flush(batch, tally);
    }
    return tally.summary(Duration.ofNanos(System.nanoTime() - start));
  }

  private static Outcome read(Parsed item) {
    IngestRecord record = new IngestRecord(item.input(), item.position(), IngestStatus.OK, null);
    return item.isOk() ? new Outcome(record, item.article(), null, null, null)
        : Outcome.failed(record.withStatus(IngestStatus.FAILED, item.failure()));
  }

  private void flush(List<Outcome> batch, Tally tally) {
    if (batch.isEmpty()) {
      return;
    }
    List<Outcome> prepared = batch.stream().map(this::prepare).toList();
    batch.clear();
    Set<String> known = store.knownHashes(prepared.stream().map(Outcome::contentHash).filter(Objects::nonNull).toList());
    Set<String> seen = new HashSet<>();
    List<Outcome> sorted = new ArrayList<>(prepared.size());
    for (Outcome o : prepared) {
      if (o.article() != null && (known.contains(o.contentHash()) || !seen.add(o.contentHash()))) {
        sorted.add(o.with(o.record().withStatus(IngestStatus.DUPLICATE, "same text as a stored article")));
      } else {
        sorted.add(o);
      }
    }
    // analysis dominates the run: the batch's new articles are analysed in parallel, one thread per core, in order
    List<Outcome> outcomes;
    try (Stream<Analyzed> analysed = analyzer.analyzeAll(sorted.stream().filter(Ingestion::needsAnalysis)
        .map(Outcome::article), Runtime.getRuntime().availableProcessors())) {
      Iterator<Analyzed> docs = analysed.iterator();
      outcomes = sorted.stream().map(o -> needsAnalysis(o) ? analysed(o, docs.next()) : checked(o)).toList();
    }
    List<IngestRecord> written = store.write(outcomes);
    for (int i = 0; i < written.size(); i++) {
      tally.add(written.get(i), outcomes.get(i).doc());
      progress.accept(written.get(i));
    }
  }

  private Outcome prepare(Outcome item) {
    if (item.article() == null) {
      return item;
    }
    IngestRecord record = item.record();
    Article article = item.article();
    if (article.text().length() > RawInput.MAX_TEXT_CHARS) {
      return Outcome.failed(record.withStatus(IngestStatus.FAILED, "too large: " + article.text().length()
          + " characters of text (the cap is " + RawInput.MAX_TEXT_CHARS + ")"));
    }
    if (article.text().isBlank()) {
      return Outcome.failed(record.withStatus(IngestStatus.FAILED, "empty"));
    }
    String language = languages.detect(article.text());
    if (language != null && !analyzer.languages().contains(language)) {
      // stored, not coded: a doc analysed elsewhere is dropped too
      return new Outcome(record.withStatus(IngestStatus.NON_ENGLISH, "language " + language + ": stored, not coded"),
          article, ContentHash.of(article.text()), language, null);
    }
    return new Outcome(record, article, ContentHash.of(article.text()), language, item.doc(), item.clusters());
  }

  /** Whether the item is a new article in a coded language, not analysed yet. */
  private static boolean needsAnalysis(Outcome o) {
    return o.article() != null && o.record().status() == IngestStatus.OK && o.doc() == null;
  }

  private static Outcome analysed(Outcome o, Analyzed a) {
    if (a.failure() != null) {
      return Outcome.failed(o.record().withStatus(IngestStatus.FAILED, "analysis failed: " + a.failure()));
    }
    return checked(new Outcome(o.record(), o.article(), o.contentHash(), o.language(), a.doc()));
  }

  /** The outcome, or a failure when an event of its doc has no CAMEO code. */
  private static Outcome checked(Outcome o) {
    if (o.doc() != null && o.record().status() == IngestStatus.OK
        && o.doc().events().stream().anyMatch(e -> e.cameo() == null || e.cameo().isBlank())) {
      return Outcome.failed(o.record().withStatus(IngestStatus.FAILED, "analysis failed: an event has no CAMEO code"));
    }
    return o;
  }

  /** Running totals of a run. */
  private static final class Tally {
    long read;
    long stored;
    long duplicates;
    long failed;
    long nonEnglish;
    long events;
    final Map<String, Long> failures = new TreeMap<>();

    void add(IngestRecord record, ArticleDoc doc) {
      read++;
      switch (record.status()) {
        case OK -> {
          stored++;
          events += doc == null ? 0 : doc.events().size();
        }
        case NON_ENGLISH -> {
          stored++;
          nonEnglish++;
        }
        case DUPLICATE -> duplicates++;
        case FAILED -> {
          failed++;
          failures.merge(IngestSummary.kind(record.reason()), 1L, Long::sum);
        }
      }
    }

    IngestSummary summary(Duration time) {
      return new IngestSummary(read, stored, duplicates, failed, nonEnglish, events, failures, time);
    }
  }
}
