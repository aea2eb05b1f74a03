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
      assertThat(Migrator.standard().migrate(conn)).containsExactly(1, 2, 3);
      assertThat(Migrator.standard().migrate(conn)).isEmpty();
      Migrator later = new Migrator("orbit/store/", List.of("V1__schema.sql"));
      assertThat(later.migrate(conn)).isEmpty();
      Migrator extended = Migrator.fromIndex("orbit/store/test/");
      assertThat(extended.migrate(conn)).containsExactly(4);
      assertThat(Migrator.current(conn)).isEqualTo(4);
    }
  }

  @Test
  void aFailedMigrationLeavesNothingBehind() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrator.standard().migrate(conn);
      Migrator broken = new Migrator("orbit/store/test/", List.of("V1__unused.sql", "V5__broken.sql"));
      assertThatThrownBy(() -> broken.migrate(conn)).isInstanceOf(OrbitException.class)
          .hasMessageContaining("V5__broken.sql failed");
      assertThat(Migrator.current(conn)).isEqualTo(3);
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
      assertThat(store.schemaVersion()).isEqualTo(3);
    }
    try (Store store = Store.open(StoreConfig.file(file))) {
      assertThat(store.schemaVersion()).isEqualTo(3);
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
