package orbit.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG chart of a dyad's months: cooperation events (QuadClass 1–2) as blue bars above the
 * axis, conflict events (3–4) as red bars below, one column per month, labelled with its first and last month.
 */
final class BarChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 120;

  private BarChart() {}

  /** One month of the chart. */
  record Month(LocalDate month, int cooperation, int conflict) {}

  static String svg(List<Month> months, String title) {
    int max = Math.max(1, months.stream().mapToInt(m -> Math.max(m.cooperation(), m.conflict())).max().orElse(1));
    double column = (double) (WIDTH - 40) / Math.max(1, months.size());
    double half = (HEIGHT - 30) / 2.0;
    double axis = 10 + half;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    svg.append(String.format(Locale.ROOT, "<line x1=\"30\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>", axis,
        WIDTH - 10, axis));
    svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"18\" font-size=\"10\">%d</text>"
        + "<text x=\"0\" y=\"%d\" font-size=\"10\">%d</text>", max, HEIGHT - 20, max));
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      double x = 30 + i * column;
      double w = Math.max(1, column - 1);
      double up = half * m.cooperation() / max;
      double down = half * m.conflict() / max;
      if (m.cooperation() > 0) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3366cc\">"
            + "<title>%s: %d cooperation</title></rect>", x, axis - up, w, up, m.month().toString().substring(0, 7),
            m.cooperation()));
      }
      if (m.conflict() > 0) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#cc3333\">"
            + "<title>%s: %d conflict</title></rect>", x, axis, w, down, m.month().toString().substring(0, 7),
            m.conflict()));
      }
    }
    if (!months.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\" font-size=\"10\">%s</text>", HEIGHT - 4,
          months.get(0).month().toString().substring(0, 7)));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>",
          WIDTH - 10, HEIGHT - 4, months.get(months.size() - 1).month().toString().substring(0, 7)));
    }
    return svg.append("</svg>").toString();
  }
}
