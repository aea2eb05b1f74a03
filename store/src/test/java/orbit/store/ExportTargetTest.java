package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is written whole or not at all, and never over the store it reads. */
class ExportTargetTest {
  @TempDir Path dir;

  @Test
  void aFailedExportLeavesTheOldFileAsItWas() throws IOException, SQLException {
    Path out = dir.resolve("events.csv");
    Files.writeString(out, "the previous export\n");
    try (Store store = Store.inMemory(); Statement s = store.connection().createStatement()) {
      s.execute("DROP TABLE events");
      for (ExportFormat format : ExportFormat.values()) {
        assertThatThrownBy(() -> store.exporter().export(format, ExportTarget.of(out)))
            .isInstanceOf(OrbitException.class).hasMessageContaining("cannot export");
        assertThat(Files.readString(out)).as(format.name()).isEqualTo("the previous export\n");
      }
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void theStoreRefusesToExportOntoItselfEvenWhenForced() {
    Path db = dir.resolve("orbit.duckdb");
    try (Store store = Store.open(StoreConfig.file(db))) {
      for (Path out : new Path[] {db, dir.resolve("./orbit.duckdb"), dir.resolve("orbit.duckdb.wal")}) {
        assertThatThrownBy(() -> store.exporter().export(ExportFormat.CSV, new ExportTarget(out, true)))
            .isInstanceOf(OrbitException.class).hasMessageContaining("is the store being exported");
      }
    }
    try (Store store = Store.openReadOnly(StoreConfig.file(db))) {
      assertThat(store.schemaVersion()).isPositive();
    }
  }

  @Test
  void aDuckDbFileIsKnownByItsHeaderNotItsName() throws IOException {
    Path db = dir.resolve("events.csv");
    Store.open(StoreConfig.file(db)).close();
    Path csv = Files.writeString(dir.resolve("data.duckdb"), "id,cluster_id\n1,2\n");
    Path tiny = Files.writeString(dir.resolve("tiny.duckdb"), "DUCK");
    assertThat(ExportTarget.isDuckDb(db)).isTrue();
    assertThat(ExportTarget.isDuckDb(csv)).isFalse();
    assertThat(ExportTarget.isDuckDb(tiny)).isFalse();
    assertThat(ExportTarget.of(db).refusal(null)).hasValueSatisfying(m -> assertThat(m).contains("--force"));
    assertThat(new ExportTarget(db, true).refusal(null)).isEmpty();
    assertThat(ExportTarget.of(csv).refusal(null)).isEmpty();
    assertThat(ExportTarget.of(dir).refusal(null)).hasValueSatisfying(m -> assertThat(m).contains("is a folder"));
  }
}
