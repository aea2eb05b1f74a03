package orbit.analytics;

/**
 * One-sided CUSUM on a count series against its own trailing baseline (docs/analytics.md):
 * μ_t = mean of the {@code baseline} previous values (0 before the first), σ_t = max(1, √μ_t)
 * (Poisson scale, floored), z_t = (x_t − μ_t) / σ_t, S_t = max(0, S_{t−1} + z_t − k); an alarm
 * when S_t ≥ h, after which S restarts at 0.
 *
 * @param k the allowance: standardised excess a period must show before it adds to S
 * @param h the decision threshold on S
 * @param baseline how many trailing periods make the baseline
 */
public record Cusum(double k, double h, int baseline) {
  public static final Cusum STANDARD = new Cusum(1.0, 1.5, 12);

  public Cusum {
    if (k < 0 || h <= 0 || baseline < 1) {
      throw new IllegalArgumentException("CUSUM needs k >= 0, h > 0 and a baseline of at least 1 period, not k=" + k
          + " h=" + h + " baseline=" + baseline);
    }
  }

  /** One step of the detector: the baseline, the statistic and whether it alarmed. */
  public record Step(double x, double mean, double sigma, double s, boolean alarm) {}

  /** The detector run over the series. */
  public Step[] run(double[] xs) {
    Step[] steps = new Step[xs.length];
    double s = 0;
    for (int t = 0; t < xs.length; t++) {
      double mean = 0;
      int from = Math.max(0, t - baseline);
      for (int i = from; i < t; i++) {
        mean += xs[i];
      }
      mean = t == from ? 0 : mean / (t - from);
      double sigma = Math.max(1, Math.sqrt(mean));
      s = Math.max(0, s + (xs[t] - mean) / sigma - k);
      boolean alarm = s >= h;
      steps[t] = new Step(xs[t], mean, sigma, s, alarm);
      if (alarm) {
        s = 0;
      }
    }
    return steps;
  }
}
