package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import orbit.core.OrbitException;
import orbit.core.doc.Analyzer;
import orbit.ingest.Inputs;
import orbit.ingest.ItemCounts;
import orbit.ingest.Languages;
import orbit.ingest.WebInputs;
import orbit.nlp.Analysis;
import orbit.pipeline.IngestSummary;
import orbit.pipeline.Ingestion;
import orbit.store.IngestRecord;
import orbit.store.SparkOutput;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    header = "Read articles (text, JSON Lines, HTML, RSS/Atom, WARC, .gz, folders, URLs) into the store.",
    description = {"Each article is stored once (by the hash of its text), analysed, and every input item is logged"
        + " with its outcome (ok, duplicate, failed with a reason, non-english) in the store's ingest_log.",
        "Ingest is transactional per batch: after a crash, run it again with the same inputs.",
        "The NLP models load only when the first article needs coding."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the run finished (bad items, if any, are counted in the summary and logged)",
        "1:an error stopped the run", "2:a usage error (bad option or argument); nothing was read or created",
        IngestCommand.NOTHING_STORED + ":nothing was stored and at least one item failed (see the summary)"},
    footer = {"%nExamples:", "  ./orbit ingest news/ --date 2025-06-01",
        "  ./orbit ingest feed.rss crawl.warc.gz --db gaza.duckdb", "  ./orbit ingest articles.jsonl.gz --no-progress",
        "  ./orbit ingest https://example.org/world/rss.xml", "  ./orbit ingest --events spark-out/"})
final class IngestCommand implements Callable<Integer> {
  /** The exit status of a run that stored nothing and had failures: scripts can tell it from a run that worked. */
  static final int NOTHING_STORED = 3;

  @Parameters(paramLabel = "INPUTS", arity = "0..*",
      description = "Files, folders (read recursively) or http(s) URLs of feeds and pages.")
  List<String> inputs = List.of();

  @Option(names = "--events", paramLabel = "PARQUET_DIR",
      description = "Load the output folder of the Spark job (./orbit spark code IN OUT) instead of INPUTS: its"
          + " articles, events, quotes and failures, keeping the job's clusters (docs/spark.md).")
  Path events;

  @Mixin StoreOptions store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for plain text and for pages that give none.")
  LocalDate date;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--fetch-deadline", paramLabel = "SECONDS",
      defaultValue = "" + WebInputs.DEFAULT_DEADLINE_SECONDS,
      description = "Longest time one URL may take to fetch, body included (default: ${DEFAULT-VALUE}); a slower"
          + " fetch is logged as failed and the run goes on.")
  int fetchDeadline;

  @Option(names = "--no-progress", description = "Do not draw the progress line on stderr (a bar when the items can be"
      + " counted first: files, lines of JSON Lines files; else the count and rate so far).")
  boolean noProgress;

  @Spec CommandSpec spec;

  /** Builds the analysis step; called only once an article needs coding. */
  private final Supplier<Analyzer> analyzers;
  /** The languages it codes, known before it is built. */
  private final Set<String> languages;

  IngestCommand() {
    this(Analyzers::forCli, Analysis.LANGUAGES);
  }

  IngestCommand(Supplier<Analyzer> analyzers, Set<String> languages) {
    this.analyzers = analyzers;
    this.languages = languages;
  }

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
    }
    if ((events == null) == inputs.isEmpty()) {
      throw new OrbitException("give either INPUTS or --events PARQUET_DIR");
    }
    IngestSummary summary = events != null ? load(events) : read();
    print(summary, spec.commandLine().getOut());
    return summary.stored() == 0 && summary.failed() > 0 ? NOTHING_STORED : 0;
  }

  private IngestSummary read() {
    for (String input : inputs) {
      if (!WebInputs.isUrl(input) && !Files.exists(Path.of(input))) {
        throw new OrbitException("no such file or folder: " + input);
      }
    }
    Inputs files = new Inputs(date);
    if (fetchDeadline < 1) {
      throw new ParameterException(spec.commandLine(), "--fetch-deadline must be at least 1 second, not " + fetchDeadline);
    }
    WebInputs web = new WebInputs(date, Duration.ofSeconds(fetchDeadline));
    OptionalLong total = noProgress || inputs.stream().anyMatch(WebInputs::isUrl) ? OptionalLong.empty()
        : ItemCounts.of(inputs.stream().map(Path::of).toList());
    try (Store sink = store.open(); ProgressBar bar = progressBar(total)) {
      Ingestion ingestion = new Ingestion(Analyzer.lazy(analyzers, languages), sink, Languages.load(), batch, r -> step(bar, r));
      return ingestion.run(inputs.stream()
          .flatMap(i -> WebInputs.isUrl(i) ? web.read(i) : files.read(List.of(Path.of(i)))));
    }
  }

  /** The Spark job's articles, coded already: stored as ingest stores its own, with the job's clusters kept. */
  private IngestSummary load(Path dir) {
    try (SparkOutput output = SparkOutput.open(dir); Store sink = store.open();
        ProgressBar bar = progressBar(OptionalLong.empty())) {
      // the job's articles come with their docs: the analysis is never built
      Ingestion ingestion = new Ingestion(Analyzer.lazy(analyzers, languages), sink, Languages.load(), batch, r -> step(bar, r));
      return ingestion.load(output.outcomes());
    }
  }

  private ProgressBar progressBar(OptionalLong total) {
    return noProgress ? null : Progress.start("ingest", total, spec.commandLine().getErr());
  }

  private static void step(ProgressBar bar, IngestRecord record) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(" " + record.status().label());
    }
  }

  static void print(IngestSummary s, PrintWriter out) {
    out.printf("read        %8d items in %.1f s%n", s.read(), s.time().toMillis() / 1000.0);
    out.printf("new         %8d articles stored%n", s.stored());
    out.printf("duplicates  %8d (same text as a stored article)%n", s.duplicates());
    out.printf("failed      %8d%n", s.failed());
    for (Map.Entry<String, Long> kind : s.failures().entrySet()) {
      out.printf("  %8d  %s%n", kind.getValue(), kind.getKey());
    }
    out.printf("uncoded     %8d (in a language Orbit does not code: stored with it)%n", s.nonEnglish());
    out.printf("events      %8d coded%n", s.events());
    out.println("Every item's outcome is in the store's ingest_log table.");
    out.flush();
  }
}
