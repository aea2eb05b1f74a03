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
import org.junit.jupiter.api.Test;

class AnalyticsQueriesTest {
  static final String TEXT = "Russian police detained Azerbaijanis. Baku may cancel the visit. Russia met Russia.";

  static Event event(int start, int end, String src, String tgt, String cameo, double goldstein, int quad,
                     String date, Factuality factuality) {
    return new Event("t-1", 0, start, end, TEXT.substring(start, end), null, Actor.of(src, "GOV", src), Actor.of(tgt, "GOV", tgt),
        cameo, cameo.substring(0, 2), null, goldstein, quad, date, DatePrecision.DAY, null, factuality, null, 0.9);
  }

  static void write(Store store) {
    Article article = new Article("t-1", LocalDate.parse("2025-06-30"), null, null, "test", TEXT);
    List<Event> events = List.of(
        event(0, 36, "RUS", "AZE", "173", -5.0, 4, "2025-06-30", Factuality.ASSERTED),
        event(38, 63, "AZE", "RUS", "161", -4.0, 3, "2025-07-01", Factuality.HYPOTHETICAL),
        event(65, 82, "RUS", "RUS", "040", 1.0, 1, "2025-06-30", Factuality.ASSERTED));
    store.write(List.of(new Outcome(new IngestRecord("test", "line 1", IngestStatus.OK, null), article, "hash-1", "en",
        ArticleDoc.of(article).withEvents(events))));
  }

  @Test
  void factsAreAssertedOrReportedEventsBetweenTwoCountries() {
    try (Store store = Store.inMemory()) {
      write(store);
      assertThat(store.analytics().facts(null)).singleElement().satisfies(f -> {
        assertThat(f.source() + f.target() + f.cameo()).isEqualTo("RUSAZE173");
        assertThat(f.day()).isEqualTo(LocalDate.parse("2025-06-30"));
        assertThat(f.evidence()).isEqualTo("Russian police detained Azerbaijanis");
      });
      assertThat(store.analytics().facts(LocalDate.parse("2025-07-01"))).isEmpty();
      assertThat(store.analytics().articlesPerDay(null)).containsExactly(java.util.Map.entry(LocalDate.parse("2025-06-30"), 1L));
    }
  }

  @Test
  void quotesAreFoundByTheCountriesTheyMention() {
    try (Store store = Store.inMemory()) {
      Article article = new Article("t-2", LocalDate.parse("2025-07-01"), null, null, "test", TEXT);
      orbit.core.event.Quote quote = new orbit.core.event.Quote("t-2", 0, 0, 10, "Russian po", true,
          new orbit.core.event.Speaker("Temur Umarov", "fellow", "Carnegie", null), List.of("RUS", "AZE"),
          java.util.Map.of("RUS", -0.5));
      store.write(List.of(new Outcome(new IngestRecord("test", "line 1", IngestStatus.OK, null), article, "hash-2", "en",
          ArticleDoc.of(article).withQuotes(List.of(quote)))));
      assertThat(store.analytics().quotesMentioning("AZE")).singleElement().satisfies(q -> {
        assertThat(q.speaker().name()).isEqualTo("Temur Umarov");
        assertThat(q.tone()).containsEntry("RUS", -0.5);
      });
      assertThat(store.analytics().quotesMentioning("ARM")).isEmpty();
    }
  }

  @Test
  void indicatorsLoadAndReplaceByKey() {
    try (Store store = Store.inMemory()) {
      Indicator trade = new Indicator("ARM", "RUS", 2023, "trade_share", 35, "%", "ArmStat", "https://a", "Jan-Oct");
      assertThat(store.analytics().loadIndicators(List.of(trade))).isEqualTo(1);
      Indicator revised = new Indicator("ARM", "RUS", 2023, "trade_share", 36, "%", "ArmStat", "https://a", null);
      store.analytics().loadIndicators(List.of(revised));
      assertThat(store.analytics().indicators()).containsExactly(revised);
      assertThat(store.count(Store.Table.INDICATORS)).isEqualTo(1);
    }
  }
}
