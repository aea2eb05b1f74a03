package orbit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import orbit.core.doc.Analyzer;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.pipeline.IngestSummary;
import orbit.pipeline.Ingestion;
import orbit.store.EventQueries.Cluster;
import orbit.store.EventQuery;
import orbit.store.SparkOutput;
import orbit.store.Store;
import orbit.store.StoreConfig;
import orbit.store.StoredEvent;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's output loaded into a store (./orbit ingest --events) is what ingesting the same
 * articles directly stores: articles, events, quotes, clusters and what the dashboard queries see.
 */
@Tag("slow")
class LoadJobOutputTest {
  private static final Languages LANGUAGES = Languages.load();
  @TempDir static Path dir;
  private static Path articles;
  private static Path out;

  @BeforeAll
  static void runJob() throws URISyntaxException {
    articles = Path.of(LoadJobOutputTest.class.getResource("articles.jsonl").toURI());
    out = dir.resolve("out");
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("orbit-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()) {
      CodeJob.run(spark, JobOptions.parse(articles.toString(), out.toString()));
    }
  }

  private static IngestSummary load(Store store) {
    try (SparkOutput output = SparkOutput.open(out)) {
      Analyzer none = a -> {
        throw new AssertionError("the job's articles come analysed: " + a.id());
      };
      return new Ingestion(none, store, LANGUAGES, 2, r -> { }).load(output.outcomes());
    }
  }

  private static IngestSummary ingest(Store store) {
    return new Ingestion(ExecutorAnalysis.get(), store, LANGUAGES, 2, r -> { })
        .run(new Inputs(null).read(List.of(articles)));
  }

  @Test
  void loadingTheOutputStoresWhatIngestStores() {
    try (Store direct = Store.inMemory(); Store loaded = Store.open(StoreConfig.file(dir.resolve("loaded.duckdb")))) {
      IngestSummary ingested = ingest(direct);
      IngestSummary first = load(loaded);
      assertThat(first.stored()).isEqualTo(ingested.stored()).isEqualTo(4);
      assertThat(first.failed()).isEqualTo(ingested.failed()).isEqualTo(2);
      assertThat(first.events()).isEqualTo(ingested.events()).isPositive();
      for (Store.Table table : List.of(Store.Table.ARTICLES, Store.Table.EVENTS, Store.Table.QUOTES,
          Store.Table.CLUSTERS)) {
        assertThat(loaded.count(table)).as(table.name()).isEqualTo(direct.count(table));
      }
      assertThat(events(loaded)).containsExactlyInAnyOrderElementsOf(events(direct));
      assertThat(clusters(loaded)).isEqualTo(clusters(direct));
      for (String id : List.of("t-001", "t-002", "t-003", "t-004")) {
        assertThat(loaded.articles().byId(id)).isEqualTo(direct.articles().byId(id)).isPresent();
        assertThat(loaded.articles().quotesOf(id)).containsExactlyInAnyOrderElementsOf(direct.articles().quotesOf(id));
        assertThat(loaded.events().ofArticle(id)).extracting(StoredEvent::event)
            .containsExactlyInAnyOrderElementsOf(direct.events().ofArticle(id).stream().map(StoredEvent::event).toList());
      }
      assertThat(loaded.events().topDyads(10)).containsExactlyInAnyOrderElementsOf(direct.events().topDyads(10));

      IngestSummary again = load(loaded);
      assertThat(again.stored()).isZero();
      assertThat(again.duplicates()).isEqualTo(4);
      assertThat(loaded.count(Store.Table.EVENTS)).isEqualTo(direct.count(Store.Table.EVENTS));
      assertThat(loaded.count(Store.Table.CLUSTERS)).isEqualTo(direct.count(Store.Table.CLUSTERS));
    }
  }

  /** Events with their ids, cluster ids aside (they depend on the order clusters were made). */
  private static List<String> events(Store store) {
    return store.events().find(EventQuery.all(1000)).stream().map(e -> e.id() + " " + e.event()).toList();
  }

  /** Each cluster as its event ids and its row, its id aside. */
  private static Map<Set<String>, Cluster> clusters(Store store) {
    Map<Long, Set<String>> members = store.events().find(EventQuery.all(1000)).stream()
        .collect(Collectors.groupingBy(StoredEvent::cluster, Collectors.mapping(StoredEvent::id,
            Collectors.toCollection(TreeSet::new))));
    return members.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, e -> {
      Cluster c = store.events().cluster(e.getKey()).orElseThrow();
      return new Cluster(0, c.source(), c.target(), c.root(), c.cameo(), c.date(), c.firstSeen(), c.lastSeen(),
          c.mentions(), c.articles(), c.sources());
    }));
  }
}
