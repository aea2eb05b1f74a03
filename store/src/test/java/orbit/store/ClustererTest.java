package orbit.store;

import static orbit.core.dedup.Strikes.KHARKIV;
import static orbit.core.dedup.Strikes.strike;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.Test;

/** The store clusters events as they are written, with the rule of docs/dedup.md. */
class ClustererTest {
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
      assertThat(StoreRows.query(store, "SELECT num_mentions || ' ' || num_articles || ' ' || num_sources"
          + " FROM clusters ORDER BY cluster_id")).containsExactly("4 3 2", "1 1 1");
    }
  }

  @Test
  void keptClustersStayWholeAndMergeWithStoredOnes() {
    try (Store store = Store.inMemory()) {
      store.write(List.of(outcome("kyiv-1", "Kyiv Post",
          strike("190", "2025-06-10", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED))));
      // found elsewhere: a (compatible with the stored cluster) and b, 20 days later, in one cluster "x"; c alone
      Outcome found = outcome("wire-1", "Wire", strike("190", "2025-06-11", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED),
          strike("190", "2025-06-30", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED),
          strike("190", "2025-07-01", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED));
      store.write(List.of(new Outcome(found.record(), found.article(), found.contentHash(), found.language(),
          found.doc(), List.of("x", "x", "c"))));
      assertThat(store.events().find(EventQuery.all(10))).extracting(e -> e.id() + " " + e.cluster())
          .containsExactlyInAnyOrder("kyiv-1#0 1", "wire-1#0 1", "wire-1#1 1", "wire-1#2 2");
      assertThat(store.events().cluster(1)).get().extracting(c -> c.mentions() + " " + c.articles() + " " + c.sources())
          .isEqualTo("3 2 2");
    }
  }

  static Outcome outcome(String id, String source, Event... events) {
    Article article = new Article(id, java.time.LocalDate.of(2025, 6, 21), null, null, source, id + " text");
    List<Event> mine = java.util.Arrays.stream(events).map(e -> new Event(id, e.sentence(), e.start(), e.end(),
        e.evidence(), e.trigger(), e.source(), e.target(), e.cameo(), e.root(), e.plover(), e.goldstein(), e.quad(), e.date(),
        e.datePrecision(), e.location(), e.factuality(), e.attributedTo(), e.confidence())).toList();
    return new Outcome(new IngestRecord(id, "", IngestStatus.OK, null), article,
        "hash-" + id, "en", ArticleDoc.of(article).withEvents(mine));
  }
}
