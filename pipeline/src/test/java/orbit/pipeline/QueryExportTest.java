package orbit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.core.Json;
import orbit.ingest.SampleInputs;
import orbit.store.EventQueries;
import orbit.store.EventQuery;
import orbit.store.ExportFormat;
import orbit.store.ExportTarget;
import orbit.store.Store;
import orbit.store.StoreRows;
import orbit.store.StoredEvent;

class QueryExportTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void ingestSamples() throws IOException {
    store = Store.inMemory();
    IngestStoreTest.ingest(store, SampleInputs.write(dir.resolve("in")), new ArrayList<>());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static EventQuery query(String source, String target, String actor, LocalDate since, String root) {
    return new EventQuery(source, target, actor, since, null, root, 100);
  }

  @Test
  void filtersByDyadActorRootAndDate() {
    assertThat(store.events().find(query("RUS", "AZE", null, null, null)))
        .extracting(e -> e.event().evidence()).containsOnly("Russian police detained").hasSize(3);
    assertThat(store.events().find(query(null, null, "AZE", null, null))).hasSize(6);
    assertThat(store.events().find(query(null, null, "AZEGOV", null, null))).hasSize(3);
    assertThat(store.events().find(query(null, null, null, null, "11")))
        .extracting(e -> e.event().article()).containsExactly("wire-003", "u-" + urlHash("https://caspian.example.org/envoy"));
    assertThat(store.events().find(query(null, null, null, LocalDate.of(2025, 6, 10), null)))
        .extracting(e -> e.event().date()).containsExactly("2025-06-10", "2025-06-20");
    assertThat(store.events().find(EventQuery.all(2))).hasSize(2);
  }

  @Test
  void storedEventsReadBackAsWritten() {
    StoredEvent e = store.events().find(query("AZE", "RUS", null, null, "16")).get(0);
    assertThat(e.id()).isEqualTo("wire-001#0");
    assertThat(e.event().source().code()).isEqualTo("AZEGOV");
    assertThat(e.event().cameo()).isEqualTo("161");
    assertThat(e.event().goldstein()).isEqualTo(-4.0);
    assertThat(e.event().location()).isNull();
    String text = store.articles().byId("wire-001").orElseThrow().text();
    assertThat(text.substring(e.event().trigger().start(), e.event().trigger().end())).isEqualTo("recalled");
    String json = Json.mapper().valueToTree(e).toString();
    assertThat(json).startsWith("{\"id\":\"wire-001#0\",\"cluster\":").contains("\"datePrecision\":\"article\"");
  }

  @Test
  void textSearchPagesAndBindsWildcardsAsText() {
    EventQuery police = new EventQuery(null, null, null, null, null, null, "POLICE", 2, 0);
    assertThat(store.events().find(police)).hasSize(2);
    assertThat(store.events().find(new EventQuery(null, null, null, null, null, null, "police", 10, 2))).hasSize(1);
    assertThat(store.events().find(new EventQuery(null, null, null, null, null, null, "%", 10, 0))).isEmpty();
    assertThat(store.events().find(new EventQuery("RUS' OR '1'='1", null, null, null, null, null, "x' --", 10, 0)))
        .isEmpty();
  }

