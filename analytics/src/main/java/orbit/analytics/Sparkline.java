package orbit.analytics;

/** A one-line chart of a series with the eight block characters ▁ … █, scaled from 0 (or the minimum) to the maximum. */
public final class Sparkline {
  private static final String BARS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  public static String of(double[] values) {
    if (values.length == 0) {
      return "";
    }
    double lo = 0;
    double hi = 0;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    StringBuilder line = new StringBuilder(values.length);
    for (double v : values) {
      int level = hi == lo ? 0 : (int) Math.round((v - lo) / (hi - lo) * (BARS.length() - 1));
      line.append(BARS.charAt(level));
    }
    return line.toString();
  }
}
