package orbit.store;

import static orbit.core.dedup.Strikes.KHARKIV;
import static orbit.core.dedup.Strikes.strike;
import static orbit.store.ClustererTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import orbit.core.event.DatePrecision;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.Test;

/** The dyads' monthly summary stays equal to counting the stored events, batch after batch. */
class DyadMonthsTest {
  /** The series as counted from the events themselves (how it was queried before schema version 5). */
  private static final String COUNTED = "SELECT strftime(date_trunc('month', event_day), '%Y-%m') || ' '"
      + " || count(DISTINCT cluster_id) || ' ' || count(*) || ' ' || sum(goldstein)::INTEGER FROM events"
      + " WHERE source_country = 'RUS' AND target_country = 'UKR' AND event_day IS NOT NULL"
      + " GROUP BY date_trunc('month', event_day) ORDER BY 1";

  @Test
  void clustersThatGrowAcrossBatchesAndMonthsCountOncePerMonth() throws SQLException {
    try (Store store = Store.inMemory()) {
      store.write(List.of(outcome("kyiv-1", "Kyiv Post", strike("190", "2025-06-29", DatePrecision.DAY, KHARKIV,
          Factuality.ASSERTED), strike("193", "2025-06-30", DatePrecision.DAY, null, Factuality.ASSERTED))));
      // joins kyiv-1's cluster in June (no new cluster there) and in July (its first event that month)
      store.write(List.of(outcome("kyiv-2", "Kyiv Post", strike("190", "2025-06-30", DatePrecision.DAY, KHARKIV,
          Factuality.ASSERTED), strike("190", "2025-07-01", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED))));
      // clusters found elsewhere: "x" joins the stored cluster once more in July, "y" is new
      Outcome found = outcome("wire-1", "Wire", strike("190", "2025-07-02", DatePrecision.DAY, KHARKIV,
          Factuality.ASSERTED), strike("190", "2025-07-20", DatePrecision.DAY, KHARKIV, Factuality.ASSERTED));
      store.write(List.of(new Outcome(found.record(), found.article(), found.contentHash(), found.language(),
          found.doc(), List.of("x", "y"))));
      assertThat(store.events().monthly("RUS", "UKR"))
          .extracting(m -> m.month() + " " + m.events() + " " + m.mentions() + " " + (int) m.goldstein())
          .containsExactly("2025-06-01 1 3 -30", "2025-07-01 2 3 -30")
          .containsExactlyElementsOf(StoreRows.query(store, COUNTED).stream()
              .map(row -> row.substring(0, 7) + "-01" + row.substring(7)).toList());
      assertThat(store.events().monthly("UKR", "RUS")).isEmpty();
    }
  }

  @Test
  void version5CountsTheEventsStoredBefore() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      new Migrator("orbit/store/", List.of("V1__schema.sql", "V2__indicators.sql", "V3__trigger.sql",
          "V4__domestic.sql")).migrate(conn);
      try (var s = conn.createStatement()) {
        s.execute("INSERT INTO events (id, cluster_id, article, sentence, start, \"end\", source_country, target_country,"
            + " cameo, root, goldstein, event_day) VALUES ('a#0', 1, 'a', 0, 0, 1, 'RUS', 'AZE', '173', '17', -5, '2025-06-02'),"
            + " ('a#1', 1, 'a', 0, 0, 1, 'RUS', 'AZE', '173', '17', -5, '2025-06-03'),"
            + " ('b#0', 2, 'b', 0, 0, 1, 'RUS', 'AZE', '173', '17', NULL, '2025-06-20'),"
            + " ('b#1', 3, 'b', 0, 0, 1, NULL, 'AZE', '173', '17', -5, '2025-06-20')");
      }
      assertThat(Migrator.standard().migrate(conn)).containsExactly(5, 6);
      try (var s = conn.createStatement(); var r = s.executeQuery("SELECT * FROM dyad_months")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1) + r.getString(2) + " " + r.getDate(3) + " " + r.getLong(4) + " " + r.getLong(5)
            + " " + r.getDouble(6)).isEqualTo("RUSAZE 2025-06-01 2 3 -10.0");
        assertThat(r.next()).isFalse();
      }
    }
  }
}
