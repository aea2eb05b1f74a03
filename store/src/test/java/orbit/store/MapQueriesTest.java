package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import org.junit.jupiter.api.Test;

/** The map's places and country shades, over a small store with places, an unplaced event and a domestic one. */
class MapQueriesTest {
  static final String TEXT = "Russian police detained Azerbaijanis in Yekaterinburg. Baku summoned the Russian envoy."
      + " Georgian police dispersed protesters in Tbilisi. Moscow protested to Baku.";
  static final Location YEKATERINBURG = new Location("Yekaterinburg", "RUS", 56.84, 60.61);
  static final Location BAKU = new Location("Baku", "AZE", 40.41, 49.87);
  static final Location TBILISI = new Location("Tbilisi", "GEO", 41.72, 44.79);

  static Event event(String day, Actor source, Actor target, String cameo, double goldstein, Location where) {
    return new Event("m-1", 0, 0, 10, TEXT.substring(0, 10), null, source, target, cameo, cameo.substring(0, 2), null,
        goldstein, goldstein < 0 ? 3 : 1, day, DatePrecision.DAY, where, Factuality.ASSERTED, null, 0.7);
  }

  static Store filled() {
    Store store = Store.inMemory();
    Article article = new Article("m-1", LocalDate.parse("2025-07-01"), null, null, "test", TEXT);
    Actor rus = Actor.of("RUS", "COP", "Russian police");
    Actor aze = Actor.of("AZE", "GOV", "Baku");
    store.write(List.of(new Outcome(new IngestRecord("test", "line 1", IngestStatus.OK, null), article, "hash-m", "en",
        ArticleDoc.of(article).withEvents(List.of(
            event("2025-06-28", rus, Actor.of("AZE", "CVL", "Azerbaijanis"), "173", -5, YEKATERINBURG),
            event("2025-06-30", aze, Actor.of("RUS", "GOV", "Russian envoy"), "1246", -2, BAKU),
            event("2025-06-30", Actor.of("GEO", "COP", "Georgian police"), Actor.of("GEO", "OPP", "protesters"), "175",
                -9, TBILISI),
            event("2025-07-01", Actor.of("RUS", "GOV", "Moscow"), aze, "111", -2, null))))));
    return store;
  }

  @Test
  void placesWithCoordinatesMostEventsFirstDomesticOnRequest() {
    try (Store store = filled()) {
      MapQueries map = store.map();
      assertThat(map.places(new MapQueries.Filter(null, null, null, false), 10)).extracting(MapQueries.PlaceCount::name)
          .containsExactlyInAnyOrder("Yekaterinburg", "Baku");
      List<MapQueries.PlaceCount> all = map.places(new MapQueries.Filter(null, null, null, true), 10);
      assertThat(all).extracting(MapQueries.PlaceCount::name).contains("Tbilisi");
      MapQueries.PlaceCount baku = all.stream().filter(p -> p.name().equals("Baku")).findFirst().orElseThrow();
      assertThat(baku.lat()).isEqualTo(40.41);
      assertThat(baku.goldstein()).isEqualTo(-2.0);
      assertThat(baku.latest()).hasSize(1).allMatch(id -> id.startsWith("m-1#"));
      assertThat(map.places(new MapQueries.Filter(LocalDate.parse("2025-06-29"), null, null, false), 10))
          .extracting(MapQueries.PlaceCount::name).containsExactly("Baku");
      assertThat(map.places(new MapQueries.Filter(null, null, "GEO", true), 10))
          .extracting(MapQueries.PlaceCount::name).containsExactly("Tbilisi");
    }
  }

  @Test
  void countriesAreShadedByTheirRelationsOrByTheirRelationWithTheActor() {
    try (Store store = filled()) {
      MapQueries map = store.map();
      assertThat(map.countries(new MapQueries.Filter(null, null, null, false)))
          .extracting(c -> c.country() + " " + c.events()).containsExactly("AZE 3", "RUS 3");
      List<MapQueries.CountryCount> aroundRussia = map.countries(new MapQueries.Filter(null, null, "RUS", false));
      assertThat(aroundRussia).extracting(MapQueries.CountryCount::country).containsExactly("AZE");
      assertThat(aroundRussia.get(0).goldstein()).isEqualTo(-3.0);
      assertThat(aroundRussia.get(0).conflict()).isEqualTo(1.0);
      assertThat(map.countries(new MapQueries.Filter(null, null, "GEO", true))).isEmpty();
    }
  }
}
