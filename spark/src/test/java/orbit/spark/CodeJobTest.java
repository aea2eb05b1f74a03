package orbit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Event;
import orbit.core.event.Quote;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local[2] on a few real articles gets the events the coder gets when run directly. */
@Tag("slow")
class CodeJobTest {
  private static SparkSession spark;
  private static Path articles;
  @TempDir static Path out;
  private static CodeJob.Summary summary;

  @BeforeAll
  static void run() throws URISyntaxException {
    articles = Path.of(CodeJobTest.class.getResource("articles.jsonl").toURI());
    spark = SparkSession.builder().master("local[2]").appName("orbit-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    summary = CodeJob.run(spark, JobOptions.parse(articles.toString(), out.toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void eventsAndQuotesAreTheCodersForEachArticle() throws IOException {
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (String line : Files.readAllLines(articles)) {
      try {
        ArticleDoc doc = ExecutorAnalysis.get().analyze(Json.mapper().readValue(line, Article.class));
        events.addAll(doc.events());
        quotes.addAll(doc.quotes());
      } catch (JsonProcessingException | RuntimeException bad) {
        // the two bad lines: the job reports them as failures (next test)
      }
    }
    assertThat(read("events", Schemas.EVENT, Event.class)).containsExactlyInAnyOrderElementsOf(events);
    assertThat(read("quotes", Schemas.QUOTE, Quote.class)).containsExactlyInAnyOrderElementsOf(quotes);
    assertThat(summary.events()).isEqualTo(events.size());
    assertThat(spark.read().parquet(out.resolve("events").toString()).where(col("cluster_id").isNull()).count()).isZero();
  }

  /** The contract's columns of an output dataset, each row turned back into the record via its JSON. */
  private static <T> List<T> read(String dataset, StructType contract, Class<T> type) throws IOException {
    Column[] columns = Arrays.stream(contract.fieldNames()).map(f -> col("`" + f + "`")).toArray(Column[]::new);
    List<T> records = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve(dataset).toString()).select(to_json(struct(columns))).collectAsList()) {
      records.add(Json.mapper().readValue(r.getString(0), type));
    }
    return records;
  }

  @Test
  void badRecordsAreFailuresNotErrors() {
    List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).orderBy("reason").collectAsList();
    assertThat(failures).hasSize(2);
    assertThat(failures.get(0).<String>getAs("reason")).startsWith("IllegalArgumentException: article date missing");
    assertThat(failures.get(1).<String>getAs("reason")).startsWith("not JSON");
    assertThat(failures.get(1).<String>getAs("record")).isEqualTo("{this is not json");
    assertThat(summary.articles()).isEqualTo(4);
  }

  @Test
  void parquetArticlesAreReadByColumnName() {
    String parquet = out.resolve("articles-in.parquet").toString();
    spark.read().parquet(out.resolve("articles").toString()).select("text", "id", "date", "source")
        .write().parquet(parquet);
    List<Row> rows = ArticleInput.read(spark, parquet, InputFormat.guess(parquet)).orderBy("id").collectAsList();
    assertThat(rows).extracting(r -> r.<String>getAs("id")).containsExactly("t-001", "t-002", "t-003", "t-004");
    assertThat(rows.get(0).<String>getAs("date")).isEqualTo("2025-07-01");
    assertThat(rows.get(0).<String>getAs("title")).isNull();
    assertThat(rows.get(0).<String>getAs("text")).startsWith("Azerbaijan summoned the Russian ambassador");
    assertThatThrownBy(() -> ArticleInput.read(spark, out.resolve("failures").toString(), InputFormat.PARQUET))
        .isInstanceOf(OrbitException.class).hasMessageContaining("need the columns [id, date, text]");
  }

  @Test
  void everyEventBelongsToOneCluster() {
    Dataset<Row> clusters = spark.read().parquet(out.resolve("clusters").toString());
    long mentions = clusters.agg(org.apache.spark.sql.functions.sum("num_mentions")).first().getLong(0);
    assertThat(mentions).isEqualTo(summary.events());
    assertThat(clusters.count()).isEqualTo(summary.clusters()).isLessThanOrEqualTo(summary.events());
  }
}
