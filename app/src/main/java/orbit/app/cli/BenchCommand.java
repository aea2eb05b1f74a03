package orbit.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import orbit.core.doc.Analyzed;
import orbit.core.doc.Analyzer;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.ingest.Inputs;
import orbit.nlp.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Measure the coder's throughput: articles/s, sentences/s, stage shares, peak heap.",
    description = "Codes a fixed corpus (the sample corpus, repeated to --articles) after a warm-up and "
        + "prints throughput (wall clock, and CPU seconds per article, which a busy machine does not distort), "
        + "each stage's share of the time and the peak heap. Numbers, not a test.",
    footer = {"%nExamples:", "  ./orbit bench", "  ./orbit bench --articles 200 --threads 2 corpus/sample/articles.jsonl",
        "  ./orbit bench --articles 500 --warmup 100 corpus/sample-ru/articles.jsonl   (the Russian coder)",
        "  ./orbit bench --articles 40 --date 2025-07-24 ../shared/seed/000_6da663fc9541656c.txt   (a 1,500-token article)"})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100", description = "Articles to code (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--threads", defaultValue = "2", description = "Threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", defaultValue = "20", description = "Articles coded before timing (default ${DEFAULT-VALUE}).")
  int warmup;

  @picocli.CommandLine.Parameters(paramLabel = "FILE", arity = "0..1",
      description = "JSON Lines corpus, or a text article with --date (default: the sample corpus).")
  Path corpus;

  @Option(names = "--date", description = "Date of a plain text article (YYYY-MM-DD).")
  java.time.LocalDate date;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path file = corpus != null ? corpus : Launcher.root().resolve("corpus/sample/articles.jsonl");
    List<Article> base = new Inputs(date).articles(List.of(file));
    PrintWriter out = spec.commandLine().getOut();
    long readyStart = System.nanoTime();
    Analysis analysis = Analysis.full();
    analysis.analyze(base.get(0)); // builds the pipeline of the article's language
    out.printf("pipeline ready (first article coded) in %.1f s%n", (System.nanoTime() - readyStart) / 1e9);
    for (int i = 1; i < warmup; i++) {
      analysis.analyze(base.get(i % base.size())); // let the JIT compile the hot paths first
    }
    Map<String, LongAdder> stages = new ConcurrentHashMap<>();
    long sentences = 0;
    long tokens = 0;
    long events = 0;
    long cpuNanos = 0;
    long start = System.nanoTime();
    // each article's stage times go to the clock, on the thread that analyses it
    Analyzer timed = a -> analysis.analyze(a, (s, n) -> stages.computeIfAbsent(s, k -> new LongAdder()).add(n));
    try (Stream<Analyzed> coded = timed.analyzeAll(IntStream.range(0, articles).mapToObj(i -> base.get(i % base.size())),
        threads)) {
      for (Iterator<Analyzed> it = coded.iterator(); it.hasNext(); ) {
        Analyzed a = it.next();
        ArticleDoc doc = a.orThrow();
        cpuNanos += a.cpuNanos();
        sentences += doc.sentences().size();
        tokens += doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        events += doc.events().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("articles\t%d\tthreads\t%d%n", articles, threads);
    out.printf("articles/s\t%.2f%n", articles / seconds);
    out.printf("sentences/s\t%.1f%n", sentences / seconds);
    // CPU time does not depend on what else runs on the machine: the capacity of idle cores
    double cpuPerArticle = cpuNanos / 1e9 / articles;
    out.printf("cpu s/article\t%.3f\t(%.2f articles/s on %d idle cores)%n", cpuPerArticle, threads / cpuPerArticle, threads);
    out.printf("tokens/article\t%.0f%n", tokens / (double) articles);
    out.printf("events/article\t%.2f%n", events / (double) articles);
    long total = stages.values().stream().mapToLong(LongAdder::sum).sum();
    new TreeMap<>(stages).forEach((s, n) -> out.printf("stage %s\t%.1f%%%n", s, 100.0 * n.sum() / total));
    out.printf("peak heap MB\t%d%n", peakHeap() / (1024 * 1024));
    out.flush();
    return 0;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
