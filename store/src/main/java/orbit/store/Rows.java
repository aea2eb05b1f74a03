package orbit.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/** Runs one parameterised SELECT and maps its rows; every value is bound as a {@code ?} parameter. */
final class Rows {
  /** Maps the current row of a result. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> list(Connection conn, String sql, List<?> params, Mapper<T> mapper, String what) {
    try (PreparedStatement q = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        q.setObject(i + 1, params.get(i));
      }
      List<T> found = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(mapper.map(r));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new OrbitException("cannot query " + what + ": " + e.getMessage(), e);
    }
  }

  static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** The text with LIKE's wildcards escaped by a backslash, for {@code LIKE ? ESCAPE '\'}. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
