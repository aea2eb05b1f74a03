package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import orbit.core.event.Span;
import orbit.ingest.IngestRecord;
import orbit.ingest.IngestStatus;
import orbit.ingest.Outcome;

/** The de-duplication rule of docs/dedup.md on hand-made events. */
class ClusterKeyTest {
  private static final Actor RUSSIA = Actor.of("RUS", "MIL", "Russian forces");
  private static final Actor UKRAINE = Actor.of("UKR", "CVL", "civilians in Kharkiv");
  private static final Location KHARKIV = new Location("Kharkiv", "UKR", 49.99, 36.23);

  static Event strike(String cameo, String date, DatePrecision precision, Location where, Factuality f) {
    return new Event("a", 0, 0, 10, "Russian forces shelled Kharkiv", new Span(15, 22), RUSSIA, UKRAINE, cameo, cameo.substring(0, 2),
        "ASSAULT", -10.0, 4, date, precision, where, f, null, 0.9);
  }

  static ClusterKey key(String cameo, String date, DatePrecision precision) {
    return ClusterKey.of(strike(cameo, date, precision, KHARKIV, Factuality.ASSERTED));
  }

  @Test
  void dayPrecisionEventsWithinThreeDaysMatch() {
    ClusterKey first = key("190", "2025-06-10", DatePrecision.DAY);
    assertThat(first.compatible(key("190", "2025-06-13", DatePrecision.DAY))).isTrue();
    assertThat(first.compatible(key("190", "2025-06-14", DatePrecision.DAY))).isFalse();
    assertThat(first.compatible(key("190", "2025-06-07", DatePrecision.DAY))).isTrue();
  }

  @Test
  void coarserDatesMatchWhenTheirPeriodHoldsTheDay() {
    ClusterKey day = key("195", "2025-06-30", DatePrecision.DAY);
    assertThat(day.compatible(key("195", "2025-06", DatePrecision.MONTH))).isTrue();
    assertThat(day.compatible(key("195", "2025-07", DatePrecision.MONTH))).isFalse();
    assertThat(day.compatible(key("195", "2025", DatePrecision.YEAR))).isTrue();
    assertThat(key("195", "2025-06", DatePrecision.MONTH).compatible(key("195", "2025-07", DatePrecision.MONTH))).isFalse();
  }

  @Test
  void articleDatedEventsCoverTheArticleDayAndTheDayBefore() {
    ClusterKey reported = key("190", "2025-06-12", DatePrecision.ARTICLE);
    assertThat(reported.compatible(key("190", "2025-06-08", DatePrecision.DAY))).isTrue();
    assertThat(reported.compatible(key("190", "2025-06-07", DatePrecision.DAY))).isFalse();
  }

  @Test
  void codesMustRefineOneAnother() {
    assertThat(ClusterKey.compatibleCodes("190", "193")).isTrue();
    assertThat(ClusterKey.compatibleCodes("182", "1823")).isTrue();
    assertThat(ClusterKey.compatibleCodes("181", "182")).isFalse();
    assertThat(ClusterKey.compatibleCodes("18", "186")).isTrue();
    assertThat(key("181", "2025-06-10", DatePrecision.DAY).compatible(key("182", "2025-06-10", DatePrecision.DAY)))
        .isFalse();
  }

  @Test
  void directionCountryLocationAndFactualityMustAgree() {
    ClusterKey base = key("190", "2025-06-10", DatePrecision.DAY);
    Event reversed = new Event("a", 0, 0, 1, "x", null, UKRAINE, RUSSIA, "190", "19", "ASSAULT", -10, 4, "2025-06-10",
        DatePrecision.DAY, KHARKIV, Factuality.ASSERTED, null, 0.9);
    assertThat(base.compatible(ClusterKey.of(reversed))).isFalse();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY, null, Factuality.REPORTED))))
        .isTrue();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY,
        new Location("Belgorod", "RUS", null, null), Factuality.ASSERTED)))).isFalse();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY, KHARKIV,
        Factuality.DENIED)))).isFalse();
  }

  @Test
  void storeCountsMentionsArticlesAndSourcesPerCluster() throws SQLException {
    try (Store store = Store.inMemory()) {
      store.write(List.of(
          outcome("kyiv-1", "Kyiv Post", strike("190", "2025-06-10", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED),
              strike("193", "2025-06-11", DatePrecision.DAY, null, Factuality.ASSERTED)),
          outcome("wire-1", "Wire", strike("190", "2025-06", DatePrecision.MONTH, KHARKIV, Factuality.REPORTED))));
      store.write(List.of(
          outcome("kyiv-2", "Kyiv Post", strike("190", "2025-06-12", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED),
              strike("190", "2025-06-20", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED))));
      assertThat(store.count(Store.Table.CLUSTERS)).isEqualTo(2);
      assertThat(store.events().find(EventQuery.all(10))).extracting(StoredEvent::cluster)
          .containsExactly(1L, 1L, 1L, 1L, 2L);
      assertThat(IngestStoreTest.query(store, "SELECT num_mentions || ' ' || num_articles || ' ' || num_sources"
          + " FROM clusters ORDER BY cluster_id")).containsExactly("4 3 2", "1 1 1");
    }
  }

  static Outcome outcome(String id, String source, Event... events) {
    Article article = new Article(id, java.time.LocalDate.of(2025, 6, 21), null, null, source, id + " text");
    List<Event> mine = java.util.Arrays.stream(events).map(e -> new Event(id, e.sentence(), e.start(), e.end(),
        e.evidence(), e.trigger(), e.source(), e.target(), e.cameo(), e.root(), e.plover(), e.goldstein(), e.quad(), e.date(),
        e.datePrecision(), e.location(), e.factuality(), e.attributedTo(), e.confidence())).toList();
    return new Outcome(new IngestRecord(id, "", IngestStatus.OK, null), article,
        orbit.ingest.ContentHash.of(article.text()), "en", ArticleDoc.of(article).withEvents(mine));
  }
}
