package orbit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** For tests (here and the pipeline's): the first column of a query's rows, run on a store's own connection. */
public final class StoreRows {
  private StoreRows() {}

  public static List<String> query(Store store, String sql, Object... params) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement q = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
    }
    return rows;
  }
}
