package orbit.analytics;

import java.util.Arrays;
import java.util.Locale;

/**
 * One-sided CUSUM on a count series against its own trailing baseline (docs/analytics.md):
 * μ_t = the count the {@code baseline} previous periods expect (their mean for raw counts; their rate per
 * article times this period's articles when normalised by coverage; 0 without history), σ_t = max(1, √μ_t)
 * (Poisson scale, floored), z_t = (x_t − μ_t) / σ_t, S_t = max(0, S_{t−1} + z_t − k); an alarm when S_t ≥ h,
 * after which S restarts at 0.
 *
 * @param k the allowance: standardised excess a period must show before it adds to S
 * @param h the decision threshold on S
 * @param baseline how many trailing periods make the baseline
 */
public record Cusum(double k, double h, int baseline) implements Detector {
  public static final Cusum STANDARD = new Cusum(1.0, 1.5, 12);

  public Cusum {
    if (k < 0 || h <= 0 || baseline < 1) {
      throw new IllegalArgumentException("CUSUM needs k >= 0, h > 0 and a baseline of at least 1 period, not k=" + k
          + " h=" + h + " baseline=" + baseline);
    }
  }

  /** One step of the detector: the baseline, the statistic and whether it alarmed. */
  public record Step(double x, double mean, double sigma, double s, boolean alarm) {}

  /** The detector run over raw counts (exposure 1 every period). */
  public Step[] run(double[] xs) {
    double[] ones = new double[xs.length];
    Arrays.fill(ones, 1);
    return steps(xs, ones);
  }

  @Override
  public Detector.Step[] run(double[] xs, double[] exposure) {
    return Arrays.stream(steps(xs, exposure)).map(s -> new Detector.Step(s.x(), s.mean(), s.s(), s.alarm()))
        .toArray(Detector.Step[]::new);
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "CUSUM(k=%s, h=%s)", k, h);
  }

  /** The detector with exposures: μ_t = rate of the trailing window × this period's exposure. */
  public Step[] steps(double[] xs, double[] exposure) {
    Step[] steps = new Step[xs.length];
    double s = 0;
    for (int t = 0; t < xs.length; t++) {
      double[] window = Detector.trailing(xs, exposure, t, baseline);
      double mean = window[1] == 0 ? 0 : window[0] / window[1] * exposure[t];
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