  @Test
  void eventByIdWithItsClusterAndArticle() {
    StoredEvent e = store.events().byId("wire-001#0").orElseThrow();
    assertThat(store.events().cluster(e.cluster())).hasValueSatisfying(c -> assertThat(c.mentions()).isPositive());
    assertThat(store.events().ofArticle("wire-001")).extracting(StoredEvent::id).contains("wire-001#0");
    assertThat(store.events().byId("nope#0")).isEmpty();
    assertThat(store.articles().byId("wire-001")).hasValueSatisfying(a -> assertThat(a.text()).contains(
        e.event().evidence()));
    assertThat(store.events().topDyads(1)).singleElement().satisfies(d -> {
      // AZE → RUS before RUS → AZE at 3 events each: a recall (-4) and two condemnations (-2), all conflict
      assertThat(d.source() + d.target() + d.events()).isEqualTo("AZERUS3");
      assertThat(d.goldstein()).isCloseTo(-8.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(d.conflict()).isEqualTo(1.0);
    });
    List<EventQueries.DyadCount> june = store.events().dyads(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 30), 10);
    // the two events dated from 2025-06-10 on (filtersByDyadActorRootAndDate) share one dyad
    assertThat(june).singleElement().satisfies(d -> assertThat(d.events()).isEqualTo(2));
    assertThat(store.events().dyads(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31), 10)).isEmpty();
  }

  @Test
  void quotesBySpeakerAndMentionedCountry() {
    assertThat(store.articles().quotes("SPOKES", "AZE", 10, 0)).isNotEmpty()
        .allSatisfy(q -> assertThat(q.mentions()).contains("AZE"));
    assertThat(store.articles().quotes(null, "ZZZ", 10, 0)).isEmpty();
    assertThat(store.articles().quotes("' OR 1=1 --", null, 10, 0)).isEmpty();
  }

  @Test
  void monthlySeriesCountsClusters() {
    assertThat(store.events().monthly("RUS", "AZE")).singleElement()
        .satisfies(m -> assertThat(m.events()).isEqualTo(3))
        .satisfies(m -> assertThat(m.goldstein()).isEqualTo(-15.0));
  }

  @Test
  void gdeltHasOneRowPerClusterInGdeltColumns() throws IOException {
    Path out = dir.resolve("events.gdelt.tsv");
    assertThat(store.exporter().export(ExportFormat.GDELT, ExportTarget.of(out))).isEqualTo(5);
    List<String[]> rows = Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(61));
    String[] condemned = rows.stream().filter(r -> r[26].equals("111")).findFirst().orElseThrow();
    assertThat(condemned[1]).isEqualTo("20250602");
    assertThat(condemned[5]).isEqualTo("AZEGOV");
    assertThat(condemned[7]).isEqualTo("AZE");
    assertThat(condemned[17]).isEqualTo("RUS");
    assertThat(condemned[28]).isEqualTo("11");
    assertThat(condemned[29]).isEqualTo("3");
    assertThat(condemned[31] + " " + condemned[32] + " " + condemned[33]).isEqualTo("2 2 2");
    assertThat(condemned[59]).isEqualTo("20250602000000");
  }

  @Test
  void ploverJsonLinesHaveOneObjectPerEvent() throws IOException {
    Path out = dir.resolve("events.plover.jsonl");
    assertThat(store.exporter().export(ExportFormat.PLOVER, ExportTarget.of(out))).isEqualTo(6);
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      events.add(Json.mapper().readTree(line));
    }
    assertThat(events).extracting(e -> e.get("event").get(0).asText()).contains("COERCE", "REDUCE", "DISAPPROVE");
    JsonNode first = events.get(0);
    assertThat(first.get("id").asText()).isEqualTo("story-copy#0");
    assertThat(first.get("date").asText()).isEqualTo("2025-06-01");
    assertThat(first.get("actor").get(0).get("code").asText()).isEqualTo("RUS");
    assertThat(first.get("actor").get(0).get("sector").asText()).isEqualTo("COP");
    assertThat(first.get("recipient").get(0).get("code").asText()).isEqualTo("AZE");
    assertThat(first.get("quad_code").asInt()).isEqualTo(4);
    assertThat(first.get("event_text").get(0).asText()).isEqualTo("Russian police detained");
    assertThat(first.get("text_info").get("start").asInt()).isEqualTo(2);
    assertThat(first.get("cite_info").get("published").asText()).isEqualTo("2025-06-01");
    assertThat(first.get("cite_info").get("language").asText()).isEqualTo("en");
  }

  @Test
  void parquetAndCsvReadBackWithDuckDb() throws SQLException {
    Path parquet = dir.resolve("it's events.parquet");
    assertThat(store.exporter().export(ExportFormat.PARQUET, ExportTarget.of(parquet))).isEqualTo(6);
    assertThat(readBack("SELECT count(*) || ' ' || count(DISTINCT cluster_id) || ' ' || min(cameo) FROM read_parquet(?)",
        parquet)).isEqualTo("6 5 111");
    Path csv = dir.resolve("events.csv");
    store.exporter().export(ExportFormat.CSV, ExportTarget.of(csv));
    assertThat(readBack("SELECT count(*) || ' ' || sum(goldstein) FROM read_csv(?)", csv)).isEqualTo("6 -23.0");
  }

  private static String readBack(String sql, Path file) throws SQLException {
    return StoreRows.query(store, sql, file.toString()).get(0);
  }

  private static String urlHash(String url) {
    return orbit.ingest.ContentHash.sha256(url).substring(0, 16);
  }
}
