package orbit.analytics;

/**
 * A change detector on a monthly count series with an exposure per month (docs/analytics.md, "Detectors"):
 * raw counts have exposure 1 every month; coverage-normalised counts have the month's articles about the
 * dyad as exposure, so the baseline is a rate of conflict events per article.
 */
public interface Detector {
  /** One month: the count, the count the trailing baseline expects, the detector's statistic, and the alarm. */
  record Step(double x, double expected, double statistic, boolean alarm) {}

  /** The detector over the counts {@code xs} with their exposures (same length, exposures ≥ 0). */
  Step[] run(double[] xs, double[] exposure);

  /** A short name for tables, e.g. {@code CUSUM(k=1, h=1.5)}. */
  String label();

  /**
   * The baseline rate per unit of exposure over the {@code window} periods before {@code t}: Σx / Σexposure,
   * 0 when the window has no exposure. With exposure 1 per period it is the trailing mean.
   */
  static double[] trailing(double[] xs, double[] exposure, int t, int window) {
    double sum = 0;
    double units = 0;
    for (int i = Math.max(0, t - window); i < t; i++) {
      sum += xs[i];
      units += exposure[i];
    }
    return new double[] {sum, units};
  }
}
