package orbit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Codes articles into events on Spark (docs/spark.md): {@code spark-submit --class orbit.spark.CodeJob
 * orbit-spark.jar IN OUT}. Writes Parquet under OUT: {@code events} (partitioned by event_month),
 * {@code quotes}, {@code articles}, {@code clusters} and {@code failures}; a bad record lands in
 * failures and never fails the job.
 */
public final class CodeJob {
  private CodeJob() {}

  /** What one run wrote. */
  public record Summary(long articles, long failures, long events, long quotes, long clusters, double seconds) {
    @Override
    public String toString() {
      return String.format("%d articles, %d failures, %d events, %d quotes, %d clusters in %.1f s (%.2f articles/s)",
          articles, failures, events, quotes, clusters, seconds, articles / seconds);
    }
  }

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("orbit spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("orbit-code");
    if (options.master() != null) {
      builder.master(options.master());
    }
    try (SparkSession spark = builder.getOrCreate()) {
      System.out.println("orbit spark: " + run(spark, options) + "; output in " + options.out());
    }
  }

  /** Reads, codes, de-duplicates and writes; returns the counts. */
  public static Summary run(SparkSession spark, JobOptions options) {
    long start = System.nanoTime();
    Dataset<Row> coded = code(spark, options).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ok = coded.where(col("reason").isNull());
    Dataset<Row> failures = coded.where(col("reason").isNotNull())
        .select(col("partition"), col("origin"), col("id"), col("reason"), col("record"));
    write(failures, options.out() + "/failures");
    write(ok.select(col("id"), col("date").cast("date").as("date"), col("title"), col("url"), col("source"),
        col("text"), size(col("events")).as("num_events"), size(col("quotes")).as("num_quotes"), col("origin")),
        options.out() + "/articles");
    write(ok.select(explode(col("quotes")).as("json")).select(from_json(col("json"), Schemas.QUOTE).as("q"))
        .select("q.*"), options.out() + "/quotes");

    Dataset<Row> events = Dedup.assign(events(ok)).persist(StorageLevel.MEMORY_AND_DISK());
    events.drop("json", "key_root", "is_fact", "outlet", "published").withColumn("event_month", eventMonth()).repartition(col("event_month"))
        .write().mode(SaveMode.Overwrite).partitionBy("event_month").parquet(options.out() + "/events");
    write(Dedup.clusters(events), options.out() + "/clusters");

    Summary summary = new Summary(ok.count(), failures.count(), events.count(),
        spark.read().parquet(options.out() + "/quotes").count(),
        spark.read().parquet(options.out() + "/clusters").count(), (System.nanoTime() - start) / 1e9);
    events.unpersist();
    coded.unpersist();
    return summary;
  }

  /** The input read and coded: {@link Schemas#CODED} rows, spread over the cluster first. */
  static Dataset<Row> code(SparkSession spark, JobOptions options) {
    int partitions = options.partitions() > 0 ? options.partitions() : 2 * spark.sparkContext().defaultParallelism();
    return ArticleInput.read(spark, options.in(), options.format()).repartition(partitions)
        .mapPartitions(new PartitionCoder(), Encoders.row(Schemas.CODED));
  }

  /** One row per event: event_id ("article#n"), its JSON, the contract's columns, and the article's outlet and date. */
  private static Dataset<Row> events(Dataset<Row> ok) {
    return ok.select(col("id"), col("source").as("outlet"), col("date").cast("date").as("published"),
            posexplode(col("events")).as(new String[] {"n", "json"}))
        .select(concat(col("id"), lit("#"), col("n")).as("event_id"), col("json"),
            from_json(col("json"), Schemas.EVENT).as("e"), col("outlet"), col("published"))
        .select(col("event_id"), col("json"), col("e.*"), col("outlet"), col("published"));
  }

  /** "YYYY-MM"; "YYYY-00" for an event dated only by its year. */
  private static Column eventMonth() {
    return when(length(col("date")).geq(7), col("date").substr(1, 7))
        .otherwise(concat(col("date").substr(1, 4), lit("-00")));
  }

  private static void write(Dataset<Row> rows, String path) {
    rows.write().mode(SaveMode.Overwrite).parquet(path);
  }
}
