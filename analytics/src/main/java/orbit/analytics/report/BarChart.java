package orbit.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import orbit.analytics.Estimate;

/**
 * An inline SVG chart of a dyad's months: cooperation events (QuadClass 1–2) as blue bars above the
 * axis, conflict events (3–4) as red bars below, one column per month, labelled with its first and last month; a
 * thin line across each bar spans the count's 95 % interval.
 */
final class BarChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 120;

  private BarChart() {}

  /** One month of the chart: its counts of cooperation and conflict events with their intervals. */
  record Month(LocalDate month, Estimate cooperation, Estimate conflict) {}

  static String svg(List<Month> months, String title) {
    int max = (int) Math.ceil(Math.max(1, months.stream().mapToDouble(m -> Math.max(m.cooperation().high(),
        m.conflict().high())).max().orElse(1)));
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
      bar(svg, x, w, axis, -half / max, m.month(), m.cooperation(), "cooperation", "#3366cc");
      bar(svg, x, w, axis, half / max, m.month(), m.conflict(), "conflict", "#cc3333");
    }
    if (!months.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\" font-size=\"10\">%s</text>", HEIGHT - 4,
          months.get(0).month().toString().substring(0, 7)));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>",
          WIDTH - 10, HEIGHT - 4, months.get(months.size() - 1).month().toString().substring(0, 7)));
    }
    return svg.append("</svg>").toString();
  }

  /** A bar from the axis ({@code scale} pixels per event: negative upwards) and the line of its interval. */
  private static void bar(StringBuilder svg, double x, double w, double axis, double scale, LocalDate month,
                          Estimate count, String kind, String fill) {
    if (count.high() == 0) {
      return;
    }
    double end = axis + scale * count.value();
    String label = String.format(Locale.ROOT, "%s: %.0f %s (95 %% %.0f–%.0f)", month.toString().substring(0, 7),
        count.value(), kind, count.low(), count.high());
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
        + "<title>%s</title></rect>", x, Math.min(axis, end), w, Math.abs(end - axis), fill, label));
    double mid = x + w / 2;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\""
        + " stroke-width=\"1\"><title>%s</title></line>", mid, axis + scale * count.low(), mid,
        axis + scale * count.high(), label));
  }
}
