package orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import orbit.core.OrbitException;

/**
 * Applies the schema migrations a database lacks, in version order, each in its own transaction
 * together with its row in {@code schema_version}. Migrations are SQL resources named
 * {@code V<version>__<what>.sql}, listed in order in {@code migrations.txt} beside them (a name with a
 * slash is a resource path of its own).
 */
final class Migrator {
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");
  private final List<String> names;

  /** Migrations given as resource paths, or as names in {@code folder}. */
  Migrator(String folder, List<String> names) {
    this.names = names.stream().map(n -> n.contains("/") ? n : folder + n).toList();
    int last = 0;
    for (String name : names) {
      int version = version(name);
      if (version <= last) {
        throw new IllegalArgumentException("migrations must have increasing versions: " + name + " after V" + last);
      }
      last = version;
    }
  }

  /** Orbit's own migrations, from {@code orbit/store/migrations.txt}. */
  static Migrator standard() {
    return fromIndex("orbit/store/");
  }

  static Migrator fromIndex(String folder) {
    List<String> names = new ArrayList<>();
    for (String line : resource(folder + "migrations.txt").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return new Migrator(folder, names);
  }

  /** Applies the missing migrations; returns the versions applied. */
  List<Integer> migrate(Connection conn) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
          + " applied TIMESTAMP NOT NULL DEFAULT current_timestamp)");
    }
    int current = current(conn);
    List<Integer> applied = new ArrayList<>();
    for (String name : names) {
      int version = version(name);
      if (version > current) {
        apply(conn, version, name);
        applied.add(version);
      }
    }
    return applied;
  }

  /** The version the migrations lead to. */
  int latest() {
    return names.isEmpty() ? 0 : version(names.get(names.size() - 1));
  }

  static int current(Connection conn) throws SQLException {
    try (Statement s = conn.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private void apply(Connection conn, int version, String name) throws SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try (Statement s = conn.createStatement();
         PreparedStatement record = conn.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
      s.execute(resource(name));
      record.setInt(1, version);
      record.setString(2, name);
      record.executeUpdate();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw new OrbitException("schema migration " + name + " failed, nothing of it was applied: " + e.getMessage(), e);
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  private static int version(String name) {
    Matcher m = VERSION.matcher(name.substring(name.lastIndexOf('/') + 1));
    if (!m.matches()) {
      throw new IllegalArgumentException("a migration is named V<version>__<what>.sql, not " + name);
    }
    return Integer.parseInt(m.group(1));
  }

  private static String resource(String path) {
    try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + path, e);
    }
  }
}
