package orbit.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.core.event.Location;

/**
 * One row of the GDELT 2.0 event table (61 columns, GDELT's order) from a cluster's
 * representative event and counts. Columns Orbit does not know are empty: known-group, ethnic and
 * religion codes, the second and third actor types, IsRootEvent, AvgTone, actor geography, ADM
 * codes and feature ids. Country codes are Orbit's (ISO alpha-3), not GDELT's FIPS geo codes.
 */
final class GdeltRow {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private GdeltRow() {}

  /** The row's fields; {@code day} is the event's day, {@code added} the cluster's first-seen date. */
  static List<String> of(long clusterId, Event e, LocalDate day, int mentions, int sources, int articles,
                         LocalDate added, String url) {
    List<String> row = new ArrayList<>(COLUMNS);
    row.add(Long.toString(clusterId));
    row.add(day == null ? "" : day.format(DAY));
    row.add(day == null ? "" : day.format(DAY).substring(0, 6));
    row.add(day == null ? "" : Integer.toString(day.getYear()));
    row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
    actor(row, e.source());
    actor(row, e.target());
    row.add("");
    row.add(e.cameo());
    row.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
    row.add(e.root());
    row.add(Integer.toString(e.quad()));
    row.add(Double.toString(e.goldstein()));
    row.add(Integer.toString(mentions));
    row.add(Integer.toString(sources));
    row.add(Integer.toString(articles));
    row.add("");
    row.addAll(Collections.nCopies(16, ""));
    geo(row, e.location());
    row.add(added == null ? "" : added.format(DAY) + "000000");
    row.add(url == null ? "" : url);
    return row;
  }

  private static void actor(List<String> row, Actor a) {
    row.add(a == null || a.code() == null ? "" : a.code());
    row.add(a == null || a.text() == null ? "" : a.text().toUpperCase(Locale.ROOT));
    row.add(a == null || a.country() == null ? "" : a.country());
    row.addAll(Collections.nCopies(4, ""));
    row.add(a == null || a.sector() == null ? "" : a.sector());
    row.addAll(Collections.nCopies(2, ""));
  }

  /** ActionGeo_*: type 4 (world city) for a named place with coordinates, 1 (country) otherwise. */
  private static void geo(List<String> row, Location l) {
    if (l == null) {
      row.addAll(Collections.nCopies(8, ""));
      return;
    }
    row.add(l.lat() != null ? "4" : "1");
    row.add(l.name() == null ? "" : l.name());
    row.add(l.country() == null ? "" : l.country());
    row.add("");
    row.add("");
    row.add(l.lat() == null ? "" : l.lat().toString());
    row.add(l.lon() == null ? "" : l.lon().toString());
    row.add("");
  }

  /** The row as one TSV line: tabs and line breaks inside values become spaces. */
  static String tsv(List<String> row) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(row.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    return line.toString();
  }
}
