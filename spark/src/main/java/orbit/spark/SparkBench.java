package orbit.spark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.core.doc.Analyzed;
import orbit.core.doc.Article;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the coder on Spark against a plain thread pool, in one JVM and on the same
 * articles: {@code ./orbit spark bench FILE.jsonl [--articles N] [--rounds R]}. The analysis is loaded
 * and warmed up first (one pass over the articles on the pool); then, R rounds over, each mode codes the
 * same N articles (the file's, repeated). The JIT keeps speeding CoreNLP up for a while: compare the last
 * round. Spark modes are timed from the in-memory articles to the coded rows (no file I/O, no
 * de-duplication). A command, not a test.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: orbit.spark.SparkBench FILE.jsonl [--articles N] [--rounds R]");
      System.exit(2);
    }
    int n = option(args, "--articles", 64);
    int rounds = option(args, "--rounds", 2);
    List<Article> articles = repeat(read(Path.of(args[0])), n);
    PrintStream out = System.out;
    long load = System.nanoTime();
    ExecutorAnalysis.get();
    out.printf("analysis ready in %.1f s; %d articles, %d cores%n", (System.nanoTime() - load) / 1e9, n,
        Runtime.getRuntime().availableProcessors());
    out.printf("warm-up: all %d articles on the pool in %.1f s%n", n, pool(articles, 2).wall());
    out.println("round\tmode\tarticles\tseconds\tarticles/s\tCPU s/article");
    double pool = 0;
    double one = 0;
    double two = 0;
    for (int round = 1; round <= rounds; round++) {
      pool = report(out, round, "pool-2", n, () -> pool(articles, 2));
      one = report(out, round, "local[1]", n, () -> spark("local[1]", articles));
      two = report(out, round, "local[2]", n, () -> spark("local[2]", articles));
    }
    out.printf("last round: scaling efficiency local[2] vs local[1] %.0f%%; local[2] vs pool-2 %.0f%%%n",
        100 * two / (2 * one), 100 * two / pool);
  }

  private static int option(String[] args, String name, int otherwise) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return otherwise;
  }

  /** Wall and process CPU seconds of one timed run. */
  private record Time(double wall, double cpu) {
    static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static Time since(long wallStart, long cpuStart) {
      return new Time((System.nanoTime() - wallStart) / 1e9, (OS.getProcessCpuTime() - cpuStart) / 1e9);
    }
  }

  private interface Run {
    Time time() throws Exception;
  }

  /** Runs one mode; prints wall time, throughput and the process's CPU seconds per article; returns articles/s. */
  private static double report(PrintStream out, int round, String mode, int n, Run run) throws Exception {
    Time t = run.time();
    out.printf("%d\t%s\t%d\t%.1f\t%.2f\t%.2f%n", round, mode, n, t.wall(), n / t.wall(), t.cpu() / n);
    out.flush();
    return n / t.wall();
  }

  /** Time to code the articles on a fresh Spark session with {@code master}, after a warm-up job on a few. */
  private static Time spark(String master, List<Article> articles) {
    try (SparkSession spark = SparkSession.builder().master(master).appName("orbit-bench")
        .config("spark.ui.enabled", "false").getOrCreate()) {
      List<Row> rows = new ArrayList<>();
      for (Article a : articles) {
        rows.add(Schemas.input("bench", a.id(), a.date().toString(), a.title(), a.url(), a.source(), a.text(), null, null));
      }
      int partitions = 4 * spark.sparkContext().defaultParallelism();
      code(spark.createDataFrame(rows.subList(0, Math.min(2, rows.size())), Schemas.INPUT), partitions);
      long wall = System.nanoTime();
      long cpu = Time.OS.getProcessCpuTime();
      code(spark.createDataFrame(rows, Schemas.INPUT), partitions);
      return Time.since(wall, cpu);
    }
  }

  private static void code(Dataset<Row> input, int partitions) {
    input.repartition(partitions).mapPartitions(new PartitionCoder(), Encoders.row(Schemas.CODED))
        .write().format("noop").mode("overwrite").save();
  }

  /** Time to code the articles on a plain pool of {@code threads} threads (as ./orbit code does). */
  private static Time pool(List<Article> articles, int threads) {
    long wall = System.nanoTime();
    long cpu = Time.OS.getProcessCpuTime();
    try (Stream<Analyzed> coded = ExecutorAnalysis.get().analyzeAll(articles.stream(), threads)) {
      coded.forEach(Analyzed::orThrow);
    }
    return Time.since(wall, cpu);
  }

  private static List<Article> read(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        articles.add(Json.mapper().readValue(line, Article.class));
      }
    }
    return articles;
  }

  /** The articles repeated to {@code n}, each copy with its own id. */
  private static List<Article> repeat(List<Article> base, int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = base.get(i % base.size());
      out.add(new Article(a.id() + "-" + i, a.date(), a.title(), a.url(), a.source(), a.text()));
    }
    return out;
  }
}
