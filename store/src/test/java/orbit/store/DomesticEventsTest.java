package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.Json;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domestic events and sides left unknown, through the store: stored, listed on request, exported, kept out of dyads. */
class DomesticEventsTest {
  static final String TEXT = "Russian police detained Azerbaijanis. Georgian police dispersed protesters. Two journalists were detained.";

  @TempDir Path dir;

  static Event event(int start, int end, Actor source, Actor target, String cameo) {
    return new Event("d-1", 0, start, end, TEXT.substring(start, end), null, source, target, cameo, cameo.substring(0, 2),
        "COERCE", -5.0, 4, "2025-06-30", DatePrecision.DAY, null, Factuality.ASSERTED, null, 0.7);
  }

  static Store filled() {
    Store store = Store.inMemory();
    Article article = new Article("d-1", LocalDate.parse("2025-06-30"), null, null, "test", TEXT);
    List<Event> events = List.of(
        event(0, 36, Actor.of("RUS", "COP", "Russian police"), Actor.of("AZE", "CVL", "Azerbaijanis"), "173"),
        event(38, 74, Actor.of("GEO", "COP", "Georgian police"), Actor.of("GEO", "OPP", "protesters"), "175"),
        event(76, 105, null, Actor.of("RUS", "JRN", "Two journalists"), "173"));
    store.write(List.of(new Outcome(new IngestRecord("test", "line 1", IngestStatus.OK, null), article, "hash-d", "en",
        ArticleDoc.of(article).withEvents(events))));
    return store;
  }

  @Test
  void listsLeaveDomesticEventsOutUnlessAskedAndShowUnknownSides() {
    try (Store store = filled()) {
      EventQuery international = new EventQuery(null, null, null, null, null, null, 10);
      assertThat(store.events().find(international)).extracting(e -> e.event().cameo() + " " + e.event().domestic())
          .containsExactly("173 false", "173 false");
      assertThat(store.events().find(international)).anySatisfy(e -> assertThat(e.event().source()).isNull());
      EventQuery all = new EventQuery(null, null, null, null, null, null, null, 10, 0, true);
      assertThat(store.events().find(all)).extracting(e -> e.event().domestic()).containsExactly(false, true, false);
    }
  }

  @Test
  void analyticsTakeKnownSidesOnlyAndDomesticDyadsOnRequest() {
    try (Store store = filled()) {
      assertThat(store.analytics().facts(null)).extracting(f -> f.source() + f.target()).containsExactly("RUSAZE");
      assertThat(store.analytics().facts(null, true)).extracting(f -> f.source() + f.target())
          .containsExactly("RUSAZE", "GEOGEO");
      assertThat(store.events().topDyads(10)).extracting(d -> d.source() + d.target()).containsExactly("RUSAZE");
    }
  }

  @Test
  void exportsCarryTheDomesticFlagAndEmptyUnknownSides() throws IOException {
    try (Store store = filled()) {
      Path csv = dir.resolve("events.csv");
      store.exporter().export(ExportFormat.CSV, ExportTarget.of(csv));
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines.get(0)).endsWith(",domestic");
      assertThat(lines.subList(1, 4)).extracting(l -> l.substring(l.lastIndexOf(',') + 1))
          .containsExactly("false", "true", "false");
      Path plover = dir.resolve("events.jsonl");
      store.exporter().export(ExportFormat.PLOVER, ExportTarget.of(plover));
      List<JsonNode> rows = new ArrayList<>();
      for (String line : Files.readAllLines(plover)) {
        rows.add(Json.mapper().readTree(line));
      }
      assertThat(rows).extracting(r -> r.get("domestic").asBoolean()).containsExactly(false, true, false);
      assertThat(rows.get(2).get("actor")).isEmpty();
      Path gdelt = dir.resolve("events.tsv");
      store.exporter().export(ExportFormat.GDELT, ExportTarget.of(gdelt));
      String[] unknown = Files.readAllLines(gdelt).stream().map(l -> l.split("\t", -1))
          .filter(r -> r[15].equals("RUSJRN")).findFirst().orElseThrow();
      assertThat(unknown[5] + unknown[6] + unknown[7]).isEmpty();
    }
  }
}
