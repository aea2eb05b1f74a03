package orbit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import orbit.core.OrbitException;
import org.duckdb.DuckDBConnection;

/**
 * Orbit's store: one DuckDB file holding articles, events, quotes, clusters and the ingest log.
 * Opening it applies any missing schema migration. One writer at a time; not thread-safe.
 */
public final class Store implements AutoCloseable {
  private final DuckDBConnection conn;
  private final Path file;
  // clusters found elsewhere (the Spark job's) that this store's writes have met so far
  private final KeptClusters kept = new KeptClusters();

  /** {@code file}: the database file (null: in memory), which an export must never overwrite. */
  private Store(DuckDBConnection conn, Path file) {
    this.conn = conn;
    this.file = file;
  }

  public static Store open(StoreConfig config) {
    Properties props = new Properties();
    props.setProperty("memory_limit", config.memoryLimit());
    props.setProperty("threads", Integer.toString(config.threads()));
    String url = config.file() == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + config.file().toAbsolutePath();
    try {
      DuckDBConnection conn = DriverManager.getConnection(url, props).unwrap(DuckDBConnection.class);
      try {
        Migrator.standard().migrate(conn);
      } catch (SQLException | RuntimeException e) {
        conn.close();
        throw e;
      }
      return new Store(conn, config.file());
    } catch (SQLException e) {
      String where = config.file() == null ? "in memory" : config.file().toString();
      throw new OrbitException("cannot open the store " + where + ": " + e.getMessage()
          + " (is another orbit process using it?)", e);
    }
  }

  public static Store inMemory() {
    return open(StoreConfig.inMemory());
  }

  /** The connection, for the query and export classes of this package. */
  Connection connection() {
    return conn;
  }

  /** The content hashes among {@code hashes} that are already stored. */
  public Set<String> knownHashes(Collection<String> hashes) {
    try {
      return BatchWriter.existing(conn, BatchWriter.HASHES, hashes);
    } catch (SQLException e) {
      throw new OrbitException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the batch's articles, events, quotes and log rows in one transaction; returns the final log records
   * (an article found stored meanwhile becomes a duplicate). Events that carry a cluster found elsewhere
   * ({@link Outcome#clusters}): the first written of each joins or starts a store cluster by the store's rule,
   * its other events follow.
   */
  public List<IngestRecord> write(List<Outcome> batch) {
    return new BatchWriter(conn, kept).write(batch);
  }

  /** The version of the newest schema migration applied. */
  public int schemaVersion() {
    try {
      return Migrator.current(conn);
    } catch (SQLException e) {
      throw new OrbitException("cannot read the schema version: " + e.getMessage(), e);
    }
  }

  /** Whether the store lacks schema migrations this version of Orbit has. */
  public boolean isOutdated() {
    return schemaVersion() < Migrator.standard().latest();
  }

  /** Number of rows of one of the store's tables (articles, events, quotes, clusters, ingest_log). */
  public long count(Table table) {
    try (PreparedStatement q = conn.prepareStatement("SELECT count(*) FROM " + table.sqlName());
         ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new OrbitException("cannot count " + table.sqlName() + ": " + e.getMessage(), e);
    }
  }

  public EventQueries events() {
    return new EventQueries(conn);
  }

  public MapQueries map() {
    return new MapQueries(conn);
  }

  public ArticleQueries articles() {
    return new ArticleQueries(conn);
  }

  /**
   * The same database through a new connection, for one more reader thread (the web server keeps a few).
   * Close it when done; the database stays open while any of its connections is.
   */
  public Store duplicate() {
    try {
      return new Store((DuckDBConnection) conn.duplicate(), file);
    } catch (SQLException e) {
      throw new OrbitException("cannot open another connection to the store: " + e.getMessage(), e);
    }
  }

  /**
   * An existing store opened read-only: no write; other read-only processes (serve, events, export) may open it
   * at the same time. A store that lacks migrations is migrated first, which needs the file to itself for a moment.
   */
  public static Store openReadOnly(StoreConfig config) {
    Store store = readOnly(config);
    if (store.isOutdated()) {
      // readers expect the current columns: migrate once, then read-only again
      store.close();
      open(config).close();
      store = readOnly(config);
    }
    return store;
  }

  private static Store readOnly(StoreConfig config) {
    Properties props = new Properties();
    props.setProperty("memory_limit", config.memoryLimit());
    props.setProperty("threads", Integer.toString(config.threads()));
    props.setProperty("duckdb.read_only", "true");
    try {
      DuckDBConnection conn = DriverManager.getConnection("jdbc:duckdb:" + config.file().toAbsolutePath(), props)
          .unwrap(DuckDBConnection.class);
      return new Store(conn, config.file());
    } catch (SQLException e) {
      throw new OrbitException("cannot open the store " + config.file() + " read-only: " + e.getMessage()
          + " (is an orbit ingest writing to it?)", e);
    }
  }

  public AnalyticsQueries analytics() {
    return new AnalyticsQueries(conn);
  }

  public WatchState watch() {
    return new WatchState(conn);
  }

  public Exporter exporter() {
    return new Exporter(conn, file);
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new OrbitException("cannot close the store: " + e.getMessage(), e);
    }
  }

  /** The store's tables; the names are fixed identifiers, never user input. */
  public enum Table {
    ARTICLES, EVENTS, QUOTES, CLUSTERS, INGEST_LOG, INDICATORS, ALERTS, WATCHED;

    String sqlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
