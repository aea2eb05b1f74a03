package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.core.OrbitException;

class MigratorTest {
  @TempDir Path dir;

  @Test
  void appliesMissingVersionsInOrderOnce() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(Migrator.standard().migrate(conn)).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(Migrator.standard().migrate(conn)).isEmpty();
      Migrator later = new Migrator("orbit/store/", List.of("V1__schema.sql"));
      assertThat(later.migrate(conn)).isEmpty();
      Migrator extended = Migrator.fromIndex("orbit/store/test/");
      assertThat(extended.migrate(conn)).containsExactly(7);
      assertThat(Migrator.current(conn)).isEqualTo(7);
    }
  }

  @Test
  void version4MarksTheDomesticEventsStoredBefore() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      new Migrator("orbit/store/", List.of("V1__schema.sql", "V2__indicators.sql", "V3__trigger.sql")).migrate(conn);
      try (var s = conn.createStatement()) {
        s.execute("INSERT INTO events (id, cluster_id, article, sentence, start, \"end\", source_country, target_country,"
            + " cameo, root) VALUES ('a#0', 1, 'a', 0, 0, 1, 'GEO', 'GEO', '175', '17'),"
            + " ('a#1', 2, 'a', 0, 0, 1, 'RUS', 'AZE', '173', '17'), ('a#2', 3, 'a', 0, 0, 1, NULL, 'RUS', '173', '17')");
      }
      assertThat(Migrator.standard().migrate(conn)).containsExactly(4, 5, 6);
      try (var s = conn.createStatement(); var r = s.executeQuery("SELECT domestic FROM events ORDER BY id")) {
        List<Boolean> domestic = new java.util.ArrayList<>();
        while (r.next()) {
          domestic.add(r.getBoolean(1));
        }
        assertThat(domestic).containsExactly(true, false, false);
      }
    }
  }

  @Test
  void aFailedMigrationLeavesNothingBehind() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrator.standard().migrate(conn);
      Migrator broken = new Migrator("orbit/store/test/", List.of("V1__unused.sql", "V8__broken.sql"));
      assertThatThrownBy(() -> broken.migrate(conn)).isInstanceOf(OrbitException.class)
          .hasMessageContaining("V8__broken.sql failed");
      assertThat(Migrator.current(conn)).isEqualTo(6);
      try (var s = conn.createStatement();
           var r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'")) {
        r.next();
        assertThat(r.getInt(1)).isZero();
      }
    }
  }

  @Test
  void aReadOnlyOpenOfAnOldStoreMigratesItFirst() throws SQLException {
    Path file = dir.resolve("old.duckdb");
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      assertThat(new Migrator("orbit/store/", List.of("V1__schema.sql")).migrate(conn)).containsExactly(1);
    }
    try (Store store = Store.openReadOnly(StoreConfig.file(file))) {
      assertThat(store.schemaVersion()).isEqualTo(Migrator.standard().latest());
      assertThat(store.count(Store.Table.INDICATORS)).isZero();
    }
  }

  @Test
  void aStoreFileKeepsItsSchemaAcrossOpens() {
    Path file = dir.resolve("orbit.duckdb");
    try (Store store = Store.open(StoreConfig.file(file))) {
      assertThat(store.schemaVersion()).isEqualTo(6);
    }
    try (Store store = Store.open(StoreConfig.file(file))) {
      assertThat(store.schemaVersion()).isEqualTo(6);
      assertThat(store.isOutdated()).isFalse();
      assertThat(store.count(Store.Table.ARTICLES)).isZero();
    }
  }

  @Test
  void versionsMustIncrease() {
    assertThatThrownBy(() -> new Migrator("x/", List.of("V2__a.sql", "V1__b.sql")))
        .hasMessageContaining("increasing versions");
    assertThatThrownBy(() -> new Migrator("x/", List.of("schema.sql"))).hasMessageContaining("V<version>__");
  }
}
